# Domain: a car maker's recall and electric-vehicle sales
S1 = " ".join([
    "Carmaker Voltera is recalling about 84,000 electric vehicles in Europe because of a software fault that can cause the rear-view camera to fail, the company said on Thursday.",
    "The recall affects the Aria hatchback and Novu SUV built between June 2022 and March 2024.",
    "Voltera said it was not aware of any accidents or injuries linked to the fault.",
    "Owners will be able to fix the problem with an over-the-air software update, and will not need to visit a dealer.",
    "The recall follows a similar one by the company in the United States in January covering 31,000 vehicles.",
    "Shares in Voltera fell 3 per cent in Frankfurt after the announcement.",
    "The company is expected to report first-quarter results next week.",
])
S2 = " ".join([
    "Voltera's European electric car sales rose 18 per cent in the first quarter to 61,500 vehicles, according to figures from industry group ACEA published on Tuesday.",
    "That was slower than the 27 per cent growth recorded in the same period last year.",
    "Overall, battery electric cars made up 14 per cent of new car registrations in the European Union in the quarter, down from 15 per cent a year earlier.",
    "Chinese brand BYD more than doubled its European sales over the period, although from a much smaller base.",
    "Analysts at Bernstein said price cuts by rivals were putting pressure on Voltera's profit margins.",
    "Voltera chief executive Lena Marsh said last month that the company would launch a cheaper model priced below 25,000 euros in 2026.",
    "She said the firm remained committed to selling only electric cars in Europe by 2030.",
])
PROBES = [
("Voltera is recalling around 84,000 electric cars in Europe [1.1].", S1, "S"),  # synonyms
("A software glitch that can make the rear-view camera stop working has prompted the recall [1.1].", S1, "S"),  # nominalisation, hedge kept
("Voltera announced the recall on Thursday [1.1].", S1, "S"),  # compression
("Aria hatchbacks and Novu SUVs made between June 2022 and March 2024 are covered by the recall [1.2].", S1, "S"),  # voice
("The recall covers two models [1.2].", S1, "S"),  # generalisation/count
("Voltera said it knew of no accidents or injuries connected with the fault [1.3].", S1, "S"),  # synonyms
("The company said no accidents linked to the camera fault had come to its attention [1.1][1.3].", S1, "S"),  # reword, merge
("The fault can be fixed remotely with a software update, so owners need not go to a dealer [1.4].", S1, "S"),  # over-the-air -> remotely
("In January, Voltera recalled 31,000 vehicles in the US over a similar issue [1.5].", S1, "S"),  # reorder
("The European recall is more than twice the size of the earlier American one [1.1][1.5].", S1, "S"),  # 84,000 vs 31,000
("Voltera's shares dropped 3 per cent in Frankfurt following the announcement [1.6].", S1, "S"),  # synonym
("Voltera is due to publish its first-quarter results next week [1.7].", S1, "S"),  # expected -> due
("Voltera sold 61,500 electric cars in Europe in the first quarter, an increase of 18 per cent [2.1].", S2, "S"),  # restructure
("The ACEA sales figures were published on Tuesday [2.1].", S2, "S"),  # compression
("Voltera's European electric car sales grew more slowly than in the first quarter of last year [2.1][2.2].", S2, "S"),  # merge, pronoun resolved
("Sales growth of 18 per cent compared with 27 per cent in the same quarter a year earlier [2.1][2.2].", S2, "S"),  # merge numbers
("The share of battery electric cars in EU new car registrations slipped by one percentage point to 14 per cent [2.3].", S2, "S"),  # arithmetic
("Fewer than one in six new cars registered in the EU in the quarter were battery electric [2.3].", S2, "S"),  # 14 per cent < 1/6
("BYD's European sales more than doubled, but from a much lower starting point [2.4].", S2, "S"),  # synonym
("Bernstein analysts said competitors' price cuts were squeezing Voltera's margins [2.5].", S2, "S"),  # synonyms
("Lena Marsh said Voltera would bring out a cheaper model costing less than 25,000 euros in 2026 [2.6].", S2, "S"),  # synonyms
("Voltera's chief executive is Lena Marsh [2.6].", S2, "S"),  # extraction
("Marsh said Voltera was still committed to selling only electric cars in Europe by 2030 [2.6][2.7].", S2, "S"),  # pronoun resolved
("Voltera is recalling about 48,000 electric vehicles [1.1].", S1, "R"),  # digits swapped
("Voltera is recalling vehicles because a software fault causes the rear-view camera to fail [1.1].", S1, "R"),  # can cause -> causes (hedge dropped)
("Voltera is recalling vehicles because of a fault with the front parking sensors [1.1].", S1, "R"),  # part swapped
("Voltera is recalling about 84,000 vehicles worldwide [1.1].", S1, "R"),  # Europe -> worldwide
("The recall affects vehicles built between June 2021 and March 2024 [1.2].", S1, "R"),  # year
("The recall affects the Aria SUV and the Novu hatchback [1.2].", S1, "R"),  # body types swapped
("Voltera said the fault had caused a small number of accidents [1.3].", S1, "R"),  # negation dropped
("Lena Marsh said the company was not aware of any accidents linked to the fault [1.3].", S1, "R"),  # wrong speaker (company, not Marsh)
("Owners will need to take their cars to a dealer for the software update [1.4].", S1, "R"),  # opposite
("The recall follows a similar one in the United States in June [1.5].", S1, "R"),  # month
("The US recall in January covered 13,000 vehicles [1.5].", S1, "R"),  # number
("The January US recall covered the same Aria and Novu models [1.2][1.5].", S1, "R"),  # not stated
("Shares in Voltera rose 3 per cent in Frankfurt [1.6].", S1, "R"),  # antonym
("Shares in Voltera fell 3 per cent in Paris after the announcement [1.6].", S1, "R"),  # place
("Shares fell 3 per cent after Voltera reported weaker sales growth [1.6][2.2].", S1, "R"),  # invented cause
("Voltera reported first-quarter results last week [1.7].", S1, "R"),  # tense/time
("The recall announcement came after ACEA published its sales figures [1.1][2.1].", S1, "R"),  # invented time order (weeks unknown)
("Voltera's European electric car sales fell 18 per cent in the first quarter [2.1].", S2, "R"),  # rose -> fell
("Voltera sold 65,100 electric cars in Europe in the first quarter [2.1].", S2, "R"),  # number
("Voltera's sales growth accelerated from 27 per cent a year earlier [2.1][2.2].", S2, "R"),  # comparison direction
("Battery electric cars' share of EU registrations rose to 15 per cent [2.3].", S2, "R"),  # direction/number
("Battery electric cars made up 14 per cent of new EU registrations, up from a year earlier [2.3].", S2, "R"),  # down -> up
("BYD's European sales more than tripled [2.4].", S2, "R"),  # doubled -> tripled
("BYD sold more cars in Europe than Voltera in the quarter [2.4].", S2, "R"),  # unstated comparison
("Bernstein said the recall was putting pressure on Voltera's profit margins [2.5].", S2, "R"),  # cause swapped
("Lena Marsh said Voltera would launch a model priced below 25,000 euros in 2025 [2.6].", S2, "R"),  # year
("Lena Marsh said on Thursday that Voltera would launch a cheaper model [2.6].", S2, "R"),  # last month -> Thursday
("Marsh said Voltera would sell only electric cars worldwide by 2030 [2.6][2.7].", S2, "R"),  # Europe -> worldwide
("Marsh said Voltera had dropped its commitment to selling only electric cars in Europe by 2030 [2.6][2.7].", S2, "R"),  # opposite
]
