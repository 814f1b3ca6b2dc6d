# Domain: wildfire and heatwave emergency
S1 = ("A wildfire in the hills above Castellan has burned more than 12,000 hectares since it broke out on Saturday. "
      "Around 3,000 residents were ordered to evacuate from four villages overnight. "
      "Fire chief Ramon Ortiz said strong winds and temperatures of up to 43 degrees had hampered efforts to contain the blaze. "
      "More than 600 firefighters, supported by eight water-bombing aircraft, are battling the flames. "
      "Two firefighters were treated in hospital for smoke inhalation, but no deaths have been reported. "
      "Investigators believe the fire may have been started by sparks from farm machinery. "
      "The regional government has declared a state of emergency and closed two main roads.")
S2 = ("The national weather service issued a red heat warning for six southern provinces on Monday. "
      "Temperatures are forecast to exceed 44 degrees in some areas by Wednesday. "
      "Health officials urged elderly people to stay indoors during the hottest hours of the day. "
      "Hospitals in the region reported a 30 percent rise in heat-related admissions last week. "
      "Several cities have opened air-conditioned public buildings as cooling centres. "
      "Meteorologists said the heatwave was likely to last until at least the end of the week. "
      "The country's electricity operator warned that demand could reach a record high.")
PROBES = [
("Since breaking out on Saturday, the wildfire above Castellan has scorched over 12,000 hectares [1.1].", S1, "S"),  # reorder, burned->scorched, more than->over
("Roughly 3,000 people from four villages were told to leave their homes overnight [1.2].", S1, "S"),  # synonyms ordered to evacuate->told to leave
("Strong winds and temperatures reaching 43 degrees have hindered attempts to contain the fire, fire chief Ramon Ortiz said [1.3].", S1, "S"),  # reorder, hampered->hindered
("Ramon Ortiz, the fire chief, said containment efforts had been hampered by strong winds and heat of up to 43 degrees [1.3].", S1, "S"),  # voice change
("Over 600 firefighters are fighting the blaze with the help of eight water-bombing aircraft [1.4].", S1, "S"),  # reorder, synonyms
("Eight water-bombing aircraft are supporting more than 600 firefighters tackling the flames [1.4].", S1, "S"),  # role-preserving restructure
("No deaths have been reported, though two firefighters needed hospital treatment for smoke inhalation [1.5].", S1, "S"),  # clause reorder
("Sparks from farm machinery may have started the fire, investigators believe [1.6].", S1, "S"),  # voice change, hedge kept
("A state of emergency has been declared by the regional government, which has also shut two main roads [1.7].", S1, "S"),  # passive, closed->shut
("The wildfire has burned more than 12,000 hectares, and around 3,000 residents of four villages were ordered to evacuate overnight [1.1][1.2].", S1, "S"),  # merge, both cited
("Two firefighters were treated in hospital for smoke inhalation [1.5].", S1, "S"),  # compression
("The regional government has declared a state of emergency [1.7].", S1, "S"),  # compression
("A wildfire in the hills above Castellan has burned more than 12,000 hectares since it broke out on Saturday [1.1].", S1, "S"),  # near copy
("Six southern provinces were placed under a red heat warning by the national weather service on Monday [2.1].", S2, "S"),  # voice change
("By Wednesday, temperatures in some areas are expected to top 44 degrees [2.2].", S2, "S"),  # reorder, forecast->expected, exceed->top
("Elderly people were advised by health officials to remain indoors in the hottest part of the day [2.3].", S2, "S"),  # passive, urged->advised
("Heat-related hospital admissions in the region rose by 30 percent last week, hospitals reported [2.4].", S2, "S"),  # restructure
("A number of cities have turned air-conditioned public buildings into cooling centres [2.5].", S2, "S"),  # synonyms
("Cooling centres have been set up in air-conditioned public buildings in several cities [2.5].", S2, "S"),  # voice/reorder
("The heatwave will probably continue until at least the end of the week, according to meteorologists [2.6].", S2, "S"),  # likely->probably, hedge kept
("Electricity demand could hit a record, the country's electricity operator warned [2.7].", S2, "S"),  # reorder, hedge kept
("The national weather service issued a red heat warning for six southern provinces on Monday, and temperatures are forecast to exceed 44 degrees in some areas by Wednesday [2.1][2.2].", S2, "S"),  # merge, both cited
("Health officials told elderly people to stay inside during the hottest hours [2.3].", S2, "S"),  # near copy with synonyms
("Meteorologists expect the heatwave to last until at least the end of the week [2.6].", S2, "S"),  # likely->expect, hedge kept
("The wildfire above Castellan has burned more than 21,000 hectares since Saturday [1.1].", S1, "R"),  # number changed 12,000->21,000
("The wildfire above Castellan broke out on Sunday [1.1].", S1, "R"),  # day changed Saturday->Sunday
("Around 3,000 residents were ordered to evacuate from five villages overnight [1.2].", S1, "R"),  # four->five villages
("Around 3,000 residents chose to leave four villages overnight [1.2].", S1, "R"),  # ordered->voluntary choice
("Fire chief Ramon Ortiz said temperatures of up to 43 degrees had helped efforts to contain the blaze [1.3].", S1, "R"),  # antonym hampered->helped
("Fire chief Ramon Ortiz said the blaze had been contained despite strong winds [1.3].", S1, "R"),  # contradicts: efforts to contain hampered, not contained
("Investigators said strong winds and temperatures of up to 43 degrees had hampered efforts to contain the blaze [1.3].", S1, "R"),  # wrong speaker: fire chief Ortiz
("More than 600 firefighters, supported by eight helicopters, are battling the flames [1.4].", S1, "R"),  # sibling substituted water-bombing aircraft->helicopters
("More than 800 firefighters are battling the flames [1.4].", S1, "R"),  # 600->800
("Two firefighters died of smoke inhalation [1.5].", S1, "R"),  # contradicts: treated, no deaths
("Investigators have confirmed that the fire was started by sparks from farm machinery [1.6].", S1, "R"),  # hedge dropped believe/may->confirmed
("Investigators believe the fire may have been started deliberately [1.6].", S1, "R"),  # cause changed
("The regional government has declared a state of emergency and closed all main roads [1.7].", S1, "R"),  # two->all
("The national government has declared a state of emergency [1.7].", S1, "R"),  # regional->national
("The regional government declared a state of emergency after two firefighters were taken to hospital [1.7][1.5].", S1, "R"),  # invented causal/temporal link
("Around 3,000 residents were ordered to evacuate as temperatures reached 43 degrees [1.2].", S1, "R"),  # detail from uncited 1.3, link invented
("The national weather service issued a red heat warning for six northern provinces on Monday [2.1].", S2, "R"),  # southern->northern
("The national weather service issued an amber heat warning for six southern provinces on Monday [2.1].", S2, "R"),  # red->amber
("The weather service issued its highest-level red heat warning for six southern provinces on Monday [2.1].", S2, "R"),  # 'highest level' not stated (world knowledge)
("Temperatures are forecast to exceed 44 degrees in all areas by Wednesday [2.2].", S2, "R"),  # some->all
("Temperatures exceeded 44 degrees in some areas on Wednesday [2.2].", S2, "R"),  # forecast turned into fact
("Health officials urged children to stay indoors during the hottest hours of the day [2.3].", S2, "R"),  # elderly people->children
("Hospitals in the region reported a 13 percent rise in heat-related admissions last week [2.4].", S2, "R"),  # 30->13
("Hospitals in the region reported a 30 percent rise in heat-related deaths last week [2.4].", S2, "R"),  # admissions->deaths
("Several cities have opened air-conditioned public buildings as cooling centres staffed by volunteers [2.5].", S2, "R"),  # added detail
("Meteorologists said the heatwave would end by the middle of the week [2.6].", S2, "R"),  # contradicts: at least end of week
("Meteorologists said the heatwave would last until at least the end of the week [2.6].", S2, "R"),  # hedge 'likely' dropped
("The country's electricity operator said demand had reached a record high [2.7].", S2, "R"),  # could reach->had reached
("The electricity operator warned that power cuts could follow if demand reached a record high [2.7].", S2, "R"),  # added power cuts
("Hospitals reported a 30 percent rise in heat-related admissions after temperatures exceeded 44 degrees [2.4][2.2].", S2, "R"),  # invented link; 44 degrees is a forecast for Wednesday
("Temperatures are forecast to exceed 44 degrees in Castellan by Wednesday [2.2].", S2, "R"),  # location invented
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
