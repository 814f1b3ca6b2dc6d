# Domain: a clinical trial result for a new drug
S1 = " ".join([
    "A new weekly injection for type 2 diabetes cut blood sugar levels by more than a third in a late-stage trial, drugmaker Veltrano Pharma said on Monday.",
    "The phase 3 study enrolled 2,140 adults across 14 countries and compared the drug, called orvaglutide, with an existing daily tablet over 52 weeks.",
    "Patients on orvaglutide also lost an average of 9 kilograms, compared with 3 kilograms among those taking the tablet.",
    "The most common side effects were nausea and diarrhoea, which affected about one in five patients and were mostly mild.",
    "Eleven patients in the orvaglutide group stopped treatment because of side effects, against four in the comparison group.",
    "Veltrano said it plans to file for approval with regulators in the US and Europe before the end of the year.",
    "Shares in the company rose 12 percent in early trading in Frankfurt after the results were published.",
])
S2 = " ".join([
    "Independent experts have given a cautious welcome to trial data on orvaglutide, a diabetes injection developed by Veltrano Pharma.",
    "Professor Helen Marsh of the University of Leeds said the reduction in blood sugar was impressive but the trial had not been designed to measure heart attacks or strokes.",
    "She added that the drug may prove useful for patients who struggle to take tablets every day.",
    "The results have not yet been published in a peer-reviewed journal and were released by the company in a statement.",
    "Dr Samir Okafor, a diabetes specialist in London, said the weight loss figures could make the drug attractive to patients with obesity as well.",
    "He warned, however, that the price of the injection had not been disclosed and could limit its use in public health systems.",
    "A fuller analysis is due to be presented at a medical conference in Vienna in September.",
])
PROBES = [
("Veltrano Pharma reported that its weekly diabetes injection lowered blood sugar by over a third in a late-stage trial [1.1].", S1, "S"),  # near-copy, reworded
("A late-stage trial found that a once-a-week diabetes jab reduced blood sugar levels by more than 33 percent [1.1].", S1, "S"),  # synonyms; a third ~ 33 percent, "more than" kept
("Veltrano Pharma announced the trial results on a Tuesday [1.1].", S1, "R"),  # Monday -> Tuesday
("The weekly injection cut blood sugar levels by more than half [1.1].", S1, "R"),  # a third -> half
("The injection is intended for type 1 diabetes [1.1].", S1, "R"),  # type 2 -> type 1
("More than 2,000 adults in 14 countries took part in the phase 3 study [1.2].", S1, "S"),  # 2,140 generalised to more than 2,000
("Over a year, the study compared orvaglutide with an existing once-a-day tablet [1.2].", S1, "S"),  # 52 weeks -> a year; reordering
("The phase 3 study enrolled 2,140 adults across 41 countries [1.2].", S1, "R"),  # 14 -> 41
("Orvaglutide was compared with a placebo over 52 weeks [1.2].", S1, "R"),  # existing tablet -> placebo
("The study compared orvaglutide with an existing daily injection [1.2].", S1, "R"),  # tablet -> injection
("Those given orvaglutide shed an average of 9 kilograms, three times the weight lost by patients on the tablet [1.3].", S1, "S"),  # 9 vs 3 -> three times
("On average, patients taking the tablet lost 6 kilograms less than those on orvaglutide [1.3].", S1, "S"),  # difference computed 9-3
("Patients on the tablet lost an average of 9 kilograms [1.3].", S1, "R"),  # roles swapped
("Every patient on orvaglutide lost at least 9 kilograms [1.3].", S1, "R"),  # average -> every/at least
("Nausea and diarrhoea, the most frequent side effects, were mostly mild and hit roughly 20 percent of patients [1.4].", S1, "S"),  # one in five -> 20 percent
("About one in five patients experienced nausea or diarrhoea, mostly in a mild form [1.4].", S1, "S"),  # reordering, compression
("The most common side effects were nausea and headaches [1.4].", S1, "R"),  # diarrhoea -> headaches sibling
("Nausea and diarrhoea affected about one in five patients and were all mild [1.4].", S1, "R"),  # mostly -> all
("The side effects affected about one in three patients [1.4].", S1, "R"),  # five -> three
("More patients quit orvaglutide because of side effects than quit the comparison treatment, eleven against four [1.5].", S1, "S"),  # comparison direction correct
("Side effects led four patients in the comparison group to stop treatment [1.5].", S1, "S"),  # compression, voice
("Fewer patients stopped orvaglutide because of side effects than stopped the tablet [1.5].", S1, "R"),  # comparison direction reversed
("Eleven patients in the orvaglutide group died during the trial [1.5].", S1, "R"),  # stopped treatment -> died
("Veltrano intends to seek regulatory approval in the US and Europe by the end of the year [1.6].", S1, "S"),  # plans to -> intends to, file -> seek
("Veltrano will file for approval in the US and Europe before the end of the year [1.6].", S1, "R"),  # hedge strengthened plans to -> will
("Veltrano plans to file for approval with regulators in the US and Japan [1.6].", S1, "R"),  # Europe -> Japan
("Veltrano has already filed for approval with regulators in the US and Europe [1.6].", S1, "R"),  # plan -> already done
("The company's shares climbed 12 percent in early Frankfurt trading once the results came out [1.7].", S1, "S"),  # synonyms
("Shares in Veltrano fell 12 percent in early trading in Frankfurt [1.7].", S1, "R"),  # rose -> fell
("Shares in the company rose 12 percent in early trading in London [1.7].", S1, "R"),  # Frankfurt -> London
("Shares in Veltrano rose 12 percent because investors expected fast approval in the US [1.7].", S1, "R"),  # invented cause
("In a trial of more than 2,000 adults, Veltrano's weekly injection cut blood sugar by more than a third [1.1][1.2].", S1, "S"),  # merge two sentences
("Orvaglutide patients lost more weight than tablet patients but were more likely to stop treatment because of side effects [1.3][1.5].", S1, "S"),  # merge, comparisons correct
("Orvaglutide patients lost more weight and were less likely to stop treatment because of side effects [1.3][1.5].", S1, "R"),  # second comparison reversed
("Independent experts cautiously welcomed the trial data on Veltrano's diabetes injection orvaglutide [2.1].", S2, "S"),  # voice change
("Independent experts enthusiastically welcomed the orvaglutide trial data [2.1].", S2, "R"),  # cautious -> enthusiastic
("Helen Marsh, a Leeds professor, called the blood sugar reduction impressive but noted the trial was not designed to measure heart attacks or strokes [2.2].", S2, "S"),  # reported speech reworded
("Professor Marsh said the trial showed the drug does not reduce heart attacks or strokes [2.2].", S2, "R"),  # not designed to measure -> shown not to reduce
("Professor Helen Marsh of the University of Manchester said the reduction in blood sugar was impressive [2.2].", S2, "R"),  # Leeds -> Manchester
("Professor Marsh said the drug might be helpful for patients who find it hard to take daily tablets [2.2][2.3].", S2, "S"),  # may -> might, pronoun resolved with naming sentence cited
("Professor Marsh said the drug will be useful for patients who struggle to take tablets every day [2.2][2.3].", S2, "R"),  # may -> will
("The orvaglutide results, released in a company statement, have not yet appeared in a peer-reviewed journal [2.1][2.4].", S2, "S"),  # reordering
("The results have been published in a peer-reviewed journal [2.4].", S2, "R"),  # negation dropped
("Dr Samir Okafor said the weight loss figures could make the drug appealing to people with obesity too [2.5].", S2, "S"),  # synonym
("Dr Samir Okafor said the drug has been approved for patients with obesity [2.5].", S2, "R"),  # invented approval
("Dr Okafor cautioned that the undisclosed price of the injection could restrict its use in public health systems [2.5][2.6].", S2, "S"),  # merge, pronoun resolved
("Dr Okafor said the high price of the injection would limit its use in public health systems [2.5][2.6].", S2, "R"),  # price not disclosed, could -> would, "high" invented
("Professor Marsh warned that the price of the injection could limit its use in public health systems [2.2][2.6].", S2, "R"),  # wrong speaker (it was Okafor)
("A more complete analysis is scheduled to be presented at a Vienna medical conference in September [2.7].", S2, "S"),  # is due to -> is scheduled to
("A fuller analysis is due to be presented at a medical conference in Vienna in October [2.7].", S2, "R"),  # September -> October
("A fuller analysis is due to be presented at a medical conference in Berlin in September [2.7].", S2, "R"),  # Vienna -> Berlin
("The trial data on orvaglutide were released by Veltrano rather than through a journal [2.1][2.4].", S2, "S"),  # merge, compression
("Experts said the orvaglutide trial had measured heart attacks and strokes [2.2].", S2, "R"),  # negation dropped
("Roughly a fifth of patients had nausea or diarrhoea [1.4].", S1, "S"),  # one in five -> a fifth, compression
("Orvaglutide was tested against an existing tablet in a phase 3 study lasting 52 weeks [1.2].", S1, "S"),  # voice change
("Dr Okafor noted that the price of the injection has not been made public [2.5][2.6].", S2, "S"),  # not disclosed -> not made public; pronoun resolved
("Professor Marsh described the fall in blood sugar as impressive [2.2].", S2, "S"),  # nominalisation / compression
("Orvaglutide is a diabetes injection made by Veltrano Pharma [2.1].", S2, "S"),  # compression
("The company's share price went up after the trial results were released [1.7].", S1, "S"),  # generalisation, drops figure
("Veltrano Pharma said that weight loss was the main goal of the trial [1.3].", S1, "R"),  # invented detail about trial goal
]
