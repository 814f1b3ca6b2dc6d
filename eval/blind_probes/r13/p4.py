S1 = ("More than 400 flights were cancelled at Frankfurt Airport on Wednesday after a strike by ground staff. "
"The Verdi union called the 24-hour walkout in a dispute over pay for about 25,000 workers. "
"Lufthansa, the airport's largest carrier, said roughly 60,000 passengers were affected. "
"Passengers on long-haul flights were rebooked on services departing from Munich. "
"The airport operator Fraport said it expected operations to return to normal on Thursday morning. "
"Verdi has demanded a pay rise of 12.5% over one year, while employers have offered 5% over two years. "
"Further talks are scheduled for next Tuesday.")
S2 = ("A SkyLink Airways jet made an emergency landing in Lisbon on Sunday after a cracked windscreen was reported by the pilots. "
"The Airbus A320, flying from Dublin to Faro with 174 passengers, descended safely and nobody was injured. "
"The airline said the crew followed standard procedures and diverted as a precaution. "
"Portugal's air accident investigation office has opened an inquiry. "
"SkyLink flew the passengers to Faro on a replacement aircraft later that evening. "
"It was the second diversion involving a SkyLink aircraft this month. "
"The airline carried 9.4 million passengers last year and operates a fleet of 42 aircraft.")
PROBES = [
("Over 400 flights were cancelled at Frankfurt Airport on Wednesday because of a ground staff strike [1.1].", S1, "S"),
("A strike by ground workers led to more than 400 cancellations at Frankfurt Airport [1.1].", S1, "S"),
("The Verdi union called a 24-hour walkout over pay [1.2].", S1, "S"),
("The pay dispute involves about 25,000 workers [1.2].", S1, "S"),
("Lufthansa said about 60,000 passengers were affected [1.3].", S1, "S"),
("Lufthansa is the biggest carrier at the airport [1.3].", S1, "S"),
("Long-haul passengers were rebooked onto flights leaving from Munich [1.4].", S1, "S"),
("Fraport, which operates the airport, said it expected operations to be back to normal by Thursday morning [1.5].", S1, "S"),
("Verdi wants a 12.5% pay rise over one year [1.6].", S1, "S"),
("Employers have offered 5% spread over two years [1.6].", S1, "S"),
("More talks are planned for next Tuesday [1.7].", S1, "S"),
("Verdi is seeking 12.5% over one year against an employers' offer of 5% over two, and more talks are set for next Tuesday [1.6][1.7].", S1, "S"),
("A SkyLink Airways jet landed in Lisbon on Sunday in an emergency after the pilots reported a cracked windscreen [2.1].", S2, "S"),
("The Airbus A320 was flying from Dublin to Faro with 174 passengers [2.2].", S2, "S"),
("No one was hurt and the A320 descended safely [2.2].", S2, "S"),
("The airline said the crew had followed standard procedures and diverted as a precaution [2.3].", S2, "S"),
("An inquiry has been opened by Portugal's air accident investigation office [2.4].", S2, "S"),
("SkyLink flew the passengers on to Faro in a replacement aircraft that evening [2.5].", S2, "S"),
("It was the second time this month that a SkyLink aircraft had diverted [2.6].", S2, "S"),
("SkyLink carried 9.4 million passengers last year and has 42 aircraft [2.7].", S2, "S"),
("A SkyLink jet made an emergency landing in Lisbon on Sunday, and nobody among its 174 passengers was injured [2.1][2.2].", S2, "S"),
("Fraport said it expected operations to return to normal on Thursday morning [1.5].", S1, "S"),
("More than 400 flights were cancelled at Munich Airport on Wednesday [1.1].", S1, "R"),  # Frankfurt -> Munich
("More than 400 flights were cancelled at Frankfurt Airport on Tuesday [1.1].", S1, "R"),  # weekday
("More than 400 flights were cancelled at Frankfurt Airport after a strike by pilots [1.1].", S1, "R"),  # ground staff -> pilots
("The Verdi union called a 48-hour walkout [1.2].", S1, "R"),  # 24 -> 48
("The Verdi union called the walkout in a dispute over pensions [1.2].", S1, "R"),  # pay -> pensions
("Lufthansa said roughly 600,000 passengers were affected [1.3].", S1, "R"),  # number
("Condor, the airport's largest carrier, said roughly 60,000 passengers were affected [1.3].", S1, "R"),  # airline swapped
("All passengers were rebooked on services departing from Munich [1.4].", S1, "R"),  # long-haul -> all
("Passengers on short-haul flights were rebooked on services departing from Munich [1.4].", S1, "R"),  # long -> short
("Fraport said operations had returned to normal on Thursday morning [1.5].", S1, "R"),  # expectation -> fact
("Lufthansa said it expected operations to return to normal on Thursday morning [1.5].", S1, "R"),  # speaker swapped
("Verdi has demanded a pay rise of 5% over two years [1.6].", S1, "R"),  # offer moved to union
("Employers have offered 12.5% over one year [1.6].", S1, "R"),  # demand moved to employers
("Verdi has accepted the employers' offer of 5% over two years [1.6].", S1, "R"),  # invented acceptance
("Further talks are scheduled for next Thursday [1.7].", S1, "R"),  # Tuesday -> Thursday
("No further talks are scheduled [1.7].", S1, "R"),  # negation
("A SkyLink Airways jet made an emergency landing in Porto on Sunday [2.1].", S2, "R"),  # Lisbon -> Porto
("A SkyLink Airways jet made an emergency landing in Lisbon after an engine fire [2.1].", S2, "R"),  # cause changed
("The Boeing 737, flying from Dublin to Faro, descended safely [2.2].", S2, "R"),  # aircraft type
("The Airbus A320 was flying from Faro to Dublin [2.2].", S2, "R"),  # direction swapped
("The Airbus A320 descended safely, though several passengers were injured [2.2].", S2, "R"),  # contradicts nobody injured
("The airline said the crew had failed to follow standard procedures [2.3].", S2, "R"),  # negation
("Portugal's air accident investigation office has closed its inquiry [2.4].", S2, "R"),  # opened -> closed
("Ireland's air accident investigation office has opened an inquiry [2.4].", S2, "R"),  # country
("SkyLink flew the passengers to Faro on a replacement aircraft the next morning [2.5].", S2, "R"),  # time changed
("It was the third diversion involving a SkyLink aircraft this month [2.6].", S2, "R"),  # second -> third
("The airline carried 9.4 million passengers last year and operates a fleet of 24 aircraft [2.7].", S2, "R"),  # 42 -> 24
("It was the second diversion involving a SkyLink aircraft this month [2.5].", S2, "R"),  # wrong citation (2.6)
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
