# Domain: a water company fined for sewage pollution
S1 = " ".join([
    "Southern Vale Water has been fined 4 million pounds after admitting it illegally discharged raw sewage into the River Arden over a period of three years.",
    "Judge Catherine Pryce told Worcester Crown Court on Friday that the company had shown a reckless disregard for the environment.",
    "The court heard that a faulty pump at the Millbrook treatment works caused untreated sewage to spill into the river on at least 60 occasions between 2019 and 2022.",
    "The Environment Agency said the pollution killed an estimated 5,000 fish and forced the closure of a popular swimming spot.",
    "Southern Vale pleaded guilty to six charges under environmental permitting rules at an earlier hearing in March.",
    "The company was also ordered to pay 180,000 pounds in prosecution costs to the Environment Agency, which brought the case.",
    "It is the largest fine ever imposed on a water company in the Midlands, and the third largest in England.",
])
S2 = " ".join([
    "Southern Vale Water said it was deeply sorry for the pollution and had since spent 12 million pounds upgrading the Millbrook site.",
    "The company's chief executive, Graham Holt, said the fine would be paid from shareholder profits rather than customer bills.",
    "Campaign group Clean Arden said the penalty was welcome but still small compared with the company's annual profits of 210 million pounds.",
    "The group's founder, Priya Desai, said local residents had reported sewage in the river for years before any action was taken.",
    "The Environment Agency said it was carrying out more than 40 further investigations into water companies in England.",
    "Ministers have said they intend to give regulators powers to ban bonuses for executives at companies that pollute rivers.",
])
PROBES = [
("Southern Vale Water was fined four million pounds after it admitted illegally releasing raw sewage into the River Arden over three years [1.1].", S1, "S"),  # number in words, synonyms
("A 4 million pound penalty was imposed on Southern Vale Water for three years of illegal sewage discharges into the River Arden [1.1].", S1, "S"),  # nominalisation, voice change
("Southern Vale Water has been fined 40 million pounds for discharging sewage into the River Arden [1.1].", S1, "R"),  # 4 -> 40 million
("Southern Vale Water has been fined after denying it illegally discharged raw sewage into the River Arden [1.1].", S1, "R"),  # admitting -> denying
("At Worcester Crown Court on Friday, Judge Catherine Pryce said the company had recklessly disregarded the environment [1.2].", S1, "S"),  # nominalisation undone, reordering
("The judge accused the company of a reckless disregard for the environment [1.2].", S1, "S"),  # compression, told court -> accused
("Judge Catherine Pryce told Worcester Crown Court on Thursday that the company had shown a reckless disregard for the environment [1.2].", S1, "R"),  # Friday -> Thursday
("Judge Catherine Pryce said the company had deliberately poisoned the river [1.2].", S1, "R"),  # reckless -> deliberate, invented
("The court was told a faulty pump at Millbrook treatment works led to untreated sewage spilling into the river at least 60 times from 2019 to 2022 [1.3].", S1, "S"),  # occasions -> times, voice
("Untreated sewage escaped into the river on no fewer than 60 occasions because of a faulty pump, the court heard [1.3].", S1, "S"),  # at least -> no fewer than
("The court heard that a faulty pump caused untreated sewage to spill into the river on exactly 60 occasions [1.3].", S1, "R"),  # at least -> exactly
("The court heard that a faulty valve at the Millbrook treatment works caused untreated sewage to spill [1.3].", S1, "R"),  # pump -> valve
("The court heard that heavy rainfall at the Millbrook treatment works caused untreated sewage to spill into the river [1.3].", S1, "R"),  # cause swapped
("According to the Environment Agency, the pollution killed around 5,000 fish and led to a popular swimming spot being shut [1.4].", S1, "S"),  # estimated -> around, voice
("The Environment Agency estimated that thousands of fish were killed by the pollution [1.4].", S1, "S"),  # generalisation of 5,000, hedge kept
("The Environment Agency said the pollution killed an estimated 5,000 fish and forced the closure of a popular fishing spot [1.4].", S1, "R"),  # swimming -> fishing
("The Environment Agency said the pollution forced the closure of several swimming spots [1.4].", S1, "R"),  # one -> several
("The Environment Agency said the pollution killed 5,000 fish and birds [1.4].", S1, "R"),  # added detail (birds)
("Southern Vale admitted six charges under environmental permitting rules at a hearing in March [1.5].", S1, "S"),  # pleaded guilty -> admitted
("At an earlier hearing in March, Southern Vale pleaded guilty to six environmental permitting offences [1.5].", S1, "S"),  # reordering, charges -> offences
("Southern Vale pleaded not guilty to six charges at an earlier hearing in March [1.5].", S1, "R"),  # negation added
("The company must also pay prosecution costs of 180,000 pounds [1.6].", S1, "S"),  # voice, reordering
("The company was also ordered to pay 180,000 pounds in compensation to local residents [1.6].", S1, "R"),  # prosecution costs -> compensation
("No water company in the Midlands has ever received a larger fine [1.7].", S1, "S"),  # negation reframing of superlative
("It is the largest fine ever imposed on a water company in England [1.7].", S1, "R"),  # Midlands -> England (wider scope)
("It is one of the smallest fines imposed on a water company in the Midlands [1.7].", S1, "R"),  # antonym
("Southern Vale Water apologised for the pollution and said it had since invested 12 million pounds in upgrading the Millbrook site [2.1].", S2, "S"),  # deeply sorry -> apologised, spent -> invested
("Southern Vale Water said it had spent 12 million pounds upgrading Millbrook after the pollution [2.1].", S2, "S"),  # since -> after; compression
("Southern Vale Water said it was deeply sorry and would spend 12 million pounds upgrading the Millbrook site [2.1].", S2, "R"),  # past spending -> future
("Southern Vale Water denied responsibility for the pollution [2.1].", S2, "R"),  # contradicts apology
("Chief executive Graham Holt said the fine would come out of shareholder profits, not customer bills [2.2].", S2, "S"),  # rather than -> not
("Graham Holt said customers would not pay the fine through their bills [2.2].", S2, "S"),  # compression, negation reframed
("Graham Holt said the fine would be paid from customer bills rather than shareholder profits [2.2].", S2, "R"),  # swapped
("Graham Holt, the company's chairman, said the fine would be paid from shareholder profits [2.2].", S2, "R"),  # chief executive -> chairman
("Clean Arden welcomed the penalty but said it was still small compared with the company's yearly profits of 210 million pounds [2.3].", S2, "S"),  # annual -> yearly
("Campaign group Clean Arden said the penalty was too large [2.3].", S2, "R"),  # opposite evaluation
("Campaign group Clean Arden said the penalty was unwelcome [2.3].", S2, "R"),  # antonym
("Clean Arden founder Priya Desai said residents had been reporting sewage in the river for years before anything was done [2.3][2.4].", S2, "S"),  # pronoun/group resolved via 2.3
("Priya Desai said local residents had reported sewage in the river for months before any action was taken [2.4].", S2, "R"),  # years -> months
("Priya Desai said the Environment Agency had ignored residents' reports of sewage for years [2.4].", S2, "R"),  # invented agent/blame
("The Environment Agency said it was conducting over 40 further investigations into water companies in England [2.5].", S2, "S"),  # more than -> over
("The Environment Agency said it was carrying out more than 40 further investigations into Southern Vale Water [2.5].", S2, "R"),  # scope: companies in England -> Southern Vale
("The Environment Agency said it had completed more than 40 investigations into water companies [2.5].", S2, "R"),  # carrying out -> completed
("Ministers intend to give regulators the power to ban bonuses for executives at river-polluting companies [2.6].", S2, "S"),  # nominal compression
("Ministers have given regulators powers to ban bonuses for executives at companies that pollute rivers [2.6].", S2, "R"),  # intend -> done
("Southern Vale Water, fined 4 million pounds, said it had since spent three times that sum upgrading the Millbrook site [1.1][2.1].", S2, "S"),  # 12m = 3 x 4m, merge across documents
("Southern Vale Water's fine was larger than the 12 million pounds it spent upgrading the Millbrook site [1.1][2.1].", S2, "R"),  # comparison direction wrong
("The fine is the largest ever given to a Midlands water company, yet Clean Arden still called it small compared with the company's profits [1.7][2.3].", S2, "S"),  # merge across documents
("Southern Vale Water admitted that for three years it had illegally let raw sewage into the River Arden [1.1].", S1, "S"),  # reordering, discharged -> let into
("The court heard the spills came from the Millbrook treatment works [1.3].", S1, "S"),  # compression
("A popular swimming spot had to close because of the pollution, the Environment Agency said [1.4].", S1, "S"),  # voice change
("Southern Vale's guilty pleas were entered at a hearing in March [1.5].", S1, "S"),  # nominalisation
("On top of the fine, Southern Vale Water must pay 180,000 pounds in prosecution costs [1.1][1.6].", S1, "S"),  # merge
("The 4 million pound fine on Southern Vale Water is a Midlands record for a water company [1.1][1.7].", S1, "S"),  # merge, superlative reworded
("Southern Vale Water expressed deep regret for the pollution [2.1].", S2, "S"),  # deeply sorry -> deep regret
("According to Graham Holt, shareholders rather than customers will bear the cost of the fine [2.2].", S2, "S"),  # restructured
("Clean Arden said the company makes profits of 210 million pounds a year [2.3].", S2, "S"),  # annual -> a year
("Priya Desai founded Clean Arden [2.3][2.4].", S2, "S"),  # the group's founder resolved via 2.3
("Water companies in England face more than 40 further Environment Agency investigations [2.5].", S2, "S"),  # voice change
("Executives at river-polluting companies could lose their bonuses under powers ministers plan to give regulators [2.6].", S2, "S"),  # hedged, intend -> plan
("Southern Vale Water said it had spent 12 million pounds upgrading the Millbrook site before the court case [2.1].", S2, "R"),  # timing invented
]
