# Domain: a parliamentary committee hearing transcript with speaker labels
S1 = "\n".join([
    "Chair (Margaret Hale MP): Ms Okonjo, your trust cancelled more than 3,000 planned operations last winter, so can you explain why that happened.",
    "Adaeze Okonjo (Chief Executive, Northfield Hospitals Trust): The main reason was a shortage of anaesthetists, and we also had around 200 beds occupied by patients who were well enough to leave.",
    "Chair (Margaret Hale MP): How many anaesthetist posts are currently vacant at the trust, and how many do you expect to fill soon.",
    "Adaeze Okonjo (Chief Executive, Northfield Hospitals Trust): We have 14 vacancies out of 96 posts, and we expect to fill eight of them by April.",
    "Tom Reeve MP: Your own board papers say agency staff cost the trust 22 million pounds last year, which is double the figure from two years ago.",
    "Adaeze Okonjo (Chief Executive, Northfield Hospitals Trust): That is correct, and we have set a target to cut agency spending by a quarter over the next 12 months.",
    "Tom Reeve MP: I am not convinced that target is realistic while vacancies remain at this level.",
])
S2 = "\n".join([
    "Chair (Margaret Hale MP): Dr Lindqvist, does the regional health board accept any responsibility for the cancellations at Northfield.",
    "Dr Erik Lindqvist (Medical Director, Regional Health Board): We accept that our workforce planning did not anticipate the rise in demand after the pandemic.",
    "Dr Erik Lindqvist (Medical Director, Regional Health Board): We are now funding 30 additional training places for anaesthetists across the region, starting in September.",
    "Priya Anand MP: Will any of those trainees be working at Northfield before next winter.",
    "Dr Erik Lindqvist (Medical Director, Regional Health Board): Probably not, because training takes several years, but some may be placed there on rotation.",
    "Chair (Margaret Hale MP): The committee will ask both organisations to provide written updates on cancellations every three months.",
])
PROBES = [
("Margaret Hale, the committee chair, asked Ms Okonjo to explain why her trust had cancelled over 3,000 planned operations last winter [1.1].", S1, "S"),  # question turned into reported speech
("The chair noted that more than 3,000 scheduled operations at Ms Okonjo's trust had been cancelled last winter [1.1].", S1, "S"),  # planned -> scheduled, voice change
("Margaret Hale said the trust had cancelled more than 3,000 planned operations last summer [1.1].", S1, "R"),  # winter -> summer
("Tom Reeve asked Ms Okonjo why the trust had cancelled more than 3,000 operations [1.1].", S1, "R"),  # wrong speaker (the chair asked)
("Adaeze Okonjo gave a shortage of anaesthetists as the main reason for the cancellations and also cited about 200 beds taken up by patients fit to leave [1.1][1.2].", S1, "S"),  # reason resolved via question, synonyms
("The Northfield chief executive blamed the cancellations chiefly on a lack of anaesthetists [1.1][1.2].", S1, "S"),  # main reason -> chiefly, shortage -> lack
("Adaeze Okonjo said the main reason for the cancellations was a shortage of surgeons [1.1][1.2].", S1, "R"),  # anaesthetists -> surgeons
("Adaeze Okonjo said the main reason for the cancellations was patients who were well enough to leave occupying beds [1.1][1.2].", S1, "R"),  # secondary reason promoted to main
("Adaeze Okonjo said around 200 beds were occupied by patients who were too ill to leave [1.2].", S1, "R"),  # antonym
("Adaeze Okonjo said the shortage of anaesthetists was the only reason for the cancellations [1.1][1.2].", S1, "R"),  # main -> only
("Adaeze Okonjo is the chief executive of Northfield Hospitals Trust [1.2].", S1, "S"),  # from speaker label
("Adaeze Okonjo is the medical director of Northfield Hospitals Trust [1.2].", S1, "R"),  # role swapped
("The chair asked how many anaesthetist posts at the trust were vacant at present [1.3].", S1, "S"),  # question to reported speech
("Tom Reeve asked how many anaesthetist posts were currently vacant [1.3].", S1, "R"),  # wrong speaker
("Ms Okonjo said 14 of the trust's 96 anaesthetist posts were vacant and the trust expected to fill eight by April [1.3][1.4].", S1, "S"),  # merge, we -> she/trust
("According to Ms Okonjo, the trust hopes to fill more than half of its anaesthetist vacancies by April [1.3][1.4].", S1, "S"),  # 8 of 14 > half; expect -> hopes (weaker, fine)
("Ms Okonjo said 14 of 96 posts were vacant and all of them would be filled by April [1.4].", S1, "R"),  # eight -> all, expect -> would
("Ms Okonjo said the trust had already filled eight of the vacancies [1.4].", S1, "R"),  # expectation -> done
("Tom Reeve said the trust's board papers showed agency staff had cost 22 million pounds last year, twice as much as two years earlier [1.5].", S1, "S"),  # double -> twice as much
("Tom Reeve noted that the trust's agency staffing bill had doubled in two years to 22 million pounds [1.5].", S1, "S"),  # restructured
("According to Tom Reeve, the trust's agency staff bill two years ago was 11 million pounds [1.5].", S1, "S"),  # 22 is double, so 11 two years ago (exact arithmetic)
("Tom Reeve said agency staff cost the trust 22 million pounds last year, half the figure from two years ago [1.5].", S1, "R"),  # direction reversed
("Priya Anand said agency staff cost the trust 22 million pounds last year [1.5].", S1, "R"),  # wrong speaker
("Ms Okonjo confirmed the agency staffing figure and said the trust aimed to reduce agency spending by 25 percent within a year [1.5][1.6].", S1, "S"),  # a quarter -> 25 percent, 12 months -> a year
("Ms Okonjo said the trust had already cut agency spending by a quarter [1.6].", S1, "R"),  # target -> achieved
("Ms Okonjo disputed the 22 million pound agency staffing figure [1.5][1.6].", S1, "R"),  # she said that is correct
("Tom Reeve expressed doubt that the agency spending target was realistic while vacancies stayed at their current level [1.6][1.7].", S1, "S"),  # not convinced -> doubt
("Tom Reeve said the target was unrealistic [1.7].", S1, "R"),  # "not convinced ... realistic" strengthened to flat assertion
("Tom Reeve said he was convinced the target was realistic [1.7].", S1, "R"),  # negation dropped
("Margaret Hale said she was not convinced the target was realistic [1.7].", S1, "R"),  # wrong speaker
("The chair asked Dr Lindqvist whether the regional health board accepted any responsibility for the Northfield cancellations [2.1].", S2, "S"),  # question to reported speech
("The chair asked Dr Lindqvist why the regional health board had refused to accept responsibility [2.1].", S2, "R"),  # presupposes refusal not stated
("Dr Lindqvist admitted that the board's workforce planning had failed to foresee the increase in demand after the pandemic [2.2].", S2, "S"),  # accept -> admitted, anticipate -> foresee
("Dr Lindqvist said the regional health board's workforce planning had not anticipated the post-pandemic rise in demand [2.2].", S2, "S"),  # nominalisation
("Dr Lindqvist said the board's workforce planning had correctly anticipated the rise in demand after the pandemic [2.2].", S2, "R"),  # negation dropped
("Dr Lindqvist said the board accepted full responsibility for all the cancellations at Northfield [2.1][2.2].", S2, "R"),  # scope: accepted a specific failing, not full responsibility
("Dr Erik Lindqvist is the medical director of the regional health board [2.2].", S2, "S"),  # from speaker label
("Dr Lindqvist said the board was now paying for 30 extra anaesthetist training places across the region from September [2.3].", S2, "S"),  # funding -> paying for, additional -> extra
("Dr Lindqvist said the 30 additional training places would all be at Northfield [2.3].", S2, "R"),  # across the region -> Northfield
("Priya Anand asked whether any of the trainees would be working at Northfield before next winter [2.4].", S2, "S"),  # question to reported speech
("Margaret Hale asked whether any of the trainees would be working at Northfield before next winter [2.4].", S2, "R"),  # wrong speaker
("Dr Lindqvist said the trainees would probably not be working at Northfield before next winter, as training lasts several years [2.4][2.5].", S2, "S"),  # hedge kept, because -> as
("Dr Lindqvist said some trainees might be placed at Northfield on rotation [2.4][2.5].", S2, "S"),  # may -> might, "there" resolved via 2.4
("Dr Lindqvist said none of the trainees would be working at Northfield before next winter [2.4][2.5].", S2, "R"),  # probably not -> definitely none
("Dr Lindqvist said some trainees would definitely be placed at Northfield on rotation [2.4][2.5].", S2, "R"),  # may -> definitely
("The chair said the committee would ask both organisations for written updates on cancellations every quarter [2.6].", S2, "S"),  # three months -> quarter
("The chair said the committee would require both organisations to give evidence in person every three months [2.6].", S2, "R"),  # written updates -> in person
("The chair said the committee would ask only the trust to provide written updates [2.6].", S2, "R"),  # both -> only the trust
("The regional board is funding 30 extra anaesthetist training places, while Northfield has 14 anaesthetist vacancies [2.3][1.3][1.4].", S2, "S"),  # merge across documents; 1.3 says the vacancies are anaesthetist posts
("The 30 new training places will fill all of Northfield's 14 anaesthetist vacancies by April [2.3][1.4].", S2, "R"),  # invented causal/time link
("Ms Okonjo agreed that agency staff had cost the trust 22 million pounds last year [1.5][1.6].", S1, "S"),  # "That is correct" resolved via 1.5
("Northfield has 82 of its 96 anaesthetist posts filled [1.3][1.4].", S1, "S"),  # 96 - 14 = 82
("Tom Reeve cited the trust's own board papers on agency costs [1.5].", S1, "S"),  # compression
("Agency spending at the trust is meant to fall by a quarter within 12 months, Ms Okonjo said [1.6].", S1, "S"),  # target reworded, voice
("Tom Reeve tied his doubts about the target to the trust's continuing vacancies [1.7].", S1, "S"),  # restructured
("The chair questioned Dr Lindqvist about the regional health board's responsibility for the Northfield cancellations [2.1].", S2, "S"),  # question nominalised
("The 30 new anaesthetist training places will begin in September [2.3].", S2, "S"),  # starting -> begin
("Priya Anand asked if any of the trainees would be at Northfield before next winter [2.4].", S2, "S"),  # working at -> be at
("The committee will seek quarterly written updates on cancellations from both organisations [2.6].", S2, "S"),  # every three months -> quarterly
("The regional health board's medical director acknowledged a failure to anticipate the rise in demand after the pandemic [2.2].", S2, "S"),  # name -> role, nominalisation
("Tom Reeve, an MP, raised the trust's agency staffing costs, citing its board papers [1.5].", S1, "S"),  # from speaker label, compression
]
