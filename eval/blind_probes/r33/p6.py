# Domain: a university's research funding and job cuts (University of Northam)
S1 = " ".join([
    "The University of Northam is to cut 340 jobs after a fall in income from international students left it facing a £27m deficit.",
    "Around 200 of the posts are academic roles, with the rest in administration and support services.",
    "Vice-chancellor Professor Alan Crewe said the university would seek voluntary redundancies first but could not rule out compulsory ones.",
    "Applications from overseas students fell by 38% this year, following changes to visa rules for dependants.",
    "At the same time, the university announced that it had secured £84m in research funding over five years, its largest ever award.",
    "The money, from the national research council, will fund a new centre for battery technology on the university's Southgate campus.",
    "The centre is expected to create 90 research posts when it opens in 2026.",
    "Describing the cuts as a betrayal of staff, the University and College Union announced a ballot on strike action.",
    "\"The research funding shows the university can find money when it wants to,\" said Fiona Achterberg, the union's branch secretary.",
    "The university said research grants could only be spent on the projects they were awarded for and could not be used to protect jobs elsewhere.",
    "The departments of modern languages and philosophy are expected to be merged, while the music department will close to new students from 2025.",
    "Students' union president Kwame Asante said he was worried the cuts would damage teaching quality.",
    "The university employs around 4,100 staff and has 21,000 students.",
])
PROBES = [
# ---- S ----
("The University of Northam will cut 340 jobs, having been left with a £27m deficit by a drop in income from international students [1.1].", S1, "S"),  # voice/restructure
("The university's income from international students has fallen [1.1].", S1, "S"),  # partial
("The deficit the university faces is £27m [1.1].", S1, "S"),  # partial
("About 140 of the 340 jobs being cut are in administration and support services [1.1-2].", S1, "S"),  # 340 - around 200 = about 140
("Roughly 200 academic posts are to go [1.1-2].", S1, "S"),  # around -> roughly
("Professor Alan Crewe, the vice-chancellor, said voluntary redundancies would be sought first [1.3].", S1, "S"),  # passive
("Crewe said compulsory redundancies could not be ruled out [1.3].", S1, "S"),  # partial
("Alan Crewe is the university's vice-chancellor [1.3].", S1, "S"),  # role
("Overseas student applications dropped by 38% this year after visa rules for dependants were changed [1.4].", S1, "S"),  # nominalisation reversed
("Applications from international students were down by more than a third this year [1.4].", S1, "S"),  # 38% > a third
("A change in visa rules for dependants preceded a 38% drop in overseas applications [1.4].", S1, "S"),  # "following" -> "preceded"
("The university has won £84m of research funding over five years [1.5].", S1, "S"),  # secured -> won
("The £84m award is the biggest in the university's history [1.5].", S1, "S"),  # largest ever
("The university announced both job cuts and an £84m research award [1.1, 1.5].", S1, "S"),  # merge
("The national research council is providing the money, which will pay for a new battery technology centre on the Southgate campus [1.6].", S1, "S"),  # restructure
("The university's new battery technology centre will be on its Southgate campus [1.6].", S1, "S"),  # partial
("The battery centre is expected to open in 2026 and create 90 research jobs [1.7].", S1, "S"),  # hedge kept
("Ninety research posts are expected to come from the new centre [1.7].", S1, "S"),  # number as word
("The University and College Union called the cuts a betrayal of staff [1.8].", S1, "S"),  # describing -> called
("The union announced a strike ballot [1.8].", S1, "S"),  # nominal compression
("Fiona Achterberg, branch secretary of the union, said the research funding showed the university could find money when it wanted to [1.9].", S1, "S"),  # indirect speech
("The university said research grants had to be spent on the projects they were awarded for [1.10].", S1, "S"),  # "could only" -> "had to"
("According to the university, research money cannot be used to protect jobs in other areas [1.10].", S1, "S"),  # paraphrase
("Modern languages and philosophy are expected to be combined [1.11].", S1, "S"),  # merged -> combined, hedge kept
("The music department will stop taking new students from 2025 [1.11].", S1, "S"),  # paraphrase
("Music will close to new students from 2025, and two other departments are expected to merge [1.11].", S1, "S"),  # generalisation
("Kwame Asante, the students' union president, fears the cuts will harm teaching quality [1.12].", S1, "S"),  # worried -> fears
("Asante said he was concerned about the effect of the cuts on teaching quality [1.12].", S1, "S"),  # nominalisation
("The university has about 21,000 students and 4,100 staff [1.13].", S1, "S"),  # reorder
("The 340 job cuts amount to about 8% of the university's workforce [1.1, 1.13].", S1, "S"),  # 340/4,100 = 8.3%
# ---- R ----
("The University of Northam is to cut 430 jobs [1.1].", S1, "R"),  # 340 -> 430
("The University of Northam is to cut 340 jobs after a fall in income from domestic students [1.1].", S1, "R"),  # international -> domestic
("The University of Northam is to cut 340 jobs after a fall in income from international students left it facing a £72m deficit [1.1].", S1, "R"),  # 27 -> 72
("Around 200 of the posts are in administration and support services, with the rest academic roles [1.2].", S1, "R"),  # categories swapped
("All of the posts to be cut are academic roles [1.2].", S1, "R"),  # part given as whole
("Vice-chancellor Professor Alan Crewe said the university would seek compulsory redundancies first [1.3].", S1, "R"),  # voluntary -> compulsory
("Professor Alan Crewe ruled out compulsory redundancies [1.3].", S1, "R"),  # negation flipped
("Applications from overseas students fell by 28% this year [1.4].", S1, "R"),  # 38 -> 28
("Applications from overseas students fell by 38% this year, following changes to tuition fee rules [1.4].", S1, "R"),  # visa rules -> tuition fee rules
("Applications from overseas students rose by 38% this year [1.4].", S1, "R"),  # fell -> rose
("Applications from overseas students fell by 38% this year [1.5].", S1, "R"),  # wrong citation (fact is in 1.4)
("The university secured £84m in research funding over four years [1.5].", S1, "R"),  # five -> four
("The university secured £48m in research funding over five years [1.5].", S1, "R"),  # 84 -> 48
("The university secured £84m in research funding, the largest award ever made to a UK university [1.5].", S1, "R"),  # superlative scope widened
("The money, from the national research council, will fund a new centre for battery technology on the university's Northgate campus [1.6].", S1, "R"),  # Southgate -> Northgate
("The money, from the national research council, will fund a new centre for solar technology [1.6].", S1, "R"),  # battery -> solar
("The money, from a private battery manufacturer, will fund a new centre for battery technology [1.6].", S1, "R"),  # funder changed
("The centre will create 90 research posts when it opens in 2026 [1.7].", S1, "R"),  # hedge "expected to" dropped
("The centre is expected to create 90 research posts when it opens in 2027 [1.7].", S1, "R"),  # 2026 -> 2027
("The centre is expected to create 190 research posts [1.7].", S1, "R"),  # 90 -> 190
("The University and College Union described the cuts as a betrayal of students [1.8].", S1, "R"),  # staff -> students
("The University and College Union announced strike action over the cuts [1.8].", S1, "R"),  # ballot -> strike action itself
("Kwame Asante said the research funding showed the university could find money when it wanted to [1.9].", S1, "R"),  # wrong speaker: Achterberg
("Fiona Achterberg, the union's branch chair, said the research funding showed the university could find money [1.9].", S1, "R"),  # branch secretary -> branch chair
("The university said research grants could be used to protect jobs elsewhere [1.10].", S1, "R"),  # negation flipped
("The union said research grants could only be spent on the projects they were awarded for [1.10].", S1, "R"),  # wrong speaker: the university
("The departments of modern languages and philosophy will be merged [1.11].", S1, "R"),  # hedge "expected to" dropped
("The departments of modern languages and music are expected to be merged, while the philosophy department will close to new students [1.11].", S1, "R"),  # music/philosophy swapped
("The music department will close to new students from 2026 [1.11].", S1, "R"),  # 2025 -> 2026
("The music department will close from 2025 [1.11].", S1, "R"),  # closing to new students given as full closure
("Students' union president Kwame Asante said he was worried the cuts would damage research quality [1.12].", S1, "R"),  # teaching -> research
("Professor Alan Crewe said he was worried the cuts would damage teaching quality [1.12].", S1, "R"),  # wrong speaker: Asante
("The university employs around 4,100 academic staff [1.13].", S1, "R"),  # modifier added: staff -> academic staff
("The university employs around 21,000 staff and has 4,100 students [1.13].", S1, "R"),  # figures swapped
("The university will use some of its £84m research award to reduce the deficit [1.1, 1.5].", S1, "R"),  # invented; not stated
("The job cuts are needed to pay for the new battery centre [1.1, 1.6].", S1, "R"),  # invented cause; cuts follow fall in overseas income
]
