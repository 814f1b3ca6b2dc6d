# Domain: a cricket one-day international match report
S1 = " ".join([
    "England beat New Zealand by 42 runs in the second one-day international at Headingley on Sunday to level the three-match series at 1-1.",
    "Put in to bat, England made 318 for seven in their 50 overs, with opener Sam Whitlock scoring 112 from 104 balls.",
    "Whitlock's century was his fourth in one-day internationals and his first against New Zealand.",
    "Captain Jos Kendry added a quickfire 67 from 41 balls, hitting five sixes.",
    "New Zealand seamer Luke Ferris was the pick of the bowlers, taking four for 58.",
    "In reply, New Zealand were bowled out for 276 in the 47th over.",
    "Daniel Marsh top-scored for the tourists with 88, but no other batter passed 40.",
    "Leg-spinner Adil Rahman took three wickets for 44, including the key wicket of Marsh.",
    "Rain delayed the start of New Zealand's innings by 30 minutes, but no overs were lost.",
    "Kendry said afterwards: \"We were under pressure after Lord's, and I'm proud of how the lads responded\".",
    "New Zealand captain Tom Reid admitted his side had been \"too loose with the ball in the last ten overs\".",
    "Whitlock was named player of the match.",
    "New Zealand won the first match at Lord's by six wickets.",
    "The deciding match will be played at Old Trafford on Wednesday.",
])
PROBES = [
("England defeated New Zealand by 42 runs at Headingley on Sunday [1.1].", S1, "S"),  # beat -> defeated
("England's victory in the second one-day international levelled the three-match series at 1-1 [1.1].", S1, "S"),  # nominalisation
("After being asked to bat first, England scored 318 for seven from their 50 overs [1.2].", S1, "S"),  # put in to bat paraphrased
("Opener Sam Whitlock made 112 off 104 balls [1.2].", S1, "S"),  # scoring -> made
("Whitlock's hundred was his first one-day international century against New Zealand [1.3].", S1, "S"),  # century = hundred
("Whitlock now has four one-day international centuries [1.3].", S1, "S"),  # fourth century -> has four
("Jos Kendry, the captain, struck five sixes in a rapid 67 off 41 balls [1.4].", S1, "S"),  # quickfire -> rapid
("Luke Ferris was New Zealand's best bowler, with figures of four for 58 [1.5].", S1, "S"),  # pick of all bowlers implies best of NZ
("New Zealand were all out for 276 in the 47th over [1.6].", S1, "S"),  # bowled out -> all out
("New Zealand's 276 was 42 runs short of England's 318 for seven [1.2, 1.6].", S1, "S"),  # 318 - 276 = 42
("Daniel Marsh top-scored for the tourists with 88 [1.7].", S1, "S"),  # near-verbatim
("Apart from Marsh, no batter for the tourists scored more than 40 [1.7].", S1, "S"),  # passed 40 -> more than 40
("Adil Rahman, a leg-spinner, took three for 44 [1.8].", S1, "S"),  # three wickets for 44
("Rahman's three wickets included that of Marsh [1.8].", S1, "S"),  # restated
("The start of New Zealand's innings was held up for 30 minutes by rain, though no overs were lost [1.9].", S1, "S"),  # passive voice
("Kendry said he was proud of how his players had responded after Lord's [1.10].", S1, "S"),  # lads -> players
("Tom Reid, New Zealand's captain, conceded that his team had been \"too loose with the ball in the last ten overs\" [1.11].", S1, "S"),  # admitted -> conceded
("Whitlock received the player of the match award [1.12].", S1, "S"),  # named -> received award
("New Zealand had won the opening match at Lord's by six wickets [1.13].", S1, "S"),  # first -> opening
("The series decider takes place at Old Trafford on Wednesday [1.14].", S1, "S"),  # deciding match -> decider
("Whitlock, who scored 112, was named player of the match [1.2, 1.12].", S1, "S"),  # merge
("Kendry's 67 came from 41 deliveries [1.4].", S1, "S"),  # balls -> deliveries
("England lost seven wickets in their innings [1.2].", S1, "S"),  # 318 for seven
("New Zealand's innings did not last the full 50 overs [1.6].", S1, "S"),  # bowled out in 47th over
("Whitlock scored more than a third of England's runs [1.2].", S1, "S"),  # 112 > 318/3 = 106
("Ferris took four wickets while conceding 58 runs [1.5].", S1, "S"),  # four for 58 spelled out
("Marsh's wicket was taken by Rahman [1.8].", S1, "S"),  # voice change
("Rain held up the start of the New Zealand reply by half an hour [1.9].", S1, "S"),  # 30 minutes = half an hour
("Kendry said England had been under pressure after Lord's [1.10].", S1, "S"),  # indirect speech
("The third and final match of the series will be played at Old Trafford on Wednesday [1.1, 1.14].", S1, "S"),  # three-match series, deciding match = third
("Whitlock and Kendry scored 179 runs between them [1.2, 1.4].", S1, "S"),  # 112 + 67 = 179
("Reid said his side had bowled too loosely in the last ten overs. [1.11]", S1, "S"),  # loose with the ball -> bowled loosely; end citation
("England made 318 for seven, and Whitlock's 112 was his fourth one-day international century [1.2-3].", S1, "S"),  # range merge
# ---- R probes ----
("England beat New Zealand by 42 runs at Headingley on Saturday [1.1].", S1, "R"),  # Sunday -> Saturday
("England beat New Zealand by 42 runs in the second one-day international to take a 2-1 series lead [1.1].", S1, "R"),  # series level 1-1, not 2-1
("New Zealand beat England by 42 runs in the second one-day international at Headingley [1.1].", S1, "R"),  # winner and loser swapped
("England beat New Zealand by 42 runs in the second one-day international at Trent Bridge [1.1].", S1, "R"),  # Headingley -> Trent Bridge
("England chose to bat first and made 318 for seven in their 50 overs [1.2].", S1, "R"),  # put in to bat, did not choose
("England made 318 for six in their 50 overs [1.2].", S1, "R"),  # seven -> six wickets
("Opener Sam Whitlock scored 112 from 140 balls [1.2].", S1, "R"),  # 104 -> 140 balls
("Whitlock's century was his fourth against New Zealand [1.3].", S1, "R"),  # modifier moved: fourth in ODIs, first against NZ
("Whitlock's century was his first in one-day internationals [1.3].", S1, "R"),  # it was his fourth
("Captain Jos Kendry added a quickfire 67 from 41 balls, hitting five fours [1.4].", S1, "R"),  # sixes -> fours
("Captain Jos Kendry added 67 from 41 balls, his highest one-day international score [1.4].", S1, "R"),  # added career-best detail
("New Zealand seamer Luke Ferris took five for 58 [1.5].", S1, "R"),  # four -> five wickets
("New Zealand spinner Luke Ferris was the pick of the bowlers, taking four for 58 [1.5].", S1, "R"),  # seamer -> spinner
("New Zealand were bowled out for 276 in the 49th over [1.6].", S1, "R"),  # 47th -> 49th over
("In reply, New Zealand were bowled out for 267 [1.6].", S1, "R"),  # 276 -> 267
("Daniel Marsh top-scored for the tourists with 88, and two other batters passed 40 [1.7].", S1, "R"),  # no other batter passed 40
("Daniel Marsh top-scored for the tourists with a century [1.7].", S1, "R"),  # 88 is not a century
("Off-spinner Adil Rahman took three wickets for 44 [1.8].", S1, "R"),  # leg-spinner -> off-spinner
("Adil Rahman took three wickets for 44, including the key wicket of Reid [1.8].", S1, "R"),  # Marsh -> Reid
("Rain delayed the start of England's innings by 30 minutes, but no overs were lost [1.9].", S1, "R"),  # New Zealand's innings -> England's
("Rain delayed the start of New Zealand's innings by 30 minutes, and three overs were lost [1.9].", S1, "R"),  # no overs were lost
("Reid said afterwards that he was proud of how his players responded after Lord's [1.10].", S1, "R"),  # wrong speaker: Kendry
("Kendry admitted England had been \"too loose with the ball in the last ten overs\" [1.11].", S1, "R"),  # wrong speaker: Reid
("New Zealand captain Tom Reid admitted his side had been \"too loose with the bat in the last ten overs\" [1.11].", S1, "R"),  # quote altered: ball -> bat
("Kendry was named player of the match [1.12].", S1, "R"),  # Whitlock, not Kendry
("England won the first match at Lord's by six wickets [1.13].", S1, "R"),  # New Zealand won it
("New Zealand won the first match at Lord's by six runs [1.13].", S1, "R"),  # wickets -> runs
("The deciding match will be played at Old Trafford on Tuesday [1.14].", S1, "R"),  # Wednesday -> Tuesday
("The deciding match will be played at Headingley on Wednesday [1.14].", S1, "R"),  # Old Trafford -> Headingley
("Whitlock was named player of the match for his 112 [1.12].", S1, "R"),  # reason and score not in cited sentence
("Luke Ferris took four for 58, the best figures of his career [1.5].", S1, "R"),  # added career-best
("Sam Whitlock scored 112 from 104 balls [1.3].", S1, "R"),  # wrong citation: figures are in 1.2
("England's win at Headingley sealed the series [1.1].", S1, "R"),  # series levelled at 1-1, not won
]
