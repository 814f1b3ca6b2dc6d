# Domain: transcript of a parliamentary select committee hearing on water company bonuses (speaker labels)
S1 = " ".join([
    "CHAIR: Mr Hartley, as chief executive of Severnside Water, you received a bonus of 420,000 pounds last year, is that correct?",
    "DAVID HARTLEY: That is correct, and it was approved by the board's remuneration committee.",
    "CHAIR: In the same year, sewage spills from your network rose by 38% to more than 41,000, according to the Environment Agency.",
    "DAVID HARTLEY: I accept that the spill figures are unacceptable, and I apologise to our customers.",
    "CHAIR: Then why did you not turn the bonus down?",
    "DAVID HARTLEY: I have decided to donate half of it to a river restoration charity.",
    "SARAH LINDQVIST: Mr Hartley, your company also raised customer bills by 11% this April, did it not?",
    "DAVID HARTLEY: Bills rose by 11% on average, but we froze them for customers on our social tariff.",
    "SARAH LINDQVIST: Ofwat fined Severnside 6.2 million pounds in March for failing to meet leakage targets.",
    "DAVID HARTLEY: We are appealing against that fine, and we expect to hit our leakage targets by 2027.",
    "CHAIR: Will you commit today to not accepting a bonus next year?",
    "DAVID HARTLEY: That is a matter for the remuneration committee, not for me.",
    "CHAIR: I think the public will find that answer extraordinary.",
])
PROBES = [
("The chair put it to Hartley that he had received a 420,000 pound bonus last year, and Hartley confirmed this [1.1, 1.2].", S1, "S"),  # merge Q and A
("Hartley, the chief executive of Severnside Water, confirmed he had been paid a bonus of £420,000 last year [1.1, 1.2].", S1, "S"),  # number format
("Hartley confirmed the bonus figure put to him by the chair [1.1, 1.2].", S1, "S"),  # generalised
("Hartley said his bonus had been approved by the board's remuneration committee [1.1, 1.2].", S1, "S"),  # 'it' = the bonus
("The chair told Hartley that sewage spills from Severnside's network had risen by 38% in the same year [1.1, 1.3].", S1, "S"),  # 'your network' = Severnside's
("The chair said sewage spills had risen in the same year Hartley received his bonus [1.1, 1.3].", S1, "S"),  # merge
("The spill figure rose by 38%, to more than 41,000, the chair said [1.3].", S1, "S"),  # reorder
("The chair cited the Environment Agency as the source of the spill figures [1.3].", S1, "S"),  # 'according to'
("Hartley accepted that the spill figures were unacceptable [1.4].", S1, "S"),  # indirect speech
("Hartley called the spill figures unacceptable and apologised to customers [1.4].", S1, "S"),  # paraphrase
("The chair asked Hartley why he had not refused the bonus [1.5].", S1, "S"),  # turn down = refuse
("Hartley said he had decided to give half of his bonus to a river restoration charity [1.5, 1.6].", S1, "S"),  # 'it' = the bonus
("Hartley said he would give half his bonus to charity [1.5, 1.6].", S1, "S"),  # generalised: river restoration charity -> charity
("Hartley said he had decided to donate 210,000 pounds to a river restoration charity [1.1, 1.5, 1.6].", S1, "S"),  # half of 420,000
("Sarah Lindqvist put it to Hartley that Severnside had raised customer bills by 11% this April [1.1, 1.7].", S1, "S"),  # 'your company' = Severnside
("Lindqvist asked Hartley whether bills had gone up by 11% in April [1.7].", S1, "S"),  # tag question -> whether
("Hartley said bills had gone up by 11% on average [1.8].", S1, "S"),  # rose = gone up
("Hartley said bills were frozen for customers on the social tariff [1.8].", S1, "S"),  # passive
("Customers on the social tariff did not see the 11% rise, Hartley said [1.8].", S1, "S"),  # froze = no rise
("Asked by Lindqvist about an 11% rise in April, Hartley said bills had risen by that much on average [1.7-8].", S1, "S"),  # range merge
("Lindqvist said Ofwat had fined Severnside 6.2 million pounds in March [1.9].", S1, "S"),  # indirect speech
("Severnside was fined £6.2m by Ofwat in March for failing to meet leakage targets, Lindqvist said [1.9].", S1, "S"),  # passive, number format
("According to Lindqvist, the fine was for missing leakage targets [1.9].", S1, "S"),  # failing to meet = missing
("Hartley said Severnside was appealing against the Ofwat fine [1.9, 1.10].", S1, "S"),  # 'that fine' resolved
("Hartley said the company is challenging the fine [1.10].", S1, "S"),  # appealing = challenging
("Hartley said he expected the company to meet its leakage targets by 2027 [1.10].", S1, "S"),  # hit = meet
("The chair asked Hartley to commit to not accepting a bonus next year [1.11].", S1, "S"),  # paraphrase
("Hartley said whether he took a bonus next year was a matter for the remuneration committee, not for him [1.11, 1.12].", S1, "S"),  # merge Q and A
("Hartley declined to commit to turning down a bonus next year, saying it was a matter for the remuneration committee [1.11, 1.12].", S1, "S"),  # deflection = declined to commit
("The chair said they thought the public would find Hartley's answer extraordinary [1.12, 1.13].", S1, "S"),  # indirect speech, 'that answer' resolved
("Hartley apologised to Severnside's customers [1.1, 1.4].", S1, "S"),  # 'our customers' resolved
("Hartley received a bonus of 240,000 pounds last year [1.1, 1.2].", S1, "R"),  # 420,000 -> 240,000
("Hartley denied that he had received a bonus of 420,000 pounds last year [1.1, 1.2].", S1, "R"),  # confirmed -> denied
("Hartley said his bonus had been approved by Ofwat [1.2].", S1, "R"),  # remuneration committee -> Ofwat
("Hartley said his bonus had been approved by the remuneration committee [1.1].", S1, "R"),  # wrong citation: approval is in 1.2
("Hartley's bonus was the largest paid to any water company boss last year [1.1].", S1, "R"),  # invented superlative
("The chair said sewage spills from Severnside's network rose by 83% [1.1, 1.3].", S1, "R"),  # 38% -> 83%
("The chair said sewage spills from Severnside's network fell by 38% [1.1, 1.3].", S1, "R"),  # rose -> fell
("The chair said, citing Ofwat, that sewage spills rose to more than 41,000 [1.3].", S1, "R"),  # source: Environment Agency, not Ofwat
("The chair said sewage spills rose by 38% to more than 41,000 across England [1.3].", S1, "R"),  # scope widened: 'your network' -> England
("Hartley said the spill figures were acceptable given the wet weather [1.4].", S1, "R"),  # unacceptable -> acceptable; invented reason
("Hartley apologised to the committee for the spill figures [1.4].", S1, "R"),  # apology was to customers
("Hartley said the spill figures were unacceptable and offered to resign [1.4].", S1, "R"),  # added clause
("The chair asked Hartley why he had turned the bonus down [1.5].", S1, "R"),  # negation dropped
("Hartley said he had decided to donate all of his bonus to a river restoration charity [1.5, 1.6].", S1, "R"),  # half -> all
("Hartley said he had already donated half of his bonus to a river restoration charity [1.5, 1.6].", S1, "R"),  # decided to donate -> already donated
("Hartley said he had decided to donate half of his bonus to a wildlife charity [1.5, 1.6].", S1, "R"),  # river restoration -> wildlife
("Hartley said he had decided to donate half of his bonus to a river restoration charity, and apologised to customers [1.5, 1.6].", S1, "R"),  # apology from uncited 1.4
("Hartley donated half of his bonus because Ofwat had fined the company [1.6, 1.9].", S1, "R"),  # invented cause
("The chair asked Hartley whether Severnside had raised customer bills by 11% this April [1.7].", S1, "R"),  # wrong speaker: Lindqvist asked
("Lindqvist said Severnside raised customer bills by 11% last April [1.7].", S1, "R"),  # this April -> last April
("Hartley said bills rose by 11% for every customer [1.8].", S1, "R"),  # on average, with social tariff frozen
("Hartley said bills were cut for customers on the social tariff [1.8].", S1, "R"),  # froze -> cut
("Hartley told Lindqvist that bills had risen by 11% this April because of higher energy costs [1.7, 1.8].", S1, "R"),  # invented cause
("Lindqvist said Ofwat fined Severnside 6.2 million pounds in May [1.9].", S1, "R"),  # March -> May
("Lindqvist said Ofwat fined Severnside 6.2 million pounds for sewage spills [1.9].", S1, "R"),  # leakage targets -> sewage spills
("Lindqvist said the Environment Agency fined Severnside 6.2 million pounds in March [1.9].", S1, "R"),  # Ofwat -> Environment Agency
("Hartley said Severnside had accepted the Ofwat fine [1.9, 1.10].", S1, "R"),  # appealing -> accepted
("Hartley said Severnside would hit its leakage targets by 2027 [1.10].", S1, "R"),  # hedge dropped: expect -> would
("Hartley said Severnside expected to hit its leakage targets by 2026 [1.10].", S1, "R"),  # 2027 -> 2026
("Hartley said Severnside had already hit its leakage targets [1.10].", S1, "R"),  # expects to -> already has
("The chair asked Hartley whether he would commit to not accepting a bonus for the next five years [1.11].", S1, "R"),  # next year -> five years
("Hartley committed to not accepting a bonus next year [1.11, 1.12].", S1, "R"),  # he deflected
("Hartley said a bonus next year was a matter for the board's chair, not for him [1.12].", S1, "R"),  # remuneration committee -> board's chair
("Hartley agreed to refuse a bonus next year after the chair called his answer extraordinary [1.11-13].", S1, "R"),  # no agreement; order invented
("Lindqvist said she thought the public would find Hartley's answer extraordinary [1.12, 1.13].", S1, "R"),  # wrong speaker: the chair said it
("The chair said they thought the public would find that answer \"outrageous\" [1.13].", S1, "R"),  # altered quote
]
