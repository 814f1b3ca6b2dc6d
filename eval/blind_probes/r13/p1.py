S1 = ("House prices in Leeds rose 4.2% in the year to March, according to figures published on Tuesday by the Land Registry. "
"The average home in the city now sells for £248,000, up from £238,000 a year earlier. "
"First-time buyers accounted for just over a third of all purchases, the highest share since 2015. "
"Mortgage approvals fell for a second consecutive month in February, the Bank of England said. "
"Analysts at Halden Property said prices may level off later in the year if interest rates stay high. "
"Rents in the city centre climbed faster than prices, rising 7% over the same period. "
"The council has approved plans for 1,200 new homes on the former Kirkstall brewery site.")
S2 = ("Developer Northgate Homes reported a pre-tax profit of £86 million for the six months to June, down 12% on the same period last year. "
"The company completed 2,340 homes, slightly fewer than the 2,410 it built a year earlier. "
"Chief executive Fiona Marsh said demand had recovered in the south-east but remained weak in Scotland. "
"Northgate cut its full-year target for completions to 4,600 from 5,000. "
"Shares in the company fell 3% in early trading on Wednesday. "
"Marsh warned that planning delays were holding up around 40 sites. "
"The firm will pay an interim dividend of 9p a share, unchanged from last year.")
PROBES = [
("Leeds house prices were up 4.2% over the twelve months to March, Land Registry data showed [1.1].", S1, "S"),
("Land Registry figures released on Tuesday showed annual house price growth of 4.2% in Leeds [1.1].", S1, "S"),
("The average price of a Leeds home has risen from £238,000 to £248,000 in a year [1.2].", S1, "R"),  # Leeds is named only in [1.1], which is not cited (label corrected by the reviewer after the run, S to R)
("Just over a third of all purchases were made by first-time buyers [1.3].", S1, "S"),
("The share of purchases made by first-time buyers was the highest since 2015 [1.3].", S1, "S"),
("The Bank of England said mortgage approvals dropped in February for the second month running [1.4].", S1, "S"),
("Halden Property analysts said prices could level off later this year if rates remain high [1.5].", S1, "S"),
("City-centre rents rose 7%, outpacing prices [1.6].", S1, "S"),
("Plans for 1,200 homes on the old Kirkstall brewery site have been approved by the council [1.7].", S1, "S"),
("Northgate Homes' half-year pre-tax profit fell 12% to £86 million [2.1].", S2, "S"),
("The company built 2,340 homes, down from 2,410 a year before [2.2].", S2, "S"),
("Fiona Marsh, the chief executive, said demand had recovered in the south-east [2.3].", S2, "S"),
("According to Marsh, demand stayed weak in Scotland [2.3].", S2, "S"),
("Northgate lowered its full-year completions target from 5,000 to 4,600 [2.4].", S2, "S"),
("Shares in the company dropped 3% in early Wednesday trading [2.5].", S2, "S"),
("Marsh said about 40 sites were being held up by planning delays [2.6].", S2, "S"),
("The interim dividend stays at 9p a share, the same as last year [2.7].", S2, "S"),
("Northgate cut its completions target and its shares fell 3% [2.4][2.5].", S2, "S"),
("Leeds prices rose 4.2% in the year to March while city-centre rents rose 7% [1.1][1.6].", S1, "S"),
("Mortgage approvals declined in February, according to the Bank of England [1.4].", S1, "S"),
("The company completed slightly fewer homes than a year earlier [2.2].", S2, "S"),
("City-centre rents rose faster than house prices [1.6].", S1, "S"),
("House prices in Leeds rose 4.2% in the year to April [1.1].", S1, "R"),  # month changed
("House prices in Leeds rose 2.4% in the year to March [1.1].", S1, "R"),  # figure changed
("House prices in Bradford rose 4.2% in the year to March [1.1].", S1, "R"),  # place changed
("Figures published on Thursday by the Land Registry showed Leeds prices up 4.2% [1.1].", S1, "R"),  # weekday changed
("House prices in Leeds fell 4.2% in the year to March [1.1].", S1, "R"),  # rose -> fell
("The average home in Leeds now sells for £258,000 [1.2].", S1, "R"),  # figure changed
("First-time buyers accounted for more than half of all purchases [1.3].", S1, "R"),  # third -> half
("First-time buyers made up just over a third of purchases, the lowest share since 2015 [1.3].", S1, "R"),  # highest -> lowest
("Mortgage approvals rose for a second consecutive month in February [1.4].", S1, "R"),  # fell -> rose
("Mortgage approvals fell for a third consecutive month in February [1.4].", S1, "R"),  # second -> third
("Analysts at Halden Property said prices will level off later in the year [1.5].", S1, "R"),  # hedge and condition dropped
("Analysts said prices may level off later in the year because interest rates are falling [1.5].", S1, "R"),  # invented cause, contradicts
("Rents in the city centre climbed more slowly than prices [1.6].", S1, "R"),  # faster -> slower
("The council has rejected plans for 1,200 new homes on the former Kirkstall brewery site [1.7].", S1, "R"),  # approved -> rejected
("The council has approved plans for 1,200 new homes and a school on the former Kirkstall brewery site [1.7].", S1, "R"),  # added school
("Northgate's half-year pre-tax profit rose 12% to £86 million [2.1].", S2, "R"),  # down -> rose
("Northgate reported a pre-tax profit of £86 million for the full year [2.1].", S2, "R"),  # six months -> full year
("Northgate completed more homes than it did a year earlier [2.2].", S2, "R"),  # fewer -> more
("Fiona Marsh said demand had recovered in Scotland but remained weak in the south-east [2.3].", S2, "R"),  # regions swapped
("Finance director Fiona Marsh said demand had recovered in the south-east [2.3].", S2, "R"),  # role changed
("Northgate raised its full-year target for completions to 5,000 [2.4].", S2, "R"),  # cut -> raised, wrong figure
("Shares in Northgate fell 3% in early trading on Wednesday [2.4].", S2, "R"),  # wrong citation (fact in 2.5)
("Marsh warned that planning delays were holding up around 40 sites [2.5].", S2, "R"),  # wrong citation (fact in 2.6)
("Marsh warned that planning delays were holding up all of the company's sites [2.6].", S2, "R"),  # around 40 -> all
("The firm will pay an interim dividend of 9p a share, up from last year [2.7].", S2, "R"),  # unchanged -> up
("The firm will not pay an interim dividend this year [2.7].", S2, "R"),  # negation added
("Shares in Northgate rose 3% in early trading on Wednesday [2.5].", S2, "R"),  # fell -> rose
("Analysts at Halden Property said prices had already levelled off [1.5].", S1, "R"),  # hedged future -> past fact
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
