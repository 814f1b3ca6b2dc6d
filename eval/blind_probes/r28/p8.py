# Domain: a parliamentary committee hearing transcript with speaker labels
S1 = " ".join([
    "CHAIR: Welcome, Mr Dunmore, and thank you for appearing before the Transport Committee this morning.",
    "MR DUNMORE: Thank you, Chair, I am glad of the chance to explain what went wrong with the ticketing system in March.",
    "CHAIR: The system failed for six days, and around 400,000 passengers were affected, is that correct?",
    "MR DUNMORE: The outage lasted five and a half days, and our own estimate is closer to 350,000 passengers.",
    "MS LEE: Your company received a 12 million pound bonus payment from the department in January, did it not?",
    "MR DUNMORE: We received a performance payment of 9 million pounds, not 12 million, and it related to the previous financial year.",
    "MS LEE: Will you be repaying any of that money?",
    "MR DUNMORE: We have offered to return 2 million pounds, and discussions with the department are continuing.",
    "MR OKONJO: When did you first know the software update was faulty?",
    "MR DUNMORE: Our engineers flagged a possible problem on the Friday before the launch, but the update went ahead on the Monday.",
    "CHAIR: The committee will write to the Secretary of State asking for an independent review.",
])
PROBES = [
("The chair welcomed Mr Dunmore to the Transport Committee [1.1].", S1, "S"),  # reworded
("Mr Dunmore said he welcomed the opportunity to explain the March ticketing failure [1.2].", S1, "S"),  # glad of the chance -> welcomed the opportunity
("Mr Dunmore said the outage lasted five and a half days [1.4].", S1, "S"),  # reported
("According to Mr Dunmore, the company estimates that about 350,000 passengers were affected [1.4].", S1, "S"),  # closer to -> about
("The chair put it to Mr Dunmore that the system was down for six days and affected around 400,000 passengers [1.3].", S1, "S"),  # question reported as put to witness
("Mr Dunmore disputed the chair's figures, putting the outage at five and a half days and the number affected nearer 350,000 [1.3, 1.4].", S1, "S"),  # merge
("Ms Lee suggested the company had been paid a 12 million pound bonus by the department in January [1.5].", S1, "S"),  # question as suggestion
("Mr Dunmore said the company had received a 9 million pound performance payment [1.6].", S1, "S"),  # reported
("Mr Dunmore said the payment related to the previous financial year [1.6].", S1, "S"),  # reported
("Mr Dunmore corrected Ms Lee, saying the payment was 9 million pounds rather than 12 million [1.5, 1.6].", S1, "S"),  # merge
("Ms Lee asked whether the company would repay any of the money [1.7].", S1, "S"),  # reported question
("Mr Dunmore said the company had offered to hand back 2 million pounds [1.8].", S1, "S"),  # return -> hand back
("Talks with the department are still going on, Mr Dunmore said [1.8].", S1, "S"),  # continuing -> still going on
("Mr Okonjo asked when the witness first knew the software update was faulty [1.9].", S1, "S"),  # reported question
("Mr Dunmore said engineers had raised a possible problem on the Friday before the launch [1.10].", S1, "S"),  # flagged -> raised
("The update went ahead on the Monday despite the engineers' warning, Mr Dunmore said [1.10].", S1, "S"),  # but -> despite
("The chair said the committee would ask the Secretary of State for an independent review [1.11].", S1, "S"),  # reported
("The committee plans to write to the Secretary of State [1.11].", S1, "S"),  # dropped detail
("The company offered to return less than a quarter of the 9 million pound payment [1.6, 1.8].", S1, "S"),  # 2/9 = 22 per cent
("Mr Dunmore appeared before the committee in the morning [1.1].", S1, "S"),  # this morning
("The ticketing system problem occurred in March [1.2].", S1, "S"),  # 1.2
("Mr Dunmore said the outage lasted more than five days [1.4].", S1, "S"),  # five and a half
("The company's estimate of affected passengers is lower than the chair's figure [1.3, 1.4].", S1, "S"),  # 350k < 400k
("Mr Dunmore said the performance payment was for the previous financial year, not January [1.6].", S1, "R"),  # (relabelled: 1.6 does not deny the January receipt date; 'not January' adds a denial)
("Mr Dunmore indicated that a possible fault had been identified before the update was launched [1.10].", S1, "S"),  # reworded
("An independent review will be requested by the committee, the chair said [1.11].", S1, "S"),  # voice change
("Mr Dunmore said repayment discussions were ongoing and 2 million pounds had been offered [1.8].", S1, "S"),  # reordered
("Ms Lee questioned the witness about a payment from the department [1.5].", S1, "S"),  # generalisation
("Mr Dunmore said the payment his company received was a performance payment [1.6].", S1, "S"),  # 1.6
("The chair thanked Mr Dunmore for attending [1.1].", S1, "S"),  # reworded
("Mr Dunmore said the update was launched on a Monday [1.10].", S1, "S"),  # went ahead on the Monday
("Mr Okonjo wanted to know when the witness first learned the software update was faulty [1.9].", S1, "S"),  # reported question
("Mr Dunmore said the outage lasted six days [1.4].", S1, "R"),  # five and a half (six was chair's figure)
("Mr Dunmore said around 400,000 passengers were affected [1.4].", S1, "R"),  # 350,000
("Mr Dunmore agreed that 400,000 passengers were affected [1.3, 1.4].", S1, "R"),  # he disputed it
("The chair said the system failed for five and a half days [1.3].", S1, "R"),  # chair said six
("Ms Lee said the company received a 9 million pound payment [1.5].", S1, "R"),  # she said 12 million
("Mr Dunmore said the company had received a 12 million pound bonus [1.6].", S1, "R"),  # 9 million
("Mr Dunmore said the payment related to the current financial year [1.6].", S1, "R"),  # previous
("Mr Okonjo asked whether the company would repay any of the money [1.7].", S1, "R"),  # Ms Lee asked
("Mr Dunmore said the company would repay the full 9 million pounds [1.8].", S1, "R"),  # 2 million offered
("Mr Dunmore said the company had agreed with the department to return 2 million pounds [1.8].", S1, "R"),  # offered; discussions continuing
("Mr Dunmore said discussions with the department had ended [1.8].", S1, "R"),  # continuing
("Mr Dunmore refused to repay any money [1.8].", S1, "R"),  # contradiction
("Ms Lee asked when the company first knew the software update was faulty [1.9].", S1, "R"),  # Mr Okonjo
("Mr Dunmore said engineers flagged a possible problem on the Thursday before the launch [1.10].", S1, "R"),  # Friday
("Mr Dunmore said engineers confirmed the update was faulty before the launch [1.10].", S1, "R"),  # possible -> confirmed
("Mr Dunmore said the update went ahead on the Tuesday [1.10].", S1, "R"),  # Monday
("Mr Dunmore said the launch was postponed after engineers flagged a problem [1.10].", S1, "R"),  # contradiction
("Mr Dunmore said managers ignored the engineers' warning to save money [1.10].", S1, "R"),  # invented motive
("The chair said the Secretary of State had ordered an independent review [1.11].", S1, "R"),  # committee will write asking
("Ms Lee said the committee would write to the Secretary of State [1.11].", S1, "R"),  # chair said it
("The committee will write to the Prime Minister asking for an independent review [1.11].", S1, "R"),  # Secretary of State
("The committee will ask for a public inquiry [1.11].", S1, "R"),  # independent review, sibling
("Mr Dunmore told the Treasury Committee he was glad to explain the failure [1.1, 1.2].", S1, "R"),  # Transport Committee
("Mr Dunmore said the ticketing system failed in May [1.2].", S1, "R"),  # March
("Mr Dunmore said the company had offered to return 2 million pounds [1.6].", S1, "R"),  # wrong sentence cited
("Mr Dunmore said the outage lasted five and a half days because of a faulty software update [1.4].", S1, "R"),  # cause from uncited 1.10
("Mr Dunmore apologised to the 350,000 passengers affected [1.4].", S1, "R"),  # no apology
("The chair said about 350,000 passengers were affected [1.3].", S1, "R"),  # chair said 400,000
("Mr Dunmore said the department paid the company 9 million pounds in January [1.6].", S1, "R"),  # January is from Ms Lee's question, not his answer
]
