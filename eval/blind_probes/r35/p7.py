# Domain: a phone-in radio transcript (speaker labels) about county bus route cuts
S1 = " ".join([
    "PRESENTER: Good morning, this is Talkback on Radio Dunmere, and today we are discussing the county council's plan to cut 14 bus routes from September.",
    "PRESENTER: First on the line is Margaret from Ashby, who has used the number 22 bus for forty years.",
    "MARGARET: The 22 is the only bus that goes from my village to the hospital, and without it I would have to pay £30 for a taxi each way.",
    "MARGARET: I am 81 and I gave up driving three years ago, so the bus is my lifeline.",
    "PRESENTER: We asked the council for a response, and cabinet member for transport Gareth Lyle joins us now.",
    "LYLE: The council faces a £4m gap in its transport budget this year, and we simply cannot keep running routes that carry fewer than ten passengers a day.",
    "LYLE: We are looking at a dial-a-ride service for villages like Ashby, but I cannot promise it will be ready by September.",
    "PRESENTER: Next we have Dev, a student in Kirkby, who says the cuts will hit young people hardest.",
    "DEV: The 7A is the only evening bus back from the college, so if it goes, half my class will have to drop their evening courses.",
    "DEV: The council says it wants young people to stay in the county, but then it takes away the one bus we rely on!",
    "PRESENTER: Gareth Lyle, is the 7A on the list?",
    "LYLE: The 7A is under review, but no final decision has been made, and a public consultation runs until 30 June.",
    "PRESENTER: We will have more of your calls after the news at nine o'clock.",
])
PROBES = [
("The presenter said the county council plans to cut 14 bus routes from September [1.1].", S1, "S"),  # paraphrase with attribution
("Talkback is a programme on Radio Dunmere [1.1].", S1, "S"),  # this is Talkback on Radio Dunmere
("Margaret, from Ashby, has been using the number 22 bus for four decades [1.2].", S1, "S"),  # forty years = four decades
("Margaret said the 22 was the only bus linking her village to the hospital [1.3].", S1, "S"),  # paraphrase
("Margaret said that without the 22 she would have to pay £30 each way for a taxi [1.3].", S1, "S"),  # reorder
("Margaret said a taxi there and back would cost her £60 without the 22 [1.3].", S1, "S"),  # £30 each way x 2
("Margaret, who is 81, stopped driving three years ago [1.4].", S1, "S"),  # gave up = stopped
("Margaret described the bus as her lifeline [1.4].", S1, "S"),  # stated
("Gareth Lyle is the council's cabinet member for transport [1.5].", S1, "S"),  # stated
("Lyle said the council had a £4m shortfall in its transport budget this year [1.6].", S1, "S"),  # gap = shortfall
("Lyle said the council could not keep running routes carrying fewer than ten passengers a day [1.6].", S1, "S"),  # paraphrase
("Lyle said a dial-a-ride service was being considered for villages such as Ashby [1.7].", S1, "S"),  # looking at = considering
("Lyle could not promise that the dial-a-ride service would be ready by September [1.7].", S1, "S"),  # stated
("Dev is a student in Kirkby [1.8].", S1, "S"),  # stated
("Dev said the 7A was the only evening bus back from the college [1.9].", S1, "S"),  # stated
("Dev said half his class would have to drop their evening courses if the 7A were withdrawn [1.9].", S1, "S"),  # if it goes = if withdrawn
("Dev said the council was taking away the one bus young people rely on [1.10].", S1, "S"),  # we = young people
("The presenter asked Lyle whether the 7A was on the list [1.11].", S1, "S"),  # question paraphrased
("Lyle said no final decision had been made on the 7A [1.12].", S1, "S"),  # stated
("According to Lyle, the 7A is under review [1.12].", S1, "S"),  # attribution
("Lyle said a public consultation is open until 30 June [1.12].", S1, "S"),  # runs until = open until
("The presenter promised more calls after the nine o'clock news [1.13].", S1, "S"),  # paraphrase
("The presenter introduced Dev as someone who says the cuts will hit young people hardest [1.8].", S1, "S"),  # paraphrase
("Margaret, an 81-year-old caller from Ashby, no longer drives [1.2, 1.4].", S1, "S"),  # merge
("The programme asked the council for a response [1.5].", S1, "S"),  # we asked the council
("Lyle said routes with fewer than ten passengers a day could not continue to run [1.6].", S1, "S"),  # paraphrase
("Margaret was the first caller on the line [1.2].", S1, "S"),  # first on the line
("Dev said the council claims to want young people to stay in the county [1.10].", S1, "S"),  # says it wants = claims
("The consultation Lyle mentioned runs until the end of June [1.12].", S1, "S"),  # 30 June = end of June
("Lyle said the council's transport budget faces a gap of four million pounds this year [1.6].", S1, "S"),  # £4m format
("Margaret said she had given up driving, so the bus is her lifeline [1.4].", S1, "S"),  # reorder
("Dev said that losing the 7A would force half his class to drop their evening courses [1.9].", S1, "S"),  # nominal paraphrase
("Lyle is the cabinet member for transport who said the 7A is under review [1.5, 1.12].", S1, "S"),  # merge
("The presenter said the county council plans to cut 14 bus routes from October [1.1].", S1, "R"),  # September
("The presenter said the county council plans to cut 40 bus routes [1.1].", S1, "R"),  # 14 routes
("The presenter said the county council plans to cut 14 bus routes from September [1.5].", S1, "R"),  # wrong citation: 1.1
("Margaret from Kirkby has used the number 22 bus for forty years [1.2].", S1, "R"),  # Ashby
("Margaret from Ashby has used the number 22 bus for fourteen years [1.2].", S1, "R"),  # forty years
("Margaret said the 22 was one of several buses from her village to the hospital [1.3].", S1, "R"),  # the only bus
("Margaret said that without the 22 she would have to pay £13 for a taxi each way [1.3].", S1, "R"),  # £30
("Margaret said a return taxi trip to the hospital would cost her £30 [1.3].", S1, "R"),  # £30 each way, so £60 return
("Margaret said the 22 was the only bus from her village to the college [1.3].", S1, "R"),  # hospital
("Margaret, who is 81, gave up driving five years ago [1.4].", S1, "R"),  # three years
("Margaret said she is 81 and still drives [1.4].", S1, "R"),  # she gave up driving
("Dev said the bus was his lifeline [1.4].", S1, "R"),  # wrong speaker: Margaret
("Gareth Lyle, the leader of the council, joined the programme [1.5].", S1, "R"),  # cabinet member for transport
("Lyle said the council faces a £4m gap in its education budget this year [1.6].", S1, "R"),  # transport budget
("Lyle said the council faces a £14m gap in its transport budget [1.6].", S1, "R"),  # £4m
("Lyle said the council cannot keep running routes that carry fewer than ten passengers a week [1.6].", S1, "R"),  # a day
("Lyle said the council cannot keep running routes that carry fewer than twenty passengers a day [1.6].", S1, "R"),  # ten
("Lyle promised that a dial-a-ride service would be ready for Ashby by September [1.7].", S1, "R"),  # he could not promise it
("Lyle said a dial-a-ride service had been approved for villages like Ashby [1.7].", S1, "R"),  # only looking at it
("Margaret said the council was looking at a dial-a-ride service for villages like Ashby [1.7].", S1, "R"),  # wrong speaker: Lyle
("The presenter introduced Dev, a student in Ashby [1.8].", S1, "R"),  # Kirkby
("The presenter introduced Dev, a teacher in Kirkby [1.8].", S1, "R"),  # student
("Dev said the 7A was the only morning bus to the college [1.9].", S1, "R"),  # evening bus back from the college
("Dev said all of his class would have to drop their evening courses if the 7A goes [1.9].", S1, "R"),  # half
("Dev said half his class had already dropped their evening courses [1.9].", S1, "R"),  # conditional turned into fact
("Dev said the council wants young people to leave the county [1.10].", S1, "R"),  # stay
("Lyle confirmed that the 7A would be cut [1.12].", S1, "R"),  # under review, no decision
("Lyle said the 7A was not under review [1.12].", S1, "R"),  # negation flipped
("Lyle said a public consultation runs until 30 July [1.12].", S1, "R"),  # 30 June
("Lyle said a final decision on the 7A had been made [1.12].", S1, "R"),  # no final decision
("The presenter said there would be more calls after the news at ten o'clock [1.13].", S1, "R"),  # nine o'clock
("Lyle said the 7A carries fewer than ten passengers a day [1.6, 1.12].", S1, "R"),  # not said; mixes two statements
("Lyle said the 22 is one of the 14 routes to be cut [1.1, 1.3].", S1, "R"),  # never stated
("Dev said the 7A had been on the list of cuts since September [1.9, 1.11].", S1, "R"),  # invented
]
