# Domain: the final round of a men's golf major championship
S1 = " ".join([
    "Lucas Brennan of Ireland won the Harbour Open at Kilmory Links on Sunday, closing with a four-under-par 67 to finish at 11 under.",
    "Brennan, 29, began the final round two shots behind the overnight leader, American Cole Whitaker.",
    "Whitaker carded a 73 and finished tied for second with South Africa's Pieter van Zyl, two strokes back.",
    "It was Brennan's first major title, at his 19th attempt.",
    "He holed a 40-foot putt for eagle at the par-five 14th to take the lead for the first time.",
    "Van Zyl had drawn level with a birdie at the 16th, but he bogeyed the 17th after finding a bunker.",
    "Brennan parred the last two holes to seal victory.",
    "\"I've dreamed about this since I was a kid hitting balls on the beach,\" Brennan said.",
    "Whitaker said he was \"gutted\" but felt he had \"just run out of steam\" on the back nine.",
    "The winner collects a cheque for 3.1 million dollars from a total prize fund of 17 million dollars.",
    "Defending champion Kenji Sato finished in a tie for 12th after a closing 70.",
    "Strong winds gusting up to 35mph made scoring difficult for the early starters.",
    "The victory lifts Brennan from 24th to ninth in the world rankings.",
])
PROBES = [
("Irishman Lucas Brennan won the Harbour Open on Sunday [1.1].", S1, "S"),  # 'of Ireland' = Irishman
("The tournament was played at Kilmory Links [1.1].", S1, "S"),  # dropped detail
("Brennan shot a final-round 67, four under par, to finish on 11 under [1.1].", S1, "S"),  # paraphrase
("Brennan's 67 was four under par [1.1].", S1, "S"),  # dropped detail
("Brennan started the last round two strokes off the lead held by Cole Whitaker [1.2].", S1, "S"),  # paraphrase
("The overnight leader was American Cole Whitaker [1.2].", S1, "S"),  # dropped detail
("Brennan is 29 [1.2].", S1, "S"),  # dropped detail
("Brennan overturned a two-shot deficit to win [1.1, 1.2].", S1, "S"),  # merge
("Whitaker shot 73 and shared second place with Pieter van Zyl [1.3].", S1, "S"),  # tied = shared
("Van Zyl, from South Africa, finished joint second [1.3].", S1, "S"),  # paraphrase
("Brennan won by two shots [1.1, 1.3].", S1, "S"),  # runners-up two strokes back of winner Brennan
("Whitaker and van Zyl both finished on nine under par [1.1, 1.3].", S1, "S"),  # 11 - 2 = 9
("Whitaker's final round was six shots worse than Brennan's [1.1, 1.3].", S1, "S"),  # 73 - 67 = 6
("The title was Brennan's first major, which came at his 19th attempt [1.4].", S1, "S"),  # paraphrase
("It was the first time Brennan had won a major [1.4].", S1, "S"),  # paraphrase
("Brennan had played in 18 majors without winning one before this victory [1.4].", S1, "S"),  # first title at 19th attempt
("A 40-foot eagle putt at the par-five 14th put Brennan in front for the first time [1.5].", S1, "S"),  # paraphrase
("The eagle at the 14th gave Brennan the lead [1.5].", S1, "S"),  # dropped detail
("Van Zyl birdied the 16th to draw level but dropped a shot at the 17th after landing in a bunker [1.6].", S1, "S"),  # bogey = dropped a shot
("Van Zyl's bogey at the 17th came after he found a bunker [1.6].", S1, "S"),  # nominalisation
("Brennan made par on the closing two holes to clinch the title [1.7].", S1, "S"),  # synonyms
("Van Zyl drew level at the 16th but bogeyed the 17th, and Brennan parred the last two holes to win [1.6-7].", S1, "S"),  # range merge
("Brennan said he had dreamed of this moment since he was a child hitting balls on the beach [1.8].", S1, "S"),  # indirect speech
("Whitaker described himself as \"gutted\" [1.9].", S1, "S"),  # partial quote
("Whitaker said he had \"just run out of steam\" on the back nine [1.9].", S1, "S"),  # partial quote
("Brennan earns 3.1 million dollars of the 17 million dollar prize fund [1.1, 1.10].", S1, "S"),  # winner = Brennan
("The champion's cheque is worth 3.1 million dollars [1.10].", S1, "S"),  # paraphrase
("The prize fund totals 17 million dollars [1.10].", S1, "S"),  # dropped detail
("Kenji Sato, the defending champion, closed with a 70 and finished tied 12th [1.11].", S1, "S"),  # reorder
("Sato, who was defending the title, finished tied for 12th [1.11].", S1, "S"),  # paraphrase
("Gusts of up to 35mph made scoring hard for early starters [1.12].", S1, "S"),  # paraphrase
("Brennan climbs 15 places to ninth in the world rankings after the win [1.13].", S1, "S"),  # 24 - 9 = 15
("Brennan's win moves him into the world's top ten [1.13].", S1, "S"),  # ninth = top ten
("The victory lifts Brennan from 24th to ninth in the world rankings. [1.13]", S1, "S"),  # verbatim, end citation
("Lucas Brennan of Ireland won the Harbour Open at Kilmory Links on Saturday [1.1].", S1, "R"),  # Sunday -> Saturday
("Brennan closed with a five-under-par 67 [1.1].", S1, "R"),  # four-under -> five-under
("Brennan finished at 13 under [1.1].", S1, "R"),  # 11 -> 13
("Brennan became the first Irishman to win the Harbour Open [1.1].", S1, "R"),  # invented 'first'
("Brennan began the final round three shots behind Cole Whitaker [1.2].", S1, "R"),  # two -> three
("Brennan, 29, began the final round as the overnight leader [1.2].", S1, "R"),  # role swap: Whitaker led
("Brennan led from the start of the final round [1.2].", S1, "R"),  # he started two behind
("Whitaker carded a 73 and finished alone in second place [1.3].", S1, "R"),  # tied -> alone
("Whitaker carded a 71 and finished tied for second [1.3].", S1, "R"),  # 73 -> 71
("Brennan won by three shots [1.3].", S1, "R"),  # two -> three
("Whitaker finished two strokes back after a closing 73, while van Zyl bogeyed the 17th after finding a bunker [1.3].", S1, "R"),  # clause from uncited 1.6
("Whitaker's final round was four shots worse than Brennan's [1.1, 1.3].", S1, "R"),  # difference is six
("It was Brennan's first major title, at his 18th attempt [1.4].", S1, "R"),  # 19th -> 18th
("It was Brennan's first professional title [1.4].", S1, "R"),  # scope widened: major -> professional
("He holed a 40-foot putt for birdie at the par-five 14th [1.5].", S1, "R"),  # eagle -> birdie
("He holed a 40-foot putt for eagle at the par-four 14th [1.5].", S1, "R"),  # par-five -> par-four
("The eagle at the 14th extended Brennan's lead [1.5].", S1, "R"),  # it gave him the lead for the first time
("Brennan took the lead for the first time at the 14th because Whitaker had found a bunker [1.5].", S1, "R"),  # invented cause
("Brennan's 40-foot putt at the 14th was the longest holed all week [1.5].", S1, "R"),  # invented superlative
("Brennan took the lead for the first time at the 16th [1.5-7].", S1, "R"),  # it was the 14th
("Van Zyl had drawn level with a birdie at the 17th, but he bogeyed the 16th [1.6].", S1, "R"),  # holes swapped
("Van Zyl bogeyed the 17th after his tee shot went into the water [1.6].", S1, "R"),  # bunker -> water
("Whitaker had drawn level with a birdie at the 16th [1.6].", S1, "R"),  # wrong player
("Brennan birdied the last two holes to seal victory [1.7].", S1, "R"),  # parred -> birdied
("\"I've dreamed about this since I was a kid hitting balls on the beach,\" Whitaker said [1.8].", S1, "R"),  # wrong speaker
("\"I've dreamed about this since I was a kid hitting balls in the park,\" Brennan said [1.8].", S1, "R"),  # altered quote
("Whitaker said he was \"gutted\" and had \"just run out of steam\" on the front nine [1.9].", S1, "R"),  # back nine -> front nine
("Van Zyl said he was \"gutted\" but felt he had \"just run out of steam\" [1.9].", S1, "R"),  # wrong speaker
("The winner collects a cheque for 3.1 million dollars from a total prize fund of 71 million dollars [1.10].", S1, "R"),  # 17 -> 71
("The winner collects a cheque for 3.1 million pounds [1.10].", S1, "R"),  # dollars -> pounds
("Defending champion Kenji Sato finished in a tie for 12th after a closing 70 [1.10].", S1, "R"),  # wrong citation: fact is in 1.11
("Defending champion Kenji Sato missed the cut [1.11].", S1, "R"),  # contradicts: he finished tied 12th
("Strong winds gusting up to 35mph made scoring difficult for the late starters [1.12].", S1, "R"),  # early -> late
("Strong winds made scoring difficult for all players throughout the final round [1.12].", S1, "R"),  # overgeneralised from early starters
("The victory lifts Brennan from 24th to fourth in the world rankings [1.13].", S1, "R"),  # ninth -> fourth
("The victory lifts Brennan to world number one [1.13].", S1, "R"),  # ninth -> first
]
