# Domain: a teachers' pay offer and union ballot
S1 = " ".join([
    "The government has offered teachers in England a 4.5 percent pay rise from September, Education Secretary Bridget Phillipson announced on Monday.",
    "The offer falls short of the 8 percent demanded by the National Education Union, which represents around 460,000 teachers and support staff.",
    "Ministers said the rise would be funded partly from existing school budgets, with an extra £900m provided by the Treasury.",
    "NEU general secretary Daniel Kebede said the offer was unacceptable and that the union would ballot members on strike action.",
    "The indicative ballot will open on 3 June and close on 21 June, with results expected the following week.",
    "Headteachers' union NAHT said it welcomed the offer but warned that many schools could not afford it without cutting staff.",
    "Teachers in England went on strike for eight days in 2023 before accepting a 6.5 percent rise.",
])
S2 = " ".join([
    "An NEU survey of 12,000 members found that 78 percent would be prepared to take strike action over pay.",
    "Phillipson said the offer was fair and affordable and urged unions to put it to their members without a recommendation to reject it.",
    "She said the government had accepted in full the recommendation of the independent School Teachers' Review Body.",
    "The review body had also warned that teacher vacancies in secondary schools had doubled since 2020.",
    "Under trade union law, a strike can only go ahead if at least 50 percent of eligible members vote in the formal ballot.",
    "The Association of School and College Leaders said it would consult its members before deciding whether to accept the offer.",
    "Parents' groups said they hoped a deal could be reached before the start of the autumn term.",
])
PROBES = [
("Bridget Phillipson announced on Monday that teachers in England had been offered a 4.5 percent rise from September [1.1].", S1, "S"),  # reorder
("Teachers in England have been offered a pay increase of 4.5 percent [1.1].", S1, "S"),  # compression
("The National Education Union had demanded 8 percent, more than the government is offering [1.2].", S1, "S"),  # falls short of -> more than
("The NEU represents about 460,000 teachers and support staff [1.2].", S1, "S"),  # acronym, around -> about
("Ministers said an extra £900m from the Treasury would help fund the rise alongside existing school budgets [1.3].", S1, "S"),  # restructure
("Daniel Kebede called the offer unacceptable [1.4].", S1, "S"),  # reported speech compressed
("The NEU will hold a ballot of its members on strike action, its general secretary said [1.4].", S1, "S"),  # reorder, attribution kept
("Voting in the indicative ballot runs from 3 June to 21 June [1.5].", S1, "S"),  # reworded
("Results of the indicative ballot are expected in the week after it closes [1.5].", S1, "S"),  # following week reworded
("The NAHT welcomed the offer but warned that many schools would be unable to afford it without staff cuts [1.6].", S1, "S"),  # nominalisation
("The headteachers' union NAHT gave the offer a qualified welcome [1.6].", S1, "S"),  # welcome + warning summarised
("In 2023, teachers in England struck for eight days before they accepted a 6.5 percent pay rise [1.7].", S1, "S"),  # reorder
("More than three-quarters of 12,000 NEU members surveyed said they would be prepared to strike over pay [2.1].", S2, "S"),  # 78 percent -> more than three-quarters
("Phillipson described the offer as fair and affordable [2.2].", S2, "S"),  # compression
("Phillipson urged unions to put the offer to members without recommending that they reject it [2.2].", S2, "S"),  # nominal -> verbal
("Phillipson said the government had fully accepted the independent School Teachers' Review Body's recommendation [2.2][2.3].", S2, "S"),  # pronoun resolved
("According to the review body, secondary school teacher vacancies had doubled since 2020 [2.4].", S2, "S"),  # reorder
("By law, a strike can only go ahead if at least half of eligible members vote in the formal ballot [2.5].", S2, "S"),  # 50 percent -> half
("The Association of School and College Leaders said it would consult members before deciding on the offer [2.6].", S2, "S"),  # compression
("Parents' groups expressed hope that a deal could be struck before the autumn term begins [2.7].", S2, "S"),  # nominalisation, hedge kept
("The 4.5 percent offer is lower than the 6.5 percent rise teachers accepted in 2023 [1.1][1.7].", S1, "S"),  # merge, comparison
("The NEU, which wants 8 percent, has called the offer unacceptable and will ballot members on strike action [1.2][1.4].", S1, "S"),  # merge
("Education Secretary Bridget Phillipson said the 4.5 percent offer was fair and affordable [1.1][2.2].", S2, "S"),  # merge
("The offer is 3.5 percentage points below what the NEU demanded [1.1][1.2].", S1, "S"),  # arithmetic 8 - 4.5
("The independent review body's recommendation was accepted in full by the government, according to the Education Secretary [2.2][2.3].", S2, "S"),  # voice change, pronoun resolved
("The government has offered teachers in England a 5.4 percent pay rise [1.1].", S1, "R"),  # digits transposed
("The government has offered teachers in England and Wales a 4.5 percent pay rise [1.1].", S1, "R"),  # scope widened
("Bridget Phillipson announced the pay offer on Tuesday [1.1].", S1, "R"),  # day swapped
("The 4.5 percent rise will apply from January [1.1].", S1, "R"),  # month changed
("The offer falls short of the 6 percent demanded by the National Education Union [1.2].", S1, "R"),  # number changed
("The National Education Union represents around 460,000 teachers [1.2].", S1, "R"),  # support staff dropped: 460,000 teachers not stated
("Ministers said the rise would be funded entirely by an extra £900m from the Treasury [1.3].", S1, "R"),  # partly from budgets -> entirely Treasury
("Ministers said the Treasury would provide an extra £90m [1.3].", S1, "R"),  # number changed
("Daniel Kebede said the offer was acceptable [1.4].", S1, "R"),  # antonym
("Daniel Kebede said the union would call strikes [1.4].", S1, "R"),  # ballot -> strike called
("The indicative ballot will open on 3 June and close on 12 June [1.5].", S1, "R"),  # date changed
("Results of the indicative ballot will be announced on 21 June [1.5].", S1, "R"),  # close date -> results date
("The NAHT rejected the pay offer [1.6].", S1, "R"),  # welcomed -> rejected
("The NAHT warned that all schools would have to cut staff to afford the offer [1.6].", S1, "R"),  # many -> all
("Teachers in England went on strike for eight days in 2023 before accepting a 5.6 percent rise [1.7].", S1, "R"),  # number changed
("Teachers in England went on strike for ten days in 2023 [1.7].", S1, "R"),  # eight -> ten
("Teachers in England rejected a 6.5 percent rise in 2023 [1.7].", S1, "R"),  # accepted -> rejected
("An NEU survey of 12,000 members found that 87 percent would be prepared to strike over pay [2.1].", S2, "R"),  # digits transposed
("An NEU survey found that 78 percent of teachers in England would be prepared to strike [2.1].", S2, "R"),  # sample of members -> all teachers
("An NEU survey of 12,000 members found that 78 percent would take strike action over pay [2.1].", S2, "R"),  # 'prepared to' dropped
("Phillipson said the offer was generous and affordable [2.2].", S2, "R"),  # fair -> generous
("Phillipson urged unions to recommend that members reject the offer [2.2].", S2, "R"),  # reversed
("Phillipson said the government had partly accepted the review body's recommendation [2.2][2.3].", S2, "R"),  # in full -> partly
("Daniel Kebede said the government had accepted the review body's recommendation in full [2.3].", S2, "R"),  # wrong speaker
("The review body warned that teacher vacancies in primary schools had doubled since 2020 [2.4].", S2, "R"),  # secondary -> primary
("The review body warned that teacher vacancies in secondary schools had tripled since 2020 [2.4].", S2, "R"),  # doubled -> tripled
("Under trade union law, a strike can go ahead if at least 40 percent of eligible members vote [2.5].", S2, "R"),  # number changed
("Under trade union law, a strike can only go ahead if at least 50 percent of eligible members vote in favour [2.5].", S2, "R"),  # turnout threshold turned into approval threshold
("The Association of School and College Leaders said it would accept the offer [2.6].", S2, "R"),  # consult -> accept
("Parents' groups said a deal would be reached before the start of the autumn term [2.7].", S2, "R"),  # hope -> certainty
("The NAHT welcomed the offer because the Treasury was providing an extra £900m [1.6][1.3].", S1, "R"),  # cause invented
]
