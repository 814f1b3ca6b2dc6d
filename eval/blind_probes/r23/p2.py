# Domain: a pharmaceutical company's drug recall
S1 = " ".join([
    "Halverton Pharma has recalled 1.2 million packs of its blood-pressure drug Cardiprex after tests found traces of a possible carcinogen in three batches.",
    "The Medicines and Healthcare products Regulatory Agency (MHRA) said on Monday that the risk to patients was very low.",
    "Patients were told not to stop taking the tablets without first speaking to their GP or pharmacist.",
    "The contaminant, an impurity known as NDMA, was detected during routine testing at the company's plant in Dundee.",
    "Chief executive Laura Fenwick said the firm was 'deeply sorry' and expected the recall to cost about £45 million.",
    "Halverton shares fell 8% in early trading before recovering slightly to close 5% lower.",
    "The company said replacement stock from its Irish factory should reach pharmacies within a fortnight.",
    "It is not yet known how long the affected batches were on the market, although the earliest was manufactured in March.",
])
S2 = " ".join([
    "Patient groups criticised Halverton for waiting nine days between the test results and the public announcement.",
    "The Patients Association said some people had learned about the recall from social media rather than from their doctors.",
    "Halverton denied any delay, saying it had informed the regulator within 24 hours.",
    "The MHRA confirmed it was notified the day after the impurity was found.",
    "About 400,000 people in the UK are thought to take Cardiprex.",
    "Lawyers at Brennan & Holt said they were considering a group action on behalf of patients.",
    "The regulator said it would publish the findings of its own review in the new year.",
])
PROBES = [
("Halverton Pharma pulled 1.2 million packs of Cardiprex after traces of a possible carcinogen were found in three batches [1.1].", [S1, S2], "S"),  # paraphrase
("Halverton Pharma pulled 2.1 million packs of Cardiprex after traces of a possible carcinogen were found in three batches [1.1].", [S1, S2], "R"),  # number swapped
("Halverton Pharma pulled 1.2 million packs of Cardiprex after traces of a known carcinogen were found in three batches [1.1].", [S1, S2], "R"),  # possible -> known
("Halverton Pharma recalled 1.2 million packs of Cardiprex after a possible carcinogen was found in all of its batches [1.1].", [S1, S2], "R"),  # scope: three batches -> all
("Cardiprex, the blood-pressure medicine being recalled, is made by Halverton Pharma [1.1].", [S1, S2], "S"),  # reorder
("Halverton Pharma recalled its cholesterol drug Cardiprex [1.1].", [S1, S2], "R"),  # wrong drug type
("The MHRA said on Monday that patients faced a very low risk [1.2].", [S1, S2], "S"),  # paraphrase
("The MHRA said on Monday that patients faced no risk [1.2].", [S1, S2], "R"),  # very low -> none
("The MHRA said on Tuesday that the risk to patients was very low [1.2].", [S1, S2], "R"),  # wrong weekday
("Patients were advised to consult their GP or pharmacist before stopping the tablets [1.3].", [S1, S2], "S"),  # paraphrase
("Patients were told to stop taking the tablets and speak to their GP or pharmacist [1.3].", [S1, S2], "R"),  # negation dropped
("Patients were urged to keep taking the tablets until they had spoken to a GP or pharmacist [1.3].", [S1, S2], "S"),  # reworded negation
("Routine tests at Halverton's Dundee plant picked up the NDMA impurity [1.4].", [S1, S2], "S"),  # active/passive
("Routine tests at Halverton's Irish factory picked up the NDMA impurity [1.4].", [S1, S2], "R"),  # place swapped
("The NDMA impurity was detected after a patient complaint to the Dundee plant [1.4].", [S1, S2], "R"),  # invented trigger (routine testing)
("Laura Fenwick, the chief executive, apologised and said the recall would probably cost around £45m [1.5].", [S1, S2], "S"),  # expected -> probably
("Laura Fenwick said the recall had cost the company £45m [1.5].", [S1, S2], "R"),  # expected -> actual
("Laura Fenwick said the recall was expected to cost about £54 million [1.5].", [S1, S2], "R"),  # number swapped
("Laura Fenwick said the firm was 'deeply sorry' and blamed a supplier for the impurity [1.5].", [S1, S2], "R"),  # added clause
("Halverton's shares closed 5% down after dropping as much as 8% early in the session [1.6].", [S1, S2], "S"),  # reorder
("Halverton's shares closed 8% down after an early fall [1.6].", [S1, S2], "R"),  # closing figure wrong
("Halverton's shares fell 8% in early trading and kept falling to close lower still [1.6].", [S1, S2], "R"),  # reversed: they recovered slightly
("Replacement stock from Ireland is expected to arrive in pharmacies within two weeks, the company said [1.7].", [S1, S2], "S"),  # fortnight = two weeks; should -> expected
("Replacement stock from Ireland will arrive in pharmacies within a week, the company said [1.7].", [S1, S2], "R"),  # fortnight -> week
("Replacement stock from the Dundee plant should reach pharmacies within a fortnight [1.7].", [S1, S2], "R"),  # place swapped
("Replacement stock has already reached pharmacies from the company's Irish factory [1.7].", [S1, S2], "R"),  # modality should -> has
("It remains unclear how long the affected batches were on sale, though the oldest was made in March [1.8].", [S1, S2], "S"),  # paraphrase
("The affected batches were on sale for six months, starting in March [1.8].", [S1, S2], "R"),  # invented duration; source says unknown
("The earliest affected batch was manufactured in May [1.8].", [S1, S2], "R"),  # month swapped
("Patient groups attacked Halverton over the nine-day gap between the test results and its public announcement [2.1].", [S1, S2], "S"),  # paraphrase
("Patient groups attacked Halverton over the nineteen-day gap between the test results and its announcement [2.1].", [S1, S2], "R"),  # number swapped
("The MHRA criticised Halverton for waiting nine days before announcing the recall [2.1].", [S1, S2], "R"),  # wrong actor
("According to the Patients Association, some patients heard of the recall on social media rather than from their doctors [2.2].", [S1, S2], "S"),  # paraphrase
("According to the Patients Association, most patients heard of the recall on social media [2.2].", [S1, S2], "R"),  # some -> most
("Halverton rejected claims of a delay and said it had told the regulator within a day [2.3].", [S1, S2], "S"),  # 24 hours = a day
("Halverton admitted a delay but said it had told the regulator within 24 hours [2.3].", [S1, S2], "R"),  # denied -> admitted
("Halverton said it had informed patients within 24 hours [2.3].", [S1, S2], "R"),  # regulator -> patients
("The MHRA confirmed it had been told of the impurity a day after it was discovered [2.4].", [S1, S2], "S"),  # paraphrase
("The MHRA said it was not notified until a week after the impurity was found [2.4].", [S1, S2], "R"),  # contradicts
("Some 400,000 people in the UK are believed to take Cardiprex [2.5].", [S1, S2], "S"),  # hedge kept
("Exactly 400,000 people in the UK take Cardiprex [2.5].", [S1, S2], "R"),  # hedge dropped (about/thought)
("Around 400,000 people across Europe are thought to take Cardiprex [2.5].", [S1, S2], "R"),  # scope UK -> Europe
("Brennan & Holt lawyers are weighing a group action for patients [2.6].", [S1, S2], "S"),  # considering = weighing
("Brennan & Holt has filed a group action on behalf of patients [2.6].", [S1, S2], "R"),  # considering -> filed
("The regulator plans to publish the results of its own review in the new year [2.7].", [S1, S2], "S"),  # paraphrase
("The regulator published the findings of its own review in the new year [2.7].", [S1, S2], "R"),  # future -> past
("The regulator said it would publish the findings of its review before Christmas [2.7].", [S1, S2], "R"),  # timing changed
("Halverton said it told the regulator within 24 hours, which the MHRA confirmed by saying it was notified the next day [2.3, 2.4].", [S1, S2], "S"),  # merge
("The MHRA said it was notified the day after the impurity was found at the Dundee plant [2.4, 1.4].", [S1, S2], "S"),  # merge 2.4 + 1.4
("The MHRA said the risk was very low, and about 400,000 people in the UK are thought to take the drug [1.2, 2.5].", [S1, S2], "S"),  # merge
("About 400,000 UK patients take Cardiprex, the MHRA said [2.5].", [S1, S2], "R"),  # attribution invented
("Shares in Halverton fell after tests found an impurity at its Dundee plant [2.6].", [S1, S2], "R"),  # wrong sentence cited
("The Patients Association said patients should stop taking Cardiprex immediately [2.2].", [S1, S2], "R"),  # invented statement
("Three batches of Cardiprex were found to contain traces of a substance that may cause cancer [1.1].", [S1, S2], "S"),  # possible carcinogen paraphrase
("The impurity behind the recall, NDMA, turned up in routine checks in Dundee [1.4].", [S1, S2], "S"),  # nominal paraphrase
("Halverton expects to spend roughly £45m on the recall, its chief executive said [1.5].", [S1, S2], "S"),  # paraphrase
("The firm's shares recovered a little after an 8% early drop [1.6].", [S1, S2], "S"),  # paraphrase
("Patient groups said Halverton took nine days to go public after receiving the test results [2.1].", [S1, S2], "S"),  # paraphrase
("A possible group action on behalf of patients is under consideration by Brennan & Holt [2.6].", [S1, S2], "S"),  # passive
("The MHRA's own review will be published in the new year, the regulator said [2.7].", [S1, S2], "S"),  # passive
]
