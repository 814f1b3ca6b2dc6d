# Domain: a coastal ferry operator's annual results and route cuts
S1 = " ".join([
    "Harbourline Ferries, which operates routes along the west coast of Scotland, reported a pre-tax loss of £14.2m for the year to March.",
    "A year earlier Harbourline had made a profit of £3.1m.",
    "Revenue fell from £182m to £171m as passenger numbers dropped by 6%.",
    "Chief executive Morag Kinnear blamed the loss on higher fuel costs and a wage settlement agreed with crews in September.",
    "Harbourline will withdraw its winter service between Oban and Tobermory from November.",
    "The operator also plans to cut sailings on the Ardrossan to Brodick route from six a day to four.",
    "Ms Kinnear said the cuts were \"painful but necessary\" to protect the long-term future of the network.",
    "Island councillors said the decision could leave some residents without access to hospital appointments on the mainland.",
    "The RMT union said it would ballot members on industrial action if any jobs were lost.",
    "Harbourline said no compulsory redundancies were planned, although 40 seasonal posts would not be filled.",
    "The company carried 2.3 million passengers and 410,000 vehicles during the year.",
    "Its two new hybrid vessels, the MV Lismore and the MV Sanda, are now expected to enter service in 2026, a year later than planned.",
    "Shares in Harbourline's parent company, Clyde Maritime Group, fell 8% on Thursday.",
])
PROBES = [
("Harbourline Ferries made a pre-tax loss of £14.2m in the year to March [1.1].", S1, "S"),  # near-verbatim
("The operator, which runs routes on Scotland's west coast, lost £14.2 million before tax in the year to March [1.1].", S1, "S"),  # paraphrase, number format
("Harbourline swung from a £3.1m profit to a £14.2m pre-tax loss [1.1, 1.2].", S1, "S"),  # merge of two sentences
("Revenue declined by £11m [1.3].", S1, "S"),  # arithmetic 182-171=11
("Passenger numbers fell by 6% and revenue dropped to £171m [1.3].", S1, "S"),  # reorder
("Morag Kinnear, the chief executive, attributed the loss to rising fuel costs and a pay deal struck with crews in September [1.4].", S1, "S"),  # synonyms
("The winter Oban to Tobermory service will be withdrawn from November [1.5].", S1, "S"),  # passive
("The company plans to reduce daily Ardrossan to Brodick sailings by a third [1.6].", S1, "S"),  # six to four is a cut of one third
("Ms Kinnear described the cuts as \"painful but necessary\" [1.7].", S1, "S"),  # exact quote, dropped detail
("Island councillors warned that some residents could lose access to hospital appointments on the mainland [1.8].", S1, "S"),  # paraphrase keeping hedge
("The RMT said it would ballot its members on industrial action should any jobs be lost [1.9].", S1, "S"),  # paraphrase keeping condition
("Harbourline said it was not planning any compulsory redundancies [1.10].", S1, "S"),  # paraphrase
("Forty seasonal posts will go unfilled [1.10].", S1, "S"),  # paraphrase, number format
("Over the year the company carried 2.3 million passengers [1.11].", S1, "S"),  # dropped detail
("The company's new hybrid ships, the MV Lismore and the MV Sanda, have been delayed by a year [1.12].", S1, "S"),  # a year later than planned
("The two hybrid vessels were originally due to enter service in 2025 [1.12].", S1, "S"),  # 2026 is a year later than planned, so planned 2025
("Clyde Maritime Group, Harbourline's parent company, saw its shares fall 8% on Thursday [1.13].", S1, "S"),  # reorder
("The company carried 410,000 vehicles in the year [1.11].", S1, "S"),  # dropped detail
("Morag Kinnear, the chief executive, blamed the loss partly on higher fuel costs [1.4].", S1, "S"),  # dropped one of two causes, hedged with partly
("Revenue slipped to £171m from £182m [1.3].", S1, "S"),  # near-verbatim reorder
("Harbourline, which lost £14.2m before tax in the year to March, plans to cut Ardrossan to Brodick sailings to four a day [1.1, 1.6].", S1, "S"),  # merge
("The cuts include the withdrawal of the winter Oban to Tobermory service from November and fewer daily sailings between Ardrossan and Brodick [1.5, 1.6].", S1, "S"),  # merge, nominalisation
("A union has threatened to ballot members on industrial action if jobs are lost [1.9].", S1, "S"),  # generalisation RMT -> a union
("Shares in Clyde Maritime Group dropped 8% [1.13].", S1, "S"),  # dropped detail
("Ms Kinnear said the cuts were needed to protect the network's long-term future [1.7].", S1, "S"),  # paraphrase of necessary
("The results covered the year to March [1.1].", S1, "S"),  # dropped detail
("Harbourline was profitable in the previous year [1.2].", S1, "S"),  # paraphrase
("The crews' wage settlement was agreed in September [1.4].", S1, "S"),  # detail extraction
("Harbourline is owned by Clyde Maritime Group [1.13].", S1, "S"),  # parent company -> owner
("The delayed vessels are hybrids. [1.12]", S1, "S"),  # citation at end form
("Passenger numbers were down 6%. [1.3]", S1, "S"),  # citation at end form
("Harbourline will withdraw the winter Oban to Tobermory service and reduce Ardrossan to Brodick sailings, cuts Ms Kinnear called \"painful but necessary\" [1.5-7].", S1, "S"),  # range citation merge
("Harbourline Ferries reported a pre-tax loss of £14.2m for the year to April [1.1].", S1, "R"),  # month swapped: March not April
("Harbourline Ferries reported a pre-tax loss of £41.2m for the year to March [1.1].", S1, "R"),  # number swapped: 14.2 not 41.2
("A year earlier Harbourline had made a loss of £3.1m [1.2].", S1, "R"),  # antonym: profit not loss
("Revenue fell from £182m to £171m as passenger numbers dropped by 8% [1.3].", S1, "R"),  # 6% not 8% (8% is the share fall)
("Revenue fell by £13m [1.3].", S1, "R"),  # arithmetic wrong: fall was £11m
("Morag Kinnear blamed the loss on higher fuel costs and a wage settlement agreed with crews in October [1.4].", S1, "R"),  # September not October
("Morag Kinnear blamed the loss on higher fuel costs and falling passenger numbers [1.4].", S1, "R"),  # falling passengers not given as her cause; wage settlement was
("Harbourline will withdraw its summer service between Oban and Tobermory from November [1.5].", S1, "R"),  # winter not summer
("Harbourline will withdraw its winter service between Oban and Tobermory from December [1.5].", S1, "R"),  # November not December
("The operator also plans to cut sailings on the Ardrossan to Brodick route from six a day to three [1.6].", S1, "R"),  # four not three
("The operator has already cut sailings on the Ardrossan to Brodick route from six a day to four [1.6].", S1, "R"),  # plans, not already done
("Ms Kinnear said the cuts were \"painful but unavoidable\" [1.7].", S1, "R"),  # altered quote: necessary not unavoidable
("Island councillors said the cuts were \"painful but necessary\" [1.7].", S1, "R"),  # wrong speaker: Kinnear said it
("Island councillors said the decision would leave residents without access to hospital appointments on the mainland [1.8].", S1, "R"),  # hedge dropped (could -> would) and some dropped
("Island councillors said the decision could leave all residents without access to hospital appointments [1.8].", S1, "R"),  # quantifier some -> all
("The RMT union has called a ballot on industrial action [1.9].", S1, "R"),  # conditional dropped: only if jobs are lost
("The Unite union said it would ballot members on industrial action if any jobs were lost [1.9].", S1, "R"),  # RMT not Unite
("Harbourline said 40 compulsory redundancies were planned [1.10].", S1, "R"),  # no redundancies planned; 40 posts unfilled
("Harbourline said no compulsory redundancies were planned, although 40 permanent posts would not be filled [1.10].", S1, "R"),  # seasonal not permanent
("The company carried 3.2 million passengers during the year [1.11].", S1, "R"),  # 2.3 not 3.2
("The company carried 2.3 million passengers and 410,000 vehicles during the year, a record for the operator [1.11].", S1, "R"),  # added 'record' not in source
("Its two new diesel vessels, the MV Lismore and the MV Sanda, are now expected to enter service in 2026 [1.12].", S1, "R"),  # hybrid not diesel
("The MV Lismore and the MV Sanda are now expected to enter service in 2027, a year later than planned [1.12].", S1, "R"),  # 2026 not 2027
("The two new vessels are now expected to enter service in 2026, two years later than planned [1.12].", S1, "R"),  # one year not two
("Shares in Clyde Maritime Group rose 8% on Thursday [1.13].", S1, "R"),  # antonym: fell
("Shares in Clyde Maritime Group fell 8% on Wednesday [1.13].", S1, "R"),  # Thursday not Wednesday
("Shares in Clyde Maritime Group fell 8% on Thursday after the company announced the route cuts [1.13].", S1, "R"),  # invented causal/temporal link to the announcement
("Harbourline made a pre-tax loss of £14.2m in the year to March [1.2].", S1, "R"),  # wrong citation: the loss is in 1.1, 1.2 gives the profit
("The loss came as passenger numbers dropped by 6% [1.4].", S1, "R"),  # wrong citation: passenger fall is in 1.3, not 1.4
("Harbourline Ferries, which operates routes along the east coast of Scotland, reported a pre-tax loss [1.1].", S1, "R"),  # west not east
("Harbourline plans to cut the Oban to Tobermory service from six sailings a day to four [1.5, 1.6].", S1, "R"),  # mixes routes: the six-to-four cut is Ardrossan-Brodick
("Ms Kinnear said the cuts would protect jobs [1.7].", S1, "R"),  # she said protect the network's future, not jobs
("The fall in revenue was caused by the wage settlement with crews [1.3, 1.4].", S1, "R"),  # invented cause: settlement was blamed for the loss; revenue fell with passengers
("Chief executive Morag Kinnear said no jobs would be lost [1.10].", S1, "R"),  # wrong speaker (Harbourline) and 'no compulsory redundancies' is not 'no jobs lost'
("The hybrid vessels will be the company's first new ships in a decade [1.12].", S1, "R"),  # added detail not in source
]
