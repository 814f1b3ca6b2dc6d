# Domain: a supermarket chain announces store closures and job losses
S1 = " ".join([
    "The supermarket chain Harlow's is to close 42 stores over the next six months, putting about 3,800 jobs at risk.",
    "The closures, announced on Wednesday, represent roughly one in eight of the chain's 340 shops.",
    "Most of the affected stores are smaller convenience outlets in Wales and the South West.",
    "Chief executive Martin Ellery said the decision was \"painful but necessary\" after years of falling sales.",
    "Harlow's reported a pre-tax loss of 64 million pounds for the year to February, compared with a profit of 12 million pounds a year earlier.",
    "The company said it would try to redeploy as many staff as possible to its remaining stores.",
    "It expects around 1,100 workers to be offered roles elsewhere in the business.",
    "The Retail and Distribution Union said it was \"devastated\" for its members and would seek urgent talks with management.",
    "The chain will also shut one of its three distribution centres, in Swindon, by the end of the year.",
    "Harlow's share price fell 9% in morning trading to 118p.",
    "Retail analyst Sophie Grant of Lomax Partners said the chain had been \"squeezed from both ends\" by discounters and premium rivals.",
    "Harlow's was founded in Bristol in 1921 and employs about 31,000 people.",
    "Last year it closed 15 stores in the North East.",
])
PROBES = [
("Harlow's plans to shut 42 stores within the next six months [1.1].", S1, "S"),  # close = shut
("Around 3,800 jobs are at risk from the store closures [1.1].", S1, "S"),  # reorder
("The closures could affect about 3,800 jobs [1.1].", S1, "S"),  # at risk = could affect
("Harlow's is to close 42 stores, putting about 3,800 jobs at risk [1.1].", S1, "S"),  # near-verbatim
("The closure plan was announced on Wednesday [1.2].", S1, "S"),  # nominalisation
("The chain currently has 340 shops [1.2].", S1, "S"),  # dropped detail
("About an eighth of Harlow's stores will close [1.2].", S1, "S"),  # one in eight = an eighth
("After the closures, Harlow's will have 298 shops [1.1, 1.2].", S1, "S"),  # 340 - 42
("The majority of the stores affected are smaller convenience outlets in Wales and the South West [1.3].", S1, "S"),  # most = majority
("Martin Ellery, the chief executive, called the decision \"painful but necessary\" [1.4].", S1, "S"),  # reorder
("Ellery said the decision followed years of declining sales [1.4].", S1, "S"),  # falling = declining
("Sales at Harlow's had been falling for years, according to its chief executive [1.4].", S1, "S"),  # paraphrase
("The company made a pre-tax loss of £64m in the year to February [1.5].", S1, "S"),  # number format
("Harlow's swung from a profit of 12 million pounds to a pre-tax loss of 64 million pounds [1.5].", S1, "S"),  # reorder
("Harlow's reported a loss for the year to February, having made a profit the year before [1.5].", S1, "S"),  # dropped figures
("The chain's results moved from a 12 million pound profit to a 64 million pound loss, a swing of 76 million pounds [1.5].", S1, "S"),  # 12 + 64 = 76
("Harlow's said it would try to move as many staff as possible to its remaining shops [1.6].", S1, "S"),  # redeploy = move
("Around 1,100 workers are expected to be offered jobs elsewhere in the company [1.7].", S1, "S"),  # passive
("Harlow's will try to redeploy staff and expects around 1,100 to be offered other roles [1.6-7].", S1, "S"),  # range merge
("The Retail and Distribution Union said it was \"devastated\" for its members [1.8].", S1, "S"),  # dropped detail
("The union said it would seek urgent talks with management [1.8].", S1, "S"),  # dropped detail
("The Swindon distribution centre will close by the end of the year [1.9].", S1, "S"),  # paraphrase
("Harlow's will be left with two distribution centres [1.9].", S1, "S"),  # 3 - 1
("Shares in Harlow's dropped 9% to 118p in morning trading [1.10].", S1, "S"),  # synonyms
("Sophie Grant, a retail analyst at Lomax Partners, said Harlow's had been \"squeezed from both ends\" [1.11].", S1, "S"),  # reorder
("Lomax Partners analyst Sophie Grant said the chain had been squeezed by both discounters and premium rivals [1.11].", S1, "S"),  # paraphrase
("Harlow's was established in Bristol in 1921 [1.12].", S1, "S"),  # founded = established
("The Bristol-founded chain employs roughly 31,000 staff [1.12].", S1, "S"),  # compound modifier
("Harlow's closed 15 stores in the North East last year [1.13].", S1, "S"),  # reorder
("The 42 planned closures are 27 more than the number of stores Harlow's shut last year [1.1, 1.13].", S1, "S"),  # 42 - 15
("Harlow's share price fell 9% in morning trading to 118p. [1.10]", S1, "S"),  # verbatim, end citation
("The supermarket chain will also close a distribution centre in Swindon [1.9].", S1, "S"),  # dropped detail
("Harlow's is to close 24 stores over the next six months [1.1].", S1, "R"),  # 42 -> 24
("Harlow's is to close 42 stores over the next six years [1.1].", S1, "R"),  # months -> years
("The closures will cut about 3,800 jobs [1.1].", S1, "R"),  # at risk -> definitely cut
("It is the biggest round of store closures in Harlow's history [1.1].", S1, "R"),  # invented superlative
("Harlow's will close 42 of its 340 stores, cutting 3,800 jobs by the end of the year [1.1-2].", S1, "R"),  # at risk -> cut; six months -> end of year
("The closures, announced on Tuesday, represent roughly one in eight of the chain's shops [1.2].", S1, "R"),  # Wednesday -> Tuesday
("The closures represent roughly one in four of the chain's 340 shops [1.2].", S1, "R"),  # eight -> four
("The closures represent roughly one in eight of the chain's 340 shops, most of them in Wales and the South West [1.2].", S1, "R"),  # clause from uncited 1.3
("Harlow's will be left with 308 shops after the closures [1.1, 1.2].", S1, "R"),  # 340 - 42 = 298
("All of the affected stores are smaller convenience outlets in Wales and the South West [1.3].", S1, "R"),  # most -> all
("Most of the affected stores are large superstores in Wales and the South West [1.3].", S1, "R"),  # smaller convenience -> large superstores
("Most of the affected stores are in Scotland and the South West [1.3].", S1, "R"),  # Wales -> Scotland
("None of the affected stores are in Wales [1.3].", S1, "R"),  # contradicts
("Chief executive Martin Ellery said the decision was \"painful but unavoidable\" [1.4].", S1, "R"),  # altered quote
("Retail analyst Sophie Grant said the decision was \"painful but necessary\" [1.4].", S1, "R"),  # wrong speaker
("Ellery said the decision followed years of rising costs [1.4].", S1, "R"),  # falling sales -> rising costs
("Harlow's reported a pre-tax loss of 46 million pounds for the year to February [1.5].", S1, "R"),  # 64 -> 46
("Harlow's reported a pre-tax profit of 64 million pounds for the year to February [1.5].", S1, "R"),  # loss -> profit
("Harlow's reported a pre-tax loss of 64 million pounds, compared with a loss of 12 million pounds a year earlier [1.5].", S1, "R"),  # previous profit -> loss
("Harlow's is to close 42 stores because of its pre-tax loss of 64 million pounds [1.1, 1.5].", S1, "R"),  # invented causal link
("The company said it would redeploy all affected staff to its remaining stores [1.6].", S1, "R"),  # 'try, as many as possible' -> all
("The company said it would try to redeploy as many staff as possible to its new stores [1.6].", S1, "R"),  # remaining -> new
("It expects around 1,100 workers to be made redundant [1.7].", S1, "R"),  # offered roles -> redundant
("Harlow's has guaranteed around 1,100 workers roles elsewhere in the business [1.7].", S1, "R"),  # hedge dropped: expects -> guaranteed
("The Retail and Distribution Union said it was \"devastated\" for its members and would call a strike [1.8].", S1, "R"),  # talks -> strike
("The chain will also shut two of its three distribution centres [1.9].", S1, "R"),  # one -> two
("The chain will shut its distribution centre in Swindon by the end of next year [1.9].", S1, "R"),  # this year -> next year
("Harlow's share price rose 9% in morning trading [1.10].", S1, "R"),  # fell -> rose
("Harlow's share price fell 9% in morning trading to 181p [1.10].", S1, "R"),  # 118p -> 181p
("Harlow's shares fell 9% after the chain reported a pre-tax loss [1.10].", S1, "R"),  # invented causal link, uncited fact
("Sophie Grant said the chain had been \"squeezed from both ends\" by online retailers and premium rivals [1.11].", S1, "R"),  # discounters -> online retailers
("Harlow's was founded in Swindon in 1921 [1.12].", S1, "R"),  # Bristol -> Swindon
("Harlow's was founded in Bristol in 1912 [1.12].", S1, "R"),  # 1921 -> 1912
("Harlow's employs about 3,800 people [1.12].", S1, "R"),  # jobs-at-risk figure given as total workforce
("Last year it closed 15 stores in the North West [1.13].", S1, "R"),  # North East -> North West
("Last year Harlow's closed 15 stores in the North East [1.12].", S1, "R"),  # wrong citation: fact is in 1.13
]
