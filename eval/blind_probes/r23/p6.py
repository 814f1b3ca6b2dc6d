# Domain: a hurricane landfall and power cuts
S1 = " ".join([
    "Hurricane Delphine made landfall near Port Arthur, Texas, at about 2am local time on Wednesday as a Category 3 storm with winds of 120mph.",
    "More than 640,000 homes and businesses across Texas and Louisiana were left without power, according to the tracking site OutageWatch.",
    "Entergy, the main utility in the region, said some customers might not have electricity restored for up to two weeks.",
    "The National Hurricane Center said the storm had weakened to a tropical storm by Wednesday afternoon as it moved inland.",
    "Forecasters warned that rainfall of up to 15 inches could cause flash flooding in parts of eastern Texas.",
    "Governor Ray Whitmore said three people had died, including a man who was struck by a falling tree in Beaumont.",
    "He urged residents not to use generators indoors, after several cases of carbon monoxide poisoning were reported.",
    "About 12,000 linemen from 20 states are being sent to help repair the network.",
])
S2 = " ".join([
    "By Thursday evening, power had been restored to roughly 210,000 customers, Entergy said.",
    "The company said the worst damage was to transmission towers east of Lake Charles, where two main lines had collapsed.",
    "Hospitals in Beaumont were running on backup generators, and one had transferred 30 patients to Houston.",
    "President Alvarez approved a major disaster declaration for 18 Texas counties on Thursday.",
    "Insurers estimate that privately insured losses could reach $9 billion, the risk modelling firm Corelogix said.",
    "Officials said schools in Jefferson County would remain closed until at least Monday.",
])
P = [S1, S2]
PROBES = [
("Delphine came ashore near Port Arthur, Texas, around 2am on Wednesday as a Category 3 hurricane with 120mph winds [1.1].", P, "S"),  # paraphrase
("Delphine came ashore near Port Arthur, Texas, as a Category 4 hurricane [1.1].", P, "R"),  # category changed
("Delphine came ashore near Lake Charles, Louisiana, on Wednesday [1.1].", P, "R"),  # place swapped
("Delphine made landfall near Port Arthur at about 2pm on Wednesday [1.1].", P, "R"),  # am -> pm
("OutageWatch said over 640,000 homes and businesses in Texas and Louisiana had lost power [1.2].", P, "S"),  # paraphrase
("OutageWatch said over 640,000 homes in Texas alone had lost power [1.2].", P, "R"),  # scope narrowed / changed
("Entergy said over 640,000 homes and businesses had lost power [1.2].", P, "R"),  # wrong source attribution
("Entergy warned that some customers could be without electricity for as long as a fortnight [1.3].", P, "S"),  # two weeks = fortnight, might -> could
("Entergy said all customers would be without electricity for two weeks [1.3].", P, "R"),  # some -> all, might -> would
("Entergy said power would be restored to all customers within two weeks [1.3].", P, "R"),  # turns worst case into guarantee
("By Wednesday afternoon Delphine had been downgraded to a tropical storm as it pushed inland, the National Hurricane Center said [1.4].", P, "S"),  # paraphrase
("By Wednesday afternoon Delphine had strengthened as it pushed inland [1.4].", P, "R"),  # antonym
("The National Hurricane Center said the storm had weakened to a tropical depression by Wednesday afternoon [1.4].", P, "R"),  # storm category changed
("Forecasters said up to 15 inches of rain could trigger flash floods in parts of east Texas [1.5].", P, "S"),  # paraphrase
("Forecasters said 15 inches of rain had caused flash floods across eastern Texas [1.5].", P, "R"),  # could -> had; parts -> across
("Forecasters warned that rainfall of up to 15 inches could cause flash flooding throughout Texas and Louisiana [1.5].", P, "R"),  # scope widened
("Three deaths were reported by Governor Ray Whitmore, among them a man killed by a falling tree in Beaumont [1.6].", P, "S"),  # passive, nominalised
("Governor Ray Whitmore said a man had been struck by a falling tree in Houston [1.6].", P, "R"),  # place swapped
("Governor Ray Whitmore said three people had died, all of them in Beaumont [1.6].", P, "R"),  # scope added
("Whitmore told people not to run generators inside their homes after a number of carbon monoxide poisonings [1.6, 1.7].", P, "S"),  # paraphrase
("Whitmore urged residents to use generators indoors to stay safe [1.7].", P, "R"),  # negation dropped
("Whitmore said several people had died from carbon monoxide poisoning [1.7].", P, "R"),  # poisoning -> deaths
("Some 12,000 line workers from 20 states are being deployed to help fix the grid [1.8].", P, "S"),  # paraphrase
("Some 12,000 line workers from 20 countries are being deployed to help fix the grid [1.8].", P, "R"),  # states -> countries
("Some 12,000 line workers from 20 states have finished repairing the network [1.8].", P, "R"),  # ongoing -> completed
("Entergy said about 210,000 customers had their power back by Thursday evening [2.1].", P, "S"),  # paraphrase
("Entergy said about 210,000 customers were still without power on Thursday evening [2.1].", P, "R"),  # restored -> still without
("Entergy said about 210,000 customers had their power back by Wednesday evening [2.1].", P, "R"),  # day changed
("Entergy said the heaviest damage was to transmission towers east of Lake Charles, where two main lines came down [2.2].", P, "S"),  # paraphrase
("Entergy said the heaviest damage was to transmission towers west of Lake Charles [2.2].", P, "R"),  # direction swapped
("Beaumont hospitals were relying on backup generators, and one had moved 30 patients to Houston [2.3].", P, "S"),  # paraphrase
("Beaumont hospitals were relying on backup generators, and two had moved 30 patients to Houston [2.3].", P, "R"),  # one -> two
("Beaumont hospitals were evacuated, with 30 patients moved to Houston [2.3].", P, "R"),  # overstated: one hospital moved 30 patients
("On Thursday President Alvarez signed off on a major disaster declaration covering 18 Texas counties [2.4].", P, "S"),  # paraphrase
("On Thursday President Alvarez approved a major disaster declaration covering 18 counties in Texas and Louisiana [2.4].", P, "R"),  # scope widened
("On Thursday President Alvarez was asked to approve a disaster declaration for 18 Texas counties [2.4].", P, "R"),  # approved -> asked
("Insurers estimate that privately insured losses could total as much as $9bn, according to Corelogix [2.5].", P, "S"),  # paraphrase; attribution kept (re-read fix: claim first said Corelogix estimated)
("Corelogix said privately insured losses would exceed $9bn [2.5].", P, "R"),  # could reach -> would exceed
("Corelogix said total economic losses could reach $9bn [2.5].", P, "R"),  # insured -> total economic
("Schools in Jefferson County will stay shut until Monday at the earliest, officials said [2.6].", P, "S"),  # at least -> at the earliest
("Schools in Jefferson County will reopen on Monday, officials said [2.6].", P, "R"),  # at least Monday -> will reopen Monday
("Schools across Texas will remain closed until at least Monday [2.6].", P, "R"),  # scope widened
("Power had come back for about 210,000 of the more than 640,000 customers who lost it [2.1, 1.2].", P, "S"),  # merge
("Delphine hit as a Category 3 storm but had become a tropical storm by the afternoon [1.1, 1.4].", P, "S"),  # merge
("Entergy said the collapse of two main lines near Lake Charles meant some customers could wait two weeks for power [2.2, 1.3].", P, "R"),  # invented causal link
("Three people died and hospitals in Beaumont were on backup power [1.6, 2.3].", P, "S"),  # merge
("Delphine killed three people and left 640,000 without power, the National Hurricane Center said [1.6, 1.2].", P, "R"),  # wrong attribution (Governor / OutageWatch)
("Whitmore warned against indoor generator use [1.8].", P, "R"),  # wrong sentence cited (1.7)
("The hurricane struck the Texas coast in the early hours of Wednesday [1.1].", P, "S"),  # 2am = early hours
("Linemen from 20 states are heading to the region to restore the network [1.8].", P, "S"),  # paraphrase
("Power cuts hit upwards of 640,000 customers in Texas and Louisiana, OutageWatch data showed [1.2].", P, "S"),  # paraphrase
("Restoring electricity to some Entergy customers may take up to two weeks, the utility said [1.3].", P, "S"),  # hedge kept
("Parts of eastern Texas face possible flash flooding from as much as 15 inches of rain, forecasters warned [1.5].", P, "S"),  # hedge kept
("After several carbon monoxide poisonings were reported, Whitmore warned residents against using generators indoors [1.6, 1.7].", P, "S"),  # reorder
("Thirty patients were transferred to Houston by one Beaumont hospital [2.3].", P, "S"),  # passive
("Eighteen Texas counties were covered by the major disaster declaration Alvarez approved on Thursday [2.4].", P, "S"),  # passive
("Two main transmission lines collapsed east of Lake Charles, according to Entergy [2.2].", P, "S"),  # compression
]
