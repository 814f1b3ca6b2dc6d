# Domain: local planning / housing development row
S1 = ("Councillors in Ashby Vale have approved plans for 650 homes on farmland north of the town, despite more than 1,200 objections. "
      "The planning committee voted six to four in favour of the scheme at a meeting on Tuesday night. "
      "Developer Greenmoor Homes has agreed that 30 percent of the houses will be classed as affordable. "
      "The company will also pay 4 million pounds towards a new primary school and road improvements. "
      "Residents' group Save Ashby Fields said it was considering a legal challenge to the decision. "
      "Its chair, Colin Brady, said the roads around the site were already congested at peak times. "
      "Construction is expected to begin next autumn and take about seven years.")
S2 = ("The government has set Ashby Vale a target of building 4,500 new homes by 2035. "
      "Council officers said the authority had fallen behind, delivering only 310 homes last year against a goal of 450. "
      "Average house prices in the district are eleven times local average earnings, according to official figures. "
      "Housing charity Homefront said young families were being forced to move away from the area. "
      "The local MP, Sarah Lindqvist, said she supported new housing but believed brownfield sites should be used first. "
      "The council said there were not enough brownfield sites to meet the target. "
      "A public consultation on the wider local plan will open in January.")
PROBES = [
("Ashby Vale councillors have backed plans for 650 homes on farmland north of the town, despite more than 1,200 objections [1.1].", S1, "S"),  # synonym approved->backed
("More than 1,200 objections were lodged against the scheme, which councillors nonetheless approved [1.1].", S1, "S"),  # restructure, concession reordered
("The scheme was backed by six votes to four at Tuesday night's planning committee meeting [1.2].", S1, "S"),  # voice change
("The committee vote was six to four in favour [1.2].", S1, "S"),  # compression
("Greenmoor Homes has agreed that 30 percent of the new houses will count as affordable [1.3].", S1, "S"),  # classed->count
("The company will contribute 4 million pounds towards road improvements and a new primary school [1.4].", S1, "S"),  # reorder, pay->contribute
("Save Ashby Fields, a residents' group, said it was weighing a legal challenge to the decision [1.5].", S1, "S"),  # considering->weighing, hedge kept
("Colin Brady, who chairs the group, said roads near the site were already congested at peak times [1.6].", S1, "S"),  # role rephrased, around->near
("Building is expected to start next autumn and last around seven years [1.7].", S1, "S"),  # synonyms, hedge kept
("The planning committee approved the 650-home scheme by six votes to four [1.1][1.2].", S1, "S"),  # merge, both cited
("Greenmoor Homes will pay 4 million pounds towards a primary school and roads, and has agreed that 30 percent of the houses will be affordable [1.3][1.4].", S1, "S"),  # merge, both cited
("Councillors in Ashby Vale have approved plans for 650 homes on farmland north of the town [1.1].", S1, "S"),  # near copy
("Ashby Vale has been given a government target of 4,500 new homes by 2035 [2.1].", S2, "S"),  # voice change
("The authority delivered just 310 homes last year against a goal of 450, council officers said [2.2].", S2, "S"),  # reorder, only->just
("Council officers said the authority had fallen behind [2.2].", S2, "S"),  # near copy, compression
("Last year the authority fell 140 homes short of its goal, according to council officers [2.2].", S2, "S"),  # number reformat 450-310=140
("According to official figures, average house prices in the district are eleven times average local earnings [2.3].", S2, "S"),  # reorder
("Young families are being driven out of the area, according to housing charity Homefront [2.4].", S2, "S"),  # forced to move away->driven out
("Sarah Lindqvist, the local MP, said she backed new housing but thought brownfield sites should be prioritised [2.5].", S2, "S"),  # synonyms, used first->prioritised
("There are insufficient brownfield sites to hit the target, the council said [2.6].", S2, "S"),  # not enough->insufficient
("The wider local plan will go out to public consultation in January [2.7].", S2, "S"),  # restructure
("Ashby Vale, set a target of 4,500 homes by 2035, delivered only 310 last year against a goal of 450, officers said [2.1][2.2].", S2, "S"),  # merge, both cited
("Lindqvist said brownfield sites should be used first, but the council said there were not enough of them to meet the target [2.5][2.6].", S2, "S"),  # merge, both cited
("Homefront, a housing charity, said young families were being forced out of the area [2.4].", S2, "S"),  # apposition, synonym
("Councillors in Ashby Vale have approved plans for 560 homes on farmland north of the town [1.1].", S1, "R"),  # 650->560
("Councillors have approved plans for 650 homes on farmland south of the town [1.1].", S1, "R"),  # north->south
("Councillors in Ashby Vale have rejected plans for 650 homes on farmland [1.1].", S1, "R"),  # approved->rejected
("The planning committee voted seven to three in favour of the scheme [1.2].", S1, "R"),  # vote changed 6-4->7-3
("The planning committee voted unanimously in favour of the scheme [1.2].", S1, "R"),  # overgeneralisation, vote was 6-4
("Developer Greenmoor Homes has agreed that 40 percent of the houses will be classed as affordable [1.3].", S1, "R"),  # 30->40
("Greenmoor Homes has agreed that 30 percent of the houses will be social housing for rent [1.3].", S1, "R"),  # sibling: affordable->social rent
("The council will pay 4 million pounds towards a new primary school and road improvements [1.4].", S1, "R"),  # role swap: company pays, not council
("The company will pay 4 million pounds towards a new secondary school and road improvements [1.4].", S1, "R"),  # sibling primary->secondary
("Save Ashby Fields said it had launched a legal challenge to the decision [1.5].", S1, "R"),  # considering->launched
("Save Ashby Fields said it would not challenge the decision [1.5].", S1, "R"),  # contradicts
("Colin Brady said the roads around the site were already congested at weekends [1.6].", S1, "R"),  # peak times->weekends
("Colin Brady, a local councillor, said roads around the site were already congested at peak times [1.6].", S1, "R"),  # wrong role: chair of residents' group
("Construction will begin next spring and take about seven years [1.7].", S1, "R"),  # autumn->spring, hedge dropped
("Construction will begin next autumn and take about seven years [1.7].", S1, "R"),  # hedge 'expected' dropped
("Save Ashby Fields is considering a legal challenge because the roads around the site are congested [1.5][1.6].", S1, "R"),  # invented cause linking two sentences
("The government has set Ashby Vale a target of building 5,400 new homes by 2035 [2.1].", S2, "R"),  # 4,500->5,400
("The council has set itself a target of building 4,500 new homes by 2035 [2.1].", S2, "R"),  # wrong actor: government set target
("Council officers said the authority delivered 450 homes last year against a goal of 310 [2.2].", S2, "R"),  # figures swapped
("Council officers said the authority was ahead of schedule [2.2].", S2, "R"),  # contradicts: fallen behind
("Average house prices in the district are eleven times local average earnings, according to Homefront [2.3].", S2, "R"),  # wrong source: official figures
("Housing charity Homefront said young families were choosing to move away from the area [2.4].", S2, "R"),  # forced->choosing
("Housing charity Homefront said elderly residents were being forced to move away from the area [2.4].", S2, "R"),  # young families->elderly residents
("The local MP, Sarah Lindqvist, said she opposed new housing [2.5].", S2, "R"),  # supported->opposed
("Sarah Lindqvist said only brownfield sites should be used for new housing [2.5].", S2, "R"),  # 'first'->'only'
("The council said there were enough brownfield sites to meet the target [2.6].", S2, "R"),  # negation flipped
("Sarah Lindqvist said there were not enough brownfield sites to meet the target [2.6].", S2, "R"),  # wrong speaker: council
("A public consultation on the wider local plan opened in January [2.7].", S2, "R"),  # future->past
("A public consultation on the Greenmoor scheme will open in January [2.7].", S2, "R"),  # wrong subject: wider local plan
("Homefront said young families were being forced out because house prices were eleven times earnings [2.4].", S2, "R"),  # invented cause, figure from uncited 2.3
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
