# Domain: a city's annual crime statistics (Halverston police annual figures)
S1 = " ".join([
    "Recorded crime in Halverston fell by 7% in 2023, according to annual figures published by the city's police service on Thursday.",
    "The force logged 41,820 offences last year, down from 44,970 in 2022.",
    "Burglary dropped for the third year running, with 3,412 cases compared with 4,105 the year before.",
    "Knife crime, however, rose by 12%, driven largely by incidents in the Eastgate and Millbrook districts.",
    "Chief Constable Maria Okafor said the fall in burglary reflected \"targeted patrols and better street lighting\" in residential areas.",
    "\"The rise in knife offences is a serious concern that we will not ignore,\" she said.",
    "Vehicle thefts were broadly flat at 2,860, while shoplifting climbed by a fifth to 5,940 incidents.",
    "The city council's community safety lead, Councillor Tom Reyes, said the shoplifting figures showed that small retailers needed more support.",
    "Reported sexual offences increased by 4%, which police said may partly reflect greater willingness among victims to come forward.",
    "The proportion of crimes resulting in a charge rose from 9% to 11%.",
    "Okafor said 150 additional officers would be recruited by March 2025, funded by a £6.2m grant from the Home Office.",
    "The police and crime commissioner, Janet Holm, described the figures as \"encouraging but not a reason for complacency\" in a statement.",
    "Opposition councillors said the headline fall masked a sharp rise in antisocial behaviour complaints, which police do not count as recorded crime.",
])
PROBES = [
# ---- S ----
("Halverston's police service published figures on Thursday showing that recorded crime in the city dropped by 7% in 2023 [1.1].", S1, "S"),  # reorder + synonym
("The force recorded 41,820 offences last year, compared with 44,970 in 2022 [1.2].", S1, "S"),  # near-verbatim paraphrase
("The number of offences logged by the force fell by 3,150 [1.2].", S1, "S"),  # arithmetic 44,970 - 41,820
("Burglaries fell for a third consecutive year, to 3,412 from 4,105 [1.3].", S1, "S"),  # paraphrase
("There were 693 fewer burglary cases than the year before [1.3].", S1, "S"),  # arithmetic 4,105 - 3,412
("Burglary fell by about 17% [1.3].", S1, "S"),  # arithmetic 693/4,105 = 16.9%
("Knife crime went up by 12%, mainly because of incidents in Eastgate and Millbrook [1.4].", S1, "S"),  # "driven largely by" -> "mainly because of"
("Eastgate and Millbrook accounted for much of the rise in knife crime [1.4].", S1, "S"),  # reframing of "driven largely by"
("Maria Okafor, the chief constable, attributed the drop in burglary to targeted patrols and better street lighting in residential areas [1.5].", S1, "S"),  # paraphrase
("Okafor described the increase in knife offences as a serious concern [1.5-6].", S1, "S"),  # she = Okafor
("Okafor said police would not ignore the rise in knife offences [1.5-6].", S1, "S"),  # "we will not ignore"
("Shoplifting rose by 20% to 5,940 incidents, while vehicle thefts were roughly unchanged [1.7].", S1, "S"),  # a fifth = 20%, reorder
("Shoplifting incidents rose from 4,950 to 5,940 [1.7].", S1, "S"),  # arithmetic 5,940 / 1.2 = 4,950
("Vehicle thefts stood at 2,860 [1.7].", S1, "S"),  # dropping detail
("Councillor Tom Reyes said small retailers needed more support, pointing to the shoplifting figures [1.8].", S1, "S"),  # reorder
("Shoplifting figures led the council's community safety lead to say that small retailers needed more help [1.8].", S1, "S"),  # paraphrase
("Police said the 4% increase in reported sexual offences might partly reflect victims being more willing to come forward [1.9].", S1, "S"),  # hedge kept
("Reported sexual offences rose by 4% [1.9].", S1, "S"),  # dropping detail
("The share of crimes leading to a charge increased by two percentage points, to 11% [1.10].", S1, "S"),  # arithmetic 9 -> 11
("The charge rate rose from 9% to 11% [1.10].", S1, "S"),  # near-verbatim
("Okafor said a £6.2m Home Office grant would pay for 150 additional officers to be recruited by March 2025 [1.11].", S1, "S"),  # restructure
("Okafor said 150 more officers would be recruited [1.11].", S1, "S"),  # dropping detail
("Janet Holm, the police and crime commissioner, called the figures encouraging but said they were no reason for complacency [1.12].", S1, "S"),  # paraphrase of quote
("Holm said in a statement that the figures were encouraging [1.12].", S1, "S"),  # partial
("Opposition councillors argued that the overall fall hid a sharp increase in complaints about antisocial behaviour [1.13].", S1, "S"),  # masked -> hid
("Antisocial behaviour complaints are not counted by police as recorded crime [1.13].", S1, "S"),  # voice change
("Overall recorded crime in Halverston fell by 7%, but knife crime rose by 12% [1.1, 1.4].", S1, "S"),  # merge
("Burglary was down, but shoplifting was up by a fifth [1.3, 1.7].", S1, "S"),  # merge
("Figures from Halverston police showed a 7% fall in recorded crime in 2023 [1.1].", S1, "S"),  # nominalisation
("Vehicle thefts were broadly unchanged at 2,860 [1.7].", S1, "S"),  # flat -> unchanged
("Recorded crime in Halverston was lower in 2023 than the year before [1.1].", S1, "S"),  # follows from "fell in 2023"
("The proportion of crimes that led to a charge went up [1.10].", S1, "S"),  # generalisation
# ---- R ----
("Recorded crime in Halverston fell by 7% in 2023, according to figures published by the city's police service on Tuesday [1.1].", S1, "R"),  # weekday changed: Thursday
("The force logged 41,820 offences last year, down from 49,970 in 2022 [1.2].", S1, "R"),  # number changed: 44,970
("The force logged 44,970 offences last year [1.2].", S1, "R"),  # figure given to wrong year (44,970 was 2022)
("Burglary dropped for the second year running [1.3].", S1, "R"),  # third -> second
("Burglary dropped, with 4,105 cases last year compared with 3,412 the year before [1.3].", S1, "R"),  # numbers swapped
("Knife crime fell by 12%, driven largely by incidents in the Eastgate and Millbrook districts [1.4].", S1, "R"),  # antonym rose -> fell
("Knife crime rose by 12%, driven entirely by incidents in the Eastgate and Millbrook districts [1.4].", S1, "R"),  # largely -> entirely
("Knife crime rose by 12% across every district of the city [1.4].", S1, "R"),  # overgeneralisation; source names two districts
("The city's rise in knife crime was the steepest in the region [1.4].", S1, "R"),  # added superlative not in source
("Okafor said the fall in burglary reflected targeted patrols and better street lighting in commercial areas [1.5].", S1, "R"),  # residential -> commercial
("Okafor said the fall in shoplifting reflected targeted patrols and better street lighting [1.5].", S1, "R"),  # burglary -> shoplifting (which actually rose)
("Councillor Tom Reyes said the rise in knife offences was a serious concern that would not be ignored [1.5-6].", S1, "R"),  # wrong speaker: Okafor said it
("Okafor said the rise in knife offences was \"a serious concern that we cannot ignore\" [1.5-6].", S1, "R"),  # altered quote: will not -> cannot
("Vehicle thefts climbed by a fifth to 2,860, while shoplifting was broadly flat [1.7].", S1, "R"),  # trends swapped between items
("Shoplifting was broadly flat at 5,940 incidents [1.7].", S1, "R"),  # shoplifting climbed, not flat
("Shoplifting climbed by a fifth to 5,940 incidents, the largest rise of any offence category [1.7].", S1, "R"),  # added superlative
("Chief Constable Maria Okafor said the shoplifting figures showed that small retailers needed more support [1.8].", S1, "R"),  # wrong speaker: Reyes
("Councillor Tom Reyes said the shoplifting figures showed that large retailers needed more support [1.8].", S1, "R"),  # small -> large
("Reported sexual offences increased by 4%, which police said was entirely due to greater willingness among victims to come forward [1.9].", S1, "R"),  # hedge "may partly" dropped
("Reported sexual offences increased by 14% [1.9].", S1, "R"),  # 4% -> 14%
("Police said the rise in knife crime may partly reflect greater willingness among victims to come forward [1.9].", S1, "R"),  # explanation moved to wrong offence
("The proportion of crimes resulting in a charge fell from 11% to 9% [1.10].", S1, "R"),  # direction reversed
("The proportion of crimes resulting in a charge doubled [1.10].", S1, "R"),  # 9 -> 11 is not a doubling
("Okafor said 150 additional officers would be recruited by March 2024 [1.11].", S1, "R"),  # year changed
("Okafor said 150 additional officers would be recruited, funded by a £6.2m grant from the city council [1.11].", S1, "R"),  # funder changed: Home Office
("Okafor said 150 additional officers had already been recruited [1.11].", S1, "R"),  # future -> completed
("The police and crime commissioner, Janet Holm, described the figures as \"encouraging and a reason for optimism\" [1.12].", S1, "R"),  # altered quote
("Janet Holm described the figures as \"encouraging but not a reason for complacency\" at a council meeting on Thursday [1.12].", S1, "R"),  # setting changed/added: source says in a statement
("Opposition councillors said the headline fall masked a sharp rise in antisocial behaviour complaints, which police count as recorded crime [1.13].", S1, "R"),  # negation flipped
("Opposition councillors said the headline fall masked a sharp rise in antisocial behaviour complaints, which police had failed to investigate [1.13].", S1, "R"),  # added clause
("Burglary dropped for the third year running [1.4].", S1, "R"),  # wrong citation (fact is in 1.3)
("Knife crime rose by 12% [1.3].", S1, "R"),  # wrong citation (fact is in 1.4)
("Recorded crime fell by 7% in 2023, with burglary down for the third year running and knife crime down too [1.1, 1.3, 1.4].", S1, "R"),  # knife crime rose
("Burglary dropped for the third year running, a fall Okafor attributed to the recruitment of additional officers [1.3, 1.5].", S1, "R"),  # invented cause; she cited patrols and lighting
("The fall in recorded crime was driven largely by incidents in Eastgate and Millbrook [1.1, 1.4].", S1, "R"),  # modifier moved from knife crime to overall fall
("Recorded crime in Halverston rose by 7% in 2023 [1.1].", S1, "R"),  # antonym
]
