# weather and disasters
W1 = ("A magnitude 6.4 earthquake struck off the coast of southern Peru early on Thursday, killing at least nine people. "
      "The quake, centred 40 kilometres south-west of the port of Camana, was felt as far away as Lima. "
      "Peru's civil defence agency said more than 300 homes had been damaged, most of them built of adobe. "
      "No tsunami warning was issued. "
      "President Luis Arce said the army would deliver tents and water to the worst-hit towns.")
W2 = ("Storm Idris brought wind gusts of up to 110 mph to the west coast of Scotland on Monday night. "
      "About 45,000 homes lost power, and ScottishPower said most would be reconnected by Wednesday. "
      "All ferry services to the Hebrides were cancelled, while trains between Glasgow and Oban were suspended. "
      "The Met Office has issued an amber warning for rain covering Argyll, which remains in force until 6 p.m. on Tuesday. "
      "Police urged drivers to avoid all but essential journeys.")
W3 = ("Wildfires have burned more than 18,000 hectares in the Algarve region of Portugal since Friday. "
      "About 1,400 firefighters, supported by 12 water-bombing aircraft, are battling the blazes. "
      "Authorities evacuated six villages as a precaution, and one firefighter was treated for smoke inhalation. "
      "Officials said the fires had probably been started by a faulty power line, although an investigation is under way. "
      "Temperatures are forecast to fall below 30C by the weekend, which could help crews contain the flames.")
PROBES = [
    ("A magnitude 6.4 earthquake struck off southern Peru early on Thursday, killing at least nine people [1.1].", W1, "S"),
    ("The quake was centred 40 kilometres south-west of the port of Camana and was felt as far away as Lima [1.2].", W1, "S"),
    ("Peru's civil defence agency said more than 300 homes had been damaged, most of them adobe [1.3].", W1, "S"),
    ("No tsunami warning was issued [1.4].", W1, "S"),
    ("President Luis Arce said the army would deliver tents and water to the hardest-hit towns [1.5].", W1, "S"),
    # R: death toll not attributed to the civil defence agency (attribution widened)
    ("At least nine people were killed and more than 300 homes were damaged, the civil defence agency said [1.1][1.3].", W1, "R"),
    ("Storm Idris brought gusts of up to 110 mph to Scotland's west coast on Monday night [1.1].", W2, "S"),
    ("Around 45,000 homes lost power, and ScottishPower said most would be reconnected by Wednesday [1.2].", W2, "S"),
    ("All ferry services to the Hebrides were cancelled [1.3].", W2, "S"),
    ("Trains between Glasgow and Oban were suspended [1.3].", W2, "S"),
    ("An amber Met Office warning for rain covering Argyll remains in force until 6 p.m. on Tuesday [1.4].", W2, "S"),
    ("Police urged drivers to avoid all but essential journeys [1.5].", W2, "S"),
    ("Wildfires have burned more than 18,000 hectares in Portugal's Algarve region since Friday [1.1].", W3, "S"),
    ("About 1,400 firefighters, backed by 12 water-bombing aircraft, are fighting the blazes [1.2].", W3, "S"),
    ("Six villages were evacuated as a precaution [1.3].", W3, "S"),
    ("One firefighter was treated for smoke inhalation [1.3].", W3, "S"),
    ("Officials said a faulty power line had probably started the fires, although an investigation is under way [1.4].", W3, "S"),
    ("Temperatures are forecast to drop below 30C by the weekend, which could help crews contain the fires [1.5].", W3, "S"),
    ("The storm cut power to about 45,000 homes [1.1][1.2].", W2, "S"),
    ("The quake was felt as far away as Lima [1.2].", W1, "S"),
    ("The 6.4-magnitude quake killed at least nine people [1.1].", W1, "S"),
    # unsupported
    # at least dropped
    ("The earthquake killed nine people [1.1].", W1, "R"),
    # magnitude
    ("A magnitude 6.9 earthquake struck off southern Peru [1.1].", W1, "R"),
    # north-west vs south-west
    ("The quake was centred 40 kilometres north-west of Camana [1.2].", W1, "R"),
    # 'most of them adobe' -> all
    ("All of the more than 300 damaged homes were built of adobe [1.3].", W1, "R"),
    # tsunami warning issued
    ("A tsunami warning was issued after the quake [1.4].", W1, "R"),
    # would deliver -> delivered
    ("The army delivered tents and water to the worst-hit towns [1.5].", W1, "R"),
    # speaker swap: civil defence agency said army would deliver
    ("Peru's civil defence agency said the army would deliver tents and water [1.3][1.5].", W1, "R"),
    # up to dropped
    ("Storm Idris brought wind gusts of 110 mph to Scotland [1.1].", W2, "R"),
    # most -> all
    ("ScottishPower said all 45,000 homes would be reconnected by Wednesday [1.2].", W2, "R"),
    # ferries vs trains swap
    ("Trains to the Hebrides were cancelled, while ferries between Glasgow and Oban were suspended [1.3].", W2, "R"),
    # amber -> red
    ("The Met Office has issued a red warning for rain covering Argyll [1.4].", W2, "R"),
    # warning for wind vs rain
    ("The Met Office issued an amber wind warning for Argyll [1.4].", W2, "R"),
    # until Wednesday
    ("The warning for Argyll remains in force until 6 p.m. on Wednesday [1.2][1.4].", W2, "R"),
    # drivers told not to travel at all
    ("Police told drivers not to travel [1.5].", W2, "R"),
    # since Friday -> since Thursday
    ("Wildfires have burned more than 18,000 hectares in the Algarve since Thursday [1.1].", W3, "R"),
    # firefighters 1,400 -> 14,000
    ("About 14,000 firefighters are battling the blazes [1.2].", W3, "R"),
    # precaution -> after homes destroyed (invented cause)
    ("Six villages were evacuated after homes were destroyed [1.3].", W3, "R"),
    # probably dropped
    ("Officials said the fires were started by a faulty power line [1.4].", W3, "R"),
    # arson invented
    ("Officials said the fires had probably been started by arsonists [1.4].", W3, "R"),
    # temperatures forecast to rise
    ("Temperatures are forecast to rise above 30C by the weekend [1.5].", W3, "R"),
    # firefighter died
    ("One firefighter died of smoke inhalation [1.3].", W3, "R"),
]
