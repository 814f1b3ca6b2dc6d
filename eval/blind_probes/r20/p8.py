# Domain: a court sentencing hearing transcript with speaker labels (judge, prosecutor, defence counsel)
S1 = "\n".join([
    "Judge Harcourt: Liam Carter, please stand while the prosecution opens the facts of this case.",
    "Ms Patel (prosecution): On 14 June last year the defendant drove his van at 68mph on a 40mph stretch of the A38 while using his mobile phone.",
    "Ms Patel (prosecution): He struck the cyclist Emma Reid, aged 29, from behind, and she died at the scene from head injuries.",
    "Ms Patel (prosecution): Phone records show he had been sending a text message in the 20 seconds before the collision.",
    "Ms Patel (prosecution): The defendant has two previous convictions for speeding, in 2019 and 2021, and one for driving without insurance.",
    "Mr Rowe (defence): My client pleaded guilty at the first opportunity and has written a letter to Ms Reid's family expressing his deep remorse.",
    "Mr Rowe (defence): He is the sole carer for his mother, who has multiple sclerosis, and has not driven since the day of the crash.",
])
S2 = "\n".join([
    "Judge Harcourt: I have read the victim personal statement from Ms Reid's partner, who described the loss as a wound that will never heal.",
    "Judge Harcourt: This was a prolonged and deliberate decision to use a phone while driving at grossly excessive speed.",
    "Judge Harcourt: Had you been convicted after a trial, the sentence would have been nine years.",
    "Judge Harcourt: Giving you full credit of one third for your early guilty plea, I sentence you to six years in prison.",
    "Judge Harcourt: You will serve up to two-thirds of that term in custody before being released on licence.",
    "Judge Harcourt: You are disqualified from driving for ten years, extended by the time you spend in custody, and you must take an extended retest.",
    "Mr Rowe (defence): Your Honour, I ask that the defendant's mother be permitted to see him before he is taken down.",
])
PROBES = [
("The prosecutor, Ms Patel, said the defendant was driving his van at 68mph in a 40mph zone on the A38 while using his phone [1.2].", S1, "S"),  # reported speech, compression
("The prosecution said the defendant was travelling 28mph over the limit [1.2].", S1, "S"),  # arithmetic 68-40
("Emma Reid, 29, was hit from behind and died at the scene of head injuries, the prosecution said [1.3].", S1, "S"),  # voice change
("According to phone records cited by the prosecution, the defendant was texting in the 20 seconds leading up to the crash [1.2][1.4].", S1, "S"),  # pronoun resolved, synonyms
("The prosecution told the court the defendant had three previous convictions [1.5].", S1, "S"),  # 2 + 1 counted
("The defendant was convicted of speeding in both 2019 and 2021 [1.5].", S1, "S"),  # reword
("Mr Rowe said his client had pleaded guilty at the earliest opportunity [1.6].", S1, "S"),  # first -> earliest
("The defence said the defendant had written to Ms Reid's family to express deep remorse [1.6].", S1, "S"),  # reword
("Defence counsel told the court his client is the only person caring for his mother, who has multiple sclerosis [1.6][1.7].", S1, "S"),  # sole carer reworded, pronoun resolved
("According to his barrister, the defendant has not driven since the crash [1.7].", S1, "S"),  # defence counsel -> barrister
("Judge Harcourt had read the victim personal statement from Ms Reid's partner [2.1].", S2, "S"),  # compression
("Ms Reid's partner described the loss as a wound that would never heal [2.1].", S2, "S"),  # tense shift of reported speech
("The judge described the defendant's phone use as a prolonged and deliberate decision [2.2].", S2, "S"),  # reword
("Judge Harcourt said the speed was grossly excessive [2.2].", S2, "S"),  # compression
("The judge said conviction after a trial would have meant a nine-year sentence [2.3].", S2, "S"),  # nominalisation
("With full one-third credit for the early guilty plea, the judge imposed a six-year prison sentence [2.4].", S2, "S"),  # reword
("Judge Harcourt jailed the defendant for six years [2.4].", S2, "S"),  # compression
("The defendant will spend no more than two-thirds of the term in custody before release on licence [2.5].", S2, "S"),  # up to -> no more than
("The defendant was banned from driving for ten years, plus the time spent in custody [2.6].", S2, "S"),  # disqualified -> banned
("The defendant will have to take an extended driving retest [2.6].", S2, "S"),  # must -> will have to
("Mr Rowe asked for the defendant's mother to be allowed to see him before he was taken down [2.7].", S2, "S"),  # reported speech
("The one-third credit for the guilty plea reduced a nine-year term to six years [2.3][2.4].", S2, "S"),  # merge
("The six-year sentence means the defendant will spend at most four years in custody [2.4][2.5].", S2, "S"),  # arithmetic 2/3 of 6
("Defence counsel, who had said the defendant was his mother's sole carer, asked that she be allowed to see him before he was taken down [1.7][2.7].", S2, "S"),  # merge across docs
("Judge Harcourt asked Liam Carter to stand while the facts were opened by the prosecution [1.1].", S1, "S"),  # voice change
("The defendant was driving at 68mph on a 50mph stretch of the A38 [1.2].", S1, "R"),  # limit changed
("The collision happened on 14 July last year [1.2].", S1, "R"),  # month changed
("The defendant was driving a car when he struck the cyclist [1.2][1.3].", S1, "R"),  # van -> car
("Emma Reid died in hospital from head injuries [1.3].", S1, "R"),  # at the scene -> in hospital
("The defendant struck Emma Reid head-on [1.3].", S1, "R"),  # from behind -> head-on
("Phone records show the defendant was making a phone call before the collision [1.4].", S1, "R"),  # text -> call
("The defendant had been sending a text message in the 20 minutes before the collision [1.4].", S1, "R"),  # unit changed
("The defendant has two previous convictions, both for speeding [1.5].", S1, "R"),  # omits third conviction; total wrong
("The defendant has a previous conviction for drink-driving [1.5].", S1, "R"),  # offence changed
("Ms Patel said the defendant had pleaded guilty at the first opportunity [1.6].", S1, "R"),  # wrong speaker
("The defendant pleaded guilty on the first day of his trial [1.6].", S1, "R"),  # invented timing
("The defendant's mother has multiple sclerosis and is his sole carer [1.7].", S1, "R"),  # roles swapped
("Mr Rowe said his client had not driven since the crash and had sold his van [1.7].", S1, "R"),  # added detail
("The victim personal statement was written by Ms Reid's mother [2.1].", S2, "R"),  # partner -> mother
("Judge Harcourt described the phone use as a momentary lapse [2.2].", S2, "R"),  # antonym
("Judge Harcourt said the sentence after a trial would have been ten years [2.3].", S2, "R"),  # number changed
("The defendant was given full credit of one quarter for his guilty plea [2.4].", S2, "R"),  # fraction changed
("Judge Harcourt sentenced the defendant to nine years in prison [2.4].", S2, "R"),  # counterfactual trial figure
("Judge Harcourt suspended the six-year prison sentence [2.4].", S2, "R"),  # invented suspension
("The defendant will serve at least two-thirds of his term in custody [2.5].", S2, "R"),  # up to -> at least
("The defendant was disqualified from driving for life [2.6].", S2, "R"),  # ten years -> life
("The defendant is disqualified from driving for 12 years [2.6].", S2, "R"),  # total not stated
("The judge refused to let the defendant's mother see him before he was taken down [2.7].", S2, "R"),  # ruling not in cited line
("Ms Patel asked that the defendant's mother be permitted to see him [2.7].", S2, "R"),  # wrong speaker
("The judge reduced the sentence because the defendant is his mother's sole carer [1.7][2.4].", S2, "R"),  # invented cause; credit was for plea
("The judge said the defendant had written a letter of remorse to Ms Reid's family [2.1].", S2, "R"),  # fact from uncited 1.6, wrong speaker
("The defendant was convicted after a trial and jailed for six years [2.3][2.4].", S2, "R"),  # counterfactual turned fact
("The judge said the defendant had been texting while driving at 68mph [1.2][1.4].", S1, "R"),  # wrong speaker (prosecution)
]
