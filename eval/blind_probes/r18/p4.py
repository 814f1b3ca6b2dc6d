# Domain: a police appeal after an armed robbery
S1 = " ".join([
    "Police in Leicester are appealing for witnesses after two men armed with a knife robbed a jewellery shop on Granby Street on Saturday afternoon.",
    "The men entered Harcourt Jewellers shortly after 3pm, threatened two members of staff and smashed a display cabinet.",
    "They escaped with watches and rings worth an estimated 60,000 pounds before fleeing on foot towards the railway station.",
    "A 54-year-old shop assistant suffered a cut to her hand but did not need hospital treatment.",
    "Both suspects were wearing dark hooded tops and face coverings, and one is described as around six feet tall.",
    "Detective Inspector Rachel Ogundipe said the robbery was terrifying for the staff and customers inside the shop.",
    "Leicestershire Police have asked anyone with dashcam or doorbell footage from the area to contact them, quoting incident 412.",
])
S2 = " ".join([
    "Shop owner Martin Harcourt said his staff were shaken but recovering after Saturday's robbery at the family-run business.",
    "He said the shop had been trading on Granby Street for more than 40 years and had never been targeted before.",
    "Mr Harcourt added that the shop would reopen on Tuesday once the damaged cabinet had been replaced.",
    "A nearby cafe worker said she saw two men running past with a black holdall shortly after the robbery.",
    "Police said a 19-year-old man was arrested on Sunday evening on suspicion of robbery and remains in custody.",
    "Officers believe the second suspect may have boarded a train at the station and are checking CCTV from the platforms.",
    "Detectives are also investigating whether the robbery is linked to a similar raid in Nottingham last month.",
])
PROBES = [
("Leicester police are seeking witnesses after a knife-wielding pair robbed a Granby Street jewellery shop on Saturday afternoon [1.1].", S1, "S"),  # synonyms
("Two men carrying a knife robbed a jewellers on Saturday, and Leicester police have appealed for witnesses [1.1].", S1, "S"),  # reordering, compression
("Police in Leicester are appealing for witnesses after two men armed with a gun robbed a jewellery shop [1.1].", S1, "R"),  # knife -> gun
("Two men robbed a jewellery shop on Granby Street on Sunday afternoon [1.1].", S1, "R"),  # Saturday -> Sunday
("Soon after 3pm the men walked into Harcourt Jewellers, where they threatened two employees and broke a display cabinet [1.2].", S1, "S"),  # synonyms, reordering
("A display cabinet was smashed and two staff members were threatened at Harcourt Jewellers [1.2].", S1, "S"),  # voice change
("The men threatened two members of staff and smashed the shop window [1.2].", S1, "R"),  # display cabinet -> window
("The robbers made off with watches and rings estimated to be worth 60,000 pounds, then fled on foot towards the railway station [1.3].", S1, "S"),  # reordering, synonyms
("Jewellery worth an estimated sixty thousand pounds was stolen [1.3].", S1, "S"),  # generalisation watches and rings -> jewellery, number in words
("They escaped with watches and rings worth exactly 60,000 pounds [1.3].", S1, "R"),  # estimated -> exactly
("They escaped with watches and rings before fleeing in a car towards the railway station [1.3].", S1, "R"),  # on foot -> car
("They fled on foot away from the railway station [1.3].", S1, "R"),  # towards -> away from
("A shop assistant aged 54 received a cut to her hand but needed no hospital treatment [1.4].", S1, "S"),  # reordering, synonyms
("The injured shop assistant did not have to go to hospital [1.4].", S1, "S"),  # compression
("A 54-year-old shop assistant suffered a cut to her hand and was taken to hospital [1.4].", S1, "R"),  # negation dropped
("A 54-year-old shop assistant suffered a cut to her face [1.4].", S1, "R"),  # hand -> face
("A 54-year-old shop assistant suffered a cut to her hand when the robbers smashed the display cabinet [1.4].", S1, "R"),  # invented cause
("Both suspects wore dark hoodies and covered their faces, and one is said to be about six feet tall [1.5].", S1, "S"),  # hooded tops -> hoodies, reported description
("The two suspects had their faces covered [1.5].", S1, "S"),  # compression
("Both suspects are described as around six feet tall [1.5].", S1, "R"),  # one -> both
("One suspect was wearing a face covering, while the other was not [1.5].", S1, "R"),  # both -> one
("Detective Inspector Rachel Ogundipe described the robbery as terrifying for the staff and customers in the shop [1.6].", S1, "S"),  # near-copy, said -> described
("A detective said staff and customers inside the shop had been terrified by the robbery [1.6].", S1, "S"),  # nominalisation, generalising DI -> detective
("Detective Inspector Rachel Ogundipe said the robbery was terrifying for the staff but that no customers were inside the shop [1.6].", S1, "R"),  # contradicts: customers were inside
("Detective Inspector Rachel Ogundipe said the robbery was the worst she had seen in Leicester [1.6].", S1, "R"),  # invented quote
("Anyone with dashcam or doorbell footage from the area has been asked by Leicestershire Police to get in touch, quoting incident 412 [1.7].", S1, "S"),  # voice change
("Leicestershire Police have asked anyone with CCTV footage from the area to contact them, quoting incident 412 [1.7].", S1, "R"),  # dashcam/doorbell -> CCTV (sibling)
("Martin Harcourt, who owns the shop, said his staff were shaken but recovering after the robbery on Saturday [2.1].", S2, "S"),  # reordering
("The owner of the family-run business said his employees were shaken [2.1].", S2, "S"),  # compression
("Shop owner Martin Harcourt said his staff were unharmed and unshaken after the robbery [2.1].", S2, "R"),  # antonym, unharmed not stated
("Shop owner Martin Harcourt said his staff had fully recovered after the robbery [2.1].", S2, "R"),  # recovering -> fully recovered
("Martin Harcourt said the shop had traded on Granby Street for over four decades without ever being targeted [2.1][2.2].", S2, "S"),  # 40 years -> four decades, pronoun resolved
("Martin Harcourt said the shop had been targeted once before [2.1][2.2].", S2, "R"),  # negation dropped
("Mr Harcourt said the shop would reopen on Tuesday after the damaged cabinet was replaced [2.3].", S2, "S"),  # once -> after
("Mr Harcourt said the shop would not reopen until the stolen jewellery was recovered [2.3].", S2, "R"),  # invented condition
("A worker at a nearby cafe said she saw two men run past carrying a black holdall shortly after the robbery [2.4].", S2, "S"),  # reordering
("A nearby cafe worker said she saw three men running past with a black holdall [2.4].", S2, "R"),  # two -> three
("A nearby cafe worker said she saw the men carrying the stolen watches in a black holdall [2.4].", S2, "R"),  # invented content of holdall
("A man aged 19 was arrested on suspicion of robbery on Sunday evening and is still in custody, police said [2.5].", S2, "S"),  # reordering
("Police said a 19-year-old man had been released after his arrest on Sunday evening [2.5].", S2, "R"),  # remains in custody -> released
("Police said a 19-year-old man was charged with robbery on Sunday evening [2.5].", S2, "R"),  # arrested on suspicion -> charged
("Officers think the second suspect might have got on a train at the station [2.6].", S2, "S"),  # believe -> think, may -> might
("Officers believe the second suspect boarded a train at the station [2.6].", S2, "R"),  # hedge dropped
("Detectives are looking into a possible link between the robbery and a similar raid in Nottingham last month [2.7].", S2, "S"),  # investigating whether -> possible link
("Detectives have established that the robbery is linked to a similar raid in Nottingham [2.7].", S2, "R"),  # investigating -> established
("The robbers fled towards the railway station, and officers believe one of them may have boarded a train there [1.3][2.6].", S2, "S"),  # merge across documents
("The shop targeted on Saturday was Harcourt Jewellers on Granby Street [1.1][1.2].", S1, "S"),  # merge
("Police have arrested both suspects in the robbery [2.5].", S2, "R"),  # one arrested -> both
("A 19-year-old man arrested on Sunday is the suspect described as around six feet tall [2.5][1.5].", S2, "R"),  # invented identification
("Police in Leicester want to hear from witnesses to a jewellery shop robbery on Saturday [1.1].", S1, "S"),  # appeal reworded, compression
("The robbers took watches and rings [1.3].", S1, "S"),  # compression
("The stolen items were valued at around 60,000 pounds [1.3].", S1, "S"),  # estimated -> around, nominalisation
("One member of staff, a 54-year-old woman, had her hand cut [1.4].", S1, "S"),  # voice change
("One of the two suspects is described as roughly six feet tall [1.5].", S1, "S"),  # reported description
("Police want to see dashcam and doorbell footage from the area [1.7].", S1, "S"),  # compression
("Martin Harcourt said the family-run business had not been targeted in more than 40 years of trading on Granby Street [2.1][2.2].", S2, "S"),  # merge, negation kept
("The damaged cabinet will be replaced before the shop reopens on Tuesday, Mr Harcourt said [2.3].", S2, "S"),  # reordering
("A 19-year-old man is being held in custody on suspicion of robbery [2.5].", S2, "S"),  # remains in custody -> being held
("A teenager has been arrested on suspicion of robbery, police said [2.5].", S2, "S"),  # 19-year-old -> teenager (generalisation)
("Mr Harcourt said the display cabinet smashed in the raid on Harcourt Jewellers would be replaced before the shop reopens on Tuesday [1.2][2.3].", S2, "S"),  # merge across documents
("Mr Harcourt said the shop would reopen on Tuesday with extra security [2.3].", S2, "R"),  # added detail
]
