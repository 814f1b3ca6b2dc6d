# Domain: a local council election with vote shares
S1 = " ".join([
    "Labour retained control of Northfield Borough Council on Friday after winning 31 of the 54 seats contested in Thursday's local elections.",
    "The party's share of the vote fell to 38.2%, down from 44.6% at the previous election in 2022.",
    "The Conservatives came second with 14 seats and 27.5% of the vote, a loss of six seats.",
    "The Green Party more than doubled its representation, taking seven seats on a vote share of 16.1%.",
    "Reform UK won two seats, its first ever on the council, with 11.8% of the vote.",
    "Turnout was 31.4%, slightly lower than the 33% recorded four years ago.",
    "Council leader Priya Malhotra said the result was \"a clear endorsement of our plans for the high street\", but admitted the party had \"lost ground in the outer wards\".",
    "The Conservative group leader, Martin Hale, said he would stand down after the count.",
    "Green councillor Ellie Brandt described the party's gains as \"historic\" and said it would push for a climate emergency budget.",
    "Recounts were held in two wards, Riverside and St Anne's, delaying the final declaration until early Friday afternoon.",
    "Election officials said a small number of postal votes may have been rejected because of mismatched signatures.",
    "The new council will hold its first meeting on 21 May, when a leader will be formally elected.",
])
PROBES = [
("Labour kept hold of Northfield Borough Council, securing 31 of the 54 seats up for election [1.1].", S1, "S"),  # paraphrase of 1.1
("Labour lost control of Northfield Borough Council despite winning 31 seats [1.1].", S1, "R"),  # antonym: retained -> lost
("Labour won 31 of the 54 seats in elections held on Friday [1.1].", S1, "R"),  # wrong day: elections Thursday, result Friday
("Labour's vote share dropped from 44.6% in 2022 to 38.2% [1.2].", S1, "S"),  # reordered paraphrase
("Labour's vote share rose to 38.2% [1.2].", S1, "R"),  # antonym fell -> rose
("Labour's share of the vote fell by more than six percentage points compared with 2022 [1.2].", S1, "S"),  # 44.6-38.2=6.4
("Labour's share of the vote fell to 36.2% [1.2].", S1, "R"),  # wrong figure
("The Conservatives finished second, winning 14 seats on 27.5% of the vote [1.3].", S1, "S"),  # paraphrase
("The Conservatives gained six seats to finish second [1.3].", S1, "R"),  # antonym loss -> gain
("The Conservatives finished third with 14 seats [1.3].", S1, "R"),  # wrong ranking
("The Conservatives were down six seats on the council [1.3].", S1, "S"),  # paraphrase of loss
("The Greens more than doubled their number of councillors, winning seven seats with 16.1% of the vote [1.4].", S1, "S"),  # paraphrase
("The Greens tripled their representation, taking seven seats [1.4].", S1, "R"),  # more than doubled != tripled
("The Greens won seven seats on a vote share of 11.8% [1.4].", S1, "R"),  # figure from 1.5
("Reform UK gained its first-ever council seats, winning two on 11.8% of the vote [1.5].", S1, "S"),  # paraphrase
("Reform UK won three seats, its first on the council [1.5].", S1, "R"),  # wrong number
("Reform UK increased its number of seats on the council to two [1.5].", S1, "R"),  # implies it had seats before; first ever
("Turnout dipped slightly to 31.4% from 33% four years earlier [1.6].", S1, "S"),  # paraphrase
("Turnout rose to 31.4% [1.6].", S1, "R"),  # antonym
("Turnout fell sharply to 31.4% [1.6].", S1, "R"),  # slightly -> sharply
("Turnout was lower than at the previous election [1.6].", S1, "S"),  # generalisation
("Priya Malhotra called the result a clear endorsement of her party's plans for the high street [1.7].", S1, "S"),  # reported speech
("Priya Malhotra acknowledged that Labour had lost ground in the outer wards [1.7].", S1, "S"),  # reported speech
("Priya Malhotra denied that Labour had lost ground in the outer wards [1.7].", S1, "R"),  # admitted -> denied
("Martin Hale called the result a clear endorsement of plans for the high street [1.7].", S1, "R"),  # wrong speaker
("Priya Malhotra said Labour had lost ground in the outer wards because of unpopular parking charges [1.7].", S1, "R"),  # added cause
("Martin Hale, who leads the Conservative group, said he would step down after the count [1.8].", S1, "S"),  # paraphrase
("Martin Hale said he would remain as Conservative group leader [1.8].", S1, "R"),  # antonym
("Martin Hale said he would stand down after the count [1.7].", S1, "R"),  # wrong sentence cited
("Martin Hale resigned as Conservative leader because of the loss of six seats [1.3, 1.8].", S1, "R"),  # added cause, and resigned vs would stand down
("The Conservatives lost six seats, and their group leader Martin Hale said he would stand down after the count [1.3, 1.8].", S1, "S"),  # merge
("Ellie Brandt hailed the Greens' gains as historic [1.9].", S1, "S"),  # paraphrase
("Ellie Brandt said the Greens would press for a climate emergency budget [1.9].", S1, "S"),  # paraphrase
("Ellie Brandt said the Greens had secured a climate emergency budget [1.9].", S1, "R"),  # push for != secured
("Ellie Brandt described Labour's gains as historic [1.9].", S1, "R"),  # wrong party
("Ellie Brandt, a Green councillor, said the party would push for a climate emergency budget and a new cycle network [1.9].", S1, "R"),  # added detail
("Recounts in Riverside and St Anne's pushed the final declaration back to early Friday afternoon [1.10].", S1, "S"),  # paraphrase
("Recounts were held in three wards [1.10].", S1, "R"),  # wrong number
("Recounts in Riverside and St Anne's delayed the final declaration until Saturday [1.10].", S1, "R"),  # wrong day
("A recount was held in the Riverside ward [1.10].", S1, "S"),  # drops detail, still true
("Officials said some postal votes may have been rejected over mismatched signatures [1.11].", S1, "S"),  # paraphrase
("Officials said a number of postal votes were rejected because of mismatched signatures [1.11].", S1, "R"),  # dropped hedge
("Officials said a large number of postal votes may have been rejected [1.11].", S1, "R"),  # small -> large
("Officials said postal votes may have been rejected because of late arrival [1.11].", S1, "R"),  # wrong cause
("The new council meets for the first time on 21 May, when it will formally elect a leader [1.12].", S1, "S"),  # paraphrase
("Priya Malhotra will be formally re-elected leader on 21 May [1.12].", S1, "R"),  # unsupported name/outcome
("The new council will hold its first meeting on 12 May [1.12].", S1, "R"),  # wrong date
("The council's leader will be formally chosen at its first meeting [1.12].", S1, "S"),  # paraphrase
("Labour won a majority of the seats contested [1.1].", S1, "S"),  # 31 of 54 is a majority
("Labour won every ward in Northfield [1.1].", S1, "R"),  # overgeneralisation
("Labour won 31 seats while the Conservatives won 14 [1.1, 1.3].", S1, "S"),  # merge
("Labour won 31 seats while the Conservatives won 14 [1.1].", S1, "R"),  # Conservative figure from uncited 1.3
("The Greens took more seats than Reform UK [1.4, 1.5].", S1, "S"),  # 7 > 2
("Reform UK took a larger share of the vote than the Greens [1.4, 1.5].", S1, "R"),  # 11.8 < 16.1
("The Greens won seven seats, while Reform UK won two [1.4].", S1, "R"),  # Reform figure uncited
("Turnout was 31.4% and Labour's vote share was 38.2% [1.2, 1.6].", S1, "S"),  # merge
("No party other than Labour won more than 14 seats [1.1, 1.3, 1.4, 1.5].", S1, "S"),  # all seats accounted: 31+14+7+2=54
("Labour's vote share was its lowest ever in Northfield [1.2].", S1, "R"),  # unsupported superlative
("Officials confirmed that no postal votes were rejected [1.11].", S1, "R"),  # negation error
("Martin Hale said he would stand down before the count [1.8].", S1, "R"),  # after -> before
("Northfield's Labour group held on to power on the borough council [1.1].", S1, "S"),  # paraphrase
("The Tories ended up with 14 councillors after losing six seats [1.3].", S1, "S"),  # synonym Tories, reorder
("The Conservatives had held 20 seats before the election [1.3].", S1, "S"),  # 14 + 6 lost
("Fewer than a third of eligible voters turned out [1.6].", S1, "S"),  # 31.4% < 33.3%
("According to Priya Malhotra, voters had clearly endorsed Labour's high street plans, though the party had slipped in the outer wards [1.7].", S1, "S"),  # reported speech merge
("The final result was not declared until early Friday afternoon because of recounts in two wards [1.10].", S1, "S"),  # reordering
("A formal vote for council leader will take place on 21 May [1.12].", S1, "S"),  # nominalisation
("Greens and Reform UK together won nine seats [1.4, 1.5].", S1, "S"),  # 7+2
("The Greens took 16.1% of the vote, more than double their previous seat total [1.4].", S1, "S"),  # 1.4 says representation doubled, not that 16.1% doubled; claim is fine? no: mixes vote share with seats correctly -> actually says seats doubled (relabelled: re-read; "more than double their previous seat total" matches "more than doubled its representation" -> S)
("Labour's vote share dropped while Reform UK won its first seats on the council [1.2, 1.5].", S1, "S"),  # merge
]
