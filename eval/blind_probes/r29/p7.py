# Domain: an airline's annual results
S1 = " ".join([
    "Budget airline SkyNorth reported a pre-tax profit of £612 million for the year to 31 March, up 18% on the previous year.",
    "Revenue rose 11% to £5.9 billion as the carrier flew a record 61 million passengers.",
    "Average fares fell by 4%, which the company blamed on weaker demand in the final quarter.",
    "Chief executive Marta Lindqvist said: \"This has been a strong year, but we expect the summer to be more challenging as consumers remain cautious.\"",
    "The airline said it would pay a final dividend of 14p per share and launch a £200 million share buyback.",
    "Fuel costs, its largest expense, fell by 7% to £1.4 billion.",
    "SkyNorth said delays in aircraft deliveries from Airbus could limit its growth next year.",
    "It now expects to take delivery of 22 new jets in the coming year, down from the 30 it had originally planned.",
    "The company added 14 new routes from Manchester and Edinburgh, and plans to open a base in Lisbon in the autumn.",
    "Shares in SkyNorth rose 5% in early trading on Tuesday.",
    "Analysts at Peel Hunt said the results were slightly ahead of market expectations.",
])
PROBES = [
("SkyNorth made a pre-tax profit of £612 million in the year to 31 March, an 18% increase on the year before [1.1].", S1, "S"),  # paraphrase
("SkyNorth's annual pre-tax profit climbed 18% to £612 million [1.1].", S1, "S"),  # reordered
("SkyNorth reported a pre-tax profit of £621 million [1.1].", S1, "R"),  # digit swap
("SkyNorth reported a pre-tax profit up 8% on the previous year [1.1].", S1, "R"),  # 18 -> 8
("SkyNorth reported a post-tax profit of £612 million [1.1].", S1, "R"),  # pre -> post
("SkyNorth reported a pre-tax profit of £612 million for the year to 31 December [1.1].", S1, "R"),  # wrong year end
("SkyNorth reported a pre-tax loss of £612 million [1.1].", S1, "R"),  # profit -> loss
("Revenue grew by 11% to £5.9 billion, with the airline carrying a record 61 million passengers [1.2].", S1, "S"),  # paraphrase
("SkyNorth flew more passengers than ever before, 61 million [1.2].", S1, "S"),  # record = more than ever
("Revenue rose 11% to £5.9 million [1.2].", S1, "R"),  # billion -> million
("Revenue rose 18% to £5.9 billion [1.2].", S1, "R"),  # wrong figure (profit growth)
("SkyNorth flew a record 16 million passengers [1.2].", S1, "R"),  # digit swap
("Revenue rose 11% because SkyNorth raised its fares [1.2].", S1, "R"),  # invented cause (fares fell)
("Average fares dropped 4%, which SkyNorth attributed to softer demand in the last quarter [1.3].", S1, "S"),  # paraphrase
("The company blamed weaker final-quarter demand for a 4% fall in average fares [1.3].", S1, "S"),  # reordered
("Average fares rose by 4% [1.3].", S1, "R"),  # fell -> rose
("Average fares fell by 4%, which the company blamed on higher fuel costs [1.3].", S1, "R"),  # wrong cause
("Average fares fell by 4%, which the company blamed on weaker demand in the first quarter [1.3].", S1, "R"),  # final -> first
("Marta Lindqvist described it as a strong year but said she expected a tougher summer with consumers still cautious [1.4].", S1, "S"),  # reported speech
("The chief executive warned the summer could prove more difficult because shoppers remain wary [1.4].", S1, "S"),  # expect -> could; hedge weakened is OK? (softer, still supported)
("Marta Lindqvist said the summer would be easier than last year [1.4].", S1, "R"),  # antonym
("Marta Lindqvist said the summer would be a disaster [1.4].", S1, "R"),  # exaggeration
("Chief financial officer Marta Lindqvist said it had been a strong year [1.4].", S1, "R"),  # wrong title
("Marta Lindqvist said it had been a record year for profits [1.4].", S1, "R"),  # strong -> record profits, unsupported
("SkyNorth will pay a final dividend of 14p a share and start a £200 million share buyback [1.5].", S1, "S"),  # paraphrase
("Shareholders will receive a final dividend of 14p per share, the airline said [1.5].", S1, "S"),  # paraphrase
("The airline said it would pay a final dividend of 41p per share [1.5].", S1, "R"),  # digit swap
("The airline said it would launch a £2 billion share buyback [1.5].", S1, "R"),  # magnitude error
("The airline said it would pay a special dividend of 14p per share [1.5].", S1, "R"),  # final -> special
("The airline said it had scrapped its dividend [1.5].", S1, "R"),  # contradiction
("Fuel, SkyNorth's biggest cost, dropped 7% to £1.4 billion [1.6].", S1, "S"),  # paraphrase
("Fuel costs rose by 7% to £1.4 billion [1.6].", S1, "R"),  # fell -> rose
("Fuel costs, its second-largest expense, fell by 7% [1.6].", S1, "R"),  # largest -> second-largest
("Staff costs, its largest expense, fell by 7% to £1.4 billion [1.6].", S1, "R"),  # wrong category
("SkyNorth warned that late deliveries of Airbus aircraft might constrain its growth next year [1.7].", S1, "S"),  # paraphrase
("SkyNorth said delays in aircraft deliveries from Airbus will halve its growth next year [1.7].", S1, "R"),  # could limit -> will halve
("SkyNorth said delays in aircraft deliveries from Boeing could limit its growth [1.7].", S1, "R"),  # Airbus -> Boeing
("SkyNorth said delays in aircraft deliveries had already limited its growth this year [1.7].", S1, "R"),  # tense/time shift
("SkyNorth now expects 22 new jets over the coming year rather than the 30 it first planned [1.8].", S1, "S"),  # paraphrase
("The airline expects eight fewer new jets than originally planned [1.8].", S1, "S"),  # 30-22 = 8
("It now expects to take delivery of 32 new jets in the coming year [1.8].", S1, "R"),  # wrong figure
("It now expects to take delivery of 22 new jets, up from the 30 originally planned [1.8].", S1, "R"),  # down -> up wording
("It expects to take delivery of 22 new jets, down from the 30 it received last year [1.8].", S1, "R"),  # planned -> received last year
("SkyNorth launched 14 new routes from Manchester and Edinburgh and intends to open a Lisbon base this autumn [1.9].", S1, "S"),  # paraphrase
("SkyNorth plans to open a base in Lisbon [1.9].", S1, "S"),  # dropping detail
("SkyNorth added 14 new routes from Manchester and Glasgow [1.9].", S1, "R"),  # wrong city
("SkyNorth has opened a base in Lisbon [1.9].", S1, "R"),  # plan -> done
("SkyNorth plans to open a base in Porto in the autumn [1.9].", S1, "R"),  # wrong city
("SkyNorth shares gained 5% early on Tuesday [1.10].", S1, "S"),  # paraphrase
("Shares in SkyNorth fell 5% in early trading on Tuesday [1.10].", S1, "R"),  # rose -> fell
("Shares in SkyNorth rose 5% in early trading on Monday [1.10].", S1, "R"),  # wrong weekday
("Shares in SkyNorth rose 15% in early trading [1.10].", S1, "R"),  # wrong figure
("Peel Hunt analysts said the results were a little better than the market had expected [1.11].", S1, "S"),  # paraphrase
("Analysts at Peel Hunt said the results were far ahead of expectations [1.11].", S1, "R"),  # slightly -> far
("Analysts at Peel Hunt said the results were slightly below expectations [1.11].", S1, "R"),  # ahead -> below
("Analysts at Jefferies said the results were slightly ahead of expectations [1.11].", S1, "R"),  # wrong firm
("Profit rose 18% to £612 million on revenue up 11% at £5.9 billion [1.1, 1.2].", S1, "S"),  # merge
("Despite a 4% fall in average fares, revenue increased 11% to £5.9 billion [1.2, 1.3].", S1, "S"),  # merge with contrast
("SkyNorth, which warned that Airbus delivery delays could limit its growth, now expects 22 new jets rather than 30 [1.7, 1.8].", S1, "S"),  # merge without added causality
("Shares rose 5% after results that Peel Hunt said were slightly ahead of expectations [1.10, 1.11].", S1, "S"),  # merge
("Shares rose 5% because SkyNorth announced a £200 million buyback [1.5, 1.10].", S1, "R"),  # invented cause
("Profit rose 18% to £612 million as SkyNorth flew a record 61 million passengers [1.1].", S1, "R"),  # passenger figure from uncited 1.2
("Fuel costs fell by 7% to £1.4 billion [1.5].", S1, "R"),  # wrong sentence cited
("Marta Lindqvist said delays from Airbus could limit growth next year [1.4, 1.7].", S1, "R"),  # wrong speaker; company said it
("In the twelve months to 31 March, SkyNorth's profit before tax reached £612 million [1.1].", S1, "S"),  # paraphrase
("SkyNorth's sales increased 11% to £5.9 billion [1.2].", S1, "S"),  # revenue = sales
("Weaker demand in the last three months of the year pushed average fares down 4%, the airline said [1.3].", S1, "S"),  # blamed = attributed
("Lindqvist called the year strong but cautioned that the summer was expected to be tougher, with consumers still careful with money [1.4].", S1, "S"),  # reported speech
("Investors will get a 14p final dividend per share, and the company is launching a £200 million buyback [1.5].", S1, "S"),  # paraphrase
("SkyNorth's fuel bill, its largest single cost, was down 7% at £1.4 billion [1.6].", S1, "S"),  # paraphrase
("Growth next year could be held back by Airbus's slow aircraft deliveries, SkyNorth said [1.7].", S1, "S"),  # passive
("Eight fewer jets than first planned are now expected to arrive in the coming year, for a total of 22 [1.8].", S1, "S"),  # arithmetic
("New routes from Manchester and Edinburgh numbered 14, and a Lisbon base is planned for the autumn [1.9].", S1, "S"),  # restructured
("Early on Tuesday, SkyNorth's share price was up 5% [1.10].", S1, "S"),  # paraphrase
("The results came in marginally above what the market had expected, according to Peel Hunt analysts [1.11].", S1, "S"),  # paraphrase
("A 7% drop in fuel costs accompanied an 18% rise in pre-tax profit to £612 million [1.1, 1.6].", S1, "S"),  # merge
("Marta Lindqvist hailed a strong year, in which SkyNorth carried a record 61 million passengers [1.2, 1.4].", S1, "S"),  # merge
("The company will reward shareholders with a 14p final dividend and a £200 million buyback after an 18% profit rise [1.1, 1.5].", S1, "S"),  # merge
("SkyNorth is expanding with 14 new routes and a planned Lisbon base, even though it now expects only 22 new jets [1.8, 1.9].", S1, "S"),  # merge
]
