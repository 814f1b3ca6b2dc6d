S1 = ("A trial of 2,300 adults found that a new weekly injection reduced the risk of heart attack by 18 percent compared with a placebo. "
"The study, led by researchers at the University of Tarrow, was published on Monday in the Journal of Cardiac Medicine. "
"Participants who received the drug also lost an average of 6 kilograms over 18 months. "
"About one in ten patients stopped treatment because of nausea. "
"Lead author Dr. Amara Osei said the results were promising but that longer studies were needed. "
"The drug is not yet approved for heart disease in any country. "
"Its manufacturer, Velto Pharma, funded the trial.")
S2 = ("Health officials in Brenford confirmed 37 cases of measles this month, the highest monthly total since 2019. "
"Most of the cases involve children under five who had not been vaccinated. "
"The regional health agency said it would open three walk-in vaccination clinics next week. "
"Chief medical officer Dr. Paul Lindqvist urged parents to check their children's records. "
"No deaths have been reported, but six children were admitted to hospital. "
"Vaccination rates in the region fell from 94 percent to 86 percent between 2018 and 2024.")
PROBES = [
("In a trial of 2,300 adults, a new weekly injection lowered the risk of heart attack by 18 percent versus a placebo. [1.1]", S1, "S"),
("A trial of 2,300 adults found that a new daily injection reduced the risk of heart attack by 18 percent. [1.1]", S1, "R"),  # weekly->daily
("A trial of 2,300 adults found that a new weekly injection reduced the risk of stroke by 18 percent. [1.1]", S1, "R"),  # heart attack->stroke
("A trial of 2,300 adults found that a new weekly injection reduced the risk of heart attack by 81 percent. [1.1]", S1, "R"),  # number
("A weekly injection cut heart attack risk by 18 percent compared with a placebo in a trial. [1.1]", S1, "S"),
("The study, led by University of Tarrow researchers, appeared on Monday in the Journal of Cardiac Medicine. [1.2]", S1, "S"),
("The study, led by researchers at the University of Tarrow, was published on Tuesday. [1.2]", S1, "R"),  # day
("The study was led by researchers at Velto Pharma. [1.2][1.7]", S1, "R"),  # funder as leader
("Participants who were given the drug also shed an average of 6 kilograms over 18 months. [1.3]", S1, "S"),
("Participants who received the drug also lost an average of 6 kilograms over 12 months. [1.3]", S1, "R"),  # duration
("Participants who received the drug also gained an average of 6 kilograms over 18 months. [1.3]", S1, "R"),  # antonym
("Roughly one in ten patients stopped treatment because of nausea. [1.4]", S1, "S"),
("About one in ten patients stopped treatment because of headaches. [1.4]", S1, "R"),  # cause swap
("Lead author Dr. Amara Osei called the results promising but said longer studies were needed. [1.5]", S1, "S"),
("Lead author Dr. Amara Osei said the results were conclusive. [1.5]", S1, "R"),  # promising->conclusive
("Dr. Amara Osei said the results were promising and that no further studies were needed. [1.5]", S1, "R"),  # negation flipped
("Osei, the study's lead author, said longer studies were needed. [1.5]", S1, "S"),
("The drug has not yet been approved for heart disease in any country. [1.6]", S1, "S"),
("The drug is approved for heart disease in several countries. [1.6]", S1, "R"),  # negation dropped
("The drug is not yet approved for heart disease in the United States. [1.6]", S1, "S"),
("The trial was funded by its maker, Velto Pharma. [1.7]", S1, "S"),
("The trial was funded by the University of Tarrow. [1.7]", S1, "R"),  # funder swap
("Velto Pharma funded the trial, which was led by the University of Tarrow. [1.2][1.7]", S1, "S"),
("Brenford health officials confirmed 37 measles cases this month, the highest monthly figure since 2019. [2.1]", S2, "S"),
("Health officials in Brenford confirmed 37 cases of measles this month, the highest monthly total since 2009. [2.1]", S2, "R"),  # year
("Health officials in Brenford confirmed 37 cases of mumps this month. [2.1]", S2, "R"),  # disease
("Health officials in Brenford confirmed 37 cases of measles this month, the highest monthly total on record. [2.1]", S2, "R"),  # restriction dropped
("Most of the cases are in unvaccinated children under five. [2.2]", S2, "S"),
("All of the cases involve children under five who had not been vaccinated. [2.2]", S2, "R"),  # quantifier
("Most of the cases involve children under five who had been vaccinated. [2.2]", S2, "R"),  # negation dropped
("The regional health agency said it would open three walk-in vaccination clinics next week. [2.3]", S2, "S"),
("The regional health agency has opened three walk-in vaccination clinics. [2.3]", S2, "R"),  # future->done
("The regional health agency said it would open five walk-in vaccination clinics next week. [2.3]", S2, "R"),  # number
("Dr. Paul Lindqvist, the chief medical officer, urged parents to check their children's vaccination records. [2.4]", S2, "R"),  # LABEL CORRECTED S->R after run (see REPORT)
("Chief medical officer Dr. Paul Lindqvist ordered parents to vaccinate their children. [2.4]", S2, "R"),  # urged check -> ordered vaccinate
("No deaths have been reported, though six children were hospitalised. [2.5]", S2, "S"),
("Two children have died and six were admitted to hospital. [2.5]", S2, "R"),  # deaths
("No deaths have been reported, but nine children were admitted to hospital. [2.5]", S2, "R"),  # number
("Vaccination rates in the region dropped from 94 percent to 86 percent between 2018 and 2024. [2.6]", S2, "S"),
("Vaccination rates in the region rose from 86 percent to 94 percent between 2018 and 2024. [2.6]", S2, "R"),  # reversed
("Regional vaccination coverage slipped by eight percentage points between 2018 and 2024. [2.6]", S2, "S"),
("Six children were hospitalised, Dr. Paul Lindqvist said. [2.4][2.5]", S2, "R"),  # speaker not given
]
PROBES += [
("Around 10 percent of patients dropped out of treatment owing to nausea. [1.4]", S1, "S"),
("Three walk-in vaccination clinics will open next week, the regional health agency said. [2.3]", S2, "S"),
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
