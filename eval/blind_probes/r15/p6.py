# Domain: telecoms and internet outages
S1 = " ".join([
    "Millions of customers of mobile operator Veltra lost service for up to nine hours on Wednesday after a software update failed.",
    "The company said a faulty update to its core network caused phones to disconnect and then repeatedly fail to reconnect.",
    "Calls to emergency numbers were also affected in some areas, prompting an investigation by the regulator Ofcom.",
    "Veltra said service had been fully restored by 7pm and that there was no evidence of a cyber attack.",
    "Chief executive Marcus Webb apologised and said affected customers would receive a credit equal to two days of their monthly bill.",
    "Card payment terminals that rely on the network also stopped working, leaving some shops able to take only cash.",
    "It was the company's second major outage in 18 months.",
])
S2 = " ".join([
    "The government has pushed back its target for full-fibre broadband coverage from 2025 to 2030.",
    "Around 62 percent of homes can currently get full-fibre connections, according to regulator figures.",
    "Ministers said rural areas had proved more expensive to connect than expected.",
    "A £5 billion subsidy scheme will focus on the hardest-to-reach 10 percent of premises.",
    "Industry body Connect UK said the new target was realistic but warned that a shortage of engineers could slow progress.",
    "Opposition spokesperson Nadia Farouk called the delay \"a broken promise to the countryside\".",
    "Average broadband download speeds rose by 18 percent last year.",
])
PROBES = [
("A failed software update left millions of Veltra mobile customers without service for as long as nine hours on Wednesday [1.1].", S1, "S"),  # restructure, up to->as long as
("Veltra said a faulty update to its core network made phones disconnect and then repeatedly fail to reconnect [1.2].", S1, "S"),  # caused->made, company->Veltra
("In some areas calls to emergency numbers were hit too, leading Ofcom to open an investigation [1.3].", S1, "S"),  # reorder, affected->hit, prompting->leading
("Service was fully back by 7pm, Veltra said, adding that there was no sign of a cyber attack [1.4].", S1, "S"),  # restored->back, evidence->sign
("Marcus Webb, the chief executive, apologised and said customers affected would get a credit worth two days of their monthly bill [1.5].", S1, "S"),  # synonyms receive->get, equal to->worth
("Some shops could only accept cash because card payment terminals relying on the network stopped working [1.6].", S1, "S"),  # reorder cause/effect
("The outage was Veltra's second major one in 18 months [1.7].", S1, "S"),  # near-copy
("Veltra said a faulty software update to its core network caused the disruption, which lasted up to nine hours [1.1][1.2].", S1, "S"),  # merge
("The regulator Ofcom is investigating after emergency calls were affected in some areas [1.3].", S1, "S"),  # restructure
("Veltra said there was no evidence of a cyber attack [1.4].", S1, "S"),  # compression
("Veltra customers lost service on Wednesday in the company's second major outage in 18 months [1.1][1.7].", S1, "S"),  # merge
("Millions of Veltra customers lost service for up to six hours on Wednesday [1.1].", S1, "R"),  # nine->six hours
("Millions of customers of mobile operator Veltra lost service for up to nine hours on Tuesday after a software update failed [1.1].", S1, "R"),  # Wednesday->Tuesday
("The company said a cyber attack on its core network caused phones to disconnect [1.2].", S1, "R"),  # invented cause; contradicts 1.4
("Calls to emergency numbers were affected across the country [1.3].", S1, "R"),  # some areas -> across the country
("Ofcom has fined Veltra over the disruption to emergency calls [1.3].", S1, "R"),  # investigation -> fine
("Veltra said service had been fully restored by 5pm [1.4].", S1, "R"),  # 7pm->5pm
("Marcus Webb said affected customers would receive a credit equal to two weeks of their monthly bill [1.5].", S1, "R"),  # days->weeks
("Chief executive Marcus Webb apologised but said customers would not receive any compensation [1.5].", S1, "R"),  # contradicts credit
("Card payment terminals that rely on the network also stopped working, leaving all shops able to take only cash [1.6].", S1, "R"),  # some->all
("It was the company's third major outage in 18 months [1.7].", S1, "R"),  # second->third
("Ofcom said there was no evidence of a cyber attack [1.3][1.4].", S1, "R"),  # wrong speaker: Veltra said it
("Millions of Veltra customers lost service for up to nine hours on Wednesday, and service was fully restored by 7pm [1.1].", S1, "R"),  # restoration time only in uncited 1.4
("The government has delayed its full-fibre broadband coverage target from 2025 to 2030 [2.1].", S2, "S"),  # pushed back->delayed
("Regulator figures show about 62 percent of homes can now get full-fibre connections [2.2].", S2, "S"),  # reorder attribution
("Connecting rural areas has turned out to cost more than expected, ministers said [2.3].", S2, "S"),  # restructure
("The hardest-to-reach 10 percent of premises will be the focus of a £5bn subsidy scheme [2.4].", S2, "S"),  # voice change, number reformat
("Connect UK, an industry body, called the new target realistic but cautioned that a lack of engineers could slow progress [2.5].", S2, "S"),  # synonyms, hedge kept
("Nadia Farouk, speaking for the opposition, called the delay \"a broken promise to the countryside\" [2.6].", S2, "S"),  # role rephrased
("Last year average broadband download speeds increased by 18 percent [2.7].", S2, "S"),  # reorder, rose->increased
("The government has pushed back its full-fibre target to 2030, and ministers said rural areas had proved costlier to connect than expected [2.1][2.3].", S2, "S"),  # merge without added causation
("Opposition spokesperson Nadia Farouk called the delay a broken promise to the countryside [2.6].", S2, "S"),  # near-copy without quote marks
("Connect UK warned that a shortage of engineers could slow progress [2.5].", S2, "S"),  # compression
("The government has pushed back its target for full-fibre broadband coverage from 2025 to 2032 [2.1].", S2, "R"),  # 2030->2032
("Around 26 percent of homes can currently get full-fibre connections [2.2].", S2, "R"),  # 62->26
("Ministers said urban areas had proved more expensive to connect than expected [2.3].", S2, "R"),  # rural->urban
("A £5 billion subsidy scheme will focus on the hardest-to-reach 20 percent of premises [2.4].", S2, "R"),  # 10->20 percent
("A £5 million subsidy scheme will focus on the hardest-to-reach 10 percent of premises [2.4].", S2, "R"),  # billion->million
("Connect UK said the new target was unrealistic [2.5].", S2, "R"),  # realistic->unrealistic
("Connect UK warned that a shortage of engineers would slow progress [2.5].", S2, "R"),  # hedge dropped could->would
("Connect UK called the delay a broken promise to the countryside [2.6].", S2, "R"),  # wrong speaker: Nadia Farouk
("Average broadband download speeds rose by 18 percent last year, driven by full-fibre upgrades [2.7].", S2, "R"),  # invented cause
("Average broadband upload speeds rose by 18 percent last year [2.7].", S2, "R"),  # download->upload
("The government has pushed back its full-fibre target to 2030 because of a shortage of engineers [2.1][2.5].", S2, "R"),  # invented cause: engineer shortage is Connect UK's warning about future progress
("Around 62 percent of homes can currently get full-fibre connections, and a £5 billion scheme will cover the remainder [2.2].", S2, "R"),  # scheme only in uncited 2.4, and it targets the hardest 10 percent, not the rest
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
