# Domain: earnings-call transcript with speaker labels (one sentence per line)
S1 = "\n".join([
    "OPERATOR: Good morning and welcome to the Nordvik Systems third-quarter results call.",
    "CEO LARS HOLM: Revenue for the quarter was 1.24 billion kronor, up 9 percent from a year ago.",
    "CEO LARS HOLM: Growth was driven mainly by our industrial sensors business.",
    "CFO ANNA BERG: Operating margin improved to 14.2 percent from 12.8 percent.",
    "CFO ANNA BERG: We now expect full-year revenue growth of between 7 and 9 percent.",
    "CFO ANNA BERG: Previously we had guided for growth of 5 to 7 percent.",
    "CEO LARS HOLM: We are also on track to open our new factory in Gdansk in the second half of next year.",
])
S2 = "\n".join([
    "OPERATOR: Our first question comes from Maja Lind at Fjord Securities.",
    "MAJA LIND: I would like to ask about demand from automotive customers.",
    "CEO LARS HOLM: Automotive orders were slightly weaker than we expected, mainly in Germany.",
    "CEO LARS HOLM: We think that demand may recover in the first quarter.",
    "MAJA LIND: My second question is about the share buyback programme.",
    "CFO ANNA BERG: The board has approved a buyback of up to 500 million kronor over the next twelve months.",
    "CFO ANNA BERG: We do not plan to change the dividend policy.",
])
PROBES = [
("Chief executive Lars Holm said quarterly revenue rose 9 percent year on year to 1.24 billion kronor [1.2].", S1, "S"),  # reorder, up from a year ago->year on year; speaker from label
("Finance chief Anna Berg said revenue for the quarter was 1.24 billion kronor [1.2].", S1, "R"),  # wrong speaker: line is CEO Lars Holm
("Holm said quarterly revenue was 1.24 billion kronor, down 9 percent from a year earlier [1.2].", S1, "R"),  # up->down
("Holm said growth came mostly from Nordvik's industrial sensors business [1.3].", S1, "S"),  # driven mainly by->came mostly from, our->Nordvik's
("Holm said growth came entirely from the industrial sensors business [1.3].", S1, "R"),  # mainly->entirely
("Holm said growth was driven mainly by the automotive sensors business [1.3].", S1, "R"),  # sibling industrial->automotive
("Berg said the operating margin rose to 14.2 percent from 12.8 percent [1.4].", S1, "S"),  # improved->rose
("Berg said the operating margin fell to 12.8 percent from 14.2 percent [1.4].", S1, "R"),  # direction reversed
("Berg said the gross margin improved to 14.2 percent from 12.8 percent [1.4].", S1, "R"),  # sibling operating->gross margin
("Holm said the operating margin improved to 14.2 percent from 12.8 percent [1.4].", S1, "R"),  # wrong speaker: CFO line
("Berg said Nordvik now expects full-year revenue to grow by 7 to 9 percent [1.5].", S1, "S"),  # nominal->verb, our->Nordvik (from 1.5 "we" in a Nordvik call)
("Berg said Nordvik now expects full-year profit growth of between 7 and 9 percent [1.5].", S1, "R"),  # sibling revenue->profit
("Berg said Nordvik had raised its full-year revenue growth forecast to 7 to 9 percent from 5 to 7 percent [1.5][1.6].", S1, "S"),  # merge 1.5 + 1.6, "raised" follows from the two ranges
("Berg said Nordvik had cut its full-year growth guidance [1.5][1.6].", S1, "R"),  # guidance went up, not down
("Holm said Nordvik had raised its full-year revenue growth forecast [1.5][1.6].", S1, "R"),  # wrong speaker: both lines are CFO Anna Berg
("Berg said Nordvik had raised its full-year growth forecast to 7 to 9 percent thanks to strong sensor sales [1.5][1.6].", S1, "R"),  # invented cause
("Holm said Nordvik was on course to open its new Gdansk factory in the second half of next year [1.7].", S1, "S"),  # on track->on course, reorder
("Holm said Nordvik had opened its new factory in Gdansk [1.7].", S1, "R"),  # plan presented as done
("Holm said revenue rose 9 percent to 1.24 billion kronor, driven mainly by industrial sensors [1.2][1.3].", S1, "S"),  # merge 1.2 + 1.3
("Quarterly revenue rose 9 percent and the operating margin improved to 14.2 percent [1.2][1.4].", S1, "S"),  # merge 1.2 + 1.4, speakers omitted
("Holm said quarterly revenue was 1.24 billion kronor, up 9 percent, as the operating margin improved to 14.2 percent [1.2].", S1, "R"),  # margin only in uncited 1.4 (and said by Berg)
("Nordvik's third-quarter revenue was 1.24 billion kronor, 9 percent higher than a year earlier [1.1][1.2].", S1, "S"),  # merge: quarter identified via operator line 1.1
("The first question came from Maja Lind of Fjord Securities [2.1].", S2, "S"),  # tense/preposition change
("Maja Lind asked about demand from automotive customers [2.2].", S2, "S"),  # I would like to ask about->asked about
("Maja Lind asked about demand from industrial customers [2.2].", S2, "R"),  # automotive->industrial
("Holm said automotive orders were a little weaker than expected, mainly in Germany [2.3].", S2, "S"),  # slightly->a little
("Holm said automotive orders were much weaker than expected [2.3].", S2, "R"),  # slightly->much
("Holm said automotive orders were slightly stronger than expected [2.3].", S2, "R"),  # weaker->stronger
("Holm said automotive orders were slightly weaker than expected, but only in Germany [2.3].", S2, "R"),  # mainly->only
("Berg said automotive orders were slightly weaker than expected [2.3].", S2, "R"),  # wrong speaker: CEO line
("Holm said automotive demand might pick up again in the first quarter [2.3][2.4].", S2, "S"),  # demand resolved via 2.3; may recover->might pick up again
("Holm said automotive demand would recover in the first quarter [2.3][2.4].", S2, "R"),  # hedge dropped think/may->would
("Holm said demand had already recovered [2.4].", S2, "R"),  # future possibility presented as done
("Lind's second question concerned the share buyback programme [2.5].", S2, "S"),  # is about->concerned
("Berg said the board had approved a buyback of up to 500 million kronor over the next year [2.6].", S2, "S"),  # twelve months->next year
("Berg said the board had approved a buyback of 500 million kronor [2.6].", S2, "R"),  # ceiling "up to" dropped
("Berg said the board had proposed a buyback of up to 500 million kronor [2.6].", S2, "R"),  # approved->proposed
("Holm said the board had approved a buyback of up to 500 million kronor [2.6].", S2, "R"),  # wrong speaker: CFO line
("Berg said Nordvik had no plans to alter its dividend policy [2.7].", S2, "R"),  # CORRECTED S->R: company name Nordvik appears nowhere in S2 (only in uncited 1.1)
("Berg said Nordvik plans to raise its dividend [2.7].", S2, "R"),  # contradicts: no plan to change
("Berg said there were no plans to change the dividend policy because of the buyback [2.7].", S2, "R"),  # invented causal link
("Berg said the board had approved a buyback of up to 500 million kronor and there were no plans to change the dividend policy [2.6][2.7].", S2, "S"),  # merge 2.6 + 2.7
("Holm said automotive orders were slightly weaker than expected, mainly in Germany, but demand may recover in the first quarter [2.3][2.4].", S2, "S"),  # merge 2.3 + 2.4
("Holm said weaker automotive orders had held revenue growth to 9 percent [2.3].", S2, "R"),  # invented effect; 9 percent only in uncited 1.2
("Answering Maja Lind of Fjord Securities, Holm said automotive orders were slightly weaker than expected [2.1][2.2][2.3].", S2, "S"),  # merge of three cited lines
("Berg said the board approved the buyback after Nordvik raised its full-year guidance [2.6].", S2, "R"),  # guidance only in uncited 1.5/1.6, sequence invented
("Nordvik now forecasts full-year revenue growth of 7 to 9 percent, its finance chief said [1.5].", S1, "S"),  # reorder, expect->forecasts, CFO->finance chief
("Nordvik's operating margin widened to 14.2 percent, up from 12.8 percent, according to Berg [1.4].", S1, "S"),  # improved->widened, attribution moved
("The industrial sensors business was the main driver of growth, Holm said [1.3].", S1, "S"),  # nominalisation driven mainly by->main driver
("Holm expects Nordvik's new factory in Gdansk to open in the second half of next year [1.7].", S1, "S"),  # on track to open->expects to open
("A buyback of up to 500 million kronor has been approved by the board, Berg said [2.6].", S2, "S"),  # voice change, attribution moved
("Holm said automotive orders fell short of expectations mainly in Germany [2.3].", S2, "S"),  # restructure, weaker than expected->fell short of expectations
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
