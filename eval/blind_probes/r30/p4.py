# Domain: an athletics championship with times and medals
S1 = " ".join([
    "Kenya's Faith Kiprotich won the women's 1500 metres at the European-hosted World Athletics Championships in Rome on Sunday, finishing in 3 minutes 51.62 seconds.",
    "Britain's Laura Pemberton took silver in 3:52.10, with Ethiopia's Hirut Bekele third in 3:52.45.",
    "Kiprotich's time was a championship record, beating the previous mark by more than a second.",
    "In the men's 100 metres, American Darius Cole won gold in 9.81 seconds, edging Jamaica's Omar Blake by two hundredths of a second.",
    "Cole had been fastest in both the heats and the semi-finals.",
    "Defending champion Luca Moretti of Italy finished fifth in front of a home crowd of about 60,000.",
    "Moretti said afterwards that a hamstring problem had \"probably cost me a medal\".",
    "The United States lead the medal table with 11 golds, ahead of Kenya with six and Jamaica with four.",
    "Britain's team has won two silver medals and a bronze but is yet to win a gold.",
    "Pemberton said she was \"over the moon\" with silver and hoped to go one better at next year's Olympics.",
    "The championships end on Tuesday with the men's marathon and the 4x400 metres relays.",
])
PROBES = [
("Faith Kiprotich of Kenya claimed the women's 1500m title in Rome on Sunday in 3:51.62 [1.1].", S1, "S"),  # paraphrase
("Faith Kiprotich won the women's 800 metres in Rome [1.1].", S1, "R"),  # wrong event
("Faith Kiprotich won the women's 1500 metres on Saturday [1.1].", S1, "R"),  # wrong weekday
("Faith Kiprotich finished in 3 minutes 51.26 seconds [1.1].", S1, "R"),  # transposed digits
("Laura Pemberton of Britain won silver in 3:52.10 and Hirut Bekele of Ethiopia took bronze in 3:52.45 [1.2].", S1, "S"),  # paraphrase
("Hirut Bekele took silver ahead of Laura Pemberton [1.2].", S1, "R"),  # swapped placings
("Laura Pemberton finished second, less than half a second behind the winner [1.1, 1.2].", S1, "S"),  # 3:52.10-3:51.62=0.48
("Laura Pemberton finished second, more than a second behind the winner [1.1, 1.2].", S1, "R"),  # 0.48s, not >1
("Kiprotich set a championship record, improving the old mark by over a second [1.3].", S1, "S"),  # paraphrase
("Kiprotich set a world record [1.3].", S1, "R"),  # championship -> world
("Kiprotich broke the previous championship record by less than a second [1.3].", S1, "R"),  # contradiction
("Kiprotich's winning time of 3:51.62 was a new championship best [1.1, 1.3].", S1, "S"),  # merge
("Kiprotich's winning time of 3:51.62 was a championship record [1.1].", S1, "R"),  # record fact uncited
("American Darius Cole took the men's 100m gold in 9.81 seconds, just ahead of Omar Blake of Jamaica [1.4].", S1, "S"),  # paraphrase
("Darius Cole beat Omar Blake by two tenths of a second [1.4].", S1, "R"),  # hundredths -> tenths
("Omar Blake beat Darius Cole to win the men's 100 metres [1.4].", S1, "R"),  # swapped roles
("Omar Blake took silver in the men's 100 metres [1.4].", S1, "S"),  # edged implies Blake second
("Omar Blake ran 9.83 seconds [1.4].", S1, "S"),  # 9.81 + 0.02
("Omar Blake ran 9.79 seconds [1.4].", S1, "R"),  # wrong arithmetic
("Darius Cole won the men's 100 metres in 9.18 seconds [1.4].", S1, "R"),  # transposed figure
("Cole recorded the quickest times in the heats and semi-finals [1.5].", S1, "S"),  # paraphrase
("Cole was fastest in the heats but not in the semi-finals [1.5].", S1, "R"),  # contradiction
("Cole was fastest in every round of the competition, including the final [1.4, 1.5].", S1, "S"),  # heats, semis and won final
("Cole was fastest in the heats, the semi-finals and the final, setting a personal best [1.4, 1.5].", S1, "R"),  # added personal best
("Italy's Luca Moretti, the defending champion, came fifth in front of roughly 60,000 home fans [1.6].", S1, "S"),  # paraphrase
("Luca Moretti finished fourth [1.6].", S1, "R"),  # wrong place
("Luca Moretti finished fifth in front of a crowd of about 80,000 [1.6].", S1, "R"),  # wrong figure
("Luca Moretti failed to defend his title [1.6].", S1, "S"),  # fifth -> did not win
("Moretti said a hamstring problem had probably cost him a medal [1.7].", S1, "S"),  # reported speech
("Moretti said a hamstring problem had cost him a medal [1.7].", S1, "R"),  # dropped hedge probably
("Moretti said a calf problem had probably cost him a medal [1.7].", S1, "R"),  # sibling word
("Moretti said a hamstring problem had probably cost him the gold [1.7].", S1, "R"),  # a medal -> the gold
("Darius Cole said a hamstring problem had probably cost him a medal [1.7].", S1, "R"),  # wrong speaker
("The United States top the medal table with 11 golds, with Kenya second on six and Jamaica third on four [1.8].", S1, "S"),  # paraphrase
("Kenya lead the medal table with 11 golds [1.8].", S1, "R"),  # swapped
("The United States have won more golds than Kenya and Jamaica combined [1.8].", S1, "S"),  # 11 > 10
("Jamaica have won five golds [1.8].", S1, "R"),  # wrong figure
("Britain have two silvers and a bronze but no gold so far [1.9].", S1, "S"),  # paraphrase
("Britain have won three medals so far [1.9].", S1, "S"),  # 2+1
("Britain have won a gold medal [1.9].", S1, "R"),  # negation
("Britain have won two bronze medals and a silver [1.9].", S1, "R"),  # swapped counts
("Pemberton said she was thrilled with her silver and hoped to win gold at next year's Olympics [1.10].", S1, "S"),  # reported speech; go one better from silver = gold
("Pemberton said she was disappointed with silver [1.10].", S1, "R"),  # contradiction
("Pemberton said she would win gold at next year's Olympics [1.10].", S1, "R"),  # hoped -> would
("Pemberton said she hoped to go one better at next year's Commonwealth Games [1.10].", S1, "R"),  # wrong event
("The championships conclude on Tuesday with the men's marathon and the 4x400m relays [1.11].", S1, "S"),  # paraphrase
("The championships end on Monday [1.11].", S1, "R"),  # wrong weekday
("The championships end with the women's marathon [1.11].", S1, "R"),  # wrong gender
("The championships end on Tuesday with the 4x100 metres relays [1.11].", S1, "R"),  # wrong event
("The championships are being held in Rome [1.1].", S1, "S"),  # detail extraction
("The championships are being held in Milan [1.1].", S1, "R"),  # wrong city
("Kenya sit second in the medal table with six golds [1.8].", S1, "S"),  # paraphrase
("Kenya have won six golds, including Kiprotich's 1500m title, which was their first of the championships [1.1, 1.8].", S1, "R"),  # 'first' unsupported
("Pemberton's silver was one of Britain's two silver medals [1.2, 1.9].", S1, "S"),  # merge
("Pemberton's silver was Britain's only medal [1.2, 1.9].", S1, "R"),  # contradiction, 3 medals
("Britain are yet to win a gold [1.10].", S1, "R"),  # wrong sentence cited
("An Ethiopian athlete won bronze in the women's 1500 metres [1.2].", S1, "S"),  # generalisation
("Luca Moretti won bronze in front of a home crowd [1.6].", S1, "R"),  # fifth, not third
("Cole won in 9.81 seconds after leading both earlier rounds [1.4, 1.5].", S1, "S"),  # merge
("Kiprotich won the race by 0.48 seconds [1.1, 1.2].", S1, "S"),  # 3:52.10 - 3:51.62
("Kiprotich won the race by 0.84 seconds [1.1, 1.2].", S1, "R"),  # wrong arithmetic
("Kiprotich beat Pemberton and Bekele to the women's 1500m gold [1.1, 1.2].", S1, "S"),  # merge
("Hirut Bekele won bronze in 3:52.45 [1.2].", S1, "S"),  # extraction
("The old championship record was slower than 3:52.62 [1.1, 1.3].", S1, "S"),  # beaten by more than a second
("Darius Cole of the United States is the new men's 100m world champion [1.4].", S1, "S"),  # paraphrase
("Cole topped the times in the heats and semi-finals before winning the final [1.4, 1.5].", S1, "S"),  # merge
("Moretti blamed a hamstring issue, saying it had probably denied him a medal [1.7].", S1, "S"),  # reported speech
("Kenya are second in the gold medal count, with Jamaica third [1.8].", S1, "S"),  # paraphrase
("Britain are still waiting for their first gold medal of the championships [1.9].", S1, "S"),  # paraphrase
("Pemberton was delighted with her silver [1.10].", S1, "S"),  # over the moon
("The men's marathon is on the final day of the championships [1.11].", S1, "S"),  # paraphrase
("The 4x400 metres relays will be held on Tuesday [1.11].", S1, "S"),  # extraction
]
