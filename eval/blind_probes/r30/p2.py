# Domain: an unemployment and wages release
S1 = " ".join([
    "The unemployment rate rose to 4.6% in the three months to September, up from 4.3% in the previous quarter, the Office for National Statistics said on Tuesday.",
    "It is the highest rate since the summer of 2021.",
    "The number of people out of work increased by 96,000 to 1.58 million.",
    "Regular pay, excluding bonuses, grew by 5.1% a year, the slowest pace in almost two years.",
    "Once inflation is taken into account, real regular pay rose by 1.4%.",
    "Growth in public sector pay outstripped that of the private sector, at 5.9% compared with 4.8%.",
    "The number of job vacancies fell for the 27th consecutive period, dropping by 14,000 to 819,000.",
    "ONS director of economic statistics Liz McKeown said there were \"signs the labour market is continuing to cool\".",
    "Economists had expected unemployment to rise to 4.5%.",
    "Some analysts warned that the figures could make it more likely that the Bank of England cuts interest rates in December.",
    "The ONS cautioned that its Labour Force Survey still suffers from low response rates, so the estimates should be treated with caution.",
    "Chancellor Rachel Reeves said she was determined to get \"more people into good jobs\".",
])
PROBES = [
("Unemployment climbed to 4.6% in the three months to September from 4.3% in the prior quarter, according to the ONS [1.1].", S1, "S"),  # paraphrase
("Unemployment fell to 4.6% in the three months to September [1.1].", S1, "R"),  # antonym
("The ONS published the figures on Thursday [1.1].", S1, "R"),  # wrong weekday
("Unemployment rose to 4.6% in the three months to August [1.1].", S1, "R"),  # wrong month
("The jobless rate is now at its highest level since summer 2021 [1.1, 1.2].", S1, "S"),  # merge
("The jobless rate is at its highest level since summer 2020 [1.2].", S1, "R"),  # wrong year
("The jobless rate is at a record high [1.2].", S1, "R"),  # overstatement
("Unemployment increased by 96,000 to reach 1.58 million people [1.3].", S1, "S"),  # paraphrase
("Unemployment increased by 69,000 to 1.58 million [1.3].", S1, "R"),  # transposed figure
("The number of people out of work rose to 1.58 billion [1.3].", S1, "R"),  # unit error
("The number of people out of work fell by 96,000 [1.3].", S1, "R"),  # antonym
("Annual growth in regular pay, which excludes bonuses, slowed to 5.1%, the weakest in nearly two years [1.4].", S1, "S"),  # paraphrase
("Regular pay growth of 5.1% was the fastest in almost two years [1.4].", S1, "R"),  # slowest -> fastest
("Pay including bonuses grew by 5.1% a year [1.4].", S1, "R"),  # excluding -> including
("Regular pay growth was the slowest in more than two years [1.4].", S1, "R"),  # almost -> more than
("Adjusted for inflation, regular pay grew by 1.4% [1.5].", S1, "S"),  # paraphrase
("Real regular pay fell by 1.4% [1.5].", S1, "R"),  # antonym
("Regular pay outpaced inflation [1.5].", S1, "S"),  # real pay rose implies pay > inflation
("Real regular pay rose by 1.4%, the strongest real-terms growth in a decade [1.5].", S1, "R"),  # added superlative
("Public sector pay grew faster than private sector pay, at 5.9% against 4.8% [1.6].", S1, "S"),  # paraphrase
("Private sector pay grew faster than public sector pay [1.6].", S1, "R"),  # swapped roles
("Public sector pay grew by 5.9% while private sector pay grew by 4.6% [1.6].", S1, "R"),  # wrong figure
("Pay rose more quickly for public sector workers than for those in the private sector [1.6].", S1, "S"),  # paraphrase
("Vacancies dropped by 14,000 to 819,000, their 27th successive fall [1.7].", S1, "S"),  # paraphrase
("Vacancies fell for the 26th consecutive period [1.7].", S1, "R"),  # wrong figure
("Vacancies rose by 14,000 to 819,000 [1.7].", S1, "R"),  # antonym
("Vacancies fell by 14,000 to 891,000 [1.7].", S1, "R"),  # transposed figure
("Vacancies have declined in each of the last 27 periods [1.7].", S1, "S"),  # paraphrase
("Liz McKeown of the ONS said there were signs that the labour market was continuing to cool [1.8].", S1, "S"),  # reported speech
("Liz McKeown said the labour market had stopped cooling [1.8].", S1, "R"),  # negation error
("Liz McKeown said the labour market was collapsing [1.8].", S1, "R"),  # stronger claim
("Rachel Reeves said there were signs the labour market was continuing to cool [1.8].", S1, "R"),  # wrong speaker
("Unemployment rose by more than economists had forecast [1.1, 1.9].", S1, "S"),  # 4.6 > 4.5 expected
("Unemployment rose by less than economists had forecast [1.1, 1.9].", S1, "R"),  # reversed
("Economists had expected unemployment to reach 4.5% [1.9].", S1, "S"),  # paraphrase
("Economists had expected unemployment to rise to 4.7% [1.9].", S1, "R"),  # wrong figure
("Unemployment rose to 4.6%, higher than economists' forecast [1.1].", S1, "R"),  # forecast from uncited 1.9
("Some analysts said the data could raise the chances of a Bank of England interest rate cut in December [1.10].", S1, "S"),  # paraphrase
("Analysts said the Bank of England will cut interest rates in December [1.10].", S1, "R"),  # dropped hedge, some -> all
("Some analysts said the figures made a rate rise more likely in December [1.10].", S1, "R"),  # cut -> rise
("Some analysts warned the figures could make a November rate cut more likely [1.10].", S1, "R"),  # wrong month
("All analysts agreed that a December rate cut was now more likely [1.10].", S1, "R"),  # wrong quantifier
("The ONS warned that low response rates to its Labour Force Survey mean the estimates should be treated cautiously [1.11].", S1, "S"),  # paraphrase
("The ONS said the response rate problems with its Labour Force Survey had been fixed [1.11].", S1, "R"),  # contradiction
("The ONS said its estimates were fully reliable [1.11].", S1, "R"),  # contradiction
("Rachel Reeves said she was determined to get more people into good jobs [1.12].", S1, "S"),  # reported speech
("Rachel Reeves said she was determined to get more people into good jobs by the end of next year [1.12].", S1, "R"),  # added detail
("Rachel Reeves blamed the rise in unemployment on the previous government [1.12].", S1, "R"),  # unsupported
("Liz McKeown said she was determined to get more people into good jobs [1.12].", S1, "R"),  # wrong speaker
("The jobless rate went up even as regular pay kept growing by 5.1% a year [1.1, 1.4].", S1, "S"),  # merge
("Unemployment rose and vacancies fell [1.1, 1.7].", S1, "S"),  # merge generalised
("Unemployment rose because vacancies fell [1.1, 1.7].", S1, "R"),  # added causation
("Both unemployment and vacancies rose [1.1, 1.7].", S1, "R"),  # vacancies fell
("Nominal regular pay grew by 5.1% but by only 1.4% in real terms [1.4, 1.5].", S1, "S"),  # merge
("Real regular pay rose by 1.4% [1.4].", S1, "R"),  # wrong sentence cited
("Liz McKeown said the labour market was cooling sharply [1.8].", S1, "R"),  # adds intensity not in source
("There are signs the labour market is continuing to cool, an ONS official said [1.8].", S1, "S"),  # reported speech
("Unemployment has risen to its highest level since 2021, the ONS reported [1.1, 1.2].", S1, "S"),  # merge
("More than 1.5 million people are out of work [1.3].", S1, "S"),  # 1.58 million > 1.5
("Fewer than 1.5 million people are out of work [1.3].", S1, "R"),  # contradiction
("The ONS said on Tuesday that the jobless rate had reached 4.6% [1.1].", S1, "S"),  # reported
("Joblessness is now higher than at any point since summer 2021 [1.2].", S1, "S"),  # paraphrase
("Unemployment now stands at almost 1.6 million [1.3].", S1, "S"),  # 1.58m
("Wage growth excluding bonuses has eased to 5.1% [1.4].", S1, "S"),  # paraphrase
("Pay in the public sector rose by 5.9% over the year [1.6].", S1, "S"),  # extraction
("There were 819,000 job vacancies after a 14,000 drop [1.7].", S1, "S"),  # reorder
("Forecasters had predicted a smaller rise in unemployment, to 4.5% [1.9].", S1, "R"),  # 4.5 < 4.6 needs 1.1? (relabelled: "smaller rise" compares with actual 4.6% from uncited 1.1 -> R)
("The statistics office urged caution over its estimates because of poor response rates to the Labour Force Survey [1.11].", S1, "S"),  # paraphrase
("Reeves said she was committed to helping more people find good jobs [1.12].", S1, "S"),  # reported speech
("The labour market appears to be cooling, with unemployment rising and vacancies falling again, the ONS said [1.1, 1.7, 1.8].", S1, "S"),  # merge
("Some analysts think a December rate cut has become more likely [1.10].", S1, "S"),  # paraphrase
("Public and private sector pay both grew faster than 4.5% [1.6].", S1, "S"),  # 5.9, 4.8
]
