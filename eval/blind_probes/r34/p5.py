# Domain: an airline's summer schedule cuts and passenger refund and compensation rights
S1 = " ".join([
    "Budget airline SkyLark has cancelled 1,800 flights from its summer schedule, blaming delays in the delivery of new aircraft.",
    "The cuts, announced on Monday, affect routes between June and September and amount to about 4% of the airline's planned summer flights.",
    "About 270,000 passengers have been told their bookings are affected.",
    "Most of the cancelled flights are from Gatwick and Manchester, although some services from Bristol and Edinburgh will also be cut.",
    "The airline said it was expecting 14 new Airbus A321neo jets before the summer but now expects only six to arrive by July.",
    "Chief executive Rhona McBride said the decision was \"painful but necessary to protect the rest of the programme\".",
    "Affected passengers can choose a full refund or be rebooked onto another SkyLark flight free of charge.",
    "Because the cancellations were announced more than 14 days before departure, passengers are not entitled to extra compensation under UK rules.",
    "Consumer group FlyFair said the airline should \"go beyond the legal minimum\" and cover the cost of flights booked with other carriers.",
    "SkyLark said it would consider claims for hotels and other non-refundable costs on a case-by-case basis.",
    "The airline's shares fell 6% on the London Stock Exchange after the announcement.",
    "Last summer SkyLark carried a record 9.4 million passengers.",
    "The Civil Aviation Authority said it was monitoring the situation and expected airlines to tell passengers about their rights clearly.",
])
PROBES = [
("SkyLark has scrapped 1,800 flights from its summer timetable, citing late deliveries of new aircraft [1.1].", S1, "S"),  # cancelled -> scrapped, blaming -> citing
("The budget carrier blamed aircraft delivery delays for cancelling 1,800 summer flights [1.1].", S1, "S"),  # restructured
("The cancellations, which were announced on Monday, cover routes from June to September [1.2].", S1, "S"),  # affect -> cover
("The cuts represent roughly 4% of the summer flights SkyLark had planned [1.2].", S1, "S"),  # amount to about -> represent roughly
("Around 270,000 passengers have been told that their bookings are affected [1.3].", S1, "S"),  # about -> around
("The majority of the cancelled flights are from Gatwick and Manchester [1.4].", S1, "S"),  # most -> majority
("Some Bristol and Edinburgh services will also be cut [1.4].", S1, "S"),  # extracted clause
("SkyLark said it had expected 14 new A321neo jets before the summer but now expects just six by July [1.5].", S1, "S"),  # near-verbatim
("SkyLark now expects fewer than half of the 14 new jets to arrive by July [1.5].", S1, "S"),  # 6 < 7
("Rhona McBride, the chief executive, called the decision \"painful but necessary to protect the rest of the programme\" [1.6].", S1, "S"),  # said -> called
("Passengers whose flights are cancelled can opt for a full refund or a free rebooking on another SkyLark flight [1.7].", S1, "S"),  # choose -> opt for
("Under UK rules, passengers are not entitled to additional compensation because the cancellations were announced more than 14 days before departure [1.8].", S1, "S"),  # reordered, extra -> additional
("Because SkyLark gave more than two weeks' notice, passengers have no right to extra compensation under UK rules [1.8].", S1, "S"),  # 14 days = two weeks
("FlyFair said SkyLark should pay for flights that passengers book with other airlines [1.9].", S1, "S"),  # cover the cost -> pay for; carriers -> airlines
("Consumer group FlyFair urged the airline to \"go beyond the legal minimum\" [1.9].", S1, "S"),  # said should -> urged
("SkyLark said hotel costs and other non-refundable expenses would be considered on a case-by-case basis [1.10].", S1, "S"),  # passive
("SkyLark's shares dropped 6% in London after the announcement [1.11].", S1, "S"),  # fell -> dropped
("SkyLark carried a record 9.4 million passengers last summer [1.12].", S1, "S"),  # reordered
("The Civil Aviation Authority said it was keeping an eye on the situation [1.13].", S1, "S"),  # monitoring -> keeping an eye on
("The Civil Aviation Authority said it expected airlines to explain passengers' rights to them clearly [1.13].", S1, "S"),  # tell about -> explain
("The cancellations affect the bookings of about 270,000 passengers [1.3].", S1, "S"),  # restructured
("SkyLark is a budget airline [1.1].", S1, "S"),  # extracted
("The schedule cuts hit flights from several airports, including Gatwick, Manchester, Bristol and Edinburgh [1.4].", S1, "S"),  # generalisation
("SkyLark's share price fell after it announced the cuts [1.11].", S1, "S"),  # generalisation, figure dropped
("Affected passengers can get their money back in full [1.7].", S1, "S"),  # full refund paraphrased
("About 4% of planned summer flights, 1,800 in total, have been cut [1.1, 1.2].", S1, "S"),  # merge
("The cuts were announced on Monday and affect services between June and September [1.2].", S1, "S"),  # routes -> services
("Ms McBride said the cuts were needed to protect the rest of the programme [1.6].", S1, "S"),  # necessary -> needed
("Passengers can be moved to another SkyLark flight at no cost. [1.7]", S1, "S"),  # end citation; free of charge -> at no cost
("SkyLark blamed late aircraft deliveries and now expects only six of its new A321neo jets by July [1.1, 1.5].", S1, "S"),  # merge
("The cuts affect June to September routes, and around 270,000 passengers have been told their bookings are affected [1.2-3].", S1, "S"),  # range merge
("Rebooking onto another SkyLark flight is free for affected passengers [1.7].", S1, "S"),  # nominalisation
# ---- R probes ----
("SkyLark has cancelled 8,100 flights from its summer schedule [1.1].", S1, "R"),  # 1,800 -> 8,100
("SkyLark has cancelled 1,800 flights from its summer schedule, blaming a shortage of pilots [1.1].", S1, "R"),  # reason changed
("The cuts, announced on Tuesday, affect routes between June and September [1.2].", S1, "R"),  # Monday -> Tuesday
("The cuts affect routes between May and September [1.2].", S1, "R"),  # June -> May
("The cuts amount to about 14% of the airline's planned summer flights [1.2].", S1, "R"),  # 4% -> 14%
("About 720,000 passengers have been told their bookings are affected [1.3].", S1, "R"),  # 270,000 -> 720,000
("All of the cancelled flights are from Gatwick and Manchester [1.4].", S1, "R"),  # most -> all
("Most of the cancelled flights are from Bristol and Edinburgh [1.4].", S1, "R"),  # airports swapped
("Most of the cancelled flights are from Gatwick and Manchester, and services from Bristol and Edinburgh will not be affected [1.4].", S1, "R"),  # negation flipped
("The airline said it was expecting 14 new Boeing 737 jets before the summer [1.5].", S1, "R"),  # Airbus A321neo -> Boeing 737
("The airline now expects only six new jets to arrive by June [1.5].", S1, "R"),  # July -> June
("The airline now expects none of its new jets to arrive by July [1.5].", S1, "R"),  # six -> none
("Chief executive Rhona McBride said the decision was \"painful but unnecessary\" [1.6].", S1, "R"),  # quote altered
("FlyFair said the decision was \"painful but necessary to protect the rest of the programme\" [1.6].", S1, "R"),  # wrong speaker: McBride
("Affected passengers can choose a full refund or be rebooked onto another airline's flight free of charge [1.7].", S1, "R"),  # SkyLark flight -> another airline
("Affected passengers can choose a partial refund or be rebooked free of charge [1.7].", S1, "R"),  # full -> partial
("Affected passengers must accept a rebooking onto another SkyLark flight [1.7].", S1, "R"),  # choice -> obligation
("Because the cancellations were announced more than 14 days before departure, passengers are entitled to extra compensation under UK rules [1.8].", S1, "R"),  # negation flipped
("Because the cancellations were announced less than 14 days before departure, passengers are not entitled to extra compensation [1.8].", S1, "R"),  # more than -> less than
("Passengers are not entitled to extra compensation under EU rules [1.8].", S1, "R"),  # UK -> EU
("SkyLark said the airline should \"go beyond the legal minimum\" [1.9].", S1, "R"),  # wrong speaker: FlyFair
("FlyFair said the airline should cover the cost of hotels booked by passengers [1.9].", S1, "R"),  # flights with other carriers -> hotels
("SkyLark said it would pay all claims for hotels and other non-refundable costs [1.10].", S1, "R"),  # consider case by case -> pay all
("SkyLark said it would reject claims for hotels and other non-refundable costs [1.10].", S1, "R"),  # consider -> reject
("The airline's shares rose 6% on the London Stock Exchange after the announcement [1.11].", S1, "R"),  # fell -> rose
("The airline's shares fell 6% on the London Stock Exchange before the announcement [1.11].", S1, "R"),  # after -> before
("Last summer SkyLark carried a record 4.9 million passengers [1.12].", S1, "R"),  # 9.4 -> 4.9
("Last year as a whole SkyLark carried a record 9.4 million passengers [1.12].", S1, "R"),  # summer -> whole year
("The Civil Aviation Authority said it was investigating SkyLark [1.13].", S1, "R"),  # monitoring -> investigating
("The Civil Aviation Authority said it would fine airlines that did not tell passengers about their rights [1.13].", S1, "R"),  # added sanction
("About 270,000 passengers have been told their bookings are affected, the most in SkyLark's history [1.3].", S1, "R"),  # added superlative
("SkyLark's shares fell 6% after it cancelled 1,800 flights [1.1].", S1, "R"),  # share fall from uncited 1.11
("Affected passengers can choose a full refund or a free rebooking [1.8].", S1, "R"),  # wrong citation: fact in 1.7
("SkyLark cancelled the flights because FlyFair had criticised its schedule [1.1, 1.9].", S1, "R"),  # invented cause
]
