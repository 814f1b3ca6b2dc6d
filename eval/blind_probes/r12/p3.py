S1 = ("Northway Airlines reported a net loss of 212 million euros for the third quarter, compared with a profit of 95 million euros a year earlier. "
"Revenue fell 8 percent to 3.1 billion euros as fuel costs rose and demand on transatlantic routes weakened. "
"Chief executive Sofia Marquez said the airline would cut 1,400 jobs, mainly in ground handling. "
"The carrier also plans to retire 12 of its oldest Airbus A320 jets by the end of 2027. "
"Shares in Northway dropped nearly 6 percent in early trading in Frankfurt. "
"Analyst Kenji Mori of Halden Bank said the results were worse than expected.")
S2 = ("British grocer Fresmart said like-for-like sales rose 4.2 percent in the twelve weeks to November 30. "
"The chain opened 18 new convenience stores during the period and closed three larger supermarkets. "
"Fresmart's finance director, Clare Denby, said online orders grew faster than in-store sales. "
"The company kept its full-year profit forecast of 540 million pounds unchanged. "
"Rival Costway reported a 1.5 percent decline in sales over the same period. "
"Fresmart said it may raise the price of own-brand coffee next year because of higher bean costs.")
PROBES = [
("Northway Airlines posted a third-quarter net loss of 212 million euros, against a profit of 95 million euros a year before. [1.1]", S1, "S"),
("Northway Airlines reported a net loss of 212 million euros for the second quarter. [1.1]", S1, "R"),  # quarter
("Northway Airlines reported a net profit of 212 million euros for the third quarter. [1.1]", S1, "R"),  # loss->profit
("Northway swung to a loss in the third quarter after a profit a year earlier. [1.1]", S1, "S"),
("Revenue declined 8 percent to 3.1 billion euros. [1.2]", S1, "S"),
("Revenue rose 8 percent to 3.1 billion euros. [1.2]", S1, "R"),  # antonym
("Revenue fell 8 percent to 3.1 billion euros as fuel costs fell and demand on transatlantic routes weakened. [1.2]", S1, "R"),  # rose->fell
("Revenue fell 8 percent to 3.1 billion euros as demand on Asian routes weakened. [1.2]", S1, "R"),  # place swap
("Revenue fell 8 percent as fuel costs climbed and transatlantic demand softened. [1.2]", S1, "S"),
("Chief executive Sofia Marquez said the airline would eliminate 1,400 jobs, mostly in ground handling. [1.3]", S1, "S"),
("Chief executive Sofia Marquez said the airline had cut 1,400 jobs. [1.3]", S1, "R"),  # would cut -> had cut
("Chief financial officer Sofia Marquez said the airline would cut 1,400 jobs. [1.3]", S1, "R"),  # role swap
("Sofia Marquez said the airline would cut 1,400 jobs, mainly among pilots. [1.3]", S1, "R"),  # ground handling -> pilots
("Kenji Mori said the airline would cut 1,400 jobs. [1.3][1.6]", S1, "R"),  # speaker swap across
("Northway plans to retire 12 of its oldest Airbus A320 aircraft by the end of 2027. [1.4]", S1, "S"),
("Northway has retired 12 of its oldest Airbus A320 jets. [1.4]", S1, "R"),  # plans -> did
("The carrier also plans to retire 12 of its newest Airbus A320 jets by the end of 2027. [1.4]", S1, "R"),  # antonym
("The carrier also plans to retire all of its Airbus A320 jets by the end of 2027. [1.4]", S1, "R"),  # quantifier
("Northway shares fell almost 6 percent in early Frankfurt trading. [1.5]", S1, "S"),
("Shares in Northway dropped 6 percent in early trading in Frankfurt. [1.5]", S1, "R"),  # nearly dropped
("Halden Bank analyst Kenji Mori said the results were worse than expected. [1.6]", S1, "S"),
("Analyst Kenji Mori of Halden Bank said the results were better than expected. [1.6]", S1, "R"),  # comparative reversed
("Fresmart said like-for-like sales increased 4.2 percent in the 12 weeks to November 30. [2.1]", S2, "S"),
("Fresmart said like-for-like sales rose 2.4 percent in the twelve weeks to November 30. [2.1]", S2, "R"),  # number
("Fresmart said like-for-like sales rose 4.2 percent in the twelve weeks to October 30. [2.1]", S2, "R"),  # month
("The chain opened 18 new convenience stores and shut three larger supermarkets during the period. [2.2]", S2, "S"),
("The chain opened 18 new supermarkets during the period. [2.2]", S2, "R"),  # list item moved
("The chain opened 18 new convenience stores during the period and closed three smaller supermarkets. [2.2]", S2, "R"),  # antonym
("Finance director Clare Denby said online orders grew faster than sales in stores. [2.3]", S2, "S"),
("Clare Denby said in-store sales grew faster than online orders. [2.3]", S2, "R"),  # reversed comparison
("Fresmart's chief executive, Clare Denby, said online orders grew faster than in-store sales. [2.3]", S2, "R"),  # role
("The company left its full-year profit forecast of 540 million pounds unchanged. [2.4]", S2, "S"),
("The company raised its full-year profit forecast to 540 million pounds. [2.4]", S2, "R"),  # raised vs unchanged
("Fresmart maintained its annual profit forecast of 540 million pounds. [2.4]", S2, "S"),
("Rival Costway reported a 1.5 percent fall in sales over the same period. [2.5]", S2, "S"),
("Rival Costway reported a 1.5 percent rise in sales over the same period. [2.5]", S2, "R"),  # antonym
("Fresmart said it might increase the price of own-brand coffee next year due to higher bean costs. [2.6]", S2, "S"),
("Fresmart said it will raise the price of own-brand coffee next year. [2.6]", S2, "R"),  # may -> will
("Fresmart said it may raise the price of own-brand coffee next year because of higher shipping costs. [2.6]", S2, "R"),  # cause swapped
("Fresmart's like-for-like sales grew 4.2 percent while rival Costway's fell 1.5 percent over the same period. [2.1][2.5]", S2, "R"),  # LABEL CORRECTED S->R after run (see REPORT)
("Fresmart may make its own-brand coffee dearer next year, citing higher bean costs. [2.6]", S2, "S"),
]
PROBES += [
("Northway intends to take 12 of its oldest A320s out of service by the end of 2027. [1.4]", S1, "S"),
("An analyst at Halden Bank said Northway's results fell short of expectations. [1.6]", S1, "S"),
("Fresmart shut three larger supermarkets in the period. [2.2]", S2, "S"),
("According to Clare Denby, online orders outpaced in-store sales. [2.3]", S2, "S"),
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
