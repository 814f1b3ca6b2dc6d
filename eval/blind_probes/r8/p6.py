# Disasters / weather
D1 = ("A magnitude 6.4 earthquake struck the mountainous region of Kerala Sur early on Wednesday, killing at least 38 people and injuring more than 400, officials said. "
      "The quake hit at 4:12 a.m. local time at a depth of 10 kilometres, according to the national seismological centre. "
      "Rescue teams were still searching collapsed buildings in the town of Monte Alto, where most of the deaths occurred. "
      "Interior Minister Paulo Serra said the death toll was likely to rise. "
      "More than 2,000 people spent the night in temporary shelters set up in schools and sports halls. "
      "Several aftershocks, the strongest of magnitude 4.9, rattled the area during the day.")
D2 = ("Storm Imogen brought winds of up to 140 kilometres per hour to the west coast on Monday, cutting power to about 85,000 homes. "
      "The Met Service issued a red warning for coastal areas and an amber warning for inland districts. "
      "A 63-year-old man died when a tree fell on his car near the town of Dunlow. "
      "Ferry services between the mainland and the islands were suspended until Wednesday. "
      "The electricity provider GridWest said it hoped to restore supply to most customers by Tuesday evening. "
      "Forecasters said the storm would weaken as it moved north-east overnight.")
D3 = ("Wildfires have burned more than 12,000 hectares in the southern hills since Friday, forcing the evacuation of six villages. "
      "About 1,100 firefighters, supported by 14 water-bombing aircraft, were battling the blazes on Sunday. "
      "Fire chief Marta Oliveira said two of the four main fires were under control. "
      "Police arrested a 45-year-old man on suspicion of starting one of the fires deliberately. "
      "Temperatures above 40 degrees and strong winds were expected to persist until Tuesday.")
D4 = ("Heavy rain caused the River Lenn to burst its banks on Thursday, flooding about 300 homes in the town of Carrow. "
      "The river peaked at 4.8 metres, its highest level since records began in 1952. "
      "The county council opened an emergency centre at Carrow Leisure Centre for displaced residents. "
      "Residents said flood defences completed in 2019 had been overwhelmed within hours. "
      "The Environment Agency said it would review the defences once the water had receded.")
PROBES = [
    # --- supported
    ("A magnitude 6.4 earthquake struck Kerala Sur early on Wednesday, killing at least 38 people and injuring over 400, officials said [1.1].", D1, "S"),
    ("The quake struck at 4:12 a.m. local time at a depth of 10 kilometres, the national seismological centre said [1.2].", D1, "S"),
    ("Most of the deaths occurred in Monte Alto, where rescue teams were still searching collapsed buildings [1.3].", D1, "S"),
    ("Interior Minister Paulo Serra said the death toll would likely rise [1.4].", D1, "S"),
    ("More than 2,000 people spent the night in temporary shelters in schools and sports halls [1.5].", D1, "S"),
    ("The strongest of several aftershocks measured 4.9 [1.6].", D1, "S"),
    ("Storm Imogen brought winds of up to 140 km/h to the west coast on Monday and cut power to about 85,000 homes [1.1].", D2, "S"),
    ("The Met Service issued a red warning for coastal areas [1.2].", D2, "S"),
    ("A 63-year-old man died when a tree fell on his car near Dunlow [1.3].", D2, "S"),
    ("Ferry services to the islands were suspended until Wednesday [1.4].", D2, "S"),
    ("GridWest said it hoped to restore power to most customers by Tuesday evening [1.5].", D2, "S"),
    ("Forecasters said the storm would weaken as it moved north-east overnight [1.6].", D2, "S"),
    ("Wildfires have burned over 12,000 hectares in the southern hills since Friday, forcing six villages to be evacuated [1.1].", D3, "S"),
    ("About 1,100 firefighters and 14 water-bombing aircraft were fighting the blazes on Sunday [1.2].", D3, "S"),
    ("Fire chief Marta Oliveira said two of the four main fires were under control [1.3].", D3, "S"),
    ("Police arrested a 45-year-old man on suspicion of deliberately starting one of the fires [1.4].", D3, "S"),
    ("Temperatures above 40 degrees and strong winds were expected to last until Tuesday [1.5].", D3, "S"),
    ("The River Lenn burst its banks on Thursday after heavy rain, flooding about 300 homes in Carrow [1.1].", D4, "S"),
    ("The river peaked at 4.8 metres, its highest level since records began in 1952 [1.2].", D4, "S"),
    ("The county council opened an emergency centre at Carrow Leisure Centre for displaced residents [1.3].", D4, "S"),
    ("Residents said flood defences completed in 2019 had been overwhelmed within hours [1.4].", D4, "S"),
    ("The Environment Agency said it would review the defences once the water receded [1.5].", D4, "S"),
    ("The quake, which killed at least 38 people, hit at a depth of 10 kilometres [1.1][1.2].", D1, "S"),
    # --- unsupported
    # at least 38 -> 38 exactly
    ("The earthquake killed 38 people [1.1].", D1, "R"),
    # likely to rise -> rose
    ("Interior Minister Paulo Serra said the death toll had risen [1.4].", D1, "R"),
    # depth 10 km -> 10 km from Monte Alto
    ("The quake's epicentre was 10 kilometres from Monte Alto [1.2][1.3].", D1, "R"),
    # 4:12 a.m. -> 4:12 p.m.
    ("The quake hit at 4:12 p.m. local time [1.2].", D1, "R"),
    # aftershock strongest 4.9 -> mainshock 4.9 (pooled)
    ("A magnitude 4.9 earthquake struck Kerala Sur early on Wednesday [1.1][1.6].", D1, "R"),
    # officials said -> seismological centre said death toll
    ("The national seismological centre said at least 38 people had been killed [1.1][1.2].", D1, "R"),
    # shelters in schools -> hotels
    ("More than 2,000 people spent the night in hotels [1.5].", D1, "R"),
    # rescue teams searching -> rescue teams ended search
    ("Rescue teams ended their search of collapsed buildings in Monte Alto [1.3].", D1, "R"),
    # red warning coastal / amber inland swap
    ("The Met Service issued a red warning for inland districts [1.2].", D2, "R"),
    # hoped to restore -> restored
    ("GridWest restored supply to most customers by Tuesday evening [1.5].", D2, "R"),
    # about 85,000 homes -> 85,000 businesses
    ("The storm cut power to about 85,000 businesses [1.1].", D2, "R"),
    # ferry suspended until Wednesday -> cancelled until Tuesday
    ("Ferry services were suspended until Tuesday [1.4].", D2, "R"),
    # 63-year-old man died -> woman
    ("A 63-year-old woman died when a tree fell on her car near Dunlow [1.3].", D2, "R"),
    # storm would weaken -> strengthen
    ("Forecasters said the storm would strengthen as it moved north-east [1.6].", D2, "R"),
    # west coast -> east coast
    ("Storm Imogen brought winds of up to 140 kilometres per hour to the east coast [1.1].", D2, "R"),
    # up to 140 -> average 140 / sustained
    ("Storm Imogen brought sustained winds of 140 kilometres per hour [1.1].", D2, "R"),
    # two of four under control -> all fires under control
    ("Fire chief Marta Oliveira said the main fires were under control [1.3].", D3, "R"),
    # arrested on suspicion -> convicted/ started fire deliberately as fact
    ("A 45-year-old man deliberately started one of the fires [1.4].", D3, "R"),
    # six villages -> sixteen
    ("The wildfires forced the evacuation of sixteen villages [1.1].", D3, "R"),
    # 14 aircraft -> 14 helicopters
    ("Firefighters were supported by 14 helicopters [1.2].", D3, "R"),
    # expected to persist -> persisted
    ("Temperatures above 40 degrees and strong winds persisted until Tuesday [1.5].", D3, "R"),
    # since Friday -> since Thursday
    ("Wildfires have burned more than 12,000 hectares since Thursday [1.1].", D3, "R"),
    # cause invented: strong winds caused the fires
    ("The fires were caused by strong winds and temperatures above 40 degrees [1.5].", D3, "R"),
    # highest since 1952 -> highest ever recorded (subtle: same since records began) -> change to "second-highest"
    ("The river peaked at 4.8 metres, its second-highest level since records began [1.2].", D4, "R"),
    # residents said -> the council said defences overwhelmed
    ("The county council said flood defences completed in 2019 had been overwhelmed [1.3][1.4].", D4, "R"),
    # would review -> has reviewed and found faults
    ("The Environment Agency found faults in the flood defences [1.5].", D4, "R"),
    # 300 homes -> 300 residents displaced
    ("About 300 residents were displaced and taken to Carrow Leisure Centre [1.1][1.3].", D4, "R"),
    # defences completed in 2019 -> built in 1952
    ("Flood defences built in 1952 had been overwhelmed within hours [1.2][1.4].", D4, "R"),
]
