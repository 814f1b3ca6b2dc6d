# Domain: a ferry company's safety investigation after a grounding
S1 = " ".join([
    "The Marine Accident Investigation Branch has opened an inquiry after the ferry Island Voyager ran aground off Kerrera on Saturday evening with 214 passengers and 31 crew on board.",
    "The vessel, operated by Western Isles Ferries, struck a rock about 400 metres from the Oban harbour entrance shortly after 7pm.",
    "All passengers were transferred to lifeboats and brought ashore within three hours, and no serious injuries were reported.",
    "Two crew members were treated in hospital for minor injuries and released on Sunday.",
    "A preliminary report published on Wednesday found that the ship's electronic chart system had been switched off for routine maintenance.",
    "Investigators said the officer on watch was relying on a paper chart that had not been updated since 2019.",
    "The report also noted that visibility was poor at the time, with heavy rain and winds gusting to 45 knots.",
    "Western Isles Ferries chief executive Alan Murdoch said the company would cooperate fully with investigators.",
    "\"Safety is our first priority, and we will learn every lesson from this incident,\" Murdoch said in a statement.",
    "The company has suspended two senior officers on full pay pending the outcome of the inquiry.",
    "Island Voyager, which entered service in 2004, suffered damage to its hull and two of its four propellers.",
    "Repairs are expected to take at least eight weeks, and a chartered vessel will cover the route in the meantime.",
    "The RMT union said crews had raised concerns about maintenance schedules on the ship last year.",
    "A final report is expected to be published within 12 months.",
])
PROBES = [
("An inquiry has been opened by the Marine Accident Investigation Branch after Island Voyager ran aground off Kerrera [1.1].", S1, "S"),  # passive
("There were 245 people on board when the ferry ran aground [1.1].", S1, "S"),  # 214 + 31
("The ferry grounded on Saturday evening [1.1].", S1, "S"),  # synonym
("Operated by Western Isles Ferries, the vessel hit a rock shortly after 7pm [1.2].", S1, "S"),  # synonym
("The ship struck a rock roughly 400 metres from the harbour entrance at Oban [1.2].", S1, "S"),  # reordering
("Passengers were taken off in lifeboats and were all ashore within three hours [1.3].", S1, "S"),  # paraphrase
("No serious injuries were reported [1.3].", S1, "S"),  # near-verbatim
("Two crew members needed hospital treatment for minor injuries [1.4].", S1, "S"),  # paraphrase
("The two injured crew members were discharged from hospital on Sunday [1.4].", S1, "S"),  # released = discharged
("According to a preliminary report released on Wednesday, the electronic chart system had been turned off for routine maintenance [1.5].", S1, "S"),  # synonyms
("Investigators said the officer on watch was using a paper chart last updated in 2019 [1.6].", S1, "S"),  # paraphrase
("Visibility was poor, with heavy rain and gusts of up to 45 knots [1.7].", S1, "S"),  # paraphrase
("Murdoch, the chief executive, pledged the company's full cooperation with investigators [1.8].", S1, "S"),  # nominalisation
("Murdoch said safety was the company's first priority [1.9].", S1, "S"),  # indirect speech
("Two senior officers have been suspended on full pay until the inquiry reaches its outcome [1.10].", S1, "S"),  # pending = until
("The ship's hull was damaged, as were two of its four propellers [1.11].", S1, "S"),  # passive
("Half of the ship's propellers were damaged [1.11].", S1, "S"),  # two of four = half
("Island Voyager entered service in 2004 [1.11].", S1, "S"),  # dropping detail
("A chartered vessel will operate the route while repairs are carried out [1.12].", S1, "S"),  # in the meantime
("Repairs are expected to last at least eight weeks [1.12].", S1, "S"),  # synonym
("Crews raised concerns about the ship's maintenance schedules last year, according to the RMT union [1.13].", S1, "S"),  # reordering
("The final report is expected within a year [1.14].", S1, "S"),  # 12 months = a year
("The electronic chart system was off, and the officer on watch relied on a paper chart that had not been updated since 2019 [1.5, 1.6].", S1, "S"),  # merge
("Island Voyager, a Western Isles Ferries vessel, ran aground off Kerrera with 214 passengers on board [1.1, 1.2].", S1, "S"),  # merge
("Rain was heavy at the time [1.7].", S1, "S"),  # dropping detail
("Murdoch said in a statement that the company would learn every lesson from the incident [1.9].", S1, "S"),  # indirect speech
("A preliminary report came out on Wednesday, and a final report is expected within 12 months [1.5, 1.14].", S1, "S"),  # merge
("Winds were gusting to 45 knots at the time [1.7].", S1, "S"),  # dropping detail
("A chartered ship will cover the route [1.12].", S1, "S"),  # dropping detail
("The ferry had 31 crew on board [1.1].", S1, "S"),  # dropping detail
("Western Isles Ferries operates the vessel [1.2].", S1, "S"),  # voice change
("Island Voyager suffered hull damage [1.11].", S1, "S"),  # nominalisation
("The ferry ran aground off Kerrera on Sunday evening [1.1].", S1, "R"),  # Saturday not Sunday
("Island Voyager ran aground with 241 passengers on board [1.1].", S1, "R"),  # 214 not 241
("The vessel struck a rock about 400 metres from the Oban harbour entrance shortly before 7pm [1.2].", S1, "R"),  # after not before
("The vessel struck a rock about four kilometres from the Oban harbour entrance [1.2].", S1, "R"),  # 400 metres
("All passengers were brought ashore within two hours [1.3].", S1, "R"),  # three hours
("No injuries were reported [1.3].", S1, "R"),  # dropped 'serious'
("Two passengers were treated in hospital for minor injuries [1.4].", S1, "R"),  # crew members, not passengers
("Two crew members were treated in hospital for serious injuries [1.4].", S1, "R"),  # minor not serious
("A preliminary report found that the ship's radar had been switched off for routine maintenance [1.5].", S1, "R"),  # electronic chart system, not radar
("A preliminary report found that the officer on watch had switched off the electronic chart system [1.5].", S1, "R"),  # invented agent; switched off for maintenance
("Investigators said the captain was relying on a paper chart that had not been updated since 2019 [1.6].", S1, "R"),  # officer on watch, not captain
("Investigators said the officer on watch was relying on a paper chart that had not been updated since 2009 [1.6].", S1, "R"),  # 2019 not 2009
("The report found that poor visibility caused the grounding [1.7].", S1, "R"),  # invented cause; only noted visibility
("Visibility was good at the time despite heavy rain [1.7].", S1, "R"),  # antonym: poor
("The report noted heavy rain and winds gusting to 54 knots [1.7].", S1, "R"),  # 45 not 54
("Western Isles Ferries chairman Alan Murdoch said the company would cooperate fully with investigators [1.8].", S1, "R"),  # chief executive, not chairman
("\"Safety is our only priority,\" Murdoch said in a statement [1.9].", S1, "R"),  # altered quote: first priority
("Murdoch said the company would learn every lesson from the incident [1.8].", S1, "R"),  # wrong citation: 1.9
("The company has suspended two senior officers without pay pending the outcome of the inquiry [1.10].", S1, "R"),  # on full pay
("The company has dismissed two senior officers [1.10].", S1, "R"),  # suspended, not dismissed
("Island Voyager, which entered service in 2014, suffered damage to its hull [1.11].", S1, "R"),  # 2004
("Island Voyager suffered damage to its hull and all four of its propellers [1.11].", S1, "R"),  # two of four
("Repairs are expected to take at most eight weeks [1.12].", S1, "R"),  # at least
("Repairs will take at least eight weeks [1.12].", S1, "R"),  # hedge dropped: expected
("A chartered vessel will cover the route once repairs are completed [1.12].", S1, "R"),  # time changed: in the meantime
("The RMT union said crews had raised concerns about maintenance schedules on the ship this year [1.13].", S1, "R"),  # last year
("The RMT union said crews had warned the company about the electronic chart system last year [1.13].", S1, "R"),  # concerns were about maintenance schedules
("Western Isles Ferries said crews had raised concerns about maintenance schedules on the ship [1.13].", S1, "R"),  # wrong speaker: RMT union
("A final report is expected to be published within six months [1.14].", S1, "R"),  # 12 months
("All passengers and crew were transferred to lifeboats and brought ashore within three hours [1.3].", S1, "R"),  # crew added
("The vessel struck a rock near Oban shortly after 7pm with 214 passengers on board [1.2].", S1, "R"),  # passenger count from uncited 1.1
("The Marine Accident Investigation Branch has suspended two senior officers on full pay [1.10].", S1, "R"),  # role swap: the company suspended them
("The electronic chart system had been switched off because of a fault [1.5].", S1, "R"),  # for routine maintenance, not a fault
]
