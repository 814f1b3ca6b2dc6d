# Domain: a car-maker's factory closure
S1 = " ".join([
    "Carmaker Voltaris confirmed on Monday that it will close its plant in Ellesmere Port by the end of September 2026, ending 62 years of production at the site.",
    "The closure will affect about 1,100 workers, and the company said a further 400 jobs at local suppliers were also at risk.",
    "Voltaris blamed falling demand for its small petrol hatchbacks and the cost of converting the factory to build electric vehicles.",
    "Production of the Corsa Vento model will move to the company's plant in Zaragoza, Spain, which already builds two other models.",
    "Chief executive Helene Marchand said the decision was painful but necessary to keep the European business competitive.",
    "The Unite union said it had not been consulted and would ballot members on strike action next week.",
    "The plant built 78,000 cars last year, down from a peak of more than 180,000 in 2008.",
])
S2 = " ".join([
    "Business Secretary Tom Hargreaves said the government had offered Voltaris £50 million in support to keep the plant open, but the offer was rejected.",
    "He said officials would set up a taskforce to help affected workers find new jobs and retrain.",
    "Local MP Joanna Reid described the announcement as a hammer blow for a town where the factory is the largest private employer.",
    "Analysts at Autovista said other European carmakers might follow Voltaris in consolidating production as Chinese competition intensifies.",
    "Voltaris shares rose 3% in Paris after the announcement.",
    "The company said it would keep a small parts distribution centre at Ellesmere Port, employing around 120 people.",
    "Redundancy packages will be offered above the statutory minimum, according to a memo seen by this newspaper.",
])
PROBES = [
("Voltaris said on Monday that it would shut its Ellesmere Port factory by the end of September 2026 [1.1].", S1, "S"),  # synonyms
("The Ellesmere Port site has been producing vehicles for 62 years [1.1].", S1, "S"),  # restated from 'ending 62 years of production'
("Roughly 1,100 employees will be affected by the closure [1.2].", S1, "S"),  # about -> roughly
("The company said another 400 jobs at local suppliers could also be lost [1.2].", S1, "S"),  # at risk -> could be lost
("Voltaris cited weaker demand for its small petrol hatchbacks as a reason for the closure [1.3].", S1, "S"),  # blamed -> cited, compression
("The cost of converting the plant to make electric vehicles was also blamed by the company [1.3].", S1, "S"),  # voice change
("The Corsa Vento will in future be built in Zaragoza in Spain [1.4].", S1, "S"),  # reworded
("Voltaris's Zaragoza factory already makes two other models [1.1][1.4].", S1, "S"),  # 'the company' resolved via cited 1.1
("Helene Marchand, the chief executive, called the decision painful but necessary for the competitiveness of the European business [1.5].", S1, "S"),  # nominalisation
("Unite said it had not been consulted [1.6].", S1, "S"),  # compression
("Unite plans to ballot its members over strike action next week [1.6].", S1, "S"),  # 'would ballot' -> plans to ballot
("Output at the plant fell to 78,000 cars last year from a peak of over 180,000 in 2008 [1.7].", S1, "S"),  # reorder
("Last year's output at the plant was less than half its 2008 peak [1.7].", S1, "S"),  # 78,000 < half of 180,000+
("The government offered £50m to keep the plant open, but Voltaris turned it down [2.1].", S2, "S"),  # number format, voice
("Business Secretary Tom Hargreaves said a taskforce would be set up to help affected workers find new jobs and retrain [2.1][2.2].", S2, "S"),  # 'he' resolved via 2.1
("Joanna Reid, the local MP, called the announcement a hammer blow for the town [2.3].", S2, "S"),  # described -> called
("The factory is the town's largest private employer [2.3].", S2, "S"),  # compression
("Autovista analysts suggested other European carmakers could follow Voltaris in consolidating production [2.4].", S2, "S"),  # might -> could
("Analysts linked possible further consolidation to intensifying competition from China [2.4].", S2, "S"),  # generalised
("Shares in Voltaris climbed 3% in Paris following the announcement [2.5].", S2, "S"),  # synonyms
("Voltaris said it would retain a small parts distribution centre at Ellesmere Port with about 120 staff [2.6].", S2, "S"),  # synonyms
("According to a memo, redundancy packages will exceed the statutory minimum [2.7].", S2, "S"),  # reordering
("Voltaris will close the Ellesmere Port plant despite having been offered £50 million in government support [1.1][2.1].", S1, "S"),  # merge
("About 1,100 workers will be affected by the closure of a plant that built 78,000 cars last year [1.2][1.7].", S1, "S"),  # merge
("Car production at Ellesmere Port will end after 62 years, though a small distribution centre will remain [1.1][2.6].", S1, "S"),  # merge across docs
("Voltaris confirmed on Monday that it will close its Ellesmere Port plant by the end of September 2027 [1.1].", S1, "R"),  # year changed
("The closure will affect about 1,400 workers at the plant [1.2].", S1, "R"),  # supplier jobs wrongly added to plant total
("The company said a further 400 jobs at local suppliers would be lost [1.2].", S1, "R"),  # at risk -> would be lost (hedge strengthened)
("Voltaris blamed falling demand for its electric vehicles [1.3].", S1, "R"),  # petrol hatchbacks -> electric vehicles
("Production of the Corsa Vento model will move to the company's plant in Zaragoza, Portugal [1.4].", S1, "R"),  # country swap
("The Zaragoza plant does not currently build any other models [1.4].", S1, "R"),  # negation
("Production of the Corsa Vento will move from Zaragoza to Ellesmere Port [1.4].", S1, "R"),  # direction reversed
("Chief executive Helene Marchand said the decision was painful and unnecessary [1.5].", S1, "R"),  # antonym
("Helene Marchand said the closure would keep the company's global business competitive [1.5].", S1, "R"),  # European -> global
("Unite said it had been consulted and would ballot members on strike action [1.6].", S1, "R"),  # negation dropped
("Unite has called a strike for next week [1.6].", S1, "R"),  # ballot -> strike called
("The plant built 78,000 cars last year, up from 2008 [1.7].", S1, "R"),  # down -> up
("The plant built more than 180,000 cars in 2018 [1.7].", S1, "R"),  # 2008 -> 2018
("Business Secretary Tom Hargreaves said Voltaris had accepted £50 million in support [2.1].", S2, "R"),  # rejected -> accepted
("The government offered Voltaris £15 million in support to keep the plant open [2.1].", S2, "R"),  # number changed
("Tom Hargreaves said officials would find new jobs for all affected workers [2.1][2.2].", S2, "R"),  # 'help find' -> guarantee for all
("Chief executive Helene Marchand described the announcement as a hammer blow for the town [2.3].", S2, "R"),  # wrong speaker
("The factory is the largest employer in the town [2.3].", S2, "R"),  # 'private' dropped, scope widened
("Autovista analysts said other European carmakers will follow Voltaris in consolidating production [2.4].", S2, "R"),  # might -> will
("Analysts said Chinese competition was easing [2.4].", S2, "R"),  # antonym
("Voltaris shares fell 3% in Paris after the announcement [2.5].", S2, "R"),  # rose -> fell
("Voltaris shares rose 3% in London after the announcement [2.5].", S2, "R"),  # Paris -> London
("The company will keep a parts distribution centre at Ellesmere Port employing around 1,200 people [2.6].", S2, "R"),  # 120 -> 1,200
("Redundancy packages will be offered at the statutory minimum [2.7].", S2, "R"),  # above -> at
("Voltaris shares rose because investors welcomed the closure [2.5].", S2, "R"),  # invented cause
("Unite said it would ballot members on strike action after the government's £50 million offer was rejected [1.6][2.1].", S1, "R"),  # invented time order/link
]
