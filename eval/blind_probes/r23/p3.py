# Domain: a ferry collision and its inquiry
S1 = " ".join([
    "The passenger ferry Island Spirit collided with the cargo vessel Marta K in thick fog off Larne at about 7:40am on 3 October.",
    "Fourteen of the ferry's 212 passengers were taken to hospital, two of them with serious head injuries.",
    "The Marta K, which was carrying steel coils to Rotterdam, suffered damage to its bow but no one on board was hurt.",
    "Coastguard commander Fiona Reid said the rescue operation had been 'textbook' and that all passengers were ashore by 11am.",
    "The Marine Accident Investigation Branch (MAIB) has opened an inquiry and is expected to publish an interim report within three months.",
    "Investigators will examine whether the ferry's radar was working properly at the time of the collision.",
    "The ferry's operator, Northern Strait Lines, said it would cooperate fully and had suspended the Larne to Cairnryan route.",
    "A spokesperson for the RMT union claimed crew had raised concerns about the radar system in August.",
])
S2 = " ".join([
    "At the opening of the public inquiry on Tuesday, counsel Martin Doyle said the ferry had been travelling at 17 knots, above the company's fog limit of 12 knots.",
    "The ferry's master, Captain Ewan Lorne, told the inquiry he had not been informed that the radar had a known fault.",
    "Lorne said he had reduced speed when the fog thickened but accepted he 'could have slowed further'.",
    "Doyle said maintenance records showed the radar had been repaired twice in the previous six weeks.",
    "Northern Strait Lines denied that it had ignored warnings from crew.",
    "The inquiry, chaired by retired judge Helen Marsh, is scheduled to last four weeks.",
    "Marsh said she would not rule on individual blame until all the evidence had been heard.",
])
PROBES = [
("In thick fog off Larne around 7:40am on 3 October, the ferry Island Spirit hit the cargo ship Marta K [1.1].", [S1, S2], "S"),  # paraphrase
("In thick fog off Larne around 7:40am on 3 November, the ferry Island Spirit hit the cargo ship Marta K [1.1].", [S1, S2], "R"),  # month changed
("The cargo ship Marta K rammed the ferry Island Spirit in fog off Larne on 3 October [1.1].", [S1, S2], "R"),  # agency asserted (rammed) not in source; collided is mutual
("The Island Spirit and the Marta K collided in thick fog off Cairnryan on 3 October [1.1].", [S1, S2], "R"),  # place swapped
("Of 212 passengers aboard the ferry, fourteen were hospitalised, including two with serious head injuries [1.2].", [S1, S2], "S"),  # paraphrase
("Fourteen ferry passengers were taken to hospital, and two of them died [1.2].", [S1, S2], "R"),  # invented deaths
("Forty of the ferry's 212 passengers were taken to hospital [1.2].", [S1, S2], "R"),  # number changed
("Two of the fourteen passengers taken to hospital had serious head injuries [1.2].", [S1, S2], "S"),  # reorder
("Nobody aboard the Marta K was injured, though its bow was damaged [1.3].", [S1, S2], "S"),  # paraphrase
("The Marta K, bound for Rotterdam with steel coils, was damaged at the stern [1.3].", [S1, S2], "R"),  # bow -> stern
("The Marta K was carrying steel coils to Antwerp [1.3].", [S1, S2], "R"),  # destination swapped
("The Marta K had a cargo of steel coils destined for Rotterdam [1.3].", [S1, S2], "S"),  # paraphrase
("Coastguard commander Fiona Reid called the rescue 'textbook' and said every passenger was on land by 11am [1.4].", [S1, S2], "S"),  # paraphrase
("Coastguard commander Fiona Reid called the rescue 'chaotic' and said passengers were on land by 11am [1.4].", [S1, S2], "R"),  # altered quotation
("Fiona Reid said all passengers were ashore by 10am [1.4].", [S1, S2], "R"),  # time changed
("Helen Marsh described the rescue operation as 'textbook' [1.4].", [S1, S2], "R"),  # wrong speaker
("The MAIB has launched an investigation and an interim report is expected within three months [1.5].", [S1, S2], "S"),  # paraphrase
("The MAIB has published an interim report into the collision [1.5].", [S1, S2], "R"),  # expected -> done
("The MAIB is expected to publish its final report within three months [1.5].", [S1, S2], "R"),  # interim -> final
("Investigators will look at whether the ferry's radar was functioning correctly when the ships collided [1.6].", [S1, S2], "S"),  # paraphrase
("Investigators have found that the ferry's radar was not working at the time of the collision [1.6].", [S1, S2], "R"),  # will examine -> found
("Investigators will examine whether the Marta K's radar was working properly [1.6].", [S1, S2], "R"),  # wrong vessel
("Northern Strait Lines promised full cooperation and halted its Larne to Cairnryan service [1.7].", [S1, S2], "S"),  # paraphrase
("Northern Strait Lines promised full cooperation and kept its Larne to Cairnryan service running [1.7].", [S1, S2], "R"),  # antonym
("Northern Strait Lines suspended all of its routes after the collision [1.7].", [S1, S2], "R"),  # scope: one route -> all
("The RMT union alleged that crew members had flagged worries about the radar in August [1.8].", [S1, S2], "S"),  # claimed = alleged
("The RMT union proved that crew members had raised concerns about the radar in August [1.8].", [S1, S2], "R"),  # claimed -> proved
("The RMT union claimed crew had raised concerns about the radar in July [1.8].", [S1, S2], "R"),  # month changed
("Counsel Martin Doyle told Tuesday's opening of the inquiry that the ferry was doing 17 knots, exceeding the firm's 12-knot fog limit [2.1].", [S1, S2], "S"),  # paraphrase
("Martin Doyle said the ferry had been travelling at 12 knots, within the company's fog limit [2.1].", [S1, S2], "R"),  # numbers swapped
("Martin Doyle said the ferry had been travelling at 17 knots, below the company's fog limit [2.1].", [S1, S2], "R"),  # comparison reversed
("The ferry was going 5 knots faster than the company's fog limit allowed, counsel told the inquiry [2.1].", [S1, S2], "S"),  # 17-12 = 5
("The public inquiry opened on Thursday [2.1].", [S1, S2], "R"),  # weekday changed
("Captain Ewan Lorne told the inquiry nobody had told him the radar had a known fault [2.2].", [S1, S2], "S"),  # paraphrase
("Captain Ewan Lorne admitted he had known about the radar fault before sailing [2.2].", [S1, S2], "R"),  # negation flipped
("Lorne said he slowed down as the fog grew thicker but conceded he 'could have slowed further' [2.3].", [S1, S2], "S"),  # paraphrase
("Lorne said he should have turned back when the fog thickened [2.3].", [S1, S2], "R"),  # altered concession
("Lorne said he had kept his speed when the fog thickened [2.3].", [S1, S2], "R"),  # contradicts
("Lorne said he 'could have slowed further', blaming the company's schedule for the pressure to keep speed [2.3].", [S1, S2], "R"),  # invented cause
("According to Doyle, maintenance logs showed two repairs to the radar in the preceding six weeks [2.4].", [S1, S2], "S"),  # paraphrase
("According to Doyle, maintenance logs showed the radar had been repaired twice in the previous six months [2.4].", [S1, S2], "R"),  # unit changed weeks -> months
("According to Doyle, the radar had been replaced twice in six weeks [2.4].", [S1, S2], "R"),  # repaired -> replaced
("Northern Strait Lines rejected claims that it had disregarded crew warnings [2.5].", [S1, S2], "S"),  # paraphrase
("Northern Strait Lines admitted it had ignored warnings from crew [2.5].", [S1, S2], "R"),  # denial flipped
("Retired judge Helen Marsh is chairing the inquiry, which is due to run for four weeks [2.6].", [S1, S2], "S"),  # paraphrase
("Retired judge Helen Marsh is chairing the inquiry, which is due to run for six weeks [2.6].", [S1, S2], "R"),  # duration changed
("Helen Marsh said she would not apportion individual blame before hearing all the evidence [2.7].", [S1, S2], "S"),  # paraphrase
("Helen Marsh said no individual was to blame for the collision [2.7].", [S1, S2], "R"),  # deferral -> finding
("The RMT claimed crew had raised radar concerns in August, and Doyle said the radar had been repaired twice in six weeks [1.8, 2.4].", [S1, S2], "S"),  # merge
("Investigators will check the radar, which counsel said had been repaired twice in the six weeks before the crash [1.6, 2.4].", [S1, S2], "S"),  # merge
("Lorne said he had not been told of a known radar fault, while the RMT claimed crew had raised radar concerns in August [2.2, 1.8].", [S1, S2], "S"),  # merge (RMT claimed)
("The ferry was travelling at 17 knots when it collided with the Marta K, the MAIB found [2.1].", [S1, S2], "R"),  # wrong source attribution (counsel, not MAIB finding)
("Fourteen passengers were hospitalised after the ferry was travelling at 17 knots [1.2].", [S1, S2], "R"),  # speed fact only in uncited 2.1
("The Island Spirit, carrying 212 passengers, was in collision with the Marta K off Larne [1.1, 1.2].", [S1, S2], "S"),  # merge
("The inquiry, led by Helen Marsh, is due to last about a month [2.6].", [S1, S2], "S"),  # four weeks ~ a month; scheduled = due
("Steel coils bound for Rotterdam were aboard the Marta K, whose crew escaped unhurt [1.3].", [S1, S2], "S"),  # paraphrase
("All ferry passengers had been brought ashore by 11am, the coastguard said [1.4].", [S1, S2], "S"),  # paraphrase
("Crew concerns about the radar system were raised in August, according to an RMT spokesperson [1.8].", [S1, S2], "S"),  # passive; attribution kept
("The route between Larne and Cairnryan has been suspended by Northern Strait Lines [1.7].", [S1, S2], "S"),  # passive
]
