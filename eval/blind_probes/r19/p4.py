# Domain: a cricket test match report
S1 = " ".join([
    "England beat New Zealand by 143 runs on the fifth day of the second Test in Wellington on Tuesday to take an unbeatable 2-0 lead in the three-match series.",
    "Set 412 to win, New Zealand were bowled out for 268 shortly after lunch, with fast bowler Brydon Carse taking five wickets for 61.",
    "Kane Williamson resisted for more than four hours in scoring 96 before he was caught at slip off the spin of Shoaib Bashir.",
    "Harry Brook had earlier made 123 in England's first innings of 280, his second century of the series.",
    "Captain Ben Stokes praised his bowlers for their patience on a slow pitch that offered little movement.",
    "England have now won five of their last six Test matches away from home.",
    "The third and final Test of the series begins in Hamilton on Saturday.",
])
S2 = " ".join([
    "New Zealand captain Tom Latham admitted his side had been outplayed throughout the match, saying England had been better in every department.",
    "Latham said the batting collapse on the third morning, when New Zealand lost six wickets for 37 runs, had effectively decided the game.",
    "Williamson's innings was his highest score against England since 2019, and he passed 9,500 Test runs during it.",
    "Pace bowler Matt Henry is doubtful for the third Test after suffering a hamstring strain while bowling on the second day.",
    "Selectors are expected to call up uncapped seamer Will O'Rourke as cover.",
    "Latham said his team would not make wholesale changes despite the series defeat.",
    "Around 9,000 spectators attended the final day, the largest crowd at the Basin Reserve this season.",
])
PROBES = [
("New Zealand lost the second Test to England by 143 runs [1.1].", S1, "S"),  # voice / role-preserving rewording
("England's victory in Wellington gave them an unassailable 2-0 series lead [1.1].", S1, "S"),  # synonym
("The second Test ended on its fifth day, a Tuesday [1.1].", S1, "S"),  # restructure
("Chasing 412, New Zealand were all out for 268 [1.2].", S1, "S"),  # cricket paraphrase
("New Zealand fell well short of their target of 412 [1.2].", S1, "S"),  # generalisation
("Brydon Carse finished with figures of five for 61 [1.2].", S1, "S"),  # reword
("Williamson batted for over four hours for his 96 [1.3].", S1, "S"),  # reorder
("Williamson was out four runs short of a century, caught at slip off Shoaib Bashir [1.3].", S1, "S"),  # 96 -> four short of 100
("Spinner Shoaib Bashir took Williamson's wicket [1.3].", S1, "S"),  # nominalisation
("Harry Brook scored 123 of England's 280 in the first innings [1.4].", S1, "S"),  # restructure
("It was Brook's second hundred of the series [1.4].", S1, "S"),  # century -> hundred
("Stokes commended his bowlers' patience [1.5].", S1, "S"),  # compression
("The pitch was slow and offered the bowlers little movement [1.5].", S1, "S"),  # extraction (narrator's description)
("England have won five of their past six away Tests [1.6].", S1, "S"),  # synonym
("England have lost at most one of their last six Tests away from home [1.6].", S1, "S"),  # logical restatement (5 of 6 won)
("The series concludes in Hamilton, where the third Test starts on Saturday [1.7].", S1, "S"),  # restructure
("Tom Latham conceded that England had outplayed New Zealand for the whole match [2.1].", S2, "S"),  # synonym
("Latham said England were superior in every department [2.1].", S2, "S"),  # compression
("According to Latham, losing six wickets for 37 on the third morning effectively settled the match [2.2].", S2, "S"),  # reword
("During his innings, Williamson went past 9,500 Test runs [2.3].", S2, "S"),  # reword
("Williamson's 96 was his highest score against England since 2019 [1.3][2.3].", S2, "S"),  # merge
("Matt Henry strained a hamstring while bowling on the second day and may miss the third Test [2.4].", S2, "S"),  # doubtful -> may miss
("Will O'Rourke, who has yet to play a Test, is expected to be called up as cover [2.5].", S2, "S"),  # uncapped explained
("Latham said there would be no wholesale changes even though New Zealand had lost the series [2.6].", S2, "S"),  # despite -> even though
("The final day drew about 9,000 spectators [2.7].", S2, "S"),  # voice
("The crowd of about 9,000 on the final day was the Basin Reserve's biggest this season [2.7].", S2, "S"),  # restructure
("England beat New Zealand by 143 runs on the fourth day of the second Test [1.1].", S1, "R"),  # day changed
("England beat New Zealand by 143 runs on Wednesday [1.1].", S1, "R"),  # weekday changed
("New Zealand beat England by 143 runs in Wellington [1.1].", S1, "R"),  # roles swapped
("The win gave England a 2-0 lead in the five-match series [1.1].", S1, "R"),  # series length
("England's win gave them a 2-1 series lead [1.1].", S1, "R"),  # score changed
("New Zealand were bowled out for 268 shortly before lunch [1.2].", S1, "R"),  # after -> before
("Set 412 to win, New Zealand were bowled out for 286 [1.2].", S1, "R"),  # digits swapped
("Spinner Brydon Carse took five wickets for 61 [1.2].", S1, "R"),  # Carse is a fast bowler
("Kane Williamson scored 96 before being caught at slip off Brydon Carse [1.3].", S1, "R"),  # wrong bowler
("Williamson batted for more than five hours [1.3].", S1, "R"),  # number
("Harry Brook made 123 in England's second innings [1.4].", S1, "R"),  # first -> second
("Harry Brook scored his first century of the series [1.4].", S1, "R"),  # second -> first
("Stokes praised his batsmen for their patience [1.5].", S1, "R"),  # bowlers -> batsmen
("Stokes said Brook's century had decided the match [1.4][1.5].", S1, "R"),  # invented quote
("England have won all of their last six away Tests [1.6].", S1, "R"),  # five -> all
("England have won five of their last six Test matches at home [1.6].", S1, "R"),  # away -> home
("The third Test begins in Hamilton on Sunday [1.7].", S1, "R"),  # day
("Ben Stokes admitted his side had been outplayed [2.1].", S2, "R"),  # wrong speaker
("Latham said New Zealand had been outplayed only on the final day [2.1].", S2, "R"),  # scope narrowed, contradicts throughout
("Latham said the collapse on the second morning had decided the game [2.2].", S2, "R"),  # third -> second
("New Zealand lost seven wickets for 37 runs on the third morning [2.2].", S2, "R"),  # number
("New Zealand's third-morning collapse came after Williamson was dismissed for 96 [1.3][2.2].", S2, "R"),  # invented time order
("Williamson's 96 was his highest Test score since 2019 [2.3].", S2, "R"),  # scope: against England only
("Williamson passed 10,000 Test runs during his innings [2.3].", S2, "R"),  # number
("Matt Henry has been ruled out of the third Test with a hamstring strain [2.4].", S2, "R"),  # doubtful -> ruled out
("Matt Henry suffered a hamstring strain while batting on the second day [2.4].", S2, "R"),  # bowling -> batting
("Selectors have called up Will O'Rourke [2.5].", S2, "R"),  # expected -> done
("Latham said he would make wholesale changes after the series defeat [2.6].", S2, "R"),  # negation dropped
("About 9,000 spectators attended the final day, the biggest crowd at the Basin Reserve for a decade [2.7].", S2, "R"),  # this season -> decade
]
