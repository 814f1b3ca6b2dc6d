# Domain: a television news interview transcript (speaker labels) with a flood agency official about failed flood defences
S1 = " ".join([
    "INTERVIEWER: Joining me now is Marion Tate, the Environment Agency's director of flood resilience for Yorkshire.",
    "INTERVIEWER: More than 600 homes in Kelbridge flooded last week, and residents say the new defences failed them.",
    "MARION TATE: The defences did not fail; they were overtopped because the river rose 40 centimetres higher than they were designed for.",
    "MARION TATE: The river peaked at 5.9 metres on Saturday night, which is the highest level ever recorded at Kelbridge.",
    "INTERVIEWER: But the scheme only opened in 2022 and cost £48m, so why was it not built higher?",
    "MARION TATE: It was designed to the standard set by government at the time, which was protection against a one-in-100-year flood.",
    "MARION TATE: We are now reviewing whether that standard is enough, given what the climate projections are telling us.",
    "INTERVIEWER: Residents told us the warning to evacuate came less than an hour before the water arrived.",
    "MARION TATE: I accept that some people did not get enough warning, and I am sorry for that.",
    "MARION TATE: Our first flood warning was issued at 4pm on Saturday, but the severe warning did not come until 9pm that evening, and we will be looking at why there was that gap.",
    "INTERVIEWER: Will you commit to raising the walls before next winter?",
    "MARION TATE: I cannot promise that today, but we have asked ministers for £12m to carry out urgent works.",
    "MARION TATE: In the meantime, we will place temporary barriers along the riverside at Mill Lane by the end of the month.",
    "INTERVIEWER: Marion Tate, thank you.",
])
PROBES = [
("Marion Tate is the Environment Agency's director of flood resilience for Yorkshire [1.1].", S1, "S"),  # introduction restated
("The interviewer said more than 600 homes in Kelbridge were flooded last week [1.2].", S1, "S"),  # active -> passive
("The interviewer said residents claim the new defences failed them [1.2].", S1, "S"),  # say -> claim
("Ms Tate denied that the defences had failed, saying they had been overtopped [1.3].", S1, "S"),  # did not fail -> denied failing
("Ms Tate said the river rose 40 centimetres above the level the defences were designed for [1.3].", S1, "S"),  # higher than -> above
("Marion Tate said the river reached 5.9 metres on Saturday night, its highest recorded level at Kelbridge [1.4].", S1, "S"),  # peaked -> reached
("According to Ms Tate, the river's peak on Saturday night was a record for Kelbridge [1.4].", S1, "S"),  # highest ever -> record
("The interviewer pointed out that the £48m scheme only opened in 2022 [1.5].", S1, "S"),  # attributed to interviewer
("The interviewer asked why the scheme had not been built higher [1.5].", S1, "S"),  # indirect question
("Ms Tate said the scheme was designed to the government standard of the time, protection against a one-in-100-year flood [1.6].", S1, "S"),  # paraphrase
("Ms Tate said the one-in-100-year standard the scheme was designed to is now being reviewed [1.6, 1.7].", S1, "S"),  # merge, passive
("The interviewer said residents reported getting less than an hour's warning to evacuate before the water arrived [1.8].", S1, "S"),  # told us -> reported
("Ms Tate accepted that some people had not been given enough warning and apologised [1.9].", S1, "S"),  # I am sorry -> apologised
("Ms Tate said the first flood warning was issued at 4pm on Saturday [1.10].", S1, "S"),  # near-verbatim
("Ms Tate said five hours passed between the first flood warning and the severe warning [1.10].", S1, "S"),  # 4pm to 9pm same evening = 5 hours
("Ms Tate said the gap between the two warnings would be looked into [1.10].", S1, "S"),  # passive
("The interviewer asked Ms Tate whether she would commit to raising the walls before next winter [1.11, 1.12].", S1, "S"),  # indirect question
("Ms Tate said she could not promise that day to raise the walls before next winter [1.11, 1.12].", S1, "S"),  # 'that' resolved by the question
("Ms Tate said ministers had been asked for £12m for urgent works [1.12].", S1, "S"),  # passive
("Ms Tate said temporary barriers would be placed along the riverside at Mill Lane by the end of the month [1.13].", S1, "S"),  # passive
("Ms Tate said the river peaked on Saturday night [1.4].", S1, "S"),  # detail dropped
("The interviewer said the Kelbridge scheme cost 48 million pounds [1.5].", S1, "S"),  # number format
("Ms Tate said the severe warning came at 9pm on Saturday [1.10].", S1, "S"),  # that evening = Saturday
("Ms Tate said the river rose higher than the defences were designed to cope with [1.3].", S1, "S"),  # figure dropped
("Ms Tate said she was sorry that some people did not receive enough warning [1.9].", S1, "S"),  # get -> receive
("Ms Tate said a request for £12m had gone to ministers to pay for urgent works [1.12].", S1, "S"),  # nominalisation
("Ms Tate said temporary barriers would go up at Mill Lane as an interim measure [1.13].", S1, "S"),  # in the meantime -> interim
("The interviewer said residents had told the programme the evacuation warning came less than an hour before the flooding [1.8].", S1, "S"),  # told us -> told the programme
("Ms Tate said the scheme's design met the government standard of the time. [1.6]", S1, "S"),  # end citation
("Ms Tate cited climate projections as a reason for reviewing the standard [1.7].", S1, "S"),  # given what projections tell us -> reason
("Ms Tate said the defences were overtopped and that the river peaked at a record 5.9 metres on Saturday night [1.3-4].", S1, "S"),  # range merge (no temporal link asserted)
("Ms Tate said the river level at Kelbridge on Saturday night was the highest ever recorded there [1.4].", S1, "S"),  # restated
# ---- R probes ----
("Marion Tate is the Environment Agency's director of flood resilience for Cumbria [1.1].", S1, "R"),  # Yorkshire -> Cumbria
("The interviewer said more than 600 homes in Kelbridge flooded last month [1.2].", S1, "R"),  # last week -> last month
("The interviewer said more than 6,000 homes in Kelbridge flooded last week [1.2].", S1, "R"),  # 600 -> 6,000
("Ms Tate said the defences failed because the river rose 40 centimetres higher than they were designed for [1.3].", S1, "R"),  # she said they did not fail
("Ms Tate said the river rose 14 centimetres higher than the defences were designed for [1.3].", S1, "R"),  # 40 -> 14
("Ms Tate said the river peaked at 5.9 metres on Sunday night [1.4].", S1, "R"),  # Saturday -> Sunday
("Ms Tate said the river peaked at 5.9 metres, the highest level ever recorded in Yorkshire [1.4].", S1, "R"),  # Kelbridge -> Yorkshire
("Ms Tate said the river peaked at 9.5 metres on Saturday night [1.4].", S1, "R"),  # 5.9 -> 9.5
("Ms Tate said the scheme opened in 2022 and cost £48m [1.5].", S1, "R"),  # wrong speaker: interviewer said it
("The interviewer said the scheme cost £84m [1.5].", S1, "R"),  # 48 -> 84
("Ms Tate said the scheme was designed to protect against a one-in-200-year flood [1.6].", S1, "R"),  # 100 -> 200
("Ms Tate said the scheme was designed to a standard set by the Environment Agency [1.6].", S1, "R"),  # government -> Environment Agency
("Ms Tate said the government standard was enough [1.7].", S1, "R"),  # she said it is under review
("Ms Tate said the standard would be raised because of climate projections [1.7].", S1, "R"),  # reviewing whether -> will be raised
("Ms Tate said residents had received the warning to evacuate less than an hour before the water arrived [1.8].", S1, "R"),  # wrong speaker: interviewer relayed residents
("The interviewer said residents received the warning to evacuate more than an hour before the water arrived [1.8].", S1, "R"),  # less than -> more than
("Ms Tate accepted that most people did not get enough warning [1.9].", S1, "R"),  # some -> most
("Ms Tate denied that anyone had received too little warning [1.9].", S1, "R"),  # accepted -> denied
("Ms Tate said the first flood warning was issued at 4pm on Sunday [1.10].", S1, "R"),  # Saturday -> Sunday
("Ms Tate said the first flood warning was issued at 9pm and the severe warning at 4pm [1.10].", S1, "R"),  # times swapped
("Ms Tate said there was a three-hour gap between the first warning and the severe warning [1.10].", S1, "R"),  # 4pm to 9pm is five hours
("Ms Tate said the gap between the warnings was caused by a computer fault [1.10].", S1, "R"),  # invented cause
("Ms Tate committed to raising the walls before next winter [1.11, 1.12].", S1, "R"),  # she could not promise
("Ms Tate said ministers had agreed to provide £12m for urgent works [1.12].", S1, "R"),  # asked -> agreed
("Ms Tate said the agency had asked ministers for £21m to carry out urgent works [1.12].", S1, "R"),  # 12 -> 21
("Ms Tate said the agency had asked the council for £12m to carry out urgent works [1.12].", S1, "R"),  # ministers -> council
("Ms Tate said permanent barriers would be placed along the riverside at Mill Lane by the end of the month [1.13].", S1, "R"),  # temporary -> permanent
("Ms Tate said temporary barriers would be placed along the riverside at Mill Lane by the end of the year [1.13].", S1, "R"),  # month -> year
("Ms Tate said temporary barriers had already been placed at Mill Lane [1.13].", S1, "R"),  # future -> already done
("The interviewer asked why the scheme had not been built higher, and Ms Tate admitted it had been built too low [1.5, 1.6].", S1, "R"),  # she said it met the standard; no admission
("Ms Tate said the first flood warning was issued at 4pm on Saturday [1.9].", S1, "R"),  # wrong citation: fact in 1.10
("The interviewer asked Ms Tate whether she would resign [1.11].", S1, "R"),  # question changed
("Ms Tate said the defences were overtopped because they had not been maintained [1.3].", S1, "R"),  # invented cause
]
