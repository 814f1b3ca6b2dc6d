# Domain: a press conference transcript with speaker labels (police chief and reporters)
S1 = "\n".join([
    "Chief Constable Karen Doyle: Shortly before 7am today, officers arrested two men, aged 27 and 31, in connection with Saturday night's shooting on Marsh Lane.",
    "Chief Constable Karen Doyle: The victim, a 19-year-old man, remains in hospital in a critical but stable condition.",
    "Reporter (Evening Post): I wanted to ask whether the shooting was gang-related and whether the victim was the intended target.",
    "Chief Constable Karen Doyle: We are keeping an open mind, but at this stage we do not believe the victim was the intended target.",
    "Reporter (BBC Radio Leeds): Residents say they reported gunshots in the area two weeks ago and nobody came, so I would like your response to that.",
    "Chief Constable Karen Doyle: I am aware of those reports and I have asked our professional standards department to review how they were handled.",
    "Chief Constable Karen Doyle: Armed patrols will continue in the Marsh Lane area until at least Friday.",
])
S2 = "\n".join([
    "Detective Superintendent Omar Haddad: Both men are being held at Elland Road police station and can be questioned for up to 36 hours before we must charge or release them.",
    "Detective Superintendent Omar Haddad: We have recovered a handgun from a garden in Beeston, and it has been sent for forensic examination.",
    "Reporter (Yorkshire Times): I understand a third person was seen running from the scene, so can you tell us if you are still looking for anyone.",
    "Detective Superintendent Omar Haddad: Yes, we are still trying to trace a third man, and I would urge him to come forward.",
    "Reporter (Evening Post): Some people are saying the victim has links to organised crime, and I want to know if that is true.",
    "Chief Constable Karen Doyle: I am not going to speculate about the victim, who is a young man with no criminal record and whose family are devastated.",
    "Detective Superintendent Omar Haddad: We have received more than 60 calls from the public, and I want to thank everyone who has contacted us.",
])
PROBES = [
("Police arrested two men, aged 27 and 31, shortly before 7am over the Marsh Lane shooting, Karen Doyle said [1.1].", S1, "S"),  # speaker-attributed paraphrase
("Chief Constable Karen Doyle said the Marsh Lane shooting happened on Saturday night [1.1].", S1, "S"),  # compression
("The 19-year-old victim is still in hospital in a critical but stable condition, according to Doyle [1.2].", S1, "S"),  # reordering
("An Evening Post reporter asked whether the shooting was linked to gangs [1.3].", S1, "S"),  # gang-related -> linked to gangs
("Doyle said police were keeping an open mind but did not currently believe the victim was the intended target [1.4].", S1, "S"),  # at this stage -> currently
("A BBC Radio Leeds reporter said residents had reported gunshots in the area two weeks earlier and nobody had come [1.5].", S1, "S"),  # reported speech
("Doyle said she had asked the professional standards department to review how residents' earlier reports of gunshots were handled [1.5][1.6].", S1, "S"),  # 'those reports' resolved via 1.5
("Armed patrols in the Marsh Lane area will carry on until Friday at the earliest, Doyle said [1.7].", S1, "S"),  # at least -> at the earliest
("Detective Superintendent Omar Haddad said the two men were being held at Elland Road police station [2.1].", S2, "S"),  # reported speech
("Haddad said the suspects could be questioned for a maximum of 36 hours before being charged or released [2.1].", S2, "S"),  # up to -> maximum
("A handgun recovered from a garden in Beeston has been sent for forensic tests, Haddad said [2.2].", S2, "S"),  # examination -> tests
("Omar Haddad confirmed that police were still trying to trace a third man [2.4].", S2, "S"),  # yes -> confirmed
("Haddad urged the third man to come forward [2.4].", S2, "S"),  # compression
("A Yorkshire Times reporter asked whether police were still looking for anyone [2.3].", S2, "S"),  # indirect question
("An Evening Post reporter raised claims that the victim had links to organised crime [2.5].", S2, "S"),  # 'some people are saying' -> claims
("Doyle declined to speculate about the victim [2.6].", S2, "S"),  # not going to -> declined
("According to Karen Doyle, the victim has no criminal record [2.6].", S2, "S"),  # compression
("Doyle said the victim's family were devastated [2.6].", S2, "S"),  # compression
("Police have received over 60 calls from the public, Haddad said [2.7].", S2, "S"),  # more than -> over
("Haddad thanked everyone who had contacted the police [2.7].", S2, "S"),  # reported speech
("Both the chief constable and a detective superintendent took questions at the briefing [1.4][2.4].", S1, "S"),  # generalisation from answers
("The victim, a 19-year-old man, has no criminal record [1.2][2.6].", S1, "S"),  # merge across docs
("The weapon police recovered in Beeston was a handgun [2.2].", S2, "S"),  # reworded
("The Evening Post reporter asked whether the shooting was gang-related and also raised claims that the victim had links to organised crime [1.3][2.5].", S1, "S"),  # merge of two turns by same outlet
("Doyle referred the handling of residents' gunshot reports to professional standards after a reporter raised them [1.5][1.6].", S1, "R"),  # time order invented: she may have asked for the review before the question
("Officers arrested two men in connection with Friday night's shooting on Marsh Lane [1.1].", S1, "R"),  # Saturday -> Friday
("Officers arrested three men in connection with the Marsh Lane shooting [1.1].", S1, "R"),  # two -> three
("The two men arrested are aged 26 and 31 [1.1].", S1, "R"),  # age changed
("The victim, a 19-year-old woman, remains in hospital [1.2].", S1, "R"),  # man -> woman
("The victim's condition is stable and no longer critical [1.2].", S1, "R"),  # critical dropped/negated
("Karen Doyle said the shooting was gang-related [1.3][1.4].", S1, "R"),  # she did not answer that; reporter's word
("Doyle said the victim was the intended target [1.4].", S1, "R"),  # negation dropped
("Doyle said police had ruled out the possibility that the victim was the intended target [1.4].", S1, "R"),  # open mind -> ruled out
("An Evening Post reporter said residents had reported gunshots in the area two weeks ago [1.5].", S1, "R"),  # wrong outlet (BBC Radio Leeds)
("Residents said they had reported gunshots in the area two months ago [1.5].", S1, "R"),  # weeks -> months
("Doyle admitted that officers had failed to respond to the earlier gunshot reports [1.5][1.6].", S1, "R"),  # she only said she was aware and asked for review
("Doyle said the professional standards department had found that the reports were mishandled [1.6].", S1, "R"),  # review asked for, no finding
("Armed patrols will continue in the Marsh Lane area until Friday and will then end [1.7].", S1, "R"),  # 'at least' dropped, end invented
("Unarmed patrols will continue in the Marsh Lane area until at least Friday [1.7].", S1, "R"),  # armed -> unarmed
("Karen Doyle said both men were being held at Elland Road police station [2.1].", S2, "R"),  # wrong speaker (Haddad)
("Both men can be questioned for up to 24 hours before being charged or released [2.1].", S2, "R"),  # 36 -> 24
("Both men have been charged [2.1].", S2, "R"),  # not yet charged
("Police recovered a handgun from a garden in Marsh Lane [2.2].", S2, "R"),  # Beeston -> Marsh Lane
("Forensic tests have linked the handgun to the shooting [2.2].", S2, "R"),  # only sent for examination
("Haddad said a third man had been arrested [2.4].", S2, "R"),  # still being traced
("A BBC Radio Leeds reporter asked whether police were still looking for anyone [2.3].", S2, "R"),  # wrong outlet (Yorkshire Times)
("Doyle confirmed that the victim has links to organised crime [2.6].", S2, "R"),  # declined to speculate; no record
("Doyle said the victim had a minor criminal record [2.6].", S2, "R"),  # contradicts no criminal record
("Police have received fewer than 60 calls from the public [2.7].", S2, "R"),  # more than -> fewer than
("Haddad said more than 60 witnesses had come forward [2.7].", S2, "R"),  # calls -> witnesses
("The handgun was found after a tip-off from a member of the public [2.2][2.7].", S2, "R"),  # invented cause
]
