# Domain: a data breach at an online retailer
S1 = " ".join([
    "Online fashion retailer Threadline has confirmed that personal data belonging to about 2.3 million customers was stolen in a cyber attack discovered on 3 March.",
    "The company said names, email addresses, phone numbers and delivery addresses were accessed, but that full payment card numbers were not stored on the affected system.",
    "Hackers gained entry through a third-party customer service platform using login credentials stolen from a contractor, according to Threadline's initial investigation.",
    "The retailer took the platform offline within hours of detecting the intrusion and has reported the incident to the Information Commissioner's Office.",
    "Chief executive Rachel Whitby apologised to customers and said the company was \"deeply sorry for the worry this will cause\".",
    "Threadline is urging customers to be alert to phishing emails and texts that may use their stolen details to appear genuine.",
    "The company's shares fell 8% on Tuesday after the breach was announced.",
])
S2 = " ".join([
    "A criminal group calling itself Vanta has claimed responsibility for the Threadline attack and says it has published a sample of the data on a dark web forum.",
    "Security researcher Owen Pryce, who examined the sample, said it appeared to include the last four digits of some customers' payment cards as well as their order histories.",
    "Threadline said it was aware of the claim but had not paid any ransom and was working with the National Crime Agency.",
    "The Information Commissioner's Office said it was making enquiries and could issue a fine of up to 4% of global annual turnover if data protection law was found to have been breached.",
    "The retailer reported revenue of £1.1bn in its last financial year and has about 6 million active customers in the UK and Ireland.",
    "Consumer group Shieldwise said affected customers should change passwords used on other sites and consider registering with a credit reference agency alert service.",
    "Threadline has said it will offer 12 months of free identity monitoring to every customer whose data was taken.",
])
PROBES = [
("Threadline said data on roughly 2.3 million customers was stolen in a cyber attack [1.1].", S1, "S"),  # compression
("The cyber attack on Threadline was discovered on 3 March [1.1].", S1, "S"),  # compression
("Customers' names, emails, phone numbers and delivery addresses were accessed, the company said [1.2].", S1, "S"),  # reorder
("According to the company, full card numbers were not held on the compromised system [1.2].", S1, "S"),  # synonym
("The attackers got in through a third-party customer service platform using a contractor's stolen login details [1.3].", S1, "S"),  # reword
("Threadline's initial findings indicate that stolen contractor credentials were used to break in [1.3].", S1, "S"),  # nominalisation
("Within hours of spotting the intrusion, the retailer shut down the platform [1.4].", S1, "S"),  # synonym, reorder
("The breach has been reported to the Information Commissioner's Office [1.4].", S1, "S"),  # voice change
("Rachel Whitby, Threadline's chief executive, apologised and said the company was deeply sorry for the worry it would cause [1.5].", S1, "S"),  # reported speech
("Customers have been warned that fraudsters might use their stolen details to make phishing messages look genuine [1.6].", S1, "S"),  # hedge kept
("Threadline's share price dropped 8% on Tuesday following the announcement of the breach [1.7].", S1, "S"),  # synonym
("A group called Vanta says it carried out the attack and has posted a sample of the data on a dark web forum [2.1].", S2, "S"),  # reword
("Owen Pryce said the leaked sample seemed to contain the last four digits of some customers' cards [2.2].", S2, "S"),  # appeared -> seemed
("Order histories appeared to be included in the sample, according to a security researcher [2.2].", S2, "S"),  # voice change
("Threadline said it had not paid a ransom [2.3].", S2, "S"),  # compression
("Threadline is working with the National Crime Agency, the company said [2.3].", S2, "S"),  # compression
("The regulator could fine the retailer up to 4% of its global annual turnover if it is found to have broken data protection law [2.4].", S2, "S"),  # hedge kept
("Threadline had revenue of 1.1 billion pounds in its last financial year [2.5].", S2, "S"),  # number rewritten
("The retailer has around six million active customers in the UK and Ireland [2.5].", S2, "S"),  # number rewritten
("Shieldwise advised affected customers to change passwords they use elsewhere [2.6].", S2, "S"),  # synonym
("Every customer whose data was stolen will be offered a year of free identity monitoring [2.7].", S2, "S"),  # 12 months -> a year
("The ICO, to which Threadline reported the breach, said it was making enquiries [1.4][2.4].", S2, "S"),  # merge across docs
("Threadline says full card numbers were not stored on the system, but a researcher said the leaked sample seemed to include partial card digits [1.2][2.2].", S1, "S"),  # merge, hedge kept
("Threadline said it was aware of Vanta's claim to be behind the attack [2.1][2.3].", S2, "S"),  # merge, reference resolved
("Customers should consider signing up for a credit reference agency alert service, a consumer group said [2.6].", S2, "S"),  # compression
("Personal data belonging to about 3.2 million customers was stolen [1.1].", S1, "R"),  # digits swapped
("The attack was discovered on 13 March [1.1].", S1, "R"),  # date changed
("Full payment card numbers were accessed in the attack [1.2].", S1, "R"),  # contradicts
("Hackers used login credentials stolen from a Threadline employee [1.3].", S1, "R"),  # contractor -> employee
("Threadline's final investigation found hackers entered through a third-party platform [1.3].", S1, "R"),  # initial -> final
("The retailer took the platform offline within days of detecting the intrusion [1.4].", S1, "R"),  # hours -> days
("The retailer has reported the incident to the police [1.4].", S1, "R"),  # recipient changed
("Rachel Whitby denied that the company was to blame for the breach [1.5].", S1, "R"),  # invented denial
("Threadline said customers will receive phishing emails that use their stolen details [1.6].", S1, "R"),  # may -> will
("Threadline's shares fell 8% on Monday after the breach was announced [1.7].", S1, "R"),  # day changed
("Threadline's shares fell 18% after the breach was announced [1.7].", S1, "R"),  # number changed
("Vanta has published all the stolen data on a dark web forum [2.1].", S2, "R"),  # sample -> all
("Owen Pryce said the sample included the full card numbers of some customers [2.2].", S2, "R"),  # last four digits -> full numbers
("Owen Pryce said the sample included the last four digits of every customer's card [2.2].", S2, "R"),  # some -> every; hedge dropped
("Threadline said it had paid a ransom to Vanta [2.3].", S2, "R"),  # negation dropped
("Threadline said it was working with Europol [2.3].", S2, "R"),  # agency changed
("The ICO has fined Threadline 4% of its global annual turnover [2.4].", S2, "R"),  # could -> has
("The ICO said it would fine Threadline up to 4% of global turnover [2.4].", S2, "R"),  # could/if -> would
("The retailer reported profit of £1.1bn in its last financial year [2.5].", S2, "R"),  # revenue -> profit
("Shieldwise said affected customers should cancel their payment cards [2.6].", S2, "R"),  # advice changed
("Threadline will offer 24 months of free identity monitoring [2.7].", S2, "R"),  # number changed
("Threadline will offer free identity monitoring to all its customers [2.7].", S2, "R"),  # scope widened
("More than a third of Threadline's active customers had their data stolen [1.1][2.5].", S1, "R"),  # 2.3m affected need not all be active customers
("Threadline confirmed that the breach was carried out by Vanta [2.1][2.3].", S2, "R"),  # aware of claim -> confirmed
("Threadline's shares fell 8% after Vanta published a sample of the data [1.7][2.1].", S1, "R"),  # invented time order/cause
("Chief executive Rachel Whitby said the company had not paid any ransom [1.5][2.3].", S1, "R"),  # wrong speaker (company, not Whitby)
]
