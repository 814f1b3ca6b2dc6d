# Domain: a government's spending review
S1 = " ".join([
    "Chancellor Rachel Dunmore unveiled a three-year spending review on Wednesday, setting out £1.2 trillion in departmental budgets through to March 2029.",
    "The health service will receive the largest cash increase, with its day-to-day budget rising by an average of 2.8% a year in real terms.",
    "Defence spending is set to reach 2.5% of national income by 2027, a year earlier than the government had previously promised.",
    "The Home Office faces a real-terms cut of 1.7% annually, which officials said could lead to fewer police community support officers.",
    "Dunmore told MPs that the review would prioritise capital investment, including £39 billion over ten years for social housing.",
    "The Institute for Fiscal Studies warned that unprotected departments may face cuts deeper than those seen in the early 2010s.",
    "Opposition leader Mark Keele called the plan a gamble with public services and said it relied on optimistic growth forecasts.",
])
S2 = " ".join([
    "The Local Government Association said councils would receive a 3% cash rise in core funding, far short of the 6% it had requested.",
    "Its chair, Priya Natt, warned that more than 40 councils could be forced to declare effective bankruptcy within two years.",
    "Transport projects in the north of England were spared, with £15 billion confirmed for a new rail link between Manchester and Leeds.",
    "However, the planned extension of the tram network in Bristol was postponed until after 2030.",
    "Schools in England will see per-pupil funding frozen in real terms, according to figures published alongside the review.",
    "Teaching unions said the freeze would leave many schools unable to fund this year's 4% pay award without cutting staff.",
    "The Treasury insisted that no department would see its cash budget fall over the review period.",
])
PROBES = [
("On Wednesday, Chancellor Rachel Dunmore set out a three-year spending review covering £1.2 trillion of departmental budgets [1.1].", S1, "S"),  # reordering/synonym
("The spending review runs until March 2029 [1.1].", S1, "S"),  # compression
("The health service will get the biggest cash rise, with its day-to-day spending growing by an average of 2.8% a year in real terms [1.2].", S1, "S"),  # synonyms
("Defence spending is due to reach 2.5% of national income by 2027, one year ahead of the government's earlier pledge [1.3].", S1, "S"),  # paraphrase, hedge kept (set to -> due to)
("The government has brought forward its defence spending target by a year [1.3].", S1, "S"),  # abstraction of 'a year earlier than promised'
("Officials said an annual real-terms cut of 1.7% to the Home Office budget could mean fewer police community support officers [1.4].", S1, "S"),  # reordering, hedge kept
("Capital investment will be a priority of the review, Dunmore told MPs [1.5].", S1, "S"),  # nominalisation/reorder
("The review includes £39bn over a decade for social housing [1.5].", S1, "S"),  # number format, ten years -> decade
("According to the Institute for Fiscal Studies, unprotected departments might see deeper cuts than in the early 2010s [1.6].", S1, "S"),  # hedge kept may -> might
("Mark Keele, the opposition leader, described the plan as a gamble with public services [1.7].", S1, "S"),  # reported speech reworded
("Keele argued that the plan depended on optimistic forecasts for growth [1.7].", S1, "S"),  # synonyms
("Councils will get a 3% cash increase in core funding, well below the 6% the Local Government Association had asked for [2.1].", S2, "S"),  # paraphrase
("Priya Natt, who chairs the Local Government Association, warned that over 40 councils could be forced into effective bankruptcy within two years [2.1][2.2].", S2, "S"),  # 'its chair' resolved via cited 2.1
("A £15 billion rail link between Manchester and Leeds was confirmed [2.3].", S2, "S"),  # compression
("The Bristol tram extension has been pushed back until after 2030 [2.4].", S2, "S"),  # postponed -> pushed back
("Per-pupil funding for schools in England will be frozen in real terms, figures published with the review show [2.5].", S2, "S"),  # reorder
("Teaching unions warned that, because of the freeze, many schools could not pay for this year's 4% pay award without staff cuts [2.6].", S2, "S"),  # reworded reported speech
("The Treasury said no department's cash budget would fall during the review period [2.7].", S2, "S"),  # insisted -> said
("Health will see real-terms growth while the Home Office faces a real-terms cut [1.2][1.4].", S1, "S"),  # merge of two cited sentences
("Northern transport schemes escaped cuts in the review [2.3].", S2, "S"),  # spared -> escaped cuts
("Dunmore's review was announced on a Wednesday [1.1].", S1, "S"),  # near-copy compression
("The IFS said cuts to unprotected departments may be deeper than in the early 2010s [1.6].", S1, "S"),  # near-copy, abbreviation
("The school funding freeze was criticised by teaching unions [2.5][2.6].", S2, "S"),  # generalisation of unions' warning
("Core council funding will rise by 3% in cash terms [2.1].", S2, "S"),  # compression
("In real terms, the Home Office budget will shrink by 1.7% each year [1.4].", S1, "S"),  # annually -> each year, cut -> shrink
("Chancellor Rachel Dunmore unveiled a three-year spending review on Tuesday [1.1].", S1, "R"),  # day swapped
("The spending review sets out £1.2 billion in departmental budgets [1.1].", S1, "R"),  # unit trillion -> billion
("Defence will receive the largest cash increase in the review [1.2][1.3].", S1, "R"),  # largest increase is health, not defence
("The health service's day-to-day budget will rise by 2.8% a year in cash terms [1.2].", S1, "R"),  # real terms -> cash terms
("Defence spending is set to reach 2.5% of national income by 2027, a year later than previously promised [1.3].", S1, "R"),  # antonym earlier -> later
("Officials said the Home Office cut would lead to fewer police officers [1.4].", S1, "R"),  # hedge strengthened and PCSOs -> police officers
("The Home Office faces a real-terms cut of 1.7% over the whole review period [1.4].", S1, "R"),  # annually -> total
("Dunmore told MPs the review would include £39 billion over five years for social housing [1.5].", S1, "R"),  # ten -> five years
("The Institute for Fiscal Studies said unprotected departments will face cuts deeper than in the early 2010s [1.6].", S1, "R"),  # may -> will
("The Institute for Fiscal Studies called the plan a gamble with public services [1.7].", S1, "R"),  # wrong speaker (Keele)
("Keele said the plan relied on pessimistic growth forecasts [1.7].", S1, "R"),  # antonym
("Councils will receive a 6% cash rise in core funding [2.1].", S2, "R"),  # requested figure given as awarded
("Priya Natt warned that more than 40 councils will declare bankruptcy within two years [2.2].", S2, "R"),  # could be forced -> will; 'effective' dropped
("Priya Natt said more than 40 councils could go bankrupt because of the 3% settlement [2.1][2.2].", S2, "R"),  # causal link not stated in cited sentences
("£15 billion was confirmed for a new rail link between Manchester and Liverpool [2.3].", S2, "R"),  # Leeds -> Liverpool
("All transport projects were spared in the review [2.3][2.4].", S2, "R"),  # quantifier; Bristol tram postponed
("The Bristol tram extension was cancelled [2.4].", S2, "R"),  # postponed -> cancelled
("Per-pupil school funding in England will rise in real terms [2.5].", S2, "R"),  # frozen -> rise
("Teaching unions said the freeze would leave all schools unable to fund the pay award [2.6].", S2, "R"),  # many -> all
("Teaching unions said the freeze would leave many schools unable to fund this year's 5% pay award without cutting staff [2.6].", S2, "R"),  # 4% -> 5%
("The Treasury insisted that no department would see its real-terms budget fall over the review period [2.7].", S2, "R"),  # cash -> real terms
("The Home Office is the only department facing a real-terms cut [1.4].", S1, "R"),  # 'only' added
("Dunmore told MPs that the review would prioritise day-to-day spending over capital investment [1.5].", S1, "R"),  # reversed priority
("Schools in England and Wales will see per-pupil funding frozen in real terms [2.5].", S2, "R"),  # scope widened
("The Local Government Association said the 3% rise in core funding was generous [2.1].", S2, "R"),  # contradicts 'far short'
("Opposition leader Mark Keele welcomed the £39 billion for social housing [1.5][1.7].", S1, "R"),  # invented reaction
("Defence spending already stands at 2.5% of national income [1.3].", S1, "R"),  # future target presented as current
]
