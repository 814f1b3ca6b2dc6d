# Domain: criminal trial verdict and sentencing
S1 = " ".join([
    "A jury at Bristol Crown Court found former accountant Martin Keane guilty of defrauding three elderly clients of 420,000 pounds.",
    "The jury took just under six hours to reach its unanimous verdicts.",
    "Keane, 52, was cleared of a separate charge of money laundering.",
    "Prosecutors said he had forged signatures to move money from the victims' savings accounts into a company he controlled.",
    "The offences took place between 2017 and 2021.",
    "Judge Helen Marsh remanded Keane in custody ahead of sentencing.",
    "One of the victims, an 84-year-old widow, died before the case came to trial.",
])
S2 = " ".join([
    "Keane was jailed for six years and four months at the same court on Friday.",
    "Judge Marsh said he had shown no remorse and had targeted people who trusted him.",
    "She also disqualified him from acting as a company director for ten years.",
    "Keane's barrister, Tom Ashby, said his client intended to appeal against the conviction.",
    "Police said about 150,000 pounds had so far been recovered.",
    "Confiscation proceedings are due to begin in the autumn.",
    "Relatives of the victims said outside court that they were relieved the case was over.",
])
PROBES = [
("Former accountant Martin Keane was convicted by a Bristol Crown Court jury of swindling three elderly clients out of 420,000 pounds [1.1].", S1, "S"),  # voice change, found guilty->convicted, defrauding->swindling
("Martin Keane was found guilty of defrauding three elderly clients of £420,000 [1.1].", S1, "S"),  # number reformat 420,000 pounds -> £420,000
("Martin Keane was found guilty of defrauding four elderly clients [1.1].", S1, "R"),  # number changed three->four
("Martin Keane was found guilty of defrauding three elderly clients of 240,000 pounds [1.1].", S1, "R"),  # amount changed 420,000->240,000
("A jury found former solicitor Martin Keane guilty of defrauding three elderly clients [1.1].", S1, "R"),  # profession changed accountant->solicitor
("The jury reached unanimous verdicts after deliberating for almost six hours [1.2].", S1, "S"),  # just under->almost, restructure
("The jury took just over six hours to reach its verdicts [1.2].", S1, "R"),  # under->over
("Keane, 52, was acquitted of a separate money laundering charge [1.3].", S1, "S"),  # synonym cleared->acquitted
("Keane, 52, was also convicted of money laundering [1.3].", S1, "R"),  # antonym cleared->convicted
("Keane, 25, was cleared of a separate charge of money laundering [1.3].", S1, "R"),  # age transposed 52->25
("Prosecutors said Keane had forged signatures to transfer money from the victims' savings accounts to a company under his control [1.1][1.4].", S1, "S"),  # pronoun resolved via 1.1; move->transfer, he controlled->under his control
("Prosecutors said Keane had forged signatures to move money from the victims' current accounts [1.1][1.4].", S1, "R"),  # sibling savings->current accounts
("Keane admitted forging signatures to move money from the victims' savings accounts [1.1][1.4].", S1, "R"),  # prosecutors' allegation turned into Keane's admission
("Prosecutors said Keane had forged signatures to move money into a company controlled by his wife [1.1][1.4].", S1, "R"),  # changed controller he->his wife
("The offences were committed between 2017 and 2021 [1.5].", S1, "S"),  # synonym took place->were committed
("The offences took place between 2017 and 2020 [1.5].", S1, "R"),  # end year changed 2021->2020
("Judge Helen Marsh remanded Keane in custody until he is sentenced [1.6].", S1, "S"),  # ahead of sentencing->until he is sentenced
("Judge Helen Marsh granted Keane bail ahead of sentencing [1.6].", S1, "R"),  # remanded in custody->bail
("One victim, a widow aged 84, died before the trial [1.7].", S1, "S"),  # compression, age reformatted
("One of the victims, an 84-year-old widow, died during the trial [1.7].", S1, "R"),  # before->during
("One of the victims, an 84-year-old widow, died as a result of the fraud [1.7].", S1, "R"),  # invented cause of death
("Keane, 52, was convicted of fraud but cleared of money laundering [1.1][1.3].", S1, "S"),  # merge 1.1 + 1.3, generalised to "fraud"
("After nearly six hours of deliberation, the jury unanimously convicted Keane, and Judge Helen Marsh remanded him in custody [1.1][1.2][1.6].", S1, "S"),  # merge of three cited sentences
("Keane was found guilty of defrauding three elderly clients between 2017 and 2021 [1.1].", S1, "R"),  # dates only in uncited 1.5
("The jury convicted Keane of defrauding three elderly clients, one of whom, an 84-year-old widow, died before the trial [1.1][1.7].", S1, "S"),  # merge 1.1 + 1.7
("Keane was sentenced to six years and four months in prison at the same court on Friday [2.1].", S2, "S"),  # jailed->sentenced to ... in prison
("Keane was jailed for four years and six months on Friday [2.1].", S2, "R"),  # figures swapped
("Judge Marsh said Keane had shown no remorse and had preyed on people who trusted him [2.1][2.2].", S2, "S"),  # pronoun resolved via 2.1; targeted->preyed on
("Judge Marsh said Keane had shown remorse but had targeted people who trusted him [2.1][2.2].", S2, "R"),  # negation dropped
("Judge Marsh said Keane had shown no remorse and had targeted people who were vulnerable [2.1][2.2].", S2, "R"),  # trusted him->vulnerable
("Keane was also disqualified from acting as a company director for ten years [2.1][2.3].", S2, "S"),  # pronoun resolved via 2.1, voice change
("Keane was disqualified from working as an accountant for ten years [2.1][2.3].", S2, "R"),  # sibling: company director->accountant
("Tom Ashby, Keane's barrister, said his client planned to appeal against the conviction [2.4].", S2, "S"),  # reorder, intended->planned
("Keane's barrister, Tom Ashby, said his client would appeal against the sentence [2.4].", S2, "R"),  # conviction->sentence
("Keane's barrister, Tom Ashby, said his client had lodged an appeal [2.4].", S2, "R"),  # intention presented as done
("Police said roughly 150,000 pounds had been recovered so far [2.5].", S2, "S"),  # about->roughly, reorder
("Police said about £150,000 had been recovered so far [2.5].", S2, "S"),  # number reformat
("Police said all of the money had been recovered [2.5].", S2, "R"),  # overgeneralisation about 150,000->all
("Police said about 150,000 pounds had been recovered from Keane's company [2.5].", S2, "R"),  # added source of recovery
("Keane was convicted of defrauding clients of 420,000 pounds, of which police said about 150,000 pounds had so far been recovered [2.5][1.1].", S2, "S"),  # cross-document merge, both cited
("Police said about 270,000 pounds was still missing [2.5].", S2, "R"),  # figure not stated; derived using uncited 1.1
("Confiscation proceedings are set to start in the autumn [2.6].", S2, "S"),  # due to begin->set to start
("Confiscation proceedings began in the autumn [2.6].", S2, "R"),  # future presented as past
("Confiscation proceedings are due to begin in the spring [2.6].", S2, "R"),  # autumn->spring
("Outside court, the victims' relatives said they were relieved the case had ended [2.7].", S2, "S"),  # reorder, was over->had ended
("Relatives of the victims said outside court that they were disappointed by the sentence [2.7].", S2, "R"),  # changed reaction
("Keane was jailed for six years and four months because the judge found he had shown no remorse [2.1][2.2].", S2, "R"),  # invented causal link between remark and length of sentence
("Keane, who was jailed for six years and four months, plans to appeal against his conviction, his barrister Tom Ashby said [2.1][2.4].", S2, "S"),  # merge 2.1 + 2.4
("Keane was jailed for six years and four months for defrauding three elderly clients [2.1].", S2, "R"),  # offence detail only in uncited 1.1
("Keane was remanded in custody by Judge Helen Marsh pending sentence [1.6].", S1, "S"),  # voice change, ahead of sentencing->pending sentence
("Keane was not found guilty of money laundering [1.3].", S1, "S"),  # cleared->not found guilty, compression
("A Bristol Crown Court jury convicted Keane [1.1].", S1, "S"),  # heavy compression
("Keane received a jail term of six years and four months [2.1].", S2, "S"),  # nominalisation jailed->jail term
("Keane intends to appeal against his conviction, according to his barrister [2.4].", S2, "S"),  # reorder, attribution moved
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
