# Domain: film, theatre and box office
S1 = " ".join([
    "The animated film Paper Lanterns topped the North American box office this weekend, taking $48.5 million in its opening three days.",
    "The result beat industry forecasts of around $40 million and was the best debut for an original animated film since 2019.",
    "Distributor Meridian Pictures said the film had also earned $31 million from 42 international markets.",
    "Last week's leader, the action thriller Iron Tide, fell to second place with $22 million, a drop of 58 percent.",
    "Paper Lanterns, directed by Sofia Lindqvist, cost about $110 million to make.",
    "Audiences gave the film an A grade in exit polling by CinemaScore.",
    "Analysts said strong word of mouth could help it hold up well during the school holidays.",
])
S2 = " ".join([
    "A stage adaptation of the novel The Salt House will transfer from the Lyric Playhouse to the West End in September after a sold-out run.",
    "The production, starring Maya Okafor and Daniel Frost, will open at the Garrick Wharf Theatre for a 16-week season.",
    "Director Hugh Penrose said he had cut 20 minutes from the running time for the transfer.",
    "The play won best new adaptation at this year's Critics' Circle awards.",
    "Tickets will go on sale on Friday, with prices starting at £25.",
    "Producers said around a third of seats for each performance would be priced below £40.",
    "Okafor will leave the cast in December and be replaced by Rachel Amis.",
])
PROBES = [
("Paper Lanterns, an animated film, led the North American box office this weekend with $48.5m over its first three days [1.1].", S1, "S"),  # topped->led, opening->first, number reformat
("The film's $48.5 million opening beat industry expectations of about $40 million [1.1][1.2].", S1, "S"),  # merge, forecasts->expectations
("The opening weekend was the strongest debut for an original animated film since 2019 [1.2].", S1, "S"),  # best->strongest
("Meridian Pictures, the distributor, said Paper Lanterns had taken a further $31 million across 42 international markets [1.3].", S1, "S"),  # also earned -> taken a further
("Iron Tide, last week's top film, slipped to second place with $22 million, down 58 percent [1.4].", S1, "S"),  # leader->top film, fell->slipped
("Directed by Sofia Lindqvist, Paper Lanterns cost roughly $110 million to produce [1.5].", S1, "S"),  # reorder, make->produce
("CinemaScore exit polling found audiences gave the film an A grade [1.6].", S1, "S"),  # restructure
("Strong word of mouth could help the film hold up well over the school holidays, analysts said [1.7].", S1, "S"),  # reorder, hedge kept
("The action thriller Iron Tide dropped to second place, taking $22 million [1.4].", S1, "S"),  # compression
("Sofia Lindqvist's Paper Lanterns opened with $48.5 million in North America [1.1][1.5].", S1, "S"),  # merge (director from 1.5)
("Paper Lanterns took $48.5 million in North America and $31 million from 42 international markets [1.1][1.3].", S1, "S"),  # merge
("Paper Lanterns took $45.8 million in its opening three days [1.1].", S1, "R"),  # 48.5->45.8
("The result fell short of industry forecasts of around $40 million [1.2].", S1, "R"),  # beat->fell short
("The opening weekend was the best debut for any animated film since 2019 [1.2].", S1, "R"),  # 'original' dropped: overgeneralisation
("Distributor Meridian Pictures said the film had also earned $31 million from 24 international markets [1.3].", S1, "R"),  # 42->24 markets
("Last week's leader, the horror film Iron Tide, fell to second place with $22 million [1.4].", S1, "R"),  # action thriller -> horror film
("Iron Tide fell to third place with $22 million [1.4].", S1, "R"),  # second->third
("Paper Lanterns, directed by Sofia Lindqvist, cost about $110 million to make and has already recouped its budget [1.5].", S1, "R"),  # added clause
("Audiences gave the film an A-plus grade in exit polling by CinemaScore [1.6].", S1, "R"),  # A->A-plus
("Analysts said strong word of mouth would help it hold up well during the school holidays [1.7].", S1, "R"),  # hedge dropped could->would
("Sofia Lindqvist said strong word of mouth could help the film during the school holidays [1.5][1.7].", S1, "R"),  # wrong speaker: analysts
("Meridian Pictures said the opening was the best debut for an original animated film since 2019 [1.2][1.3].", S1, "R"),  # wrong attribution: Meridian only spoke about international takings
("Paper Lanterns topped the North American box office this weekend, taking $48.5 million, ahead of forecasts of around $40 million [1.1].", S1, "R"),  # forecast only in uncited 1.2
("After a sold-out run at the Lyric Playhouse, a stage version of the novel The Salt House will move to the West End in September [2.1].", S2, "S"),  # reorder, adaptation->version, transfer->move
("Maya Okafor and Daniel Frost star in the production, which will play a 16-week season at the Garrick Wharf Theatre [2.2].", S2, "S"),  # restructure
("Director Hugh Penrose said the running time had been trimmed by 20 minutes for the transfer [2.3].", S2, "S"),  # voice change, cut->trimmed
("The play was named best new adaptation at this year's Critics' Circle awards [2.4].", S2, "S"),  # won->was named
("Tickets, priced from £25, go on sale on Friday [2.5].", S2, "S"),  # compression
("Producers said about one in three seats at every performance would cost under £40 [2.6].", S2, "S"),  # a third -> one in three, below->under
("Rachel Amis will take over from Okafor when she leaves the cast in December [2.7].", S2, "S"),  # restructure
("The Salt House, which won best new adaptation at this year's Critics' Circle awards, will transfer to the West End in September [2.1][2.4].", S2, "S"),  # merge
("The stage adaptation of The Salt House will open at the Garrick Wharf Theatre in the West End [2.1][2.2].", S2, "S"),  # merge
("Tickets will go on sale on Friday, with prices starting at £25 [2.5].", S2, "S"),  # exact copy
("The Salt House will transfer to the West End in October [2.1].", S2, "R"),  # September->October
("The Salt House will transfer from the Lyric Playhouse to Broadway after a sold-out run [2.1].", S2, "R"),  # West End->Broadway
("The production will open at the Garrick Wharf Theatre for a 12-week season [2.2].", S2, "R"),  # 16->12 weeks
("Director Hugh Penrose said he had added 20 minutes to the running time for the transfer [2.3].", S2, "R"),  # cut->added
("Producer Hugh Penrose said he had cut 20 minutes from the running time [2.3].", S2, "R"),  # wrong role: director, not producer
("The play won best new adaptation at last year's Critics' Circle awards [2.4].", S2, "R"),  # this year -> last year
("The play was nominated for best new adaptation at this year's Critics' Circle awards [2.4].", S2, "R"),  # won -> nominated
("Tickets will go on sale on Friday, with prices starting at £40 [2.5].", S2, "R"),  # £25->£40
("Producers said around half of seats for each performance would be priced below £40 [2.6].", S2, "R"),  # a third -> half
("Daniel Frost will leave the cast in December and be replaced by Rachel Amis [2.7].", S2, "R"),  # wrong actor: Okafor leaves
("Maya Okafor, who will leave the cast in December, stars with Daniel Frost in the production [2.2].", S2, "R"),  # departure only in uncited 2.7
("The play will transfer to the West End in September, where around a third of seats will be priced below £25 [2.1][2.6].", S2, "R"),  # threshold £40->£25
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
