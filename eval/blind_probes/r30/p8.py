# Domain: a television interview transcript with speaker labels
S1 = " ".join([
    "PRESENTER: Joining me now is Karen Holt, chief executive of Northern Rail Services, which cancelled more than 1,200 trains last month.",
    "PRESENTER: Ms Holt, passengers are furious, so why should they believe things will get better?",
    "CHIEF EXECUTIVE: I completely understand the frustration, and I want to apologise to every passenger who has been let down.",
    "CHIEF EXECUTIVE: The main problem has been a shortage of drivers, and we have 140 trainee drivers who should qualify by the end of June.",
    "PRESENTER: But you promised the same thing last year, and cancellations actually went up.",
    "CHIEF EXECUTIVE: That is fair, and I accept that we were too optimistic about how quickly we could recruit.",
    "PRESENTER: Will you be paying yourself a bonus this year?",
    "CHIEF EXECUTIVE: No, I have told the board I will not accept a bonus until performance improves.",
    "PRESENTER: The transport secretary said yesterday that your contract could be reviewed if things do not improve by September.",
    "CHIEF EXECUTIVE: We are working closely with the department, and I am confident we can turn this around.",
    "PRESENTER: Finally, will fares go up in January?",
    "CHIEF EXECUTIVE: Fares are set by the government, not by us, so that is not a decision for me.",
])
PROBES = [
("Karen Holt runs Northern Rail Services, which scrapped over 1,200 trains last month [1.1].", S1, "S"),  # paraphrase
("Northern Rail Services cancelled more than 2,100 trains last month [1.1].", S1, "R"),  # wrong figure
("Northern Rail Services cancelled more than 1,200 trains last year [1.1].", S1, "R"),  # month -> year
("Karen Holt is the chair of Northern Rail Services [1.1].", S1, "R"),  # chief executive -> chair
("The presenter asked Ms Holt why passengers, who are furious, should believe things will improve [1.2].", S1, "S"),  # reported question
("The presenter said passengers were satisfied with the service [1.2].", S1, "R"),  # antonym
("Ms Holt asked why passengers should believe things would get better [1.2].", S1, "R"),  # wrong speaker
("Karen Holt said she understood passengers' frustration and apologised to all those who had been let down [1.3].", S1, "S"),  # reported speech
("Karen Holt refused to apologise to passengers [1.3].", S1, "R"),  # negation
("Karen Holt apologised only to passengers whose trains had been cancelled [1.3].", S1, "R"),  # every passenger let down -> narrower, different
("The chief executive said she wanted to say sorry to every passenger who had been let down [1.3].", S1, "S"),  # reported speech
("Holt blamed the problems mainly on a shortage of drivers [1.4].", S1, "S"),  # paraphrase
("Holt said 140 trainee drivers should qualify by the end of June [1.4].", S1, "S"),  # reported speech
("Holt said 140 trainee drivers would definitely qualify by the end of June [1.4].", S1, "R"),  # should -> definitely
("Holt said 140 trainee drivers should qualify by the end of July [1.4].", S1, "R"),  # wrong month
("Holt said 410 trainee drivers should qualify by the end of June [1.4].", S1, "R"),  # transposed figure
("Holt blamed the problems mainly on strikes by drivers [1.4].", S1, "R"),  # shortage -> strikes
("Holt blamed the problems on a shortage of guards [1.4].", S1, "R"),  # sibling word
("The presenter pointed out that Holt had made the same promise last year and that cancellations had since risen [1.5].", S1, "S"),  # reported speech
("The presenter said cancellations had fallen since last year's promise [1.5].", S1, "R"),  # antonym
("Holt said cancellations had gone up since last year [1.5].", S1, "R"),  # wrong speaker
("Holt conceded that the company had been too optimistic about the pace of recruitment [1.6].", S1, "S"),  # reported speech
("Holt accepted the criticism as fair [1.6].", S1, "S"),  # paraphrase of 'That is fair'
("Holt rejected the criticism as unfair [1.6].", S1, "R"),  # antonym
("Holt admitted the company had been too optimistic about its finances [1.6].", S1, "R"),  # recruitment -> finances
("The presenter asked Holt whether she would pay herself a bonus this year [1.7].", S1, "S"),  # reported question
("Holt said she had told the board she would not take a bonus until performance improved [1.8].", S1, "S"),  # reported speech
("Holt said she would accept a reduced bonus this year [1.8].", S1, "R"),  # contradiction
("Holt said she would never accept a bonus [1.8].", S1, "R"),  # conditional -> never
("Holt said the board had decided she would not receive a bonus [1.8].", S1, "R"),  # swapped agency: she told the board
("Holt has turned down a bonus until the service gets better, she said [1.8].", S1, "S"),  # paraphrase
("Asked about a bonus, Holt said she would not accept one until performance improved [1.7, 1.8].", S1, "S"),  # merge question and answer
("The presenter said the transport secretary had warned the day before that the contract could be reviewed if there was no improvement by September [1.9].", S1, "S"),  # reported speech
("The transport secretary said the contract would be terminated in September [1.9].", S1, "R"),  # could be reviewed -> would be terminated
("The transport secretary said the contract could be reviewed if things did not improve by October [1.9].", S1, "R"),  # wrong month
("Holt said the transport secretary had threatened to review the contract [1.9].", S1, "R"),  # wrong speaker (presenter said it)
("The transport secretary said the contract will be reviewed if things do not improve by September [1.9].", S1, "R"),  # could -> will
("Holt said the company was working closely with the department and she was confident of turning things around [1.10].", S1, "S"),  # reported speech
("Holt said she was doubtful the company could turn things around [1.10].", S1, "R"),  # antonym
("Holt said the department had agreed to extend the contract [1.10].", S1, "R"),  # unsupported
("Holt said she was confident of turning the service around by September [1.10].", S1, "R"),  # added deadline
("The presenter asked whether fares would rise in January [1.11].", S1, "S"),  # reported question
("The presenter asked whether fares would rise in June [1.11].", S1, "R"),  # wrong month
("Holt said fares were set by the government rather than the company, so the decision was not hers [1.12].", S1, "S"),  # reported speech
("Holt said fares would not go up in January [1.12].", S1, "R"),  # she did not answer either way
("Holt said fares would rise in January [1.12].", S1, "R"),  # unsupported
("Holt said Northern Rail Services sets its own fares [1.12].", S1, "R"),  # contradiction
("Asked whether fares would rise in January, Holt said that was a matter for the government [1.11, 1.12].", S1, "S"),  # merge
("Asked whether fares would rise in January, Holt said that was a matter for the government [1.12].", S1, "R"),  # January detail from uncited 1.11
("Holt apologised to passengers and blamed a shortage of drivers [1.3, 1.4].", S1, "S"),  # merge
("Holt apologised to passengers and blamed a shortage of drivers [1.3].", S1, "R"),  # driver shortage uncited
("Holt said 140 trainee drivers should qualify by the end of June [1.6].", S1, "R"),  # wrong sentence cited
("Holt admitted the company had been too optimistic and apologised for last year's broken promise [1.6].", S1, "R"),  # added apology for promise
("The interview was with the head of a rail operator [1.1].", S1, "S"),  # generalisation
("Holt said driver shortages had caused the cancellation of more than 1,200 trains last month [1.1, 1.4].", S1, "R"),  # 1,200 figure is the presenter's; Holt never linked it to driver shortages
("Holt said the shortage of drivers had been the main problem [1.4].", S1, "S"),  # reported speech
("The chief executive said she was confident the company could turn things around [1.10].", S1, "S"),  # reported speech
("The presenter said the transport secretary had spoken the previous day [1.9].", S1, "S"),  # yesterday -> previous day
("The presenter said the transport secretary had spoken last week [1.9].", S1, "R"),  # wrong time
("Holt said she would not accept a bonus, which the board had offered [1.8].", S1, "R"),  # added detail
("The presenter interviewed Karen Holt, the chief executive of Northern Rail Services [1.1].", S1, "S"),  # paraphrase
("Holt apologised to every passenger who had been let down [1.3].", S1, "S"),  # reported speech
("Northern Rail Services has 140 drivers in training who are due to qualify by the end of June [1.4].", S1, "S"),  # should -> due to
("Holt accepted that the company had been overly optimistic about recruitment [1.6].", S1, "S"),  # paraphrase
("Holt will not take a bonus until performance gets better, she told the interviewer [1.8].", S1, "S"),  # reported speech
("Holt said she was confident the operator could turn things around [1.10].", S1, "S"),  # reported speech
("Holt said decisions on fares were for the government [1.12].", S1, "S"),  # paraphrase
("The presenter challenged Holt over an unkept promise from last year [1.5].", S1, "S"),  # paraphrase
("Holt admitted the company had been too optimistic after the presenter pointed out that cancellations had risen [1.5, 1.6].", S1, "S"),  # merge
("The presenter noted that the transport secretary had raised the possibility of reviewing the contract [1.9].", S1, "S"),  # paraphrase
("Karen Holt described passengers as furious [1.2].", S1, "R"),  # the presenter said it, wrong speaker
]
