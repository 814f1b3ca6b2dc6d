# Domain: a general election's exit poll and results
S1 = " ".join([
    "Polls closed at 10pm on Thursday 4 July, and a joint broadcaster exit poll immediately projected the Progressive Alliance to win 312 of the 600 seats.",
    "The exit poll put the governing National Union on 198 seats, down from 287 at the previous election.",
    "Pollsters cautioned that the projection carried a margin of error of around 15 seats either way.",
    "By 6am on Friday, official results had been declared in 571 constituencies.",
    "The Progressive Alliance had secured 305 of those seats, while the National Union had won 201.",
    "Turnout was provisionally recorded at 61.4 percent, the lowest figure since 2001.",
    "Alliance leader Maria Keane told supporters in Leeds that the result was \"a mandate for change, not a blank cheque\".",
    "Prime Minister Howard Grant conceded defeat shortly after 5am, saying he would remain in post until a new government was formed.",
    "The Green Party doubled its representation to eight seats, its best-ever result.",
    "Election officials said recounts had been requested in three constituencies, including Bristol East.",
    "Analysts suggested the Alliance could hold a working majority of roughly 20 once all seats are declared.",
])
PROBES = [
("An exit poll released as voting ended forecast that the Progressive Alliance would take 312 seats [1.1].", S1, "S"),  # paraphrase of s1
("The exit poll projected the Progressive Alliance would win 312 of 600 seats on Thursday 4 July [1.1].", S1, "S"),  # reordered s1
("The exit poll projected the Progressive Alliance would win 321 seats [1.1].", S1, "R"),  # wrong figure 321 vs 312
("Polls closed at 10pm on Friday 4 July [1.1].", S1, "R"),  # wrong weekday
("A single broadcaster's exit poll projected the Alliance result [1.1].", S1, "R"),  # joint broadcaster, not single
("The National Union was forecast to fall to 198 seats from 287 [1.2].", S1, "S"),  # paraphrase s2
("According to the exit poll, the governing party would lose 89 seats compared with the last election [1.2].", S1, "S"),  # 287-198=89, derived
("The exit poll put the governing National Union on 198 seats, up from 187 at the previous election [1.2].", S1, "R"),  # up vs down, wrong figure
("The exit poll put the opposition National Union on 198 seats [1.2].", S1, "R"),  # National Union is governing
("The projection was said to be accurate to within about 15 seats in either direction [1.3].", S1, "S"),  # paraphrase s3
("Pollsters said the projection was exact [1.3].", S1, "R"),  # antonym: margin of error
("Pollsters cautioned that the projection carried a margin of error of around 50 seats [1.3].", S1, "R"),  # wrong figure
("Results from 571 constituencies had been officially declared by 6am on Friday [1.4].", S1, "S"),  # voice change
("By 6am on Friday, official results had been declared in all 600 constituencies [1.4].", S1, "R"),  # wrong quantifier
("By 6am on Saturday, official results had been declared in 571 constituencies [1.4].", S1, "R"),  # wrong day
("Of the declared seats, the Progressive Alliance had won 305 and the National Union 201 [1.5].", S1, "S"),  # paraphrase s5
("By 6am Friday the Alliance had won 305 of 571 declared seats [1.4, 1.5].", S1, "S"),  # merge s4 s5
("The National Union had won 305 seats while the Progressive Alliance had won 201 [1.5].", S1, "R"),  # swapped roles
("The Progressive Alliance had secured 305 seats, giving it an outright majority [1.5].", S1, "R"),  # 305 of 600 is not majority; unsupported
("Provisional turnout stood at 61.4 percent [1.6].", S1, "S"),  # paraphrase
("Turnout, provisionally put at 61.4 percent, was the lowest since 2001 [1.6].", S1, "S"),  # restructure
("Turnout was provisionally recorded at 64.1 percent [1.6].", S1, "R"),  # digit swap
("Turnout was the highest since 2001 [1.6].", S1, "R"),  # antonym
("Turnout was confirmed at 61.4 percent [1.6].", S1, "R"),  # provisional -> confirmed
("Turnout fell to 61.4 percent because of bad weather [1.6].", S1, "R"),  # added cause
("Maria Keane described the outcome as a mandate for change but not a blank cheque [1.7].", S1, "S"),  # reported speech
("Speaking in Leeds, the Alliance leader told supporters the result was a mandate for change [1.7].", S1, "S"),  # partial reported speech
("Maria Keane told supporters in Manchester that the result was a mandate for change [1.7].", S1, "R"),  # wrong city
("Howard Grant told supporters the result was a mandate for change, not a blank cheque [1.7].", S1, "R"),  # wrong speaker
("Maria Keane called the result a blank cheque for change [1.7].", S1, "R"),  # negation dropped
("Howard Grant admitted defeat soon after 5am [1.8].", S1, "S"),  # synonym
("Grant said he would stay on as prime minister until a new government took office [1.8].", S1, "S"),  # paraphrase
("Howard Grant conceded defeat shortly after 5am and resigned immediately [1.8].", S1, "R"),  # contradicts remaining in post
("Howard Grant refused to concede defeat [1.8].", S1, "R"),  # negation
("Howard Grant conceded defeat shortly after 3am [1.8].", S1, "R"),  # wrong time
("The Greens won eight seats, twice their previous total and their best result ever [1.9].", S1, "S"),  # paraphrase
("The Green Party's seat count doubled to eight [1.9].", S1, "S"),  # nominalised
("The Green Party tripled its representation to eight seats [1.9].", S1, "R"),  # doubled vs tripled
("The Green Party doubled its representation to eight seats, its second-best result [1.9].", S1, "R"),  # best-ever vs second-best
("Recounts were requested in three seats, one of them Bristol East [1.10].", S1, "S"),  # paraphrase
("Officials said a recount had been sought in Bristol East [1.10].", S1, "S"),  # dropping detail
("Election officials said recounts had been requested in five constituencies [1.10].", S1, "R"),  # wrong figure
("Election officials said recounts had been completed in three constituencies, including Bristol East [1.10].", S1, "R"),  # requested vs completed
("Election officials said recounts had been requested in three constituencies, all in Bristol [1.10].", S1, "R"),  # overgeneralisation
("Analysts said the Alliance might end up with a working majority of about 20 [1.11].", S1, "S"),  # hedge kept
("Analysts said the Alliance will hold a working majority of exactly 20 [1.11].", S1, "R"),  # dropped hedge, exact
("Analysts suggested the Alliance could hold a working majority of roughly 40 [1.11].", S1, "R"),  # wrong figure
("Analysts suggested the National Union could hold a working majority of roughly 20 [1.11].", S1, "R"),  # wrong party
("The exit poll projected 312 seats for the Alliance, with a margin of error of about 15 seats [1.1, 1.3].", S1, "S"),  # merge s1 s3
("The exit poll forecast 312 seats for the Alliance and 198 for the National Union [1.1, 1.2].", S1, "S"),  # merge s1 s2
("Grant conceded after the Alliance had won 305 declared seats [1.5, 1.8].", S1, "R"),  # temporal sequencing not stated (305 at 6am, concession 5am)
("Turnout was provisionally 61.4 percent [1.5].", S1, "R"),  # wrong sentence cited
("The Green Party doubled its representation to eight seats [1.10].", S1, "R"),  # wrong sentence cited
("Maria Keane conceded defeat shortly after 5am [1.8].", S1, "R"),  # wrong person
("The National Union was projected to lose seats and its leader later conceded [1.2, 1.8].", S1, "R"),  # (relabelled: Grant is never stated to be National Union leader)
("Once all seats are declared, the Alliance may have a majority of around 20, analysts suggested [1.11].", S1, "S"),  # reorder
("The exit poll predicted the Alliance would win 312 seats, and it went on to win all of them [1.1, 1.5].", S1, "R"),  # unsupported, only 305 declared
("Every constituency requested a recount [1.10].", S1, "R"),  # overgeneralisation
("Official results had been declared in fewer than 600 constituencies by 6am on Friday [1.4].", S1, "S"),  # 571 < 600, generalisation
("The Progressive Alliance won more declared seats than the National Union [1.5].", S1, "S"),  # comparison derived
("Fewer than two thirds of eligible voters turned out, according to provisional figures [1.6].", S1, "S"),  # 61.4 percent < 66.7
("Grant said he would not leave office until a new government had been formed [1.8].", S1, "S"),  # negated paraphrase equivalent
("Bristol East was one of three constituencies where a recount was requested [1.10].", S1, "S"),  # restructured
("The broadcasters' exit poll gave the Progressive Alliance more than half of the 600 seats [1.1].", S1, "S"),  # 312 > 300
("The Alliance leader, Maria Keane, addressed supporters in Leeds [1.7].", S1, "S"),  # dropping quote
("The Greens ended up with eight seats [1.9].", S1, "S"),  # dropping detail
("Results in 571 constituencies had been officially declared by Friday morning [1.4].", S1, "S"),  # 6am -> morning
("Polling stations closed at 10pm on 4 July [1.1].", S1, "S"),  # dropping detail
("The National Union won 201 of the declared seats [1.5].", S1, "S"),  # dropping detail
("The exit poll put the National Union below 200 seats [1.2].", S1, "S"),  # 198 < 200
("Pollsters warned the projection could be out by roughly 15 seats [1.3].", S1, "S"),  # paraphrase
]
