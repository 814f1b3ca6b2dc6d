# Domain: a bank fined by a regulator for money-laundering failures (FCA fines Carrow Bank)
S1 = " ".join([
    "The Financial Conduct Authority has fined Carrow Bank £48.6m for serious failings in its anti-money laundering controls between 2017 and 2022.",
    "The regulator said the bank failed to properly monitor transactions for more than 2.3 million customers during the period.",
    "An automated monitoring system introduced in 2017 was wrongly configured and did not flag large cash deposits at dozens of branches.",
    "One customer was able to deposit £11m in cash over three years without triggering any alerts, the FCA said.",
    "The fine would have been £69.4m, but was reduced by 30% because Carrow agreed to settle at an early stage.",
    "\"Carrow left the door wide open to criminals,\" said Mark Steadman, the FCA's executive director of enforcement.",
    "Carrow said it had spent £120m upgrading its systems since 2021 and had hired 400 additional compliance staff.",
    "Chief executive Priya Nandakumar said the bank accepted the findings in full and apologised.",
    "She added that there was no evidence any customer had lost money as a result of the failings.",
    "Shares in Carrow fell 3% in early trading in London on Wednesday before recovering most of the loss by the close.",
    "The bank had already set aside £50m last year to cover the expected penalty.",
    "It is the largest fine the FCA has imposed on a high street lender for money-laundering failures since 2021.",
    "The regulator said its investigation into two former senior managers at the bank was continuing.",
])
PROBES = [
# ---- S ----
("Carrow Bank has been fined £48.6m by the Financial Conduct Authority over serious anti-money laundering failings [1.1].", S1, "S"),  # passive
("The failings in Carrow's anti-money laundering controls ran from 2017 to 2022 [1.1].", S1, "S"),  # restructure
("According to the regulator, transactions for over 2.3 million customers were not properly monitored [1.2].", S1, "S"),  # passive
("The FCA said transactions for more than 2.3 million Carrow customers were not properly monitored between 2017 and 2022 [1.1, 1.2].", S1, "S"),  # merge, "the period"
("A monitoring system brought in in 2017 was set up incorrectly and failed to flag large cash deposits [1.3].", S1, "S"),  # synonyms
("The misconfigured system did not flag large cash deposits at dozens of branches [1.3].", S1, "S"),  # nominalised adjective
("The automated monitoring system, introduced in 2017, was wrongly set up [1.3].", S1, "S"),  # dropping detail
("The FCA said one customer deposited £11m in cash over three years without setting off any alerts [1.4].", S1, "S"),  # synonyms
("One customer put 11 million pounds in cash into the bank over three years without any alerts being triggered [1.4].", S1, "S"),  # number format
("Carrow's penalty was cut by 30% from £69.4m because it agreed to settle early [1.5].", S1, "S"),  # paraphrase
("Carrow agreed to settle at an early stage, earning a 30% reduction in its fine [1.5].", S1, "S"),  # reorder
("Early settlement saved Carrow about £20.8m [1.5].", S1, "S"),  # 30% of 69.4 = 20.82
("Without the early settlement discount, the fine would have been 69.4 million pounds [1.5].", S1, "S"),  # counterfactual restated
("Carrow received a smaller fine because it agreed to settle early [1.5].", S1, "S"),  # generalisation
("The fine, reduced for early settlement, stands at £48.6m [1.1, 1.5].", S1, "S"),  # merge
("Carrow left the door wide open to criminals, according to Mark Steadman of the FCA [1.6].", S1, "S"),  # attribution restructured
("The FCA's executive director of enforcement, Mark Steadman, said Carrow had left the door \"wide open to criminals\" [1.6].", S1, "S"),  # indirect speech
("Carrow said it has spent £120m on upgrading its systems since 2021 [1.7].", S1, "S"),  # dropping detail
("The bank has taken on 400 more compliance staff, it said [1.7].", S1, "S"),  # hired -> taken on
("Priya Nandakumar, Carrow's chief executive, apologised and said the bank fully accepted the findings [1.8].", S1, "S"),  # reorder
("Nandakumar said the bank accepted the findings [1.8].", S1, "S"),  # dropping detail
("Nandakumar said there was no evidence that any customer had lost money because of the failings [1.8-9].", S1, "S"),  # she = Nandakumar
("Carrow's shares dropped 3% in early trading in London on Wednesday [1.10].", S1, "S"),  # synonym
("Carrow shares recovered most of their early loss by the close [1.10].", S1, "S"),  # partial
("Shares in Carrow fell by 3 per cent in early trading on Wednesday [1.10].", S1, "S"),  # number format
("Carrow had already put aside £50m last year to cover the penalty it expected [1.11].", S1, "S"),  # synonyms
("The £50m Carrow set aside exceeds the £48.6m fine [1.1, 1.11].", S1, "S"),  # comparison by arithmetic
("The fine is the biggest the FCA has imposed on a high street lender for money-laundering failures since 2021 [1.12].", S1, "S"),  # largest -> biggest
("The FCA is still investigating two former senior managers at Carrow [1.13].", S1, "S"),  # continuing -> still
("The regulator fined Carrow £48.6m and said its investigation into two former senior managers was continuing [1.1, 1.13].", S1, "S"),  # merge
# ---- R ----
("The Financial Conduct Authority has fined Carrow Bank £46.8m [1.1].", S1, "R"),  # 48.6 -> 46.8
("The FCA fined Carrow for failings in its anti-money laundering controls between 2017 and 2020 [1.1].", S1, "R"),  # 2022 -> 2020
("The regulator fined Carrow £69.4m [1.5].", S1, "R"),  # would-have-been figure given as the fine
("The regulator said the bank failed to properly monitor transactions for more than 3.2 million customers [1.2].", S1, "R"),  # 2.3 -> 3.2
("The regulator said the bank failed to properly monitor transactions for all of its customers during the period [1.2].", S1, "R"),  # quantifier widened
("An automated monitoring system introduced in 2021 was wrongly configured [1.3].", S1, "R"),  # 2017 -> 2021
("An automated monitoring system was wrongly configured and did not flag large cash deposits at any of its branches [1.3].", S1, "R"),  # dozens -> all branches
("An automated monitoring system introduced in 2017 was wrongly configured and did not flag large cash withdrawals at dozens of branches [1.3].", S1, "R"),  # deposits -> withdrawals
("Carrow's automated monitoring system will be replaced by 2025 [1.3].", S1, "R"),  # invented detail
("One customer was able to deposit £11m in cash over three months without triggering any alerts [1.4].", S1, "R"),  # years -> months
("One customer was able to deposit £11m in cash over three years, triggering only a handful of alerts [1.4].", S1, "R"),  # contradicts "without any alerts"
("The FCA said one customer deposited £11m in cash over three years [1.3].", S1, "R"),  # wrong citation (fact is in 1.4)
("The fine would have been £69.4m, but was reduced by 30% because Carrow cooperated with a criminal investigation [1.5].", S1, "R"),  # reason changed
("The fine would have been £69.4m, but was reduced by 20% because Carrow agreed to settle at an early stage [1.5].", S1, "R"),  # 30% -> 20%
("The fine was reduced by 30% because Carrow agreed to settle at an early stage [1.1].", S1, "R"),  # wrong citation (fact is in 1.5)
("Priya Nandakumar said Carrow had left the door wide open to criminals [1.6].", S1, "R"),  # wrong speaker: Steadman
("Mark Steadman said Carrow \"left the door wide open to fraudsters\" [1.6].", S1, "R"),  # altered quote
("Carrow said it had spent £120m upgrading its systems since 2017 [1.7].", S1, "R"),  # 2021 -> 2017
("Carrow said it had spent £400m upgrading its systems and had hired 120 additional compliance staff [1.7].", S1, "R"),  # figures swapped
("Carrow said it had hired 400 additional compliance staff as a result of the FCA investigation [1.7].", S1, "R"),  # invented reason
("The FCA said Carrow had hired 400 additional compliance staff [1.7].", S1, "R"),  # wrong speaker: Carrow said it
("Chief executive Priya Nandakumar said the bank accepted some of the findings [1.8].", S1, "R"),  # in full -> some
("Chief executive Priya Nandakumar said the bank disputed the findings but apologised [1.8].", S1, "R"),  # accepted -> disputed
("Mark Steadman said there was no evidence any customer had lost money as a result of the failings [1.9].", S1, "R"),  # wrong speaker: she (Nandakumar)
("Shares in Carrow fell 3% in early trading in London on Wednesday and stayed down at the close [1.10].", S1, "R"),  # contradicts recovery
("Shares in Carrow rose 3% in early trading in London on Wednesday [1.10].", S1, "R"),  # fell -> rose
("Shares in Carrow fell 3% in early trading in London on Tuesday [1.10].", S1, "R"),  # weekday changed
("Carrow's shares fell 3% after the bank admitted that customers had lost money [1.9, 1.10].", S1, "R"),  # invented cause, contradicts 1.9
("The bank had already set aside £50m last year to cover the expected penalty and legal costs [1.11].", S1, "R"),  # added detail
("The bank had already set aside £15m last year to cover the expected penalty [1.11].", S1, "R"),  # 50 -> 15
("It is the largest fine the FCA has ever imposed for money-laundering failures [1.12].", S1, "R"),  # superlative scope widened
("It is the largest fine the FCA has imposed on any lender for money-laundering failures since 2021 [1.12].", S1, "R"),  # high street lender -> any lender
("The regulator said its investigation into two current senior managers at the bank was continuing [1.13].", S1, "R"),  # former -> current
("The regulator said its investigation into two former senior managers at the bank had concluded [1.13].", S1, "R"),  # continuing -> concluded
]
