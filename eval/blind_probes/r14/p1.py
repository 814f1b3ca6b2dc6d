S1 = ("Voters in Harwick approved a proposal to build a new swimming pool in Thursday's referendum. "
"The measure passed with 58 percent of the vote, according to the borough's returning officer. "
"Turnout was 41 percent, up from 33 percent at the last local poll in 2022. "
"Council leader Maria Okafor said the result gave the council a clear mandate to borrow the money. "
"Opponents, led by the Harwick Ratepayers Association, argued the pool would raise council tax. "
"The pool is expected to cost £14 million and could open in 2028. "
"A recount was requested in the Eastgate ward but did not change the outcome.")
S2 = ("In the neighbouring district of Lowmoor, the Green Party won three seats from Labour in Thursday's council elections. "
"Labour still holds a majority on the council, with 27 of the 45 seats. "
"Postal votes made up nearly a third of all ballots cast. "
"Returning officer David Pryce said counting was delayed by two hours because of a fire alarm. "
"The Liberal Democrats lost their only seat in the Northfield ward. "
"Green candidate Aisha Rahman said her party would push for more cycle lanes. "
"Analysts said the results suggested voters were frustrated with national politics.")
PROBES = [
("Harwick voters backed plans for a new swimming pool in a referendum on Thursday [1.1].", S1, "S"),
("The pool proposal won 58 percent of votes, the returning officer said [1.2].", S1, "S"),
("Turnout rose from 33 percent in 2022 to 41 percent [1.3].", S1, "S"),
("Maria Okafor, the council leader, said the vote handed the council a clear mandate to borrow the money [1.4].", S1, "S"),
("The Harwick Ratepayers Association led the opposition, arguing that the pool would push up council tax [1.5].", S1, "S"),
("The pool, expected to cost £14 million, could open in 2028 [1.6].", S1, "S"),
("A recount in the Eastgate ward did not change the outcome [1.7].", S1, "S"),
("With 58 percent of the vote, Harwick approved a new swimming pool [1.1][1.2].", S1, "S"),
("Despite losing three seats to the Greens, Labour kept its majority with 27 of the 45 seats [2.1][2.2].", S2, "S"),
("Nearly a third of ballots were cast by post [2.3].", S2, "S"),
("A fire alarm delayed counting by two hours, according to returning officer David Pryce [2.4].", S2, "S"),
("The Liberal Democrats lost their sole seat, in Northfield [2.5].", S2, "S"),
("Aisha Rahman, a Green candidate, said her party would press for more cycle lanes [2.6].", S2, "S"),
("Analysts said the results suggested that voters were frustrated with national politics [2.7].", S2, "S"),
("The pool could open in 2028 [1.6].", S1, "S"),
("Opponents argued that the pool would increase council tax [1.5].", S1, "S"),
("Counting was held up for two hours by a fire alarm [2.4].", S2, "S"),
("Turnout was 41 percent [1.3].", S1, "S"),
("The Greens took seats from Labour in Thursday's council elections in Lowmoor [2.1].", S2, "S"),
("In Lowmoor the Green Party gained three seats [2.1].", S2, "S"),
("Voter turnout increased compared with the last local poll [1.3].", S1, "S"),
("Labour still has a majority on the council [2.2].", S2, "S"),
("Voters in Harwick rejected a proposal to build a new swimming pool [1.1].", S1, "R"),  # antonym
("The measure passed with 68 percent of the vote [1.2].", S1, "R"),  # number changed
("Turnout fell to 41 percent from 33 percent [1.3].", S1, "R"),  # direction reversed
("Council leader Maria Okafor said the result gave the council a clear mandate to raise council tax [1.4].", S1, "R"),  # object swapped
("The opposition was led by council leader Maria Okafor [1.5].", S1, "R"),  # role swap; Okafor not in 1.5
("The pool is expected to cost £14 million and will open in 2028 [1.6].", S1, "R"),  # hedge dropped
("A recount in the Eastgate ward changed the outcome [1.7].", S1, "R"),  # negation dropped
("The measure passed with 58 percent of the vote, according to council leader Maria Okafor [1.2].", S1, "R"),  # wrong attribution
("The Green Party won three seats from the Conservatives in Lowmoor [2.1].", S2, "R"),  # party swapped
("Labour lost its majority on the council [2.2].", S2, "R"),  # antonym
("Labour holds 27 of the 54 seats on the council [2.2].", S2, "R"),  # number changed
("Postal votes made up more than a third of all ballots cast [2.3].", S2, "R"),  # nearly -> more than
("Counting was delayed by two hours because of a power cut [2.4].", S2, "R"),  # cause swapped
("The Liberal Democrats won their only seat in the Northfield ward [2.5].", S2, "R"),  # antonym lost->won
("Green candidate Aisha Rahman said her party would push for fewer cycle lanes [2.6].", S2, "R"),  # antonym
("Analysts said the results proved that voters were frustrated with national politics [2.7].", S2, "R"),  # hedge strengthened
("Returning officer David Pryce said the pool would cost £14 million [2.4].", S2, "R"),  # fact not in cited sentence
("Labour won three seats from the Green Party in Thursday's council elections [2.1].", S2, "R"),  # roles swapped
("Voters in Lowmoor approved a proposal to build a new swimming pool [1.1].", S1, "R"),  # place swapped
("The pool is expected to cost £14 million and could open in 2026 [1.6].", S1, "R"),  # date changed
("A recount was requested in the Northfield ward but did not change the outcome [1.7].", S1, "R"),  # ward swapped
("Turnout was 41 percent, the highest since records began [1.3].", S1, "R"),  # added detail
("The Harwick Ratepayers Association argued that the pool would raise council tax and cut library funding [1.5].", S1, "R"),  # added clause
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
