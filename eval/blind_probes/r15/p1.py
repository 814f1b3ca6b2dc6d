# Domain: pensions and welfare benefits
S1 = " ".join([
    "The government will raise the state pension by 4.1 percent from April, taking the full new state pension to £230.25 a week.",
    "The increase is set by the triple lock, which guarantees a rise in line with the highest of inflation, average earnings growth or 2.5 percent.",
    "This year average earnings growth of 4.1 percent was the highest of the three measures.",
    "The Treasury estimates the uprating will cost about £3.5 billion in the next financial year.",
    "Work and Pensions Secretary Helen Marsh said the rise would give pensioners \"security and dignity\".",
    "The Institute for Fiscal Studies warned that the triple lock could become unaffordable as the population ages.",
    "Around 12.6 million people currently receive the state pension.",
    "The opposition has said it would keep the triple lock for at least the next parliament.",
])
S2 = " ".join([
    "Ministers have announced plans to tighten eligibility for the personal independence payment, a disability benefit.",
    "Under the proposals, claimants would need to score at least four points in a single daily living activity to qualify.",
    "The Department for Work and Pensions said the change could save £1.2 billion a year by 2030.",
    "Disability charities criticised the plans, saying as many as 400,000 people might lose support.",
    "Scope chief executive Mark Hale described the move as \"a cut dressed up as reform\".",
    "The government said existing claimants would be reassessed gradually over three years.",
    "A public consultation on the proposals will close on 30 June.",
])
PROBES = [
("From April the state pension will rise by 4.1 percent, bringing the full new state pension to £230.25 a week [1.1].", S1, "S"),  # near-copy, clause reorder
("The full new state pension will be £230.25 per week from April following a 4.1% increase [1.1].", S1, "S"),  # reorder + percent reformat + a week->per week
("Under the triple lock, the state pension rises by whichever is highest of inflation, average earnings growth or 2.5 percent [1.2].", S1, "S"),  # paraphrase of guarantee
("Earnings growth, at 4.1 percent, was the largest of the three triple lock measures this year [1.2][1.3].", S1, "S"),  # synonym highest->largest, merge for 'triple lock' context
("The Treasury expects the uprating to cost roughly £3.5bn next financial year [1.4].", S1, "S"),  # synonyms estimates->expects, about->roughly, number reformat
("Helen Marsh, the Work and Pensions Secretary, said the increase would provide pensioners with security and dignity [1.5].", S1, "S"),  # apposition reorder, give->provide
("According to the Institute for Fiscal Studies, the triple lock could become unaffordable as the population gets older [1.6].", S1, "S"),  # attribution restructured, hedge kept
("About 12.6 million people are now receiving the state pension [1.7].", S1, "S"),  # around->about, currently->now
("The opposition says it would maintain the triple lock for at least the next parliament [1.8].", S1, "S"),  # keep->maintain
("The state pension will go up by 4.1 percent in April, matching this year's average earnings growth [1.1][1.3].", S1, "S"),  # merge: both 4.1 percent
("A 4.1 percent uprating of the state pension, which will cost about £3.5 billion next financial year, takes effect in April [1.1][1.4].", S1, "S"),  # merge of two cited sentences
("The government will raise the state pension by 4.1 percent from April, taking the full new state pension to £203.25 a week [1.1].", S1, "R"),  # figure changed 230.25->203.25
("The state pension will rise by 4.1 percent from January [1.1].", S1, "R"),  # month changed April->January
("The triple lock guarantees a rise in line with the lowest of inflation, average earnings growth or 2.5 percent [1.2].", S1, "R"),  # antonym highest->lowest
("This year inflation was the highest of the three triple lock measures [1.2][1.3].", S1, "R"),  # wrong measure: it was earnings growth, not inflation
("The Treasury estimates the uprating will cost about £3.5 billion a year over the next five years [1.4].", S1, "R"),  # scope changed: next financial year only
("The Institute for Fiscal Studies warned that the triple lock will become unaffordable as the population ages [1.6].", S1, "R"),  # hedge dropped could->will
("Helen Marsh said the triple lock could become unaffordable as the population ages [1.5].", S1, "R"),  # wrong speaker: IFS said this (uncited 1.6)
("More than 12.6 million people currently receive the state pension [1.7].", S1, "R"),  # around->more than
("The opposition has said it would scrap the triple lock after the next parliament [1.8].", S1, "R"),  # antonym keep->scrap
("The Institute for Fiscal Studies welcomed the rise, saying it would give pensioners security and dignity [1.5].", S1, "R"),  # wrong speaker: Marsh said it, IFS did not welcome
("The full new state pension will rise to £230.25 a week from April, costing the Treasury about £3.5 billion [1.1].", S1, "R"),  # cost is only in uncited 1.4
("Work and Pensions Secretary Helen Marsh said the rise, the largest in a decade, would give pensioners security and dignity [1.5].", S1, "R"),  # added detail 'largest in a decade'
("The opposition has criticised the triple lock as unaffordable [1.6][1.8].", S1, "R"),  # wrong attribution: IFS warned; opposition wants to keep it
("The government plans to make it harder to qualify for the personal independence payment, a disability benefit [2.1].", S2, "S"),  # tighten eligibility -> harder to qualify
("Claimants would have to score a minimum of four points in one daily living activity to be eligible under the proposals [2.2].", S2, "S"),  # at least->a minimum of, single->one, reorder
("The Department for Work and Pensions said the change could save £1.2bn a year by 2030 [2.3].", S2, "S"),  # number reformat, hedge kept
("Disability charities attacked the plans, warning that up to 400,000 people might lose support [2.4].", S2, "S"),  # criticised->attacked, as many as->up to
("Mark Hale, Scope's chief executive, called the move \"a cut dressed up as reform\" [2.5].", S2, "S"),  # described as->called, apposition
("Existing claimants will be reassessed gradually over a three-year period, the government said [2.6].", S2, "S"),  # reorder attribution, three years->three-year period
("The consultation on the proposals closes on 30 June [2.7].", S2, "S"),  # near-copy, tense
("Charities said as many as 400,000 people might lose support under plans the Department for Work and Pensions says could save £1.2 billion a year by 2030 [2.3][2.4].", S2, "S"),  # merge; disability charities->charities generalisation
("Under proposals to tighten eligibility for the personal independence payment, claimants would need at least four points in a single daily living activity [2.1][2.2].", S2, "S"),  # merge of 2.1 and 2.2
("A public consultation on the plans will run until 30 June [2.7].", S2, "S"),  # close on -> run until
("Claimants would need to score at least six points in a single daily living activity to qualify [2.2].", S2, "R"),  # number four->six
("The Department for Work and Pensions said the change would save £1.2 billion a year by 2030 [2.3].", S2, "R"),  # hedge dropped could->would
("Disability charities said 400,000 people would lose support [2.4].", S2, "R"),  # hedges dropped: as many as / might
("Disability charities welcomed the plans [2.4].", S2, "R"),  # antonym criticised->welcomed
("Department for Work and Pensions official Mark Hale described the move as a cut dressed up as reform [2.5].", S2, "R"),  # wrong affiliation: Hale is Scope chief executive
("The government said existing claimants would be reassessed immediately [2.6].", S2, "R"),  # gradually over three years -> immediately
("New claimants would be reassessed gradually over three years [2.6].", S2, "R"),  # existing->new
("A public consultation on the proposals will close on 30 July [2.7].", S2, "R"),  # date changed June->July
("Ministers have announced plans to tighten eligibility for the personal independence payment, which could save £1.2 billion a year by 2030 [2.1].", S2, "R"),  # saving is only in uncited 2.3
("All disability charities criticised the plans [2.4].", S2, "R"),  # overgeneralisation: 'all' not stated
("Ministers have announced plans to abolish the personal independence payment [2.1].", S2, "R"),  # tighten eligibility -> abolish
("The state pension will rise by 4.1 percent while ministers plan to tighten eligibility for the personal independence payment [1.1][2.1].", S1, "S"),  # cross-document merge
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
