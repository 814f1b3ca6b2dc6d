# Domain: a hospital strike
S1 = " ".join([
    "Nurses at St Aldric's University Hospital in Caldwell began a 48-hour strike at 7am on Monday in a dispute over pay and staffing levels.",
    "The Caldwell Nurses' Union said about 1,800 of its members had walked out, the first strike at the hospital in 22 years.",
    "Hospital managers said emergency and intensive care services would continue, but around 340 planned operations had been postponed.",
    "Union secretary Maria Okafor said nurses were \"exhausted and underpaid\" and that vacancies had left some wards with one nurse for every twelve patients.",
    "The hospital's chief executive, Daniel Reyes, said the trust had offered a 4% pay rise, which he described as \"the most we can afford\".",
    "The union is demanding 9%, arguing that nurses' real wages have fallen by about 15% since 2019.",
    "Talks brokered by the regional health authority broke down on Friday without agreement.",
    "Patients with appointments on Monday or Tuesday were told to contact the hospital before travelling.",
    "A spokesperson for the health ministry said the government was \"monitoring the situation closely\" but would not intervene in local negotiations.",
    "The union warned that further walkouts could follow in January if no improved offer was made.",
    "Junior doctors at the hospital have said they will not join the strike but expressed support for the nurses.",
])
PROBES = [
("Nurses at St Aldric's University Hospital started a two-day walkout on Monday morning [1.1].", S1, "S"),  # 48-hour = two-day
("The strike at St Aldric's concerns pay and staffing [1.1].", S1, "S"),  # dispute over pay and staffing
("Nurses at St Aldric's began a 72-hour strike on Monday [1.1].", S1, "R"),  # wrong duration
("Nurses at St Aldric's began a 48-hour strike on Tuesday [1.1].", S1, "R"),  # wrong weekday
("Nurses at St Aldric's began a 48-hour strike over pensions [1.1].", S1, "R"),  # wrong cause
("Midwives at St Aldric's began a 48-hour strike on Monday [1.1].", S1, "R"),  # sibling profession
("Around 1,800 union members walked out, according to the Caldwell Nurses' Union [1.2].", S1, "S"),  # reported attribution
("It is the first time in 22 years that staff at the hospital have gone on strike, the union said [1.2].", S1, "S"),  # rewording
("The hospital confirmed that 1,800 nurses had walked out [1.2].", S1, "R"),  # wrong source: union said it
("About 18,000 union members walked out [1.2].", S1, "R"),  # number error
("The walkout is the first at the hospital in 12 years [1.2].", S1, "R"),  # wrong figure
("The walkout is the first strike ever at the hospital [1.2].", S1, "R"),  # overgeneralisation
("Managers said emergency and intensive care would keep running during the strike [1.3].", S1, "S"),  # paraphrase
("Roughly 340 scheduled operations have been put off, hospital management said [1.3].", S1, "S"),  # synonyms
("Hospital managers said about 340 planned operations had been cancelled outright [1.3].", S1, "R"),  # postponed vs cancelled
("Managers said all services, including planned operations, would continue [1.3].", S1, "R"),  # wrong quantifier
("Hospital managers said emergency services would be suspended [1.3].", S1, "R"),  # antonym
("About 340 outpatient appointments were postponed [1.3].", S1, "R"),  # operations, not appointments
("Maria Okafor, the union secretary, said nurses were exhausted and underpaid [1.4].", S1, "S"),  # reported speech
("Okafor said staff shortages meant some wards had a single nurse for twelve patients [1.4].", S1, "S"),  # paraphrase
("Okafor said every ward had one nurse for every twelve patients [1.4].", S1, "R"),  # some -> every
("Okafor said vacancies had left some wards with one nurse for every twenty patients [1.4].", S1, "R"),  # number error
("Chief executive Daniel Reyes said nurses were exhausted and underpaid [1.4].", S1, "R"),  # wrong speaker
("Daniel Reyes, the hospital's chief executive, said the trust had put forward a 4% pay increase [1.5].", S1, "S"),  # synonyms
("Reyes called the 4% offer the most the trust could afford [1.5].", S1, "S"),  # reported speech
("Reyes said the trust had offered a 5% pay rise [1.5].", S1, "R"),  # wrong figure
("Reyes said the trust could afford more than its 4% offer [1.5].", S1, "R"),  # contradiction
("The union wants a 9% rise, saying nurses' real pay has dropped by roughly 15% since 2019 [1.6].", S1, "S"),  # paraphrase
("The union is seeking a 9% increase [1.6].", S1, "S"),  # demand = seeking
("The union is demanding 15% [1.6].", S1, "R"),  # wrong figure (15 is real wage fall)
("The union says nurses' real wages have fallen by about 15% since 2009 [1.6].", S1, "R"),  # wrong year
("The union says nurses' real wages have risen since 2019 [1.6].", S1, "R"),  # antonym
("Negotiations mediated by the regional health authority collapsed on Friday with no deal [1.7].", S1, "S"),  # synonyms
("Talks brokered by the regional health authority broke down on Thursday [1.7].", S1, "R"),  # wrong weekday
("Talks brokered by the health ministry broke down on Friday [1.7].", S1, "R"),  # wrong broker
("Talks broke down on Friday after the union rejected a 6% offer [1.7].", S1, "R"),  # added detail
("People with Monday or Tuesday appointments were advised to call the hospital before setting off [1.8].", S1, "S"),  # paraphrase
("Patients with appointments this week were told to stay at home [1.8].", S1, "R"),  # different instruction
("The health ministry said it was keeping a close watch on the dispute [1.9].", S1, "S"),  # monitoring closely
("The government will not step into the local negotiations, a ministry spokesperson said [1.9].", S1, "S"),  # paraphrase
("The health ministry said it would intervene in the negotiations [1.9].", S1, "R"),  # negation error
("The health minister said the government was monitoring the situation closely [1.9].", S1, "R"),  # spokesperson, not minister
("The union cautioned that more strikes might take place in January without a better offer [1.10].", S1, "S"),  # could -> might
("The union said further walkouts will follow in January [1.10].", S1, "R"),  # hedge dropped, condition dropped
("The union warned that further walkouts could follow in February if no improved offer was made [1.10].", S1, "R"),  # wrong month
("Junior doctors have backed the nurses but will not take part in the walkout [1.11].", S1, "S"),  # reordering
("Junior doctors at the hospital said they would join the strike [1.11].", S1, "R"),  # negation error
("Junior doctors criticised the nurses' strike [1.11].", S1, "R"),  # antonym of support
("About 1,800 nurses began a two-day strike on Monday over pay and staffing [1.1, 1.2].", S1, "S"),  # merge
("The trust has offered 4% while the union wants 9% [1.5, 1.6].", S1, "S"),  # merge
("Management has offered 4%, less than half the union's 9% demand [1.5, 1.6].", S1, "S"),  # 4 < 4.5, arithmetic from cited
("The trust has offered 4%, and the union has accepted it [1.5, 1.6].", S1, "R"),  # unsupported / contradicts demand
("Talks collapsed on Friday, and the union has warned of more strikes in January if the offer is not improved [1.7, 1.10].", S1, "S"),  # merge
("Nurses walked out on Monday, and mediated talks had ended without agreement on Friday [1.1, 1.7].", S1, "S"),  # merge, no causal claim
("About 340 planned operations had been postponed [1.2].", S1, "R"),  # wrong sentence cited
("Junior doctors will not join the strike [1.10].", S1, "R"),  # wrong sentence cited
("The ministry said it would not intervene, so talks broke down [1.7, 1.9].", S1, "R"),  # unsupported causal link
("The union put the number of strikers at about 1,800, and managers said some 340 planned operations had been pushed back [1.2, 1.3].", S1, "S"),  # merge with attribution kept
("Emergency care continued, and junior doctors voiced support for the striking nurses [1.3, 1.11].", S1, "S"),  # merge
("Planned surgery was disrupted, with about 340 operations postponed [1.3].", S1, "S"),  # generalisation
("Okafor said vacancies were behind the low staffing on some wards [1.4].", S1, "S"),  # vacancies had left wards
("Reyes, who runs the hospital, said the 4% offer was the limit of what the trust could pay [1.5].", S1, "S"),  # paraphrase
("The health ministry said it would stay out of the local pay talks [1.9].", S1, "S"),  # would not intervene
]
