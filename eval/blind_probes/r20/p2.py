# Domain: a hospital emergency department performance report
S1 = " ".join([
    "Only 61% of patients at St Bartholomew's Hospital in Ashby were seen within four hours in its emergency department during January, according to figures published on Thursday.",
    "The national target is for 95% of patients to be admitted, transferred or discharged within four hours, although an interim goal of 78% applies until March 2026.",
    "A total of 14,212 people attended the emergency department in January, up 9% on the same month last year.",
    "Some 1,140 patients waited more than 12 hours from arrival to admission, the highest monthly figure the trust has recorded.",
    "Ambulance handovers took an average of 52 minutes, compared with a standard of 15 minutes.",
    "Chief executive Dr Helen Marsh said the department had been under \"sustained pressure\" from flu and Covid, with bed occupancy above 97% for most of the month.",
    "The trust plans to open a 24-bed same-day emergency care unit in the autumn, funded by a £6m grant from NHS England.",
])
S2 = " ".join([
    "The Royal College of Emergency Medicine said the Ashby figures showed patients were being \"let down by a system at breaking point\".",
    "Its vice-president, Dr Samuel Okafor, said long waits in corridors were linked to avoidable deaths and urged the government to fund more acute beds.",
    "Local Healthwatch volunteers visited the department on 21 January and counted 38 patients being treated on trolleys in corridors.",
    "One patient, an 84-year-old woman with a hip fracture, told volunteers she had waited 19 hours before being moved to a ward.",
    "The trust said it had recruited 22 additional emergency nurses since October and aims to hire another 15 by the summer.",
    "It also said the number of people leaving without being seen had fallen from 6% to 4% over the past year.",
    "Healthwatch said it would return in April to assess whether conditions had improved.",
])
PROBES = [
("In January, 61% of patients at St Bartholomew's emergency department were seen within four hours [1.1].", S1, "S"),  # reorder
("Fewer than two-thirds of emergency patients at the Ashby hospital were seen within four hours in January [1.1].", S1, "S"),  # 61% rewritten
("The four-hour figures for January were published on Thursday [1.1].", S1, "S"),  # compression
("Until March 2026 an interim four-hour goal of 78% applies, below the national target of 95% [1.2].", S1, "S"),  # reorder
("Emergency attendances rose 9% year on year to 14,212 in January [1.3].", S1, "S"),  # compression
("More than 14,000 people attended the emergency department in January [1.3].", S1, "S"),  # rounding down
("Some 1,140 patients waited over 12 hours to be admitted, a record monthly high for the trust [1.4].", S1, "S"),  # synonym
("On average, ambulance handovers took 52 minutes, far beyond the 15-minute standard [1.5].", S1, "S"),  # reword
("Ambulance handovers took more than three times as long as the standard on average [1.5].", S1, "S"),  # 52/15 arithmetic
("Dr Helen Marsh, the chief executive, said flu and Covid had put the department under sustained pressure [1.6].", S1, "S"),  # reorder
("Bed occupancy was above 97% for most of the month, Marsh said [1.6].", S1, "S"),  # compression
("A £6m NHS England grant will pay for a 24-bed same-day emergency care unit the trust plans to open in the autumn [1.7].", S1, "S"),  # voice change
("The college said the Ashby figures showed a system at breaking point was letting patients down [2.1].", S2, "S"),  # voice change
("Dr Samuel Okafor linked long corridor waits to avoidable deaths [2.2].", S2, "S"),  # compression
("Okafor called on the government to pay for more acute beds [2.2].", S2, "S"),  # synonym
("On 21 January Healthwatch volunteers counted 38 patients on trolleys in corridors [2.3].", S2, "S"),  # compression
("An 84-year-old woman with a broken hip said she had waited 19 hours before reaching a ward [2.4].", S2, "S"),  # fracture -> broken
("Since October the trust has taken on 22 extra emergency nurses [2.5].", S2, "S"),  # synonym
("The share of people leaving without being seen has dropped from 6% to 4% over the last year, the trust said [2.5][2.6].", S2, "S"),  # pronoun resolved
("Healthwatch intends to go back to the department in April [2.7].", S2, "S"),  # would return -> intends to
("January's four-hour performance of 61% fell short of both the 95% national target and the 78% interim goal [1.1][1.2].", S1, "S"),  # merge + comparison
("Attendances climbed 9% while more than 1,100 patients waited over 12 hours for admission [1.3][1.4].", S1, "S"),  # merge, rounding
("The trust aims to recruit 15 more emergency nurses by the summer [2.5].", S2, "S"),  # hedge kept
("Healthwatch volunteers found more than 30 patients being treated in corridors during their January visit [2.3].", S2, "S"),  # 38 -> more than 30
("Healthwatch said it would assess in April whether conditions had improved [2.7].", S2, "S"),  # compression
("In January, 71% of patients were seen within four hours [1.1].", S1, "R"),  # number changed
("The January figures were published on Tuesday [1.1].", S1, "R"),  # day changed
("The national target is for 78% of patients to be dealt with within four hours [1.2].", S1, "R"),  # interim swapped for national
("The interim goal of 78% applies until March 2025 [1.2].", S1, "R"),  # year changed
("Emergency attendances fell 9% compared with January last year [1.3].", S1, "R"),  # direction reversed
("Some 1,140 patients waited more than 12 hours, the highest figure recorded by any trust [1.4].", S1, "R"),  # scope widened
("Some 1,140 patients waited more than 24 hours from arrival to admission [1.4].", S1, "R"),  # number changed
("Ambulance handovers took an average of 15 minutes, against a standard of 52 minutes [1.5].", S1, "R"),  # numbers swapped
("Dr Helen Marsh said bed occupancy had reached 100% for most of the month [1.6].", S1, "R"),  # above 97% -> 100%
("Marsh said the pressure came from flu, Covid and norovirus [1.6].", S1, "R"),  # added cause
("The trust has opened a 24-bed same-day emergency care unit [1.7].", S1, "R"),  # plans -> done
("The new unit will be funded by a £6m grant from the Department of Health [1.7].", S1, "R"),  # funder changed
("The 24-bed unit is due to open in the spring [1.7].", S1, "R"),  # season changed
("Dr Helen Marsh said long waits in corridors were linked to avoidable deaths [2.2].", S2, "R"),  # wrong speaker
("Okafor urged the trust to fund more acute beds [2.2].", S2, "R"),  # government -> trust
("Healthwatch volunteers visited the department on 12 January [2.3].", S2, "R"),  # date changed
("An 84-year-old woman waited 19 hours to be seen by a doctor [2.4].", S2, "R"),  # moved to ward -> seen by doctor
("One patient, an 84-year-old man with a hip fracture, waited 19 hours for a ward [2.4].", S2, "R"),  # sex changed
("The trust has recruited 37 additional emergency nurses since October [2.5].", S2, "R"),  # adds future 15 to past 22
("The trust will hire another 15 emergency nurses by the summer [2.5].", S2, "R"),  # aims -> will
("The proportion leaving without being seen rose from 4% to 6% over the past year [2.6].", S2, "R"),  # direction reversed
("Healthwatch said conditions had improved when it returned in April [2.7].", S2, "R"),  # invented outcome
("Healthwatch volunteers counted 38 patients on trolleys, all of whom had waited more than 12 hours [2.3].", S2, "R"),  # added detail
("The Royal College of Emergency Medicine said St Bartholomew's Hospital itself was at breaking point [2.1].", S2, "R"),  # system -> hospital, scope
("Bed occupancy above 97% was the reason 1,140 patients waited more than 12 hours [1.4][1.6].", S1, "R"),  # invented cause
("January's 61% four-hour figure met the interim target [1.1][1.2].", S1, "R"),  # wrong comparison
("Dr Okafor said 1,140 patients had waited more than 12 hours [2.2].", S2, "R"),  # figure from uncited 1.4, wrong speaker
]
