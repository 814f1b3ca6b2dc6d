# Domain: a railway derailment
S1 = " ".join([
    "A passenger train derailed near the village of Carrow Bridge on Sunday evening, injuring 31 people, four of them seriously.",
    "The 18:42 service from Leeds to Carlisle was carrying about 140 passengers when its front three carriages left the track.",
    "Network Rail said a landslip caused by heavy rain may have damaged the line shortly before the train passed.",
    "\"We are not ruling anything out at this stage,\" said Helen Okafor, chief inspector at the Rail Accident Investigation Branch.",
    "The driver, who has not been named, was treated in hospital for minor injuries and later discharged.",
    "The line between Settle and Appleby is expected to remain closed for at least ten days while repairs are carried out.",
    "Transport Secretary Daniel Reeve said he had asked for a full report within six weeks.",
    "Local residents reportedly warned the council about drainage problems on the embankment in 2023, but no work was carried out.",
])
PROBES = [
("A passenger train came off the rails close to Carrow Bridge on Sunday evening, leaving 31 people hurt [1.1].", S1, "S"),  # paraphrase
("Four of the 31 people injured in the Carrow Bridge derailment were seriously hurt [1.1].", S1, "S"),  # reordered
("A passenger train derailed near Carrow Bridge on Saturday evening, injuring 31 people [1.1].", S1, "R"),  # wrong weekday
("The derailment near Carrow Bridge injured 31 people, fourteen of them seriously [1.1].", S1, "R"),  # four -> fourteen
("The derailment near Carrow Bridge killed four people and injured 27 others [1.1].", S1, "R"),  # seriously injured -> killed
("Roughly 140 passengers were on board the Leeds-to-Carlisle train when its first three carriages came off the track [1.2].", S1, "S"),  # paraphrase
("The 18:42 Carlisle to Leeds service was carrying about 140 passengers when it derailed [1.2].", S1, "R"),  # direction swapped
("All of the train's carriages left the track near Carrow Bridge [1.2].", S1, "R"),  # three front -> all
("The train was carrying exactly 140 passengers when its front carriages left the track [1.2].", S1, "R"),  # about -> exactly
("According to Network Rail, heavy rain may have triggered a landslip that damaged the line just before the train went by [1.3].", S1, "S"),  # hedge kept
("Network Rail said a landslip caused by heavy rain damaged the line shortly before the train passed [1.3].", S1, "R"),  # hedge dropped
("Network Rail confirmed that a landslip was the cause of the derailment [1.3].", S1, "R"),  # may -> confirmed
("Network Rail said a landslip caused by heavy rain may have damaged the line [1.4].", S1, "R"),  # wrong sentence cited
("The Rail Accident Investigation Branch said a landslip caused by heavy rain may have damaged the line [1.3].", S1, "R"),  # wrong speaker
("Helen Okafor of the Rail Accident Investigation Branch said investigators were not ruling anything out yet [1.4].", S1, "S"),  # reported speech
("RAIB chief inspector Helen Okafor said investigators were excluding nothing at this stage [1.4].", S1, "S"),  # paraphrase
("\"We are ruling out sabotage at this stage,\" said Helen Okafor of the RAIB [1.4].", S1, "R"),  # altered quote
("Helen Okafor, chief executive of Network Rail, said investigators were not ruling anything out [1.4].", S1, "R"),  # wrong role/org
("The unnamed driver was taken to hospital with minor injuries and released later [1.5].", S1, "S"),  # paraphrase
("The driver suffered minor injuries and was discharged after hospital treatment [1.5].", S1, "S"),  # compression
("The driver, who has not been named, was seriously injured and remains in hospital [1.5].", S1, "R"),  # minor->serious; discharged dropped
("The driver was treated in hospital for minor injuries and later arrested [1.5].", S1, "R"),  # discharged -> arrested
("The Settle–Appleby stretch is likely to stay shut for a minimum of ten days during repairs [1.6].", S1, "S"),  # hedge kept
("The line between Settle and Appleby will stay closed for at least ten days [1.6].", S1, "R"),  # expected dropped
("The line between Settle and Appleby is expected to remain closed for up to ten days [1.6].", S1, "R"),  # at least -> up to
("The line between Settle and Appleby is expected to remain closed for at least ten weeks [1.6].", S1, "R"),  # days -> weeks
("Daniel Reeve, the transport secretary, said he had requested a complete report within six weeks [1.7].", S1, "S"),  # paraphrase
("The transport secretary has requested a full report on the crash within a month and a half [1.7].", S1, "S"),  # six weeks = month and a half
("Transport Secretary Daniel Reeve said he had received a full report on the derailment [1.7].", S1, "R"),  # asked -> received
("Transport Secretary Daniel Reeve said he had asked for a full report within six weeks and would publish it [1.7].", S1, "R"),  # added clause
("Helen Okafor said she had asked for a full report within six weeks [1.7].", S1, "R"),  # wrong speaker
("Residents reportedly alerted the council to drainage problems on the embankment in 2023, yet nothing was done [1.8].", S1, "S"),  # hedge kept
("Local residents warned the council about drainage problems on the embankment in 2023, but no work was carried out [1.8].", S1, "R"),  # reportedly dropped
("Local residents reportedly warned Network Rail about drainage problems on the embankment in 2023 [1.8].", S1, "R"),  # council -> Network Rail
("Residents reportedly raised drainage concerns in 2023, and the council carried out some repairs [1.8].", S1, "R"),  # negation flipped
("The council reportedly ignored residents' warnings because it lacked funding [1.8].", S1, "R"),  # invented cause
("A train carrying about 140 passengers derailed near Carrow Bridge on Sunday, injuring 31 [1.1, 1.2].", S1, "S"),  # merge
("Heavy rain may have caused a landslip before the derailment, which left 31 people injured [1.1, 1.3].", S1, "S"),  # merge, hedge kept
("A landslip caused by heavy rain derailed the train on Sunday evening [1.1, 1.3].", S1, "R"),  # hedge dropped: only may have damaged the line
("The driver was one of four people seriously injured in the derailment [1.1, 1.5].", S1, "R"),  # driver had minor injuries
("About 140 passengers were aboard, and fewer than a quarter of them were injured [1.1, 1.2].", S1, "S"),  # 31/140 < 25%
("More than half of the roughly 140 passengers were injured in the derailment [1.1, 1.2].", S1, "R"),  # 31 is not more than half
("The line is expected to stay closed for at least ten days, and the transport secretary wants a full report within six weeks [1.6, 1.7].", S1, "S"),  # merge
("Reeve said the line was expected to remain shut for at least ten days [1.6, 1.7].", S1, "R"),  # 1.6 has no speaker; attribution to Reeve invented
("Network Rail said a landslip may have damaged the line, and residents had reportedly flagged drainage problems in 2023 [1.3, 1.8].", S1, "S"),  # merge
("Network Rail admitted that residents had warned it about drainage problems in 2023 [1.3, 1.8].", S1, "R"),  # invented admission; council not NR
("Following Sunday evening\'s derailment, the RAIB\'s chief inspector said nothing was being ruled out at this stage [1.1, 1.4].", S1, "S"),  # merge
("The Carrow Bridge derailment is the worst rail accident in the region for a decade [1.1].", S1, "R"),  # invented comparison
("Thirty-one people were hurt when a passenger train derailed near Carrow Bridge [1.1].", S1, "S"),  # number in words, passive
("Near Carrow Bridge on Sunday evening, a passenger train left the rails; 27 of the injured were not seriously hurt [1.1].", S1, "S"),  # 31-4=27
("The train involved was the 18:42 from Leeds, bound for Carlisle [1.2].", S1, "S"),  # reworded
("A rain-induced landslip could have damaged the track shortly before the train came through, Network Rail said [1.3].", S1, "S"),  # could = may
("The Rail Accident Investigation Branch's chief inspector, Helen Okafor, said no possibility was being excluded for now [1.4].", S1, "S"),  # paraphrase
("The driver has not been identified and was released from hospital after treatment for minor injuries [1.5].", S1, "S"),  # paraphrase
("Repairs are expected to keep the line between Settle and Appleby shut for ten days or more [1.6].", S1, "S"),  # at least ten = ten or more
("Reeve has called for a full report to be delivered within six weeks [1.7].", S1, "S"),  # paraphrase
("Residents reportedly raised drainage concerns about the embankment with the council in 2023, but no work followed [1.8].", S1, "S"),  # reorder
("The train's front three carriages derailed near Carrow Bridge, and four people were seriously injured [1.1, 1.2].", S1, "S"),  # merge
("The driver, whose name has not been released, suffered only minor injuries [1.5].", S1, "S"),  # paraphrase
("Okafor, of the Rail Accident Investigation Branch, said nothing was being ruled out for now, while Network Rail pointed to a possible rain-triggered landslip [1.3, 1.4].", S1, "S"),  # merge, hedge kept
("Repairs mean the Settle to Appleby line could be closed for at least ten days, and Reeve wants a report within six weeks [1.6, 1.7].", S1, "S"),  # merge
]
