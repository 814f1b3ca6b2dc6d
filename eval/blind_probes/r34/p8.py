# Domain: two-outlet brief (business desk S1, staff-focused report S2) on a software company's layoffs
S1 = " ".join([
    "Software company Nuvexa is to cut 1,150 jobs, about 8% of its global workforce, its chief executive announced on Thursday.",
    "In a memo to staff, chief executive Karen Obi said the company had \"hired ahead of demand\" during the pandemic.",
    "The cuts will fall mainly on sales and recruitment teams, while engineering will be largely unaffected.",
    "Nuvexa, which is based in Dublin, employs about 14,000 people in 22 countries.",
    "Departing employees will receive at least 16 weeks' pay, plus one additional week for every year of service.",
    "Ms Obi said she took \"full responsibility\" for the decisions that led to the cuts.",
    "The company also plans to close its offices in Lisbon and Toronto by the end of the year.",
    "Nuvexa's revenue grew 11% to $2.3bn last year, but growth slowed sharply in the final quarter.",
    "Shares in the company rose 5% in New York after the announcement.",
    "Analyst Rafael Dominguez of Trellis Capital said investors would welcome the move as a sign of \"discipline returning\" to the business.",
    "Nuvexa will take a one-off charge of about $95m to cover severance and office closures.",
    "It is the company's first round of layoffs since it was founded in 2009.",
])
S2 = " ".join([
    "Staff at Nuvexa learned on Thursday that they would be losing their jobs through an automated email sent at 6am local time.",
    "Several employees told this newspaper that their access to company systems was switched off within minutes.",
    "One sales manager in the Dublin office, who asked not to be named, said: \"Nobody from management spoke to us directly\".",
    "About 300 of the 1,150 roles being cut are in Ireland, according to an internal document seen by this newspaper.",
    "The Digital Workers Union said it would seek urgent talks with the company about the Irish redundancies.",
    "Nuvexa said in a statement that it had \"tried to treat every departing colleague with dignity\".",
    "The company said it would offer outplacement support and extend health insurance for six months.",
    "Chief executive Karen Obi received a pay package worth $14.6m last year, according to the company's annual report.",
    "Ms Obi has said she will take a 30% cut to her base salary this year.",
    "The layoffs follow job cuts at no fewer than four other European software firms since January.",
    "Recruitment staff were among the hardest hit, with the internal document showing roughly half of the recruitment team will leave.",
    "Employees in the engineering division were told their roles were not affected.",
])
D = [S1, S2]
PROBES = [
("Nuvexa plans to cut 1,150 jobs, roughly 8% of its workforce worldwide [1.1].", D, "S"),  # global -> worldwide
("The job cuts were announced by Nuvexa's chief executive on Thursday [1.1].", D, "S"),  # passive
("Karen Obi told staff in a memo that Nuvexa had \"hired ahead of demand\" during the pandemic [1.2].", D, "S"),  # restructured
("Sales and recruitment teams will bear most of the cuts [1.3].", D, "S"),  # fall mainly on -> bear most of
("Dublin-based Nuvexa has about 14,000 staff across 22 countries [1.4].", D, "S"),  # employs -> has staff
("Staff leaving the company will get a minimum of 16 weeks' pay plus an extra week for each year they have worked there [1.5].", D, "S"),  # at least -> minimum
("Ms Obi said she accepted \"full responsibility\" for the decisions behind the cuts [1.6].", D, "S"),  # took -> accepted
("Nuvexa also intends to shut its Lisbon and Toronto offices by the end of the year [1.7].", D, "S"),  # plans -> intends, close -> shut
("Revenue rose 11% to $2.3bn last year, although growth slowed sharply in the fourth quarter [1.8].", D, "S"),  # final quarter = fourth quarter
("Nuvexa's shares climbed 5% in New York following the announcement [1.9].", D, "S"),  # rose -> climbed
("Rafael Dominguez, an analyst at Trellis Capital, said investors would welcome the cuts as a sign of \"discipline returning\" [1.10].", D, "S"),  # the move -> the cuts
("Nuvexa will book a one-off charge of about 95 million dollars to cover severance and the office closures [1.11].", D, "S"),  # number format
("These are Nuvexa's first layoffs since the company was founded in 2009 [1.12].", D, "S"),  # restated
("Staff were told they were losing their jobs in an automated email sent at 6am local time on Thursday [2.1].", D, "S"),  # learned through -> told in
("Several employees said their access to company systems was cut off within minutes [2.2].", D, "S"),  # switched off -> cut off
("A Dublin sales manager who did not want to be named said: \"Nobody from management spoke to us directly\" [2.3].", D, "S"),  # near-verbatim quote, apposition paraphrased
("Around 300 of the jobs being cut are in Ireland, according to an internal document [2.4].", D, "S"),  # about -> around
("The Digital Workers Union said it would seek urgent talks with Nuvexa about the Irish redundancies [2.5].", D, "S"),  # the company -> Nuvexa
("Nuvexa said it had \"tried to treat every departing colleague with dignity\" [2.6].", D, "S"),  # detail dropped
("Nuvexa said it would provide outplacement support and extend health insurance for six months [2.7].", D, "S"),  # offer -> provide
("Karen Obi's pay package last year was worth $14.6m, according to the annual report [2.8].", D, "S"),  # restructured
("Ms Obi has said she will cut her own base salary by 30% this year [2.9].", D, "S"),  # take a cut -> cut
("At least four other European software firms have cut jobs since January [2.10].", D, "S"),  # no fewer than -> at least
("The internal document indicates that around half of the recruitment team will leave [2.11].", D, "S"),  # showing -> indicates
("Engineering employees were told their roles were not affected [2.12].", D, "S"),  # near-verbatim
("Both outlets put the number of roles being cut at 1,150 [1.1, 2.4].", D, "S"),  # cross-document agreement
("About 850 of the 1,150 job cuts are outside Ireland, according to the internal document [2.4].", D, "S"),  # 1,150 - 300 = 850
("Karen Obi received a $14.6m pay package last year and has said she will take a 30% cut to her base salary this year [2.8, 2.9].", D, "S"),  # merge
("The cuts fall mainly on sales and recruitment, and recruitment staff were among the hardest hit [1.3, 2.11].", D, "S"),  # cross-document merge
("The layoffs, announced on Thursday, are Nuvexa's first since it was founded in 2009 [1.1, 1.12].", D, "S"),  # merge
("Nuvexa's shares rose after the job cuts were announced. [1.1, 1.9]", D, "S"),  # end citation; generalisation
("Staff were informed by automated email [2.1].", D, "S"),  # detail dropped
("Nuvexa will cut 1,150 jobs, with about 300 of the roles in Ireland according to an internal document [1.1, 2.4].", D, "S"),  # cross-document merge
("Nuvexa plans to close its Lisbon and Toronto offices, and revenue grew 11% to $2.3bn last year [1.7-8].", D, "S"),  # range merge
# ---- R probes ----
("Nuvexa is to cut 1,150 jobs, about 18% of its global workforce [1.1].", D, "R"),  # 8% -> 18%
("Nuvexa is to cut 1,510 jobs [1.1].", D, "R"),  # 1,150 -> 1,510
("Nuvexa's chief executive announced the job cuts on Tuesday [1.1].", D, "R"),  # Thursday -> Tuesday
("In a memo to staff, Karen Obi said the company had \"hired ahead of demand\" after the pandemic [1.2].", D, "R"),  # during -> after
("The cuts will fall mainly on engineering teams [1.3].", D, "R"),  # engineering largely unaffected
("Engineering will be entirely unaffected by the cuts [1.3].", D, "R"),  # largely -> entirely
("Nuvexa, which is based in London, employs about 14,000 people [1.4].", D, "R"),  # Dublin -> London
("Nuvexa employs about 14,000 people in 12 countries [1.4].", D, "R"),  # 22 -> 12
("Departing employees will receive at least 16 weeks' pay, plus two additional weeks for every year of service [1.5].", D, "R"),  # one -> two weeks per year
("Departing employees will receive at most 16 weeks' pay [1.5].", D, "R"),  # at least -> at most
("Rafael Dominguez said he took \"full responsibility\" for the decisions that led to the cuts [1.6].", D, "R"),  # wrong speaker: Obi
("The company also plans to close its offices in Lisbon and Dublin by the end of the year [1.7].", D, "R"),  # Toronto -> Dublin
("The company has already closed its offices in Lisbon and Toronto [1.7].", D, "R"),  # plans -> already closed
("Nuvexa's revenue fell 11% to $2.3bn last year [1.8].", D, "R"),  # grew -> fell
("Nuvexa's revenue grew 11% to $3.2bn last year [1.8].", D, "R"),  # 2.3 -> 3.2
("Nuvexa's growth slowed sharply in the first quarter [1.8].", D, "R"),  # final -> first quarter
("Shares in the company fell 5% in New York after the announcement [1.9].", D, "R"),  # rose -> fell
("Analyst Rafael Dominguez of Trellis Capital said investors would be alarmed by the move [1.10].", D, "R"),  # welcome -> alarmed
("Karen Obi said the cuts were a sign of \"discipline returning\" to the business [1.10].", D, "R"),  # wrong speaker: Dominguez
("Nuvexa will take a one-off charge of about $95m to cover severance alone [1.11].", D, "R"),  # also covers office closures
("It is the company's second round of layoffs since it was founded in 2009 [1.12].", D, "R"),  # first -> second
("Staff learned they were losing their jobs through an automated email sent at 6pm local time [2.1].", D, "R"),  # 6am -> 6pm
("Staff learned they were losing their jobs in face-to-face meetings with managers [2.1].", D, "R"),  # automated email, not meetings
("All employees said their access to company systems was switched off within minutes [2.2].", D, "R"),  # several -> all
("A sales manager in the Lisbon office said nobody from management spoke to staff directly [2.3].", D, "R"),  # Dublin -> Lisbon
("About 300 of the 1,150 roles being cut are in Ireland, according to Karen Obi's memo [2.4].", D, "R"),  # source changed: internal document, not memo
("About 300 of the roles being cut are in Ireland [1.4].", D, "R"),  # wrong citation: fact is in 2.4
("The Digital Workers Union said it had begun talks with the company about the Irish redundancies [2.5].", D, "R"),  # would seek -> had begun
("Nuvexa said it would extend health insurance for twelve months [2.7].", D, "R"),  # six -> twelve months
("Karen Obi received a pay package worth $14.6m this year [2.8].", D, "R"),  # last year -> this year
("Ms Obi has said she will take a 30% cut to her total pay package this year [2.9].", D, "R"),  # base salary -> total pay package
("The layoffs follow job cuts at four other US software firms since January [2.10].", D, "R"),  # European -> US
("Roughly half of the sales team will leave, the internal document shows [2.11].", D, "R"),  # recruitment team -> sales team
("Departing staff will get outplacement support and at least 16 weeks' pay [1.5].", D, "R"),  # outplacement support from uncited 2.7
("Both outlets report that Nuvexa is based in Dublin [1.4, 2.3].", D, "R"),  # S2 mentions a Dublin office, not that Nuvexa is based there
("Ms Obi said she would take a 30% cut to her base salary because of the layoffs [2.9].", D, "R"),  # invented cause
]
