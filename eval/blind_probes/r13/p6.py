S1 = ("The European Space Agency launched its Aurelia weather satellite on an Ariane 6 rocket from Kourou, French Guiana, on Friday evening. "
"The 2.8-tonne spacecraft separated from the upper stage 34 minutes after lift-off. "
"Controllers in Darmstadt confirmed that its solar panels had deployed about an hour later. "
"Aurelia will measure temperature and humidity in the upper atmosphere to improve storm forecasts. "
"The launch had been postponed twice in November because of high winds. "
"Aurelia is designed to operate for at least seven years. "
"A second satellite in the series is planned for 2029.")
S2 = ("Astronomers using the James Webb Space Telescope have detected water vapour in the atmosphere of a planet orbiting a small red star 97 light years away. "
"The planet, known as LHS 882 b, is about 1.6 times the size of Earth. "
"It completes an orbit of its star every 4.2 days. "
"The team, led by Dr Sara Lindqvist of Stockholm University, said the finding did not mean the planet could support life. "
"Surface temperatures are thought to exceed 300 degrees Celsius. "
"The results were published on Monday in the journal Nature Astronomy. "
"Further observations are planned next year to look for carbon dioxide.")
PROBES = [
("ESA launched the Aurelia weather satellite from Kourou in French Guiana on Friday evening aboard an Ariane 6 [1.1].", S1, "S"),
("An Ariane 6 rocket carried ESA's Aurelia weather satellite into space from Kourou on Friday [1.1].", S1, "S"),
("The 2.8-tonne spacecraft separated from the rocket's upper stage 34 minutes after launch [1.2].", S1, "S"),
("Controllers in Darmstadt confirmed the solar panels had opened about an hour later [1.3].", S1, "S"),
("Aurelia will measure temperature and humidity in the upper atmosphere to help improve storm forecasts [1.4].", S1, "S"),
("The satellite's measurements of upper-atmosphere temperature and humidity are meant to improve storm forecasting [1.4].", S1, "S"),
("High winds forced the launch to be postponed twice in November [1.5].", S1, "S"),
("Aurelia is designed to last at least seven years [1.6].", S1, "S"),
("A second satellite in the series is planned for 2029 [1.7].", S1, "S"),
("After two postponements in November because of high winds, Aurelia launched on Friday evening [1.1][1.5].", S1, "S"),
("The James Webb Space Telescope has detected water vapour in the atmosphere of a planet 97 light years away [2.1].", S2, "S"),
("The planet orbits a small red star 97 light years away [2.1].", S2, "S"),
("LHS 882 b is roughly 1.6 times as big as Earth [2.2].", S2, "S"),
("The planet goes round its star every 4.2 days [2.3].", S2, "S"),
("Dr Sara Lindqvist of Stockholm University led the team [2.4].", S2, "S"),
("The team said the discovery did not mean the planet could support life [2.4].", S2, "S"),
("Surface temperatures are thought to be above 300 degrees Celsius [2.5].", S2, "S"),
("The results appeared in Nature Astronomy on Monday [2.6].", S2, "S"),
("More observations are planned next year to search for carbon dioxide [2.7].", S2, "S"),
("Surface temperatures are believed to exceed 300 degrees Celsius, and more observations planned for next year will look for carbon dioxide [2.5][2.7].", S2, "S"),
("The spacecraft separated from the upper stage 34 minutes after lift-off [1.2].", S1, "S"),
("The European Space Agency launched Aurelia on a Vega rocket from Kourou [1.1].", S1, "R"),  # Ariane 6 -> Vega
("The European Space Agency launched Aurelia on Saturday evening [1.1].", S1, "R"),  # Friday -> Saturday
("NASA launched the Aurelia weather satellite from Kourou [1.1].", S1, "R"),  # agency swapped
("The 8.2-tonne spacecraft separated from the upper stage [1.2].", S1, "R"),  # figure swapped
("The spacecraft separated from the upper stage 43 minutes after lift-off [1.2].", S1, "R"),  # 34 -> 43
("Controllers in Toulouse confirmed that its solar panels had deployed [1.3].", S1, "R"),  # Darmstadt -> Toulouse
("Controllers in Darmstadt said its solar panels had failed to deploy [1.3].", S1, "R"),  # antonym
("Aurelia will measure temperature and humidity in the upper atmosphere to improve earthquake forecasts [1.4].", S1, "R"),  # storm -> earthquake
("Aurelia will measure wind speed and humidity in the lower atmosphere [1.4].", S1, "R"),  # temperature -> wind; upper -> lower
("The launch had been postponed twice in November because of a fuel leak [1.5].", S1, "R"),  # invented cause
("The launch had been postponed three times in November [1.5].", S1, "R"),  # twice -> three
("Aurelia is designed to operate for at most seven years [1.6].", S1, "R"),  # at least -> at most
("Aurelia is designed to operate for at least seven years [1.7].", S1, "R"),  # wrong citation (1.6)
("A second satellite in the series will be launched in 2029 [1.7].", S1, "R"),  # planned -> definite
("A second and third satellite in the series are planned for 2029 [1.7].", S1, "R"),  # added third satellite
("Astronomers using the Hubble Space Telescope have detected water vapour on a distant planet [2.1].", S2, "R"),  # telescope swapped
("Astronomers have detected water vapour in the atmosphere of a planet orbiting a small red star 79 light years away [2.1].", S2, "R"),  # 97 -> 79
("Astronomers have detected liquid water on the surface of a planet orbiting a small red star [2.1].", S2, "R"),  # vapour in atmosphere -> liquid water on surface
("The planet, known as LHS 882 b, is about 1.6 times the mass of Earth [2.2].", S2, "R"),  # size -> mass
("The planet, known as LHS 882 b, is about 6.1 times the size of Earth [2.2].", S2, "R"),  # number
("It completes an orbit of its star every 4.2 years [2.3].", S2, "R"),  # days -> years
("The team, led by Dr Sara Lindqvist of Uppsala University, studied the planet [2.4].", S2, "R"),  # university swapped
("The team said the finding meant the planet could support life [2.4].", S2, "R"),  # negation dropped
("Surface temperatures exceed 300 degrees Celsius [2.5].", S2, "R"),  # hedge dropped (thought to)
("Surface temperatures are thought to be below 300 degrees Celsius [2.5].", S2, "R"),  # exceed -> below
("The results were published on Monday in the journal Science [2.6].", S2, "R"),  # journal swapped
("The results were published on Monday in the journal Nature Astronomy [2.5].", S2, "R"),  # wrong citation (2.6)
("Further observations are planned next year to look for methane [2.7].", S2, "R"),  # carbon dioxide -> methane
("Observations have already found carbon dioxide in the planet's atmosphere [2.7].", S2, "R"),  # planned -> found
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
