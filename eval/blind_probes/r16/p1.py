# Domain: school funding and teacher pay disputes
S1 = ("Teachers in Northvale County will strike on 14 March after talks over pay collapsed on Monday. "
      "The National Teaching Union said its members had rejected a 3.5 percent offer from the county council. "
      "Union leader Maria Costa said the offer failed to keep pace with inflation, which stood at 4.1 percent last year. "
      "The council said it could not afford more without cutting spending on special needs support. "
      "About 220 schools are expected to close or partially close on the strike day. "
      "Parents' groups have urged both sides to return to negotiations before the walkout. "
      "Council leader Tom Reyes said the door remained open to further talks.")
S2 = ("Schools in Northvale face a funding shortfall of 18 million pounds next year, according to a report by the Education Policy Institute. "
      "The report found that per-pupil funding had fallen by 6 percent in real terms since 2019. "
      "Secondary schools were hit harder than primary schools, the institute said. "
      "Researchers warned that some schools might have to reduce the number of teaching assistants. "
      "The government said it had increased the national schools budget by 2 billion pounds this year. "
      "A Department for Education spokesperson said councils were responsible for how the money was distributed. "
      "The institute's director, Helen Park, called for an urgent review of the funding formula.")
PROBES = [
("Northvale County teachers are set to walk out on 14 March following the breakdown of pay negotiations on Monday [1.1].", S1, "S"),  # synonyms: strike->walk out, collapsed->breakdown
("Members of the National Teaching Union turned down the county council's offer of 3.5 percent [1.2].", S1, "S"),  # synonym rejected->turned down, reorder
("Maria Costa, the union's leader, argued that the offer did not keep up with last year's 4.1 percent inflation [1.3].", S1, "S"),  # paraphrase, compression
("The council warned that paying more would mean cutting special needs support [1.4].", S1, "S"),  # paraphrase of 'could not afford more without cutting'
("Around 220 schools are expected to shut fully or partly on the day of the strike [1.5].", S1, "S"),  # synonyms about->around, close->shut
("Parents' groups have called on both parties to resume talks before the walkout [1.6].", S1, "S"),  # synonyms urged->called on, return to negotiations->resume talks
("Tom Reyes, who leads the council, said it remained open to more talks [1.7].", S1, "S"),  # reworded title, idiom compressed
("Teachers in Northvale County will strike on 14 March after talks over pay collapsed on Monday [1.1].", S1, "S"),  # near copy
("Teachers in Northvale County will strike on 14 March, and the National Teaching Union said its members had turned down a 3.5 percent offer [1.1][1.2].", S1, "S"),  # merge of two cited sentences
("Pay talks in Northvale County broke down on Monday [1.1].", S1, "S"),  # compression, synonym
("The walkout is expected to close or partially close about 220 schools [1.5].", S1, "S"),  # reorder / voice
("Parents' groups have urged both sides to return to negotiations before the walkout [1.6].", S1, "S"),  # near copy
("Northvale schools face an 18 million pound funding gap next year, the Education Policy Institute has reported [2.1].", S2, "S"),  # number reformat, shortfall->gap, reorder
("Real-terms funding per pupil has dropped 6 percent since 2019, the report found [2.2].", S2, "S"),  # reorder, fallen->dropped
("According to the institute, primary schools were less badly affected than secondary schools [2.3].", S2, "S"),  # converse comparison, same meaning
("Some schools may need to cut teaching assistant numbers, researchers warned [2.4].", S2, "S"),  # hedge kept (might->may), reorder
("The government said this year's national schools budget had risen by 2 billion pounds [2.5].", S2, "S"),  # voice change increased->had risen
("A Department for Education spokesperson said the distribution of the money was the responsibility of councils [2.6].", S2, "S"),  # nominalisation / reorder
("Helen Park, director of the institute, urged an urgent review of the funding formula [2.7].", S2, "S"),  # called for->urged
("The Education Policy Institute report found an 18 million pound shortfall and a 6 percent real-terms fall in per-pupil funding since 2019 [2.1][2.2].", S2, "S"),  # merge, both cited
("Secondary schools suffered more than primary schools, the institute said [2.3].", S2, "S"),  # synonym hit harder->suffered more
("Per-pupil funding in real terms is 6 percent lower than in 2019, the report found [2.2].", S2, "S"),  # restated as level comparison
("Teachers in Northvale County will strike on 14 March after pay talks collapsed on Tuesday [1.1].", S1, "R"),  # day changed Monday->Tuesday
("The union said its members had rejected a 4.5 percent offer from the county council [1.2].", S1, "R"),  # number changed 3.5->4.5
("The National Teaching Union said its members had accepted a 3.5 percent offer from the county council [1.2].", S1, "R"),  # antonym rejected->accepted
("The council said it could not afford more without cutting spending on school buildings [1.4].", S1, "R"),  # sibling substituted: special needs support->school buildings
("About 220 schools will close completely on the strike day [1.5].", S1, "R"),  # hedge 'expected' dropped and partial closures made full
("Parents' groups have urged the union to call off the walkout [1.6].", S1, "R"),  # changed: both sides return to talks -> union call off strike
("Council leader Tom Reyes said the door was closed to further talks [1.7].", S1, "R"),  # negation flipped
("Union leader Tom Reyes said the door remained open to further talks [1.7].", S1, "R"),  # wrong role: Reyes is council leader
("Maria Costa said the offer failed to keep pace with inflation, which stood at 4.1 percent last year [1.2].", S1, "R"),  # wrong citation: content is in 1.3 not 1.2
("The 3.5 percent offer came from the Department for Education [1.2].", S1, "R"),  # wrong entity: offer came from county council
("The union rejected the offer because it failed to keep pace with inflation [1.2][1.3].", S1, "R"),  # invented cause: Costa's criticism not stated as the reason for rejection
("The council said it could not afford more without cutting special needs support, a claim the union disputed [1.4].", S1, "R"),  # added clause (union disputing) not in source
("Union leader Maria Costa said the offer failed to keep pace with inflation and called for a 6 percent rise [1.3].", S1, "R"),  # added demand not in source
("Parents' groups urged both sides to return to negotiations, fearing that 220 schools would close [1.6].", S1, "R"),  # added motive; closures are in uncited 1.5 and not linked
("Schools in Northvale face a funding shortfall of 18 million pounds this year, according to the Education Policy Institute [2.1].", S2, "R"),  # date changed next year->this year
("Per-pupil funding has fallen by 6 percent in real terms since 2015 [2.2].", S2, "R"),  # year changed 2019->2015
("Per-pupil funding has fallen by 6 percent in cash terms since 2019 [2.2].", S2, "R"),  # real terms->cash terms
("Primary schools were hit harder than secondary schools, the institute said [2.3].", S2, "R"),  # roles swapped
("Researchers warned that schools will have to reduce the number of teaching assistants [2.4].", S2, "R"),  # hedge dropped (might->will) and 'some' dropped
("Researchers warned that some schools might have to reduce the number of teachers [2.4].", S2, "R"),  # sibling substituted: teaching assistants->teachers
("The government said it had increased the national schools budget by 2 billion pounds over five years [2.5].", S2, "R"),  # timeframe changed this year->five years
("A Department for Education spokesperson said the government was responsible for how the money was distributed [2.6].", S2, "R"),  # role changed councils->government
("Helen Park called for the funding formula to be scrapped [2.7].", S2, "R"),  # review->scrapped
("The institute's director, Helen Park, called for an urgent review of the funding formula, saying the shortfall was unacceptable [2.7].", S2, "R"),  # added quote/clause
("Teachers voted to strike after the Education Policy Institute reported an 18 million pound shortfall [1.1][2.1].", S1, "R"),  # invented causal link between report and strike; no vote mentioned
("The Education Policy Institute said Northvale faces an 18 million pound shortfall because the government cut the schools budget [2.1].", S2, "R"),  # invented cause; 2.5 says budget increased
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
