S1 = ("Ravensby City Council voted 9-4 on Tuesday to approve a plan for 320 new homes on the former Dalton brickworks site. "
"Forty percent of the homes will be classed as affordable housing. "
"Councillor Maria Ortiz, who chairs the planning committee, said the scheme would ease the city's housing shortage. "
"Residents' group Save Dalton Fields had collected 2,100 signatures against the development. "
"The developer, Hartwell Homes, must build a new primary school before the first residents move in. "
"Construction is due to begin next spring.")
S2 = ("The Ravensby school board has proposed closing Elm Park Primary School at the end of the next academic year. "
"Enrolment at Elm Park has fallen from 310 pupils in 2019 to 174 this year. "
"Superintendent Janet Cole said pupils would be offered places at two nearby schools. "
"Parents packed a meeting on Monday, and 23 of them spoke against the plan. "
"The board will hold a final vote in March. "
"The closure would save an estimated 650,000 pounds a year.")
PROBES = [
("Ravensby City Council voted 9-4 on Tuesday to back a plan for 320 homes on the old Dalton brickworks site. [1.1]", S1, "S"),
("Ravensby City Council voted 9-4 on Tuesday to reject a plan for 320 new homes on the former Dalton brickworks site. [1.1]", S1, "R"),  # antonym
("Ravensby City Council voted 9-4 on Tuesday to approve a plan for 230 new homes. [1.1]", S1, "R"),  # number
("Ravensby City Council unanimously approved a plan for 320 new homes on the former Dalton brickworks site. [1.1]", S1, "R"),  # unanimous vs 9-4
("The council approved 320 homes on the former brickworks site by nine votes to four. [1.1]", S1, "S"),
("Forty percent of the homes will be affordable housing. [1.2]", S1, "S"),
("Fourteen percent of the homes will be classed as affordable housing. [1.2]", S1, "R"),  # number
("All of the homes will be classed as affordable housing. [1.2]", S1, "R"),  # quantifier
("Maria Ortiz, the planning committee chair, said the scheme would ease the city's housing shortage. [1.3]", S1, "S"),
("Councillor Maria Ortiz, who chairs the finance committee, said the scheme would ease the city's housing shortage. [1.3]", S1, "R"),  # role
("Councillor Maria Ortiz said the scheme would worsen the city's housing shortage. [1.3]", S1, "R"),  # antonym
("Councillor Maria Ortiz said the scheme had ended the city's housing shortage. [1.3]", S1, "R"),  # modality/strengthened
("Ortiz said the development would help relieve Ravensby's housing shortage. [1.3]", S1, "S"),
("Save Dalton Fields, a residents' group, had gathered 2,100 signatures opposing the development. [1.4]", S1, "S"),
("Residents' group Save Dalton Fields had collected 2,100 signatures in support of the development. [1.4]", S1, "R"),  # antonym
("Hartwell Homes, the developer, is required to build a new primary school before the first residents move in. [1.5]", S1, "S"),
("The developer, Hartwell Homes, must build a new secondary school before the first residents move in. [1.5]", S1, "R"),  # primary->secondary
("The developer, Hartwell Homes, has built a new primary school on the site. [1.5]", S1, "R"),  # obligation->done
("The council must build a new primary school before the first residents move in. [1.5]", S1, "R"),  # agent swap
("Construction is scheduled to start next spring. [1.6]", S1, "S"),
("Construction began last spring. [1.6]", S1, "R"),  # tense/time
("The Ravensby school board has proposed shutting Elm Park Primary School at the end of the next academic year. [2.1]", S2, "S"),
("The Ravensby school board has decided to close Elm Park Primary School. [2.1]", S2, "R"),  # proposed->decided
("The Ravensby school board has proposed closing Elm Park Primary School at the end of this academic year. [2.1]", S2, "R"),  # next->this
("Elm Park's enrolment has dropped from 310 pupils in 2019 to 174 this year. [2.2]", S2, "S"),
("Enrolment at Elm Park has risen from 174 pupils in 2019 to 310 this year. [2.2]", S2, "R"),  # reversed
("Superintendent Janet Cole said pupils would be offered places at two schools nearby. [2.3]", S2, "S"),
("Superintendent Janet Cole said pupils would be offered places at three nearby schools. [2.3]", S2, "R"),  # number
("Janet Cole said pupils had been offered places at two nearby schools. [2.3]", S2, "R"),  # would -> had been
("Principal Janet Cole said pupils would be offered places at two nearby schools. [2.3]", S2, "R"),  # role swap
("Parents filled a meeting on Monday, and 23 spoke in opposition to the plan. [2.4]", S2, "S"),
("Twenty-three parents attended a meeting on Monday. [2.4]", S2, "R"),  # count attaches to wrong verb
("Parents packed a meeting on Monday, and 23 of them spoke in favour of the plan. [2.4]", S2, "R"),  # antonym
("The board will take a final vote in March. [2.5]", S2, "S"),
("The board held a final vote in March. [2.5]", S2, "R"),  # future -> past
("The closure would save an estimated 650,000 pounds a year. [2.6]", S2, "S"),
("The closure would save 650,000 pounds a year. [2.6]", S2, "R"),  # estimate->exact
("The closure would save an estimated 650,000 pounds in total. [2.6]", S2, "R"),  # rate dropped
("Closing the school could save about 650,000 pounds annually. [2.6]", S2, "S"),
("Elm Park's roll has shrunk to 174 pupils, and the board proposes closing the school. [2.1][2.2]", S2, "S"),
]
PROBES += [
("The plan won council approval with nine councillors in favour and four against. [1.1]", S1, "S"),
("A residents' group had collected 2,100 signatures against the development. [1.4]", S1, "S"),
("Pupils at Elm Park would be offered places at two neighbouring schools, according to Superintendent Janet Cole. [2.3]", S2, "S"),
("Twenty-three parents spoke against the plan at Monday's meeting. [2.4]", S2, "S"),
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
