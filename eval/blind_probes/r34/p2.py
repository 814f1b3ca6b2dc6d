# Domain: late-stage pharmaceutical trial results for a migraine prevention drug
S1 = " ".join([
    "A new migraine drug cut the number of monthly migraine days by almost half in a late-stage trial, its maker Halvern Therapeutics said on Wednesday.",
    "The phase 3 trial enrolled 1,240 adults with chronic migraine at 96 sites in Europe and North America.",
    "Patients taking the twice-daily tablet, called relmigrant, had an average of 7.8 fewer migraine days a month after 12 weeks, compared with 3.1 fewer days for those on a placebo.",
    "Participants had an average of 16.2 migraine days a month before treatment.",
    "In all, 38% of patients on the drug saw their migraine days fall by at least 75%, against 12% in the placebo group.",
    "The most common side effects were nausea and fatigue, reported by 9% and 6% of patients on relmigrant respectively.",
    "Four patients in the drug group withdrew from the trial because of raised liver enzymes, which returned to normal within a month.",
    "Halvern said it planned to seek approval from the US Food and Drug Administration by the end of the year.",
    "Chief medical officer Dr Ingrid Solberg said the results were \"a meaningful step for people whose lives are shaped by migraine\".",
    "Independent neurologist Professor Marcus Eade, who was not involved in the study, said the effect was \"solid but not spectacular\".",
    "He said the liver findings would need to be watched closely in longer studies.",
    "The company's shares rose 14% in early trading in London.",
    "The full results are due to be presented at a neurology conference in Copenhagen in June.",
])
PROBES = [
("Halvern Therapeutics said on Wednesday that its new migraine drug nearly halved monthly migraine days in a late-stage trial [1.1].", S1, "S"),  # almost half -> nearly halved
("The phase 3 study involved 1,240 adults with chronic migraine across 96 sites [1.2].", S1, "S"),  # enrolled -> involved, detail dropped
("The trial was run at sites in Europe and North America [1.2].", S1, "S"),  # dropping detail
("After 12 weeks, patients on relmigrant had 7.8 fewer migraine days a month on average [1.3].", S1, "S"),  # reordered
("The reduction in monthly migraine days was 4.7 days greater on relmigrant than on placebo [1.3].", S1, "S"),  # 7.8 - 3.1 = 4.7
("Relmigrant is a tablet taken twice a day [1.3].", S1, "S"),  # twice-daily tablet
("Before treatment, participants had about 16 migraine days a month on average [1.4].", S1, "S"),  # 16.2 -> about 16
("Some 38% of patients given relmigrant had their migraine days cut by at least three quarters, compared with 12% of those on placebo [1.5].", S1, "S"),  # 75% = three quarters
("Patients on the drug were more than three times as likely as those on placebo to see their migraine days fall by at least 75% [1.5].", S1, "S"),  # 38/12 > 3
("Nausea, reported by 9% of relmigrant patients, was the most common side effect [1.6].", S1, "S"),  # 9% > 6%, both the most common
("Fatigue affected 6% of patients taking relmigrant [1.6].", S1, "S"),  # respectively mapping
("Four patients on the drug left the trial due to raised liver enzymes [1.7].", S1, "S"),  # withdrew -> left
("The raised liver enzymes in the patients who withdrew returned to normal within a month [1.7].", S1, "S"),  # near-verbatim
("Halvern said it intended to apply for FDA approval by the end of the year [1.8].", S1, "S"),  # planned to seek -> intended to apply; FDA
("Dr Ingrid Solberg, the chief medical officer, called the results \"a meaningful step for people whose lives are shaped by migraine\" [1.9].", S1, "S"),  # said -> called
("Professor Marcus Eade, who took no part in the study, described the effect as \"solid but not spectacular\" [1.10].", S1, "S"),  # not involved -> took no part
("Professor Eade said the liver findings would need close monitoring in longer studies [1.10, 1.11].", S1, "S"),  # watched closely -> close monitoring
("Halvern's shares gained 14% in early London trading [1.12].", S1, "S"),  # rose -> gained
("The full results are scheduled to be presented at a neurology meeting in Copenhagen in June [1.13].", S1, "S"),  # due -> scheduled
("The placebo group saw an average of 3.1 fewer migraine days a month [1.3].", S1, "S"),  # extracted placebo figure
("The drug was tested in adults with chronic migraine [1.2].", S1, "S"),  # generalisation
("The side effects reported most often were nausea and fatigue [1.6].", S1, "S"),  # most common -> reported most often
("An independent neurologist said the drug's effect was solid but not spectacular [1.10].", S1, "S"),  # quote unquoted, name dropped
("Patients taking relmigrant, made by Halvern Therapeutics, had on average 7.8 fewer migraine days a month after 12 weeks [1.1, 1.3].", S1, "S"),  # merge maker and result
("Twelve per cent of placebo patients saw their migraine days fall by at least 75% [1.5].", S1, "S"),  # 12% spelled out
("More than 1,200 adults took part in the trial [1.2].", S1, "S"),  # 1,240 > 1,200
("Professor Eade was not involved in the research [1.10].", S1, "S"),  # study -> research
("The four patients who withdrew over raised liver enzymes were all in the drug group [1.7].", S1, "S"),  # restated
("Halvern said it planned to seek approval from US regulators by the end of the year [1.8].", S1, "S"),  # FDA generalised to US regulators
("Fewer than one in ten patients on relmigrant reported nausea [1.6].", S1, "S"),  # 9% < 10%
("Halvern's chief medical officer described the results as a meaningful step for people whose lives are shaped by migraine. [1.9]", S1, "S"),  # end-position citation
("Participants averaged 16.2 migraine days a month before treatment, and those on relmigrant had 7.8 fewer after 12 weeks [1.3-4].", S1, "S"),  # range merge
# ---- R probes ----
("Halvern Therapeutics said on Thursday that its new drug cut monthly migraine days by almost half [1.1].", S1, "R"),  # weekday Wednesday -> Thursday
("A new migraine drug cut monthly migraine days by more than half in a late-stage trial [1.1].", S1, "R"),  # almost half -> more than half
("The phase 3 trial enrolled 1,420 adults with chronic migraine [1.2].", S1, "R"),  # 1,240 -> 1,420
("The phase 3 trial enrolled 1,240 adults with chronic migraine at 96 sites in Europe and Asia [1.2].", S1, "R"),  # North America -> Asia
("The phase 2 trial enrolled 1,240 adults with chronic migraine [1.2].", S1, "R"),  # phase 3 -> phase 2
("Patients taking the once-daily tablet had 7.8 fewer migraine days a month after 12 weeks [1.3].", S1, "R"),  # twice-daily -> once-daily
("Patients on relmigrant had 7.8 fewer migraine days a month after 12 weeks, compared with 3.1 fewer for those on an existing treatment [1.3].", S1, "R"),  # placebo -> existing treatment
("Patients on a placebo had an average of 7.8 fewer migraine days a month, compared with 3.1 fewer for those on relmigrant [1.3].", S1, "R"),  # figures swapped between groups
("Patients on relmigrant had 7.8 fewer migraine days a month after 24 weeks [1.3].", S1, "R"),  # 12 weeks -> 24 weeks
("Participants had an average of 16.2 migraine days a week before treatment [1.4].", S1, "R"),  # month -> week
("In all, 38% of patients on the drug saw their migraine days fall by at least 85% [1.5].", S1, "R"),  # 75% -> 85%
("In all, 12% of patients on the drug saw their migraine days fall by at least 75%, against 38% in the placebo group [1.5].", S1, "R"),  # percentages swapped between groups
("Most patients on the drug saw their migraine days fall by at least 75% [1.5].", S1, "R"),  # 38% is not most
("The most common side effects were nausea and headache [1.6].", S1, "R"),  # fatigue -> headache
("Fatigue was reported by 9% of patients on relmigrant and nausea by 6% [1.6].", S1, "R"),  # respectively mapping swapped
("Nausea was reported by 9% of patients in the placebo group [1.6].", S1, "R"),  # figure given to wrong group
("Four patients in the placebo group withdrew from the trial because of raised liver enzymes [1.7].", S1, "R"),  # drug group -> placebo group
("Six patients in the drug group withdrew from the trial because of raised liver enzymes [1.7].", S1, "R"),  # four -> six
("Four patients withdrew because of raised liver enzymes, which remained elevated [1.7].", S1, "R"),  # returned to normal -> remained elevated
("Halvern said it had sought approval from the US Food and Drug Administration [1.8].", S1, "R"),  # planned to seek -> had sought
("Halvern said it planned to seek approval from the European Medicines Agency by the end of the year [1.8].", S1, "R"),  # FDA -> EMA
("Professor Marcus Eade said the results were \"a meaningful step for people whose lives are shaped by migraine\" [1.9].", S1, "R"),  # wrong speaker: Solberg said it
("Dr Ingrid Solberg said the effect was \"solid but not spectacular\" [1.10].", S1, "R"),  # wrong speaker: Eade said it
("Professor Marcus Eade, who helped design the study, said the effect was \"solid but not spectacular\" [1.10].", S1, "R"),  # contradicts 'not involved'
("Professor Eade said the effect was \"spectacular\" [1.10].", S1, "R"),  # quote altered: negation dropped
("Professor Eade said the liver findings were not a concern [1.10, 1.11].", S1, "R"),  # contradicts need for close watching
("The company's shares rose 41% in early trading in London [1.12].", S1, "R"),  # 14% -> 41%
("The company's shares fell 14% in early trading in London [1.12].", S1, "R"),  # rose -> fell
("The company's shares rose 14% in early trading in New York [1.12].", S1, "R"),  # London -> New York
("The full results are due to be presented at a neurology conference in Copenhagen in July [1.13].", S1, "R"),  # June -> July
("The full results have been published in a neurology journal [1.13].", S1, "R"),  # due to be presented -> already published
("Relmigrant cut monthly migraine days by 7.8 on average, the largest reduction seen for any migraine drug [1.3].", S1, "R"),  # added superlative
("The company's shares rose 14% because the drug's side effects were mild [1.6, 1.12].", S1, "R"),  # invented cause
("Halvern plans to seek FDA approval by the end of the year [1.9].", S1, "R"),  # wrong citation: fact is in 1.8
]
