# Domain: a heatwave with wildfires and evacuations
S1 = " ".join([
    "More than 6,000 people were evacuated from villages north of Athens on Sunday as wildfires fanned by strong winds spread across the region.",
    "Temperatures reached 44C in parts of central Greece, the hottest day recorded in the country this year.",
    "The fire service said 450 firefighters, supported by 12 water-dropping aircraft, were battling the blazes.",
    "At least 35 homes have been destroyed, according to the regional governor, Elena Markou.",
    "A 72-year-old man was found dead in a burnt-out car near the village of Varnavas, though police said the cause of death had not yet been confirmed.",
    "\"The next 48 hours will be critical,\" civil protection minister Giorgos Kalos told reporters, warning that winds could strengthen on Monday.",
    "Italy and Cyprus have sent additional aircraft under the EU's civil protection mechanism.",
    "Authorities closed the Acropolis between noon and 5pm as a precaution for the fourth day in a row.",
    "Meteorologists expect the heatwave to ease by Thursday, with temperatures falling to around 33C.",
    "Police have arrested two men on suspicion of starting a fire in woodland near Marathon, though it is not known whether it is linked to the main blaze.",
])
PROBES = [
("Over 6,000 residents of villages north of Athens were moved out on Sunday as wind-driven wildfires spread [1.1].", S1, "S"),  # paraphrase
("Strong winds helped the wildfires spread, forcing thousands from their homes north of Athens [1.1].", S1, "S"),  # generalisation
("Sunday saw the evacuation of more than 6,000 people from villages to the north of the Greek capital [1.1].", S1, "S"),  # nominalisation
("Parts of central Greece hit 44C, making it the country's hottest day so far this year [1.2].", S1, "S"),  # rephrase
("The year's highest temperature in Greece, 44C, was recorded in parts of the centre of the country [1.2].", S1, "S"),  # reorder
("According to the fire service, 450 firefighters backed by 12 water-bombing planes were tackling the fires [1.3].", S1, "S"),  # synonyms
("A dozen aircraft dropping water were helping firefighters fight the blazes [1.3].", S1, "S"),  # 12 = dozen
("Regional governor Elena Markou said no fewer than 35 homes had been destroyed [1.4].", S1, "S"),  # at least = no fewer than
("Markou said at least 35 houses had been lost to the fires [1.4].", S1, "S"),  # destroyed -> lost
("Thousands were evacuated and dozens of homes destroyed [1.1, 1.4].", S1, "S"),  # merge, generalise
("Police said it was not yet confirmed how a 72-year-old man found dead in a burnt-out car near Varnavas had died [1.5].", S1, "S"),  # reworded
("A man aged 72 was found dead in a burnt-out car close to Varnavas [1.5].", S1, "S"),  # partial
("Minister Giorgos Kalos said the coming two days would be critical and warned that the winds might pick up on Monday [1.6].", S1, "S"),  # reported speech
("Kalos, the civil protection minister, cautioned that winds could get stronger on Monday [1.6].", S1, "S"),  # hedge kept
("Additional aircraft have been dispatched by Italy and Cyprus through the EU civil protection mechanism [1.7].", S1, "S"),  # voice change
("Two countries, Italy and Cyprus, sent extra planes under an EU mechanism [1.7].", S1, "S"),  # generalise
("The Acropolis was shut from noon to 5pm for a fourth consecutive day as a precaution [1.8].", S1, "S"),  # rephrase
("For the fourth day running, the Acropolis was closed during the afternoon as a precautionary measure [1.8].", S1, "S"),  # noon-5pm = afternoon
("Forecasters expect temperatures to drop to about 33C by Thursday as the heatwave eases [1.9].", S1, "S"),  # reorder
("The heatwave is expected to relent by Thursday, meteorologists said [1.9].", S1, "S"),  # ease -> relent
("Two men have been detained on suspicion of starting a woodland fire near Marathon [1.10].", S1, "S"),  # arrested -> detained
("It is unclear whether the woodland fire near Marathon is connected to the main blaze [1.10].", S1, "S"),  # not known -> unclear
("Police arrested two men over a fire near Marathon but have not established a link to the main blaze [1.10].", S1, "S"),  # not known whether linked
("Firefighting crews of 450 were deployed against the blazes, the fire service said [1.3].", S1, "S"),  # rephrase
("One person has been found dead, while at least 35 homes have been destroyed [1.4, 1.5].", S1, "S"),  # merge
("Foreign help has arrived in the form of aircraft from Italy and Cyprus [1.7].", S1, "R"),  # (relabelled: "sent" does not say the aircraft have arrived)
("Kalos told reporters the next 48 hours would be critical [1.6].", S1, "S"),  # reported
("The Acropolis closure was a precautionary step [1.8].", S1, "S"),  # nominal
("More than 6,000 people were evacuated on Saturday [1.1].", S1, "R"),  # wrong weekday
("More than 600 people were evacuated [1.1].", S1, "R"),  # figure /10
("The evacuated villages were south of Athens [1.1].", S1, "R"),  # wrong direction
("Temperatures reached 44C, the hottest day ever recorded in Greece [1.2].", S1, "R"),  # this year -> ever
("Temperatures reached 46C in parts of central Greece [1.2].", S1, "R"),  # wrong figure
("Temperatures reached 44C across the whole of Greece [1.2].", S1, "R"),  # parts -> whole
("The fire service said 450 firefighters were supported by 20 aircraft [1.3].", S1, "R"),  # wrong figure
("The army said 450 soldiers were battling the blazes [1.3].", S1, "R"),  # wrong body
("Only 35 homes have been destroyed, according to Markou [1.4].", S1, "R"),  # at least -> only
("The fire service said at least 35 homes had been destroyed [1.4].", S1, "R"),  # wrong source
("At least 53 homes have been destroyed [1.4].", S1, "R"),  # digits swapped
("A 72-year-old man died in the wildfire near Varnavas [1.5].", S1, "R"),  # cause asserted
("Police confirmed the man died from smoke inhalation [1.5].", S1, "R"),  # added cause
("A 72-year-old woman was found dead in a burnt-out car [1.5].", S1, "R"),  # man -> woman
("Kalos said the winds would strengthen on Monday [1.6].", S1, "R"),  # could -> would
("Kalos said the next 24 hours would be critical [1.6].", S1, "R"),  # 48 -> 24
("Regional governor Elena Markou said the next 48 hours would be critical [1.6].", S1, "R"),  # wrong speaker
("Kalos said the winds were expected to ease on Monday [1.6].", S1, "R"),  # antonym
("Italy and Spain have sent additional aircraft [1.7].", S1, "R"),  # wrong country
("Italy and Cyprus sent firefighters under the EU mechanism [1.7].", S1, "R"),  # aircraft -> firefighters
("Authorities closed the Acropolis for the whole day [1.8].", S1, "R"),  # noon-5pm -> whole day
("The Acropolis was closed for the third day in a row [1.8].", S1, "R"),  # fourth -> third
("The Acropolis was closed because fires were approaching the site [1.8].", S1, "R"),  # added cause
("Meteorologists expect the heatwave to ease by Wednesday [1.9].", S1, "R"),  # wrong weekday
("Meteorologists said the heatwave will be over by Thursday [1.9].", S1, "R"),  # ease -> over, stronger
("Temperatures are expected to fall to around 23C [1.9].", S1, "R"),  # wrong figure
("Police have arrested two men for starting the main blaze [1.10].", S1, "R"),  # link asserted
("Police have charged two men with arson [1.10].", S1, "R"),  # arrested on suspicion -> charged
("Three men were arrested near Marathon [1.10].", S1, "R"),  # wrong number
("The wildfires around Athens were started deliberately [1.10].", S1, "R"),  # overgeneralisation
("More than 6,000 people were evacuated from villages north of Athens [1.2].", S1, "R"),  # wrong sentence cited
("Strong winds forced authorities to close the Acropolis [1.1, 1.8].", S1, "R"),  # causal link unsupported
("Kalos said at least 35 homes had been destroyed [1.4, 1.6].", S1, "R"),  # wrong speaker
("Police have not yet established how the man found near Varnavas died [1.5].", S1, "S"),  # cause not confirmed
("Cyprus is among the countries that sent extra aircraft [1.7].", S1, "S"),  # partial
("Temperatures of around 33C are forecast by Thursday [1.9].", S1, "S"),  # rephrase
("The fire service said a dozen aircraft were supporting 450 firefighters [1.3].", S1, "S"),  # 12 = dozen
("The Acropolis was closed for part of the day for the fourth day running [1.8].", S1, "S"),  # noon-5pm = part of day
]
