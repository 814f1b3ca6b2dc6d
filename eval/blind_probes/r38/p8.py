# Domain: two-outlet brief on a rail operator's timetable cuts
S1 = " ".join([
    "Westline Railways will cut 214 weekday services from its timetable from 18 May, the operator announced on Monday.",
    "The reductions, equal to about 9% of its daily trains, will mostly affect off-peak routes between Bristol, Cardiff and Swindon.",
    "Westline said the cuts were needed because of a shortage of qualified drivers, with 63 vacancies across its network.",
    "Managing director Claire Fenwick said the company had 'no choice' but to run a smaller, more reliable timetable rather than cancel trains at short notice.",
    "Figures from the Office of Rail and Road show that Westline cancelled 6.8% of its services in the last quarter, the highest rate of any operator in England and Wales.",
    "Fenwick said 48 trainee drivers would qualify by the end of the year, allowing some services to be restored in December.",
    "The last direct evening train from Cardiff to Swindon will now leave at 21:40 instead of 23:15.",
    "Passenger group Transport Focus said it was 'deeply concerned' about the impact on shift workers and students who rely on late services.",
    "The RMT union blamed the driver shortage on years of under-investment in training and said it would oppose any permanent reduction in services.",
    "Westline's contract with the Department for Transport is due for review in 2026.",
    "Bristol North West MP Anna Reece said she had written to the transport secretary asking for the cuts to be reversed.",
    "Season ticket prices will not be reduced to reflect the smaller timetable, a Westline spokesperson confirmed.",
    "The operator carried about 41 million passengers last year, up from 36 million the year before.",
])
S2 = " ".join([
    "Rail operator Westline is to remove more than 200 weekday trains from its timetable next month in what unions have called 'managed decline'.",
    "The operator said 214 services would be cut from 18 May, mainly on quieter routes in south Wales and the west of England.",
    "Westline told the newspaper that it currently has 63 driver vacancies and that 48 trainees are due to qualify before the end of the year.",
    "The RMT's regional organiser, Dave Collins, said the company had cut its training budget by a third since 2021.",
    "Westline disputed that figure, saying training spending had fallen by 12% over the period but was now rising again.",
    "Commuters on the Cardiff to Swindon line will lose their last two evening departures, according to timetable documents seen by this newspaper.",
    "One commuter, nurse Helen Pryce, said she would have to drive to work at Swindon's Great Western Hospital for her night shifts.",
    "Claire Fenwick, Westline's managing director, said the operator was 'not walking away' from the routes and would restore services 'as soon as drivers are available'.",
    "She said she expected a partial restoration of services in December, but could not give a date for a full return.",
    "The Department for Transport said timetables were a matter for operators but that it was monitoring Westline's performance closely.",
    "Westline's cancellation rate of 6.8% last quarter compares with a national average of 3.1%, according to the Office of Rail and Road.",
    "The cuts come weeks after Westline reported an operating profit of £38m for the last financial year.",
    "Transport Focus said passengers should be compensated if they had bought season tickets before the changes were announced.",
    "A Westline spokesperson said the company was 'looking at' options for season ticket holders but no decision had been made.",
])
PROBES = [
("Westline Railways is axing 214 weekday services from 18 May [1.1].", [S1, S2], "S"),  # matches
("Both reports said the cuts would begin on 18 May and remove 214 weekday services [1.1, 2.1, 2.2].", [S1, S2], "S"),  # weekday from 2.1, 214 and date from 2.2
("Westline will cut 241 weekday services [1.1].", [S1, S2], "R"),  # 214
("Westline will cut 214 weekend services from 18 May [1.1].", [S1, S2], "R"),  # weekday
("The cuts amount to roughly 9% of Westline's daily trains and fall mainly on off-peak routes [1.2].", [S1, S2], "S"),  # matches
("Routes between Bristol, Cardiff and Swindon will bear the brunt of the reductions [1.2].", [S1, S2], "S"),  # mostly affect
("The cuts will mostly affect peak-time commuter routes [1.2].", [S1, S2], "R"),  # off-peak
("The cuts are equal to about 19% of Westline's daily trains [1.2].", [S1, S2], "R"),  # 9%
("Westline blamed the cuts on a lack of qualified drivers [1.3].", [S1, S2], "S"),  # matches
("Both outlets reported that Westline has 63 driver vacancies [1.3, 2.3].", [S1, S2], "S"),  # both say 63
("Westline said the cuts were needed because of a shortage of new trains [1.3].", [S1, S2], "R"),  # drivers
("Westline has 48 driver vacancies [1.3, 2.3].", [S1, S2], "R"),  # 63; 48 are trainees
("Claire Fenwick said Westline had no choice but to run a smaller, more reliable timetable instead of cancelling trains at short notice [1.4].", [S1, S2], "S"),  # reported speech
("Westline's managing director said the slimmer timetable was meant to be more reliable [1.4].", [S1, S2], "S"),  # paraphrase
("Claire Fenwick said the company would keep cancelling trains at short notice [1.4].", [S1, S2], "R"),  # rather than
("According to the Office of Rail and Road, Westline cancelled 6.8% of its services last quarter, more than double the national average of 3.1% [1.5, 2.11].", [S1, S2], "S"),  # merged, 6.8 > 2 x 3.1
("Westline had the highest cancellation rate of any operator in England and Wales last quarter [1.5].", [S1, S2], "S"),  # matches
("Westline cancelled 6.8% of its services last quarter, the highest rate of any operator in the UK [1.5].", [S1, S2], "R"),  # England and Wales
("The national average cancellation rate last quarter was 6.8% [2.11].", [S1, S2], "R"),  # 3.1%
("Forty-eight trainee drivers are expected to qualify by the end of the year [1.6, 2.3].", [S1, S2], "S"),  # both docs
("Fenwick expects to restore some services in December but could not say when all would return [1.6, 2.9].", [S1, S2], "S"),  # merged
("Fenwick said all services would be restored in December [1.6, 2.9].", [S1, S2], "R"),  # partial only
("Fenwick said 63 trainee drivers would qualify by the end of the year [1.6].", [S1, S2], "R"),  # 48
("The last direct evening train from Cardiff to Swindon will depart at 21:40 rather than 23:15 [1.7].", [S1, S2], "S"),  # matches
("The last direct evening train from Cardiff to Swindon will now leave at 23:15 instead of 21:40 [1.7].", [S1, S2], "R"),  # times swapped
("Transport Focus voiced deep concern about the effect on shift workers and students who depend on late trains [1.8].", [S1, S2], "S"),  # paraphrase
("Transport Focus said it was 'deeply concerned' about the impact on pensioners [1.8].", [S1, S2], "R"),  # shift workers and students
("The RMT blamed years of under-investment in training for the driver shortage [1.9].", [S1, S2], "S"),  # matches
("The RMT said it would fight any permanent cut to services [1.9].", [S1, S2], "S"),  # oppose
("The RMT said it would accept a permanent reduction in services if training improved [1.9].", [S1, S2], "R"),  # would oppose
("Westline's contract with the Department for Transport is up for review in 2026 [1.10].", [S1, S2], "S"),  # matches
("Westline's contract with the Department for Transport will end in 2026 [1.10].", [S1, S2], "R"),  # review, not end
("Anna Reece has written to the transport secretary urging a reversal of the cuts [1.11].", [S1, S2], "S"),  # matches
("Anna Reece wrote to the prime minister asking for the cuts to be reversed [1.11].", [S1, S2], "R"),  # transport secretary
("Anna Reece said Westline's £38m profit meant the cuts should be reversed [1.11, 2.12].", [S1, S2], "R"),  # link not made
("A Westline spokesperson confirmed that season ticket prices would not be cut despite the reduced timetable [1.12].", [S1, S2], "S"),  # not reduced
("Westline confirmed season ticket prices would be reduced to reflect the smaller timetable [1.12].", [S1, S2], "R"),  # will not be
("Both outlets reported that Westline had ruled out any help for season ticket holders [1.12, 2.14].", [S1, S2], "R"),  # S2 says no decision made
("Westline carried around 41 million passengers last year, an increase of about 5 million [1.13].", [S1, S2], "S"),  # 41 - 36
("Westline carried about 41 million passengers last year, down from 46 million [1.13].", [S1, S2], "R"),  # up from 36 million
("Unions have described the cuts as 'managed decline' [2.1].", [S1, S2], "S"),  # matches
("Westline itself described the cuts as 'managed decline' [2.1].", [S1, S2], "R"),  # unions said it
("The services being cut are mainly on quieter routes in south Wales and the west of England [2.2].", [S1, S2], "S"),  # matches
("The cuts will mainly affect routes in north Wales [2.2].", [S1, S2], "R"),  # south Wales
("Dave Collins of the RMT said Westline had cut its training budget by a third since 2021 [2.4].", [S1, S2], "S"),  # matches
("Westline said training spending had fallen by 12%, not a third, and was now increasing again [2.4, 2.5].", [S1, S2], "S"),  # disputed figure
("Dave Collins, the RMT's general secretary, said the training budget had been cut by a third [2.4].", [S1, S2], "R"),  # regional organiser
("Westline accepted that its training budget had been cut by a third since 2021 [2.4, 2.5].", [S1, S2], "R"),  # disputed it
("Westline said training spending had fallen by 21% [2.5].", [S1, S2], "R"),  # 12%
("Westline said training spending was still falling [2.5].", [S1, S2], "R"),  # rising again
("Cardiff to Swindon commuters will lose their final two evening departures, according to timetable documents [2.6].", [S1, S2], "S"),  # matches
("Commuters on the Cardiff to Swindon line will lose their last three evening departures [2.6].", [S1, S2], "R"),  # two
("Nurse Helen Pryce said she would have to drive to her night shifts at Great Western Hospital in Swindon [2.7].", [S1, S2], "S"),  # matches
("Helen Pryce, a teacher, said she would have to drive to work [2.7].", [S1, S2], "R"),  # nurse
("Fenwick insisted Westline was 'not walking away' from the affected routes [2.8].", [S1, S2], "S"),  # matches
("Westline's managing director said services would return once drivers became available [2.8].", [S1, S2], "S"),  # paraphrase
("Fenwick gave a date for the full return of services [2.9].", [S1, S2], "R"),  # could not
("The Department for Transport said it was closely watching Westline's performance, while leaving timetables to operators [2.10].", [S1, S2], "S"),  # matches
("The Department for Transport said it would take control of Westline's timetable [2.10].", [S1, S2], "R"),  # matter for operators
("The cuts follow a £38m operating profit at Westline for the last financial year [2.12].", [S1, S2], "S"),  # matches
("Westline reported an operating loss of £38m for the last financial year [2.12].", [S1, S2], "R"),  # profit
("Westline reported a £38m operating profit for the last quarter [2.12].", [S1, S2], "R"),  # financial year
("Transport Focus called for compensation for passengers who bought season tickets before the changes were announced [2.13].", [S1, S2], "S"),  # reworded
("Transport Focus raised concerns about the cuts' impact and argued that some season ticket holders should be compensated [1.8, 2.13].", [S1, S2], "S"),  # merged across docs
("Transport Focus said all season ticket holders should be compensated [2.13].", [S1, S2], "R"),  # only those who bought before announcement
("A Westline spokesperson said no decision had yet been made on options for season ticket holders [2.14].", [S1, S2], "S"),  # matches
]
