# Domain: a chess world championship final decided in a rapid tiebreak
S1 = " ".join([
    "India's Arjun Mehra won the World Chess Championship on Tuesday, beating the defending champion, Pavel Novak of the Czech Republic, in a rapid tiebreak in Singapore.",
    "The 14 classical games of the match had ended level at 7-7.",
    "Mehra, 21, won the first two rapid games of the tiebreak to clinch the title with a game to spare.",
    "Mehra is the youngest player to win the title since the championship was reunified in 2006.",
    "Novak, 33, had held the title since 2021.",
    "In the decisive second rapid game, Novak blundered a rook on move 38 while short of time.",
    "\"I'm still shaking, I can't believe it,\" Mehra told reporters after the game.",
    "Novak said he had been \"outplayed in the rapid games\" and congratulated his opponent.",
    "The winner will receive 60% of the $2.5m prize fund, with the remainder going to Novak.",
    "The match was watched by a peak online audience of 3.1 million viewers, according to organisers FIDE.",
    "Mehra won game nine of the classical match with the black pieces, before Novak levelled the score in game twelve.",
    "India's prime minister called Mehra's victory \"a proud moment for the nation\" in a post on social media.",
    "Mehra is the second Indian to become world champion, after Viswanathan Anand.",
])
PROBES = [
("Arjun Mehra of India won the World Chess Championship on Tuesday [1.1].", S1, "S"),  # reorder, dropped detail
("Mehra defeated the defending champion, Pavel Novak, in a rapid tiebreak [1.1].", S1, "S"),  # beat -> defeated
("Novak was beaten by Mehra in Singapore [1.1].", S1, "S"),  # passive
("The classical portion of the match finished 7-7 [1.2].", S1, "S"),  # paraphrase
("The classical phase of 14 games ended with the scores tied [1.2].", S1, "S"),  # level -> tied
("Mehra secured the title by winning the first two rapid games, with one game still left to play [1.3].", S1, "S"),  # with a game to spare
("At 21, Mehra is the youngest champion since the title was reunified in 2006 [1.3, 1.4].", S1, "S"),  # merge, scope kept
("Novak had been champion since 2021 [1.5].", S1, "S"),  # paraphrase
("Novak, who is 33, had held the title since 2021 [1.5].", S1, "S"),  # near-verbatim
("Novak lost a rook through a blunder on move 38 of the deciding game while in time trouble [1.6].", S1, "S"),  # paraphrase
("Mehra told reporters he was still shaking and could not believe it [1.7].", S1, "S"),  # reported speech
("Novak congratulated his opponent [1.8].", S1, "S"),  # dropped detail
("Novak said he had been \"outplayed in the rapid games\" [1.8].", S1, "S"),  # exact quote
("The winner will receive $1.5m from the prize fund [1.9].", S1, "S"),  # 60% of 2.5m
("Novak will receive 40% of the prize fund [1.9].", S1, "S"),  # remainder of 60%
("Novak will take home $1m [1.9].", S1, "S"),  # 40% of 2.5m
("The prize fund is worth $2.5 million [1.9].", S1, "S"),  # number format
("According to FIDE, the match drew a peak online audience of 3.1 million [1.10].", S1, "S"),  # reorder
("Mehra won the ninth classical game with black [1.11].", S1, "S"),  # paraphrase
("Novak drew level in game twelve [1.11].", S1, "S"),  # levelled -> drew level
("India's prime minister described Mehra's win as \"a proud moment for the nation\" [1.12].", S1, "S"),  # called -> described
("Mehra is India's second world champion, following Viswanathan Anand [1.13].", S1, "S"),  # paraphrase
("Novak, the 33-year-old Czech defending champion, lost his title to 21-year-old Mehra [1.1, 1.3, 1.5].", S1, "S"),  # merge, role reframing
("The match was held in Singapore [1.1].", S1, "S"),  # extraction
("FIDE organised the match [1.10].", S1, "S"),  # organisers FIDE
("Mehra needed only two rapid games to win the tiebreak [1.3].", S1, "S"),  # paraphrase
("After the classical games finished level at 7-7, the match went to a rapid tiebreak [1.1, 1.2].", S1, "S"),  # merge
("The decisive blunder came in the second rapid game [1.6].", S1, "S"),  # nominalisation
("Mehra said after the game that he could not believe it. [1.7]", S1, "S"),  # end citation form
("The title went to India's Arjun Mehra, who beat Pavel Novak [1.1].", S1, "S"),  # reframing
("Novak, the defending champion, said he had been outplayed in the rapid games [1.1, 1.8].", S1, "S"),  # merge
("The second rapid game decided the match [1.6].", S1, "S"),  # decisive -> decided
("Arjun Mehra won the World Chess Championship on Monday [1.1].", S1, "R"),  # Tuesday not Monday
("Pavel Novak won the World Chess Championship, beating Arjun Mehra in a rapid tiebreak [1.1].", S1, "R"),  # role swap
("Mehra won the title in a blitz tiebreak in Singapore [1.1].", S1, "R"),  # rapid not blitz
("Mehra won the title in a rapid tiebreak in Dubai [1.1].", S1, "R"),  # Singapore not Dubai
("The 12 classical games of the match had ended level at 6-6 [1.2].", S1, "R"),  # 14 and 7-7
("Mehra, 21, won all three rapid games of the tiebreak [1.3].", S1, "R"),  # won first two with a game to spare
("Mehra, 23, won the first two rapid games of the tiebreak [1.3].", S1, "R"),  # age 21 not 23
("Mehra is the youngest player ever to win the title [1.4].", S1, "R"),  # superlative widened: only since reunification in 2006
("Mehra is the youngest player to win the title since the championship was reunified in 2008 [1.4].", S1, "R"),  # 2006 not 2008
("Novak, 33, had held the title since 2019 [1.5].", S1, "R"),  # 2021 not 2019
("Novak, 35, had held the title since 2021 [1.5].", S1, "R"),  # 33 not 35
("In the decisive second rapid game, Novak blundered his queen on move 38 [1.6].", S1, "R"),  # rook not queen
("In the decisive second rapid game, Novak blundered a rook on move 38 despite having plenty of time [1.6].", S1, "R"),  # he was short of time
("In the decisive first rapid game, Novak blundered a rook on move 38 [1.6].", S1, "R"),  # second not first
("\"I'm still shaking, I can't believe it,\" Novak told reporters after the game [1.7].", S1, "R"),  # wrong speaker: Mehra
("\"I'm still shaking, I can't believe it,\" Mehra told reporters before the game [1.7].", S1, "R"),  # after not before
("Novak said he had been \"outplayed in the classical games\" [1.8].", S1, "R"),  # altered quote: rapid games
("Novak said he had been \"outplayed in the rapid games\" but refused to congratulate his opponent [1.8].", S1, "R"),  # he congratulated him
("The winner will receive 60% of the $2.5m prize fund, with the remainder going to charity [1.9].", S1, "R"),  # remainder goes to Novak
("The winner will receive $1.6m [1.9].", S1, "R"),  # arithmetic: 60% of 2.5m is 1.5m
("The winner will receive 40% of the $2.5m prize fund [1.9].", S1, "R"),  # 60% not 40%
("The match was watched by a peak television audience of 3.1 million viewers [1.10].", S1, "R"),  # online not television
("The match was watched by a peak online audience of 3.1 million viewers, a record for a chess broadcast [1.10].", S1, "R"),  # added record claim
("Mehra won game nine of the classical match with the white pieces [1.11].", S1, "R"),  # black not white
("Mehra won game nine before Novak levelled the score in game thirteen [1.11].", S1, "R"),  # twelve not thirteen
("Novak won game nine of the classical match, before Mehra levelled the score in game twelve [1.11].", S1, "R"),  # role swap
("India's president called Mehra's victory \"a proud moment for the nation\" [1.12].", S1, "R"),  # prime minister not president
("India's prime minister called Mehra's victory \"a proud moment for the nation\" in a televised address [1.12].", S1, "R"),  # social media post, not televised address
("Mehra is the first Indian to become world champion [1.13].", S1, "R"),  # second not first
("Mehra is the second Indian to become world champion, after Viswanathan Anand [1.12].", S1, "R"),  # wrong citation: this is 1.13
("Novak lost the title because he was short of time throughout the match [1.6].", S1, "R"),  # overgeneralised cause: one game only
("Mehra clinched the title with two games to spare [1.3].", S1, "R"),  # one game to spare
("Mehra, the defending champion, beat Pavel Novak in a rapid tiebreak [1.1].", S1, "R"),  # modifier swap: Novak was defending champion
("The 14 classical games ended 7-7, with every game drawn [1.2].", S1, "R"),  # added detail not in 1.2
]
