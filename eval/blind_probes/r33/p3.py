# Domain: a Formula One race report (Hungarian Grand Prix, fictional drivers and teams)
S1 = " ".join([
    "Luca Ferrandi won the Hungarian Grand Prix on Sunday, crossing the line 3.2 seconds ahead of his Vantor teammate Oskar Lind.",
    "It was Ferrandi's first victory of the season and the fourth of his career.",
    "Pole-sitter Daniel Achebe of Halcyon finished third after losing the lead on the opening lap.",
    "Ferrandi passed Achebe into turn one after a better start from second on the grid.",
    "Lind started sixth and climbed through the field, overtaking Achebe with 12 laps remaining.",
    "The race was neutralised for five laps by a safety car after Marco Ibáñez crashed his Arceno at turn 11 on lap 23.",
    "Ibáñez was taken to the medical centre for checks but was later cleared to leave.",
    "Most of the front-runners made a single pit stop, switching from medium to hard tyres.",
    "Achebe, who stopped twice, said his team had got the strategy wrong.",
    "\"The car was fast enough to win today, and that hurts,\" Achebe told reporters.",
    "Ferrandi now trails championship leader Achebe by 18 points with nine races remaining.",
    "Vantor's one-two finish moved the team above Halcyon in the constructors' standings for the first time this year.",
    "Ferrandi dedicated the win to his father, who was watching from the team's garage.",
    "The next race is the Belgian Grand Prix at Spa in three weeks' time.",
])
PROBES = [
# ---- S ----
("Ferrandi took victory in the Hungarian Grand Prix on Sunday, 3.2 seconds clear of teammate Oskar Lind [1.1].", S1, "S"),  # paraphrase
("Ferrandi beat Lind by 3.2 seconds [1.1].", S1, "S"),  # dropping detail
("Vantor's drivers finished first and second in Hungary [1.1, 1.12].", S1, "S"),  # one-two finish
("Lind, who started sixth, finished second [1.1, 1.5, 1.12].", S1, "S"),  # Ferrandi won + Vantor one-two -> Lind second
("The win was the fourth of Ferrandi's career and his first this season [1.2].", S1, "S"),  # reorder
("Achebe started from pole position but finished third [1.3].", S1, "S"),  # pole-sitter
("Achebe lost the lead on the first lap [1.3].", S1, "S"),  # opening -> first
("Ferrandi, who started second, got away better and passed Achebe into the first corner [1.4].", S1, "S"),  # turn one = first corner
("Ferrandi started from second place on the grid [1.4].", S1, "S"),  # dropping detail
("Lind rose from sixth on the grid, passing Achebe with 12 laps to go [1.5].", S1, "S"),  # synonyms
("Achebe was overtaken by Lind with 12 laps left [1.5].", S1, "S"),  # passive
("A safety car was deployed for five laps after Ibáñez crashed at turn 11 [1.6].", S1, "S"),  # paraphrase
("Ibáñez's crash came on lap 23 [1.6].", S1, "S"),  # nominalisation
("Ibáñez drives for Arceno [1.6].", S1, "S"),  # "crashed his Arceno"
("Ibáñez was checked at the medical centre and later allowed to leave [1.7].", S1, "S"),  # cleared -> allowed
("Most leading drivers stopped once, changing from medium to hard tyres [1.8].", S1, "S"),  # synonyms
("Achebe made two pit stops [1.9].", S1, "S"),  # stopped twice
("Achebe said his team had made the wrong strategy call [1.9].", S1, "S"),  # paraphrase
("Achebe told reporters his car had been quick enough to win [1.10].", S1, "S"),  # indirect speech
("Ferrandi is 18 points behind Achebe, who leads the championship [1.11].", S1, "S"),  # restructure
("Achebe, the championship leader, finished third from pole [1.3, 1.11].", S1, "S"),  # merge
("Nine races remain in the championship [1.11].", S1, "S"),  # dropping detail
("Vantor moved ahead of Halcyon in the constructors' championship for the first time this year [1.12].", S1, "S"),  # above -> ahead of
("Ferrandi's father watched the race from the team's garage [1.13].", S1, "S"),  # dropping detail
("Ferrandi dedicated his victory to his father [1.13].", S1, "S"),  # win -> victory
("The Belgian Grand Prix at Spa is the next race, in three weeks [1.14].", S1, "S"),  # reorder
("The next round, in Belgium, is three weeks away [1.14].", S1, "S"),  # generalisation Spa -> Belgium
("Most front-runners switched from medium to hard tyres at a single stop, but Achebe stopped twice [1.8, 1.9].", S1, "S"),  # merge
("The safety car period lasted five laps [1.6].", S1, "S"),  # neutralised for five laps
("Halcyon's Achebe said his team had got the strategy wrong [1.3, 1.9].", S1, "S"),  # merge, near-verbatim
# ---- R ----
("Luca Ferrandi won the Hungarian Grand Prix on Saturday [1.1].", S1, "R"),  # Sunday -> Saturday
("Ferrandi crossed the line 2.3 seconds ahead of Lind [1.1].", S1, "R"),  # 3.2 -> 2.3
("Oskar Lind won the Hungarian Grand Prix, crossing the line 3.2 seconds ahead of his Vantor teammate Luca Ferrandi [1.1].", S1, "R"),  # role swap
("It was Ferrandi's first victory of his career [1.2].", S1, "R"),  # season -> career (fourth of career)
("It was Ferrandi's fourth victory of the season [1.2].", S1, "R"),  # career -> season
("Pole-sitter Daniel Achebe of Halcyon finished second after losing the lead on the opening lap [1.3].", S1, "R"),  # third -> second
("Achebe passed Ferrandi into turn one after a better start from second on the grid [1.4].", S1, "R"),  # role swap
("Ferrandi passed Achebe into turn one after a better start from third on the grid [1.4].", S1, "R"),  # second -> third
("Ferrandi passed Achebe into turn one after a better start and never lost the lead [1.4].", S1, "R"),  # added clause
("Lind started fourth and climbed through the field [1.5].", S1, "R"),  # sixth -> fourth
("Lind overtook Ferrandi with 12 laps remaining [1.5].", S1, "R"),  # overtook Achebe, not Ferrandi
("Lind overtook Achebe with 21 laps remaining [1.5].", S1, "R"),  # 12 -> 21
("Lind, who started sixth, climbed through the field after a single pit stop [1.5].", S1, "R"),  # Lind's stop count not given
("The race was neutralised for five laps by a safety car after Marco Ibáñez crashed his Arceno at turn 11 on lap 32 [1.6].", S1, "R"),  # lap 23 -> 32
("The race was red-flagged after Marco Ibáñez crashed his Arceno [1.6].", S1, "R"),  # safety car -> red flag
("The safety car was deployed after Marco Ibáñez crashed his Halcyon [1.6].", S1, "R"),  # team swapped: Arceno
("Ibáñez was taken to hospital for checks [1.7].", S1, "R"),  # medical centre -> hospital
("Ibáñez was taken to the medical centre for checks and kept overnight [1.7].", S1, "R"),  # contradicts "cleared to leave"
("All of the front-runners made a single pit stop [1.8].", S1, "R"),  # most -> all
("Most of the front-runners made a single pit stop, switching from hard to medium tyres [1.8].", S1, "R"),  # tyre direction reversed
("Achebe, who stopped once, said his team had got the strategy wrong [1.9].", S1, "R"),  # twice -> once
("Ferrandi said his team had got the strategy wrong [1.9].", S1, "R"),  # wrong speaker
("Achebe made two pit stops because of the safety car [1.6, 1.9].", S1, "R"),  # invented cause
("Achebe told reporters the car had not been fast enough to win [1.10].", S1, "R"),  # negation flipped
("Lind told reporters the car had been fast enough to win [1.10].", S1, "R"),  # wrong speaker: Achebe
("Ferrandi now leads the championship by 18 points [1.11].", S1, "R"),  # role swap: Achebe leads
("Ferrandi now trails championship leader Achebe by 18 points with 19 races remaining [1.11].", S1, "R"),  # nine -> 19
("Vantor's one-two finish moved the team above Halcyon in the drivers' standings [1.12].", S1, "R"),  # constructors' -> drivers'
("Vantor's one-two finish moved the team to the top of the constructors' standings [1.12].", S1, "R"),  # above Halcyon does not mean top
("Vantor moved above Halcyon in the constructors' standings for the first time in its history [1.12].", S1, "R"),  # "this year" widened
("Ferrandi dedicated the win to his mother, who was watching from the team's garage [1.13].", S1, "R"),  # father -> mother
("Ferrandi dedicated the win to his father, who was watching from the grandstand [1.13].", S1, "R"),  # garage -> grandstand
("The next race is the Belgian Grand Prix at Spa in two weeks' time [1.14].", S1, "R"),  # three -> two
("Ibáñez crashed at turn 11 on lap 23 [1.7].", S1, "R"),  # wrong citation (fact is in 1.6)
("Achebe finished third [1.4].", S1, "R"),  # wrong citation (fact is in 1.3)
]
