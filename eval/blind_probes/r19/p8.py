# Domain: a radio interview transcript with speaker labels (presenter and a minister)
S1 = "\n".join([
    "Presenter: Health minister Karen Doyle, the waiting list in England stands at 7.6 million, and many listeners will doubt your promise to cut it by next spring.",
    "Minister: I understand that scepticism, but the list has now fallen for three months in a row, and hospitals are carrying out 40,000 more operations a month than a year ago.",
    "Presenter: The Royal College of Surgeons says that progress is largely down to one-off funding that runs out in March.",
    "Minister: That is simply not right, because most of the extra money has been built into hospital budgets for the next two years.",
    "Presenter: Your own department's figures show that one in five patients waits longer than 18 weeks for treatment.",
    "Minister: I accept that is still too many, and I am not going to pretend we can fix it overnight.",
    "Minister: What I can say is that by next spring we expect no patient to wait more than a year for planned surgery.",
])
S2 = "\n".join([
    "Presenter: You promised last year to recruit 5,000 extra GPs, and the latest figures show only 1,200 have joined.",
    "Minister: Recruitment takes time, and we expect the numbers to pick up sharply once this year's trainees qualify in August.",
    "Presenter: Doctors' leaders say they may strike again in the new year if there is no improved pay offer.",
    "Minister: My door is open, but we have already given resident doctors a 22 per cent rise over two years and there is no more money.",
    "Presenter: So you are ruling out any further pay rise for them this year, even if that means more strikes.",
    "Minister: I am ruling out reopening this year's pay award, but next year's will be set by the independent pay review body as usual.",
    "Presenter: Health minister Karen Doyle, thank you for joining us on the programme this morning.",
])
PROBES = [
("The presenter said the waiting list in England stood at 7.6 million [1.1].", S1, "S"),  # reported speech
("The presenter suggested many listeners would doubt Karen Doyle's pledge to reduce the waiting list by next spring [1.1].", S1, "S"),  # reword
("The minister said the waiting list had fallen for three consecutive months [1.2].", S1, "S"),  # in a row -> consecutive
("Karen Doyle said hospitals were doing 40,000 more operations each month than a year earlier [1.1][1.2].", S1, "S"),  # speaker named via 1.1
("The minister acknowledged listeners' scepticism [1.1][1.2].", S1, "S"),  # understand -> acknowledge
("According to the presenter, the Royal College of Surgeons attributes the progress mainly to one-off funding ending in March [1.3].", S1, "S"),  # largely -> mainly
("It was the presenter, not the minister, who cited the Royal College of Surgeons [1.3].", S1, "S"),  # speaker attribution
("The minister rejected the surgeons' view, saying most of the extra money was now built into hospital budgets for two years [1.3][1.4].", S1, "S"),  # merge
("The presenter cited department figures showing 20 per cent of patients wait over 18 weeks for treatment [1.5].", S1, "S"),  # one in five -> 20 per cent
("The minister conceded that too many patients were still waiting more than 18 weeks [1.5][1.6].", S1, "S"),  # merge, 'that' resolved
("The minister said waiting times could not be fixed overnight [1.5][1.6].", S1, "S"),  # 'not going to pretend' -> cannot
("The minister said the government expected that by next spring nobody would wait over a year for planned surgery [1.7].", S1, "S"),  # we -> government, reword
("The presenter said 5,000 extra GPs had been promised last year but only 1,200 had joined [2.1].", S2, "S"),  # reported speech
("The presenter noted that fewer than a quarter of the promised extra GPs had joined [2.1].", S2, "S"),  # 1,200/5,000 = 24 per cent
("The minister said recruitment took time [2.2].", S2, "S"),  # tense shift
("The minister expected GP recruitment to rise sharply once this year's trainees qualify in August [2.1][2.2].", S2, "S"),  # 'the numbers' resolved via 2.1
("The presenter reported that doctors' leaders might strike again in the new year without a better pay offer [2.3].", S2, "S"),  # may -> might
("The minister said resident doctors had already received a 22 per cent pay rise over two years [2.4].", S2, "S"),  # voice
("The minister insisted there was no more money while saying the door was open [2.4].", S2, "S"),  # reorder
("The presenter put it to the minister that any further pay rise this year was being ruled out [2.5].", S2, "S"),  # statement-question reworded
("Karen Doyle ruled out reopening this year's pay award [2.6][2.7].", S2, "S"),  # minister named via 2.7
("The minister said next year's pay award would be decided by the independent pay review body in the usual way [2.6].", S2, "S"),  # set -> decided
("The presenter thanked Karen Doyle for appearing on the programme [2.7].", S2, "S"),  # reword
("The minister left next year's pay award to the independent pay review body [2.6].", S2, "S"),  # compression/reword
("The minister said the waiting list in England stood at 7.6 million [1.1].", S1, "R"),  # wrong speaker
("The presenter said the waiting list had risen to 7.6 million [1.1].", S1, "R"),  # stands -> risen
("The waiting list in England stands at 6.7 million, the presenter said [1.1].", S1, "R"),  # digits swapped
("The minister said the waiting list had fallen for four months in a row [1.2].", S1, "R"),  # number
("The minister said hospitals were carrying out 40,000 more operations a year than a year ago [1.2].", S1, "R"),  # unit a month -> a year
("The minister said the waiting list would keep falling for another three months [1.2].", S1, "R"),  # past -> future prediction
("The Royal College of Surgeons told the programme that progress was due to one-off funding [1.3].", S1, "R"),  # presenter relayed it; 'told the programme' invented
("The presenter said the one-off funding runs out in April [1.3].", S1, "R"),  # month
("The minister agreed that progress was largely down to one-off funding [1.3][1.4].", S1, "R"),  # opposite
("The minister said all of the extra money had been built into hospital budgets [1.4].", S1, "R"),  # most -> all
("The minister said the extra money had been built into hospital budgets for the next five years [1.4].", S1, "R"),  # number
("The presenter said one in four patients waits longer than 18 weeks [1.5].", S1, "R"),  # fraction
("The presenter said one in five patients waits longer than 18 months for treatment [1.5].", S1, "R"),  # unit
("Karen Doyle said one in five patients waits more than 18 weeks for treatment [1.1][1.5].", S1, "R"),  # wrong speaker (presenter said it)
("The minister denied that too many patients were waiting more than 18 weeks [1.5][1.6].", S1, "R"),  # accept -> deny
("The minister promised to fix waiting times quickly [1.6].", S1, "R"),  # opposite
("The minister guaranteed that by next spring no patient would wait more than a year for planned surgery [1.7].", S1, "R"),  # expect -> guarantee
("The minister said that by next spring no patient would wait more than 18 weeks for planned surgery [1.7].", S1, "R"),  # year -> 18 weeks
("The minister said the Royal College of Surgeons expected waits to fall by next spring [1.3][1.7].", S1, "R"),  # conflation of speakers
("The minister said only 1,200 extra GPs had joined [2.1].", S2, "R"),  # wrong speaker
("The presenter said 5,000 extra nurses had been promised last year [2.1].", S2, "R"),  # GPs -> nurses
("The minister said GP recruitment would pick up once trainees qualify in September [2.2].", S2, "R"),  # month
("The minister promised that all 5,000 extra GPs would be in post by August [2.1][2.2].", S2, "R"),  # invented promise
("The presenter said doctors' leaders would strike in the new year [2.3].", S2, "R"),  # may -> would
("The minister said doctors' leaders had called off their strike threat [2.3][2.4].", S2, "R"),  # invented
("The minister said resident doctors had been given a 22 per cent rise over one year [2.4].", S2, "R"),  # two -> one year
("The minister said she was unwilling to hold any further talks with doctors [2.4].", S2, "R"),  # door open -> no talks
("The presenter said the 22 per cent rise was why doctors were threatening to strike [2.3][2.4].", S2, "R"),  # invented cause, figure said by minister
("The minister ruled out any pay rise for resident doctors next year [2.6].", S2, "R"),  # this year -> next year
("The minister said next year's pay award would be set by the government [2.6].", S2, "R"),  # review body -> government
]
