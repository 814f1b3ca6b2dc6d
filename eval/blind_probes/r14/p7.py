S1 = ("A record 41 percent of UK 18-year-olds applied to university this year, according to UCAS. "
"Applications from students in Scotland fell by 3 percent. "
"The number of international applicants from China dropped for the second year running. "
"UCAS chief executive Jo Saxton said universities were offering more places through clearing. "
"Medicine remained the most competitive subject, with about five applicants for every place. "
"Some universities may cut courses because of financial pressures, the report warned.")
S2 = ("Ofsted rated Greenfield Academy in Leeds as inadequate after an inspection in March. "
"Inspectors found that pupils' behaviour was poor and that bullying was not dealt with. "
"The school had been rated good at its previous inspection in 2019. "
"Headteacher Mark Lowe resigned two weeks after the report was published. "
"The trust that runs the school said it would appoint an interim head by September. "
"Parents said they had raised concerns about bullying for more than a year. "
"Inspectors praised the school's sixth form.")
PROBES = [
("UCAS said a record 41 percent of 18-year-olds in the UK applied to university this year [1.1].", S1, "S"),
("Applications from Scottish students dropped by 3 percent [1.2].", S1, "S"),
("International applicants from China fell for a second consecutive year [1.3].", S1, "S"),
("Jo Saxton, chief executive of UCAS, said universities were making more places available through clearing [1.4].", S1, "S"),
("Medicine was still the most competitive subject, with around five applicants per place [1.5].", S1, "S"),
("The report warned that financial pressures might lead some universities to cut courses [1.6].", S1, "S"),
("Greenfield Academy in Leeds was judged inadequate by Ofsted following a March inspection [2.1].", S2, "S"),
("Inspectors found poor behaviour among pupils and bullying that was not dealt with [2.2].", S2, "S"),
("At its previous inspection, in 2019, the school was rated good [2.3].", S2, "S"),
("Mark Lowe, the headteacher, quit two weeks after the report came out [2.4].", S2, "S"),
("The trust running the school said an interim head would be appointed by September [2.5].", S2, "S"),
("Parents said they had been raising concerns about bullying for over a year [2.6].", S2, "S"),
("The school's sixth form was praised by inspectors [2.7].", S2, "S"),
("Rated good in 2019, Greenfield Academy has now been judged inadequate by Ofsted [2.1][2.3].", S2, "S"),
("Medicine had about five applicants for every place [1.5].", S1, "S"),
("The headteacher resigned after the report was published [2.4].", S2, "S"),
("Fewer applications came from students in Scotland [1.2].", S1, "S"),
("Inspectors found that bullying was not dealt with [2.2].", S2, "S"),
("A record share of UK 18-year-olds applied to university this year [1.1].", S1, "S"),
("Ofsted found pupils' behaviour poor at Greenfield Academy, which it rated inadequate [2.1][2.2].", S2, "S"),
("A record 44 percent of UK 18-year-olds applied to university this year [1.1].", S1, "R"),  # number changed
("A record 41 percent of UK 18-year-olds applied to university this year, according to Ofsted [1.1].", S1, "R"),  # source swapped
("Applications from students in Wales fell by 3 percent [1.2].", S1, "R"),  # place swapped
("Applications from students in Scotland rose by 3 percent [1.2].", S1, "R"),  # direction reversed
("The number of international applicants from India dropped for the second year running [1.3].", S1, "R"),  # country swapped
("The number of international applicants from China dropped for the first time [1.3].", S1, "R"),  # contradiction
("UCAS chief executive Jo Saxton said universities were offering fewer places through clearing [1.4].", S1, "R"),  # antonym
("Education Secretary Jo Saxton said universities were offering more places through clearing [1.4].", S1, "R"),  # role swapped
("Law remained the most competitive subject, with about five applicants for every place [1.5].", S1, "R"),  # sibling swap
("Medicine remained the most competitive subject, with about ten applicants for every place [1.5].", S1, "R"),  # number changed
("Some universities will cut courses because of financial pressures, the report said [1.6].", S1, "R"),  # hedge dropped
("Most universities may cut courses because of financial pressures, the report warned [1.6].", S1, "R"),  # quantifier widened
("Ofsted rated Greenfield Academy in Leeds as outstanding [2.1].", S2, "R"),  # antonym
("Ofsted rated Greenfield Academy in Bradford as inadequate [2.1].", S2, "R"),  # place swapped
("Ofsted rated Greenfield Academy as inadequate after an inspection in May [2.1].", S2, "R"),  # month changed
("Inspectors found that pupils' behaviour was good [2.2].", S2, "R"),  # antonym
("The school had been rated outstanding at its previous inspection in 2019 [2.3].", S2, "R"),  # rating changed
("Headteacher Mark Lowe resigned two weeks before the report was published [2.4].", S2, "R"),  # after->before
("Headteacher Mark Lowe was sacked two weeks after the report was published [2.4].", S2, "R"),  # resigned->sacked
("The trust that runs the school said it would appoint a permanent head by September [2.5].", S2, "R"),  # interim->permanent
("Parents said they had raised concerns about bullying for more than five years [2.6].", S2, "R"),  # number changed
("Inspectors criticised the school's sixth form [2.7].", S2, "R"),  # antonym
("Headteacher Mark Lowe resigned because parents had complained about bullying [2.4].", S2, "R"),  # invented cause
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
