# Domain: a quarterly GDP and unemployment release from the national statistics office
S1 = " ".join([
    "The economy grew by 0.4% in the three months to September, according to figures published by the Office for National Statistics on Thursday.",
    "Economists polled by Reuters had expected growth of 0.3% for the quarter.",
    "The services sector expanded by 0.6%, while manufacturing output fell by 0.2%.",
    "Construction was flat over the period after two quarters of decline.",
    "The unemployment rate fell to 4.1% from 4.4% in the previous quarter.",
    "The number of people out of work dropped by 86,000 to 1.38 million.",
    "Wage growth, excluding bonuses, slowed to 5.2% from 5.7%.",
    "Chancellor Rachel Hughes said the figures showed \"an economy turning the corner\".",
    "Shadow chancellor Tom Berridge said growth remained \"far too weak to feel in people's pockets\".",
    "Analysts at Capital Insight said the Bank of England may cut interest rates in December.",
    "The Bank held its base rate at 4.75% at its last meeting in November.",
    "The ONS said Wales recorded the strongest regional growth, at 0.9%.",
    "Compared with the same quarter last year, the economy was 1.1% larger.",
])
PROBES = [
("The economy expanded by 0.4% in the July-to-September quarter [1.1].", S1, "S"),  # three months to September = July-September
("Official figures released on Thursday showed growth of 0.4% in the three months to September [1.1].", S1, "S"),  # paraphrase
("The Office for National Statistics published the growth figures on Thursday [1.1].", S1, "S"),  # dropping detail
("Growth beat the 0.3% that economists surveyed by Reuters had forecast [1.1, 1.2].", S1, "S"),  # 0.4 > 0.3, merge
("Growth came in 0.1 percentage points above economists' expectations [1.1, 1.2].", S1, "S"),  # arithmetic 0.4 - 0.3
("Growth was stronger than economists had predicted [1.1, 1.2].", S1, "S"),  # generalised comparison
("Manufacturing output shrank by 0.2% while services grew by 0.6% [1.3].", S1, "S"),  # reordering, synonyms
("The services sector expanded by 0.6% [1.3].", S1, "S"),  # near-verbatim, dropped detail
("Manufacturing contracted in the quarter [1.3].", S1, "S"),  # fell = contracted
("Services expanded faster than the economy as a whole [1.1, 1.3].", S1, "S"),  # 0.6 > 0.4
("Construction output was unchanged in the quarter [1.4].", S1, "S"),  # flat = unchanged
("Construction stopped shrinking, flattening out after two quarters of decline [1.4].", S1, "S"),  # paraphrase
("The jobless rate dropped from 4.4% to 4.1% [1.5].", S1, "S"),  # synonyms, reorder
("The unemployment rate fell by 0.3 percentage points [1.5].", S1, "S"),  # arithmetic 4.4 - 4.1
("Unemployment fell by 86,000 to 1.38 million people [1.6].", S1, "S"),  # paraphrase
("Before the fall, 1.466 million people were out of work [1.6].", S1, "S"),  # 1.38m + 86,000
("The number of unemployed people fell below 1.4 million [1.6].", S1, "S"),  # 1.38m < 1.4m
("Both the jobless rate and the number of unemployed people fell [1.5, 1.6].", S1, "S"),  # merge
("Pay growth excluding bonuses slowed by half a percentage point, to 5.2% [1.7].", S1, "S"),  # 5.7 - 5.2 = 0.5
("Wage growth slowed even as unemployment fell [1.5, 1.7].", S1, "S"),  # merge
("Unemployment fell on both measures while pay growth slowed [1.5-7].", S1, "S"),  # range merge
("The chancellor, Rachel Hughes, described the economy as \"turning the corner\" [1.8].", S1, "S"),  # partial quote
("Tom Berridge, the shadow chancellor, said growth was still \"far too weak to feel in people's pockets\" [1.9].", S1, "S"),  # remained = was still
("Capital Insight analysts said a December interest rate cut by the Bank of England was possible [1.10].", S1, "S"),  # may = possible
("According to analysts at Capital Insight, interest rates may be cut in December [1.10].", S1, "S"),  # passive
("In November the Bank kept its base rate at 4.75% [1.11].", S1, "S"),  # held = kept
("The Bank of England left interest rates unchanged at its most recent meeting [1.10, 1.11].", S1, "S"),  # last meeting = most recent
("Wales had the strongest growth of any region, at 0.9% [1.12].", S1, "S"),  # paraphrase
("Growth in Wales was more than double the overall rate [1.1, 1.12].", S1, "S"),  # 0.9 > 2 x 0.4
("The economy was 1.1% bigger than a year earlier [1.13].", S1, "S"),  # paraphrase
("Year on year, the economy grew by 1.1% [1.13].", S1, "S"),  # year on year = vs same quarter last year
("The number of people out of work dropped by 86,000 to 1.38 million. [1.6]", S1, "S"),  # verbatim, end citation
("The economy grew by 0.4% in the three months to June [1.1].", S1, "R"),  # period changed: September -> June
("Figures published on Wednesday showed the economy grew by 0.4% [1.1].", S1, "R"),  # weekday: Thursday -> Wednesday
("The Office for National Statistics said the economy would grow by 0.4% in the three months to September [1.1].", S1, "R"),  # modality: actual figure turned into forecast
("Economists polled by Reuters had expected growth of 0.4% for the quarter [1.2].", S1, "R"),  # expectation was 0.3%
("Economists polled by Bloomberg had expected growth of 0.3% for the quarter [1.2].", S1, "R"),  # poll was by Reuters
("Growth fell short of economists' expectations [1.1, 1.2].", S1, "R"),  # antonym: 0.4 beat 0.3
("The services sector expanded by 0.2%, while manufacturing output fell by 0.6% [1.3].", S1, "R"),  # figures swapped
("Manufacturing output rose by 0.2% [1.3].", S1, "R"),  # antonym: fell
("Both services and manufacturing expanded in the quarter [1.3].", S1, "R"),  # manufacturing fell
("Manufacturing was the only sector to shrink in the quarter [1.3].", S1, "R"),  # 'only sector' not stated
("All sectors of the economy grew in the quarter [1.3, 1.4].", S1, "R"),  # manufacturing fell, construction flat
("Construction returned to growth after two quarters of decline [1.4].", S1, "R"),  # flat, not growth
("Construction was flat for the third quarter in a row [1.4].", S1, "R"),  # previous two quarters were declines
("The unemployment rate rose to 4.4% from 4.1% [1.5].", S1, "R"),  # direction reversed
("The unemployment rate fell to 4.1% [1.6].", S1, "R"),  # wrong citation: rate is in 1.5
("The number of people out of work dropped by 68,000 to 1.38 million [1.6].", S1, "R"),  # 86,000 -> 68,000
("The number of people out of work dropped by 86,000 to 1.38 million, the lowest level in a decade [1.6].", S1, "R"),  # added 'lowest in a decade'
("The unemployment rate fell to 4.1% because of strong growth in the services sector [1.3, 1.5].", S1, "R"),  # invented cause
("Wage growth, including bonuses, slowed to 5.2% from 5.7% [1.7].", S1, "R"),  # excluding -> including
("Wage growth, excluding bonuses, accelerated to 5.7% [1.7].", S1, "R"),  # antonym: slowed from 5.7 to 5.2
("Wage growth slowed to 5.2%, its lowest rate in two years [1.7].", S1, "R"),  # added superlative detail
("The jobless rate, the number out of work and wage growth all rose [1.5-7].", S1, "R"),  # all three fell/slowed
("Shadow chancellor Tom Berridge said the figures showed \"an economy turning the corner\" [1.8].", S1, "R"),  # wrong speaker: Hughes said it
("Chancellor Rachel Hughes said the figures showed \"an economy finally turning the corner\" [1.8].", S1, "R"),  # altered quote: 'finally' added
("Chancellor Rachel Hughes said growth remained \"far too weak to feel in people's pockets\" [1.9].", S1, "R"),  # wrong speaker: Berridge said it
("Analysts at Capital Insight said the Bank of England will cut interest rates in December [1.10].", S1, "R"),  # hedge dropped: may -> will
("Analysts at Capital Insight said the Bank of England may cut interest rates in November [1.10].", S1, "R"),  # month: December -> November
("Analysts at Capital Insight said the Bank of England may cut interest rates in December, after it held rates at 4.75% in November [1.10].", S1, "R"),  # clause from uncited 1.11
("The Bank held its base rate at 4.75% at its last meeting in October [1.11].", S1, "R"),  # month: November -> October
("The Bank cut its base rate to 4.75% at its November meeting [1.11].", S1, "R"),  # held, not cut
("Wales recorded the weakest regional growth, at 0.9% [1.12].", S1, "R"),  # antonym: strongest
("Every part of the country grew in the quarter, with Wales strongest at 0.9% [1.12].", S1, "R"),  # 'every part grew' not stated
("Compared with the same quarter last year, the economy was 1.1% smaller [1.13].", S1, "R"),  # antonym: larger
("The economy grew by 0.4% in the three months to September [1.2].", S1, "R"),  # wrong citation: fact is in 1.1
("Growth was driven by a surge in consumer spending over the summer [1.1].", S1, "R"),  # invented cause
("The economy grew faster than in any quarter this year [1.1].", S1, "R"),  # invented superlative
]
