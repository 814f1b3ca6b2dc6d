# Domain: a rail strike and timetable cuts
S1 = " ".join([
    "Train drivers at Western Coast Railways will stage a 48-hour strike from Monday 14 October in a dispute over pay and rostering.",
    "The Aslef union said 87 per cent of members who voted backed the action, on a turnout of 71 per cent.",
    "Western Coast Railways said it expected to run around 40 per cent of its normal services on strike days.",
    "No trains will run on the Kingsford branch line, and services between Porthaven and the capital will be reduced to one an hour.",
    "The last trains from the capital will leave at about 6pm, the operator said.",
    "Aslef general secretary Martin Doyle said drivers had been offered a 3 per cent rise, which he called \"an insult\" given inflation.",
    "The company said its offer was \"fair and affordable\" and urged the union to return to talks.",
    "Passengers with advance tickets for strike days can use them the day before or up to two days after, or claim a full refund.",
    "Transport minister Helen Carr said the government was disappointed and might consider minimum service legislation.",
    "A further strike by guards in the RMT union has not been ruled out, according to union sources.",
])
PROBES = [
("Western Coast Railways drivers are set to walk out for 48 hours from Monday 14 October over pay and rosters [1.1].", S1, "S"),  # reworded
("The dispute concerns pay and rostering [1.1].", S1, "S"),  # dropped detail
("Of the Aslef members who voted, 87 per cent supported the strike, with turnout at 71 per cent [1.2].", S1, "S"),  # reworded
("The operator expects to run roughly 40 per cent of its usual timetable on strike days [1.3].", S1, "S"),  # synonyms
("The Kingsford branch line will have no trains during the strike [1.4].", S1, "S"),  # reworded
("Porthaven services to the capital will be cut to one train an hour [1.4].", S1, "S"),  # 1.4 second half
("Final departures from the capital will be at around 6pm, according to the operator [1.5].", S1, "S"),  # reported
("Martin Doyle of Aslef called the 3 per cent pay offer an insult in light of inflation [1.6].", S1, "S"),  # reported speech
("Drivers were offered a 3 per cent pay rise [1.6].", S1, "S"),  # 1.6
("The company described its offer as fair and affordable [1.7].", S1, "S"),  # reported speech
("The operator called on Aslef to come back to the negotiating table [1.7].", S1, "S"),  # urged union to return to talks
("Advance tickets for strike days can be used the day before or up to two days after [1.8].", S1, "S"),  # dropped refund option
("Passengers holding advance tickets for strike days can claim a full refund [1.8].", S1, "S"),  # 1.8 part
("Helen Carr, the transport minister, said the government was disappointed [1.9].", S1, "S"),  # 1.9 part
("The government might look at minimum service legislation, the transport minister said [1.9].", S1, "S"),  # hedge kept
("Union sources have not ruled out a further strike by RMT guards [1.10].", S1, "S"),  # voice change
("Services will be heavily reduced on strike days, with some lines having no trains at all [1.3, 1.4].", S1, "S"),  # merge, generalisation
("Aslef's leader rejected the 3 per cent offer as an insult, while the company insisted it was fair and affordable [1.6, 1.7].", S1, "S"),  # merge; 'rejected' ~ called insult
("Most Aslef members who voted were in favour of the strike [1.2].", S1, "S"),  # 87 per cent
("More than two thirds of eligible members took part in the ballot [1.2].", S1, "S"),  # 71 per cent turnout > 66.7
("The walkout will last two days [1.1].", S1, "S"),  # 48 hours
("Fewer than half of normal services are expected to run on strike days [1.3].", S1, "S"),  # 40 per cent
("The strike is by train drivers [1.1].", S1, "S"),  # 1.1
("The minister said ministers were disappointed by the strike and might consider minimum service laws [1.9].", S1, "S"),  # reworded
("The company said its pay offer was fair and affordable and asked the union to resume talks [1.7].", S1, "S"),  # reworded
("Doyle said inflation made the offer of a 3 per cent rise insulting [1.6].", S1, "S"),  # nominalisation/reordering
("The last trains out of the capital will depart at around 6pm, the operator said [1.5].", S1, "S"),  # synonyms
("Strike-day advance tickets can be used on nearby days or refunded in full [1.8].", S1, "S"),  # generalised
("Guards in the RMT union could also strike, union sources said [1.10].", S1, "S"),  # not ruled out -> could
("Aslef said the strike had been backed by 87 per cent of those voting [1.2].", S1, "S"),  # reported
("Train drivers will stage a 24-hour strike from Monday 14 October [1.1].", S1, "R"),  # 48-hour
("The strike will begin on Tuesday 14 October [1.1].", S1, "R"),  # weekday
("The dispute is over pay and pensions [1.1].", S1, "R"),  # rostering -> pensions
("The Aslef union said 78 per cent of members who voted backed the action [1.2].", S1, "R"),  # 87
("Turnout in the ballot was 87 per cent [1.2].", S1, "R"),  # swapped figures
("The operator expects to run around 60 per cent of its normal services on strike days [1.3].", S1, "R"),  # 40
("No trains will run between Porthaven and the capital [1.4].", S1, "R"),  # reduced, not none
("Services on the Kingsford branch line will be reduced to one an hour [1.4].", S1, "R"),  # swapped lines
("The last trains from the capital will leave at about 8pm [1.5].", S1, "R"),  # 6pm
("Doyle said drivers had been offered a 5 per cent rise [1.6].", S1, "R"),  # 3 per cent
("The company called the 3 per cent offer an insult [1.6].", S1, "R"),  # wrong speaker
("Doyle said the offer was fair and affordable [1.7].", S1, "R"),  # wrong speaker
("The company refused to return to talks [1.7].", S1, "R"),  # contradiction
("Passengers with advance tickets can use them up to a week after the strike [1.8].", S1, "R"),  # two days
("Passengers with advance tickets for strike days can claim a 50 per cent refund [1.8].", S1, "R"),  # full
("Helen Carr said the government would introduce minimum service legislation [1.9].", S1, "R"),  # dropped hedge
("Transport minister Helen Carr said the government supported the drivers [1.9].", S1, "R"),  # contradiction
("RMT guards will strike next month, union sources said [1.10].", S1, "R"),  # not ruled out -> will, plus timing
("Union sources have ruled out a further strike by guards [1.10].", S1, "R"),  # negation
("Aslef said 87 per cent of members backed the action [1.2].", S1, "R"),  # drops 'who voted' -> overclaim of all members
("The drivers are striking because of a dispute over safety [1.1].", S1, "R"),  # added cause
("Western Coast Railways expects to run around 40 per cent of services [1.4].", S1, "R"),  # wrong sentence cited
("Doyle called the offer an insult and said drivers would strike again in November [1.6].", S1, "R"),  # added detail
("No trains will run on the Kingsford branch line, the transport minister said [1.4].", S1, "R"),  # speaker not in source
("Aslef rejected a 3 per cent pay offer, prompting the minister to threaten minimum service legislation [1.6, 1.9].", S1, "R"),  # 'threaten' overstates 'might consider' and causal link added
("All services on strike days will stop by 6pm [1.5].", S1, "R"),  # only last trains from the capital
("Drivers will strike for 48 hours, with no trains running anywhere on the network [1.1].", S1, "R"),  # added, contradicted by 1.3
("Doyle, the RMT general secretary, called the offer an insult [1.6].", S1, "R"),  # Aslef
("The operator said the offer of a 3 per cent rise was fair and affordable [1.7].", S1, "R"),  # 3 per cent not in 1.7 (from 1.6, uncited)
("Services between Porthaven and the capital will be reduced to two an hour [1.4].", S1, "R"),  # one
]
