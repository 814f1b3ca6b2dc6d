# Domain: a winter storm and school closures
S1 = " ".join([
    "More than 1,200 schools across Scotland and northern England were closed on Monday as Storm Hilda brought heavy snow and gale-force winds.",
    "The Met Office issued an amber warning for snow covering much of the Highlands, Aberdeenshire and Cumbria until midday on Tuesday.",
    "Up to 40cm of snow fell on higher ground, while gusts of 85mph were recorded at Cairngorm summit.",
    "Around 60,000 homes lost power overnight, according to the electricity network operator.",
    "Engineers had restored supplies to about two thirds of those properties by Monday evening.",
    "Aberdeenshire Council said all 152 of its schools would remain shut on Tuesday.",
    "Education secretary Fiona Baird urged parents to check council websites, saying decisions would be made \"school by school\".",
    "Police Scotland advised against all but essential travel on the A9 and the M74.",
    "A lorry driver was taken to hospital with minor injuries after his vehicle overturned near Moffat.",
    "Forecasters said temperatures could fall as low as minus 14C in some glens on Tuesday night.",
    "Rail operator ScotRail cancelled all services north of Perth for the rest of Monday.",
])
PROBES = [
("Storm Hilda's heavy snow and gales forced more than 1,200 schools in Scotland and northern England to close on Monday [1.1].", S1, "S"),  # nominal cause, reordered
("Over 1,200 schools shut on Monday as the storm hit [1.1].", S1, "S"),  # dropping detail
("More than 12,000 schools were closed on Monday [1.1].", S1, "R"),  # wrong figure
("More than 1,200 schools across Scotland and Wales were closed [1.1].", S1, "R"),  # wrong region
("More than 1,200 schools were closed on Tuesday [1.1].", S1, "R"),  # wrong weekday
("More than 1,200 schools were closed as Storm Hilda brought heavy rain and flooding [1.1].", S1, "R"),  # wrong weather
("An amber snow warning from the Met Office covered much of the Highlands, Aberdeenshire and Cumbria until Tuesday midday [1.2].", S1, "S"),  # voice change
("The Met Office issued a red warning for snow [1.2].", S1, "R"),  # amber vs red
("The Met Office warning ran until midnight on Tuesday [1.2].", S1, "R"),  # midday vs midnight
("The Met Office issued an amber warning covering the whole of Scotland [1.2].", S1, "R"),  # overgeneralisation
("The amber warning for snow included Cumbria [1.2].", S1, "S"),  # dropping detail
("As much as 40cm of snow fell on high ground [1.3].", S1, "S"),  # synonym
("A gust of 85mph was recorded at the Cairngorm summit [1.3].", S1, "S"),  # restructure
("At least 40cm of snow fell on higher ground [1.3].", S1, "R"),  # up to vs at least
("Up to 40cm of snow fell in towns and cities [1.3].", S1, "R"),  # wrong location
("Gusts of 85kph were recorded at Cairngorm summit [1.3].", S1, "R"),  # unit error
("Gusts of 58mph were recorded at Cairngorm summit [1.3].", S1, "R"),  # digit swap
("The electricity network operator said roughly 60,000 homes were left without power overnight [1.4].", S1, "S"),  # paraphrase
("Around 60,000 homes lost power, the Met Office said [1.4].", S1, "R"),  # wrong source
("Around 16,000 homes lost power overnight [1.4].", S1, "R"),  # wrong figure
("Around 60,000 homes lost power for a week [1.4].", S1, "R"),  # added duration
("By Monday evening, power had been reconnected to roughly two thirds of the affected properties [1.5].", S1, "S"),  # voice change
("About 40,000 of the 60,000 homes that lost power had it restored by Monday evening [1.4, 1.5].", S1, "S"),  # two thirds of 60,000
("About 20,000 homes had their power restored by Monday evening [1.4, 1.5].", S1, "R"),  # arithmetic error (a third)
("Power had been restored to all affected homes by Monday evening [1.5].", S1, "R"),  # overgeneralisation
("Engineers had restored supplies to about two thirds of properties by Tuesday morning [1.5].", S1, "R"),  # wrong time
("Roughly a third of the homes that lost power were still without it on Monday evening [1.5].", S1, "S"),  # complement of two thirds
("Every one of Aberdeenshire's 152 schools will stay closed on Tuesday, the council said [1.6].", S1, "S"),  # paraphrase
("Aberdeenshire Council said 152 schools would reopen on Tuesday [1.6].", S1, "R"),  # antonym
("Aberdeenshire Council said half of its 152 schools would remain shut [1.6].", S1, "R"),  # wrong quantifier
("Highland Council said all 152 of its schools would remain shut [1.6].", S1, "R"),  # wrong council
("Aberdeenshire Council said all 125 of its schools would remain shut [1.6].", S1, "R"),  # digit swap
("Aberdeenshire Council said all 152 of its schools would remain shut on Tuesday [1.7].", S1, "R"),  # wrong sentence cited
("Fiona Baird, the education secretary, told parents to look at council websites, saying each school would decide individually [1.7].", S1, "S"),  # reported speech
("The education secretary said closure decisions would be taken on a school-by-school basis [1.7].", S1, "S"),  # nominalisation
("Fiona Baird said all schools in Scotland would close on Tuesday [1.7].", S1, "R"),  # contradicts school by school
("Fiona Baird urged parents to keep children at home [1.7].", S1, "R"),  # different instruction
("Health secretary Fiona Baird urged parents to check council websites [1.7].", S1, "R"),  # wrong role
("Police Scotland told drivers to avoid the A9 and M74 unless their journey was essential [1.8].", S1, "S"),  # paraphrase
("Police Scotland closed the A9 and the M74 [1.8].", S1, "R"),  # advice vs closure
("Police Scotland advised against all travel on the A9 and the M8 [1.8].", S1, "R"),  # wrong road; dropped 'but essential'
("A lorry driver suffered minor injuries and was taken to hospital when his lorry overturned close to Moffat [1.9].", S1, "S"),  # reordered
("A lorry driver was seriously injured near Moffat [1.9].", S1, "R"),  # minor vs serious
("A lorry driver was taken to hospital after his vehicle overturned near Moffat on the M74 [1.9].", S1, "R"),  # road not stated
("A bus driver was taken to hospital after his vehicle overturned [1.9].", S1, "R"),  # sibling vehicle
("Temperatures in some glens might drop to minus 14C on Tuesday night, forecasters said [1.10].", S1, "S"),  # hedge kept
("Forecasters said temperatures will fall to minus 14C across Scotland on Tuesday night [1.10].", S1, "R"),  # dropped hedge, overgeneralised
("Forecasters said temperatures could fall as low as minus 4C [1.10].", S1, "R"),  # wrong figure
("Forecasters said temperatures could fall as low as minus 14C on Monday night [1.10].", S1, "R"),  # wrong night
("ScotRail called off every service north of Perth for the remainder of Monday [1.11].", S1, "S"),  # synonyms
("ScotRail cancelled services north of Perth [1.11].", S1, "S"),  # dropping detail
("ScotRail cancelled all services south of Perth [1.11].", S1, "R"),  # direction antonym
("ScotRail cancelled all services north of Perth for the rest of the week [1.11].", S1, "R"),  # wrong duration
("ScotRail cancelled all services north of Inverness [1.11].", S1, "R"),  # wrong city
("Storm Hilda closed more than 1,200 schools and cut power to around 60,000 homes [1.1].", S1, "R"),  # power cuts from uncited 1.4
("Schools and rail services were both disrupted on Monday [1.1, 1.11].", S1, "S"),  # merge, generalisation
("On Monday schools closed and trains north of Perth were cancelled, while police warned against non-essential travel on the A9 [1.1, 1.8, 1.11].", S1, "S"),  # merge three
("Snow of up to 40cm and an amber warning affected the Highlands [1.2, 1.3].", S1, "R"),  # 40cm fell 'on higher ground', not stated in Highlands
("Police said the lorry overturned because of ice on the road [1.9].", S1, "R"),  # added cause
("Aberdeenshire schools will be shut for the rest of the week [1.6].", S1, "R"),  # only Tuesday stated
("The education secretary urged parents to consult council websites [1.7].", S1, "S"),  # dropping detail
("The strongest gusts, of 85mph, were recorded at Cairngorm [1.3].", S1, "R"),  # 'strongest' not stated
("Snowfall reached 40cm in places on higher ground [1.3].", S1, "S"),  # up to -> reached in places
("Travel on the A9 was discouraged by police except where essential [1.8].", S1, "S"),  # voice change
("Minus 14C is the lowest temperature forecasters said could be reached in some glens on Tuesday night [1.10].", S1, "S"),  # 'as low as' restated
("Some properties were still without power on Monday evening [1.5].", S1, "S"),  # about two thirds restored implies some not
("Forecasters predicted more snow on Wednesday [1.10].", S1, "R"),  # unsupported
("Storm Hilda brought gale-force winds and heavy snow on Monday [1.1].", S1, "S"),  # reordered
("Schools in northern England as well as Scotland were shut [1.1].", S1, "S"),  # dropping detail
("Aberdeenshire and the Highlands were among the areas covered by an amber snow warning [1.2].", S1, "S"),  # restructure
("The Met Office's amber warning was due to stay in force until Tuesday at midday [1.2].", S1, "S"),  # paraphrase
("Cairngorm summit recorded wind gusts of 85mph, and higher ground saw up to 40cm of snow [1.3].", S1, "S"),  # reordered
("Overnight, about 60,000 homes were cut off from the electricity supply, the network operator said [1.4].", S1, "S"),  # paraphrase
("Aberdeenshire's schools will not reopen on Tuesday [1.6].", S1, "S"),  # negated paraphrase
("Baird said the decision on whether to close would be taken for each school separately [1.7].", S1, "S"),  # reported speech
("The police advice covered both the A9 and the M74 [1.8].", S1, "S"),  # generalisation
("A lorry overturned near Moffat, leaving its driver with minor injuries [1.9].", S1, "S"),  # restructure
("Some glens could see temperatures of minus 14C on Tuesday night [1.10].", S1, "S"),  # hedge kept
("No ScotRail trains were due to run north of Perth for the rest of Monday [1.11].", S1, "S"),  # negated paraphrase
]
