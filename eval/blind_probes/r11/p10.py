A = ("Floods hit the river town of Kaleva on Saturday after three days of heavy rain. "
"The regional fire service said it had rescued 63 people from flooded homes. "
"About 1,200 households were left without power. "
"Mayor Paula Lind said the town's flood barriers had been overwhelmed. "
"The weather service issued a red warning for the Kaleva area on Friday evening.")
B = ("The government will give 15 million euros in emergency aid to towns hit by the floods, Interior Minister Erik Sand said on Sunday. "
"Sand visited Kaleva and met residents at an evacuation centre. "
"He said the money would be used to repair roads and bridges. "
"Opposition politicians said the government had ignored warnings about the condition of the flood barriers. "
"Power was restored to most homes in Kaleva by Sunday night.")
C = ("Insurers estimate that the floods caused damage worth around 90 million euros. "
"The Insurance Association said claims had already reached 4,000 by Monday. "
"Its director, Hanna Oja, said many small businesses did not have flood cover.")
S = [A, B, C]
PROBES = [
("Kaleva flooded on Saturday after three days of heavy rain, and the fire service rescued 63 people. [1.1][1.2]", S, "S"),
("About 1,200 households lost power, and power was restored to most homes in Kaleva by Sunday night. [1.3][2.5]", S, "S"),
("Floods hit Kaleva on Saturday after five days of heavy rain. [1.1][2.1]", S, "R"),  # number
("The regional fire service rescued 63 people, and the government promised 15 million euros in aid. [1.2][2.1]", S, "S"),
("The regional fire service said it had rescued 63 people and would repair roads and bridges. [1.2][2.3]", S, "R"),  # agent joined to another's event
("Interior Minister Erik Sand said the fire service had rescued 63 people. [1.2][2.1]", S, "R"),  # speaker swap
("The fire service rescued 36 people from flooded homes in Kaleva. [1.1][1.2]", S, "R"),  # number
("Mayor Paula Lind said the flood barriers had been overwhelmed, while opposition politicians said warnings about them had been ignored. [1.4][2.4]", S, "S"),
("Mayor Paula Lind said the flood barriers in Kaleva had been overwhelmed. [1.1][1.4]", S, "S"),
("Mayor Paula Lind said the government had ignored warnings about the flood barriers. [1.4][2.4]", S, "R"),  # speaker swap across sources
("Opposition politicians said the town's flood barriers had been overwhelmed. [1.4][2.4]", S, "R"),  # speaker swap
("Interior Minister Erik Sand said the government would provide 15 million euros in emergency aid and use it to repair roads and bridges. [2.1][2.3]", S, "R"),  # CORRECTED after run: claim makes the government the user of the money; [2.3] says only "the money would be used" (no agent)
("Erik Sand said the government would give 15 million euros in emergency aid to flood-hit towns. [2.1]", S, "S"),
("Erik Sand said the government would give 50 million euros in emergency aid. [2.1]", S, "R"),  # number
("Mayor Paula Lind said the government would give 15 million euros in emergency aid. [1.4][2.1]", S, "R"),  # speaker swap
("The government has given 15 million euros to Kaleva. [1.1][2.1]", S, "R"),  # will give -> has given; towns -> Kaleva
("The weather service issued a red warning for Kaleva on Friday evening, the day before the floods. [1.1][1.5]", S, "S"),
("The weather service issued an amber warning for the Kaleva area on Friday evening. [1.5]", S, "R"),  # colour
("The weather service issued a red warning for the Kaleva area on Saturday evening. [1.1][1.5]", S, "R"),  # day from other sentence
("Sand visited Kaleva on Sunday and met residents at an evacuation centre. [2.1][2.2]", S, "R"),  # date: Sunday is when he spoke, visit undated
("Interior Minister Erik Sand visited Kaleva and met residents at an evacuation centre. [2.1][2.2]", S, "S"),
("Sand met rescue workers at an evacuation centre. [2.2]", S, "R"),  # residents -> rescue workers
("Sand said the aid would pay for repairs to roads and bridges. [2.2][2.3]", S, "S"),
("Sand said the money would be used to repair homes. [2.2][2.3]", S, "R"),  # object swap
("Sand said the money would be used to repair roads and bridges and to rebuild the flood barriers. [2.2][2.3]", S, "R"),  # hallucinated clause
("Opposition politicians accused the government of ignoring warnings about the flood barriers. [2.4]", S, "S"),
("The government admitted it had ignored warnings about the flood barriers. [2.4]", S, "R"),  # agent swap
("Power came back to most Kaleva homes by Sunday night. [2.5]", S, "S"),
("Power was restored to all homes in Kaleva by Sunday night. [2.5]", S, "R"),  # most -> all
("Power was restored to most of the 1,200 households by Saturday night. [1.3][2.5]", S, "R"),  # day swap
("Insurers put the flood damage at about 90 million euros, and claims had reached 4,000 by Monday. [3.1][3.2]", S, "S"),
("Insurers estimate the floods caused damage of roughly 90 million euros. [3.1]", S, "S"),
("Insurers said the floods caused damage worth exactly 90 million euros. [3.1]", S, "R"),  # estimate/approx -> exact
("Insurers estimate that the floods caused damage worth around 19 million euros. [3.1]", S, "R"),  # number
("The Insurance Association said 4,000 claims had been filed by Monday. [3.2]", S, "S"),
("The Insurance Association said claims had reached 4,000 by Sunday. [2.5][3.2]", S, "R"),  # day
("The Insurance Association said 4,000 households had lost power. [1.3][3.2]", S, "R"),  # pooled wrongly
("Hanna Oja, director of the Insurance Association, said many small businesses lacked flood cover. [3.2][3.3]", S, "S"),
("Hanna Oja said all small businesses lacked flood cover. [3.3]", S, "R"),  # many -> all
("Mayor Paula Lind said many small businesses did not have flood cover. [1.4][3.3]", S, "R"),  # speaker swap
("Hanna Oja said many small businesses had flood cover. [3.3]", S, "R"),  # negation dropped
("The government's 15 million euros in aid is far less than the roughly 90 million euros of damage insurers estimate. [2.1][3.1]", S, "S"),
("Floods hit Kaleva on Saturday, and about 1,200 households were left without power. [1.1][1.3]", S, "S"),
("Interior Minister Erik Sand said 1,200 households were without power. [1.3][2.1]", S, "R"),  # speaker attached to unattributed fact
]
