# Domain: tennis tournament
S1 = ("Elena Varga won the Castlebay Open on Sunday, beating top seed Mia Okafor 6-4, 3-6, 7-5 in the final. "
      "The 22-year-old Hungarian saved two match points in the deciding set before breaking serve at 5-5. "
      "It was her first title on grass and the third of her career. "
      "Okafor, who had not dropped a set all week, said she had struggled with a shoulder injury in the final set. "
      "Varga will rise to ninth in the world rankings on Monday, a career high. "
      "The final lasted two hours and 41 minutes, the longest women's final in the tournament's history. "
      "Varga said she dedicated the win to her grandmother, who taught her to play.")
S2 = ("In the men's event, Luca Ferrante retained his title with a 7-6, 6-3 win over Daniel Osei. "
      "Ferrante served 14 aces and did not face a break point in the match. "
      "Osei, ranked 48th in the world, was playing in his first final at this level. "
      "The Italian said he hoped the victory would give him confidence ahead of next month's championships at Wexley. "
      "Organisers said a record 96,000 spectators attended over the week. "
      "Rain delayed the start of the men's final by 90 minutes. "
      "Prize money for both singles champions was raised to 450,000 pounds this year.")
PROBES = [
("Elena Varga claimed the Castlebay Open title on Sunday, defeating top seed Mia Okafor 6-4, 3-6, 7-5 in the final [1.1].", S1, "S"),  # synonyms won->claimed, beating->defeating
("Top seed Mia Okafor was beaten 6-4, 3-6, 7-5 by Elena Varga in Sunday's Castlebay Open final [1.1].", S1, "S"),  # voice change
("Varga, 22, fought off two match points in the final set before breaking serve at 5-5 [1.2].", S1, "S"),  # saved->fought off, deciding->final set
("The 22-year-old Hungarian saved two match points before breaking at 5-5 in the deciding set [1.2].", S1, "S"),  # near copy, reorder
("The victory was Varga's third career title and her first on grass [1.3].", S1, "S"),  # reorder
("Okafor, who had not lost a set all week, said a shoulder injury had troubled her in the final set [1.4].", S1, "S"),  # synonyms, voice
("On Monday Varga will climb to a career-high ninth in the world rankings [1.5].", S1, "S"),  # reorder, rise->climb
("At two hours and 41 minutes, the final was the longest women's final in the tournament's history [1.6].", S1, "S"),  # restructure
("Varga's final lasted two hours and 41 minutes [1.6].", S1, "S"),  # compression
("Varga said she dedicated the win to her grandmother, who taught her to play [1.7].", S1, "S"),  # near copy
("Varga, who was taught to play by her grandmother, said she dedicated her victory to her [1.7].", S1, "S"),  # restructure, passive
("Varga beat Okafor in three sets to win the third title of her career [1.1][1.3].", S1, "S"),  # merge, score summarised as three sets
("Luca Ferrante successfully defended his title in the men's event, beating Daniel Osei 7-6, 6-3 [2.1].", S2, "S"),  # retained->successfully defended
("Ferrante hit 14 aces and faced no break points [2.2].", S2, "S"),  # synonyms
("Ferrante did not face a single break point against Osei [2.2].", S2, "S"),  # 'in the match' rendered as against Osei (opponent from same doc)
("Osei, the world number 48, was contesting his first final at this level [2.3].", S2, "S"),  # ranked 48th->world number 48
("Osei, the world number 48, had never before reached a final at this level [2.3].", S2, "S"),  # 'first final' restated
("The Italian said he hoped the win would boost his confidence before next month's Wexley championships [2.4].", S2, "S"),  # synonyms, hedge kept
("A record crowd of 96,000 attended during the week, according to organisers [2.5].", S2, "S"),  # restructure
("Organisers said a record 96,000 spectators attended over the week [2.5].", S2, "S"),  # near copy
("The start of the men's final was held up by 90 minutes because of rain [2.6].", S2, "S"),  # voice change
("Rain pushed back the start of the men's final by an hour and a half [2.6].", S2, "S"),  # number reformat 90 minutes->an hour and a half
("This year the prize money for each singles champion was increased to 450,000 pounds [2.7].", S2, "S"),  # raised->increased, reorder
("Ferrante retained his title with a straight-sets win over Osei, serving 14 aces [2.1][2.2].", S2, "S"),  # merge, 7-6 6-3 summarised as straight sets
("Elena Varga won the Castlebay Open on Saturday [1.1].", S1, "R"),  # Sunday->Saturday
("Elena Varga beat second seed Mia Okafor in the final [1.1].", S1, "R"),  # top seed->second seed
("Elena Varga beat Mia Okafor 6-4, 6-3 in the final [1.1].", S1, "R"),  # score changed
("Mia Okafor beat Elena Varga 6-4, 3-6, 7-5 in the Castlebay Open final [1.1].", S1, "R"),  # winner and loser swapped
("The 22-year-old Hungarian saved three match points in the deciding set [1.2].", S1, "R"),  # two->three
("The 22-year-old Hungarian saved two match points in the deciding set before breaking serve at 4-4 [1.2].", S1, "R"),  # 5-5->4-4
("The 22-year-old Polish player saved two match points in the deciding set [1.2].", S1, "R"),  # nationality changed
("It was Varga's first title on clay [1.3].", S1, "R"),  # grass->clay
("It was the first title of Varga's career [1.3].", S1, "R"),  # contradicts: third of career
("Okafor, who had dropped only one set all week, said she had struggled with a shoulder injury [1.4].", S1, "R"),  # had not dropped a set
("Okafor said she had struggled with a knee injury in the final set [1.4].", S1, "R"),  # shoulder->knee
("Okafor said a shoulder injury had forced her to retire from the final [1.4].", S1, "R"),  # invented retirement; match was completed
("Varga will rise to ninth in the world rankings on Monday, equalling her career high [1.5].", S1, "R"),  # new career high, not equalling
("The final lasted two hours and 14 minutes [1.6].", S1, "R"),  # 41->14 minutes
("The final was the longest in the tournament's history [1.6].", S1, "R"),  # overgeneralised: longest women's final
("Varga dedicated the win to her mother, who taught her to play [1.7].", S1, "R"),  # grandmother->mother
("Varga won because Okafor struggled with a shoulder injury [1.1][1.4].", S1, "R"),  # invented cause
("Luca Ferrante won the men's title for the first time [2.1].", S2, "R"),  # contradicts: retained his title
("Luca Ferrante retained his title with a 6-3, 7-6 win over Daniel Osei [2.1].", S2, "R"),  # set scores reordered
("Daniel Osei retained his title with a 7-6, 6-3 win over Luca Ferrante [2.1].", S2, "R"),  # roles swapped
("Ferrante did not face a break point all tournament [2.2].", S2, "R"),  # match->tournament overgeneralisation
("Osei, ranked 48th in the world, was playing in his second final at this level [2.3].", S2, "R"),  # first->second
("The Italian said the victory would give him confidence ahead of next month's championships at Wexley [2.4].", S2, "R"),  # hedge 'hoped' dropped
("The Italian said he hoped the victory would give him confidence ahead of next week's championships at Wexley [2.4].", S2, "R"),  # month->week
("Osei said he hoped the result would give him confidence ahead of next month's championships at Wexley [2.4].", S2, "R"),  # wrong speaker: the Italian (Ferrante)
("Organisers said a record 96,000 spectators attended the men's final [2.5].", S2, "R"),  # over the week->the final
("Rain delayed the start of the women's final by 90 minutes [2.6].", S2, "R"),  # men's->women's
("Rain delayed the start of the men's final by 90 minutes, and play was suspended twice [2.6].", S2, "R"),  # added clause
("Prize money for both singles champions was cut to 450,000 pounds this year [2.7].", S2, "R"),  # raised->cut
("Prize money for the men's champion was raised to 450,000 pounds, more than the women's champion received [2.7].", S2, "R"),  # contradicts: both champions
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
