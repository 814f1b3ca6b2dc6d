# Science/health: drug trial (A) and measles outbreak (B)
A = ("A once-weekly injection reduced the risk of heart attack by 22% in people with type 2 diabetes, according to a study published Wednesday in The Lancet. "
     "The trial followed 14,500 patients in 28 countries for an average of three years. "
     "Researchers found no significant difference in the rate of strokes between the treatment and placebo groups. "
     "Nausea was the most common side effect, reported by about one in five participants. "
     "The study was funded by the drug's maker, Calloway Pharma. "
     "Lead author Dr Amira Yusuf said the results could change how doctors treat high-risk patients. "
     "Independent experts cautioned that the trial excluded people over 80 and those with kidney disease. "
     "Calloway said it planned to seek regulatory approval in Europe later this year.")
B = ("Health officials in Marlow County confirmed 37 cases of measles on Sunday, up from 12 a week earlier. "
     "Most of the cases are among unvaccinated children under the age of ten. "
     "Two patients have been hospitalised, but no deaths have been reported. "
     "The county's health director, Ruth Adeyemi, urged parents to check their children's vaccination records. "
     "The outbreak has been linked to a church gathering in late April. "
     "Officials said vaccination rates in some of the county's schools had fallen below 85%. "
     "Free vaccination clinics will open at three libraries from Tuesday. "
     "The state health department said it was sending a team of epidemiologists to help trace contacts.")
X = [A, B]
PROBES = [
    ("A weekly injection cut the risk of heart attack by 22% in people with type 2 diabetes, according to a study published Wednesday in The Lancet [1.1].", X, "S"),
    ("The trial tracked 14,500 patients in 28 countries for three years on average [1.2].", X, "S"),
    ("Researchers found no significant difference in stroke rates between the treatment and placebo groups [1.3].", X, "S"),
    ("The most common side effect was nausea, reported by roughly one in five participants [1.4].", X, "S"),
    ("Calloway Pharma, which makes the drug, funded the study [1.5].", X, "S"),
    ("Lead author Dr Amira Yusuf said the findings could change how doctors treat high-risk patients [1.6].", X, "S"),
    ("Independent experts cautioned that the trial left out people over 80 and those with kidney disease [1.7].", X, "S"),
    ("Calloway said it planned to apply for regulatory approval in Europe later this year [1.8].", X, "S"),
    ("In a study of 14,500 patients, a once-weekly injection reduced heart attack risk by 22% in people with type 2 diabetes [1.1][1.2].", X, "S"),
    ("The drug's maker, Calloway Pharma, funded the trial and plans to seek European approval later this year [1.5][1.8].", X, "S"),
    ("The injection lowered heart attack risk but made no significant difference to the rate of strokes [1.1][1.3].", X, "S"),
    # unsupported
    ("A once-daily injection reduced the risk of heart attack by 22% in people with type 2 diabetes [1.1].", X, "R"),  # weekly -> daily
    ("A once-weekly injection reduced the risk of heart attack by 22% in people with type 1 diabetes [1.1].", X, "R"),  # type 2 -> type 1
    ("A once-weekly injection reduced the risk of stroke by 22% [1.1][1.3].", X, "R"),  # heart attack -> stroke
    ("The trial followed 14,500 patients in 28 countries for exactly three years [1.2].", X, "R"),  # average -> exactly
    ("Researchers found that the injection significantly reduced the rate of strokes [1.3].", X, "R"),  # contradicts
    ("Nausea was the only side effect, reported by about one in five participants [1.4].", X, "R"),  # most common -> only
    ("Nausea was the most common side effect, reported by about one in three participants [1.4].", X, "R"),  # number
    ("The study was funded by an independent research foundation [1.5].", X, "R"),  # contradicts funder
    ("Dr Amira Yusuf said the results would change how doctors treat high-risk patients [1.6].", X, "R"),  # could -> would
    ("Dr Amira Yusuf cautioned that the trial excluded people over 80 [1.6][1.7].", X, "R"),  # experts' caution given to Yusuf
    ("Independent experts cautioned that the trial excluded people over 70 and those with kidney disease [1.7].", X, "R"),  # number
    ("Independent experts cautioned that the trial excluded people with liver disease [1.7].", X, "R"),  # kidney -> liver
    ("Calloway has sought regulatory approval in Europe [1.8].", X, "R"),  # plan -> done
    ("Calloway said it planned to seek regulatory approval in the United States later this year [1.8].", X, "R"),  # place
    ("Because the study was funded by Calloway Pharma, independent experts cautioned about its findings [1.5][1.7].", X, "R"),  # invented cause
    # B supported
    ("Marlow County health officials confirmed 37 measles cases on Sunday, up from 12 the week before [2.1].", X, "S"),
    ("Most of the cases are in unvaccinated children younger than ten [2.2].", X, "S"),
    ("Two patients have been admitted to hospital, and no deaths have been reported [2.3].", X, "S"),
    ("County health director Ruth Adeyemi urged parents to check their children's vaccination records [2.4].", X, "S"),
    ("The outbreak has been tied to a church gathering in late April [2.5].", X, "S"),
    ("Officials said vaccination rates at some county schools had dropped below 85% [2.6].", X, "S"),
    ("Free vaccination clinics will open at three libraries starting Tuesday [2.7].", X, "S"),
    ("The state health department said it was sending epidemiologists to help trace contacts [2.8].", X, "S"),
    ("Measles cases in Marlow County have more than tripled in a week, to 37, mostly among unvaccinated children under ten [2.1][2.2].", X, "S"),
    ("The outbreak, linked to a church gathering in late April, has put two patients in hospital [2.3][2.5].", X, "S"),
    ("Officials reported 37 cases and two hospitalisations, with no deaths [2.1][2.3].", X, "S"),
    # B unsupported
    ("Health officials in Marlow County confirmed 37 cases of measles on Sunday, up from 12 a month earlier [2.1].", X, "R"),  # week -> month
    ("All of the cases are among unvaccinated children under the age of ten [2.2].", X, "R"),  # most -> all
    ("Most of the cases are among vaccinated children under the age of ten [2.2].", X, "R"),  # unvaccinated -> vaccinated
    ("Two patients have died, and several more have been hospitalised [2.3].", X, "R"),  # contradicts
    ("Ruth Adeyemi said vaccination rates in some schools had fallen below 85% [2.4][2.6].", X, "R"),  # officials' statement given to Adeyemi
    ("The outbreak began at a school assembly in late April [2.5].", X, "R"),  # church gathering -> school assembly
    ("The outbreak was caused by vaccination rates falling below 85% in some schools [2.5][2.6].", X, "R"),  # invented cause
    ("Officials said vaccination rates in all of the county's schools had fallen below 85% [2.6].", X, "R"),  # some -> all
    ("Free vaccination clinics opened at three libraries on Tuesday [2.7].", X, "R"),  # future -> past
    ("Free vaccination clinics will open at three hospitals from Tuesday [2.7].", X, "R"),  # libraries -> hospitals
    ("The state health department said it had sent a team of epidemiologists to trace contacts [2.8].", X, "R"),  # was sending -> had sent (completed)
    ("The federal health department said it was sending a team of epidemiologists [2.8].", X, "R"),  # state -> federal
]
