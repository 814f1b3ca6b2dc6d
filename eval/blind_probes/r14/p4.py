S1 = ("The number of patients waiting more than 18 weeks for planned treatment rose to 3.1 million in August. "
"NHS England said the overall waiting list stood at 7.6 million, down slightly from July. "
"Only 58 percent of patients were seen within 18 weeks, against a target of 92 percent. "
"Ambulance response times for heart attacks and strokes averaged 36 minutes. "
"The Royal College of Nursing blamed staff shortages for the delays. "
"Health Secretary Karen Mills said waiting lists would fall by the end of next year. "
"Cancer referrals reached a record high of 290,000 in the month.")
S2 = ("St Aldhelm's Hospital in Bristol has opened a new diagnostic centre with two MRI scanners. "
"The centre cost £22 million and will carry out about 60,000 scans a year. "
"Hospital chief executive Dr Simon Patel said it should cut waiting times for scans by half. "
"The centre will open seven days a week from 8am to 8pm. "
"Patients from Bath and Swindon will also be referred there. "
"The hospital said it had recruited 40 new radiographers, many from overseas.")
PROBES = [
("The number of patients waiting over 18 weeks for planned treatment increased to 3.1 million in August [1.1].", S1, "S"),
("The overall waiting list was 7.6 million, slightly lower than in July, according to NHS England [1.2].", S1, "S"),
("Just 58 percent of patients were seen within 18 weeks, short of the 92 percent target [1.3].", S1, "S"),
("Ambulances took an average of 36 minutes to respond to heart attacks and strokes [1.4].", S1, "S"),
("Staff shortages were blamed for the delays by the Royal College of Nursing [1.5].", S1, "S"),
("Karen Mills, the health secretary, said waiting lists would come down by the end of next year [1.6].", S1, "S"),
("Cancer referrals hit a record 290,000 in the month [1.7].", S1, "S"),
("The waiting list fell slightly to 7.6 million, but the number waiting more than 18 weeks rose to 3.1 million [1.1][1.2].", S1, "S"),
("A new diagnostic centre with two MRI scanners has opened at St Aldhelm's Hospital in Bristol [2.1].", S2, "S"),
("The £22 million centre will perform about 60,000 scans annually [2.2].", S2, "S"),
("Dr Simon Patel, the hospital's chief executive, said it should halve waiting times for scans [2.3].", S2, "S"),
("The centre will be open from 8am to 8pm seven days a week [2.4].", S2, "S"),
("Patients from Bath and Swindon will also be sent there [2.5].", S2, "S"),
("The hospital said it had hired 40 new radiographers, many of them from abroad [2.6].", S2, "S"),
("The Royal College of Nursing said the delays were caused by a shortage of staff [1.5].", S1, "S"),
("Cancer referrals reached a record high [1.7].", S1, "S"),
("St Aldhelm's new centre has two MRI scanners [2.1].", S2, "S"),
("Many of the hospital's 40 new radiographers came from overseas [2.6].", S2, "S"),
("The waiting list was down slightly from July [1.2].", S1, "S"),
("The target is for 92 percent of patients to be seen within 18 weeks, but only 58 percent were [1.3].", S1, "S"),
("The new centre cost £22 million [2.2].", S2, "S"),
("The number of patients waiting more than 18 weeks fell to 3.1 million in August [1.1].", S1, "R"),  # direction reversed
("The number of patients waiting more than 18 weeks rose to 3.1 million in September [1.1].", S1, "R"),  # month changed
("NHS England said the overall waiting list stood at 7.6 million, up slightly from July [1.2].", S1, "R"),  # direction reversed
("Only 58 percent of patients were seen within 18 weeks, against a target of 95 percent [1.3].", S1, "R"),  # number changed
("Only 58 percent of patients were seen within 18 weeks, meeting the target [1.3].", S1, "R"),  # contradiction
("Ambulance response times for heart attacks and strokes averaged 36 seconds [1.4].", S1, "R"),  # unit changed
("Ambulance response times for falls averaged 36 minutes [1.4].", S1, "R"),  # sibling swap
("The Royal College of Nursing blamed funding cuts for the delays [1.5].", S1, "R"),  # cause swapped
("The British Medical Association blamed staff shortages for the delays [1.5].", S1, "R"),  # organisation swapped
("Health Secretary Karen Mills said waiting lists would fall by the end of this year [1.6].", S1, "R"),  # date changed
("Health Secretary Karen Mills promised to recruit more nurses by the end of next year [1.6].", S1, "R"),  # invented promise
("Cancer referrals reached a record low of 290,000 in the month [1.7].", S1, "R"),  # antonym
("St Aldhelm's Hospital in Bath has opened a new diagnostic centre [2.1].", S2, "R"),  # place swapped
("The new diagnostic centre has three MRI scanners [2.1].", S2, "R"),  # number changed
("The centre cost £22 million and will carry out about 60,000 scans a month [2.2].", S2, "R"),  # period changed
("Dr Simon Patel said the centre would cut waiting times for scans by half [2.3].", S2, "R"),  # hedge should->would
("Health Secretary Karen Mills said the centre should cut waiting times for scans by half [2.3].", S2, "R"),  # speaker swapped
("The centre will open five days a week from 8am to 8pm [2.4].", S2, "R"),  # number changed
("Patients from Bath and Swindon will not be referred there [2.5].", S2, "R"),  # negation added
("Patients from Bath, Swindon and Gloucester will also be referred there [2.5].", S2, "R"),  # added place
("The hospital said it had recruited 40 new radiographers, all from overseas [2.6].", S2, "R"),  # quantifier widened
("The hospital said it had recruited 40 new nurses, many from overseas [2.6].", S2, "R"),  # role swapped
("The diagnostic centre was paid for by a £22 million government grant [2.2].", S2, "R"),  # added detail
("Cancer referrals reached a record high of 290,000 because of staff shortages [1.7].", S1, "R"),  # invented cause
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
