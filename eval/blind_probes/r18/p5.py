# Domain: a city marathon result
S1 = " ".join([
    "Kenya's Daniel Kiprop won the Berlin Marathon on Sunday in 2 hours 3 minutes and 12 seconds, the fastest time in the world this year.",
    "Kiprop broke clear of Ethiopia's Tadese Alemu at around the 35-kilometre mark and finished 41 seconds ahead of him.",
    "Alemu took second place, while Japan's Kenta Morimoto set a national record of 2 hours 5 minutes and 2 seconds in third.",
    "In the women's race, Ethiopia's Meseret Bekele defended her title in 2 hours 17 minutes and 40 seconds.",
    "Bekele was almost two minutes outside the course record she set last year, having slowed in the final five kilometres.",
    "Organisers said a record 47,000 runners started the race, which was held in cool and dry conditions.",
    "Kiprop, who is 27, had finished fourth in Berlin two years ago on his marathon debut.",
])
S2 = " ".join([
    "Daniel Kiprop said after the race that he had planned to attack early but decided to wait because of a headwind in the second half.",
    "He said he hoped his performance would earn him a place in Kenya's team for next summer's world championships.",
    "Kenya's athletics federation is expected to name its marathon squad in January, after reviewing results from the autumn races.",
    "Tadese Alemu told reporters that he had struggled with cramp in his left leg over the last ten kilometres.",
    "Kenta Morimoto's time beat the previous Japanese record, set in Tokyo three years ago, by 19 seconds.",
    "Meseret Bekele said she was happy to win again but disappointed not to break her own record.",
    "Race director Anke Vogel said more than a million spectators had lined the route through the centre of the city.",
])
PROBES = [
("Daniel Kiprop of Kenya won Sunday's Berlin Marathon in 2:03:12, the quickest time recorded anywhere this year [1.1].", S1, "S"),  # time written another way
("Kiprop's winning time in Berlin was the world's fastest of the year [1.1].", S1, "S"),  # compression
("Daniel Kiprop won the Berlin Marathon in a new world record [1.1].", S1, "R"),  # fastest this year -> world record
("Daniel Kiprop won the Berlin Marathon on Saturday [1.1].", S1, "R"),  # Sunday -> Saturday
("Kiprop pulled away from Ethiopia's Tadese Alemu around 35 kilometres in and crossed the line 41 seconds before him [1.2].", S1, "S"),  # broke clear -> pulled away
("Tadese Alemu finished 41 seconds behind Kiprop [1.2].", S1, "S"),  # perspective swapped correctly
("Alemu broke clear of Kiprop at around the 35-kilometre mark [1.2].", S1, "R"),  # roles swapped
("Kiprop finished 41 seconds ahead of Alemu after a sprint in the final kilometre [1.2].", S1, "R"),  # invented detail
("Alemu was runner-up, and Japan's Kenta Morimoto finished third in a national record of 2:05:02 [1.3].", S1, "S"),  # second place -> runner-up, time format
("Kenta Morimoto set a Japanese record while finishing third [1.3].", S1, "S"),  # national -> Japanese (Japan's named)
("Kenta Morimoto set a course record of 2 hours 5 minutes and 2 seconds [1.3].", S1, "R"),  # national record -> course record
("Alemu took third place, while Morimoto finished second [1.3].", S1, "R"),  # places swapped
("Kenta Morimoto set an Asian record of 2 hours 5 minutes and 2 seconds [1.3].", S1, "R"),  # national -> Asian (wider scope)
("Meseret Bekele of Ethiopia retained her women's title in 2:17:40 [1.4].", S1, "S"),  # defended -> retained, time format
("Ethiopia's Meseret Bekele won the women's race in 2 hours 17 minutes and 40 seconds [1.4].", S1, "S"),  # compression
("In the women's race, Meseret Bekele lost her title [1.4].", S1, "R"),  # antonym
("Bekele, who slowed over the last five kilometres, finished nearly two minutes slower than the course record she set a year earlier [1.5].", S1, "S"),  # reordering, almost -> nearly
("The course record Bekele missed by almost two minutes was one she had set herself last year [1.5].", S1, "S"),  # restructured, almost kept
("Bekele broke the course record she set last year [1.5].", S1, "R"),  # antonym
("Bekele was almost two minutes outside the course record because of a headwind [1.5].", S1, "R"),  # invented cause
("A record 47,000 runners set off in cool, dry weather, according to the organisers [1.6].", S1, "S"),  # reordering
("Organisers said the race had its largest ever field of starters [1.6].", S1, "S"),  # record 47,000 -> largest ever field
("Organisers said a record 47,000 runners finished the race [1.6].", S1, "R"),  # started -> finished
("The race was held in warm and dry conditions [1.6].", S1, "R"),  # cool -> warm
("Kiprop, aged 27, came fourth in Berlin two years ago in his first marathon [1.7].", S1, "S"),  # debut -> first marathon
("Kiprop had won in Berlin two years ago on his marathon debut [1.7].", S1, "R"),  # fourth -> won
("Kiprop said he had intended to attack early but chose to wait because of a headwind in the second half [2.1].", S2, "S"),  # planned -> intended, decided -> chose
("A second-half headwind made Daniel Kiprop delay his attack, he said [2.1].", S2, "S"),  # nominalisation, compression
("Daniel Kiprop said he attacked early despite a headwind in the second half [2.1].", S2, "R"),  # plan reversed
("Daniel Kiprop said he decided to wait because of a tailwind in the second half [2.1].", S2, "R"),  # headwind -> tailwind
("Kiprop said he hoped the run would win him selection for Kenya's team at next summer's world championships [2.1][2.2].", S2, "S"),  # pronoun resolved, hope kept
("Kiprop said his performance had earned him a place in Kenya's team for the world championships [2.1][2.2].", S2, "R"),  # hope -> fact
("Kiprop said he hoped to earn a place in Kenya's team for next summer's Olympic Games [2.1][2.2].", S2, "R"),  # world championships -> Olympics
("Kenya's athletics federation is due to announce its marathon squad in January [2.3].", S2, "S"),  # expected -> due, name -> announce
("Kenya's athletics federation named its marathon squad in January [2.3].", S2, "R"),  # expected future -> past fact
("Alemu told reporters he had suffered from cramp in his left leg during the final ten kilometres [2.4].", S2, "S"),  # struggled with -> suffered from, last -> final
("Tadese Alemu said cramp in his left leg had troubled him over the closing 10 kilometres [2.4].", S2, "S"),  # number as digits, voice
("Tadese Alemu said he had struggled with cramp in his right leg [2.4].", S2, "R"),  # left -> right
("Tadese Alemu said cramp cost him victory in the race [2.4].", S2, "R"),  # invented causal claim
("Morimoto improved the Japanese record by 19 seconds [2.5].", S2, "S"),  # beat previous record by -> improved record by
("Kenta Morimoto's time equalled the previous Japanese record [2.5].", S2, "R"),  # beat -> equalled
("Bekele said she was pleased to win again but let down at not breaking her own record [2.6].", S2, "S"),  # synonyms
("Meseret Bekele said she was disappointed to win again [2.6].", S2, "R"),  # emotion attached to wrong thing
("Meseret Bekele said she was happy to win again and to break her own record [2.6].", S2, "R"),  # negation dropped
("More than a million spectators lined the course, race director Anke Vogel said [2.7].", S2, "S"),  # reordering, route -> course
("Race director Anke Vogel said exactly one million spectators had lined the route [2.7].", S2, "R"),  # more than -> exactly
("More than a million spectators watched the race in cool and wet conditions [1.6][2.7].", S1, "R"),  # dry -> wet
("Kiprop, who said a second-half headwind made him hold off attacking early, broke clear at around 35 kilometres and finished 41 seconds clear of Alemu [1.2][2.1].", S2, "S"),  # merge across documents
("Japan's Kenta Morimoto finished third in a time 19 seconds faster than the previous national record [1.3][2.5].", S2, "S"),  # merge across documents
("Ethiopia's Tadese Alemu finished second, 41 seconds behind Kiprop [1.2][1.3].", S1, "S"),  # merge
("Kiprop got away from Alemu at roughly the 35-kilometre point [1.2].", S1, "S"),  # broke clear -> got away
("Bekele faded over the last five kilometres [1.5].", S1, "S"),  # slowed -> faded
("Kiprop made his marathon debut in Berlin two years ago, finishing fourth [1.7].", S1, "S"),  # reordering
("The 27-year-old Kenyan Daniel Kiprop won in Berlin on Sunday [1.1][1.7].", S1, "S"),  # merge
("Morimoto's record-breaking time was 2 hours 5 minutes and 2 seconds [1.3].", S1, "S"),  # nominalisation
("Kiprop said a headwind in the second half led him to drop his plan to attack early [2.1].", S2, "S"),  # reworded reported speech
("Kenya is expected to select its marathon squad in January [2.3].", S2, "S"),  # federation -> Kenya (generalisation), name -> select
("Kiprop said he was confident of a place in Kenya's team for the world championships [2.1][2.2].", S2, "R"),  # hoped -> confident
]
