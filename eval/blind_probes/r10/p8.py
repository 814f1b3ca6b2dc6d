A = "Brightway Foods is recalling about 12,000 pounds of frozen chicken nuggets because they may contain pieces of hard plastic, the U.S. Department of Agriculture said on Friday. The nuggets were produced on August 2 and shipped to stores in Ohio, Michigan and Indiana. The problem was discovered after three customers complained of finding plastic in the product. There have been no confirmed reports of injuries. Consumers are urged not to eat the nuggets and to return them to the place of purchase."
B = "Kestrel Motors is recalling 84,000 SUVs in the United States because a faulty seat-belt sensor could fail to warn drivers when a front passenger is unbuckled, the National Highway Traffic Safety Administration said. The recall covers 2022 and 2023 models of the Kestrel Ridge. Dealers will replace the sensor free of charge. The company said it was aware of no crashes or injuries linked to the problem. Owners will be notified by letter starting on November 15."
C = "The Financial Conduct Authority fined Marlowe Bank £18 million on Wednesday for failing to protect customers in financial difficulty. The regulator said the bank had charged late fees to more than 40,000 customers who were already in arrears between 2019 and 2022. Marlowe has agreed to repay £9 million to affected customers. The fine was reduced by 30 percent because the bank agreed to settle early. The bank said it had apologised and had changed its procedures."
D = "Solara Energy today announced the launch of the HomeCell 2, a home battery system that stores up to 15 kilowatt-hours of electricity. The system will be available in Germany and Austria from March, with other European markets to follow later in the year. Solara said the HomeCell 2 is 20 percent lighter than its predecessor. It will cost 7,900 euros before installation. \"This is our most affordable system yet,\" said chief executive Lukas Brenner."

PROBES = [
    ("Brightway Foods is recalling around 12,000 pounds of frozen chicken nuggets that may contain hard plastic, the USDA said on Friday [1.1].", A, "S"),
    ("The nuggets were made on August 2 and sent to stores in Ohio, Michigan and Indiana [1.2].", A, "S"),
    ("The problem came to light after three customers complained of finding plastic in the product [1.3].", A, "S"),
    ("No injuries have been confirmed [1.4].", A, "S"),
    ("Consumers are advised not to eat the nuggets and to return them to where they bought them [1.5].", A, "S"),
    ("Kestrel Motors is recalling 84,000 SUVs in the U.S. because a faulty seat-belt sensor might not warn drivers when a front passenger is unbuckled, NHTSA said [1.1].", B, "S"),
    ("The recall covers 2022 and 2023 Kestrel Ridge models [1.2].", B, "S"),
    ("Dealers will replace the sensor for free [1.3].", B, "S"),
    ("Kestrel said it knew of no crashes or injuries linked to the problem [1.4].", B, "S"),
    ("Owners will be notified by letter from November 15 [1.5].", B, "S"),
    ("Kestrel Motors is recalling SUVs over a faulty seat-belt sensor [1.1].", B, "S"),
    ("Marlowe Bank was fined £18 million by the Financial Conduct Authority on Wednesday for failing to protect struggling customers [1.1].", C, "S"),
    ("The FCA said the bank had charged late fees to more than 40,000 customers already in arrears between 2019 and 2022 [1.1][1.2].", C, "S"),
    ("Marlowe agreed to repay £9 million to affected customers [1.3].", C, "S"),
    ("The fine was cut by 30 percent because the bank agreed to settle early [1.4].", C, "S"),
    ("The bank said it had apologised and changed its procedures [1.5].", C, "S"),
    ("Solara Energy has launched the HomeCell 2, a home battery system that can store up to 15 kilowatt-hours of electricity [1.1].", D, "S"),
    ("The HomeCell 2 will go on sale in Germany and Austria in March, with other European markets following later in the year [1.2].", D, "S"),
    ("Solara said the new system is 20 percent lighter than its predecessor [1.3].", D, "S"),
    ("The system will cost 7,900 euros before installation [1.4].", D, "S"),
    ("\"This is our most affordable system yet,\" chief executive Lukas Brenner said [1.5].", D, "S"),
    ("Brightway Foods is recalling about 12,000 pounds of frozen chicken nuggets because they may contain pieces of glass [1.1].", A, "R"),  # plastic
    ("Brightway Foods is recalling the nuggets because they contain hard plastic [1.1].", A, "R"),  # may contain -> contain
    ("The nuggets were shipped to stores in Ohio, Michigan and Illinois [1.2].", A, "R"),  # Indiana
    ("The problem was discovered after three customers were injured by plastic in the product [1.3][1.4].", A, "R"),  # complained; no injuries
    ("Several injuries have been reported [1.4].", A, "R"),  # none confirmed
    ("Brightway Foods said on Friday that it was recalling about 12,000 pounds of nuggets [1.1].", A, "R"),  # speaker: USDA said
    ("Kestrel Motors is recalling 84,000 SUVs worldwide [1.1].", B, "R"),  # in the United States
    ("The recall covers 2021 and 2022 models of the Kestrel Ridge [1.2].", B, "R"),  # 2022 and 2023
    ("Owners will have to pay for the replacement sensor [1.3].", B, "R"),  # free
    ("The company said the problem had caused several crashes [1.4].", B, "R"),  # aware of none
    ("Owners will be notified by email starting on November 15 [1.5].", B, "R"),  # letter
    ("The faulty sensor will fail to warn drivers when a front passenger is unbuckled [1.1].", B, "R"),  # could -> will
    ("The Financial Conduct Authority fined Marlowe Bank £8 million [1.1].", C, "R"),  # 18
    ("The regulator said the bank had charged late fees to more than 40,000 customers between 2009 and 2022 [1.2].", C, "R"),  # 2019
    ("Marlowe has agreed to repay £18 million to affected customers [1.3].", C, "R"),  # 9
    ("The fine was increased by 30 percent because the bank delayed its settlement [1.4].", C, "R"),  # reduced; settled early
    ("The bank said it had not changed its procedures [1.5].", C, "R"),  # negation added
    ("Solara Energy announced the HomeCell 2, which stores up to 50 kilowatt-hours of electricity [1.1].", D, "R"),  # 15
    ("The HomeCell 2 will be available across Europe from March [1.2].", D, "R"),  # only Germany and Austria from March
    ("Solara said the HomeCell 2 is 20 percent cheaper than its predecessor [1.3].", D, "R"),  # lighter
    ("The HomeCell 2 will cost 7,900 euros including installation [1.4].", D, "R"),  # before installation
    ("Solara's chief financial officer said the HomeCell 2 was its most affordable system yet [1.5].", D, "R"),  # chief executive
]
