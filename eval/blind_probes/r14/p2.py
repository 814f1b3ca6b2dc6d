S1 = ("The Office for Product Safety has ordered the recall of 12,000 Brightline electric heaters sold between March and October. "
"The regulator said a faulty thermostat could cause the heaters to overheat. "
"Four fires have been linked to the model, though nobody was seriously injured. "
"Customers who return the heater to any Homestore branch will receive a full refund. "
"Brightline chief executive Paul Evers apologised and said the company was cooperating with investigators. "
"The heaters were made in a factory in Portugal. "
"The recall does not affect the company's oil-filled radiators.")
S2 = ("A new consumer law that takes effect on 1 April will let shoppers cancel subscriptions with a single click. "
"Firms that breach the rules could be fined up to 10 percent of their global turnover. "
"The Competition and Markets Authority will enforce the law directly, without going to court. "
"Consumer group Fairtrade Watch welcomed the change but said enforcement would need more funding. "
"Retail trade bodies warned that smaller businesses might struggle with the cost of compliance. "
"The law also bans fake online reviews. "
"Ministers estimate that consumers waste about £1.6 billion a year on unwanted subscriptions.")
PROBES = [
("The Office for Product Safety has ordered a recall of 12,000 Brightline electric heaters that were sold from March to October [1.1].", S1, "S"),
("A faulty thermostat might make the heaters overheat, the regulator said [1.2].", S1, "S"),
("The model has been linked to four fires, but no one was seriously hurt [1.3].", S1, "S"),
("Customers returning the heater to any Homestore branch will get a full refund [1.4].", S1, "S"),
("Paul Evers, Brightline's chief executive, apologised and said the firm was cooperating with investigators [1.5].", S1, "S"),
("The heaters were manufactured in Portugal [1.6].", S1, "S"),
("The company's oil-filled radiators are not affected by the recall [1.7].", S1, "S"),
("The regulator ordered a recall of 12,000 heaters, saying a faulty thermostat could cause them to overheat [1.1][1.2].", S1, "S"),
("From 1 April, shoppers will be able to cancel subscriptions with one click under a new consumer law [2.1].", S2, "S"),
("Firms breaking the rules could face fines of up to 10 percent of their global turnover [2.2].", S2, "S"),
("The Competition and Markets Authority will enforce the law itself, without going to court [2.3].", S2, "S"),
("Fairtrade Watch welcomed the change but said more funding would be needed for enforcement [2.4].", S2, "S"),
("Retail trade bodies warned that small firms might struggle with the cost of compliance [2.5].", S2, "S"),
("Fake online reviews are also banned under the law [2.6].", S2, "S"),
("Ministers estimate consumers waste roughly £1.6 billion annually on unwanted subscriptions [2.7].", S2, "S"),
("According to the regulator, a faulty thermostat could cause the heaters to overheat [1.2].", S1, "S"),
("Nobody was seriously injured in the four fires linked to the model [1.3].", S1, "S"),
("Brightline's chief executive apologised [1.5].", S1, "S"),
("The law will let shoppers cancel subscriptions with a single click [2.1].", S2, "S"),
("A consumer group welcomed the change [2.4].", S2, "S"),
("Breaching the rules could cost firms up to 10 percent of their global turnover [2.2].", S2, "S"),
("The new law, which takes effect on 1 April, also bans fake online reviews [2.1][2.6].", S2, "S"),
("The Office for Product Safety has ordered the recall of 21,000 Brightline electric heaters [1.1].", S1, "R"),  # number changed
("The recalled heaters were sold between March and December [1.1].", S1, "R"),  # month changed
("The regulator said a faulty fan could cause the heaters to overheat [1.2].", S1, "R"),  # part swapped
("The regulator said a faulty thermostat will cause the heaters to overheat [1.2].", S1, "R"),  # modality could->will
("Four fires have been linked to the model, and several people were seriously injured [1.3].", S1, "R"),  # contradiction
("Customers who return the heater to any Homestore branch will receive a partial refund [1.4].", S1, "R"),  # full->partial
("Customers who return the heater to any Homestore branch will receive a replacement heater [1.4].", S1, "R"),  # different remedy
("Brightline chief executive Paul Evers denied that the heaters were faulty [1.5].", S1, "R"),  # invented statement
("The heaters were made in a factory in Spain [1.6].", S1, "R"),  # place swapped
("The recall also affects the company's oil-filled radiators [1.7].", S1, "R"),  # negation dropped
("Regulator chief Paul Evers apologised and said the company was cooperating with investigators [1.5].", S1, "R"),  # role swapped
("Four fires have been linked to the model's faulty thermostat [1.3].", S1, "R"),  # cause only in uncited 1.2
("A new consumer law that takes effect on 1 May will let shoppers cancel subscriptions with a single click [2.1].", S2, "R"),  # date changed
("Firms that breach the rules will be fined 10 percent of their global turnover [2.2].", S2, "R"),  # modality and 'up to' dropped
("Firms that breach the rules could be fined up to 10 percent of their UK turnover [2.2].", S2, "R"),  # global->UK
("The Competition and Markets Authority will have to go to court to enforce the law [2.3].", S2, "R"),  # contradiction
("Fairtrade Watch opposed the change [2.4].", S2, "R"),  # antonym
("Retail trade bodies warned that larger businesses might struggle with the cost of compliance [2.5].", S2, "R"),  # smaller->larger
("Retail trade bodies said that smaller businesses would struggle with the cost of compliance [2.5].", S2, "R"),  # hedge dropped
("The law also bans paid online advertising [2.6].", S2, "R"),  # sibling swap
("Ministers estimate that consumers waste about £1.6 million a year on unwanted subscriptions [2.7].", S2, "R"),  # billion->million
("Fairtrade Watch estimates that consumers waste about £1.6 billion a year on unwanted subscriptions [2.7].", S2, "R"),  # attribution swapped
("The Competition and Markets Authority ordered the recall of 12,000 Brightline heaters [1.1].", S1, "R"),  # agency swapped
("The law lets shoppers cancel subscriptions with a single click and claim back the last month's fee [2.1].", S2, "R"),  # added clause
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
