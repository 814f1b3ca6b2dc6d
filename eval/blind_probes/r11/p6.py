A = ("A freight train derailed near the town of Ellsworth early on Tuesday, spilling diesel fuel into a nearby river. "
"Eleven of the train's 40 wagons left the tracks, according to the rail operator, Northline Freight. "
"No one was injured, but about 200 residents were evacuated as a precaution. "
"The national rail safety agency has opened an investigation into the cause of the derailment. "
"Northline said the line would remain closed until at least Friday. "
"Environmental officials said the spill was unlikely to affect drinking water.")
B = ("Two people died and 14 were injured when a coach overturned on the A9 motorway near Brenna on Sunday evening. "
"Police said the coach was carrying 52 passengers from a football match. "
"The driver, a 61-year-old man, was arrested on suspicion of dangerous driving. "
"The motorway was closed in both directions for six hours. "
"The coach company, Silvan Tours, said it was cooperating fully with the police.")
C = ("Portvale airport will open a second runway in October, doubling its capacity to 40 flights an hour. "
"The project cost 1.2 billion euros and was completed three months behind schedule. "
"Airport director Lena Fischer said night flights would not be increased.")
S = [A, B, C]
PROBES = [
("A freight train came off the tracks near Ellsworth early on Tuesday, spilling diesel into a river. [1.1]", S, "S"),
("Diesel fuel leaked into a river after a freight train derailed near Ellsworth on Tuesday. [1.1]", S, "S"),
("A passenger train derailed near the town of Ellsworth early on Tuesday. [1.1]", S, "R"),  # sibling
("A freight train derailed near the town of Ellsworth late on Tuesday. [1.1]", S, "R"),  # early -> late
("A freight train derailed near Ellsworth, spilling petrol into a nearby river. [1.1]", S, "R"),  # fuel swap
("A freight train derailed near Ellsworth after hitting a lorry. [1.1]", S, "R"),  # invented cause
("Northline Freight said 11 of the train's 40 wagons came off the rails. [1.2]", S, "S"),
("According to Northline Freight, eleven of 40 wagons left the tracks. [1.2]", S, "S"),
("All 40 of the train's wagons left the tracks. [1.2]", S, "R"),  # quantifier
("The rail safety agency said eleven of the train's 40 wagons left the tracks. [1.2]", S, "R"),  # speaker swap
("Nobody was hurt, though some 200 residents were evacuated as a precaution. [1.3]", S, "S"),
("No one was injured in the derailment. [1.3]", S, "S"),
("Several people were injured and about 200 residents were evacuated. [1.3]", S, "R"),  # negation dropped
("The national rail safety agency is investigating what caused the derailment. [1.4]", S, "S"),
("The national rail safety agency has found the cause of the derailment. [1.4]", S, "R"),  # opened inquiry -> found
("Northline said the line would stay closed until at least Friday. [1.5]", S, "S"),
("Northline said the line would reopen on Friday. [1.5]", S, "R"),  # at least dropped / strengthened
("Northline said the line would remain closed until at least Thursday. [1.5]", S, "R"),  # weekday
("Environmental officials said the spill was unlikely to affect drinking water. [1.6]", S, "S"),
("Environmental officials said the spill would not affect drinking water. [1.6]", S, "R"),  # unlikely -> would not
("Environmental officials said the spill was likely to affect drinking water. [1.6]", S, "R"),  # antonym
("Two people were killed and 14 hurt when a coach overturned on the A9 near Brenna on Sunday evening. [2.1]", S, "S"),
("A coach crash on the A9 motorway near Brenna left two people dead and 14 injured. [2.1]", S, "S"),
("Four people died and 14 were injured when a coach overturned on the A9. [2.1]", S, "R"),  # number
("Two people died and 14 were injured when a coach overturned on the A7 motorway. [2.1]", S, "R"),  # road
("Two people died when a coach overturned near Brenna on Sunday morning. [2.1]", S, "R"),  # time
("Police said the coach was carrying 52 passengers to a football match. [2.2]", S, "R"),  # from -> to
("Police said the coach was carrying 52 passengers. [2.2]", S, "S"),
("Police said the coach was carrying 25 passengers from a football match. [2.2]", S, "R"),  # number
("The 61-year-old driver was arrested on suspicion of dangerous driving. [2.3]", S, "S"),
("The 61-year-old man driving the coach was detained on suspicion of dangerous driving. [2.3]", S, "S"),
("The driver was charged with dangerous driving. [2.3]", S, "R"),  # arrested on suspicion -> charged
("The driver, a 16-year-old, was arrested on suspicion of dangerous driving. [2.3]", S, "R"),  # age
("The motorway was shut in both directions for six hours. [2.4]", S, "S"),
("The motorway was closed in one direction for six hours. [2.4]", S, "R"),  # both -> one
("Silvan Tours said it was fully cooperating with police. [2.5]", S, "S"),
("Silvan Tours said it was refusing to cooperate with police. [2.5]", S, "R"),  # opposite
("Portvale airport will open a second runway in October, doubling capacity to 40 flights an hour. [3.1]", S, "S"),
("A second runway opening at Portvale airport in October will double capacity to 40 flights per hour. [3.1]", S, "S"),
("Portvale airport opened a second runway in October. [3.1]", S, "R"),  # future -> past
("Portvale airport will open a second runway in October, tripling its capacity. [3.1]", S, "R"),  # doubling -> tripling
("The 1.2 billion euro project was finished three months late. [3.2]", S, "S"),
("The project cost 1.2 billion euros and was completed three months ahead of schedule. [3.2]", S, "R"),  # antonym
("Lena Fischer said night flights would not increase. [3.3]", S, "S"),
("Airport director Lena Fischer said night flights would be increased. [3.3]", S, "R"),  # negation dropped
]
