# Domain: a university funding cuts announcement
S1 = " ".join([
    "The University of Northbridge announced on Wednesday that it will cut its annual budget by 48 million pounds over the next three years.",
    "Vice-chancellor Professor Ruth Adeyemi said the institution faced \"the most serious financial challenge in its 130-year history\".",
    "Up to 420 jobs could be lost, around 9 percent of the total workforce.",
    "The university said it would seek voluntary redundancies first but could not rule out compulsory job losses.",
    "The departments of music, modern languages and philosophy will be merged into a single School of Humanities from September 2027.",
    "A fall of 23 percent in international student applications since 2023 was cited as the main reason for the shortfall.",
    "The university also blamed a freeze on domestic tuition fees, which it said had eroded the real value of its income.",
    "The University and College Union called the plans \"reckless and short-sighted\" and said it would ballot members on industrial action.",
    "Local MP Daniel Okafor said he had written to the education secretary asking for emergency support.",
    "The university insisted that no undergraduate courses would close for students already enrolled.",
    "Northbridge recorded a deficit of 17 million pounds in the last financial year, according to its published accounts.",
])
PROBES = [
("Northbridge University said on Wednesday it plans to reduce its yearly budget by 48 million pounds across three years [1.1].", S1, "S"),  # synonyms
("A 48 million pound budget cut over three years was announced by the University of Northbridge [1.1].", S1, "S"),  # voice change, nominalisation
("The University of Northbridge announced it will cut its budget by 84 million pounds [1.1].", S1, "R"),  # digit swap
("The university announced the cuts on Thursday [1.1].", S1, "R"),  # wrong weekday
("The university will cut its budget by 48 million pounds over the next five years [1.1].", S1, "R"),  # wrong period
("The university will cut 48 million pounds from its budget every year for three years [1.1].", S1, "R"),  # total vs per year
("Professor Ruth Adeyemi, the vice-chancellor, said Northbridge was facing the gravest financial challenge of its 130-year existence [1.2].", S1, "S"),  # reported speech, synonyms
("The vice-chancellor described the financial situation as the worst the university had faced in its history [1.2].", S1, "S"),  # paraphrase
("The university is 130 years old, according to its vice-chancellor [1.2].", S1, "S"),  # derived detail
("Professor Ruth Adeyemi said the institution faced the most serious financial challenge in its 150-year history [1.2].", S1, "R"),  # wrong figure
("Professor Ruth Adeyemi said the financial challenge was manageable [1.2].", S1, "R"),  # antonym
("Daniel Okafor said the institution faced the most serious financial challenge in its history [1.2].", S1, "R"),  # wrong speaker
("As many as 420 jobs may go, about 9 percent of all staff [1.3].", S1, "S"),  # synonyms, hedge kept
("Roughly one in eleven university jobs could be at risk [1.3].", S1, "S"),  # 9 percent ~ 1 in 11
("420 jobs will be lost [1.3].", S1, "R"),  # dropped hedge
("Up to 240 jobs could be lost [1.3].", S1, "R"),  # digit swap
("Up to 420 jobs could be lost, around 19 percent of the workforce [1.3].", S1, "R"),  # wrong percentage
("Up to 420 academic posts could be lost [1.3].", S1, "R"),  # academic vs total workforce
("The university would look for voluntary redundancies before considering compulsory ones [1.4].", S1, "S"),  # paraphrase
("Compulsory redundancies have not been ruled out, the university said [1.4].", S1, "S"),  # negation preserved
("The university ruled out compulsory job losses [1.4].", S1, "R"),  # negation error
("The university said it would begin with compulsory redundancies [1.4].", S1, "R"),  # swapped order
("The university said all job losses would be voluntary [1.4].", S1, "R"),  # overgeneralisation
("From September 2027, music, modern languages and philosophy will be combined into one School of Humanities [1.5].", S1, "S"),  # synonyms
("Three departments are to merge into a School of Humanities [1.5].", S1, "S"),  # generalisation
("The departments of music, history and philosophy will be merged [1.5].", S1, "R"),  # sibling subject
("The departments of music, modern languages and philosophy will be closed [1.5].", S1, "R"),  # merged vs closed
("The merger will take effect from September 2026 [1.5].", S1, "R"),  # wrong year
("The main reason given for the shortfall was a 23 percent drop in international applications since 2023 [1.6].", S1, "S"),  # paraphrase, passive kept
("International student applications have fallen by almost a quarter since 2023 [1.6].", S1, "S"),  # 23 percent ~ almost a quarter
("A fall of 32 percent in international applications was cited [1.6].", S1, "R"),  # digit swap
("A fall in domestic student applications was cited as the main reason [1.6].", S1, "R"),  # international vs domestic
("A rise of 23 percent in international student applications was cited [1.6].", S1, "R"),  # antonym
("A fall in international applications caused by new visa rules was cited as the main reason [1.6].", S1, "R"),  # added cause
("The university also pointed to the freeze on home tuition fees, saying it had reduced the real value of its income [1.7].", S1, "S"),  # synonyms
("The university blamed an increase in domestic tuition fees [1.7].", S1, "R"),  # freeze vs increase
("The university said the tuition fee freeze was the main reason for the shortfall [1.7].", S1, "R"),  # 'also', main reason was international fall
("The university cited both falling international applications and frozen domestic fees [1.6, 1.7].", S1, "S"),  # merge
("The UCU described the proposals as reckless and short-sighted and said members would be balloted over industrial action [1.8].", S1, "S"),  # reported speech
("The union said it would ballot members on possible industrial action [1.8].", S1, "S"),  # dropping detail
("The University and College Union announced a strike [1.8].", S1, "R"),  # ballot vs strike
("The University and College Union welcomed the plans [1.8].", S1, "R"),  # antonym
("Professor Adeyemi called the plans reckless and short-sighted [1.8].", S1, "R"),  # wrong speaker
("Daniel Okafor, the local MP, said he had asked the education secretary in writing for emergency help [1.9].", S1, "S"),  # paraphrase
("Daniel Okafor said the education secretary had agreed to provide emergency support [1.9].", S1, "R"),  # asked vs agreed
("Daniel Okafor said he had written to the prime minister [1.9].", S1, "R"),  # wrong recipient
("Daniel Okafor said he had written to the chancellor asking for emergency support [1.8].", S1, "R"),  # wrong sentence and recipient
("The university said students already enrolled would not see their undergraduate courses closed [1.10].", S1, "S"),  # voice change
("The university said no courses of any kind would close [1.10].", S1, "R"),  # overgeneralisation under negation
("The university insisted that no postgraduate courses would close [1.10].", S1, "R"),  # sibling substitution
("Northbridge's published accounts show a 17 million pound deficit for the last financial year [1.11].", S1, "S"),  # paraphrase
("Northbridge recorded a surplus of 17 million pounds last year [1.11].", S1, "R"),  # antonym
("Northbridge recorded a deficit of 71 million pounds [1.11].", S1, "R"),  # digit swap
("Northbridge recorded a deficit of 17 million pounds in each of the last three years [1.11].", S1, "R"),  # overgeneralisation
("The planned budget cut of 48 million pounds is larger than last year's 17 million pound deficit [1.1, 1.11].", S1, "S"),  # comparison derived
("The budget cut will wipe out the 17 million pound deficit [1.1, 1.11].", S1, "R"),  # unsupported inference
("Up to 420 jobs could go, and the university would try voluntary redundancies first [1.3, 1.4].", S1, "S"),  # merge
("Up to 420 jobs could be lost, and the union has said it will ballot its members on industrial action [1.3, 1.8].", S1, "S"),  # merge
("The vice-chancellor said the 420 job cuts were unavoidable [1.2, 1.3].", S1, "R"),  # unsupported quote
("Enrolled undergraduates will keep their courses even as three departments merge [1.5, 1.10].", S1, "S"),  # merge
("The merger of music, modern languages and philosophy will save 12 million pounds [1.5].", S1, "R"),  # added figure
("The potential job losses amount to less than a tenth of the workforce [1.3].", S1, "S"),  # around 9 percent < 10 percent
("The cuts were announced midweek [1.1].", S1, "S"),  # Wednesday = midweek
("The university's financial year deficit was reported in its accounts [1.11].", S1, "S"),  # generalisation
("International applications have fallen every year since 2023 [1.6].", S1, "R"),  # year-on-year not stated
("The union said it would hold a ballot, in which members voted overwhelmingly for action [1.8].", S1, "R"),  # invented result
("Adeyemi warned that the university faced its most serious financial challenge ever [1.2].", S1, "S"),  # reported speech
("Job losses could reach 420 [1.3].", S1, "S"),  # up to -> could reach
("Before any compulsory redundancies, the university will seek volunteers [1.4].", S1, "S"),  # reordered
("A new School of Humanities will be created from the merger of three departments in September 2027 [1.5].", S1, "S"),  # nominalisation
("Frozen domestic tuition fees had eroded the real value of the university's income, it said [1.7].", S1, "S"),  # reported speech
("The union branded the proposals reckless [1.8].", S1, "S"),  # dropping detail
("Okafor has sought emergency support from the education secretary [1.9].", S1, "S"),  # paraphrase
("The university guaranteed that no undergraduate course would ever close for any student [1.10].", S1, "R"),  # overgeneralisation beyond enrolled students
("The university ended the last financial year 17 million pounds in deficit [1.11].", S1, "S"),  # paraphrase
("The vice-chancellor announced the cuts in person on Wednesday [1.1, 1.2].", S1, "R"),  # 'in person' not stated; announcement by university
]
