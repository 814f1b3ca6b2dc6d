# Domain: a tech company announcing job cuts
S1 = " ".join([
    "Software company Nimbrix said on Wednesday it would cut about 1,800 jobs, or roughly 12 percent of its global workforce, as it shifts spending towards artificial intelligence.",
    "Chief executive Laura Brennan told staff in an email that the decision was painful but necessary to keep the company competitive.",
    "Most of the cuts will fall in sales and customer support, while the company's engineering teams will be largely spared.",
    "Nimbrix expects to record restructuring charges of between 150 million and 190 million dollars, mainly for severance payments, in the current quarter.",
    "Affected employees in the US will receive at least 16 weeks of pay and six months of health coverage.",
    "The company reported revenue of 3 billion dollars last year, up 8 percent, but its growth has slowed for three consecutive quarters.",
    "Nimbrix shares rose 4 percent in after-hours trading following the announcement, recovering part of a 20 percent fall since January.",
])
S2 = " ".join([
    "Nimbrix is the latest in a string of technology firms to reduce headcount this year as investors press for higher profits.",
    "Analysts at Harlow Securities said the cuts could save the company up to 250 million dollars a year from 2026.",
    "A former Nimbrix sales manager in Dublin, who asked not to be named, said staff had been told about the layoffs in a ten-minute video call.",
    "The company's Dublin office, which employs around 900 people, is expected to lose about 200 roles.",
    "Ireland's enterprise minister said she had asked the company to meet officials to discuss support for affected workers.",
    "Nimbrix hired more than 4,000 people in 2021 and 2022 as demand for cloud software surged during the pandemic.",
    "The company said it would continue to recruit for some specialist AI positions, mainly at its research centres in Toronto and Austin.",
])
PROBES = [
("Nimbrix announced on Wednesday that it would eliminate around 1,800 positions, about 12 percent of its staff worldwide [1.1].", S1, "S"),  # synonyms
("Nimbrix is cutting roughly twelve per cent of its jobs worldwide as it redirects spending to artificial intelligence [1.1].", S1, "S"),  # figure in words, shifts -> redirects
("Nimbrix said on Thursday it would cut about 1,800 jobs [1.1].", S1, "R"),  # Wednesday -> Thursday
("Nimbrix said it would cut about 1,800 jobs as it shifts spending away from artificial intelligence [1.1].", S1, "R"),  # towards -> away from
("Nimbrix is cutting jobs because artificial intelligence has replaced the work of its staff [1.1].", S1, "R"),  # invented cause
("In an email to staff, chief executive Laura Brennan called the decision painful but necessary for the company to stay competitive [1.2].", S1, "S"),  # reported speech reworded
("Laura Brennan told employees the cuts were needed to keep Nimbrix competitive [1.1][1.2].", S1, "S"),  # compression, "the decision" resolved via 1.1
("Laura Brennan told staff at a meeting that the decision was painful but necessary [1.2].", S1, "R"),  # email -> meeting
("Laura Brennan told staff that the decision was painful but unnecessary [1.2].", S1, "R"),  # negation added
("Sales and customer support will bear most of the cuts, and engineering teams will be largely protected [1.3].", S1, "S"),  # voice, spared -> protected
("Engineering staff will be mostly spared from the job cuts [1.3].", S1, "S"),  # compression, largely -> mostly
("Engineering teams will be entirely spared from the cuts [1.3].", S1, "R"),  # largely -> entirely
("Most of the cuts will fall in engineering, while sales teams will be largely spared [1.3].", S1, "R"),  # roles swapped
("All of the cuts will fall in sales and customer support [1.3].", S1, "R"),  # most -> all
("Nimbrix expects restructuring charges of 150 million to 190 million dollars this quarter, mostly for severance [1.4].", S1, "S"),  # compression, mainly -> mostly
("The company anticipates restructuring costs of up to 190 million dollars in the current quarter [1.4].", S1, "S"),  # compression to upper bound
("Nimbrix expects to record restructuring charges of between 150 million and 190 million dollars in the next quarter [1.4].", S1, "R"),  # current -> next
("Nimbrix expects restructuring charges of between 150 million and 190 million dollars, mainly for office closures [1.4].", S1, "R"),  # severance -> office closures
("Nimbrix expects restructuring charges of at least 190 million dollars [1.4].", S1, "R"),  # range turned into a minimum
("US employees who lose their jobs will get a minimum of 16 weeks' pay and half a year of health coverage [1.5].", S1, "S"),  # at least -> minimum, six months -> half a year
("Affected employees in the US will receive exactly 16 weeks of pay [1.5].", S1, "R"),  # at least -> exactly
("All affected employees worldwide will receive at least 16 weeks of pay [1.5].", S1, "R"),  # scope: US -> worldwide
("Nimbrix's revenue grew 8 percent last year to 3 billion dollars, though growth has slowed for three quarters running [1.1][1.6].", S1, "S"),  # reordering, consecutive -> running
("The company's growth has slowed for three quarters in a row [1.6].", S1, "S"),  # compression
("The company reported revenue of 3 billion dollars last year, down 8 percent [1.6].", S1, "R"),  # up -> down
("Nimbrix's revenue has fallen for three consecutive quarters [1.6].", S1, "R"),  # growth slowed -> revenue fell
("After the announcement, Nimbrix shares gained 4 percent in after-hours trading [1.7].", S1, "S"),  # rose -> gained, reordering
("Nimbrix shares fell 4 percent in after-hours trading following the announcement [1.7].", S1, "R"),  # rose -> fell
("Nimbrix shares rose 4 percent during regular trading following the announcement [1.7].", S1, "R"),  # after-hours -> regular
("Nimbrix is the most recent of several technology companies to cut staff this year amid investor pressure for higher profits [2.1].", S2, "S"),  # synonyms
("Nimbrix is the first technology firm to reduce headcount this year [2.1].", S2, "R"),  # latest -> first
("Nimbrix is cutting staff because its investors demanded job cuts [2.1].", S2, "R"),  # sentence describes investor pressure for profits across firms, not a demand for Nimbrix cuts; invented cause
("Harlow Securities analysts said the job cuts might save the company as much as 250 million dollars annually from 2026 [2.2].", S2, "S"),  # could -> might, up to -> as much as
("Analysts at Harlow Securities said the cuts would save the company 250 million dollars a year from 2026 [2.2].", S2, "R"),  # could -> would, up to dropped
("Nimbrix said the cuts could save it up to 250 million dollars a year [2.2].", S2, "R"),  # wrong speaker: analysts, not company
("A former sales manager in Dublin said employees learned of the layoffs during a ten-minute video call [2.3].", S2, "S"),  # reported speech reworded
("A former Nimbrix engineer in Dublin said staff had been told about the layoffs in a ten-minute video call [2.3].", S2, "R"),  # sales manager -> engineer
("About 200 of the roughly 900 jobs at the company's Dublin office are expected to go [2.4].", S2, "S"),  # reordering
("Nimbrix's Dublin office, with a staff of about 900, faces the expected loss of some 200 roles [2.1][2.4].", S2, "S"),  # synonyms, hedge kept
("The company's Dublin office, which employs around 900 people, will lose exactly 200 roles [2.4].", S2, "R"),  # expected/about -> will/exactly
("The company's Dublin office is expected to lose about 900 roles [2.4].", S2, "R"),  # numbers swapped
("Ireland's enterprise minister said she had asked Nimbrix to meet officials about help for affected workers [2.1][2.5].", S2, "S"),  # support -> help
("Ireland's enterprise minister said Nimbrix had agreed to meet officials to discuss support for affected workers [2.5].", S2, "R"),  # asked -> agreed
("During the pandemic boom in demand for cloud software, Nimbrix took on over 4,000 staff in 2021 and 2022 [2.6].", S2, "S"),  # reordering, hired -> took on
("Nimbrix hired more than 4,000 people in 2021 and 2022 as demand for cloud software collapsed during the pandemic [2.6].", S2, "R"),  # surged -> collapsed
("The company said it would keep hiring for some specialist AI roles [2.7].", S2, "S"),  # recruit -> hiring
("Nimbrix said it would continue to recruit for all AI positions [2.7].", S2, "R"),  # some specialist -> all
("Nimbrix said it would stop recruiting for specialist AI positions [2.7].", S2, "R"),  # antonym
("Even as it cuts jobs, Nimbrix plans to go on hiring for some specialist AI posts [1.1][2.7].", S2, "S"),  # merge across documents
("Nimbrix, which is cutting about 1,800 jobs, had hired more than 4,000 people in 2021 and 2022 [1.1][2.6].", S2, "S"),  # merge across documents
("Nimbrix is cutting fewer jobs than it added in 2021 and 2022 [1.1][2.6].", S2, "S"),  # 1,800 < more than 4,000, comparison correct
("Nimbrix is cutting more jobs than it added in 2021 and 2022 [1.1][2.6].", S2, "R"),  # comparison reversed
("Laura Brennan is the chief executive of Nimbrix [1.1][1.2].", S1, "S"),  # compression; company named in cited 1.1
("Severance payments will account for most of the restructuring charges Nimbrix expects [1.4].", S1, "S"),  # mainly -> most, nominalisation
("US staff losing their jobs will keep health coverage for six months [1.5].", S1, "S"),  # compression, reworded
("Nimbrix's shares moved higher after it announced the job cuts [1.1][1.7].", S1, "S"),  # generalisation, merge
("The company generated revenue of 3 billion dollars last year [1.6].", S1, "S"),  # compression
("Like other technology firms facing investor pressure for higher profits, Nimbrix is reducing headcount this year [2.1].", S2, "S"),  # reordering
("Ireland's enterprise minister has requested a meeting between the company and officials on support for affected workers [2.5].", S2, "S"),  # asked -> requested, nominalisation
("Nimbrix took on more than 4,000 workers over two years as pandemic demand for cloud software soared [2.6].", S2, "S"),  # 2021 and 2022 -> two years, surged -> soared
]
