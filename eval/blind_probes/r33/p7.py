# Domain: a podcast transcript with speaker labels (HOST and guest OWEN TARRANT) about a city's housing crisis
S1 = " ".join([
    "HOST: Welcome back to The Ledger, and today I'm joined by Owen Tarrant, head of research at the housing charity Shelter Line.",
    "HOST: Owen, your new report says rents in Brackford have risen faster than anywhere else in the country over the past five years.",
    "TARRANT: That's right, average rents in the city are up 41% since 2019, while wages have grown by only 18%.",
    "TARRANT: A typical two-bedroom flat now costs £1,450 a month, which is more than half of the median take-home pay for a single earner.",
    "HOST: So who is being hit hardest?",
    "TARRANT: Young families and care workers, mostly, because they are the ones renting privately on modest incomes.",
    "HOST: The council says it plans to build 6,000 new homes by 2030, so isn't that going to help?",
    "TARRANT: It might, but only about 900 of those are planned as social rent homes, and the waiting list is over 11,000 households.",
    "TARRANT: I think the council means well, but at the current pace the waiting list will keep growing.",
    "HOST: Your report also looks at homelessness, doesn't it?",
    "TARRANT: Yes, the number of households in temporary accommodation in Brackford has doubled since 2019, to about 2,300.",
    "TARRANT: The council spent £38m on temporary accommodation last year, which is money that could have gone into building homes.",
    "HOST: What's the one change you would ask the government for?",
    "TARRANT: I would ask it to unfreeze housing benefit so that it reflects local rents again, because right now it falls well short of them.",
])
PROBES = [
# ---- S ----
("Owen Tarrant, who heads research at the housing charity Shelter Line, was the guest on The Ledger [1.1].", S1, "S"),  # restructure
("The host said Tarrant's new report found Brackford rents had risen faster than anywhere else in the country over five years [1.2].", S1, "S"),  # indirect speech
("Tarrant agreed that rents in Brackford had risen faster than anywhere else in the country over the past five years [1.2-3].", S1, "S"),  # "That's right"
("Tarrant said average rents in Brackford had increased by 41% since 2019 [1.2-3].", S1, "S"),  # the city = Brackford
("Tarrant said rents in the city had gone up by 41% since 2019 while wages had risen by just 18% [1.3].", S1, "S"),  # near-verbatim
("Tarrant's figures show rents rising 23 percentage points more than wages since 2019 [1.3].", S1, "S"),  # 41 - 18 = 23
("Tarrant said a typical two-bedroom flat now costs £1,450 a month [1.4].", S1, "S"),  # partial
("According to Tarrant, the monthly rent on a typical two-bedroom flat is more than half the median take-home pay of a single earner [1.4].", S1, "S"),  # restructure
("By Tarrant's account, median take-home pay for a single earner is less than twice the £1,450 monthly rent on a typical two-bedroom flat [1.4].", S1, "S"),  # more than half -> less than double
("The host asked who was being hit hardest [1.5].", S1, "S"),  # indirect question
("Tarrant said young families and care workers were mostly the ones hit hardest [1.6].", S1, "S"),  # restructure
("Tarrant said care workers were among the hardest hit [1.6].", S1, "S"),  # partial
("Tarrant said those hit hardest were renting privately on modest incomes [1.6].", S1, "S"),  # paraphrase
("The host said the council planned to build 6,000 new homes by 2030 [1.7].", S1, "S"),  # indirect speech
("Tarrant said the council's building plans might help [1.7-8].", S1, "S"),  # "It might"
("Tarrant said only around 900 of the planned homes are for social rent [1.8].", S1, "S"),  # about -> around
("More than 11,000 households are on the waiting list, according to Tarrant [1.8].", S1, "S"),  # reorder
("Tarrant said about 900 social rent homes were planned, against a waiting list of over 11,000 households [1.8].", S1, "S"),  # merge within sentence
("Tarrant said he thought the council meant well [1.9].", S1, "S"),  # indirect speech
("Tarrant warned that at the current pace the waiting list would keep growing [1.9].", S1, "S"),  # said -> warned
("The host raised the subject of homelessness, which Tarrant's report also covers [1.10-11].", S1, "S"),  # question + "Yes"
("Tarrant said the number of Brackford households in temporary accommodation has doubled since 2019 [1.11].", S1, "S"),  # partial
("About 2,300 households in Brackford are in temporary accommodation, Tarrant said [1.11].", S1, "S"),  # reorder
("Tarrant's figures imply that about 1,150 Brackford households were in temporary accommodation in 2019 [1.11].", S1, "S"),  # doubled to about 2,300 -> about 1,150
("The council spent £38m on temporary accommodation last year, Tarrant said [1.12].", S1, "S"),  # attribution moved
("Tarrant argued that the £38m spent on temporary accommodation could have been used to build homes [1.12].", S1, "S"),  # paraphrase
("The host asked Tarrant which single change he would ask the government for [1.13].", S1, "S"),  # indirect question
("Tarrant would ask the government to unfreeze housing benefit [1.13-14].", S1, "S"),  # "it" = the government
("Tarrant said housing benefit currently falls well short of local rents [1.14].", S1, "S"),  # right now -> currently
("Tarrant wants housing benefit to reflect local rents again [1.14].", S1, "S"),  # paraphrase
# ---- R ----
("The host said Tarrant's report found rents in Brackford had risen faster than anywhere else in the country over the past ten years [1.2].", S1, "R"),  # five -> ten years
("Tarrant said average rents in Brackford were up 14% since 2019 [1.2-3].", S1, "R"),  # 41 -> 14
("Tarrant said average rents in the city were up 41% since 2019, while wages had grown by 28% [1.3].", S1, "R"),  # 18 -> 28
("Tarrant said wages in the city were up 41% since 2019, while rents had grown by only 18% [1.3].", S1, "R"),  # figures swapped between rents and wages
("The host said average rents in the city were up 41% since 2019 [1.3].", S1, "R"),  # wrong speaker: Tarrant
("Tarrant said his report found rents in Brackford had risen more slowly than wages [1.3].", S1, "R"),  # direction reversed
("Tarrant said a typical three-bedroom flat now costs £1,450 a month [1.4].", S1, "R"),  # two -> three bedrooms
("Tarrant said a typical two-bedroom flat now costs £1,540 a month [1.4].", S1, "R"),  # 1,450 -> 1,540
("Tarrant said a typical two-bedroom flat now costs more than half of the median take-home pay for a couple [1.4].", S1, "R"),  # single earner -> couple
("Tarrant said a typical two-bedroom flat costs more than the median take-home pay for a single earner [1.4].", S1, "R"),  # more than half -> more than all
("Tarrant said students and care workers were being hit hardest [1.6].", S1, "R"),  # young families -> students
("Tarrant said young families and care workers were hit hardest because they owned homes with large mortgages [1.6].", S1, "R"),  # reason changed: renting privately
("Tarrant said all of those hit hardest were care workers [1.6].", S1, "R"),  # part given as whole
("The host said the council plans to build 9,000 new homes by 2030 [1.7].", S1, "R"),  # 6,000 -> 9,000
("The host said the council plans to build 6,000 new homes by 2035 [1.7].", S1, "R"),  # 2030 -> 2035
("Tarrant said the council plans to build 6,000 new homes by 2030 [1.7].", S1, "R"),  # wrong speaker: the host said it
("Tarrant said the council's 6,000 new homes would definitely help [1.7-8].", S1, "R"),  # "It might" -> definitely
("Tarrant said about 900 of the planned homes are for social rent, and the waiting list is over 1,100 households [1.8].", S1, "R"),  # 11,000 -> 1,100
("Tarrant said around 900 of the new homes had already been built for social rent [1.8].", S1, "R"),  # planned -> already built
("Tarrant said the council did not mean well [1.9].", S1, "R"),  # negation flipped
("Tarrant said that at the current pace the waiting list would start to shrink [1.9].", S1, "R"),  # growing -> shrinking
("Tarrant said the number of households in temporary accommodation in Brackford had tripled since 2019 [1.11].", S1, "R"),  # doubled -> tripled
("Tarrant said the number of households in temporary accommodation in Brackford had doubled since 2015 [1.11].", S1, "R"),  # 2019 -> 2015
("Tarrant said the number of households in temporary accommodation in Brackford had doubled to about 3,200 [1.11].", S1, "R"),  # 2,300 -> 3,200
("Tarrant said the number of households in temporary accommodation across the country had doubled since 2019 [1.11].", S1, "R"),  # Brackford -> whole country
("Tarrant said the council spent £38m on temporary accommodation last year [1.11].", S1, "R"),  # wrong citation (fact is in 1.12)
("Tarrant said the government spent £38m on temporary accommodation last year [1.12].", S1, "R"),  # council -> government
("Tarrant said the council spent £83m on temporary accommodation last year [1.12].", S1, "R"),  # 38 -> 83
("Tarrant said the council spent £38m on temporary accommodation over the past five years [1.12].", S1, "R"),  # last year -> five years
("The host asked Tarrant what single change he would ask the council for [1.13].", S1, "R"),  # government -> council
("Tarrant said he would ask the government to scrap housing benefit [1.13-14].", S1, "R"),  # unfreeze -> scrap
("Tarrant said he would ask the council to unfreeze housing benefit [1.13-14].", S1, "R"),  # "it" is the government, not the council
("Tarrant said housing benefit currently covers local rents in full [1.14].", S1, "R"),  # contradicts "falls well short"
("Tarrant said housing benefit should be frozen so that it reflects local rents [1.14].", S1, "R"),  # unfreeze -> frozen
]
