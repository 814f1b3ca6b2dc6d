# Domain: a bank's quarterly results
S1 = " ".join([
    "Harbourline Bank reported a pre-tax profit of £1.9 billion for the three months to the end of June, up 12% on the same period last year.",
    "Net interest income rose 6% to £3.4 billion, helped by higher rates on business lending.",
    "The bank set aside £420 million for expected loan losses, compared with £310 million a year earlier.",
    "Chief executive Sarah Okafor said she expected mortgage demand to recover in the second half of the year as interest rates fall.",
    "The bank announced a £750 million share buyback and raised its interim dividend by 8% to 3.9p a share.",
    "Its core capital ratio, a key measure of financial strength, stood at 14.2% at the end of the quarter.",
    "Analysts had forecast pre-tax profit of £1.8 billion, according to a consensus compiled by the bank.",
])
S2 = " ".join([
    "Shares in Harbourline closed 4% higher in London on Tuesday, making it the best performer in the FTSE 100.",
    "The bank confirmed it would close 45 branches next year, putting around 600 jobs at risk.",
    "Okafor said the closures reflected a shift to online banking, with 82% of customer transactions now made through its app.",
    "The bank also agreed to pay £85 million to settle a regulatory investigation into its handling of customers in financial difficulty.",
    "Harbourline said the settlement had already been provided for in last year's accounts.",
    "Finance director James Whitcombe said costs would be broadly flat this year despite wage inflation.",
    "The union Accord said it would seek urgent talks with management over the branch closures.",
])
PROBES = [
("Harbourline's pre-tax profit for the quarter to the end of June was £1.9bn, 12% higher than a year earlier [1.1].", S1, "S"),  # three months -> quarter, number format
("Net interest income climbed 6% to £3.4 billion [1.2].", S1, "S"),  # rose -> climbed
("Higher rates on business loans helped lift net interest income [1.2].", S1, "S"),  # reordering
("Provisions for expected loan losses rose to £420 million from £310 million a year before [1.3].", S1, "S"),  # nominalisation
("Chief executive Sarah Okafor expects mortgage demand to pick up in the second half of the year as rates come down [1.4].", S1, "S"),  # synonyms, expectation kept
("Harbourline unveiled a share buyback worth £750m [1.1][1.5].", S1, "S"),  # 'the bank' resolved via 1.1
("The interim dividend was increased by 8% to 3.9p per share [1.5].", S1, "S"),  # voice change
("At the end of the quarter, the core capital ratio was 14.2% [1.6].", S1, "S"),  # reordering
("Harbourline's profit beat the analysts' consensus forecast of £1.8 billion [1.1][1.7].", S1, "S"),  # merge: 1.9 > 1.8
("Harbourline shares ended 4% up in London on Tuesday [2.1].", S2, "S"),  # closed higher -> ended up
("No other FTSE 100 company's shares did better than Harbourline's on Tuesday [2.1].", S2, "S"),  # best performer restated
("About 600 jobs are at risk as the bank closes 45 branches next year [2.2].", S2, "S"),  # reordering
("According to Okafor, 82% of customer transactions are now carried out through the bank's app [2.3].", S2, "S"),  # voice
("Okafor linked the branch closures to the move towards online banking [2.3].", S2, "S"),  # reflected -> linked
("The bank will pay £85 million to settle a regulatory investigation into how it treated customers in financial difficulty [2.4].", S2, "S"),  # handling -> treated
("Harbourline said it had already made provision for the £85 million settlement in last year's accounts [2.4][2.5].", S2, "S"),  # merge
("James Whitcombe, the finance director, said costs would stay broadly flat this year despite rising wages [2.6].", S2, "S"),  # wage inflation -> rising wages
("The union Accord wants urgent talks with management about the branch closures [2.7].", S2, "S"),  # said it would seek -> wants
("Loan loss provisions were £110 million higher than a year earlier [1.3].", S1, "S"),  # 420-310 arithmetic
("The bank is returning money to shareholders through a share buyback and a higher dividend [1.5].", S1, "S"),  # generalisation
("Quarterly pre-tax profit came in £100 million above the analysts' forecast [1.1][1.7].", S1, "S"),  # arithmetic merge
("Chief executive Sarah Okafor said 82% of customer transactions are now made through the app [1.4][2.3].", S2, "S"),  # role from 1.4
("Harbourline agreed an £85m payment to settle a regulatory probe [2.4][2.5].", S2, "S"),  # compression, number format
("The core capital ratio is a key gauge of the bank's financial strength [1.6].", S1, "S"),  # measure -> gauge
("Profit before tax rose by 12% year on year [1.1].", S1, "S"),  # pre-tax profit -> profit before tax
("Harbourline Bank reported a pre-tax profit of £1.9 billion for the three months to the end of March [1.1].", S1, "R"),  # June -> March
("Harbourline's pre-tax profit fell 12% on the same period last year [1.1].", S1, "R"),  # up -> fell
("Harbourline reported a net profit of £1.9 billion for the quarter [1.1].", S1, "R"),  # pre-tax -> net
("Net interest income rose 6% to £3.4 billion, helped by higher rates on mortgages [1.2].", S1, "R"),  # business lending -> mortgages
("Net interest income rose 16% to £3.4 billion [1.2].", S1, "R"),  # 6 -> 16
("The bank set aside £310 million for expected loan losses this quarter [1.3].", S1, "R"),  # year-earlier figure as current
("The bank reduced the amount it set aside for loan losses [1.3].", S1, "R"),  # direction reversed
("Sarah Okafor said mortgage demand would recover in the second half of the year [1.4].", S1, "R"),  # expected -> would (hedge dropped)
("Okafor said she expected mortgage demand to recover as interest rates rise [1.4].", S1, "R"),  # fall -> rise
("The bank announced a £750 million share buyback and cut its interim dividend [1.5].", S1, "R"),  # raised -> cut
("The interim dividend was raised by 8% to 3.6p a share [1.5].", S1, "R"),  # 3.9p -> 3.6p
("The bank's core capital ratio of 14.2% was the highest among UK banks [1.6].", S1, "R"),  # added comparison
("Analysts had forecast pre-tax profit of £2.8 billion [1.7].", S1, "R"),  # 1.8 -> 2.8
("Harbourline's profit fell short of analysts' forecasts [1.1][1.7].", S1, "R"),  # beat -> fell short
("Shares in Harbourline closed 4% lower in London on Tuesday [2.1].", S2, "R"),  # higher -> lower
("Shares in Harbourline closed 4% higher on Wednesday [2.1].", S2, "R"),  # Tuesday -> Wednesday
("The bank will close 45 branches next year, cutting exactly 600 jobs [2.2].", S2, "R"),  # around/at risk -> exactly/cutting
("The bank confirmed it would close 54 branches next year [2.2].", S2, "R"),  # 45 -> 54
("Okafor said 82% of the bank's customers now use its app [2.3].", S2, "R"),  # transactions -> customers
("Finance director James Whitcombe said the closures reflected a shift to online banking [2.3].", S2, "R"),  # wrong speaker
("The bank agreed to pay £85 million to settle a criminal investigation [2.4].", S2, "R"),  # regulatory -> criminal
("Harbourline said the settlement would hit this year's profits [2.5].", S2, "R"),  # contradicts already provided for
("James Whitcombe said costs would rise sharply this year because of wage inflation [2.6].", S2, "R"),  # flat -> rise sharply
("The union Accord said it would strike over the branch closures [2.7].", S2, "R"),  # talks -> strike
("The union Accord has begun urgent talks with management [2.7].", S2, "R"),  # would seek -> has begun
("Harbourline shares rose 4% because the bank announced branch closures [2.1][2.2].", S2, "R"),  # invented cause
]
