S1 = ("The US economy added 187,000 jobs in August, slightly more than the 170,000 economists had expected, the Labor Department said on Friday. "
"The unemployment rate rose to 3.8% from 3.5%, its highest level since February last year. "
"Average hourly earnings grew 0.2% on the month and 4.3% on the year. "
"Health care added 71,000 jobs, while manufacturing employment was little changed. "
"Job gains for June and July were revised down by a combined 110,000. "
"The share of adults working or looking for work rose to 62.8%, the highest since before the pandemic. "
"Some economists said the figures could persuade the Federal Reserve to pause its interest rate rises.")
S2 = ("Unemployment in the United Kingdom fell to 4.1% in the three months to June, the Office for National Statistics said. "
"The number of job vacancies dropped for the twelfth consecutive period, to 912,000. "
"Regular pay, excluding bonuses, was 5.6% higher than a year earlier. "
"After adjusting for inflation, regular pay fell by 0.4%. "
"Around 2.6 million people were out of work because of long-term sickness, a record high. "
"The ONS said the number of working days lost to strikes fell in June. "
"The chancellor said the figures showed the labour market remained resilient.")
PROBES = [
("The US added 187,000 jobs in August, a little above the 170,000 that economists had forecast [1.1].", S1, "S"),
("According to the Labor Department, the economy created 187,000 jobs last month, beating expectations [1.1].", S1, "R"),  # August -> "last month": relative date not in the source
("The jobless rate climbed to 3.8% from 3.5% [1.2].", S1, "S"),
("At 3.8%, the unemployment rate was the highest since February last year [1.2].", S1, "S"),
("Average hourly earnings rose 0.2% in the month and 4.3% over the year [1.3].", S1, "S"),
("Health care added 71,000 jobs [1.4].", S1, "S"),
("Manufacturing employment barely changed [1.4].", S1, "S"),
("Job growth in June and July was revised down by a combined 110,000 [1.5].", S1, "S"),
("The share of adults working or looking for work rose to 62.8% [1.6].", S1, "S"),
("The share of adults in work or seeking work reached its highest level since before the pandemic [1.6].", S1, "S"),
("Some economists said the data could persuade the Federal Reserve to pause its rate rises [1.7].", S1, "S"),
("Payrolls grew by 187,000 in August even as unemployment rose to 3.8% [1.1][1.2].", S1, "S"),
("The UK unemployment rate fell to 4.1% in the three months to June, the ONS said [2.1].", S2, "S"),
("Vacancies fell for a twelfth consecutive period, to 912,000 [2.2].", S2, "S"),
("Regular pay excluding bonuses rose 5.6% from a year earlier [2.3].", S2, "S"),
("Adjusted for inflation, regular pay dropped 0.4% [2.4].", S2, "S"),
("Long-term sickness kept around 2.6 million people out of work, a record [2.5].", S2, "S"),
("About 2.6 million people were not working due to long-term sickness, a record [2.5].", S2, "S"),
("The ONS said fewer working days were lost to strikes in June [2.6].", S2, "S"),
("The chancellor said the figures showed the labour market was still resilient [2.7].", S2, "S"),
("Regular pay rose 5.6% a year, but fell 0.4% once inflation was taken into account [2.3][2.4].", S2, "S"),
("The number of job vacancies dropped to 912,000 [2.2].", S2, "S"),
("The US economy added 178,000 jobs in August [1.1].", S1, "R"),  # number
("The US economy added 187,000 jobs in July [1.1].", S1, "R"),  # month
("The US economy added 187,000 jobs in August, fewer than economists had expected [1.1].", S1, "R"),  # more -> fewer
("The unemployment rate fell to 3.5% from 3.8% [1.2].", S1, "R"),  # direction swapped
("The unemployment rate rose to 3.8%, its highest level since February this year [1.2].", S1, "R"),  # last year -> this year
("Average hourly earnings grew 4.3% on the month [1.3].", S1, "R"),  # annual figure moved to monthly
("Manufacturing added 71,000 jobs, while health care employment was little changed [1.4].", S1, "R"),  # sectors swapped
("Health care added 71,000 jobs, while manufacturing employment fell sharply [1.4].", S1, "R"),  # little changed -> fell sharply
("Job gains for June and July were revised up by a combined 110,000 [1.5].", S1, "R"),  # down -> up
("Job gains for May and June were revised down by 110,000 [1.5].", S1, "R"),  # months changed
("The share of adults working or looking for work fell to 62.8% [1.6].", S1, "R"),  # rose -> fell
("All economists said the figures would persuade the Federal Reserve to pause its rate rises [1.7].", S1, "R"),  # some -> all, could -> would
("Some economists said the figures could persuade the Federal Reserve to raise rates faster [1.7].", S1, "R"),  # pause -> raise faster
("The Federal Reserve said it would pause its interest rate rises [1.7].", S1, "R"),  # speaker swapped, hedge dropped
("Health care added 71,000 jobs [1.5].", S1, "R"),  # wrong citation (1.4)
("Unemployment in the United Kingdom rose to 4.1% in the three months to June [2.1].", S2, "R"),  # fell -> rose
("Unemployment in the United Kingdom fell to 4.1% in the three months to July [2.1].", S2, "R"),  # June -> July
("The number of job vacancies rose for the twelfth consecutive period [2.2].", S2, "R"),  # dropped -> rose
("The number of job vacancies dropped for the tenth consecutive period [2.2].", S2, "R"),  # twelfth -> tenth
("Regular pay, including bonuses, was 5.6% higher than a year earlier [2.3].", S2, "R"),  # excluding -> including
("After adjusting for inflation, regular pay rose by 0.4% [2.4].", S2, "R"),  # fell -> rose
("Around 2.6 million people were out of work because of long-term sickness, a record low [2.5].", S2, "R"),  # high -> low
("Around 6.2 million people were out of work because of long-term sickness [2.5].", S2, "R"),  # number
("The ONS said the number of working days lost to strikes rose in June [2.6].", S2, "R"),  # fell -> rose
("The ONS said the number of working days lost to strikes fell in June because several disputes were settled [2.6].", S2, "R"),  # invented cause
("The prime minister said the figures showed the labour market remained resilient [2.7].", S2, "R"),  # chancellor -> prime minister
("The chancellor said the figures showed the labour market was weakening [2.7].", S2, "R"),  # antonym
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
