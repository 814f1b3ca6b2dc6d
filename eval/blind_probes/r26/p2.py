# Domain: a food contamination recall
S1 = " ".join([
    "Hartfield Foods on Monday recalled more than 40,000 packs of its ready-to-eat chicken salads after tests detected Listeria monocytogenes at its Coventry plant.",
    "The recall covers 250g and 400g packs with use-by dates between 12 and 19 March.",
    "The products were sold through Greenway, Valumart and several independent convenience stores.",
    "The Food Standards Agency said two people had been admitted to hospital with listeriosis, but it had not yet confirmed a link to the salads.",
    "Customers are advised not to eat the products and to return them to the store for a full refund.",
    "A company spokesperson said production at the Coventry site had been suspended \"as a precaution\" while a deep clean was carried out.",
    "Listeria can cause serious illness in pregnant women, newborns and people with weakened immune systems.",
    "Symptoms may take up to 70 days to appear, according to health officials.",
    "The company said it was cooperating fully with inspectors and apologised for any inconvenience.",
    "Shares in Hartfield's parent group fell 6 percent in morning trading.",
])
S2 = " ".join([
    "On Wednesday the Food Standards Agency widened the Hartfield recall to include tuna and sweetcorn sandwiches made on the same production line.",
    "The agency said genetic sequencing had now linked one of the two hospital cases to the Coventry plant.",
    "The second patient, an elderly man in Warwick, remains in a stable condition.",
    "Greenway said it had removed all affected lines from its shelves within four hours of being notified.",
    "Inspectors expect to publish their initial findings by the end of the month.",
])
PROBES = [
("Hartfield Foods recalled over 40,000 packs of chicken salads on Monday after Listeria was found at its Coventry factory [1.1].", S1, "S"),  # paraphrase
("Tests at the Coventry plant found Listeria monocytogenes, prompting a recall of ready-to-eat chicken salads [1.1].", S1, "S"),  # nominalised cause
("Hartfield Foods recalled more than 40,000 packs of chicken salads on Tuesday [1.1].", S1, "R"),  # wrong weekday
("Hartfield Foods recalled more than 400,000 packs of chicken salads [1.1].", S1, "R"),  # wrong figure
("Hartfield Foods recalled its chicken salads after tests detected Salmonella [1.1].", S1, "R"),  # sibling pathogen
("Hartfield Foods recalled chicken salads after tests detected Listeria at its Coventry plant [1.2].", S1, "R"),  # wrong sentence cited
("Both 250g and 400g packs carrying use-by dates from 12 to 19 March are included in the recall [1.2].", S1, "S"),  # voice change
("The recall applies only to 400g packs [1.2].", S1, "R"),  # wrong quantifier, 250g too
("The recall covers packs with use-by dates between 12 and 29 March [1.2].", S1, "R"),  # wrong date
("The salads were on sale at Greenway and Valumart as well as a number of independent convenience shops [1.3].", S1, "S"),  # synonyms
("The products were sold exclusively through Greenway [1.3].", S1, "R"),  # overgeneralisation/exclusivity
("The products were sold through Greenway, Valumart and several large supermarket chains [1.3].", S1, "R"),  # independent convenience vs large chains
("Two people were in hospital with listeriosis, the Food Standards Agency said, although no link to the salads had yet been confirmed [1.4].", S1, "S"),  # reordering
("The FSA said two people hospitalised with listeriosis had been linked to the salads [1.4].", S1, "R"),  # negation: link not confirmed
("The Food Standards Agency said three people had been admitted to hospital [1.4].", S1, "R"),  # wrong number
("The Food Standards Agency said two people had died of listeriosis [1.4].", S1, "R"),  # hospitalised vs died
("The agency had not confirmed whether the hospital cases were connected to the products [1.4].", S1, "S"),  # paraphrase of hedge
("Shoppers should not eat the salads and can take them back to the shop for a full refund [1.5].", S1, "S"),  # synonyms
("Customers are advised to return the products for a partial refund [1.5].", S1, "R"),  # full vs partial
("Customers are advised to throw the products away [1.5].", S1, "R"),  # different instruction
("Customers must return the products to the store or face a fine [1.5].", S1, "R"),  # added unsupported detail
("Production at Coventry was halted as a precaution during a deep clean, a spokesperson said [1.6].", S1, "S"),  # reported speech
("A company spokesperson said production at the Coventry site had been permanently closed [1.6].", S1, "R"),  # suspended vs permanently closed
("A spokesperson said production was suspended because inspectors had ordered it [1.6].", S1, "R"),  # added cause
("A Food Standards Agency official said production had been suspended as a precaution [1.6].", S1, "R"),  # wrong speaker
("Pregnant women, newborn babies and people with weak immune systems can become seriously ill from Listeria [1.7].", S1, "S"),  # reordered
("Listeria causes serious illness in everyone who eats contaminated food [1.7].", S1, "R"),  # overgeneralisation, dropped modality
("Listeria can cause serious illness in pregnant women, newborns and the elderly [1.7].", S1, "R"),  # sibling group substitution
("Health officials say it can be as long as 70 days before symptoms show [1.8].", S1, "S"),  # paraphrase
("Symptoms always take 70 days to appear [1.8].", S1, "R"),  # up to -> always
("Symptoms may take up to 17 days to appear [1.8].", S1, "R"),  # wrong number
("Symptoms may take up to 70 weeks to appear [1.8].", S1, "R"),  # unit error
("Hartfield said it was working fully with inspectors and said sorry for the inconvenience [1.9].", S1, "S"),  # synonyms
("The company denied any wrongdoing and refused to apologise [1.9].", S1, "R"),  # antonym
("The parent group's share price dropped 6 percent during morning trading [1.10].", S1, "S"),  # paraphrase
("Shares in Hartfield's parent group rose 6 percent in morning trading [1.10].", S1, "R"),  # antonym
("Shares in Hartfield's parent group fell 6 percent over the week [1.10].", S1, "R"),  # wrong time frame
("Shares in the parent group fell 6 percent because investors feared lawsuits [1.10].", S1, "R"),  # added cause
("Chicken salads sold at Greenway and Valumart in 250g and 400g packs were recalled [1.1, 1.2, 1.3].", S1, "S"),  # merge
("Customers should not eat the salads, which can cause severe illness in vulnerable groups [1.5, 1.7].", S1, "R"),  # (relabelled: link of salads to Listeria is only in uncited 1.1)
("The recall was extended on Wednesday to cover tuna and sweetcorn sandwiches from the same line [2.1].", [S1, S2], "S"),  # paraphrase doc2
("On Wednesday the FSA widened the recall to include egg sandwiches [2.1].", [S1, S2], "R"),  # wrong product
("On Thursday the Food Standards Agency widened the recall [2.1].", [S1, S2], "R"),  # wrong weekday
("Genetic sequencing has tied one of the two hospitalised patients to the Coventry site [2.2].", [S1, S2], "S"),  # paraphrase
("Genetic sequencing linked both hospital cases to the Coventry plant [2.2].", [S1, S2], "R"),  # wrong quantifier
("The FSA first said no link had been confirmed, but later linked one case to the plant through sequencing [1.4, 2.2].", [S1, S2], "S"),  # cross-doc merge
("The FSA never linked any case to the Coventry plant [1.4, 2.2].", [S1, S2], "R"),  # contradicted by 2.2
("The second patient, an elderly man from Warwick, is stable [2.3].", [S1, S2], "S"),  # paraphrase
("The second patient, an elderly woman in Warwick, remains stable [2.3].", [S1, S2], "R"),  # gender swap
("The second patient, an elderly man in Warwick, is in a critical condition [2.3].", [S1, S2], "R"),  # antonym
("The second patient, an elderly man in Warwick, remains stable [2.2].", [S1, S2], "R"),  # wrong sentence cited
("Greenway said it pulled every affected product from its shelves within four hours of notification [2.4].", [S1, S2], "S"),  # paraphrase
("Greenway said it had removed all affected lines within four days of being notified [2.4].", [S1, S2], "R"),  # unit error
("Valumart said it had removed all affected lines within four hours [2.4].", [S1, S2], "R"),  # wrong retailer
("Initial findings from inspectors are expected before the month is out [2.5].", [S1, S2], "S"),  # paraphrase
("Inspectors have published their initial findings [2.5].", [S1, S2], "R"),  # tense/ expectation vs fact
("Inspectors expect to publish their final report by the end of the month [2.5].", [S1, S2], "R"),  # initial vs final
("A recall of Hartfield products began on Monday and was widened on Wednesday [1.1, 2.1].", [S1, S2], "S"),  # cross-doc merge
("Greenway, which sold the salads, cleared its shelves of affected lines within four hours [1.3, 2.4].", [S1, S2], "S"),  # cross-doc merge
("Listeria was detected in tests at Hartfield's site in Coventry [1.1].", S1, "S"),  # dropping detail
("Independent convenience stores were among the outlets that sold the products [1.3].", S1, "S"),  # partial, reordered
("The company apologised for any inconvenience caused [1.9].", S1, "S"),  # dropping detail
("A deep clean was under way at the Coventry site, where production had been paused [1.6].", S1, "S"),  # restructured
("Sandwiches made on the same production line were added to the recall by the FSA [2.1].", [S1, S2], "S"),  # generalisation of tuna and sweetcorn
("One hospital case has been linked to the plant, while the other patient is stable [2.2, 2.3].", [S1, S2], "S"),  # merge
("The recalled packs have use-by dates running from 12 March to 19 March [1.2].", S1, "S"),  # restructure
("The FSA reported that two people had been hospitalised with listeriosis [1.4].", S1, "S"),  # synonym
("Customers have been told they can get their money back in full by returning the products to the store [1.5].", S1, "S"),  # paraphrase
("Health officials said symptoms might not appear for as long as 70 days [1.8].", S1, "S"),  # reported speech, hedge kept
("Hartfield promised full cooperation with inspectors [1.9].", S1, "S"),  # nominalisation
("The recall was later extended beyond chicken salads to include sandwiches [1.1, 2.1].", [S1, S2], "S"),  # cross-doc merge
("The elderly Warwick patient is the case that sequencing linked to the plant [2.2, 2.3].", [S1, S2], "R"),  # 2.3 patient is the second, unlinked case
]
