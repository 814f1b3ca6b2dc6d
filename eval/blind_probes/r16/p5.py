# Domain: airline and airport operations
S1 = ("More than 400 flights were cancelled at Harrowfield Airport on Friday after a fault in the air traffic control system. "
      "The fault, which lasted about five hours, forced controllers to switch to manual flight planning. "
      "Airport chief executive Daniel Kerr apologised to passengers and said the problem had been fixed by early evening. "
      "An estimated 65,000 passengers were affected, many of them families starting their holidays. "
      "Skyway Airlines, the airport's largest carrier, said it had cancelled 140 flights and would offer free rebooking. "
      "The transport secretary said an independent investigation would be launched into the cause of the fault. "
      "Officials said there was no evidence of a cyber attack.")
S2 = ("Skyway Airlines reported a pre-tax profit of 310 million pounds for the first half of the year, up from 240 million pounds a year earlier. "
      "The airline carried 21 million passengers in the six months to June, a record for the period. "
      "Fuel costs rose by 8 percent, which the company said was partly offset by higher fares. "
      "Chief executive Priya Nair said bookings for the winter season were ahead of last year. "
      "She warned that delays in aircraft deliveries from manufacturers could limit growth next year. "
      "The airline plans to open twelve new routes from Harrowfield in the spring. "
      "Shares in Skyway fell 3 percent despite the results.")
PROBES = [
("Over 400 flights at Harrowfield Airport were cancelled on Friday following an air traffic control system fault [1.1].", S1, "S"),  # reorder, after->following
("Controllers had to move to manual flight planning during the fault, which lasted around five hours [1.2].", S1, "S"),  # forced->had to, restructure
("The air traffic control fault lasted about five hours [1.2].", S1, "S"),  # compression (fault identified in same sentence chain)
("Daniel Kerr, the airport's chief executive, said sorry to passengers and said the problem was resolved by early evening [1.3].", S1, "S"),  # synonyms apologised->said sorry, fixed->resolved
("The problem had been fixed by early evening, airport chief executive Daniel Kerr said [1.3].", S1, "S"),  # reorder, compression
("Some 65,000 passengers are thought to have been affected, including many families setting off on holiday [1.4].", S1, "S"),  # estimated->thought, synonyms
("Passengers affected numbered about 65,000 [1.4].", S1, "S"),  # restructure
("Skyway Airlines, the biggest carrier at the airport, said it had scrapped 140 flights and would let passengers rebook for free [1.5].", S1, "S"),  # synonyms largest->biggest, cancelled->scrapped
("Skyway Airlines said it had cancelled 140 flights [1.5].", S1, "S"),  # near copy, compression
("An independent inquiry into what caused the fault will be launched, the transport secretary said [1.6].", S1, "S"),  # reorder, investigation->inquiry
("There was no evidence of a cyber attack, according to officials [1.7].", S1, "S"),  # reorder
("More than 400 flights were cancelled at Harrowfield on Friday and an estimated 65,000 passengers were affected [1.1][1.4].", S1, "S"),  # merge, both cited
("Skyway Airlines' first-half pre-tax profit rose to 310 million pounds from 240 million pounds a year earlier [2.1].", S2, "S"),  # restructure
("Skyway made a pre-tax profit of 310 million pounds in the first half, up 70 million pounds on a year earlier [2.1].", S2, "S"),  # number reformat: difference 310-240
("In the six months to June, the airline flew a record 21 million passengers for the period [2.2].", S2, "S"),  # reorder, carried->flew
("Fuel costs climbed 8 percent, but the company said higher fares partly made up for this [2.3].", S2, "S"),  # synonyms, restructure
("Higher fares partly offset an 8 percent rise in fuel costs, the company said [2.3].", S2, "S"),  # voice change
("Winter bookings are running ahead of last year, chief executive Priya Nair said [2.4].", S2, "S"),  # reorder, compression
("Nair cautioned that late aircraft deliveries from manufacturers might constrain growth next year [2.5].", S2, "S"),  # synonyms, hedge kept
("Twelve new routes from Harrowfield are planned by the airline for the spring [2.6].", S2, "S"),  # passive
("Skyway's shares dropped 3 percent in spite of the results [2.7].", S2, "S"),  # synonyms
("Skyway posted a first-half pre-tax profit of 310 million pounds and carried a record 21 million passengers in the six months to June [2.1][2.2].", S2, "S"),  # merge, both cited
("Priya Nair said winter bookings were up on last year but warned that aircraft delivery delays could limit growth next year [2.4][2.5].", S2, "S"),  # merge, both cited, hedge kept
("Skyway plans twelve new Harrowfield routes in the spring [2.6].", S2, "S"),  # compression
("More than 400 flights were cancelled at Harrowfield Airport on Saturday [1.1].", S1, "R"),  # day changed Friday->Saturday
("More than 400 flights were delayed at Harrowfield Airport on Friday after a fault in the air traffic control system [1.1].", S1, "R"),  # cancelled->delayed
("More than 400 flights were cancelled at Harrowfield Airport after a fault in the baggage handling system [1.1].", S1, "R"),  # sibling system substituted
("The fault forced controllers to switch to automated flight planning [1.2].", S1, "R"),  # manual->automated
("The fault lasted about fifteen hours [1.2].", S1, "R"),  # five->fifteen
("Airport chief executive Daniel Kerr said the problem had not yet been fixed [1.3].", S1, "R"),  # negation flipped
("Airport chief executive Daniel Kerr apologised to passengers and blamed the air traffic control provider [1.3].", S1, "R"),  # added blame clause
("Transport secretary Daniel Kerr apologised to passengers [1.3].", S1, "R"),  # wrong role: Kerr is airport chief executive
("An estimated 56,000 passengers were affected [1.4].", S1, "R"),  # 65,000->56,000
("All of the 65,000 passengers affected were families starting their holidays [1.4].", S1, "R"),  # many->all
("Skyway Airlines said it had cancelled 140 flights and would offer full refunds [1.5].", S1, "R"),  # free rebooking->refunds
("Skyway Airlines, the airport's second-largest carrier, said it had cancelled 140 flights [1.5].", S1, "R"),  # largest->second-largest
("The transport secretary said an internal review would be launched into the cause of the fault [1.6].", S1, "R"),  # independent investigation->internal review
("The airport said an independent investigation would be launched into the cause of the fault [1.6].", S1, "R"),  # wrong speaker: transport secretary
("Officials said a cyber attack had been ruled out [1.7].", S1, "R"),  # 'no evidence' is not 'ruled out'
("Officials said the fault had been caused by a cyber attack [1.7].", S1, "R"),  # contradicts
("An independent investigation found no evidence of a cyber attack [1.6][1.7].", S1, "R"),  # investigation only to be launched; statement was by officials
("Skyway reported a pre-tax profit of 310 million pounds for the full year [2.1].", S2, "R"),  # first half->full year
("Skyway reported a pre-tax profit of 310 million pounds for the first half, up from 204 million pounds a year earlier [2.1].", S2, "R"),  # 240->204
("Skyway's revenue rose to 310 million pounds in the first half of the year [2.1].", S2, "R"),  # pre-tax profit->revenue
("The airline carried 21 million passengers in the six months to June, a record for any six-month period [2.2].", S2, "R"),  # overgeneralised: record only 'for the period'
("Fuel costs rose by 8 percent, which the company said was fully offset by higher fares [2.3].", S2, "R"),  # partly->fully
("Chief executive Priya Nair said bookings for the summer season were ahead of last year [2.4].", S2, "R"),  # winter->summer
("Chief executive Priya Nair said bookings for the winter season were behind last year [2.4].", S2, "R"),  # ahead->behind
("She said delays in aircraft deliveries from manufacturers would limit growth next year [2.5].", S2, "R"),  # hedge could->would, and warned
("She warned that delays in engine repairs could limit growth next year [2.5].", S2, "R"),  # sibling aircraft deliveries->engine repairs
("The airline plans to open twelve new routes from Harrowfield in the autumn [2.6].", S2, "R"),  # spring->autumn
("Shares in Skyway rose 3 percent after the results [2.7].", S2, "R"),  # fell->rose
("Shares in Skyway fell 3 percent because of Friday's flight cancellations [2.7].", S2, "R"),  # invented cause
("Skyway said Friday's air traffic control fault would hit its second-half profit [2.1].", S2, "R"),  # unsupported statement
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
