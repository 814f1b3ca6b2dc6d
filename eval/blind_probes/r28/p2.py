# Domain: a bank's quarterly results and job cuts
S1 = " ".join([
    "Harcourt Bank reported a pre-tax profit of 2.1 billion pounds for the third quarter on Tuesday, up 14 per cent on the same period last year.",
    "Revenue rose 6 per cent to 7.8 billion pounds, helped by higher lending margins in its UK retail division.",
    "The bank also confirmed it would cut about 3,200 jobs over the next two years, mainly in back-office roles.",
    "Chief executive Elena Marsh said the reductions were \"painful but necessary\" as more customers moved to mobile banking.",
    "She added that the bank would try to limit compulsory redundancies by redeploying staff where possible.",
    "The Unite union said it was \"deeply concerned\" and would seek urgent talks with management.",
    "Impairment charges for bad loans fell to 410 million pounds from 560 million pounds a year earlier.",
    "Finance director David Okafor warned that profits could come under pressure next year if interest rates fall.",
    "Shares in the bank closed 3.5 per cent higher in London.",
    "Analysts at Brightwater Securities said the results were slightly ahead of market expectations.",
    "Harcourt also announced a share buyback of up to 500 million pounds, to begin in January.",
])
PROBES = [
("Harcourt Bank's third-quarter pre-tax profit climbed 14 per cent year on year to 2.1 billion pounds [1.1].", S1, "S"),  # reworded 1.1
("Revenue increased by 6 per cent to 7.8 billion pounds [1.2].", S1, "S"),  # 1.2
("Wider lending margins in UK retail banking helped lift revenue [1.2].", S1, "S"),  # 1.2 cause stated in source
("Harcourt confirmed roughly 3,200 job cuts over two years [1.3].", S1, "S"),  # about -> roughly
("Most of the job losses will fall in back-office roles [1.3].", S1, "S"),  # mainly -> most
("Elena Marsh, the chief executive, described the cuts as painful but necessary [1.4].", S1, "S"),  # reported speech
("Marsh linked the reductions to customers shifting to mobile banking [1.4].", S1, "S"),  # as = reason
("The bank will try to keep compulsory redundancies down by redeploying staff where it can, Marsh said [1.5].", S1, "S"),  # paraphrase
("Unite said it was deeply concerned and would push for urgent talks with management [1.6].", S1, "S"),  # seek -> push for
("Bad-loan impairments dropped to 410 million pounds, from 560 million pounds a year before [1.7].", S1, "S"),  # synonyms
("David Okafor, the finance director, cautioned that falling interest rates could squeeze profits next year [1.8].", S1, "S"),  # hedge kept
("The bank's shares ended 3.5 per cent up in London [1.9].", S1, "S"),  # closed -> ended
("Brightwater Securities analysts said the figures slightly beat market expectations [1.10].", S1, "S"),  # paraphrase
("Harcourt will buy back up to 500 million pounds of shares starting in January [1.11].", S1, "S"),  # nominalisation reversed
("Harcourt posted higher profits and revenue in the third quarter [1.1, 1.2].", S1, "S"),  # generalised merge
("The results were announced on Tuesday [1.1].", S1, "S"),  # from 1.1
("Impairment charges fell by 150 million pounds compared with a year earlier [1.7].", S1, "S"),  # 560 - 410
("Harcourt announced about 3,200 job cuts, which its chief executive called painful but necessary [1.3, 1.4].", S1, "S"),  # merge
("The union reacted with deep concern to the job cuts and wants urgent talks [1.3, 1.6].", S1, "S"),  # merge
("The shares closed 3.5 per cent higher, and the bank also unveiled a buyback of up to 500 million pounds [1.9, 1.11].", S1, "S"),  # merge, no causal link claimed
("Marsh said staff would be redeployed where possible to limit compulsory redundancies [1.5].", S1, "S"),  # voice change
("The finance director said profits might be under pressure next year should rates fall [1.8].", S1, "S"),  # could -> might
("Harcourt made a pre-tax profit of more than two billion pounds in the quarter [1.1].", S1, "S"),  # 2.1bn generalised
("Analysts said the results were a little better than the market had expected [1.10].", S1, "S"),  # reworded
("Harcourt's revenue for the quarter was 7.8 billion pounds [1.2].", S1, "S"),  # dropped detail
("The job cuts will be spread over the next two years [1.3].", S1, "S"),  # 1.3
("The Unite union said it would seek urgent talks with management [1.6].", S1, "S"),  # dropped detail
("Harcourt's provisions for bad loans were lower than a year earlier [1.7].", S1, "S"),  # generalisation
("The buyback programme is due to start in January [1.11].", S1, "S"),  # 1.11
("Marsh said the move to mobile banking by more customers made the cuts necessary [1.4].", S1, "S"),  # reordered
("Harcourt Bank reported a pre-tax profit of 2.1 billion pounds, up 16 per cent [1.1].", S1, "R"),  # 14 per cent
("Harcourt reported its results on Thursday [1.1].", S1, "R"),  # Tuesday
("Revenue fell 6 per cent to 7.8 billion pounds [1.2].", S1, "R"),  # antonym
("Revenue was helped by higher lending margins in its investment banking division [1.2].", S1, "R"),  # sibling division
("The bank will cut about 3,200 jobs over the next three years [1.3].", S1, "R"),  # two years
("The bank will cut about 2,300 jobs [1.3].", S1, "R"),  # figure swap
("The job cuts will mainly affect branch staff [1.3].", S1, "R"),  # back-office
("Finance director David Okafor said the reductions were painful but necessary [1.4].", S1, "R"),  # wrong speaker
("Marsh said the bank would avoid all compulsory redundancies [1.5].", S1, "R"),  # try to limit -> avoid all
("The Unite union said it welcomed the job cuts [1.6].", S1, "R"),  # antonym
("The Unite union said it would call a strike over the job cuts [1.6].", S1, "R"),  # added detail
("Impairment charges for bad loans rose to 410 million pounds [1.7].", S1, "R"),  # antonym
("Impairment charges fell to 410 million pounds from 650 million pounds [1.7].", S1, "R"),  # wrong figure
("Okafor said profits will come under pressure next year [1.8].", S1, "R"),  # dropped hedge and condition
("Okafor warned that profits could come under pressure next year if interest rates rise [1.8].", S1, "R"),  # fall -> rise
("Shares in the bank closed 3.5 per cent lower in London [1.9].", S1, "R"),  # antonym
("Shares closed 3.5 per cent higher because of the buyback announcement [1.9].", S1, "R"),  # added cause
("Analysts at Brightwater Securities said the results were well below market expectations [1.10].", S1, "R"),  # contradiction
("Harcourt announced a share buyback of up to 500 million pounds, to begin in June [1.11].", S1, "R"),  # January
("Harcourt announced a share buyback of 500 million pounds [1.11].", S1, "R"),  # dropped 'up to' -> stronger
("Harcourt's pre-tax profit rose 14 per cent, helped by higher lending margins [1.1].", S1, "R"),  # cause from uncited 1.2
("The bank confirmed it would cut about 3,200 jobs [1.4].", S1, "R"),  # wrong sentence cited
("Chief executive Elena Marsh warned that profits could come under pressure next year [1.8].", S1, "R"),  # wrong speaker
("The Unite union said the cuts were painful but necessary [1.6].", S1, "R"),  # wrong speaker
("Harcourt will cut about 3,200 jobs, all of them in back-office roles [1.3].", S1, "R"),  # mainly -> all
("Every analyst said the results were ahead of market expectations [1.10].", S1, "R"),  # overgeneralisation
("Revenue rose 6 per cent to 7.8 billion pounds, a record for the bank [1.2].", S1, "R"),  # unsupported record
("Marsh said the bank had already redeployed staff affected by the cuts [1.5].", S1, "R"),  # tense/fact change
("Impairment charges fell to 410 million euros [1.7].", S1, "R"),  # unit error
("Shares in the bank closed 3.5 per cent higher in New York [1.9].", S1, "R"),  # London
]
