# Domain: a swimming championship
S1 = " ".join([
    "Australia's Mia Thornbury won the women's 200m freestyle at the World Aquatics Championships in Fukuoka on Tuesday in a championship record of 1:52.61.",
    "She finished 0.34 seconds ahead of Canada's Leah Dubois, with American Jordan Pike taking bronze.",
    "Thornbury, 19, had been only fourth-fastest going into the final after a cautious semi-final swim.",
    "\"I didn't think I had that in me tonight,\" she told reporters afterwards.",
    "Britain's Adam Keir, the defending champion, failed to reach the men's 100m breaststroke final after finishing ninth in the semi-finals.",
    "His coach said Keir had been struggling with a shoulder injury for several weeks but declined to say whether he would compete in the relay.",
    "China topped the medal table after four days with 11 golds, two more than the United States.",
    "The championships end on Sunday, and organisers say ticket sales have been the highest since 2015.",
])
PROBES = [
("Mia Thornbury of Australia took the women's 200m freestyle title in Fukuoka on Tuesday, setting a championship record of 1:52.61 [1.1].", S1, "S"),  # paraphrase
("Thornbury's winning time of 1:52.61 in the 200m freestyle was a new championship record [1.1].", S1, "S"),  # nominalisation
("Mia Thornbury won the women's 200m freestyle in a world record of 1:52.61 [1.1].", S1, "R"),  # championship -> world record
("Mia Thornbury won the women's 200m freestyle in a championship record of 1:52.16 [1.1].", S1, "R"),  # digits swapped
("New Zealand's Mia Thornbury won the women's 200m freestyle in Fukuoka [1.1].", S1, "R"),  # nationality
("Canada's Leah Dubois took silver, 0.34 seconds behind Thornbury, and American Jordan Pike won bronze [1.2].", S1, "S"),  # silver implied by second place; paraphrase
("Thornbury beat Canadian Leah Dubois by just over a third of a second, with Jordan Pike of the US third [1.2].", S1, "S"),  # 0.34 ~ a third
("Dubois finished 1:52.95, 0.34 seconds behind the winner [1.1, 1.2].", S1, "S"),  # 1:52.61 + 0.34 = 1:52.95 (arithmetic)
("She finished 0.34 seconds ahead of American Jordan Pike, with Canada's Leah Dubois taking bronze [1.2].", S1, "R"),  # roles swapped
("She finished 0.43 seconds ahead of Canada's Leah Dubois [1.2].", S1, "R"),  # number
("She finished 0.34 seconds ahead of Canada's Leah Dubois, with American Jordan Pike taking silver [1.2].", S1, "R"),  # bronze -> silver
("Thornbury finished more than half a second ahead of Leah Dubois [1.2].", S1, "R"),  # 0.34 < 0.5
("The 19-year-old Thornbury had qualified only fourth-fastest for the final following a careful semi-final [1.3].", S1, "S"),  # paraphrase
("Thornbury, who is 19, went into the final with just the fourth-quickest time after holding back in her semi [1.3].", S1, "S"),  # paraphrase
("Thornbury, 19, had been the fastest qualifier going into the final [1.3].", S1, "R"),  # fourth -> fastest
("Thornbury had been only fourth-fastest going into the final after an aggressive semi-final swim [1.3].", S1, "R"),  # antonym
("Thornbury had been fourth-fastest after her semi-final because she was recovering from illness [1.3].", S1, "R"),  # invented cause
("Thornbury told reporters afterwards she had not thought she had that kind of swim in her that night [1.4].", S1, "S"),  # reported speech
("Speaking to reporters after the race, she admitted she had not expected to produce such a performance [1.4].", S1, "S"),  # paraphrase
("\"I always knew I had that in me tonight,\" she told reporters afterwards [1.4].", S1, "R"),  # altered quote, reversed
("Thornbury told reporters before the final that she did not think she could win [1.4].", S1, "R"),  # afterwards -> before
("Leah Dubois told reporters: \"I didn't think I had that in me tonight\" [1.2, 1.4].", S1, "R"),  # wrong speaker
("Defending champion Adam Keir of Britain missed out on the men's 100m breaststroke final after placing ninth in the semis [1.5].", S1, "S"),  # paraphrase
("Keir, the reigning champion, finished one place short of the eight-man 100m breaststroke final [1.5].", S1, "R"),  # "eight-man"/one place short is inference from ninth; final size not stated
("Britain's Adam Keir, the defending champion, finished ninth in the men's 100m breaststroke final [1.5].", S1, "R"),  # semis -> final
("Britain's Adam Keir failed to reach the men's 100m butterfly final [1.5].", S1, "R"),  # stroke
("Keir's coach said the swimmer had been troubled by a shoulder injury for weeks, but would not say if he would swim in the relay [1.6].", S1, "S"),  # paraphrase
("Keir has been hampered by a shoulder problem for several weeks, his coach said, refusing to be drawn on his relay participation [1.6].", S1, "S"),  # paraphrase
("His coach said Keir had been struggling with a knee injury for several weeks [1.6].", S1, "R"),  # body part
("His coach said Keir would not compete in the relay [1.6].", S1, "R"),  # declined to say -> said would not
("His coach confirmed Keir would compete in the relay despite a shoulder injury [1.6].", S1, "R"),  # declined -> confirmed
("Keir said he had been struggling with a shoulder injury for several weeks [1.6].", S1, "R"),  # wrong speaker
("His coach said a shoulder injury was why Keir missed the final [1.5, 1.6].", S1, "R"),  # invented causal attribution by coach
("After four days, China led the medal table with 11 gold medals, two ahead of the United States [1.7].", S1, "S"),  # paraphrase
("The United States had nine golds after four days, two fewer than table-topping China [1.7].", S1, "S"),  # 11-2=9
("China topped the medal table after four days with 11 golds, three more than the United States [1.7].", S1, "R"),  # two -> three
("The United States topped the medal table after four days with 11 golds [1.7].", S1, "R"),  # country swapped
("China topped the medal table with 11 medals in total, two more than the US [1.7].", S1, "R"),  # golds -> total medals
("China has won the championships with 11 golds [1.7, 1.8].", S1, "R"),  # still ongoing; "has won" unsupported
("The championships conclude on Sunday, with organisers reporting their best ticket sales since 2015 [1.8].", S1, "S"),  # paraphrase
("According to organisers, no championships since 2015 have sold more tickets [1.8].", S1, "S"),  # highest since 2015
("The championships end on Saturday [1.8].", S1, "R"),  # weekday
("Organisers say ticket sales have been the highest ever [1.8].", S1, "R"),  # since 2015 -> ever
("Organisers say ticket sales have been the highest since 2015 thanks to Thornbury's win [1.8].", S1, "R"),  # invented cause
("Thornbury, only fourth-fastest into the final, won the 200m freestyle in a championship record [1.1, 1.3].", S1, "S"),  # merge
("Thornbury came from fourth-fastest qualifier to beat Dubois by 0.34 seconds [1.2, 1.3].", S1, "S"),  # merge
("While Australia's Thornbury won gold, defending champion Keir of Britain failed to make the 100m breaststroke final [1.1, 1.5].", S1, "S"),  # merge
("Keir, who has had a shoulder injury for several weeks according to his coach, finished ninth in the semi-finals [1.5, 1.6].", S1, "S"),  # merge
("China lead the medal table with 11 golds, and the championships run until Sunday [1.7, 1.8].", S1, "S"),  # merge
("Thornbury, 19, is the youngest ever winner of the women's 200m freestyle [1.1, 1.3].", S1, "R"),  # invented record
("The teenage Thornbury won gold on Tuesday [1.1, 1.3].", S1, "S"),  # 19 = teenager; won = gold

("Jordan Pike of the United States finished third in the women's 200m freestyle [1.1, 1.2].", S1, "S"),  # bronze = third
("The women's 200m freestyle at the World Aquatics Championships was won by Australian Mia Thornbury [1.1].", S1, "S"),  # passive
("Thornbury's semi-final had been a cautious one [1.3].", S1, "S"),  # compression
("Thornbury said after the race that she had surprised herself [1.4].", S1, "S"),  # paraphrase of quote
("Adam Keir, Britain's defending champion, came ninth in the 100m breaststroke semi-finals and did not make the final [1.5].", S1, "S"),  # paraphrase
("Whether Keir will swim in the relay is unclear, with his coach declining to comment on it [1.6].", S1, "S"),  # paraphrase
("China's 11 golds after four days put them two clear of the Americans at the top of the medal table [1.7].", S1, "S"),  # paraphrase
("Sunday is the final day of the championships [1.8].", S1, "S"),  # paraphrase
]
