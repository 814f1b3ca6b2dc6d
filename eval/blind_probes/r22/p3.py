# Domain: a heatwave and water restrictions
S1 = " ".join([
    "Southern Water announced a hosepipe ban for 1.2 million customers in Kent and Sussex, starting at midnight on Friday 18 July.",
    "The Met Office recorded a temperature of 34C at Heathrow on Thursday, the highest so far this year.",
    "Reservoir levels across the company's region have fallen to 61% of capacity, compared with an average of 78% for the time of year.",
    "The ban prohibits using a hosepipe to water gardens, wash cars or fill paddling pools, with fines of up to £1,000 for those who break it.",
    "A spokesperson said the restrictions were likely to remain in place until at least the end of September.",
    "The Environment Agency has declared drought status in four areas of England, including parts of Yorkshire and the East Midlands.",
    "Forecasters said temperatures could reach 36C in London on Saturday before thunderstorms bring some relief on Monday.",
])
S2 = " ".join([
    "The UK Health Security Agency issued an amber heat-health alert for all of England, running from Thursday until Tuesday morning.",
    "The alert warns of a likely rise in deaths among people aged over 65 and those with heart and lung conditions.",
    "Hospitals in Brighton reported a 20% increase in admissions for heat-related illness over the past week.",
    "Consumer group WaterWatch said the company loses about 90 million litres a day through leaking pipes.",
    "Southern Water said it had fixed more than 2,000 leaks since June and was investing £3 billion in its network.",
    "Farmers in East Anglia said they may be forced to stop irrigating some crops if rainfall does not improve within a fortnight.",
    "Network Rail imposed speed restrictions on several lines on Thursday because of the risk of tracks buckling in the heat.",
])
PROBES = [
("A hosepipe ban covering 1.2 million Southern Water customers in Kent and Sussex begins at midnight on Friday 18 July [1.1].", S1, "S"),  # reordering
("Heathrow reached 34C on Thursday, the hottest temperature recorded so far this year [1.2].", S1, "S"),  # synonyms
("At 61% of capacity, reservoirs in the company's region are below the usual 78% for the time of year [1.3].", S1, "S"),  # reworded comparison
("Under the ban, people may not use a hosepipe to wash their cars [1.4].", S1, "S"),  # compression
("Breaking the hosepipe ban can bring a fine of as much as £1,000 [1.4].", S1, "S"),  # up to -> as much as
("The restrictions will probably last until the end of September at the earliest, a spokesperson said [1.5].", S1, "S"),  # likely -> probably; at least -> at the earliest
("Drought has been declared by the Environment Agency in four parts of England [1.6].", S1, "S"),  # voice change
("Parts of Yorkshire are among the areas with drought status [1.6].", S1, "S"),  # compression
("London might see 36C on Saturday, according to forecasters [1.7].", S1, "S"),  # could -> might
("Forecasters said thunderstorms would bring some relief on Monday [1.7].", S1, "S"),  # compression
("An amber heat-health alert covering the whole of England was issued by the UK Health Security Agency [2.1].", S2, "S"),  # voice change
("The heat-health alert runs from Thursday to Tuesday morning [2.1].", S2, "S"),  # compression
("Deaths among the over-65s are likely to rise, the alert warns [2.2].", S2, "S"),  # nominalisation reversed
("The alert says deaths among people with heart and lung conditions are likely to increase [2.2].", S2, "S"),  # reworded
("Admissions for heat-related illness at Brighton hospitals were up by a fifth over the past week [2.3].", S2, "S"),  # 20% -> a fifth
("WaterWatch estimated that roughly 90 million litres a day leak from the company's pipes [2.4].", S2, "S"),  # reworded
("Southern Water says it has repaired over 2,000 leaks since June [2.5].", S2, "S"),  # fixed -> repaired
("Southern Water said it was putting £3bn into its network [2.5].", S2, "S"),  # number format
("East Anglian farmers said they might have to halt irrigation of some crops unless rainfall improves within two weeks [2.6].", S2, "S"),  # hedge kept, fortnight -> two weeks
("Speed limits were imposed on several rail lines on Thursday because tracks risked buckling in the heat [2.7].", S2, "S"),  # reworded
("The ban also forbids watering gardens or filling paddling pools with a hosepipe [1.4].", S1, "S"),  # compression/synonym
("Thursday's 34C at Heathrow came on the same day that Network Rail imposed speed restrictions over buckling risk [1.2][2.7].", S1, "S"),  # merge, same day both stated
("Southern Water, which announced a hosepipe ban, said it was investing £3 billion in its network [1.1][2.5].", S2, "S"),  # merge
("Reservoir levels in the region are 17 percentage points below the average for the time of year [1.3].", S1, "S"),  # 78-61 arithmetic
("Reservoirs in the company's region are at 61% of capacity [1.3].", S1, "S"),  # near-copy compression
("The hosepipe ban starts at midnight on Saturday 18 July [1.1].", S1, "R"),  # Friday -> Saturday
("Southern Water announced a hosepipe ban for 1.2 million customers in Kent and Surrey [1.1].", S1, "R"),  # Sussex -> Surrey
("The hosepipe ban covers 2.1 million customers [1.1].", S1, "R"),  # number transposed
("The Met Office recorded a temperature of 34C at Gatwick on Thursday [1.2].", S1, "R"),  # place swap
("Thursday's 34C at Heathrow was the highest temperature ever recorded in the UK [1.2].", S1, "R"),  # scope: this year -> ever
("Reservoir levels in the region have fallen to 78% of capacity [1.3].", S1, "R"),  # average given as current
("Reservoir levels are above average for the time of year [1.3].", S1, "R"),  # direction reversed
("The ban prohibits using a hosepipe to water gardens, wash cars or fill swimming pools [1.4].", S1, "R"),  # paddling -> swimming pools
("Anyone who breaks the ban will be fined £1,000 [1.4].", S1, "R"),  # 'up to' dropped, fine made certain
("The restrictions will remain in place until the end of September [1.5].", S1, "R"),  # hedge and 'at least' dropped
("A spokesperson said the restrictions would be lifted by the end of September [1.5].", S1, "R"),  # contradicts 'at least'
("The Environment Agency has declared drought status in all areas of England [1.6].", S1, "R"),  # four -> all
("Drought status has been declared in four areas, including parts of Yorkshire and the West Midlands [1.6].", S1, "R"),  # East -> West Midlands
("Forecasters said temperatures will reach 36C in London on Saturday [1.7].", S1, "R"),  # could -> will
("Thunderstorms are expected to bring relief on Sunday [1.7].", S1, "R"),  # Monday -> Sunday
("The UK Health Security Agency issued a red heat-health alert for all of England [2.1].", S2, "R"),  # amber -> red
("The heat-health alert covers London and the south-east only [2.1].", S2, "R"),  # scope narrowed, contradicts 'all of England'
("The alert warns of a likely rise in deaths among people aged under 65 [2.2].", S2, "R"),  # over -> under
("Hospitals in Brighton reported a 20% fall in admissions for heat-related illness [2.3].", S2, "R"),  # increase -> fall
("Hospitals across Kent and Sussex reported a 20% increase in heat-related admissions [2.3].", S2, "R"),  # Brighton -> whole region
("Southern Water admitted it loses about 90 million litres a day through leaking pipes [2.4].", S2, "R"),  # wrong speaker (WaterWatch)
("Southern Water said it had fixed more than 2,000 leaks since January [2.5].", S2, "R"),  # June -> January
("Farmers in East Anglia said they will stop irrigating all their crops [2.6].", S2, "R"),  # hedge dropped, some -> all
("Network Rail cancelled trains on several lines on Thursday because of the risk of tracks buckling [2.7].", S2, "R"),  # speed restrictions -> cancellations
("Southern Water brought in the hosepipe ban because it loses 90 million litres a day through leaks [1.1][2.4].", S1, "R"),  # invented cause
("The Met Office said Heathrow's 34C temperature caused tracks to buckle [1.2][2.7].", S1, "R"),  # invented claim; only a risk of buckling stated
]
