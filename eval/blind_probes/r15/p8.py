# Domain: transcript with speaker labels (select committee hearing; earnings call)
S1 = "\n".join([
    "CHAIR: Ms Lowe, the committee would like to know why Kestrel Water discharged sewage into rivers on more than 3,000 occasions last year.",
    "KAREN LOWE: As chief executive of Kestrel Water, I can say that most of those discharges happened during periods of exceptionally heavy rainfall, when our storm overflows are designed to operate.",
    "CHAIR: The regulator has told us that 40 of your treatment works were not compliant with their permits.",
    "KAREN LOWE: We accept that figure, and we have committed £1.4 billion to upgrade those works by 2030.",
    "DR SAMUEL ADEYEMI: Our monitoring at the Riverwatch Trust found that some spills occurred on dry days, when overflows should not be used at all.",
    "KAREN LOWE: I have not seen that analysis, but I would be happy to review it with Dr Adeyemi.",
    "CHAIR: The committee expects you to confirm whether executive bonuses will be paid this year.",
    "KAREN LOWE: The board has decided that no bonuses will be paid to executives this year.",
])
S2 = "\n".join([
    "OPERATOR: Welcome to the Halvorsen Foods third-quarter results call with chief executive Erik Halvorsen and finance director Maria Delgado.",
    "ERIK HALVORSEN: Revenue rose 6 percent to 2.3 billion euros in the quarter, helped by higher prices in our dairy division.",
    "ERIK HALVORSEN: Volumes, however, declined by 2 percent as shoppers switched to cheaper own-label products.",
    "MARIA DELGADO: Our operating margin improved to 11.4 percent from 10.1 percent a year earlier.",
    "MARIA DELGADO: We now expect full-year revenue growth of between 4 and 5 percent, narrowing our previous range of 3 to 6 percent.",
    "TOM BRIGGS: Speaking for Norland Securities, I would like to know whether you plan further price increases next year.",
    "ERIK HALVORSEN: We may need to raise some prices again if milk costs keep rising, but we have no firm plans at this stage.",
    "MARIA DELGADO: We also plan to buy back up to 200 million euros of shares over the next 12 months.",
])
PROBES = [
("The chair asked Ms Lowe to explain why Kestrel Water had discharged sewage into rivers more than 3,000 times last year [1.1].", S1, "S"),  # 'would like to know why' -> 'asked to explain', occasions->times
("Karen Lowe said most of the discharges took place during exceptionally heavy rainfall, when storm overflows are meant to operate [1.2].", S1, "S"),  # reported speech, designed->meant
("The chair said the regulator had told the committee that 40 of the company's treatment works were not complying with their permits [1.3].", S1, "S"),  # reported speech, us->the committee
("Lowe accepted the figure and said the company had committed £1.4bn to upgrading the works by 2030 [1.4].", S1, "S"),  # reported speech, number reformat
("Dr Samuel Adeyemi said monitoring by the Riverwatch Trust found that some spills happened on dry days [1.5].", S1, "S"),  # reported speech, compression
("Dr Adeyemi said overflows should not be used at all on dry days [1.5].", S1, "S"),  # compression of the when-clause
("Lowe said she had not seen Dr Adeyemi's analysis but would be happy to review it with him [1.5][1.6].", S1, "S"),  # merge: 'that analysis' resolved via 1.5
("Karen Lowe told the committee that the board had decided executives would receive no bonuses this year [1.8].", S1, "S"),  # voice/restructure
("Kestrel Water's chief executive, Karen Lowe, said most discharges happened in periods of exceptionally heavy rainfall [1.2].", S1, "S"),  # role taken from her own line
("Lowe accepted that 40 treatment works were not compliant with their permits and said £1.4 billion had been committed to upgrading them by 2030 [1.3][1.4].", S1, "S"),  # merge across speakers
("The chair pressed Lowe to confirm whether executive bonuses would be paid this year [1.7].", S1, "S"),  # 'expects you to confirm' -> 'pressed to confirm'
("The chair said Kestrel Water had discharged sewage into rivers on more than 30,000 occasions last year [1.1].", S1, "R"),  # 3,000->30,000
("Karen Lowe said all of the discharges happened during periods of exceptionally heavy rainfall [1.2].", S1, "R"),  # most->all
("Karen Lowe said storm overflows are designed to operate on dry days [1.2].", S1, "R"),  # contradicts: designed for heavy rainfall (dry days is Adeyemi's point)
("The chair said 14 of Kestrel Water's treatment works were not compliant with their permits [1.3].", S1, "R"),  # 40->14
("Karen Lowe disputed the regulator's figure of 40 non-compliant treatment works [1.3][1.4].", S1, "R"),  # accepted->disputed
("Lowe said the company had committed £1.4 billion to upgrade the works by 2035 [1.4].", S1, "R"),  # 2030->2035
("Lowe said the company had committed £4.1 billion to upgrade the works by 2030 [1.4].", S1, "R"),  # 1.4->4.1 billion
("Karen Lowe said some spills occurred on dry days, when overflows should not be used at all [1.5].", S1, "R"),  # wrong speaker: Dr Adeyemi
("Dr Adeyemi said Riverwatch Trust monitoring found that most spills occurred on dry days [1.5].", S1, "R"),  # some->most
("Lowe said she had reviewed Dr Adeyemi's analysis and disagreed with it [1.6].", S1, "R"),  # contradicts: she had not seen it
("Karen Lowe said bonuses would still be paid to executives this year [1.8].", S1, "R"),  # antonym: no bonuses
("The chair said the board had decided that no bonuses would be paid this year [1.8].", S1, "R"),  # wrong speaker: Karen Lowe said it
("Karen Lowe said most discharges happened during heavy rainfall and that the company had committed £1.4 billion to upgrades by 2030 [1.2].", S1, "R"),  # £1.4bn only in uncited 1.4
("Erik Halvorsen said quarterly revenue increased by 6 percent to €2.3bn, helped by higher prices in the dairy division [2.2].", S2, "S"),  # reported speech, currency reformat
("Halvorsen said volumes fell 2 percent as shoppers moved to cheaper own-label products [2.3].", S2, "S"),  # declined->fell, switched->moved
("Maria Delgado said the operating margin rose to 11.4 percent from 10.1 percent a year earlier [2.4].", S2, "S"),  # improved->rose
("Delgado said the company had narrowed its full-year revenue growth forecast to 4 to 5 percent, from 3 to 6 percent [2.5].", S2, "S"),  # restructure
("Tom Briggs of Norland Securities asked whether the company planned more price increases next year [2.6].", S2, "S"),  # 'would like to know whether' -> asked
("Halvorsen said some prices might have to rise again if milk costs continue to climb, though there were no firm plans yet [2.7].", S2, "S"),  # hedge kept (may->might), synonyms
("The company plans to repurchase up to 200 million euros of its shares over the coming 12 months, Delgado said [2.8].", S2, "S"),  # buy back->repurchase, attribution moved
("Finance director Maria Delgado said the operating margin had improved to 11.4 percent [2.1][2.4].", S2, "S"),  # merge: role from operator line
("Chief executive Erik Halvorsen said revenue rose 6 percent in the quarter even though volumes fell 2 percent [2.1][2.2][2.3].", S2, "S"),  # three-line merge, however->even though
("Halvorsen said there were no firm plans for further price rises at this stage [2.7].", S2, "S"),  # compression
("Asked by Tom Briggs about further price increases next year, Halvorsen said some prices might need to rise again if milk costs kept rising [2.6][2.7].", S2, "S"),  # question-answer merge
("Erik Halvorsen said revenue rose 6 percent to 3.2 billion euros in the quarter [2.2].", S2, "R"),  # 2.3->3.2 billion
("Erik Halvorsen said revenue rose 6 percent, helped by higher prices in the meat division [2.2].", S2, "R"),  # dairy->meat (sibling)
("Halvorsen said volumes rose by 2 percent [2.3].", S2, "R"),  # declined->rose
("Maria Delgado said the operating margin fell to 10.1 percent from 11.4 percent [2.4].", S2, "R"),  # values swapped: margin improved
("Maria Delgado said the company now expects full-year revenue growth of between 3 and 6 percent [2.5].", S2, "R"),  # old range given as current
("Erik Halvorsen said the company now expects full-year revenue growth of between 4 and 5 percent [2.5].", S2, "R"),  # wrong speaker: Maria Delgado
("Halvorsen said the company will raise prices again next year [2.7].", S2, "R"),  # hedge and condition dropped; no firm plans
("Halvorsen said some prices may need to rise again if energy costs keep rising [2.7].", S2, "R"),  # milk->energy (sibling)
("Maria Delgado said the company would buy back 200 million euros of shares over the next 12 months [2.8].", S2, "R"),  # 'up to' dropped
("Tom Briggs said the company should raise prices next year [2.6].", S2, "R"),  # he asked a question, did not advocate
("Chief executive Erik Halvorsen said revenue rose 6 percent to 2.3 billion euros as shoppers switched to own-label products [2.2][2.3].", S2, "R"),  # invented cause: own-label switching explained the volume fall, not revenue rise
("Maria Delgado said the operating margin improved to 11.4 percent and that the company would buy back up to 200 million euros of shares [2.4].", S2, "R"),  # buyback only in uncited 2.8
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
