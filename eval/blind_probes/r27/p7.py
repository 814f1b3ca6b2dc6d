# Domain: a tech company's data breach and a regulator's fine
S1 = " ".join([
    "The Information Commissioner's Office has fined software company Helixa £14.2m after a cyber attack exposed the personal data of 3.4 million customers.",
    "Hackers gained access to Helixa's systems in June 2024 using login details stolen from a contractor, the regulator found.",
    "The compromised data included names, email addresses and dates of birth, but the ICO said there was no evidence that bank card details had been taken.",
    "The regulator said Helixa had failed to use multi-factor authentication on the affected systems, despite warnings from its own security team in 2022.",
    "The company took 11 weeks to notify customers, well beyond the 72 hours within which organisations must report serious breaches to the ICO.",
    "\"Basic security measures would have prevented this attack,\" said Information Commissioner John Edwards.",
    "The fine was reduced from an initial figure of £20m after Helixa cooperated with the investigation and made improvements.",
    "Helixa said it accepted the findings and had \"invested heavily\" in security since the incident.",
    "The company has 28 days to appeal against the penalty and said it had not yet decided whether to do so.",
    "A group of around 4,000 affected customers has begun legal action seeking compensation.",
    "Helixa's chief executive, Ravi Menon, stepped down in January.",
])
PROBES = [
("Helixa has been fined £14.2m by the ICO over a cyber attack that exposed 3.4 million customers' personal data [1.1].", S1, "S"),  # voice change
("A cyber attack on software firm Helixa left the personal data of 3.4 million customers exposed, prompting a £14.2m penalty from the Information Commissioner's Office [1.1].", S1, "S"),  # reorder
("The regulator found that hackers broke into Helixa's systems in June 2024 with credentials stolen from a contractor [1.2].", S1, "S"),  # synonyms
("According to the ICO, the attackers used a contractor's stolen login details to get in [1.1, 1.2].", S1, "S"),  # regulator = ICO
("Names, email addresses and birth dates were among the data compromised [1.3].", S1, "S"),  # reorder
("The ICO found no evidence that bank card details were stolen [1.3].", S1, "S"),  # taken -> stolen
("According to the regulator, Helixa did not use multi-factor authentication on the affected systems despite warnings from its own security team in 2022 [1.4].", S1, "S"),  # failed -> did not
("Helixa's own security staff had issued warnings in 2022, the regulator said [1.4].", S1, "S"),  # partial
("Helixa waited 11 weeks before telling customers about the breach [1.5].", S1, "S"),  # took -> waited
("Organisations must report serious breaches to the ICO within 72 hours [1.5].", S1, "S"),  # partial
("John Edwards, the Information Commissioner, said basic security measures would have stopped the attack [1.6].", S1, "S"),  # reported speech
("The Information Commissioner said the attack could have been prevented with basic security [1.6].", S1, "S"),  # reported speech
("The penalty was cut from an initial £20m because Helixa cooperated and made improvements [1.7].", S1, "S"),  # reduced -> cut
("The fine ended up £5.8m lower than the original figure [1.1, 1.7].", S1, "S"),  # 20 - 14.2
("Helixa's cooperation with the investigation helped to bring the fine down [1.7].", S1, "S"),  # nominalisation
("Helixa accepted the findings and said it had invested heavily in security since the incident [1.8].", S1, "S"),  # reported
("The company says it has put significant investment into security since the breach [1.8].", S1, "S"),  # heavily -> significant
("Helixa has 28 days to appeal and has yet to decide whether it will [1.9].", S1, "S"),  # not yet decided
("The company is still deciding whether to challenge the penalty within the four-week appeal window [1.9].", S1, "S"),  # 28 days = four weeks
("About 4,000 affected customers have launched legal action seeking compensation [1.10].", S1, "S"),  # begun -> launched
("Some affected customers are suing Helixa for compensation [1.1, 1.10].", S1, "S"),  # generalisation
("Ravi Menon left his post as Helixa's chief executive in January [1.11].", S1, "S"),  # stepped down -> left post
("The attack exposed data belonging to millions of customers [1.1].", S1, "S"),  # generalise
("Hackers got into Helixa's systems in mid-2024 and took names, email addresses and dates of birth [1.2, 1.3].", S1, "S"),  # merge; June = mid-year
("Helixa accepted the regulator's findings and has 28 days to decide on an appeal [1.8, 1.9].", S1, "S"),  # merge
("Helixa missed the 72-hour reporting deadline by a wide margin in notifying customers [1.5].", S1, "R"),  # (relabelled: 72 hours applies to reporting to the ICO, not to notifying customers)
("Personal details such as names and email addresses were exposed [1.3].", S1, "S"),  # partial
("Helixa had been warned by its security team before the attack [1.2, 1.4].", S1, "S"),  # 2022 before June 2024
("The ICO fined Helixa £12.4m [1.1].", S1, "R"),  # digits swapped
("The attack exposed the data of 3.4 million employees [1.1].", S1, "R"),  # customers -> employees
("The Financial Conduct Authority fined Helixa £14.2m [1.1].", S1, "R"),  # wrong regulator
("Hackers gained access to Helixa's systems in July 2024 [1.2].", S1, "R"),  # wrong month
("Hackers used login details stolen from a Helixa employee [1.2].", S1, "R"),  # contractor -> employee
("Hackers gained access by exploiting a software flaw [1.2].", S1, "R"),  # wrong method
("The compromised data included bank card details [1.3].", S1, "R"),  # negation
("The ICO said bank card details had definitely not been taken [1.3].", S1, "R"),  # no evidence -> definite
("The compromised data included home addresses [1.3].", S1, "R"),  # added data type
("The regulator said Helixa had used multi-factor authentication on the affected systems [1.4].", S1, "R"),  # negation
("Helixa had been warned by the ICO in 2022 [1.4].", S1, "R"),  # wrong warner
("Helixa's security team issued warnings in 2021 [1.4].", S1, "R"),  # wrong year
("The company took 11 days to notify customers [1.5].", S1, "R"),  # weeks -> days
("Organisations must notify affected customers within 72 hours [1.5].", S1, "R"),  # ICO -> customers
("Helixa notified customers within the 72-hour deadline [1.5].", S1, "R"),  # contradicts
("Ravi Menon said basic security measures would have prevented the attack [1.6].", S1, "R"),  # wrong speaker
("Edwards said no security measures could have prevented the attack [1.6].", S1, "R"),  # antonym
("Edwards said the attack was carried out by a state-backed group [1.6].", S1, "R"),  # added detail
("The fine was increased from an initial figure of £20m [1.7].", S1, "R"),  # reduced -> increased
("The fine was reduced from an initial figure of £24m [1.7].", S1, "R"),  # wrong figure
("The fine was reduced because Helixa's chief executive resigned [1.7].", S1, "R"),  # wrong cause
("Helixa said it rejected the findings [1.8].", S1, "R"),  # antonym
("Helixa said it would appeal against the penalty [1.9].", S1, "R"),  # undecided -> will
("Helixa has 14 days to appeal [1.9].", S1, "R"),  # wrong figure
("Around 40,000 affected customers have begun legal action [1.10].", S1, "R"),  # x10
("A group of affected customers has won compensation [1.10].", S1, "R"),  # begun action -> won
("All of the affected customers are taking legal action [1.10].", S1, "R"),  # quantifier
("Ravi Menon was sacked in January over the breach [1.11].", S1, "R"),  # stepped down -> sacked, cause
("Ravi Menon stepped down in June [1.11].", S1, "R"),  # wrong month
("Helixa's chief technology officer, Ravi Menon, stepped down [1.11].", S1, "R"),  # wrong role
("Menon stepped down because of the data breach [1.1, 1.11].", S1, "R"),  # unsupported causal link
("Hackers used login details stolen from a contractor [1.3].", S1, "R"),  # wrong sentence cited
("The fine was reduced after Helixa cooperated with the investigation [1.8].", S1, "R"),  # wrong sentence cited
("Helixa said bank card details had not been taken [1.3].", S1, "R"),  # wrong speaker (ICO said)
("The ICO criticised Helixa for not using multi-factor authentication on the affected systems [1.1, 1.4].", S1, "S"),  # regulator said failed
("The fine initially proposed was £20m [1.7].", S1, "S"),  # initial figure
("Around 4,000 customers affected by the breach are seeking compensation through the courts [1.10].", S1, "S"),  # legal action
("Helixa has not decided whether to appeal against the penalty [1.9].", S1, "S"),  # partial
("Helixa told customers about the breach 11 weeks after it happened [1.5].", S1, "R"),  # (relabelled: the 11 weeks need not run from the attack itself)
]
