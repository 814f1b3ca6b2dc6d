# Domain: a hospital waiting-list announcement
S1 = " ".join([
    "The number of patients waiting for planned hospital treatment in England fell to 7.4 million in August, NHS England said on Thursday.",
    "It is the third consecutive monthly fall and the lowest figure since March last year.",
    "However, around 190,000 people had been waiting more than a year for treatment, up from 185,000 in July.",
    "Health Secretary Wes Streeting said: \"These figures show the plan is starting to work, but no one should have to wait this long for care.\"",
    "The government has pledged that 92% of patients will be seen within 18 weeks by March 2029.",
    "In August, just 59.8% of patients were treated within that 18-week target.",
    "Hospitals carried out 1.6 million operations and procedures during the month, a record for August.",
    "The Royal College of Surgeons warned that the backlog may take a decade to clear without more investment in theatres and staff.",
    "Waiting times in A&E also worsened, with 1,800 patients spending more than 12 hours in departments each day on average.",
    "NHS England said that new community diagnostic centres had delivered two million extra scans since they opened in 2021.",
    "Officials attributed part of the improvement to the end of strike action by resident doctors in the spring.",
])
PROBES = [
("NHS England announced on Thursday that the planned-care waiting list in England had dropped to 7.4 million in August [1.1].", S1, "S"),  # paraphrase
("The waiting list for planned treatment in England shrank to 7.4 million in August [1.1].", S1, "S"),  # shrank = fell
("The waiting list in England rose to 7.4 million in August [1.1].", S1, "R"),  # fell -> rose
("The waiting list in England fell to 7.4 million in July [1.1].", S1, "R"),  # wrong month
("The UK-wide waiting list fell to 7.4 million in August [1.1].", S1, "R"),  # England -> UK overgeneralisation
("NHS England said on Tuesday that the waiting list had fallen to 7.4 million [1.1].", S1, "R"),  # wrong weekday
("The waiting list has now fallen for three months in a row [1.2].", S1, "S"),  # consecutive = in a row
("The list is at its lowest level since March of last year [1.2].", S1, "S"),  # paraphrase
("It is the fourth consecutive monthly fall in the waiting list [1.2].", S1, "R"),  # third -> fourth
("The waiting list is at its lowest level on record [1.2].", S1, "R"),  # overstatement
("The figure is the lowest since March this year [1.2].", S1, "R"),  # last year -> this year
("Roughly 190,000 patients had been waiting over a year, compared with 185,000 in July [1.3].", S1, "S"),  # paraphrase
("The number of people waiting more than twelve months rose from 185,000 in July to about 190,000 [1.3].", S1, "S"),  # reordered paraphrase
("The number waiting more than a year fell to 190,000 [1.3].", S1, "R"),  # up -> fell
("Around 190,000 people had been waiting more than two years for treatment [1.3].", S1, "R"),  # one year -> two years
("Around 190,000 people had been waiting more than a year, up from 158,000 in July [1.3].", S1, "R"),  # wrong figure
("Wes Streeting said the figures showed the plan was beginning to work [1.4].", S1, "S"),  # reported speech
("The health secretary said nobody should have to wait so long for care [1.4].", S1, "S"),  # reported speech
("Wes Streeting said the plan had fully succeeded [1.4].", S1, "R"),  # starting to work -> fully succeeded
("Wes Streeting said the figures showed the plan was failing [1.4].", S1, "R"),  # antonym
("Health Secretary Wes Streeting said the backlog may take a decade to clear [1.4].", S1, "R"),  # wrong speaker (RCS)
("Wes Streeting said the plan was starting to work because resident doctors had stopped striking [1.4].", S1, "R"),  # added cause from uncited
("Ministers have promised that by March 2029, 92% of patients will be seen within 18 weeks [1.5].", S1, "S"),  # government = ministers
("The government aims for 92% of patients to be seen within 18 weeks by March 2029 [1.5].", S1, "S"),  # pledged -> aims
("The government has pledged that all patients will be seen within 18 weeks by March 2029 [1.5].", S1, "R"),  # 92% -> all
("The government has pledged that 92% of patients will be seen within 18 weeks by March 2027 [1.5].", S1, "R"),  # wrong year
("The government has pledged that 92% of patients will be seen within 12 weeks by March 2029 [1.5].", S1, "R"),  # 18 -> 12 weeks
("Fewer than three in five patients were treated within 18 weeks in August [1.6].", S1, "S"),  # 59.8% < 60%
("In August, 59.8% of patients were treated inside the 18-week target [1.6].", S1, "S"),  # paraphrase
("In August, 69.8% of patients were treated within 18 weeks [1.6].", S1, "R"),  # wrong figure
("In August, most patients were treated within 18 weeks, meeting the target [1.6].", S1, "R"),  # target met is false
("In August, just 59.8% of patients were treated within 18 weeks, down from July [1.6].", S1, "R"),  # added comparison
("A record 1.6 million operations and procedures were performed in August [1.7].", S1, "R"),  # record for August only -> record overall
("Hospitals performed 1.6 million operations and procedures in August, the most ever for that month [1.7].", S1, "S"),  # record for August
("Hospitals carried out 1.6 million operations during the month, a record for August [1.7].", S1, "R"),  # (relabelled: 1.6m covers operations and procedures combined; 1.6m operations alone says more)
("Hospitals carried out 16 million operations and procedures in August [1.7].", S1, "R"),  # unit error
("The Royal College of Surgeons cautioned that clearing the backlog could take ten years unless more is invested in theatres and staff [1.8].", S1, "S"),  # paraphrase
("Surgeons warned the backlog might take a decade to clear without extra investment [1.8].", S1, "S"),  # generalised
("The Royal College of Surgeons said the backlog will take a decade to clear [1.8].", S1, "R"),  # dropped hedge and condition
("The Royal College of Nursing warned that the backlog may take a decade to clear [1.8].", S1, "R"),  # sibling organisation
("The Royal College of Surgeons warned that the backlog may take five years to clear without more investment [1.8].", S1, "R"),  # wrong duration
("A&E waiting times got worse, with an average of 1,800 patients a day spending over 12 hours in departments [1.9].", S1, "S"),  # paraphrase
("A&E waiting times improved, with 1,800 patients a day waiting more than 12 hours [1.9].", S1, "R"),  # worsened -> improved
("On average, 1,800 patients a week spent more than 12 hours in A&E [1.9].", S1, "R"),  # day -> week
("On average 1,800 patients a day spent more than 4 hours in A&E [1.9].", S1, "R"),  # 12 -> 4 hours
("Since opening in 2021, community diagnostic centres have provided two million additional scans, according to NHS England [1.10].", S1, "S"),  # paraphrase
("NHS England said new community diagnostic centres had delivered two million extra scans in August alone [1.10].", S1, "R"),  # time frame wrong
("Community diagnostic centres opened in 2019 and have delivered two million extra scans [1.10].", S1, "R"),  # wrong year
("Officials said the end of the resident doctors' strikes in the spring partly explained the improvement [1.11].", S1, "S"),  # paraphrase
("Officials said the improvement was entirely due to the end of strike action [1.11].", S1, "R"),  # part -> entirely
("Officials attributed part of the improvement to the end of strike action by nurses [1.11].", S1, "R"),  # wrong group
("Officials attributed part of the improvement to the end of strike action in the autumn [1.11].", S1, "R"),  # wrong season
("The waiting list fell to 7.4 million in August, the third monthly fall in a row [1.1, 1.2].", S1, "S"),  # merge
("Although the overall list fell to 7.4 million, the number waiting over a year rose to around 190,000 [1.1, 1.3].", S1, "S"),  # merge with contrast
("Only 59.8% of patients were treated within 18 weeks in August, well short of the 92% pledged for March 2029 [1.5, 1.6].", S1, "S"),  # merge
("The waiting list fell to 7.4 million in August as hospitals carried out a record-for-August 1.6 million operations and procedures [1.1, 1.7].", S1, "S"),  # merge
("Wes Streeting said the plan was working after the waiting list fell for a third month, adding that the 92% target would be met early [1.2, 1.4].", S1, "R"),  # invented claim
("The waiting list fell to 7.4 million, partly thanks to community diagnostic centres [1.1, 1.10].", S1, "R"),  # attribution not in text
("The waiting list fell to 7.4 million in August [1.2].", S1, "R"),  # wrong sentence cited
("Around 190,000 people had waited over a year while the government pledged 92% within 18 weeks [1.3].", S1, "R"),  # 92% from uncited 1.5
("A&E performance deteriorated even as planned-care waiting lists fell [1.1, 1.9].", S1, "S"),  # merge
("Officials credited the end of the spring strike by resident doctors with part of the fall in waiting times in A&E [1.9, 1.11].", S1, "R"),  # A&E worsened; improvement misattributed
("Over 40% of patients waited longer than 18 weeks in August [1.6].", S1, "S"),  # 100-59.8 = 40.2
("Streeting said the figures were encouraging but that waits were still too long [1.4].", S1, "S"),  # paraphrase of quote
("Patients spending more than 12 hours in A&E numbered 1,800 a day on average [1.9].", S1, "S"),  # reorder
("NHS England's figures showed a third straight monthly decline in the planned-care list, to 7.4 million [1.1, 1.2].", S1, "S"),  # merge
("The 18-week standard was met for just under 60% of patients in August [1.6].", S1, "S"),  # 59.8 just under 60
("More than a year's wait was the experience of around 190,000 people [1.3].", S1, "S"),  # inverted structure
("According to the Royal College of Surgeons, extra investment in theatres and staff is needed to avoid a backlog that could last a decade [1.8].", S1, "S"),  # reframed
("The improvement was partly put down by officials to resident doctors ending their strikes in the spring [1.11].", S1, "S"),  # passive
("Community diagnostic centres, which opened in 2021, have carried out an extra two million scans, NHS England said [1.10].", S1, "S"),  # paraphrase ('since they opened in 2021')
("Streeting acknowledged that patients were still waiting too long, though he said the plan was starting to bear fruit [1.4].", S1, "S"),  # reported speech
("Ministers have set a goal of 92% of patients seen within 18 weeks by March 2029, against 59.8% in August [1.5, 1.6].", S1, "S"),  # merge
("The share of patients treated within 18 weeks in August was 59.8% [1.6].", S1, "S"),  # nominalisation
("England's waiting list for planned treatment stood at 7.4 million in August, its lowest since March last year [1.1, 1.2].", S1, "S"),  # merge
("The number of operations and procedures in August, 1.6 million, was the highest ever recorded for that month [1.7].", S1, "S"),  # paraphrase
("Accident and emergency waits deteriorated, with 1,800 people a day on average in departments for over 12 hours [1.9].", S1, "S"),  # paraphrase
]
