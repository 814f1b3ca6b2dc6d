# Domain: a Premier League match report
S1 = " ".join([
    "Arsenal came from behind to beat Aston Villa 3-1 at the Emirates Stadium on Saturday evening.",
    "Ollie Watkins gave the visitors the lead in the 14th minute, sliding in at the far post after a cross from Leon Bailey.",
    "Bukayo Saka equalised five minutes before half-time with a curling shot from the edge of the area.",
    "Declan Rice headed Arsenal in front in the 58th minute from Martin Odegaard's corner.",
    "Villa goalkeeper Emiliano Martinez was shown a yellow card for time-wasting shortly afterwards.",
    "Substitute Gabriel Jesus sealed the win in stoppage time, rounding Martinez after a long ball from William Saliba.",
    "The result lifts Arsenal to second in the table, two points behind leaders Liverpool, who play on Sunday.",
    "Villa remain sixth and have now lost three of their last four league matches.",
    "\"We were poor in the first half, but the reaction after the break was exactly what I want from this team,\" said Arsenal manager Mikel Arteta.",
    "Villa boss Unai Emery said his side \"lost control\" after conceding the second goal and suggested fatigue may have played a part.",
    "The attendance of 60,214 was a record for the fixture.",
])
PROBES = [
("Arsenal recovered from a goal down to beat Villa 3-1 at the Emirates on Saturday [1.1, 1.2].", S1, "S"),  # came from behind
("Aston Villa were beaten 3-1 by Arsenal on Saturday evening [1.1].", S1, "S"),  # voice change
("Watkins put Villa ahead after 14 minutes, converting Bailey's cross at the far post [1.1, 1.2].", S1, "S"),  # visitors = Villa
("Leon Bailey supplied the cross for the opening goal [1.2].", S1, "S"),  # role kept
("Saka levelled in the 40th minute with a curling effort from the edge of the box [1.3].", S1, "S"),  # five before half-time = 40
("Saka's equaliser came shortly before the interval [1.3].", S1, "S"),  # generalisation
("Rice's header from an Odegaard corner put Arsenal ahead just before the hour [1.4].", S1, "S"),  # 58th = just before hour
("Odegaard took the corner from which Rice headed Arsenal into the lead [1.4].", S1, "S"),  # reorder
("Martinez was booked for time-wasting [1.5].", S1, "S"),  # yellow card = booked
("The Villa keeper received a caution for time-wasting soon after Arsenal went ahead [1.4, 1.5].", S1, "S"),  # merge
("Jesus, who came off the bench, wrapped up the victory in added time [1.6].", S1, "S"),  # substitute
("Jesus scored by rounding the Villa goalkeeper after a long pass from Saliba [1.5, 1.6].", S1, "S"),  # Martinez = Villa keeper
("Saliba's long ball set up the third goal [1.1, 1.6].", S1, "S"),  # 3-1, Jesus sealed win
("Arsenal move up to second, two points behind Liverpool [1.7].", S1, "S"),  # 1.7
("Liverpool, the league leaders, are in action on Sunday [1.7].", S1, "S"),  # 1.7
("The win leaves Arsenal two points adrift of Liverpool at the top [1.7].", S1, "S"),  # rephrase
("Villa stay sixth after a third defeat in four league games [1.8].", S1, "S"),  # 1.8
("Arteta admitted his side were poor in the first half but praised their response after the interval [1.9].", S1, "S"),  # reported speech
("Arteta said the second-half reaction was exactly what he wants from his team [1.9].", S1, "S"),  # reported speech
("Emery said Villa lost control once they conceded the second goal [1.10].", S1, "S"),  # 1.10
("Emery suggested tiredness might have been a factor [1.10].", S1, "S"),  # hedge kept
("A record crowd for the fixture, 60,214, attended [1.11].", S1, "S"),  # 1.11
("Arsenal's first two goals came from Saka and Rice [1.3, 1.4].", S1, "S"),  # merge
("Villa scored first but lost 3-1 [1.1, 1.2].", S1, "S"),  # merge
("The Arsenal manager said his team had been poor before half-time [1.9].", S1, "S"),  # reported
("Emery said his team lost control after Arsenal's second goal [1.10].", S1, "S"),  # conceding second goal
("Rice scored with his head in the 58th minute [1.4].", S1, "S"),  # rephrase
("Villa have lost three of their last four in the league [1.8].", S1, "S"),  # 1.8
("Arsenal beat Aston Villa 3-1 on Sunday [1.1].", S1, "R"),  # wrong weekday
("Arsenal beat Villa 3-2 [1.1].", S1, "R"),  # wrong score
("Arsenal beat Villa at Villa Park [1.1].", S1, "R"),  # wrong venue
("Arsenal led from start to finish against Villa [1.1].", S1, "R"),  # contradicts came from behind
("Watkins gave Villa the lead in the 41st minute [1.2].", S1, "R"),  # wrong minute
("Watkins headed in a cross from Leon Bailey [1.2].", S1, "R"),  # sliding -> header
("Watkins scored after a cross from John McGinn [1.2].", S1, "R"),  # wrong provider
("Bailey scored from a Watkins cross [1.2].", S1, "R"),  # roles swapped
("Saka equalised five minutes after half-time [1.3].", S1, "R"),  # before -> after
("Saka equalised with a header [1.3].", S1, "R"),  # wrong method
("Saka equalised with a penalty [1.3].", S1, "R"),  # wrong method
("Rice headed Arsenal in front from Saka's corner [1.4].", S1, "R"),  # wrong taker
("Odegaard headed Arsenal in front from Rice's corner [1.4].", S1, "R"),  # roles swapped
("Martinez was sent off for time-wasting [1.5].", S1, "R"),  # yellow -> red
("Martinez was shown a yellow card for dissent [1.5].", S1, "R"),  # wrong reason
("Martinez was booked before Rice's goal [1.4, 1.5].", S1, "R"),  # order reversed
("Jesus, who started the match, sealed the win [1.6].", S1, "R"),  # substitute -> starter
("Jesus sealed the win after a long ball from Gabriel [1.6].", S1, "R"),  # wrong passer
("Jesus scored twice in stoppage time [1.6].", S1, "R"),  # added goal
("The result lifts Arsenal to the top of the table [1.7].", S1, "R"),  # second -> top
("Arsenal are three points behind Liverpool [1.7].", S1, "R"),  # wrong gap
("Liverpool played on Saturday [1.7].", S1, "R"),  # wrong day
("Villa remain fifth [1.8].", S1, "R"),  # wrong position
("Villa have lost all of their last four league matches [1.8].", S1, "R"),  # quantifier
("Villa have lost three of their last four matches in all competitions [1.8].", S1, "R"),  # league -> all comps
("Arteta said his team were poor throughout the match [1.9].", S1, "R"),  # overgeneralisation
("Emery said his side were poor in the first half [1.9].", S1, "R"),  # wrong speaker
("Emery said fatigue was the reason his side lost control [1.10].", S1, "R"),  # hedge dropped
("Emery said his side lost control after conceding the first goal [1.10].", S1, "R"),  # second -> first
("Emery blamed the referee for his side losing control [1.10].", S1, "R"),  # unsupported cause
("The attendance of 60,214 was a stadium record [1.11].", S1, "R"),  # fixture -> stadium
("The attendance was 62,014 [1.11].", S1, "R"),  # digits swapped
("Saka equalised with a curling shot from the edge of the area [1.4].", S1, "R"),  # wrong sentence cited
("Arsenal came from behind, with Saka scoring twice [1.1, 1.3].", S1, "R"),  # added brace
("Bailey crossed for Watkins's opener [1.2].", S1, "S"),  # nominal
("Emery said his team lost control after going 2-1 down [1.2, 1.3, 1.4, 1.10].", S1, "S"),  # second goal conceded = 2-1
("Jesus went round Martinez to score in stoppage time [1.6].", S1, "S"),  # rounding
("Arsenal's win was watched by a crowd of 60,214 [1.1, 1.11].", S1, "S"),  # merge
("Arteta was critical of his team's first-half display [1.9].", S1, "S"),  # poor in first half
]
