S1 = ("Kenyan runner Faith Wanjiru won the women's 5,000 metres at the Oslo Diamond League meeting on Thursday in 14 minutes 21 seconds. "
"Ethiopia's Tsige Alemu finished second, just 0.4 seconds behind. "
"Wanjiru's time was a meeting record but fell short of her personal best. "
"In the men's high jump, Italy's Marco Bellini cleared 2.33 metres to take victory. "
"American sprinter Jalen Brooks pulled out of the 100 metres with a hamstring injury. "
"Organisers said 14,000 spectators attended despite heavy rain.")
S2 = ("Harlow Hawks beat Bexley Bears 27-19 in the rugby union semi-final on Saturday. "
"Hawks wing Sam Okoro scored two tries in the second half. "
"Bexley captain Rhys Morgan was sent off in the 58th minute for a dangerous tackle. "
"Harlow coach Dean Price said his side had been lucky to win. "
"The Hawks will face Corby in the final at Twickenham on May 31. "
"In basketball, the Leeds Rhinos lost 88-94 to the Sheffield Sharks after overtime on Sunday. "
"Sharks guard Tyrell Banks scored a season-high 34 points.")
PROBES = [
("Faith Wanjiru of Kenya won the women's 5,000 metres in Oslo on Thursday in 14 minutes 21 seconds. [1.1]", S1, "S"),
("Kenyan runner Faith Wanjiru won the women's 10,000 metres at the Oslo Diamond League meeting on Thursday. [1.1]", S1, "R"),  # distance
("Kenyan runner Faith Wanjiru won the women's 5,000 metres at the Oslo Diamond League meeting on Thursday in 14 minutes 12 seconds. [1.1]", S1, "R"),  # time
("Ethiopian Tsige Alemu came second, only 0.4 seconds behind. [1.2]", S1, "S"),
("Ethiopia's Tsige Alemu finished third, just 0.4 seconds behind. [1.2]", S1, "R"),  # ordinal
("Kenya's Tsige Alemu finished second, just 0.4 seconds behind. [1.2]", S1, "R"),  # nationality
("Wanjiru set a meeting record but did not match her personal best. [1.3]", S1, "S"),
("Wanjiru's time was a meeting record and a personal best. [1.3]", S1, "R"),  # negation
("Wanjiru's time was a world record. [1.3]", S1, "R"),  # meeting -> world
("Wanjiru clocked a meeting record of 14 minutes 21 seconds. [1.1][1.3]", S1, "S"),
("Italy's Marco Bellini won the men's high jump with a clearance of 2.33 metres. [1.4]", S1, "S"),
("In the men's high jump, Italy's Marco Bellini cleared 2.38 metres to take victory. [1.4]", S1, "R"),  # number
("In the men's long jump, Italy's Marco Bellini cleared 2.33 metres to take victory. [1.4]", S1, "R"),  # event
("US sprinter Jalen Brooks withdrew from the 100 metres with a hamstring injury. [1.5]", S1, "S"),
("American sprinter Jalen Brooks pulled out of the 200 metres with a hamstring injury. [1.5]", S1, "R"),  # event
("Jalen Brooks won the 100 metres despite a hamstring injury. [1.5]", S1, "R"),  # contradicts
("Organisers said 14,000 spectators turned up in spite of heavy rain. [1.6]", S1, "S"),
("Organisers said 40,000 spectators attended despite heavy rain. [1.6]", S1, "R"),  # number
("Harlow Hawks defeated Bexley Bears 27-19 in Saturday's rugby union semi-final. [2.1]", S2, "S"),
("Bexley Bears beat Harlow Hawks 27-19 in the rugby union semi-final on Saturday. [2.1]", S2, "R"),  # role swap
("Harlow Hawks beat Bexley Bears 27-19 in the rugby union quarter-final on Saturday. [2.1]", S2, "R"),  # round
("Sam Okoro, the Hawks wing, scored twice in the second half. [2.2]", S2, "S"),
("Hawks wing Sam Okoro scored two tries in the first half. [2.2]", S2, "R"),  # half
("Hawks wing Sam Okoro scored three tries in the second half. [2.2]", S2, "R"),  # number
("Bexley captain Rhys Morgan was shown a red card in the 58th minute for a dangerous tackle. [2.3]", S2, "S"),
("Harlow captain Rhys Morgan was sent off in the 58th minute for a dangerous tackle. [2.3]", S2, "R"),  # team
("Rhys Morgan was sent off for a dangerous tackle. [2.3]", S2, "S"),
("Harlow coach Dean Price admitted his team had been fortunate to win. [2.4]", S2, "S"),
("Bexley coach Dean Price said his side had been lucky to win. [2.4]", S2, "R"),  # team
("Harlow coach Dean Price said his side had deserved to win. [2.4]", S2, "R"),  # lucky->deserved
("Rhys Morgan said his side had been lucky to win. [2.3][2.4]", S2, "R"),  # speaker swap across
("The Hawks will play Corby in the final at Twickenham on May 31. [2.5]", S2, "S"),
("The Hawks will face Corby in the final at Twickenham on May 13. [2.5]", S2, "R"),  # date
("The Hawks beat Corby in the final at Twickenham on May 31. [2.5]", S2, "R"),  # future -> past result
("The Leeds Rhinos were beaten 94-88 by the Sheffield Sharks in overtime on Sunday. [2.6]", S2, "S"),
("The Leeds Rhinos beat the Sheffield Sharks 94-88 after overtime on Sunday. [2.6]", S2, "R"),  # winner swapped
("The Sheffield Sharks won on Sunday after overtime. [2.6]", S2, "S"),
("Sharks guard Tyrell Banks scored a season-high 34 points. [2.7]", S2, "S"),
("Rhinos guard Tyrell Banks scored a season-high 34 points. [2.7]", S2, "R"),  # team
("Tyrell Banks scored a career-high 34 points. [2.7]", S2, "R"),  # season->career
]
PROBES += [
("Bellini, of Italy, won the men's high jump at 2.33 metres. [1.4]", S1, "S"),
("Heavy rain did not stop 14,000 spectators from attending, organisers said. [1.6]", S1, "S"),
("Okoro scored both of his tries after half-time. [2.2]", S2, "R"),  # LABEL CORRECTED S->R after run (see REPORT)
("Harlow will meet Corby in the final on May 31. [2.5]", S2, "S"),
("Banks, a Sharks guard, posted 34 points, his best of the season. [2.7]", S2, "S"),
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
