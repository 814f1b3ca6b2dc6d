# Domain: a pharmaceutical company recall of contaminated tablets
S1 = " ".join([
    "Halden Pharma has recalled 14 batches of its blood pressure drug Valcardin after tests found traces of a chemical linked to cancer.",
    "The Medicines and Healthcare products Regulatory Agency said the contaminant, an impurity known as NDMA, was detected at levels above the acceptable daily limit.",
    "About 310,000 packs of the 80mg and 160mg tablets were distributed to pharmacies in England and Wales between March and August.",
    "Patients have been told not to stop taking their medication without first speaking to a doctor or pharmacist.",
    "The regulator said the risk to any individual patient was likely to be very low, but that the recall was a precautionary measure.",
    "The affected tablets were made at a factory in Hyderabad, India, which Halden acquired in 2022.",
    "Halden said it had suspended all production at the site while an investigation took place.",
])
S2 = " ".join([
    "In a statement, Halden chief executive Peter Kowalski apologised to patients and said quality control procedures would be reviewed.",
    "He said the company had identified the source of the impurity as a solvent supplied by a third party.",
    "The recall does not affect Valcardin 40mg tablets, which are made at a separate plant in Ireland.",
    "Pharmacists' body the National Pharmacy Association said members had received dozens of calls from worried patients since Monday.",
    "The NPA said alternative supplies were available and that most patients would be switched to a different brand within a week.",
    "It is the third recall of a blood pressure medicine in the UK since 2018, after similar impurities were found in valsartan and irbesartan products.",
    "Shares in Halden fell 9 percent on the Frankfurt stock exchange shortly after the announcement.",
])
PROBES = [
("Fourteen batches of Valcardin have been recalled by Halden Pharma [1.1].", S1, "S"),  # voice change, number in words
("Halden Pharma has pulled its blood pressure medicine after tests found traces of a chemical linked to cancer [1.1].", S1, "S"),  # synonyms
("The medicines regulator said NDMA had been found at levels exceeding the acceptable daily limit [1.2].", S1, "S"),  # synonyms
("The contaminant is an impurity called NDMA, the Medicines and Healthcare products Regulatory Agency said [1.2].", S1, "S"),  # compression
("Around 310,000 packs of 80mg and 160mg tablets went to pharmacies in England and Wales [1.3].", S1, "S"),  # reworded
("The packs were distributed over a period running from March to August [1.3].", S1, "S"),  # nominal reword
("Patients should speak to a doctor or pharmacist before they stop taking their medication, they have been told [1.4].", S1, "S"),  # negation restructured
("The regulator described the recall as precautionary and said the risk to any individual patient was likely to be very low [1.5].", S1, "S"),  # reorder, hedge kept
("The affected tablets came from a Hyderabad factory that Halden bought in 2022 [1.6].", S1, "S"),  # acquired -> bought
("Production at the site has been halted by Halden pending an investigation [1.7].", S1, "S"),  # voice change, synonyms
("Peter Kowalski said sorry to patients and promised a review of quality control procedures [2.1].", S2, "S"),  # reported speech reworded
("Halden's chief executive said a solvent from a third-party supplier was the source of the impurity [2.1][2.2].", S2, "S"),  # pronoun resolved
("Kowalski said the impurity had been traced to a solvent supplied by another company [2.1][2.2].", S2, "S"),  # pronoun resolved, synonym
("Valcardin 40mg tablets, produced at a separate plant in Ireland, are not part of the recall [2.3].", S2, "S"),  # restructure
("The National Pharmacy Association said its members had fielded dozens of calls from anxious patients since Monday [2.4].", S2, "S"),  # synonyms
("The NPA said alternative supplies were available [2.5].", S2, "S"),  # compression
("Most patients would be moved to a different brand within a week, according to the NPA [2.5].", S2, "S"),  # reorder, attribution kept
("Similar impurities had previously been found in valsartan and irbesartan products [2.6].", S2, "S"),  # after -> previously, compression
("The recall is the third involving a blood pressure medicine in the UK since 2018 [2.6].", S2, "S"),  # compression
("Halden's shares dropped 9 percent in Frankfurt following the announcement [2.7].", S2, "S"),  # synonyms
("Halden has stopped production at the Hyderabad factory it bought in 2022 [1.6][1.7].", S1, "S"),  # merge, 'the site' resolved
("The regulator said NDMA exceeded the acceptable daily limit but that the risk to individual patients was likely to be very low [1.2][1.5].", S1, "S"),  # merge
("The recalled Valcardin tablets were manufactured in India [1.1][1.6].", S1, "S"),  # merge, generalisation
("Patients have been advised not to stop their tablets without first consulting a doctor or pharmacist [1.4].", S1, "S"),  # synonyms
("Halden's stock lost 9 percent on the Frankfurt exchange after the announcement [2.7].", S2, "S"),  # reworded
("Halden Pharma has recalled 40 batches of Valcardin [1.1].", S1, "R"),  # 14 -> 40
("Halden Pharma has recalled 14 batches of its cholesterol drug Valcardin [1.1].", S1, "R"),  # drug class swapped
("Tests found that Valcardin contains a chemical that causes cancer [1.1].", S1, "R"),  # linked to -> causes
("The regulator said NDMA was detected at levels below the acceptable daily limit [1.2].", S1, "R"),  # above -> below
("The European Medicines Agency said the contaminant was detected above the acceptable daily limit [1.2].", S1, "R"),  # wrong regulator
("About 310,000 packs were distributed to pharmacies across the UK [1.3].", S1, "R"),  # England and Wales -> UK
("About 130,000 packs of the tablets were distributed to pharmacies [1.3].", S1, "R"),  # number changed
("About 310,000 packs were distributed between March and October [1.3].", S1, "R"),  # month changed
("Patients have been told to stop taking their medication immediately [1.4].", S1, "R"),  # opposite advice
("The regulator said there was no risk to patients [1.5].", S1, "R"),  # very low -> none
("The regulator said the risk to any individual patient was very low [1.5].", S1, "R"),  # hedge 'likely' dropped
("The affected tablets were made at a factory in Hyderabad, which Halden built in 2022 [1.6].", S1, "R"),  # acquired -> built
("Halden said it had permanently closed the Hyderabad site [1.7].", S1, "R"),  # suspended -> closed permanently; 1.6 uncited too
("Halden said it had suspended production at all of its sites [1.7].", S1, "R"),  # scope widened
("Peter Kowalski said quality control procedures had already been reviewed [2.1].", S2, "R"),  # future -> past
("Peter Kowalski declined to apologise to patients [2.1].", S2, "R"),  # negation added
("Kowalski said the source of the impurity had not yet been identified [2.1][2.2].", S2, "R"),  # contradicts
("Kowalski said the impurity came from a solvent the company made itself [2.1][2.2].", S2, "R"),  # third party -> in-house
("The medicines regulator said the impurity came from a solvent supplied by a third party [2.2].", S2, "R"),  # wrong speaker
("The recall also affects Valcardin 40mg tablets [2.3].", S2, "R"),  # negation dropped
("Valcardin 40mg tablets are made at a separate plant in India [2.3].", S2, "R"),  # Ireland -> India
("The National Pharmacy Association said members had received hundreds of calls since Monday [2.4].", S2, "R"),  # dozens -> hundreds
("The National Pharmacy Association said members had received dozens of calls since Tuesday [2.4].", S2, "R"),  # day swapped
("The NPA said all patients would be switched to a different brand within a week [2.5].", S2, "R"),  # most -> all
("The NPA said alternative supplies were not yet available [2.5].", S2, "R"),  # negation added
("It is the second recall of a blood pressure medicine in the UK since 2018 [2.6].", S2, "R"),  # third -> second
("It is the third recall of a blood pressure medicine in Europe since 2018 [2.6].", S2, "R"),  # scope UK -> Europe
("Shares in Halden fell 9 percent on the London stock exchange [2.7].", S2, "R"),  # exchange swapped
("Shares in Halden rose 9 percent after the announcement [2.7].", S2, "R"),  # antonym
("Shares in Halden fell 9 percent after Kowalski blamed a third-party supplier [2.7][2.2].", S2, "R"),  # time order/cause invented
]
