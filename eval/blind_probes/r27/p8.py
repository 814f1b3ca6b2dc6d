# Domain: a two-document brief (two outlets) on a teachers' strike
S1 = " ".join([
    "Teachers in more than 2,300 schools across England walked out on Thursday in the first national strike over pay since 2023.",
    "The National Education Union said around 60% of its members in the affected schools had taken part.",
    "The union is demanding a 6.5% pay rise, while the government has offered 3.8%.",
    "Education Secretary Laura Bennett said the strike was \"unnecessary and damaging to children's education\".",
    "About 1,400 schools closed completely, and many others restricted attendance to certain year groups.",
    "NEU general secretary Daniel Kebede told a rally in Westminster that further strikes would follow in March unless the offer improved.",
    "The Department for Education said the 3.8% offer was fully funded and \"the best this country can afford\".",
    "Parents' groups reported difficulties finding childcare, with some workers forced to take unpaid leave.",
])
S2 = " ".join([
    "Tens of thousands of teachers staged a one-day strike on Thursday, shutting hundreds of schools across England.",
    "Figures from the Department for Education suggested that roughly 1,400 schools were fully closed and a further 3,000 partly closed.",
    "The government's 3.8% pay offer would cost about £1.3bn, according to Treasury estimates.",
    "The NEU says teachers' pay has fallen by 15% in real terms since 2010.",
    "Headteachers' union NAHT, which is not taking part in the strike, said it would ballot its members next month.",
    "Laura Bennett said she was willing to meet union leaders on Monday but would not reopen the pay offer.",
    "A YouGov poll found 48% of the public supported the strike, with 39% opposed.",
    "Some schools in Wales were also affected, although teachers there are covered by a separate pay deal.",
])
D = [S1, S2]
PROBES = [
("Teachers at over 2,300 schools in England went on strike on Thursday [1.1].", D, "S"),  # walked out -> went on strike
("It was the first national pay strike by teachers since 2023 [1.1].", D, "S"),  # rephrase
("Around three in five NEU members at the affected schools joined the walkout, the union said [1.2].", D, "S"),  # 60% = three in five
("The NEU is seeking a 6.5% rise, against a government offer of 3.8% [1.3].", D, "S"),  # demanding -> seeking
("The gap between the union's demand and the government's offer is 2.7 percentage points [1.3].", D, "S"),  # arithmetic
("Bennett called the strike unnecessary and harmful to children's education [1.4].", D, "S"),  # damaging -> harmful
("The education secretary criticised the walkout as damaging to pupils' education [1.4].", D, "S"),  # reported
("Roughly 1,400 schools shut entirely, and many more limited attendance to some year groups [1.5].", D, "S"),  # rephrase
("Both outlets put the number of fully closed schools at about 1,400 [1.5, 2.2].", D, "S"),  # cross-doc agreement
("Kebede warned a Westminster rally that more strikes would come in March if the offer was not improved [1.6].", D, "S"),  # unless -> if not
("The NEU leader threatened further walkouts in March unless the government improved its offer [1.6].", D, "S"),  # reported
("The DfE described the 3.8% offer as fully funded and the best the country can afford [1.7].", D, "S"),  # reported
("Parents' groups said some workers had to take unpaid leave because of childcare problems [1.8].", D, "S"),  # rephrase
("Parents struggled to find childcare, according to parents' groups [1.8].", D, "S"),  # partial
("Tens of thousands of teachers took part in the one-day strike on Thursday [2.1].", D, "S"),  # rephrase
("The walkout lasted a single day [2.1].", D, "S"),  # one-day
("Department for Education figures suggested about 3,000 schools were partly closed [2.2].", D, "S"),  # partial
("Treasury estimates put the cost of the 3.8% offer at around £1.3bn [2.3].", D, "S"),  # reorder
("The NEU argues that teachers' real-terms pay has dropped 15% since 2010 [2.4].", D, "S"),  # says -> argues
("The NAHT, which represents headteachers, is not striking but plans to ballot members next month [2.5].", D, "S"),  # rephrase
("Bennett offered to meet union leaders on Monday but ruled out reopening the pay offer [2.6].", D, "S"),  # would not -> ruled out
("Bennett is prepared to hold talks with union leaders on Monday [2.6].", D, "S"),  # willing -> prepared
("A YouGov survey showed 48% of people backed the strike and 39% opposed it [2.7].", D, "S"),  # synonyms
("More of the public supported the strike than opposed it, according to YouGov [2.7].", D, "S"),  # 48 > 39
("Teachers in Wales are covered by a separate pay deal, though some Welsh schools were affected [2.8].", D, "S"),  # reorder
("The union is seeking 6.5%, while the Treasury estimates the government's 3.8% offer would cost about £1.3bn [1.3, 2.3].", D, "S"),  # merge across docs
("Bennett, who called the strike unnecessary, said she would not reopen the pay offer [1.4, 2.6].", D, "S"),  # merge across docs
("Kebede threatened more strikes in March, and the NAHT said it would ballot its members next month [1.6, 2.5].", D, "S"),  # merge across docs
("Both outlets report that the government has offered 3.8% [1.3, 2.3].", D, "S"),  # agreement
("The strike took place on Thursday, both outlets report [1.1, 2.1].", D, "S"),  # agreement
("The DfE says the 3.8% offer is fully funded, and the Treasury estimates its cost at about £1.3bn [1.7, 2.3].", D, "S"),  # merge
("Teachers in more than 2,300 schools walked out on Wednesday [1.1].", D, "R"),  # wrong weekday
("Teachers in more than 3,200 schools walked out [1.1].", D, "R"),  # digits swapped
("It was the first national strike over pay since 2022 [1.1].", D, "R"),  # wrong year
("The NEU said around 60% of all its members had taken part [1.2].", D, "R"),  # affected schools -> all
("The Department for Education said around 60% of NEU members had taken part [1.2].", D, "R"),  # wrong speaker
("The union is demanding a 6.8% pay rise [1.3].", D, "R"),  # wrong figure
("The government has offered 6.5% and the union wants 3.8% [1.3].", D, "R"),  # swapped
("Bennett said the strike was justified [1.4].", D, "R"),  # antonym
("Kebede said the strike was unnecessary and damaging to children's education [1.4].", D, "R"),  # wrong speaker
("About 1,400 schools restricted attendance to certain year groups [1.5].", D, "R"),  # closed completely -> restricted
("Kebede said further strikes would follow in April unless the offer improved [1.6].", D, "R"),  # wrong month
("Kebede said further strikes would follow in March whatever the government offered [1.6].", D, "R"),  # condition dropped
("Kebede addressed a rally in Manchester [1.6].", D, "R"),  # wrong place
("The Treasury said the 3.8% offer was the best this country can afford [1.7].", D, "R"),  # wrong speaker
("The Department for Education admitted the offer was not fully funded [1.7].", D, "R"),  # negation
("Parents' groups said all working parents had been forced to take unpaid leave [1.8].", D, "R"),  # quantifier
("Teachers staged a two-day strike [2.1].", D, "R"),  # one -> two
("The strike shut thousands of schools across England [2.1].", D, "R"),  # hundreds -> thousands
("DfE figures suggested roughly 3,000 schools were fully closed and 1,400 partly closed [2.2].", D, "R"),  # swapped
("DfE figures confirmed that exactly 1,400 schools were fully closed [2.2].", D, "R"),  # suggested roughly -> confirmed exactly
("The Department for Education estimated the 3.8% offer would cost about £1.3bn [2.3].", D, "R"),  # Treasury -> DfE
("The 3.8% offer would cost about £3.1bn [2.3].", D, "R"),  # digits swapped
("The 6.5% pay demand would cost about £1.3bn [1.3, 2.3].", D, "R"),  # cost belongs to offer
("The NEU says teachers' pay has fallen by 15% in real terms since 2015 [2.4].", D, "R"),  # wrong year
("Teachers' pay has fallen 15% in real terms since 2010, Treasury figures show [2.4].", D, "R"),  # NEU claim -> Treasury fact
("The NAHT joined the strike [2.5].", D, "R"),  # negation
("The NAHT said its members would strike next month [2.5].", D, "R"),  # ballot -> strike
("Bennett said she was willing to reopen the pay offer [2.6].", D, "R"),  # negation
("Bennett agreed to meet union leaders on Tuesday [2.6].", D, "R"),  # wrong weekday
("A YouGov poll found a majority of the public supported the strike [2.7].", D, "R"),  # 48% is not a majority
("A YouGov poll found 39% of the public supported the strike [2.7].", D, "R"),  # swapped figures
("Schools in Wales were unaffected by the strike [2.8].", D, "R"),  # negation
("Teachers in Wales are striking over the same pay deal as those in England [2.8].", D, "R"),  # separate -> same
("The union is demanding a 6.5% pay rise [2.3].", D, "R"),  # wrong document cited
("Bennett said she would meet union leaders on Monday [1.4].", D, "R"),  # fact from uncited 2.6
("About 1,400 schools closed completely and 3,000 more partly closed [1.5].", D, "R"),  # 3,000 from uncited 2.2
]
