A = "A magnitude 6.4 earthquake struck off the coast of northern Peru early on Tuesday, the U.S. Geological Survey said. The quake was centred about 40 kilometres west of the city of Piura at a depth of 25 kilometres. At least three people were killed and 60 injured, according to Peru's civil defence agency. Authorities said no tsunami warning had been issued. Several older buildings in Piura collapsed, and power was cut to about 80,000 homes."
B = "The national weather service has issued a red warning for extreme heat across southern Spain, with temperatures expected to reach 44 degrees Celsius in Seville on Thursday. The warning is in effect from Wednesday until Saturday. Officials advised people to avoid outdoor activity between noon and 6 p.m. Schools in Andalusia will close early on Thursday and Friday. Last July, Seville recorded 46 degrees, its highest temperature on record."
C = "Global sea levels rose by an average of 4.5 millimetres a year between 2014 and 2023, more than double the rate of the 1990s, according to a report released by the World Meteorological Organization on Monday. The report said that melting ice sheets in Greenland and Antarctica were the main cause of the acceleration. It also found that 2023 was the warmest year on record. Scientists warned that coastal cities could face more frequent flooding within decades. The WMO urged governments to cut emissions faster."
D = "Heavy rain caused the River Lune to burst its banks on Sunday, flooding about 300 homes in the town of Kirkby. Emergency services rescued 45 people by boat. The Environment Agency said river levels had peaked overnight and were now falling. A rest centre was opened at the town's leisure centre. Forecasters said more rain was likely on Wednesday, though not as heavy."

PROBES = [
    ("A 6.4-magnitude earthquake hit off northern Peru's coast early on Tuesday, the U.S. Geological Survey said [1.1].", A, "S"),
    ("The quake was centred roughly 40 kilometres west of Piura, at a depth of 25 kilometres [1.2].", A, "S"),
    ("Peru's civil defence agency said at least three people died and 60 were injured [1.3].", A, "S"),
    ("No tsunami warning was issued, authorities said [1.4].", A, "S"),
    ("Several older buildings collapsed in Piura and about 80,000 homes lost power [1.5].", A, "S"),
    ("Peru's civil defence agency reported at least three deaths [1.3].", A, "S"),
    ("The national weather service issued a red warning for extreme heat across southern Spain, with Seville expected to hit 44C on Thursday [1.1].", B, "S"),
    ("The warning runs from Wednesday to Saturday [1.2].", B, "S"),
    ("Officials advised people to avoid outdoor activity from noon to 6 p.m. [1.3]", B, "S"),
    ("Schools in Andalusia will close early on Thursday and Friday [1.3].", B, "S"),
    ("Seville recorded 46 degrees last July, its highest temperature on record [1.4].", B, "S"),
    ("Global sea levels rose an average of 4.5 millimetres a year from 2014 to 2023, more than twice the rate of the 1990s, a World Meteorological Organization report said [1.1].", C, "S"),
    ("The report said melting ice sheets in Greenland and Antarctica were the main driver of the acceleration [1.2].", C, "S"),
    ("The report found that 2023 was the warmest year on record [1.1][1.3].", C, "S"),
    ("Scientists warned coastal cities could see more frequent flooding within decades [1.4].", C, "S"),
    ("The WMO called on governments to cut emissions faster [1.5].", C, "S"),
    ("The River Lune burst its banks after heavy rain on Sunday, flooding about 300 homes in Kirkby [1.1].", D, "S"),
    ("Emergency services used boats to rescue 45 people [1.2].", D, "S"),
    ("The Environment Agency said river levels had peaked overnight and were now dropping [1.3].", D, "S"),
    ("A rest centre was set up at the town's leisure centre [1.4].", D, "S"),
    ("Forecasters said more rain was likely on Wednesday but would be less heavy [1.5].", D, "S"),
    ("A magnitude 6.4 earthquake struck off the coast of southern Peru [1.1].", A, "R"),  # northern
    ("The quake was centred about 40 kilometres east of Piura [1.2].", A, "R"),  # west
    ("At least three people were killed and 60 injured, according to the U.S. Geological Survey [1.1][1.3].", A, "R"),  # speaker swap: civil defence agency
    ("Authorities issued a tsunami warning [1.4].", A, "R"),  # no warning
    ("Several new buildings in Piura collapsed [1.5].", A, "R"),  # older
    ("Power was cut to about 80,000 homes across Peru [1.5].", A, "R"),  # 'across Peru' hallucinated scope
    ("Temperatures are expected to reach 46 degrees Celsius in Seville on Thursday [1.1].", B, "R"),  # 44
    ("The warning is in effect from Wednesday until Sunday [1.2].", B, "R"),  # Saturday
    ("Schools in Andalusia will close on Thursday and Friday [1.3].", B, "R"),  # 'early' dropped: close early, not close
    ("Temperatures will reach 44 degrees in Seville on Thursday [1.1].", B, "R"),  # expected -> will
    ("Last July, Seville recorded 44 degrees, its highest temperature on record [1.4].", B, "R"),  # 46
    ("Sea levels rose by an average of 4.5 centimetres a year [1.1].", C, "R"),  # millimetres -> centimetres
    ("The report said melting glaciers in the Alps were the main cause of the acceleration [1.2].", C, "R"),  # Greenland/Antarctica ice sheets
    ("The report found that 2023 was the coolest year on record [1.3].", C, "R"),  # warmest
    ("Scientists warned that coastal cities will face more frequent flooding within decades [1.4].", C, "R"),  # could -> will
    ("The WMO said governments had cut emissions faster [1.5].", C, "R"),  # urged, not did
    ("Sea levels rose between 2014 and 2023 at less than half the rate of the 1990s [1.1].", C, "R"),  # more than double
    ("Heavy rain caused the River Lune to burst its banks on Saturday [1.1].", D, "R"),  # Sunday
    ("Emergency services rescued 45 people by helicopter [1.2].", D, "R"),  # boat
    ("The Environment Agency said river levels were still rising [1.3].", D, "R"),  # peaked and falling
    ("Forecasters said heavier rain was likely on Wednesday [1.5].", D, "R"),  # not as heavy
    ("Firefighters rescued 45 people by boat [1.2].", D, "R"),  # emergency services -> firefighters (narrower, unsupported)
]
