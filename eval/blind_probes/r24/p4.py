# Domain: a vaccine approval by a medicines regulator
S1 = " ".join([
    "The Medicines and Healthcare products Regulatory Agency (MHRA) on Friday approved Corvelle, a vaccine against respiratory syncytial virus (RSV), for adults aged 60 and over.",
    "The jab, made by the Danish firm Nordvax, was found to be 82% effective at preventing severe illness in a trial of 24,000 people across 11 countries.",
    "The most common side effects were a sore arm and mild fatigue, which usually cleared within two days.",
    "The regulator said it had not approved the vaccine for pregnant women, citing insufficient data.",
    "\"This is a significant step in protecting older people through the winter,\" said Dr Amira Lowe, the MHRA's chief safety officer.",
    "The NHS is expected to begin offering the vaccine in September, although a final decision on funding has not yet been made.",
    "Nordvax said it could supply up to five million doses to the UK in the first year.",
    "RSV causes an estimated 8,000 deaths among older adults in the UK each winter, according to the UK Health Security Agency.",
])
PROBES = [
("On Friday the MHRA authorised Corvelle, an RSV vaccine, for people aged 60 or older [1.1].", S1, "S"),  # paraphrase
("Corvelle, which protects against respiratory syncytial virus, was given the green light by the MHRA for over-60s on Friday [1.1].", S1, "S"),  # paraphrase
("The MHRA approved Corvelle for adults aged 65 and over [1.1].", S1, "R"),  # age
("The MHRA approved Corvelle for all adults on Friday [1.1].", S1, "R"),  # scope broadened
("The MHRA said it would consider approving Corvelle for adults over 60 [1.1].", S1, "R"),  # approved -> would consider
("Danish drugmaker Nordvax's jab proved 82% effective against severe illness in a 24,000-person trial spanning 11 countries [1.2].", S1, "S"),  # paraphrase
("A trial involving 24,000 participants in 11 nations showed the Nordvax jab was 82% effective against severe disease [1.2].", S1, "S"),  # paraphrase
("The jab, made by the Swedish firm Nordvax, was found to be 82% effective [1.2].", S1, "R"),  # nationality
("The jab was found to be 82% effective at preventing infection [1.2].", S1, "R"),  # severe illness -> infection
("The jab was found to be 82% effective in a trial of 24,000 people across 11 European countries [1.2].", S1, "R"),  # added "European"
("The jab was found to be 92% effective at preventing severe illness [1.2].", S1, "R"),  # 82 -> 92
("The jab was found to be more effective than existing RSV vaccines [1.2].", S1, "R"),  # invented comparison
("A sore arm and mild tiredness were the side effects reported most often, typically clearing up within two days [1.3].", S1, "S"),  # paraphrase
("The most common side effects, arm soreness and mild fatigue, generally resolved within 48 hours [1.3].", S1, "S"),  # two days = 48 hours
("The most common side effects were a sore arm and mild fatigue, which always cleared within two days [1.3].", S1, "R"),  # usually -> always
("The most common side effects were a sore arm and severe fatigue [1.3].", S1, "R"),  # mild -> severe
("Corvelle has not been approved for use in pregnancy because there is not enough data, the regulator said [1.4].", S1, "S"),  # paraphrase
("Citing a lack of sufficient evidence, the MHRA declined to approve the jab for pregnant women [1.4].", S1, "S"),  # paraphrase (regulator = MHRA via 1.4 'The regulator')
("The regulator said it had approved the vaccine for pregnant women [1.4].", S1, "R"),  # negation dropped
("The regulator said the vaccine was unsafe for pregnant women [1.4].", S1, "R"),  # insufficient data -> unsafe
("The regulator said it had not approved the vaccine for pregnant women and would review new data next year [1.4].", S1, "R"),  # added
("Dr Amira Lowe, chief safety officer at the MHRA, called the approval an important step in shielding older people over winter [1.5].", S1, "S"),  # paraphrase
("The MHRA's chief safety officer described the decision as a significant move to protect older people during the winter months [1.5].", S1, "S"),  # paraphrase
("\"This is a decisive step in protecting older people through the winter,\" said Dr Amira Lowe [1.5].", S1, "R"),  # altered quote
("\"This is a significant step in protecting older people through the winter,\" said a Nordvax spokesperson [1.5].", S1, "R"),  # wrong speaker
("Dr Amira Lowe, the MHRA's chief executive, welcomed the approval [1.5].", S1, "R"),  # wrong title
("Dr Amira Lowe said the vaccine would end winter deaths among older people [1.5].", S1, "R"),  # stronger claim
("The vaccine is likely to be offered on the NHS from September, though funding has yet to be finally decided [1.6].", S1, "S"),  # hedge kept
("Although no final funding decision has been taken, the NHS is expected to start using the vaccine in September [1.6].", S1, "S"),  # reorder
("The NHS will begin offering the vaccine in September [1.6].", S1, "R"),  # expected dropped
("The NHS is expected to begin offering the vaccine in September after funding was confirmed [1.6].", S1, "R"),  # funding not yet decided
("The NHS began offering the vaccine in September [1.6].", S1, "R"),  # tense
("Nordvax said it may be able to provide the UK with as many as five million doses in the first year [1.7].", S1, "S"),  # could -> may; up to = as many as
("Up to five million doses could be supplied to Britain in year one, according to Nordvax [1.7].", S1, "S"),  # paraphrase
("Nordvax said it would supply five million doses to the UK in the first year [1.7].", S1, "R"),  # could up to -> would
("Nordvax said it could supply at least five million doses to the UK in the first year [1.7].", S1, "R"),  # up to -> at least
("Nordvax said it could supply up to five million doses to the UK each year [1.7].", S1, "R"),  # first year -> each year
("The MHRA said Nordvax could supply up to five million doses in the first year [1.7].", S1, "R"),  # wrong speaker
("The UK Health Security Agency estimates that RSV kills around 8,000 older adults in the UK every winter [1.8].", S1, "S"),  # paraphrase
("Some 8,000 older people in the UK are thought to die from RSV each winter, UKHSA figures suggest [1.8].", S1, "S"),  # paraphrase
("RSV causes an estimated 8,000 deaths among older adults in the UK each year [1.8].", S1, "R"),  # winter -> year
("RSV causes an estimated 80,000 deaths among older adults in the UK each winter [1.8].", S1, "R"),  # number
("RSV causes an estimated 8,000 hospital admissions among older adults each winter [1.8].", S1, "R"),  # deaths -> admissions
("RSV causes an estimated 8,000 deaths among older adults each winter, according to the MHRA [1.8].", S1, "R"),  # wrong source
("Nordvax's RSV jab Corvelle, approved for over-60s by the MHRA, was 82% effective against severe illness in trials [1.1, 1.2].", S1, "S"),  # merge
("The MHRA approved the vaccine for people aged 60 and above but not for pregnant women, citing a lack of data [1.1, 1.4].", S1, "S"),  # merge
("The vaccine could reach the NHS in September, with Nordvax able to supply up to five million doses in the first year [1.6, 1.7].", S1, "S"),  # merge (expected -> could)
("With five million doses, Nordvax could vaccinate every over-60 in the UK [1.7].", S1, "R"),  # invented inference
("Dr Amira Lowe said the vaccine was 82% effective at preventing severe illness [1.2, 1.5].", S1, "R"),  # Lowe did not say the efficacy figure
("Corvelle was approved on Friday for over-60s, and the NHS is expected to roll it out from September [1.1, 1.6].", S1, "S"),  # merge

("Adults aged 60 and over can now receive Corvelle after its approval by the MHRA on Friday [1.1].", S1, "R"),  # "can now receive" - availability not stated (NHS rollout expected September)
("Corvelle is an RSV vaccine made by Nordvax, a company based in Denmark [1.1, 1.2].", S1, "S"),  # Danish firm = based in Denmark
("Trial data from 24,000 people showed the vaccine cut the risk of severe illness by 82% [1.2].", S1, "S"),  # 82% effective = cut risk by 82%
("Side effects were mostly mild, the most common being a sore arm and slight fatigue [1.3].", S1, "R"),  # "mostly mild" generalises beyond the two most common
("Fatigue reported after the jab was mild and usually passed within two days [1.3].", S1, "S"),  # paraphrase
("Pregnant women are excluded from the approval because of insufficient data, the regulator said [1.4].", S1, "S"),  # paraphrase
("Lowe, who is chief safety officer at the MHRA, said the approval marked a significant step for protecting older people in winter [1.5].", S1, "S"),  # paraphrase
("A final funding decision is still outstanding, but the NHS is expected to roll the vaccine out in September [1.6].", S1, "S"),  # paraphrase
("Funding for the NHS rollout has not yet been finally agreed [1.6].", S1, "S"),  # paraphrase
("The manufacturer said supplies of as many as five million doses to the UK were possible in the first year [1.7].", S1, "S"),  # paraphrase
("Each winter RSV is estimated to cause about 8,000 deaths among older UK adults, the UK Health Security Agency says [1.8].", S1, "S"),  # paraphrase
("The regulator approved Corvelle for over-60s on Friday; its most common side effects, a sore arm and mild fatigue, usually went within two days [1.1, 1.3].", S1, "S"),  # merge
("Nordvax's vaccine was tested on 24,000 people and its maker says it could supply up to five million UK doses in year one [1.2, 1.7].", S1, "S"),  # merge
]
