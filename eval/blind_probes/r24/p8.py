# Domain: a multi-document brief: two outlets on one airport expansion decision
S1 = " ".join([
    "The government on Thursday approved plans for a second runway at Bristol Airport, overturning a council decision from 2023.",
    "Transport Secretary Hannah Weller said the £1.9bn project would create around 4,000 jobs and boost the regional economy.",
    "The expansion would allow the airport to handle up to 20 million passengers a year, up from 9 million.",
    "Construction is expected to begin in 2027, with the runway opening no earlier than 2032.",
    "North Somerset Council said it was \"deeply disappointed\" and was considering a legal challenge.",
    "Campaign group Stop Bristol Expansion said the runway would add 1.2 million tonnes of carbon dioxide a year.",
    "The airport's chief executive, Paul Marden, said the decision was \"a vote of confidence in the South West\".",
])
S2 = " ".join([
    "Ministers have given the green light to a new runway at Bristol Airport despite fierce local opposition.",
    "The decision, announced on Thursday by Transport Secretary Hannah Weller, reverses a refusal by North Somerset Council.",
    "Weller said the scheme would meet strict environmental conditions, including a cap on night flights.",
    "Night flights will be limited to 3,000 a year, according to documents published alongside the decision.",
    "Local MP Sarah Pennock, whose constituency borders the airport, said residents had been \"ignored\".",
    "Environmental groups have argued that the expansion is incompatible with the UK's legally binding net zero target.",
    "The airport had originally sought permission to build the runway by 2030 but has since revised its timetable.",
    "A public inquiry in 2024 heard evidence from more than 200 witnesses.",
])
SRC = [S1, S2]
PROBES = [
("The government gave the go-ahead on Thursday for a second runway at Bristol Airport, reversing a 2023 council decision [1.1].", SRC, "S"),  # paraphrase
("Ministers approved a new Bristol Airport runway on Thursday, overriding North Somerset Council's refusal [1.1, 2.2].", SRC, "S"),  # merge across sources
("The government approved a second runway at Bristol Airport on Wednesday [1.1].", SRC, "R"),  # weekday
("The government approved a second runway at Bristol Airport, upholding a council decision from 2023 [1.1].", SRC, "R"),  # overturning -> upholding
("The government approved a second runway at Bristol Airport, overturning a council decision from 2023 [2.1].", SRC, "R"),  # 2.1 has no 2023 / second / Thursday; wrong sentence
("The council decision overturned by ministers was made in 2023 [1.1, 2.2].", SRC, "S"),  # merge
("North Somerset Council's refusal was overturned by a public inquiry in 2024 [2.2, 2.8].", SRC, "R"),  # inquiry didn't overturn; ministers did
("Hannah Weller, the transport secretary, said the £1.9bn scheme would generate about 4,000 jobs and lift the regional economy [1.2].", SRC, "S"),  # paraphrase
("Hannah Weller said the £1.9bn project would create around 40,000 jobs [1.2].", SRC, "R"),  # number
("Hannah Weller said the £1.9bn project had already created around 4,000 jobs [1.2].", SRC, "R"),  # tense
("Paul Marden said the £1.9bn project would create around 4,000 jobs [1.2].", SRC, "R"),  # wrong speaker
("Hannah Weller said the £1.9bn project would create around 4,000 jobs [2.3].", SRC, "R"),  # wrong sentence cited
("With the expansion, the airport could handle as many as 20 million passengers annually, compared with 9 million now [1.3].", SRC, "S"),  # paraphrase
("The expansion would more than double the number of passengers the airport can handle each year [1.3].", SRC, "S"),  # 20m vs 9m: more than double
("The expansion would allow the airport to handle at least 20 million passengers a year [1.3].", SRC, "R"),  # up to -> at least
("The expansion will bring 20 million passengers a year to the airport [1.3].", SRC, "R"),  # capacity -> actual; would -> will
("Building work is expected to start in 2027, and the runway will not open before 2032 [1.4].", SRC, "S"),  # paraphrase
("The runway is due to open in 2032 [1.4].", SRC, "R"),  # no earlier than -> due in
("Construction is expected to begin in 2027, with the runway opening by 2030 [1.4, 2.7].", SRC, "R"),  # 2030 was original target, since revised
("The airport has pushed back its runway timetable from an original target of 2030, with opening now no earlier than 2032 [1.4, 2.7].", SRC, "S"),  # merge across sources
("Construction began in 2027 [1.4].", SRC, "R"),  # expected -> did
("North Somerset Council described itself as \"deeply disappointed\" and said it was weighing up a legal challenge [1.5].", SRC, "S"),  # paraphrase
("The council that had refused the plans said it was deeply disappointed and might go to court [1.5, 2.2].", SRC, "S"),  # merge; considering legal challenge -> might go to court
("North Somerset Council said it would launch a legal challenge [1.5].", SRC, "R"),  # considering -> would launch
("North Somerset Council said it was \"bitterly disappointed\" [1.5].", SRC, "R"),  # altered quote
("Stop Bristol Expansion, a campaign group, said the new runway would generate an additional 1.2 million tonnes of CO2 annually [1.6].", SRC, "S"),  # paraphrase
("Campaigners claim the runway would add 1.2m tonnes of carbon dioxide each year [1.6].", SRC, "S"),  # paraphrase
("Stop Bristol Expansion said the runway would add 1.2 million tonnes of carbon dioxide over a decade [1.6].", SRC, "R"),  # a year -> a decade
("The government accepted that the runway would add 1.2 million tonnes of carbon dioxide a year [1.6].", SRC, "R"),  # wrong source of claim
("Paul Marden, the airport's chief executive, called the approval a vote of confidence in the South West [1.7].", SRC, "S"),  # paraphrase
("Paul Marden said the decision was \"a vote of confidence in Bristol\" [1.7].", SRC, "R"),  # altered quote/scope
("Ministers backed the new runway in the face of strong local opposition [2.1].", SRC, "S"),  # paraphrase
("Ministers approved the new runway after local opposition faded [2.1].", SRC, "R"),  # "despite fierce opposition" -> faded
("Hannah Weller announced on Thursday that a refusal by North Somerset Council had been reversed [2.2].", SRC, "S"),  # paraphrase
("The decision was announced on Thursday by Paul Marden [2.2].", SRC, "R"),  # wrong announcer
("Weller said the scheme would comply with strict environmental conditions, among them a limit on night flights [2.3].", SRC, "S"),  # paraphrase
("Weller said the scheme would meet strict environmental conditions, including a ban on night flights [2.3].", SRC, "R"),  # cap -> ban
("Documents released with the decision show night flights will be capped at 3,000 a year [2.4].", SRC, "S"),  # paraphrase
("No more than 3,000 night flights a year will be permitted, documents published with the decision show [2.4].", SRC, "S"),  # paraphrase
("Night flights will be limited to 3,000 a year, Weller told Parliament [2.3, 2.4].", SRC, "R"),  # figure came from documents, not Weller to Parliament
("Sarah Pennock, the local MP whose seat borders the airport, said residents had been ignored [2.5].", SRC, "S"),  # paraphrase
("Local MP Sarah Pennock, whose constituency includes the airport, said residents had been \"ignored\" [2.5].", SRC, "R"),  # borders -> includes
("Sarah Pennock said residents had been consulted [2.5].", SRC, "R"),  # antonym
("Environmental campaigners have argued the expansion cannot be squared with the UK's legally binding net zero goal [2.6].", SRC, "S"),  # paraphrase
("Environmental groups have shown that the expansion breaches the UK's net zero target [2.6].", SRC, "R"),  # argued -> shown/breaches
("The government has admitted that the expansion is incompatible with the net zero target [2.6].", SRC, "R"),  # wrong party
("The airport initially wanted the runway built by 2030 but has since changed its schedule [2.7].", SRC, "S"),  # paraphrase
("More than 200 witnesses gave evidence to a 2024 public inquiry [2.8].", SRC, "S"),  # paraphrase
("A public inquiry in 2024 heard evidence from about 200 witnesses [2.8].", SRC, "R"),  # more than -> about
("Weller said the £1.9bn runway would create about 4,000 jobs and come with strict environmental conditions such as a night-flight cap [1.2, 2.3].", SRC, "S"),  # merge across sources
("Campaigners say the runway would add 1.2 million tonnes of CO2 a year and clash with the UK's net zero target [1.6, 2.6].", SRC, "S"),  # merge: campaign group + environmental groups -> campaigners
("The council is considering a legal challenge, and the local MP said residents had been ignored [1.5, 2.5].", SRC, "S"),  # merge
("Sarah Pennock said North Somerset Council was considering a legal challenge [1.5, 2.5].", SRC, "R"),  # wrong speaker
("The runway, which would lift capacity to up to 20 million passengers a year, was approved despite fierce local opposition [1.3, 2.1].", SRC, "S"),  # merge

("The North Somerset Council decision that ministers reversed had been a refusal of the runway plans [2.2].", SRC, "S"),  # paraphrase
("The chief executive of Bristol Airport welcomed the decision as a vote of confidence in the South West [1.7].", SRC, "S"),  # paraphrase
("Weller said the project would be good for the regional economy [1.2].", SRC, "S"),  # boost = good for
]
