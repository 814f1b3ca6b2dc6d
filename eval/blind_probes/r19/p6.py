# Domain: an earthquake abroad and the aid response
S1 = " ".join([
    "A magnitude 7.1 earthquake struck western Nepal shortly before midnight on Friday, killing at least 157 people and injuring more than 300, officials said.",
    "The epicentre was in the Jajarkot district, about 500 kilometres west of the capital Kathmandu, at a depth of 18 kilometres, according to the national seismological centre.",
    "Most of the deaths were in remote hill villages where houses built of mud and stone collapsed as people slept.",
    "Prime Minister Pushpa Kamal Dahal flew to the area on Saturday morning with a team of army medics.",
    "Rescue efforts have been hampered by landslides that blocked the main road into the district.",
    "Officials warned that the death toll was likely to rise as teams reached more isolated settlements.",
    "Tremors were felt as far away as New Delhi, more than 600 kilometres from the epicentre.",
])
S2 = " ".join([
    "The UK government has pledged £2m in emergency aid for Nepal, the Foreign Office said on Sunday.",
    "The money will be channelled through the Red Cross and the UN children's agency Unicef to provide shelter, clean water and medical supplies.",
    "India sent two military aircraft carrying tents, blankets and medicines, which landed in Nepalgunj on Sunday afternoon.",
    "The UN's humanitarian office estimated that about 250,000 people had been affected and that more than 8,000 homes were damaged or destroyed.",
    "Aid agencies said overnight temperatures in the mountains were already falling below freezing, leaving survivors who had lost their homes at risk.",
    "Save the Children said around a third of those killed were children.",
    "Nepal's government said it did not currently need international search and rescue teams but would welcome help with relief supplies.",
])
PROBES = [
("At least 157 people died when a 7.1-magnitude earthquake hit western Nepal late on Friday [1.1].", S1, "S"),  # synonyms
("More than 300 people were hurt in the quake, officials said [1.1].", S1, "S"),  # compression
("The quake's epicentre was in Jajarkot district, roughly 500 kilometres west of Kathmandu [1.2].", S1, "S"),  # reword
("The national seismological centre put the depth of the earthquake at 18 kilometres [1.2].", S1, "S"),  # restructure
("Kathmandu lies about 500 kilometres east of the epicentre [1.2].", S1, "S"),  # converse direction
("Most victims died in remote hill villages when mud and stone houses collapsed while they slept [1.3].", S1, "S"),  # reword
("Houses built of mud and stone collapsed in remote villages [1.3].", S1, "S"),  # compression
("Army medics accompanied Pushpa Kamal Dahal when he flew to the area on Saturday morning [1.4].", S1, "S"),  # voice change
("Nepal's prime minister travelled to the affected area the morning after the quake [1.1][1.4].", S1, "S"),  # Friday night -> Saturday morning
("Landslides blocking the main road into the district have hindered rescuers [1.5].", S1, "S"),  # hampered -> hindered
("Officials said the number of dead would probably increase as teams reached isolated settlements [1.6].", S1, "S"),  # likely -> probably
("The earthquake was felt in New Delhi, over 600 kilometres from the epicentre [1.7].", S1, "S"),  # near-copy
("Britain has promised £2m in emergency aid for Nepal, according to the Foreign Office [2.1].", S2, "S"),  # synonyms
("The UK's aid will be delivered via the Red Cross and Unicef [2.1][2.2].", S2, "S"),  # merge
("The British funding is meant to provide shelter, clean water and medical supplies [2.1][2.2].", S2, "S"),  # merge, restructure
("Two Indian military planes carrying tents, blankets and medicines landed in Nepalgunj on Sunday [2.3].", S2, "S"),  # compression
("Tents, blankets and medicines were among the supplies India flew in [2.3].", S2, "S"),  # generalised
("According to the UN humanitarian office, roughly a quarter of a million people were affected [2.4].", S2, "S"),  # 250,000 -> quarter million
("Over 8,000 homes were damaged or destroyed, the UN estimated [2.4].", S2, "S"),  # reorder
("Survivors who lost their homes face sub-zero night-time temperatures in the mountains, aid agencies warned [2.5].", S2, "S"),  # below freezing -> sub-zero
("Save the Children said children made up about a third of the dead [2.6].", S2, "S"),  # restructure
("Nepal said it would welcome help with relief supplies but did not for now need foreign search and rescue teams [2.7].", S2, "S"),  # reorder
("For the moment, Nepal's government does not need international rescue teams, it said [2.7].", S2, "S"),  # currently -> for the moment
("The quake was followed by landslides that blocked the district's main road [1.5].", S1, "R"),  # time order/causation not stated
("A magnitude 7.1 earthquake struck eastern Nepal [1.1].", S1, "R"),  # west -> east
("A magnitude 7.4 earthquake struck western Nepal [1.1].", S1, "R"),  # number
("The earthquake killed 157 people [1.1].", S1, "R"),  # 'at least' dropped
("The earthquake struck shortly after midnight on Friday [1.1].", S1, "R"),  # before -> after
("The earthquake killed at least 157 people and injured more than 3,000 [1.1].", S1, "R"),  # number
("The epicentre was about 500 kilometres east of Kathmandu [1.2].", S1, "R"),  # direction
("The quake struck at a depth of 80 kilometres [1.2].", S1, "R"),  # number
("All of the deaths were in remote hill villages [1.3].", S1, "R"),  # most -> all
("Most of the deaths were in the capital Kathmandu [1.3].", S1, "R"),  # location
("Pushpa Kamal Dahal flew to the area on Friday night [1.4].", S1, "R"),  # time
("The prime minister flew to the area with a team of foreign doctors [1.4].", S1, "R"),  # army medics -> foreign doctors
("Rescue efforts have been hampered by heavy snow [1.5].", S1, "R"),  # cause swapped
("Officials said the death toll had risen as teams reached isolated settlements [1.6].", S1, "R"),  # likely to rise -> had risen
("Tremors were felt as far away as New Delhi, more than 600 kilometres from Kathmandu [1.7].", S1, "R"),  # epicentre -> Kathmandu
("Save the Children said the death toll was likely to rise [1.6][2.6].", S2, "R"),  # wrong speaker
("The UK government has pledged £20m in emergency aid [2.1].", S2, "R"),  # number
("The UK pledged £2m in aid on Saturday [2.1].", S2, "R"),  # day
("The UK money will be channelled through the World Health Organization [2.2].", S2, "R"),  # wrong agency
("India sent two military aircraft, which landed in Kathmandu [2.3].", S2, "R"),  # place
("China sent two military aircraft carrying tents and blankets [2.3].", S2, "R"),  # country
("The UK pledged its aid after India's aircraft had landed in Nepalgunj [2.1][2.3].", S2, "R"),  # invented order; both Sunday
("Because landslides blocked the road, India flew its supplies to Nepalgunj [1.5][2.3].", S2, "R"),  # invented cause
("The UN said about 250,000 homes had been damaged or destroyed [2.4].", S2, "R"),  # people -> homes
("The UN said 8,000 homes were destroyed [2.4].", S2, "R"),  # 'more than' and 'damaged or' dropped
("Unicef estimated that about 250,000 people had been affected [2.4].", S2, "R"),  # wrong source
("Aid agencies said several survivors had died of cold [2.5].", S2, "R"),  # at risk -> died
("Save the Children said around half of those killed were children [2.6].", S2, "R"),  # third -> half
("Nepal's government asked for international search and rescue teams [2.7].", S2, "R"),  # opposite
("Nepal's government said it would never accept international rescue teams [2.7].", S2, "R"),  # currently -> never
("Nepal said it did not need any international help [2.7].", S2, "R"),  # negation generalised wrongly
]
