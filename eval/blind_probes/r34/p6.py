# Domain: a local council planning committee's decision on a new waste incinerator
S1 = " ".join([
    "Councillors in Westmarsh have approved plans for a £310m waste incinerator on the edge of the town, despite more than 4,000 objections.",
    "The planning committee voted seven to five in favour of the scheme on Tuesday evening after a five-hour meeting.",
    "The plant, proposed by energy firm Corvane, would burn up to 350,000 tonnes of household and commercial waste a year.",
    "Corvane says the facility would generate enough electricity to power around 60,000 homes.",
    "The company expects to create 300 jobs during construction and 45 permanent jobs once the plant opens.",
    "Campaigners from the group Clean Air Westmarsh argued that emissions would harm residents, particularly children at two nearby primary schools.",
    "Council officers had recommended approval, saying air quality modelling showed emissions would stay within legal limits.",
    "The site, a former gasworks, lies about 800 metres from the nearest homes.",
    "Committee chair Linda Morrow said the council had \"no sound planning grounds\" to refuse the application.",
    "Green councillor Farid Haque, who voted against, called the decision \"a betrayal of the next generation\".",
    "Clean Air Westmarsh said it was considering a legal challenge and had already raised £18,000 towards costs.",
    "Corvane hopes to begin construction next spring, with the plant opening in 2028.",
    "Conditions attached to the approval limit lorry deliveries to the site to between 7am and 7pm on weekdays.",
])
PROBES = [
("Westmarsh councillors gave the go-ahead to a £310m waste incinerator even though more than 4,000 objections had been made [1.1].", S1, "S"),  # approved -> gave go-ahead; despite -> even though
("Plans for a 310 million pound incinerator have been approved in Westmarsh [1.1].", S1, "S"),  # number format, passive
("The planning committee backed the scheme by seven votes to five on Tuesday evening [1.2].", S1, "S"),  # voted in favour -> backed
("The vote came after a meeting lasting five hours [1.2].", S1, "S"),  # five-hour meeting
("The scheme was approved by a margin of two votes [1.2].", S1, "S"),  # 7 - 5 = 2
("The plant would burn as much as 350,000 tonnes of waste a year [1.3].", S1, "S"),  # up to -> as much as; generalised waste
("Energy firm Corvane is behind the proposal [1.3].", S1, "S"),  # proposed by -> behind
("Corvane claims the plant would produce enough electricity for about 60,000 homes [1.4].", S1, "S"),  # says -> claims; generate -> produce
("Corvane expects the scheme to create 300 construction jobs and 45 permanent posts [1.5].", S1, "S"),  # paraphrase
("Clean Air Westmarsh campaigners argued that emissions would harm local people, especially children at two nearby primary schools [1.6].", S1, "S"),  # residents -> local people
("Council officers had recommended that the plans be approved [1.7].", S1, "S"),  # nominalisation reversed
("According to council officers, air quality modelling showed emissions would remain within legal limits [1.7].", S1, "S"),  # stay -> remain
("The incinerator site is a former gasworks around 800 metres from the closest homes [1.8].", S1, "S"),  # nearest -> closest
("Linda Morrow, who chairs the committee, said the council had \"no sound planning grounds\" to refuse the application [1.9].", S1, "S"),  # chair -> who chairs
("Farid Haque, a Green councillor, voted against the scheme [1.10].", S1, "S"),  # extracted
("Mr Haque described the decision as \"a betrayal of the next generation\" [1.10].", S1, "S"),  # called -> described
("Clean Air Westmarsh said it was weighing up a legal challenge [1.11].", S1, "S"),  # considering -> weighing up
("The campaign group said it had raised £18,000 towards its costs [1.11].", S1, "S"),  # detail extracted
("Corvane hopes the plant will open in 2028, with construction starting next spring [1.12].", S1, "S"),  # reordered
("Lorry deliveries to the site will be restricted to between 7am and 7pm on weekdays under conditions attached to the approval [1.13].", S1, "S"),  # limit -> restricted
("Five members of the planning committee voted against the incinerator [1.2].", S1, "S"),  # seven to five
("The incinerator would process both household and commercial waste [1.3].", S1, "S"),  # burn -> process
("Corvane expects 255 more jobs during construction than once the plant opens [1.5].", S1, "S"),  # 300 - 45 = 255
("The campaign group argued that children at two primary schools near the site would be harmed by emissions [1.6].", S1, "S"),  # passive
("Officers had advised councillors to approve the plans [1.7].", S1, "S"),  # recommended approval
("The nearest homes are roughly 800 metres from the site [1.8].", S1, "S"),  # reordered
("The planning committee approved Corvane's incinerator by seven votes to five [1.2, 1.3].", S1, "S"),  # merge
("The incinerator is planned for the edge of Westmarsh [1.1].", S1, "S"),  # extracted
("Under the approval's conditions, lorries may deliver to the site only on weekdays. [1.13]", S1, "S"),  # end citation; generalisation
("Corvane aims to start building next spring [1.12].", S1, "S"),  # hopes -> aims
("Mr Haque was among the councillors who opposed the plans [1.2, 1.10].", S1, "S"),  # voted against
("The scheme was passed seven to five after officers had recommended approval [1.2, 1.7].", S1, "S"),  # merge without causal link
("Corvane's plant would burn up to 350,000 tonnes a year and could power around 60,000 homes, the firm says [1.3-4].", S1, "S"),  # range merge
# ---- R probes ----
("Councillors in Westmarsh have rejected plans for a £310m waste incinerator [1.1].", S1, "R"),  # approved -> rejected
("Councillors in Westmarsh have approved plans for a £130m waste incinerator [1.1].", S1, "R"),  # 310 -> 130
("Councillors approved the incinerator plans despite more than 40,000 objections [1.1].", S1, "R"),  # 4,000 -> 40,000
("The planning committee voted seven to five against the scheme [1.2].", S1, "R"),  # in favour -> against
("The planning committee voted eight to four in favour of the scheme [1.2].", S1, "R"),  # seven to five -> eight to four
("The planning committee voted in favour of the scheme on Thursday evening [1.2].", S1, "R"),  # Tuesday -> Thursday
("The plant would burn up to 350,000 tonnes of household and commercial waste a month [1.3].", S1, "R"),  # year -> month
("The plant, proposed by the council, would burn up to 350,000 tonnes of waste a year [1.3].", S1, "R"),  # proposer changed: Corvane
("Corvane says the facility would generate enough electricity to power around 16,000 homes [1.4].", S1, "R"),  # 60,000 -> 16,000
("Council officers said the facility would generate enough electricity to power around 60,000 homes [1.4].", S1, "R"),  # wrong speaker: Corvane
("The company expects to create 45 jobs during construction and 300 permanent jobs [1.5].", S1, "R"),  # figures swapped
("The company has guaranteed 45 permanent jobs once the plant opens [1.5].", S1, "R"),  # expects -> guaranteed
("Campaigners argued that emissions would harm children at two nearby secondary schools [1.6].", S1, "R"),  # primary -> secondary
("Campaigners argued that lorry traffic would harm residents, particularly children at two nearby primary schools [1.6].", S1, "R"),  # emissions -> lorry traffic
("Council officers had recommended refusal [1.7].", S1, "R"),  # approval -> refusal
("Council officers said air quality modelling showed emissions would exceed legal limits [1.7].", S1, "R"),  # stay within -> exceed
("Campaigners said air quality modelling showed emissions would stay within legal limits [1.7].", S1, "R"),  # wrong speaker: officers
("The site, a former power station, lies about 800 metres from the nearest homes [1.8].", S1, "R"),  # gasworks -> power station
("The site lies about 800 metres from the nearest primary school [1.8].", S1, "R"),  # homes -> primary school
("The site lies about 8 kilometres from the nearest homes [1.8].", S1, "R"),  # 800 metres -> 8 km
("Farid Haque said the council had \"no sound planning grounds\" to refuse the application [1.9].", S1, "R"),  # wrong speaker: Morrow
("Committee chair Linda Morrow called the decision \"a betrayal of the next generation\" [1.10].", S1, "R"),  # wrong speaker: Haque
("Green councillor Farid Haque, who voted in favour, called the decision a betrayal [1.10].", S1, "R"),  # voted against -> in favour
("Labour councillor Farid Haque called the decision \"a betrayal of the next generation\" [1.10].", S1, "R"),  # Green -> Labour
("Clean Air Westmarsh has launched a legal challenge [1.11].", S1, "R"),  # considering -> launched
("Clean Air Westmarsh said it had already raised £80,000 towards costs [1.11].", S1, "R"),  # 18,000 -> 80,000
("Corvane hopes to begin construction next autumn [1.12].", S1, "R"),  # spring -> autumn
("Corvane hopes the plant will open in 2026 [1.12].", S1, "R"),  # 2028 -> 2026
("Conditions limit lorry deliveries to the site to between 7am and 9pm on weekdays [1.13].", S1, "R"),  # 7pm -> 9pm
("Conditions limit lorry deliveries to the site to between 7am and 7pm every day [1.13].", S1, "R"),  # weekdays -> every day
("Councillors approved the incinerator because officers said emissions would stay within legal limits [1.1, 1.7].", S1, "R"),  # invented causal link
("The committee voted seven to five in favour after a five-hour meeting [1.1].", S1, "R"),  # wrong citation: fact in 1.2
("The plant would be the largest waste incinerator in the region [1.3].", S1, "R"),  # added superlative
("All of the committee's Green councillors voted against the scheme [1.10].", S1, "R"),  # one named councillor -> all Greens
]
