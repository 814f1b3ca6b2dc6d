# Domain: mining and commodity prices
S1 = " ".join([
    "Copper prices rose 3.2 percent to $9,840 a tonne on the London Metal Exchange on Tuesday, their highest level in 11 weeks.",
    "Traders said the gain was driven by a strike at the Cerro Alto mine in Chile, one of the world's largest copper mines.",
    "Workers at Cerro Alto walked out on Monday after talks over a new wage deal collapsed.",
    "The mine produced about 1.1 million tonnes of copper last year, roughly 5 percent of global supply.",
    "Operator Andes Copper said it had activated contingency plans and that output would continue at reduced rates.",
    "Analysts at Keller Research said prices could climb above $10,000 if the stoppage lasted more than two weeks.",
    "Aluminium and zinc prices were little changed.",
])
S2 = " ".join([
    "Shares in Ridgeway Mining fell 14 percent on Thursday after the company cut its annual iron ore production forecast.",
    "Ridgeway now expects to ship between 58 million and 62 million tonnes this year, down from a previous range of 65 million to 68 million tonnes.",
    "The company blamed heavy rainfall in the Pilbara region, which flooded two of its pits in March.",
    "Chief executive Laura Brennan said the disruption was temporary and that full production would resume by the third quarter.",
    "Iron ore prices have fallen by about a fifth this year as demand from Chinese steelmakers has weakened.",
    "Ridgeway also said it would delay a decision on a new lithium project until next year.",
    "The company employs around 4,500 people, mostly in Western Australia.",
])
PROBES = [
("On Tuesday copper rose 3.2 percent on the London Metal Exchange to $9,840 a tonne, an 11-week high [1.1].", S1, "S"),  # reorder, 'highest level in 11 weeks'->'11-week high'
("Copper hit its highest level in 11 weeks on Tuesday, climbing 3.2% to $9,840 per tonne [1.1].", S1, "S"),  # reorder, percent reformat
("Traders attributed the rise to a strike at Chile's Cerro Alto mine, one of the largest copper mines in the world [1.2].", S1, "S"),  # 'said was driven by'->'attributed to'
("Cerro Alto workers went on strike on Monday when wage negotiations broke down [1.3].", S1, "S"),  # walked out->went on strike, talks collapsed->negotiations broke down
("Last year the mine produced around 1.1 million tonnes of copper, or about 5 percent of world supply [1.4].", S1, "S"),  # synonyms, reorder
("Andes Copper, which operates the mine, said it had triggered contingency plans and production would carry on at lower rates [1.5].", S1, "S"),  # synonyms activated->triggered, reduced->lower
("Keller Research analysts said copper could rise above $10,000 should the stoppage last longer than two weeks [1.6].", S1, "S"),  # hedge kept, conditional reworded
("Prices of aluminium and zinc barely moved [1.7].", S1, "S"),  # little changed -> barely moved
("Traders said a strike at Cerro Alto, which produced roughly 5 percent of global copper supply last year, drove the 3.2 percent rise in copper prices [1.1][1.2][1.4].", S1, "S"),  # three-sentence merge
("Workers at the Cerro Alto mine in Chile walked out on Monday after talks over a new wage deal collapsed [1.2][1.3].", S1, "S"),  # merge (Chile from 1.2)
("Output at Cerro Alto will continue at reduced rates, operator Andes Copper said [1.5].", S1, "S"),  # compression, attribution moved
("Copper prices rose 2.3 percent to $9,840 a tonne on Tuesday [1.1].", S1, "R"),  # 3.2->2.3
("Copper prices rose 3.2 percent to $9,840 a tonne on Tuesday, their highest level in 11 months [1.1].", S1, "R"),  # weeks->months
("Traders said the gain was driven by a strike at the Cerro Alto mine in Peru [1.2].", S1, "R"),  # Chile->Peru
("Workers at Cerro Alto walked out on Monday after rejecting a new wage deal in a ballot [1.3].", S1, "R"),  # invented detail: talks collapsed, no ballot
("The mine produced about 1.1 million tonnes of copper last year, roughly 15 percent of global supply [1.4].", S1, "R"),  # 5->15 percent
("Andes Copper said output at the mine had been halted [1.5].", S1, "R"),  # contradicts 'continue at reduced rates'
("Analysts at Keller Research said prices would climb above $10,000 if the stoppage lasted more than two weeks [1.6].", S1, "R"),  # hedge dropped could->would
("Analysts at Keller Research said prices could climb above $10,000 if the stoppage lasted more than two months [1.6].", S1, "R"),  # weeks->months
("Aluminium and zinc prices also rose sharply [1.7].", S1, "R"),  # contradicts 'little changed'
("Andes Copper said prices could climb above $10,000 if the stoppage lasted more than two weeks [1.5][1.6].", S1, "R"),  # wrong speaker: Keller Research analysts
("Copper prices rose 3.2 percent to $9,840 a tonne on Tuesday after workers at Cerro Alto walked out [1.1].", S1, "R"),  # cause only in uncited 1.2/1.3
("The Cerro Alto mine, the world's largest copper mine, produced about 1.1 million tonnes last year [1.2][1.4].", S1, "R"),  # 'one of the largest' -> 'the largest'
("Ridgeway Mining's shares dropped 14 percent on Thursday after it lowered its annual iron ore output forecast [2.1].", S2, "S"),  # synonyms fell->dropped, cut->lowered, production->output
("Ridgeway has cut its shipment guidance for this year to 58 million to 62 million tonnes, from 65 million to 68 million tonnes previously [2.2].", S2, "S"),  # restructure
("The company blamed heavy rain in the Pilbara that flooded two of its pits in March [2.3].", S2, "S"),  # near-copy, rainfall->rain
("Laura Brennan, the chief executive, said the disruption was temporary and full production would return by the third quarter [2.4].", S2, "S"),  # apposition, resume->return
("Iron ore prices are down roughly 20 percent this year amid weakening demand from Chinese steelmakers [2.5].", S2, "S"),  # a fifth -> 20 percent
("A decision on a new lithium project will be postponed until next year, Ridgeway said [2.6].", S2, "S"),  # voice change, delay->postpone
("Ridgeway has about 4,500 employees, most of them in Western Australia [2.7].", S2, "S"),  # restructure
("Ridgeway blamed heavy rainfall that flooded two of its Pilbara pits in March for the cut to its iron ore production forecast [2.1][2.3].", S2, "S"),  # merge of forecast cut and blamed cause
("Ridgeway Mining shares fell 14 percent on Thursday after the company cut its annual iron ore production forecast [2.1].", S2, "S"),  # near-copy
("The miner now expects shipments of 58 million to 62 million tonnes this year [2.2].", S2, "S"),  # compression
("Shares in Ridgeway Mining fell 14 percent on Wednesday [2.1].", S2, "R"),  # Thursday->Wednesday
("Ridgeway now expects to ship between 58 million and 62 million tonnes this year, down from a previous range of 65 million to 70 million tonnes [2.2].", S2, "R"),  # 68->70 million
("The company blamed a cyclone in the Pilbara region [2.3].", S2, "R"),  # heavy rainfall -> cyclone
("The company said heavy rainfall flooded three of its pits in March [2.3].", S2, "R"),  # two->three pits
("Chief executive Laura Brennan said full production would resume by the fourth quarter [2.4].", S2, "R"),  # third->fourth quarter
("Chief executive Laura Brennan said the disruption could last for several years [2.4].", S2, "R"),  # contradicts 'temporary'
("Iron ore prices have fallen by about a quarter this year [2.5].", S2, "R"),  # fifth->quarter
("Iron ore prices have fallen by about a fifth this year as demand from Indian steelmakers has weakened [2.5].", S2, "R"),  # Chinese->Indian
("Ridgeway said it had cancelled a new lithium project [2.6].", S2, "R"),  # delay decision -> cancel
("The company employs around 4,500 people, all of them in Western Australia [2.7].", S2, "R"),  # mostly->all
("Laura Brennan said iron ore prices had fallen by about a fifth this year [2.4][2.5].", S2, "R"),  # wrong speaker: 2.5 not attributed to Brennan
("Ridgeway Mining shares fell 14 percent after heavy rainfall flooded two of its pits [2.1].", S2, "R"),  # flooding only in uncited 2.3
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
