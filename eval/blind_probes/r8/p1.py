# Elections / politics
E1 = ("Voters in the northern province of Valdera elected Rosa Ibarra as governor on Sunday, ending two decades of rule by the Liberal Union. "
      "Ibarra, a former mayor of the port city of Carmona, won 54.3 percent of the vote, according to preliminary results from the electoral commission. "
      "Her main rival, incumbent Tomas Reyes, took 39.8 percent and conceded late on Sunday night. "
      "Turnout was 61 percent, up from 48 percent in the previous election four years ago. "
      "Ibarra has promised to audit the provincial budget and to reopen three rural hospitals closed under Reyes. "
      "Reyes said he would remain in politics and lead the opposition in the regional assembly. "
      "Observers from the Ministry of the Interior said the vote was largely peaceful, although they reported minor irregularities at 14 polling stations. "
      "The new governor is expected to be sworn in on March 3.")
E2 = ("The ruling Progress Party lost its parliamentary majority in Thursday's snap election, winning 142 of the 300 seats. "
      "Prime Minister Helena Voss, who called the election in January hoping to strengthen her mandate, said she would seek talks with smaller parties. "
      "The centre-right Citizens' Alliance won 118 seats, its best result since 2009. "
      "The Green List, which doubled its tally to 22 seats, said it would not join any coalition that included the far-right National Front. "
      "The National Front itself won 18 seats, down from 25. "
      "Analysts said rising food prices and a housing shortage had hurt the government. "
      "Voss told supporters in the capital that the result was 'a clear message' and that she had heard it. "
      "Markets were little changed on Friday, with the currency slipping 0.2 percent against the euro.")
E3 = ("Senator Mark Delaney announced on Wednesday that he would not seek re-election next year, citing health concerns. "
      "Delaney, 71, has represented the state since 1999 and chairs the Senate agriculture committee. "
      "His decision opens a contest for a seat that his party has held for more than 30 years. "
      "State Treasurer Alicia Moran said she was considering a run for the seat and would decide by the end of the month. "
      "A poll released last week by Eastbrook University showed Delaney's approval rating at 44 percent among likely voters. "
      "In a statement, Delaney thanked his staff and said he planned to spend more time with his grandchildren.")
E4 = ("The city's referendum on a new light-rail line failed narrowly on Tuesday, with 50.8 percent of voters opposed. "
      "Supporters of the $2.4 billion project had outspent opponents by roughly three to one. "
      "Mayor Colin Hart, who backed the plan, said the city would study cheaper bus options instead. "
      "Opponents, led by the Taxpayers' League, argued that the line would raise property taxes by about 6 percent. "
      "Turnout in the referendum was 38 percent, below the 45 percent recorded in last year's municipal election.")
PROBES = [
    # --- supported
    ("Rosa Ibarra was elected governor of Valdera on Sunday, ending the Liberal Union's two decades in power [1.1].", E1, "S"),
    ("Ibarra, who formerly served as mayor of Carmona, won 54.3% of the vote, preliminary electoral commission results showed [1.2].", E1, "S"),
    ("Incumbent Tomas Reyes took 39.8 percent and conceded late on Sunday night [1.3].", E1, "S"),
    ("Turnout rose to 61 percent from 48 percent four years ago [1.4].", E1, "S"),
    ("Ibarra has pledged to audit the provincial budget and reopen three rural hospitals that were closed under Reyes [1.5].", E1, "S"),
    ("Reyes said he would stay in politics and lead the opposition in the regional assembly [1.6].", E1, "S"),
    ("Interior Ministry observers said the vote was largely peaceful but reported minor irregularities at 14 polling stations [1.7].", E1, "S"),
    ("Ibarra is expected to be sworn in on March 3 [1.8].", E1, "S"),
    ("The Progress Party lost its majority in Thursday's snap election, winning 142 of 300 seats [1.1].", E2, "S"),
    ("Prime Minister Helena Voss said she would seek talks with smaller parties [1.2].", E2, "S"),
    ("The Citizens' Alliance won 118 seats, its best result since 2009 [1.3].", E2, "S"),
    ("The Green List doubled its tally to 22 seats and said it would not join a coalition that included the National Front [1.4].", E2, "S"),
    ("The National Front's seat count fell from 25 to 18 [1.5].", E2, "S"),
    ("Analysts blamed rising food prices and a housing shortage for hurting the government [1.6].", E2, "S"),
    ("Voss told supporters the result was 'a clear message' [1.7].", E2, "S"),
    ("Senator Mark Delaney said on Wednesday he would not run for re-election next year, citing health concerns [1.1].", E3, "S"),
    ("Delaney, 71, has represented the state since 1999 [1.2].", E3, "S"),
    ("State Treasurer Alicia Moran said she was considering a run for the seat [1.4].", E3, "S"),
    ("An Eastbrook University poll put Delaney's approval rating at 44 percent among likely voters [1.5].", E3, "S"),
    ("Delaney said he planned to spend more time with his grandchildren [1.6].", E3, "S"),
    ("The light-rail referendum narrowly failed on Tuesday, with 50.8 percent of voters against [1.1].", E4, "S"),
    ("Mayor Colin Hart, who supported the plan, said the city would study cheaper bus options instead [1.3].", E4, "S"),
    ("Turnout was 38 percent, below the 45 percent of last year's municipal election [1.5].", E4, "S"),
    # --- unsupported
    # won 54.3, not a majority of seats; "more than 55%" bound added
    ("Ibarra won more than 55 percent of the vote [1.2].", E1, "R"),
    # preliminary results dropped? subtle: "final results" invented modifier
    ("Ibarra won 54.3 percent of the vote, according to final results from the electoral commission [1.2].", E1, "R"),
    # Reyes conceded, not Ibarra; role swap of who conceded
    ("Ibarra conceded late on Sunday night [1.3].", E1, "R"),
    # promised -> has reopened (intention dropped)
    ("Ibarra has reopened three rural hospitals closed under Reyes [1.5].", E1, "R"),
    # "largely peaceful" -> "peaceful" with irregularities dropped? hedge 'largely' dropped -> say 'entirely peaceful'
    ("Observers said the vote was entirely peaceful [1.7].", E1, "R"),
    # expected dropped
    ("The new governor will be sworn in on March 3 [1.8].", E1, "R"),
    # Turnout sibling: 48 pooled as current
    ("Turnout was 48 percent, up from 61 percent four years ago [1.4].", E1, "R"),
    # irregularities at 14 polling stations -> 14 provinces
    ("Observers reported minor irregularities in 14 districts [1.7].", E1, "R"),
    # called election hoping to strengthen mandate: claim invents cause: rising food prices made her call
    ("Voss called the election in January because of rising food prices [1.2][1.6].", E2, "R"),
    # Green list would not join coalition -> Green List joined coalition
    ("The Green List said it would join a coalition with the National Front [1.4].", E2, "R"),
    # Citizens' Alliance best result since 2009 -> worst
    ("The Citizens' Alliance won 118 seats, its worst result since 2009 [1.3].", E2, "R"),
    # currency slipped against euro -> against the dollar
    ("The currency slipped 0.2 percent against the dollar on Friday [1.8].", E2, "R"),
    # analysts said -> Voss said
    ("Voss said rising food prices and a housing shortage had hurt the government [1.6][1.7].", E2, "R"),
    # lost majority -> kept majority
    ("The Progress Party retained its parliamentary majority, winning 142 of the 300 seats [1.1].", E2, "R"),
    # National front gained (antonym)
    ("The National Front won 18 seats, up from 25 [1.5].", E2, "R"),
    # she would seek talks -> has formed coalition
    ("Voss has begun coalition talks with smaller parties [1.2].", E2, "R"),
    # Delaney chairs agriculture -> finance committee
    ("Delaney chairs the Senate finance committee [1.2].", E3, "R"),
    # considering a run -> announced a run
    ("State Treasurer Alicia Moran announced she would run for the seat [1.4].", E3, "R"),
    # poll: likely voters restriction dropped and "all voters"
    ("A poll showed Delaney's approval rating at 44 percent among all voters [1.5].", E3, "R"),
    # held for more than 30 years -> Delaney held for 30 years (he since 1999 = ~27)
    ("Delaney has held the seat for more than 30 years [1.3].", E3, "R"),
    # poll released last week by Eastbrook; claim says commissioned by Delaney
    ("A poll commissioned by Delaney showed his approval rating at 44 percent [1.5].", E3, "R"),
    # opposed 50.8 -> supported 50.8
    ("The light-rail referendum passed narrowly, with 50.8 percent of voters in favour [1.1].", E4, "R"),
    # opponents argued (claim) given as fact
    ("The line would raise property taxes by about 6 percent [1.4].", E4, "R"),
    # outspent: swapped roles
    ("Opponents of the project had outspent supporters by roughly three to one [1.2].", E4, "R"),
    # approximate figure made exact
    ("Supporters of the $2.4 billion project had outspent opponents by exactly three to one [1.2].", E4, "R"),
]
