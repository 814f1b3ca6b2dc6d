# Domain: a satellite launch failure
S1 = " ".join([
    "A Vega C rocket carrying two Earth observation satellites failed about 144 seconds after lift-off from Kourou in French Guiana on Wednesday night.",
    "Arianespace said the second stage, known as Zefiro 40, lost pressure shortly after ignition, sending the vehicle off course.",
    "Both satellites, built for the Italian space agency at a cost of around €180m, were lost.",
    "The debris fell into the Atlantic Ocean, around 900 kilometres north of the launch site, and no injuries were reported.",
    "It was the second failure in the rocket's five flights, after a similar loss in December 2022.",
    "An independent inquiry commission will be set up with the European Space Agency and is expected to report within three months.",
    "Arianespace chief executive Stephane Israel said the company was deeply disappointed and would do everything necessary to return the rocket to flight.",
])
S2 = " ".join([
    "The European Space Agency said the failure would delay at least four other missions that had been scheduled on Vega C next year.",
    "ESA director of space transportation Toni Tolker-Nielsen said it was too early to say whether the same fault had occurred as in 2022.",
    "The Zefiro 40 motor is manufactured by Avio, an Italian company based near Rome, whose shares fell 12 percent on Thursday.",
    "Avio said it was cooperating fully with investigators and that its own engineers had begun analysing telemetry data.",
    "The satellites were insured, according to a spokesperson for the Italian space agency, though the amount was not disclosed.",
    "Europe has been without independent access to space for heavy payloads since the last Ariane 5 flight in July 2023.",
    "Analysts said the loss could push some European customers towards SpaceX, whose Falcon 9 has flown more than 300 times.",
])
PROBES = [
("A Vega C rocket failed around 144 seconds into its flight from Kourou on Wednesday night [1.1].", S1, "S"),  # reworded
("The rocket, which was carrying two Earth observation satellites, had lifted off from French Guiana [1.1].", S1, "S"),  # compression
("The launch took place from Kourou in French Guiana [1.1].", S1, "S"),  # compression
("According to Arianespace, a loss of pressure in the Zefiro 40 second stage shortly after ignition sent the rocket off course [1.2].", S1, "S"),  # nominalisation
("Arianespace blamed the rocket's second stage for the failure [1.2].", S1, "S"),  # summarised cause as stated by Arianespace
("The two satellites, which cost roughly 180 million euros, were lost [1.3].", S1, "S"),  # number format
("The lost satellites had been built for the Italian space agency [1.3].", S1, "S"),  # voice change
("No injuries were reported after debris came down in the Atlantic about 900 kilometres north of the launch site [1.4].", S1, "S"),  # reorder
("Debris from the rocket landed in the Atlantic Ocean [1.4].", S1, "S"),  # compression
("Vega C has now failed twice in five flights [1.5].", S1, "S"),  # restated
("The rocket's previous failure came in December 2022 [1.5].", S1, "S"),  # reworded
("An inquiry commission, to be set up with ESA, is expected to report within three months [1.6].", S1, "S"),  # acronym, hedge kept
("Stephane Israel said Arianespace was deeply disappointed [1.7].", S1, "S"),  # compression
("Israel pledged that the company would do everything necessary to get the rocket flying again [1.7].", S1, "S"),  # reported speech reworded
("ESA said at least four other Vega C missions planned for next year would be delayed by the failure [2.1].", S2, "S"),  # voice change
("Toni Tolker-Nielsen said it was too soon to tell whether the 2022 fault had recurred [2.2].", S2, "S"),  # synonyms
("Avio, the Italian maker of the Zefiro 40 motor, saw its shares drop 12 percent on Thursday [2.3].", S2, "S"),  # restructure
("Avio is based near Rome [2.3].", S2, "S"),  # compression
("Avio said its engineers had started analysing telemetry data and that it was cooperating fully with investigators [2.4].", S2, "S"),  # reorder
("A spokesperson for the Italian space agency said the satellites were insured, without disclosing the amount [2.5].", S2, "S"),  # restructure
("Europe has lacked independent access to space for heavy payloads since the last Ariane 5 flight in July 2023 [2.6].", S2, "S"),  # been without -> lacked
("Analysts warned that some European customers might turn to SpaceX after the loss [2.7].", S2, "S"),  # could -> might
("SpaceX's Falcon 9 has made over 300 flights [2.7].", S2, "S"),  # compression
("The second stage that lost pressure is made by Avio [1.2][2.3].", S2, "S"),  # merge via Zefiro 40
("The satellites lost in the failure were insured, according to the Italian space agency [1.3][2.5].", S2, "S"),  # merge
("The failure, the rocket's second in five flights, would delay at least four other missions next year, ESA said [1.5][2.1].", S2, "S"),  # merge
("ESA, which will help set up the inquiry, said through its transport director that it was too early to say if the 2022 fault had been repeated [1.6][2.2].", S2, "S"),  # merge
("A Vega C rocket failed about 144 seconds after lift-off on Tuesday night [1.1].", S1, "R"),  # day swapped
("A Vega C rocket carrying three Earth observation satellites failed after lift-off [1.1].", S1, "R"),  # two -> three
("A Vega C rocket carrying two communications satellites failed after lift-off [1.1].", S1, "R"),  # satellite type swapped
("Arianespace said the third stage lost pressure shortly after ignition [1.2].", S1, "R"),  # second -> third
("Arianespace said the second stage exploded shortly after ignition [1.2].", S1, "R"),  # lost pressure -> exploded
("Both satellites, built for the European Space Agency, were lost [1.3].", S1, "R"),  # customer swapped
("Both satellites, costing around €18m, were lost [1.3].", S1, "R"),  # number changed
("One of the two satellites was lost [1.3].", S1, "R"),  # both -> one
("The debris fell into the Atlantic Ocean, around 900 kilometres south of the launch site [1.4].", S1, "R"),  # north -> south
("The debris fell on land, and no injuries were reported [1.4].", S1, "R"),  # ocean -> land
("Debris fell into the Atlantic, injuring two people [1.4].", S1, "R"),  # negation dropped, detail invented
("It was the first failure in the rocket's five flights [1.5].", S1, "R"),  # second -> first
("It was the second failure in the rocket's six flights [1.5].", S1, "R"),  # five -> six
("The rocket's earlier loss happened in December 2021 [1.5].", S1, "R"),  # year changed
("An independent inquiry commission has already reported its findings [1.6].", S1, "R"),  # future -> past
("The inquiry commission is expected to report within six months [1.6].", S1, "R"),  # three -> six
("The inquiry commission will report within three months [1.6].", S1, "R"),  # 'expected to' dropped
("Stephane Israel said the rocket would return to flight within three months [1.7].", S1, "R"),  # detail invented
("Toni Tolker-Nielsen said the company was deeply disappointed [1.7].", S1, "R"),  # wrong speaker
("The European Space Agency said the failure would delay at most four other missions [2.1].", S2, "R"),  # at least -> at most
("ESA said the failure would delay at least four missions scheduled on Ariane 6 next year [2.1].", S2, "R"),  # rocket swapped
("Toni Tolker-Nielsen said the same fault had occurred as in 2022 [2.2].", S2, "R"),  # too early to say -> asserted
("The Zefiro 40 motor is manufactured by Avio, a French company [2.3].", S2, "R"),  # nationality changed
("Avio's shares rose 12 percent on Thursday [2.3].", S2, "R"),  # antonym
("Avio's shares fell 12 percent on Wednesday [2.3].", S2, "R"),  # day swapped
("Avio said its engineers had finished analysing the telemetry data [2.4].", S2, "R"),  # begun -> finished
("Avio said it was not cooperating with investigators [2.4].", S2, "R"),  # negation added
("The satellites were insured for €180m, according to the Italian space agency [2.5][1.3].", S2, "R"),  # amount undisclosed; cost is not insured value
("The satellites were not insured, the Italian space agency said [2.5].", S2, "R"),  # negation added
("Europe has been without independent access to space for all payloads since July 2023 [2.6].", S2, "R"),  # heavy -> all, scope widened
("Analysts said the loss would push all European customers towards SpaceX [2.7].", S2, "R"),  # could -> would, some -> all
("Analysts said SpaceX's Falcon 9 had flown fewer than 300 times [2.7].", S2, "R"),  # more -> fewer
("Avio's shares fell 12 percent because the inquiry blamed its motor [2.3][1.6].", S2, "R"),  # cause invented; inquiry not yet reported
]
