# Domain: a government statistics release of new immigration and net migration figures
S1 = " ".join([
    "Net migration to the UK fell to 431,000 in the year to June, according to figures published on Thursday by the Office for National Statistics.",
    "That was down from a revised 740,000 in the previous twelve months.",
    "The ONS said the fall was largely driven by a drop in the number of people arriving on study and work visas.",
    "Immigration was estimated at 1.1 million, while 669,000 people were estimated to have left the UK.",
    "Visas issued to the dependants of overseas students fell by 86% after rules introduced in January barred most postgraduates from bringing family members.",
    "Health and care worker visas dropped by 79% to 18,400.",
    "Home Secretary Priya Chaudhry said the figures showed the government's measures were \"starting to work\".",
    "Ms Chaudhry said she expected net migration to continue falling over the next year.",
    "The shadow home secretary, Tom Faulkner, said the numbers remained \"far too high\" and accused ministers of having no credible plan.",
    "The ONS cautioned that the estimates were provisional and could be revised as more data became available.",
    "Small boat arrivals across the Channel rose by 18% in the same period, to 34,500, according to separate Home Office figures.",
    "Asylum applications reached 108,000, the highest annual total since records began in 1979.",
    "Non-EU nationals accounted for 82% of long-term immigration.",
])
PROBES = [
("Net migration to the UK dropped to 431,000 in the year to June, ONS figures show [1.1].", S1, "S"),  # fell -> dropped
("Net migration fell by 309,000 compared with the previous twelve months [1.1, 1.2].", S1, "S"),  # arithmetic 740,000-431,000
("The figure for the previous twelve months was revised to 740,000 [1.2].", S1, "S"),  # a revised 740,000
("The ONS attributed the fall mainly to fewer arrivals on study and work visas [1.3].", S1, "S"),  # largely driven -> mainly
("About 1.1 million people were estimated to have arrived, while 669,000 left [1.4].", S1, "S"),  # paraphrase
("Emigration from the UK was estimated at 669,000 [1.4].", S1, "S"),  # nominalisation
("The number of visas granted to overseas students' dependants fell by 86% [1.5].", S1, "S"),  # issued -> granted
("Rules introduced in January barred most postgraduate students from bringing family members [1.5].", S1, "S"),  # extraction
("Health and care worker visas fell by 79%, to 18,400 [1.6].", S1, "S"),  # near-verbatim
("Priya Chaudhry, the home secretary, said the government's measures were \"starting to work\" [1.7].", S1, "S"),  # reorder, exact quote
("The home secretary expects net migration to keep falling over the coming year [1.7, 1.8].", S1, "S"),  # merge, hedge kept as expects
("Tom Faulkner said the numbers were still \"far too high\" [1.9].", S1, "S"),  # remained -> still
("The shadow home secretary accused ministers of lacking a credible plan [1.9].", S1, "S"),  # having no -> lacking
("The ONS warned that the estimates were provisional and might be revised [1.10].", S1, "S"),  # cautioned -> warned
("Channel small boat arrivals increased by 18% to 34,500, Home Office figures show [1.11].", S1, "S"),  # rose -> increased
("There were 108,000 asylum applications, the highest annual number since records started in 1979 [1.12].", S1, "S"),  # paraphrase
("Non-EU nationals made up 82% of long-term immigration [1.13].", S1, "S"),  # accounted for -> made up
("More than four in five long-term immigrants were non-EU nationals [1.13].", S1, "S"),  # 82% > 80%
("Net migration fell by more than 300,000 [1.1, 1.2].", S1, "S"),  # arithmetic
("The number of health and care worker visas dropped to 18,400 [1.6].", S1, "S"),  # dropped detail
("Figures published by the Office for National Statistics on Thursday showed a fall in net migration [1.1].", S1, "S"),  # generalisation
("Immigration exceeded emigration by 431,000 [1.4].", S1, "S"),  # arithmetic 1,100,000-669,000
("Tom Faulkner is the shadow home secretary [1.9].", S1, "S"),  # extraction
("While net migration fell, small boat arrivals across the Channel rose [1.1, 1.11].", S1, "S"),  # merge, contrast
("Asylum applications hit a record 108,000 [1.12].", S1, "S"),  # highest since records began -> record
("According to the ONS, the estimates could change as more data becomes available [1.10].", S1, "S"),  # revised -> change
("Visas for overseas students' dependants fell sharply after a rule change in January [1.5].", S1, "S"),  # 86% -> sharply
("Small boat arrivals across the Channel reached 34,500 in the year to June [1.1, 1.11].", S1, "S"),  # merge: same period
("Immigration was estimated at 1.1 million. [1.4]", S1, "S"),  # end citation form
("Net migration stood at 431,000 in the year to June, down from 740,000 [1.1, 1.2].", S1, "S"),  # merge
("The ONS said the main reason for the fall was a decline in arrivals on study and work visas [1.3].", S1, "S"),  # largely driven -> main reason
("Mr Faulkner, the shadow home secretary, criticised ministers for having no credible plan [1.9].", S1, "S"),  # accused -> criticised
("Net migration to the UK fell to 413,000 in the year to June [1.1].", S1, "R"),  # 431,000 not 413,000
("Net migration to the UK fell to 431,000 in the year to March [1.1].", S1, "R"),  # June not March
("Net migration to the UK rose to 431,000 in the year to June [1.1].", S1, "R"),  # antonym: fell
("Net migration figures were published on Wednesday by the Office for National Statistics [1.1].", S1, "R"),  # Thursday not Wednesday
("That was down from 740,000 in the previous twelve months, a figure that had been revised downwards [1.2].", S1, "R"),  # direction of revision not given
("Net migration fell by 319,000 [1.1, 1.2].", S1, "R"),  # arithmetic wrong: 309,000
("The ONS said the fall was driven entirely by a drop in arrivals on study and work visas [1.3].", S1, "R"),  # largely -> entirely
("The ONS said the fall was largely driven by a drop in the number of asylum seekers [1.3].", S1, "R"),  # study and work visas, not asylum
("Immigration was estimated at 1.2 million [1.4].", S1, "R"),  # 1.1 million
("Immigration was estimated at 1.1 million, while 669,000 people left, the lowest emigration figure in a decade [1.4].", S1, "R"),  # added superlative
("Visas issued to the dependants of overseas students fell by 68% [1.5].", S1, "R"),  # 86% not 68%
("Rules introduced in January barred all postgraduates from bringing family members [1.5].", S1, "R"),  # most -> all
("Rules introduced in April barred most postgraduates from bringing family members [1.5].", S1, "R"),  # January not April
("Health and care worker visas dropped by 79% to 84,100 [1.6].", S1, "R"),  # 18,400 not 84,100
("Skilled worker visas dropped by 79% to 18,400 [1.6].", S1, "R"),  # sibling: health and care worker visas
("Home Secretary Priya Chaudhry said the figures showed the government's measures were \"working\" [1.7].", S1, "R"),  # altered quote: starting to work
("Tom Faulkner said the government's measures were \"starting to work\" [1.7].", S1, "R"),  # wrong speaker: Chaudhry
("Ms Chaudhry said net migration would continue falling over the next year [1.8].", S1, "R"),  # hedge dropped: expected -> would
("Ms Chaudhry said she expected net migration to start rising again over the next year [1.8].", S1, "R"),  # antonym
("The shadow home secretary, Tom Faulkner, said the numbers were \"far too high\" but welcomed the fall [1.9].", S1, "R"),  # added: welcomed
("Priya Chaudhry said the numbers remained \"far too high\" [1.9].", S1, "R"),  # wrong speaker: Faulkner
("The ONS said the estimates were final and would not be revised [1.10].", S1, "R"),  # provisional, could be revised
("Small boat arrivals across the Channel fell by 18% in the same period [1.11].", S1, "R"),  # rose not fell
("Small boat arrivals across the Channel rose by 18% to 34,500, according to the ONS [1.11].", S1, "R"),  # source is Home Office, not ONS
("Small boat arrivals across the Channel rose by 28% to 34,500 [1.11].", S1, "R"),  # 18% not 28%
("Asylum applications reached 108,000, the highest annual total since records began in 1997 [1.12].", S1, "R"),  # 1979 not 1997
("Asylum applications reached 180,000, the highest annual total since records began [1.12].", S1, "R"),  # 108,000 not 180,000
("Asylum applications reached 108,000, the highest annual total in Europe [1.12].", S1, "R"),  # scope widened/changed
("EU nationals accounted for 82% of long-term immigration [1.13].", S1, "R"),  # non-EU not EU
("Non-EU nationals accounted for 82% of emigration [1.13].", S1, "R"),  # figure given to wrong flow: immigration
("Net migration to the UK fell to 431,000 in the year to June [1.3].", S1, "R"),  # wrong citation: this is 1.1
("Small boat arrivals rose by 18% because of the new visa rules [1.5, 1.11].", S1, "R"),  # invented cause
("Health and care worker visas dropped by 79% after rules introduced in January [1.5, 1.6].", S1, "R"),  # January rules apply to student dependants, not care visas
("Net migration to England fell to 431,000 in the year to June [1.1].", S1, "R"),  # UK not England
]
