# Domain: a product recall of cars or appliances
S1 = " ".join([
    "Carmaker Vantor is recalling almost 214,000 vehicles in Europe because a fault in the fuel pump could cause engines to stall.",
    "The recall covers the Vantor Aria and Vantor Solent models built between June 2021 and September 2023.",
    "The company said it was aware of 31 incidents linked to the fault, none of which had resulted in injuries.",
    "Owners will be contacted by letter from 15 January and dealers will replace the pump free of charge.",
    "The repair is expected to take about two hours.",
    "In a statement, Vantor said: \"Safety is our highest priority, and we apologise to customers for the inconvenience.\"",
    "Around 48,000 of the affected cars were sold in the UK, with the rest mainly in Germany, France and Italy.",
    "The Driver and Vehicle Standards Agency said drivers could continue to use their cars but should not ignore any warning lights.",
    "Consumer group Which? said the delay in notifying owners was \"disappointing\", as the fault was first reported to the company in March.",
    "Vantor shares fell 3% in Frankfurt after the announcement.",
    "The company did not say how much the recall would cost.",
])
PROBES = [
("Vantor is recalling nearly 214,000 cars across Europe over a fuel pump defect that could make engines stall [1.1].", S1, "S"),  # paraphrase
("A fuel pump fault that may cause stalling has prompted Vantor to recall close to 214,000 vehicles in Europe [1.1].", S1, "S"),  # restructured
("Vantor is recalling more than 214,000 vehicles in Europe [1.1].", S1, "R"),  # almost -> more than
("Vantor is recalling almost 214,000 vehicles worldwide [1.1].", S1, "R"),  # Europe -> worldwide
("Vantor is recalling almost 214,000 vehicles because a fault in the fuel pump will cause engines to stall [1.1].", S1, "R"),  # could -> will
("Vantor is recalling almost 214,000 vehicles because of a fault in the brakes [1.1].", S1, "R"),  # wrong part
("Vantor is recalling almost 241,000 vehicles [1.1].", S1, "R"),  # digit swap
("The recall applies to Aria and Solent models made from June 2021 to September 2023 [1.2].", S1, "S"),  # paraphrase
("Only the Vantor Aria is affected by the recall [1.2].", S1, "R"),  # drops Solent, 'only'
("The recall covers Aria and Solent models built between June 2020 and September 2023 [1.2].", S1, "R"),  # wrong start year
("The recall covers Aria and Solent models sold between June 2021 and September 2023 [1.2].", S1, "R"),  # built -> sold
("Vantor said it knew of 31 incidents connected to the fault and that nobody had been injured in any of them [1.3].", S1, "S"),  # paraphrase
("None of the 31 incidents linked to the fault caused injuries, the company said [1.3].", S1, "S"),  # reordered
("The company said the fault had caused 31 crashes [1.3].", S1, "R"),  # incidents -> crashes
("The company said it was aware of 13 incidents linked to the fault [1.3].", S1, "R"),  # 31 -> 13
("The company said two of the 31 incidents had resulted in minor injuries [1.3].", S1, "R"),  # contradicts none
("Vantor said there had been no incidents linked to the fault [1.3].", S1, "R"),  # negation error
("Letters will be sent to owners from 15 January, and dealers will fit a new pump at no cost [1.4].", S1, "S"),  # paraphrase
("Owners will not have to pay for the pump replacement [1.4].", S1, "S"),  # free of charge
("Owners will be contacted by email from 15 January [1.4].", S1, "R"),  # letter -> email
("Owners will be contacted by letter from 15 February [1.4].", S1, "R"),  # wrong month
("Dealers will repair the pump for a reduced fee [1.4].", S1, "R"),  # free -> reduced fee
("Dealers will replace the whole engine free of charge [1.4].", S1, "R"),  # pump -> engine
("The fix should take roughly two hours [1.5].", S1, "S"),  # paraphrase
("The repair will take exactly two hours [1.5].", S1, "R"),  # about -> exactly, hedge dropped
("The repair is expected to take about two days [1.5].", S1, "R"),  # hours -> days
("Vantor said safety was its top priority and apologised to customers for the inconvenience [1.6].", S1, "S"),  # reported speech
("The company apologised to customers for the disruption [1.6].", S1, "S"),  # inconvenience = disruption
("Vantor said cost was its highest priority [1.6].", S1, "R"),  # wrong word
("Vantor apologised to customers and offered them compensation [1.6].", S1, "R"),  # added compensation
("Which? said safety was its highest priority [1.6].", S1, "R"),  # wrong speaker
("About 48,000 of the recalled cars were sold in Britain, with most of the remainder sold in Germany, France and Italy [1.7].", S1, "S"),  # paraphrase
("Around 48,000 of the affected cars were sold in Germany [1.7].", S1, "R"),  # country swap
("Around 84,000 of the affected cars were sold in the UK [1.7].", S1, "R"),  # digit swap
("All of the affected cars outside the UK were sold in Germany, France and Italy [1.7].", S1, "R"),  # mainly -> all
("The DVSA said motorists could keep driving their cars but should not ignore any warning lights [1.8].", S1, "S"),  # paraphrase
("Drivers were told by the Driver and Vehicle Standards Agency that they need not stop using their vehicles [1.8].", S1, "S"),  # paraphrase
("The Driver and Vehicle Standards Agency told drivers to stop using their cars immediately [1.8].", S1, "R"),  # contradiction
("Vantor said drivers could continue to use their cars [1.8].", S1, "R"),  # wrong speaker
("The Driver and Vehicle Standards Agency said drivers could continue to use their cars but should avoid motorways [1.8].", S1, "R"),  # invented advice
("Which? described the delay in telling owners as disappointing, noting the fault was first reported to Vantor in March [1.9].", S1, "S"),  # reported speech
("Which? criticised the delay in notifying owners [1.9].", S1, "S"),  # 'disappointing' ~ criticised
("Which? said the delay in notifying owners was unacceptable and illegal [1.9].", S1, "R"),  # stronger than quoted
("Which? said the fault was first reported to the company in May [1.9].", S1, "R"),  # wrong month
("Which? praised the speed with which owners were notified [1.9].", S1, "R"),  # antonym
("Vantor's share price dropped 3% in Frankfurt following the announcement [1.10].", S1, "S"),  # paraphrase
("Vantor shares fell 3% in London after the announcement [1.10].", S1, "R"),  # wrong exchange
("Vantor shares fell 30% after the announcement [1.10].", S1, "R"),  # unit/magnitude error
("Vantor shares rose 3% in Frankfurt after the announcement [1.10].", S1, "R"),  # fell -> rose
("Vantor did not disclose the cost of the recall [1.11].", S1, "S"),  # paraphrase
("Vantor said the recall would cost about 50 million euros [1.11].", S1, "R"),  # contradicts
("Vantor is recalling almost 214,000 Aria and Solent cars built between June 2021 and September 2023 [1.1, 1.2].", S1, "S"),  # merge
("About 48,000 of the nearly 214,000 recalled vehicles were sold in the UK [1.1, 1.7].", S1, "S"),  # merge
("Owners will get a letter from 15 January, and the free pump replacement should take around two hours [1.4, 1.5].", S1, "S"),  # merge
("Vantor apologised for the inconvenience, and its shares fell 3% in Frankfurt [1.6, 1.10].", S1, "S"),  # merge
("Vantor shares fell 3% because the recall will cost the company heavily [1.10, 1.11].", S1, "R"),  # invented cause; cost not stated
("Vantor said it was aware of 31 incidents, and the fault was first reported in March [1.3].", S1, "R"),  # March from uncited 1.9
("Owners will be contacted from 15 January [1.5].", S1, "R"),  # wrong sentence cited
("Vantor is recalling almost 214,000 vehicles, about 48,000 of them in Germany [1.1, 1.7].", S1, "R"),  # UK -> Germany
("The fault was reported to Vantor in March, yet owners will only be contacted by letter from 15 January [1.4, 1.9].", S1, "S"),  # merge
("Roughly 166,000 of the recalled cars were sold outside the UK [1.1, 1.7].", S1, "S"),  # 214k-48k = 166k approx
("If a warning light comes on, drivers should stop using the car, the DVSA said [1.8].", S1, "R"),  # 'should not ignore' is not 'stop using'; DVSA said they could continue
("Aria and Solent cars produced between mid-2021 and September 2023 are included in the recall [1.2].", S1, "S"),  # June = mid-2021
("Thirty-one incidents have been connected to the defect, Vantor said, with no injuries reported [1.3].", S1, "S"),  # paraphrase
("Vantor dealers will swap the fuel pump without charge once owners have been written to from 15 January [1.4].", S1, "S"),  # paraphrase
("The work needed to fix each car will probably take around two hours [1.5].", S1, "S"),  # expected = probably
("Saying that safety comes first, Vantor apologised for the inconvenience caused to customers [1.6].", S1, "S"),  # reported speech
("The UK accounted for around 48,000 of the cars involved, while most others went to buyers in Germany, France and Italy [1.7].", S1, "S"),  # paraphrase
("Motorists may carry on driving the affected cars, according to the Driver and Vehicle Standards Agency, though warning lights should be heeded [1.8].", S1, "S"),  # paraphrase
("The consumer group Which? called it disappointing that owners were not told sooner, given the fault was first reported in March [1.9].", S1, "S"),  # paraphrase
("The announcement was followed by a 3% fall in Vantor's shares in Frankfurt [1.10].", S1, "S"),  # nominalisation
("No cost estimate for the recall was given by Vantor [1.11].", S1, "S"),  # passive
("The recall of nearly 214,000 vehicles stems from a fuel pump fault linked to 31 incidents [1.1, 1.3].", S1, "S"),  # merge
("Vantor did not put a figure on the cost of the recall, and its shares fell 3% after the announcement [1.10, 1.11].", S1, "S"),  # merge
("Which? said the delay was disappointing, while the DVSA told drivers they could keep using their cars [1.8, 1.9].", S1, "S"),  # merge
("Free fuel pump replacements will be offered for Aria and Solent models built between June 2021 and September 2023 [1.2, 1.4].", S1, "S"),  # merge
]
