# Domain: an avalanche on a Scottish mountain and the mountain rescue operation
S1 = " ".join([
    "Four climbers were rescued on Saturday after an avalanche struck a gully on Ben Nevis, police said.",
    "A fifth climber in the group, a 34-year-old man from Glasgow, died at the scene.",
    "The avalanche happened at about 11:40 in Number Five Gully on the north face of Ben Nevis.",
    "Lochaber Mountain Rescue Team sent 18 volunteers to the scene, supported by a coastguard helicopter from Inverness.",
    "Two of the survivors were airlifted to Belford Hospital in Fort William with leg injuries.",
    "The other two survivors were able to walk down the mountain with rescuers and were later treated for mild hypothermia.",
    "Team leader Iain Cameron said conditions on the hill had been \"about as dangerous as it gets\" after heavy overnight snow.",
    "The Scottish Avalanche Information Service had rated the avalanche risk as considerable on the day, the third highest of its five levels.",
    "The group, who were all experienced mountaineers, had set out from the North Face car park shortly after 07:00.",
    "Police Scotland said the dead man's family had been informed and that a report would be sent to the procurator fiscal.",
    "It is the second fatal avalanche in the Scottish Highlands this winter.",
    "In January, a 52-year-old woman died after being caught in a slide in Glen Coe.",
    "Mr Cameron urged walkers and climbers to check the forecast and carry avalanche transceivers.",
])
PROBES = [
("Four climbers were rescued after an avalanche hit a gully on Ben Nevis on Saturday [1.1].", S1, "S"),  # reorder, synonym
("A 34-year-old Glasgow man died at the scene [1.2].", S1, "S"),  # compression
("The avalanche struck at around 11:40 on the north face of Ben Nevis [1.3].", S1, "S"),  # synonym, dropped gully name
("Eighteen volunteers from Lochaber Mountain Rescue Team were sent to the scene [1.4].", S1, "S"),  # passive, number format
("A coastguard helicopter from Inverness supported the rescue team [1.4].", S1, "S"),  # voice change
("Two survivors with leg injuries were flown to Belford Hospital in Fort William [1.5].", S1, "S"),  # airlifted -> flown
("Two of the survivors walked down the mountain with rescuers [1.6].", S1, "S"),  # paraphrase
("Two of the four survivors were later treated for mild hypothermia [1.1, 1.6].", S1, "S"),  # merge
("Iain Cameron, the team leader, said conditions had been \"about as dangerous as it gets\" following heavy snow overnight [1.7].", S1, "S"),  # reorder
("The avalanche risk had been rated considerable on the day [1.8].", S1, "S"),  # dropped detail
("The risk rating on the day was the third highest on a five-level scale [1.8].", S1, "S"),  # paraphrase
("The members of the group were experienced mountaineers [1.9].", S1, "S"),  # dropped detail
("The group left the North Face car park just after 07:00 [1.9].", S1, "S"),  # set out -> left
("Police Scotland said the dead man's family had been told [1.10].", S1, "S"),  # informed -> told
("Police Scotland said a report would go to the procurator fiscal [1.10].", S1, "S"),  # paraphrase
("This is the second deadly avalanche in the Scottish Highlands this winter [1.11].", S1, "S"),  # fatal -> deadly
("A 52-year-old woman died in January after being caught in a slide in Glen Coe [1.12].", S1, "S"),  # reorder
("Mr Cameron urged climbers to carry avalanche transceivers [1.13].", S1, "S"),  # dropped detail
("Walkers and climbers were urged to check the forecast [1.13].", S1, "S"),  # passive
("Of five climbers in the group, four were rescued and one died at the scene [1.1, 1.2].", S1, "S"),  # merge, arithmetic
("One climber died and four were rescued after an avalanche on Ben Nevis [1.1, 1.2].", S1, "S"),  # merge
("The avalanche occurred in Number Five Gully [1.3].", S1, "S"),  # dropped detail
("Of the four rescued climbers, two suffered leg injuries [1.1, 1.5].", S1, "S"),  # merge
("The group started out from the North Face car park early in the morning [1.9].", S1, "S"),  # shortly after 07:00 -> early morning
("Heavy snow had fallen overnight, according to Mr Cameron [1.7].", S1, "S"),  # extraction with attribution
("Rescuers were supported by a helicopter [1.4].", S1, "S"),  # generalisation
("Conditions were described by team leader Iain Cameron as \"about as dangerous as it gets\" [1.7].", S1, "S"),  # passive
("The dead man was 34 and from Glasgow. [1.2]", S1, "S"),  # end citation form
("Belford Hospital in Fort William received two of the survivors by air [1.5].", S1, "S"),  # role reframing, same facts
("The rescue team deployed 18 volunteers and was helped by a coastguard helicopter [1.4].", S1, "S"),  # paraphrase
("The avalanche risk level on the day was below the two highest levels [1.8].", S1, "S"),  # third of five implies two above
("In January, a woman aged 52 died after being caught in a slide in Glen Coe [1.12].", S1, "S"),  # near-verbatim
("Four climbers were rescued on Sunday after an avalanche struck a gully on Ben Nevis [1.1].", S1, "R"),  # Saturday not Sunday
("Five climbers were rescued after an avalanche struck a gully on Ben Nevis [1.1].", S1, "R"),  # four not five
("A fifth climber in the group, a 43-year-old man from Glasgow, died at the scene [1.2].", S1, "R"),  # 34 not 43
("A fifth climber in the group, a 34-year-old man from Edinburgh, died at the scene [1.2].", S1, "R"),  # Glasgow not Edinburgh
("A fifth climber, a 34-year-old man from Glasgow, died later in hospital [1.2].", S1, "R"),  # died at the scene
("The avalanche happened at about 11:40 in Number Five Gully on the south face of Ben Nevis [1.3].", S1, "R"),  # north not south
("The avalanche happened at about 10:40 in Number Five Gully [1.3].", S1, "R"),  # 11:40 not 10:40
("Lochaber Mountain Rescue Team sent 16 volunteers to the scene [1.4].", S1, "R"),  # 18 not 16
("Lochaber Mountain Rescue Team sent 18 volunteers, supported by an RAF helicopter from Inverness [1.4].", S1, "R"),  # coastguard not RAF
("Two of the survivors were airlifted to Raigmore Hospital in Inverness with leg injuries [1.5].", S1, "R"),  # Belford Hospital, Fort William
("Two of the survivors were airlifted to Belford Hospital in Fort William with head injuries [1.5].", S1, "R"),  # leg not head
("All four survivors were airlifted to Belford Hospital in Fort William [1.1, 1.5].", S1, "R"),  # only two were airlifted
("The other two survivors were able to walk down the mountain unaided [1.6].", S1, "R"),  # with rescuers, not unaided
("The other two survivors were later treated for severe hypothermia [1.6].", S1, "R"),  # mild not severe
("Iain Cameron said conditions had been \"about as dangerous as it gets\" after strong overnight winds [1.7].", S1, "R"),  # heavy snow not winds
("A police spokesperson said conditions had been \"about as dangerous as it gets\" [1.7].", S1, "R"),  # wrong speaker: Iain Cameron
("Iain Cameron said conditions on the hill had been \"as dangerous as it ever gets\" [1.7].", S1, "R"),  # altered quote
("The Scottish Avalanche Information Service had rated the avalanche risk as high on the day [1.8].", S1, "R"),  # considerable not high
("The avalanche risk on the day was the second highest of five levels [1.8].", S1, "R"),  # third not second
("The group, who were all novice climbers, had set out from the North Face car park [1.9].", S1, "R"),  # antonym: experienced
("The group had set out from the North Face car park shortly after 06:00 [1.9].", S1, "R"),  # 07:00 not 06:00
("Police Scotland said the dead man's family had not yet been informed [1.10].", S1, "R"),  # negation flipped
("Police Scotland said the death was not being treated as suspicious [1.10].", S1, "R"),  # added statement not in source
("It is the first fatal avalanche in the Scottish Highlands this winter [1.11].", S1, "R"),  # second not first
("It is the second fatal avalanche on Ben Nevis this winter [1.11].", S1, "R"),  # place changed: Scottish Highlands, not Ben Nevis
("In February, a 52-year-old woman died after being caught in a slide in Glen Coe [1.12].", S1, "R"),  # January not February
("In January, a 52-year-old woman died after being caught in a slide on Ben Nevis [1.12].", S1, "R"),  # Glen Coe not Ben Nevis
("In January, a 52-year-old man died after being caught in a slide in Glen Coe [1.12].", S1, "R"),  # woman not man
("Mr Cameron urged walkers and climbers to avoid the mountain until conditions improved [1.13].", S1, "R"),  # different advice
("Police Scotland urged walkers and climbers to carry avalanche transceivers [1.13].", S1, "R"),  # wrong speaker: Mr Cameron
("Two of the survivors were airlifted to Belford Hospital in Fort William with leg injuries [1.6].", S1, "R"),  # wrong citation: this is 1.5
("The avalanche was triggered by the climbing group [1.1, 1.3].", S1, "R"),  # invented cause
("The avalanche happened because the group ignored the avalanche warning [1.8, 1.9].", S1, "R"),  # invented cause
("The 34-year-old man who died was leading the group [1.2, 1.9].", S1, "R"),  # invented role
("All four rescued climbers were treated for hypothermia [1.1, 1.5, 1.6].", S1, "R"),  # only the other two were treated for hypothermia
]
