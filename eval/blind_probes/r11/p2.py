A = ("Corvex Systems unveiled its first foldable smartphone, the Corvex Fold, at an event in San Jose on Tuesday. "
"The device will go on sale in the United States on March 14 at a price of $1,499. "
"Chief executive Priya Nair said the company had spent four years developing the hinge. "
"Corvex shares rose 3 percent after the announcement. "
"Analyst Mark Delgado of Brightline Research said the phone could struggle against cheaper rivals from Asia. "
"The company did not say when the phone would be available in Europe.")
B = ("Lumina Software reported quarterly revenue of $3.2 billion, up 12 percent from a year earlier. "
"Net income fell to $410 million as the company increased spending on data centres. "
"Lumina said it plans to hire about 2,000 engineers next year, mostly in India and Poland. "
"Chief financial officer Dana Ruiz told analysts that cloud sales grew faster than expected. "
"The company also announced that it would stop selling its older Desktop Suite product in June. "
"Lumina's rival Archway reported a loss for the same quarter.")
S = [A, B]
PROBES = [
("Corvex Systems introduced its first foldable phone, the Corvex Fold, in San Jose on Tuesday. [1.1]", S, "S"),
("The Corvex Fold, the company's first foldable smartphone, was unveiled at an event in San Jose. [1.1]", S, "S"),
("Corvex Systems unveiled its second foldable smartphone on Tuesday. [1.1]", S, "R"),  # ordinal
("Corvex Systems unveiled its first foldable smartphone at an event in San Francisco. [1.1]", S, "R"),  # place
("Corvex Systems unveiled its first foldable tablet on Tuesday. [1.1]", S, "R"),  # sibling
("The device will be sold in the US from March 14 for $1,499. [1.2]", S, "S"),
("The device will cost $1,499 when it goes on sale in the United States. [1.2]", S, "S"),
("The device went on sale in the United States on March 14. [1.2]", S, "R"),  # future -> past
("The device will go on sale in the United States on March 14 at a price of $1,299. [1.2]", S, "R"),  # number
("The device will go on sale worldwide on March 14. [1.2]", S, "R"),  # widened
("Priya Nair said the company had spent four years developing the hinge. [1.3]", S, "S"),
("According to chief executive Priya Nair, development of the hinge took the company four years. [1.3]", S, "S"),
("Priya Nair said the company had spent six years developing the hinge. [1.3]", S, "R"),  # number
("Analyst Mark Delgado said the company had spent four years developing the hinge. [1.3]", S, "R"),  # speaker swap
("Priya Nair said the company had spent four years developing the screen. [1.3]", S, "R"),  # object swap
("Corvex shares gained 3 percent following the announcement. [1.4]", S, "S"),
("Corvex shares fell 3 percent after the announcement. [1.4]", S, "R"),  # antonym
("Mark Delgado of Brightline Research said the phone might struggle against cheaper Asian rivals. [1.5]", S, "S"),
("An analyst warned the phone could have difficulty competing with cheaper rivals from Asia. [1.5]", S, "S"),
("Mark Delgado said the phone would struggle against cheaper rivals from Asia. [1.5]", S, "R"),  # could -> would
("Priya Nair said the phone could struggle against cheaper rivals from Asia. [1.5]", S, "R"),  # speaker swap
("Mark Delgado said the phone could struggle against more expensive rivals from Asia. [1.5]", S, "R"),  # antonym
("The company did not say when the phone would reach Europe. [1.6]", S, "S"),
("Corvex said the phone would be available in Europe in April. [1.6]", S, "R"),  # negation dropped + hallucinated
("Brightline Research said the phone would be available in Europe later this year. [1.5][1.6]", S, "R"),  # hallucinated; negation dropped
("Lumina Software posted quarterly revenue of $3.2 billion, a 12 percent increase on the previous year. [2.1]", S, "S"),
("Lumina's quarterly revenue rose 12 percent year on year to $3.2 billion. [2.1]", S, "S"),
("Lumina Software reported quarterly revenue of $3.2 billion, down 12 percent from a year earlier. [2.1]", S, "R"),  # antonym
("Lumina Software reported annual revenue of $3.2 billion. [2.1]", S, "R"),  # quarterly -> annual
("Net income declined to $410 million as the company spent more on data centres. [2.2]", S, "S"),
("Net income rose to $410 million as the company increased spending on data centres. [2.2]", S, "R"),  # antonym
("Net income fell to $410 million because cloud sales slowed. [2.2]", S, "R"),  # invented cause
("Lumina plans to hire roughly 2,000 engineers next year, mainly in India and Poland. [2.3]", S, "S"),
("Lumina said it intends to recruit about 2,000 engineers next year. [2.3]", S, "S"),
("Lumina hired about 2,000 engineers, mostly in India and Poland. [2.3]", S, "R"),  # plan -> did
("Lumina said it plans to hire about 2,000 engineers next year, mostly in India and Brazil. [2.3]", S, "R"),  # place
("Lumina said it plans to hire exactly 2,000 engineers next year. [2.3]", S, "R"),  # approx -> exact
("Dana Ruiz told analysts that cloud sales had grown faster than expected. [2.4]", S, "S"),
("The chief financial officer said cloud sales grew more quickly than anticipated. [2.4]", S, "S"),
("Dana Ruiz told analysts that cloud sales grew slower than expected. [2.4]", S, "R"),  # antonym
("Chief executive Dana Ruiz told analysts that cloud sales grew faster than expected. [2.4]", S, "R"),  # role swap
("The company said it would discontinue sales of its older Desktop Suite product in June. [2.5]", S, "S"),
("The company said it would stop selling its older Desktop Suite product in July. [2.5]", S, "R"),  # month
("Lumina reported a loss for the quarter. [2.6]", S, "R"),  # owner swap: Archway
("Lumina's rival Archway posted a quarterly loss. [2.6]", S, "S"),
]
