# Domain: a wildfire evacuation in Canada
S1 = " ".join([
    "About 8,000 residents of Fort Ashcroft in northern Alberta were ordered to leave their homes on Friday night as a wildfire moved to within 6 kilometres of the town.",
    "The fire, which officials believe was started by lightning on Tuesday, has grown to about 42,000 hectares, fanned by strong winds and temperatures above 30C.",
    "Alberta Wildfire said the blaze was classed as out of control and that its crews were being supported by 14 helicopters and six air tankers.",
    "Evacuees were directed south along Highway 88 to a reception centre in the city of Lesser Falls, about 150 kilometres away.",
    "Mayor Janet Kowalski said the evacuation had been \"calm and orderly\" and that no injuries had been reported.",
    "Environment Canada forecast that winds would shift to the north-west on Sunday, which could push the fire away from the town.",
    "Roughly 30 homes on the western edge of the community are believed to have been destroyed, although officials have not been able to confirm the number.",
])
S2 = " ".join([
    "Premier Laura Whitfield declared a provincial state of emergency on Saturday, saying Alberta would request firefighting help from other provinces and the military.",
    "She said 120 firefighters from British Columbia and Ontario were expected to arrive by Monday.",
    "Each evacuated household will be eligible for an emergency payment of 1,250 dollars, with an extra 500 dollars for each dependent child.",
    "The Red Cross said it had registered more than 5,200 evacuees by Saturday afternoon and was providing hotel rooms for about 1,800 of them.",
    "Air quality warnings were issued for Edmonton and Calgary, where smoke from the fire was expected to linger until at least Tuesday.",
    "Fort Ashcroft, a centre for the region's oil sands industry, was last evacuated in 2016 when a smaller fire came within 2 kilometres of the town.",
    "Two oil companies said they had shut down operations near the town as a precaution, cutting output by about 90,000 barrels a day.",
])
PROBES = [
("Around 8,000 Fort Ashcroft residents were told to evacuate on Friday night [1.1].", S1, "S"),  # synonyms
("The wildfire was within 6 kilometres of Fort Ashcroft when residents were ordered out [1.1].", S1, "S"),  # reorder
("Officials think lightning sparked the fire on Tuesday [1.2].", S1, "S"),  # hedge kept (believe -> think)
("Driven by strong winds and temperatures over 30C, the fire has spread to roughly 42,000 hectares [1.2].", S1, "S"),  # fanned -> driven
("Alberta Wildfire classed the fire as out of control [1.3].", S1, "S"),  # compression
("Fourteen helicopters and six air tankers are supporting the firefighting crews, according to Alberta Wildfire [1.3].", S1, "S"),  # number in words
("Evacuees were sent south on Highway 88 to a reception centre in Lesser Falls [1.4].", S1, "S"),  # directed -> sent
("The reception centre for evacuees is roughly 150 kilometres away [1.4].", S1, "S"),  # compression
("Janet Kowalski described the evacuation as calm and orderly [1.5].", S1, "S"),  # reported speech
("The mayor said no one had been reported injured [1.5].", S1, "S"),  # negation kept, reword
("Environment Canada expects winds to shift to the north-west on Sunday, which might push the fire away from the town [1.6].", S1, "S"),  # hedge kept
("Officials have been unable to confirm how many homes were destroyed, though the figure is believed to be about 30 [1.7].", S1, "S"),  # reorder
("Around 30 homes on the community's western edge are thought to have been destroyed [1.7].", S1, "S"),  # hedge kept
("Premier Laura Whitfield declared a provincial state of emergency on Saturday [2.1].", S2, "S"),  # compression
("Alberta would seek firefighting help from other provinces and the military, the premier said [2.1].", S2, "S"),  # reorder
("Whitfield said 120 firefighters from British Columbia and Ontario were due to arrive by Monday [2.1][2.2].", S2, "S"),  # pronoun resolved
("Evacuated households can claim an emergency payment of $1,250 plus $500 for each dependent child [2.3].", S2, "S"),  # number format
("A household with two dependent children would be eligible for 2,250 dollars [2.3].", S2, "S"),  # arithmetic
("By Saturday afternoon the Red Cross had registered over 5,200 evacuees [2.4].", S2, "S"),  # reorder
("The Red Cross was providing hotel accommodation for about 1,800 evacuees [2.4].", S2, "S"),  # compression
("Smoke was expected to hang over Edmonton and Calgary until at least Tuesday, and air quality warnings were issued there [2.5].", S2, "S"),  # reword
("The town was last evacuated in 2016, when a smaller blaze came within 2 kilometres [2.6].", S2, "S"),  # compression
("Two oil companies shut operations near the town as a precaution, reducing output by about 90,000 barrels a day [2.7].", S2, "S"),  # synonyms
("Fort Ashcroft is a hub of the region's oil sands industry [2.6].", S2, "S"),  # centre -> hub
("The fire, believed to have been started by lightning, has burned around 42,000 hectares and is out of control [1.2][1.3].", S1, "S"),  # merge, hedge kept
("About 18,000 residents of Fort Ashcroft were ordered to leave [1.1].", S1, "R"),  # number changed
("Fort Ashcroft residents were ordered to leave on Saturday night [1.1].", S1, "R"),  # day changed
("The wildfire moved to within 6 miles of the town [1.1].", S1, "R"),  # unit changed
("Officials have confirmed the fire was started by lightning [1.2].", S1, "R"),  # believe -> confirmed
("The fire has grown to about 24,000 hectares [1.2].", S1, "R"),  # digits swapped
("Alberta Wildfire said the blaze was under control [1.3].", S1, "R"),  # antonym
("Crews were supported by six helicopters and 14 air tankers [1.3].", S1, "R"),  # numbers swapped
("Evacuees were directed north along Highway 88 [1.4].", S1, "R"),  # direction changed
("Mayor Janet Kowalski said several minor injuries had been reported [1.5].", S1, "R"),  # negation dropped
("Premier Whitfield described the evacuation as calm and orderly [1.5].", S1, "R"),  # wrong speaker
("Environment Canada said winds shifting on Sunday would push the fire away from the town [1.6].", S1, "R"),  # could -> would
("Environment Canada forecast that winds would shift to the south-east on Sunday [1.6].", S1, "R"),  # direction changed
("Officials confirmed that 30 homes had been destroyed [1.7].", S1, "R"),  # contradicts unconfirmed
("About 30 homes on the eastern edge of the community are believed destroyed [1.7].", S1, "R"),  # west -> east
("Premier Whitfield declared a provincial state of emergency on Friday [2.1].", S2, "R"),  # day changed
("Alberta has received firefighting help from the military [2.1].", S2, "R"),  # would request -> received
("Whitfield said 120 firefighters from British Columbia and Quebec were expected by Monday [2.1][2.2].", S2, "R"),  # province changed
("Whitfield said 120 firefighters from British Columbia and Ontario had arrived on Monday [2.1][2.2].", S2, "R"),  # expected -> arrived
("Each evacuated person will receive 1,250 dollars [2.3].", S2, "R"),  # household -> person
("The Red Cross registered more than 5,200 evacuees and found hotel rooms for all of them [2.4].", S2, "R"),  # about 1,800 -> all
("Air quality warnings were issued for Edmonton and Calgary, where smoke was expected to clear by Tuesday [2.5].", S2, "R"),  # linger until at least -> clear by
("Fort Ashcroft was last evacuated in 2016, when a larger fire came within 2 kilometres [2.6].", S2, "R"),  # smaller -> larger
("Two oil companies shut down operations, cutting output by about 9,000 barrels a day [2.7].", S2, "R"),  # number changed
("Two oil companies shut down operations after the fire damaged their facilities [2.7].", S2, "R"),  # precaution -> invented damage
("All oil companies operating near the town have shut down [2.7].", S2, "R"),  # two -> all
("Mayor Janet Kowalski declared a state of emergency and asked the military for help [1.5][2.1].", S1, "R"),  # wrong speaker/actor
("The fire was burning 6 kilometres from Fort Ashcroft when the provincial state of emergency was declared on Friday [1.1][1.2].", S1, "R"),  # emergency was Saturday, in uncited 2.1
]
