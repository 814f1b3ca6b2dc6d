S1 = ("Dairy firm Greenvale is recalling 45,000 tubs of strawberry yoghurt after small pieces of plastic were found in some products. "
"The recall covers 500-gram tubs with best-before dates between June 3 and June 17. "
"The Food Standards Agency said no injuries had been reported. "
"Customers are advised not to eat the product and to return it to the store for a full refund. "
"Greenvale said the plastic came from a faulty seal on a filling machine at its Cardale plant. "
"The company has suspended production on that line while it investigates.")
S2 = ("Carmaker Veltro is recalling about 82,000 electric SUVs in Europe because the rear seat belts may not latch properly. "
"The recall affects Veltro Aria models built between March 2023 and August 2024. "
"The National Road Safety Authority said it had received 11 reports of the problem but knew of no crashes linked to it. "
"Dealers will inspect the buckles and replace them free of charge. "
"Veltro said owners would receive letters from next month. "
"The regulator is also investigating complaints about sudden braking in the same model.")
PROBES = [
("Greenvale is recalling 45,000 tubs of strawberry yoghurt after small plastic fragments were found in some of them. [1.1]", S1, "S"),
("Dairy firm Greenvale is recalling 54,000 tubs of strawberry yoghurt. [1.1]", S1, "R"),  # number
("Dairy firm Greenvale is recalling 45,000 tubs of raspberry yoghurt after small pieces of plastic were found in some products. [1.1]", S1, "R"),  # flavour
("Dairy firm Greenvale is recalling 45,000 tubs of strawberry yoghurt after small pieces of plastic were found in all products. [1.1]", S1, "R"),  # quantifier
("The recall applies to 500-gram tubs with best-before dates from June 3 to June 17. [1.2]", S1, "S"),
("The recall covers 250-gram tubs with best-before dates between June 3 and June 17. [1.2]", S1, "R"),  # size
("The Food Standards Agency said no injuries had been reported. [1.3]", S1, "S"),
("The Food Standards Agency said several injuries had been reported. [1.3]", S1, "R"),  # negation dropped
("Greenvale said no injuries had been reported. [1.3]", S1, "R"),  # speaker swap
("Customers are advised not to eat the yoghurt and to take it back to the store for a full refund. [1.4]", S1, "S"),
("Customers are advised to return the product to the store for a partial refund. [1.4]", S1, "R"),  # full->partial
("Customers are advised to throw the product away. [1.4]", S1, "R"),  # different instruction
("Greenvale said the plastic came from a faulty seal on a filling machine at its Cardale factory. [1.5]", S1, "S"),
("Greenvale said the plastic came from a faulty seal on a filling machine at its Brockton plant. [1.5]", S1, "R"),  # place
("The Food Standards Agency said the plastic came from a faulty seal on a filling machine. [1.3][1.5]", S1, "R"),  # speaker swap across
("Greenvale blamed a faulty seal on a filling machine for the plastic. [1.5]", S1, "S"),
("Greenvale has halted production on that line while it investigates. [1.6]", S1, "S"),
("The company has closed its Cardale plant while it investigates. [1.5][1.6]", S1, "R"),  # line -> plant
("The company has resumed production on that line. [1.6]", S1, "R"),  # antonym
("Veltro is recalling around 82,000 electric SUVs in Europe because the rear seat belts may not latch properly. [2.1]", S2, "S"),
("Veltro is recalling about 82,000 electric SUVs in Europe because the rear seat belts do not latch properly. [2.1]", S2, "R"),  # hedge dropped
("Veltro is recalling about 82,000 electric SUVs in Europe because the front seat belts may not latch properly. [2.1]", S2, "R"),  # rear->front
("Veltro is recalling about 82,000 hybrid SUVs in Europe. [2.1]", S2, "R"),  # electric->hybrid
("Veltro is recalling roughly 82,000 electric SUVs over a possible rear seat belt latching fault. [2.1]", S2, "S"),
("The recall affects Veltro Aria models made between March 2023 and August 2024. [2.2]", S2, "S"),
("The recall affects Veltro Aria models built between March 2022 and August 2024. [2.2]", S2, "R"),  # year
("The recall affects all Veltro models built between March 2023 and August 2024. [2.2]", S2, "R"),  # restriction dropped
("The National Road Safety Authority said it had received 11 reports of the fault but knew of no crashes linked to it. [2.3]", S2, "S"),
("The National Road Safety Authority said it had received 11 reports of the problem and knew of two crashes linked to it. [2.3]", S2, "R"),  # crashes added
("Veltro said it had received 11 reports of the problem. [2.3]", S2, "R"),  # speaker swap
("The safety authority said no crashes had been linked to the problem. [2.3]", S2, "S"),
("Dealers will check the buckles and replace them at no cost. [2.4]", S2, "S"),
("Dealers will inspect the buckles and replace them for a fee. [2.4]", S2, "R"),  # antonym
("Veltro said owners would get letters starting next month. [2.5]", S2, "S"),
("Veltro said owners had already received letters. [2.5]", S2, "R"),  # tense
("The regulator is also looking into complaints about sudden braking in the same model. [2.6]", S2, "S"),
("The regulator is also investigating complaints about sudden acceleration in the same model. [2.6]", S2, "R"),  # braking->acceleration
("The regulator has confirmed a sudden braking defect in the same model. [2.6]", S2, "R"),  # strengthened
("Greenvale said the plastic came from a faulty seal and has halted production on that line. [1.5][1.6]", S1, "S"),
("Owners of affected Veltro Aria SUVs will be sent letters from next month, the carmaker said. [2.2][2.5]", S2, "S"),
]
PROBES += [
("No injuries have been reported, according to the Food Standards Agency. [1.3]", S1, "S"),
("Tubs of 500 grams with best-before dates between June 3 and June 17 are being recalled. [1.2]", S1, "S"),
("The affected Aria SUVs were built from March 2023 to August 2024. [2.2]", S2, "S"),
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
