# Domain: a two-document brief (two outlets) on a dock workers' strike at the Port of Greystone
S1 = " ".join([
    "Dock workers at the Port of Greystone began a 72-hour strike on Monday in a dispute over pay and shift patterns.",
    "About 1,800 members of the Maritime Workers Union walked out at 6am, halting container operations at all four terminals.",
    "The union said the port operator, Greystone Harbour Holdings, had offered a 4.5% pay rise, well below inflation.",
    "Union organiser Dean Kowalski said members had rejected the offer by 87% on a turnout of 79%.",
    "Greystone Harbour Holdings said the offer was fair and that average pay at the port was already £43,000 a year.",
    "The company said around 30 ships were waiting offshore and that the backlog could take a week to clear.",
    "Retailers warned that deliveries of clothing and electronics could be delayed in the run-up to Christmas.",
    "Greystone handles roughly 28% of the country's container traffic, making it the busiest port in the country.",
    "Talks between the two sides broke down last Thursday after eight hours at the conciliation service.",
    "Kowalski said further strikes in December were very likely unless the company improved its offer.",
    "The transport minister, Helen Varga, urged both sides to return to talks but said the government would not intervene.",
    "Some lorries were turned away at the port gates on Monday morning, according to haulage firms.",
])
S2 = " ".join([
    "A strike by around 1,800 dock workers brought the Port of Greystone to a standstill on Monday.",
    "The walkout is due to last until Thursday morning.",
    "Greystone Harbour Holdings said it had offered a 4.5% rise this year and a further 3% next year.",
    "The company accused the union of refusing to compromise on shift patterns.",
    "Shipping line Nordvik said it had diverted four vessels to the port of Eastmere, 120 miles to the north.",
    "Freight rates for containers arriving from Asia rose by 9% on Monday, according to the analytics firm Cargometric.",
    "Maritime Workers Union general secretary Claire Oduya said the dispute was about fatigue as much as pay.",
    "She said some workers were being asked to do 12-hour night shifts at short notice.",
    "Business groups estimated that the strike could cost the economy £90m a day.",
    "Shares in Greystone Harbour Holdings' parent company, Halden Logistics, fell 2% in Oslo.",
    "Neither side has said when talks will resume.",
])
D = [S1, S2]
PROBES = [
# ---- S ----
("Around 1,800 dock workers at the Port of Greystone went on strike on Monday [1.1, 1.2].", D, "S"),  # merge
("The 72-hour strike at Greystone is over pay and shift patterns [1.1].", D, "S"),  # nominal restructure
("Container operations were halted at all four of the port's terminals [1.2].", D, "S"),  # passive
("The Maritime Workers Union members walked out at 6am [1.2].", D, "S"),  # partial
("According to the union, Greystone Harbour Holdings offered a pay rise of 4.5%, well below inflation [1.3].", D, "S"),  # reorder
("Members voted 87% against the offer on a 79% turnout, Dean Kowalski said [1.4].", D, "S"),  # rejected by 87% -> voted 87% against
("The port operator insisted its offer was fair [1.5].", D, "S"),  # said -> insisted
("Greystone Harbour Holdings said average pay at the port was already £43,000 a year [1.5].", D, "S"),  # partial
("About 30 ships were waiting offshore, and clearing the backlog could take a week, the company said [1.6].", D, "S"),  # hedge kept
("Retailers warned of possible delays to deliveries of clothing and electronics before Christmas [1.7].", D, "S"),  # nominalisation
("Greystone, the country's busiest port, handles about 28% of its container traffic [1.8].", D, "S"),  # restructure
("Talks broke down last Thursday after eight hours at the conciliation service [1.9].", D, "S"),  # partial
("Kowalski said more strikes in December were very likely if the company did not improve its offer [1.10].", D, "S"),  # unless -> if not
("Transport minister Helen Varga called on both sides to go back to talks [1.11].", D, "S"),  # urged -> called on
("Varga said the government would not step in [1.11].", D, "S"),  # intervene -> step in
("Haulage firms said some lorries were turned away at the port gates on Monday morning [1.12].", D, "S"),  # attribution moved
("Around 30 vessels were waiting offshore, according to the company [1.6].", D, "S"),  # ships -> vessels
("The walkout brought Greystone to a standstill and is due to end on Thursday morning [2.1, 2.2].", D, "S"),  # merge
("The company said it had offered a 4.5% rise this year and 3% more next year [2.3].", D, "S"),  # paraphrase
("Greystone Harbour Holdings accused the union of refusing to compromise over shift patterns [2.4].", D, "S"),  # the company = GHH
("Nordvik has diverted four ships to Eastmere, 120 miles to the north [2.5].", D, "S"),  # vessels -> ships
("Cargometric said freight rates for containers from Asia increased by 9% on Monday [2.6].", D, "S"),  # rose -> increased
("Claire Oduya, the union's general secretary, said the dispute was as much about fatigue as about pay [2.7].", D, "S"),  # reorder
("Oduya said some workers were asked to work 12-hour night shifts at short notice [2.7-8].", D, "S"),  # she = Oduya
("Business groups put the possible cost of the strike to the economy at £90m a day [2.9].", D, "S"),  # estimated -> put
("Halden Logistics, the parent company of Greystone Harbour Holdings, saw its shares fall 2% in Oslo [2.10].", D, "S"),  # restructure
("Neither side has given a date for talks to resume [2.11].", D, "S"),  # paraphrase
("Both reports put the number of striking dock workers at about 1,800 [1.2, 2.1].", D, "S"),  # cross-document agreement
("The union called the 4.5% pay offer well below inflation, while the company said it had also offered a further 3% next year [1.3, 2.3].", D, "S"),  # cross-document merge
("At £90m a day, the 72-hour strike could cost the economy £270m, on business groups' estimate [1.1, 2.9].", D, "S"),  # 3 days x 90 = 270, hedge kept
("Union members rejected the offer by 87%, Kowalski said, while Oduya said the dispute was about fatigue as much as pay [1.4, 2.7].", D, "S"),  # cross-document merge
("The strike began on Monday, after talks had broken down the previous Thursday [1.1, 1.9].", D, "S"),  # before/after correct
# ---- R ----
("Dock workers at the Port of Greystone began a 48-hour strike on Monday [1.1].", D, "R"),  # 72 -> 48 hours
("Dock workers at the Port of Greystone began a 72-hour strike on Tuesday [1.1].", D, "R"),  # Monday -> Tuesday
("About 1,800 members of the Maritime Workers Union walked out at 6am, halting container operations at two of the four terminals [1.2].", D, "R"),  # all four -> two
("The union said Greystone Harbour Holdings had offered a 5.4% pay rise [1.3].", D, "R"),  # 4.5 -> 5.4
("Union organiser Dean Kowalski said members had rejected the offer by 79% on a turnout of 87% [1.4].", D, "R"),  # percentages swapped
("Union organiser Dean Kowalski said members had accepted the offer by 87% [1.4].", D, "R"),  # rejected -> accepted
("Greystone Harbour Holdings said average pay at the port was already £34,000 a year [1.5].", D, "R"),  # 43,000 -> 34,000
("The union said average pay at the port was already £43,000 a year [1.5].", D, "R"),  # wrong speaker: the company
("The company said around 30 ships were waiting offshore and that the backlog could take a month to clear [1.6].", D, "R"),  # week -> month
("The company said around 30 ships were waiting offshore and that the backlog would take a week to clear [1.6].", D, "R"),  # hedge could -> would
("Greystone Harbour Holdings said 30 ships were waiting offshore [2.5].", D, "R"),  # wrong citation (fact is in 1.6)
("Retailers warned that deliveries of food and electronics could be delayed in the run-up to Christmas [1.7].", D, "R"),  # clothing -> food
("Greystone handles roughly 28% of Europe's container traffic [1.8].", D, "R"),  # country -> Europe
("Greystone handles roughly 38% of the country's container traffic [1.8].", D, "R"),  # 28 -> 38
("Talks between the two sides broke down last Tuesday after eight hours at the conciliation service [1.9].", D, "R"),  # Thursday -> Tuesday
("Talks between the two sides broke down last Thursday after eighteen hours at the conciliation service [1.9].", D, "R"),  # eight -> eighteen
("Kowalski said further strikes in January were very likely unless the company improved its offer [1.10].", D, "R"),  # December -> January
("Claire Oduya said further strikes in December were very likely unless the company improved its offer [1.10].", D, "R"),  # wrong speaker: Kowalski
("Kowalski said further strikes in December were certain unless the company improved its offer [1.10].", D, "R"),  # very likely -> certain
("The transport minister, Helen Varga, said the government would intervene if talks failed [1.11].", D, "R"),  # would not intervene
("The business minister, Helen Varga, urged both sides to return to talks [1.11].", D, "R"),  # transport -> business minister
("All lorries were turned away at the port gates on Monday morning, according to haulage firms [1.12].", D, "R"),  # some -> all
("The walkout is due to last until Friday morning [2.2].", D, "R"),  # Thursday -> Friday
("Greystone Harbour Holdings said it had offered a 4.5% rise this year and a further 4.5% next year [2.3].", D, "R"),  # 3% -> 4.5%
("The union said Greystone Harbour Holdings had offered a further 3% next year [2.3].", D, "R"),  # wrong speaker: the company said it
("The union accused the company of refusing to compromise on shift patterns [2.4].", D, "R"),  # role swap
("Shipping line Nordvik said it had diverted four vessels to Eastmere, 120 miles to the south [2.5].", D, "R"),  # north -> south
("Shipping line Nordvik said it had diverted fourteen vessels to the port of Eastmere [2.5].", D, "R"),  # four -> fourteen
("Freight rates for containers arriving from Asia fell by 9% on Monday, according to Cargometric [2.6].", D, "R"),  # rose -> fell
("Freight rates for containers leaving for Asia rose by 9% on Monday [2.6].", D, "R"),  # direction: arriving from -> leaving for
("Freight rates for containers rose by 9% on Monday [1.7].", D, "R"),  # wrong citation (fact is in 2.6)
("Claire Oduya said the dispute was about pay rather than fatigue [2.7].", D, "R"),  # contradicts "fatigue as much as pay"
("Dean Kowalski said the dispute was about fatigue as much as pay [2.7].", D, "R"),  # wrong speaker: Oduya
("Oduya said all workers were being asked to do 12-hour night shifts at short notice [2.7-8].", D, "R"),  # some -> all
("Oduya said some workers were being asked to do 10-hour night shifts at short notice [2.7-8].", D, "R"),  # 12 -> 10 hours
("Business groups estimated that the strike could cost the economy £90m a week [2.9].", D, "R"),  # a day -> a week
("Shares in Greystone Harbour Holdings fell 2% in Oslo [2.10].", D, "R"),  # figure given to subsidiary instead of parent Halden
("Shares in Halden Logistics fell 2% in London [2.10].", D, "R"),  # Oslo -> London
("Talks will resume next week, the company said [2.11].", D, "R"),  # contradicts "neither side has said when"
]
