# Domain: a rugby union match report
S1 = " ".join([
    "Leinster beat Toulouse 27-19 in the Champions Cup semi-final at the Aviva Stadium on Saturday, reaching the final for the third season in a row.",
    "Full-back Hugo Keenan scored two tries, the first after just six minutes when he collected a cross-field kick from fly-half Ross Byrne.",
    "Toulouse led 13-10 at half-time thanks to a try from scrum-half Antoine Dupont and eight points from the boot of Thomas Ramos.",
    "Leinster's pack took control after the break, and hooker Dan Sheehan forced his way over from a driving maul in the 54th minute.",
    "Ramos kicked a penalty to bring Toulouse within one point at 20-19 with 12 minutes left, but the visitors could not score again.",
    "Replacement centre Jamie Osborne sealed the win with a try in the 76th minute, which Byrne converted.",
    "A crowd of 51,700 watched the match, and Leinster will face Northampton Saints in the final in Cardiff on 24 May.",
])
S2 = " ".join([
    "Leinster head coach Leo Cullen said his side had been \"patient and brave\" and praised the scrum for winning three penalties in the second half.",
    "Toulouse coach Ugo Mola admitted his team had been second best after the interval but complained about a yellow card shown to lock Emmanuel Meafou.",
    "Meafou was sin-binned in the 48th minute for a high tackle on Leinster captain Caelan Doris, and Leinster scored their third try while he was off the field.",
    "Dupont left the field with an ankle injury in the 60th minute and Mola said he would be assessed on Monday.",
    "Doris was named player of the match after making 19 tackles and carrying the ball 14 times.",
    "The result means Leinster have won 11 of their last 12 home matches in European competition.",
    "Northampton, who beat Bordeaux in the other semi-final on Sunday, are bidding for their first European title since 2000.",
])
PROBES = [
("Leinster defeated Toulouse 27-19 in Saturday's Champions Cup semi-final [1.1].", S1, "S"),  # synonym
("Leinster have reached the Champions Cup final in three consecutive seasons [1.1].", S1, "S"),  # in a row -> consecutive
("Hugo Keenan scored two tries, the first in the sixth minute [1.2].", S1, "S"),  # compression
("Keenan's opening try came from a Ross Byrne cross-field kick [1.2].", S1, "S"),  # nominalisation
("Toulouse were 13-10 ahead at the interval [1.3].", S1, "S"),  # synonym
("Thomas Ramos kicked eight first-half points for Toulouse [1.3].", S1, "S"),  # reword
("Dan Sheehan scored from a driving maul in the 54th minute [1.4].", S1, "S"),  # compression
("After half-time the Leinster forwards took charge [1.4].", S1, "S"),  # pack -> forwards
("A Ramos penalty cut the gap to a single point with 12 minutes to play [1.5].", S1, "S"),  # reword
("Toulouse failed to add any further points after Ramos made it 20-19 [1.5].", S1, "S"),  # could not score again
("Jamie Osborne came off the bench to score a 76th-minute try that Byrne converted [1.6].", S1, "S"),  # replacement -> off the bench
("More than 50,000 spectators attended the match [1.7].", S1, "S"),  # rounding down
("The final against Northampton Saints will be played in Cardiff on 24 May [1.7].", S1, "S"),  # voice change
("Cullen described his team as patient and brave [2.1].", S2, "S"),  # reported speech
("Leo Cullen praised the scrum, which won three second-half penalties [2.1].", S2, "S"),  # reword
("Ugo Mola conceded that Toulouse were second best in the second half [2.2].", S2, "S"),  # admitted -> conceded
("Mola complained about the yellow card given to Emmanuel Meafou [2.2].", S2, "S"),  # compression
("Meafou was shown a yellow card in the 48th minute for a high tackle on Caelan Doris [2.3].", S2, "S"),  # sin-binned -> yellow card
("Leinster scored their third try while Meafou was in the sin bin [2.3].", S2, "S"),  # reword
("Dupont went off with an ankle injury on the hour mark [2.4].", S2, "S"),  # 60th minute -> hour mark
("Mola said Dupont would be assessed on Monday [2.4].", S2, "S"),  # pronoun resolved within sentence
("Doris, the player of the match, made 19 tackles and 14 carries [2.5].", S2, "S"),  # nominalisation
("Northampton beat Bordeaux on Sunday to set up a final against Leinster [1.7][2.7].", S2, "S"),  # merge
("Northampton last won a European title in 2000 [2.7].", S2, "S"),  # first since 2000 implies won in 2000
("Toulouse's half-time lead came from a Dupont try and eight points kicked by Ramos [1.3].", S1, "S"),  # reorder
("Leinster led by only a point with 12 minutes left before Osborne's late try secured victory [1.5][1.6].", S1, "S"),  # merge
("Toulouse beat Leinster 27-19 [1.1].", S1, "R"),  # roles swapped
("Leinster won the semi-final 27-17 [1.1].", S1, "R"),  # score changed
("The semi-final was played at the Aviva Stadium on Sunday [1.1].", S1, "R"),  # day changed
("Leinster reached the final for the fourth season in a row [1.1].", S1, "R"),  # number changed
("Keenan scored his first try after 16 minutes [1.2].", S1, "R"),  # minute changed
("Keenan's first try came from a cross-field kick by scrum-half Ross Byrne [1.2].", S1, "R"),  # position changed
("Leinster led 13-10 at half-time [1.3].", S1, "R"),  # leader swapped
("Toulouse's first-half try was scored by Thomas Ramos [1.3].", S1, "R"),  # scorer swapped
("Dan Sheehan scored from a driving maul in the 45th minute [1.4].", S1, "R"),  # minute changed
("Prop Dan Sheehan forced his way over from a driving maul [1.4].", S1, "R"),  # hooker -> prop
("Ramos's penalty brought Toulouse level with 12 minutes left [1.5].", S1, "R"),  # within one -> level
("Ramos missed a penalty that would have brought Toulouse within one point [1.5].", S1, "R"),  # kicked -> missed
("Jamie Osborne's try in the 76th minute went unconverted [1.6].", S1, "R"),  # negation
("Starting centre Jamie Osborne sealed the win [1.6].", S1, "R"),  # replacement -> starting
("A crowd of 57,100 watched the match [1.7].", S1, "R"),  # number changed
("Leinster will face Northampton Saints in the final in Dublin on 24 May [1.7].", S1, "R"),  # venue changed
("Leinster have lost only one of their last 12 home European matches [2.6].", S2, "R"),  # won 11 of 12 does not exclude a draw
("Cullen praised the lineout for winning three penalties in the second half [2.1].", S2, "R"),  # scrum -> lineout
("Mola admitted Toulouse had been second best throughout the match [2.2].", S2, "R"),  # scope widened
("Leo Cullen complained about the yellow card shown to Meafou [2.2].", S2, "R"),  # wrong speaker
("Meafou was sent off in the 48th minute [2.3].", S2, "R"),  # sin bin -> red card
("Meafou was sin-binned for a high tackle on Hugo Keenan [2.3].", S2, "R"),  # victim changed
("Dupont left the field with a knee injury in the 60th minute [2.4].", S2, "R"),  # injury changed
("Mola said Dupont would miss Toulouse's next match [2.4].", S2, "R"),  # assessed -> will miss
("Doris was named player of the match after making 14 tackles and carrying 19 times [2.5].", S2, "R"),  # numbers swapped
("Northampton beat Bordeaux in the other semi-final on Saturday [2.7].", S2, "R"),  # day changed
("Northampton have never won a European title [2.7].", S2, "R"),  # contradicts since 2000
("Leinster scored their third try, through Dan Sheehan, while Meafou was off the field [2.3].", S2, "R"),  # scorer from uncited 1.4
]
