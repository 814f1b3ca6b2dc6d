# Domain: a tennis grand-slam final
S1 = " ".join([
    "Elena Vasquez won her first Wimbledon title on Saturday, beating defending champion Katarina Novak 6-4, 3-6, 7-5 in the women's final.",
    "The match on Centre Court lasted two hours and 41 minutes.",
    "Vasquez, the world number seven from Spain, saved three break points in the final game before converting her second championship point.",
    "Novak, 29, had been bidding to become the first woman since 2016 to retain the title.",
    "Novak, who is Czech, hit 38 winners but also made 44 unforced errors.",
    "Vasquez served nine aces, while Novak managed four.",
    "\"I dreamed of this moment since I was six years old,\" Vasquez said during the trophy presentation.",
    "Novak said she was \"proud of the fight\" but admitted her serve had let her down in the third set.",
    "The victory is expected to lift Vasquez to number three in Monday's world rankings.",
    "Vasquez collects prize money of 2.7 million pounds, with Novak receiving half that amount.",
    "Organisers said the roof was closed for the final set after light rain began to fall.",
])
PROBES = [
("Elena Vasquez claimed her maiden Wimbledon crown on Saturday by defeating the defending champion, Katarina Novak [1.1].", S1, "S"),  # synonyms
("Vasquez beat Novak in three sets, 6-4, 3-6, 7-5 [1.1].", S1, "S"),  # dropping detail
("Vasquez won the final in straight sets [1.1].", S1, "R"),  # lost a set
("Elena Vasquez won her second Wimbledon title on Saturday [1.1].", S1, "R"),  # first vs second
("Elena Vasquez won the Wimbledon final on Sunday [1.1].", S1, "R"),  # wrong weekday
("Vasquez beat Novak 6-4, 3-6, 7-6 [1.1].", S1, "R"),  # wrong score
("Katarina Novak beat Elena Vasquez in the women's final [1.1].", S1, "R"),  # swapped roles
("Vasquez won the deciding set 7-5 [1.1].", S1, "S"),  # derived from score
("The Centre Court final went on for two hours and 41 minutes [1.2].", S1, "S"),  # paraphrase
("The match lasted more than two and a half hours [1.2].", S1, "S"),  # 2h41 > 2h30
("The match on Centre Court lasted three hours and 41 minutes [1.2].", S1, "R"),  # wrong figure
("The match on Court One lasted two hours and 41 minutes [1.2].", S1, "R"),  # wrong court
("The Spanish world number seven fended off three break points in the last game and won on her second championship point [1.3].", S1, "S"),  # paraphrase
("Vasquez needed two championship points to close out the match [1.3].", S1, "S"),  # converting her second
("Vasquez, the world number seven from Italy, saved three break points [1.3].", S1, "R"),  # wrong country
("Vasquez saved five break points in the final game [1.3].", S1, "R"),  # wrong number
("Vasquez converted her first championship point [1.3].", S1, "R"),  # first vs second
("Vasquez, the world number eleven, won the title [1.3].", S1, "R"),  # wrong ranking
("Novak, aged 29, was trying to become the first woman to defend the title since 2016 [1.4].", S1, "S"),  # synonyms
("No woman had retained the title since 2016 [1.4].", S1, "S"),  # implied by 'first since 2016'
("Novak, 29, had been bidding to become the first woman since 2006 to retain the title [1.4].", S1, "R"),  # wrong year
("Novak had been bidding to become the first woman ever to retain the title [1.4].", S1, "R"),  # overgeneralisation
("Novak, 32, was bidding to retain the title [1.4].", S1, "R"),  # wrong age
("The Czech struck 38 winners and committed 44 unforced errors [1.5].", S1, "S"),  # synonyms
("Novak made more unforced errors than she hit winners [1.5].", S1, "S"),  # 44 > 38
("Novak hit 44 winners and made 38 unforced errors [1.5].", S1, "R"),  # swapped figures
("The Polish player hit 38 winners [1.5].", S1, "R"),  # wrong nationality
("Vasquez hit 38 winners [1.5].", S1, "R"),  # wrong player
("Vasquez served nine aces to Novak's four [1.6].", S1, "S"),  # restructure
("Vasquez served more than twice as many aces as Novak [1.6].", S1, "S"),  # 9 > 8
("Novak served nine aces, while Vasquez managed four [1.6].", S1, "R"),  # swapped roles
("Vasquez served nine double faults [1.6].", S1, "R"),  # aces vs double faults
("Vasquez served 19 aces [1.6].", S1, "R"),  # wrong number
("At the trophy ceremony, Vasquez said she had dreamed of this moment since she was six [1.7].", S1, "S"),  # reported speech
("Vasquez said she had dreamed of the moment since she was sixteen [1.7].", S1, "R"),  # wrong age
("Novak said she had dreamed of this moment since she was six years old [1.7].", S1, "R"),  # wrong speaker
("Vasquez said during a press conference the next day that she had dreamed of this moment since childhood [1.7].", S1, "R"),  # wrong occasion
("Novak said she was proud of how she fought, while conceding her serve had failed her in the third set [1.8].", S1, "S"),  # reported speech
("Novak acknowledged that her serve had let her down in the final set [1.1, 1.8].", S1, "S"),  # third set = final set (three-set score in 1.1)
("Novak blamed her serve in the second set [1.8].", S1, "R"),  # wrong set
("Novak said she was ashamed of her performance [1.8].", S1, "R"),  # antonym
("Novak blamed an injury for her defeat [1.8].", S1, "R"),  # added cause
("Vasquez is expected to rise to third in the world rankings published on Monday [1.9].", S1, "S"),  # hedge kept
("Vasquez will be world number three on Monday [1.9].", S1, "R"),  # dropped hedge (expected)
("The victory is expected to lift Vasquez to number one in the rankings [1.9].", S1, "R"),  # wrong number
("Vasquez is expected to climb four places in the rankings [1.3, 1.9].", S1, "S"),  # seven to three
("Vasquez is expected to climb five places in the rankings [1.3, 1.9].", S1, "R"),  # arithmetic error
("Vasquez earns 2.7 million pounds in prize money, and Novak gets half as much [1.10].", S1, "S"),  # paraphrase
("Novak receives 1.35 million pounds in prize money [1.10].", S1, "S"),  # half of 2.7m
("Novak receives 1.7 million pounds in prize money [1.10].", S1, "R"),  # arithmetic error
("Vasquez collects prize money of 2.7 million euros [1.10].", S1, "R"),  # currency error
("Both finalists receive 2.7 million pounds [1.10].", S1, "R"),  # overgeneralisation
("The roof was shut for the final set when light rain started, organisers said [1.11].", S1, "S"),  # paraphrase
("Organisers said the roof was closed for the whole match [1.11].", S1, "R"),  # wrong scope
("Organisers said the roof was closed for the final set after heavy rain [1.11].", S1, "R"),  # light vs heavy
("Organisers said the roof was closed after light rain began to fall [1.10].", S1, "R"),  # wrong sentence cited
("Vasquez won the deciding set 7-5 under a closed roof [1.1, 1.11].", S1, "S"),  # merge; third set = final set
("Novak, who made 44 unforced errors, said her serve had let her down [1.5, 1.8].", S1, "S"),  # merge
("The Spaniard hit 38 winners [1.3, 1.5].", S1, "R"),  # 38 winners were Novak's
("Vasquez, who won in two hours and 41 minutes, served nine aces [1.2, 1.6].", S1, "S"),  # merge
("Vasquez stopped Novak from retaining her title [1.1, 1.4].", S1, "S"),  # defending champion bidding to retain
("Vasquez beat the defending champion despite serving fewer aces [1.1, 1.6].", S1, "R"),  # she served more aces
("The final was played in front of a record crowd [1.2].", S1, "R"),  # added detail
("The winner of the women's final will receive a trophy from the Princess of Wales [1.7].", S1, "R"),  # added detail
("Vasquez won with her second championship point after saving break points in the last game [1.3].", S1, "S"),  # reordered
("Novak had hoped to be the first woman in a decade to keep the title [1.4].", S1, "R"),  # 'in a decade' not stated; year of match unknown
("The Czech defending champion lost the Wimbledon final to Vasquez [1.1, 1.5].", S1, "S"),  # merge
("Vasquez took the first and third sets, while Novak won the second [1.1].", S1, "S"),  # derived from score
("The title is the first Wimbledon win of Vasquez's career [1.1].", S1, "S"),  # paraphrase
("Vasquez, who is ranked seventh in the world, comes from Spain [1.3].", S1, "S"),  # restructure
("Novak was 29 at the time of the final [1.4].", S1, "S"),  # dropping detail
("Four aces came from Novak's racket [1.6].", S1, "S"),  # voice/structure change
("Speaking as the trophy was presented, Vasquez said the moment was one she had dreamed of from the age of six [1.7].", S1, "S"),  # reported speech
("Novak's prize money is half of Vasquez's 2.7 million pounds [1.10].", S1, "S"),  # restructure
("Light rain led organisers to close the roof for the last set [1.11].", S1, "S"),  # nominal cause
("The women's final was decided in a third set [1.1].", S1, "S"),  # derived
]
