S1 = ("Container shipping rates from Shanghai to Rotterdam rose by 20 percent last week. "
"The increase followed attacks on vessels in the Red Sea, which forced many ships to sail around the Cape of Good Hope. "
"The longer route adds about ten days to the journey. "
"Maersk said it would add a surcharge of $500 per container from 1 February. "
"Retailers warned that some goods could arrive late for the spring season. "
"The Port of Felixstowe said it was handling fewer ships but larger cargoes. "
"Insurance costs for vessels in the region have tripled since December.")
S2 = ("Dock workers at the Port of Antwerp began a 48-hour strike on Wednesday over pay. "
"The union is demanding a 9 percent wage rise, while employers have offered 5 percent. "
"About 40 ships were waiting outside the port by Thursday morning. "
"The port authority said perishable goods would be given priority once work resumed. "
"Belgian Economy Minister Luc Janssens urged both sides to return to talks. "
"A previous strike in 2023 lasted three days.")
PROBES = [
("Shipping a container from Shanghai to Rotterdam cost 20 percent more last week [1.1].", S1, "S"),
("The rise came after attacks on ships in the Red Sea forced many vessels to sail around the Cape of Good Hope [1.2].", S1, "S"),
("Taking the longer route adds roughly ten days to the voyage [1.3].", S1, "S"),
("Maersk said that from 1 February it would impose a $500 surcharge per container [1.4].", S1, "S"),
("Retailers warned some goods might arrive late for the spring season [1.5].", S1, "S"),
("Felixstowe said it was handling fewer ships but bigger cargoes [1.6].", S1, "S"),
("Since December, insurance costs for vessels in the region have risen threefold [1.7].", S1, "S"),
("Red Sea attacks forced many ships around the Cape of Good Hope, a route that adds about ten days [1.2][1.3].", S1, "S"),
("Antwerp dock workers started a 48-hour strike over pay on Wednesday [2.1].", S2, "S"),
("Employers have offered 5 percent, while the union wants a 9 percent pay rise [2.2].", S2, "S"),
("By Thursday morning, some 40 ships were waiting outside the port [2.3].", S2, "S"),
("Once work resumes, perishable goods will get priority, the port authority said [2.4].", S2, "S"),
("Luc Janssens, Belgium's economy minister, called on both sides to go back to talks [2.5].", S2, "S"),
("A strike in 2023 lasted three days [2.6].", S2, "S"),
("Insurance costs for vessels in the region have tripled [1.7].", S1, "S"),
("Container shipping rates rose last week [1.1].", S1, "S"),
("The dock workers' strike is over pay [2.1].", S2, "S"),
("Maersk said it would add a surcharge [1.4].", S1, "S"),
("Rates for containers from Shanghai to Rotterdam went up by a fifth last week [1.1].", S1, "S"),
("Around 40 vessels were waiting outside the port by Thursday morning [2.3].", S2, "S"),
("The union wants a bigger wage rise than employers have offered [2.2].", S2, "S"),
("Container shipping rates from Shanghai to Hamburg rose by 20 percent last week [1.1].", S1, "R"),  # port swapped
("Container shipping rates from Rotterdam to Shanghai rose by 20 percent last week [1.1].", S1, "R"),  # direction from/to reversed
("Container shipping rates from Shanghai to Rotterdam rose by 20 percent last month [1.1].", S1, "R"),  # period changed
("The increase followed attacks on vessels in the Red Sea, which forced all ships to sail around the Cape of Good Hope [1.2].", S1, "R"),  # quantifier widened
("The increase followed attacks on vessels in the Suez Canal [1.2].", S1, "R"),  # place swapped
("The longer route adds about ten weeks to the journey [1.3].", S1, "R"),  # unit changed
("Maersk said it would add a surcharge of $500 per container from 1 March [1.4].", S1, "R"),  # date changed
("Maersk said it would add a surcharge of $5,000 per container from 1 February [1.4].", S1, "R"),  # number changed
("Hapag-Lloyd said it would add a surcharge of $500 per container from 1 February [1.4].", S1, "R"),  # company swapped
("Retailers warned that all goods would arrive late for the spring season [1.5].", S1, "R"),  # quantifier widened, hedge dropped
("Retailers warned that some goods could arrive late for the Christmas season [1.5].", S1, "R"),  # season swapped
("The Port of Felixstowe said it was handling more ships but smaller cargoes [1.6].", S1, "R"),  # reversed
("Insurance costs for vessels in the region have doubled since December [1.7].", S1, "R"),  # number changed
("Insurance costs for vessels in the region have tripled since October [1.7].", S1, "R"),  # month changed
("Dock workers at the Port of Rotterdam began a 48-hour strike on Wednesday over pay [2.1].", S2, "R"),  # port swapped
("Dock workers at the Port of Antwerp began a 24-hour strike on Wednesday over pay [2.1].", S2, "R"),  # number changed
("Dock workers at the Port of Antwerp began a 48-hour strike on Wednesday over safety [2.1].", S2, "R"),  # cause swapped
("The union is demanding a 5 percent wage rise, while employers have offered 9 percent [2.2].", S2, "R"),  # figures swapped
("About 40 ships were waiting outside the port by Friday morning [2.3].", S2, "R"),  # weekday changed
("About 400 ships were waiting outside the port by Thursday morning [2.3].", S2, "R"),  # number changed
("The port authority said perishable goods would be held back once work resumed [2.4].", S2, "R"),  # antonym
("Belgian Economy Minister Luc Janssens urged the union to accept the employers' offer [2.5].", S2, "R"),  # invented content
("A previous strike in 2023 lasted three weeks [2.6].", S2, "R"),  # unit changed
("Belgian Economy Minister Luc Janssens said the 2023 strike had lasted three days [2.6].", S2, "R"),  # added attribution
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
