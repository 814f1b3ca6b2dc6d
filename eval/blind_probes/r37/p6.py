# Domain: flash flood and road closures
S1 = " ".join([
    "Flash flooding forced the closure of more than 20 roads across East Lowdale on Tuesday after almost a month's rainfall fell in under three hours.",
    "The Met Office said 71 millimetres of rain was recorded at Harwick between 2pm and 5pm, compared with an average of 76 millimetres for the whole of September.",
    "The A614 was shut in both directions between Harwick and Bramley after water up to a metre deep covered the carriageway near Fenton Bridge.",
    "Fire crews rescued 14 people from vehicles trapped in floodwater, including a mother and two children whose car was swept into a ditch.",
    "No one was seriously injured, according to Lowdale Fire and Rescue Service.",
    "Around 60 homes in Harwick and the neighbouring village of Orby were flooded, and a rest centre was opened at Harwick Community Hall.",
    "Dales Rail cancelled services between Harwick and Selby for the rest of the day after a landslip near Orby station.",
    "The Environment Agency issued four flood warnings, meaning flooding is expected, and a further nine flood alerts, meaning flooding is possible.",
    "Station manager Carl Benson, of Lowdale Fire and Rescue Service, said some drivers had ignored road closure signs and driven into deep water.",
    "'Just 30 centimetres of moving water is enough to float a car, and people need to understand that,' he said.",
    "East Lowdale Council said 17 of the closed roads had reopened by Wednesday morning, but the A614 remained closed at Fenton Bridge while engineers inspected the bridge for damage.",
    "Council leader Amira Shah said the cost of repairs could run into 'hundreds of thousands of pounds'.",
    "She said the council would apply to the government's emergency flood recovery scheme for help with the bill.",
    "Residents in Orby said it was the third time in five years that their homes had flooded.",
    "The Met Office has forecast further heavy showers on Thursday, with a yellow weather warning in place from 10am until 9pm.",
])
PROBES = [
("Flash floods shut more than 20 roads in East Lowdale on Tuesday [1.1].", S1, "S"),  # paraphrase
("Flash flooding closed more than 30 roads across East Lowdale [1.1].", S1, "R"),  # more than 20
("Nearly a month's worth of rain fell in less than three hours [1.1].", S1, "S"),  # paraphrase
("Harwick recorded 71 millimetres of rain in three hours, close to its 76-millimetre September average [1.2].", S1, "S"),  # 2pm-5pm = three hours
("Harwick recorded 76 millimetres of rain between 2pm and 5pm [1.2].", S1, "R"),  # 71; 76 is the monthly average
("The rain at Harwick exceeded the average for the whole of September [1.2].", S1, "R"),  # 71 < 76
("The A614 was closed both ways between Harwick and Bramley after up to a metre of water covered the road near Fenton Bridge [1.3].", S1, "S"),  # paraphrase
("The A614 was closed in one direction only [1.3].", S1, "R"),  # both directions
("Water up to two metres deep covered the A614 [1.3].", S1, "R"),  # up to a metre
("Firefighters rescued 14 people from vehicles stuck in floodwater [1.4].", S1, "S"),  # paraphrase
("Fire crews rescued 14 people from flooded homes [1.4].", S1, "R"),  # from vehicles
("A mother and her two children were rescued after their car was swept into a ditch [1.4].", S1, "S"),  # reordered
("Nobody was seriously hurt, the fire and rescue service said [1.5].", S1, "S"),  # paraphrase
("Lowdale Fire and Rescue Service said one person was seriously injured [1.5].", S1, "R"),  # no one
("About 60 homes in Harwick and Orby were flooded [1.6].", S1, "S"),  # compression
("Around 60 homes were flooded in Harwick alone [1.6].", S1, "R"),  # Harwick and Orby
("A rest centre was set up at Harwick Community Hall [1.6].", S1, "S"),  # reworded
("A rest centre was opened at Orby village hall [1.6].", S1, "R"),  # Harwick Community Hall
("Trains between Harwick and Selby were cancelled for the rest of the day after a landslip near Orby station [1.7].", S1, "S"),  # paraphrase
("Rail services were cancelled after floodwater covered the tracks at Orby station [1.7].", S1, "R"),  # landslip near the station
("The Environment Agency issued four flood warnings, indicating flooding is expected, plus nine alerts, indicating it is possible [1.8].", S1, "S"),  # paraphrase
("The Environment Agency issued nine flood warnings, meaning flooding was expected [1.8].", S1, "R"),  # four warnings; nine alerts
("The Environment Agency issued 13 flood warnings and alerts in total [1.8].", S1, "S"),  # 4 + 9
("A flood alert means flooding is expected [1.8].", S1, "R"),  # alert means possible
("Carl Benson, a station manager with the fire service, said some motorists had ignored closure signs and driven into deep water [1.9].", S1, "S"),  # reported speech
("Carl Benson said most drivers had ignored road closure signs [1.9].", S1, "R"),  # some, not most
("Benson warned that as little as 30 centimetres of moving water can float a car [1.9, 1.10].", S1, "S"),  # reported speech, 'he' via 1.9
("Benson said 30 centimetres of standing water could float a car [1.9, 1.10].", S1, "R"),  # moving water
("Amira Shah warned that 30 centimetres of moving water can float a car [1.10, 1.12].", S1, "R"),  # Benson said it
("By Wednesday morning, 17 of the closed roads were open again, the council said [1.11].", S1, "S"),  # paraphrase
("All the closed roads had reopened by Wednesday morning [1.11].", S1, "R"),  # 17, A614 still shut
("The A614 stayed shut at Fenton Bridge while engineers checked the bridge for damage [1.11].", S1, "S"),  # paraphrase
("Engineers found damage to Fenton Bridge [1.11].", S1, "R"),  # only inspecting
("At least three of the roads closed by the flooding were still shut on Wednesday morning [1.1, 1.11].", S1, "S"),  # more than 20 closed, 17 reopened
("Council leader Amira Shah said repairs could cost hundreds of thousands of pounds [1.12].", S1, "S"),  # reported speech
("Amira Shah said repairs would cost millions of pounds [1.12].", S1, "R"),  # hundreds of thousands, could
("Shah said the council would seek help with the repair bill from the government's emergency flood recovery scheme [1.12, 1.13].", S1, "S"),  # 'she' via 1.12
("Shah said the council had already received money from the government's emergency flood recovery scheme [1.13].", S1, "R"),  # will apply
("Orby residents said their homes had now flooded three times in five years [1.14].", S1, "S"),  # paraphrase
("Residents in Harwick said it was the third time in five years their homes had flooded [1.14].", S1, "R"),  # Orby
("Residents in Orby said it was the third time in ten years [1.14].", S1, "R"),  # five years
("More heavy showers are forecast for Thursday, when a yellow weather warning will be in force from 10am to 9pm [1.15].", S1, "S"),  # paraphrase
("An amber weather warning is in place for Thursday [1.15].", S1, "R"),  # yellow
("The yellow weather warning runs from 9am until 10pm [1.15].", S1, "R"),  # 10am until 9pm
("A landslip near Orby station disrupted trains, while around 60 homes in Orby and Harwick were flooded [1.6, 1.7].", S1, "S"),  # merge
("All 14 people rescued by fire crews were taken to hospital [1.4, 1.5].", S1, "R"),  # not stated
("Dales Rail halted its Harwick to Selby trains for the remainder of Tuesday [1.1, 1.7].", S1, "S"),  # 'rest of the day' = Tuesday
("Dales Rail cancelled services between Harwick and Selby until Thursday [1.7].", S1, "R"),  # rest of the day
("Carl Benson of Lowdale Fire and Rescue Service said some drivers had gone past closure signs into deep water [1.9].", S1, "S"),  # paraphrase (re-read fix: dropped interpretive "criticised")
("The A614 closure near Fenton Bridge was caused by a landslip [1.3, 1.7].", S1, "R"),  # water on carriageway; landslip was on rail
("The rain at Harwick between 2pm and 5pm was 5 millimetres short of the September average [1.2].", S1, "S"),  # 76 - 71
("The rain at Harwick was 15 millimetres short of the September average [1.2].", S1, "R"),  # 5
("Fire crews rescued a father and two children whose car was swept into a ditch [1.4].", S1, "R"),  # mother
("Flood warnings were issued by the Met Office [1.8].", S1, "R"),  # Environment Agency
("Engineers were examining Fenton Bridge on Wednesday morning, when the A614 was still closed there [1.11].", S1, "S"),  # reordered
("The A614 had reopened by Wednesday morning [1.11].", S1, "R"),  # remained closed
("Orby, the village next to Harwick, has flooded repeatedly in recent years, according to residents [1.6, 1.14].", S1, "S"),  # generalised
("Most of the roads closed on Tuesday had reopened by Wednesday morning [1.1, 1.11].", S1, "R"),  # 17 of 'more than 20' - total unknown, majority not supported
("Four flood warnings were in force, indicating that flooding was expected [1.8].", S1, "S"),  # reworded
("The Met Office said the rain at Harwick was the heaviest ever recorded there [1.2].", S1, "R"),  # not stated
("Rescuers pulled 14 people from trapped vehicles, and none of them was seriously injured [1.4, 1.5].", S1, "S"),  # merge
("Benson said 30 centimetres of moving water was enough to sweep a person off their feet [1.10].", S1, "R"),  # float a car
("Thursday's yellow warning for heavy showers will last 11 hours [1.15].", S1, "S"),  # 10am-9pm
("Firefighters rescued a family whose car had been swept into a ditch [1.4].", S1, "S"),  # mother and two children
("Nine flood alerts were issued, signalling that flooding was possible [1.8].", S1, "S"),  # reworded
("Nearly a month's rain fell at Harwick in a three-hour afternoon downpour [1.1, 1.2].", S1, "S"),  # 2pm to 5pm
]
