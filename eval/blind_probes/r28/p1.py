# Domain: a mayoral election count
S1 = " ".join([
    "Counting in the Northbridge mayoral election finished shortly after 3am on Friday, more than nine hours after polls closed.",
    "Labour's Priya Nandakumar was declared the winner with 48,212 first-preference votes, ahead of the Conservative candidate, Martin Hale, on 41,907.",
    "The Green candidate, Tom Ashby, came third with 12,480 votes, while the Liberal Democrat, Sarah Quinn, finished fourth on 9,115.",
    "Turnout was 31.4 per cent, down from 36.2 per cent at the previous election in 2021.",
    "The returning officer, Graham Pollitt, said the count had been delayed by a recount of postal ballots in two wards.",
    "Hale said he would not be challenging the result but described the margin as \"far closer than the pollsters predicted\".",
    "Nandakumar, a former nurse, becomes the first woman to hold the post since it was created in 2002.",
    "In her acceptance speech she promised to freeze bus fares for two years and to build 5,000 affordable homes by 2030.",
    "Officials said 1,284 ballot papers were rejected, most of them because voters had marked more than one candidate.",
    "A spokesperson for the Electoral Commission said it may review the handling of postal votes in the city.",
])
PROBES = [
("Priya Nandakumar of Labour won the Northbridge mayoralty, taking 48,212 first-preference votes to Martin Hale's 41,907 [1.2].", S1, "S"),  # reordered paraphrase of 1.2
("The count concluded a little after 3am on Friday, over nine hours after voting ended [1.1].", S1, "S"),  # synonyms of 1.1
("Tom Ashby of the Greens finished third on 12,480 votes [1.3].", S1, "S"),  # 1.3 first clause
("Sarah Quinn, standing for the Liberal Democrats, came fourth [1.3].", S1, "S"),  # 1.3 second clause
("Turnout fell from 36.2 per cent in 2021 to 31.4 per cent [1.4].", S1, "S"),  # reordered 1.4
("According to returning officer Graham Pollitt, a postal ballot recount in two wards held up the count [1.5].", S1, "S"),  # reported speech 1.5
("Hale said he would not contest the outcome [1.6].", S1, "S"),  # synonym of not challenging
("Hale called the margin much tighter than pollsters had forecast [1.6].", S1, "S"),  # paraphrased quote
("Nandakumar is the first woman to be mayor since the office was established in 2002 [1.7].", S1, "S"),  # 1.7 reworded
("Nandakumar used to work as a nurse [1.7].", S1, "S"),  # former nurse
("Nandakumar pledged a two-year freeze on bus fares [1.8].", S1, "S"),  # nominalisation
("She also promised 5,000 affordable homes by 2030 [1.8].", S1, "S"),  # 1.8 second half
("More than a thousand ballot papers were rejected [1.9].", S1, "S"),  # 1,284 generalised
("Most rejected ballots were discounted because voters had marked more than one candidate [1.9].", S1, "S"),  # 1.9 reworded
("The Electoral Commission may look into how the city handled postal votes, a spokesperson said [1.10].", S1, "S"),  # hedge kept
("The Labour candidate beat the Conservative by 6,305 first-preference votes [1.2].", S1, "S"),  # 48,212 - 41,907 = 6,305
("The Conservative candidate finished second and the Green candidate third [1.2, 1.3].", S1, "S"),  # merged 1.2 and 1.3
("Turnout dropped by 4.8 percentage points compared with 2021 [1.4].", S1, "S"),  # 36.2 - 31.4
("The winner, who previously worked as a nurse, promised to freeze bus fares for two years [1.7, 1.8].", S1, "S"),  # merged
("Despite finishing second, Hale said he would not challenge the result [1.2, 1.6].", S1, "S"),  # merged
("A recount of postal ballots in two wards delayed the count, which ended after 3am on Friday [1.1, 1.5].", S1, "S"),  # merged
("Fewer than a third of voters turned out [1.4].", S1, "S"),  # 31.4 per cent < one third
("The Liberal Democrat candidate received 9,115 votes [1.3].", S1, "S"),  # 1.3
("Nandakumar's victory makes her the first female holder of the post since its creation in 2002 [1.2, 1.7].", S1, "S"),  # merged
("Hale described the result as far closer than the pollsters had predicted but said he would not challenge it [1.6].", S1, "S"),  # reordered
("Graham Pollitt served as returning officer [1.5].", S1, "S"),  # from 1.5
("The Green and Liberal Democrat candidates came third and fourth respectively [1.3].", S1, "S"),  # generalised 1.3
("Officials said 1,284 ballots were rejected [1.9].", S1, "S"),  # dropped detail
("Polls had closed more than nine hours before the count was completed [1.1].", S1, "S"),  # voice change
("In her acceptance speech the new mayor made pledges on bus fares and affordable housing [1.8].", S1, "S"),  # generalisation
("Nandakumar won with 48,212 votes, ahead of Hale on 41,097 [1.2].", S1, "R"),  # wrong figure 41,907
("Counting finished shortly after 3am on Saturday [1.1].", S1, "R"),  # wrong weekday
("Tom Ashby of the Greens came fourth [1.3].", S1, "R"),  # he came third
("Turnout rose to 31.4 per cent [1.4].", S1, "R"),  # antonym: it fell
("Pollitt said the count had been delayed by a recount of postal ballots in three wards [1.5].", S1, "R"),  # two wards
("Hale said he would challenge the result [1.6].", S1, "R"),  # negation error
("Nandakumar becomes the first woman to hold the post since it was created in 2012 [1.7].", S1, "R"),  # 2002
("Nandakumar promised to freeze bus fares for three years [1.8].", S1, "R"),  # two years
("Nandakumar promised to build 5,000 affordable homes by 2035 [1.8].", S1, "R"),  # 2030
("The Electoral Commission will review the handling of postal votes in the city [1.10].", S1, "R"),  # dropped hedge may
("Most of the rejected ballot papers had been left blank [1.9].", S1, "R"),  # wrong reason
("Hale described the margin as far closer than predicted, blaming the low turnout [1.6].", S1, "R"),  # added cause
("Nandakumar, a former teacher, becomes the first woman to hold the post [1.7].", S1, "R"),  # nurse
("Nandakumar was declared the winner with 48,212 first-preference votes [1.3].", S1, "R"),  # wrong sentence cited
("Turnout was 31.4 per cent [1.5].", S1, "R"),  # wrong sentence cited
("Labour's candidate won an outright majority of first-preference votes [1.2].", S1, "R"),  # majority not stated
("Nandakumar, the city's first woman mayor, promised to freeze bus fares [1.8].", S1, "R"),  # first woman from uncited 1.7
("Martin Hale, the Liberal Democrat candidate, finished second [1.2].", S1, "R"),  # he is Conservative
("Returning officer Graham Pollitt said the Electoral Commission may review postal votes [1.5].", S1, "R"),  # wrong speaker, fact from 1.10
("Sarah Quinn came third with 12,480 votes [1.3].", S1, "R"),  # swapped with Ashby
("Officials said all of the rejected ballot papers had been marked for more than one candidate [1.9].", S1, "R"),  # most -> all
("Counting finished more than nine hours after polls opened [1.1].", S1, "R"),  # closed -> opened
("Nandakumar, the Conservative candidate, won the election [1.2].", S1, "R"),  # she is Labour
("Turnout was down from 36.2 per cent at the previous election in 2017 [1.4].", S1, "R"),  # 2021
("Hale said the margin was exactly what the pollsters had predicted [1.6].", S1, "R"),  # contradiction
("Nandakumar is the first woman to hold the post, created in 2002, and she promised to cut bus fares [1.7, 1.8].", S1, "R"),  # freeze -> cut
("No postal ballots had to be recounted [1.5].", S1, "R"),  # negation
("The count was delayed by a recount of postal ballots, the Electoral Commission said [1.5].", S1, "R"),  # wrong speaker
("Turnout was the lowest ever recorded for a Northbridge mayoral election [1.4].", S1, "R"),  # unsupported superlative
("The Electoral Commission may review the handling of postal votes in two wards [1.10].", S1, "R"),  # added detail
]
