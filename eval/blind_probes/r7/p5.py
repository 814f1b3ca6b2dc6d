# Sports: football match report (A) and a tennis final (B)
A = ("Riverside United beat Castleford 3-1 on Saturday to move top of the league for the first time this season. "
     "Striker Tomas Avila scored twice in the first half, taking his tally to 14 goals. "
     "Castleford pulled one back through a penalty from captain Neil Hart in the 62nd minute. "
     "Substitute Jonah Price sealed the win with a header five minutes from time. "
     "Castleford defender Omar Diallo was sent off in stoppage time for a second yellow card. "
     "United manager Claire Dunmore said her side had been patient but warned that the title race was far from over. "
     "The crowd of 41,200 was the largest at the stadium since it reopened in 2019. "
     "Castleford have now lost four of their last five away matches.")
B = ("Lena Kovac won her first Grand Slam title on Sunday, defeating the top seed, Mia Chen, 6-4, 3-6, 7-5 in the final. "
     "Kovac, who is ranked 14th in the world, saved two match points in the deciding set. "
     "The match lasted two hours and 48 minutes. "
     "Chen had won their three previous meetings without dropping a set. "
     "Kovac said she had nearly quit the sport last year after a shoulder injury. "
     "Chen, 24, said she was disappointed but proud of her run to the final. "
     "Kovac will rise to seventh in the rankings on Monday. "
     "She receives prize money of $3.1 million.")
X = [A, B]
PROBES = [
    ("Riverside United defeated Castleford 3-1 on Saturday, going top of the league for the first time this season [1.1].", X, "S"),
    ("Tomas Avila scored two first-half goals, bringing his tally to 14 [1.2].", X, "S"),
    ("Castleford captain Neil Hart converted a penalty in the 62nd minute to pull one back [1.3].", X, "S"),
    ("Substitute Jonah Price headed in the third goal five minutes before the end [1.1][1.4].", X, "S"),
    ("Castleford's Omar Diallo was sent off in stoppage time after a second yellow card [1.5].", X, "S"),
    ("Manager Claire Dunmore said her team had been patient but warned the title race was far from over [1.6].", X, "S"),
    ("The attendance of 41,200 was the stadium's biggest since it reopened in 2019 [1.7].", X, "S"),
    ("Castleford have lost four of their past five away games [1.8].", X, "S"),
    ("Avila's first-half double and a late header from substitute Jonah Price gave Riverside United a 3-1 win over Castleford [1.1][1.2][1.4].", X, "S"),
    ("Castleford, who had Omar Diallo sent off in stoppage time, have now lost four of their last five away matches [1.5][1.8].", X, "S"),
    ("Riverside United's 3-1 victory on Saturday lifted them to the top of the league [1.1].", X, "S"),
    # unsupported
    ("Castleford beat Riverside United 3-1 on Saturday [1.1].", X, "R"),  # role swap
    ("Riverside United beat Castleford 3-1 on Sunday [1.1].", X, "R"),  # weekday
    ("Riverside United beat Castleford 3-1 on Saturday to move top of the league for the first time in its history [1.1].", X, "R"),  # this season -> history
    ("Tomas Avila scored twice in the second half [1.2].", X, "R"),  # first -> second half
    ("Tomas Avila scored a hat-trick, taking his tally to 14 goals [1.2].", X, "R"),  # twice -> hat-trick
    ("Castleford pulled one back through a penalty from captain Neil Hart in the 26th minute [1.3].", X, "R"),  # number
    ("Captain Neil Hart sealed the win with a header five minutes from time [1.3][1.4].", X, "R"),  # wrong player
    ("Substitute Jonah Price sealed the win with a volley five minutes from time [1.4].", X, "R"),  # header -> volley
    ("Castleford defender Omar Diallo was sent off in stoppage time for a straight red card [1.5].", X, "R"),  # second yellow -> straight red
    ("Claire Dunmore said the title race was over [1.6].", X, "R"),  # far from over -> over
    ("Omar Diallo said his side had been patient [1.5][1.6].", X, "R"),  # speaker
    ("The crowd of 41,200 was the largest in the stadium's history [1.7].", X, "R"),  # since 2019 -> ever
    ("Castleford have now lost four of their last five matches [1.8].", X, "R"),  # dropped "away" widens
    ("Castleford have now won four of their last five away matches [1.8].", X, "R"),  # lost -> won
    # B supported
    ("Lena Kovac claimed her first Grand Slam title on Sunday, beating top seed Mia Chen 6-4, 3-6, 7-5 in the final [2.1].", X, "S"),
    ("Kovac, the world No. 14, saved two match points in the final set [2.2].", X, "S"),
    ("The final lasted two hours and 48 minutes [2.3].", X, "S"),
    ("Chen had won all three of their previous matches without losing a set [2.4].", X, "S"),
    ("Kovac said she had almost quit tennis last year after a shoulder injury [2.5].", X, "S"),
    ("Chen, 24, said she was disappointed but proud of reaching the final [2.6].", X, "S"),
    ("Kovac will move up to seventh in the rankings on Monday [2.7].", X, "S"),
    ("Kovac takes home $3.1 million in prize money [2.8].", X, "S"),
    ("The 14th-ranked Kovac beat top seed Mia Chen in three sets, saving two match points in the decider [2.1][2.2].", X, "S"),
    ("Kovac, who nearly quit last year after a shoulder injury, won her first Grand Slam title on Sunday [2.1][2.5].", X, "S"),
    ("The title earns Kovac $3.1 million and will lift her to seventh in the rankings [2.7][2.8].", X, "S"),
    # B unsupported
    ("Lena Kovac won her second Grand Slam title on Sunday [2.1].", X, "R"),  # first -> second
    ("Mia Chen defeated Lena Kovac 6-4, 3-6, 7-5 in the final [2.1].", X, "R"),  # role swap
    ("Kovac, who is ranked seventh in the world, saved two match points [2.2][2.7].", X, "R"),  # ranking pooled
    ("Kovac saved three match points in the deciding set [2.2].", X, "R"),  # number
    ("Chen had won their three previous meetings [2.4].", X, "S"),  # dropping "without dropping a set" is fine here (simple omission)
    ("Chen had lost their three previous meetings without winning a set [2.4].", X, "R"),  # reversed
    ("Kovac said she had quit the sport last year after a shoulder injury [2.5].", X, "R"),  # nearly dropped
    ("Kovac said she had nearly quit the sport last year after a knee injury [2.5].", X, "R"),  # shoulder -> knee
    ("Chen, 24, said she was proud but not disappointed [2.6].", X, "R"),  # negation added
    ("Kovac said she was disappointed but proud of her run to the final [2.5][2.6].", X, "R"),  # Chen's words to Kovac
    ("Kovac rose to seventh in the rankings on Sunday [2.7].", X, "R"),  # future Monday -> Sunday, done
    ("Chen receives prize money of $3.1 million [2.8].", X, "R"),  # she -> Chen wrong referent
]
