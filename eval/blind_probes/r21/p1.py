# Domain: a general election exit poll and results
S1 = " ".join([
    "An exit poll published at 10pm on Thursday projected that the Labour Party would win 412 seats, giving it a Commons majority of 174.",
    "The Conservatives were forecast to take 131 seats, which would be their lowest total since the modern party was founded in 1834.",
    "The exit poll, conducted by Ipsos for the BBC, ITV and Sky, surveyed around 20,000 voters at 133 polling stations across Great Britain.",
    "Professor John Curtice said the projection suggested a historic swing but warned that the margin of error in individual seats could be large.",
    "Turnout was estimated at 60 percent, down from 67 percent at the previous general election in 2019.",
    "The Liberal Democrats were projected to win 61 seats, which would make them the third largest party in Parliament.",
    "Reform UK was forecast to win 13 seats, although its leader Nigel Farage had predicted the party would take far more.",
])
S2 = " ".join([
    "By 7am on Friday, Labour had passed the 326 seats needed for a majority, confirming the broad picture of the exit poll.",
    "Keir Starmer, speaking outside the Royal Festival Hall in London, said the country had voted for change and promised to govern for everyone.",
    "Rishi Sunak conceded defeat in a speech at his Richmond and Northallerton constituency, where he held his own seat with a reduced majority of 12,185.",
    "Eleven Cabinet ministers lost their seats, including Defence Secretary Grant Shapps and Commons Leader Penny Mordaunt.",
    "Final figures showed Labour won 411 seats on 33.7 percent of the vote, the lowest vote share for any majority government in modern history.",
    "The Liberal Democrats won 72 seats, their best result since the party was formed in 1988.",
    "Official turnout was confirmed at 59.8 percent, the second lowest at a general election since 1885.",
])
PROBES = [
("The exit poll forecast 412 seats for Labour and a majority of 174 [1.1].", S1, "S"),  # near-copy
("According to the exit poll released on Thursday night, Labour was on course for a 174-seat majority [1.1].", S1, "S"),  # compression, reword
("A Conservative tally of 131 seats was projected, which would be the party's worst since 1834 [1.2].", S1, "S"),  # paraphrase, conditional kept
("Ipsos carried out the exit poll on behalf of three broadcasters [1.3].", S1, "S"),  # generalisation of BBC/ITV/Sky
("Roughly 20,000 voters were questioned at 133 polling stations for the survey [1.3].", S1, "S"),  # voice, synonym
("Curtice cautioned that the margin of error in individual constituencies could be large [1.4].", S1, "S"),  # synonyms, hedge kept
("Professor John Curtice said the projection pointed to a historic swing [1.4].", S1, "S"),  # suggested -> pointed to
("Estimated turnout fell by around seven points compared with 2019 [1.5].", S1, "S"),  # 67 -> 60 arithmetic
("The exit poll put the Liberal Democrats on course to become the third largest party with 61 seats [1.6].", S1, "S"),  # reorder
("Nigel Farage had predicted far more seats for Reform UK than the 13 it was forecast to win [1.7].", S1, "S"),  # restructure
("Labour crossed the 326-seat threshold for a majority by 7am on Friday [2.1].", S2, "S"),  # synonym
("The overnight results confirmed the broad picture painted by the exit poll [2.1].", S2, "S"),  # compression
("Starmer promised to govern for everyone, saying the country had voted for change [2.2].", S2, "S"),  # reorder
("Sunak retained his Richmond and Northallerton seat, though with a smaller majority of 12,185 [2.3].", S2, "S"),  # synonyms
("Rishi Sunak admitted defeat [2.3].", S2, "S"),  # compression
("Grant Shapps and Penny Mordaunt were among 11 Cabinet ministers who were defeated in their seats [2.4].", S2, "S"),  # reorder, numeral
("Labour's 411 seats came on a vote share of 33.7 percent [2.5].", S2, "S"),  # nominalisation
("No majority government in modern history has had a lower vote share than Labour's 33.7 percent [2.5].", S2, "S"),  # restated superlative
("With 72 seats, the Liberal Democrats achieved their best result since their formation in 1988 [2.6].", S2, "S"),  # reorder
("Official turnout of 59.8 percent was the second lowest at a general election since 1885 [2.7].", S2, "S"),  # near-copy
("The exit poll projected 412 Labour seats, and the final count gave the party 411 [1.1][2.5].", S1, "S"),  # merge
("The Liberal Democrats outperformed their exit poll projection of 61 seats, winning 72 [1.6][2.6].", S2, "S"),  # merge with comparison
("Official turnout came in slightly below the earlier estimate of 60 percent [1.5][2.7].", S2, "S"),  # merge 59.8 < 60
("Labour, projected to have a 174-seat majority, went on to pass the 326 seats needed to govern alone [1.1][2.1].", S2, "S"),  # merge
("The exit poll was carried out for the BBC, ITV and Sky [1.3].", S1, "S"),  # compression
("Starmer delivered his speech outside the Royal Festival Hall in London [2.2].", S2, "S"),  # compression
("The exit poll projected that Labour would win 412 seats, giving it a majority of 147 [1.1].", S1, "R"),  # number changed 174 -> 147
("The exit poll was published at 10pm on Wednesday [1.1].", S1, "R"),  # day swapped
("The Conservatives were forecast to win 131 seats, their lowest total since 1945 [1.2].", S1, "R"),  # year changed
("Ipsos surveyed around 20,000 voters at 133 polling stations across the United Kingdom [1.3].", S1, "R"),  # scope Great Britain -> UK
("Professor John Curtice said the margin of error in individual seats would be large [1.4].", S1, "R"),  # hedge could -> would
("Professor John Curtice said the projection confirmed a historic swing [1.4].", S1, "R"),  # suggested -> confirmed, strengthened
("Turnout was estimated at 60 percent, down from 67 percent at the 2017 election [1.5].", S1, "R"),  # year changed
("The Liberal Democrats were projected to win 61 seats, making them the second largest party in Parliament [1.6].", S1, "R"),  # third -> second
("Nigel Farage had predicted that Reform UK would win 13 seats [1.7].", S1, "R"),  # forecast misattributed to Farage
("Reform UK was forecast to win 13 seats, more than its leader Nigel Farage had predicted [1.7].", S1, "R"),  # comparison direction reversed
("Labour passed the 326 seats needed for a majority by 7am on Saturday [2.1].", S2, "R"),  # day swapped
("Labour passed the 326 seats needed for a majority by 7am, contradicting the exit poll [2.1].", S2, "R"),  # confirming -> contradicting
("Keir Starmer, speaking in Downing Street, said the country had voted for change [2.2].", S2, "R"),  # place changed
("Rishi Sunak conceded defeat and lost his own Richmond and Northallerton seat [2.3].", S2, "R"),  # held -> lost
("Sunak held his seat with an increased majority of 12,185 [2.3].", S2, "R"),  # reduced -> increased
("Twelve Cabinet ministers lost their seats, including Grant Shapps and Penny Mordaunt [2.4].", S2, "R"),  # 11 -> 12
("Eleven Cabinet ministers lost their seats, including Commons Leader Grant Shapps [2.4].", S2, "R"),  # role swapped between ministers
("Labour won 411 seats on 33.7 percent of the vote, the lowest vote share for any government in modern history [2.5].", S2, "R"),  # majority government -> any government, scope widened
("Labour won 411 seats on 37.3 percent of the vote [2.5].", S2, "R"),  # digits transposed
("The Liberal Democrats won 72 seats, their best result since 1983 [2.6].", S2, "R"),  # year changed
("Official turnout was 59.8 percent, the lowest at a general election since 1885 [2.7].", S2, "R"),  # second lowest -> lowest
("The exit poll overestimated Labour's seat total by 11 seats [1.1][2.5].", S2, "R"),  # 412-411 = 1, not 11
("The Liberal Democrats won 72 seats, fewer than the exit poll had projected [1.6][2.6].", S2, "R"),  # direction reversed
("Official turnout was 59.8 percent, down from 67 percent at the 2019 election [2.7].", S2, "R"),  # 67 percent only in uncited 1.5
("Starmer promised to govern for everyone after Sunak had conceded defeat [2.2][2.3].", S2, "R"),  # time order invented
("Eleven Cabinet ministers, including Grant Shapps, lost their seats because of the fall in turnout [2.4].", S2, "R"),  # cause invented
("The Conservatives won 131 seats [1.2].", S1, "R"),  # forecast reported as result
("Turnout was 60 percent, down from 67 percent in 2019 [1.5].", S1, "R"),  # estimate stated as fact (hedge dropped)
]
