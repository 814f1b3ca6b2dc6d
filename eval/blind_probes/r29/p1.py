# Domain: a housing market report with prices and mortgage rates
S1 = " ".join([
    "Average house prices in the UK rose by 1.2% in October, according to figures published by the Halifax on Thursday.",
    "The typical property now costs £291,400, which is £12,300 more than a year ago.",
    "Annual price growth picked up to 4.4%, its fastest pace since January.",
    "Amanda Bryden, head of mortgages at Halifax, said: \"Lower borrowing costs have given buyers more confidence, although affordability remains stretched.\"",
    "The average two-year fixed mortgage rate fell to 4.9% last month, down from 5.6% in the spring.",
    "Northern Ireland recorded the strongest annual growth, with prices up 7.8%, while London lagged at just 1.1%.",
    "First-time buyers accounted for roughly a third of all purchases in the quarter.",
    "Some economists warned that the recovery could stall if the Bank of England keeps interest rates on hold into next year.",
    "The Bank held its base rate at 4% at its last meeting in September.",
    "Estate agents in the Midlands reported a sharp rise in viewings but said that asking prices were often being cut before a sale was agreed.",
])
PROBES = [
("Halifax data released on Thursday showed that UK house prices climbed 1.2% in October [1.1].", S1, "S"),  # reworded s1
("UK house prices rose by 1.2% in September, Halifax figures showed [1.1].", S1, "R"),  # wrong month
("Halifax figures published on Tuesday showed a 1.2% rise in October [1.1].", S1, "R"),  # wrong weekday
("Nationwide said UK house prices rose 1.2% in October [1.1].", S1, "R"),  # wrong source lender
("House prices in the UK fell by 1.2% in October [1.1].", S1, "R"),  # antonym rose/fell
("A typical home now sells for £291,400 [1.2].", S1, "S"),  # paraphrase
("The typical property is £12,300 dearer than it was twelve months earlier [1.2].", S1, "S"),  # year ago = twelve months
("The typical property costs £12,300 less than a year ago [1.2].", S1, "R"),  # more -> less
("The typical property now costs £219,400 [1.2].", S1, "R"),  # digit transposition
("The typical property costs £291,400, about £21,300 more than last year [1.2].", S1, "R"),  # wrong difference
("Year-on-year house price inflation accelerated to 4.4%, the quickest rate since January [1.3].", S1, "S"),  # paraphrase
("Annual price growth reached 4.4%, its fastest pace in more than two years [1.3].", S1, "R"),  # since January != two years
("Annual price growth slowed to 4.4% [1.3].", S1, "R"),  # picked up -> slowed
("Annual growth rose to 4.4% [1.2].", S1, "R"),  # wrong sentence cited
("Halifax's head of mortgages, Amanda Bryden, said cheaper borrowing had boosted buyer confidence [1.4].", S1, "S"),  # reported speech
("Amanda Bryden said affordability was still stretched despite buyers feeling more confident [1.4].", S1, "S"),  # reported speech, other half
("Amanda Bryden said affordability was no longer a problem for buyers [1.4].", S1, "R"),  # contradicts quote
("Amanda Bryden, chief economist at Halifax, said lower borrowing costs had helped buyers [1.4].", S1, "R"),  # wrong job title
("Amanda Bryden said higher borrowing costs had given buyers more confidence [1.4].", S1, "R"),  # lower -> higher
("Amanda Bryden said lower borrowing costs had given buyers more confidence, adding that prices would keep rising next year [1.4].", S1, "R"),  # added forecast
("The average two-year fixed mortgage rate dropped to 4.9% last month, from 5.6% in the spring [1.5].", S1, "S"),  # paraphrase
("Two-year fixed mortgage rates have fallen since the spring [1.5].", S1, "S"),  # generalisation
("The average five-year fixed mortgage rate fell to 4.9% last month [1.5].", S1, "R"),  # two-year -> five-year
("The average two-year fixed rate fell to 4.9% from 5.6% in the autumn [1.5].", S1, "R"),  # spring -> autumn
("The average two-year fixed rate rose to 5.6% last month [1.5].", S1, "R"),  # reversed direction
("The two-year fixed rate fell by 0.7 percentage points between the spring and last month [1.5].", S1, "S"),  # 5.6-4.9 = 0.7 arithmetic
("The two-year fixed rate fell by 1.7 percentage points since the spring [1.5].", S1, "R"),  # wrong arithmetic
("Northern Ireland saw the biggest annual rise in prices, at 7.8% [1.6].", S1, "S"),  # paraphrase
("Prices in London grew by only 1.1% over the year, trailing the rest of the country [1.6].", S1, "S"),  # lagged = trailing
("London recorded the strongest annual growth, with prices up 7.8% [1.6].", S1, "R"),  # swapped regions
("Prices in London fell by 1.1% over the year [1.6].", S1, "R"),  # up -> fell
("Scotland recorded the strongest annual growth at 7.8% [1.6].", S1, "R"),  # wrong region
("About one in three purchases in the quarter were made by first-time buyers [1.7].", S1, "S"),  # third = one in three
("First-time buyers made up the majority of purchases in the quarter [1.7].", S1, "R"),  # third -> majority
("First-time buyers accounted for exactly a third of purchases in the year [1.7].", S1, "R"),  # roughly->exactly, quarter->year
("Some economists cautioned that the recovery might stall if the Bank of England leaves rates unchanged into next year [1.8].", S1, "S"),  # hedge kept
("Economists warned that the recovery will stall because the Bank of England is keeping rates on hold [1.8].", S1, "R"),  # dropped hedge, conditional -> cause
("All economists warned that the recovery could stall [1.8].", S1, "R"),  # some -> all
("Some economists warned the recovery could stall if the Bank of England raised interest rates [1.8].", S1, "R"),  # on hold -> raised
("At its September meeting the Bank of England kept its base rate unchanged at 4% [1.9].", S1, "S"),  # held = kept unchanged
("The Bank cut its base rate to 4% in September [1.9].", S1, "R"),  # held -> cut
("The Bank held its base rate at 4% at its meeting in August [1.9].", S1, "R"),  # wrong month
("The Bank held its base rate at 4.5% in September [1.9].", S1, "R"),  # wrong figure
("Midlands estate agents said viewings had risen sharply [1.10].", S1, "S"),  # dropping detail
("Estate agents in the Midlands said sellers often reduced asking prices before agreeing a sale [1.10].", S1, "S"),  # paraphrase
("Estate agents in the Midlands reported a sharp fall in viewings [1.10].", S1, "R"),  # rise -> fall
("Estate agents in the Midlands said asking prices were rarely cut before a sale was agreed [1.10].", S1, "R"),  # often -> rarely
("Estate agents in the North West reported a sharp rise in viewings [1.10].", S1, "R"),  # wrong region
("Estate agents in the Midlands reported more viewings because mortgage rates had fallen [1.10].", S1, "R"),  # added cause
("House prices rose 1.2% in October, lifting annual growth to 4.4% [1.1, 1.3].", S1, "S"),  # merge
("The typical UK property cost £291,400 in October after prices rose 1.2% that month [1.1, 1.2].", S1, "S"),  # merge
("Prices grew 4.4% over the year, with Northern Ireland leading at 7.8% [1.3, 1.6].", S1, "S"),  # merge
("Two-year fixed mortgage rates fell to 4.9% while the Bank of England held its base rate at 4% [1.5, 1.9].", S1, "S"),  # merge; 'mortgage rates' general for two-year fixed, acceptable
("Annual price growth picked up to 4.4% as two-year fixed rates dropped to 4.9% [1.3, 1.5].", S1, "S"),  # merge, 'as' temporal
("The Bank of England cut its base rate to 4%, bringing the two-year fixed rate down to 4.9% [1.5, 1.9].", S1, "R"),  # invented cut and causal link
("Prices rose 1.2% in October and first-time buyers made up half of all purchases [1.1, 1.7].", S1, "R"),  # third -> half
("House prices rose 1.2% in October, and London had the weakest annual growth of any region [1.1, 1.6].", S1, "R"),  # 'weakest of any region' not stated
("Halifax said the typical property costs £291,400 [1.1].", S1, "R"),  # fact from uncited sentence 1.2
("Amanda Bryden warned that the recovery could stall if interest rates stay on hold [1.8].", S1, "R"),  # wrong speaker; economists said it
("The Bank of England held its base rate at 4% [1.8].", S1, "R"),  # wrong sentence cited (fact in 1.9)
("Annual house price inflation was 4.4% in October, compared with a 1.1% rise in London [1.3, 1.6].", S1, "S"),  # merge
("No region recorded annual growth above 7.8% [1.6].", S1, "S"),  # follows from 'strongest' (relabelled: first marked R, but strongest = none higher)
("According to the Halifax, October saw UK property values increase by 1.2% [1.1].", S1, "S"),  # voice/nominal change
("The cost of a typical property has gone up by £12,300 over the past year to £291,400 [1.2].", S1, "S"),  # reordered
("The pace of annual house price growth quickened to 4.4% [1.3].", S1, "S"),  # picked up = quickened
("Affordability remains stretched, a Halifax mortgage chief said [1.4].", S1, "S"),  # reported speech, generalised speaker
("According to Halifax's Amanda Bryden, buyers have become more confident thanks to lower borrowing costs, though affordability is still stretched [1.4].", S1, "S"),  # full quote paraphrased
("Last month the typical two-year fixed mortgage cost 4.9%, compared with 5.6% in the spring [1.5].", S1, "S"),  # reworded
("London's annual price growth of 1.1% was well below Northern Ireland's 7.8% [1.6].", S1, "S"),  # comparison
("Roughly 33% of purchases in the quarter were by first-time buyers [1.7].", S1, "S"),  # roughly a third
("There are fears among some economists that the recovery may falter should the Bank of England hold rates into next year [1.8].", S1, "S"),  # hedged paraphrase
("The base rate stood at 4% after the Bank's most recent meeting in September [1.9].", S1, "S"),  # paraphrase
("In the Midlands, agents saw many more viewings, but sellers were frequently trimming asking prices before deals were struck [1.10].", S1, "S"),  # full paraphrase
("Some economists warned the recovery could stall if the Bank of England holds rates at 4% into next year [1.8, 1.9].", S1, "S"),  # merge with base rate
("Halifax figures showed prices up 1.2% in October, and its head of mortgages said lower borrowing costs had lifted confidence [1.1, 1.4].", S1, "S"),  # merge
("Northern Ireland's 7.8% growth far outstripped the national annual rate of 4.4% [1.3, 1.6].", S1, "S"),  # merge and compare
]
