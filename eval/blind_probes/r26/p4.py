# Domain: a corruption trial verdict with sentencing
S1 = " ".join([
    "A jury at Southwark Crown Court on Thursday found former transport minister Alan Reeves guilty of two counts of accepting bribes.",
    "He was cleared of a third charge of misconduct in public office.",
    "Prosecutors said Reeves received 380,000 pounds from construction firm Delmont Group between 2016 and 2019 in exchange for steering road contracts its way.",
    "Judge Helen Ashworth sentenced him to six years in prison, telling him he had \"betrayed the trust placed in him by the public\".",
    "Reeves, 58, showed no emotion as the sentence was read out.",
    "His co-defendant, former Delmont director Simon Pryce, was convicted of offering bribes and jailed for four years.",
    "The judge also ordered Reeves to repay 250,000 pounds under the Proceeds of Crime Act within three months.",
    "Reeves's defence barrister, Caroline Hughes, said her client intended to appeal against the conviction.",
    "The trial lasted eleven weeks and heard evidence from 42 witnesses.",
    "Delmont Group, which was not itself charged, said it had since replaced its entire board.",
    "Anti-corruption campaigners said the case showed the need for stricter rules on ministers' contacts with contractors.",
])
PROBES = [
("Alan Reeves, a former transport minister, was convicted on Thursday of two bribery counts at Southwark Crown Court [1.1].", S1, "S"),  # paraphrase
("A Southwark jury found the ex-minister guilty of accepting bribes on two counts [1.1].", S1, "S"),  # synonyms
("A jury found Alan Reeves guilty of three counts of accepting bribes [1.1].", S1, "R"),  # wrong number
("A jury found Alan Reeves guilty of two counts of offering bribes [1.1].", S1, "R"),  # accepting vs offering
("A jury at Southwark Crown Court on Tuesday found Alan Reeves guilty [1.1].", S1, "R"),  # wrong weekday
("Former health minister Alan Reeves was found guilty of accepting bribes [1.1].", S1, "R"),  # sibling portfolio
("Reeves was acquitted of misconduct in public office [1.2].", S1, "S"),  # cleared -> acquitted
("Reeves was also convicted of misconduct in public office [1.2].", S1, "R"),  # negation
("The jury found Reeves guilty on two counts and acquitted him on a third [1.1, 1.2].", S1, "S"),  # merge
("Reeves was convicted on all charges [1.1, 1.2].", S1, "R"),  # overgeneralisation
("According to prosecutors, Delmont Group paid Reeves 380,000 pounds between 2016 and 2019 in return for directing road contracts to it [1.3].", S1, "S"),  # voice change
("Prosecutors said Reeves took the money in exchange for steering road contracts to the construction firm [1.3].", S1, "S"),  # dropping detail
("Prosecutors said Reeves received 830,000 pounds from Delmont Group [1.3].", S1, "R"),  # digit swap
("Prosecutors said Reeves received 380,000 pounds between 2016 and 2021 [1.3].", S1, "R"),  # wrong year
("Prosecutors said Reeves received the money in exchange for steering rail contracts to Delmont [1.3].", S1, "R"),  # road vs rail
("The court established that Reeves received 380,000 pounds from Delmont [1.3].", S1, "R"),  # prosecutors' claim reframed as court finding
("Reeves received 380,000 pounds from Delmont and spent it on property [1.3].", S1, "R"),  # added detail
("Judge Helen Ashworth jailed Reeves for six years [1.4].", S1, "S"),  # synonym
("The judge told Reeves he had betrayed the public's trust [1.4].", S1, "S"),  # reported speech
("Judge Helen Ashworth sentenced Reeves to eight years in prison [1.4].", S1, "R"),  # wrong figure
("Judge Helen Ashworth gave Reeves a six-year suspended sentence [1.4].", S1, "R"),  # prison vs suspended
("Caroline Hughes told Reeves he had betrayed the trust placed in him by the public [1.4].", S1, "R"),  # wrong speaker
("Reeves, who is 58, did not react visibly as his sentence was announced [1.5].", S1, "S"),  # paraphrase
("Reeves wept as the sentence was read out [1.5].", S1, "R"),  # contradiction
("Reeves, 48, showed no emotion as the sentence was read out [1.5].", S1, "R"),  # wrong age
("Simon Pryce, formerly a Delmont director, was found guilty of offering bribes and given four years in jail [1.6].", S1, "S"),  # paraphrase
("Reeves's co-defendant was sentenced to four years in prison [1.6].", S1, "S"),  # dropping detail
("Simon Pryce was convicted of accepting bribes [1.6].", S1, "R"),  # role swap
("Simon Pryce was jailed for six years [1.6].", S1, "R"),  # figure from another person
("Simon Pryce was acquitted [1.6].", S1, "R"),  # antonym
("Simon Pryce was jailed for four years and ordered to repay 250,000 pounds [1.6, 1.7].", S1, "R"),  # repayment order was for Reeves
("Reeves must pay back 250,000 pounds within three months under the Proceeds of Crime Act [1.7].", S1, "S"),  # paraphrase
("The judge ordered Reeves to repay 250,000 pounds within three months [1.7].", S1, "S"),  # dropping detail
("The judge ordered Reeves to repay the full 380,000 pounds [1.7].", S1, "R"),  # wrong figure
("The judge ordered Reeves to repay 250,000 pounds within six months [1.7].", S1, "R"),  # wrong period
("Reeves was sentenced to six years and must repay 250,000 pounds [1.4, 1.7].", S1, "S"),  # merge
("Reeves's barrister, Caroline Hughes, said he plans to appeal the conviction [1.8].", S1, "S"),  # reported speech
("Caroline Hughes said her client would appeal against the sentence [1.8].", S1, "R"),  # conviction vs sentence
("Caroline Hughes said her client had lodged an appeal [1.8].", S1, "R"),  # intent vs done
("Caroline Hughes said her client would not appeal [1.8].", S1, "R"),  # negation
("The trial ran for eleven weeks, with 42 witnesses giving evidence [1.9].", S1, "S"),  # paraphrase
("The trial lasted eleven months [1.9].", S1, "R"),  # unit error
("The trial heard evidence from 24 witnesses [1.9].", S1, "R"),  # digit swap
("Delmont Group did not face charges itself and said it has since replaced all of its board members [1.10].", S1, "S"),  # paraphrase
("Delmont Group was also charged [1.10].", S1, "R"),  # negation
("Delmont Group said it had replaced its chief executive [1.10].", S1, "R"),  # board vs CEO
("Delmont said it had replaced its entire board because of the conviction [1.10].", S1, "R"),  # added cause
("Campaigners against corruption said the case demonstrated that tougher rules were needed on contacts between ministers and contractors [1.11].", S1, "S"),  # paraphrase
("The government said the case showed the need for stricter rules [1.11].", S1, "R"),  # wrong speaker
("Campaigners said existing rules on ministerial contacts were adequate [1.11].", S1, "R"),  # antonym
("Campaigners said the case showed the need for stricter rules on ministers' contacts with contractors [1.10].", S1, "R"),  # wrong sentence cited
("Reeves, convicted of taking bribes, plans to appeal [1.1, 1.8].", S1, "S"),  # merge
("Both men convicted in the case received prison terms of four years or more [1.4, 1.6].", S1, "S"),  # six and four years
("Reeves received a longer sentence than Pryce [1.4, 1.6].", S1, "S"),  # comparison derived
("Pryce received a longer sentence than Reeves [1.4, 1.6].", S1, "R"),  # comparison reversed
("The jailed former minister is 58 years old [1.1, 1.4, 1.5].", S1, "S"),  # merge: minister from 1.1, jailed 1.4, age 1.5
("Reeves was jailed by a female judge after an eleven-week trial [1.4, 1.9].", S1, "R"),  # gender of judge not stated
("Delmont Group was not charged in the case [1.10].", S1, "S"),  # dropping detail
("Pryce was found guilty at the same trial that heard 42 witnesses [1.6, 1.9].", S1, "S"),  # co-defendant implies same trial
("The misconduct charge against Reeves was dropped before the trial [1.2].", S1, "R"),  # cleared by jury, not dropped
("Prosecutors alleged the payments were made over a period of about three years [1.3].", S1, "S"),  # 2016-2019
("Road contracts were steered to Delmont in return for the payments, prosecutors alleged [1.3].", S1, "S"),  # voice change, reported
("Reeves showed no emotion when he was sentenced [1.5].", S1, "S"),  # dropping detail
("A former Delmont director was also convicted in the case [1.6].", S1, "S"),  # generalisation
("Reeves has three months to repay 250,000 pounds [1.7].", S1, "S"),  # restructure
("Forty-two witnesses testified during the trial [1.9].", S1, "S"),  # numerals to words
("Reeves's lawyer said he intended to challenge his conviction [1.8].", S1, "S"),  # paraphrase
("Judge Ashworth said Reeves had betrayed the trust the public placed in him [1.4].", S1, "S"),  # reported speech
("Reeves was cleared of one of the three charges he faced [1.1, 1.2].", S1, "S"),  # merge, derived count
("The payments to Reeves were made in cash [1.3].", S1, "R"),  # added detail
]
