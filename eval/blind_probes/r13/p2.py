S1 = ("Retailer Brightmart said on Monday that hackers had stolen the personal details of about 1.8 million customers. "
"The data included names, email addresses and delivery addresses, but not payment card numbers. "
"The company discovered the intrusion on 14 May, nine days after the attackers first gained access. "
"Brightmart has reported the breach to the Information Commissioner's Office and hired the security firm Castellan to investigate. "
"Chief technology officer Ravi Menon said the attackers probably entered through a compromised supplier account. "
"Customers are being urged to reset their passwords and watch for phishing emails. "
"The company's shares fell 6% after the announcement.")
S2 = ("A ransomware attack has forced Eastbrook Hospital to postpone around 300 operations this week. "
"The hospital's systems were encrypted early on Saturday, and staff have reverted to paper records. "
"A criminal group calling itself Veltra has claimed responsibility and demanded a ransom of $4 million. "
"The health trust said it would not pay the ransom. "
"Emergency departments remain open, but some ambulances are being diverted to neighbouring hospitals. "
"The National Cyber Security Centre is working with the trust to restore services. "
"Officials said it could take several weeks before all systems are back online. "
"There is no evidence so far that patient data has been published.")
PROBES = [
("Brightmart said hackers had taken personal data belonging to roughly 1.8 million customers [1.1].", S1, "S"),
("On Monday, Brightmart disclosed that the details of about 1.8 million customers had been stolen [1.1].", S1, "S"),
("The data covered names, email addresses and delivery addresses [1.2].", S1, "S"),
("Payment card numbers were not included in the data [1.2].", S1, "S"),
("The company found the intrusion on 14 May, nine days after the attackers got in [1.3].", S1, "S"),
("Brightmart has notified the Information Commissioner's Office of the breach [1.4].", S1, "S"),
("Security firm Castellan has been hired by Brightmart to investigate [1.4].", S1, "S"),
("Ravi Menon, the chief technology officer, said the attackers probably got in through a compromised supplier account [1.5].", S1, "S"),
("Customers have been urged to reset their passwords and to look out for phishing emails [1.6].", S1, "S"),
("The company's shares dropped 6% following the announcement [1.7].", S1, "S"),
("Brightmart reported the breach to the Information Commissioner's Office and its shares fell 6% [1.4][1.7].", S1, "S"),
("Eastbrook Hospital has postponed about 300 operations this week after a ransomware attack [2.1].", S2, "S"),
("The hospital's systems were encrypted early on Saturday [2.2].", S2, "S"),
("Staff at the hospital have gone back to paper records [2.2].", S2, "S"),
("A group calling itself Veltra claimed responsibility for the attack [2.3].", S2, "S"),
("Veltra has demanded a $4 million ransom [2.3].", S2, "S"),
("The health trust said it would not pay [2.4].", S2, "S"),
("Emergency departments are still open, although some ambulances are being sent to neighbouring hospitals [2.5].", S2, "S"),
("The National Cyber Security Centre is helping the trust restore services [2.6].", S2, "S"),
("Officials said restoring all systems could take several weeks [2.7].", S2, "S"),
("So far there is no evidence that patient data has been published [2.8].", S2, "S"),
("A ransomware attack forced Eastbrook Hospital to postpone around 300 operations, and a group called Veltra demanded $4 million [2.1][2.3].", S2, "S"),
("Brightmart said on Monday that hackers had stolen the personal details of about 1.8 million customers [1.1].", S1, "S"),
("Brightmart said hackers had stolen the personal details of about 8.1 million customers [1.1].", S1, "R"),  # number transposed
("Brightmart said on Friday that hackers had stolen customers' personal details [1.1].", S1, "R"),  # weekday changed
("The stolen data included names, email addresses and payment card numbers [1.2].", S1, "R"),  # negation dropped / card numbers added
("The stolen data included names, phone numbers and delivery addresses [1.2].", S1, "R"),  # email -> phone numbers
("The company discovered the intrusion on 14 May, the same day the attackers gained access [1.3].", S1, "R"),  # nine days later dropped/contradicted
("The company discovered the intrusion on 4 May [1.3].", S1, "R"),  # date changed
("Brightmart has reported the breach to the police [1.4].", S1, "R"),  # regulator -> police
("Brightmart has hired the security firm Castellan to pay the attackers [1.4].", S1, "R"),  # invented purpose
("Ravi Menon said the attackers entered through a compromised supplier account [1.5].", S1, "R"),  # hedge probably dropped
("Chief executive Ravi Menon said the attackers probably entered through a supplier account [1.5].", S1, "R"),  # role changed
("Ravi Menon said the attackers probably entered through a compromised employee account [1.5].", S1, "R"),  # supplier -> employee
("Customers are being urged to reset their passwords [1.7].", S1, "R"),  # wrong citation (fact in 1.6)
("The company's shares rose 6% after the announcement [1.7].", S1, "R"),  # fell -> rose
("Eastbrook Hospital has cancelled all of its operations this week [2.1].", S2, "R"),  # around 300 -> all
("A ransomware attack has forced Eastbrook Hospital to postpone around 3,000 operations [2.1].", S2, "R"),  # number changed
("The hospital's systems were encrypted early on Sunday [2.2].", S2, "R"),  # day changed
("A criminal group calling itself Veltra has denied responsibility [2.3].", S2, "R"),  # claimed -> denied
("Veltra has demanded a ransom of $40 million [2.3].", S2, "R"),  # number changed
("The health trust said it would pay the ransom [2.4].", S2, "R"),  # negation dropped
("The health trust said it had already paid part of the ransom [2.4].", S2, "R"),  # contradicts
("Emergency departments have closed and ambulances are being diverted [2.5].", S2, "R"),  # open -> closed
("All ambulances are being diverted to neighbouring hospitals [2.5].", S2, "R"),  # some -> all
("The National Cyber Security Centre has restored the trust's services [2.6].", S2, "R"),  # working to -> done
("Officials said all systems will be back online within several days [2.7].", S2, "R"),  # weeks -> days, hedge dropped
("Patient data has been published online [2.8].", S2, "R"),  # negation dropped
("Veltra published patient data after the trust refused to pay [2.4][2.8].", S2, "R"),  # invented
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
