# Domain: a tennis Davis Cup tie between Britain and Argentina
S1 = " ".join([
    "Britain reached the Davis Cup quarter-finals on Sunday after beating Argentina 3-2 in a tense tie at the Emirates Arena in Glasgow.",
    "Jack Pemberton sealed the win by defeating Tomas Ferreyra 6-4, 3-6, 7-6 in the deciding fifth rubber.",
    "On Friday, British number one Oliver Haines beat Luis Acosta in straight sets, but Pemberton lost to Francisco Lanza in three.",
    "Argentina went 2-1 ahead on Saturday when Ferreyra and Acosta beat Harry Whitlock and Sam Achebe in the doubles.",
    "Haines levelled the tie on Sunday by beating Lanza 7-5, 6-2 in the first reverse singles.",
    "Argentina captain Javier Ruiz then replaced Acosta with Ferreyra for the final match, citing a wrist injury.",
    "Pemberton, ranked 112th in the world, saved two break points at 5-5 in the third set before winning the tie-break 7-3.",
    "\"I have never felt pressure like that on a tennis court,\" said the 22-year-old from Leeds.",
    "Britain captain Mark Dalgleish described Pemberton's performance as the best of his career.",
    "A crowd of 7,800 attended on Sunday, a record for a Davis Cup tie in Scotland.",
    "Britain will face Serbia or Chile in the quarter-finals in Malaga in November.",
    "Argentina, who won the competition in 2016, must now enter a play-off in September to stay in the World Group.",
])
PROBES = [
("Britain beat Argentina 3-2 in Glasgow to reach the Davis Cup quarter-finals [1.1].", S1, "S"),  # reordering
("The tie was played at the Emirates Arena [1.1].", S1, "S"),  # dropping detail
("Ferreyra was beaten 6-4, 3-6, 7-6 by Pemberton in the fifth rubber [1.2].", S1, "S"),  # passive
("Pemberton's victory came in the deciding rubber [1.2].", S1, "S"),  # nominalisation
("Haines, Britain's number one, beat Acosta in straight sets on Friday [1.3].", S1, "S"),  # reordering
("Pemberton was beaten by Lanza in three sets on Friday [1.3].", S1, "S"),  # passive
("Whitlock and Achebe lost Saturday's doubles to Ferreyra and Acosta [1.4].", S1, "S"),  # role-preserving converse
("The doubles win on Saturday put Argentina 2-1 up [1.4].", S1, "S"),  # paraphrase
("Haines beat Lanza 7-5, 6-2 to level the tie at 2-2 [1.4, 1.5].", S1, "S"),  # 2-1 then levelled = 2-2
("Ruiz brought in Ferreyra in place of Acosta for the final match, citing a wrist injury [1.6].", S1, "S"),  # paraphrase
("Pemberton, the world number 112, won the third-set tie-break 7-3 [1.7].", S1, "S"),  # ranked 112th
("Pemberton saved two break points at 5-5 in the third set [1.7].", S1, "S"),  # dropping detail
("The 22-year-old from Leeds said he had never felt such pressure on a tennis court [1.8].", S1, "S"),  # indirect speech
("Dalgleish, the Britain captain, called it the best performance of Pemberton's career [1.9].", S1, "S"),  # paraphrase
("Sunday's crowd of 7,800 was a record for a Davis Cup tie in Scotland [1.10].", S1, "S"),  # reordering
("Britain's quarter-final opponents will be either Serbia or Chile [1.11].", S1, "S"),  # paraphrase
("The quarter-final will be played in Malaga in November [1.11].", S1, "S"),  # dropping detail
("Argentina, the 2016 champions, face a September play-off to keep their place in the World Group [1.12].", S1, "S"),  # paraphrase
("Britain came back from 2-1 down to beat Argentina [1.1, 1.4].", S1, "S"),  # merge
("Ferreyra played in both the doubles and the fifth rubber [1.2, 1.4].", S1, "S"),  # merge
("Haines won both of his singles matches [1.3, 1.5].", S1, "S"),  # merge
("Lanza lost to Haines in the first reverse singles [1.5].", S1, "S"),  # converse
("Nearly 8,000 people attended on Sunday [1.10].", S1, "S"),  # 7,800 ~ nearly 8,000
("Pemberton lost the second set against Ferreyra 3-6 [1.2].", S1, "S"),  # from score
("Pemberton dropped a set in his win over Ferreyra [1.2].", S1, "S"),  # from score
("Argentina won the Davis Cup in 2016 [1.1, 1.12].", S1, "S"),  # the competition = Davis Cup
("Britain's captain said Pemberton's performance was the best of his career [1.9].", S1, "S"),  # paraphrase
("Argentina's captain cited a wrist injury when he swapped Acosta for Ferreyra [1.6].", S1, "S"),  # paraphrase
("Haines beat Acosta on Friday and Lanza on Sunday [1.3, 1.5].", S1, "S"),  # merge
("Pemberton won the deciding rubber in three sets [1.2].", S1, "S"),  # from score
("Britain won the tie by three rubbers to two [1.1].", S1, "S"),  # 3-2
("Argentina must play a play-off in September to stay in the World Group [1.12].", S1, "S"),  # near-verbatim
("Britain reached the Davis Cup semi-finals on Sunday after beating Argentina [1.1].", S1, "R"),  # quarter-finals
("Britain beat Argentina 3-1 in Glasgow [1.1].", S1, "R"),  # 3-2
("Britain reached the Davis Cup quarter-finals on Saturday [1.1].", S1, "R"),  # Sunday
("Argentina beat Britain 3-2 at the Emirates Arena in Glasgow [1.1].", S1, "R"),  # role swap: Britain won
("Jack Pemberton sealed the win by defeating Tomas Ferreyra 6-4, 3-6, 7-5 [1.2].", S1, "R"),  # 7-6 not 7-5
("Pemberton defeated Ferreyra in straight sets in the fifth rubber [1.2].", S1, "R"),  # went to three sets
("On Friday, Haines beat Acosta in three sets, but Pemberton lost to Lanza in straight sets [1.3].", S1, "R"),  # set counts swapped
("On Friday, Pemberton beat Luis Acosta in straight sets [1.3].", S1, "R"),  # role swap: Haines beat Acosta
("Argentina went 2-1 ahead on Saturday when Ferreyra and Lanza beat Whitlock and Achebe in the doubles [1.4].", S1, "R"),  # Acosta, not Lanza
("Whitlock and Achebe won Saturday's doubles [1.4].", S1, "R"),  # antonym: they lost
("Haines levelled the tie by beating Lanza 7-5, 6-4 [1.5].", S1, "R"),  # 6-2
("Haines levelled the tie by beating Acosta in the first reverse singles [1.5].", S1, "R"),  # Lanza, not Acosta
("Argentina captain Javier Ruiz replaced Acosta with Ferreyra for the final match, citing a knee injury [1.6].", S1, "R"),  # wrist injury
("Ruiz replaced Ferreyra with Acosta for the final match [1.6].", S1, "R"),  # direction reversed
("Britain captain Mark Dalgleish replaced Acosta with Ferreyra for the final match [1.6].", S1, "R"),  # Ruiz, Argentina captain
("Pemberton, ranked 121st in the world, won the tie-break 7-3 [1.7].", S1, "R"),  # 112th
("Pemberton saved two match points at 5-5 in the third set [1.7].", S1, "R"),  # break points, not match points
("Pemberton won the third-set tie-break 7-5 [1.7].", S1, "R"),  # 7-3
("\"I have never felt pressure like that in my life,\" said the 22-year-old from Leeds [1.8].", S1, "R"),  # altered quote
("Haines said he had never felt pressure like that on a tennis court [1.8].", S1, "R"),  # speaker is the 22-year-old from Leeds; Haines not named
("Dalgleish described Pemberton's performance as the best in British Davis Cup history [1.9].", S1, "R"),  # scope widened: best of his career
("Argentina captain Javier Ruiz described Pemberton's performance as the best of his career [1.9].", S1, "R"),  # wrong speaker: Dalgleish
("A crowd of 7,800 attended on Sunday, a record for a Davis Cup tie in Britain [1.10].", S1, "R"),  # Scotland, not Britain
("A crowd of 8,700 attended on Sunday [1.10].", S1, "R"),  # 7,800
("Britain will face Serbia or Chile in the quarter-finals in Malaga in September [1.11].", S1, "R"),  # November
("Britain will face Serbia in the quarter-finals in Malaga [1.11].", S1, "R"),  # Serbia or Chile; opponent not decided
("Argentina, who won the competition in 2006, must now enter a play-off [1.12].", S1, "R"),  # 2016
("Argentina must now enter a play-off in September to reach the World Group [1.12].", S1, "R"),  # to stay in, not reach
("Argentina have been relegated from the World Group [1.12].", S1, "R"),  # must play off to stay; not relegated
("Pemberton won both of his singles matches [1.2, 1.3].", S1, "R"),  # he lost to Lanza on Friday
("Haines beat Lanza 7-5, 6-2 on Saturday [1.5].", S1, "R"),  # Sunday
("Argentina led 2-1 after Friday's matches [1.4].", S1, "R"),  # after Saturday's doubles
("Britain beat Argentina 3-2, with Haines sealing the win in the fifth rubber [1.1, 1.2].", S1, "R"),  # Pemberton sealed it
("Ruiz replaced Acosta with Ferreyra because Acosta had lost the doubles [1.6].", S1, "R"),  # invented reason; cited wrist injury
("Britain trailed 2-1 before Haines levelled the tie by beating Lanza [1.4-5].", S1, "S"),  # range merge
("Argentina went 2-1 ahead after Haines lost to Lanza [1.3-5].", S1, "R"),  # Haines beat Lanza; Argentina led after the doubles
]
