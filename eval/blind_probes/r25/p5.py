# Domain: a marathon and a cycling race
S1 = " ".join([
    "Kenya's Faith Chelimo won the Riverton Marathon on Sunday in 2 hours 17 minutes 45 seconds, breaking the course record by 38 seconds.",
    "Ethiopia's Almaz Tesfaye finished second, 22 seconds behind, while defending champion Hannah Lowry of Britain was third.",
    "In the men's race, Uganda's Daniel Okello pulled away in the final three kilometres to win in 2:05:11.",
    "Organisers said about 41,000 runners started the race, a record for the event, and temperatures stayed below 12C throughout.",
    "Chelimo, 27, said she had planned to run \"conservatively\" until the 30-kilometre mark and was surprised by the time.",
    "On the same day, Dutch rider Sven de Wit won the fifth stage of the Tour of the Alpine Lakes after a solo attack on the final climb.",
    "De Wit crossed the line 19 seconds ahead of Belgian Jules Maertens, with Colombian Andrés Castaño third.",
    "Italian Marco Ferri kept the leader's yellow jersey and now leads the general classification by 47 seconds.",
    "The 182-kilometre stage was shortened by 15 kilometres because of snow on the Passo Biel.",
    "Race doctors said French rider Luc Arnaud, who crashed on a descent, had suffered a suspected broken collarbone and was unlikely to start Monday's stage.",
    "The Tour finishes next Sunday with a time trial in Lakeford.",
])
PROBES = [
("Faith Chelimo of Kenya won Sunday's Riverton Marathon in 2:17:45 [1.1].", S1, "S"),  # reformatted time
("Chelimo set a new course record, beating the old mark by 38 seconds [1.1].", S1, "S"),  # paraphrase
("Faith Chelimo won the Riverton Marathon on Saturday [1.1].", S1, "R"),  # wrong weekday
("Chelimo broke the course record by 83 seconds [1.1].", S1, "R"),  # transposed digits
("Chelimo broke the world record in Riverton [1.1].", S1, "R"),  # course vs world record
("Faith Chelimo of Ethiopia won the Riverton Marathon [1.1].", S1, "R"),  # wrong nationality
("Almaz Tesfaye of Ethiopia was runner-up, 22 seconds adrift [1.2].", S1, "S"),  # second = runner-up
("Britain's Hannah Lowry, last year's winner, came third [1.2].", S1, "S"),  # defending champion = last winner
("Hannah Lowry successfully defended her title [1.2].", S1, "R"),  # she was third
("Almaz Tesfaye finished 32 seconds behind the winner [1.2].", S1, "R"),  # wrong figure
("Almaz Tesfaye finished third [1.2].", S1, "R"),  # swapped positions
("Daniel Okello of Uganda won the men's race in 2:05:11 after breaking clear over the last three kilometres [1.3].", S1, "S"),  # pulled away = broke clear
("Okello won the men's marathon with a late surge [1.3].", S1, "S"),  # generalisation
("Daniel Okello of Kenya won the men's race [1.3].", S1, "R"),  # wrong nationality
("Okello pulled away in the final ten kilometres [1.3].", S1, "R"),  # wrong distance
("Okello won the men's race in a course record [1.3].", S1, "R"),  # unsupported record
("A record field of roughly 41,000 runners started, according to organisers [1.4].", S1, "S"),  # reworded
("Organisers said temperatures never rose above 12C during the race [1.4].", S1, "S"),  # stayed below
("About 41,000 runners finished the race [1.4].", S1, "R"),  # started vs finished
("About 14,000 runners started the race [1.4].", S1, "R"),  # number error
("Organisers said temperatures rose above 20C [1.4].", S1, "R"),  # contradiction
("The 27-year-old Chelimo said she had intended to hold back until 30 kilometres [1.5].", S1, "S"),  # conservatively = hold back
("Chelimo said her time had surprised her [1.5].", S1, "S"),  # reported speech
("Chelimo said she had planned to run aggressively from the start [1.5].", S1, "R"),  # antonym
("Chelimo, 27, said she had expected to run such a fast time [1.5].", S1, "R"),  # contradicts surprise
("Chelimo said she had planned to run conservatively until the 20-kilometre mark [1.5].", S1, "R"),  # wrong figure
("Sven de Wit of the Netherlands took stage five of the Tour of the Alpine Lakes with a solo move on the last climb [1.6].", S1, "S"),  # Dutch = Netherlands
("De Wit attacked alone on the final ascent to win the stage [1.6].", S1, "S"),  # synonyms
("Sven de Wit won the fourth stage of the Tour [1.6].", S1, "R"),  # wrong stage
("De Wit won the stage in a sprint finish [1.6].", S1, "R"),  # contradicts solo attack
("De Wit won the stage after an attack on the final descent [1.6].", S1, "R"),  # climb vs descent
("De Wit finished 19 seconds clear of Belgium's Jules Maertens [1.7].", S1, "S"),  # reworded
("Colombia's Andrés Castaño took third place on the stage [1.7].", S1, "S"),  # reworded
("De Wit crossed the line 9 seconds ahead of Maertens [1.7].", S1, "R"),  # wrong figure
("Andrés Castaño finished second on the stage [1.7].", S1, "R"),  # wrong position
("Jules Maertens, a Dutch rider, finished second [1.7].", S1, "R"),  # wrong nationality
("Marco Ferri of Italy retained the yellow jersey [1.8].", S1, "S"),  # kept = retained
("Ferri's overall lead stands at 47 seconds [1.8].", S1, "S"),  # GC lead
("Marco Ferri lost the yellow jersey [1.8].", S1, "R"),  # antonym
("Ferri leads the general classification by 47 seconds over De Wit [1.8].", S1, "R"),  # added unsupported detail (who is second)
("Ferri leads the general classification by 74 seconds [1.8].", S1, "R"),  # digits swapped
("Snow on the Passo Biel forced organisers to cut 15 kilometres from the 182-kilometre stage [1.9].", S1, "S"),  # reworded
("The stage was shortened because of bad weather on the Passo Biel [1.9].", S1, "S"),  # snow -> bad weather generalisation
("The stage was shortened because of a landslide on the Passo Biel [1.9].", S1, "R"),  # wrong cause
("The stage was shortened by 25 kilometres [1.9].", S1, "R"),  # wrong figure
("The 182-kilometre stage was cancelled because of snow [1.9].", S1, "R"),  # shortened vs cancelled
("Doctors said Luc Arnaud probably broke his collarbone in a crash on a descent [1.10].", S1, "S"),  # suspected -> probably
("Arnaud is not expected to start Monday's stage, race doctors said [1.10].", S1, "S"),  # unlikely = not expected
("Race doctors confirmed that Luc Arnaud had broken his collarbone [1.10].", S1, "R"),  # suspected -> confirmed
("Race doctors said Arnaud would not start Monday's stage [1.10].", S1, "R"),  # unlikely -> would not
("Arnaud had suffered a suspected broken wrist [1.10].", S1, "R"),  # wrong body part
("Luc Arnaud, a Belgian rider, crashed on a descent [1.10].", S1, "R"),  # wrong nationality
("The race concludes next Sunday with a Lakeford time trial [1.11].", S1, "S"),  # reworded
("The Tour finishes next Sunday with a mountain stage in Lakeford [1.11].", S1, "R"),  # wrong stage type
("Chelimo won in a record time, with Tesfaye second and Lowry third [1.1, 1.2].", S1, "S"),  # merge (course record)
("Okello won the men's race and Chelimo the women's [1.1, 1.3].", S1, "R"),  # (relabelled: 1.1 never says 'women's race'; adds a fact)
("Chelimo won the Riverton Marathon in a course record, and Okello took the men's race in 2:05:11 [1.1, 1.3].", S1, "S"),  # merge, no added fact
("De Wit won stage five, while Ferri kept the overall lead [1.6, 1.8].", S1, "S"),  # merge
("De Wit's win moved him into the overall lead [1.6, 1.8].", S1, "R"),  # contradicts 1.8 Ferri leads
("Ferri kept the yellow jersey [1.7].", S1, "R"),  # wrong sentence cited
("The record field of about 41,000 runners benefited from cool conditions [1.4].", S1, "R"),  # unsupported 'benefited' causal
("Chelimo broke the course record in temperatures below 12C [1.1, 1.4].", S1, "S"),  # merge
("Maertens finished second on the shortened stage [1.7, 1.9].", S1, "S"),  # merge
("The course record fell to Chelimo, who finished 22 seconds in front of Tesfaye [1.1, 1.2].", S1, "S"),  # merge, voice change
("Okello's winning time in the men's race was 2 hours 5 minutes 11 seconds [1.3].", S1, "S"),  # time written out
("Arnaud's participation in Monday's stage is in doubt after a crash [1.10].", S1, "S"),  # unlikely to start = in doubt
("Three nations filled the stage podium: the Netherlands, Belgium and Colombia [1.6, 1.7].", S1, "S"),  # Dutch winner, Belgian 2nd, Colombian 3rd
]
