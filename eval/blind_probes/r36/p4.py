# Domain: a fraud trial verdict for a children's charity's former treasurer
S1 = " ".join([
    "A former treasurer of the children's charity Brightsteps has been found guilty of stealing more than £340,000 from its accounts over six years.",
    "Gillian Hartley, 58, of Stockport, was convicted of fraud by abuse of position at Manchester Crown Court on Thursday after a three-week trial.",
    "The jury of seven women and five men took just under five hours to reach unanimous verdicts on all four counts.",
    "Prosecutor Daniel Osei told the court that Hartley had transferred charity funds into two personal accounts disguised as payments to suppliers.",
    "She spent much of the money on holidays, a caravan in north Wales and online gambling, the court heard.",
    "Hartley had denied the charges, claiming the transfers were repayments of loans she had made to the charity.",
    "The fraud came to light in 2022 when a new auditor noticed invoices from a catering firm that did not exist.",
    "Brightsteps, which runs holiday clubs for disabled children, was forced to close two of its five centres as a result of the losses.",
    "Its chair, Ruth Benn, said trustees were \"devastated\" that someone they had trusted for so long had betrayed the charity.",
    "Judge Helen Carr granted Hartley bail but warned her that a prison sentence was \"almost inevitable\".",
    "She will be sentenced on 14 June.",
    "The Charity Commission said it had opened a statutory inquiry into the charity's financial controls.",
    "Greater Manchester Police said it would seek to recover the money under the Proceeds of Crime Act.",
])
PROBES = [
("Brightsteps' former treasurer was convicted of stealing over £340,000 from the charity's accounts [1.1].", S1, "S"),  # synonyms
("The thefts took place over a six-year period [1.1].", S1, "S"),  # nominalisation
("Hartley, a 58-year-old from Stockport, was found guilty at Manchester Crown Court [1.2].", S1, "S"),  # paraphrase
("The trial lasted three weeks [1.2].", S1, "S"),  # paraphrase
("Hartley was convicted on Thursday of fraud by abuse of position [1.2].", S1, "S"),  # reordering
("The jurors were unanimous in their verdicts on each of the four counts [1.3].", S1, "S"),  # paraphrase
("The jury deliberated for less than five hours [1.3].", S1, "S"),  # just under
("There were more women than men on the jury [1.3].", S1, "S"),  # 7 vs 5
("The jury of 12 reached unanimous verdicts [1.3].", S1, "S"),  # 7 + 5
("The court heard from prosecutor Daniel Osei that Hartley moved charity money into two of her own accounts [1.4].", S1, "S"),  # paraphrase
("Osei said the transfers were disguised as payments to suppliers [1.4].", S1, "S"),  # paraphrase
("The court was told that Hartley spent much of the money on holidays, a caravan and online gambling [1.5].", S1, "S"),  # dropping detail
("Hartley denied the charges and said the transfers repaid loans she had made to the charity [1.6].", S1, "S"),  # paraphrase
("A new auditor uncovered the fraud in 2022 after spotting invoices from a non-existent catering firm [1.7].", S1, "S"),  # paraphrase
("The losses forced Brightsteps to shut two of its five centres [1.8].", S1, "S"),  # voice change
("Brightsteps runs holiday clubs for disabled children [1.8].", S1, "S"),  # dropping detail
("Ruth Benn, the charity's chair, said trustees were devastated [1.9].", S1, "S"),  # dropping detail
("Benn said trustees were devastated that someone they had long trusted had betrayed the charity [1.9].", S1, "S"),  # paraphrase
("Hartley was granted bail by Judge Helen Carr [1.10].", S1, "S"),  # passive
("The judge warned Hartley that a jail term was almost inevitable [1.10].", S1, "S"),  # prison sentence = jail term
("Sentencing is set for 14 June [1.11].", S1, "S"),  # nominalisation
("A statutory inquiry into the charity's financial controls has been opened by the Charity Commission [1.12].", S1, "S"),  # passive
("Police said they would try to recover the money under the Proceeds of Crime Act [1.13].", S1, "S"),  # seek = try
("Hartley, who had denied the charges, was convicted of fraud by abuse of position [1.2, 1.6].", S1, "S"),  # merge
("The charity lost more than £340,000 and had to close two centres as a result [1.1, 1.8].", S1, "S"),  # merge
("Hartley will be sentenced in June [1.11].", S1, "S"),  # generalisation
("Hartley used two personal accounts to receive the charity's money, the prosecutor said [1.4].", S1, "S"),  # paraphrase
("Some of the money went on a caravan in north Wales [1.5].", S1, "S"),  # much -> some
("The fraud was discovered by a new auditor [1.7].", S1, "S"),  # passive
("Invoices from a fictitious catering firm exposed the fraud in 2022 [1.7].", S1, "S"),  # synonym
("Greater Manchester Police intends to seek recovery of the money [1.13].", S1, "S"),  # nominalisation
("A former treasurer of Brightsteps has been found guilty of stealing more than £430,000 [1.1].", S1, "R"),  # £340,000
("The former treasurer stole the money over eight years [1.1].", S1, "R"),  # six years
("A former chair of the children's charity Brightsteps has been found guilty of stealing more than £340,000 [1.1].", S1, "R"),  # treasurer, not chair
("Hartley was convicted at Manchester Crown Court on Tuesday [1.2].", S1, "R"),  # Thursday
("Hartley was convicted after a three-month trial [1.2].", S1, "R"),  # three weeks
("Gillian Hartley, 58, of Salford, was convicted of fraud by abuse of position [1.2].", S1, "R"),  # Stockport
("The jury of seven men and five women reached unanimous verdicts [1.3].", S1, "R"),  # genders swapped
("The jury took just over five hours to reach its verdicts [1.3].", S1, "R"),  # just under
("The jury reached majority verdicts on all four counts [1.3].", S1, "R"),  # unanimous
("Prosecutor Daniel Osei told the court that Hartley had transferred charity funds into three personal accounts [1.4].", S1, "R"),  # two accounts
("Hartley's barrister, Daniel Osei, told the court the transfers were disguised as payments to suppliers [1.4].", S1, "R"),  # Osei was the prosecutor
("Prosecutor Daniel Osei said the transfers were disguised as payments to staff [1.4].", S1, "R"),  # suppliers, not staff
("She spent all of the money on holidays, a caravan in north Wales and online gambling, the court heard [1.5].", S1, "R"),  # much, not all
("She spent much of the money on holidays, a caravan in south Wales and online gambling [1.5].", S1, "R"),  # north Wales
("Hartley admitted the charges but said the transfers were repayments of loans [1.6].", S1, "R"),  # she denied the charges
("Hartley claimed the transfers were repayments of loans the charity had made to her [1.6].", S1, "R"),  # direction swapped: loans she made to the charity
("The fraud came to light in 2021 when a new auditor noticed invoices from a catering firm that did not exist [1.7].", S1, "R"),  # 2022
("The fraud came to light when a new treasurer noticed invoices from a catering firm that did not exist [1.7].", S1, "R"),  # auditor, not treasurer
("The fraud came to light when a new auditor noticed invoices from a cleaning firm that did not exist [1.7].", S1, "R"),  # catering firm
("Brightsteps was forced to close three of its five centres as a result of the losses [1.8].", S1, "R"),  # two of five
("Brightsteps, which runs holiday clubs for disabled adults, closed two centres [1.8].", S1, "R"),  # children, not adults
("Its chief executive, Ruth Benn, said trustees were devastated [1.9].", S1, "R"),  # chair, not chief executive
("Ruth Benn said trustees were \"shocked\" that someone they had trusted had betrayed the charity [1.9].", S1, "R"),  # altered quote: devastated
("Judge Helen Carr remanded Hartley in custody [1.10].", S1, "R"),  # granted bail
("Judge Helen Carr warned Hartley that a prison sentence was inevitable [1.10].", S1, "R"),  # hedge dropped: almost inevitable
("Hartley will be sentenced on 4 June [1.11].", S1, "R"),  # 14 June
("The Charity Commission said it would open a statutory inquiry into the charity's financial controls [1.12].", S1, "R"),  # had opened, not would open
("The Charity Commission said it had opened a criminal inquiry into the charity's financial controls [1.12].", S1, "R"),  # statutory, not criminal
("Greater Manchester Police said it had recovered the money under the Proceeds of Crime Act [1.13].", S1, "R"),  # would seek to recover
("Hartley was convicted after transferring charity funds into two personal accounts [1.2].", S1, "R"),  # transfer detail from uncited 1.4
("Prosecutor Daniel Osei told the court that she spent much of the money on holidays and online gambling [1.5].", S1, "R"),  # Osei named only in uncited 1.4; 1.5 says only 'the court heard'
("Brightsteps closed two of its five centres to pay its legal costs [1.8].", S1, "R"),  # invented cause: result of the losses
("The jury convicted Hartley on two of the four counts [1.3].", S1, "R"),  # verdicts covered all four counts
]
