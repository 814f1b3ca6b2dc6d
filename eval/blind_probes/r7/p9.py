# Interviews/transcripts with speaker labels: radio interview with a transport minister (A) and a podcast with a scientist (B)
A = ("HOST (Rachel Dunn): Minister, your budget cuts the rail maintenance fund by 12%. Why?\n"
     "MINISTER (Samuel Okoye): We are not cutting maintenance. We are moving 12% of the fund into a new signalling programme that will start next spring.\n"
     "DUNN: Unions say that will mean fewer inspections on rural lines.\n"
     "OKOYE: I've met the unions twice this month, and I don't accept that. Inspections on rural lines will stay at their current level.\n"
     "DUNN: Will fares go up in January?\n"
     "OKOYE: Fares will rise by no more than inflation, which is currently 3.4%. I would like to freeze them, but I can't promise that.\n"
     "DUNN: The northern line extension was promised for 2027. Is that still the date?\n"
     "OKOYE: It will probably slip to 2028, mainly because of planning delays in two councils.\n")
B = ("HOST (Tariq Bell): Today I'm joined by marine biologist Dr Hanna Sato, who has spent ten years studying coral reefs off Okinawa.\n"
     "SATO: Thanks for having me. Last summer we saw the worst bleaching event I have recorded, affecting roughly 70% of the reef we monitor.\n"
     "BELL: Is the reef dead?\n"
     "SATO: No, and that's a common misunderstanding. Bleached coral is stressed, not dead, and many colonies recovered within six months.\n"
     "BELL: What drove the bleaching?\n"
     "SATO: Mostly a marine heatwave: water temperatures stayed about two degrees above normal for eight weeks.\n"
     "BELL: Can anything be done locally?\n"
     "SATO: Reducing runoff from farms helps, but it won't stop bleaching if the oceans keep warming.\n")
X = [A, B]
PROBES = [
    ("Okoye said the government is not cutting maintenance but moving 12% of the fund into a new signalling programme [1.3][1.4].", X, "S"),
    ("The new signalling programme will begin next spring, Okoye said [1.3][1.4].", X, "S"),
    ("Dunn said unions argue the change will mean fewer inspections on rural lines [1.5].", X, "S"),
    ("Okoye said he had met the unions twice this month and rejected their claim [1.6].", X, "S"),
    ("Okoye said inspections on rural lines would remain at their current level [1.6][1.7].", X, "S"),
    ("Okoye said fares would rise by no more than inflation, currently 3.4% [1.9].", X, "S"),
    ("Okoye said he would like to freeze fares but could not promise to do so [1.9][1.10].", X, "S"),
    ("Okoye said the northern line extension, promised for 2027, will probably slip to 2028 [1.11][1.13].", X, "S"),
    ("Okoye blamed the likely delay mainly on planning delays in two councils [1.13].", X, "S"),
    ("Asked whether fares would rise in January, Okoye said any increase would not exceed inflation [1.8][1.9].", X, "S"),
    ("Okoye denied that the budget cuts maintenance, saying 12% of the fund is being moved to a signalling programme [1.1][1.3][1.4].", X, "S"),
    ("The minister said the extension would probably be delayed by a year, mainly because of planning delays in two councils [1.11][1.13].", X, "S"),
    # unsupported
    ("Okoye said the budget cuts the rail maintenance fund by 12% [1.1][1.3].", X, "R"),  # host's claim put in minister's mouth, and he denied it
    ("Dunn said the signalling programme will start next spring [1.4][1.5].", X, "R"),  # speaker: Okoye said it
    ("Okoye said the signalling programme started last spring [1.4].", X, "R"),  # next -> last
    ("Okoye said unions say the change will mean fewer inspections on rural lines [1.5].", X, "R"),  # Dunn relayed it, not Okoye
    ("Okoye said he had met the unions three times this month [1.6].", X, "R"),  # twice -> three times
    ("Okoye said he accepted the unions' concerns [1.6].", X, "R"),  # negation dropped
    ("Okoye said inspections on rural lines would increase [1.7].", X, "R"),  # stay -> increase
    ("Okoye said fares would rise by 3.4% in January [1.8][1.9].", X, "R"),  # cap given as the rise
    ("Okoye said fares would rise by more than inflation [1.9].", X, "R"),  # no more than -> more than
    ("Okoye promised to freeze fares [1.10].", X, "R"),  # explicitly could not promise
    ("Okoye said he would freeze fares [1.10].", X, "R"),  # would like to -> would
    ("Okoye said the northern line extension will slip to 2028 [1.13].", X, "R"),  # probably dropped
    ("Okoye said the northern line extension will probably slip to 2029 [1.13].", X, "R"),  # year
    ("Okoye said the delay was mainly due to funding shortfalls [1.13].", X, "R"),  # planning delays -> funding
    ("Dunn said the northern line extension would probably slip to 2028 [1.11][1.13].", X, "R"),  # speaker swap
    # B supported
    ("Marine biologist Dr Hanna Sato has spent a decade studying coral reefs off Okinawa [2.1].", X, "S"),
    ("Sato said last summer's bleaching event was the worst she has recorded, affecting about 70% of the reef her team monitors [2.3].", X, "S"),
    ("Sato said bleached coral is stressed rather than dead and many colonies recovered within six months [2.6].", X, "S"),
    ("Sato said the reef is not dead, calling that a common misunderstanding [2.4][2.5].", X, "S"),
    ("Sato attributed the bleaching mostly to a marine heatwave, with water about two degrees above normal for eight weeks [2.7][2.8].", X, "S"),
    ("Sato said reducing farm runoff helps but will not stop bleaching if the oceans keep warming [2.10].", X, "S"),
    ("Sato, who studies reefs off Okinawa, said roughly 70% of the reef she monitors was affected by bleaching last summer [2.1][2.3].", X, "S"),
    ("According to Sato, water temperatures stayed roughly two degrees above normal for eight weeks [2.8].", X, "S"),
    ("Sato said many bleached colonies recovered within six months [2.6].", X, "S"),
    ("Sato told host Tariq Bell that the reef was not dead [2.4][2.5].", X, "R"),  # LABEL CORRECTED S->R: "host" and "Tariq" come from uncited 2.1
    # B unsupported
    ("Dr Hanna Sato has spent twenty years studying coral reefs off Okinawa [2.1].", X, "R"),  # ten -> twenty
    ("Sato said last summer's bleaching affected 70% of the reef she monitors [2.3].", X, "R"),  # roughly dropped
    ("Sato said last summer's bleaching was the worst ever recorded [2.3].", X, "R"),  # "I have recorded" -> ever
    ("Sato said the reef is dead [2.4][2.5].", X, "R"),  # contradicts
    ("Bell said bleached coral is stressed, not dead [2.4][2.6].", X, "R"),  # speaker swap
    ("Sato said all the colonies recovered within six months [2.6].", X, "R"),  # many -> all
    ("Sato said many colonies recovered within six weeks [2.6].", X, "R"),  # months -> weeks
    ("Sato said the bleaching was driven entirely by a marine heatwave [2.8].", X, "R"),  # mostly -> entirely
    ("Sato said water temperatures stayed about two degrees above normal for six weeks [2.6][2.8].", X, "R"),  # number pooled
    ("Sato said reducing runoff from farms will stop bleaching [2.10].", X, "R"),  # negation dropped
    ("Sato said bleaching was caused by runoff from farms [2.10].", X, "R"),  # invented cause
    ("Sato said reducing runoff from farms does not help [2.10].", X, "R"),  # helps -> does not help
]
