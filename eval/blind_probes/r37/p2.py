# Domain: listeria outbreak linked to a dairy
S1 = " ".join([
    "Health officials have linked an outbreak of listeriosis that has killed three people to soft cheeses made by Hollin Vale Dairy, a family-run producer in Cumbria.",
    "The UK Health Security Agency said on Thursday that 14 cases had been identified since February, across England and Scotland.",
    "Of those infected, 11 were admitted to hospital, and two of the cases involved pregnant women.",
    "The three people who died were all over the age of 70 and had underlying health conditions, the agency said.",
    "Whole-genome sequencing showed that samples taken from patients matched a strain of Listeria monocytogenes found in the dairy's brie-style cheese, Vale Blanc.",
    "The Food Standards Agency has ordered a recall of all Vale Blanc cheeses with best-before dates up to 30 June, as well as two batches of its washed-rind cheese, Hollin Red.",
    "The products were sold in farm shops, delicatessens and through the dairy's website, but not in major supermarkets.",
    "Consumers who have bought the affected cheeses have been told not to eat them and to return them for a full refund.",
    "Dr Priya Nandakumar, an incident director at UKHSA, said the risk to the general public remained low.",
    "'Listeria can be particularly serious for people who are pregnant, elderly or have weakened immune systems, and they should take extra care,' she said.",
    "She added that symptoms can appear up to ten weeks after eating contaminated food, so further cases may still be reported.",
    "Hollin Vale Dairy, which has been making cheese since 1987, said it had voluntarily suspended production while an investigation is carried out.",
    "Managing director Robert Ainsley said the company was 'devastated' and that its thoughts were with the families of those who had died.",
    "He said the dairy had passed a routine environmental health inspection in January and was cooperating fully with investigators.",
    "Local authority inspectors are expected to return to the site next week to take further samples from production areas.",
])
PROBES = [
("Three people have died in a listeriosis outbreak that health officials have linked to Hollin Vale Dairy's soft cheeses [1.1].", S1, "S"),  # reworded
("Health officials linked the outbreak to hard cheeses made by Hollin Vale Dairy [1.1].", S1, "R"),  # soft cheeses
("Hollin Vale Dairy is a family-run cheesemaker based in Cumbria [1.1].", S1, "S"),  # paraphrase
("The UK Health Security Agency said on Thursday that 14 cases had been found in England and Scotland since February [1.2].", S1, "S"),  # paraphrase
("Fourteen cases have been identified across England, Scotland and Wales since February [1.2].", S1, "R"),  # Wales added
("The UK Health Security Agency announced on Tuesday that 14 cases had been identified [1.2].", S1, "R"),  # Thursday
("Eleven of the 14 people infected needed hospital treatment [1.2, 1.3].", S1, "S"),  # merge
("All 14 people infected were admitted to hospital [1.2, 1.3].", S1, "R"),  # 11 of them
("Two pregnant women were among those infected [1.3].", S1, "S"),  # reworded
("Two of the three people who died were pregnant women [1.3, 1.4].", S1, "R"),  # conflates two sentences; deaths were over-70s
("All three people who died were older than 70 and had underlying health conditions [1.4].", S1, "S"),  # paraphrase
("The three people who died were all over 80 [1.4].", S1, "R"),  # over 70
("Genetic sequencing matched patient samples to a Listeria strain found in Vale Blanc, the dairy's brie-style cheese [1.5].", S1, "S"),  # generalised
("Whole-genome sequencing matched patient samples to a strain found in Hollin Red [1.5].", S1, "R"),  # Vale Blanc
("All Vale Blanc cheeses carrying a best-before date of 30 June or earlier have been recalled on the orders of the Food Standards Agency [1.6].", S1, "S"),  # 'up to 30 June'
("The recall covers every batch of Hollin Red [1.6].", S1, "R"),  # two batches only
("Two batches of Hollin Red, a washed-rind cheese from the dairy, are also being recalled [1.1, 1.6].", S1, "S"),  # reworded
("The UK Health Security Agency ordered the recall of Vale Blanc cheeses [1.6].", S1, "R"),  # Food Standards Agency ordered
("The affected cheeses were sold through farm shops, delicatessens and the dairy's own website [1.7].", S1, "S"),  # paraphrase
("The affected cheeses were also sold in major supermarkets [1.7].", S1, "R"),  # negation lost
("People who bought the affected products are advised not to eat them and can return them for a full refund [1.8].", S1, "S"),  # reworded
("Consumers have been advised to throw the affected cheeses away [1.8].", S1, "R"),  # return them
("Dr Priya Nandakumar of UKHSA said the risk to the wider public was still low [1.9].", S1, "S"),  # reworded
("Dr Priya Nandakumar said the risk to the general public was moderate [1.9].", S1, "R"),  # low
("Dr Nandakumar urged pregnant people, the elderly and those with weakened immunity to take extra care, since listeria can be especially serious for them [1.9, 1.10].", S1, "S"),  # reported speech
("Robert Ainsley warned that listeria can be particularly serious for pregnant people [1.10, 1.13].", S1, "R"),  # speaker swap: Nandakumar
("Nandakumar said that because symptoms can take up to ten weeks to appear, more cases may yet be reported [1.9, 1.11].", S1, "S"),  # reported speech
("Nandakumar said further cases will definitely be reported [1.11].", S1, "R"),  # may -> will
("Symptoms can appear up to six weeks after eating contaminated food [1.11].", S1, "R"),  # ten weeks
("Hollin Vale Dairy has voluntarily halted production while the outbreak is investigated [1.12].", S1, "S"),  # paraphrase
("Hollin Vale Dairy was ordered by officials to suspend production [1.12].", S1, "R"),  # voluntary
("Hollin Vale, a cheesemaker since 1987, has suspended production [1.12].", S1, "S"),  # compression
("The dairy has been making cheese since 1997 [1.12].", S1, "R"),  # 1987
("Managing director Robert Ainsley said the company was devastated and that it was thinking of the bereaved families [1.13].", S1, "S"),  # reported speech
("Robert Ainsley, the dairy's owner, said the company was devastated [1.13].", S1, "R"),  # managing director, not owner
("Ainsley said the dairy had passed a routine environmental health inspection in January [1.13, 1.14].", S1, "S"),  # pronoun resolved via 1.13
("Ainsley said the dairy had failed an environmental health inspection in January [1.14].", S1, "R"),  # passed
("Ainsley insisted the dairy was fully cooperating with the investigation [1.13, 1.14].", S1, "S"),  # reported speech
("Local authority inspectors returned to the site this week to take more samples [1.15].", S1, "R"),  # expected next week
("Council inspectors are due back at the dairy next week to take more samples from its production areas [1.15].", S1, "S"),  # paraphrase; local authority = council
("The outbreak has been linked to 14 cases, three of them fatal [1.1, 1.2].", S1, "S"),  # merge
("The outbreak has caused 14 cases, 11 of which were fatal [1.1, 1.2, 1.3].", S1, "R"),  # 11 hospitalised, 3 died
("Cases have been identified since January [1.2].", S1, "R"),  # since February
("Vale Blanc is a washed-rind cheese [1.5, 1.6].", S1, "R"),  # brie-style; Hollin Red is washed-rind
("The dairy has suspended production and says it is cooperating fully with investigators [1.12, 1.14].", S1, "S"),  # merge
("The recall was ordered after the dairy failed a routine inspection [1.6, 1.14].", S1, "R"),  # passed; causal link invented
("Priya Nandakumar is an incident director at UKHSA [1.9].", S1, "S"),  # direct
("Priya Nandakumar is the chief executive of UKHSA [1.9].", S1, "R"),  # incident director
("Of the 14 cases, 11 were hospitalised and three died [1.2, 1.3, 1.4].", S1, "S"),  # merge three
("Three people have died in the outbreak, all of them pregnant women [1.3, 1.4].", S1, "R"),  # over-70s with conditions
("The strain found in patients was Listeria monocytogenes [1.5].", S1, "S"),  # compression
("Listeria monocytogenes was found in samples from the dairy's production areas [1.5, 1.15].", S1, "R"),  # found in cheese; production-area sampling is future
("The agency said the three people who died were all elderly and had existing health problems [1.4].", S1, "S"),  # over 70 -> elderly
("According to Nandakumar, only pregnant people are at particular risk from listeria [1.9, 1.10].", S1, "R"),  # also elderly and immunocompromised
("The Food Standards Agency said the risk to the public was high [1.6, 1.9].", S1, "R"),  # UKHSA said low
("The dairy's cheeses were not stocked by big supermarket chains [1.7].", S1, "S"),  # paraphrase
("Ainsley said the company was devastated by the closure of its website [1.13].", S1, "R"),  # invented cause
("Consumers who return the cheeses will receive a partial refund [1.8].", S1, "R"),  # full refund
("Since February, 14 cases have been identified, the UKHSA said on Thursday [1.2].", S1, "S"),  # reordered
("Vale Blanc cheeses with best-before dates in July are included in the recall [1.6].", S1, "R"),  # up to 30 June
("Hollin Vale Dairy has been making soft cheeses in Cumbria since 1987 [1.1, 1.12].", S1, "R"),  # source says cheese since 1987, not soft cheeses; says more
("Eleven people were hospitalised, and the three who died were all over 70 [1.3, 1.4].", S1, "S"),  # merge
("Local authority inspectors are expected to take further samples from the dairy's retail outlets next week [1.15].", S1, "R"),  # production areas
("Fourteen cases have been identified, two of them involving pregnant women [1.2, 1.3].", S1, "S"),  # merge (reworded on re-read: 1.3 is not explicitly attributed to UKHSA)
("Two pregnant women were among the 14 cases, while the three who died were all over 70 and already had health conditions [1.2, 1.3, 1.4].", S1, "S"),  # merge three
("Shoppers holding Vale Blanc or the affected Hollin Red batches should return them for a refund rather than eat them [1.6, 1.8].", S1, "S"),  # recalled = affected
("Whole-genome sequencing linked the patients' infections to Vale Blanc [1.5].", S1, "S"),  # compression
("The dairy sold its cheeses online as well as through farm shops and delicatessens [1.7].", S1, "S"),  # reordered
]
