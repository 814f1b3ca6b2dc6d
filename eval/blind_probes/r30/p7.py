# Domain: a vaccine trial result
S1 = " ".join([
    "An experimental vaccine against respiratory syncytial virus (RSV) cut hospital admissions among adults over 60 by 71% in a late-stage trial, its developer Corvanta Bio said on Monday.",
    "The phase 3 study enrolled 24,800 volunteers in nine countries, half of whom received the vaccine and half a placebo.",
    "Over a median follow-up of 14 months, 19 people in the vaccine group were admitted to hospital with RSV, compared with 66 in the placebo group.",
    "Protection appeared to wane slightly in the second season, falling to around 60%.",
    "The most common side effects were pain at the injection site, tiredness and headache, which were mostly mild and lasted one to two days.",
    "Three cases of a rare nerve disorder, Guillain-Barre syndrome, were reported in the vaccine group, against none in the placebo group.",
    "The company said it was not yet clear whether the cases were linked to the vaccine.",
    "The results have not yet been peer-reviewed or published in a scientific journal.",
    "Lead investigator Professor Amara Nwosu said the findings were \"very encouraging\" but cautioned that the trial was not designed to measure effects on deaths.",
    "Corvanta plans to apply for approval from regulators in Europe and the UK later this year.",
    "If approved, the vaccine could be available before the winter of 2027, the company said.",
    "Independent experts said longer follow-up would be needed to decide whether a booster dose is required.",
])
PROBES = [
("Corvanta Bio said on Monday that its experimental RSV vaccine reduced hospital admissions in over-60s by 71% in a late-stage trial [1.1].", S1, "S"),  # paraphrase
("The vaccine cut hospital admissions by 17% [1.1].", S1, "R"),  # transposed figure
("The vaccine cut deaths among adults over 60 by 71% [1.1].", S1, "R"),  # admissions -> deaths
("The vaccine cut hospital admissions among adults over 65 by 71% [1.1].", S1, "R"),  # wrong age
("Corvanta Bio announced the results on Tuesday [1.1].", S1, "R"),  # wrong weekday
("In older adults, the shot reduced RSV hospitalisations by more than two-thirds [1.1].", S1, "S"),  # 71% > 66.7%
("The phase 3 trial involved 24,800 volunteers across nine countries, split equally between vaccine and placebo [1.2].", S1, "S"),  # paraphrase
("The trial enrolled 24,800 volunteers in 19 countries [1.2].", S1, "R"),  # wrong figure
("About 12,400 volunteers received the vaccine [1.2].", S1, "S"),  # half of 24,800
("Two-thirds of volunteers received the vaccine [1.2].", S1, "R"),  # half -> two-thirds
("The phase 2 study enrolled 24,800 volunteers [1.2].", S1, "R"),  # wrong phase
("During a median 14 months of follow-up, 19 vaccinated participants were hospitalised with RSV, against 66 who got the placebo [1.3].", S1, "S"),  # paraphrase
("Nineteen people in the placebo group were admitted to hospital [1.3].", S1, "R"),  # swapped groups
("Over a median follow-up of 12 months, 19 vaccinated people were admitted to hospital [1.3].", S1, "R"),  # wrong figure
("More than three times as many placebo recipients as vaccine recipients were hospitalised with RSV [1.3].", S1, "S"),  # 66/19 = 3.47
("Fewer than twice as many placebo recipients were hospitalised [1.3].", S1, "R"),  # contradicts ratio
("Protection seemed to decline slightly in the second season, to about 60% [1.4].", S1, "S"),  # paraphrase
("Protection increased in the second season [1.4].", S1, "R"),  # antonym
("Protection fell sharply in the second season [1.4].", S1, "R"),  # slightly -> sharply
("Protection fell to around 60% in the second season because of new virus strains [1.4].", S1, "R"),  # added cause
("Protection fell to exactly 60% in the second season [1.4].", S1, "R"),  # around -> exactly, hedge removed
("Injection-site pain, fatigue and headache were the most frequent side effects, generally mild and lasting a day or two [1.5].", S1, "S"),  # paraphrase
("The most common side effects were fever and nausea [1.5].", S1, "R"),  # wrong side effects
("The side effects were all severe [1.5].", S1, "R"),  # antonym
("The common side effects usually lasted about a week [1.5].", S1, "R"),  # wrong duration
("Most of the common side effects were mild [1.5].", S1, "S"),  # paraphrase
("Three vaccine recipients developed Guillain-Barre syndrome, a rare nerve disorder, while no cases occurred in the placebo group [1.6].", S1, "S"),  # paraphrase
("Three cases of Guillain-Barre syndrome were reported in each group [1.6].", S1, "R"),  # contradiction
("Thirteen cases of Guillain-Barre syndrome were reported in the vaccine group [1.6].", S1, "R"),  # wrong figure
("Guillain-Barre syndrome is a rare heart condition [1.6].", S1, "R"),  # nerve -> heart
("The company said it was unclear so far whether the cases were linked to the vaccine [1.7].", S1, "S"),  # paraphrase
("The company said the cases were not linked to the vaccine [1.7].", S1, "R"),  # uncertainty -> denial
("The company said the cases were caused by the vaccine [1.7].", S1, "R"),  # uncertainty -> confirmation
("Three Guillain-Barre cases occurred among vaccine recipients, and Corvanta said it was not yet clear whether the vaccine was responsible [1.6, 1.7].", S1, "S"),  # merge
("Three Guillain-Barre cases occurred among vaccine recipients, and Corvanta said it was not yet clear whether the vaccine was responsible [1.6].", S1, "R"),  # company statement uncited
("The results are yet to be peer-reviewed or appear in a scientific journal [1.8].", S1, "S"),  # paraphrase
("The results have been published in a peer-reviewed journal [1.8].", S1, "R"),  # negation
("The results have been peer-reviewed but not yet published [1.8].", S1, "R"),  # partial contradiction
("Professor Amara Nwosu, who led the trial, called the findings very encouraging [1.9].", S1, "S"),  # reported speech
("Professor Nwosu warned that the trial had not been set up to measure the vaccine's effect on deaths [1.9].", S1, "S"),  # reported speech
("Professor Nwosu said the vaccine reduced deaths [1.9].", S1, "R"),  # contradiction of caveat
("Professor Nwosu called the findings disappointing [1.9].", S1, "R"),  # antonym
("Professor Nwosu said the findings were very encouraging and proved the vaccine was safe [1.9].", S1, "R"),  # added claim
("Corvanta intends to seek regulatory approval in Europe and the UK later this year [1.10].", S1, "S"),  # paraphrase
("Corvanta has applied for approval in Europe and the UK [1.10].", S1, "R"),  # plans -> done
("Corvanta plans to apply for approval in the United States later this year [1.10].", S1, "R"),  # wrong region
("The company said the vaccine might be available before winter 2027 if it wins approval [1.11].", S1, "S"),  # paraphrase
("The company said the vaccine will be available before the winter of 2027 [1.11].", S1, "R"),  # dropped condition/hedge
("The company said the vaccine could be available before the winter of 2026 [1.11].", S1, "R"),  # wrong year
("Independent experts said longer follow-up was needed to determine whether a booster is necessary [1.12].", S1, "S"),  # paraphrase
("Independent experts said a booster dose would be required [1.12].", S1, "R"),  # open question -> conclusion
("Independent experts said no booster would be needed [1.12].", S1, "R"),  # contradiction
("Corvanta said longer follow-up would be needed to decide on a booster [1.12].", S1, "R"),  # wrong speaker
("Protection waned to around 60% in the second season, and experts said a booster dose would therefore be needed [1.4, 1.12].", S1, "R"),  # experts left the booster question open
("Protection waned to around 60% in the second season, and experts want longer follow-up to judge whether a booster is needed [1.4, 1.12].", S1, "S"),  # merge
("The trial found the vaccine was 71% effective against hospitalisation, though it has not been peer-reviewed [1.1, 1.8].", S1, "S"),  # merge
("The trial found the vaccine was 71% effective against hospitalisation, though it has not been peer-reviewed [1.1].", S1, "R"),  # peer-review fact uncited
("The vaccine was tested on adults over 60 [1.1].", S1, "S"),  # extraction
("The vaccine was tested on children [1.1].", S1, "R"),  # wrong population
("Corvanta Bio is developing the vaccine [1.1].", S1, "S"),  # extraction
("The vaccine has been approved by regulators in Europe [1.10].", S1, "R"),  # unsupported
("A late-stage trial found the RSV vaccine cut hospital admissions in people over 60 by 71% [1.1].", S1, "S"),  # paraphrase
("Volunteers from nine countries took part in the phase 3 study [1.2].", S1, "S"),  # paraphrase
("Sixty-six placebo recipients were hospitalised with RSV [1.3].", S1, "S"),  # extraction
("The vaccine's effectiveness seemed to dip a little in the second season [1.4].", S1, "S"),  # paraphrase
("Side effects were mostly mild and short-lived [1.5].", S1, "S"),  # generalisation
("Three vaccine recipients but no placebo recipients developed a rare nerve disorder [1.6].", S1, "S"),  # paraphrase
("Whether the vaccine caused the nerve disorder cases remains unclear, according to the company [1.7].", S1, "S"),  # paraphrase
("The findings have not yet undergone peer review [1.8].", S1, "S"),  # paraphrase
("The trial's lead investigator described the results as very encouraging [1.9].", S1, "S"),  # reported speech
("Corvanta will seek approval from UK regulators later this year, it plans [1.10].", S1, "S"),  # paraphrase of plans
("A booster may or may not be needed, and experts say more follow-up is required to decide [1.12].", S1, "S"),  # paraphrase
]
