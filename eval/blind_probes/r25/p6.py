# Domain: a volcanic eruption and flight disruption
S1 = " ".join([
    "Mount Kelvar on the island of Serenna erupted early on Saturday, sending an ash column about 9 kilometres into the sky.",
    "The national volcanology institute raised its alert level to orange, the second-highest on its four-tier scale.",
    "Authorities evacuated around 6,500 residents from villages within a 7-kilometre exclusion zone around the crater.",
    "No deaths have been reported, although two people were treated in hospital for breathing difficulties.",
    "Serenna International Airport suspended all flights on Saturday afternoon, stranding an estimated 12,000 passengers.",
    "Airlines cancelled at least 230 flights across the region, and carriers including Altair Air and SkyBridge rerouted services to avoid the ash cloud.",
    "The Volcanic Ash Advisory Centre in Tolm said the cloud was drifting south-east at about 40 kilometres per hour.",
    "Institute director Ana Ferreira said further explosive activity \"cannot be ruled out\" in the coming days.",
    "The last major eruption of Mount Kelvar, in 1998, closed the airport for nine days.",
    "The transport ministry said the airport could reopen on Monday if wind conditions improved.",
    "Tourism officials estimated that the disruption was costing the island about 3 million euros a day.",
])
PROBES = [
("Mount Kelvar, on Serenna, erupted in the early hours of Saturday [1.1].", S1, "S"),  # reworded
("The eruption threw ash roughly 9 kilometres into the air [1.1].", S1, "S"),  # column = ash into air
("Mount Kelvar erupted early on Sunday [1.1].", S1, "R"),  # wrong weekday
("The ash column rose about 19 kilometres [1.1].", S1, "R"),  # wrong figure
("Mount Kelvar erupted late on Saturday [1.1].", S1, "R"),  # early vs late
("The volcanology institute raised the alert to orange, the second-highest level on its four-level scale [1.2].", S1, "S"),  # tier = level
("Only one alert level on the institute's scale is higher than orange [1.2].", S1, "S"),  # second-highest
("The institute raised its alert level to red, the highest level [1.2].", S1, "R"),  # wrong colour/level
("Orange is the highest level on the institute's scale [1.2].", S1, "R"),  # second-highest
("The institute lowered its alert level to orange [1.2].", S1, "R"),  # antonym
("The institute uses a five-tier alert scale [1.2].", S1, "R"),  # four-tier
("About 6,500 people living within 7 kilometres of the crater were moved out [1.3].", S1, "S"),  # evacuated = moved out
("Some 6,500 villagers were evacuated from an exclusion zone around the crater [1.3].", S1, "S"),  # reworded
("Authorities evacuated around 65,000 residents [1.3].", S1, "R"),  # number error
("The exclusion zone extends 17 kilometres from the crater [1.3].", S1, "R"),  # wrong figure
("Residents within the exclusion zone were advised to stay indoors [1.3].", S1, "R"),  # contradicts evacuation
("Authorities evacuated around 6,500 tourists [1.3].", S1, "R"),  # residents vs tourists
("There have been no reported fatalities, but two people needed hospital treatment for breathing problems [1.4].", S1, "S"),  # synonyms
("Nobody has been reported killed by the eruption [1.4].", S1, "S"),  # no deaths reported
("Two people died of breathing difficulties [1.4].", S1, "R"),  # treated, not died
("No one was injured in the eruption [1.4].", S1, "R"),  # two treated in hospital
("Two people were treated in hospital for burns [1.4].", S1, "R"),  # wrong condition
("Serenna International Airport halted all flights on Saturday afternoon [1.5].", S1, "S"),  # suspended = halted
("An estimated 12,000 travellers were left stranded after the airport suspended flights [1.5].", S1, "S"),  # voice change
("Serenna International Airport suspended some flights on Saturday [1.5].", S1, "R"),  # all -> some
("The airport suspension stranded exactly 12,000 passengers [1.5].", S1, "R"),  # estimate -> exact
("Serenna International Airport suspended all flights on Saturday morning [1.5].", S1, "R"),  # afternoon vs morning
("More than 200 flights in the region were cancelled by airlines [1.6].", S1, "S"),  # at least 230 => more than 200
("Altair Air and SkyBridge were among carriers diverting flights around the ash cloud [1.6].", S1, "S"),  # rerouted = diverting
("Airlines cancelled at most 230 flights [1.6].", S1, "R"),  # at least -> at most
("Altair Air and SkyBridge cancelled all their flights to the region [1.6].", S1, "R"),  # rerouted, not cancelled all
("Airlines cancelled at least 320 flights across the region [1.6].", S1, "R"),  # wrong figure
("The ash cloud was moving south-east at around 40 kilometres an hour, according to the advisory centre in Tolm [1.7].", S1, "S"),  # reworded
("The ash cloud was drifting north-east [1.7].", S1, "R"),  # wrong direction
("The ash cloud was drifting south-east at about 40 miles per hour [1.7].", S1, "R"),  # unit error
("The national volcanology institute said the cloud was drifting south-east [1.7].", S1, "R"),  # wrong source
("Ana Ferreira, the institute's director, said more explosive activity could not be excluded over the next few days [1.8].", S1, "S"),  # reported speech
("The institute's head said additional explosions were possible in the days ahead [1.8].", S1, "S"),  # cannot be ruled out = possible
("Ferreira said further explosive activity was expected in the coming days [1.8].", S1, "R"),  # stronger modality
("Ferreira said further explosive activity could be ruled out [1.8].", S1, "R"),  # negation error
("Ferreira warned that a larger eruption than the 1998 one was possible [1.8].", S1, "R"),  # unsupported comparison
("When Mount Kelvar last erupted on a major scale, in 1998, the airport was shut for nine days [1.9].", S1, "S"),  # reworded
("A major eruption in 1998 closed the airport for over a week [1.9].", S1, "S"),  # nine days > week
("The 1998 eruption closed the airport for nineteen days [1.9].", S1, "R"),  # wrong figure
("The last major eruption of Mount Kelvar was in 1989 [1.9].", S1, "R"),  # transposed digits
("The 1998 eruption was the first in the volcano's history [1.9].", S1, "R"),  # unsupported
("The airport may reopen on Monday if winds become more favourable, the transport ministry said [1.10].", S1, "S"),  # could -> may, conditional kept
("The transport ministry said the airport will reopen on Monday [1.10].", S1, "R"),  # hedge & condition dropped
("The transport ministry said the airport could reopen on Tuesday [1.10].", S1, "R"),  # wrong weekday
("The tourism ministry said the airport could reopen on Monday [1.10].", S1, "R"),  # wrong speaker
("Tourism officials put the cost of the disruption at roughly 3 million euros per day [1.11].", S1, "S"),  # reworded
("The disruption is costing the island about 3 million euros a week, officials estimated [1.11].", S1, "R"),  # day vs week
("Tourism officials said the disruption had cost 3 billion euros [1.11].", S1, "R"),  # unit error
("The eruption led authorities to raise the alert to orange and evacuate about 6,500 people [1.2, 1.3].", S1, "S"),  # merge
("All flights were suspended and at least 230 were cancelled across the region [1.5, 1.6].", S1, "S"),  # merge
("The airport, which was shut for nine days in 1998, might reopen on Monday if the wind improves [1.9, 1.10].", S1, "S"),  # merge
("The airport closed because the ash cloud was drifting south-east towards it [1.5, 1.7].", S1, "R"),  # unsupported cause/direction relation
("About 6,500 residents were evacuated [1.4].", S1, "R"),  # wrong sentence cited
("The ash cloud drifting south-east forced at least 230 flight cancellations [1.6, 1.7].", S1, "R"),  # unsupported causal attribution to direction
("The eruption sent ash about 9 kilometres high, and two people were treated in hospital for breathing difficulties [1.1, 1.4].", S1, "S"),  # merge, no temporal/causal add
("Thousands of passengers were stranded when Serenna's main airport stopped all flights [1.5].", S1, "S"),  # 12,000 = thousands
("Some flights were rerouted to steer clear of the ash [1.6].", S1, "S"),  # generalisation
("An ash advisory centre is tracking the cloud's movement towards the south-east [1.7].", S1, "S"),  # generalisation
("The volcanology institute's director did not rule out more explosive activity in the coming days [1.8].", S1, "S"),  # negated paraphrase
("Officials said the airport could reopen on Monday provided the wind improved [1.10].", S1, "S"),  # conditional restated
("Kelvar's eruption sent ash some 9 kilometres up, and the alert level was raised to orange [1.1, 1.2].", S1, "S"),  # merge
("The disruption is estimated to cost Serenna around 3 million euros daily [1.11].", S1, "S"),  # reworded
]
