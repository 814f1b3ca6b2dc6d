A = ("St. Aldric Hospital in Morwen will close its maternity ward at the end of May, the regional health board said on Friday. "
"The board said the ward had struggled to recruit midwives and had been run by temporary staff since 2023. "
"Expectant mothers will be referred to Carrow General Hospital, about 40 kilometres away. "
"Local councillor Aisha Bello said the decision would put women and babies at risk. "
"The board said no other services at St. Aldric would be affected. "
"A petition against the closure has gathered more than 12,000 signatures.")
B = ("The government announced that waiting lists for hip and knee operations had fallen by 8 percent over the past year. "
"Health secretary Owen Price said the improvement was the result of extra weekend surgery. "
"However, the number of patients waiting more than 18 months rose slightly, to 3,412. "
"The Royal College of Surgeons said the figures were encouraging but warned that staff shortages could reverse the progress. "
"Price promised to open four new surgical centres by 2028. "
"Hospitals in the north still have the longest waits in the country.")
S = [A, B]
PROBES = [
("The regional health board said St. Aldric Hospital would shut its maternity ward at the end of May. [1.1]", S, "S"),
("St. Aldric Hospital's maternity ward will close at the end of May, according to the regional health board. [1.1]", S, "S"),
("St. Aldric Hospital will close its maternity ward at the end of June. [1.1]", S, "R"),  # month
("St. Aldric Hospital has closed its maternity ward. [1.1]", S, "R"),  # future -> past
("St. Aldric Hospital will close its cancer ward at the end of May. [1.1]", S, "R"),  # ward swap
("The regional health board said on Monday that St. Aldric would close its maternity ward. [1.1]", S, "R"),  # weekday
("The board said the ward had had trouble recruiting midwives. [1.2]", S, "S"),
("According to the board, the ward had relied on temporary staff since 2023. [1.2]", S, "S"),
("The board said the ward had struggled to recruit nurses. [1.2]", S, "R"),  # sibling
("The board said the ward had been run by temporary staff since 2021. [1.2]", S, "R"),  # year
("The board said the ward had been run by permanent staff since 2023. [1.2]", S, "R"),  # antonym
("Expectant mothers will be sent to Carrow General Hospital, roughly 40 kilometres away. [1.3]", S, "S"),
("Expectant mothers will be referred to Carrow General Hospital, about 40 miles away. [1.3]", S, "R"),  # unit
("Expectant mothers will be referred to Carrow General Hospital, exactly 40 kilometres away. [1.3]", S, "R"),  # approx -> exact
("Aisha Bello said the decision would endanger women and babies. [1.4]", S, "S"),
("Local councillor Aisha Bello warned the decision would put women and babies at risk. [1.4]", S, "S"),
("Aisha Bello said the decision could put women and babies at risk. [1.4]", S, "S"),  # weaker hedge is fine
("Aisha Bello said the decision had already harmed women and babies. [1.4]", S, "R"),  # hallucinated/strengthened
("The regional health board said the decision would put women and babies at risk. [1.4]", S, "R"),  # speaker swap
("Local doctor Aisha Bello said the decision would put women and babies at risk. [1.4]", S, "R"),  # role swap
("The board said no other services at St. Aldric would be affected. [1.5]", S, "S"),
("The board said other services at St. Aldric would be affected. [1.5]", S, "R"),  # negation dropped
("A petition opposing the closure has collected over 12,000 signatures. [1.6]", S, "S"),
("A petition against the closure has gathered 12,000 signatures. [1.6]", S, "R"),  # bound dropped
("A petition against the closure has gathered more than 21,000 signatures. [1.6]", S, "R"),  # number
("The government said waiting lists for hip and knee operations had dropped 8 percent over the past year. [2.1]", S, "S"),
("Waiting lists for hip and knee surgery were 8 percent shorter than a year earlier, the government said. [2.1]", S, "S"),
("The government announced that waiting lists for hip and knee operations had risen by 8 percent. [2.1]", S, "R"),  # antonym
("The government announced that waiting lists for all operations had fallen by 8 percent. [2.1]", S, "R"),  # widened
("Owen Price attributed the improvement to additional weekend surgery. [2.2]", S, "S"),
("Health secretary Owen Price said the improvement was the result of new surgical centres. [2.2]", S, "R"),  # cause swap
("The Royal College of Surgeons said the improvement was the result of extra weekend surgery. [2.2]", S, "R"),  # speaker swap
("The number of patients waiting more than 18 months rose slightly to 3,412. [2.3]", S, "S"),
("Slightly more patients, 3,412, have now waited over 18 months. [2.3]", S, "S"),
("The number of patients waiting more than 18 months fell slightly, to 3,412. [2.3]", S, "R"),  # antonym
("The number of patients waiting more than 12 months rose slightly, to 3,412. [2.3]", S, "R"),  # number
("The Royal College of Surgeons called the figures encouraging. [2.4]", S, "S"),
("The Royal College of Surgeons warned that staff shortages might undo the progress. [2.4]", S, "S"),
("The Royal College of Surgeons warned that staff shortages would reverse the progress. [2.4]", S, "R"),  # could -> would
("The Royal College of Surgeons called the figures disappointing. [2.4]", S, "R"),  # antonym
("Price pledged to open four new surgical centres by 2028. [2.5]", S, "S"),
("Price opened four new surgical centres. [2.5]", S, "R"),  # promise -> done
("Price promised to open five new surgical centres by 2028. [2.5]", S, "R"),  # number
("Hospitals in the north still have the longest waiting times in the country. [2.6]", S, "S"),
("Hospitals in the south still have the longest waits in the country. [2.6]", S, "R"),  # antonym place
]
