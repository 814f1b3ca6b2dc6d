# Domain: a fraud or bribery trial with sentencing
S1 = " ".join([
    "A former procurement director at Westbridge Council has been jailed for six years for taking bribes worth more than £480,000 from building contractors.",
    "Graham Hollis, 58, was convicted in March of two counts of bribery and one count of misconduct in public office after a seven-week trial at Southwark Crown Court.",
    "Prosecutors said he steered contracts worth £23 million to three firms between 2016 and 2021 in return for cash, holidays and home improvements.",
    "Sentencing him on Friday, Judge Sarah Whitcombe said: \"You abused a position of trust for your own greed, and the public purse paid the price.\"",
    "Hollis had denied all the charges, claiming the payments were loans from friends.",
    "His co-defendant, builder Darren Pike, 49, was sentenced to three years and nine months after pleading guilty to offering bribes.",
    "A third defendant, accountant Leanne Moss, was acquitted of money laundering.",
    "The Crown Prosecution Service said it would seek to confiscate Hollis's assets, including a villa in Portugal.",
    "The council said it had since tightened its procurement rules and referred itself to the external auditor.",
    "Detectives believe other officials may have been involved, but no further arrests have been made.",
])
PROBES = [
("Westbridge Council's ex-procurement director has received a six-year prison sentence for accepting more than £480,000 in bribes from building firms [1.1].", S1, "S"),  # paraphrase
("A former council procurement chief was jailed for six years over bribes from contractors [1.1].", S1, "S"),  # generalised
("A former procurement director was jailed for eight years for taking bribes [1.1].", S1, "R"),  # six -> eight
("A former procurement director was jailed for taking bribes worth more than £840,000 [1.1].", S1, "R"),  # digit swap
("A former procurement director was given a suspended sentence for taking bribes [1.1].", S1, "R"),  # jailed -> suspended
("A former procurement director was jailed for six years for offering bribes to contractors [1.1].", S1, "R"),  # taking -> offering, roles swapped
("Graham Hollis, 58, was found guilty in March of two bribery offences and misconduct in public office [1.2].", S1, "S"),  # paraphrase
("Hollis was convicted at Southwark Crown Court following a trial lasting seven weeks [1.2].", S1, "S"),  # paraphrase
("Graham Hollis was convicted of three counts of bribery [1.2].", S1, "R"),  # two bribery + one misconduct -> three bribery
("Graham Hollis was convicted in May after a seven-week trial [1.2].", S1, "R"),  # wrong month
("Graham Hollis was convicted after a seven-week trial at the Old Bailey [1.2].", S1, "R"),  # wrong court
("Graham Hollis, 85, was convicted of bribery [1.2].", S1, "R"),  # age swap
("Graham Hollis was convicted of three offences in total [1.2].", S1, "S"),  # 2+1 = 3
("According to prosecutors, Hollis directed £23 million of contracts to three companies from 2016 to 2021 in exchange for cash, trips and work on his home [1.3].", S1, "S"),  # paraphrase
("Prosecutors said Hollis was rewarded with cash, holidays and home improvements [1.3].", S1, "S"),  # dropping detail
("Prosecutors said he steered contracts worth £23 million to four firms [1.3].", S1, "R"),  # three -> four
("Prosecutors said he steered contracts worth £32 million to three firms [1.3].", S1, "R"),  # number swap
("Prosecutors said he steered the contracts between 2016 and 2019 [1.3].", S1, "R"),  # end year wrong
("Prosecutors said he steered contracts to three firms in return for cash and a car [1.3].", S1, "R"),  # invented item
("Prosecutors proved that he steered contracts worth £23 million to three firms [1.3].", S1, "R"),  # said -> proved, stronger
("Judge Sarah Whitcombe told Hollis he had abused a position of trust out of greed [1.4].", S1, "S"),  # reported speech
("The judge said the public purse had paid the price for Hollis's greed [1.4].", S1, "S"),  # reported speech
("Hollis was sentenced on Friday [1.4].", S1, "S"),  # dropping detail
("Hollis was sentenced on Thursday [1.4].", S1, "R"),  # wrong weekday
("Judge Sarah Whitcombe said Hollis had acted out of desperation rather than greed [1.4].", S1, "R"),  # contradiction
("Prosecutor Sarah Whitcombe said Hollis had abused a position of trust [1.4].", S1, "R"),  # wrong role
("Judge Sarah Whitcombe said Hollis had shown genuine remorse [1.4].", S1, "R"),  # invented
("Hollis had pleaded not guilty to every charge, saying the money was lent to him by friends [1.5].", S1, "S"),  # denied all = pleaded not guilty (acceptable paraphrase)
("Hollis claimed the payments were loans from friends [1.5].", S1, "S"),  # dropping detail
("Hollis admitted some of the charges [1.5].", S1, "R"),  # denied all -> admitted some
("Hollis claimed the payments were gifts from relatives [1.5].", S1, "R"),  # loans from friends -> gifts from relatives
("Builder Darren Pike, 49, who admitted offering bribes, received a sentence of three years and nine months [1.6].", S1, "S"),  # paraphrase
("Darren Pike pleaded guilty to offering bribes [1.6].", S1, "S"),  # dropping detail
("Darren Pike was sentenced to nine years and three months [1.6].", S1, "R"),  # swapped numbers
("Darren Pike was convicted by a jury of offering bribes [1.6].", S1, "R"),  # plea -> jury conviction
("Darren Pike, an accountant, was sentenced to three years and nine months [1.6].", S1, "R"),  # wrong occupation
("Darren Pike was sentenced to three years and nine months for taking bribes [1.6].", S1, "R"),  # offering -> taking
("Accountant Leanne Moss was cleared of money laundering [1.7].", S1, "S"),  # acquitted = cleared
("Leanne Moss was found not guilty of money laundering [1.7].", S1, "S"),  # paraphrase
("Leanne Moss was convicted of money laundering [1.7].", S1, "R"),  # acquitted -> convicted
("Leanne Moss was acquitted of bribery [1.7].", S1, "R"),  # wrong charge
("Leanne Moss was acquitted of money laundering because of insufficient evidence [1.7].", S1, "R"),  # added reason
("The CPS intends to pursue confiscation of Hollis's assets, among them a villa in Portugal [1.8].", S1, "S"),  # paraphrase
("The Crown Prosecution Service said it would try to seize Hollis's assets [1.8].", S1, "S"),  # seek to confiscate = try to seize
("The Crown Prosecution Service has confiscated Hollis's villa in Portugal [1.8].", S1, "R"),  # would seek -> has done
("The Crown Prosecution Service said it would seek to confiscate a villa in Spain [1.8].", S1, "R"),  # wrong country
("The council said it had tightened its procurement rules and reported itself to the external auditor [1.9].", S1, "S"),  # referred = reported
("Since the case, the council has strengthened its procurement rules, it said [1.9].", S1, "S"),  # reordered
("The council said it had referred itself to the police [1.9].", S1, "R"),  # auditor -> police
("The council said it had relaxed its procurement rules [1.9].", S1, "R"),  # antonym
("Detectives think other officials might have been involved, though nobody else has been arrested [1.10].", S1, "S"),  # paraphrase
("Detectives said other officials were involved [1.10].", S1, "R"),  # dropped hedge
("Detectives have arrested two further officials [1.10].", S1, "R"),  # negation error
("Detectives believe no other officials were involved [1.10].", S1, "R"),  # contradiction
("Hollis, 58, was jailed for six years after being convicted in March of bribery and misconduct in public office [1.1, 1.2].", S1, "S"),  # merge
("Hollis was jailed for six years, while Pike received three years and nine months [1.1, 1.6].", S1, "S"),  # merge
("Of the three defendants, Hollis and Pike were jailed and Moss was acquitted [1.1, 1.6, 1.7].", S1, "S"),  # merge
("Hollis denied the bribery charges, insisting the money he received was loans from friends [1.5].", S1, "S"),  # denied all charges covers bribery charges
("Hollis was jailed for six years, and the judge said the public purse had paid the price [1.1, 1.4].", S1, "S"),  # merge
("Hollis and Pike both pleaded guilty [1.5, 1.6].", S1, "R"),  # Hollis denied
("Hollis was jailed for six years and Moss was jailed for money laundering [1.1, 1.7].", S1, "R"),  # Moss acquitted
("Hollis was jailed for six years [1.2].", S1, "R"),  # wrong sentence cited
("Hollis was convicted after a seven-week trial of taking £480,000 in bribes [1.2].", S1, "R"),  # figure from uncited 1.1
("Judge Sarah Whitcombe said the council had since tightened its procurement rules [1.4, 1.9].", S1, "R"),  # wrong speaker (council said it)
("Hollis was jailed for taking over £480,000 in bribes, and prosecutors said he had steered £23 million of contracts to three firms in return [1.1, 1.3].", S1, "S"),  # merge with attribution kept
("The CPS said it would go after Hollis's assets, and the council said it had tightened its rules [1.8, 1.9].", S1, "S"),  # merge
("More than £480,000 in bribes from building contractors landed a former Westbridge Council official in jail for six years [1.1].", S1, "S"),  # restructured
("The case against Hollis was heard over seven weeks at Southwark Crown Court [1.2].", S1, "S"),  # paraphrase
("The alleged scheme ran from 2016 to 2021, according to prosecutors [1.3].", S1, "S"),  # hedged attribution
("Passing sentence, the judge accused Hollis of abusing a position of trust [1.4].", S1, "S"),  # reported speech
("Pike, a 49-year-old builder, admitted offering bribes and was jailed for three years and nine months [1.6].", S1, "S"),  # sentenced = jailed (custodial term)
("A jury cleared the third defendant, Leanne Moss, of money laundering [1.7].", S1, "R"),  # 'jury' not stated; acquitted only (marked R: adds jury detail)
("Hollis may lose a villa in Portugal, which the CPS wants to confiscate along with his other assets [1.8].", S1, "S"),  # hedged paraphrase
("Police suspect there may have been other officials involved, but there have been no further arrests [1.10].", S1, "S"),  # detectives = police
("Westbridge Council says its procurement rules have been tightened since [1.9].", S1, "S"),  # paraphrase
("Hollis's conviction in March, for two counts of bribery and one of misconduct in public office, led to a six-year jail term [1.1, 1.2].", S1, "S"),  # merge
]
