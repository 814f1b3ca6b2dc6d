# Domain: a murder trial verdict
S1 = " ".join([
    "A jury at Manchester Crown Court on Thursday found Daniel Hurst, 34, guilty of murdering his business partner Simon Ayre at a warehouse in Salford in March last year.",
    "The jury of seven women and five men reached its verdict after deliberating for 14 hours over three days.",
    "Hurst was cleared of a second charge of attempting to pervert the course of justice.",
    "Prosecutors said Hurst struck Mr Ayre with a metal bar after a dispute over £240,000 missing from the company's accounts.",
    "The defence had argued that Hurst acted in self-defence after Mr Ayre attacked him with a knife.",
    "Judge Catherine Bell adjourned sentencing until 12 June and told Hurst he faced a mandatory life sentence.",
    "Mr Ayre's widow, Claire, wept in the public gallery as the verdict was read out.",
])
S2 = " ".join([
    "Detective Inspector Rob Mallory of Greater Manchester Police said the verdict brought some measure of justice to Simon's family.",
    "He said Hurst had tried to make the death look like a robbery by removing cash and a laptop from the warehouse.",
    "Officers recovered the metal bar from a canal near Hurst's home two weeks after the killing.",
    "Forensic tests found traces of Mr Ayre's blood on the bar, although no fingerprints could be identified.",
    "The Crown Prosecution Service said the case had relied heavily on CCTV footage showing Hurst's car near the warehouse that night.",
    "Hurst had initially told police he was at home with his partner at the time of the attack.",
    "His partner, Lisa Morgan, later gave evidence for the prosecution and admitted she had lied to protect him.",
])
PROBES = [
("Daniel Hurst, 34, was convicted on Thursday of murdering his business partner, Simon Ayre [1.1].", S1, "S"),  # found guilty -> convicted
("The killing took place at a warehouse in Salford in March last year [1.1].", S1, "S"),  # compression
("The jury, made up of five men and seven women, deliberated for 14 hours across three days [1.2].", S1, "S"),  # reordering
("Hurst was acquitted of attempting to pervert the course of justice [1.3].", S1, "S"),  # cleared -> acquitted
("According to the prosecution, Hurst hit Mr Ayre with a metal bar following a row over £240,000 missing from the company's accounts [1.4].", S1, "S"),  # synonyms, attribution kept
("Hurst's defence claimed he had been attacked with a knife by Mr Ayre and was defending himself [1.5].", S1, "S"),  # voice change, attribution kept
("Sentencing has been put off until 12 June [1.6].", S1, "S"),  # adjourned -> put off
("Judge Catherine Bell told Hurst he faced a mandatory life term [1.6].", S1, "S"),  # sentence -> term
("Claire, the victim's widow, was in tears in the public gallery as the verdict was read [1.1][1.7].", S1, "S"),  # victim identity from 1.1
("Detective Inspector Rob Mallory said the verdict gave Simon's family some measure of justice [2.1].", S2, "S"),  # reworded
("Rob Mallory said Hurst tried to disguise the death as a robbery by taking cash and a laptop from the warehouse [2.1][2.2].", S2, "S"),  # 'he' resolved via 2.1
("The metal bar was found in a canal close to Hurst's home a fortnight after the killing [2.3].", S2, "S"),  # voice, two weeks -> fortnight
("Mr Ayre's blood was found on the bar, but no fingerprints could be identified [2.4].", S2, "S"),  # compression
("The Crown Prosecution Service said CCTV footage of Hurst's car near the warehouse that night was central to the case [2.5].", S2, "S"),  # relied heavily -> central
("Hurst at first told police he had been at home with his partner when the attack happened [2.6].", S2, "S"),  # initially -> at first
("Lisa Morgan, Hurst's partner, gave evidence for the prosecution and admitted lying to protect him [2.6][2.7].", S2, "S"),  # 'his' resolved via 2.6
("The jury took three days to reach its verdict [1.2].", S1, "S"),  # compression
("Hurst was found guilty on one charge and not guilty on another [1.1][1.3].", S1, "S"),  # merge/generalisation
("A Greater Manchester Police detective said Hurst took a laptop from the warehouse [2.1][2.2].", S2, "S"),  # generalised speaker
("Hurst's original alibi was that he had been at home with his partner [2.6].", S2, "S"),  # nominalisation
("The verdict was reached by a jury of twelve people [1.2].", S1, "S"),  # 7 + 5
("No fingerprints could be identified on the metal bar [2.4].", S2, "S"),  # compression
("Hurst's partner later testified for the Crown [2.6][2.7].", S2, "S"),  # prosecution -> Crown
("The prosecution's case was that a dispute over missing money preceded the attack [1.4].", S1, "S"),  # generalisation
("A mandatory life sentence awaits Hurst, the judge told him [1.6].", S1, "S"),  # reordering
("A jury at Manchester Crown Court found Daniel Hurst guilty of murdering his business partner on Wednesday [1.1].", S1, "R"),  # Thursday -> Wednesday
("Daniel Hurst, 43, was found guilty of murdering Simon Ayre [1.1].", S1, "R"),  # age transposed
("The murder took place at a warehouse in Stockport [1.1].", S1, "R"),  # place swapped
("The jury of seven men and five women reached its verdict [1.2].", S1, "R"),  # genders swapped
("The jury deliberated for 14 hours over four days [1.2].", S1, "R"),  # three -> four days
("The jury reached a unanimous verdict after 14 hours [1.2].", S1, "R"),  # 'unanimous' added
("Hurst was also convicted of attempting to pervert the course of justice [1.3].", S1, "R"),  # cleared -> convicted
("Prosecutors said Hurst stabbed Mr Ayre with a knife [1.4][1.5].", S1, "R"),  # weapon from defence's account, wrong act
("Prosecutors said Hurst struck Mr Ayre after a dispute over £420,000 [1.4].", S1, "R"),  # number changed
("Hurst had taken £240,000 from the company's accounts [1.4].", S1, "R"),  # invented: only 'missing', no one said he took it
("The jury accepted that Hurst acted in self-defence [1.5].", S1, "R"),  # defence argument presented as accepted
("The prosecution argued that Mr Ayre attacked Hurst with a knife [1.5].", S1, "R"),  # wrong side
("Judge Catherine Bell sentenced Hurst to life imprisonment [1.6].", S1, "R"),  # sentencing adjourned, not done
("Sentencing was adjourned until 21 June [1.6].", S1, "R"),  # date changed
("Mr Ayre's widow, Claire, shouted from the public gallery as the verdict was read out [1.7].", S1, "R"),  # wept -> shouted
("Detective Inspector Rob Mallory said the verdict brought full justice to Simon's family [2.1].", S2, "R"),  # 'some measure' strengthened
("Detective Chief Inspector Rob Mallory said the verdict brought some measure of justice to Simon's family [2.1].", S2, "R"),  # rank changed
("Rob Mallory said Hurst had removed cash and jewellery from the warehouse [2.1][2.2].", S2, "R"),  # laptop -> jewellery
("Officers recovered the metal bar from a canal near the warehouse [2.3].", S2, "R"),  # near Hurst's home -> near warehouse
("Officers recovered the metal bar two days after the killing [2.3].", S2, "R"),  # weeks -> days
("Forensic tests found Hurst's fingerprints on the bar [2.4].", S2, "R"),  # contradicts no fingerprints
("Forensic tests found traces of Hurst's blood on the bar [2.4].", S2, "R"),  # Ayre's -> Hurst's
("The Crown Prosecution Service said the case relied entirely on CCTV footage [2.5].", S2, "R"),  # heavily -> entirely
("CCTV footage showed Hurst attacking Mr Ayre in the warehouse [2.5].", S2, "R"),  # footage showed only his car nearby
("Hurst initially told police he was at the gym at the time of the attack [2.6].", S2, "R"),  # alibi changed
("Lisa Morgan gave evidence for the defence [2.7].", S2, "R"),  # prosecution -> defence
("Lisa Morgan admitted she had lied to protect Hurst and was charged with perverting the course of justice [2.6][2.7].", S2, "R"),  # added charge
]
