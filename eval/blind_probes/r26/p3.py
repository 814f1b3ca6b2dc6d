# Domain: an airline's strike and cancellations
S1 = " ".join([
    "Skylane Airways cancelled 640 flights on Tuesday as cabin crew began a 48-hour strike over pay and rostering.",
    "The disruption affected an estimated 95,000 passengers, most of them on short-haul European routes.",
    "The Cabin Crew Union said more than 80 percent of its members at the airline had voted for the walkout on a turnout of 72 percent.",
    "Union general secretary Priya Malhotra said crew had endured \"three years of real-terms pay cuts\" and accused management of refusing to negotiate.",
    "Skylane chief executive Tomas Berg said the airline had offered a 7 percent rise over two years, which he called \"fair and affordable\".",
    "Long-haul services from the airline's Dublin hub were largely unaffected, the company said.",
    "Passengers on cancelled flights are entitled to a refund or rebooking, and may be able to claim compensation of up to 600 euros.",
    "Skylane said it expected to operate about 60 percent of its schedule on Wednesday.",
    "Talks between the two sides are due to resume at the national mediation service on Friday.",
    "The union has warned that further strike dates in April could be announced if no agreement is reached.",
    "Rival carrier Bluejet said it had added 30 extra flights to help stranded travellers.",
])
PROBES = [
("On Tuesday Skylane Airways scrapped 640 flights as a two-day cabin crew strike got under way [1.1].", S1, "S"),  # 48-hour = two-day
("A cabin crew walkout over pay and rosters led Skylane to cancel 640 flights [1.1].", S1, "S"),  # nominalisation
("Skylane Airways cancelled 460 flights on Tuesday [1.1].", S1, "R"),  # digit swap
("Skylane Airways cancelled 640 flights on Tuesday as pilots began a strike [1.1].", S1, "R"),  # pilots vs cabin crew
("Cabin crew began a 24-hour strike on Tuesday [1.1].", S1, "R"),  # wrong duration
("Cabin crew went on strike over pay and pensions [1.1].", S1, "R"),  # rostering vs pensions
("About 95,000 passengers were estimated to have been affected, mostly on short-haul routes within Europe [1.2].", S1, "S"),  # paraphrase
("Exactly 95,000 passengers were affected [1.2].", S1, "R"),  # estimate -> exact
("The disruption affected an estimated 95,000 passengers, most of them on long-haul routes [1.2].", S1, "R"),  # antonym
("Most of the passengers hit by the disruption were travelling on short-haul European routes [1.2].", S1, "S"),  # restructure
("Over four in five union members at Skylane backed the walkout, on a 72 percent turnout [1.3].", S1, "S"),  # 80 percent -> four in five
("The union said more than 80 percent of members had voted against the walkout [1.3].", S1, "R"),  # antonym
("The union said more than 80 percent of members had voted for the walkout on a turnout of 27 percent [1.3].", S1, "R"),  # digit swap
("Every union member at the airline voted for the strike [1.3].", S1, "R"),  # overgeneralisation
("Priya Malhotra said cabin crew had suffered three years of real-terms pay cuts [1.4].", S1, "S"),  # reported speech
("The union leader accused Skylane's management of refusing to negotiate [1.4].", S1, "S"),  # paraphrase
("Priya Malhotra said crew had endured five years of real-terms pay cuts [1.4].", S1, "R"),  # wrong number
("Tomas Berg said crew had endured three years of real-terms pay cuts [1.4].", S1, "R"),  # wrong speaker
("Priya Malhotra praised management for its willingness to negotiate [1.4].", S1, "R"),  # antonym
("Priya Malhotra said crew had endured three years of pay cuts and would strike indefinitely [1.4].", S1, "R"),  # added detail
("Berg said Skylane had put forward a 7 percent pay increase over two years, describing it as fair and affordable [1.5].", S1, "S"),  # reported speech
("The airline's boss said its offer of a 7 percent rise spread over two years was affordable [1.5].", S1, "S"),  # dropping detail
("Tomas Berg said the airline had offered a 7 percent rise every year for two years [1.5].", S1, "R"),  # 7 percent over two years vs per year
("Tomas Berg said the airline had offered a 9 percent rise over two years [1.5].", S1, "R"),  # wrong figure
("Tomas Berg admitted the offer was unaffordable [1.5].", S1, "R"),  # antonym
("Priya Malhotra called the 7 percent offer fair and affordable [1.5].", S1, "R"),  # wrong speaker
("According to the company, long-haul flights from Dublin were mostly unaffected [1.6].", S1, "S"),  # paraphrase
("Long-haul services from Dublin were completely unaffected [1.6].", S1, "R"),  # largely -> completely
("Long-haul services from the airline's Cork hub were largely unaffected [1.6].", S1, "R"),  # wrong city
("Passengers whose flights were cancelled can get a refund or be rebooked [1.7].", S1, "S"),  # paraphrase
("Passengers whose flights were cancelled may be able to claim up to 600 euros in compensation [1.7].", S1, "S"),  # hedge preserved
("All passengers on cancelled flights will receive 600 euros in compensation [1.7].", S1, "R"),  # dropped hedge, up to -> fixed
("Passengers on cancelled flights may be able to claim compensation of up to 600 dollars [1.7].", S1, "R"),  # currency error
("Passengers on cancelled flights are entitled to a refund but not rebooking [1.7].", S1, "R"),  # negation error
("Skylane expected to run around 60 percent of its timetable on Wednesday [1.8].", S1, "S"),  # synonyms
("Skylane said it would operate its full schedule on Wednesday [1.8].", S1, "R"),  # contradicts 60 percent
("Skylane said it expected to operate about 60 percent of its schedule on Thursday [1.8].", S1, "R"),  # wrong day
("Skylane said it expected to cancel about 60 percent of its schedule on Wednesday [1.8].", S1, "R"),  # operate vs cancel
("The two sides are scheduled to return to talks at the national mediation service on Friday [1.9].", S1, "S"),  # paraphrase
("Talks are due to resume on Friday at the airline's headquarters [1.9].", S1, "R"),  # wrong venue
("Talks between the two sides resumed on Friday and ended in agreement [1.9].", S1, "R"),  # future vs past; added outcome
("The union warned it could announce more strike dates in April if there is no deal [1.10].", S1, "S"),  # paraphrase
("The union has announced further strike dates in April [1.10].", S1, "R"),  # hedge dropped
("The union has warned that further strike dates in May could be announced [1.10].", S1, "R"),  # wrong month
("Bluejet, a competitor, said it had laid on 30 additional flights for stranded passengers [1.11].", S1, "S"),  # synonyms
("Bluejet said it had added 30 extra flights to help stranded travellers [1.10].", S1, "R"),  # wrong sentence cited
("Bluejet said it had added 13 extra flights [1.11].", S1, "R"),  # wrong figure
("Bluejet said it had cancelled 30 flights in sympathy with the strike [1.11].", S1, "R"),  # opposite meaning, added
("The strike over pay and rostering followed a vote in which more than 80 percent of members backed action [1.1, 1.3].", S1, "S"),  # merge
("The union complained of real-terms pay cuts, while management said its 7 percent offer was fair [1.4, 1.5].", S1, "S"),  # merge of both sides
("Although 640 flights were cancelled, long-haul services from Dublin were largely unaffected [1.1, 1.6].", S1, "S"),  # merge, contrast
("Skylane cancelled 640 flights, affecting about 95,000 passengers [1.1, 1.2].", S1, "S"),  # merge
("Skylane cancelled 640 flights, affecting about 95,000 passengers [1.1].", S1, "R"),  # 95,000 from uncited 1.2
("Talks will resume on Friday, and the union has ruled out further strikes [1.9, 1.10].", S1, "R"),  # contradicts warning
("The strike is set to last two days [1.1].", S1, "S"),  # 48-hour
("Fewer than half of Skylane's scheduled flights were expected to be cancelled on Wednesday [1.8].", S1, "S"),  # operating ~60 percent implies ~40 percent not operated
("More than 80 percent of all Skylane staff voted for the walkout [1.3].", S1, "R"),  # members vs all staff
("Berg's offer was a pay rise of 7 percent across two years [1.5].", S1, "S"),  # nominalisation
("Skylane's chief executive accused the union of refusing to negotiate [1.4].", S1, "R"),  # swapped roles
("The ballot turnout was 72 percent [1.3].", S1, "S"),  # dropping detail
("The ballot turnout was 72 percent and the vote was unanimous [1.3].", S1, "R"),  # added unsupported
("Malhotra, the union's general secretary, complained that management would not negotiate [1.4].", S1, "S"),  # reported speech
("Refunds or rebooking are available to passengers on cancelled flights [1.7].", S1, "S"),  # voice change
("Negotiations are set to restart on Friday under the national mediation service [1.9].", S1, "S"),  # synonyms
("Further walkouts in April may be called if the dispute is not settled, the union warned [1.10].", S1, "S"),  # hedge kept
("Skylane's Dublin hub saw its long-haul services run largely as normal [1.6].", S1, "S"),  # paraphrase
("A rival airline added extra flights to help travellers left stranded [1.11].", S1, "S"),  # generalisation
("The cabin crew strike began on a Tuesday [1.1].", S1, "S"),  # dropping detail
("The airline planned to run only part of its schedule on Wednesday [1.8].", S1, "S"),  # generalisation of 60 percent
("Skylane put the number of affected passengers at about 95,000 and said Wednesday's schedule would be about 60 percent [1.2, 1.8].", S1, "R"),  # 1.2 estimate not attributed to Skylane
]
