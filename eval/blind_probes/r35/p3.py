# Domain: a rugby league Grand Final (Kingsford Bulls v Marlow Vale Giants)
S1 = " ".join([
    "The Kingsford Bulls won the Northern Championship Grand Final on Saturday, beating the Marlow Vale Giants 26-20 in front of 61,400 fans at Thornbury Park.",
    "It was the Bulls' first title in 14 years and their third in total.",
    "The Giants led 14-6 at half-time after tries from winger Jordan Ellis and centre Sam Okafor.",
    "Bulls scrum-half Tom Reddy kicked five goals and set up two of his side's four tries.",
    "The decisive try came in the 74th minute, when second-row forward Liam Prescott forced his way over from close range.",
    "Giants full-back Danny Hughes was sent to the sin bin for ten minutes early in the second half for a high tackle.",
    "The Bulls scored ten points while Hughes was off the field.",
    "Reddy was awarded the Eddie Walsh Medal as man of the match by a panel of journalists.",
    "Bulls coach Mark Fenwick said his players had 'never stopped believing' even when they were eight points down.",
    "Giants coach Adrian Cole admitted that his side had 'switched off' after the break and paid the price.",
    "Cole also confirmed that captain Ryan Moss had played the final with a fractured thumb.",
    "The crowd was the largest for a Grand Final since 2019.",
    "The Bulls will now face the southern champions, Easton Lions, in the Challenge Series decider in February.",
])
PROBES = [
("The Bulls defeated the Giants 26-20 to win the Northern Championship Grand Final [1.1].", S1, "S"),  # beat = defeated
("The Grand Final at Thornbury Park drew a crowd of 61,400 [1.1].", S1, "S"),  # paraphrase
("The final was played on a Saturday [1.1].", S1, "S"),  # stated
("The Bulls had gone 14 years without a title before this win [1.2].", S1, "S"),  # first title in 14 years
("The victory gave the Bulls their third title [1.2].", S1, "S"),  # third in total
("At half-time the Giants were eight points ahead [1.3].", S1, "S"),  # 14-6
("Jordan Ellis and Sam Okafor both scored tries for the Giants before half-time [1.3].", S1, "S"),  # led at half-time after their tries
("Tom Reddy landed five goals for the Bulls [1.4].", S1, "S"),  # kicked = landed
("Reddy created two of the Bulls' tries [1.4].", S1, "S"),  # set up = created
("The Bulls scored four tries in the final [1.4].", S1, "S"),  # his side's four tries
("Liam Prescott scored the decisive try in the 74th minute [1.5].", S1, "S"),  # paraphrase
("The decisive try was scored from close range by second-row Liam Prescott [1.5].", S1, "S"),  # passive
("Danny Hughes was sin-binned for a high tackle [1.6].", S1, "S"),  # sent to sin bin
("The Giants full-back spent ten minutes in the sin bin early in the second half [1.6].", S1, "S"),  # paraphrase
("With Hughes off the field, the Bulls added ten points [1.7].", S1, "S"),  # paraphrase
("A panel of journalists named Reddy man of the match [1.8].", S1, "S"),  # active voice
("Mark Fenwick, the Bulls coach, said his team had 'never stopped believing' [1.9].", S1, "S"),  # dropped detail
("Adrian Cole conceded that the Giants had 'switched off' after the break [1.10].", S1, "S"),  # admitted = conceded; his side = Giants
("Cole said his side paid the price for switching off after half-time [1.10].", S1, "S"),  # after the break = after half-time
("Giants captain Ryan Moss played in the final despite a fractured thumb, Cole confirmed [1.10, 1.11].", S1, "S"),  # Cole is Giants coach
("No Grand Final since 2019 had drawn a bigger crowd [1.12].", S1, "S"),  # largest since 2019
("The Bulls will meet Easton Lions in February [1.13].", S1, "S"),  # dropped detail
("Easton Lions are the southern champions [1.13].", S1, "S"),  # appositive
("The Bulls came back from an eight-point half-time deficit to win [1.1, 1.3].", S1, "S"),  # 14-6 down, won 26-20
("The Bulls scored 20 points in the second half [1.1, 1.3].", S1, "S"),  # 26 - 6
("The Giants scored six points after half-time [1.1, 1.3].", S1, "S"),  # 20 - 14
("Reddy won the Eddie Walsh Medal [1.8].", S1, "S"),  # was awarded
("Danny Hughes plays at full-back for the Giants [1.6].", S1, "S"),  # stated
("The Bulls' winning margin was six points [1.1].", S1, "S"),  # 26 - 20
("More than 60,000 spectators watched the final [1.1].", S1, "S"),  # 61,400
("Sam Okafor, a centre, scored a try for the Giants [1.3].", S1, "S"),  # stated
("Prescott, a second-row forward, forced his way over for the decisive try [1.5].", S1, "S"),  # reorder
("The Bulls are coached by Mark Fenwick [1.9].", S1, "S"),  # Bulls coach
("The Kingsford Bulls won the Northern Championship Grand Final on Sunday [1.1].", S1, "R"),  # Saturday
("The Kingsford Bulls beat the Marlow Vale Giants 26-22 [1.1].", S1, "R"),  # 26-20
("The Marlow Vale Giants beat the Kingsford Bulls 26-20 [1.1].", S1, "R"),  # role swap: Bulls won
("The Bulls won the Grand Final in front of 64,100 fans at Thornbury Park [1.1].", S1, "R"),  # 61,400
("It was the Bulls' first title in 14 years and their fourth in total [1.2].", S1, "R"),  # third
("It was the Bulls' first ever title [1.2].", S1, "R"),  # third title
("The Bulls led 14-6 at half-time [1.3].", S1, "R"),  # role swap: Giants led
("The Giants led 14-6 at half-time after tries from winger Sam Okafor and centre Jordan Ellis [1.3].", S1, "R"),  # positions swapped
("Bulls scrum-half Tom Reddy kicked six goals [1.4].", S1, "R"),  # five goals
("Bulls scrum-half Tom Reddy kicked five goals and scored two of his side's four tries [1.4].", S1, "R"),  # set up, not scored
("Bulls stand-off Tom Reddy kicked five goals [1.4].", S1, "R"),  # scrum-half
("The decisive try came in the 64th minute [1.5].", S1, "R"),  # 74th
("Second-row forward Liam Prescott scored the decisive try from 40 metres out [1.5].", S1, "R"),  # close range
("Giants full-back Danny Hughes was sent off for a high tackle [1.6].", S1, "R"),  # sin bin, not sent off
("Danny Hughes was sent to the sin bin for ten minutes late in the second half [1.6].", S1, "R"),  # early
("Danny Hughes was sin-binned for a high tackle in the first half [1.6].", S1, "R"),  # second half
("The Bulls scored 12 points while Hughes was off the field [1.7].", S1, "R"),  # ten points
("The Giants scored ten points while Hughes was off the field [1.7].", S1, "R"),  # Bulls scored them
("Reddy was awarded the Eddie Walsh Medal by a panel of former players [1.8].", S1, "R"),  # panel of journalists
("Liam Prescott was named man of the match [1.8].", S1, "R"),  # Reddy
("Adrian Cole said his players had 'never stopped believing' [1.9].", S1, "R"),  # wrong speaker: Fenwick
("Mark Fenwick said his players had 'never stopped fighting' [1.9].", S1, "R"),  # altered quote
("Giants coach Adrian Cole denied that his side had 'switched off' after the break [1.10].", S1, "R"),  # admitted
("Adrian Cole admitted that his side had 'switched off' before the break [1.10].", S1, "R"),  # after the break
("Cole confirmed that captain Ryan Moss had played the final with a fractured wrist [1.11].", S1, "R"),  # thumb
("Cole confirmed that captain Ryan Moss had missed the final with a fractured thumb [1.11].", S1, "R"),  # he played
("The crowd was the largest for a Grand Final since 2009 [1.12].", S1, "R"),  # 2019
("The crowd was the largest ever for a Grand Final [1.12].", S1, "R"),  # superlative widened
("The Bulls will now face Easton Lions in the Challenge Series decider in January [1.13].", S1, "R"),  # February
("The Bulls will now face Easton Lions, the northern champions [1.13].", S1, "R"),  # southern
("It was the Bulls' first title in 14 years [1.12].", S1, "R"),  # wrong citation: 1.2
("The Bulls scored 20 points in the first half [1.1, 1.3].", S1, "R"),  # they had 6 at half-time
("Fenwick said his players never stopped believing even when they were ten points down [1.9].", S1, "R"),  # eight points
("Prescott's decisive try came while Hughes was in the sin bin [1.5, 1.6].", S1, "R"),  # 74th minute vs early second half; not supported
("Thornbury Park hosted its largest crowd since 2019 [1.12].", S1, "R"),  # scope: largest for a Grand Final, not for the venue
("Giants captain Ryan Moss was sent to the sin bin for a high tackle [1.6, 1.11].", S1, "R"),  # that was Hughes
]
