# Domain: a heatwave's effect on hospitals and rail services (southern England)
S1 = " ".join([
    "Temperatures reached 38.2C at Marwick on Tuesday, the highest ever recorded in the county, as a heatwave tightened its grip on southern England.",
    "Hospitals across the region reported a sharp rise in admissions for heat-related illness, with some emergency departments declaring critical incidents.",
    "St Anne's Hospital in Dunford said it had treated 64 patients for heatstroke and dehydration in 48 hours, compared with a typical eight.",
    "The hospital postponed 120 planned operations after temperatures in two of its operating theatres exceeded safe limits.",
    "Sarah Lindqvist, the trust's medical director, urged people to check on elderly neighbours and said staff were working flat out.",
    "Rail operator Southline cancelled around a third of its services on Tuesday after speed restrictions were imposed on several routes.",
    "Network Rail said the restrictions were needed because rails in direct sunlight can reach temperatures 20C higher than the air and may buckle.",
    "A section of track near Harcombe buckled on Tuesday afternoon, halting all trains between Harcombe and Dunford for four hours.",
    "Passengers on one stranded train said they had been left without air conditioning or water for more than two hours.",
    "Southline apologised and said customers with tickets for Tuesday could use them on Wednesday or claim a full refund.",
    "The Met Office has issued an amber warning for extreme heat covering Wednesday and Thursday.",
    "Forecasters said temperatures could reach 39C on Wednesday before a band of thunderstorms brings cooler air from the west on Friday.",
    "The government's health agency said heat-related deaths were likely to rise if the hot spell continued into next week.",
])
PROBES = [
# ---- S ----
("A county record temperature of 38.2C was set at Marwick on Tuesday [1.1].", S1, "S"),  # nominalisation
("The temperature at Marwick on Tuesday was the highest ever recorded in the county [1.1].", S1, "S"),  # restructure
("The heatwave was affecting southern England [1.1].", S1, "S"),  # dropping detail
("Admissions for heat-related illness rose sharply at hospitals across the region [1.2].", S1, "S"),  # nominalisation reversed
("Some emergency departments declared critical incidents [1.2].", S1, "S"),  # partial
("St Anne's Hospital in Dunford treated 64 patients for heatstroke and dehydration over 48 hours, eight times the usual number [1.3].", S1, "S"),  # 64 / 8 = 8
("St Anne's Hospital treated 56 more heatstroke and dehydration patients than usual in 48 hours [1.3].", S1, "S"),  # 64 - 8 = 56
("In a typical 48 hours St Anne's treats about eight such patients [1.3].", S1, "S"),  # restructure
("The hospital called off 120 planned operations because two of its operating theatres became too hot [1.4].", S1, "S"),  # exceeded safe limits -> too hot
("Sarah Lindqvist, the medical director, asked people to look in on elderly neighbours [1.5].", S1, "S"),  # synonyms
("Lindqvist said staff were working flat out [1.5].", S1, "S"),  # partial
("Southline scrapped about a third of its services on Tuesday after speed restrictions were put on several routes [1.6].", S1, "S"),  # synonyms
("Network Rail said rails in direct sunlight can become 20C hotter than the air [1.7].", S1, "S"),  # paraphrase
("Network Rail said the speed restrictions were needed because rails in direct sunlight may buckle [1.7].", S1, "S"),  # hedge kept, dropping detail
("Track buckled near Harcombe on Tuesday afternoon [1.8].", S1, "S"),  # partial
("A buckled section of track near Harcombe stopped all trains between Harcombe and Dunford for four hours [1.8].", S1, "S"),  # restructure
("Passengers on a stranded train said they had no air conditioning or water for over two hours [1.9].", S1, "S"),  # synonyms
("Southline said tickets for Tuesday could be used on Wednesday [1.10].", S1, "S"),  # passive
("Southline customers with Tuesday tickets can claim their money back in full, the operator said [1.10].", S1, "S"),  # full refund paraphrase
("Southline cancelled services and apologised to customers [1.6, 1.10].", S1, "S"),  # merge
("An amber extreme heat warning from the Met Office covers Wednesday and Thursday [1.11].", S1, "S"),  # reorder
("The Met Office has put out an amber warning for extreme heat [1.11].", S1, "S"),  # issued -> put out
("Forecasters said it could be as hot as 39C on Wednesday [1.12].", S1, "S"),  # paraphrase, hedge kept
("Forecasters said thunderstorms on Friday would bring cooler air from the west [1.12].", S1, "S"),  # forecast restated
("Wednesday could be hotter than Tuesday's Marwick record of 38.2C, according to forecasters [1.1, 1.12].", S1, "S"),  # 39 > 38.2, hedge kept
("The health agency warned that heat-related deaths would probably increase if the hot weather lasted into next week [1.13].", S1, "S"),  # likely -> probably
("A section of track near Harcombe buckled on the same day Marwick recorded 38.2C [1.1, 1.8].", S1, "S"),  # both Tuesday
("Rails can buckle when exposed to direct sunlight, according to Network Rail [1.7].", S1, "S"),  # may -> can
("Hospitals in the region saw a sharp increase in patients admitted with heat-related illness [1.2].", S1, "S"),  # paraphrase
("Two of St Anne's operating theatres exceeded safe temperature limits [1.3, 1.4].", S1, "S"),  # the hospital = St Anne's
# ---- R ----
("Temperatures reached 38.2C at Marwick on Monday [1.1].", S1, "R"),  # Tuesday -> Monday
("Temperatures reached 39.2C at Marwick on Tuesday [1.1].", S1, "R"),  # 38.2 -> 39.2
("Temperatures reached 38.2C at Marwick on Tuesday, the highest ever recorded in England [1.1].", S1, "R"),  # county record widened to England
("Temperatures reached 38.2C at Marwick on Tuesday [1.12].", S1, "R"),  # wrong citation (fact is in 1.1)
("Hospitals across the region reported a sharp rise in admissions for heat-related illness, with all emergency departments declaring critical incidents [1.2].", S1, "R"),  # some -> all
("Hospitals across the country reported a sharp rise in admissions for heat-related illness [1.2].", S1, "R"),  # region -> country
("St Anne's Hospital declared a critical incident [1.2, 1.3].", S1, "R"),  # source only says some departments did, not St Anne's
("St Anne's Hospital in Dunford said it had treated 64 patients for heatstroke and dehydration in 24 hours [1.3].", S1, "R"),  # 48 -> 24 hours
("St Anne's Hospital in Harcombe said it had treated 64 patients for heatstroke and dehydration [1.3].", S1, "R"),  # place changed: Dunford
("St Anne's Hospital said it had treated 64 patients for heatstroke and dehydration in 48 hours, compared with a typical 18 [1.3].", S1, "R"),  # eight -> 18
("The hospital postponed 120 emergency operations [1.4].", S1, "R"),  # planned -> emergency
("The hospital postponed 120 planned operations after temperatures in all of its operating theatres exceeded safe limits [1.4].", S1, "R"),  # two -> all
("The hospital postponed 210 planned operations [1.4].", S1, "R"),  # 120 -> 210
("The hospital postponed 120 planned operations because of the rise in heatstroke admissions [1.3, 1.4].", S1, "R"),  # invented cause; it was theatre temperatures
("Sarah Lindqvist said staff were working flat out and urged people to check on elderly relatives [1.5].", S1, "R"),  # neighbours -> relatives
("Sarah Lindqvist, the trust's chief executive, said staff were working flat out [1.5].", S1, "R"),  # medical director -> chief executive
("Rail operator Southline cancelled around half of its services on Tuesday [1.6].", S1, "R"),  # third -> half
("Rail operator Southline cancelled around a third of its services on Tuesday after speed restrictions were imposed on all routes [1.6].", S1, "R"),  # several -> all
("Network Rail said rails in direct sunlight can reach temperatures 20C lower than the air [1.7].", S1, "R"),  # higher -> lower
("Network Rail said rails in direct sunlight can reach temperatures 20C higher than the air and will buckle [1.7].", S1, "R"),  # hedge may -> will
("Southline said the restrictions were needed because rails in direct sunlight may buckle [1.7].", S1, "R"),  # wrong speaker: Network Rail
("A section of track near Harcombe buckled on Tuesday morning [1.8].", S1, "R"),  # afternoon -> morning
("A section of track near Harcombe buckled on Tuesday afternoon, halting all trains between Harcombe and Dunford for fourteen hours [1.8].", S1, "R"),  # four -> fourteen
("A section of track near Harcombe buckled on Tuesday afternoon, halting all trains between Harcombe and Marwick for four hours [1.8].", S1, "R"),  # Dunford -> Marwick
("Passengers on several stranded trains said they had been left without air conditioning or water [1.9].", S1, "R"),  # one -> several
("Passengers on one stranded train said they had been left without air conditioning or water for more than four hours [1.9].", S1, "R"),  # two -> four hours
("Passengers on one stranded train said they had been left without air conditioning but had been given water [1.9].", S1, "R"),  # contradicts "without water"
("Southline apologised and said customers with tickets for Tuesday could use them on Thursday [1.10].", S1, "R"),  # Wednesday -> Thursday
("Southline apologised and said customers with tickets for Tuesday could claim a partial refund [1.10].", S1, "R"),  # full -> partial
("The Met Office has issued a red warning for extreme heat covering Wednesday and Thursday [1.11].", S1, "R"),  # amber -> red
("The Met Office has issued an amber warning for extreme heat covering Wednesday, Thursday and Friday [1.11].", S1, "R"),  # Friday added
("Forecasters said temperatures would reach 39C on Wednesday [1.12].", S1, "R"),  # hedge could -> would
("Forecasters said a band of thunderstorms would bring cooler air from the east on Friday [1.12].", S1, "R"),  # west -> east
("The government's health agency said heat-related deaths were likely to rise even if the hot spell ended this week [1.13].", S1, "R"),  # condition changed
("The government's health agency said heat-related deaths had already risen [1.13].", S1, "R"),  # future likelihood -> past fact
]
