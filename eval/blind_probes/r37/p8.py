# Domain: two-outlet brief on a hospital trust's decision to close a stroke unit
S1 = " ".join([
    "The board of Westbury and Calder NHS Trust voted on Thursday to close the stroke unit at Calder General Hospital and move all acute stroke care to Westbury Royal Infirmary, 19 miles away.",
    "The decision, taken by eight votes to two, follows a 14-week public consultation that received more than 4,200 responses.",
    "About 68 percent of those who responded opposed the closure, according to a report presented to the board.",
    "The trust's medical director, Dr Fiona Marsh, said the change would save lives because patients would be treated by specialists available around the clock.",
    "Calder General currently has 18 stroke beds and treats about 650 stroke patients a year, but has no consultant on site at night or at weekends.",
    "Westbury Royal will gain 24 new beds as part of a 9.5 million pound expansion, with work due to finish by next March.",
    "The unit at Calder will close once the new beds are ready, and not before, the trust said.",
    "Campaigners from Save Calder Stroke, who presented a petition with 11,000 signatures last month, said patients would die on the longer journey.",
    "Their spokesperson, Janet Hughes, whose husband was treated at the unit in 2021, called the decision 'a betrayal of this town'.",
    "Local MP Owen Price said he would ask the health secretary to review the decision.",
    "Ambulance bosses told the board that average journey times from Calder to Westbury would be about 32 minutes under blue lights.",
    "The trust said evidence from other regions showed that centralising stroke services reduced deaths by up to 10 percent.",
    "Eleven nurses and four therapists currently working at Calder will be offered jobs at Westbury, the trust said.",
    "A six-bed rehabilitation ward for stroke patients will remain at Calder General.",
])
S2 = " ".join([
    "Health bosses have approved plans to end acute stroke care at Calder General Hospital despite strong local opposition.",
    "Westbury and Calder NHS Trust's board backed the move at a meeting on Thursday, with two members voting against.",
    "Under the plans, stroke patients from Calder will be taken by ambulance to a specialist centre at Westbury Royal Infirmary.",
    "Chief executive Martin Oduya told the meeting that the trust could no longer safely staff two stroke units.",
    "'We have tried to recruit stroke consultants for Calder for three years, and we have not been able to fill the posts,' he said.",
    "The trust says the expanded unit at Westbury will offer clot-removal treatment, known as thrombectomy, from 8am to 8pm, seven days a week.",
    "Thrombectomy is not currently available at either hospital, and patients who need it are transferred to Manchester.",
    "Save Calder Stroke said it would seek a judicial review of the decision and had begun raising money for legal costs.",
    "The group's chair, Paul Dempsey, said journey times in winter could be far longer than the trust's estimates.",
    "Ambulance service figures show 12 percent of emergency calls in the Calder area last year waited more than an hour for a vehicle.",
    "Owen Price, the MP for Calder Valley, said the consultation had been 'a box-ticking exercise'.",
    "The changes are expected to take effect next spring, once building work at Westbury is complete.",
    "The trust says no staff will lose their jobs as a result of the move.",
])
PROBES = [
("The Westbury and Calder NHS Trust board voted on Thursday to shut Calder General's stroke unit and concentrate acute stroke care at Westbury Royal Infirmary [1.1].", [S1, S2], "S"),  # paraphrase
("The board approved the closure by eight votes to two [1.2][2.2].", [S1, S2], "S"),  # both outlets agree
("The board voted by eight votes to three to close the unit [1.2].", [S1, S2], "R"),  # eight to two
("The board's decision was unanimous [2.2].", [S1, S2], "R"),  # two voted against
("Westbury Royal Infirmary is 19 miles from Calder General [1.1].", [S1, S2], "S"),  # direct
("Westbury Royal Infirmary is 32 miles from Calder General [1.1, 1.11].", [S1, S2], "R"),  # 32 minutes journey; 19 miles
("The 14-week consultation drew more than 4,200 responses, about 68 percent of them against the closure [1.2, 1.3].", [S1, S2], "S"),  # merge
("About 68 percent of respondents supported the closure [1.3].", [S1, S2], "R"),  # opposed
("The public consultation lasted 12 weeks [1.2].", [S1, S2], "R"),  # 14 weeks
("Medical director Dr Fiona Marsh argued the change would save lives because specialists would be on hand 24 hours a day [1.4].", [S1, S2], "S"),  # reported speech
("Chief executive Martin Oduya said the change would save lives [1.4][2.4].", [S1, S2], "R"),  # Marsh said it
("Calder General has 18 stroke beds and sees about 650 stroke patients each year [1.5].", [S1, S2], "S"),  # paraphrase
("Calder General has no consultant on site at weekends, and the trust's chief executive said it had been unable to recruit stroke consultants there for three years [1.5][2.4, 2.5].", [S1, S2], "S"),  # cross-document merge
("Calder General treats about 560 stroke patients a year [1.5].", [S1, S2], "R"),  # 650
("Westbury Royal will get 24 new beds under a 9.5 million pound expansion due to be completed by next March [1.6].", [S1, S2], "S"),  # paraphrase
("Westbury Royal will gain 18 new beds [1.5, 1.6].", [S1, S2], "R"),  # 24; 18 is Calder's current beds
("The expansion at Westbury will cost 5.9 million pounds [1.6].", [S1, S2], "R"),  # 9.5 million
("The trust said the Calder unit would not shut until the new beds at Westbury were ready [1.6, 1.7].", [S1, S2], "S"),  # reworded
("The Calder stroke unit will close immediately [1.7].", [S1, S2], "R"),  # only once new beds ready
("Both outlets report that the change depends on the new facilities at Westbury being completed [1.6, 1.7][2.12].", [S1, S2], "S"),  # cross-document (re-read fix: added 1.6, since 1.7 alone does not say the new beds are at Westbury)
("The changes are expected to take effect next autumn [2.12].", [S1, S2], "R"),  # next spring
("Save Calder Stroke handed in a petition signed by 11,000 people last month [1.8].", [S1, S2], "S"),  # paraphrase
("Save Calder Stroke's petition had 1,100 signatures [1.8].", [S1, S2], "R"),  # 11,000
("Campaigners warned that patients would die during the longer journey to hospital [1.8].", [S1, S2], "S"),  # reported speech
("Janet Hughes, whose husband was treated at the Calder unit in 2021, described the decision as a betrayal of the town [1.9].", [S1, S2], "S"),  # reported speech
("Janet Hughes was herself treated at the Calder unit in 2021 [1.9].", [S1, S2], "R"),  # her husband was
("Paul Dempsey called the decision a betrayal of the town [1.9][2.9].", [S1, S2], "R"),  # Hughes said it
("MP Owen Price said he would ask the health secretary to review the decision and described the consultation as a box-ticking exercise [1.10][2.11].", [S1, S2], "S"),  # cross-document merge
("Owen Price said he would ask the prime minister to review the decision [1.10].", [S1, S2], "R"),  # health secretary
("Owen Price is the MP for Westbury [2.11].", [S1, S2], "R"),  # Calder Valley
("Ambulance chiefs told the board that a blue-light journey from Calder to Westbury would take about 32 minutes on average [1.11].", [S1, S2], "S"),  # paraphrase
("Ambulance bosses said the journey would take about 32 minutes even in winter [1.11][2.9].", [S1, S2], "R"),  # winter caveat is Dempsey's, and opposite
("Paul Dempsey, who chairs Save Calder Stroke, said winter journeys could take much longer than the trust estimated [2.9].", [S1, S2], "S"),  # reported speech
("The trust cited evidence from other regions that centralising stroke care had cut deaths by as much as 10 percent [1.12].", [S1, S2], "S"),  # paraphrase
("The trust said centralising stroke services would cut deaths in Calder by 10 percent [1.12].", [S1, S2], "R"),  # up to, and other regions
("Eleven nurses and four therapists at Calder will be offered posts at Westbury, and the trust says no staff will lose their jobs [1.13][2.13].", [S1, S2], "S"),  # cross-document
("Fourteen nurses and four therapists will be offered jobs at Westbury [1.13].", [S1, S2], "R"),  # eleven nurses
("A six-bed stroke rehabilitation ward will stay open at Calder General [1.14].", [S1, S2], "S"),  # paraphrase
("All stroke services will be removed from Calder General [1.14].", [S1, S2], "R"),  # rehab ward remains
("Oduya told the meeting the trust could no longer staff two stroke units safely [2.4].", [S1, S2], "S"),  # reported speech
("Oduya said the trust had been trying to recruit stroke consultants for Calder for five years [2.4, 2.5].", [S1, S2], "R"),  # three years
("Oduya said the trust had filled the consultant posts at Calder [2.5].", [S1, S2], "R"),  # not able to fill
("The expanded Westbury unit will provide thrombectomy, a clot-removal procedure, between 8am and 8pm every day [2.6].", [S1, S2], "S"),  # seven days a week = every day
("The expanded Westbury unit will offer thrombectomy around the clock [2.6].", [S1, S2], "R"),  # 8am to 8pm
("Thrombectomy is currently available at Westbury Royal but not at Calder General [2.7].", [S1, S2], "R"),  # neither hospital
("Patients needing thrombectomy are currently sent to Manchester because neither hospital offers it [2.7].", [S1, S2], "S"),  # reordered
("Save Calder Stroke plans to seek a judicial review and has started fundraising for legal costs [2.8].", [S1, S2], "S"),  # paraphrase
("Save Calder Stroke has been granted a judicial review [2.8].", [S1, S2], "R"),  # only intends to seek
("Last year, 12 percent of emergency calls in the Calder area waited more than an hour for an ambulance [2.10].", [S1, S2], "S"),  # reworded
("Ambulance figures show 21 percent of emergency calls in the Calder area waited more than an hour [2.10].", [S1, S2], "R"),  # 12 percent
("Stroke patients from Calder will be taken by ambulance to Westbury, a journey ambulance bosses put at about 32 minutes on average under blue lights [1.11][2.3].", [S1, S2], "S"),  # cross-document
("Both reports say the board made its decision on Thursday [1.1][2.2].", [S1, S2], "S"),  # cross-document
("The board approved the plan even though about two-thirds of consultation respondents opposed it [1.3][2.2].", [S1, S2], "S"),  # 68 percent ~ two-thirds
("The board approved the plan even though about three-quarters of consultation respondents opposed it [1.3][2.2].", [S1, S2], "R"),  # 68 percent
("Medical director Fiona Marsh said the trust had spent three years trying to recruit stroke consultants [1.4][2.5].", [S1, S2], "R"),  # Oduya said it
("Save Calder Stroke, which gathered 11,000 signatures, says it will seek a judicial review [1.8][2.8].", [S1, S2], "S"),  # cross-document
("Janet Hughes chairs Save Calder Stroke [1.9][2.9].", [S1, S2], "R"),  # spokesperson; Dempsey is chair
("The expanded Westbury unit will have 24 new beds and offer thrombectomy from 8am to 8pm [1.6][2.6].", [S1, S2], "S"),  # cross-document
("The MP said the consultation had been thorough [2.11].", [S1, S2], "R"),  # box-ticking exercise
("The chief executive said the move would save the trust 9.5 million pounds [1.6][2.4].", [S1, S2], "R"),  # 9.5m is expansion cost
("The changes are expected next spring, with building work at Westbury due to finish by next March [1.6][2.12].", [S1, S2], "S"),  # cross-document
("Campaigners presented their petition to the board on Thursday [1.8].", [S1, S2], "R"),  # last month
("Calder General will retain a six-bed rehabilitation ward for stroke patients after its stroke unit closes [1.1, 1.14].", [S1, S2], "S"),  # merge
("Calder patients who need clot removal are currently treated at Westbury Royal Infirmary [2.7].", [S1, S2], "R"),  # transferred to Manchester
("Neither hospital currently offers thrombectomy, but the expanded Westbury unit will provide it seven days a week [2.6, 2.7].", [S1, S2], "S"),  # merge
("Campaigners say patients would die on the longer journey, and the group's chair warned that winter journey times could far exceed the trust's estimates [1.8][2.8, 2.9].", [S1, S2], "S"),  # cross-document
]
