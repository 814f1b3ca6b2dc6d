# Domain: a national census release on population and households
S1 = " ".join([
    "The National Statistics Agency said on Tuesday that the country's population stood at 8.42 million on census night, up 5.1% from the previous count in 2013.",
    "The number of households rose faster than the population, climbing 7.8% to 3.6 million.",
    "Average household size fell to 2.3 people, the lowest figure since records began in 1911.",
    "One-person households now make up 31% of the total, compared with 27% a decade ago.",
    "The capital, Harbridge, grew by 11%, while three northern regions recorded small declines.",
    "The share of residents aged 65 or over increased to 19.4%, and for the first time it exceeded the share of children under 15.",
    "Chief statistician Maria Okafor said the ageing trend was likely to continue for at least two decades.",
    "\"We are seeing a country that is older, more urban and living in smaller households,\" Okafor told reporters in the capital.",
    "Net migration accounted for about two-thirds of the population growth, with the rest coming from births exceeding deaths.",
    "The census was the first to be completed mainly online, with 82% of households submitting their forms digitally.",
    "The overall response rate was 96%, slightly below the 97% achieved in 2013.",
    "Housing minister Dev Ramsay said the figures would be used to plan 40,000 new homes a year.",
    "Detailed results on ethnicity, religion and language will be published in March.",
])
PROBES = [
("The country's population was 8.42 million on census night, according to the National Statistics Agency [1.1].", S1, "S"),  # paraphrase
("The population grew by 5.1% compared with the 2013 count [1.1].", S1, "S"),  # paraphrase
("Households increased by 7.8% to 3.6 million [1.2].", S1, "S"),  # synonym
("Household numbers grew more quickly than the population did [1.2].", S1, "S"),  # paraphrase
("At 2.3 people, average household size is at its lowest level since records started in 1911 [1.3].", S1, "S"),  # reordering
("More than three in ten households now consist of one person [1.4].", S1, "S"),  # 31% > 30%
("The proportion of one-person households rose by four percentage points over the decade [1.4].", S1, "S"),  # 27 -> 31
("Harbridge, the capital, saw its population grow by 11% [1.5].", S1, "S"),  # paraphrase
("Three northern regions saw their populations shrink slightly [1.5].", S1, "S"),  # small declines
("For the first time, the share of people aged 65 or over is larger than the share of children under 15 [1.6].", S1, "S"),  # paraphrase
("Okafor, the chief statistician, said the population would probably keep ageing for at least 20 years [1.7].", S1, "S"),  # likely -> probably, two decades -> 20 years
("Okafor described a country that is older, more urban and living in smaller households [1.8].", S1, "S"),  # quote paraphrase
("Roughly two-thirds of population growth came from net migration [1.9].", S1, "S"),  # reordering
("Births exceeding deaths accounted for about a third of the growth [1.9].", S1, "S"),  # the rest of two-thirds = one third
("Most households, 82%, completed the census online [1.10].", S1, "S"),  # paraphrase
("The response rate dipped from 97% in 2013 to 96% [1.11].", S1, "S"),  # paraphrase
("Ramsay said the data would help plan 40,000 homes annually [1.12].", S1, "S"),  # synonym
("Results on ethnicity, religion and language are due in March [1.13].", S1, "S"),  # paraphrase
("The population rose 5.1% to 8.42 million while households rose 7.8% to 3.6 million [1.1, 1.2].", S1, "S"),  # merge
("The population increase was mostly driven by net migration [1.9].", S1, "S"),  # two-thirds = most
("The census recorded a population of 8.42 million and achieved a 96% response rate [1.1, 1.11].", S1, "S"),  # merge
("Speaking to reporters in the capital, Okafor said the country was older and more urban [1.8].", S1, "S"),  # dropping detail
("More than four in five households filled in their forms digitally [1.10].", S1, "S"),  # 82% > 80%
("The response rate was slightly lower than in 2013 [1.11].", S1, "S"),  # generalisation
("Single-person households made up 27% of the total ten years ago [1.4].", S1, "S"),  # a decade ago
("The share of residents aged 65 or over rose to 19.4% [1.6].", S1, "S"),  # near-verbatim
("There are more households, and they are smaller on average [1.2, 1.3].", S1, "S"),  # merge, generalisation
("Average household size fell to 2.3 people [1.3].", S1, "S"),  # near-verbatim, dropping detail
("Detailed results on language will be published in March [1.13].", S1, "S"),  # dropping list items
("For the first time, the census was completed mainly online [1.10].", S1, "S"),  # reordering
("The remainder of the growth came from births outnumbering deaths [1.9].", S1, "S"),  # synonym
("The agency said the population was up 5.1% on the previous census [1.1].", S1, "S"),  # paraphrase
("The country's population stood at 8.24 million on census night [1.1].", S1, "R"),  # digits swapped: 8.42 not 8.24
("The population rose 5.1% from the previous count in 2011 [1.1].", S1, "R"),  # previous count was 2013
("The National Statistics Agency released the figures on Thursday [1.1].", S1, "R"),  # Tuesday not Thursday
("The number of households rose more slowly than the population [1.2].", S1, "R"),  # antonym: faster
("Households climbed 5.1% to 3.6 million [1.2].", S1, "R"),  # household rise was 7.8%; 5.1% is population
("Average household size fell to 2.3 people, the lowest figure since records began in 1991 [1.3].", S1, "R"),  # records began 1911
("Average household size rose to 2.3 people [1.3].", S1, "R"),  # antonym: fell
("One-person households now make up 27% of the total [1.4].", S1, "R"),  # 27% was a decade ago; now 31%
("Harbridge grew by 11%, while three southern regions recorded small declines [1.5].", S1, "R"),  # northern not southern
("Every region outside the capital recorded a small decline [1.5].", S1, "R"),  # overgeneralisation: only three northern regions
("The capital grew by 11%, the fastest rate of any region [1.5].", S1, "R"),  # added superlative
("For the first time, the share of residents aged 65 or over exceeded the share of children under 5 [1.6].", S1, "R"),  # under 15 not under 5
("Okafor said the ageing trend would continue for at least two decades [1.7].", S1, "R"),  # hedge dropped: likely
("Okafor said the ageing trend was likely to continue for at least three decades [1.7].", S1, "R"),  # two decades not three
("Housing minister Dev Ramsay said the country was older, more urban and living in smaller households [1.8].", S1, "R"),  # wrong speaker: Okafor
("\"We are seeing a country that is younger, more urban and living in smaller households,\" Okafor said [1.8].", S1, "R"),  # altered quote: older
("Okafor told reporters in Harbridge that the country was older [1.8].", S1, "R"),  # Harbridge named only in uncited 1.5
("Births exceeding deaths accounted for about two-thirds of the population growth [1.9].", S1, "R"),  # role swap: net migration was two-thirds
("The census was the first to be completed entirely online [1.10].", S1, "R"),  # mainly not entirely
("82% of residents submitted their census forms digitally [1.10].", S1, "R"),  # households not residents
("The 96% response rate was higher than the rate achieved in 2013 [1.11].", S1, "R"),  # antonym: below
("Housing minister Dev Ramsay said the figures would be used to plan 40,000 new homes a year [1.7].", S1, "R"),  # wrong citation: 1.12
("Ramsay promised that 40,000 new homes would be built every year [1.12].", S1, "R"),  # figures used to plan; no promise to build
("Finance minister Dev Ramsay said the figures would be used to plan new homes [1.12].", S1, "R"),  # job title: housing minister
("Detailed results on ethnicity, religion and language were published in March [1.13].", S1, "R"),  # tense: will be published
("Detailed results on income, religion and language will be published in March [1.13].", S1, "R"),  # income not ethnicity
("The share of residents aged 65 or over fell to 19.4% [1.6].", S1, "R"),  # antonym: increased
("The number of one-person households has doubled over the past decade [1.4].", S1, "R"),  # 27% -> 31% share, not doubling
("The population grew by 5.1% because of rising birth rates [1.1].", S1, "R"),  # invented cause
("Net migration accounted for all of the population growth [1.9].", S1, "R"),  # quantifier: about two-thirds
("The overall response rate was 96%, the lowest ever recorded [1.11].", S1, "R"),  # added superlative
("The capital shrank by 11%, while three northern regions grew [1.5].", S1, "R"),  # predicates swapped
("With 82% of households submitting their forms by post, the census was completed mainly on paper [1.10].", S1, "R"),  # antonym: digitally/online
("The population stood at 8.42 million, up 5.1% from the previous count in 2013 [1.2].", S1, "R"),  # wrong citation: 1.1
("More than a third of households are now one-person households [1.4].", S1, "R"),  # 31% is less than a third
("Okafor said the ageing trend was unlikely to continue [1.7].", S1, "R"),  # negation flipped
("Chief statistician Maria Okafor said the figures would be used to plan 40,000 new homes a year [1.12].", S1, "R"),  # wrong speaker: Ramsay
("Households grew 7.8% and their average size fell to 2.3 people [1.2-3].", S1, "S"),  # range merge
]
