# Domain: a museum art theft and the recovery of the stolen painting
S1 = " ".join([
    "Dutch police have recovered a 17th-century painting by Pieter de Hooch that was stolen from the Vermaat Museum in Haarlem in February.",
    "The de Hooch painting, Courtyard with a Woman Sewing, was found on Wednesday in a storage unit in Rotterdam.",
    "Officers arrested two men, aged 29 and 41, on suspicion of handling stolen goods.",
    "The painting was taken during an overnight break-in in which thieves smashed a glass door at the rear of the museum.",
    "The painting is insured for €6m, although experts say its value on the open market could be considerably higher.",
    "Museum director Els Brouwer said staff had been \"overjoyed\" to hear the news.",
    "Ms Brouwer said the painting appeared to have suffered only minor damage, mainly to its frame.",
    "Conservators will examine the work before any decision is made on when it can go back on display.",
    "Detective Inspector Ruud Zwart said the investigation was continuing and further arrests were likely.",
    "Mr Zwart said officers had acted on a tip-off from a member of the public received last month.",
    "A second painting taken in the same raid, a landscape by Jacob van Ruisdael, is still missing.",
    "The Vermaat Museum has since installed new alarms and doubled the number of night guards from two to four.",
    "The museum reopened to visitors in April after being closed for seven weeks.",
])
PROBES = [
("A 17th-century painting by Pieter de Hooch stolen from a Haarlem museum in February has been recovered by Dutch police [1.1].", S1, "S"),  # passive
("Courtyard with a Woman Sewing was discovered in a Rotterdam storage unit on Wednesday [1.2].", S1, "S"),  # found -> discovered, reorder
("Two men, aged 29 and 41, have been arrested [1.3].", S1, "S"),  # passive, dropped detail
("Thieves broke in overnight, smashing a glass door at the back of the museum [1.4].", S1, "S"),  # rear -> back
("The painting is insured for six million euros [1.5].", S1, "S"),  # number format
("Experts say the painting could be worth considerably more than its insured value on the open market [1.5].", S1, "S"),  # paraphrase keeping hedge
("Els Brouwer, the museum's director, said staff were \"overjoyed\" at the news [1.6].", S1, "S"),  # reorder
("The museum director said the painting seemed to have sustained only minor damage [1.6, 1.7].", S1, "S"),  # merge, synonyms
("The work will be examined by conservators before a decision is taken on when it can be displayed again [1.8].", S1, "S"),  # passive
("A detective said further arrests were likely [1.9].", S1, "S"),  # generalisation of speaker
("The investigation is continuing, according to Detective Inspector Ruud Zwart [1.9].", S1, "S"),  # reorder
("Officers acted on a tip-off from a member of the public [1.10].", S1, "S"),  # dropped detail
("A Jacob van Ruisdael landscape stolen in the same raid has not been found [1.11].", S1, "S"),  # still missing -> not found
("The Vermaat Museum has doubled its night guards to four [1.12].", S1, "S"),  # compression
("New alarms have been installed at the Vermaat Museum [1.12].", S1, "S"),  # passive
("The museum was closed for seven weeks before reopening in April [1.13].", S1, "S"),  # reorder
("The de Hooch has been recovered, but a Ruisdael landscape stolen in the same raid is still missing [1.1, 1.11].", S1, "S"),  # merge
("The stolen de Hooch was found in Rotterdam [1.2].", S1, "S"),  # dropped detail
("The suspects are aged 29 and 41 [1.3].", S1, "S"),  # extraction
("The Vermaat Museum now has four night guards instead of two [1.12].", S1, "S"),  # paraphrase
("The recovered painting is a work by Pieter de Hooch [1.1].", S1, "S"),  # extraction
("During the break-in, thieves smashed a glass door at the back of the museum [1.4].", S1, "S"),  # paraphrase
("Police were tipped off last month by a member of the public, Detective Inspector Ruud Zwart said [1.9, 1.10].", S1, "S"),  # merge, voice change
("The painting was stolen at night [1.4].", S1, "S"),  # overnight -> at night
("Ms Brouwer said the damage appeared to be mainly to the frame [1.7].", S1, "S"),  # paraphrase
("No date has yet been set for the painting's return to display [1.8].", S1, "S"),  # decision not yet made
("The number of night guards at the Vermaat Museum has risen by two [1.12].", S1, "S"),  # arithmetic 2 -> 4
("Courtyard with a Woman Sewing, which is insured for €6m, was found in Rotterdam [1.2, 1.5].", S1, "S"),  # merge
("The stolen work dates from the 17th century. [1.1]", S1, "S"),  # end citation form
("The museum reopened to the public in April [1.13].", S1, "S"),  # visitors -> public
("Officers detained two men on suspicion of handling stolen goods [1.3].", S1, "S"),  # arrested -> detained
("Haarlem's Vermaat Museum was the target of the theft [1.1].", S1, "S"),  # reframing
("Dutch police have recovered an 18th-century painting by Pieter de Hooch [1.1].", S1, "R"),  # 17th not 18th century
("The painting was stolen from the Vermaat Museum in Haarlem in March [1.1].", S1, "R"),  # February not March
("The painting was stolen from the Vermaat Museum in Leiden in February [1.1].", S1, "R"),  # Haarlem not Leiden
("The de Hooch painting was found on Wednesday in a storage unit in Amsterdam [1.2].", S1, "R"),  # Rotterdam not Amsterdam
("The de Hooch painting was found on Thursday in a storage unit in Rotterdam [1.2].", S1, "R"),  # Wednesday not Thursday
("The de Hooch painting was found on Wednesday in a garage in Rotterdam [1.2].", S1, "R"),  # storage unit not garage
("Officers arrested three men on suspicion of handling stolen goods [1.3].", S1, "R"),  # two not three
("Officers arrested two men, aged 29 and 41, on suspicion of stealing the painting [1.3].", S1, "R"),  # handling stolen goods, not theft
("Officers have charged two men, aged 29 and 41, with handling stolen goods [1.3].", S1, "R"),  # arrested on suspicion, not charged
("The painting was taken during a daytime break-in in which thieves smashed a glass door [1.4].", S1, "R"),  # overnight not daytime
("Thieves smashed a glass door at the front of the museum [1.4].", S1, "R"),  # rear not front
("The painting is insured for €8m [1.5].", S1, "R"),  # 6m not 8m
("Experts say the painting's value on the open market is considerably lower than its insured value [1.5].", S1, "R"),  # antonym: higher
("Experts say the painting's value on the open market is €12m [1.5].", S1, "R"),  # invented figure
("Museum director Els Brouwer said staff had been \"relieved\" to hear the news [1.6].", S1, "R"),  # altered quote: overjoyed
("Detective Inspector Ruud Zwart said staff had been \"overjoyed\" to hear the news [1.6].", S1, "R"),  # wrong speaker: Els Brouwer
("Ms Brouwer said the painting appeared to be completely undamaged [1.7].", S1, "R"),  # minor damage, not undamaged
("Ms Brouwer said the painting had suffered serious damage to its canvas [1.7].", S1, "R"),  # minor, mainly frame
("The painting will go back on display next month [1.8].", S1, "R"),  # no decision yet on when
("Conservators have examined the work and cleared it for display [1.8].", S1, "R"),  # examination is future; no decision
("Detective Inspector Ruud Zwart said the investigation had been closed [1.9].", S1, "R"),  # it is continuing
("Detective Inspector Ruud Zwart said further arrests would be made [1.9].", S1, "R"),  # hedge dropped: likely -> would
("Mr Zwart said officers had acted on a tip-off from a member of the public received last week [1.10].", S1, "R"),  # last month not last week
("Mr Zwart said officers had acted on a tip-off from an informant inside the gang [1.10].", S1, "R"),  # member of the public
("A second painting taken in the same raid, a landscape by Jacob van Ruisdael, has also been recovered [1.11].", S1, "R"),  # still missing
("A second painting taken in the same raid, a portrait by Jacob van Ruisdael, is still missing [1.11].", S1, "R"),  # landscape not portrait
("The Vermaat Museum has since installed new alarms and tripled the number of night guards [1.12].", S1, "R"),  # doubled not tripled
("The Vermaat Museum has doubled the number of night guards from four to eight [1.12].", S1, "R"),  # two to four
("The museum reopened to visitors in May after being closed for seven weeks [1.13].", S1, "R"),  # April not May
("The museum reopened to visitors in April after being closed for nine weeks [1.13].", S1, "R"),  # seven not nine
("The museum reopened to visitors in April after being closed for seven weeks for refurbishment [1.13].", S1, "R"),  # added reason for closure not in source
("Two men, aged 29 and 41, were arrested at the storage unit in Rotterdam [1.2, 1.3].", S1, "R"),  # place of arrest not given
("Officers arrested two men, aged 29 and 41, on suspicion of handling stolen goods [1.2].", S1, "R"),  # wrong citation: this is 1.3
("The theft was carried out by a gang of art thieves from Rotterdam [1.2, 1.4].", S1, "R"),  # invented
("All the paintings stolen in the raid have now been recovered [1.1, 1.11].", S1, "R"),  # Ruisdael still missing
]
