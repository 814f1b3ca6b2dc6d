# Domain: a city council's budget and changes to bin collections
S1 = " ".join([
    "Harrowgate City Council approved its 2025-26 budget on Tuesday evening, setting a council tax rise of 4.99% after a three-hour debate in the town hall chamber.",
    "The budget closes a funding gap of £18m, largely through cuts to waste services, library opening hours and grants to community groups.",
    "From 7 April, general waste bins will be emptied every three weeks instead of every fortnight, a change the council says will save £2.4m a year.",
    "Recycling and food waste collections will remain weekly, and households with six or more residents can apply for a larger 240-litre bin.",
    "Council leader Margaret Oduya said the cuts were \"painful but unavoidable\" after a decade of reduced government funding.",
    "Opposition leader Tom Sheridan argued the bin changes would lead to more fly-tipping and said his group had proposed using £5m from reserves instead.",
    "The budget passed by 34 votes to 21, with three councillors abstaining.",
])
S2 = " ".join([
    "Residents in Harrowgate will see their general waste collected only once every three weeks from April, following a vote by councillors this week.",
    "The council's environment cabinet member, Priya Lal, said about 40% of what households currently put in general waste bins could be recycled.",
    "She added that the council may introduce fines for households that repeatedly leave extra bags beside their bins, although no decision has been made.",
    "The GMB union, which represents 180 refuse workers in the city, said it was seeking assurances that no jobs would be lost as routes are redesigned.",
    "A council spokesperson confirmed that the number of collection rounds would fall from 42 to 31, but said staff would be redeployed to street cleaning.",
    "Neighbouring Fenwick District Council moved to three-weekly collections in 2022 and reported a 12% rise in recycling rates within a year.",
    "A petition opposing the change has gathered more than 6,500 signatures since it was launched in January.",
])
PROBES = [
("Harrowgate councillors approved a 4.99% council tax increase on Tuesday [1.1].", S1, "S"),  # compression, synonym
("The council's budget was agreed after a debate lasting three hours [1.1].", S1, "S"),  # nominalisation/voice
("An £18m shortfall is closed mainly by cutting waste services, library hours and community grants [1.2].", S1, "S"),  # largely -> mainly
("General waste will be collected three-weekly rather than fortnightly from 7 April [1.3].", S1, "S"),  # reword
("The council expects the collection change to save 2.4 million pounds annually [1.3].", S1, "S"),  # number rewritten
("Food waste and recycling will still be collected every week [1.4].", S1, "S"),  # reorder, synonym
("Households of six or more people may apply for a bigger bin [1.4].", S1, "S"),  # compression
("Margaret Oduya, who leads the council, described the cuts as painful but unavoidable [1.5].", S1, "S"),  # reported speech
("Oduya linked the need for cuts to a decade of reduced government funding [1.5].", S1, "S"),  # paraphrase of 'after a decade'
("Tom Sheridan warned that the bin changes would result in more fly-tipping [1.6].", S1, "S"),  # synonym
("Sheridan's opposition group had proposed drawing £5m from reserves instead [1.6].", S1, "S"),  # reword
("The budget was passed 34 to 21, with three abstentions [1.7].", S1, "S"),  # compression
("Twenty-one councillors voted against the budget [1.7].", S1, "S"),  # number in words, inference
("Around two-fifths of household general waste could be recycled, according to Priya Lal [2.2].", S2, "S"),  # 40% -> two-fifths
("Priya Lal said the council might fine households that repeatedly leave extra bags next to their bins [2.2][2.3].", S2, "S"),  # pronoun resolved, hedge kept
("The GMB union, representing 180 of the city's refuse workers, wants assurances that no jobs will go [2.4].", S2, "S"),  # paraphrase
("Collection rounds will be cut from 42 to 31, with staff moved to street cleaning, a council spokesperson said [2.5].", S2, "S"),  # reword
("Eleven collection rounds will be removed [2.5].", S2, "S"),  # arithmetic 42-31
("Recycling rates in Fenwick rose by 12% within a year of the council adopting three-weekly collections in 2022 [2.6].", S2, "S"),  # reorder
("More than 6,500 people have signed a petition against the change [2.7].", S2, "S"),  # voice change
("From April, Harrowgate households will have their general waste picked up every three weeks [2.1].", S2, "S"),  # synonym
("The budget, passed by 34 votes to 21, includes a council tax rise of 4.99% [1.1][1.7].", S1, "S"),  # merge
("Cutting general waste collections to every three weeks is expected to save £2.4m a year, while recycling stays weekly [1.3][1.4].", S1, "S"),  # merge
("The change to bin collections followed a vote by councillors this week [2.1].", S2, "S"),  # reorder
("Staff affected by the reduction in collection rounds will be redeployed to street cleaning, the council said [2.5].", S2, "S"),  # compression
("A petition against the switch was launched in January [2.7].", S2, "S"),  # compression
("Harrowgate City Council approved its budget on Wednesday evening [1.1].", S1, "R"),  # day swapped
("Council tax in Harrowgate will rise by 5.99% [1.1].", S1, "R"),  # number changed
("The budget closes the £18m funding gap entirely through cuts to waste services [1.2].", S1, "R"),  # largely -> entirely; drops other cuts
("From 7 April, general waste bins will be emptied every four weeks [1.3].", S1, "R"),  # number changed
("The three-weekly collections will save £2.4m over the whole budget period [1.3].", S1, "R"),  # per year -> over period
("Recycling collections will move to fortnightly [1.4].", S1, "R"),  # contradicts weekly
("All households can apply for a larger 240-litre bin [1.4].", S1, "R"),  # quantifier widened
("Households with six or more residents will automatically receive a larger bin [1.4].", S1, "R"),  # can apply -> automatic
("Oduya said the cuts were painful but could have been avoided [1.5].", S1, "R"),  # antonym
("Margaret Oduya argued that the bin changes would lead to more fly-tipping [1.6].", S1, "R"),  # wrong speaker
("Sheridan's group proposed using £15m from reserves [1.6].", S1, "R"),  # number changed
("The budget was passed by a majority of 16 votes [1.7].", S1, "R"),  # 34-21 = 13
("The council tax rise was approved unanimously [1.7].", S1, "R"),  # contradicts vote
("Library opening hours are not affected by the budget [1.2].", S1, "R"),  # negation
("Opposition leader Tom Sheridan voted against the budget [1.6][1.7].", S1, "R"),  # his vote not stated
("Priya Lal said about 40% of general waste is currently recycled [2.2].", S2, "R"),  # could be recycled -> is recycled
("Lal said the council will introduce fines for households that leave extra bags beside their bins [2.2][2.3].", S2, "R"),  # may -> will
("The GMB union said it had received assurances that no jobs would be lost [2.4].", S2, "R"),  # seeking -> received
("The GMB union, which represents 180 refuse workers, has threatened strike action [2.4].", S2, "R"),  # added detail
("The number of collection rounds will fall from 42 to 21 [2.5].", S2, "R"),  # number changed
("A council spokesperson said refuse staff would be made redundant as routes are redesigned [2.5].", S2, "R"),  # antonym of redeployed
("Fenwick District Council reported a 12% rise in recycling rates after moving to fortnightly collections [2.6].", S2, "R"),  # three-weekly -> fortnightly
("Fenwick District Council moved to three-weekly collections in 2020 [2.6].", S2, "R"),  # year changed
("A petition opposing the change has gathered more than 65,000 signatures [2.7].", S2, "R"),  # number changed
("The petition against the change was launched in February [2.7].", S2, "R"),  # month changed
("The bin changes, which begin on 7 April, will save £2.4m a year and cut collection rounds from 42 to 31 [1.3].", S1, "R"),  # rounds fact from uncited 2.5
("The council expects its bin changes to raise recycling rates by 12% [2.6].", S2, "R"),  # Fenwick's result attributed to Harrowgate forecast
("Harrowgate's petition against three-weekly collections forced councillors to delay the vote [2.1][2.7].", S2, "R"),  # invented cause
]
