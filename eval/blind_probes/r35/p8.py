# Domain: two-outlet brief on the closure of a blast furnace at a steelworks (S1 and S2 report the same story)
S1 = " ".join([
    "Steelmaker Harlan Steel has confirmed it will close its blast furnace at Redmouth by the end of March, putting 1,900 jobs at risk.",
    "The company said the plant had lost £1.1m a day over the past year because of high energy costs and weak demand.",
    "Harlan will replace the blast furnace with an electric arc furnace, which it expects to open in 2028.",
    "The new furnace will need about 600 workers, the company said.",
    "The UK government has offered £350m towards the £1.2bn cost of the new furnace.",
    "Unions said they had put forward an alternative plan that would keep one of the two coke ovens running until the new furnace opened.",
    "Harlan's chief operating officer, Rebecca Tan, said the union plan 'does not add up' and would cost an extra £300m.",
    "The steelworks has operated at Redmouth since 1917 and is the town's largest employer.",
    "Local MP Owen Price said the closure would be 'a hammer blow' for families across the area.",
    "Redundancy notices are expected to be issued from next month.",
    "Contractors at the site, who number around 800, are not included in the 1,900 figure.",
    "The company said it would set up a £25m fund to help workers retrain or start businesses.",
])
S2 = " ".join([
    "Workers at the Redmouth steelworks walked out of a meeting on Monday after managers confirmed the blast furnace would shut.",
    "Community union organiser Jamie Kerr said staff had been 'treated like numbers on a spreadsheet'.",
    "According to Kerr, about 2,000 directly employed staff will be affected, along with hundreds of contractors.",
    "Kerr said the union plan would save 1,000 jobs for at least three years.",
    "The company has rejected the plan, saying the coke ovens are too old to run safely.",
    "Harlan, which is owned by the Singapore-based Tanaka Group, employs 4,500 people across the UK.",
    "Its other sites, in Corby and Llanwern, are not affected by the announcement.",
    "Business secretary Helen Moss said the government's offer was 'the largest of its kind in a generation'.",
    "She said ministers would not nationalise the plant.",
    "A local food bank said it was already preparing for increased demand in the town.",
    "Shops on Redmouth's high street reported a fall in trade in the week after the announcement.",
    "Talks between the union and the company are due to resume on Thursday.",
])
D = [S1, S2]
PROBES = [
("Harlan Steel will shut its Redmouth blast furnace by the end of March [1.1].", D, "S"),  # close = shut
("The closure puts 1,900 jobs at risk [1.1].", D, "S"),  # stated
("Harlan said the plant had been losing £1.1m a day over the past year [1.2].", D, "S"),  # paraphrase
("The company blamed the plant's losses on high energy costs and weak demand [1.2].", D, "S"),  # because of = blamed on
("An electric arc furnace, expected to open in 2028, will replace the blast furnace [1.3].", D, "S"),  # reorder
("The company said the new furnace would require roughly 600 workers [1.4].", D, "S"),  # need = require
("The government has offered 350 million pounds towards the new furnace, which will cost 1.2 billion pounds [1.5].", D, "S"),  # number format
("The government's offer would cover less than a third of the cost of the new furnace [1.5].", D, "S"),  # 350/1200 = 29%
("Unions proposed keeping one of the two coke ovens running until the new furnace opened [1.6].", D, "S"),  # put forward = proposed
("Rebecca Tan, Harlan's chief operating officer, said the union plan 'does not add up' [1.7].", D, "S"),  # reorder
("Tan said the union plan would cost an additional £300m [1.7].", D, "S"),  # extra = additional
("The steelworks is Redmouth's biggest employer [1.8].", D, "S"),  # largest = biggest
("Owen Price, the local MP, called the closure 'a hammer blow' for families across the area [1.9].", D, "S"),  # paraphrase
("Redundancy notices are expected from next month [1.10].", D, "S"),  # dropped detail
("The 1,900 figure excludes the roughly 800 contractors at the site [1.11].", D, "S"),  # not included = excludes
("Harlan plans a £25m fund to help workers retrain or start businesses [1.12].", D, "S"),  # paraphrase
("Workers walked out of a meeting at the Redmouth steelworks on Monday [2.1].", D, "S"),  # dropped detail
("Jamie Kerr, a Community union organiser, said staff had been 'treated like numbers on a spreadsheet' [2.2].", D, "S"),  # reorder
("Kerr said around 2,000 directly employed staff would be affected [2.3].", D, "S"),  # paraphrase
("Kerr said the union plan would preserve 1,000 jobs for three years or more [2.4].", D, "S"),  # at least three years
("Harlan rejected the union plan, saying the coke ovens were too old to run safely [2.5].", D, "S"),  # company = Harlan
("Harlan is owned by Tanaka Group, which is based in Singapore [2.6].", D, "S"),  # paraphrase
("Harlan's sites in Corby and Llanwern are unaffected by the announcement [2.7].", D, "S"),  # paraphrase
("Helen Moss, the business secretary, described the government's offer as 'the largest of its kind in a generation' [2.8].", D, "S"),  # reorder
("The business secretary said ministers would not nationalise the plant [2.8, 2.9].", D, "S"),  # she = Moss
("A food bank in Redmouth is already preparing for more demand [2.10].", D, "S"),  # town = Redmouth; paraphrase
("Talks between the company and the union are set to resume on Thursday [2.12].", D, "S"),  # due = set
("Both outlets report that the Redmouth blast furnace is to close [1.1, 2.1].", D, "S"),  # both state it
("Harlan's objections to the union plan included its extra cost and the age of the coke ovens [1.7, 2.5].", D, "S"),  # merge across outlets
("The new furnace will need fewer than half as many workers as the 1,900 whose jobs are at risk [1.1, 1.4].", D, "S"),  # 600 < 950
("About 1,300 more jobs are at risk than the new furnace will need [1.1, 1.4].", D, "S"),  # 1,900 - 600
("Shops on Redmouth's high street said trade fell in the week after the announcement [2.11].", D, "S"),  # paraphrase
("Harlan Steel will close its blast furnace at Redmouth by the end of May [1.1].", D, "R"),  # March
("Harlan Steel's closure of the Redmouth blast furnace puts 1,900 jobs at risk [2.3].", D, "R"),  # wrong citation: 2.3 says about 2,000
("Harlan said the plant had lost £1.1m a week over the past year [1.2].", D, "R"),  # a day
("The company said the plant had lost money because of high labour costs [1.2].", D, "R"),  # energy costs and weak demand
("Harlan expects the electric arc furnace to open in 2027 [1.3].", D, "R"),  # 2028
("The company said the new furnace would need about 900 workers [1.4].", D, "R"),  # 600
("The UK government has offered £350m towards the £2.1bn cost of the new furnace [1.5].", D, "R"),  # £1.2bn
("The UK government has offered to pay the full cost of the new furnace [1.5].", D, "R"),  # part given as whole: £350m of £1.2bn
("Unions put forward a plan to keep both coke ovens running until the new furnace opened [1.6].", D, "R"),  # one of the two
("Unions put forward a plan to keep one of the coke ovens running permanently [1.6].", D, "R"),  # until the new furnace opened
("Harlan's chief executive, Rebecca Tan, said the union plan 'does not add up' [1.7].", D, "R"),  # chief operating officer
("Rebecca Tan said the union plan would cost an extra £350m [1.7].", D, "R"),  # £300m
("Jamie Kerr said the union plan 'does not add up' [1.7].", D, "R"),  # wrong speaker: Tan
("The steelworks has operated at Redmouth since 1971 [1.8].", D, "R"),  # 1917
("The steelworks is the largest employer in the region [1.8].", D, "R"),  # town, not region
("Business secretary Helen Moss said the closure would be 'a hammer blow' for families [1.9].", D, "R"),  # wrong speaker: Owen Price
("Owen Price said the closure would be 'a body blow' for families across the area [1.9].", D, "R"),  # altered quote
("Redundancy notices were issued last month [1.10].", D, "R"),  # expected from next month
("Contractors at the site, who number around 800, are included in the 1,900 figure [1.11].", D, "R"),  # negation: not included
("Workers at the Redmouth steelworks walked out of a meeting on Tuesday [2.1].", D, "R"),  # Monday
("Workers at the Redmouth steelworks went on strike on Monday [2.1].", D, "R"),  # walked out of a meeting, not a strike
("Rebecca Tan said staff had been 'treated like numbers on a spreadsheet' [2.2].", D, "R"),  # wrong speaker: Kerr
("Kerr said about 2,000 contractors would be affected [2.3].", D, "R"),  # 2,000 directly employed; contractors are hundreds
("Kerr said the union plan would save 1,000 jobs permanently [2.4].", D, "R"),  # at least three years
("Kerr said the union plan would save 2,000 jobs for at least three years [2.4].", D, "R"),  # 1,000
("The company has accepted the union plan [2.5].", D, "R"),  # rejected
("Harlan rejected the union plan because it would cost an extra £300m [2.5].", D, "R"),  # wrong citation: cost is in 1.7; 2.5 gives age of ovens
("Harlan is owned by the Japan-based Tanaka Group [2.6].", D, "R"),  # Singapore-based
("Harlan employs 4,500 people at Redmouth [2.6].", D, "R"),  # across the UK, not at Redmouth
("Harlan's other sites, in Corby and Llanwern, will also close [2.7].", D, "R"),  # not affected
("Helen Moss said the government's offer was 'the largest of its kind in a decade' [2.8].", D, "R"),  # a generation
("The business secretary said ministers would consider nationalising the plant [2.8, 2.9].", D, "R"),  # would not nationalise
("Owen Price said ministers would not nationalise the plant [1.9, 2.9].", D, "R"),  # wrong speaker: Moss
("A local food bank said it had already seen increased demand in the town [2.10].", D, "R"),  # preparing for, not seen
("Shops on Redmouth's high street reported a rise in trade after the announcement [2.11].", D, "R"),  # fall
("Talks between the union and the government are due to resume on Thursday [2.12].", D, "R"),  # union and company
("Both outlets say 1,900 jobs are at risk [1.1, 2.3].", D, "R"),  # S2 says about 2,000
]

