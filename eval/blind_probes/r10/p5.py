A = "Harlow United beat Bexley Rovers 3-1 on Saturday to move top of the league table. Striker Jamal Osei scored twice in the first half, and midfielder Leo Brandt added a third after the break. Bexley's only goal came from a penalty in the 78th minute. Harlow have now won their last five away matches. Bexley manager Sean Doyle said his side had been \"second best all afternoon.\" The result leaves Bexley in ninth place."
B = "Mia Chen won her first Grand Slam title on Sunday, defeating top seed Olga Petrova 6-4, 3-6, 7-5 in the final. The 21-year-old saved two match points in the third set. Petrova had won the tournament in each of the previous two years. Chen said after the match that she had not slept the night before. She will rise to fourth in the world rankings on Monday."
C = "England beat New Zealand by seven wickets in the second Test at Lord's on Monday to level the three-match series at 1-1. Chasing 241 to win, England reached their target with more than a session to spare. Captain Ben Hartley made an unbeaten 96. New Zealand had been bowled out for 288 in their second innings. The third and final Test begins in Leeds on Friday."
D = "Kenya's Ruth Kiplagat won the Berlin Marathon on Sunday in 2 hours 16 minutes 40 seconds, the second-fastest time ever run by a woman. Ethiopia's Tigist Alemu finished 41 seconds behind her. In the men's race, defending champion Samuel Tola pulled out after 30 kilometres with a calf injury. The race was won by Uganda's Joel Kiprop in 2:03:11. Organisers said a record 48,000 runners took part."

PROBES = [
    ("Harlow United defeated Bexley Rovers 3-1 on Saturday to go top of the league [1.1].", A, "S"),
    ("Jamal Osei scored two first-half goals and Leo Brandt added a third after half-time [1.2].", A, "S"),
    ("Bexley's lone goal was a 78th-minute penalty [1.3].", A, "S"),
    ("Harlow have won their last five away matches [1.4].", A, "S"),
    ("Bexley manager Sean Doyle said his team had been \"second best all afternoon.\" [1.5]", A, "S"),
    ("Bexley are ninth after the result [1.6].", A, "S"),
    ("Harlow's goals came from Jamal Osei, who scored twice, and Leo Brandt [1.2].", A, "S"),
    ("Mia Chen claimed her first Grand Slam title on Sunday, beating top seed Olga Petrova 6-4, 3-6, 7-5 in the final [1.1].", B, "S"),
    ("Chen, 21, saved two match points in the third set [1.1][1.2].", B, "S"),
    ("Petrova had won the tournament in the two previous years [1.3].", B, "S"),
    ("Chen said she had not slept the night before the match [1.4].", B, "S"),
    ("Chen will move up to fourth in the world rankings on Monday [1.5].", B, "S"),
    ("England beat New Zealand by seven wickets at Lord's on Monday to level the series at 1-1 [1.1].", C, "S"),
    ("England chased down 241 with more than a session remaining [1.2].", C, "S"),
    ("Captain Ben Hartley scored an unbeaten 96 [1.3].", C, "S"),
    ("New Zealand were bowled out for 288 in their second innings [1.4].", C, "S"),
    ("The final Test starts in Leeds on Friday [1.5].", C, "S"),
    ("Ruth Kiplagat of Kenya won the Berlin Marathon on Sunday in 2:16:40, the second-fastest women's time ever [1.1].", D, "S"),
    ("Ethiopia's Tigist Alemu finished 41 seconds behind Kiplagat [1.1][1.2].", D, "S"),
    ("Defending men's champion Samuel Tola withdrew after 30 kilometres with a calf injury [1.3].", D, "S"),
    ("Uganda's Joel Kiprop won the men's race in 2:03:11 [1.3][1.4].", D, "S"),
    ("A record 48,000 runners participated, organisers said [1.5].", D, "S"),
    ("Bexley Rovers beat Harlow United 3-1 on Saturday [1.1].", A, "R"),  # role swap
    ("Leo Brandt scored twice in the first half [1.2].", A, "R"),  # agent swap: Osei
    ("Bexley's only goal came from a penalty in the 87th minute [1.3].", A, "R"),  # 78th
    ("Harlow have now won their last five matches [1.4].", A, "R"),  # restriction 'away' dropped
    ("Bexley manager Sean Doyle said his side had been the better team [1.5].", A, "R"),  # opposite of second best
    ("The result leaves Harlow in ninth place [1.6].", A, "R"),  # Bexley
    ("Jamal Osei scored twice in the second half [1.2].", A, "R"),  # first half
    ("Olga Petrova won the final against Mia Chen [1.1].", B, "R"),  # role swap
    ("Chen saved three match points in the third set [1.1][1.2].", B, "R"),  # two
    ("Petrova had won the tournament in each of the previous three years [1.3].", B, "R"),  # two
    ("Chen said she had slept well the night before [1.4].", B, "R"),  # had not slept
    ("Chen will rise to first in the world rankings [1.5].", B, "R"),  # fourth
    ("New Zealand beat England by seven wickets [1.1].", C, "R"),  # role swap
    ("England won the second Test by seven runs [1.1].", C, "R"),  # wickets -> runs
    ("England lead the three-match series 2-1 [1.1].", C, "R"),  # level at 1-1
    ("Captain Ben Hartley was out for 96 [1.3].", C, "R"),  # unbeaten
    ("The third Test begins in Manchester on Friday [1.5].", C, "R"),  # Leeds
    ("Ruth Kiplagat set a world record in winning the Berlin Marathon [1.1].", D, "R"),  # second-fastest ever, not record
    ("Tigist Alemu of Kenya finished 41 seconds behind Kiplagat [1.1][1.2].", D, "R"),  # Ethiopia's
    ("Samuel Tola won the men's race in 2:03:11 [1.3][1.4].", D, "R"),  # Kiprop won; Tola pulled out
    ("Samuel Tola pulled out after 30 kilometres with a hamstring injury [1.3].", D, "R"),  # calf
    ("Organisers said 48,000 runners finished the race [1.5].", D, "R"),  # took part, not finished
]
