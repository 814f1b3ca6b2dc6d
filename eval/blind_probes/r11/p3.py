A = ("About 4,500 bus drivers in Greyport walked off the job on Monday in a dispute over pay and shift patterns. "
"The Transport Workers Union said its members had rejected a 4 percent pay offer from the city's transit authority. "
"Union secretary Liam Okafor said the strike would last at least five days unless the authority returned to talks. "
"The transit authority said it had cancelled nearly all bus services and urged commuters to use trains. "
"Authority chairwoman Helen Marsh called the walkout unnecessary and said the offer was fair. "
"Commuter rail services were not affected by the strike. "
"A labour court has appointed a mediator, who is expected to meet both sides on Thursday.")
B = ("Nurses at three hospitals in the Velden region staged a 24-hour strike on Wednesday. "
"The nurses' union, NVZ, is demanding a 9 percent raise and more staff on night shifts. "
"Hospital managers said emergency care continued as normal during the strike. "
"Planned operations were postponed at two of the three hospitals. "
"Health minister Ruth Adler said she would not negotiate while strikes continued. "
"The union has threatened further walkouts in January if no agreement is reached.")
S = [A, B]
PROBES = [
("Around 4,500 Greyport bus drivers went on strike on Monday over pay and shifts. [1.1]", S, "S"),
("About 4,500 bus drivers in Greyport stopped work on Monday in a row over pay and shift patterns. [1.1]", S, "S"),
("About 5,400 bus drivers in Greyport walked off the job on Monday. [1.1]", S, "R"),  # number
("About 4,500 bus drivers in Greyport walked off the job on Monday in a dispute over pensions. [1.1]", S, "R"),  # reason swap
("Exactly 4,500 bus drivers in Greyport walked off the job on Monday. [1.1]", S, "R"),  # about -> exactly
("About 4,500 train drivers in Greyport walked off the job on Monday. [1.1]", S, "R"),  # sibling
("The Transport Workers Union said its members had turned down a 4 percent pay offer. [1.2]", S, "S"),
("According to the Transport Workers Union, members rejected the transit authority's 4 percent pay offer. [1.2]", S, "S"),
("The Transport Workers Union said its members had accepted a 4 percent pay offer. [1.2]", S, "R"),  # antonym
("The Transport Workers Union said its members had rejected a 6 percent pay offer. [1.2]", S, "R"),  # number
("The transit authority said union members had rejected a 4 percent pay offer. [1.2]", S, "R"),  # speaker swap
("Liam Okafor said the strike would continue for at least five days unless talks resumed. [1.3]", S, "S"),
("Union secretary Liam Okafor warned the walkout would last at least five days if the authority did not return to talks. [1.3]", S, "S"),
("Liam Okafor said the strike would last five days. [1.3]", S, "R"),  # at least dropped + condition dropped
("Liam Okafor said the strike would last at least five weeks unless the authority returned to talks. [1.3]", S, "R"),  # unit
("Helen Marsh said the strike would last at least five days unless the authority returned to talks. [1.3]", S, "R"),  # speaker swap
("The transit authority said it had cancelled almost all bus services. [1.4]", S, "S"),
("The transit authority called off nearly all bus services and advised commuters to take trains. [1.4]", S, "S"),
("The transit authority said it had cancelled all bus services. [1.4]", S, "R"),  # nearly dropped
("The transit authority said it had cancelled nearly all train services and urged commuters to use buses. [1.4]", S, "R"),  # swap
("Helen Marsh described the walkout as unnecessary and defended the offer as fair. [1.5]", S, "S"),
("Authority chairwoman Helen Marsh said the offer was fair. [1.5]", S, "S"),
("Helen Marsh called the walkout justified. [1.5]", S, "R"),  # antonym
("Union secretary Helen Marsh called the walkout unnecessary. [1.5]", S, "R"),  # role swap
("Helen Marsh said the offer was fair and would be improved. [1.5]", S, "R"),  # hallucinated clause
("Commuter rail services were unaffected by the strike. [1.6]", S, "S"),
("Rail services were not affected by the strike. [1.6]", S, "R"),  # modifier of denied subject dropped -> says more
("Commuter rail services were affected by the strike. [1.6]", S, "R"),  # negation dropped
("A labour court has named a mediator, who is expected to meet both parties on Thursday. [1.7]", S, "S"),
("A mediator appointed by a labour court is due to meet both sides on Thursday. [1.7]", S, "S"),
("The transit authority has appointed a mediator. [1.7]", S, "R"),  # agent swap
("A mediator met both sides on Thursday. [1.7]", S, "R"),  # expected -> did
("Nurses at three Velden hospitals held a 24-hour strike on Wednesday. [2.1]", S, "S"),
("Nurses at four hospitals in the Velden region staged a 24-hour strike on Wednesday. [2.1]", S, "R"),  # number
("The NVZ union wants a 9 percent pay rise and more night-shift staff. [2.2]", S, "S"),
("The nurses' union, NVZ, is demanding a 9 percent raise and fewer night shifts. [2.2]", S, "R"),  # hallucinated / changed
("Hospital managers said emergency care carried on as usual during the strike. [2.3]", S, "S"),
("Hospital managers said emergency care was disrupted during the strike. [2.3]", S, "R"),  # opposite
("Planned operations were postponed at two of the three hospitals. [2.4]", S, "S"),
("Planned operations were postponed at all three hospitals. [2.4]", S, "R"),  # quantifier
("Ruth Adler said she would not negotiate while the strikes went on. [2.5]", S, "S"),
("Health minister Ruth Adler said she would negotiate while strikes continued. [2.5]", S, "R"),  # negation dropped
("The union has threatened more walkouts in January if there is no deal. [2.6]", S, "S"),
("The union has called further walkouts in January. [2.6]", S, "R"),  # threat -> done, condition dropped
("The union has threatened further walkouts in February if no agreement is reached. [2.6]", S, "R"),  # month
]
