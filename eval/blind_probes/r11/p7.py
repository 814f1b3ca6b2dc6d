A = ("The Competition Authority fined supermarket chain FreshWay 48 million euros on Wednesday for colluding with two suppliers to fix the price of dairy products. "
"The authority said the scheme ran from 2019 to 2022 and raised prices for consumers by an estimated 6 percent. "
"FreshWay said it disagreed with the decision and would appeal. "
"One of the suppliers, Meadow Farms, received a reduced fine of 3 million euros because it had cooperated with the investigation. "
"The other supplier, Kelby Dairies, was not fined because it had reported the scheme to the authority. "
"The authority's head, Jonas Berg, said the case showed that price fixing would be punished severely.")
B = ("A civil court in Arnstadt ordered construction firm Holt & Lind to pay 2.4 million euros in damages to the owners of a collapsed apartment block. "
"Judge Maria Santos ruled that the firm had used substandard concrete in the building's foundations. "
"The court rejected the firm's argument that flooding in 2021 had caused the collapse. "
"No one was hurt when the block collapsed in March 2023, because residents had been evacuated days earlier. "
"Holt & Lind's lawyer, Peter Voss, said the firm was considering an appeal. "
"The owners had originally sought 5 million euros.")
S = [A, B]
PROBES = [
("The Competition Authority imposed a 48 million euro fine on FreshWay on Wednesday for fixing dairy prices with two suppliers. [1.1]", S, "S"),
("FreshWay was fined 48 million euros by the Competition Authority for colluding with two suppliers on dairy prices. [1.1]", S, "S"),
("The Competition Authority fined FreshWay 84 million euros on Wednesday. [1.1]", S, "R"),  # number
("The Competition Authority fined FreshWay for colluding with three suppliers. [1.1]", S, "R"),  # number
("The Competition Authority fined FreshWay for fixing the price of meat products. [1.1]", S, "R"),  # product swap
("The authority said the scheme operated between 2019 and 2022. [1.2]", S, "S"),
("According to the authority, the scheme pushed consumer prices up by an estimated 6 percent. [1.2]", S, "S"),
("The authority said the scheme raised consumer prices by 6 percent. [1.2]", S, "R"),  # estimate -> exact
("The authority said the scheme ran from 2018 to 2022. [1.2]", S, "R"),  # year
("The authority said the scheme lowered prices for consumers. [1.2]", S, "R"),  # antonym
("FreshWay said it disagreed with the ruling and would challenge it. [1.3]", S, "S"),
("FreshWay said it would appeal against the decision, which it disputed. [1.3]", S, "S"),
("FreshWay said it accepted the decision. [1.3]", S, "R"),  # antonym
("FreshWay said it had appealed. [1.3]", S, "R"),  # would appeal -> had appealed
("Meadow Farms got a reduced fine of 3 million euros for cooperating with the investigation. [1.4]", S, "S"),
("Supplier Meadow Farms' fine was cut to 3 million euros because it cooperated with investigators. [1.4]", S, "S"),
("Meadow Farms received a reduced fine of 3 million euros because it had reported the scheme. [1.4]", S, "R"),  # reason swap
("Meadow Farms received a reduced fine of 30 million euros. [1.4]", S, "R"),  # number
("Kelby Dairies escaped a fine because it had reported the scheme to the authority. [1.5]", S, "S"),
("Kelby Dairies was fined because it had reported the scheme. [1.5]", S, "R"),  # negation dropped
("Kelby Dairies was not fined because it had cooperated with the investigation. [1.4][1.5]", S, "R"),  # reason from other sentence
("Jonas Berg said the case showed price fixing would be severely punished. [1.6]", S, "S"),
("The authority's head said price fixing would be punished severely. [1.6]", S, "S"),
("FreshWay's head, Jonas Berg, said price fixing would be punished severely. [1.6]", S, "R"),  # role swap
("Jonas Berg said price fixing would be punished leniently. [1.6]", S, "R"),  # antonym
("An Arnstadt civil court ordered Holt & Lind to pay 2.4 million euros in damages to the owners of a collapsed apartment block. [2.1]", S, "S"),
("A court told construction firm Holt & Lind to pay the owners of a collapsed block 2.4 million euros. [2.1]", S, "S"),
("A civil court in Arnstadt ordered Holt & Lind to pay 4.2 million euros in damages. [2.1]", S, "R"),  # number
("Holt & Lind paid 2.4 million euros in damages to the owners of a collapsed apartment block. [2.1]", S, "R"),  # ordered -> paid
("A criminal court in Arnstadt ordered Holt & Lind to pay damages. [2.1]", S, "R"),  # civil -> criminal
("Holt & Lind must pay 2.4 million euros in damages, a civil court in Arnstadt ruled. [2.1]", S, "S"),
("Judge Maria Santos found that the firm had used substandard concrete in the foundations. [2.2]", S, "S"),
("Judge Maria Santos ruled that the firm had used substandard steel in the building's foundations. [2.2]", S, "R"),  # material swap
("Judge Maria Santos ruled that the firm had used substandard concrete in the building's roof. [2.2]", S, "R"),  # part swap
("The court dismissed the firm's claim that 2021 flooding caused the collapse. [2.3]", S, "S"),
("The court accepted the firm's argument that flooding in 2021 had caused the collapse. [2.3]", S, "R"),  # antonym
("The court ruled that flooding in 2021 had caused the collapse. [2.3]", S, "R"),  # negation lost
("Nobody was injured when the block collapsed in March 2023, as residents had been evacuated days before. [2.4]", S, "S"),
("Several residents were hurt when the block collapsed in March 2023. [2.4]", S, "R"),  # negation
("No one was hurt when the block collapsed in May 2023. [2.4]", S, "R"),  # month
("Peter Voss, the firm's lawyer, said Holt & Lind was weighing an appeal. [2.5]", S, "S"),
("Peter Voss said the firm would appeal. [2.5]", S, "R"),  # considering -> would
("Judge Maria Santos said the firm was considering an appeal. [2.2][2.5]", S, "R"),  # speaker swap
("The owners had initially claimed 5 million euros. [2.6]", S, "S"),
("The owners had originally sought 5 million euros and were awarded less than half of that. [2.1][2.6]", S, "S"),
]
