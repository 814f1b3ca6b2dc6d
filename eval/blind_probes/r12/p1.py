S1 = ("Coalition talks between the Social Democrats and the Green Party collapsed on Tuesday after nine weeks of negotiations. "
"Party leader Hanna Voss said the Greens had refused to drop their demand for a carbon tax on aviation. "
"Green co-chair Tomas Lind blamed the Social Democrats for the breakdown and said his party might return to talks in the spring. "
"President Irene Kalm is expected to invite the Liberal Party to form a government by the end of the month. "
"The Liberals won 41 of the 150 seats in the October election, making them the second-largest party. "
"A poll published on Wednesday found that 58 percent of voters want a new election. "
"Finance Minister Olaf Brandt, who is serving in a caretaker role, warned that the budget could be delayed until March.")
S2 = ("Prime Minister Leila Haddad survived a confidence vote in parliament on Thursday by 89 votes to 84. "
"Three members of her own Centre Party abstained, citing concerns over the pension reform. "
"Opposition leader Marcus Feld said the result showed the government had lost its moral authority. "
"Haddad told reporters she would not call an early election. "
"The pension reform would raise the retirement age from 65 to 67 over a decade. "
"Trade unions have announced a one-day general strike for next Monday.")
PROBES = [
("Talks on forming a coalition between the Social Democrats and the Greens broke down on Tuesday after nine weeks. [1.1]", S1, "S"),
("Coalition talks between the Social Democrats and the Green Party collapsed on Tuesday after six weeks of negotiations. [1.1]", S1, "R"),  # nine->six
("Coalition talks between the Social Democrats and the Green Party collapsed on Thursday. [1.1]", S1, "R"),  # day swap
("Hanna Voss said the Greens had refused to abandon their demand for an aviation carbon tax. [1.2]", S1, "S"),
("Hanna Voss said the Greens had agreed to drop their demand for a carbon tax on aviation. [1.2]", S1, "R"),  # negation/antonym
("Tomas Lind said the Greens had refused to drop their demand for a carbon tax on aviation. [1.2][1.3]", S1, "R"),  # speaker swap across cited
("Lind, the Green co-chair, blamed the Social Democrats for the breakdown. [1.3]", S1, "S"),
("Lind said his party could return to the talks in the spring. [1.3]", S1, "S"),
("Lind said his party would return to talks in the spring. [1.3]", S1, "R"),  # might -> would
("Tomas Lind blamed the Greens for the breakdown. [1.3]", S1, "R"),  # agent swap
("President Irene Kalm is expected to ask the Liberal Party to form a government by the end of the month. [1.4]", S1, "S"),
("President Irene Kalm has invited the Liberal Party to form a government. [1.4]", S1, "R"),  # hedge dropped
("President Irene Kalm is expected to invite the Green Party to form a government by the end of the month. [1.4]", S1, "R"),  # entity swap
("The Liberals took 41 of the 150 seats in the October election. [1.5]", S1, "S"),
("The Liberals won 41 of the 150 seats in the October election, making them the largest party. [1.5]", S1, "R"),  # second-largest -> largest
("The Liberals are the second-largest party after the October election. [1.5]", S1, "S"),
("A poll released on Wednesday showed 58 percent of voters want a fresh election. [1.6]", S1, "S"),
("A poll published on Wednesday found that most voters oppose a new election. [1.6]", S1, "R"),  # antonym
("A poll published on Wednesday found that 85 percent of voters want a new election. [1.6]", S1, "R"),  # number
("Caretaker finance minister Olaf Brandt warned the budget could be delayed until March. [1.7]", S1, "S"),
("Olaf Brandt warned that the budget would be delayed until March. [1.7]", S1, "R"),  # could -> would
("Finance Minister Olaf Brandt warned that the budget could be delayed until March because of the collapse of the talks. [1.7]", S1, "R"),  # invented cause
("Prime Minister Leila Haddad won a confidence vote in parliament on Thursday by 89 votes to 84. [2.1]", S2, "S"),
("Prime Minister Leila Haddad lost a confidence vote in parliament on Thursday by 89 votes to 84. [2.1]", S2, "R"),  # antonym
("Prime Minister Leila Haddad survived a confidence vote in parliament on Thursday by 98 votes to 84. [2.1]", S2, "R"),  # number
("Three Centre Party members abstained over concerns about the pension reform. [2.2]", S2, "S"),
("Three members of her own Centre Party voted against her, citing concerns over the pension reform. [2.2]", S2, "R"),  # abstained -> voted against
("All members of her Centre Party abstained, citing concerns over the pension reform. [2.2]", S2, "R"),  # quantifier
("Opposition leader Marcus Feld said the vote showed the government had lost its moral authority. [2.3]", S2, "S"),
("Haddad said the result showed the government had lost its moral authority. [2.3]", S2, "R"),  # speaker swap
("Marcus Feld, the opposition leader, said the government had lost its legal authority. [2.3]", S2, "R"),  # moral -> legal
("Haddad told reporters she would not call an early election. [2.4]", S2, "S"),
("Haddad told reporters she would call an early election. [2.4]", S2, "R"),  # negation dropped
("Haddad said she would not call a snap election. [2.4]", S2, "S"),
("The pension reform would lift the retirement age from 65 to 67 over ten years. [2.5]", S2, "S"),
("The pension reform will raise the retirement age from 65 to 67 over a decade. [2.5]", S2, "R"),  # would -> will (hedge)
("The pension reform would raise the retirement age from 65 to 68 over a decade. [2.5]", S2, "R"),  # number
("Unions have announced a one-day general strike for next Monday. [2.6]", S2, "S"),
("Trade unions have announced a two-day general strike for next Monday. [2.6]", S2, "R"),  # one -> two
("Trade unions have announced a one-day general strike for next Monday in protest at the pension reform. [2.6]", S2, "R"),  # invented reason
("Haddad survived the vote even though three members of her own party abstained. [2.1][2.2]", S2, "S"),
]
PROBES += [
("The Greens would not give up their call for a carbon tax on aviation, according to Hanna Voss. [1.2]", S1, "S"),
("A caretaker minister warned that the budget might be delayed until March. [1.7]", S1, "S"),
("The retirement age would rise to 67 under the pension reform. [2.5]", S2, "S"),
("Opposition leader Marcus Feld said the government had lost its moral authority. [2.3]", S2, "S"),
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
