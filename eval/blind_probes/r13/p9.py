S1 = ("OPERATOR: Our next question comes from Priya Shah at Morgan Lane.\n"
"PRIYA SHAH: Can you say more about the margin outlook for the second half?\n"
"DAVID COLE: We expect gross margin to improve by about one percentage point, mainly because freight costs have come down.\n"
"DAVID COLE: We are not assuming any recovery in European demand.\n"
"PRIYA SHAH: And on the buyback?\n"
"MARIA LOPEZ: The board has approved a further 500 million dollars, which we expect to complete by the end of next year.\n"
"MARIA LOPEZ: We may slow the pace if we find suitable acquisitions.\n")
S2 = ("HOST: You're listening to the Morning Line, and we're talking about the bus cuts in Millbrook.\n"
"HOST: Gary is on the line from Westfield.\n"
"GARY: My number 14 bus used to run every 20 minutes and now it's once an hour.\n"
"GARY: I've been late for work three times this month.\n"
"HOST: The council says the changes save 2 million pounds a year.\n"
"JUNE: I'm a councillor, and I voted against these cuts.\n"
"JUNE: I think we could restore the evening services if the county agrees to share the cost.\n"
"GARY: I'd happily pay a bit more in fares to keep it.\n")
PROBES = [
("Priya Shah of Morgan Lane asked about the margin outlook for the second half [1.1][1.2].", S1, "S"),
("David Cole said gross margin should improve by about one percentage point, largely thanks to lower freight costs [1.3].", S1, "S"),
("Cole expects second-half gross margin to rise by around a point, mainly because freight costs have fallen [1.2][1.3].", S1, "S"),
("Cole said the company is not assuming a recovery in European demand [1.4].", S1, "S"),
("Maria Lopez said the board has approved a further 500 million dollars for the buyback [1.5][1.6].", S1, "S"),
("Lopez said the company expects to complete the additional 500 million dollars by the end of next year [1.6].", S1, "S"),
("Lopez said the pace might be slowed if suitable acquisitions are found [1.7].", S1, "S"),
("Maria Lopez said the board had approved another 500 million dollars [1.6].", S1, "S"),
("David Cole said the company was not counting on European demand recovering [1.4].", S1, "S"),
("Priya Shah asked about the buyback [1.5].", S1, "S"),
("Lopez said the company may slow the pace if it finds suitable acquisitions [1.7].", S1, "S"),
("Gary, calling from Westfield, said his number 14 bus used to come every 20 minutes but now runs once an hour [2.2][2.3].", S2, "S"),
("Gary said he had been late for work three times this month [2.4].", S2, "S"),
("The host said the council says the changes save 2 million pounds a year [2.5].", S2, "S"),
("June, a councillor, said she voted against the cuts [2.6].", S2, "S"),
("June said she thought the evening services could be restored if the county agreed to share the cost [2.7].", S2, "S"),
("Gary said he would gladly pay slightly higher fares to keep the service [2.8].", S2, "S"),
("The Morning Line discussed bus cuts in Millbrook [2.1].", S2, "S"),
("According to the council, the changes save 2 million pounds a year [2.5].", S2, "S"),
("Gary's number 14 bus now runs once an hour instead of every 20 minutes [2.3].", S2, "S"),
("A councillor, June, said she had voted against the cuts [2.6].", S2, "S"),
("Maria Lopez said gross margin should improve by about one percentage point [1.3].", S1, "R"),  # speaker swapped (Cole said it)
("David Cole said gross margin should improve by about two percentage points [1.3].", S1, "R"),  # one -> two
("David Cole said gross margin will improve because labour costs have come down [1.3].", S1, "R"),  # freight -> labour; expect -> will
("David Cole said gross margin should improve, mainly because European demand has recovered [1.3].", S1, "R"),  # invented cause
("David Cole said the company is assuming a recovery in European demand [1.4].", S1, "R"),  # negation dropped
("David Cole said the company is not assuming any recovery in Asian demand [1.4].", S1, "R"),  # Europe -> Asia
("Priya Shah said the board has approved a further 500 million dollars [1.6].", S1, "R"),  # speaker swapped
("Maria Lopez said the board has approved a further 50 million dollars [1.6].", S1, "R"),  # 500 -> 50
("Maria Lopez said the buyback will be completed by the end of this year [1.6].", S1, "R"),  # next -> this; expect -> will
("Maria Lopez said the company will slow the buyback because it has found suitable acquisitions [1.7].", S1, "R"),  # conditional -> fact
("Maria Lopez said the company may speed up the buyback if it finds suitable acquisitions [1.7].", S1, "R"),  # slow -> speed up
("David Cole said the company may slow the pace if it finds suitable acquisitions [1.7].", S1, "R"),  # speaker swapped
("David Cole said the company is not assuming any recovery in European demand [1.3].", S1, "R"),  # wrong citation (1.4)
("Priya Shah works at Morgan Stanley [1.1].", S1, "R"),  # firm changed
("Gary, calling from Eastfield, said his bus now runs once an hour [2.2][2.3].", S2, "R"),  # Westfield -> Eastfield
("Gary said his number 41 bus used to run every 20 minutes [2.3].", S2, "R"),  # 14 -> 41
("Gary said his bus used to run every 20 minutes and now runs every half hour [2.3].", S2, "R"),  # once an hour -> half hour
("Gary said he had been late for work three times this week [2.4].", S2, "R"),  # month -> week
("June said she had been late for work three times this month [2.4].", S2, "R"),  # speaker swapped
("The council says the changes cost 2 million pounds a year [2.5].", S2, "R"),  # save -> cost
("June said the council's changes save 2 million pounds a year [2.5].", S2, "R"),  # speaker swapped (host said)
("June, a councillor, said she voted for the cuts [2.6].", S2, "R"),  # against -> for
("June said the evening services will be restored [2.7].", S2, "R"),  # hedge and condition dropped
("June said the morning services could be restored if the county shares the cost [2.7].", S2, "R"),  # evening -> morning
("June said she would happily pay more in fares to keep the service [2.8].", S2, "R"),  # speaker swapped (Gary)
("Gary said he refused to pay higher fares [2.8].", S2, "R"),  # antonym
("The Morning Line was talking about train cuts in Millbrook [2.1].", S2, "R"),  # bus -> train
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
