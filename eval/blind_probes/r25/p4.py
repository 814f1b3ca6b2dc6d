# Domain: a criminal appeal ruling
S1 = " ".join([
    "The Court of Appeal on Tuesday quashed the manslaughter conviction of Gareth Wynn, a former warehouse manager jailed in 2023 over the death of a forklift driver.",
    "Three judges ruled unanimously that the trial judge had misdirected the jury on the legal test for gross negligence.",
    "Lady Justice Carver, giving the lead judgment, said the directions were \"materially flawed\" and that the conviction could not be regarded as safe.",
    "Wynn, 52, had been sentenced to six years in prison after a jury at Hallam Crown Court found him guilty by a majority of 10 to 2.",
    "The driver, 24-year-old Luca Benedetti, was crushed when a loading rack collapsed at a distribution centre in Hallam in March 2021.",
    "The court ordered a retrial, which is expected to take place next year.",
    "Wynn was granted bail pending the retrial on condition that he lives at his sister's address.",
    "The Crown Prosecution Service said it would review the judgment carefully but intended to pursue the case.",
    "Benedetti's mother, Rosa, said outside court that the family was \"devastated\" and felt they were \"starting from zero\".",
    "Wynn's barrister, Imogen Hale KC, had argued that the jury was wrongly told it could convict without finding that the risk of death was obvious.",
    "A separate appeal by Wynn's employer, Corran Logistics, against a £1.2 million fine for health and safety breaches was dismissed.",
])
PROBES = [
("On Tuesday the Court of Appeal overturned Gareth Wynn's manslaughter conviction [1.1].", S1, "S"),  # quashed = overturned
("Wynn, a former warehouse manager, had been jailed in 2023 over a forklift driver's death [1.1].", S1, "S"),  # reworded
("The Court of Appeal upheld Gareth Wynn's manslaughter conviction [1.1].", S1, "R"),  # antonym
("The Court of Appeal quashed Wynn's murder conviction [1.1].", S1, "R"),  # wrong offence
("The Court of Appeal quashed Wynn's conviction on Thursday [1.1].", S1, "R"),  # wrong weekday
("Wynn was jailed in 2021 [1.1].", S1, "R"),  # wrong year (2021 was the death)
("All three appeal judges agreed that the jury had been misdirected on gross negligence [1.2].", S1, "S"),  # unanimous
("The panel found the trial judge had given the jury the wrong legal test for gross negligence [1.2].", S1, "S"),  # paraphrase
("Two of the three judges ruled that the jury had been misdirected [1.2].", S1, "R"),  # unanimous, not 2-1
("The judges ruled that the prosecution had misdirected the jury [1.2].", S1, "R"),  # wrong actor
("The judges ruled that the jury had been misdirected on the test for diminished responsibility [1.2].", S1, "R"),  # wrong legal test
("Lady Justice Carver said the jury directions had been materially flawed [1.3].", S1, "S"),  # reported speech
("In the lead judgment, Carver concluded that the conviction was unsafe [1.3].", S1, "S"),  # could not be regarded safe
("Lady Justice Carver said the directions were flawed but the conviction was safe [1.3].", S1, "R"),  # contradiction
("Lady Justice Carver said the jury had acted in bad faith [1.3].", S1, "R"),  # unsupported
("Imogen Hale KC said the directions were materially flawed [1.3].", S1, "R"),  # wrong speaker
("A Hallam Crown Court jury convicted the 52-year-old by a 10-2 majority, and he received a six-year prison term [1.4].", S1, "S"),  # reorder
("Wynn had been sentenced to six years after a majority verdict [1.4].", S1, "S"),  # generalisation
("Wynn had been found guilty by a unanimous jury [1.4].", S1, "R"),  # majority, not unanimous
("Wynn had been sentenced to eight years in prison [1.4].", S1, "R"),  # wrong figure
("Wynn, 25, had been sentenced to six years [1.4].", S1, "R"),  # wrong age
("Wynn had been found guilty by a majority of 11 to 1 [1.4].", S1, "R"),  # wrong figure
("Luca Benedetti, 24, died when a loading rack fell on him at a Hallam distribution centre in March 2021 [1.5].", S1, "S"),  # paraphrase
("The forklift driver was killed in a rack collapse in 2021 [1.5].", S1, "R"),  # (relabelled: 1.5 says only 'crushed'; the death is in uncited 1.1)
("The forklift driver, Luca Benedetti, was crushed in a rack collapse in 2021 [1.5].", S1, "S"),  # reworded, no added fact
("Benedetti was crushed when a forklift overturned [1.5].", S1, "R"),  # wrong mechanism
("Benedetti died in March 2022 [1.5].", S1, "R"),  # wrong year
("Benedetti was 42 [1.5].", S1, "R"),  # transposed digits
("Judges ordered that Wynn be tried again, with the new trial expected next year [1.6].", S1, "S"),  # retrial paraphrase
("The retrial will take place next year [1.6].", S1, "R"),  # expected -> will
("The court ruled that Wynn should not face a retrial [1.6].", S1, "R"),  # negation
("Wynn was released on bail until the retrial, on condition that he resides at his sister's home [1.7].", S1, "S"),  # synonyms
("Wynn was remanded in custody pending the retrial [1.7].", S1, "R"),  # antonym
("Wynn was granted bail on condition that he lives at his brother's address [1.7].", S1, "R"),  # sibling word
("Wynn was granted bail on condition that he wears an electronic tag [1.7].", S1, "R"),  # added condition
("The CPS said it would study the ruling closely and planned to continue with the prosecution [1.8].", S1, "S"),  # synonyms
("Prosecutors indicated they intend to press ahead with the case [1.8].", S1, "S"),  # generalised
("The Crown Prosecution Service said it would drop the case [1.8].", S1, "R"),  # antonym
("The Crown Prosecution Service said it would appeal to the Supreme Court [1.8].", S1, "R"),  # unsupported
("Rosa Benedetti told reporters outside court that her family was devastated [1.9].", S1, "S"),  # reported speech
("Speaking outside court, the victim's mother said the family felt they were back at square one [1.9].", S1, "S"),  # idiom paraphrase
("Rosa Benedetti said the family welcomed the retrial [1.9].", S1, "R"),  # unsupported / contrary
("Benedetti's father said the family was devastated [1.9].", S1, "R"),  # wrong speaker
("Hale had argued that the jury was wrongly told it could convict without finding the risk of death obvious [1.10].", S1, "S"),  # near paraphrase
("Wynn's barrister contended that the jury should have been required to find an obvious risk of death before convicting [1.10].", S1, "S"),  # restated argument
("Hale had argued that the jury was told it could acquit even if the risk of death was obvious [1.10].", S1, "R"),  # inverted argument
("Wynn's solicitor, Imogen Hale, had argued the jury was misdirected [1.10].", S1, "R"),  # barrister KC, not solicitor
("Corran Logistics lost its appeal against a £1.2 million fine for health and safety breaches [1.11].", S1, "S"),  # dismissed = lost
("The employer's challenge to its £1.2 million penalty was rejected [1.11].", S1, "S"),  # synonyms
("Corran Logistics won its appeal against the £1.2 million fine [1.11].", S1, "R"),  # antonym
("Corran Logistics' fine was reduced to £1.2 million on appeal [1.11].", S1, "R"),  # unsupported
("Corran Logistics appealed against a £12 million fine [1.11].", S1, "R"),  # number error
("The appeal court that quashed Wynn's conviction ruled unanimously that the jury had been misdirected on gross negligence [1.1, 1.2].", S1, "S"),  # merge, no new causal claim
("The conviction was overturned and a retrial ordered, with Wynn bailed in the meantime [1.1, 1.6, 1.7].", S1, "S"),  # merge three
("Wynn, who had served six years, was freed on bail [1.4, 1.7].", S1, "R"),  # sentenced, not served
("The employer's appeal was dismissed, but Wynn's conviction was quashed [1.1, 1.11].", S1, "S"),  # merge
("Wynn's conviction was quashed and Corran Logistics' fine was also overturned [1.1, 1.11].", S1, "R"),  # contradicts 1.11
("The court ordered a retrial [1.7].", S1, "R"),  # wrong sentence cited
("The jury convicted Wynn by a 10-2 majority, and the appeal judges were also split [1.2, 1.4].", S1, "R"),  # judges unanimous
("Lady Justice Carver, one of three judges, found the conviction unsafe [1.2, 1.3].", S1, "S"),  # merge
("A Hallam jury's verdict against the former warehouse manager has been set aside [1.1, 1.4].", S1, "S"),  # quashed = set aside; Hallam Crown Court jury
("The appeal court has ordered a fresh trial [1.6].", S1, "S"),  # retrial = fresh trial
("Wynn's lawyer had claimed the jury received a wrong direction about whether the risk of death needed to be obvious [1.10].", S1, "S"),  # generalised argument
("The appeal judges rejected the employer's bid to overturn its fine [1.11].", S1, "S"),  # dismissed appeal
("The trial judge's directions to the jury were criticised by the appeal court as materially flawed [1.2, 1.3].", S1, "S"),  # voice change
]
