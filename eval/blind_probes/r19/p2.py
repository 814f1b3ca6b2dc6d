# Domain: a housing tribunal ruling on a landlord
S1 = " ".join([
    "A property tribunal has ordered landlord Marcus Hale to repay £48,000 in rent to 11 former tenants of a block of flats in Salford, in a ruling published on Monday.",
    "The First-tier Tribunal found that Mr Hale had operated the building on Cromwell Road as a house in multiple occupation without a licence between March 2022 and August 2023.",
    "Tenants told the hearing in Manchester that they had lived with black mould, broken boilers and a fire alarm that had not worked for months.",
    "Judge Helen Okafor said the landlord had shown a persistent disregard for the safety of his tenants and had ignored repeated warnings from Salford City Council.",
    "The tribunal rejected Mr Hale's argument that a letting agent, Northpoint Lettings, had been responsible for applying for the licence.",
    "The rent repayment order is one of the largest made in the north-west of England, according to the housing charity Shelter.",
    "Mr Hale has 28 days to seek permission to appeal against the decision.",
])
S2 = " ".join([
    "Salford City Council said it had first inspected the Cromwell Road property in April 2022 after a complaint from a tenant about damp.",
    "Inspectors found 14 serious hazards, including missing fire doors and exposed electrical wiring, the council said.",
    "The council served two improvement notices on Mr Hale in 2022 and fined him £15,000 in January 2023 for failing to comply with them.",
    "Councillor Sharmila Begum, lead member for housing, said the ruling sent a clear message that rogue landlords would be held to account.",
    "She said the council would consider further action, including a banning order, which could stop Mr Hale letting property for up to five years.",
    "A spokesperson for Northpoint Lettings said the firm had managed the building only from October 2022 and had never been asked to arrange a licence.",
    "Mr Hale, who owns at least six other properties in Greater Manchester, did not respond to a request for comment.",
])
PROBES = [
("Marcus Hale must pay back £48,000 in rent to 11 former tenants, a tribunal has ruled [1.1].", S1, "S"),  # voice/synonym
("Eleven former tenants are due to get back £48,000 in rent from their landlord [1.1].", S1, "S"),  # number as word, reorder
("The tribunal's ruling, published on Monday, concerns a block of flats in Salford [1.1].", S1, "S"),  # compression
("The First-tier Tribunal found that Hale ran the Cromwell Road building as an unlicensed house in multiple occupation [1.2].", S1, "S"),  # nominalisation
("For about 17 months, from March 2022 to August 2023, the building had no licence [1.2].", S1, "S"),  # duration computed
("Tenants described living with black mould and broken boilers [1.3].", S1, "S"),  # compression
("At the hearing in Manchester, tenants said a fire alarm had been out of action for months [1.3].", S1, "S"),  # synonym
("Judge Helen Okafor found that Hale had persistently disregarded his tenants' safety [1.4].", S1, "S"),  # nominal -> verb
("According to the judge, the landlord ignored repeated warnings from the council [1.4].", S1, "S"),  # compression
("Hale's claim that Northpoint Lettings was responsible for the licence application was dismissed by the tribunal [1.5].", S1, "S"),  # passive
("Shelter said the order was among the largest of its kind in north-west England [1.6].", S1, "S"),  # reword
("Hale has four weeks to ask for permission to appeal [1.7].", S1, "S"),  # 28 days -> four weeks
("The council first inspected the property in April 2022, following a tenant's complaint about damp [2.1].", S2, "S"),  # reword
("The council's first inspection came a month after the unlicensed period began [1.2][2.1].", S2, "S"),  # March -> April across docs
("Council inspectors identified 14 serious hazards at the property, among them exposed electrical wiring [2.2].", S2, "S"),  # compression
("Fire doors were missing at the property, council inspectors found [2.2].", S2, "S"),  # reorder
("Hale was fined £15,000 in January 2023 for not complying with two improvement notices [2.3].", S2, "S"),  # merge in sentence
("Sharmila Begum said the ruling showed rogue landlords would be held to account [2.4].", S2, "S"),  # compression
("The council may look at further action against Hale, Begum said [2.4][2.5].", S2, "S"),  # pronoun resolved, would consider -> may look at
("A banning order could prevent Hale from letting property for as long as five years [2.5].", S2, "S"),  # up to -> as long as
("Northpoint Lettings said it only began managing the building in October 2022 [2.6].", S2, "S"),  # reword
("Northpoint said nobody had ever asked it to arrange a licence [2.6].", S2, "S"),  # voice change
("Hale, who has at least six other properties in Greater Manchester, did not reply when asked for comment [2.7].", S2, "S"),  # synonym
("Hale did not respond to a request for comment [2.7].", S2, "S"),  # near-copy compression
("A tribunal ordered Marcus Hale to repay £84,000 in rent [1.1].", S1, "R"),  # number changed
("A tribunal ordered Marcus Hale to repay rent to 12 former tenants [1.1].", S1, "R"),  # count changed
("The tribunal ruling was published on Tuesday [1.1].", S1, "R"),  # day swapped
("The tribunal found Hale had operated the building without a licence between March 2022 and August 2024 [1.2].", S1, "R"),  # year changed
("The tribunal found Hale had operated the building without planning permission [1.2].", S1, "R"),  # sibling swap (licence)
("Tenants told the hearing in Salford that the fire alarm had not worked for months [1.3].", S1, "R"),  # hearing was in Manchester
("Tenants said the fire alarm had never worked [1.3].", S1, "R"),  # for months -> never
("Judge Helen Okafor said the landlord had occasionally disregarded tenant safety [1.4].", S1, "R"),  # persistent -> occasional
("Judge Okafor said Hale had ignored repeated warnings from Shelter [1.4].", S1, "R"),  # wrong organisation
("The tribunal accepted Hale's argument that Northpoint Lettings was responsible for the licence [1.5].", S1, "R"),  # rejected -> accepted
("The rent repayment order is the largest ever made in the north-west of England, according to Shelter [1.6].", S1, "R"),  # one of the largest -> the largest
("Salford City Council said the order was one of the largest in the north-west [1.6].", S1, "R"),  # wrong speaker
("Hale has 28 days to appeal and has said he will do so [1.7].", S1, "R"),  # added detail
("Hale has 21 days to seek permission to appeal [1.7].", S1, "R"),  # number changed
("The council first inspected the property in April 2022 after a neighbour complained about damp [2.1].", S2, "R"),  # tenant -> neighbour
("Inspectors found 41 serious hazards at the property [2.2].", S2, "R"),  # digits swapped
("Inspectors found 14 serious hazards, including black mould [2.2].", S2, "R"),  # black mould from tenants in 1.3, not inspectors
("The council served three improvement notices on Hale [2.3].", S2, "R"),  # number
("The council fined Hale £15,000 in January 2022 [2.3].", S2, "R"),  # year
("Hale was fined £15,000 for operating the building without a licence [2.3].", S2, "R"),  # wrong reason
("The council fined Hale after tenants gave evidence at the tribunal hearing [2.3][1.3].", S2, "R"),  # invented time order
("Sharmila Begum said Hale would be banned from letting property for five years [2.5].", S2, "R"),  # consider/could/up to -> will, exact
("The council has imposed a banning order on Hale [2.5].", S2, "R"),  # only considering
("A banning order could stop Hale letting property for at least five years [2.5].", S2, "R"),  # up to -> at least
("Councillor Begum said tenants had lived with black mould and broken boilers [1.3][2.4].", S2, "R"),  # wrong speaker
("Northpoint Lettings said it had managed the building since March 2022 [2.6].", S2, "R"),  # date changed
("Northpoint Lettings admitted that it had failed to arrange a licence [2.6].", S2, "R"),  # opposite stance
("Because Northpoint only managed the building from October 2022, the tribunal rejected Hale's argument [1.5][2.6].", S1, "R"),  # invented cause
("Hale owns six other properties in Salford [2.7].", S2, "R"),  # at least dropped, Greater Manchester -> Salford
("Hale declined to comment on the ruling [2.7].", S2, "R"),  # did not respond != declined (active refusal); borderline -> R
]
