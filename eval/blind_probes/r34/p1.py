# Domain: a parliamentary by-election result with vote shares, turnout and reaction
S1 = " ".join([
    "The Liberal Democrats won the Ashcombe and Fenley by-election on Thursday, overturning a Conservative majority of 11,400.",
    "Their candidate, former headteacher Miriam Okafor, took 17,812 votes, a 41.3% share of the vote.",
    "Conservative candidate Giles Partridge came second with 13,095 votes, down from the 24,600 the party won at the general election last year.",
    "Reform UK finished third on 6,204 votes, its best result in the constituency.",
    "Labour's share fell from 19% to 8%, and its candidate, Priya Nair, narrowly kept her deposit.",
    "Turnout was 44.8%, compared with 71.2% at the general election.",
    "The by-election was called after the Conservative MP Howard Bleasdale resigned in March following a lobbying inquiry.",
    "Speaking at the count in Fenley Leisure Centre, Ms Okafor said: \"Tonight the people of Ashcombe and Fenley have said that enough is enough\".",
    "Mr Partridge said he was disappointed but that the result was \"a protest, not a verdict\".",
    "Polling expert Professor Alan Reeve said the swing of 19 points from Conservative to Liberal Democrat was the largest in a by-election since 2021.",
    "He added that the result may encourage tactical voting at the next general election.",
    "The Green Party candidate, Tom Hale, received 2,031 votes.",
    "The count was delayed by two hours after a recount was requested in one ward.",
])
PROBES = [
("Miriam Okafor of the Liberal Democrats won the Ashcombe and Fenley by-election [1.1, 1.2].", S1, "S"),  # merge of winner party and its candidate
("The Liberal Democrats took the seat on Thursday, overturning a Conservative majority of 11,400 [1.1].", S1, "S"),  # paraphrase of won
("Ms Okafor, a former headteacher, received 41.3% of the vote [1.2].", S1, "S"),  # took -> received
("The winning candidate secured 17,812 votes [1.1, 1.2].", S1, "S"),  # their candidate = winners' candidate
("The Conservative vote fell by 11,505 compared with last year's general election [1.3].", S1, "S"),  # 24,600 - 13,095 = 11,505
("Giles Partridge finished runner-up for the Conservatives with 13,095 votes [1.3].", S1, "S"),  # came second -> runner-up
("Reform UK came third with 6,204 votes, its best result in the seat [1.4].", S1, "S"),  # near-verbatim paraphrase
("Labour's vote share dropped by 11 percentage points [1.5].", S1, "S"),  # 19 - 8 = 11
("Turnout fell from 71.2% at the general election to 44.8% [1.6].", S1, "S"),  # reordered comparison
("Turnout was 26.4 percentage points lower than at the general election [1.6].", S1, "S"),  # 71.2 - 44.8 = 26.4
("The contest followed the resignation of Conservative MP Howard Bleasdale in March after a lobbying inquiry [1.7].", S1, "S"),  # nominalisation resigned -> resignation
("At the count in Fenley Leisure Centre, Ms Okafor said the people of Ashcombe and Fenley had said that \"enough is enough\" [1.8].", S1, "S"),  # indirect quote
("Mr Partridge described the result as \"a protest, not a verdict\" [1.9].", S1, "S"),  # said -> described
("The Conservative candidate said he was disappointed [1.3, 1.9].", S1, "S"),  # Partridge identified as Conservative in 1.3
("Professor Alan Reeve said the 19-point swing from the Conservatives to the Liberal Democrats was the biggest in a by-election since 2021 [1.10].", S1, "S"),  # largest -> biggest
("Professor Reeve said the result might encourage tactical voting at the next general election [1.10, 1.11].", S1, "S"),  # may -> might, He resolved by 1.10
("The Green candidate, Tom Hale, won 2,031 votes [1.12].", S1, "S"),  # received -> won (votes)
("A recount was requested in one ward, delaying the count by two hours [1.13].", S1, "S"),  # reordered
("Ms Okafor beat Mr Partridge by 4,717 votes [1.2, 1.3].", S1, "S"),  # 17,812 - 13,095 = 4,717
("Reform UK won more votes than the Green Party [1.4, 1.12].", S1, "S"),  # 6,204 > 2,031
("Labour's candidate, Priya Nair, narrowly retained her deposit [1.5].", S1, "S"),  # kept -> retained
("Fewer than half of eligible voters took part in the by-election [1.6].", S1, "S"),  # turnout 44.8% < 50%
("The Conservatives lost the by-election [1.1].", S1, "S"),  # Lib Dems won, overturning Conservative majority
("The Liberal Democrats overturned a Tory majority of 11,400 to win on Thursday [1.1].", S1, "S"),  # Tory = Conservative
("Howard Bleasdale, a Conservative MP, stepped down in March after a lobbying inquiry, triggering the by-election [1.7].", S1, "S"),  # resigned -> stepped down; called after -> triggering
("Labour's vote share more than halved [1.5].", S1, "S"),  # 8 < 19/2
("The delay at the count lasted two hours. [1.13]", S1, "S"),  # end-position citation, paraphrase
("Ms Okafor, who used to be a headteacher, stood for the Liberal Democrats [1.1, 1.2].", S1, "S"),  # former headteacher; their candidate
("According to Professor Reeve, the swing was the largest in any by-election since 2021 [1.10].", S1, "S"),  # a by-election -> any by-election, same meaning
("Professor Reeve, a polling expert, put the swing at 19 points [1.10].", S1, "S"),  # paraphrase
("Ms Okafor took 17,812 votes, ahead of Conservative Giles Partridge on 13,095 and Reform UK on 6,204 [1.2-4].", S1, "S"),  # range merge
("Partridge's 13,095 votes compared with the 24,600 the Conservatives won at last year's general election. [1.3]", S1, "S"),  # end-position citation
# ---- R probes ----
("The Liberal Democrats won the Ashcombe and Fenley by-election on Tuesday, overturning a Conservative majority of 11,400 [1.1].", S1, "R"),  # weekday changed: Thursday -> Tuesday
("The Liberal Democrats won the Ashcombe and Fenley by-election, overturning a Conservative majority of 14,100 [1.1].", S1, "R"),  # majority 11,400 -> 14,100
("Ms Okafor, a former headteacher, took 17,812 votes, a 43.1% share of the vote [1.2].", S1, "R"),  # share 41.3% -> 43.1%
("Conservative candidate Giles Partridge came third with 13,095 votes [1.3].", S1, "R"),  # came second, not third
("Reform UK finished second on 6,204 votes, its best result in the constituency [1.4].", S1, "R"),  # finished third, not second
("Reform UK finished third on 6,204 votes, its best result nationally [1.4].", S1, "R"),  # scope widened: constituency -> nationally
("Labour's share rose from 8% to 19% [1.5].", S1, "R"),  # direction flipped: fell from 19 to 8
("Labour's share fell from 19% to 8%, and its candidate, Priya Nair, narrowly lost her deposit [1.5].", S1, "R"),  # antonym: kept -> lost
("Labour's share fell from 19% to 8%, and its candidate comfortably kept her deposit [1.5].", S1, "R"),  # narrowly -> comfortably
("Turnout was 44.8%, compared with 71.2% at the previous by-election [1.6].", S1, "R"),  # comparator changed: general election -> previous by-election
("The by-election was called after the Conservative MP Howard Bleasdale resigned in May following a lobbying inquiry [1.7].", S1, "R"),  # month March -> May
("The by-election was called after the Conservative MP Howard Bleasdale was sacked following a lobbying inquiry [1.7].", S1, "R"),  # resigned -> was sacked
("Howard Bleasdale resigned in March after a lobbying inquiry found he had broken the rules [1.7].", S1, "R"),  # added finding of inquiry not in source
("Speaking at the count in Fenley Leisure Centre, Mr Partridge said the people of Ashcombe and Fenley had said that \"enough is enough\" [1.8].", S1, "R"),  # wrong speaker: Okafor said it
("Ms Okafor described the result as \"a protest, not a verdict\" [1.9].", S1, "R"),  # wrong speaker: Partridge said it
("Mr Partridge said he was disappointed and that the result was \"a verdict, not a protest\" [1.9].", S1, "R"),  # quote reversed
("Professor Alan Reeve said the swing of 19 points from Liberal Democrat to Conservative was the largest in a by-election since 2021 [1.10].", S1, "R"),  # swing direction reversed
("Professor Alan Reeve said the 19-point swing was the largest in any election since 2021 [1.10].", S1, "R"),  # scope widened: by-election -> any election
("Professor Alan Reeve said the 19-point swing was the largest in a by-election since 2012 [1.10].", S1, "R"),  # year 2021 -> 2012
("Professor Reeve said the result will encourage tactical voting at the next general election [1.10, 1.11].", S1, "R"),  # hedge dropped: may -> will
("Professor Reeve said the result may discourage tactical voting at the next general election [1.10, 1.11].", S1, "R"),  # antonym: encourage -> discourage
("The Green Party candidate, Tom Hale, received 2,301 votes [1.12].", S1, "R"),  # 2,031 -> 2,301
("The count was delayed by two hours after a recount was requested in three wards [1.13].", S1, "R"),  # one ward -> three wards
("The count was delayed by two hours after Mr Partridge requested a recount in one ward [1.13].", S1, "R"),  # added who requested the recount
("Ms Okafor won by 4,717 votes on a turnout of 44.8% [1.2, 1.3].", S1, "R"),  # turnout figure from uncited 1.6
("Turnout in the by-election was 44.8% [1.5].", S1, "R"),  # wrong citation: turnout is in 1.6
("Reform UK won more votes than the Conservatives [1.3, 1.4].", S1, "R"),  # false: 6,204 < 13,095
("The Liberal Democrats won the by-election because of anger over the lobbying inquiry [1.1, 1.7].", S1, "R"),  # invented cause
("Turnout was 44.8%, the lowest in the constituency's history [1.6].", S1, "R"),  # added superlative
("Ms Okafor won a majority of the votes cast [1.2].", S1, "R"),  # 41.3% is not a majority
("Conservative candidate Giles Partridge won 24,600 votes [1.3].", S1, "R"),  # figure given to wrong item: 24,600 was party's general election total
("Ms Okafor spoke at the count in Ashcombe Town Hall [1.8].", S1, "R"),  # place changed: Fenley Leisure Centre
("The Green Party candidate, Tom Hale, finished fourth with 2,031 votes [1.12].", S1, "R"),  # finishing position not stated
]
