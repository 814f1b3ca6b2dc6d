S1 = ("Heavy rain caused the River Severn to burst its banks near Shrewsbury on Monday night. "
"About 300 homes were flooded and 40 people were rescued by boat. "
"The Environment Agency issued 12 severe flood warnings, meaning there was a danger to life. "
"Forecasters said a further 50 millimetres of rain could fall by Wednesday. "
"The A49 was closed in both directions. "
"Local MP Sarah Boyd said flood defences promised in 2020 had still not been built.")
S2 = ("Southern Water has imposed a hosepipe ban on 1.2 million customers in Kent and Sussex. "
"The ban starts on Friday and will remain until reservoir levels recover. "
"Reservoirs in the region are at 48 percent of capacity, compared with 75 percent a year ago. "
"The company said it was losing 90 million litres a day through leaks. "
"Customers who break the ban face fines of up to £1,000. "
"The Met Office said July had been the driest since 1911.")
PROBES = [
("The River Severn burst its banks near Shrewsbury on Monday night after heavy rain [1.1].", S1, "S"),
("Some 300 homes were flooded, and boats were used to rescue 40 people [1.2].", S1, "S"),
("Twelve severe flood warnings, which signal a danger to life, were issued by the Environment Agency [1.3].", S1, "S"),
("Forecasters said another 50 millimetres of rain could fall by Wednesday [1.4].", S1, "S"),
("The A49 was shut in both directions [1.5].", S1, "S"),
("Sarah Boyd, the local MP, said flood defences promised in 2020 had yet to be built [1.6].", S1, "S"),
("After heavy rain the Severn burst its banks near Shrewsbury, flooding about 300 homes [1.1][1.2].", S1, "S"),
("Southern Water has brought in a hosepipe ban for 1.2 million customers in Kent and Sussex [2.1].", S2, "S"),
("The ban begins on Friday and will stay in place until reservoir levels recover [2.2].", S2, "S"),
("Reservoirs in the region are 48 percent full, down from 75 percent a year ago [2.3].", S2, "S"),
("Leaks are costing the company 90 million litres a day, it said [2.4].", S2, "S"),
("Customers breaking the ban could be fined up to £1,000 [2.5].", S2, "S"),
("July was the driest since 1911, according to the Met Office [2.6].", S2, "S"),
("Forty people were rescued by boat [1.2].", S1, "S"),
("Heavy rain made the River Severn burst its banks [1.1].", S1, "S"),
("A road was closed in both directions [1.5].", S1, "S"),
("Reservoir levels in the region are lower than a year ago [2.3].", S2, "S"),
("The hosepipe ban affects customers in Kent and Sussex [2.1].", S2, "S"),
("The company said it loses 90 million litres of water a day to leaks [2.4].", S2, "S"),
("Southern Water's 1.2 million customers in Kent and Sussex face a hosepipe ban from Friday [2.1][2.2].", S2, "S"),
("The River Thames burst its banks near Shrewsbury on Monday night [1.1].", S1, "R"),  # river swapped
("The River Severn burst its banks near Shrewsbury on Tuesday night [1.1].", S1, "R"),  # weekday changed
("About 300 homes were flooded and 400 people were rescued by boat [1.2].", S1, "R"),  # number changed
("About 300 homes were flooded and 40 people were rescued by helicopter [1.2].", S1, "R"),  # sibling swap
("The Met Office issued 12 severe flood warnings [1.3].", S1, "R"),  # agency swapped
("The Environment Agency issued 12 severe flood warnings, meaning there was no danger to life [1.3].", S1, "R"),  # negation added
("Forecasters said a further 50 millimetres of rain would fall by Wednesday [1.4].", S1, "R"),  # modality could->would
("Forecasters said a further 50 millimetres of rain could fall by Thursday [1.4].", S1, "R"),  # weekday changed
("The A49 was closed northbound only [1.5].", S1, "R"),  # contradiction
("Local MP Sarah Boyd said flood defences promised in 2020 had been built [1.6].", S1, "R"),  # negation dropped
("Local MP Sarah Boyd said flood defences built in 2020 had failed [1.6].", S1, "R"),  # invented
("Environment Agency chief Sarah Boyd said flood defences promised in 2020 had not been built [1.6].", S1, "R"),  # role swapped
("Southern Water has imposed a hosepipe ban on 2.1 million customers in Kent and Sussex [2.1].", S2, "R"),  # number changed
("Southern Water has imposed a hosepipe ban on customers in Kent and Surrey [2.1].", S2, "R"),  # place swapped
("Thames Water has imposed a hosepipe ban on 1.2 million customers in Kent and Sussex [2.1].", S2, "R"),  # company swapped
("The ban starts on Friday and will last until the end of September [2.2].", S2, "R"),  # invented end date
("The ban starts on Monday and will remain until reservoir levels recover [2.2].", S2, "R"),  # weekday changed
("Reservoirs in the region are at 75 percent of capacity, compared with 48 percent a year ago [2.3].", S2, "R"),  # figures swapped
("The company said it was losing 90 million litres a week through leaks [2.4].", S2, "R"),  # period changed
("Customers who break the ban face fines of at least £1,000 [2.5].", S2, "R"),  # up to -> at least
("The Met Office said July had been the wettest since 1911 [2.6].", S2, "R"),  # antonym
("The Met Office said July had been the driest on record [2.6].", S2, "R"),  # overgeneralised: since 1911 != on record
("Southern Water imposed the hosepipe ban because it was losing 90 million litres a day through leaks [2.1].", S2, "R"),  # invented cause, wrong citation
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
