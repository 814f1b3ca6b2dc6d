S1 = ("The Arts Council has cut funding for 48 theatres and galleries in its latest round of grants, announced on Thursday. "
"The largest reduction falls on the Harbour Playhouse in Hull, which loses £1.2 million a year. "
"Total spending over the next three years will be £446 million, slightly less than in the previous period. "
"The council said it wanted to shift money from London to organisations in the north and the Midlands. "
"Several directors described the decisions as a blow to regional theatre. "
"The Playhouse's artistic director, Ruth Okafor, said the venue might have to close its studio stage. "
"Twenty-one organisations will receive funding for the first time.")
S2 = ("The National Gallery of Scotland will reopen its refurbished east wing in March after a three-year, £22 million renovation. "
"The work was paid for mainly by private donors, with the Scottish government contributing £5 million. "
"The wing will display about 130 paintings, including works by Raeburn and Ramsay that have not been on show for a decade. "
"Admission will remain free. "
"Director Alan Keir said visitor numbers had fallen by a quarter during the building work. "
"The gallery hopes to attract 1.5 million visitors in the first year after reopening. "
"A new education centre for schools will open in the same building in the autumn.")
PROBES = [
("The Arts Council has cut funding for 48 theatres and galleries in its latest grants round [1.1].", S1, "S"),
("Forty-eight theatres and galleries lost funding in the Arts Council grant round announced on Thursday [1.1].", S1, "R"),  # "cut funding" -> "lost funding": cut is not total loss
("The biggest cut falls on Hull's Harbour Playhouse, which loses £1.2 million a year [1.2].", S1, "S"),
("The Harbour Playhouse in Hull will lose £1.2 million a year, the largest reduction [1.2].", S1, "S"),
("Over the next three years total spending will be £446 million, a little less than in the previous period [1.3].", S1, "S"),
("The council said it wanted to move money from London to organisations in the north and the Midlands [1.4].", S1, "S"),
("Several directors called the decisions a blow to regional theatre [1.5].", S1, "S"),
("Ruth Okafor, the Playhouse's artistic director, said the venue might have to shut its studio stage [1.6].", S1, "S"),
("Twenty-one organisations will be funded for the first time [1.7].", S1, "S"),
("The Arts Council cut funding for 48 organisations, while 21 will receive funding for the first time [1.1][1.7].", S1, "S"),
("The Arts Council cut grants to 48 theatres and galleries, and the biggest reduction, £1.2 million a year, falls on the Harbour Playhouse in Hull [1.1][1.2].", S1, "S"),
("The National Gallery of Scotland's refurbished east wing will reopen in March [2.1].", S2, "S"),
("The east wing's renovation took three years and cost £22 million [2.1].", S2, "S"),
("Private donors paid for most of the work, and the Scottish government gave £5 million [2.2].", S2, "S"),
("About 130 paintings will be shown in the wing [2.3].", S2, "S"),
("Works by Raeburn and Ramsay that have not been shown for ten years will be displayed in the wing [2.3].", S2, "S"),
("Entry will stay free [2.4].", S2, "S"),
("Director Alan Keir said visitor numbers dropped by a quarter during the building work [2.5].", S2, "S"),
("The gallery hopes to draw 1.5 million visitors in its first year after reopening [2.6].", S2, "S"),
("A new schools education centre will open in the same building in the autumn [2.7].", S2, "S"),
("The east wing reopens in March after a £22 million renovation, and admission will remain free [2.1][2.4].", S2, "S"),
("Visitor numbers fell by a quarter during the building work, Alan Keir said [2.5].", S2, "S"),
("The Arts Council has cut funding for 84 theatres and galleries [1.1].", S1, "R"),  # 48 -> 84
("The Arts Council has increased funding for 48 theatres and galleries [1.1].", S1, "R"),  # cut -> increased
("The Arts Council announced its latest round of grants on Tuesday [1.1].", S1, "R"),  # Thursday -> Tuesday
("The largest reduction falls on the Harbour Playhouse in Leeds [1.2].", S1, "R"),  # Hull -> Leeds
("The Harbour Playhouse in Hull loses £1.2 million over three years [1.2].", S1, "R"),  # a year -> over three years
("The smallest reduction falls on the Harbour Playhouse in Hull [1.2].", S1, "R"),  # largest -> smallest
("Total spending over the next three years will be £446 million, considerably more than in the previous period [1.3].", S1, "R"),  # less -> more
("Total spending over the next five years will be £446 million [1.3].", S1, "R"),  # three -> five
("The council said it wanted to shift money from the north and the Midlands to London [1.4].", S1, "R"),  # direction swapped
("The council said it wanted to shift money from London to organisations in Scotland [1.4].", S1, "R"),  # region changed
("All directors described the decisions as a blow to regional theatre [1.5].", S1, "R"),  # several -> all
("Several directors welcomed the decisions as a boost to regional theatre [1.5].", S1, "R"),  # antonym
("Ruth Okafor said the venue will close its studio stage [1.6].", S1, "R"),  # might -> will
("Ruth Okafor said the venue might have to close its main stage [1.6].", S1, "R"),  # studio -> main
("The Playhouse's executive director, Ruth Okafor, said the venue might have to close its studio stage [1.6].", S1, "R"),  # role changed
("Twenty-one organisations will lose funding for the first time [1.7].", S1, "R"),  # receive -> lose
("Twenty-one organisations will receive funding for the first time [1.6].", S1, "R"),  # wrong citation (1.7)
("The National Gallery of Scotland will reopen its refurbished west wing in March [2.1].", S2, "R"),  # east -> west
("The National Gallery of Scotland will reopen its east wing in May [2.1].", S2, "R"),  # March -> May
("The renovation took two years and cost £22 million [2.1].", S2, "R"),  # three -> two
("The work was paid for mainly by the Scottish government [2.2].", S2, "R"),  # donors -> government
("The Scottish government contributed £15 million to the work [2.2].", S2, "R"),  # 5 -> 15
("The wing will display about 130 sculptures [2.3].", S2, "R"),  # paintings -> sculptures
("The wing will display works by Raeburn and Ramsay that have been on show continuously for a decade [2.3].", S2, "R"),  # negation dropped
("Admission will no longer be free [2.4].", S2, "R"),  # negation
("Director Alan Keir said visitor numbers had risen by a quarter during the building work [2.5].", S2, "R"),  # fallen -> risen
("Director Alan Keir said visitor numbers had fallen by a half during the building work [2.5].", S2, "R"),  # quarter -> half
("The gallery expects 1.5 million visitors in the first year [2.6].", S2, "R"),  # hopes -> expects (modality strengthened)
("The gallery attracted 1.5 million visitors in the first year after reopening [2.6].", S2, "R"),  # hope -> fact
("A new education centre for schools will open in the same building in the spring [2.7].", S2, "R"),  # autumn -> spring
("Director Alan Keir said the education centre would open in the autumn [2.7].", S2, "R"),  # attributed to Keir, not in 2.7
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
