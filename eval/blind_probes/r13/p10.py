A = ("Flooding forced the evacuation of about 2,000 residents from the town of Kelso on Sunday after the River Tweed burst its banks. "
"The river peaked at 4.6 metres, the highest level recorded there since 1948. "
"Police said a 71-year-old man died after his car was swept off a road near the town. "
"Scottish Water warned residents not to drink tap water until further notice. "
"Emergency shelters were opened in two schools.")
B = ("The Scottish Environment Protection Agency issued 23 flood warnings across the Borders on Sunday. "
"Rainfall of 110 millimetres was recorded in 36 hours at a gauge near Peebles. "
"First Minister Claire Dunn visited Kelso on Monday and promised £10 million in emergency funding. "
"Insurers estimated that claims could exceed £60 million. "
"Forecasters said further heavy rain was possible on Wednesday.")
C = ("Residents of Kelso began returning to their homes on Tuesday as the water receded. "
"About 350 properties were flooded, according to the council. "
"The main bridge into the town remains closed while engineers inspect it. "
"Council leader Ian Baird said the clean-up could take months. "
"Local businesses have reported losses, but no figures have been published.")
D = ("Rail operators Transmere and Coastway have agreed to merge in a deal valuing the combined group at 3.4 billion euros. "
"Transmere shareholders will own 55% of the new company. "
"The deal is subject to approval by competition regulators, which could take up to a year. "
"The combined company will be led by Coastway's chief executive, Anna Berg.")
E = ("Unions representing rail workers said they feared job losses after the merger was announced. "
"The companies said they expected annual savings of 120 million euros by 2028. "
"They said there were no plans to close depots. "
"Shares in Coastway jumped 9% on the news, while Transmere fell 1%. "
"Analysts said regulators might require the sale of some routes.")
PROBES = [
("About 2,000 Kelso residents were evacuated on Sunday when the Tweed burst its banks, and 23 flood warnings were issued across the Borders [1.1][2.1].", [A, B], "S"),
("The Tweed peaked at 4.6 metres, its highest level there since 1948, and 110 millimetres of rain was recorded in 36 hours near Peebles [1.2][2.2].", [A, B], "R"),  # the river is named the Tweed only in [1.1], which is not cited (label corrected by the reviewer after the run, S to R)
("A 71-year-old man died when his car was swept off a road near the town, police said [1.3].", [A, B], "S"),
("Residents were told not to drink tap water until further notice, and shelters were opened in two schools [1.4][1.5].", [A, B, C], "S"),
("First Minister Claire Dunn visited Kelso on Monday and pledged £10 million of emergency funding [2.3].", [A, B], "S"),
("Insurers estimate claims could top £60 million [2.4].", [A, B], "S"),
("Forecasters said more heavy rain was possible on Wednesday [2.5].", [A, B, C], "S"),
("Residents began returning home on Tuesday as the water went down [3.1].", [A, B, C], "S"),
("The council said about 350 properties were flooded [3.2].", [A, B, C], "S"),
("The town's main bridge is still closed while engineers inspect it [3.3].", [A, B, C], "S"),
("Council leader Ian Baird said the clean-up could last months [3.4].", [A, B, C], "S"),
("Businesses have reported losses, though no figures have been published [3.5].", [A, B, C], "S"),
("Residents began returning on Tuesday after Sunday's evacuation of about 2,000 people [1.1][3.1].", [A, B, C], "S"),
("About 350 properties were flooded, the council said [1.2].", [C, A], "S"),
("The river peaked at 4.6 metres [2.2].", [C, A], "S"),
("Transmere and Coastway have agreed to merge in a deal that values the combined group at 3.4 billion euros [1.1].", [D, E], "S"),
("Transmere shareholders will hold 55% of the merged company [1.2].", [D, E], "S"),
("Regulatory approval could take up to a year [1.3].", [D, E], "S"),
("Coastway's chief executive Anna Berg will run the combined company [1.4].", [D, E], "S"),
("Unions said they feared job losses [2.1].", [D, E], "S"),
("The companies expect annual savings of 120 million euros by 2028 and said there were no plans to close depots [2.2][2.3].", [D, E], "S"),
("Coastway shares jumped 9%, while Transmere's fell 1% [2.4].", [D, E], "S"),
("Analysts said regulators might require some routes to be sold [2.5].", [D, E], "S"),
("Anna Berg will lead the merged group, in which Transmere shareholders will own 55% [1.2][1.4].", [D, E], "S"),
("About 2,000 residents were evacuated from Kelso on Saturday [1.1].", [A, B], "R"),  # Sunday -> Saturday
("About 20,000 residents were evacuated from Kelso [1.1].", [A, B], "R"),  # 2,000 -> 20,000
("The river peaked at 4.6 metres, the highest level recorded there since 1984 [1.2].", [A, B], "R"),  # 1948 -> 1984
("Police said two people died after their cars were swept off a road [1.3].", [A, B], "R"),  # one -> two
("Police said a 71-year-old woman died after her car was swept off a road [1.3].", [A, B], "R"),  # man -> woman
("Scottish Water said the tap water was safe to drink [1.4].", [A, B], "R"),  # antonym
("The Scottish Environment Protection Agency issued 32 flood warnings across the Borders [2.1].", [A, B], "R"),  # 23 -> 32
("Rainfall of 110 millimetres was recorded in 36 hours at a gauge near Kelso [2.2].", [A, B], "R"),  # Peebles -> Kelso
("First Minister Claire Dunn visited Kelso on Monday and promised £100 million in emergency funding [2.3].", [A, B], "R"),  # 10 -> 100
("Council leader Ian Baird visited Kelso on Monday and promised £10 million [2.3].", [A, B], "R"),  # person swapped
("Insurers said claims would exceed £60 million [2.4].", [A, B], "R"),  # estimate/could -> would
("Forecasters said further heavy rain was certain on Wednesday [2.5].", [A, B, C], "R"),  # possible -> certain
("Residents of Kelso began returning to their homes on Monday [3.1].", [A, B, C], "R"),  # Tuesday -> Monday
("About 3,500 properties were flooded, according to the council [3.2].", [A, B, C], "R"),  # 350 -> 3,500
("The main bridge into the town has reopened after engineers inspected it [3.3].", [A, B, C], "R"),  # closed -> reopened
("Council leader Ian Baird said the clean-up would take years [3.4].", [A, B, C], "R"),  # could/months -> would/years
("Local businesses have reported losses of £5 million [3.5].", [A, B, C], "R"),  # invented figure
("About 350 properties were flooded, according to the council [3.2].", [C, A], "R"),  # wrong citation: with [C, A] there is no source 3
("The river peaked at 4.6 metres [1.2].", [C, A], "R"),  # wrong citation: source 1 is C here
("The river peaked at 4.6 metres after 110 millimetres of rain fell in 36 hours near Peebles [1.2].", [A, B], "R"),  # rainfall fact not in cited 1.2 (it is in 2.2)
("Transmere and Coastway have agreed to merge in a deal valuing the combined group at 4.3 billion euros [1.1].", [D, E], "R"),  # 3.4 -> 4.3
("Coastway shareholders will own 55% of the new company [1.2].", [D, E], "R"),  # Transmere -> Coastway
("The deal does not need approval by competition regulators [1.3].", [D, E], "R"),  # negation
("The combined company will be led by Transmere's chief executive, Anna Berg [1.4].", [D, E], "R"),  # company swapped
("Unions said they welcomed the job security offered by the merger [2.1].", [D, E], "R"),  # antonym
("The companies said they expected annual savings of 120 million euros by 2026 [2.2].", [D, E], "R"),  # 2028 -> 2026
("The companies said they plan to close several depots [2.3].", [D, E], "R"),  # negation dropped
("Shares in Transmere jumped 9% on the news, while Coastway fell 1% [2.4].", [D, E], "R"),  # companies swapped
("Analysts said regulators will require the sale of all routes [2.5].", [D, E], "R"),  # might -> will, some -> all
("Unions said they feared job losses because depots would close [2.1][2.3].", [D, E], "R"),  # invented cause contradicting 2.3
]
