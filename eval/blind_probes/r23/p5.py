# Domain: a football transfer window and a club's accounts
S1 = " ".join([
    "Castleford Rovers completed the signing of Brazilian striker Lucas Amaral from Benfica for £38 million shortly before the transfer window closed at 11pm on Monday.",
    "The fee could rise to £45 million if Amaral scores 20 league goals in a season.",
    "Rovers also sold captain Jamie Thornton to Newcastle for £22 million, ending his nine-year spell at the club.",
    "Manager Stefan Kroll said he was 'delighted' with Amaral but admitted losing Thornton was 'a blow'.",
    "A proposed loan move for midfielder Kofi Adu to Sevilla collapsed after the paperwork was not submitted in time.",
    "Rovers spent a club-record £96 million during the summer window, according to figures compiled by the analysts Deltagoal.",
    "The club is reportedly still negotiating a new contract with goalkeeper Ryan Pryce, whose deal expires next June.",
])
S2 = " ".join([
    "Castleford Rovers' annual accounts, published on Wednesday, show a pre-tax loss of £61.2 million for the year to 31 May, up from £34.5 million a year earlier.",
    "Revenue rose 12% to £218 million, driven mainly by a new shirt sponsorship with the airline Skyward.",
    "The wage bill climbed to £176 million, meaning wages consumed more than 80% of turnover.",
    "Finance director Helen Achebe said the club remained within the league's spending rules but warned that 'difficult decisions' might be needed next year.",
    "The accounts do not include the cost of this summer's signings.",
    "Auditors raised no concerns about the club's ability to continue as a going concern.",
    "Owner Marcus Vane has lent the club a further £40 million, interest-free, since January.",
])
P = [S1, S2]
PROBES = [
("Castleford Rovers signed Brazilian forward Lucas Amaral from Benfica for £38m just before the window shut at 11pm on Monday [1.1].", P, "S"),  # paraphrase
("Castleford Rovers signed Lucas Amaral from Porto for £38m just before the window shut [1.1].", P, "R"),  # selling club swapped
("Castleford Rovers signed Lucas Amaral from Benfica for £38m just after the window shut at 11pm [1.1].", P, "R"),  # before -> after
("Castleford Rovers signed Argentine striker Lucas Amaral from Benfica for £38m [1.1].", P, "R"),  # nationality swapped
("Amaral's fee may increase to £45m if he scores 20 league goals in a season [1.2].", P, "S"),  # could rise -> may increase
("Amaral's fee will rise to £45m [1.2].", P, "R"),  # condition and hedge dropped
("Amaral's fee could rise to £45m if he scores 20 goals in all competitions in a season [1.2].", P, "R"),  # scope: league -> all competitions
("Add-ons could take Amaral's fee up by £7m [1.2, 1.1].", P, "S"),  # 45-38 = 7; could
("Captain Jamie Thornton left for Newcastle in a £22m deal, bringing his nine years at Rovers to an end [1.3].", P, "S"),  # paraphrase
("Captain Jamie Thornton left for Newcastle in a £22m deal after seven years at Rovers [1.3].", P, "R"),  # years changed
("Rovers bought captain Jamie Thornton from Newcastle for £22m [1.3].", P, "R"),  # direction reversed
("Stefan Kroll said he was 'delighted' with Amaral but conceded Thornton's departure was 'a blow' [1.4].", P, "S"),  # paraphrase
("Stefan Kroll said he was 'delighted' with Amaral and that losing Thornton was 'no great loss' [1.4].", P, "R"),  # altered quote
("Jamie Thornton said he was 'delighted' to be joining Newcastle [1.4].", P, "R"),  # wrong speaker
("Kofi Adu's planned loan to Sevilla fell through because the paperwork was not lodged in time [1.5].", P, "S"),  # paraphrase
("Kofi Adu's loan to Sevilla was completed despite a late paperwork problem [1.5].", P, "R"),  # collapsed -> completed
("Kofi Adu's planned loan to Valencia collapsed over late paperwork [1.5].", P, "R"),  # club swapped
("Kofi Adu's planned loan to Sevilla collapsed after Sevilla pulled out over his fitness [1.5].", P, "R"),  # invented cause
("Deltagoal figures show Rovers spent a club-record £96m in the summer window [1.6].", P, "S"),  # paraphrase
("Deltagoal figures show Rovers spent a league-record £96m in the summer window [1.6].", P, "R"),  # club-record -> league-record
("Rovers are said to be still in talks over a new contract for goalkeeper Ryan Pryce, whose current deal runs out next June [1.7].", P, "S"),  # reportedly kept
("Rovers have agreed a new contract with goalkeeper Ryan Pryce [1.7].", P, "R"),  # negotiating -> agreed
("Rovers are negotiating a new deal with Ryan Pryce, the club confirmed [1.7].", P, "R"),  # reportedly -> confirmed
("Accounts released on Wednesday show Rovers lost £61.2m before tax in the year to 31 May, compared with £34.5m the year before [2.1].", P, "S"),  # paraphrase
("Accounts released on Wednesday show Rovers made a pre-tax profit of £61.2m in the year to 31 May [2.1].", P, "R"),  # loss -> profit
("Rovers' pre-tax loss narrowed to £61.2m from £34.5m [2.1].", P, "R"),  # narrowed vs widened
("Rovers' pre-tax loss widened by £26.7m to £61.2m [2.1].", P, "S"),  # 61.2-34.5 = 26.7
("Rovers' pre-tax loss was £61.2m for the year to 30 June [2.1].", P, "R"),  # date swapped
("Revenue grew 12% to £218m, largely thanks to a new shirt deal with the airline Skyward [2.2].", P, "S"),  # paraphrase
("Revenue grew 12% to £218m, largely thanks to higher ticket prices [2.2].", P, "R"),  # cause swapped
("Revenue grew 21% to £218m [2.2].", P, "R"),  # percentage swapped
("Wages rose to £176m, eating up over 80% of turnover [2.3].", P, "S"),  # paraphrase
("Wages rose to £176m, eating up about 60% of turnover [2.3].", P, "R"),  # ratio changed
("Wages rose to £176m, more than the club's total revenue [2.3].", P, "R"),  # invented comparison; also contradicts 2.2
("Helen Achebe, the finance director, said Rovers were still within league spending rules but cautioned that 'difficult decisions' could be required next year [2.4].", P, "S"),  # might -> could
("Helen Achebe said Rovers had broken the league's spending rules [2.4].", P, "R"),  # negation flipped
("Helen Achebe said 'difficult decisions' would have to be made next year [2.4].", P, "R"),  # might -> would have to
("Marcus Vane warned that 'difficult decisions' might be needed next year [2.4].", P, "R"),  # wrong speaker
("This summer's transfer spending is not reflected in the accounts [2.5].", P, "S"),  # paraphrase
("The accounts include the £38m paid for Amaral [2.5].", P, "R"),  # contradicts 2.5
("The auditors raised no doubts over whether the club could continue as a going concern [2.6].", P, "S"),  # paraphrase
("The auditors raised concerns over the club's ability to continue as a going concern [2.6].", P, "R"),  # negation dropped
("Owner Marcus Vane has put in another £40m in interest-free loans since January [2.7].", P, "S"),  # paraphrase
("Owner Marcus Vane has lent the club a further £40m at a low rate of interest since January [2.7].", P, "R"),  # interest-free -> low interest
("Owner Marcus Vane has given the club £40m since January [2.7].", P, "R"),  # lent -> given (near-synonym changes meaning)
("The summer's record £96m outlay does not feature in the latest accounts [1.6, 2.5].", P, "S"),  # merge
("Rovers lost £61.2m before tax even though revenue rose 12% to £218m [2.1, 2.2].", P, "S"),  # merge
("Rovers' £61.2m loss came despite a 12% rise in revenue, Achebe said [2.1, 2.2].", P, "R"),  # attribution invented (accounts, not Achebe)
("Rovers signed Amaral for £38m, taking their summer spending to £96m [1.1].", P, "R"),  # £96m only in uncited 1.6
("Thornton, Rovers' captain, was sold for £22m while Amaral arrived for £38m [1.3, 1.1].", P, "S"),  # merge
("The shirt deal with Skyward is worth £218m [2.2].", P, "R"),  # misread: £218m is total revenue
("Rovers' revenue is now £218m, up 12% on the year [2.2].", P, "S"),  # reorder
("Wages at Rovers went up to £176m [2.3].", P, "S"),  # compression
("Newcastle paid £22m for Rovers captain Jamie Thornton [1.3].", P, "S"),  # perspective
("Kroll, the manager, declared himself 'delighted' with the Brazilian's arrival [1.4, 1.1].", P, "S"),  # merge: Amaral is Brazilian
("The Sevilla loan for Adu collapsed because the paperwork missed the deadline [1.5].", P, "S"),  # paraphrase
("Ryan Pryce's contract with Rovers runs until next June [1.7].", P, "S"),  # expires next June
("More than four-fifths of Rovers' turnover went on wages, which rose to £176m [2.3].", P, "S"),  # 80% = four-fifths
("Since January, Vane has made further interest-free loans to the club totalling £40m [2.7].", P, "S"),  # reorder
]
