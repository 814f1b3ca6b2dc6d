A = "A jury at Harlow Crown Court on Wednesday found 34-year-old Marcus Lindqvist guilty of fraud after a six-week trial. Prosecutors said Lindqvist had taken more than £2.3 million from elderly investors through a fake property fund between 2018 and 2021. He was acquitted of a separate charge of money laundering. Judge Helen Carver remanded him in custody and said sentencing would take place on June 9. His lawyer, Gerald Fitch, said Lindqvist would appeal the verdict. Detectives said at least 140 victims had been identified."
B = "Police in Riverton arrested two men on Saturday in connection with a series of burglaries at pharmacies across the city. The suspects, aged 19 and 23, were detained after officers stopped a stolen van on the Eastern Bypass. Officers recovered prescription drugs worth about $40,000 from the vehicle. Detective Inspector Rosa Mendes said investigators believed the men were part of a larger network. Neither man has been charged yet. Police have asked anyone with dashcam footage of the bypass to come forward."
C = "The state Court of Appeals on Monday overturned the conviction of Daniel Okoro, who had served 11 years of a 25-year sentence for a 2013 robbery. The three-judge panel ruled that the trial court had wrongly excluded testimony from a witness who placed Okoro in another city on the night of the crime. Prosecutors have 30 days to decide whether to seek a retrial. The district attorney's office said it was reviewing the decision. Okoro's mother, who attended the hearing, said the family had waited more than a decade for the ruling."
D = "A delivery driver who killed a cyclist while using his phone was jailed for six years on Tuesday. Kevin Marsh, 41, had admitted causing death by dangerous driving at an earlier hearing. The court heard that Marsh had been watching a video when his van struck 28-year-old nurse Laura Pike on the A34 in October. He was also banned from driving for ten years. Pike's sister said outside court that no sentence could bring her back."

PROBES = [
    ("A Harlow Crown Court jury convicted Marcus Lindqvist, 34, of fraud on Wednesday following a six-week trial [1.1].", A, "S"),
    ("Prosecutors said Lindqvist took more than £2.3 million from elderly investors via a fake property fund [1.2].", A, "S"),
    ("Lindqvist was cleared of a separate money-laundering charge [1.3].", A, "S"),
    ("Judge Helen Carver remanded Lindqvist in custody, with sentencing set for June 9 [1.4].", A, "S"),
    ("Lindqvist's lawyer, Gerald Fitch, said his client would appeal [1.5].", A, "S"),
    ("At least 140 victims have been identified, detectives said [1.6].", A, "S"),
    ("Riverton police arrested two men on Saturday over a string of pharmacy burglaries across the city [1.1].", B, "S"),
    ("The two suspects, aged 19 and 23, were held after officers stopped a stolen van on the Eastern Bypass [1.2].", B, "S"),
    ("Officers found prescription drugs worth about $40,000 in the van [1.2][1.3].", B, "S"),
    ("Detective Inspector Rosa Mendes said investigators believed the men belonged to a larger network [1.4].", B, "S"),
    ("Neither of the men has been charged so far [1.5].", B, "S"),
    ("Police appealed for dashcam footage of the bypass [1.6].", B, "S"),
    ("The state Court of Appeals overturned Daniel Okoro's conviction on Monday after he had served 11 years of a 25-year sentence [1.1].", C, "S"),
    ("The panel ruled that the trial court had wrongly excluded testimony from a witness who put Okoro in another city on the night of the crime [1.2].", C, "S"),
    ("Prosecutors have 30 days to decide whether to seek a new trial [1.3].", C, "S"),
    ("The district attorney's office said it was reviewing the ruling [1.4].", C, "S"),
    ("Okoro's mother said the family had waited more than ten years for the ruling [1.5].", C, "S"),
    ("Kevin Marsh, a delivery driver who killed a cyclist while using his phone, was jailed for six years on Tuesday [1.1][1.2].", D, "S"),
    ("Marsh had pleaded guilty to causing death by dangerous driving at an earlier hearing [1.2].", D, "S"),
    ("The court heard that Marsh was watching a video when his van hit nurse Laura Pike, 28, on the A34 [1.3].", D, "S"),
    ("Marsh was also banned from driving for a decade [1.4].", D, "S"),
    ("Pike's sister said no sentence could bring her back [1.5].", D, "S"),
    ("A jury found Marcus Lindqvist guilty of money laundering [1.1][1.3].", A, "R"),  # acquitted of money laundering
    ("Prosecutors said Lindqvist had taken more than £3.2 million from investors [1.2].", A, "R"),  # 2.3 -> 3.2
    ("Judge Helen Carver released Lindqvist on bail [1.4].", A, "R"),  # remanded in custody
    ("Gerald Fitch said Lindqvist would not appeal the verdict [1.5].", A, "R"),  # negation added
    ("Judge Helen Carver said Lindqvist would appeal the verdict [1.4][1.5].", A, "R"),  # speaker swap: lawyer said it
    ("Detectives said exactly 140 victims had been identified [1.6].", A, "R"),  # at least -> exactly
    ("Police in Riverton arrested three men on Saturday [1.1].", B, "R"),  # two
    ("The suspects were detained after officers stopped a stolen lorry on the Eastern Bypass [1.2].", B, "R"),  # van -> lorry
    ("Detective Inspector Rosa Mendes said the men were part of a larger network [1.4].", B, "R"),  # hedge dropped: investigators believed
    ("Both men have been charged with burglary [1.5].", B, "R"),  # neither charged
    ("Police said the men had robbed pharmacies across the county [1.1].", B, "R"),  # city -> county; "in connection with" -> robbed; no "police said"
    ("The Court of Appeals upheld Daniel Okoro's conviction [1.1].", C, "R"),  # overturned
    ("Okoro had served 11 years of a 20-year sentence [1.1].", C, "R"),  # 25
    ("Prosecutors have decided to seek a retrial [1.3].", C, "R"),  # deliberation -> decision
    ("The district attorney's office said it would appeal the decision [1.4].", C, "R"),  # reviewing, not appealing
    ("Okoro's mother said the family had waited more than a decade for the ruling, which she called unjust [1.5].", C, "R"),  # extra clause hallucinated
    ("The three-judge panel ruled that the trial court had wrongly admitted testimony from a witness [1.2].", C, "R"),  # excluded -> admitted
    ("Kevin Marsh was jailed for six years after being convicted by a jury [1.1][1.2].", D, "R"),  # he admitted; no jury
    ("Marsh's van struck 28-year-old doctor Laura Pike [1.3].", D, "R"),  # nurse -> doctor
    ("Marsh was banned from driving for life [1.4].", D, "R"),  # ten years
    ("The cyclist's sister said the six-year sentence was too lenient [1.5].", D, "R"),  # hallucinated statement
    ("Marsh was jailed for six years because he had been drinking [1.1].", D, "R"),  # invented cause
]
