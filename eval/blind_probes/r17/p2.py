# Domain: retail chain quarterly trading update
S1 = " ".join([
    "Homewise, the home furnishings retailer, said like-for-like sales rose 4.2 percent in the 13 weeks to 28 September.",
    "Total revenue climbed to 812 million pounds, up from 760 million pounds a year earlier.",
    "Online sales grew 11 percent and now account for nearly a third of the group's turnover.",
    "Chief executive Priya Natt said shoppers had responded well to cheaper own-brand ranges.",
    "The company opened six new stores during the quarter and closed two.",
    "Gross margin narrowed slightly because of higher freight costs.",
    "Homewise kept its full-year profit guidance unchanged at between 95 million and 105 million pounds.",
])
S2 = " ".join([
    "Shares in Homewise rose 7 percent in early trading after the update.",
    "Analysts at Carden Brothers said the sales figures were stronger than expected.",
    "However, they cautioned that consumer spending might weaken in the run-up to Christmas.",
    "The retailer plans to hire 1,500 temporary staff for the festive period.",
    "Natt said the group was not planning any further store closures this year.",
    "A rival chain, Fenwood, reported a 2 percent fall in sales last week.",
    "Homewise will publish its full-year results in March.",
])
PROBES = [
("Homewise's like-for-like sales increased 4.2% in the 13 weeks to 28 September [1.1].", S1, "S"),  # synonym rose->increased, percent->%
("Like-for-like sales at Homewise rose 2.4 percent in the 13 weeks to 28 September [1.1].", S1, "R"),  # number transposed 4.2->2.4
("Like-for-like sales at Homewise rose 4.2 percent in the 13 weeks to 28 October [1.1].", S1, "R"),  # date changed September->October
("Like-for-like sales at the furnishings retailer grew 4.2 percent over the 13 weeks to 28 September [1.1].", S1, "S"),  # synonym rose->grew, name->description
("Homewise's total revenue rose to £812m from £760m a year earlier [1.2].", S1, "S"),  # number reformat million pounds -> £m
("Total revenue climbed to 812 million pounds, up from 706 million pounds a year earlier [1.2].", S1, "R"),  # prior-year figure changed 760->706
("Total revenue fell to 812 million pounds [1.2].", S1, "R"),  # antonym climbed->fell
("Online sales rose 11 percent and now make up almost a third of group turnover [1.3].", S1, "S"),  # synonyms grew->rose, account for->make up, nearly->almost
("Online sales grew 11 percent and now account for more than a third of the group's turnover [1.3].", S1, "R"),  # nearly->more than
("Priya Natt, the chief executive, said customers had reacted well to cheaper own-brand ranges [1.4].", S1, "S"),  # reorder + synonyms shoppers->customers, responded->reacted
("Natt said shoppers had responded well to premium own-brand ranges [1.4].", S1, "R"),  # cheaper->premium
("Natt said shoppers had responded well to cheaper own-brand ranges, which drove the rise in like-for-like sales [1.4].", S1, "R"),  # invented cause/added clause
("The company opened six stores and closed two during the quarter [1.5].", S1, "S"),  # near-copy, reorder
("The company opened two new stores during the quarter and closed six [1.5].", S1, "R"),  # numbers swapped
("Gross margin narrowed slightly due to higher freight costs [1.6].", S1, "S"),  # near-copy, because of->due to
("Gross margin narrowed sharply because of higher freight costs [1.6].", S1, "R"),  # slightly->sharply
("Gross margin narrowed slightly because of higher wage costs [1.6].", S1, "R"),  # wrong cause freight->wage
("Gross margin widened slightly [1.6].", S1, "R"),  # antonym narrowed->widened
("Homewise left its full-year profit guidance of 95 million to 105 million pounds unchanged [1.7].", S1, "S"),  # synonym kept->left, reorder
("Homewise raised its full-year profit guidance to between 95 million and 105 million pounds [1.7].", S1, "R"),  # unchanged->raised
("Homewise kept its full-year profit guidance unchanged at between 95 million and 115 million pounds [1.7].", S1, "R"),  # upper bound 105->115
("Homewise kept its full-year revenue guidance unchanged at between 95 million and 105 million pounds [1.7].", S1, "R"),  # sibling profit->revenue
("Like-for-like sales rose 4.2 percent as total revenue climbed to 812 million pounds [1.1][1.2].", S1, "S"),  # merge of two cited sentences
("Revenue climbed to 812 million pounds, helped by an 11 percent jump in online sales [1.2][1.3].", S1, "R"),  # invented causal link "helped by"
("Online sales grew 11 percent, while gross margin narrowed slightly because of higher freight costs [1.3][1.6].", S1, "S"),  # merge 1.3 + 1.6
("Homewise kept its profit guidance unchanged despite opening six new stores in the quarter [1.7].", S1, "R"),  # store openings only in uncited 1.5
("Shares in Homewise climbed 7 percent in early trading following the update [2.1].", S2, "S"),  # synonyms rose->climbed, after->following
("Shares in Homewise rose 7 percent by the close of trading after the update [2.1].", S2, "R"),  # early trading->close
("Shares in Homewise fell 7 percent in early trading after the update [2.1].", S2, "R"),  # antonym rose->fell
("Carden Brothers analysts said the sales figures beat expectations [2.2].", S2, "S"),  # paraphrase stronger than expected->beat expectations
("Carden Brothers analysts said the sales figures were weaker than expected [2.2].", S2, "R"),  # antonym stronger->weaker
("Analysts at Carden Brothers said the profit figures were stronger than expected [2.2].", S2, "R"),  # sibling sales->profit
("Carden Brothers analysts warned that consumer spending could soften before Christmas [2.2][2.3].", S2, "S"),  # pronoun resolved via 2.2; might->could, weaken->soften
("Carden Brothers analysts warned that consumer spending would weaken in the run-up to Christmas [2.2][2.3].", S2, "R"),  # hedge dropped might->would
("Homewise plans to take on 1,500 temporary workers for the festive season [2.4].", S2, "S"),  # synonyms hire->take on, staff->workers
("Homewise plans to hire 1,500 permanent staff for the festive period [2.4].", S2, "R"),  # temporary->permanent
("Homewise has hired 1,500 temporary staff for the festive period [2.4].", S2, "R"),  # plan presented as done
("Natt said the group had no plans to close any more stores this year [2.5].", S2, "S"),  # paraphrase of negation
("Natt said the group had ruled out further store closures next year [2.5].", S2, "R"),  # this year->next year
("Natt said the group was planning further store openings this year [2.5].", S2, "R"),  # closures negation turned into openings claim, not stated
("Rival chain Fenwood reported a 2 percent drop in sales last week [2.6].", S2, "S"),  # synonym fall->drop
("Rival chain Fenwood reported a 2 percent rise in sales last week [2.6].", S2, "R"),  # antonym fall->rise
("Homewise will report its full-year results in March [2.7].", S2, "S"),  # synonym publish->report
("Homewise will publish its half-year results in March [2.7].", S2, "R"),  # full-year->half-year
("Shares rose 7 percent after analysts said the sales figures were stronger than expected [2.1][2.2].", S2, "R"),  # invented cause: shares rose after the update, not after analysts' comment
("Homewise shares rose 7 percent in early trading as the retailer reported a 4.2 percent rise in like-for-like sales [2.1].", S2, "R"),  # 4.2 percent figure only in uncited 1.1
("Natt said the group was not planning any more store closures this year, having shut two during the quarter [2.5][1.5].", S2, "S"),  # cross-document merge, both cited
("Fenwood reported a 2 percent fall in sales last week, while Homewise shares rose 7 percent [2.1][2.6].", S2, "S"),  # merge + reorder
("Homewise opened six new stores in the quarter [1.5].", S1, "S"),  # compression, second clause dropped
("Higher freight costs squeezed gross margin slightly [1.6].", S1, "S"),  # reorder, cause as subject, narrowed->squeezed
("Homewise said its full-year profit guidance was unchanged [1.7].", S1, "S"),  # compression, range dropped
("Online sales at Homewise rose by 11 percent [1.3].", S1, "S"),  # compression, grew->rose
("The retailer intends to recruit 1,500 temporary staff over the festive period [2.4].", S2, "S"),  # plans->intends, hire->recruit
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
