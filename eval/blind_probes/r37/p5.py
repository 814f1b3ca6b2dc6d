# Domain: an airline's half-year results
S1 = " ".join([
    "Skylark Airways reported a pre-tax profit of 412 million euros for the six months to 30 September, up 18 percent on the same period last year.",
    "Revenue rose 11 percent to 3.9 billion euros, driven by strong demand for summer holidays to southern Europe and North Africa.",
    "The Dublin-based carrier flew 31.6 million passengers during the half, a record, and its planes were on average 93.4 percent full.",
    "Average fares increased by 4 percent, while revenue from bags, seat selection and other extras grew 9 percent to 1.1 billion euros.",
    "Fuel costs fell 7 percent to 1.2 billion euros, helped by hedging contracts agreed last year.",
    "However, staff costs climbed 14 percent after the airline agreed new pay deals with pilots and cabin crew in the spring.",
    "Chief executive Declan Moran said the results showed the airline was 'firing on all cylinders' despite continued delays in aircraft deliveries.",
    "Skylark expects to receive 22 new Airbus A321neo jets in the current financial year, six fewer than it had originally planned.",
    "Moran warned that the delivery shortfall would limit growth next summer and could push fares higher.",
    "The airline kept its full-year profit forecast of between 520 million and 560 million euros, disappointing some analysts who had hoped for an upgrade.",
    "Shares fell 3.2 percent in early trading in Dublin following the announcement.",
    "Skylark will pay an interim dividend of 12 cents per share, its first since 2019.",
    "Chief financial officer Nina Kessler said net debt had fallen to 640 million euros from 910 million euros a year earlier.",
    "She said the board would consider a share buyback of up to 300 million euros once deliveries of new aircraft had stabilised.",
    "The airline also confirmed it would open a new base in Porto next March with four aircraft.",
])
PROBES = [
("Skylark Airways' pre-tax profit climbed 18 percent to 412 million euros in the half-year to 30 September [1.1].", S1, "S"),  # paraphrase
("Skylark's pre-tax profit fell 18 percent to 412 million euros [1.1].", S1, "R"),  # rose
("Skylark's half-year pre-tax profit of 412 million euros was up 11 percent [1.1, 1.2].", S1, "R"),  # 11 percent is revenue growth; profit up 18
("Revenue grew 11 percent to 3.9 billion euros on the back of strong summer holiday demand [1.2].", S1, "S"),  # paraphrase
("Revenue rose to 3.9 billion euros, driven by demand for holidays in northern Europe [1.2].", S1, "R"),  # southern Europe and North Africa
("The airline carried a record 31.6 million passengers over the six-month period [1.1, 1.3].", S1, "S"),  # reworded (re-read fix: "first half" not stated in 1.3; now cites 1.1 for the period)
("Skylark's aircraft were on average more than 90 percent full during the half [1.3].", S1, "S"),  # 93.4 > 90
("Every Skylark flight was 93.4 percent full [1.3].", S1, "R"),  # average, not every flight
("Dublin-based Skylark filled an average of 93.4 percent of its seats [1.3].", S1, "S"),  # paraphrase
("Average fares rose 4 percent, while income from extras such as bags and seat selection rose 9 percent to 1.1 billion euros [1.4].", S1, "S"),  # paraphrase
("Revenue from extras grew 4 percent to 1.1 billion euros [1.4].", S1, "R"),  # 9 percent; 4 is fares
("Average fares increased by 9 percent [1.4].", S1, "R"),  # 4 percent
("Fuel costs dropped 7 percent to 1.2 billion euros, partly thanks to hedging deals struck last year [1.5].", S1, "S"),  # paraphrase
("Fuel costs rose 7 percent to 1.2 billion euros [1.5].", S1, "R"),  # fell
("Fuel costs fell thanks to hedging contracts agreed this year [1.5].", S1, "R"),  # last year
("Staff costs rose 14 percent following new pay agreements with pilots and cabin crew [1.6].", S1, "S"),  # paraphrase
("Staff costs rose 14 percent after a new pay deal with pilots alone [1.6].", S1, "R"),  # pilots and cabin crew
("Staff costs went up while fuel costs went down [1.5, 1.6].", S1, "S"),  # merge
("Chief executive Declan Moran said the airline was firing on all cylinders despite ongoing delays to aircraft deliveries [1.7].", S1, "S"),  # reported speech
("Finance chief Nina Kessler said the airline was firing on all cylinders [1.7, 1.13].", S1, "R"),  # speaker swap: Moran
("Skylark expects 22 new A321neo jets this financial year, six short of its original plan [1.8].", S1, "S"),  # paraphrase
("Skylark had originally planned to take delivery of 28 A321neo jets in the current financial year [1.8].", S1, "S"),  # 22 + 6
("Skylark had originally planned to receive 26 new jets this year [1.8].", S1, "R"),  # 28
("Skylark expects to receive 22 new Boeing jets [1.8].", S1, "R"),  # Airbus
("Moran warned that the shortfall in deliveries would restrict growth next summer and might lead to higher fares [1.9].", S1, "S"),  # reported speech
("Moran said the delivery shortfall would push fares higher [1.9].", S1, "R"),  # could -> would
("Moran said the delivery shortfall would limit growth this winter [1.9].", S1, "R"),  # next summer
("Skylark stuck to its full-year profit guidance of 520 million to 560 million euros [1.10].", S1, "S"),  # paraphrase
("Skylark raised its full-year profit forecast to between 520 million and 560 million euros [1.10].", S1, "R"),  # kept, not raised
("Some analysts were disappointed that Skylark did not raise its full-year forecast [1.10].", S1, "S"),  # paraphrase
("All analysts had expected Skylark to upgrade its forecast [1.10].", S1, "R"),  # some analysts hoped
("Skylark's shares dropped 3.2 percent in early Dublin trading after the results [1.11].", S1, "S"),  # paraphrase
("Skylark shares rose 3.2 percent after the announcement [1.11].", S1, "R"),  # fell
("Skylark shares fell 3.2 percent after the airline upgraded its profit forecast [1.10, 1.11].", S1, "R"),  # forecast kept
("Skylark will pay its first dividend since 2019, an interim payout of 12 cents a share [1.12].", S1, "S"),  # reordered
("Skylark will pay a final dividend of 12 cents per share [1.12].", S1, "R"),  # interim
("The dividend is Skylark's first since 2021 [1.12].", S1, "R"),  # 2019
("Chief financial officer Nina Kessler said net debt had dropped to 640 million euros from 910 million a year before [1.13].", S1, "S"),  # reported speech
("According to the finance chief, net debt fell by 270 million euros over the year [1.13].", S1, "S"),  # 910 - 640
("Net debt fell by 370 million euros [1.13].", S1, "R"),  # 270
("Net debt rose to 910 million euros [1.13].", S1, "R"),  # fell from 910 to 640
("Kessler said the board would consider buying back up to 300 million euros of shares once aircraft deliveries stabilised [1.13, 1.14].", S1, "S"),  # reported speech
("Kessler announced a 300 million euro share buyback [1.13, 1.14].", S1, "R"),  # only to be considered, up to
("Moran said the board would consider a share buyback [1.7, 1.14].", S1, "R"),  # Kessler said it
("A new four-aircraft base will open in Porto next March, the airline confirmed [1.15].", S1, "S"),  # reordered
("Skylark will open a new base in Lisbon next March [1.15].", S1, "R"),  # Porto
("Extras such as bags and seat selection brought in 1.1 billion euros of the airline's 3.9 billion euros in revenue [1.2, 1.4].", S1, "S"),  # merge
("Fuel costs of 1.2 billion euros were higher than revenue from extras of 1.1 billion euros [1.4, 1.5].", S1, "S"),  # comparison
("Revenue from extras exceeded fuel costs [1.4, 1.5].", S1, "R"),  # 1.1 < 1.2
("Profit grew faster than revenue during the half [1.1, 1.2].", S1, "S"),  # 18 vs 11 percent
("Revenue grew faster than profit during the half [1.1, 1.2].", S1, "R"),  # reversed
("Staff costs rose 14 percent after pay deals agreed in the autumn [1.6].", S1, "R"),  # spring
("Moran blamed aircraft delivery delays for a fall in profit [1.7].", S1, "R"),  # no fall in profit
("Despite delivery delays, the chief executive said the airline was performing strongly [1.7].", S1, "S"),  # paraphrase of idiom
("Skylark expects to receive six new A321neo jets this year [1.8].", S1, "R"),  # 22; six is the shortfall
("The half-year results cover the six months ending 30 September [1.1].", S1, "S"),  # reworded
("Skylark's record passenger numbers came with an average load factor of 93.4 percent [1.3].", S1, "S"),  # jargon paraphrase
("Skylark flew 31.6 million passengers, up 11 percent on last year [1.2, 1.3].", S1, "R"),  # 11 percent is revenue
("Skylark decided to pay a dividend because its shares had fallen [1.11, 1.12].", S1, "R"),  # invented causal link
("The top of Skylark's full-year profit range is 560 million euros [1.10].", S1, "S"),  # reworded
("The buyback would be worth at least 300 million euros [1.14].", S1, "R"),  # up to
("Demand for summer trips to southern Europe and North Africa lifted Skylark's revenue [1.2].", S1, "S"),  # reordered
("The airline's chief executive said late aircraft deliveries would hold back growth next summer [1.7, 1.9].", S1, "S"),  # Moran = CEO
("Skylark's net debt fell by roughly 30 percent in a year, according to its finance chief [1.13].", S1, "S"),  # 270 of 910 = 29.7 percent
("The chief executive warned that having fewer new aircraft than planned could lead to higher fares [1.7, 1.8, 1.9].", S1, "S"),  # merge three
("Revenue from bags, seats and other extras grew faster than average fares [1.4].", S1, "S"),  # 9 vs 4 percent
]
