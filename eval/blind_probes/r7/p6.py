# Disasters/weather: wildfire (A) and flood/storm warning (B)
A = ("A wildfire in the hills east of Carver City had burned more than 18,000 acres by Thursday morning and was 15% contained, fire officials said. "
     "About 6,500 residents were ordered to evacuate, and a further 2,000 were told to be ready to leave. "
     "The fire destroyed at least 42 homes and damaged dozens of other buildings. "
     "One firefighter suffered minor burns, but no civilian injuries have been reported. "
     "Strong winds of up to 50 mph pushed the flames toward the town of Pell on Wednesday night. "
     "Investigators believe the fire may have been sparked by a power line. "
     "The utility that owns the line, Western Grid, said it was cooperating with the investigation. "
     "Highway 9 remains closed to all traffic between Carver City and Pell. "
     "Forecasters expect the winds to ease by Saturday.")
B = ("The national weather service issued a red warning for heavy rain across the northern coast on Monday, its most severe level. "
     "Up to 200 millimetres of rain could fall in 24 hours in the worst-affected areas. "
     "Schools in six districts will be closed on Tuesday. "
     "The river Aln burst its banks at Westford overnight, flooding about 300 homes. "
     "Emergency services rescued 14 people from vehicles trapped by floodwater. "
     "Rail operator CoastLink suspended services north of Bramley until further notice. "
     "The environment agency said river levels were expected to peak on Wednesday. "
     "Residents of low-lying streets in Westford were advised to move valuables upstairs.")
X = [A, B]
PROBES = [
    ("By Thursday morning a wildfire east of Carver City had burned more than 18,000 acres and was 15% contained, officials said [1.1].", X, "S"),
    ("Some 6,500 residents were ordered to leave, and another 2,000 were told to be ready to go [1.2].", X, "S"),
    ("The blaze destroyed at least 42 homes and damaged dozens of other structures [1.3].", X, "S"),
    ("A firefighter suffered minor burns, but no civilians have been reported injured [1.4].", X, "S"),
    ("Winds of up to 50 mph drove the flames toward Pell on Wednesday night [1.5].", X, "S"),
    ("Investigators believe a power line may have started the fire [1.6].", X, "S"),
    ("Western Grid, which owns the line, said it was cooperating with the investigation [1.7].", X, "S"),
    ("Highway 9 is still closed to all traffic between Carver City and Pell [1.8].", X, "S"),
    ("Forecasters expect the winds to die down by Saturday [1.9].", X, "S"),
    ("The fire, which investigators believe may have been sparked by a Western Grid power line, has destroyed at least 42 homes [1.3][1.6][1.7].", X, "S"),
    ("About 6,500 people were ordered to evacuate, and winds of up to 50 mph pushed the fire toward Pell on Wednesday night [1.2][1.5].", X, "S"),
    ("The fire had scorched over 18,000 acres and was only 15% contained by Thursday morning [1.1].", X, "S"),
    # unsupported
    ("A wildfire in the hills west of Carver City had burned more than 18,000 acres [1.1].", X, "R"),  # east -> west
    ("The wildfire had burned 18,000 acres by Thursday morning [1.1].", X, "R"),  # "more than" dropped
    ("The wildfire was 50% contained by Thursday morning [1.1][1.5].", X, "R"),  # number pooled
    ("About 8,500 residents were ordered to evacuate [1.2].", X, "R"),  # summed ordered+ready wrongly
    ("The fire destroyed 42 homes [1.3].", X, "R"),  # "at least" dropped
    ("No injuries have been reported [1.4].", X, "R"),  # civilian restriction dropped; a firefighter was hurt
    ("Strong winds of up to 50 mph pushed the flames toward the town of Pell on Thursday night [1.5].", X, "R"),  # weekday
    ("Investigators said the fire was sparked by a power line [1.6].", X, "R"),  # may/believe dropped
    ("Western Grid said its power line may have sparked the fire [1.6][1.7].", X, "R"),  # investigators' belief put in utility's mouth
    ("Western Grid said it was not cooperating with the investigation [1.7].", X, "R"),  # negation
    ("Highway 9 remains partly closed between Carver City and Pell [1.8].", X, "R"),  # closed to all traffic -> partly closed
    ("Highway 9 has reopened between Carver City and Pell [1.8].", X, "R"),  # contradicts
    ("The winds eased on Saturday [1.9].", X, "R"),  # forecast -> fact
    ("Forecasters expect the winds to strengthen by Saturday [1.9].", X, "R"),  # ease -> strengthen
    # B supported
    ("On Monday the national weather service issued a red warning, its most severe level, for heavy rain along the northern coast [2.1].", X, "S"),
    ("As much as 200 millimetres of rain could fall within 24 hours in the hardest-hit areas [2.2].", X, "S"),
    ("Schools in six districts will close on Tuesday [2.3].", X, "S"),
    ("The river Aln overflowed at Westford overnight, flooding some 300 homes [2.4].", X, "S"),
    ("Emergency crews rescued 14 people from vehicles stranded by floodwater [2.5].", X, "S"),
    ("CoastLink halted rail services north of Bramley until further notice [2.6].", X, "S"),
    ("The environment agency said river levels were expected to peak on Wednesday [2.7].", X, "S"),
    ("People living on low-lying streets in Westford were advised to move their valuables upstairs [2.8].", X, "S"),
    ("After the Aln flooded about 300 homes in Westford, residents of low-lying streets were told to move valuables upstairs [2.4][2.8].", X, "R"),  # LABEL CORRECTED S->R: "After" asserts a sequence the source does not give
    ("The weather service's red warning, its highest level, comes as up to 200 millimetres of rain could fall in 24 hours [2.1][2.2].", X, "S"),
    ("Emergency services rescued 14 people from trapped vehicles, and CoastLink suspended trains north of Bramley [2.5][2.6].", X, "S"),
    # B unsupported
    ("The national weather service issued an amber warning for heavy rain across the northern coast [2.1].", X, "R"),  # red -> amber
    ("The national weather service issued a red warning for heavy rain across the southern coast [2.1].", X, "R"),  # northern -> southern
    ("200 millimetres of rain fell in 24 hours in the worst-affected areas [2.2].", X, "R"),  # "up to" and "could" dropped
    ("Up to 200 millimetres of rain could fall in 48 hours [2.2].", X, "R"),  # number
    ("Schools in six districts were closed on Monday [2.1][2.3].", X, "R"),  # day pooled, tense
    ("Schools in all districts will be closed on Tuesday [2.3].", X, "R"),  # six -> all
    ("The river Aln burst its banks at Bramley overnight [2.4][2.6].", X, "R"),  # place pooled
    ("The river Aln burst its banks at Westford overnight, destroying about 300 homes [2.4].", X, "R"),  # flooding -> destroying
    ("Emergency services rescued 14 people from homes flooded by the river [2.4][2.5].", X, "R"),  # vehicles -> homes
    ("Rail operator CoastLink suspended services south of Bramley until further notice [2.6].", X, "R"),  # north -> south
    ("The environment agency said river levels peaked on Wednesday [2.7].", X, "R"),  # expected dropped
    ("CoastLink suspended services because river levels were expected to peak on Wednesday [2.6][2.7].", X, "R"),  # invented cause
]
