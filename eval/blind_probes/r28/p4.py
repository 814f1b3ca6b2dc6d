# Domain: a murder trial verdict
S1 = " ".join([
    "A jury at Leeds Crown Court on Wednesday found Daniel Frost, 34, guilty of murdering his business partner, Kevin Lang.",
    "The jury of seven women and five men reached a unanimous verdict after deliberating for just over 11 hours.",
    "Lang, 41, was found with fatal stab wounds at the offices of their printing firm in Armley on 3 February last year.",
    "Frost had denied murder, claiming he acted in self-defence after Lang attacked him with a hammer.",
    "The prosecution told the court that Frost owed Lang more than 90,000 pounds and had forged his signature on loan documents.",
    "Frost's co-defendant, Aaron Pike, was cleared of assisting an offender.",
    "Judge Rebecca Holt said Frost would be sentenced on 18 April and warned him he faced a mandatory life term.",
    "Outside court, Lang's sister, Joanne Lang, said the family felt \"some measure of relief\" but that nothing would bring her brother back.",
    "Detective Inspector Sam Whitley of West Yorkshire Police said the investigation had been \"complex and painstaking\".",
    "Frost's barrister indicated that an appeal was likely to be considered.",
])
PROBES = [
("Daniel Frost, 34, was convicted on Wednesday at Leeds Crown Court of the murder of his business partner Kevin Lang [1.1].", S1, "S"),  # voice change
("The jurors were unanimous [1.2].", S1, "S"),  # 1.2
("The jury deliberated for slightly more than 11 hours before reaching its verdict [1.2].", S1, "S"),  # reworded
("The twelve-member jury was made up of seven women and five men [1.2].", S1, "S"),  # 7+5=12
("Kevin Lang, 41, was discovered with fatal stab wounds at the firm's Armley offices on 3 February last year [1.3].", S1, "S"),  # reworded
("The two men ran a printing firm together [1.1, 1.3].", S1, "S"),  # business partner + their printing firm
("Frost pleaded not guilty to murder, saying he had been defending himself from a hammer attack by Lang [1.4].", S1, "S"),  # denied -> pleaded not guilty, reworded
("Prosecutors said Frost owed Lang over 90,000 pounds [1.5].", S1, "S"),  # reported
("According to the prosecution, Frost had forged Lang's signature on loan paperwork [1.5].", S1, "S"),  # reported
("Aaron Pike, who stood trial alongside Frost, was acquitted of assisting an offender [1.6].", S1, "S"),  # cleared -> acquitted
("Frost will be sentenced on 18 April [1.7].", S1, "S"),  # 1.7
("Judge Rebecca Holt told Frost he faced a mandatory life sentence [1.7].", S1, "S"),  # warned -> told
("Joanne Lang said her family felt some relief but that nothing could bring her brother back [1.8].", S1, "S"),  # reported speech
("Detective Inspector Sam Whitley described the inquiry as complex and painstaking [1.9].", S1, "S"),  # reported
("Frost's barrister signalled that an appeal was likely to be considered [1.10].", S1, "S"),  # indicated -> signalled
("Frost was found guilty, while his co-defendant Aaron Pike was cleared [1.1, 1.6].", S1, "S"),  # merge
("The jury rejected Frost's claim that he had acted in self-defence [1.1, 1.4].", S1, "S"),  # guilty verdict after self-defence claim
("Kevin Lang was 41 when he died [1.3].", S1, "S"),  # 1.3
("The victim's sister spoke outside court after the verdict [1.8].", S1, "S"),  # outside court
("A West Yorkshire Police detective said the investigation had been complex and painstaking [1.9].", S1, "S"),  # generalised speaker
("Frost, who denied murder, faces a mandatory life term when he is sentenced on 18 April [1.4, 1.7].", S1, "S"),  # merge
("The case concerned the stabbing of Lang at the offices of the firm he shared with Frost [1.3].", S1, "S"),  # their firm
("The verdict came after more than 11 hours of deliberation [1.2].", S1, "S"),  # reworded
("Frost claimed Lang had attacked him with a hammer [1.4].", S1, "S"),  # 1.4
("The prosecution told the court Frost was in debt to Lang by more than 90,000 pounds [1.5].", S1, "S"),  # owed -> in debt
("The trial took place at Leeds Crown Court [1.1].", S1, "S"),  # 1.1
("An appeal may be considered, Frost's barrister indicated [1.10].", S1, "S"),  # likely to be considered -> may
("Lang was found fatally stabbed at the firm's offices in Armley [1.3].", S1, "S"),  # reworded
("The jury convicted Frost of killing Kevin Lang, his business partner [1.1].", S1, "S"),  # murder -> killing, generalisation
("Frost and Lang were business partners [1.1].", S1, "S"),  # 1.1
("Judge Holt set sentencing for 18 April [1.7].", S1, "S"),  # reworded
("Lang's sister said the family felt a measure of relief [1.8].", S1, "S"),  # partial
("A jury at Leeds Crown Court found Frost guilty on Thursday [1.1].", S1, "R"),  # Wednesday
("Frost was found guilty of manslaughter [1.1].", S1, "R"),  # murder
("Frost, 43, was found guilty of murdering Kevin Lang [1.1].", S1, "R"),  # 34
("The jury of five women and seven men reached its verdict [1.2].", S1, "R"),  # swapped
("The jury reached a majority verdict [1.2].", S1, "R"),  # unanimous
("The jury deliberated for just over 11 days [1.2].", S1, "R"),  # unit error
("Lang was found with fatal gunshot wounds [1.3].", S1, "R"),  # stab
("Lang was found dead at his home in Armley [1.3].", S1, "R"),  # offices
("Lang was found on 3 February this year [1.3].", S1, "R"),  # last year
("Frost admitted murder [1.4].", S1, "R"),  # denied
("Frost claimed Lang had attacked him with a knife [1.4].", S1, "R"),  # hammer
("The prosecution said Lang owed Frost more than 90,000 pounds [1.5].", S1, "R"),  # swapped roles
("The prosecution proved that Frost had forged Lang's signature [1.5].", S1, "R"),  # 'told the court' -> 'proved' stronger
("Aaron Pike was found guilty of assisting an offender [1.6].", S1, "R"),  # cleared
("Aaron Pike was cleared of murder [1.6].", S1, "R"),  # wrong charge
("Judge Rebecca Holt sentenced Frost to life imprisonment [1.7].", S1, "R"),  # sentencing later
("Frost will be sentenced on 8 April [1.7].", S1, "R"),  # 18 April
("Joanne Lang said the family felt complete relief [1.8].", S1, "R"),  # some measure -> complete
("Lang's widow said nothing would bring him back [1.8].", S1, "R"),  # sister
("Judge Holt said the investigation had been complex and painstaking [1.9].", S1, "R"),  # wrong speaker
("Detective Inspector Sam Whitley of Greater Manchester Police led the investigation [1.9].", S1, "R"),  # wrong force and 'led' added
("Frost's barrister confirmed that an appeal had been lodged [1.10].", S1, "R"),  # stronger
("Frost's barrister said there would be no appeal [1.10].", S1, "R"),  # contradiction
("The jury reached a unanimous verdict after deliberating for just over 11 hours [1.3].", S1, "R"),  # wrong sentence cited
("Frost killed Lang after discovering he had forged loan documents [1.5].", S1, "R"),  # swapped roles and invented cause
("Frost, who faces a mandatory life term, was found guilty of murder and of forging documents [1.1, 1.7].", S1, "R"),  # no forgery conviction
("Both defendants were found guilty [1.1, 1.6].", S1, "R"),  # Pike cleared
("Kevin Lang, 34, was stabbed to death [1.3].", S1, "R"),  # 41 (34 is Frost)
("Frost owed Lang more than 90,000 pounds, the judge said [1.5].", S1, "R"),  # wrong speaker
("Frost was convicted of murder after the jury heard he had acted in self-defence [1.1].", S1, "R"),  # self-defence claim not in 1.1, presented as fact
("Lang's sister said the family would campaign for a longer sentence [1.8].", S1, "R"),  # added
("Pike was cleared after the jury deliberated for 11 hours [1.6].", S1, "R"),  # time from uncited 1.2
]
