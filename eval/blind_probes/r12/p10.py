A = ("The European Commission on Wednesday proposed a ban on single-use plastic cutlery in all member states from 2028. "
"Environment Commissioner Erik Sandvall said the measure would cut plastic waste by 300,000 tonnes a year. "
"Retailers would be given a two-year transition period. "
"The proposal needs approval from the European Parliament and national governments.")
B = ("Industry group PlastEurope said the ban would cost manufacturers about 1.2 billion euros. "
"Its director, Anne Keller, called the timetable unrealistic. "
"PlastEurope represents around 2,000 companies, most of them small firms. "
"Keller said the group would challenge the ban in court if it became law.")
C = ("Environmental charity BlueTide welcomed the Commission's proposal on Wednesday. "
"BlueTide campaign director Jonas Wirth said the ban should also cover plastic cups. "
"A BlueTide survey found that 71 percent of Europeans support banning disposable cutlery. "
"The charity estimated that Europeans discard 36 billion pieces of plastic cutlery every year.")
D = ("Port operators in Halvik reported a 12 percent rise in container traffic in the first half of the year. "
"The increase was driven mainly by exports of wind-turbine parts. "
"Harbour master Ingrid Sol said a new deep-water berth would open in September.")
E = ("Halvik's city council approved 40 million euros to dredge the harbour entrance. "
"Mayor Tor Eklund said the dredging would allow larger ships to dock. "
"Work is expected to start in October and take eight months.")
F = ("Shipping line Nordcarga said it would add a weekly service from Halvik to Rotterdam from November. "
"The company said demand from the wind industry had prompted the decision.")
ABC = [A, B, C]
DEF = [D, E, F]
PROBES = [
("The European Commission proposed banning single-use plastic cutlery from 2028, a move the charity BlueTide welcomed. [1.1][3.1]", ABC, "S"),
("The European Commission adopted a ban on single-use plastic cutlery from 2028, which BlueTide welcomed. [1.1][3.1]", ABC, "R"),  # proposed -> adopted
("Erik Sandvall said the ban would reduce plastic waste by 300,000 tonnes a year, while PlastEurope said it would cost manufacturers about 1.2 billion euros. [1.2][2.1]", ABC, "S"),
("Erik Sandvall said the ban would cost manufacturers about 1.2 billion euros. [1.2][2.1]", ABC, "R"),  # speaker swap across sources
("PlastEurope said the ban would cut plastic waste by 300,000 tonnes a year. [1.2][2.1]", ABC, "R"),  # speaker swap
("Sandvall said the ban would cut plastic waste by 300,000 tonnes a year, though PlastEurope put the cost to manufacturers at 2.1 billion euros. [1.2][2.1]", ABC, "R"),  # number
("Anne Keller, PlastEurope's director, called the timetable unrealistic, but BlueTide welcomed the proposal. [2.2][3.1]", ABC, "S"),
("Jonas Wirth called the timetable unrealistic. [2.2][3.2]", ABC, "R"),  # speaker swap
("Anne Keller called the timetable realistic. [2.2]", ABC, "R"),  # antonym
("BlueTide's Jonas Wirth said the ban should be extended to plastic cups. [3.2]", ABC, "S"),
("BlueTide's Jonas Wirth said the ban should also cover plastic straws. [3.2]", ABC, "R"),  # cups->straws
("Anne Keller said the ban should also cover plastic cups. [2.2][3.2]", ABC, "R"),  # speaker swap
("Keller said PlastEurope would take the ban to court if it became law. [2.4]", ABC, "S"),
("Keller said PlastEurope would challenge the ban in court. [2.4]", ABC, "R"),  # condition dropped
("Keller said PlastEurope had challenged the ban in court. [2.4]", ABC, "R"),  # tense/modality
("A BlueTide survey found 71 percent of Europeans back a ban on disposable cutlery, and the charity estimated 36 billion pieces are thrown away each year. [3.3][3.4]", ABC, "S"),
("A BlueTide survey found 71 percent of Europeans support banning disposable cutlery, and that Europeans discard 36 billion pieces a year. [3.3][3.4]", ABC, "R"),  # estimate attributed to survey, estimate dropped
("A PlastEurope survey found 71 percent of Europeans support banning disposable cutlery. [2.3][3.3]", ABC, "R"),  # org swap
("A BlueTide survey found that 17 percent of Europeans support banning disposable cutlery. [3.3]", ABC, "R"),  # number
("PlastEurope represents around 2,000 companies, most of which are small firms, and its director called the timetable unrealistic. [2.2][2.3]", ABC, "S"),
("PlastEurope represents around 2,000 companies, most of them large firms. [2.3]", ABC, "R"),  # antonym
("PlastEurope represents about 2,000 firms, mostly small ones. [2.3]", ABC, "S"),
("The proposal must be approved by the European Parliament and national governments, and retailers would have a two-year transition period. [1.3][1.4]", ABC, "S"),
("The proposal has been approved by the European Parliament. [1.4]", ABC, "R"),  # needs -> has
("Retailers would be given a three-year transition period. [1.3]", ABC, "R"),  # number
("Halvik's port operators reported a 12 percent increase in container traffic in the first half, driven mainly by exports of wind-turbine parts. [1.1][1.2]", DEF, "S"),
("Halvik's port operators reported a 12 percent increase in container traffic, driven mainly by imports of wind-turbine parts. [1.1][1.2]", DEF, "R"),  # exports->imports
("Halvik's port operators reported a 21 percent increase in container traffic in the first half of the year. [1.1]", DEF, "R"),  # number
("Harbour master Ingrid Sol said a new deep-water berth would open in September, and the council approved 40 million euros to dredge the harbour entrance. [1.3][2.1]", DEF, "S"),
("Mayor Tor Eklund said a new deep-water berth would open in September. [1.3][2.2]", DEF, "R"),  # speaker swap
("Harbour master Ingrid Sol said a new deep-water berth would open in October. [1.3][2.3]", DEF, "R"),  # month from other sentence
("Halvik's council approved 40 million euros for dredging, which Mayor Tor Eklund said would let larger ships dock. [2.1][2.2]", DEF, "S"),
("Halvik's council approved 40 million euros for dredging, which Mayor Tor Eklund said would let smaller ships dock. [2.1][2.2]", DEF, "R"),  # antonym
("Dredging work is expected to begin in October and last eight months. [2.3]", DEF, "S"),
("Dredging work will begin in October and last eight months. [2.3]", DEF, "R"),  # hedge dropped
("Nordcarga said it would launch a weekly Halvik-Rotterdam service from November, citing demand from the wind industry. [3.1][3.2]", DEF, "S"),
("Nordcarga said it would add a daily service from Halvik to Rotterdam from November. [3.1]", DEF, "R"),  # weekly->daily
("Nordcarga said demand from the wind industry led it to add a weekly service to Rotterdam, and Halvik port traffic rose 12 percent in the first half. [3.1][3.2][1.1]", DEF, "S"),
("Rising container traffic at Halvik prompted Nordcarga to add a weekly service to Rotterdam. [1.1][3.1][3.2]", DEF, "R"),  # cause invented (source says wind industry demand)
]
PROBES += [
("Environment Commissioner Erik Sandvall said the cutlery ban would cut plastic waste by 300,000 tonnes annually, and BlueTide's Jonas Wirth said it should cover plastic cups too. [1.2][3.2]", ABC, "S"),
("PlastEurope's director, Anne Keller, said the group would go to court over the ban if it became law. [2.2][2.4]", ABC, "S"),
("The proposal, which BlueTide welcomed, still needs the backing of the European Parliament and national governments. [1.4][3.1]", ABC, "S"),
("Container traffic at Halvik's port rose 12 percent in the first half, and the city council approved 40 million euros to dredge the harbour entrance. [1.1][2.1]", DEF, "S"),
("Mayor Tor Eklund said dredging would let bigger ships dock, while Nordcarga said it would add a weekly Rotterdam service from November. [2.2][3.1]", DEF, "S"),
]
