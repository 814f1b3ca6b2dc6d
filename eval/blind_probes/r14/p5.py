S1 = ("Arsenal have signed Brazilian winger Lucas Moreira from Benfica for a fee of £48 million. "
"The 22-year-old has agreed a five-year contract with the London club. "
"Moreira scored 14 goals in all competitions last season. "
"Manager Mikel Arteta said the player would add pace to the attack. "
"The deal could rise to £55 million with add-ons. "
"Benfica had rejected two earlier bids from Arsenal in July. "
"Moreira is expected to make his debut against Everton on Saturday.")
S2 = ("England beat India by six wickets in the second Test at Lord's on Sunday. "
"Joe Root made an unbeaten 112 as England chased 276 to win. "
"Fast bowler Mark Wood took five wickets in India's second innings. "
"The win levels the five-match series at 1-1. "
"India captain Rohit Sharma said his side had dropped too many catches. "
"The third Test begins at Headingley on Thursday. "
"Ben Stokes missed the match with a hamstring injury.")
PROBES = [
("Arsenal have bought Brazilian winger Lucas Moreira from Benfica for £48 million [1.1].", S1, "S"),
("The 22-year-old has signed a five-year deal with the London club [1.2].", S1, "S"),
("Last season Moreira scored 14 goals in all competitions [1.3].", S1, "S"),
("Mikel Arteta, the manager, said the player would bring pace to the attack [1.4].", S1, "S"),
("With add-ons, the fee could climb to £55 million [1.5].", S1, "S"),
("Benfica turned down two earlier Arsenal bids in July [1.6].", S1, "S"),
("Moreira is expected to make his first appearance against Everton on Saturday [1.7].", S1, "S"),
("Arsenal signed Moreira for £48 million, a fee that could rise to £55 million with add-ons [1.1][1.5].", S1, "S"),
("England defeated India by six wickets at Lord's on Sunday in the second Test [2.1].", S2, "S"),
("Joe Root was unbeaten on 112 as England chased down 276 to win [2.2].", S2, "S"),
("Mark Wood, a fast bowler, took five wickets in India's second innings [2.3].", S2, "S"),
("The five-match series is now level at 1-1 after the win [2.4].", S2, "S"),
("Rohit Sharma, the India captain, said his team had dropped too many catches [2.5].", S2, "S"),
("The third Test starts at Headingley on Thursday [2.6].", S2, "S"),
("Ben Stokes was absent from the match because of a hamstring injury [2.7].", S2, "S"),
("England won the second Test by six wickets, levelling the series at 1-1 [2.1][2.4].", S2, "S"),
("Root was unbeaten on 112 [2.2].", S2, "S"),
("Moreira is a winger from Brazil [1.1].", S1, "S"),
("Two earlier bids from Arsenal were rejected by Benfica in July [1.6].", S1, "S"),
("A hamstring injury kept Stokes out of the match [2.7].", S2, "S"),
("The London club has given the 22-year-old a five-year contract [1.2].", S1, "S"),
("Arsenal have signed Brazilian winger Lucas Moreira from Porto for £48 million [1.1].", S1, "R"),  # club swapped
("Arsenal have signed Argentine winger Lucas Moreira from Benfica [1.1].", S1, "R"),  # nationality swapped
("Arsenal have signed Brazilian striker Lucas Moreira from Benfica [1.1].", S1, "R"),  # position swapped
("The 22-year-old has agreed a four-year contract with the London club [1.2].", S1, "R"),  # number changed
("Moreira scored 14 league goals last season [1.3].", S1, "R"),  # scope narrowed: all competitions -> league
("Manager Mikel Arteta said the player would add strength to the defence [1.4].", S1, "R"),  # content changed
("The deal will rise to £55 million with add-ons [1.5].", S1, "R"),  # modality could->will
("Benfica had accepted two earlier bids from Arsenal in July [1.6].", S1, "R"),  # antonym
("Arsenal had rejected two earlier bids from Benfica in July [1.6].", S1, "R"),  # roles swapped
("Moreira is expected to make his debut against Everton on Sunday [1.7].", S1, "R"),  # weekday changed
("Moreira will make his debut against Everton on Saturday [1.7].", S1, "R"),  # hedge dropped
("Moreira is expected to make his debut against Chelsea on Saturday [1.7].", S1, "R"),  # opponent swapped
("India beat England by six wickets in the second Test at Lord's [2.1].", S2, "R"),  # roles swapped
("England beat India by six wickets in the first Test at Lord's [2.1].", S2, "R"),  # ordinal changed
("England beat India by six runs in the second Test at Lord's [2.1].", S2, "R"),  # unit changed
("Joe Root made an unbeaten 121 as England chased 276 to win [2.2].", S2, "R"),  # number changed
("Ben Stokes made an unbeaten 112 as England chased 276 to win [2.2].", S2, "R"),  # person swapped
("Fast bowler Mark Wood took five wickets in India's first innings [2.3].", S2, "R"),  # innings changed
("Spin bowler Mark Wood took five wickets in India's second innings [2.3].", S2, "R"),  # role changed
("The win gives England a 2-1 lead in the five-match series [2.4].", S2, "R"),  # score changed
("England captain Ben Stokes said his side had dropped too many catches [2.5].", S2, "R"),  # speaker swapped
("India captain Rohit Sharma said his side had bowled poorly [2.5].", S2, "R"),  # content changed
("The third Test begins at The Oval on Thursday [2.6].", S2, "R"),  # venue swapped
("Ben Stokes missed the match with a back injury [2.7].", S2, "R"),  # injury swapped
("Ben Stokes played in the match despite a hamstring injury [2.7].", S2, "R"),  # contradiction
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
