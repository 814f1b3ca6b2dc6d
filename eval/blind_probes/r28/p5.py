# Domain: a Formula One race
S1 = " ".join([
    "Lena Vogt won the Belgian Grand Prix at Spa-Francorchamps on Sunday, her third victory of the season.",
    "The German driver, who started from second on the grid, finished 4.2 seconds ahead of pole-sitter Marco Bellini.",
    "Bellini's team-mate, Jonah Price, completed the podium in third after a late overtake on Rafael Ortiz.",
    "Rain began falling on lap 31 of 44, prompting most of the field to switch to intermediate tyres.",
    "Vogt's team called her in one lap earlier than Bellini's, a decision that proved decisive.",
    "\"We took a gamble and it paid off,\" Vogt said after climbing out of her car.",
    "Ortiz dropped to fifth on the final lap after a brief off-track excursion at the Bus Stop chicane.",
    "Two cars retired, including that of rookie Tomas Lind, who crashed at Eau Rouge on lap 12.",
    "Lind was taken to the medical centre for precautionary checks and was later said to be uninjured.",
    "Vogt now leads the championship by 18 points from Bellini with nine races remaining.",
    "Stewards said they would investigate an incident between Price and Ortiz after the race.",
])
PROBES = [
("Lena Vogt took victory at the Belgian Grand Prix at Spa-Francorchamps on Sunday [1.1].", S1, "S"),  # reworded
("The win was Vogt's third of the season [1.1].", S1, "S"),  # 1.1
("Starting second, Vogt crossed the line 4.2 seconds clear of Marco Bellini, who had started on pole [1.2].", S1, "S"),  # reworded
("Vogt is German [1.2].", S1, "S"),  # the German driver
("Jonah Price took third place, overtaking Rafael Ortiz late in the race [1.3].", S1, "S"),  # reworded
("Price and Bellini drive for the same team [1.3].", S1, "S"),  # team-mate
("Rain started on lap 31 of the 44-lap race [1.4].", S1, "S"),  # reworded
("Most drivers changed to intermediate tyres when the rain arrived [1.4].", S1, "S"),  # most of the field
("Vogt was brought into the pits a lap before Bellini, and that call proved decisive [1.5].", S1, "S"),  # called in = pit stop
("Vogt said her team had gambled and that it had paid off [1.6].", S1, "S"),  # reported speech
("Ortiz fell to fifth on the last lap after briefly running off the track at the Bus Stop chicane [1.7].", S1, "S"),  # reworded
("Two drivers failed to finish [1.8].", S1, "S"),  # two cars retired
("Rookie Tomas Lind crashed out at Eau Rouge on lap 12 [1.8].", S1, "S"),  # retired + crashed
("Lind underwent precautionary checks at the medical centre and was later reported to be unhurt [1.9].", S1, "S"),  # reworded
("Vogt's championship lead over Bellini stands at 18 points [1.10].", S1, "S"),  # reworded
("There are nine races left in the season [1.10].", S1, "S"),  # 1.10
("The stewards will look into an incident involving Price and Ortiz after the race [1.11].", S1, "S"),  # reworded
("Bellini, who started on pole, finished second [1.2, 1.3].", S1, "S"),  # behind Vogt, ahead of Price who completed the podium
("The race was held at Spa-Francorchamps [1.1].", S1, "S"),  # 1.1
("Vogt won from second on the grid after her team pitted her a lap earlier than Bellini as the rain came [1.2, 1.4, 1.5].", S1, "S"),  # merge
("Vogt, who described the early stop as a gamble that paid off, now leads the standings by 18 points [1.5, 1.6, 1.10].", S1, "S"),  # merge; 'it' = gamble, early stop from context -> borderline; 1.6 says 'we took a gamble' -> describing the decision. Accept.
("The rain arrived in the second half of the race [1.4].", S1, "S"),  # lap 31 of 44
("Lind, a rookie, was not hurt in his lap-12 crash at Eau Rouge [1.8, 1.9].", S1, "S"),  # merge
("Ortiz, who was passed by Price late on, ended up fifth after an off-track moment on the final lap [1.3, 1.7].", S1, "S"),  # merge
("The victory extends Vogt's tally of wins this season to three [1.1].", S1, "S"),  # reworded
("Vogt's winning margin over Bellini was 4.2 seconds [1.2].", S1, "S"),  # nominalisation
("The timing of Vogt's pit stop, a lap before Bellini's, decided the race [1.5].", S1, "S"),  # reworded
("Bellini is second in the championship, 18 points behind Vogt [1.10].", S1, "S"),  # leads by 18 from Bellini
("An incident between Price and Ortiz is to be investigated by stewards [1.11].", S1, "S"),  # voice change
("Vogt said after the race that the gamble had paid off [1.6].", S1, "S"),  # reported
("Lena Vogt won the Belgian Grand Prix on Saturday [1.1].", S1, "R"),  # Sunday
("It was Vogt's fourth victory of the season [1.1].", S1, "R"),  # third
("Vogt started from pole position [1.2].", S1, "R"),  # Bellini on pole
("Vogt finished 2.4 seconds ahead of Bellini [1.2].", S1, "R"),  # 4.2
("The Italian driver Lena Vogt won the race [1.2].", S1, "R"),  # German
("Jonah Price finished second [1.3].", S1, "R"),  # third
("Rafael Ortiz overtook Jonah Price late in the race [1.3].", S1, "R"),  # swapped roles
("Price is Vogt's team-mate [1.3].", S1, "R"),  # Bellini's
("Rain began falling on lap 13 of 44 [1.4].", S1, "R"),  # 31
("Every driver switched to intermediate tyres when the rain began [1.4].", S1, "R"),  # most -> every
("The whole field switched to full wet tyres [1.4].", S1, "R"),  # intermediate + most
("Vogt's team called her in one lap later than Bellini's [1.5].", S1, "R"),  # earlier
("The pit-stop decision made no difference to the result [1.5].", S1, "R"),  # contradiction
("Bellini said his team had taken a gamble that paid off [1.6].", S1, "R"),  # wrong speaker
("Vogt said the team's gamble had failed [1.6].", S1, "R"),  # antonym
("Ortiz dropped to fourth on the final lap [1.7].", S1, "R"),  # fifth
("Ortiz went off track at Eau Rouge on the final lap [1.7].", S1, "R"),  # Bus Stop chicane
("Three cars retired from the race [1.8].", S1, "R"),  # two
("Tomas Lind crashed at Eau Rouge on lap 21 [1.8].", S1, "R"),  # 12
("Lind was taken to hospital with minor injuries [1.9].", S1, "R"),  # medical centre, uninjured
("Lind crashed because of the rain [1.8].", S1, "R"),  # added cause (rain came lap 31 anyway)
("Vogt now leads the championship by 18 points from Price [1.10].", S1, "R"),  # Bellini
("Vogt leads the championship by 18 points with ten races remaining [1.10].", S1, "R"),  # nine
("Vogt has now clinched the championship [1.10].", S1, "R"),  # overclaim
("Stewards penalised Price for an incident with Ortiz [1.11].", S1, "R"),  # will investigate only
("Stewards said they would investigate an incident between Price and Lind [1.11].", S1, "R"),  # Ortiz
("Vogt won the race, her third win of the season, after rain began on lap 31 [1.1].", S1, "R"),  # rain detail from uncited 1.4
("Vogt leads the championship by 18 points [1.2].", S1, "R"),  # wrong sentence cited
("Ortiz was later demoted to fifth by the stewards [1.7, 1.11].", S1, "R"),  # cause invented
("Price finished third after a clean race with no incidents [1.3, 1.11].", S1, "R"),  # contradicts 1.11
]
