# Domain: a radio interview transcript (presenter and health minister) about a hospital building programme
S1 = " ".join([
    "PRESENTER: With me is the health minister, Karen Doyle, and Minister, your government promised 40 new hospitals in England by 2030, so how many have been finished?",
    "MINISTER: Six of the new hospitals are now open to patients, and another eleven are under construction.",
    "PRESENTER: That leaves 23 that have not even broken ground, doesn't it?",
    "MINISTER: Some of those are at the design stage, and I'm confident most of them will have started by the end of next year.",
    "PRESENTER: The National Audit Office said in May that the programme was running at least four years behind schedule.",
    "MINISTER: I don't accept that figure, because the audit office counted schemes that had been deliberately paused to remove unsafe concrete.",
    "PRESENTER: Seven hospitals were found to have been built with the crumbling concrete known as RAAC, weren't they?",
    "MINISTER: Yes, and those seven will now be rebuilt first, with £2.4bn set aside for them.",
    "PRESENTER: Staff at Hillcroft General Hospital told this programme that buckets are being used to catch rainwater on two wards.",
    "MINISTER: I visited Hillcroft last month and I completely understand the frustration of staff there.",
    "MINISTER: Hillcroft's replacement will be among the first schemes to begin, with work due to start in spring 2026.",
    "PRESENTER: Can you guarantee that all 40 hospitals will be finished by 2030?",
    "MINISTER: I can't give a guarantee on every single scheme, but we will deliver the vast majority within this decade.",
    "PRESENTER: Karen Doyle, thank you.",
])
PROBES = [
("The presenter said the government had promised 40 new hospitals in England by 2030 [1.1].", S1, "S"),  # reported speech
("Karen Doyle is the health minister [1.1].", S1, "S"),  # extraction
("The minister said six new hospitals were open to patients [1.2].", S1, "S"),  # reported speech
("Ms Doyle said a further eleven hospitals were being built [1.1, 1.2].", S1, "S"),  # under construction -> being built; name from 1.1
("According to the minister, 17 of the new hospitals are either open or under construction [1.2].", S1, "S"),  # arithmetic 6+11
("The presenter suggested that 23 hospitals had not yet broken ground [1.3].", S1, "S"),  # correct speaker
("The minister said she was confident most of the remaining schemes would have started by the end of next year [1.3, 1.4].", S1, "S"),  # hedge kept
("The minister said some of the schemes not yet started were at the design stage [1.3, 1.4].", S1, "S"),  # merge
("The presenter cited a National Audit Office finding from May that the programme was at least four years behind schedule [1.5].", S1, "S"),  # nominalisation
("The minister rejected the audit office's figure on delays [1.5, 1.6].", S1, "S"),  # don't accept -> rejected
("Ms Doyle argued that the audit office had counted schemes deliberately paused to remove unsafe concrete [1.1, 1.6].", S1, "S"),  # paraphrase
("The minister agreed that seven hospitals had been built with RAAC [1.7, 1.8].", S1, "S"),  # Yes confirms presenter's question
("The minister said the seven RAAC hospitals would be rebuilt first [1.7, 1.8].", S1, "S"),  # merge
("The minister said 2.4 billion pounds had been set aside [1.8].", S1, "S"),  # number format, dropped detail
("The presenter said staff at Hillcroft General Hospital had told the programme that buckets were catching rainwater on two wards [1.9].", S1, "S"),  # paraphrase
("The minister said she had visited Hillcroft last month [1.10].", S1, "S"),  # reported speech
("Ms Doyle said she completely understood the frustration of Hillcroft staff [1.1, 1.10].", S1, "S"),  # reported speech
("The minister said work on Hillcroft's replacement was due to start in spring 2026 [1.11].", S1, "S"),  # reported speech
("According to the minister, the Hillcroft replacement will be one of the first schemes to begin [1.11].", S1, "S"),  # among -> one of
("Asked whether all 40 hospitals would be finished by 2030, the minister said she could not guarantee every scheme [1.12, 1.13].", S1, "S"),  # merge Q and A
("The minister said the vast majority of the hospitals would be delivered within this decade [1.12, 1.13].", S1, "S"),  # reported speech
("The minister declined to guarantee that every hospital would be finished by 2030 [1.12, 1.13].", S1, "S"),  # can't give a guarantee -> declined
("The presenter asked whether all 40 hospitals would be finished by 2030 [1.12].", S1, "S"),  # indirect question
("The presenter thanked Karen Doyle. [1.14]", S1, "S"),  # end citation form
("The minister described the concrete being removed from the paused schemes as unsafe [1.6].", S1, "S"),  # paraphrase
("The minister gave paused concrete-removal schemes as her reason for disputing the audit office's figure [1.6].", S1, "S"),  # because -> reason
("The interview concerned the government's pledge of 40 new hospitals [1.1].", S1, "S"),  # promised -> pledge
("The presenter raised reports that rainwater was being caught in buckets on two wards at Hillcroft General Hospital [1.9].", S1, "S"),  # passive
("The minister said Hillcroft's replacement was due to begin construction in 2026 [1.11].", S1, "S"),  # dropped season
("The presenter put it to the minister that RAAC had been found in seven hospitals [1.7].", S1, "S"),  # paraphrase of question
("According to the minister, six new hospitals are open and eleven are under construction [1.2].", S1, "S"),  # near-verbatim
("The minister said £2.4bn had been set aside for the seven hospitals built with RAAC [1.7, 1.8].", S1, "S"),  # merge
("The presenter said the government had promised 40 new hospitals in England by 2035 [1.1].", S1, "R"),  # 2030 not 2035
("The presenter said the government had promised 48 new hospitals in England [1.1].", S1, "R"),  # 40 not 48
("The presenter said the government had promised 40 new hospitals across the UK by 2030 [1.1].", S1, "R"),  # England, not UK
("The minister said eight of the new hospitals were open to patients [1.2].", S1, "R"),  # six not eight
("The minister said six new hospitals were open and another eleven had been completed [1.2].", S1, "R"),  # under construction, not completed
("The minister said 23 hospitals had not yet broken ground [1.3].", S1, "R"),  # wrong speaker: the presenter said it
("The minister said she was confident all of the remaining schemes would have started by the end of next year [1.3, 1.4].", S1, "R"),  # most -> all
("The minister said she was confident most of the remaining schemes would have started by the end of this year [1.3, 1.4].", S1, "R"),  # next year not this year
("The minister guaranteed that most of the remaining schemes would start by the end of next year [1.3, 1.4].", S1, "R"),  # confident, not guaranteed
("The presenter said the National Audit Office had found in March that the programme was at least four years behind schedule [1.5].", S1, "R"),  # May not March
("The presenter said the National Audit Office had found the programme was at least two years behind schedule [1.5].", S1, "R"),  # four not two
("The minister said the National Audit Office had found the programme was at least four years behind schedule [1.5].", S1, "R"),  # wrong speaker: presenter
("The minister accepted the audit office's figure [1.6].", S1, "R"),  # negation flipped: she doesn't accept it
("The minister said the audit office had counted schemes that had been deliberately paused to remove asbestos [1.6].", S1, "R"),  # unsafe concrete, not asbestos
("The minister said the audit office had counted schemes that had been paused because of funding shortages [1.6].", S1, "R"),  # invented reason
("The minister said eight hospitals had been built with RAAC [1.7, 1.8].", S1, "R"),  # seven not eight
("The minister said the seven RAAC hospitals would be rebuilt last [1.7, 1.8].", S1, "R"),  # first not last
("The minister said £4.2bn had been set aside for the seven hospitals [1.8].", S1, "R"),  # 2.4bn not 4.2bn
("The minister said £2.4bn had been set aside for the whole 40-hospital programme [1.1, 1.8].", S1, "R"),  # part given as whole: only the seven
("The minister said staff at Hillcroft General Hospital were using buckets to catch rainwater [1.9].", S1, "R"),  # wrong speaker: presenter
("The presenter said buckets were being used to catch rainwater on three wards at Hillcroft [1.9].", S1, "R"),  # two not three
("The presenter said patients at Hillcroft General Hospital had told the programme buckets were being used to catch rainwater [1.9].", S1, "R"),  # staff not patients
("The minister said she had visited Hillcroft last week [1.10].", S1, "R"),  # last month not last week
("The minister said she had not yet visited Hillcroft [1.10].", S1, "R"),  # negation flipped
("The minister said she understood the frustration of patients at Hillcroft [1.10].", S1, "R"),  # staff not patients
("The minister said work on Hillcroft's replacement was due to start in autumn 2026 [1.11].", S1, "R"),  # spring not autumn
("The minister said Hillcroft's replacement would be the first scheme to begin [1.11].", S1, "R"),  # among the first -> the first
("The minister said Hillcroft's replacement would be finished in spring 2026 [1.11].", S1, "R"),  # start, not finish
("The minister guaranteed that all 40 hospitals would be finished by 2030 [1.12, 1.13].", S1, "R"),  # she refused to guarantee
("The minister said every scheme would be delivered within this decade [1.13].", S1, "R"),  # vast majority -> every
("The minister said she could not guarantee any of the schemes [1.13].", S1, "R"),  # not every single scheme is not none
("The minister said Hillcroft's replacement would be among the first schemes to begin [1.10].", S1, "R"),  # wrong citation: this is 1.11
("The minister said Hillcroft was one of the seven hospitals built with RAAC [1.7, 1.11].", S1, "R"),  # invented link
("The presenter said eleven of the new hospitals were open to patients [1.2].", S1, "R"),  # wrong speaker and wrong number (six open)
]
