# Domain: a tennis grand slam final report
S1 = " ".join([
    "Elena Kostova won her first Wimbledon title on Saturday, beating defending champion Maya Lindqvist 6-4 3-6 7-5 in two hours and 41 minutes.",
    "The 23-year-old Bulgarian, seeded seventh, had never previously gone beyond the quarter-finals at a grand slam.",
    "Lindqvist saved three championship points at 5-4 in the deciding set before Kostova broke serve again to seal victory.",
    "Kostova hit 11 aces and 38 winners, while Lindqvist made 41 unforced errors across the three sets.",
    "The winner receives prize money of £2.7 million, and she will rise to a career-high fourth in the world rankings on Monday.",
    "Kostova said after the match that she had dreamed of lifting the trophy since watching the final on television as a child.",
    "Lindqvist, who had treatment on her right shoulder during the second set, said she had no excuses and that the better player had won.",
])
S2 = " ".join([
    "The final was watched by a crowd of 15,000 on Centre Court, including the Princess of Wales, who presented the trophy.",
    "Kostova is the first Bulgarian woman to win a grand slam singles title in the Open era.",
    "Her coach, former player Ivan Petrov, said the breakthrough had come after she changed her service action last winter.",
    "Lindqvist had been bidding to become the first woman since 2016 to win back-to-back Wimbledon titles.",
    "The Swede had not dropped a set in the tournament before the final.",
    "Rain delayed the start of the match by 40 minutes, forcing the roof to be closed.",
    "Kostova will next play at the Canadian Open in August, her team confirmed.",
])
PROBES = [
("Kostova claimed her maiden Wimbledon title on Saturday [1.1].", S1, "S"),  # first -> maiden, compression
("Defending champion Maya Lindqvist lost the Wimbledon final to Elena Kostova in three sets [1.1].", S1, "S"),  # voice/role-preserving reversal; score has 3 sets
("The final lasted two hours and 41 minutes [1.1].", S1, "S"),  # compression
("Before this tournament, Kostova had never reached a grand slam semi-final [1.1][1.2].", S1, "S"),  # 'never beyond quarter-finals' restated; named via 1.1
("Kostova, 23, is from Bulgaria [1.1][1.2].", S1, "S"),  # pronoun/epithet resolved with naming sentence cited
("Kostova sealed victory by breaking serve again after Lindqvist had saved three championship points at 5-4 in the final set [1.3].", S1, "S"),  # reordering
("Kostova served 11 aces and struck 38 winners [1.4].", S1, "S"),  # synonyms
("Lindqvist committed 41 unforced errors in the match [1.4].", S1, "S"),  # across the three sets -> in the match
("Kostova's victory is worth £2.7m in prize money [1.1][1.5].", S1, "S"),  # 'the winner' resolved; number format
("Kostova will climb to a career-best ranking of world number four on Monday [1.1][1.5].", S1, "S"),  # career-high fourth reworded
("Kostova said she had dreamed of winning the trophy ever since watching the final on TV as a child [1.6].", S1, "S"),  # reported speech reworded
("Lindqvist received treatment on her right shoulder during the second set [1.7].", S1, "S"),  # had -> received
("Lindqvist offered no excuses, saying the better player had won [1.7].", S1, "S"),  # reworded
("A 15,000-strong crowd on Centre Court watched the final [2.1].", S2, "S"),  # reworded
("The trophy was presented by the Princess of Wales [2.1].", S2, "S"),  # voice change
("No Bulgarian woman had won a grand slam singles title in the Open era before Kostova [2.2].", S2, "S"),  # 'first' restated
("Ivan Petrov, Kostova's coach, said her breakthrough came after she changed her service action last winter [2.2][2.3].", S2, "S"),  # 'her' resolved via 2.2; temporal wording kept
("Lindqvist was trying to become the first woman since 2016 to win consecutive Wimbledon titles [2.4].", S2, "S"),  # back-to-back -> consecutive
("The Swede had won every set she played in the tournament until the final [2.5].", S2, "S"),  # not dropped a set -> won every set
("The start of the final was held up for 40 minutes by rain, and the roof had to be closed [2.6].", S2, "S"),  # voice change
("Kostova's team confirmed that her next event will be the Canadian Open in August [2.7].", S2, "S"),  # reordering
("The seventh-seeded Kostova took the final set 7-5 [1.1][1.2].", S1, "S"),  # merge
("Lindqvist won the second set 6-3 [1.1].", S1, "S"),  # score from the other player's side
("A Bulgarian beat the defending champion in the Wimbledon final [1.1][1.2].", S1, "S"),  # generalisation
("Kostova, who hit 11 aces, is the first Bulgarian woman to win a grand slam singles title in the Open era [1.4][2.2].", S2, "S"),  # merge across docs
("Elena Kostova won her first Wimbledon title on Sunday [1.1].", S1, "R"),  # Saturday -> Sunday
("Maya Lindqvist beat Elena Kostova 6-4 3-6 7-5 [1.1].", S1, "R"),  # roles swapped
("Kostova won the final in straight sets [1.1].", S1, "R"),  # three sets, not straight
("The final lasted three hours and 41 minutes [1.1].", S1, "R"),  # duration changed
("The 23-year-old Bulgarian, seeded second, had never gone beyond the quarter-finals at a grand slam [1.2].", S1, "R"),  # seventh -> second
("The Bulgarian had previously reached a grand slam semi-final [1.2].", S1, "R"),  # negation dropped
("Lindqvist saved three championship points at 5-4 in the second set [1.3].", S1, "R"),  # deciding -> second set
("Kostova saved three championship points before breaking serve to win [1.3].", S1, "R"),  # roles swapped
("Kostova hit 38 aces [1.4].", S1, "R"),  # winners figure given as aces
("Lindqvist made 41 unforced errors in the third set [1.4].", S1, "R"),  # across three sets -> third set only
("Lindqvist made more unforced errors than Kostova [1.4].", S1, "R"),  # Kostova's error count not stated
("The winner receives £2.7 million and will become world number one on Monday [1.5].", S1, "R"),  # fourth -> number one
("Kostova will rise to fourth in the rankings, having previously been ranked as high as third [1.1][1.5].", S1, "R"),  # contradicts career-high
("Kostova said she had dreamed of lifting the trophy since playing at Wimbledon as a junior [1.6].", S1, "R"),  # reason changed
("Lindqvist had treatment on her left shoulder during the second set [1.7].", S1, "R"),  # right -> left
("Lindqvist blamed her shoulder problem for the defeat [1.7].", S1, "R"),  # contradicts 'no excuses'
("The final was watched by a crowd of 15,000 on Court One [2.1].", S2, "R"),  # court changed
("The Prince of Wales presented the trophy [2.1].", S2, "R"),  # Princess -> Prince
("Kostova is the first Bulgarian player to win a grand slam singles title [2.2].", S2, "R"),  # woman and Open era qualifiers dropped
("Kostova's coach Ivan Petrov said the breakthrough came after she changed her forehand last winter [2.3].", S2, "R"),  # service action -> forehand
("Ivan Petrov, a former world number one, coaches Kostova [2.3].", S2, "R"),  # added detail
("Lindqvist had been bidding to become the first woman ever to win back-to-back Wimbledon titles [2.4].", S2, "R"),  # since 2016 -> ever
("The Swede had dropped only one set in the tournament before the final [2.5].", S2, "R"),  # none -> one
("Rain delayed the start of the match by 40 minutes, but the roof stayed open [2.6].", S2, "R"),  # contradicts closed roof
("Rain halted the final for 40 minutes during the second set [2.6].", S2, "R"),  # start delayed -> mid-match stoppage
("Kostova will next play at the US Open in August [2.7].", S2, "R"),  # event swap
("Kostova's team said she would skip the Canadian Open [2.7].", S2, "R"),  # contradicts
]
