# Domain: a city council vote on a stadium
S1 = " ".join([
    "Brennan City Council voted 9 to 6 on Wednesday night to approve a 420 million dollar stadium for the Brennan Falcons football club on the former Eastgate rail yards.",
    "The council agreed to contribute 150 million dollars in public funding, with the rest to be paid by the club's owners, the Harlow Group.",
    "Mayor Clara Voss, who cast her vote in favour, said the project would \"bring new life to the east side\" and create about 2,000 construction jobs.",
    "Councillor Raj Patel, who led the opposition, said the city should be spending the money on housing and schools rather than \"a playground for a billionaire\".",
    "The 38,000-seat stadium is scheduled to open in time for the 2029 season.",
    "An independent study commissioned by the council estimated that the stadium could generate 45 million dollars a year in local economic activity.",
    "Critics noted that the study was partly funded by a business group that supports the project.",
    "More than 300 residents signed up to speak at the meeting, which lasted almost seven hours.",
    "The Harlow Group has agreed to keep the team in Brennan for at least 30 years under the deal.",
    "A citizens' coalition said it would begin collecting signatures to force a referendum on the public funding.",
    "Construction is expected to begin next spring, subject to final environmental approvals.",
])
PROBES = [
("Brennan's council approved the 420 million dollar Falcons stadium by nine votes to six on Wednesday night [1.1].", S1, "S"),  # reworded
("The new stadium will be built on the old Eastgate rail yards [1.1].", S1, "S"),  # former = old
("Brennan City Council voted 10 to 5 to approve the stadium [1.1].", S1, "R"),  # wrong tally
("Brennan City Council rejected the stadium plan on Wednesday [1.1].", S1, "R"),  # antonym
("The council voted on Tuesday night [1.1].", S1, "R"),  # wrong weekday
("The council unanimously approved the stadium [1.1].", S1, "R"),  # 9-6 not unanimous
("The stadium will cost 240 million dollars [1.1].", S1, "R"),  # transposed figure
("The city will put 150 million dollars of public money into the project, with the Harlow Group covering the remainder [1.2].", S1, "S"),  # reworded
("The club's owners will pay for most of the stadium [1.1, 1.2].", S1, "S"),  # 270 of 420 > half
("The council agreed to contribute 250 million dollars [1.2].", S1, "R"),  # wrong figure
("The stadium will be paid for entirely by the Harlow Group [1.2].", S1, "R"),  # contradiction
("The state government will pay the rest of the cost [1.2].", S1, "R"),  # wrong payer
("Mayor Clara Voss voted for the stadium [1.3].", S1, "S"),  # cast vote in favour
("Voss said the project would revitalise the east side of the city [1.3].", S1, "S"),  # bring new life = revitalise
("The mayor said the stadium would create around 2,000 construction jobs [1.3].", S1, "S"),  # reported speech
("Mayor Voss voted against the stadium [1.3].", S1, "R"),  # antonym
("Voss said the project would create about 2,000 permanent jobs [1.3].", S1, "R"),  # construction vs permanent
("Voss said the project would create about 20,000 construction jobs [1.3].", S1, "R"),  # number error
("Raj Patel said the stadium would bring new life to the east side [1.3].", S1, "R"),  # wrong speaker
("Councillor Raj Patel, leading the opponents, argued the money should go to housing and schools [1.4].", S1, "S"),  # reworded
("Patel called the stadium a playground for a billionaire [1.4].", S1, "S"),  # reported quote
("Patel said the money should be spent on hospitals and schools [1.4].", S1, "R"),  # sibling substitution
("Patel supported the stadium but wanted more money for housing [1.4].", S1, "R"),  # he led opposition
("Patel accused the mayor of corruption [1.4].", S1, "R"),  # unsupported
("The stadium will hold 38,000 spectators and is due to open for the 2029 season [1.5].", S1, "S"),  # reworded
("The 38,000-seat venue is slated to be ready for the 2029 season [1.5].", S1, "S"),  # synonyms
("The stadium will have 83,000 seats [1.5].", S1, "R"),  # number error
("The stadium is scheduled to open in time for the 2028 season [1.5].", S1, "R"),  # wrong year
("The stadium will definitely open before the 2029 season [1.5].", S1, "R"),  # scheduled -> definitely
("According to an independent study commissioned by the council, the stadium could produce 45 million dollars a year in local economic activity [1.6].", S1, "S"),  # reworded
("A council-commissioned study projected that the stadium might add around 45 million dollars annually to the local economy [1.6].", S1, "S"),  # could -> might
("The study found the stadium will generate 45 million dollars a year [1.6].", S1, "R"),  # could -> will
("The study estimated 45 million dollars a month in local economic activity [1.6].", S1, "R"),  # year vs month
("An independent study commissioned by the Harlow Group estimated 45 million dollars a year [1.6].", S1, "R"),  # wrong commissioner
("Critics pointed out that a pro-stadium business group helped pay for the study [1.7].", S1, "S"),  # reworded
("Critics noted that the study was wholly funded by a business group [1.7].", S1, "R"),  # partly -> wholly
("Critics noted that the study was partly funded by the Harlow Group [1.7].", S1, "R"),  # wrong funder
("Over 300 residents registered to speak at the nearly seven-hour meeting [1.8].", S1, "S"),  # reworded
("The meeting lasted almost seven hours [1.8].", S1, "S"),  # dropping detail
("More than 300 residents spoke against the stadium at the meeting [1.8].", S1, "R"),  # signed up vs spoke; added stance
("The meeting lasted more than seven hours [1.8].", S1, "R"),  # almost vs more than
("More than 3,000 residents signed up to speak [1.8].", S1, "R"),  # number error
("Under the deal, the Harlow Group must keep the Falcons in Brennan for a minimum of 30 years [1.9].", S1, "S"),  # at least = minimum
("The Harlow Group has agreed to keep the team in Brennan for at least 20 years [1.9].", S1, "R"),  # wrong figure
("The Harlow Group can move the team after 30 years [1.9].", S1, "R"),  # unsupported inference
("A coalition of citizens plans to gather signatures to force a referendum on the public money [1.10].", S1, "S"),  # reworded
("A citizens' coalition said it had already collected enough signatures to force a referendum [1.10].", S1, "R"),  # future vs completed
("A citizens' coalition said it would sue to block the stadium [1.10].", S1, "R"),  # different action
("Work is expected to start next spring, pending final environmental approvals [1.11].", S1, "S"),  # subject to = pending
("Construction will begin next spring [1.11].", S1, "R"),  # hedge and condition dropped
("Construction is expected to begin next autumn [1.11].", S1, "R"),  # wrong season
("Environmental approvals for the stadium have been granted [1.11].", S1, "R"),  # contradicts 'subject to'
("Despite opposition led by Patel, the council backed the stadium 9-6 [1.1, 1.4].", S1, "S"),  # merge
("The mayor said the project would create jobs, while Patel argued for spending on housing and schools instead [1.3, 1.4].", S1, "S"),  # merge
("The council's 150 million dollar contribution could be put to a referendum if the coalition succeeds [1.2, 1.10].", S1, "S"),  # merge, hedge kept
("The council approved the stadium because of the 45 million dollar economic study [1.1, 1.6].", S1, "R"),  # unsupported cause
("The stadium will seat 38,000 people [1.9].", S1, "R"),  # wrong sentence cited
("The Harlow Group will pay 270 million dollars of the cost [1.1, 1.2].", S1, "S"),  # 420-150 computed from cited
("The study commissioned by the council was funded entirely by opponents of the stadium [1.6, 1.7].", S1, "R"),  # partly, and by supporters
("The study was partly funded by supporters of the project, and its estimate was 45 million dollars a year [1.6, 1.7].", S1, "S"),  # merge
("Six councillors voted against the stadium [1.1].", S1, "S"),  # 9 to 6
("Public money will cover 150 million dollars of the cost [1.2].", S1, "S"),  # reworded
("Voss, a supporter of the project, predicted it would bring new life to the city's east side [1.3].", S1, "S"),  # reported speech
("Patel argued that housing and schools deserved the money more than the stadium [1.4].", S1, "S"),  # paraphrase of rather than
("The stadium's backers include a business group that helped fund a study of its economic impact [1.6, 1.7].", S1, "S"),  # merge, reworded
("A citizens' coalition intends to seek a public vote on the stadium's public funding [1.10].", S1, "S"),  # referendum = public vote
]
