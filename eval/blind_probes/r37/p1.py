# Domain: general election result in a small country (Sorvania)
S1 = " ".join([
    "The centre-left Progress Alliance won Sunday's general election in Sorvania with 38.4 percent of the vote, according to final results published by the Central Electoral Commission on Monday.",
    "The party, led by former finance minister Elena Marek, secured 27 of the 65 seats in the National Assembly, six short of an outright majority.",
    "The governing Civic Union of Prime Minister Tomas Halvik came second with 31.2 percent and 21 seats, down from 29 seats at the last election in 2020.",
    "Turnout was 61.7 percent, the lowest since the country's independence in 1993.",
    "The nationalist Homeland Front more than doubled its share to 14.9 percent, winning 10 seats.",
    "The Greens won 6 seats, and the final seat is reserved under the constitution for a representative of the country's Hungarian-speaking minority.",
    "Halvik conceded defeat shortly after midnight, telling supporters in the capital, Dravik, that voters had 'asked for change and deserve to get it'.",
    "He said he would remain leader of the Civic Union until a party congress in the autumn.",
    "Marek said she would open coalition talks with the Greens this week, describing them as 'our natural partners'.",
    "A coalition of the Progress Alliance and the Greens would hold 33 seats, the bare minimum needed to govern.",
    "Marek has ruled out any deal with the Homeland Front, whose leader, Viktor Sandor, has called for the country to leave the European Union.",
    "Sandor said his party's result was 'a historic earthquake' and predicted that it would be in government within four years.",
    "Analysts said the Progress Alliance had benefited from anger over a hospital procurement scandal that forced the resignation of two Civic Union ministers in March.",
    "'The scandal did not create the mood for change, but it turned discontent into votes,' said Ivana Petrik, a political scientist at the University of Dravik.",
    "The new assembly will hold its first session on 14 October, and President Karel Novy is expected to ask Marek to form a government before then.",
])
PROBES = [
("The Progress Alliance took first place in Sorvania's general election, winning 38.4 percent of the vote [1.1].", S1, "S"),  # paraphrase of 1.1
("The Progress Alliance won 38.4 percent of the vote and 27 of the National Assembly's 65 seats [1.1, 1.2].", S1, "S"),  # merge 1.1 + 1.2
("The Progress Alliance won an outright majority in the National Assembly [1.2].", S1, "R"),  # six short of a majority
("Elena Marek, a former finance minister, leads the party that won the most votes [1.1, 1.2].", S1, "S"),  # merge
("Elena Marek previously served as prime minister [1.2].", S1, "R"),  # former finance minister, not PM
("Marek's party fell six seats short of a majority [1.2].", S1, "S"),  # reworded
("The Civic Union lost eight seats compared with the 2020 election [1.3].", S1, "S"),  # 29 -> 21
("The Civic Union lost nine seats compared with the 2020 election [1.3].", S1, "R"),  # 29 -> 21 is eight
("Prime Minister Tomas Halvik's party finished second with 31.2 percent of the vote [1.3].", S1, "S"),  # paraphrase
("The Civic Union finished second with 38.4 percent of the vote [1.1, 1.3].", S1, "R"),  # figure attached to wrong party
("Fewer than two-thirds of voters turned out, the lowest turnout since Sorvania became independent in 1993 [1.4].", S1, "S"),  # 61.7 < 66.7
("Turnout rose to 61.7 percent, the highest since independence [1.4].", S1, "R"),  # lowest, not highest
("The nationalist Homeland Front more than doubled its vote share and won 10 seats [1.5].", S1, "S"),  # paraphrase
("The Homeland Front doubled its number of seats to 10 [1.5].", S1, "R"),  # share doubled, not seats
("The Greens secured six seats, while one seat is constitutionally reserved for the Hungarian-speaking minority [1.6].", S1, "S"),  # reworded
("The Hungarian-speaking minority's representative won the reserved seat with the backing of the Greens [1.6].", S1, "R"),  # added detail
("The Greens won seven seats [1.6].", S1, "R"),  # six
("Halvik admitted defeat soon after midnight, saying voters had asked for change and deserved it [1.7].", S1, "S"),  # reported speech
("Halvik conceded defeat shortly before midnight [1.7].", S1, "R"),  # after, not before
("Halvik announced he would step down as Civic Union leader immediately [1.8].", S1, "R"),  # stays until congress
("Halvik intends to stay on as head of the Civic Union until an autumn party congress [1.8].", S1, "S"),  # paraphrase
("Marek, calling the Greens her party's natural partners, said she would begin coalition talks with them this week [1.9].", S1, "S"),  # reported speech
("Marek said she would open coalition talks with the Homeland Front this week [1.9].", S1, "R"),  # Greens
("A Progress Alliance and Greens coalition would command 33 seats, just enough to govern [1.10].", S1, "S"),  # paraphrase
("The Progress Alliance's 27 seats plus the Greens' six would give a coalition exactly the 33 seats needed to govern [1.2, 1.6, 1.10].", S1, "S"),  # arithmetic across three
("A coalition of the Progress Alliance and the Greens would have a comfortable majority [1.10].", S1, "R"),  # bare minimum
("Marek has excluded any agreement with the Homeland Front, which is led by Viktor Sandor [1.11].", S1, "S"),  # paraphrase
("Marek has said she might consider a deal with the Homeland Front [1.11].", S1, "R"),  # ruled out
("Viktor Sandor wants Sorvania to leave the European Union [1.11].", S1, "S"),  # compression
("Elena Marek has called for Sorvania to leave the European Union [1.11].", S1, "R"),  # swapped: Sandor said it
("Sandor called his party's performance a historic earthquake and forecast that it would enter government within four years [1.12].", S1, "S"),  # reported speech
("Sandor predicted his party would be in government within two years [1.12].", S1, "R"),  # four years
("Analysts attributed part of the Progress Alliance's success to public anger over a hospital procurement scandal [1.13].", S1, "S"),  # paraphrase
("Two Civic Union ministers resigned in March because of the hospital procurement scandal [1.13].", S1, "S"),  # reordered
("The hospital procurement scandal forced three ministers to resign in March [1.13].", S1, "R"),  # two
("The procurement scandal led to the resignation of two Progress Alliance ministers [1.13].", S1, "R"),  # Civic Union ministers
("Political scientist Ivana Petrik argued that the scandal converted existing discontent into votes rather than creating the desire for change [1.14].", S1, "S"),  # reported speech
("Ivana Petrik said the scandal created the mood for change [1.14].", S1, "R"),  # negation lost
("Ivana Petrik of the University of Dravik said Marek's coalition would be unstable [1.14].", S1, "R"),  # invented statement
("The newly elected assembly will meet for the first time on 14 October [1.15].", S1, "S"),  # paraphrase
("President Karel Novy is expected to invite Marek to form a government before the assembly first sits on 14 October [1.15].", S1, "S"),  # reordered
("President Karel Novy has already asked Marek to form a government [1.15].", S1, "R"),  # only expected to
("The Central Electoral Commission published the final results on Monday [1.1].", S1, "S"),  # reworded
("The Central Electoral Commission published the final results on Sunday [1.1].", S1, "R"),  # Monday; Sunday was the vote
("Halvik conceded in an address to supporters in the capital, Dravik [1.7].", S1, "S"),  # paraphrase
("The Civic Union, which held 29 seats after the 2020 election, finished second this time [1.3].", S1, "S"),  # reordered
("The Homeland Front's 14.9 percent put it ahead of the Civic Union [1.3, 1.5].", S1, "R"),  # Civic Union had 31.2
("The National Assembly has 65 seats [1.2].", S1, "S"),  # direct
("Marek's Progress Alliance is a centre-right party [1.1, 1.2].", S1, "R"),  # centre-left
("The centre-left Progress Alliance, led by Elena Marek, topped the poll [1.1, 1.2].", S1, "S"),  # merge
("Sandor described the election result as a disaster for his party [1.12].", S1, "R"),  # historic earthquake, positive
("The Homeland Front won more seats than the Greens [1.5, 1.6].", S1, "S"),  # 10 vs 6
("The Greens won more seats than the Homeland Front [1.5, 1.6].", S1, "R"),  # reversed
("The Civic Union won 21 seats and the Homeland Front 14 [1.3, 1.5].", S1, "R"),  # Homeland Front 10 seats (14.9 percent)
("Halvik will remain prime minister until a party congress in the autumn [1.8].", S1, "R"),  # party leader, not PM
("Marek, who has ruled out working with the Homeland Front, hopes to govern with the Greens [1.9, 1.11].", S1, "S"),  # merge
("The scandal that analysts said helped the Progress Alliance concerned school building contracts [1.13].", S1, "R"),  # hospital procurement
("The Civic Union finished about seven points behind the Progress Alliance [1.1, 1.3].", S1, "S"),  # 38.4 - 31.2 = 7.2
("The Civic Union finished about nine points behind the Progress Alliance [1.1, 1.3].", S1, "R"),  # 7.2
("Sorvania became independent in 1993 [1.4].", S1, "S"),  # direct
("Sorvania became independent in 1991 [1.4].", S1, "R"),  # 1993
("The constitution guarantees the Hungarian-speaking minority two seats in the assembly [1.6].", S1, "R"),  # one seat
("Turnout in Sunday's election was 61.7 percent [1.1, 1.4].", S1, "S"),  # merge
("Halvik's Civic Union was the governing party going into the election [1.3].", S1, "S"),  # governing Civic Union
("Analysts said the Homeland Front had benefited from anger over the hospital procurement scandal [1.13].", S1, "R"),  # Progress Alliance
]
