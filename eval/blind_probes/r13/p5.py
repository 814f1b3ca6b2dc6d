S1 = ("Belgian rider Lotte Vermeulen won the fourth stage of the Tour de Suisse on Tuesday, outsprinting Italy's Marco Ferri in Bern. "
"The 182-kilometre stage was marked by a crash 15 kilometres from the finish that brought down about 20 riders. "
"Race leader Tomas Hruby of the Czech Republic finished safely in the main group and kept the yellow jersey. "
"Hruby leads Spain's Diego Alvarez by 14 seconds overall. "
"Vermeulen said she had been unsure whether her legs would hold after a difficult climb. "
"Ferri's team complained that Vermeulen had drifted off her line in the final 200 metres, but the jury took no action. "
"Wednesday's stage finishes with a climb to Grindelwald.")
S2 = ("Australia's Jack Moran beat the second seed Felix Brandt 6-4, 3-6, 7-5 to reach the semi-finals of the Madrid Open. "
"Moran saved three break points in the final set before breaking Brandt's serve in the eleventh game. "
"It was his first win against a top-five player. "
"Brandt, who had won their two previous meetings, said he had struggled with a shoulder injury. "
"Moran will face the Norwegian Erik Solberg, who beat Carlos Ruiz in straight sets. "
"In the women's draw, defending champion Anya Petrova was knocked out by the qualifier Mei Tanaka. "
"Tanaka, ranked 112th in the world, had never before won a match at a tournament of this level.")
PROBES = [
("Lotte Vermeulen of Belgium won stage four of the Tour de Suisse in Bern on Tuesday [1.1].", S1, "S"),
("Vermeulen beat Italy's Marco Ferri in the sprint in Bern [1.1].", S1, "S"),
("About 20 riders went down in a crash 15 kilometres from the finish of the 182-kilometre stage [1.2].", S1, "S"),
("Race leader Tomas Hruby finished safely in the main group and held on to the yellow jersey [1.3].", S1, "S"),
("The Czech rider Hruby kept the yellow jersey [1.3].", S1, "S"),
("Hruby is 14 seconds ahead of Spain's Diego Alvarez overall [1.4].", S1, "S"),
("Diego Alvarez trails Hruby by 14 seconds in the overall standings [1.4].", S1, "S"),
("Vermeulen said she had not been sure her legs would hold after a hard climb [1.5].", S1, "S"),
("Ferri's team complained that Vermeulen had drifted off her line in the last 200 metres [1.6].", S1, "S"),
("The jury did not act on the complaint from Ferri's team [1.6].", S1, "S"),
("Wednesday's stage ends with a climb to Grindelwald [1.7].", S1, "S"),
("Vermeulen won Tuesday's stage in Bern, while Hruby kept the yellow jersey and leads Alvarez by 14 seconds [1.1][1.3][1.4].", S1, "S"),
("Jack Moran of Australia beat second seed Felix Brandt 6-4, 3-6, 7-5 to reach the Madrid Open semi-finals [2.1].", S2, "S"),
("Moran reached the semi-finals of the Madrid Open by defeating Brandt in three sets [2.1].", S2, "S"),
("Moran saved three break points in the final set and then broke Brandt in the eleventh game [2.2].", S2, "S"),
("It was his first victory over a top-five player [2.3].", S2, "S"),
("Brandt had won their two previous meetings [2.4].", S2, "S"),
("Brandt said he had struggled with a shoulder injury [2.4].", S2, "S"),
("Moran will play Norway's Erik Solberg, who beat Carlos Ruiz in straight sets [2.5].", S2, "S"),
("Qualifier Mei Tanaka knocked out the defending champion Anya Petrova [2.6].", S2, "S"),
("The defending champion Anya Petrova lost to qualifier Mei Tanaka [2.6].", S2, "S"),
("Tanaka, the world number 112, had never previously won a match at a tournament of this level [2.7].", S2, "S"),
("Dutch rider Lotte Vermeulen won the fourth stage of the Tour de Suisse [1.1].", S1, "R"),  # Belgian -> Dutch
("Lotte Vermeulen won the fifth stage of the Tour de Suisse on Tuesday [1.1].", S1, "R"),  # fourth -> fifth
("Italy's Marco Ferri outsprinted Lotte Vermeulen to win the fourth stage in Bern [1.1].", S1, "R"),  # roles swapped
("Lotte Vermeulen won the fourth stage of the Tour de Suisse in Basel [1.1].", S1, "R"),  # Bern -> Basel
("A crash 5 kilometres from the finish brought down about 20 riders [1.2].", S1, "R"),  # 15 -> 5
("A crash 15 kilometres from the finish brought down about 20 riders, including Marco Ferri [1.2].", S1, "R"),  # added detail
("Race leader Tomas Hruby crashed and lost the yellow jersey [1.3].", S1, "R"),  # contradicts
("Hruby leads Spain's Diego Alvarez by 41 seconds overall [1.4].", S1, "R"),  # 14 -> 41
("Spain's Diego Alvarez leads Hruby by 14 seconds overall [1.4].", S1, "R"),  # roles swapped
("Hruby leads Portugal's Diego Alvarez by 14 seconds overall [1.4].", S1, "R"),  # nationality
("Vermeulen said she had been confident her legs would hold after a difficult climb [1.5].", S1, "R"),  # unsure -> confident
("Ferri's team complained that Vermeulen had drifted off her line, and the jury relegated her [1.6].", S1, "R"),  # contradicts no action
("Hruby's team complained that Vermeulen had drifted off her line [1.6].", S1, "R"),  # team swapped
("Wednesday's stage finishes with a climb to Grindelwald [1.6].", S1, "R"),  # wrong citation (1.7)
("Thursday's stage finishes with a climb to Grindelwald [1.7].", S1, "R"),  # weekday
("Australia's Jack Moran beat the top seed Felix Brandt to reach the semi-finals of the Madrid Open [2.1].", S2, "R"),  # second -> top seed
("Felix Brandt beat Jack Moran 6-4, 3-6, 7-5 to reach the semi-finals of the Madrid Open [2.1].", S2, "R"),  # winner swapped
("Jack Moran beat Felix Brandt in straight sets to reach the semi-finals [2.1].", S2, "R"),  # three sets -> straight sets
("Jack Moran beat Felix Brandt to reach the final of the Madrid Open [2.1].", S2, "R"),  # semi-finals -> final
("Moran saved five break points in the final set [2.2].", S2, "R"),  # three -> five
("Moran saved three break points in the final set before breaking Brandt's serve in the ninth game [2.2].", S2, "R"),  # eleventh -> ninth
("It was his tenth win against a top-five player [2.3].", S2, "R"),  # first -> tenth
("Brandt, who had lost their two previous meetings, said he had struggled with a shoulder injury [2.4].", S2, "R"),  # won -> lost
("Brandt said he had struggled with a knee injury [2.4].", S2, "R"),  # shoulder -> knee
("Moran will face the Norwegian Erik Solberg, who beat Carlos Ruiz in five sets [2.5].", S2, "R"),  # straight sets -> five
("Moran will face Carlos Ruiz, who beat Erik Solberg in straight sets [2.5].", S2, "R"),  # roles swapped
("In the women's draw, defending champion Anya Petrova knocked out the qualifier Mei Tanaka [2.6].", S2, "R"),  # roles swapped
("Tanaka, ranked 12th in the world, had never before won a match at this level [2.7].", S2, "R"),  # 112 -> 12
("Tanaka has won several matches at tournaments of this level [2.7].", S2, "R"),  # contradicts never
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
