# Domain: a cycling grand tour stage report
S1 = " ".join([
    "Tadej Pogacar won stage 15 of the Tour de France on Sunday, attacking 4 kilometres from the summit of Plateau de Beille to finish alone.",
    "The Slovenian crossed the line 1 minute 8 seconds ahead of Jonas Vingegaard, with Remco Evenepoel third at 2 minutes 51 seconds.",
    "The 198-kilometre stage from Loudenvielle included five categorised climbs and more than 4,800 metres of climbing.",
    "Pogacar now leads the general classification by 3 minutes 9 seconds from Vingegaard, with Evenepoel a further 10 seconds back in third.",
    "His UAE Team Emirates teammates set a fierce pace on the final climb, reducing the lead group to just six riders.",
    "Richard Carapaz, who had been part of the early breakaway, was caught with 6 kilometres remaining.",
    "The race has its second rest day on Monday before resuming with a flat stage to Nimes on Tuesday.",
])
S2 = " ".join([
    "Vingegaard said he had felt good on the climb but could not respond when Pogacar accelerated.",
    "The Dane, who crashed heavily in April, said he was still hopeful of winning the Tour but admitted the gap was now large.",
    "Pogacar said the victory was dedicated to his team, whom he described as the strongest in the race.",
    "The winning time of 5 hours 7 minutes set a new record average speed for a mountain stage, according to race organisers ASO.",
    "Evenepoel, riding his first Tour, said he was satisfied to have limited his losses and that his aim remained a podium finish.",
    "Temperatures reached 35C in the valley, and several riders were treated for heat exhaustion at the finish.",
    "Visma-Lease a Bike sports director Grischa Niermann said the team would try to attack Pogacar in the Alps next week.",
])
PROBES = [
("Pogacar took stage 15 on Sunday with a solo finish after attacking 4 kilometres from the top of Plateau de Beille [1.1].", S1, "S"),  # reworded
("Tadej Pogacar claimed victory on the 15th stage of the Tour de France [1.1].", S1, "S"),  # compression
("Vingegaard finished second, 1 minute 8 seconds behind the Slovenian [1.2].", S1, "S"),  # perspective flipped; second implied by Evenepoel third
("Evenepoel came third on the stage, 2 minutes 51 seconds down [1.2].", S1, "S"),  # compression
("The stage covered 198 kilometres from Loudenvielle and featured five categorised climbs [1.3].", S1, "S"),  # reworded
("Riders faced over 4,800 metres of climbing on the stage [1.3].", S1, "S"),  # more than -> over
("Pogacar's overall lead over Vingegaard stands at 3 minutes 9 seconds [1.4].", S1, "S"),  # nominalisation
("Evenepoel is third overall, 3 minutes 19 seconds behind Pogacar [1.4].", S1, "S"),  # arithmetic 3:09 + 0:10
("The lead group was whittled down to six riders by the fierce pace of UAE Team Emirates on the final climb [1.5].", S1, "S"),  # voice change
("Carapaz, an early breakaway rider, was reeled in 6 kilometres from the finish [1.6].", S1, "S"),  # synonyms
("Monday is the race's second rest day [1.7].", S1, "S"),  # compression
("A flat stage to Nimes on Tuesday follows the rest day [1.7].", S1, "S"),  # reorder
("Vingegaard said he felt good on the climb but was unable to answer Pogacar's acceleration [2.1].", S2, "S"),  # nominalisation
("Vingegaard admitted the gap was now large, though he said he was still hopeful of winning the Tour [2.1][2.2].", S2, "S"),  # 'The Dane' resolved via 2.1
("Vingegaard, who had a heavy crash in April, said he still hoped to win the race [2.1][2.2].", S2, "S"),  # pronoun resolved, reworded
("Pogacar dedicated the win to his team, calling them the strongest in the race [2.3].", S2, "S"),  # reported speech reworded
("Race organisers ASO said the winning time of 5 hours 7 minutes was a record average speed for a mountain stage [2.4].", S2, "S"),  # reorder
("Evenepoel said he was happy to have limited his losses [2.5].", S2, "S"),  # satisfied -> happy
("Evenepoel, in his first Tour, said a podium finish remained his aim [2.5].", S2, "S"),  # reorder
("Several riders needed treatment for heat exhaustion at the finish as temperatures hit 35C in the valley [2.6].", S2, "S"),  # reorder
("Grischa Niermann said Visma-Lease a Bike would try to attack Pogacar in the Alps next week [2.7].", S2, "S"),  # near-copy
("Pogacar, who won the stage alone, dedicated the victory to his teammates [1.1][2.3].", S2, "S"),  # merge
("Vingegaard could not respond when Pogacar accelerated and finished 1 minute 8 seconds behind him [2.1][1.2].", S2, "S"),  # merge
("Pogacar's teammates, whom he called the strongest in the race, cut the lead group to six riders on the final climb [2.3][1.5].", S2, "S"),  # merge
("Pogacar leads Vingegaard in the general classification after winning stage 15 [1.1][1.4].", S1, "S"),  # merge, compression
("Tadej Pogacar won stage 15 of the Tour de France on Saturday [1.1].", S1, "R"),  # day swapped
("Pogacar attacked 6 kilometres from the summit of Plateau de Beille [1.1].", S1, "R"),  # figure from uncited 1.6
("Pogacar won the stage in a two-man sprint with Vingegaard [1.1].", S1, "R"),  # contradicts finishing alone
("Pogacar crossed the line 1 minute 8 seconds ahead of Remco Evenepoel [1.2].", S1, "R"),  # rider swapped
("Evenepoel finished second on the stage [1.2].", S1, "R"),  # third -> second
("The 198-kilometre stage finished in Loudenvielle [1.3].", S1, "R"),  # start reported as finish
("The stage included six categorised climbs [1.3].", S1, "R"),  # five -> six
("The stage included less than 4,800 metres of climbing [1.3].", S1, "R"),  # more -> less
("Pogacar now leads the general classification by 3 minutes 19 seconds from Vingegaard [1.4].", S1, "R"),  # number changed
("Evenepoel is second overall, 10 seconds behind Vingegaard [1.4].", S1, "R"),  # third -> second
("Vingegaard's Visma-Lease a Bike teammates set a fierce pace on the final climb [1.5].", S1, "R"),  # team swapped
("The lead group was reduced to just eight riders on the final climb [1.5].", S1, "R"),  # six -> eight
("Richard Carapaz, who had been part of the early breakaway, held on to finish second [1.6].", S1, "R"),  # contradicts being caught
("Richard Carapaz was caught with 4 kilometres remaining [1.6].", S1, "R"),  # number changed
("The race has its first rest day on Monday [1.7].", S1, "R"),  # second -> first
("The race resumes with a mountain stage to Nimes on Tuesday [1.7].", S1, "R"),  # flat -> mountain
("Vingegaard said he had felt bad on the climb [2.1].", S2, "R"),  # antonym
("Vingegaard said he had been able to respond when Pogacar accelerated [2.1].", S2, "R"),  # negation dropped
("Vingegaard, who crashed heavily in May, said the gap was now large [2.1][2.2].", S2, "R"),  # month swapped
("Vingegaard said he no longer expected to win the Tour [2.1][2.2].", S2, "R"),  # contradicts still hopeful
("Pogacar said his team was one of the strongest in the race [2.3].", S2, "R"),  # misquote: the strongest -> one of
("Evenepoel dedicated the victory to his team [2.3].", S2, "R"),  # wrong speaker
("The winning time of 5 hours 7 minutes set a new record average speed for any Tour stage [2.4].", S2, "R"),  # scope widened
("The winning time set a record average speed for a mountain stage, according to the UCI [2.4].", S2, "R"),  # wrong source
("Evenepoel, riding his second Tour, said he was satisfied to have limited his losses [2.5].", S2, "R"),  # first -> second
("Evenepoel said his aim was now to win the yellow jersey [2.5].", S2, "R"),  # podium -> overall win
("Temperatures reached 35C in the valley, and several riders abandoned the race with heat exhaustion [2.6].", S2, "R"),  # treated -> abandoned
("Temperatures reached 35C at the summit finish [2.6].", S2, "R"),  # valley -> summit
("Grischa Niermann said the team would try to attack Pogacar in the Pyrenees next week [2.7].", S2, "R"),  # Alps -> Pyrenees
("Grischa Niermann said the team would definitely attack Pogacar in the Alps next week [2.7].", S2, "R"),  # would try -> definitely
("Pogacar attacked because the heat had weakened his rivals [1.1][2.6].", S2, "R"),  # cause invented
]
