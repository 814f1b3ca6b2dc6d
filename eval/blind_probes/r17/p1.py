# Domain: parliamentary vote on a budget bill
S1 = " ".join([
    "The Scottish Parliament approved the government's budget for the coming financial year on Wednesday evening.",
    "The bill passed by 68 votes to 57, with two members abstaining.",
    "Finance Secretary Moira Lennox said the package would protect frontline services despite tight public finances.",
    "The budget includes an extra 310 million pounds for the health service and a freeze on council tax.",
    "Opposition parties argued that the plan could force councils to cut jobs.",
    "The Green group backed the bill after securing free bus travel for apprentices.",
    "The measures take effect from the first of April.",
])
S2 = " ".join([
    "Labour's finance spokesman, Derek Haig, called the budget a missed opportunity.",
    "He said his party would have raised the top rate of income tax to fund teacher pay.",
    "Council leaders warned that the freeze may leave a gap of around 90 million pounds in local budgets.",
    "The Conservatives tabled an amendment to cut business rates, but it was defeated.",
    "Lennox told reporters that she was open to talks with councils over the summer.",
    "A final stage debate on the accompanying rates bill is expected next month.",
])
PROBES = [
("The Scottish Parliament passed the government's budget for next financial year on Wednesday evening [1.1].", S1, "S"),  # synonym: approved->passed, coming->next
("The budget was approved by 68 votes to 57 [1.2].", S1, "S"),  # compression, bill->budget (same referent), passed->approved
("Two members abstained in the vote [1.2].", S1, "S"),  # extraction of sub-clause
("The bill passed by 68 votes to 75 [1.2].", S1, "R"),  # number changed 57->75
("The bill passed by 68 votes to 57, with no abstentions [1.2].", S1, "R"),  # contradicts: two members abstained
("Moira Lennox, the finance secretary, said the package would shield frontline services even though public finances are tight [1.3].", S1, "S"),  # reorder + synonyms protect->shield, despite->even though
("Lennox said the package would protect frontline services and boost economic growth [1.3].", S1, "R"),  # added clause: economic growth not stated
("The health service will receive an additional 310 million pounds under the budget [1.4].", S1, "S"),  # voice change + synonym extra->additional
("The budget includes an extra £310m for the health service [1.4].", S1, "S"),  # number reformat 310 million pounds -> £310m
("The budget includes an extra 130 million pounds for the health service [1.4].", S1, "R"),  # number changed 310->130
("The budget freezes council tax [1.4].", S1, "S"),  # nominalisation -> verb, compression
("The budget includes an extra 310 million pounds for schools [1.4].", S1, "R"),  # sibling substituted: health service->schools
("Opposition parties argued the plan would force councils to cut jobs [1.5].", S1, "R"),  # hedge dropped could->would
("Opposition parties said the plan could lead councils to shed jobs [1.5].", S1, "S"),  # synonyms argued->said, cut->shed, hedge kept
("The Green group backed the bill after winning free bus travel for apprentices [1.6].", S1, "S"),  # near-copy, securing->winning
("The Green group opposed the bill despite securing free bus travel for apprentices [1.6].", S1, "R"),  # antonym backed->opposed
("The Green group backed the bill after securing free bus travel for students [1.6].", S1, "R"),  # sibling: apprentices->students
("The measures will come into force on 1 April [1.7].", S1, "S"),  # synonym take effect->come into force, date reformat
("The measures take effect from the first of May [1.7].", S1, "R"),  # date changed April->May
("Finance Secretary Moira Lennox said the budget, which passed by 68 votes to 57, would protect frontline services [1.2][1.3].", S1, "S"),  # merge of two cited sentences
("The Greens backed the budget, which includes a council tax freeze, after securing free bus travel for apprentices [1.4][1.6].", S1, "S"),  # merge 1.4 + 1.6
("The Greens backed the budget after securing free bus travel for apprentices and a council tax freeze [1.4][1.6].", S1, "R"),  # invented: Greens did not secure the council tax freeze
("The budget passed by 68 votes to 57 with the support of the Green group [1.2].", S1, "R"),  # Green support only in uncited 1.6
("Opposition parties argued that the council tax freeze could force councils to cut jobs [1.5].", S1, "R"),  # added specificity: 1.5 says "the plan", not the freeze
("The budget was approved on Wednesday evening by 68 votes to 57 [1.1][1.2].", S1, "S"),  # merge 1.1 + 1.2
("Under the budget, council tax will be frozen and the health service will get 310 million pounds more [1.4].", S1, "S"),  # reorder + voice change
("Derek Haig, Labour's finance spokesman, described the budget as a missed opportunity [2.1].", S2, "S"),  # synonym called->described as, reorder
("Derek Haig, Labour's finance spokesman, described the budget as a bold step [2.1].", S2, "R"),  # changed quote/characterisation
("Haig said Labour would have increased the top income tax rate to pay for teacher pay [2.1][2.2].", S2, "S"),  # synonyms raised->increased, fund->pay for; pronoun resolved via 2.1
("Haig said his party would have raised the basic rate of income tax to fund teacher pay [2.1][2.2].", S2, "R"),  # sibling: top rate->basic rate
("Haig said his party would have raised the top rate of income tax to fund nurses' pay [2.1][2.2].", S2, "R"),  # sibling: teacher->nurses
("Council leaders warned the freeze might leave local budgets roughly 90 million pounds short [2.3].", S2, "S"),  # reword, hedge kept may->might, around->roughly
("Council leaders warned the freeze will leave a gap of around 90 million pounds in local budgets [2.3].", S2, "R"),  # hedge dropped may->will
("Council leaders warned that the freeze may leave a gap of around 19 million pounds in local budgets [2.3].", S2, "R"),  # number changed 90->19
("Freezing council tax may leave councils around 90 million pounds short, their leaders warned [2.3].", S2, "R"),  # CORRECTED S->R: "council tax" is only in uncited 1.4 (other document); 2.3 says just "the freeze"
("A Conservative amendment to cut business rates was voted down [2.4].", S2, "S"),  # compression + voice: defeated->voted down
("A Conservative amendment to cut business rates was passed [2.4].", S2, "R"),  # antonym defeated->passed
("The Conservatives tabled an amendment to scrap business rates, but it was defeated [2.4].", S2, "R"),  # cut->scrap (stronger claim)
("Lennox said she was open to talks with councils over the summer [2.5].", S2, "S"),  # near-copy
("Lennox said she had agreed to hold talks with councils over the summer [2.5].", S2, "R"),  # open to->agreed (hedge/commitment strengthened)
("Lennox told reporters she was open to talks with unions over the summer [2.5].", S2, "R"),  # councils->unions
("A final stage debate on the accompanying rates bill is expected next month [2.6].", S2, "S"),  # verbatim copy
("A final stage debate on the accompanying rates bill took place last month [2.6].", S2, "R"),  # tense/time changed: expected next month -> took place last month
("Haig said Labour would have raised the top rate of income tax to fund teacher pay, while council leaders warned of a possible 90 million pound gap in local budgets [2.1][2.2][2.3].", S2, "S"),  # merge of three cited sentences, hedge kept as "possible"
("Council leaders warned that the freeze may leave a gap of around 90 million pounds, and Lennox said she would compensate them [2.3][2.5].", S2, "R"),  # added: compensation never stated
("Derek Haig called the budget a missed opportunity [1.3].", S2, "R"),  # fact only in uncited 2.1; cited 1.3 is Lennox
("Lennox said she was open to talks with councils over the summer after council leaders warned of a funding gap [2.3][2.5].", S2, "R"),  # invented causal/temporal link "after"
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
