# Domain: a new drug approval with trial figures
S1 = " ".join([
    "The Medicines and Healthcare products Regulatory Agency on Thursday approved lorvatinib, a once-daily pill for adults with moderate to severe ulcerative colitis.",
    "The drug, made by Calder Therapeutics, is the first in its class to be licensed in the UK.",
    "In the phase 3 trial of 1,046 patients, 38 per cent of those taking lorvatinib were in clinical remission after 52 weeks, compared with 14 per cent on placebo.",
    "Serious infections occurred in 3.1 per cent of patients on the drug and 1.9 per cent of those on placebo.",
    "The regulator said the benefits outweighed the risks but asked the company to carry out further monitoring of liver function.",
    "The drug is not recommended for pregnant women.",
    "Calder has not yet disclosed the list price, which analysts expect to be around 20,000 pounds a year.",
    "The National Institute for Health and Care Excellence is expected to publish draft guidance on its use in the NHS in the spring.",
    "Professor Amira Said, who led the trial, said the results could \"change the treatment landscape\" for patients who had not responded to existing therapies.",
])
S2 = " ".join([
    "Patient groups gave a cautious welcome to the approval of lorvatinib on Thursday.",
    "Crohn's and Colitis UK said about 1 in 5 people with ulcerative colitis do not respond to current treatments.",
    "Its chief executive, Ruth Gaines, said access would depend on the price agreed with the NHS.",
    "Some doctors have raised concerns that the trial lasted only one year.",
    "Dr Paul Mercer, a gastroenterologist not involved in the study, said longer follow-up data were needed before the drug was used widely.",
])
SS = [S1, S2]
PROBES = [
("Lorvatinib, taken once a day, was approved on Thursday by the MHRA for adults with moderate to severe ulcerative colitis [1.1].", S1, "S"),  # reworded
("Calder Therapeutics' drug is the UK's first licensed treatment of its class [1.2].", S1, "S"),  # reworded
("After a year, 38 per cent of patients on lorvatinib were in clinical remission, against 14 per cent of those on placebo [1.3].", S1, "S"),  # 52 weeks -> a year
("The phase 3 trial enrolled 1,046 patients [1.3].", S1, "S"),  # 1.3
("The remission rate on the drug was 24 percentage points higher than on placebo [1.3].", S1, "S"),  # 38 - 14
("Serious infections were somewhat more frequent on lorvatinib than on placebo, at 3.1 per cent versus 1.9 per cent [1.4].", S1, "S"),  # comparison
("The regulator judged that the drug's benefits outweighed its risks [1.5].", S1, "S"),  # reworded
("Calder has been asked to carry out further monitoring of liver function [1.2, 1.5].", S1, "S"),  # voice change
("Lorvatinib is not recommended for use in pregnancy [1.6].", S1, "S"),  # nominalisation
("The list price has not yet been made public [1.7].", S1, "S"),  # disclosed -> made public
("Analysts expect the drug to cost about 20,000 pounds a year [1.7].", S1, "S"),  # reworded
("NICE is expected to issue draft guidance on NHS use of the drug in the spring [1.8].", S1, "S"),  # abbreviation and synonyms
("Trial leader Amira Said said the results could transform treatment for patients who had not responded to existing therapies [1.9].", S1, "S"),  # reported speech
("Lorvatinib is a pill [1.1].", S1, "S"),  # 1.1
("Patient groups welcomed the approval cautiously [2.1].", SS, "S"),  # reworded
("According to Crohn's and Colitis UK, roughly a fifth of people with ulcerative colitis do not respond to current treatments [2.2].", SS, "S"),  # 1 in 5 -> a fifth
("Ruth Gaines said access to the drug would hinge on the price agreed with the NHS [2.3].", SS, "S"),  # depend -> hinge on
("Some doctors are concerned that the trial ran for only a year [2.4].", SS, "S"),  # reworded
("An independent gastroenterologist, Paul Mercer, called for longer follow-up data before widespread use [2.5].", SS, "S"),  # not involved -> independent
("The trial followed patients for a year, which some doctors say is too short [1.3, 2.4].", SS, "S"),  # 52 weeks + concern
("Access will depend on the NHS price, which Calder has not yet disclosed [1.7, 2.3].", SS, "S"),  # merge
("The drug was approved on Thursday, when patient groups gave it a cautious welcome [1.1, 2.1].", SS, "S"),  # merge
("Lorvatinib is made by Calder Therapeutics [1.2].", S1, "S"),  # 1.2
("Fewer than half the patients on lorvatinib were in remission at 52 weeks [1.3].", S1, "S"),  # 38 < 50
("The drug was linked to a higher rate of serious infections than placebo [1.4].", S1, "S"),  # 3.1 > 1.9
("Draft NICE guidance is expected in the spring [1.8].", S1, "S"),  # reworded
("The regulator wants more monitoring of liver function despite approving the drug [1.1, 1.5].", S1, "S"),  # merge
("Professor Said led the trial [1.9].", S1, "S"),  # 1.9
("Dr Mercer was not involved in the study [2.5].", SS, "S"),  # 2.5
("Approval was granted by the UK medicines regulator [1.1].", S1, "S"),  # generalisation
("The MHRA approved lorvatinib on Tuesday [1.1].", S1, "R"),  # Thursday
("Lorvatinib is a twice-daily pill [1.1].", S1, "R"),  # once-daily
("Lorvatinib was approved for children with ulcerative colitis [1.1].", S1, "R"),  # adults
("Lorvatinib was approved for Crohn's disease [1.1].", S1, "R"),  # ulcerative colitis
("Lorvatinib is the first in its class to be licensed in Europe [1.2].", S1, "R"),  # UK
("In the trial, 38 per cent of patients on placebo were in remission [1.3].", S1, "R"),  # swapped
("The phase 3 trial involved 1,460 patients [1.3].", S1, "R"),  # 1,046
("The phase 2 trial found 38 per cent remission [1.3].", S1, "R"),  # phase 3
("Remission was measured after 26 weeks [1.3].", S1, "R"),  # 52 weeks
("Serious infections occurred in 3.1 per cent of patients on placebo [1.4].", S1, "R"),  # swapped
("Serious infections were less common on lorvatinib than on placebo [1.4].", S1, "R"),  # antonym
("The regulator said the risks outweighed the benefits [1.5].", S1, "R"),  # swapped
("The regulator asked the company to monitor kidney function [1.5].", S1, "R"),  # liver
("The drug is banned for pregnant women [1.6].", S1, "R"),  # not recommended -> banned
("Calder has set the list price at 20,000 pounds a year [1.7].", S1, "R"),  # not disclosed; analyst expectation
("NICE has approved lorvatinib for use in the NHS [1.8].", S1, "R"),  # only expected draft guidance
("NICE is expected to publish draft guidance in the autumn [1.8].", S1, "R"),  # spring
("Professor Said said the results would change the treatment landscape for all patients [1.9].", S1, "R"),  # could -> would; all
("Dr Paul Mercer, who led the trial, said the results could change the treatment landscape [1.9].", S1, "R"),  # wrong speaker
("Patient groups gave an enthusiastic welcome to the approval [2.1].", SS, "R"),  # cautious
("Crohn's and Colitis UK said about 1 in 3 people do not respond to current treatments [2.2].", SS, "R"),  # 1 in 5
("Ruth Gaines said the drug would be available to all NHS patients [2.3].", SS, "R"),  # contradiction
("All doctors have raised concerns about the trial's length [2.4].", SS, "R"),  # some -> all
("Dr Mercer said the drug should not be used at all [2.5].", SS, "R"),  # overstatement
("Dr Paul Mercer, who worked on the study, said longer follow-up was needed [2.5].", SS, "R"),  # not involved
("Some doctors raised concerns about the rate of serious infections [2.4].", SS, "R"),  # concern was trial length
("Crohn's and Colitis UK said lorvatinib would help the 1 in 5 patients who do not respond to current treatments [2.2].", SS, "R"),  # added claim
("The regulator asked for liver monitoring because of liver damage seen in the trial [1.5].", S1, "R"),  # invented cause
("In the trial, 38 per cent of patients on the drug were in remission [1.4].", S1, "R"),  # wrong sentence cited
("Ruth Gaines said the list price was expected to be around 20,000 pounds [2.3].", SS, "R"),  # figure from S1, wrong speaker
]
