# Domain: a two-outlet brief on a city council's congestion charge decision
S1 = " ".join([
    "Bristol City Council voted on Tuesday to introduce a daily congestion charge of £9 for private cars entering the city centre.",
    "The motion passed by 38 votes to 31, with one abstention.",
    "The charge will apply between 07:00 and 19:00 on weekdays and is due to start in April 2027.",
    "Vans and lorries will pay £15 a day, while buses, taxis and blue badge holders will be exempt.",
    "Council leader Fiona Hartley said the scheme would cut traffic in the zone by around a fifth.",
    "Ms Hartley said all of the money raised would be spent on public transport, including a new tram line to the airport.",
    "The council estimates the charge will raise £42m in its first year.",
    "Opposition leader Graham Pike called the decision \"a tax on working families\" and said his party would scrap it if it won control of the council.",
    "Residents living inside the zone will receive a 90% discount.",
    "A public consultation last year drew 14,200 responses, of which 56% opposed the plan.",
    "Local business group Bristol Means Business said it was \"deeply concerned\" about the impact on city-centre shops.",
])
S2 = " ".join([
    "Bristol's congestion charge will go ahead after a tense council meeting on Tuesday evening, with the plan approved by a margin of seven votes.",
    "Drivers of private cars will pay £9 a day to enter the central zone on weekdays from spring 2027.",
    "Council leader Fiona Hartley told the chamber that the city could not \"keep choking on its own traffic\".",
    "Modelling commissioned by the council suggests traffic in the zone could fall by 18%.",
    "Critics point out that a similar scheme proposed in 2019 was abandoned after a legal challenge.",
    "Around 200 protesters gathered outside City Hall before the vote, some carrying placards reading \"No to the toll\".",
    "The city's Green councillors backed the motion but said the charge should be higher.",
    "Emma Rowley, who runs a bakery on Park Street, said she feared losing customers to out-of-town retail parks.",
    "The government must still approve the scheme before it can take effect.",
    "If approved, cameras will be installed at 46 entry points around the zone.",
    "Ms Hartley said the first £10m raised would go towards the planned airport tram line.",
    "A legal challenge against the scheme is expected from a coalition of motoring groups.",
])
D = [S1, S2]
PROBES = [
("Bristol City Council voted on Tuesday to bring in a £9 daily congestion charge for private cars entering the city centre [1.1].", D, "S"),  # introduce -> bring in
("The motion was passed by 38 votes to 31 [1.2].", D, "S"),  # passive
("The motion passed 38 to 31, a margin of seven votes [1.2].", D, "S"),  # arithmetic
("The congestion charge was approved by a majority of seven [2.1].", D, "S"),  # margin -> majority
("One councillor abstained in the vote [1.2].", D, "S"),  # nominalisation reversed
("The charge will operate from 07:00 to 19:00 on weekdays [1.3].", D, "S"),  # apply -> operate
("The charge is due to begin in April 2027 [1.3].", D, "S"),  # start -> begin
("Buses, taxis and blue badge holders will not have to pay [1.4].", D, "S"),  # exempt -> not have to pay
("Vans and lorries will be charged £15 a day [1.4].", D, "S"),  # passive
("Vans and lorries will pay £6 a day more than private cars [1.1, 1.4].", D, "S"),  # arithmetic 15-9
("Fiona Hartley, the council leader, said the scheme would reduce traffic in the zone by about a fifth [1.5].", D, "S"),  # cut -> reduce
("Council-commissioned modelling suggests traffic in the zone could drop by 18% [2.4].", D, "S"),  # hedge kept
("Ms Hartley said all the money raised would go on public transport [1.6].", D, "S"),  # dropped detail
("The council expects the charge to bring in £42 million in its first year [1.7].", D, "S"),  # estimates -> expects
("Graham Pike, the opposition leader, described the decision as \"a tax on working families\" [1.8].", D, "S"),  # exact quote
("Mr Pike said his party would abolish the charge if it took control of the council [1.8].", D, "S"),  # scrap -> abolish, condition kept
("People who live inside the zone will get a 90% discount [1.9].", D, "S"),  # paraphrase
("Most of the 14,200 responses to last year's public consultation opposed the plan [1.10].", D, "S"),  # 56% -> most
("Bristol Means Business said it was \"deeply concerned\" about the effect on shops in the city centre [1.11].", D, "S"),  # impact -> effect
("Fiona Hartley told the chamber that the city could not \"keep choking on its own traffic\" [2.3].", D, "S"),  # near-verbatim
("Critics say a similar scheme proposed in 2019 was dropped after a legal challenge [2.5].", D, "S"),  # abandoned -> dropped
("About 200 protesters gathered outside City Hall before the vote [2.6].", D, "S"),  # around -> about
("Green councillors supported the motion but wanted a higher charge [2.7].", D, "S"),  # backed -> supported
("Park Street baker Emma Rowley said she feared losing customers to out-of-town retail parks [2.8].", D, "S"),  # nominalised description
("The scheme still needs government approval before it can come into force [2.9].", D, "S"),  # paraphrase
("If the scheme is approved, cameras will be put in place at 46 entry points [2.10].", D, "S"),  # installed -> put in place
("Ms Hartley said the first £10m raised would go towards the airport tram line [2.11].", D, "S"),  # near-verbatim
("Motoring groups are expected to mount a legal challenge against the scheme [2.12].", D, "S"),  # voice change
("The charge, approved on Tuesday, will apply to private cars on weekdays from spring 2027 [2.1, 2.2].", D, "S"),  # merge within S2
("Both the council leader and council modelling point to a fall in traffic in the zone of roughly a fifth [1.5, 2.4].", D, "S"),  # cross-document merge; 18% is roughly a fifth
("Ms Hartley said money from the charge would help fund a tram line to the airport [2.11].", D, "S"),  # generalisation
("The vote took place on Tuesday evening. [2.1]", D, "S"),  # end citation form
("Some of the protesters carried placards reading \"No to the toll\" [2.6].", D, "S"),  # exact quote
("Of the consultation responses, 56% were against the plan [1.10].", D, "S"),  # opposed -> against
("Bristol City Council voted on Wednesday to introduce a daily congestion charge of £9 [1.1].", D, "R"),  # Tuesday not Wednesday
("Bristol City Council voted to introduce a daily congestion charge of £12 for private cars [1.1].", D, "R"),  # £9 not £12
("The motion passed by 38 votes to 33 [1.2].", D, "R"),  # 31 not 33
("The motion passed by 38 votes to 31, with two abstentions [1.2].", D, "R"),  # one abstention
("The charge was approved by a margin of nine votes [2.1].", D, "R"),  # seven not nine
("The charge will apply between 07:00 and 19:00 every day [1.3].", D, "R"),  # weekdays only
("The charge is due to start in April 2026 [1.3].", D, "R"),  # 2027 not 2026
("Vans and lorries will pay £15 a day, while buses, taxis and motorcycles will be exempt [1.4].", D, "R"),  # blue badge holders not motorcycles
("Buses will pay £15 a day [1.4].", D, "R"),  # buses exempt
("Fiona Hartley said the scheme would cut traffic in the zone by around a third [1.5].", D, "R"),  # fifth not third
("Council modelling shows traffic in the zone will fall by 18% [2.4].", D, "R"),  # hedge dropped: could -> will
("Modelling commissioned by the council suggests traffic in the zone could fall by 28% [2.4].", D, "R"),  # 18% not 28%
("Ms Hartley said half of the money raised would be spent on public transport [1.6].", D, "R"),  # all, not half
("The council estimates the charge will raise £42m every year [1.7].", D, "R"),  # first year only
("The council estimates the charge will raise £24m in its first year [1.7].", D, "R"),  # 42 not 24
("Fiona Hartley called the decision \"a tax on working families\" [1.8].", D, "R"),  # wrong speaker: Graham Pike
("Graham Pike said his party would challenge the charge in the courts [1.8].", D, "R"),  # he said scrap it if in control
("Residents living inside the zone will be fully exempt from the charge [1.9].", D, "R"),  # 90% discount, not exempt
("Residents living inside the zone will receive a 50% discount [1.9].", D, "R"),  # 90% not 50%
("A public consultation last year drew 14,200 responses, of which 56% supported the plan [1.10].", D, "R"),  # opposed not supported
("A public consultation last year drew 12,400 responses [1.10].", D, "R"),  # 14,200 not 12,400
("Local business group Bristol Means Business said it supported the charge [1.11].", D, "R"),  # deeply concerned, not supportive
("Emma Rowley said she was \"deeply concerned\" about the impact on city-centre shops [1.11].", D, "R"),  # wrong speaker: Bristol Means Business
("Graham Pike told the chamber that the city could not \"keep choking on its own traffic\" [2.3].", D, "R"),  # wrong speaker: Fiona Hartley
("Critics point out that a similar scheme introduced in 2019 was abandoned after a legal challenge [2.5].", D, "R"),  # proposed, not introduced
("Around 2,000 protesters gathered outside City Hall before the vote [2.6].", D, "R"),  # 200 not 2,000
("Around 200 protesters gathered outside City Hall after the vote [2.6].", D, "R"),  # before not after
("The city's Green councillors opposed the motion, saying the charge should be higher [2.7].", D, "R"),  # backed not opposed
("Emma Rowley, who runs a cafe on Park Street, said she feared losing customers [2.8].", D, "R"),  # bakery not cafe
("The government has already approved the scheme [2.9].", D, "R"),  # must still approve
("Cameras will be installed at 64 entry points around the zone [2.10].", D, "R"),  # 46 not 64; condition also dropped
("Ms Hartley said the first £10m raised would go towards new buses [2.11].", D, "R"),  # airport tram line, not buses
("A legal challenge against the scheme has been launched by a coalition of motoring groups [2.12].", D, "R"),  # expected, not launched
("Vans and lorries will pay £15 a day [2.2].", D, "R"),  # wrong citation: this is 1.4
("Ms Hartley said all of the money would go towards the airport tram line [1.6, 2.11].", D, "R"),  # all to public transport; only first £10m to tram
("The charge passed despite opposition from 56% of Bristol residents [1.2, 1.10].", D, "R"),  # 56% of consultation responses, not of residents
]
