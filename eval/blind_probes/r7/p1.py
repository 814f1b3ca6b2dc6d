# Politics: state minimum wage bill (A) and coalition collapse (B)
A = ("Governor Elena Marsh signed a bill on Wednesday that raises the state minimum wage to $17 an hour by 2027. "
     "The measure passed the Senate 21-17 last month after a contentious debate. "
     "Marsh, a Democrat, said the increase would help about 400,000 workers keep pace with rising rents. "
     "Republican leaders argued that the law could force small businesses to cut hours. "
     "Senate Minority Leader Tom Reyes said his caucus would seek to repeal the measure if it wins a majority in November. "
     "The wage will rise in three steps, starting with an increase to $15 in January. "
     "Tipped workers are excluded from the first two increases. "
     "A poll released last week found that 58% of likely voters support the change. "
     "The state's largest business group, the Commerce Council, said it was reviewing its legal options. "
     "Marsh is expected to announce her re-election bid later this month.")
B = ("Prime Minister Anna Lindqvist's coalition lost its parliamentary majority on Monday when the Green Party withdrew over a dispute about a new motorway. "
     "The Greens had threatened for weeks to leave if the government approved the project. "
     "Lindqvist said she would continue to lead a minority government and would not call an early election. "
     "Opposition leader Karl Berg demanded a vote of no confidence, which is scheduled for Thursday. "
     "The coalition now holds 84 of the 175 seats in parliament. "
     "Analysts said the government could survive if the small Rural Party abstains. "
     "The Rural Party's leader, Maja Holm, said her party had not yet decided how to vote. "
     "The motorway, which would link the capital to the northern port of Solvik, is estimated to cost 2.3 billion euros. "
     "It was the first time in nearly a decade that a governing coalition had collapsed in mid-term.")
X = [A, B]
PROBES = [
    ("Governor Elena Marsh signed legislation on Wednesday raising the state minimum wage to $17 an hour by 2027 [1.1].", X, "S"),
    ("The Senate approved the measure 21-17 last month following a contentious debate [1.2].", X, "S"),
    ("Marsh said the increase would help roughly 400,000 workers keep up with rising rents [1.3].", X, "S"),
    ("Republican leaders argued the law could force small businesses to reduce hours [1.4].", X, "S"),
    ("Reyes said his caucus would seek to repeal the law if it wins a majority in November [1.5].", X, "S"),
    ("The wage will increase in three steps, beginning with a rise to $15 in January [1.6].", X, "S"),
    ("The first two increases do not apply to tipped workers [1.7].", X, "S"),
    ("A poll released last week found 58% of likely voters back the change [1.8].", X, "S"),
    ("The Commerce Council, the state's biggest business group, said it was reviewing its legal options [1.9].", X, "S"),
    ("Marsh is expected to announce a re-election bid later this month [1.10].", X, "S"),
    ("Marsh, a Democrat, signed a bill raising the minimum wage to $17 an hour by 2027 after it passed the Senate 21-17 last month [1.1][1.2][1.3].", X, "S"),
    ("Republican leaders warned that small businesses could be forced to cut hours, and Senate Minority Leader Tom Reyes said his caucus would seek a repeal if it wins a majority in November [1.4][1.5].", X, "S"),
    # unsupported
    ("Governor Elena Marsh signed a bill on Tuesday raising the minimum wage to $17 an hour [1.1].", X, "R"),  # weekday
    ("The measure passed the House 21-17 last month [1.2].", X, "R"),  # House vs Senate
    ("Marsh said the increase would help 400,000 workers keep pace with rising rents [1.3].", X, "R"),  # dropped "about"
    ("Republican leaders argued that the law would force small businesses to cut hours [1.4].", X, "R"),  # could -> would
    ("Reyes said his caucus would repeal the measure if it wins a majority in November [1.5].", X, "R"),  # dropped "seek to"
    ("Senate Minority Leader Tom Reyes said his caucus would seek to repeal the measure [1.5].", X, "R"),  # dropped the condition
    ("The wage will rise in three steps, starting with an increase to $15 in March [1.6].", X, "R"),  # month
    ("Tipped workers are excluded from all three increases [1.6][1.7].", X, "R"),  # first two -> all three
    ("A poll released last week found that 58% of voters support the change [1.8].", X, "R"),  # dropped "likely" widens
    ("The Commerce Council, the state's largest business group, said it would file a lawsuit [1.9].", X, "R"),  # reviewing options -> would sue
    ("Marsh announced her re-election bid later this month [1.10].", X, "R"),  # expected dropped
    ("Marsh, a Republican, signed the minimum wage bill [1.1][1.3].", X, "R"),  # party sibling
    ("The measure passed the Senate 21-17 last month after a brief debate [1.2].", X, "R"),  # contentious -> brief
    ("Marsh said the increase would help about 400,000 workers keep pace with rising food prices [1.3].", X, "R"),  # rents -> food prices
    ("The Commerce Council said 58% of likely voters support the change [1.8][1.9].", X, "R"),  # poll finding put in Council's mouth
    ("Marsh signed the bill because a poll found that 58% of likely voters support the change [1.1][1.8].", X, "R"),  # invented cause
    # source B supported
    ("Prime Minister Anna Lindqvist's coalition lost its majority in parliament on Monday after the Green Party pulled out in a dispute over a new motorway [2.1].", X, "S"),
    ("For weeks the Greens had threatened to quit if the government approved the project [2.2].", X, "S"),
    ("Lindqvist said she would keep leading a minority government and would not call an early election [2.3].", X, "S"),
    ("Opposition leader Karl Berg called for a no-confidence vote, which is scheduled for Thursday [2.4].", X, "S"),
    ("The coalition now has 84 of parliament's 175 seats [2.5].", X, "S"),
    ("Analysts said the government could survive if the Rural Party abstains [2.6].", X, "S"),
    ("Rural Party leader Maja Holm said her party had not yet decided how to vote [2.7].", X, "S"),
    ("The motorway, which would connect the capital with the northern port of Solvik, is estimated to cost 2.3 billion euros [2.8].", X, "S"),
    ("It was the first time in almost a decade that a governing coalition had collapsed mid-term [2.9].", X, "S"),
    ("The Green Party quit the coalition over the motorway, and the government now holds 84 of 175 seats [2.1][2.5].", X, "S"),
    # source B unsupported
    ("Lindqvist's coalition lost its majority on Monday when the Rural Party withdrew over a motorway dispute [2.1].", X, "R"),  # wrong party
    ("The Greens had threatened for months to leave if the government approved the project [2.2].", X, "R"),  # weeks -> months
    ("Lindqvist said she would call an early election [2.3].", X, "R"),  # negation dropped
    ("Karl Berg demanded a vote of no confidence, which was held on Thursday [2.4].", X, "R"),  # scheduled -> held
    ("Analysts said the coalition now holds 84 of the 175 seats in parliament [2.5][2.6].", X, "R"),  # fact given as analysts' words
    ("Analysts said the government would survive if the small Rural Party abstains [2.6].", X, "R"),  # could -> would
    ("Maja Holm said her party would abstain in the vote [2.7].", X, "R"),  # undecided -> would abstain
    ("The motorway would link the capital to the southern port of Solvik [2.8].", X, "R"),  # northern -> southern
    ("It was the first time in a decade that a governing coalition had collapsed in mid-term [2.9].", X, "R"),  # dropped "nearly"
    ("Karl Berg said he would continue to lead a minority government [2.3][2.4].", X, "R"),  # speaker swap
    ("The motorway is estimated to cost 3.2 billion euros [2.8].", X, "R"),  # number
    ("It was the first time in nearly a decade that a governing coalition had collapsed [2.9].", X, "R"),  # dropped "in mid-term" widens
]
