# Domain: a town council's increase in car parking charges
S1 = " ".join([
    "Drivers in Westbury will pay up to 40% more to park in council car parks from 1 April after councillors approved new charges on Wednesday night.",
    "The cost of an hour's parking in the town centre will rise from £1.50 to £2.10, while an all-day ticket will go up from £6 to £8.",
    "Residents' permits will increase by £25 to £95 a year.",
    "The proposal was passed by 23 votes to 17 after a three-hour meeting at the civic centre.",
    "Council leader Sarah Whitcombe said the increase was needed to close a £4.2m gap in next year's budget.",
    "She said the changes would raise an estimated £1.1m a year, which would be spent on road repairs and bus subsidies.",
    "Opposition leader Tom Ashby said the rise would drive shoppers to out-of-town retail parks, where parking is free.",
    "\"This is a tax on the high street at the worst possible time,\" Ashby said.",
    "The Westbury Traders' Association delivered a petition with 6,400 signatures opposing the plans.",
    "Free parking after 6pm will be scrapped, although Blue Badge holders will continue to park free of charge.",
    "Charges at the hospital car park, which is run by the NHS trust, are not affected.",
    "The council said Westbury's charges would still be lower than those in neighbouring Dorchester and Bridport.",
    "A review of the new charges will take place after 12 months.",
])
PROBES = [
("Council car park charges in Westbury will rise by as much as 40% from 1 April [1.1].", S1, "S"),  # up to = as much as
("Councillors approved the new parking charges on Wednesday night [1.1].", S1, "S"),  # dropping detail
("An hour's parking in the town centre will cost £2.10, up from £1.50 [1.2].", S1, "S"),  # reordering
("The hourly town-centre charge will rise by 60p [1.2].", S1, "S"),  # 2.10 - 1.50
("All-day tickets will rise by £2 to £8 [1.2].", S1, "S"),  # 8 - 6
("An annual residents' permit will cost £95, up from £70 [1.3].", S1, "S"),  # 95 - 25 = 70
("The plans were approved by 23 votes to 17 [1.4].", S1, "S"),  # passed = approved
("Six more councillors voted for the proposal than against it [1.4].", S1, "S"),  # 23 - 17
("The vote came after a three-hour meeting at the civic centre [1.4].", S1, "S"),  # paraphrase
("Whitcombe, the council leader, said the rise was necessary to close a £4.2 million hole in next year's budget [1.5].", S1, "S"),  # synonyms, £4.2m = £4.2 million
("Whitcombe said the changes were expected to raise around £1.1m a year [1.5, 1.6].", S1, "S"),  # estimated = expected; she = Whitcombe
("The money raised would go on road repairs and bus subsidies, Whitcombe said [1.5, 1.6].", S1, "S"),  # paraphrase
("Ashby, the opposition leader, warned the rise would push shoppers to out-of-town retail parks with free parking [1.7].", S1, "S"),  # paraphrase
("Ashby described it as \"a tax on the high street\" [1.8].", S1, "S"),  # partial quote
("A petition opposing the plans, with 6,400 signatures, was delivered by the Westbury Traders' Association [1.9].", S1, "S"),  # passive
("Parking will no longer be free after 6pm [1.10].", S1, "S"),  # scrapped
("Blue Badge holders will still be able to park for free [1.10].", S1, "S"),  # continue = still
("The hospital car park, which the NHS trust runs, is not affected by the changes [1.11].", S1, "S"),  # voice change
("The council said parking in Westbury would remain cheaper than in Dorchester and Bridport [1.12].", S1, "S"),  # still lower = remain cheaper
("The new charges will be reviewed after a year [1.13].", S1, "S"),  # 12 months = a year
("Westbury faces a £4.2m budget gap next year, according to its council leader [1.5].", S1, "S"),  # paraphrase
("The hourly town-centre charge will go up by 40% [1.2].", S1, "S"),  # 0.60 / 1.50 = 40%
("The price of an all-day ticket will rise by a third [1.2].", S1, "S"),  # 2 / 6
("Seventeen councillors voted against the proposal [1.4].", S1, "S"),  # dropping detail
("The traders' petition had 6,400 signatures [1.9].", S1, "S"),  # dropping detail
("Residents' permits will go up by £25 a year [1.3].", S1, "S"),  # dropping detail
("The charges will rise from 1 April [1.1].", S1, "S"),  # dropping detail
("Opposition leader Tom Ashby said the rise would send shoppers to out-of-town retail parks [1.7].", S1, "S"),  # drive = send, dropping detail
("Evening parking after 6pm will no longer be free, except for Blue Badge holders [1.10].", S1, "S"),  # merge clauses
("The increase in charges passed by 23 votes to 17, and residents' permits will cost £95 a year [1.3, 1.4].", S1, "S"),  # merge
("The charges will be reviewed once they have been in place for 12 months [1.13].", S1, "S"),  # paraphrase
("Drivers in Westbury will pay up to 40% more to park from 1 May [1.1].", S1, "R"),  # 1 April
("Councillors approved the new charges on Tuesday night [1.1].", S1, "R"),  # Wednesday
("The cost of an hour's parking in the town centre will rise from £1.50 to £2.50 [1.2].", S1, "R"),  # £2.10
("An all-day ticket will go up from £6 to £9 [1.2].", S1, "R"),  # £8
("An all-day ticket will rise from £1.50 to £2.10 [1.2].", S1, "R"),  # figures belong to the hourly charge
("Residents' permits will increase by £25 to £125 a year [1.3].", S1, "R"),  # £95
("Residents' permits will increase by £95 a year [1.3].", S1, "R"),  # increase is £25; £95 is the new price
("The proposal was passed by 23 votes to 7 [1.4].", S1, "R"),  # 17
("The proposal was rejected by 23 votes to 17 [1.4].", S1, "R"),  # antonym: passed
("The proposal was passed after a two-hour meeting at the civic centre [1.4].", S1, "R"),  # three-hour
("Council leader Sarah Whitcombe said the increase was needed to close a £2.4m gap in next year's budget [1.5].", S1, "R"),  # £4.2m
("Opposition leader Tom Ashby said the increase was needed to close a £4.2m gap in next year's budget [1.5].", S1, "R"),  # wrong speaker: Whitcombe
("Whitcombe said the money raised would be spent on road repairs and school transport [1.6].", S1, "R"),  # bus subsidies, not school transport
("Whitcombe said the money raised would be spent entirely on road repairs [1.6].", S1, "R"),  # also bus subsidies
("Whitcombe said the changes would raise at least £1.1m a year [1.6].", S1, "R"),  # estimate, not a minimum
("Ashby said the rise would drive shoppers into the town centre [1.7].", S1, "R"),  # to out-of-town retail parks
("\"This is a tax on motorists at the worst possible time,\" Ashby said [1.8].", S1, "R"),  # altered quote: high street
("\"This is a tax on the high street at the worst possible time,\" Whitcombe said [1.8].", S1, "R"),  # wrong speaker: Ashby
("The Westbury Traders' Association delivered a petition with 4,600 signatures [1.9].", S1, "R"),  # 6,400
("The Westbury Traders' Association delivered a petition with 6,400 signatures supporting the plans [1.9].", S1, "R"),  # opposing
("Free parking after 6pm will be extended [1.10].", S1, "R"),  # scrapped
("Blue Badge holders will lose their free parking [1.10].", S1, "R"),  # they continue to park free
("Charges at the hospital car park, which is run by the council, are not affected [1.11].", S1, "R"),  # run by the NHS trust
("Charges at the hospital car park will also rise [1.11].", S1, "R"),  # not affected
("The council said Westbury's charges would still be lower than those in all neighbouring towns [1.12].", S1, "R"),  # only Dorchester and Bridport named
("The council said Westbury's charges would now be higher than those in Dorchester and Bridport [1.12].", S1, "R"),  # lower
("A review of the new charges will take place after six months [1.13].", S1, "R"),  # 12 months
("The Westbury Traders' Association said the rise would drive shoppers to out-of-town retail parks [1.7].", S1, "R"),  # wrong speaker: Ashby
("Drivers will pay up to 40% more to park from 1 April, with an hour in the town centre costing £2.10 [1.1].", S1, "R"),  # £2.10 from uncited 1.2
("The proposal was passed by 23 votes to 17 after opposition councillors walked out [1.4].", S1, "R"),  # walkout invented
("Whitcombe said the increase would close the £4.2m gap in next year's budget [1.5].", S1, "R"),  # said it was needed to close the gap, not that it would close it
("Whitcombe said the changes would raise an estimated £1.1m a month [1.5, 1.6].", S1, "R"),  # a year, not a month
("The proposal passed after councillors had met for three hours at the civic centre [1.4].", S1, "S"),  # paraphrase
]
