# Domain: a regional mayoral election count (Northfold combined authority)
S1 = " ".join([
    "Labour's Karen Whitfield was elected mayor of the Northfold combined authority on Saturday after a count that ran late into the night at the Riverside Arena in Castleford.",
    "Whitfield received 214,560 first-preference votes, ahead of Conservative candidate Martin Doyle on 163,210.",
    "Turnout across the five boroughs was 31.4%, down from 36.2% at the previous election in 2021.",
    "The lowest turnout was recorded in Halbury, where just 24% of registered voters cast a ballot.",
    "Green Party candidate Priya Nandal came third with 58,900 votes, the party's best result in the region.",
    "Independent candidate Colin Marsh, a former fire chief, finished fourth and lost his deposit.",
    "The count was paused for two hours after a ballot box from Westmoor arrived with a broken seal.",
    "Returning officer Helen Carr said the box had been checked by police and its contents were found to be intact.",
    "In her victory speech, Whitfield promised to bring bus services back under public control within two years.",
    "Doyle congratulated his rival but said the low turnout showed that voters felt ignored by both main parties.",
    "The mayor controls a budget of about £1.4bn a year, covering transport, housing and adult skills.",
    "Whitfield will be sworn in at a ceremony in Castleford on Tuesday 13 May.",
    "Analysts said the result could strengthen Labour's hand in next year's council elections.",
])
PROBES = [
("Karen Whitfield won the Northfold mayoralty [1.1].", S1, "S"),  # elected mayor = won
("The count at the Riverside Arena in Castleford continued late into the night [1.1].", S1, "S"),  # paraphrase
("Whitfield finished 51,350 first-preference votes ahead of Doyle [1.2].", S1, "S"),  # 214,560 - 163,210 = 51,350
("Turnout fell by 4.8 percentage points compared with 2021 [1.3].", S1, "S"),  # 36.2 - 31.4 = 4.8
("Fewer than a quarter of registered voters in Halbury voted [1.4].", S1, "S"),  # 24% < 25%
("Priya Nandal of the Greens finished third on 58,900 votes [1.5].", S1, "S"),  # paraphrase
("The Green Party achieved its best result in the region, with 58,900 votes [1.5].", S1, "S"),  # reordering
("Colin Marsh, who used to be a fire chief, lost his deposit [1.6].", S1, "S"),  # former = used to be
("A ballot box from Westmoor arrived with a broken seal, halting the count for two hours [1.7].", S1, "S"),  # paused = halted
("According to Helen Carr, the Westmoor box had been checked by police and its contents were intact [1.7, 1.8].", S1, "S"),  # merge of 1.7 and 1.8
("Whitfield pledged to return bus services to public control within two years [1.9].", S1, "S"),  # promised = pledged
("Doyle offered his congratulations to his rival [1.10].", S1, "S"),  # nominalisation
("According to Doyle, the low turnout showed voters felt ignored by both main parties [1.10].", S1, "S"),  # attribution kept
("The mayor's annual budget of roughly 1.4 billion pounds covers transport, housing and adult skills [1.11].", S1, "S"),  # number format
("Whitfield's swearing-in will take place in Castleford on 13 May [1.12].", S1, "S"),  # nominalisation, dropped weekday
("Analysts suggested the result might bolster Labour ahead of next year's council elections [1.13].", S1, "S"),  # hedge kept (could -> might)
("Turnout in 2021 was 36.2% [1.3].", S1, "S"),  # stated
("Halbury had the lowest turnout [1.4].", S1, "S"),  # stated
("Whitfield is a Labour politician [1.1].", S1, "S"),  # Labour's Karen Whitfield
("Martin Doyle stood as the Conservative candidate [1.2].", S1, "S"),  # stated
("The count took place at the Riverside Arena [1.1].", S1, "S"),  # dropped detail
("The returning officer was Helen Carr [1.8].", S1, "S"),  # stated
("Marsh, an independent, came fourth [1.6].", S1, "S"),  # paraphrase
("Adult skills is one of the areas covered by the mayor's budget [1.11].", S1, "S"),  # part of list
("Whitfield was elected on a Saturday and will be sworn in on Tuesday 13 May [1.1, 1.12].", S1, "S"),  # merge
("Nandal received 58,900 votes, fewer than Doyle's 163,210 [1.2, 1.5].", S1, "S"),  # comparison across cited sentences
("Whitfield won more than 200,000 first-preference votes [1.2].", S1, "S"),  # 214,560 > 200,000
("Turnout across the five boroughs was below one third [1.3].", S1, "S"),  # 31.4% < 33.3%
("The count was halted for two hours [1.7].", S1, "S"),  # paused = halted
("Transport is among the responsibilities funded by the mayor's budget [1.11].", S1, "S"),  # generalisation
("Bus services are to be brought back under public control within two years, Whitfield promised [1.9].", S1, "S"),  # passive reorder
("Labour's Whitfield got 214,560 first-preference votes [1.1, 1.2].", S1, "S"),  # merge
("Karen Whitfield was elected mayor of the Northfold combined authority on Sunday [1.1].", S1, "R"),  # weekday: Saturday not Sunday
("Whitfield received 214,560 first-preference votes, ahead of Conservative candidate Martin Doyle on 136,210 [1.2].", S1, "R"),  # Doyle had 163,210
("Turnout rose compared with the previous election in 2021 [1.3].", S1, "R"),  # antonym: turnout fell
("Turnout across the five boroughs was 31.4%, down from 36.2% at the previous election in 2017 [1.3].", S1, "R"),  # previous election was 2021
("The highest turnout was recorded in Halbury [1.4].", S1, "R"),  # antonym: lowest
("Green Party candidate Priya Nandal came second with 58,900 votes [1.5].", S1, "R"),  # she came third
("Priya Nandal's 58,900 votes were the Green Party's best result nationally [1.5].", S1, "R"),  # scope widened: region -> nationally
("Independent candidate Colin Marsh, a former police chief, finished fourth [1.6].", S1, "R"),  # former fire chief
("Independent candidate Colin Marsh finished fourth but kept his deposit [1.6].", S1, "R"),  # negation: he lost his deposit
("The count was paused for three hours after a ballot box from Westmoor arrived with a broken seal [1.7].", S1, "R"),  # two hours
("The count was paused after a ballot box from Halbury arrived with a broken seal [1.7].", S1, "R"),  # box was from Westmoor
("Returning officer Helen Carr said the box had been checked by police and some of its contents were missing [1.8].", S1, "R"),  # contents were intact
("Police officer Helen Carr said the box had been checked and its contents were intact [1.8].", S1, "R"),  # Carr is the returning officer
("Whitfield promised to bring bus services back under public control within two years [1.10].", S1, "R"),  # wrong citation: fact is in 1.9
("Whitfield promised to bring bus and tram services back under public control within two years [1.9].", S1, "R"),  # trams added
("Whitfield promised to bring bus services back under public control within four years [1.9].", S1, "R"),  # two years
("Doyle refused to congratulate his rival [1.10].", S1, "R"),  # negation: he congratulated
("Doyle said the low turnout showed that voters felt ignored by the Labour Party [1.10].", S1, "R"),  # both main parties, not only Labour
("Whitfield said the low turnout showed that voters felt ignored by both main parties [1.10].", S1, "R"),  # wrong speaker: Doyle
("The mayor controls a budget of about £1.4bn a year, covering transport, housing and policing [1.11].", S1, "R"),  # adult skills, not policing
("The mayor controls a budget of about £1.4m a year [1.11].", S1, "R"),  # bn not m
("Whitfield will be sworn in at a ceremony in Castleford on Thursday 13 May [1.12].", S1, "R"),  # Tuesday
("Whitfield will be sworn in at a ceremony in Westmoor on Tuesday 13 May [1.12].", S1, "R"),  # Castleford
("Analysts said the result would strengthen Labour's hand in next year's council elections [1.13].", S1, "R"),  # hedge dropped: could -> would
("Analysts said the result could strengthen Labour's hand in next year's general election [1.13].", S1, "R"),  # council elections
("Whitfield won by more than 60,000 first-preference votes [1.2].", S1, "R"),  # margin was 51,350
("The count was paused for two hours because police suspected tampering [1.7].", S1, "R"),  # invented cause
("Turnout was lowest in Westmoor, at 24% [1.4].", S1, "R"),  # Halbury
("Doyle blamed the low turnout on the weather [1.10].", S1, "R"),  # invented reason
("Whitfield was elected mayor after a count at the Riverside Arena in Halbury [1.1].", S1, "R"),  # arena is in Castleford
("Nandal received more votes than Doyle [1.2, 1.5].", S1, "R"),  # 58,900 < 163,210
("Colin Marsh finished fourth, the best result for an independent in the region [1.6].", S1, "R"),  # added superlative
("Turnout fell in all five boroughs [1.3].", S1, "R"),  # overall figure only; per-borough fall not stated
("Whitfield, a former fire chief, promised to bring bus services back under public control [1.6, 1.9].", S1, "R"),  # modifier moved: Marsh was the fire chief
("Doyle received 214,560 first-preference votes [1.2].", S1, "R"),  # role swap: that was Whitfield's total
]
