# Domain: a coroner's inquest findings after a warehouse worker's death
S1 = " ".join([
    "A coroner has concluded that the death of a warehouse worker crushed by a collapsing storage rack was an accident, but said failures by his employer contributed to it.",
    "Karol Wisniewski, 34, died at the Brantwood Logistics depot in Corby on 14 October 2023.",
    "The inquest at Northampton Coroner's Court heard that the rack had been damaged by a forklift truck three weeks before it collapsed.",
    "A supervisor reported the damage in an email, but no repairs were carried out and the rack was not taken out of use.",
    "Senior coroner Anne Pelham said the company's inspection regime was \"inadequate and poorly understood by staff\".",
    "She found that the last formal rack inspection had taken place 18 months before the collapse, although industry guidance recommends one every 12 months.",
    "Mr Wisniewski was pronounced dead at the scene after paramedics spent 40 minutes trying to free him.",
    "A post-mortem examination gave the cause of death as crush injuries to the chest.",
    "Brantwood Logistics said it had since replaced all racking at the site and introduced weekly checks.",
    "The company's managing director, Philip Ashdown, told the hearing he was \"deeply sorry\" for the family's loss.",
    "The Health and Safety Executive said its own investigation was continuing and it could not rule out a prosecution.",
    "Mr Wisniewski's partner, Agata Nowak, said outside court that the family felt \"his death could have been prevented\".",
    "The coroner said she would issue a prevention of future deaths report to the company and to the industry's trade body.",
])
PROBES = [
("The coroner concluded that the warehouse worker's death was an accident [1.1].", S1, "S"),  # dropping detail
("The coroner said failings by the employer contributed to the death of a warehouse worker crushed by a collapsing storage rack [1.1].", S1, "S"),  # failures -> failings
("Karol Wisniewski, who was 34, died at Brantwood Logistics' Corby depot on 14 October 2023 [1.2].", S1, "S"),  # restructured
("The inquest was told that a forklift truck had damaged the rack three weeks before it collapsed [1.3].", S1, "S"),  # passive -> active, heard -> was told
("The inquest was held at Northampton Coroner's Court [1.3].", S1, "S"),  # detail extracted
("Although a supervisor emailed a report of the damage, the rack was not repaired or taken out of use [1.4].", S1, "S"),  # restructured
("Anne Pelham, the senior coroner, described the firm's inspection regime as \"inadequate and poorly understood by staff\" [1.5].", S1, "S"),  # said -> described
("The rack had last been formally inspected 18 months before it collapsed [1.6].", S1, "S"),  # nominal -> verbal
("By the time of the collapse, the racking had gone six months longer without a formal inspection than industry guidance recommends [1.6].", S1, "S"),  # 18 - 12 = 6
("Industry guidance recommends that racks are formally inspected annually [1.6].", S1, "S"),  # every 12 months = annually
("Paramedics spent 40 minutes trying to free Mr Wisniewski, who was pronounced dead at the scene [1.7].", S1, "S"),  # reordered
("A post-mortem examination found he died from crush injuries to the chest [1.2, 1.8].", S1, "S"),  # paraphrase
("Brantwood Logistics said it had replaced all the racking at the site [1.9].", S1, "S"),  # detail dropped
("The firm said it had introduced weekly checks [1.9].", S1, "S"),  # detail extracted
("Philip Ashdown, the managing director, told the inquest he was \"deeply sorry\" for the family's loss [1.10].", S1, "S"),  # hearing -> inquest
("The Health and Safety Executive said its investigation was still under way and that a prosecution could not be ruled out [1.11].", S1, "S"),  # continuing -> under way; passive
("Agata Nowak, Mr Wisniewski's partner, said the family felt \"his death could have been prevented\" [1.12].", S1, "S"),  # reordered apposition
("The coroner said she would send a prevention of future deaths report to both the company and the industry's trade body [1.13].", S1, "S"),  # issue -> send
("The damage to the rack was reported by a supervisor in an email [1.4].", S1, "S"),  # passive voice
("No repairs were made to the damaged rack [1.4].", S1, "S"),  # carried out -> made
("A forklift truck had damaged the rack weeks before it collapsed [1.3].", S1, "S"),  # three weeks generalised to weeks
("Mr Wisniewski died of crush injuries to his chest [1.8].", S1, "S"),  # near-verbatim
("The coroner found that the last formal rack inspection took place a year and a half before the collapse [1.6].", S1, "S"),  # 18 months = a year and a half
("Mr Wisniewski was 34 when he died [1.2].", S1, "S"),  # restated
("Mr Wisniewski was the warehouse worker crushed by a collapsing storage rack [1.1, 1.2].", S1, "S"),  # merge of identity
("Speaking outside court, Ms Nowak said the family believed his death had been preventable [1.12].", S1, "S"),  # felt -> believed, could have been prevented -> preventable
("Ms Pelham said the company's inspection regime was poorly understood by staff [1.5].", S1, "S"),  # part of quote
("The rack collapsed about three weeks after it was damaged by a forklift truck [1.3].", S1, "S"),  # reordered time relation
("Paramedics tried for 40 minutes to free the trapped worker. [1.7]", S1, "S"),  # end citation
("The damaged rack was left in use after the supervisor reported the damage [1.3, 1.4].", S1, "S"),  # not taken out of use
("The coroner said the industry's trade body would also receive her prevention of future deaths report [1.13].", S1, "S"),  # voice change
("The inquest heard the rack had been damaged by a forklift, and a supervisor reported it by email, but it was not repaired [1.3-4].", S1, "S"),  # range merge
# ---- R probes ----
("A coroner has concluded that the death of a warehouse worker crushed by a collapsing storage rack was unlawful killing [1.1].", S1, "R"),  # accident -> unlawful killing
("The coroner said failures by the forklift manufacturer contributed to the death [1.1].", S1, "R"),  # employer -> forklift manufacturer
("Karol Wisniewski, 43, died at the Brantwood Logistics depot in Corby [1.2].", S1, "R"),  # 34 -> 43
("Karol Wisniewski died at the Brantwood Logistics depot in Kettering on 14 October 2023 [1.2].", S1, "R"),  # Corby -> Kettering
("Karol Wisniewski died at the Brantwood Logistics depot in Corby on 14 November 2023 [1.2].", S1, "R"),  # October -> November
("The inquest heard that the rack had been damaged by a forklift truck three days before it collapsed [1.3].", S1, "R"),  # weeks -> days
("The inquest heard that the rack had been damaged by a delivery lorry three weeks before it collapsed [1.3].", S1, "R"),  # forklift truck -> delivery lorry
("A supervisor reported the damage by phone, but no repairs were carried out [1.4].", S1, "R"),  # email -> phone
("A supervisor reported the damage in an email, and the rack was taken out of use [1.4].", S1, "R"),  # negation flipped
("A supervisor reported the damage in an email, but managers ignored it because of cost pressures [1.4].", S1, "R"),  # invented cause
("Senior coroner Anne Pelham said the company's inspection regime was \"adequate but poorly understood by staff\" [1.5].", S1, "R"),  # quote altered: inadequate -> adequate
("Philip Ashdown said the company's inspection regime was \"inadequate and poorly understood by staff\" [1.5].", S1, "R"),  # wrong speaker: coroner said it
("She found that the last formal rack inspection had taken place 12 months before the collapse, although industry guidance recommends one every 18 months [1.6].", S1, "R"),  # figures swapped
("She found that the last formal rack inspection had taken place 18 months before the collapse, although the law requires one every 12 months [1.6].", S1, "R"),  # guidance recommends -> law requires
("Mr Wisniewski died in hospital after paramedics spent 40 minutes trying to free him [1.7].", S1, "R"),  # pronounced dead at scene, not in hospital
("Paramedics spent 14 minutes trying to free Mr Wisniewski [1.7].", S1, "R"),  # 40 -> 14 minutes
("A post-mortem examination gave the cause of death as head injuries [1.8].", S1, "R"),  # chest -> head
("Brantwood Logistics said it had since replaced all racking at its sites nationwide [1.9].", S1, "R"),  # the site -> sites nationwide
("Brantwood Logistics said it had introduced monthly checks [1.9].", S1, "R"),  # weekly -> monthly
("Brantwood Logistics said it would replace all racking at the site [1.9].", S1, "R"),  # already replaced, not future
("The company's managing director, Philip Ashdown, told the hearing the company was not to blame [1.10].", S1, "R"),  # invented statement
("The company's chairman, Philip Ashdown, told the hearing he was \"deeply sorry\" for the family's loss [1.10].", S1, "R"),  # managing director -> chairman
("The Health and Safety Executive said its investigation had concluded [1.11].", S1, "R"),  # continuing -> concluded
("The Health and Safety Executive said it would prosecute the company [1.11].", S1, "R"),  # could not rule out -> would prosecute
("Agata Nowak, Mr Wisniewski's sister, said outside court that the family felt his death could have been prevented [1.12].", S1, "R"),  # partner -> sister
("Ms Nowak told the inquest that the family felt \"his death could have been prevented\" [1.12].", S1, "R"),  # said outside court, not to the inquest
("The coroner said she would issue a prevention of future deaths report to the Health and Safety Executive [1.13].", S1, "R"),  # recipients changed
("The coroner said she would issue a prevention of future deaths report to the company only [1.13].", S1, "R"),  # also to the trade body
("Mr Wisniewski was pronounced dead at the scene [1.8].", S1, "R"),  # wrong citation: fact is in 1.7
("The rack collapsed after a supervisor failed to report the damage [1.4].", S1, "R"),  # supervisor did report it
("The coroner found that the rack had never been formally inspected [1.6].", S1, "R"),  # last inspected 18 months before
("The coroner said the company's inspection regime caused the collapse [1.5].", S1, "R"),  # invented causal finding
("Mr Wisniewski, a forklift driver, was crushed by a collapsing storage rack [1.1, 1.2].", S1, "R"),  # added job detail
]
