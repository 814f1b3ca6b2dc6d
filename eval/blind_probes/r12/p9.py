S1 = ("HOST: Welcome back to Morning Science, I'm Claire Dunn, and with me is marine biologist Dr. Priya Nair. "
"DR. NAIR: Thanks, Claire. "
"DR. NAIR: Our survey found that coral cover on the northern reef dropped by about a third between 2020 and 2025. "
"HOST: Is the reef beyond saving? "
"DR. NAIR: No, and some southern sections have actually recovered since the last heatwave. "
"DR. NAIR: But if ocean temperatures keep rising, we could lose most of the northern reef by 2040. "
"HOST: What should the government do? "
"DR. NAIR: It should double funding for water-quality programmes, in my view.")
S2 = ("PRESENTER: This is City Talk, and I'm joined by transport commissioner Ahmed Rana and cycling campaigner Lucy Shaw. "
"RANA: We will open twelve kilometres of protected bike lanes by the end of next year. "
"SHAW: Twelve kilometres is welcome, but the city promised thirty kilometres in 2022. "
"RANA: The budget was cut by 20 percent, so we had to prioritise. "
"SHAW: Cyclist injuries rose last year, and people are frightened to ride. "
"PRESENTER: Commissioner, will the bus lane on Hill Road go ahead? "
"RANA: It probably will, but not before 2027.")
PROBES = [
("Claire Dunn hosts Morning Science. [1.1]", S1, "S"),
("Dr. Priya Nair is a marine biologist. [1.1]", S1, "S"),
("Dr. Priya Nair is a marine chemist. [1.1]", S1, "R"),  # role
("Claire Dunn is a marine biologist. [1.1]", S1, "R"),  # role moved to host
("Dr. Nair said coral cover on the northern reef fell by roughly a third between 2020 and 2025. [1.3]", S1, "S"),
("Dr. Nair said coral cover on the northern reef fell by about half between 2020 and 2025. [1.3]", S1, "R"),  # third->half
("Claire Dunn said coral cover on the northern reef dropped by about a third. [1.1][1.3]", S1, "R"),  # speaker swap
("Dr. Nair said coral cover on the northern reef dropped by exactly a third between 2020 and 2025. [1.3]", S1, "R"),  # approx->exact
("According to Nair's survey, northern reef coral cover declined by about a third from 2020 to 2025. [1.3]", S1, "S"),
("Nair said the reef is not beyond saving. [1.4][1.5]", S1, "S"),
("Nair said the reef is beyond saving. [1.4][1.5]", S1, "R"),  # answer negated
("Dr. Nair said some southern sections have recovered since the last heatwave. [1.5]", S1, "S"),
("Dr. Nair said all southern sections have recovered since the last heatwave. [1.5]", S1, "R"),  # quantifier
("Dr. Nair said some northern sections have recovered since the last heatwave. [1.5]", S1, "R"),  # south->north
("Nair warned that if ocean temperatures keep climbing, most of the northern reef could be lost by 2040. [1.6]", S1, "S"),
("Nair said most of the northern reef will be lost by 2040. [1.6]", S1, "R"),  # condition and hedge dropped
("Nair warned that if ocean temperatures keep rising, all of the northern reef could be lost by 2040. [1.6]", S1, "R"),  # most->all
("Nair said the government should double funding for water-quality programmes. [1.8]", S1, "S"),
("Nair said the government should triple funding for water-quality programmes. [1.8]", S1, "R"),  # double->triple
("Dunn said the government should double funding for water-quality programmes. [1.7][1.8]", S1, "R"),  # speaker swap
("The government has doubled funding for water-quality programmes. [1.8]", S1, "R"),  # opinion -> fact
("Ahmed Rana is the city's transport commissioner. [2.1]", S2, "S"),
("Lucy Shaw is the transport commissioner. [2.1]", S2, "R"),  # role swap
("Rana said the city will open 12 kilometres of protected bike lanes by the end of next year. [2.2]", S2, "S"),
("Rana said the city has opened twelve kilometres of protected bike lanes. [2.2]", S2, "R"),  # future->past
("Shaw said the city will open twelve kilometres of protected bike lanes by the end of next year. [2.2][2.3]", S2, "R"),  # speaker swap
("Rana said the city will open twenty kilometres of protected bike lanes by the end of next year. [2.2]", S2, "R"),  # number
("Shaw said the city had promised thirty kilometres of lanes in 2022. [2.3]", S2, "S"),
("Rana said the city promised thirty kilometres in 2022. [2.2][2.3]", S2, "R"),  # speaker swap
("Shaw welcomed the twelve kilometres but noted the city had pledged thirty in 2022. [2.3]", S2, "S"),
("Rana said the budget had been cut by a fifth, forcing the city to prioritise. [2.4]", S2, "S"),
("Rana said the budget was cut by 25 percent. [2.4]", S2, "R"),  # number
("Rana said the budget was increased by 20 percent. [2.4]", S2, "R"),  # antonym
("Shaw said cyclist injuries rose last year and that people are afraid to ride. [2.5]", S2, "S"),
("Shaw said cyclist injuries fell last year. [2.5]", S2, "R"),  # antonym
("Rana said cyclist injuries rose last year. [2.4][2.5]", S2, "R"),  # speaker swap
("Rana said the Hill Road bus lane will probably go ahead, but not before 2027. [2.6][2.7]", S2, "S"),
("Rana said the Hill Road bus lane will go ahead in 2027. [2.6][2.7]", S2, "R"),  # hedge dropped, not before -> in
("Rana said the Hill Road bus lane probably will not go ahead. [2.6][2.7]", S2, "R"),  # negated
("The presenter asked whether the Hill Road bus lane would go ahead. [2.6]", S2, "S"),
("Rana said the Hill Road bus lane is likely to proceed, though not until 2027 at the earliest. [2.6][2.7]", S2, "S"),
]
PROBES += [
("Nair said parts of the southern reef have recovered since the last heatwave. [1.5]", S1, "S"),
("Transport commissioner Ahmed Rana said twelve kilometres of protected bike lanes will open by the end of next year. [2.1][2.2]", S2, "S"),
("Cycling campaigner Lucy Shaw said people are frightened to ride. [2.1][2.5]", S2, "S"),
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
