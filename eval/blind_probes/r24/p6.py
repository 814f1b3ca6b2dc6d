# Domain: a drought and harvest forecasts
S1 = " ".join([
    "Spain's agriculture ministry on Monday cut its forecast for this year's wheat harvest by 22%, to 5.1 million tonnes, after the driest spring since records began in 1961.",
    "Reservoirs across the country are at 38% of capacity, compared with a ten-year average of 61%.",
    "In Andalusia, the worst-hit region, olive oil output is expected to fall by as much as half.",
    "Minister Lucía Ferrer said the government would release €800m in emergency aid, mostly in the form of low-interest loans.",
    "\"Some farmers have lost everything this season,\" said Tomás Vidal, head of the farmers' union COAG, who called the package \"too little, too late\".",
    "The state weather agency AEMET said rainfall in April and May was less than a third of normal levels.",
    "Forecasters warned that the drought could persist into the autumn unless a wet September brings relief.",
    "Wheat prices in Europe rose about 4% on the news, although traders said bumper crops in Russia may limit further gains.",
])
PROBES = [
("On Monday Spain's agriculture ministry lowered its wheat harvest forecast by 22% to 5.1 million tonnes [1.1].", S1, "S"),  # paraphrase
("The driest spring on record since 1961 led Spain to slash its wheat crop estimate to 5.1m tonnes [1.1].", S1, "S"),  # paraphrase, number format
("Spain's agriculture ministry on Monday cut its wheat harvest forecast by 22% to 5.1 million tonnes after the driest spring in a century [1.1].", S1, "R"),  # since 1961 != a century
("Spain's agriculture ministry cut its wheat forecast by 22% to 1.5 million tonnes [1.1].", S1, "R"),  # digits swapped
("Spain's wheat harvest fell 22% to 5.1 million tonnes this year [1.1].", S1, "R"),  # forecast -> actual result
("Spain's agriculture ministry cut its wheat forecast by 22%, the largest downgrade since 1961 [1.1].", S1, "R"),  # record attached to wrong thing
("Spain's reservoirs are 38% full, well below the ten-year average of 61% [1.2].", S1, "S"),  # paraphrase
("Reservoir levels nationwide stand 23 percentage points below their ten-year average [1.2].", S1, "S"),  # 61-38
("Reservoirs in Andalusia are at 38% of capacity [1.2, 1.3].", S1, "R"),  # national figure applied to region
("Reservoirs across the country are at 38% of capacity, compared with 61% a year ago [1.2].", S1, "R"),  # ten-year average -> a year ago
("Reservoirs are at less than two-thirds of their usual level [1.2].", S1, "S"),  # 38/61 = 0.62 < 2/3
("Olive oil production in Andalusia, the hardest-hit region, could drop by up to 50% [1.3].", S1, "S"),  # as much as half = up to 50%
("Andalusia, the region worst affected, faces a fall in olive oil output of as much as half, according to expectations [1.3].", S1, "S"),  # hedge kept
("In Andalusia, olive oil output is expected to fall by at least half [1.3].", S1, "R"),  # as much as -> at least
("In Andalusia, olive oil output has fallen by half [1.3].", S1, "R"),  # expected -> has fallen
("Across Spain, olive oil output is expected to fall by as much as half [1.3].", S1, "R"),  # region -> whole country
("Minister Lucía Ferrer said €800m of emergency aid would be made available, largely as cheap loans [1.4].", S1, "S"),  # paraphrase
("The government will release €800m in emergency support, most of it low-interest lending, Ferrer said [1.4].", S1, "S"),  # reported speech
("Minister Lucía Ferrer said the government would release €800m in emergency aid, mostly in the form of direct grants [1.4].", S1, "R"),  # loans -> grants
("Minister Lucía Ferrer said the government would release €800m in emergency aid, entirely in the form of low-interest loans [1.4].", S1, "R"),  # mostly -> entirely
("Minister Lucía Ferrer said the government had already paid out €800m in emergency aid [1.4].", S1, "R"),  # would release -> had paid
("Tomás Vidal said the government would release €800m in emergency aid [1.4, 1.5].", S1, "R"),  # wrong speaker
("Tomás Vidal, who leads the COAG farmers' union, said some farmers had lost everything this season and dismissed the package as too little, too late [1.5].", S1, "S"),  # paraphrase
("The head of COAG criticised the aid as insufficient and overdue [1.5].", S1, "S"),  # too little too late
("\"Most farmers have lost everything this season,\" said Tomás Vidal [1.5].", S1, "R"),  # some -> most
("Tomás Vidal, head of COAG, welcomed the package as a lifeline [1.5].", S1, "R"),  # reversed
("Tomás Vidal, head of the farmers' union COAG, called the package \"too little, too early\" [1.5].", S1, "R"),  # altered quote
("Lucía Ferrer admitted that some farmers had lost everything this season [1.5].", S1, "R"),  # wrong speaker
("Tomás Vidal said the package was too little, too late, and called for €2bn in aid [1.5].", S1, "R"),  # added detail
("According to the AEMET weather agency, April and May brought less than a third of the usual rainfall [1.6].", S1, "S"),  # paraphrase
("Rainfall in April and May fell below one-third of normal, AEMET said [1.6].", S1, "S"),  # paraphrase
("AEMET said rainfall in April and May was about a third of normal levels [1.6].", S1, "R"),  # less than -> about
("AEMET said rainfall in April and May was less than half of normal levels [1.6].", S1, "S"),  # entailed: under a third is under half (weaker but true)
("The drought may last into the autumn unless September turns out to be wet, forecasters warned [1.7].", S1, "S"),  # hedge kept
("Forecasters warned that the drought will persist into the autumn [1.7].", S1, "R"),  # hedge and condition dropped
("Forecasters warned that the drought could persist into the winter unless a wet September brings relief [1.7].", S1, "R"),  # autumn -> winter
("Forecasters said a wet September is expected to end the drought [1.7].", S1, "R"),  # invented prediction
("European wheat prices climbed roughly 4% on the news, but traders said large Russian harvests could cap any further rise [1.8].", S1, "S"),  # paraphrase
("Traders suggested strong Russian crops might restrict further increases in European wheat prices, which rose about 4% [1.8].", S1, "S"),  # reorder
("Wheat prices in Europe fell about 4% on the news [1.8].", S1, "R"),  # rose -> fell
("Traders said bumper crops in Russia will limit further gains in wheat prices [1.8].", S1, "R"),  # may -> will
("Traders said poor crops in Russia may push wheat prices higher still [1.8].", S1, "R"),  # reversed
("After the driest spring since 1961, with April and May rainfall under a third of normal, Spain cut its wheat forecast to 5.1m tonnes [1.1, 1.6].", S1, "S"),  # merge
("Spain's 22% cut to its wheat forecast sent European wheat prices up about 4% [1.1, 1.8].", S1, "S"),  # merge; "on the news"
("Ferrer announced €800m in aid, which COAG's Tomás Vidal said was too little, too late [1.4, 1.5].", S1, "S"),  # merge
("Ferrer said €800m in aid would be released, and the COAG union said that would be enough [1.4, 1.5].", S1, "R"),  # reversed union position
("Andalusia's olive oil output could fall by up to half, and reservoirs nationwide are at 38% of capacity [1.2, 1.3].", S1, "S"),  # merge, hedge kept
("The drought is expected to cut Spain's wheat harvest by 22% and olive oil output by half [1.1, 1.3].", S1, "R"),  # olive oil: Andalusia only and "as much as" dropped

("This year's Spanish wheat crop is now forecast at 5.1 million tonnes, 22% lower than previously expected [1.1].", S1, "S"),  # nominalised
("Spanish reservoirs are holding 38% of their capacity [1.2].", S1, "S"),  # paraphrase
("Andalusia has been hit harder than any other region [1.3].", S1, "S"),  # worst-hit
("Most of the €800m aid package will take the form of low-interest loans, Ferrer said [1.4].", S1, "S"),  # paraphrase
("COAG's leader said the season had cost some farmers everything [1.5].", S1, "S"),  # paraphrase
("Spain's state weather agency reported that spring rainfall in April and May was under a third of the norm [1.6].", S1, "S"),  # paraphrase (AEMET = state weather agency)
("A wet September might bring relief, but otherwise the drought could continue into autumn, forecasters said [1.7].", S1, "S"),  # hedge kept
("Russia's big harvests may hold back any further rise in European wheat prices, traders said [1.8].", S1, "S"),  # paraphrase
]
