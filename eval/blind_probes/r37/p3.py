# Domain: women's football cup final
S1 = " ".join([
    "Ashbourne Rovers won the Women's Challenge Cup for the first time on Sunday, beating holders Kingsmere City 2-1 after extra time at Wembley Stadium.",
    "A crowd of 71,384 watched the final, a record for the competition.",
    "Kingsmere took the lead in the 23rd minute when Norwegian striker Ingrid Solheim headed in a corner from Jess Whitlock.",
    "Ashbourne equalised nine minutes after half-time through captain Megan Doyle, who curled a free kick into the top corner from 25 yards.",
    "Kingsmere goalkeeper Hannah Price made a string of saves in the second half to keep the score level, including a fingertip stop from Doyle's volley in stoppage time.",
    "The winning goal came in the 112th minute, when 19-year-old substitute Aisha Kamara ran onto a long pass from Lucy Barton and shot low past Price.",
    "Kamara had only come on at the start of extra time, replacing the injured forward Chloe Evans.",
    "Kingsmere finished the match with ten players after defender Sara Lindqvist was sent off for a second yellow card in the 105th minute.",
    "Ashbourne manager Tom Reilly said the victory was 'the greatest day in the club's history'.",
    "'We were second best for long spells, but this group never knows when it is beaten,' he said.",
    "Kingsmere head coach Natalie Brandt said her side had been 'punished for one moment of lost concentration' but refused to blame the referee for the red card.",
    "Kingsmere had been aiming to become the first team to win the cup three years in a row.",
    "Ashbourne, who were promoted to the top division only two seasons ago, will receive prize money of 430,000 pounds.",
    "Doyle, 33, said she had considered retiring last summer but was glad she had stayed for 'a day like this'.",
    "The club will hold an open-top bus parade through the town on Tuesday evening.",
])
PROBES = [
("Ashbourne Rovers claimed their first Women's Challenge Cup title, defeating Kingsmere City 2-1 after extra time [1.1].", S1, "S"),  # paraphrase
("Ashbourne Rovers beat Kingsmere City 2-1 in normal time [1.1].", S1, "R"),  # after extra time
("Kingsmere City went into the final as the cup holders [1.1].", S1, "S"),  # 'holders'
("The final at Wembley Stadium drew a competition-record crowd of 71,384 [1.1, 1.2].", S1, "S"),  # merge
("The crowd of 71,384 was a record for women's football in England [1.2].", S1, "R"),  # scope widened: record for the competition
("Ingrid Solheim put Kingsmere ahead in the 23rd minute, heading in a Jess Whitlock corner [1.3].", S1, "S"),  # paraphrase
("Jess Whitlock headed Kingsmere into the lead from an Ingrid Solheim corner [1.3].", S1, "R"),  # roles swapped
("Kingsmere's opening goal was scored by a Norwegian striker [1.3].", S1, "S"),  # generalised
("Megan Doyle levelled for Ashbourne in the 54th minute with a 25-yard free kick [1.4].", S1, "S"),  # nine minutes after half-time = 54th
("Megan Doyle equalised nine minutes before half-time [1.4].", S1, "R"),  # after, not before
("Ashbourne captain Megan Doyle equalised with a penalty [1.4].", S1, "R"),  # free kick
("Goalkeeper Hannah Price kept Kingsmere level with several second-half saves, among them a fingertip stop from a Doyle volley in stoppage time [1.5].", S1, "S"),  # paraphrase
("Hannah Price saved a Doyle penalty in stoppage time [1.5].", S1, "R"),  # volley, not penalty
("Aisha Kamara, a 19-year-old substitute, scored the winner in the 112th minute [1.6].", S1, "S"),  # reordered
("Aisha Kamara scored the winner in the 105th minute [1.6, 1.8].", S1, "R"),  # 105 is the red card; goal 112
("Lucy Barton's long pass set up Kamara's winning goal [1.6].", S1, "S"),  # reworded
("Kamara's winner was set up by a long pass from Megan Doyle [1.4, 1.6].", S1, "R"),  # Lucy Barton
("Kamara came off the bench at the start of extra time in place of the injured Chloe Evans [1.7].", S1, "S"),  # paraphrase
("Kamara came on at half-time, replacing Chloe Evans [1.7].", S1, "R"),  # start of extra time
("Kamara scored seven minutes after Kingsmere were reduced to ten players [1.6, 1.8].", S1, "S"),  # 112 - 105
("Kamara scored before Kingsmere were reduced to ten players [1.6, 1.8].", S1, "R"),  # after
("Kingsmere defender Sara Lindqvist was dismissed after picking up a second yellow card [1.8].", S1, "S"),  # paraphrase
("Sara Lindqvist was shown a straight red card [1.8].", S1, "R"),  # second yellow
("Ashbourne played the closing stages with ten players [1.8].", S1, "R"),  # Kingsmere
("Ashbourne manager Tom Reilly called the win the greatest day in the club's history [1.9].", S1, "S"),  # reported speech
("Tom Reilly admitted his team had been second best for long periods but praised their refusal to accept defeat [1.9, 1.10].", S1, "S"),  # reported speech, 'he' resolved by 1.9
("Tom Reilly said his team had dominated the match [1.9, 1.10].", S1, "R"),  # second best for long spells
("Natalie Brandt said her side had been punished for a single lapse in concentration [1.11].", S1, "S"),  # paraphrase
("Natalie Brandt blamed the referee for the red card [1.11].", S1, "R"),  # refused to blame
("Kingsmere's head coach declined to criticise the referee over the sending-off [1.11].", S1, "S"),  # paraphrase
("Kingsmere were trying to become the first side to win the cup in three consecutive years [1.12].", S1, "S"),  # paraphrase
("Kingsmere were trying to become the first team to win the cup four years in a row [1.12].", S1, "R"),  # three
("Kingsmere became the first team to win the cup three years in a row [1.12].", S1, "R"),  # aim, not achieved (and they lost)
("Ashbourne, who reached the top flight just two seasons ago, will collect 430,000 pounds in prize money [1.13].", S1, "S"),  # paraphrase
("Ashbourne were promoted to the top division last season [1.13].", S1, "R"),  # two seasons ago
("Kingsmere will receive prize money of 430,000 pounds [1.13].", S1, "R"),  # Ashbourne
("Doyle, who is 33, said she had thought about retiring last summer [1.14].", S1, "S"),  # reported speech
("Doyle said she had decided to retire after the final [1.14].", S1, "R"),  # considered retiring last summer, stayed
("Ashbourne's 33-year-old captain scored their equaliser from a free kick [1.4, 1.14].", S1, "S"),  # merge
("An open-top bus parade will be held through the town on Tuesday evening [1.15].", S1, "S"),  # reworded
("The open-top bus parade will be held on Monday evening [1.15].", S1, "R"),  # Tuesday
("Both of Ashbourne's goals were scored by substitutes [1.4, 1.6].", S1, "R"),  # Doyle is captain, not a sub
("Ashbourne came from behind to win the final [1.1, 1.3].", S1, "S"),  # Kingsmere led first, Ashbourne won
("Ashbourne led at half-time [1.3, 1.4].", S1, "R"),  # Kingsmere led 23rd min, equaliser after half-time
("Kingsmere were 1-0 up at half-time [1.1, 1.3, 1.4].", S1, "S"),  # 2-1 final, 23rd-min goal, equaliser after break
("The final was decided by a penalty shoot-out [1.1, 1.6].", S1, "R"),  # won in extra time
("Kamara's winning shot went low past Price [1.6].", S1, "S"),  # reworded
("Hannah Price, the Ashbourne goalkeeper, made a string of saves [1.5].", S1, "R"),  # Kingsmere goalkeeper
("Chloe Evans was substituted because of injury [1.7].", S1, "S"),  # reworded
("Chloe Evans scored before going off injured [1.7].", S1, "R"),  # added detail
("Brandt said Kingsmere had been second best for long spells [1.10, 1.11].", S1, "R"),  # Reilly said it of Ashbourne
("Kingsmere had won the cup in each of the previous two years [1.1, 1.12].", S1, "S"),  # holders aiming for three in a row
("Ashbourne had won the cup once before [1.1].", S1, "R"),  # first time
("The final was played at Wembley Stadium on Saturday [1.1].", S1, "R"),  # Sunday
("Doyle said she was glad she had not retired last summer [1.14].", S1, "S"),  # paraphrase
("The winning goal was scored by 19-year-old Lucy Barton [1.6].", S1, "R"),  # Barton provided the pass
("A 25-yard free kick from the Ashbourne captain cancelled out Solheim's header [1.3, 1.4].", S1, "S"),  # merge
("Solheim, a Swedish striker, opened the scoring [1.3].", S1, "R"),  # Norwegian
("Brandt refused to blame the referee for Lindqvist's red card [1.8, 1.11].", S1, "S"),  # merge
("Natalie Brandt is Ashbourne's head coach [1.11].", S1, "R"),  # Kingsmere
("The 430,000 pounds in prize money is a record for the competition [1.2, 1.13].", S1, "R"),  # the crowd was the record
("The teenager who scored the winner had replaced an injured forward [1.6, 1.7].", S1, "S"),  # 19-year-old
("Kamara came on for the injured defender Chloe Evans [1.7].", S1, "R"),  # forward
("Reilly said the victory was the greatest day in the history of the competition [1.9].", S1, "R"),  # club's history
("Doyle scored Ashbourne's equaliser and later had a stoppage-time volley saved by Price [1.4, 1.5].", S1, "S"),  # merge
("Ashbourne, a top-flight side for only two seasons, beat a Kingsmere team that had won the cup in each of the two previous years [1.1, 1.12, 1.13].", S1, "S"),  # merge three; holders chasing a third in a row
("Ashbourne captain Doyle was denied a second goal by a Price fingertip save in stoppage time [1.4, 1.5].", S1, "S"),  # merge
("Reilly conceded that Kingsmere had been the better side for long spells [1.9, 1.10].", S1, "S"),  # 'we were second best'
]
