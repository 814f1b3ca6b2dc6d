# Domain: public-health outbreak (salmonella food poisoning)
S1 = " ".join([
    "Health officials in Leeds are investigating an outbreak of salmonella linked to a takeaway in the Headingley area.",
    "So far 34 people have fallen ill, and nine of them have been treated in hospital.",
    "No deaths have been reported.",
    "The UK Health Security Agency said the cases were reported between 3 and 11 June.",
    "Inspectors temporarily closed the takeaway on Monday while samples were tested.",
    "Officials believe a batch of chicken supplied by a single wholesaler may be the source.",
    "Anyone who ate at the premises and develops symptoms is advised to contact their GP.",
])
S2 = " ".join([
    "Consultant Ruth Okafor, who leads the investigation, said most patients were recovering at home.",
    "She said children under five and older people were at greater risk of severe illness.",
    "The wholesaler, Brindle Foods, said it had recalled the batch as a precaution.",
    "Brindle Foods supplies around 40 restaurants across West Yorkshire.",
    "Officials said it was too early to say whether other outlets were affected.",
    "Laboratory results are expected by the end of the week.",
    "The takeaway's owner said staff were cooperating fully with inspectors.",
])
PROBES = [
("Leeds health officials are looking into a salmonella outbreak tied to a Headingley takeaway [1.1].", S1, "S"),  # synonyms investigating->looking into, linked->tied, compression
("Health officials in Leeds are investigating an outbreak of E coli linked to a takeaway in Headingley [1.1].", S1, "R"),  # sibling pathogen salmonella->E coli
("Health officials in Leeds have confirmed that a takeaway in Headingley caused a salmonella outbreak [1.1].", S1, "R"),  # linked->caused, investigating->confirmed (certainty added)
("Thirty-four people have become ill, nine of whom have received hospital treatment [1.2].", S1, "S"),  # number spelled out, restructure
("So far 34 people have fallen ill, and 19 of them have been treated in hospital [1.2].", S1, "R"),  # number changed 9->19
("Nine people remain in hospital [1.2].", S1, "R"),  # "have been treated in hospital" does not say they remain there
("Nobody has died [1.3].", S1, "S"),  # paraphrase of negation
("One death has been reported [1.3].", S1, "R"),  # negation flipped
("The cases were reported between 3 and 11 June, according to the UK Health Security Agency [1.4].", S1, "S"),  # reorder, said->according to
("The UK Health Security Agency said the cases were reported between 3 and 17 June [1.4].", S1, "R"),  # date changed 11->17
("Leeds City Council said the cases were reported between 3 and 11 June [1.4].", S1, "R"),  # wrong speaker
("The takeaway was temporarily shut by inspectors on Monday while samples were tested [1.5].", S1, "S"),  # voice change, closed->shut
("Inspectors permanently closed the takeaway on Monday [1.5].", S1, "R"),  # temporarily->permanently
("Officials think the source may be a batch of chicken from a single wholesaler [1.6].", S1, "S"),  # reorder, believe->think, hedge kept
("Officials have confirmed that a batch of chicken supplied by a single wholesaler was the source [1.6].", S1, "R"),  # hedge dropped believe/may->confirmed/was
("Officials believe a batch of eggs supplied by a single wholesaler may be the source [1.6].", S1, "R"),  # sibling chicken->eggs
("Anyone who ate at the takeaway and then develops symptoms is being urged to contact their GP [1.7].", S1, "S"),  # premises->takeaway (same referent), advised->urged
("Anyone who ate at the premises is advised to contact their GP [1.7].", S1, "R"),  # condition "develops symptoms" dropped: overgeneralisation
("Anyone who ate at the premises and develops symptoms is advised to go to hospital [1.7].", S1, "R"),  # GP->hospital
("Of the 34 people who have fallen ill, nine have been treated in hospital and none has died [1.2][1.3].", S1, "S"),  # merge 1.2 + 1.3
("Inspectors closed the takeaway on Monday because they suspected a batch of chicken [1.5][1.6].", S1, "R"),  # invented cause; 1.5 says closed while samples were tested
("Nine people have been treated in hospital for salmonella linked to a Headingley takeaway [1.1][1.2].", S1, "S"),  # merge 1.1 + 1.2
("Thirty-four people have fallen ill and nine have been treated in hospital, most of them children [1.2].", S1, "R"),  # added detail (children)
("Salmonella linked to the takeaway has made 34 people ill [1.1][1.2].", S1, "S"),  # merge, restructure with outbreak as agent
("Consultant Ruth Okafor said the outbreak had left nine people in hospital [2.1].", S2, "R"),  # figure from uncited 1.2 and not attributed to Okafor
("Ruth Okafor, the consultant leading the investigation, said most patients were recovering at home [2.1].", S2, "S"),  # relative clause compressed
("Okafor said all patients were recovering at home [2.1].", S2, "R"),  # overgeneralisation most->all
("Okafor said most patients were recovering in hospital [2.1].", S2, "R"),  # at home->in hospital
("Okafor said children under five and older people faced a higher risk of serious illness [2.1][2.2].", S2, "S"),  # pronoun resolved via 2.1; greater->higher, severe->serious
("Okafor said children under five and pregnant women were at greater risk of severe illness [2.1][2.2].", S2, "R"),  # sibling older people->pregnant women
("Brindle Foods, the wholesaler, said it had recalled the batch as a precaution [2.3].", S2, "S"),  # near-copy, apposition reversed
("Brindle Foods said it had been ordered to recall the batch [2.3].", S2, "R"),  # precautionary recall presented as ordered
("Brindle Foods admitted the batch was contaminated and recalled it [2.3].", S2, "R"),  # added admission of contamination
("Brindle Foods provides supplies to about 40 restaurants in West Yorkshire [2.4].", S2, "S"),  # synonyms supplies->provides supplies, around->about
("Brindle Foods supplies around 400 restaurants across West Yorkshire [2.4].", S2, "R"),  # number changed 40->400
("Brindle Foods supplies around 40 restaurants across West Yorkshire, several of which have reported cases [2.4].", S2, "R"),  # added clause
("Officials said it was too soon to tell whether other outlets had been affected [2.5].", S2, "S"),  # synonyms early->soon, say->tell
("Officials said no other outlets were affected [2.5].", S2, "R"),  # uncertainty turned into a denial
("Officials said it was too early to say whether other restaurants supplied by Brindle Foods were affected [2.5].", S2, "R"),  # added specificity: link to Brindle's customers not stated
("Lab results are due by the end of the week [2.6].", S2, "S"),  # synonyms laboratory->lab, expected->due
("Laboratory results were released at the end of the week [2.6].", S2, "R"),  # expected presented as happened
("The takeaway's owner said staff were cooperating fully with inspectors [2.7].", S2, "S"),  # verbatim copy
("The takeaway's owner said staff had refused to cooperate with inspectors [2.7].", S2, "R"),  # antonym
("Brindle Foods said its staff were cooperating fully with inspectors [2.7].", S2, "R"),  # wrong speaker: takeaway owner->Brindle Foods
("Brindle Foods, which supplies around 40 restaurants across West Yorkshire, said it had recalled the batch as a precaution [2.3][2.4].", S2, "S"),  # merge 2.3 + 2.4
("Brindle Foods recalled the batch of chicken after officials identified it as the likely source [2.3].", S2, "R"),  # chicken/source only in uncited 1.6, and invented causal link
("Brindle Foods said it had recalled the chicken batch that officials suspect may be the source of the outbreak [2.3][1.6].", S2, "S"),  # cross-document merge, hedge kept
("Laboratory results are expected by the end of the week, and Okafor said most patients were recovering at home [2.1][2.6].", S2, "S"),  # merge 2.1 + 2.6, reordered
("Okafor said laboratory results were expected by the end of the week [2.6].", S2, "R"),  # attribution to Okafor not in 2.6
("Children under five and older people are more vulnerable to severe illness, Okafor said [2.1][2.2].", S2, "S"),  # reorder, at greater risk->more vulnerable
("A single wholesaler's chicken may be to blame, officials believe [1.6].", S1, "S"),  # compression + reorder, hedge kept
("The UK Health Security Agency said cases came in from 3 to 11 June [1.4].", S1, "S"),  # paraphrase reported between->came in from
("Most patients are recovering at home, according to Okafor [2.1].", S2, "S"),  # reorder, said->according to
("Brindle Foods has recalled the batch as a precautionary measure, the wholesaler said [2.3].", S2, "S"),  # reorder attribution, precaution->precautionary measure
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
