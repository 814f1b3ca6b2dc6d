# Domain: a university staff strike
S1 = " ".join([
    "Lecturers and support staff at 42 UK universities will begin a five-day strike on Monday 3 March in a dispute over pay and job cuts, the University and College Union announced.",
    "The union said 68 per cent of members who voted backed strike action, on a turnout of 54 per cent.",
    "UCU general secretary Jo Grady said staff had seen the real value of their pay fall by a quarter since 2009.",
    "The Universities and Colleges Employers Association, which negotiates on behalf of institutions, said a 1.4 per cent pay offer was the most the sector could afford.",
    "It said around 40 per cent of universities were expected to run a deficit this year.",
    "The union has also asked members to refuse to mark coursework and exams from 10 March, which could delay some students' degree results.",
    "Talks between the two sides at the conciliation service Acas broke down last week without agreement.",
])
S2 = " ".join([
    "The University of Leeds, one of the institutions affected, said it would try to keep disruption to teaching to a minimum during the walkout.",
    "It said students would not be penalised for missing lectures that were cancelled because of the strike.",
    "The university said it had already announced plans to cut 250 posts to save £20m over two years.",
    "Its vice-chancellor, Professor Simone Buitendijk, said she understood staff frustration but that the university had to balance its books.",
    "Students' union president Amir Khan said most students he had spoken to supported the staff but were worried about their final exams.",
    "He said the students' union would ask the university to refund fees for teaching that was lost.",
    "A petition calling for compensation has been signed by more than 3,000 students.",
])
PROBES = [
("Staff at 42 UK universities are to walk out for five days from Monday 3 March [1.1].", S1, "S"),  # synonym
("The strike announced by the University and College Union is over pay and job cuts [1.1].", S1, "S"),  # compression
("Both lecturers and support staff will take part in the walkout [1.1].", S1, "S"),  # extraction
("More than two-thirds of UCU members who voted supported strike action [1.2].", S1, "S"),  # 68 per cent -> more than two-thirds
("Just over half of members took part in the ballot [1.2].", S1, "S"),  # turnout 54 per cent -> just over half
("Jo Grady said the real value of staff pay had dropped by 25 per cent since 2009 [1.3].", S1, "S"),  # a quarter -> 25 per cent
("The employers' association said it could not afford to offer more than 1.4 per cent [1.4].", S1, "S"),  # restated in negative
("UCEA, which negotiates for universities, described a 1.4 per cent rise as the maximum the sector could afford [1.4].", S1, "S"),  # acronym + synonym
("Roughly two in five universities are expected to be in deficit this year, according to the employers [1.4][1.5].", S1, "S"),  # pronoun resolved, 40 per cent -> two in five
("Members have been asked by the union to stop marking coursework and exams from 10 March [1.6].", S1, "S"),  # voice
("The marking boycott might hold up degree results for some students [1.6].", S1, "S"),  # could -> might
("Talks at Acas collapsed last week without a deal [1.7].", S1, "S"),  # synonym
("The union says real pay has fallen, while the employers say 1.4 per cent is all they can afford [1.3][1.4].", S1, "S"),  # merge
("The University of Leeds is among the universities affected by the strike [2.1].", S2, "S"),  # extraction
("Leeds said it would aim to minimise disruption to teaching during the walkout [2.1].", S2, "S"),  # try -> aim
("Students who miss lectures cancelled because of the strike will not be penalised, Leeds said [2.1][2.2].", S2, "S"),  # pronoun resolved
("Leeds had already announced plans to cut 250 jobs to save £20m over two years [2.3].", S2, "S"),  # posts -> jobs
("The planned cuts at Leeds are meant to save an average of £10m a year over two years [2.3].", S2, "S"),  # arithmetic
("Professor Simone Buitendijk said she understood why staff were frustrated [2.4].", S2, "S"),  # nominal -> clause
("The Leeds vice-chancellor said the university needed to balance its books [2.4].", S2, "S"),  # synonym
("Amir Khan said most of the students he had talked to backed the staff [2.5].", S2, "S"),  # synonym
("Amir Khan said students he had spoken to were anxious about their final exams [2.5].", S2, "S"),  # worried -> anxious, keeps scope
("Khan said the students' union would seek refunds of fees for lost teaching [2.5][2.6].", S2, "S"),  # pronoun resolved
("Over 3,000 students have signed a petition demanding compensation [2.7].", S2, "S"),  # voice
("Staff at 24 universities will go on strike [1.1].", S1, "R"),  # digits swapped
("The strike will begin on Monday 10 March [1.1].", S1, "R"),  # date from marking boycott
("Lecturers at 42 universities will begin a ten-day strike [1.1].", S1, "R"),  # duration
("The strike is over pay and pensions [1.1].", S1, "R"),  # job cuts -> pensions
("68 per cent of UCU members backed strike action [1.2].", S1, "R"),  # scope: of those who voted
("The union said 54 per cent of members who voted backed strike action, on a turnout of 68 per cent [1.2].", S1, "R"),  # figures swapped
("The strike is going ahead even though most members who voted opposed it [1.1][1.2].", S1, "R"),  # contradiction
("Jo Grady said pay had fallen by a third in real terms since 2009 [1.3].", S1, "R"),  # quarter -> third
("Jo Grady said staff pay had fallen by a quarter since 2019 [1.3].", S1, "R"),  # year
("UCEA said a 1.4 per cent pay offer was fair to staff [1.4].", S1, "R"),  # affordability -> fairness, not stated
("UCEA said a 4.1 per cent offer was the most the sector could afford [1.4].", S1, "R"),  # number
("The employers said around 40 per cent of universities were already running a deficit [1.5].", S1, "R"),  # expected -> already
("Around 40 per cent of universities are expected to run a surplus this year [1.5].", S1, "R"),  # antonym
("The University of Leeds said around 40 per cent of universities would run a deficit [1.5].", S1, "R"),  # wrong speaker
("The marking boycott will delay all students' degree results [1.6].", S1, "R"),  # could/some -> will/all
("The union has asked members to refuse to mark exams from 3 March [1.6].", S1, "R"),  # date
("Talks at Acas broke down last week after the employers walked out [1.7].", S1, "R"),  # added detail
("Talks at Acas will resume next week [1.7].", S1, "R"),  # invented
("The University of Leeds said it would cancel all teaching during the walkout [2.1].", S2, "R"),  # opposite
("Leeds said students would be penalised for missing cancelled lectures [2.2].", S2, "R"),  # negation dropped
("Leeds announced plans to cut 250 posts because of the strike [2.3].", S2, "R"),  # invented cause
("Leeds plans to cut 250 posts to save £20m a year [2.3].", S2, "R"),  # over two years -> a year
("Professor Buitendijk said staff frustration was unjustified [2.4].", S2, "R"),  # opposite
("Jo Grady said the university had to balance its books [2.4].", S2, "R"),  # wrong speaker
("Amir Khan said all students supported the staff [2.5].", S2, "R"),  # most he spoke to -> all
("Amir Khan said most students opposed the strike [2.5].", S2, "R"),  # antonym
("Khan said the university had agreed to refund fees for lost teaching [2.6].", S2, "R"),  # ask -> agreed
("A petition calling for compensation has been signed by more than 30,000 students [2.7].", S2, "R"),  # number
("Students signed a petition for compensation after the marking boycott delayed their results [2.7][1.6].", S2, "R"),  # invented time order/cause
]
