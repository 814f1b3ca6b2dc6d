# Domain: football (soccer) match report
S1 = " ".join([
    "Northbridge United beat Castleford Rovers 3-1 at Marsh Lane on Saturday to move top of the league.",
    "Striker Leon Achebe opened the scoring in the 12th minute with a low shot from the edge of the area.",
    "Rovers equalised shortly before half-time through a penalty from captain Sam Doyle.",
    "Achebe restored United's lead ten minutes after the break with a header.",
    "Substitute Kai Moreno sealed the win in stoppage time.",
    "Rovers finished the match with ten men after defender Owen Price was sent off for a second yellow card.",
    "The attendance of 21,430 was the largest at the ground this season.",
])
S2 = " ".join([
    "United manager Graham Welsh said his side had been patient and deserved the three points.",
    "He added that Achebe could miss next week's match with a hamstring strain.",
    "Rovers boss Ian Tully said the sending-off had changed the game.",
    "Tully said his club would not appeal against the red card.",
    "The defeat leaves Rovers in ninth place, four points off the play-off positions.",
    "United travel to Ashby Town on Tuesday.",
    "Welsh confirmed that goalkeeper Dan Reid would return from injury for that game.",
])
PROBES = [
("Northbridge United went top of the league with a 3-1 victory over Castleford Rovers at Marsh Lane on Saturday [1.1].", S1, "S"),  # reorder, beat->victory over, move->went
("Northbridge United beat Castleford Rovers 3-1 at home on Saturday [1.1].", S1, "R"),  # "at home" not stated (only the ground's name)
("Castleford Rovers beat Northbridge United 3-1 on Saturday [1.1].", S1, "R"),  # roles swapped
("Leon Achebe opened the scoring after 12 minutes with a low shot from the edge of the area [1.2].", S1, "S"),  # near-copy, in the 12th minute->after 12 minutes
("Leon Achebe opened the scoring in the 12th minute with a header [1.2].", S1, "R"),  # header belongs to the second goal (1.4)
("Achebe opened the scoring from the penalty spot [1.2].", S1, "R"),  # penalty was Doyle's equaliser (1.3)
("Rovers drew level just before half-time with a penalty from captain Sam Doyle [1.3].", S1, "S"),  # equalised->drew level, shortly->just
("Rovers equalised shortly after half-time through a Sam Doyle penalty [1.3].", S1, "R"),  # before->after
("Rovers equalised shortly before half-time through a penalty from defender Owen Price [1.3].", S1, "R"),  # wrong scorer
("Ten minutes into the second half, Achebe headed United back in front [1.4].", S1, "S"),  # reorder, restored lead->back in front, header->headed
("Achebe restored United's lead ten minutes after the break with a penalty [1.4].", S1, "R"),  # header->penalty
("Kai Moreno, who came off the bench, wrapped up the victory in stoppage time [1.5].", S1, "S"),  # substitute->came off the bench, sealed->wrapped up
("Substitute Kai Moreno sealed the win in the 80th minute [1.5].", S1, "R"),  # stoppage time->80th minute
("Kai Moreno, who started the match, sealed the win [1.5].", S1, "R"),  # substitute->started
("Rovers ended the game with ten men after defender Owen Price was shown a second yellow card [1.6].", S1, "S"),  # finished->ended, sent off for->shown
("Rovers finished the match with ten men after defender Owen Price was shown a straight red card [1.6].", S1, "R"),  # second yellow->straight red
("The crowd of 21,430 was the biggest at the ground this season [1.7].", S1, "S"),  # attendance->crowd, largest->biggest
("The attendance of 21,430 was a record for the ground [1.7].", S1, "R"),  # overgeneralisation: season high -> all-time record
("Achebe scored twice, in the 12th minute and ten minutes after half-time [1.2][1.4].", S1, "S"),  # merge 1.2 + 1.4
("Achebe scored twice as United beat Rovers 3-1 [1.1][1.2][1.4].", S1, "S"),  # merge of three cited sentences
("Achebe scored a hat-trick [1.2][1.4].", S1, "R"),  # two goals, not three
("Moreno sealed the win in stoppage time after Owen Price had been sent off [1.5][1.6].", S1, "R"),  # ordering not stated: timing of the red card unknown
("Doyle's penalty cancelled out Achebe's opener shortly before half-time [1.2][1.3].", S1, "S"),  # merge, equalised->cancelled out
("United won 3-1, with the goals coming from Achebe and Moreno [1.1][1.2][1.4][1.5].", S1, "R"),  # CORRECTED S->R: 1.5 says Moreno "sealed the win", never explicitly that he scored
("Graham Welsh, the United manager, said his team had shown patience and earned the three points [2.1].", S2, "S"),  # reorder, been patient->shown patience, deserved->earned
("Welsh said his side had been lucky to take the three points [2.1].", S2, "R"),  # deserved->lucky (opposite)
("Welsh said Achebe could be ruled out of next week's match with a hamstring strain [2.1][2.2].", S2, "S"),  # pronoun resolved via 2.1; could miss->could be ruled out of
("Welsh said Achebe would miss next week's match with a hamstring strain [2.1][2.2].", S2, "R"),  # hedge dropped could->would
("Welsh said Moreno could miss next week's match with a hamstring strain [2.1][2.2].", S2, "R"),  # wrong player
("Ian Tully, the Rovers manager, said the sending-off had turned the game [2.3].", S2, "S"),  # boss->manager, changed->turned
("Tully said the sending-off had made no difference to the result [2.3].", S2, "R"),  # contradicts: had changed the game
("Welsh said the sending-off had changed the game [2.3].", S2, "R"),  # wrong speaker Tully->Welsh
("Tully said his club would not challenge the red card [2.4].", S2, "S"),  # appeal against->challenge
("Tully said his club would appeal against the red card [2.4].", S2, "R"),  # negation dropped
("Tully said his club was considering an appeal against the red card [2.4].", S2, "R"),  # ruled out -> considering
("Tully said his club would not appeal against the red card because the decision was correct [2.4].", S2, "R"),  # invented reason
("Rovers are ninth after the defeat, four points adrift of the play-off places [2.5].", S2, "S"),  # reorder, off->adrift of
("The defeat leaves Rovers in ninth place, six points off the play-off positions [2.5].", S2, "R"),  # four->six
("The defeat leaves Rovers in ninth place, four points above the relegation zone [2.5].", S2, "R"),  # play-off positions->relegation zone
("The defeat drops Rovers to ninth place [2.5].", S2, "R"),  # "drops to" implies a fall in position; "leaves in" does not
("United play away at Ashby Town on Tuesday [2.6].", S2, "S"),  # travel to->play away at
("United host Ashby Town on Tuesday [2.6].", S2, "R"),  # away->home
("Welsh confirmed goalkeeper Dan Reid would be back from injury for Tuesday's trip to Ashby Town [2.6][2.7].", S2, "S"),  # merge, "that game" resolved via 2.6
("Welsh confirmed that striker Dan Reid would return from injury for that game [2.7].", S2, "R"),  # position goalkeeper->striker
("Welsh said Achebe, who scored twice on Saturday, could miss next week's match [2.1][2.2].", S2, "R"),  # "scored twice" only in uncited 1.2/1.4
("Tully said the sending-off of Owen Price had changed the game [2.3][1.6].", S2, "S"),  # cross-document merge identifies the sending-off
("The defeat leaves Rovers ninth, and Tully said the sending-off had changed the game [2.3][2.5].", S2, "S"),  # merge 2.3 + 2.5, reordered
("Castleford Rovers lost 3-1 to Northbridge United on Saturday [1.1].", S1, "S"),  # perspective/voice change beat->lost to
("Rovers captain Sam Doyle scored a penalty shortly before half-time [1.3].", S1, "S"),  # restructure, scorer as subject
("Owen Price was sent off after picking up a second yellow card [1.6].", S1, "S"),  # compression, for->after picking up
("A crowd of 21,430, the ground's biggest this season, watched the match [1.7].", S1, "S"),  # restructure, attendance->crowd, largest->biggest
("Rovers sit ninth, four points outside the play-off positions [2.5].", S2, "S"),  # leaves in->sit, off->outside
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
