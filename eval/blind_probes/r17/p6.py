# Domain: storm with flooding and transport disruption
S1 = " ".join([
    "Storm Ivor brought gusts of up to 94 miles per hour to parts of north Wales on Sunday.",
    "The Met Office issued an amber wind warning for the region until 6pm on Monday.",
    "More than 40,000 homes lost power, according to the electricity network operator.",
    "Network Rail suspended all train services between Chester and Holyhead after trees fell on the line.",
    "Ferry sailings from Holyhead to Dublin were cancelled for a second day.",
    "A man in his sixties was taken to hospital after a tree struck his car near Bangor.",
    "Police urged drivers to avoid all but essential journeys.",
])
S2 = " ".join([
    "Engineers restored electricity to about half of the affected homes by Monday morning.",
    "The operator said some customers might not be reconnected until Wednesday.",
    "Rail services are expected to resume on Tuesday once the line has been cleared and inspected.",
    "The A55 was closed westbound near Conwy because of flooding.",
    "Natural Resources Wales had 23 flood warnings in place by Monday afternoon.",
    "Forecasters said a second band of heavy rain could arrive on Thursday.",
    "The council opened two rest centres for people forced to leave their homes.",
])
PROBES = [
("Storm Ivor brought winds gusting at up to 94mph to parts of north Wales on Sunday [1.1].", S1, "S"),  # number/unit reformat miles per hour->mph
("Storm Ivor brought gusts of up to 94 miles per hour to all of Wales on Sunday [1.1].", S1, "R"),  # overgeneralisation parts of north Wales->all of Wales
("An amber wind warning was issued by the Met Office for the region, lasting until 6pm on Monday [1.2].", S1, "S"),  # voice change
("The Met Office issued an amber rain warning for the region until 6pm on Monday [1.2].", S1, "R"),  # sibling wind->rain
("The electricity network operator said over 40,000 homes had been left without power [1.3].", S1, "S"),  # reorder attribution, more than->over, lost power->left without power
("More than 40,000 homes lost power, according to the Met Office [1.3].", S1, "R"),  # wrong source
("More than 40,000 homes and businesses lost power [1.3].", S1, "R"),  # added "businesses"
("Network Rail halted all trains between Chester and Holyhead after trees came down on the line [1.4].", S1, "S"),  # suspended->halted, fell->came down
("Network Rail suspended all train services between Crewe and Holyhead [1.4].", S1, "R"),  # place changed Chester->Crewe
("Network Rail suspended all train services between Chester and Holyhead after flooding on the line [1.4].", S1, "R"),  # wrong cause trees->flooding
("Ferry sailings from Holyhead to Dublin were called off for a second consecutive day [1.5].", S1, "S"),  # cancelled->called off, second day->second consecutive day
("Ferry sailings from Holyhead to Dublin were cancelled for a third day [1.5].", S1, "R"),  # second->third
("Ferry sailings from Holyhead to Dublin were delayed for a second day [1.5].", S1, "R"),  # cancelled->delayed
("A man in his sixties was hospitalised when a tree hit his car near Bangor [1.6].", S1, "S"),  # taken to hospital->hospitalised, struck->hit
("A man in his sixties was killed when a tree struck his car near Bangor [1.6].", S1, "R"),  # hospitalised->killed
("Police advised motorists to make only essential journeys [1.7].", S1, "S"),  # urged->advised, drivers->motorists, avoid all but->make only
("Police closed the region's roads to non-essential traffic [1.7].", S1, "R"),  # advice turned into closure
("Police urged drivers to avoid all journeys [1.7].", S1, "R"),  # qualifier "but essential" dropped
("Storm Ivor hit parts of north Wales on Sunday with gusts of up to 94 miles per hour, and more than 40,000 homes lost power [1.1][1.3].", S1, "S"),  # merge 1.1 + 1.3 without causal claim
("Trains between Chester and Holyhead were suspended and Holyhead-Dublin ferry sailings were cancelled for a second day [1.4][1.5].", S1, "S"),  # merge 1.4 + 1.5, voice change
("A man in his sixties was taken to hospital after a tree struck his car, and police urged drivers to avoid all but essential journeys [1.6][1.7].", S1, "S"),  # merge 1.6 + 1.7
("Police urged drivers to avoid all but essential journeys after a man was injured when a tree struck his car [1.6][1.7].", S1, "R"),  # invented sequence/cause linking the two
("Network Rail suspended services between Chester and Holyhead on Sunday [1.4].", S1, "R"),  # day only in uncited 1.1
("By Monday morning engineers had reconnected roughly half the homes affected [2.1].", S2, "S"),  # reorder, restored electricity->reconnected, about->roughly
("Engineers restored electricity to all affected homes by Monday morning [2.1].", S2, "R"),  # about half->all
("Engineers restored electricity to about half of the affected homes by Monday evening [2.1].", S2, "R"),  # morning->evening
("Engineers restored power to about 20,000 homes by Monday morning [2.1].", S2, "R"),  # figure not stated (derived from uncited 1.3, and "more than" makes it inexact)
("The operator said some customers may have to wait until Wednesday to be reconnected [2.2].", S2, "S"),  # restructure, hedge kept
("The operator said all customers would be reconnected by Wednesday [2.2].", S2, "R"),  # some might not->all would
("The operator said some customers would not be reconnected until Wednesday [2.2].", S2, "R"),  # hedge dropped might->would
("Rail services should restart on Tuesday once the line has been cleared and checked [2.3].", S2, "S"),  # expected to resume->should restart, inspected->checked
("Rail services will resume on Tuesday [2.3].", S2, "R"),  # expectation and condition dropped
("Rail services resumed on Tuesday after the line was cleared [2.3].", S2, "R"),  # expected presented as happened
("Flooding closed the A55 westbound near Conwy [2.4].", S2, "S"),  # voice change, cause as subject
("The A55 was closed in both directions near Conwy because of flooding [2.4].", S2, "R"),  # westbound->both directions
("The A55 was closed westbound near Conwy because of a fallen tree [2.4].", S2, "R"),  # wrong cause
("By Monday afternoon, 23 flood warnings from Natural Resources Wales were in force [2.5].", S2, "S"),  # reorder, in place->in force
("The Met Office had 23 flood warnings in place by Monday afternoon [2.5].", S2, "R"),  # wrong agency
("Forecasters said a second band of heavy rain could arrive on Thursday [2.6].", S2, "S"),  # verbatim copy
("Forecasters said a second band of heavy rain would arrive on Thursday [2.6].", S2, "R"),  # hedge dropped could->would
("Forecasters said a second storm could arrive on Thursday [2.6].", S2, "R"),  # sibling band of heavy rain->storm
("The council opened two rest centres for residents forced out of their homes [2.7].", S2, "S"),  # people->residents, forced to leave->forced out of
("The council opened two rest centres for people whose homes had flooded [2.7].", S2, "R"),  # added reason: flooding not stated as why they left
("About half the affected homes had power back by Monday morning, though the operator said some customers might not be reconnected until Wednesday [2.1][2.2].", S2, "S"),  # merge 2.1 + 2.2
("Engineers restored electricity to about half of the more than 40,000 homes that lost power [2.1][1.3].", S2, "S"),  # cross-document merge
("Rail services between Chester and Holyhead are expected to resume on Tuesday [2.3].", S2, "R"),  # route only in uncited 1.4
("Rail services between Chester and Holyhead are expected to resume on Tuesday once the line has been cleared and inspected [2.3][1.4].", S2, "S"),  # cross-document merge, route cited
("The council opened two rest centres for people forced from their homes by the flooding that closed the A55 [2.4][2.7].", S2, "R"),  # invented causal link between 2.4 and 2.7
("Gusts reached 94 miles per hour in parts of north Wales as Storm Ivor struck on Sunday [1.1].", S1, "S"),  # restructure, gusts as subject
("Trees falling on the line led Network Rail to suspend all trains between Chester and Holyhead [1.4].", S1, "S"),  # reorder, cause as subject
("The westbound A55 near Conwy was shut by flooding [2.4].", S2, "S"),  # reorder, closed->shut, because of->by
("A second band of heavy rain may arrive on Thursday, according to forecasters [2.6].", S2, "S"),  # reorder attribution, could->may
("Two rest centres were opened by the council for people who had to leave their homes [2.7].", S2, "S"),  # voice change, forced to->had to
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
