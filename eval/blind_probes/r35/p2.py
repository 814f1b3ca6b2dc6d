# Domain: a salmonella food-poisoning outbreak linked to a restaurant chain
S1 = " ".join([
    "Health officials have linked an outbreak of salmonella to Grillhouse Kitchen, a chain of 42 restaurants across the Midlands and the North West.",
    "The UK Health Security Agency said on Thursday that 87 people had fallen ill after eating at branches of the chain between 3 and 19 June.",
    "Of those, 19 were admitted to hospital, and one man in his seventies later died.",
    "Most of the cases were traced to a chicken wrap that was sold at all of the chain's outlets.",
    "Investigators believe the bacteria came from a batch of mayonnaise supplied by a single wholesaler in Stockport.",
    "Grillhouse Kitchen has temporarily closed six restaurants in Birmingham and Coventry while deep cleaning takes place.",
    "Chief executive Laura Benning said the company was 'deeply sorry' and was cooperating fully with the inquiry.",
    "She said all remaining stocks of the sauce had been destroyed and the wrap had been removed from menus.",
    "The wholesaler, Pennine Fresh Foods, said it had found no evidence of contamination at its plant but had suspended deliveries as a precaution.",
    "Dr Amir Qureshi, a consultant in health protection, said symptoms usually appear between six hours and six days after infection.",
    "He urged anyone with diarrhoea, fever or stomach cramps not to prepare food for others for at least 48 hours after symptoms stop.",
    "Environmental health officers from Birmingham City Council inspected the chain's central kitchen on Monday.",
    "A law firm in Manchester said it was representing 23 of the people who fell ill and was preparing a group claim.",
])
PROBES = [
("An outbreak of salmonella has been linked to the Grillhouse Kitchen chain by health officials [1.1].", S1, "S"),  # passive paraphrase
("Grillhouse Kitchen runs 42 restaurants in the Midlands and the North West [1.1].", S1, "S"),  # paraphrase
("According to the UK Health Security Agency, 87 people became ill after eating at the chain between 3 and 19 June [1.2].", S1, "S"),  # fallen ill = became ill
("Nineteen people were hospitalised [1.3].", S1, "S"),  # admitted to hospital
("A man in his seventies died [1.3].", S1, "S"),  # dropped detail
("Most cases were linked to a chicken wrap available at every one of the chain's outlets [1.4].", S1, "S"),  # paraphrase
("Investigators think a batch of mayonnaise from one Stockport wholesaler was the source of the bacteria [1.5].", S1, "S"),  # paraphrase, hedge kept
("Six restaurants in Birmingham and Coventry have been shut temporarily for deep cleaning [1.6].", S1, "S"),  # paraphrase
("Laura Benning, the chief executive, said the company was 'deeply sorry' [1.7].", S1, "S"),  # reorder
("The company is cooperating fully with the inquiry, its chief executive said [1.7].", S1, "S"),  # reorder
("Benning said the wrap had been taken off menus [1.7, 1.8].", S1, "S"),  # she = Benning
("Pennine Fresh Foods has suspended deliveries as a precaution [1.9].", S1, "S"),  # stated
("Pennine Fresh Foods said it had found no evidence of contamination at its plant [1.9].", S1, "S"),  # stated
("Symptoms usually appear between six hours and six days after infection, according to Dr Amir Qureshi [1.10].", S1, "S"),  # reorder
("Qureshi advised people with fever, diarrhoea or stomach cramps not to prepare food for others for at least two days after their symptoms end [1.10, 1.11].", S1, "S"),  # 48 hours = two days
("The chain's central kitchen was inspected on Monday by environmental health officers from Birmingham City Council [1.12].", S1, "S"),  # passive
("A Manchester law firm is preparing a group claim on behalf of 23 people who fell ill [1.13].", S1, "S"),  # paraphrase
("More than a fifth of those who fell ill were admitted to hospital [1.2, 1.3].", S1, "S"),  # 19/87 = 21.8%
("Sixty-eight of the people who fell ill were not admitted to hospital [1.2, 1.3].", S1, "S"),  # 87 - 19 = 68
("The illnesses followed meals eaten at the chain during June [1.2].", S1, "S"),  # 3 to 19 June
("The chain's chief executive apologised [1.7].", S1, "S"),  # 'deeply sorry'
("Remaining stocks of the sauce have been destroyed, Benning said [1.7, 1.8].", S1, "S"),  # she = Benning
("The wholesaler said it had halted deliveries as a precaution [1.9].", S1, "S"),  # suspended = halted
("The outbreak involved salmonella [1.1].", S1, "S"),  # stated
("Restaurants in Coventry are among those temporarily closed [1.6].", S1, "S"),  # part of stated
("Grillhouse Kitchen has closed some of its restaurants for now [1.6].", S1, "S"),  # generalisation
("Pennine Fresh Foods is the wholesaler [1.9].", S1, "S"),  # appositive
("Qureshi is a consultant in health protection [1.10].", S1, "S"),  # stated
("A law firm said it was representing 23 of those who fell ill [1.13].", S1, "S"),  # dropped detail
("The suspect batch of mayonnaise came from a wholesaler based in Stockport [1.5].", S1, "S"),  # paraphrase
("One person has died in the outbreak [1.3].", S1, "S"),  # one man later died
("Officials from Birmingham City Council carried out an inspection of the chain's central kitchen [1.12].", S1, "S"),  # nominalisation
("Health officials have linked an outbreak of listeria to Grillhouse Kitchen [1.1].", S1, "R"),  # salmonella, not listeria
("Grillhouse Kitchen is a chain of 24 restaurants across the Midlands and the North West [1.1].", S1, "R"),  # 42 restaurants
("The UK Health Security Agency said on Tuesday that 87 people had fallen ill [1.2].", S1, "R"),  # Thursday
("The agency said 87 people had fallen ill after eating at branches of the chain between 3 and 19 July [1.2].", S1, "R"),  # June
("Of those, 19 were admitted to hospital, and one woman in her seventies later died [1.3].", S1, "R"),  # a man died
("All of the cases were traced to a chicken wrap [1.4].", S1, "R"),  # most, not all
("Most of the cases were traced to a chicken wrap sold at only some of the chain's outlets [1.4].", S1, "R"),  # sold at all outlets
("Investigators have confirmed the bacteria came from a batch of mayonnaise [1.5].", S1, "R"),  # believe -> confirmed
("Investigators believe the bacteria came from mayonnaise supplied by several wholesalers in Stockport [1.5].", S1, "R"),  # a single wholesaler
("Grillhouse Kitchen has permanently closed six restaurants in Birmingham and Coventry [1.6].", S1, "R"),  # temporarily
("Grillhouse Kitchen has temporarily closed six restaurants in Birmingham and Stockport [1.6].", S1, "R"),  # Coventry, not Stockport
("Chief executive Laura Benning said the company was 'deeply concerned' [1.7].", S1, "R"),  # altered quote
("Dr Amir Qureshi said the company was 'deeply sorry' and was cooperating fully with the inquiry [1.7].", S1, "R"),  # wrong speaker: Benning
("Benning said some remaining stocks of the sauce had been destroyed [1.7, 1.8].", S1, "R"),  # all, not some
("Benning said the wrap had been permanently removed from menus [1.7, 1.8].", S1, "R"),  # permanently added
("Pennine Fresh Foods said it had found evidence of contamination at its plant [1.9].", S1, "R"),  # negation flipped
("Pennine Fresh Foods suspended deliveries because contamination was found at its plant [1.9].", S1, "R"),  # invented reason; it found no evidence
("Dr Amir Qureshi said symptoms usually appear between six hours and six weeks after infection [1.10].", S1, "R"),  # six days
("Dr Amir Qureshi said symptoms always appear within six days of infection [1.10].", S1, "R"),  # usually -> always
("Qureshi urged anyone with symptoms not to prepare food for others for at least 24 hours after symptoms stop [1.10, 1.11].", S1, "R"),  # 48 hours
("Qureshi urged anyone with diarrhoea, fever or stomach cramps not to go to work for at least 48 hours after symptoms stop [1.10, 1.11].", S1, "R"),  # advice was about preparing food for others
("Environmental health officers from Coventry City Council inspected the chain's central kitchen on Monday [1.12].", S1, "R"),  # Birmingham City Council
("Environmental health officers inspected the chain's central kitchen on Monday and found no problems [1.12].", S1, "R"),  # finding added
("A law firm in Manchester said it was representing 32 of the people who fell ill [1.13].", S1, "R"),  # 23
("A law firm in Stockport said it was representing 23 of the people who fell ill [1.13].", S1, "R"),  # Manchester
("A law firm in Manchester said it had filed a group claim on behalf of 23 people [1.13].", S1, "R"),  # preparing, not filed
("Of those who fell ill, 19 were admitted to hospital and two later died [1.3].", S1, "R"),  # one died
("More than a quarter of those who fell ill were admitted to hospital [1.2, 1.3].", S1, "R"),  # 19/87 = 21.8%
("The chicken wrap was sold at six of the chain's outlets [1.4, 1.6].", S1, "R"),  # sold at all outlets; six is the closures
("Most of the cases were traced to a chicken wrap sold at all of the chain's outlets [1.5].", S1, "R"),  # wrong citation: 1.4
("Laura Benning said all remaining stocks of the sauce had been destroyed [1.9].", S1, "R"),  # wrong citation: 1.8
("Health officials have linked the outbreak to a chain of 42 restaurants across the whole of England [1.1].", S1, "R"),  # overgeneralised region
("The Manchester wholesaler Pennine Fresh Foods has suspended deliveries [1.5, 1.9].", S1, "R"),  # wholesaler is in Stockport
("The UK Health Security Agency said 87 people had fallen ill after eating at branches of the chain in Birmingham [1.2].", S1, "R"),  # location added; branches not specified
]
