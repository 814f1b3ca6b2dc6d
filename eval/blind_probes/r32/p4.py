# Domain: a ransomware attack on a hospital group and the data regulator's statement
S1 = " ".join([
    "A ransomware attack has disrupted services at Northvale Health Group, which runs five hospitals across the Midlands, the company confirmed on Tuesday.",
    "The attack was detected in the early hours of Monday, when staff found they could not access patient records.",
    "More than 1,200 outpatient appointments and 160 planned operations have been postponed this week.",
    "Emergency departments at all five hospitals remain open, but ambulances are being diverted from the group's largest site, St Aldhelm's in Derwick.",
    "A criminal group calling itself BlackQuill has claimed responsibility on a dark web forum.",
    "The group says it has stolen 400 gigabytes of data and has demanded a payment in cryptocurrency.",
    "Northvale chief executive Priya Sandhu said the company \"will not be paying any ransom\".",
    "She said there was \"no evidence at this stage\" that patient data had been published.",
    "The Information Commissioner's Office said it had been notified of the incident on Monday evening and was making enquiries.",
    "In a statement, the regulator said organisations holding health data \"must have robust, tested backups\".",
    "The regulator added that it could issue fines of up to 17.5 million pounds for serious breaches of data protection law.",
    "The National Cyber Security Centre said it was working with Northvale to understand the full impact.",
    "Northvale said it expected most systems to be restored by the end of next week.",
    "Patients have been told to attend appointments unless they are contacted directly.",
])
PROBES = [
("Northvale Health Group confirmed on Tuesday that a ransomware attack had disrupted its services [1.1].", S1, "S"),  # reorder
("Northvale operates five hospitals in the Midlands [1.1].", S1, "S"),  # runs = operates
("The attack was discovered early on Monday after staff were unable to access patient records [1.2].", S1, "S"),  # detected = discovered
("Staff could not get into patient records when the attack was detected [1.2].", S1, "S"),  # paraphrase
("Northvale confirmed the attack a day after it was detected [1.1, 1.2].", S1, "S"),  # Monday -> Tuesday
("Over 1,200 outpatient appointments have been postponed this week [1.3].", S1, "S"),  # more than = over
("This week, 160 planned operations have been put back [1.3].", S1, "S"),  # postponed = put back
("More than 1,360 appointments and operations in total have been postponed this week [1.3].", S1, "S"),  # 1,200+ plus 160
("Planned operations and outpatient appointments have been postponed this week [1.3].", S1, "S"),  # dropped figures
("All five hospitals' emergency departments are still open [1.4].", S1, "S"),  # remain = still
("The attack has not closed any of the group's emergency departments [1.4].", S1, "S"),  # all remain open
("Ambulances are being sent away from St Aldhelm's in Derwick, Northvale's biggest hospital [1.4].", S1, "S"),  # diverted from = sent away
("BlackQuill, a criminal group, has claimed it carried out the attack [1.5].", S1, "S"),  # claimed responsibility
("The claim of responsibility was posted on a dark web forum [1.5].", S1, "S"),  # nominalisation
("BlackQuill claims to have stolen 400 gigabytes of data [1.5, 1.6].", S1, "S"),  # says = claims
("BlackQuill has demanded to be paid in cryptocurrency [1.5, 1.6].", S1, "S"),  # paraphrase
("Priya Sandhu, Northvale's chief executive, said no ransom would be paid [1.7].", S1, "S"),  # indirect speech
("Northvale's chief executive ruled out paying a ransom [1.7].", S1, "S"),  # paraphrase
("Sandhu said the company \"will not be paying any ransom\". [1.7]", S1, "S"),  # near-verbatim, end citation
("Sandhu said there was so far no evidence that patient data had been published [1.7, 1.8].", S1, "S"),  # at this stage = so far
("The Information Commissioner's Office was told about the incident on Monday evening [1.9].", S1, "S"),  # notified = told
("The Information Commissioner's Office said it was making enquiries into the incident [1.9].", S1, "S"),  # dropped detail
("The Information Commissioner's Office was notified of the incident on the same day the attack was detected [1.2, 1.9].", S1, "S"),  # both Monday
("The regulator said organisations that hold health data must have backups that are robust and tested [1.10].", S1, "S"),  # paraphrase of quote
("Fines for serious data protection breaches can reach 17.5 million pounds, the regulator said [1.11].", S1, "S"),  # up to = can reach
("The regulator said it had the power to fine up to £17.5m for serious breaches of data protection law [1.11].", S1, "S"),  # number format
("The Information Commissioner's Office, notified on Monday evening, said organisations holding health data must have robust, tested backups and warned of fines of up to 17.5 million pounds [1.9-11].", S1, "S"),  # range merge
("The National Cyber Security Centre is working with Northvale to establish the full impact of the attack [1.12].", S1, "S"),  # understand = establish
("Northvale expects most of its systems to be back up and running by the end of next week [1.13].", S1, "S"),  # restored = back up and running
("Patients should attend their appointments unless contacted directly [1.14].", S1, "S"),  # paraphrase
("Unless they are contacted directly, patients have been asked to keep their appointments [1.14].", S1, "S"),  # reorder, synonyms
("A ransomware attack has disrupted services at Northvale Health Group, which runs seven hospitals across the Midlands [1.1].", S1, "R"),  # five -> seven
("A ransomware attack has disrupted services at Northvale Health Group, which runs five hospitals across the North West [1.1].", S1, "R"),  # Midlands -> North West
("Northvale Health Group confirmed the ransomware attack on Monday [1.1].", S1, "R"),  # Tuesday -> Monday
("It is the largest cyber attack ever carried out on a hospital group in the Midlands [1.1].", S1, "R"),  # invented superlative
("The attack was detected on Monday evening, when staff found they could not access patient records [1.2].", S1, "R"),  # early hours -> evening
("The attack was detected when patients found they could not access their records [1.2].", S1, "R"),  # role swap: staff -> patients
("The attack was detected in the early hours of Monday [1.3].", S1, "R"),  # wrong citation: fact is in 1.2
("More than 1,200 planned operations and 160 outpatient appointments have been postponed this week [1.3].", S1, "R"),  # figures swapped
("More than 1,200 outpatient appointments have been postponed this month [1.3].", S1, "R"),  # this week -> this month
("Operations were postponed because the attackers had deleted patient records [1.2, 1.3].", S1, "R"),  # invented cause
("Emergency departments at all five hospitals have closed [1.4].", S1, "R"),  # remain open -> closed
("Ambulances are being diverted to St Aldhelm's in Derwick [1.4].", S1, "R"),  # from -> to
("Ambulances are being diverted from St Aldhelm's, the group's smallest site [1.4].", S1, "R"),  # largest -> smallest
("Emergency departments at all five hospitals remain open, and 160 planned operations have been postponed [1.4].", S1, "R"),  # clause from uncited 1.3
("A criminal group calling itself BlackQuill has been identified by police as responsible for the attack [1.5].", S1, "R"),  # self-claim -> police identification
("BlackQuill, which has attacked several other hospitals, has claimed responsibility [1.5].", S1, "R"),  # added detail
("BlackQuill has stolen 400 gigabytes of data from Northvale [1.6].", S1, "R"),  # hedge dropped: 'says it has stolen'
("The group says it has stolen 40 gigabytes of data [1.6].", S1, "R"),  # 400 -> 40
("The group has demanded a payment in US dollars [1.6].", S1, "R"),  # cryptocurrency -> dollars
("Northvale chief executive Priya Sandhu said the company was considering paying the ransom [1.7].", S1, "R"),  # contradicts refusal
("The Information Commissioner's Office said the company \"will not be paying any ransom\" [1.7].", S1, "R"),  # wrong speaker
("Sandhu said there was \"no evidence at this stage\" that patient data had been stolen [1.7, 1.8].", S1, "R"),  # published -> stolen
("Sandhu said patient data had not been published [1.7, 1.8].", S1, "R"),  # hedge dropped: 'no evidence at this stage' -> definite
("The Information Commissioner's Office said it had been notified of the incident on Tuesday evening [1.9].", S1, "R"),  # Monday -> Tuesday
("The Information Commissioner's Office said it had launched a formal investigation into Northvale [1.9].", S1, "R"),  # making enquiries -> formal investigation
("Sandhu said the company had been notified of the incident on Monday evening [1.9].", S1, "R"),  # it was the ICO that was notified; wrong speaker
("The regulator said Northvale did not have robust, tested backups [1.10].", S1, "R"),  # invented finding against Northvale
("The regulator said organisations holding health data \"should consider having backups\" [1.10].", S1, "R"),  # altered quote, weakened modality
("The regulator said it would fine Northvale up to 17.5 million pounds [1.11].", S1, "R"),  # could issue fines generally -> would fine Northvale
("The regulator added that it could issue fines of up to 17.5 billion pounds for serious breaches [1.11].", S1, "R"),  # million -> billion
("The Information Commissioner's Office said it would fine Northvale 17.5 million pounds because Northvale lacked tested backups [1.9-11].", S1, "R"),  # invented fine and cause
("The National Cyber Security Centre said it had established the full impact of the attack [1.12].", S1, "R"),  # still working to understand it
("Northvale said it expected all systems to be restored by the end of next week [1.13].", S1, "R"),  # most -> all
("Northvale said it expected most systems to be restored by the end of this week [1.13].", S1, "R"),  # next week -> this week
("Northvale said most systems would be restored by the end of next week [1.13].", S1, "R"),  # hedge dropped: expected -> would
("Patients have been told not to attend appointments unless they are contacted directly [1.14].", S1, "R"),  # negation flipped
("Patients have been told to attend appointments unless they are contacted by text message [1.14].", S1, "R"),  # added/changed detail: directly -> text message
]
