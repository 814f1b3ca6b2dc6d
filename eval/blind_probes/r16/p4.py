# Domain: pharmaceutical drug approval and trial results
S1 = ("The Medicines Evaluation Board has recommended approval of Veltrazine, a drug for early-stage Alzheimer's disease developed by Corvane Pharmaceuticals. "
      "In a late-stage trial of 1,800 patients, the drug slowed cognitive decline by 27 percent over 18 months compared with a placebo. "
      "About 12 percent of patients who received Veltrazine experienced brain swelling, most of it mild. "
      "Three deaths in the treatment group were reviewed, but the board said a link to the drug could not be established. "
      "The board said the drug should only be given to patients who have had a brain scan to rule out certain risk factors. "
      "Corvane said it expected a final decision from regulators within two months. "
      "Shares in the company rose 9 percent in early trading.")
S2 = ("Patient groups welcomed the recommendation but raised concerns about the likely cost of the treatment. "
      "Corvane has not yet announced a price, but analysts estimate it could exceed 20,000 euros per patient per year. "
      "The drug is given as an intravenous infusion every four weeks. "
      "Doctors said health systems would need more scanning capacity to monitor patients for side effects. "
      "Professor Anita Gill, a neurologist who was not involved in the trial, described the results as modest but meaningful. "
      "She said the benefit was most pronounced in patients under 70. "
      "A rival drug from Halden Biotech was rejected by the board last year over safety concerns.")
PROBES = [
("Corvane Pharmaceuticals' early-stage Alzheimer's drug Veltrazine has been recommended for approval by the Medicines Evaluation Board [1.1].", S1, "S"),  # voice change, reorder
("Over 18 months, Veltrazine slowed cognitive decline by 27 percent relative to placebo in a late-stage trial involving 1,800 patients [1.2].", S1, "S"),  # reorder, compared with->relative to
("Patients on the drug showed 27 percent slower cognitive decline than those on placebo over 18 months [1.2].", S1, "S"),  # restructured comparison
("Roughly 12 percent of patients given Veltrazine had brain swelling, mostly mild [1.3].", S1, "S"),  # synonyms, compression
("Most cases of brain swelling among Veltrazine patients were mild [1.3].", S1, "S"),  # compression
("Three deaths in the treatment group were examined, though the board said it could not establish a link to the drug [1.4].", S1, "S"),  # synonyms reviewed->examined, voice
("Only patients who have had a brain scan to exclude certain risk factors should receive the drug, the board said [1.5].", S1, "S"),  # reorder, rule out->exclude
("A brain scan ruling out certain risk factors should be a precondition for receiving the drug, the board said [1.5].", S1, "S"),  # nominal restructure
("Corvane expects regulators to make a final decision within two months [1.6].", S1, "S"),  # paraphrase
("The company's shares climbed 9 percent in early trading [1.7].", S1, "S"),  # rose->climbed
("Veltrazine, recommended for approval by the board, slowed cognitive decline by 27 percent over 18 months versus placebo [1.1][1.2].", S1, "S"),  # merge, both cited
("The trial enrolled 1,800 patients [1.2].", S1, "S"),  # compression
("Veltrazine was developed by Corvane Pharmaceuticals [1.1].", S1, "S"),  # extraction, voice
("Corvane said it expected a final decision from regulators within two months [1.6].", S1, "S"),  # near copy
("Patient groups welcomed the recommendation while voicing concern over how much the treatment is likely to cost [2.1].", S2, "S"),  # synonyms raised concerns->voicing concern
("No price has yet been announced by Corvane, though analysts think it could top 20,000 euros per patient annually [2.2].", S2, "S"),  # passive, per year->annually, hedge kept
("Analysts estimate the treatment could cost more than 20,000 euros per patient each year [2.2].", S2, "S"),  # compression
("The drug is administered by intravenous infusion once every four weeks [2.3].", S2, "S"),  # given->administered
("Health systems would need extra scanning capacity to monitor patients for side effects, doctors said [2.4].", S2, "S"),  # reorder, more->extra
("Neurologist Anita Gill, who was not involved in the trial, called the results modest but meaningful [2.5].", S2, "S"),  # described as->called
("Gill said patients under 70 benefited most [2.6].", S2, "S"),  # paraphrase most pronounced->benefited most
("The board turned down a competing drug from Halden Biotech last year because of safety concerns [2.7].", S2, "S"),  # voice change, rejected->turned down
("Professor Anita Gill described the results as modest but meaningful, saying the benefit was greatest in patients under 70 [2.5][2.6].", S2, "S"),  # merge, both cited
("Corvane has not yet set out a price for the treatment [2.2].", S2, "S"),  # compression, synonym
("The board has recommended approval of Veltrazine, a drug for late-stage Alzheimer's disease [1.1].", S1, "R"),  # early-stage->late-stage
("The Medicines Evaluation Board has approved Veltrazine [1.1].", S1, "R"),  # recommended approval->approved; final decision still pending
("In a late-stage trial of 1,800 patients, the drug slowed cognitive decline by 37 percent compared with a placebo [1.2].", S1, "R"),  # 27->37
("In a late-stage trial of 1,800 patients, the drug halted cognitive decline over 18 months [1.2].", S1, "R"),  # slowed->halted
("The drug slowed cognitive decline by 27 percent over 12 months compared with a placebo [1.2].", S1, "R"),  # 18->12 months
("About 12 percent of patients who received a placebo experienced brain swelling [1.3].", S1, "R"),  # treatment group swapped for placebo group
("About 12 percent of patients who received Veltrazine experienced brain bleeding [1.3].", S1, "R"),  # sibling substituted swelling->bleeding
("Brain swelling occurred in about 12 percent of Veltrazine patients and was severe in most cases [1.3].", S1, "R"),  # mild->severe
("The board said three deaths in the treatment group were caused by the drug [1.4].", S1, "R"),  # contradicts: link could not be established
("The board ruled out any link between the drug and three deaths in the treatment group [1.4].", S1, "R"),  # 'could not be established' is not 'ruled out'
("The board said the drug should be given to all patients with early Alzheimer's disease [1.5].", S1, "R"),  # restriction dropped, overgeneralised
("The board said patients should have a blood test to rule out certain risk factors before receiving the drug [1.5].", S1, "R"),  # sibling brain scan->blood test
("Corvane said it expected a final decision from regulators within two weeks [1.6].", S1, "R"),  # months->weeks
("Corvane said regulators would approve the drug within two months [1.6].", S1, "R"),  # expected decision->certain approval
("Shares in the company fell 9 percent in early trading [1.7].", S1, "R"),  # rose->fell
("Shares in Corvane rose 9 percent after the company announced a price for the drug [1.7].", S1, "R"),  # invented cause; 2.2 says no price announced
("Patient groups criticised the recommendation over the likely cost of the treatment [2.1].", S2, "R"),  # welcomed->criticised
("Corvane has announced a price of 20,000 euros per patient per year [2.2].", S2, "R"),  # contradicts: no price announced, figure is analysts' estimate
("Analysts estimate the cost could exceed 20,000 euros per patient per month [2.2].", S2, "R"),  # per year->per month
("Corvane estimates the price could exceed 20,000 euros per patient per year [2.2].", S2, "R"),  # wrong speaker: analysts
("The drug is given as an intravenous infusion every two weeks [2.3].", S2, "R"),  # four->two weeks
("The drug is given as an injection under the skin every four weeks [2.3].", S2, "R"),  # sibling: intravenous infusion->subcutaneous injection
("Doctors said health systems would need more nurses to monitor patients for side effects [2.4].", S2, "R"),  # sibling scanning capacity->nurses
("Professor Anita Gill, a neurologist who led the trial, described the results as modest but meaningful [2.5].", S2, "R"),  # contradicts: not involved in trial
("Professor Anita Gill described the results as a major breakthrough [2.5].", S2, "R"),  # modest->major breakthrough
("She said the benefit was most pronounced in patients over 70 [2.6].", S2, "R"),  # under->over 70
("Gill said the drug had no benefit in patients over 70 [2.6].", S2, "R"),  # overinterpretation: 'most pronounced under 70' does not mean none over 70
("A rival drug from Halden Biotech was approved by the board last year [2.7].", S2, "R"),  # rejected->approved
("A rival drug from Halden Biotech was rejected by the board last year over efficacy concerns [2.7].", S2, "R"),  # safety->efficacy
("Patient groups welcomed the recommendation, noting that the drug slowed decline by 27 percent [2.1].", S2, "R"),  # added reason, figure from uncited doc 1 and not attributed to patient groups
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
