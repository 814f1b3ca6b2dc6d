# Domain: a two-outlet brief (local newspaper S1, local radio S2) on a hospital maternity unit closure
S1 = " ".join([
    "The maternity unit at Millbrook General Hospital will close at the end of September, North Vale NHS Trust announced on Friday.",
    "The trust said it could no longer staff the unit safely after 14 midwives left in the past year.",
    "About 1,900 babies were born at the unit last year.",
    "Expectant mothers will instead be directed to Kingsford Hospital, 26 miles away.",
    "Trust chief executive Andrew Pryce said the decision was \"temporary\" and would be reviewed in six months.",
    "\"The safety of mothers and babies has to come first,\" Pryce said.",
    "Local MP Helen Garside said the closure was a \"disaster\" for families in the town.",
    "She said some women would face a journey of more than an hour while in labour.",
    "A campaign group, Save Millbrook Maternity, has collected more than 12,000 signatures in three days.",
    "The group is planning a protest march outside the hospital on Saturday.",
    "The trust said a midwife-led birth centre would remain open at the hospital for low-risk births.",
    "The unit was rated as requiring improvement by inspectors in 2023.",
])
S2 = " ".join([
    "Campaigners have condemned a decision to shut the consultant-led maternity unit at Millbrook General Hospital from October.",
    "North Vale NHS Trust blamed a shortage of midwives and obstetricians for the move.",
    "The unit currently has 22 midwife vacancies, according to figures obtained by this station.",
    "Women due to give birth after the closure will be offered care at Kingsford Hospital or at Eastleigh Royal Infirmary.",
    "Kingsford Hospital said it would open an extra delivery suite to cope with the expected rise in births.",
    "Dr Rina Shah, a consultant obstetrician at Millbrook, said staff had warned managers about shortages for two years.",
    "\"Nobody listened to us until it was too late,\" she said.",
    "The trust's medical director, Simon Keel, said no permanent decision had been made about the unit's future.",
    "He said the trust hoped to reopen the unit by next spring if recruitment improved.",
    "Garside, the Conservative MP for Millbrook, has asked the health secretary to intervene.",
    "A public meeting will be held at Millbrook Town Hall on Thursday evening.",
    "The closure is the third of a maternity unit in the region in five years.",
])
D = [S1, S2]
PROBES = [
("Millbrook General Hospital's maternity unit will shut at the end of September [1.1].", D, "S"),  # synonym
("North Vale NHS Trust announced the closure on Friday [1.1].", D, "S"),  # nominalisation
("The trust said 14 midwives had left in the past year and it could no longer staff the unit safely [1.2].", D, "S"),  # reordering
("Around 1,900 babies were delivered at the unit last year [1.3].", D, "S"),  # synonym
("Pregnant women will be sent to Kingsford Hospital, which is 26 miles away, instead [1.4].", D, "S"),  # synonyms
("Pryce, the trust's chief executive, described the decision as temporary [1.5].", D, "S"),  # paraphrase
("Pryce said the decision would be reviewed in six months [1.5].", D, "S"),  # dropping detail
("Pryce said the safety of mothers and babies had to come first [1.6].", D, "S"),  # indirect speech
("Garside, the local MP, called the closure a disaster for families in the town [1.7].", D, "S"),  # paraphrase
("Garside said some women in labour would have to travel for more than an hour [1.7, 1.8].", D, "S"),  # she = Garside; paraphrase
("Save Millbrook Maternity gathered over 12,000 signatures in three days [1.9].", D, "S"),  # synonyms
("The campaign group plans to march in protest outside the hospital on Saturday [1.10].", D, "S"),  # paraphrase
("A midwife-led birth centre will stay open at the hospital for low-risk births, the trust said [1.11].", D, "S"),  # reordering
("Inspectors rated the unit as requiring improvement in 2023 [1.12].", D, "S"),  # active voice
("The trust blamed a lack of midwives and obstetricians for the closure [2.2].", D, "S"),  # shortage = lack; move = closure
("The unit has 22 vacant midwife posts, according to figures the station obtained [2.3].", D, "S"),  # paraphrase
("Women due after the closure will be offered care at either Kingsford Hospital or Eastleigh Royal Infirmary [2.4].", D, "S"),  # paraphrase
("Kingsford Hospital plans an additional delivery suite to handle the expected increase in births [2.5].", D, "S"),  # synonyms
("Shah, a consultant obstetrician at Millbrook, said staff had been warning managers about shortages for two years [2.6].", D, "S"),  # paraphrase
("Shah said nobody had listened to staff until it was too late [2.6, 2.7].", D, "S"),  # she = Shah; us = staff
("Keel, the medical director, said no permanent decision had been taken on the unit's future [2.8].", D, "S"),  # synonym
("Keel said the trust hoped to reopen the unit by next spring, provided recruitment improved [2.8, 2.9].", D, "S"),  # he = Keel; if = provided
("Garside, the Conservative MP for Millbrook, has asked the health secretary to step in [2.10].", D, "S"),  # synonym
("A public meeting is due to take place at Millbrook Town Hall on Thursday evening [2.11].", D, "S"),  # paraphrase
("It is the region's third maternity unit closure in five years [2.12].", D, "S"),  # nominalisation
("Women will be able to receive care at Kingsford Hospital, 26 miles away, or at Eastleigh Royal Infirmary [1.4, 2.4].", D, "S"),  # cross-document merge
("Staffing shortages were given as the reason for the closure [1.2, 2.2].", D, "S"),  # cross-document generalisation
("Garside, the Conservative MP, called the closure a disaster [1.7, 2.10].", D, "S"),  # cross-document merge
("The unit due to close is consultant-led [2.1].", D, "S"),  # dropping detail
("Campaigners have condemned the decision to close the unit from October [2.1].", D, "S"),  # shut = close
("The maternity unit at Millbrook General Hospital will close at the end of October [1.1].", D, "R"),  # end of September
("North Vale NHS Trust announced the closure on Thursday [1.1].", D, "R"),  # Friday
("The trust said it could no longer staff the unit safely after 41 midwives left in the past year [1.2].", D, "R"),  # 14
("The trust said it could no longer staff the unit safely after 14 obstetricians left [1.2].", D, "R"),  # midwives
("About 1,900 babies were born at the unit last month [1.3].", D, "R"),  # last year
("Expectant mothers will be directed to Kingsford Hospital, 16 miles away [1.4].", D, "R"),  # 26 miles
("Expectant mothers will be directed to Eastleigh Royal Infirmary, 26 miles away [1.4].", D, "R"),  # Kingsford is 26 miles away; Eastleigh not in 1.4
("Pryce said the decision was permanent [1.5].", D, "R"),  # temporary
("Pryce said the decision would be reviewed in three months [1.5].", D, "R"),  # six months
("Medical director Simon Keel said the decision was temporary and would be reviewed in six months [1.5].", D, "R"),  # wrong speaker: Pryce
("\"The safety of mothers and babies has to come first,\" Garside said [1.6].", D, "R"),  # wrong speaker: Pryce
("\"The safety of mothers has to come first,\" Pryce said [1.6].", D, "R"),  # altered quote: babies dropped
("Garside said the closure was a disaster for families across the county [1.7].", D, "R"),  # families in the town
("Garside said all women would face a journey of more than an hour while in labour [1.7, 1.8].", D, "R"),  # some, not all
("Save Millbrook Maternity has collected more than 12,000 signatures in three weeks [1.9].", D, "R"),  # three days
("Save Millbrook Maternity held a protest march outside the hospital on Saturday [1.10].", D, "R"),  # planning, not held
("The group is planning a protest march outside Kingsford Hospital on Saturday [1.10].", D, "R"),  # outside the hospital (Millbrook)
("The trust said the midwife-led birth centre at the hospital would also close [1.11].", D, "R"),  # remain open
("The trust said a midwife-led birth centre would remain open at the hospital for high-risk births [1.11].", D, "R"),  # low-risk
("The unit was rated as inadequate by inspectors in 2023 [1.12].", D, "R"),  # requiring improvement
("The unit was rated as requiring improvement by inspectors in 2022 [1.12].", D, "R"),  # 2023
("North Vale NHS Trust blamed a shortage of midwives and nurses for the move [2.2].", D, "R"),  # obstetricians, not nurses
("The unit currently has 22 obstetrician vacancies [2.3].", D, "R"),  # midwife vacancies
("The trust said the unit currently has 22 midwife vacancies [2.3].", D, "R"),  # figures obtained by the station, not stated by the trust
("Women due to give birth after the closure will be offered care only at Kingsford Hospital [2.4].", D, "R"),  # or Eastleigh
("Eastleigh Royal Infirmary said it would open an extra delivery suite [2.5].", D, "R"),  # Kingsford Hospital
("Kingsford Hospital said it had opened an extra delivery suite [2.5].", D, "R"),  # would open
("Dr Rina Shah, a consultant midwife at Millbrook, said staff had warned managers about shortages [2.6].", D, "R"),  # consultant obstetrician
("Shah said staff had warned managers about shortages for three years [2.6].", D, "R"),  # two years
("Shah said managers had warned staff about shortages for two years [2.6].", D, "R"),  # role swap
("Keel said a permanent decision had been made about the unit's future [2.8].", D, "R"),  # negation flipped
("Keel said the trust would reopen the unit by next spring [2.8, 2.9].", D, "R"),  # hope and condition dropped
("Garside, the Labour MP for Millbrook, has asked the health secretary to intervene [2.10].", D, "R"),  # Conservative
("Garside has asked the prime minister to intervene [2.10].", D, "R"),  # health secretary
("A public meeting will be held at Millbrook Town Hall on Thursday morning [2.11].", D, "R"),  # evening
("The closure is the third of a maternity unit in the country in five years [2.12].", D, "R"),  # region, not country
("The unit will close at the end of September after 14 midwives left, leaving 22 vacancies [1.1, 1.2].", D, "R"),  # 22 vacancies from uncited 2.3
("Campaigners have condemned the decision to shut the unit, which was rated as requiring improvement in 2023 [2.1].", D, "R"),  # rating from uncited 1.12
("Garside said some women would face a journey of more than an hour to Eastleigh Royal Infirmary while in labour [1.7, 1.8].", D, "R"),  # Eastleigh added
]
