S1 = ("A jury in Marlow Crown Court on Friday found Derek Haines guilty of manslaughter over the death of a cyclist in 2024. "
"Haines, 46, was cleared of the more serious charge of causing death by dangerous driving. "
"Prosecutor Alison Grey told the court that Haines had been using his phone moments before the crash. "
"His barrister, Neil Foster, said Haines would appeal the verdict. "
"Judge Ruth Campbell adjourned sentencing until January 14. "
"The victim's sister said outside court that the family felt justice had been done.")
S2 = ("Police in Eastford arrested two men on Sunday on suspicion of burgling a jewellery shop on Mill Street. "
"Detectives said watches worth about 120,000 pounds were taken during the raid on Saturday night. "
"A third suspect is still being sought, according to Inspector Paul Reyes. "
"Officers recovered a stolen van in a car park near the railway station. "
"Reyes urged anyone with dashcam footage of the area to contact the force. "
"The shop's owner said it was the second break-in this year.")
PROBES = [
("A Marlow Crown Court jury convicted Derek Haines of manslaughter on Friday over a cyclist's death in 2024. [1.1]", S1, "S"),
("A jury found Derek Haines guilty of murder over the death of a cyclist in 2024. [1.1]", S1, "R"),  # manslaughter->murder
("A jury in Marlow Crown Court on Friday found Derek Haines guilty of manslaughter over the death of a cyclist in 2023. [1.1]", S1, "R"),  # year
("A jury in Marlow Crown Court on Friday found Derek Haines guilty of manslaughter over the death of a pedestrian in 2024. [1.1]", S1, "R"),  # cyclist->pedestrian
("Haines, 46, was acquitted of causing death by dangerous driving. [1.2]", S1, "S"),
("Haines, 46, was convicted of causing death by dangerous driving. [1.2]", S1, "R"),  # antonym
("Haines, 64, was cleared of causing death by dangerous driving. [1.2]", S1, "R"),  # age
("Prosecutor Alison Grey told the court Haines had been using his phone just before the crash. [1.3]", S1, "S"),
("Neil Foster told the court that Haines had been using his phone moments before the crash. [1.3]", S1, "R"),  # speaker swap
("Prosecutor Alison Grey told the court that Haines had been drinking moments before the crash. [1.3]", S1, "R"),  # hallucinated detail
("Haines's barrister, Neil Foster, said his client would appeal the verdict. [1.4]", S1, "S"),
("His barrister, Neil Foster, said Haines had appealed the verdict. [1.4]", S1, "R"),  # would appeal -> appealed
("Alison Grey said Haines would appeal the verdict. [1.4]", S1, "R"),  # speaker swap
("Judge Ruth Campbell postponed sentencing until January 14. [1.5]", S1, "S"),
("Judge Ruth Campbell adjourned sentencing until January 24. [1.5]", S1, "R"),  # date
("Judge Ruth Campbell sentenced Haines on January 14. [1.5]", S1, "R"),  # sentencing happened
("Sentencing was adjourned until January 14. [1.5]", S1, "S"),
("The victim's sister said the family felt justice had been done. [1.6]", S1, "S"),
("The victim's mother said outside court that the family felt justice had been done. [1.6]", S1, "R"),  # sister->mother
("The victim's sister said outside court that the family felt justice had not been done. [1.6]", S1, "R"),  # negation
("Police in Eastford arrested two men on Sunday on suspicion of burgling a jewellery shop. [2.1]", S2, "S"),
("Two men burgled a jewellery shop on Mill Street, police in Eastford said. [2.1]", S2, "R"),  # suspicion dropped + speaker
("Police in Eastford arrested three men on Sunday on suspicion of burgling a jewellery shop on Mill Street. [2.1]", S2, "R"),  # number
("Police in Eastford arrested two men on Sunday on suspicion of burgling a jewellery shop on Market Street. [2.1]", S2, "R"),  # place
("Detectives said watches worth about 120,000 pounds were stolen in the raid on Saturday night. [2.2]", S2, "S"),
("Detectives said watches worth 120,000 pounds were taken during the raid on Saturday night. [2.2]", S2, "R"),  # approx -> exact
("Detectives said rings worth about 120,000 pounds were taken during the raid on Saturday night. [2.2]", S2, "R"),  # watches->rings
("Police are still looking for a third suspect, Inspector Paul Reyes said. [2.3]", S2, "S"),
("A third suspect has been arrested, according to Inspector Paul Reyes. [2.3]", S2, "R"),  # contradicts
("A third suspect is still being sought, according to Sergeant Paul Reyes. [2.3]", S2, "R"),  # role swap
("Officers found a stolen van in a car park close to the railway station. [2.4]", S2, "S"),
("Officers recovered a stolen van in a car park near the bus station. [2.4]", S2, "R"),  # place
("Officers recovered a stolen van and the stolen watches in a car park near the railway station. [2.4]", S2, "R"),  # added
("Reyes appealed for anyone with dashcam footage of the area to contact police. [2.5]", S2, "S"),
("Reyes urged anyone with CCTV footage of the area to contact the force. [2.5]", S2, "R"),  # dashcam->CCTV
("The shop's owner said it was the second break-in this year. [2.6]", S2, "S"),
("The shop's owner said it was the third break-in this year. [2.6]", S2, "R"),  # ordinal
("The owner said the shop had been broken into twice this year. [2.6]", S2, "S"),
("Inspector Paul Reyes said it was the second break-in this year. [2.3][2.6]", S2, "R"),  # speaker swap across
("Two men were arrested after watches worth about 120,000 pounds were taken from a jewellery shop, and police are still hunting a third suspect. [2.1][2.2][2.3]", S2, "S"),
("Haines was found guilty of manslaughter but cleared of causing death by dangerous driving. [1.1][1.2]", S1, "S"),
]
PROBES += [
("Two men were detained by Eastford police on Sunday on suspicion of burgling a jewellery shop. [2.1]", S2, "S"),
("Grey, the prosecutor, said Haines had been on his phone moments before the crash. [1.3]", S1, "S"),
("Haines intends to appeal, his barrister Neil Foster said. [1.4]", S1, "S"),
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
