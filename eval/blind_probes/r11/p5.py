A = ("Harlow United beat Bexley Rovers 3-1 on Saturday to move to the top of the league table. "
"Striker Tomas Vidal scored twice in the first half, and defender Joel Amari added a third after the break. "
"Bexley's only goal came from a penalty by captain Sam Kerr in the 78th minute. "
"Bexley manager Rita Hale said her team had been outplayed but insisted the title race was far from over. "
"Harlow have not lost in their last nine home matches. "
"The two sides meet again in the cup quarter-final next month.")
B = ("Mia Chen won the Lakeside Open on Sunday, defeating top seed Ana Petrova 6-4, 3-6, 7-5 in the final. "
"It was Chen's first title on grass. "
"Petrova, who had not dropped a set all week, said she was disappointed but proud of her run. "
"Chen will rise to 11th in the world rankings on Monday.")
C = ("Rain forced the second Test between Kestria and Ormond to end in a draw on the fifth day in Port Aden. "
"Kestria had been set a target of 310 and were 142 for four when play was abandoned. "
"Ormond's opening batsman Dev Rao scored 118 in the first innings, his third Test century. "
"Kestria lead the three-match series 1-0 after winning the first Test by seven wickets.")
S = [A, B, C]
PROBES = [
("Harlow United defeated Bexley Rovers 3-1 on Saturday and went top of the league. [1.1]", S, "S"),
("A 3-1 win over Bexley Rovers on Saturday took Harlow United to the top of the table. [1.1]", S, "S"),
("Bexley Rovers beat Harlow United 3-1 on Saturday. [1.1]", S, "R"),  # role swap
("Harlow United beat Bexley Rovers 3-2 on Saturday. [1.1]", S, "R"),  # score
("Harlow United drew with Bexley Rovers on Saturday. [1.1]", S, "R"),  # result
("Tomas Vidal scored two goals in the first half. [1.2]", S, "S"),
("Vidal netted twice before half-time and Joel Amari added a third in the second half. [1.2]", S, "S"),
("Tomas Vidal scored a hat-trick. [1.2]", S, "R"),  # number
("Striker Joel Amari scored twice in the first half. [1.2]", S, "R"),  # agent swap
("Tomas Vidal scored twice in the second half. [1.2]", S, "R"),  # half swap
("Sam Kerr scored Bexley's only goal from a penalty in the 78th minute. [1.3]", S, "S"),
("Bexley captain Sam Kerr converted a 78th-minute penalty. [1.3]", S, "S"),
("Sam Kerr scored Bexley's only goal from a penalty in the 87th minute. [1.3]", S, "R"),  # number
("Bexley's only goal came from a header by captain Sam Kerr. [1.3]", S, "R"),  # penalty -> header
("Rita Hale said her team had been outplayed. [1.4]", S, "S"),
("Rita Hale admitted Bexley had been outplayed but said the title race was not over. [1.4]", S, "S"),
("Rita Hale said the title race was over. [1.4]", S, "R"),  # far from over -> over
("Rita Hale said her team had outplayed Harlow. [1.4]", S, "R"),  # voice/role
("Sam Kerr said the team had been outplayed. [1.3][1.4]", S, "R"),  # speaker swap
("Harlow are unbeaten in their last nine home matches. [1.5]", S, "S"),
("Harlow have not lost in their last nine matches. [1.5]", S, "R"),  # restriction dropped (home)
("Harlow have not lost in their last six home matches. [1.5]", S, "R"),  # number
("The two teams will meet again in next month's cup quarter-final. [1.6]", S, "S"),
("The two sides meet again in the cup semi-final next month. [1.6]", S, "R"),  # round
("Mia Chen won the Lakeside Open on Sunday, beating top seed Ana Petrova in the final. [2.1]", S, "S"),
("Chen defeated Petrova 6-4, 3-6, 7-5 in Sunday's Lakeside Open final. [2.1]", S, "S"),
("Ana Petrova won the Lakeside Open on Sunday, defeating Mia Chen. [2.1]", S, "R"),  # role swap
("Mia Chen won the Lakeside Open, defeating second seed Ana Petrova. [2.1]", S, "R"),  # seed
("Mia Chen won the Lakeside Open in straight sets. [2.1]", S, "R"),  # dropped a set
("The Lakeside Open was Chen's first grass-court title. [2.1][2.2]", S, "S"),
("It was Chen's first title on clay. [2.2]", S, "R"),  # surface
("Petrova said she was disappointed but proud of her run. [2.3]", S, "S"),
("Petrova, who had not lost a set all week, said she was proud of her run. [2.3]", S, "S"),
("Petrova said she was not disappointed. [2.3]", S, "R"),  # negation
("Chen said she was disappointed but proud of her run. [2.3]", S, "R"),  # speaker swap
("Chen will climb to 11th in the world rankings on Monday. [2.4]", S, "S"),
("Chen will rise to 10th in the world rankings. [2.4]", S, "R"),  # ordinal
("The second Test between Kestria and Ormond in Port Aden was drawn after rain on the fifth day. [3.1]", S, "S"),
("The second Test between Kestria and Ormond was won by Kestria. [3.1]", S, "R"),  # result
("Kestria were 142 for four, chasing 310, when play was abandoned. [3.2]", S, "S"),
("Dev Rao made 118 in the first innings, his third century in Tests. [3.3]", S, "S"),
("Dev Rao scored 118 in the first innings, his first Test century. [3.3]", S, "R"),  # ordinal
("Kestria lead the three-match series 1-0 after a seven-wicket win in the first Test. [3.4]", S, "S"),
("Kestria lead the series 1-0 after winning the first Test by seven runs. [3.4]", S, "R"),  # unit
("Ormond lead the three-match series 1-0. [3.4]", S, "R"),  # team swap
]
