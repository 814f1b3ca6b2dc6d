# Domain: a transcript with speaker labels (radio phone-in with a health minister)
S1 = " ".join([
    "HOST: Welcome back to Talk West, and with me in the studio is the health minister, Karen Doyle.",
    "HOST: Minister, waiting lists in the region have reached 412,000, the highest figure ever recorded.",
    "MINISTER: I accept the numbers are too high, but they have fallen for the last three months in a row.",
    "MINISTER: We are opening two new surgical hubs, in Bristol and Swindon, by the end of next year.",
    "HOST: Our first caller is Maureen from Taunton, who has been waiting 14 months for a hip replacement.",
    "CALLER (MAUREEN): I was told it would be six months, and now nobody at the hospital will even give me a date.",
    "MINISTER: Maureen, I am sorry, and if you give your details to the producers I will ask my office to look into it.",
    "HOST: Minister, will you guarantee that no one will wait more than a year by 2026?",
    "MINISTER: I cannot give a guarantee, but that is our aim.",
])
S2 = " ".join([
    "HOST: Let's turn to nurses, because the union says 3,000 posts in the region are vacant.",
    "MINISTER: That figure is out of date; the latest data shows around 2,400 vacancies, and we have recruited 900 nurses from overseas this year.",
    "CALLER (DEV): I'm a paramedic in Gloucester, and last week we waited five hours outside A&E with a patient.",
    "MINISTER: Five hours is unacceptable, and I want to see handover times brought down to under 30 minutes.",
    "HOST: The opposition says your budget for the region has been cut in real terms.",
    "MINISTER: That is simply not true, because the budget has risen by 3.2% this year, above inflation.",
    "HOST: We will have to leave it there, and Minister Doyle has promised to come back in the new year.",
])
P = [S1, S2]
PROBES = [
("Health minister Karen Doyle appeared in the Talk West studio [1.1].", P, "S"),  # paraphrase
("Health minister Karen Doyle joined Talk West by phone [1.1].", P, "R"),  # in the studio -> by phone
("The host said regional waiting lists had hit a record 412,000 [1.2].", P, "S"),  # highest ever = record
("The minister said regional waiting lists had hit a record 412,000 [1.2].", P, "R"),  # wrong speaker (host said it)
("The host said regional waiting lists had reached 421,000 [1.2].", P, "R"),  # number swapped
("The host said national waiting lists had reached a record 412,000 [1.2].", P, "R"),  # region -> national
("The minister conceded waiting lists were too high but said they had dropped for three consecutive months [1.3].", P, "S"),  # paraphrase
("The minister denied that waiting lists were too high [1.3].", P, "R"),  # accept -> deny
("The minister said waiting lists had risen for three months in a row [1.3].", P, "R"),  # antonym
("The minister said waiting lists had fallen for three months because of the new surgical hubs [1.3].", P, "R"),  # invented cause
("The minister said two new surgical hubs would open in Bristol and Swindon by the end of next year [1.4].", P, "S"),  # paraphrase
("The minister said two new surgical hubs had opened in Bristol and Swindon [1.4].", P, "R"),  # future -> done
("The minister said two new surgical hubs would open in Bristol and Gloucester by the end of next year [1.4].", P, "R"),  # place swapped
("Caller Maureen from Taunton has waited 14 months for a hip replacement, the host said [1.5].", P, "S"),  # reorder
("Caller Maureen from Taunton has waited 14 months for a knee replacement [1.5].", P, "R"),  # hip -> knee
("Maureen said she had been told to expect a six-month wait but that the hospital would not now give her a date [1.6].", P, "S"),  # paraphrase
("Maureen said the hospital had given her a date six months away [1.6].", P, "R"),  # contradicts (nobody will give a date)
("Maureen said she had been told the wait would be a year [1.6].", P, "R"),  # six months -> a year
("The minister apologised to Maureen and offered to have her office look into the case if Maureen passed her details to the producers [1.7].", P, "S"),  # paraphrase
("The minister apologised to Maureen and promised her a date for surgery [1.7].", P, "R"),  # stronger promise invented
("The minister said her office had already looked into Maureen's case [1.7].", P, "R"),  # future conditional -> done
("The host asked Maureen to give her details to the producers [1.7].", P, "R"),  # wrong speaker
("The host asked the minister to guarantee that by 2026 nobody would wait over a year [1.8].", P, "S"),  # paraphrase
("The minister said she could not guarantee it, but that it was the government's aim [1.9].", P, "S"),  # paraphrase ('our aim')
("The minister guaranteed that no one would wait more than a year by 2026 [1.9, 1.8].", P, "R"),  # negation dropped
("The minister said nobody would wait more than a year by 2026 [1.9, 1.8].", P, "R"),  # aim -> assertion (hedge dropped)
("The minister declined to guarantee that waits would be under a year by 2026, calling it an aim [1.8, 1.9].", P, "S"),  # merge
("The host said the union puts regional nurse vacancies at 3,000 [2.1].", P, "S"),  # paraphrase
("The minister said there were 3,000 vacant nursing posts in the region [2.1].", P, "R"),  # wrong speaker (host citing union)
("The minister said the 3,000 figure was outdated and that the most recent data showed about 2,400 vacancies [2.2].", P, "S"),  # paraphrase
("The minister said 900 nurses had been recruited from overseas this year [2.2].", P, "S"),  # compression
("The minister said 900 nurses had been recruited from overseas over the past five years [2.2].", P, "R"),  # period changed
("The minister said the union's vacancy figure was too low [2.2].", P, "R"),  # reversed: she said it is out of date, newer figure lower
("Dev, a Gloucester paramedic, said his crew waited five hours outside A&E with a patient last week [2.3].", P, "S"),  # paraphrase
("Dev, a Gloucester nurse, said he waited five hours outside A&E [2.3].", P, "R"),  # occupation swapped
("The minister called a five-hour wait unacceptable and said she wanted handovers cut to below 30 minutes [2.4].", P, "S"),  # paraphrase
("The minister said handover times had already been cut to under 30 minutes [2.4].", P, "R"),  # want -> done
("The minister said she wanted handover times reduced to under an hour [2.4].", P, "R"),  # target changed
("The host called a five-hour wait unacceptable [2.4].", P, "R"),  # wrong speaker
("The host put to the minister the opposition's claim that the region's budget had fallen in real terms [2.5].", P, "S"),  # paraphrase
("The host said the region's budget had been cut in real terms [2.5].", P, "R"),  # attribution dropped (opposition says)
("The minister rejected the claim, saying the budget had grown 3.2% this year, faster than inflation [2.6].", P, "S"),  # paraphrase
("The minister said the budget had risen by 3.2% this year, below inflation [2.6].", P, "R"),  # comparison reversed
("The minister accepted the budget had been cut in real terms [2.6].", P, "R"),  # denial flipped
("The host said Doyle had promised to return to the programme in the new year [2.7].", P, "S"),  # paraphrase
("Doyle promised to return to the programme next month [2.7].", P, "R"),  # timing changed
("The minister said nurse vacancies were about 2,400, lower than the union's 3,000 [2.1, 2.2].", P, "S"),  # merge
("Maureen, who has waited 14 months, said nobody at the hospital would give her a date [1.5, 1.6].", P, "S"),  # merge
("The minister said the new surgical hubs would cut waiting lists below 400,000 [1.4].", P, "R"),  # invented purpose/figure
("A paramedic caller told the minister that handovers at A&E took 30 minutes [2.3].", P, "R"),  # 30 minutes is the minister's target, 2.4
("Karen Doyle, the health minister, said two new surgical hubs would open in Bristol and Swindon by the end of next year [1.1, 1.4].", P, "S"),  # merge; name from 1.1
("Speaking on Talk West, Karen Doyle admitted waiting lists were too high [1.1, 1.3].", P, "S"),  # accept = admit
("The minister apologised to a Taunton caller who has been waiting for a hip replacement [1.5, 1.7].", P, "S"),  # merge
("According to the minister, 900 nurses have been recruited from abroad this year [2.2].", P, "S"),  # overseas = abroad
("The minister insisted the regional budget had not been cut in real terms, saying it had risen 3.2% this year, above inflation [2.5, 2.6].", P, "S"),  # merge
("A Gloucester paramedic told the programme he and colleagues had waited five hours with a patient outside A&E [2.3].", P, "S"),  # we = he and colleagues
]
