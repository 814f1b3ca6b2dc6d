# Domain: a car maker's recall of electric SUVs over battery fires
S1 = " ".join([
    "Carmaker Voltara is recalling 48,200 of its Terra electric SUVs worldwide after reports of battery fires while the vehicles were parked and charging.",
    "The recall covers models built between March 2022 and August 2023 at the company's plant in Zwickau, Germany.",
    "Of the affected vehicles, 11,500 were sold in the UK and about 19,000 in the United States.",
    "Voltara said it had identified 23 fires linked to the fault, none of which caused injuries.",
    "The company traced the problem to a manufacturing defect in battery cells supplied by South Korean firm Hanjin Energy.",
    "Hanjin said in a statement that it was working with Voltara to investigate but had not yet confirmed the cause.",
    "Owners are being told to limit charging to 80% of capacity and to park outdoors until their cars have been repaired.",
    "Dealers will replace the battery modules free of charge, a process that takes about six hours.",
    "Voltara expects the recall to cost about 310 million euros, which it hopes to recover partly from its supplier.",
    "Shares in the company fell 4.7% in Frankfurt on Monday after the announcement.",
    "The Terra, launched in 2021, is Voltara's best-selling model in Europe.",
    "Chief executive Petra Lindqvist said she was \"deeply sorry\" for the inconvenience caused to customers.",
    "Replacement parts are expected to reach dealers from early December.",
])
PROBES = [
("Voltara is recalling 48,200 Terra electric SUVs around the world [1.1].", S1, "S"),  # worldwide = around the world
("The recall follows reports of battery fires in parked vehicles that were charging [1.1].", S1, "S"),  # paraphrase
("Affected cars were made at Voltara's Zwickau plant between March 2022 and August 2023 [1.2].", S1, "S"),  # paraphrase
("The recalled vehicles were built in Germany [1.2].", S1, "S"),  # generalisation
("About 19,000 of the recalled SUVs were sold in the United States [1.3].", S1, "S"),  # reordering
("The UK and the United States together account for about 30,500 of the affected vehicles [1.3].", S1, "S"),  # 11,500 + 19,000
("More of the affected vehicles were sold in the United States than in the UK [1.3].", S1, "S"),  # comparison
("No one was hurt in any of the 23 fires Voltara has linked to the fault [1.4].", S1, "S"),  # none caused injuries
("Voltara has traced the fault to defective battery cells supplied by a South Korean company [1.5].", S1, "S"),  # generalisation
("Hanjin said it had not yet confirmed the cause and was investigating with Voltara [1.6].", S1, "S"),  # reordering
("Owners have been advised to charge their cars to no more than 80% of capacity [1.7].", S1, "S"),  # limit = no more than
("Until their cars are repaired, owners are being told to park outside [1.7].", S1, "S"),  # reordering
("Battery modules will be replaced by dealers at no cost to owners, in a process of around six hours [1.8].", S1, "S"),  # passive, free = no cost
("Voltara estimates that the recall will cost roughly 310 million euros [1.9].", S1, "S"),  # expects = estimates
("Voltara hopes to recover part of the cost from its supplier [1.9].", S1, "S"),  # paraphrase
("Voltara's shares dropped 4.7% in Frankfurt on Monday [1.10].", S1, "S"),  # synonym
("The Terra is Voltara's top-selling model in Europe [1.11].", S1, "S"),  # synonym
("Lindqvist, the chief executive, said she was deeply sorry for the inconvenience to customers [1.12].", S1, "S"),  # near-verbatim
("Replacement parts should start arriving at dealers from early December [1.13].", S1, "S"),  # expected = should
("The 23 fires were linked to a defect in cells supplied by Hanjin Energy [1.4, 1.5].", S1, "S"),  # merge
("Voltara is recalling its best-selling model in Europe [1.1, 1.11].", S1, "S"),  # merge
("The Terra went on sale in 2021 [1.11].", S1, "S"),  # launched
("The recall affects more than 48,000 vehicles [1.1].", S1, "S"),  # 48,200
("Dealers will carry out the battery module replacement free of charge [1.8].", S1, "S"),  # nominalisation
("Hanjin Energy is based in South Korea [1.5].", S1, "S"),  # South Korean firm
("The company's share price fell after it announced the recall [1.10].", S1, "S"),  # generalisation
("Some 11,500 of the recalled Terras were sold in the UK [1.3].", S1, "S"),  # reordering
("Voltara said none of the fires linked to the fault caused injuries [1.4].", S1, "S"),  # near-verbatim
("Lindqvist apologised, saying she was deeply sorry for the inconvenience caused to customers [1.12].", S1, "S"),  # nominalisation of apology
("The fires occurred while the SUVs were parked and charging [1.1].", S1, "S"),  # dropping detail
("Voltara, which blames a manufacturing defect, expects the recall to cost about 310 million euros [1.5, 1.9].", S1, "S"),  # merge
("Carmaker Voltara is recalling 42,800 of its Terra electric SUVs worldwide [1.1].", S1, "R"),  # 48,200
("Voltara is recalling Terra SUVs after reports of battery fires while the vehicles were being driven [1.1].", S1, "R"),  # parked and charging
("The recall covers models built between March 2022 and August 2024 [1.2].", S1, "R"),  # August 2023
("The recall covers models built at the company's plant in Zwickau, Austria [1.2].", S1, "R"),  # Germany
("Of the affected vehicles, 11,500 were sold in the United States and about 19,000 in the UK [1.3].", S1, "R"),  # figures swapped between countries
("Most of the recalled SUVs were sold in the United States [1.1, 1.3].", S1, "R"),  # 19,000 of 48,200 is not most
("Voltara said it had identified 32 fires linked to the fault [1.4].", S1, "R"),  # 23
("Voltara said it had identified 23 fires linked to the fault, several of which caused injuries [1.4].", S1, "R"),  # none caused injuries
("The company traced the problem to a software defect in the battery cells [1.5].", S1, "R"),  # manufacturing defect
("The company traced the problem to battery cells supplied by Japanese firm Hanjin Energy [1.5].", S1, "R"),  # South Korean
("Hanjin said in a statement that it had confirmed the cause [1.6].", S1, "R"),  # negation: had not yet confirmed
("Hanjin said it was working with regulators to investigate [1.6].", S1, "R"),  # with Voltara, not regulators
("Owners are being told to limit charging to 80% of capacity and to park indoors [1.7].", S1, "R"),  # outdoors
("Owners are being told to stop charging their cars until they have been repaired [1.7].", S1, "R"),  # limit to 80%, not stop
("Dealers will replace the battery modules for a fee [1.8].", S1, "R"),  # free of charge
("Replacing the battery modules takes about six days [1.8].", S1, "R"),  # six hours
("Dealers will replace the battery management software free of charge [1.8].", S1, "R"),  # battery modules, not software
("Voltara expects the recall to cost about 310 million pounds [1.9].", S1, "R"),  # euros
("Voltara will recover the full cost of the recall from its supplier [1.9].", S1, "R"),  # hopes to recover partly
("Shares in the company rose 4.7% in Frankfurt on Monday [1.10].", S1, "R"),  # fell
("Shares in the company fell 4.7% in Frankfurt on Tuesday [1.10].", S1, "R"),  # Monday
("Shares in Hanjin Energy fell 4.7% in Frankfurt after the announcement [1.10].", S1, "R"),  # shares in Voltara
("The Terra is Voltara's best-selling model worldwide [1.11].", S1, "R"),  # in Europe, scope widened
("The Terra, launched in 2012, is Voltara's best-selling model in Europe [1.11].", S1, "R"),  # 2021
("Chairman Petra Lindqvist said she was deeply sorry for the inconvenience caused to customers [1.12].", S1, "R"),  # chief executive
("Lindqvist said she was \"deeply sorry\" for the fires [1.12].", S1, "R"),  # sorry for the inconvenience, not the fires
("Replacement parts are expected to reach dealers from early November [1.13].", S1, "R"),  # December
("Replacement parts have already reached dealers [1.13].", S1, "R"),  # expected from early December
("Voltara is recalling 48,200 Terra SUVs after 23 battery fires [1.1].", S1, "R"),  # fire count from uncited 1.4
("Hanjin Energy confirmed that a manufacturing defect in its battery cells caused the problem [1.5].", S1, "R"),  # Voltara traced it; Hanjin did not confirm
("Shares fell 4.7% in Frankfurt on Monday after the company reported falling sales [1.10].", S1, "R"),  # invented cause
("The recall covers every Terra built since the model was launched [1.2, 1.11].", S1, "R"),  # launched 2021; recall covers March 2022 to August 2023 only
("The Terra, Voltara's best-selling model in Europe, was launched in 2022 [1.11].", S1, "R"),  # 2021
]
