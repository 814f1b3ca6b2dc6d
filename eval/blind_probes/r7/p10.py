# Multi-document brief: a dockworkers' strike reported by three outlets
A = ("Dockworkers at the port of Halvard walked off the job on Monday after talks on a new contract broke down. "
     "The Harbour Workers' Union, which represents about 5,200 dockers, is seeking a 9% pay rise over two years. "
     "The port authority has offered 5%. "
     "Union president Grace Mbeki said the strike would continue until the authority returned to the table with a better offer. "
     "The port handles roughly a quarter of the country's container imports.")
B = ("More than 40 container ships were waiting outside Halvard on Tuesday, according to the shipping data firm SeaTrack. "
     "Port authority chairman Hugo Lind said the union's demand was unaffordable and would force the port to raise fees. "
     "Lind said the authority was willing to resume talks at any time. "
     "Retailers warned that shelves could be emptier before the holiday season if the strike lasts more than two weeks. "
     "The transport ministry said it was monitoring the situation but had no plans to intervene.")
C = ("The strike at Halvard is the first at the port since 2011, when dockers stayed out for 11 days. "
     "Economists at Norland Bank estimated that each day of the stoppage costs the economy about 120 million dollars. "
     "Some shipping lines have begun diverting vessels to the smaller port of Eskby, about 200 kilometres to the south. "
     "Eskby's operators said they could handle only a fraction of the extra traffic. "
     "A mediator appointed by the labour court is expected to meet both sides on Thursday.")
X = [A, B, C]
PROBES = [
    ("Dockworkers at Halvard went on strike on Monday after contract talks collapsed, and by Tuesday more than 40 container ships were waiting outside the port, according to SeaTrack [1.1][2.1].", X, "S"),
    ("The union, which represents about 5,200 dockers, wants a 9% raise over two years, while the port authority has offered 5% [1.2][1.3].", X, "S"),
    ("Union president Grace Mbeki said the walkout would go on until the authority came back to the table with a better offer, while chairman Hugo Lind said the authority was willing to resume talks at any time [1.4][2.3].", X, "S"),
    ("Port authority chairman Hugo Lind called the union's demand unaffordable and said it would force the port to raise fees [2.2].", X, "S"),
    ("The port, which handles about a quarter of the country's container imports, is seeing its first strike since 2011 [1.5][3.1].", X, "S"),
    ("Norland Bank economists estimate the stoppage costs the economy around 120 million dollars a day [3.2].", X, "S"),
    ("Some shipping lines have started rerouting vessels to Eskby, a smaller port about 200 kilometres south, whose operators said they could handle only a fraction of the extra traffic [3.3][3.4].", X, "S"),
    ("Retailers warned that shelves could be emptier before the holidays if the strike lasts more than two weeks [2.4].", X, "S"),
    ("The transport ministry said it was monitoring the situation but did not plan to intervene [2.5].", X, "S"),
    ("A mediator appointed by the labour court is expected to meet both sides on Thursday [3.5].", X, "S"),
    ("The last strike at Halvard, in 2011, lasted 11 days [3.1].", X, "S"),
    ("The Harbour Workers' Union is demanding 9% over two years, a figure the port authority's chairman called unaffordable [1.2][2.2].", X, "S"),
    ("With the authority offering 5% and the union seeking 9%, a court-appointed mediator is expected to meet both sides on Thursday [1.2][1.3][3.5].", X, "S"),
    ("Dockers at the country's port of Halvard, which handles roughly a quarter of its container imports, walked out on Monday [1.1][1.5].", X, "S"),
    ("SeaTrack counted more than 40 container ships waiting outside Halvard on Tuesday, and some lines have begun diverting ships to Eskby [2.1][3.3].", X, "S"),
    ("The ministry said it had no plans to intervene, though a labour court mediator is expected to meet the two sides on Thursday [2.5][3.5].", X, "S"),
    ("Economists estimate each day of the strike costs about 120 million dollars, and retailers warned of emptier shelves before the holiday season if it lasts more than two weeks [2.4][3.2].", X, "S"),
    ("Lind said the authority was ready to resume talks at any time, and Mbeki said the strike would last until a better offer was made [1.4][2.3].", X, "S"),
    ("The union represents roughly 5,200 dockers at Halvard [1.2].", X, "R"),  # LABEL CORRECTED S->R: "at Halvard" is not in [1.2] (only in uncited 1.1)
    ("Halvard's dockers stayed out for 11 days during their previous strike in 2011 [3.1].", X, "S"),
    ("Eskby's operators said they could cope with only a fraction of the additional traffic [3.4].", X, "S"),
    ("Talks on a new contract broke down before dockworkers walked off the job on Monday [1.1].", X, "S"),
    # unsupported
    ("Dockworkers at Halvard walked off the job on Tuesday after talks broke down [1.1][2.1].", X, "R"),  # weekday pooled from 2.1
    ("The union, which represents about 5,200 dockers, is seeking a 9% pay rise over three years [1.2].", X, "R"),  # two -> three
    ("The port authority has offered 9% [1.2][1.3].", X, "R"),  # offer vs demand swapped
    ("Grace Mbeki said the authority was willing to resume talks at any time [1.4][2.3].", X, "R"),  # Lind's words to Mbeki
    ("Hugo Lind said the strike would continue until the authority returned to the table [1.4][2.2].", X, "R"),  # Mbeki's words to Lind
    ("Hugo Lind said the union's demand was unaffordable and would force the port to cut jobs [2.2].", X, "R"),  # raise fees -> cut jobs
    ("Hugo Lind said the union's demand could force the port to raise fees [2.2].", X, "S"),  # would -> could is a weaker hedge: supported
    ("More than 40 container ships were waiting outside Halvard on Tuesday, according to Norland Bank [2.1][3.2].", X, "R"),  # wrong source attribution
    ("More than 40 container ships were waiting outside Eskby on Tuesday [2.1][3.3].", X, "R"),  # place pooled
    ("Retailers warned that shelves would be empty before the holiday season [2.4].", X, "R"),  # could be emptier if ... -> would be empty, condition dropped
    ("Retailers warned that shelves could be emptier before the holiday season if the strike lasts more than two days [2.4].", X, "R"),  # weeks -> days
    ("The transport ministry said it planned to intervene [2.5].", X, "R"),  # negation dropped
    ("The transport ministry appointed a mediator who is expected to meet both sides on Thursday [2.5][3.5].", X, "R"),  # labour court, not ministry
    ("The strike is the first at Halvard since 2011, when dockers stayed out for 12 days [3.1].", X, "R"),  # 11 -> 12
    ("The strike is the first ever at the port of Halvard [3.1].", X, "R"),  # contradicts 2011 strike
    ("Norland Bank estimated that the strike has cost the economy 120 million dollars so far [3.2].", X, "R"),  # per day -> total, about dropped
    ("Economists at Norland Bank estimated that each day of the stoppage costs the economy about 120 million euros [3.2].", X, "R"),  # currency
    ("All shipping lines have begun diverting vessels to Eskby [3.3].", X, "R"),  # some -> all
    ("Some shipping lines have begun diverting vessels to the larger port of Eskby, about 200 kilometres to the north [3.3].", X, "R"),  # smaller/south -> larger/north
    ("Eskby's operators said they could handle all of the extra traffic [3.4].", X, "R"),  # fraction -> all
    ("A mediator met both sides on Thursday [3.5].", X, "R"),  # expected dropped
    ("SeaTrack said each day of the stoppage costs the economy about 120 million dollars [2.1][3.2].", X, "R"),  # Norland's estimate given to SeaTrack
    ("Because the port authority offered only 5%, more than 40 container ships were waiting outside Halvard [1.3][2.1].", X, "R"),  # invented cause chain
    ("Union president Grace Mbeki called the authority's 5% offer unaffordable [1.3][1.4][2.2].", X, "R"),  # Lind's word to Mbeki, object reversed
    ("The port handles roughly half of the country's container imports [1.5].", X, "R"),  # quarter -> half
]
