S1 = ("The wheat harvest in France is expected to reach 33 million tonnes this year, the farm ministry said on Thursday. "
"That would be 8% more than last year, when heavy rain ruined crops across the north of the country. "
"Barley output is forecast to fall slightly, to 11.2 million tonnes. "
"Farmers in the south-west have complained that a dry spell in June reduced yields of maize. "
"The ministry warned that the estimate could change if storms hit before the harvest is finished. "
"Wheat futures on the Euronext exchange slipped 2% after the forecast was published. "
"Exports are likely to rise, with Morocco and Egypt expected to remain the main buyers.")
S2 = ("Food prices in Britain rose 3.1% in the year to August, down from 3.8% in July, the British Retail Consortium said. "
"Fresh food inflation eased to 2.4%, helped by cheaper vegetables and fruit. "
"Prices of chocolate and coffee continued to climb because of poor harvests in West Africa and Brazil. "
"Butter prices were 18% higher than a year ago. "
"Helen Dickinson, the consortium's chief executive, said shoppers could expect some relief in the autumn. "
"She added that higher labour costs would keep pressure on prices into next year. "
"Supermarkets have cut the prices of several hundred everyday items since the spring.")
PROBES = [
("France's farm ministry said on Thursday that this year's wheat harvest should reach 33 million tonnes [1.1].", S1, "S"),
("The French wheat crop is expected to total 33 million tonnes [1.1].", S1, "S"),
("Heavy rain ruined crops across the north of the country last year [1.2].", S1, "S"),
("The expected harvest would be 8% bigger than last year's [1.2].", S1, "S"),
("Barley production is forecast to dip slightly to 11.2 million tonnes [1.3].", S1, "S"),
("South-western farmers say a June dry spell cut maize yields [1.4].", S1, "S"),
("The ministry cautioned that storms before the end of the harvest could change the estimate [1.5].", S1, "S"),
("Euronext wheat futures fell 2% after the forecast came out [1.6].", S1, "S"),
("Exports will probably increase, with Morocco and Egypt expected to stay the main buyers [1.7].", S1, "S"),
("The ministry forecast a 33 million tonne wheat harvest, and wheat futures slipped 2% on Euronext after the forecast was published [1.1][1.6].", S1, "S"),
("British food price inflation slowed to 3.1% in August from 3.8% in July [2.1].", S2, "S"),
("The British Retail Consortium said food prices were 3.1% higher than a year earlier in August [2.1].", S2, "S"),
("Fresh food inflation eased to 2.4%, helped by cheaper fruit and vegetables [2.2].", S2, "S"),
("Chocolate and coffee prices kept rising because of poor harvests in West Africa and Brazil [2.3].", S2, "S"),
("Butter cost 18% more than a year ago [2.4].", S2, "S"),
("Helen Dickinson, chief executive of the consortium, said shoppers could see some relief in the autumn [2.5].", S2, "S"),
("Dickinson said higher labour costs would keep pressure on prices into next year [2.6].", S2, "S"),
("Since the spring, supermarkets have lowered prices on several hundred everyday items [2.7].", S2, "S"),
("Food inflation fell to 3.1% and butter was 18% dearer than a year ago [2.1][2.4].", S2, "S"),
("Barley output is expected to fall slightly [1.3].", S1, "S"),
("Wheat futures on the Euronext exchange dropped 2% after the forecast was released [1.6].", S1, "S"),
("The wheat harvest in Germany is expected to reach 33 million tonnes this year [1.1].", S1, "R"),  # country changed
("The wheat harvest in France is expected to reach 38 million tonnes [1.1].", S1, "R"),  # figure changed
("The farm ministry said on Tuesday that the wheat harvest would reach 33 million tonnes [1.1].", S1, "R"),  # weekday changed; hedge dropped
("The forecast harvest would be 8% smaller than last year's [1.2].", S1, "R"),  # more -> smaller
("Last year heavy rain ruined crops across the south of France [1.2].", S1, "R"),  # north -> south
("Last year drought ruined crops across the north of the country [1.2].", S1, "R"),  # rain -> drought
("Barley output is forecast to rise sharply to 11.2 million tonnes [1.3].", S1, "R"),  # fall slightly -> rise sharply
("Farmers in the south-west have complained that a dry spell in June reduced yields of wheat [1.4].", S1, "R"),  # maize -> wheat
("Farmers in the south-west said a dry spell in July reduced maize yields [1.4].", S1, "R"),  # June -> July
("The ministry said the estimate would not change [1.5].", S1, "R"),  # contradicts hedge
("The ministry said storms had hit before the harvest was finished [1.5].", S1, "R"),  # conditional -> fact
("Wheat futures on the Euronext exchange rose 2% after the forecast was published [1.6].", S1, "R"),  # slipped -> rose
("Exports will rise, with Morocco and Egypt the main buyers [1.7].", S1, "R"),  # hedge dropped
("Exports are likely to rise, with Algeria and Egypt expected to remain the main buyers [1.7].", S1, "R"),  # Morocco -> Algeria
("Food prices in Britain rose 3.8% in the year to August [2.1].", S2, "R"),  # July figure moved to August
("Food price inflation in Britain accelerated to 3.1% in August [2.1].", S2, "R"),  # down -> accelerated
("Fresh food inflation eased to 2.4%, helped by cheaper meat and fish [2.2].", S2, "R"),  # substitution
("Prices of chocolate and coffee fell because of good harvests in West Africa and Brazil [2.3].", S2, "R"),  # antonyms
("Prices of tea and coffee continued to climb because of poor harvests [2.3].", S2, "R"),  # chocolate -> tea
("Butter prices were 18% lower than a year ago [2.4].", S2, "R"),  # higher -> lower
("Cheese prices were 18% higher than a year ago [2.4].", S2, "R"),  # butter -> cheese
("Helen Dickinson said shoppers would get relief in the autumn [2.5].", S2, "R"),  # hedge dropped
("Helen Dickinson said shoppers could expect some relief in the spring [2.5].", S2, "R"),  # autumn -> spring
("Dickinson said lower energy costs would ease pressure on prices next year [2.6].", S2, "R"),  # changed cause and direction
("Dickinson said higher labour costs would keep pressure on prices into next year [2.5].", S2, "R"),  # wrong citation (2.6)
("Supermarkets have cut the prices of all everyday items since the spring [2.7].", S2, "R"),  # several hundred -> all
("Supermarkets have raised the prices of several hundred everyday items since the spring [2.7].", S2, "R"),  # cut -> raised
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
