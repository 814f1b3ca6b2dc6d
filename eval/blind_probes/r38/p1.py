# Domain: city council budget and council-tax rise
S1 = " ".join([
    "Northbridge City Council voted on Wednesday to raise council tax by 4.99% from April, the maximum allowed without a local referendum.",
    "The rise, approved by 38 votes to 21 with three abstentions, will add £96.40 a year to the bill for a typical Band D property, taking it to £2,028.",
    "Council leader Priya Anand said the increase was 'painful but unavoidable' after the authority identified a £31.5m gap in its budget for 2025-26.",
    "Of the 4.99% rise, 2 percentage points are ringfenced for adult social care, which now accounts for 41% of the council's net spending.",
    "The budget includes £12.8m of savings, including the closure of three of the city's 14 libraries and a reduction in street-cleaning frequency in residential areas.",
    "Finance cabinet member Tom Okafor told the meeting that the council would also draw £6m from its reserves, leaving them at their lowest level since 2012.",
    "Opposition leader Marcus Hale, of the Liberal Democrats, called the library closures 'an act of cultural vandalism' and proposed an amendment to keep them open by cutting councillors' allowances.",
    "The amendment was defeated by 40 votes to 19.",
    "Okafor said the council's spending on temporary accommodation for homeless families had risen by 63% in two years, to £18.2m.",
    "He warned that without extra funding from central government, the council might have to consider issuing a section 114 notice, effectively declaring itself bankrupt, within three years.",
    "The budget also allocates £4.5m to repair potholes, up from £3.1m last year.",
    "Around 150 posts will be cut, although the council said most would be removed by not filling vacancies rather than through compulsory redundancies.",
    "Unison branch secretary Jenny Marsh said the union would ballot members if any compulsory redundancies were announced.",
    "The council's cabinet had first published its draft proposals in December, when it had suggested closing five libraries.",
    "Following a public consultation that drew more than 7,200 responses, two of those libraries were removed from the closure list.",
])
PROBES = [
("Northbridge councillors approved a 4.99% council tax increase that takes effect in April [1.1].", S1, "S"),  # paraphrase of 1.1
("Northbridge City Council voted to raise council tax by 4.99% from January [1.1].", S1, "R"),  # April, not January
("The 4.99% rise is the largest the council could impose without holding a referendum [1.1].", S1, "S"),  # maximum allowed without referendum
("The council tax increase exceeds the level that would trigger a local referendum [1.1].", S1, "R"),  # it is the maximum allowed without one
("A typical Band D bill will go up by £96.40 a year, to £2,028 [1.2].", S1, "S"),  # figures match
("The rise will take a typical Band D bill to £2,028 a month [1.2].", S1, "R"),  # a year, not a month
("The tax rise passed with 38 councillors in favour and 21 against [1.2].", S1, "S"),  # 38-21
("Three councillors abstained in the council tax vote [1.2].", S1, "S"),  # three abstentions
("The council tax rise was approved by 40 votes to 19 [1.2].", S1, "R"),  # 40-19 was the amendment vote
("The council tax rise was approved unanimously [1.2].", S1, "R"),  # 38-21
("The 4.99% rise will add £96.40 a year to every household's bill [1.2].", S1, "R"),  # only typical Band D
("A typical Band D household will pay an extra £96.40 annually under the rise [1.2].", S1, "S"),  # reworded (review: kept "typical" to avoid scope widening)
("Priya Anand described the rise as painful but unavoidable, pointing to a £31.5m budget shortfall [1.3].", S1, "S"),  # reported speech
("Tom Okafor described the increase as 'painful but unavoidable' [1.3].", S1, "R"),  # speaker was Anand
("Priya Anand said the council faced a £13.5m gap in its budget [1.3].", S1, "R"),  # £31.5m
("The leader of the council said the authority had found a £31.5m hole in its 2025-26 budget [1.3].", S1, "S"),  # council leader = Anand
("Two percentage points of the increase are reserved for adult social care [1.4].", S1, "S"),  # ringfenced
("Three percentage points of the rise are ringfenced for adult social care [1.4].", S1, "R"),  # 2 points
("Adult social care makes up 41% of the council's net spending [1.4].", S1, "S"),  # matches
("Adult social care now accounts for more than half of the council's net spending [1.4].", S1, "R"),  # 41%
("Three libraries will close as part of £12.8m in savings [1.5].", S1, "S"),  # matches
("Eleven of Northbridge's 14 libraries will stay open under the budget [1.5].", S1, "S"),  # 14 minus 3
("The budget will close three of the city's 15 libraries [1.5].", S1, "R"),  # 14 libraries
("Street cleaning will be reduced across the whole city [1.5].", S1, "R"),  # residential areas only
("Residential streets will be cleaned less often under the budget [1.5].", S1, "S"),  # reduced frequency in residential areas
("The council plans to use £6m of reserves, which will leave them at their lowest since 2012 [1.6].", S1, "S"),  # matches
("The council will draw £6m from reserves, leaving them at their lowest level ever [1.6].", S1, "R"),  # lowest since 2012
("Priya Anand told the meeting the council would draw £6m from its reserves [1.6].", S1, "R"),  # it was Okafor
("The finance cabinet member told councillors the authority would dip into its reserves by £6m [1.6].", S1, "S"),  # Okafor, reworded
("Marcus Hale condemned the library closures as 'an act of cultural vandalism' [1.7].", S1, "S"),  # quote matches
("Marcus Hale, the Conservative opposition leader, called the library closures 'an act of cultural vandalism' [1.7].", S1, "R"),  # Liberal Democrat
("The Liberal Democrat opposition leader proposed keeping the libraries open by reducing councillors' allowances [1.7].", S1, "S"),  # matches
("Hale proposed funding the libraries by raising councillors' allowances [1.7].", S1, "R"),  # cutting, not raising
("Hale's amendment, which would have kept the libraries open by cutting councillors' allowances, was defeated by 40 votes to 19 [1.7, 1.8].", S1, "S"),  # merged
("Hale's amendment was passed by 40 votes to 19 [1.8].", S1, "R"),  # defeated
("Marcus Hale proposed an amendment to keep five libraries open [1.7].", S1, "R"),  # the three closures in the budget; five was the December draft
("Spending on temporary accommodation for homeless families has climbed 63% over two years to £18.2m, Okafor said [1.9].", S1, "S"),  # matches
("Spending on temporary accommodation has risen 63% in one year [1.9].", S1, "R"),  # two years
("Okafor said temporary accommodation spending had risen by 63% to £12.8m [1.9].", S1, "R"),  # £18.2m; £12.8m is savings
("Okafor warned that the council might effectively have to declare itself bankrupt within three years unless central government provides more money [1.10].", S1, "S"),  # hedge kept
("Okafor raised the prospect of a section 114 notice if extra central government funding did not materialise [1.9, 1.10].", S1, "S"),  # he = Okafor
("Okafor said the council would issue a section 114 notice within three years [1.10].", S1, "R"),  # might have to consider
("Okafor warned the council could go bankrupt within three years even with extra government funding [1.10].", S1, "R"),  # condition reversed
("Okafor said the library closures were needed to pay for temporary accommodation [1.5, 1.9].", S1, "R"),  # link not stated
("Funding for pothole repairs will rise to £4.5m from £3.1m [1.11].", S1, "S"),  # matches
("Pothole funding is increasing by £1.4m compared with last year [1.11].", S1, "S"),  # 4.5 - 3.1
("Pothole repair funding is being cut from £4.5m to £3.1m [1.11].", S1, "R"),  # direction reversed
("The council expects to cut around 150 jobs, mostly by leaving vacancies unfilled [1.12].", S1, "S"),  # matches
("About 150 jobs will go, all through compulsory redundancies [1.12].", S1, "R"),  # most through vacancies
("The council said none of the 150 posts would be lost through compulsory redundancies [1.12].", S1, "R"),  # most, not all
("Unison said it would ballot members if compulsory redundancies were announced [1.13].", S1, "S"),  # matches
("A Unison official, Jenny Marsh, warned of a possible ballot over compulsory job losses [1.13].", S1, "S"),  # conditional ballot
("Unison has already balloted its members over compulsory redundancies [1.13].", S1, "R"),  # conditional, not done
("Unison regional secretary Jenny Marsh said the union would ballot members if compulsory redundancies were announced [1.13].", S1, "R"),  # branch secretary
("The council's cabinet published its draft budget proposals in December [1.14].", S1, "S"),  # matches
("The December draft proposals suggested closing seven libraries [1.14].", S1, "R"),  # five
("The December draft proposed closing five libraries, but two were spared after a consultation that received more than 7,200 responses [1.14, 1.15].", S1, "S"),  # merged
("The number of libraries facing closure fell from five to three after the public consultation [1.5, 1.14, 1.15].", S1, "S"),  # merged
("Following the consultation, three libraries were removed from the closure list [1.15].", S1, "R"),  # two
("The public consultation attracted over 7,200 responses [1.15].", S1, "S"),  # matches
("The consultation drew more than 72,000 responses [1.15].", S1, "R"),  # 7,200
("Budget savings total £12.8m [1.5].", S1, "S"),  # matches
("The £12.8m of savings will be enough to close the £31.5m budget gap [1.3, 1.5].", S1, "R"),  # not stated and arithmetic says otherwise
("Okafor said reserves would remain above their 2012 level after the £6m draw [1.6].", S1, "R"),  # lowest since 2012
("Jenny Marsh said the union would ballot members over the library closures [1.5, 1.13].", S1, "R"),  # ballot is over compulsory redundancies
]
