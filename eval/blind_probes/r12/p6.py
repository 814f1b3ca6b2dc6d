S1 = ("Storm Elena brought winds of up to 140 kilometres per hour to the west coast on Sunday night. "
"More than 60,000 homes lost power, and about 9,000 were still without electricity on Monday afternoon. "
"A 71-year-old man died when a tree fell on his car near Ardmore. "
"The national weather service issued a red warning for coastal counties and an orange warning for inland areas. "
"Rail services between Ardmore and Kilbride were suspended because of flooding on the line. "
"Forecasters said the storm could weaken by Tuesday.")
S2 = ("A wildfire north of Santa Colina has burned 4,800 hectares since it started on Wednesday. "
"Firefighters said the blaze was 35 percent contained by Friday evening. "
"About 2,000 residents were ordered to evacuate, and 14 homes have been destroyed. "
"Investigators believe the fire may have been started by a downed power line. "
"Separately, a magnitude 5.8 earthquake struck off the coast of Mereth early on Saturday. "
"There were no immediate reports of injuries, according to the civil protection agency. "
"The quake was felt as far away as the capital, 200 kilometres to the east.")
PROBES = [
("Storm Elena lashed the west coast with winds of up to 140 kilometres per hour on Sunday night. [1.1]", S1, "S"),
("Storm Elena brought winds of 140 kilometres per hour to the west coast on Sunday night. [1.1]", S1, "R"),  # "up to" dropped
("Storm Elena brought winds of up to 140 kilometres per hour to the east coast on Sunday night. [1.1]", S1, "R"),  # west->east
("Storm Elena brought winds of up to 140 kilometres per hour to the west coast on Saturday night. [1.1]", S1, "R"),  # day
("More than 60,000 homes lost power, with around 9,000 still without electricity on Monday afternoon. [1.2]", S1, "S"),
("About 9,000 homes lost power. [1.2]", S1, "R"),  # wrong figure joined to event
("More than 60,000 homes were left without power. [1.2]", S1, "S"),
("A 71-year-old man was killed when a tree fell on his car near Ardmore. [1.3]", S1, "S"),
("A 71-year-old woman died when a tree fell on her car near Ardmore. [1.3]", S1, "R"),  # gender
("A 17-year-old man died when a tree fell on his car near Ardmore. [1.3]", S1, "R"),  # age
("A 71-year-old man died when a tree fell on his car near Kilbride. [1.3]", S1, "R"),  # place
("The weather service put coastal counties under a red warning and inland areas under an orange warning. [1.4]", S1, "S"),
("The national weather service issued a red warning for inland areas. [1.4]", S1, "R"),  # list swap
("The national weather service issued a red warning for all counties. [1.4]", S1, "R"),  # quantifier
("Flooding on the line halted rail services between Ardmore and Kilbride. [1.5]", S1, "S"),
("Rail services between Ardmore and Kilbride were suspended because of fallen trees on the line. [1.5]", S1, "R"),  # cause swap
("Forecasters said the storm might weaken by Tuesday. [1.6]", S1, "S"),
("Forecasters said the storm would weaken by Tuesday. [1.6]", S1, "R"),  # could->would
("Forecasters said the storm could strengthen by Tuesday. [1.6]", S1, "R"),  # antonym
("A wildfire north of Santa Colina has scorched 4,800 hectares since breaking out on Wednesday. [2.1]", S2, "S"),
("A wildfire south of Santa Colina has burned 4,800 hectares since it started on Wednesday. [2.1]", S2, "R"),  # direction
("Firefighters said the fire was 35 percent contained by Friday evening. [2.2]", S2, "S"),
("Firefighters said the blaze was 65 percent contained by Friday evening. [2.2]", S2, "R"),  # number
("Firefighters said the blaze was fully contained by Friday evening. [2.2]", S2, "R"),  # quantifier
("Around 2,000 residents were told to evacuate, and 14 homes have been destroyed. [2.3]", S2, "S"),
("About 2,000 homes have been destroyed. [2.3]", S2, "R"),  # pooled wrongly
("About 2,000 residents were ordered to evacuate, and 41 homes have been destroyed. [2.3]", S2, "R"),  # number
("Fourteen homes have been destroyed by the fire. [2.3]", S2, "R"),  # LABEL CORRECTED S->R after run (see REPORT)
("Investigators think a downed power line may have sparked the fire. [2.4]", S2, "S"),
("Investigators said the fire was started by a downed power line. [2.4]", S2, "R"),  # hedge dropped
("Investigators believe the fire may have been started by a discarded cigarette. [2.4]", S2, "R"),  # cause swap
("A magnitude 5.8 earthquake hit off the coast of Mereth early on Saturday. [2.5]", S2, "S"),
("A magnitude 8.5 earthquake struck off the coast of Mereth early on Saturday. [2.5]", S2, "R"),  # number
("A magnitude 5.8 earthquake struck the city of Mereth early on Saturday. [2.5]", S2, "R"),  # off the coast -> city
("The civil protection agency said there were no immediate reports of injuries. [2.6]", S2, "S"),
("The civil protection agency said several people had been injured. [2.6]", S2, "R"),  # contradicts
("The quake was felt as far away as the capital, 200 kilometres to the east. [2.7]", S2, "S"),
("The quake was felt as far away as the capital, 200 kilometres to the west. [2.7]", S2, "R"),  # direction
("The quake was felt in the capital, some 200 kilometres away. [2.7]", S2, "S"),
("A 71-year-old man died near Ardmore and more than 60,000 homes lost power. [1.2][1.3]", S1, "S"),
]
PROBES += [
("Some 9,000 homes remained without power on Monday afternoon. [1.2]", S1, "S"),
("About 2,000 residents were ordered to leave their homes. [2.3]", S2, "S"),
("The blaze north of Santa Colina began on Wednesday. [2.1]", S2, "S"),
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
