# Domain: a storm with power cuts and rainfall figures
S1 = " ".join([
    "Storm Bronagh left more than 120,000 homes without power across Wales and south-west England on Sunday night.",
    "Gusts of 84mph were recorded at Capel Curig in Snowdonia, the Met Office said.",
    "Some parts of the Brecon Beacons received 142mm of rain in 36 hours, close to a month's average rainfall.",
    "The Environment Agency issued 46 flood warnings, meaning flooding is expected, and more than 200 less serious flood alerts.",
    "National Grid said engineers had reconnected about 90,000 customers by Monday afternoon, but warned that some rural properties might not be reconnected until Wednesday.",
    "A man in his 70s died after a tree fell on his car near Abergavenny, Gwent Police said.",
    "Rail services between Cardiff and Swansea were suspended for most of Monday because of debris on the line.",
    "Met Office forecaster Aidan McGivern said: \"The worst of the wind has passed, but rivers will stay high for several days.\"",
    "An amber warning for rain remains in place for parts of south Wales until 18:00 on Tuesday.",
    "Schools in Powys and Monmouthshire were closed on Monday.",
    "It is the second named storm of the season, following Storm Amy earlier this month.",
])
PROBES = [
("Over 120,000 homes in Wales and south-west England lost power during Storm Bronagh on Sunday night [1.1].", S1, "S"),  # paraphrase
("Storm Bronagh cut electricity to more than 120,000 households [1.1].", S1, "S"),  # dropping detail
("Storm Bronagh left more than 210,000 homes without power [1.1].", S1, "R"),  # wrong figure
("Storm Bronagh left more than 120,000 homes without power across Wales and Scotland [1.1].", S1, "R"),  # wrong region
("Storm Bronagh left more than 120,000 homes without power on Saturday night [1.1].", S1, "R"),  # wrong day
("Storm Bronagh left more than 120,000 homes without water [1.1].", S1, "R"),  # power -> water
("The Met Office recorded an 84mph gust at Capel Curig in Snowdonia [1.2].", S1, "S"),  # voice change
("Gusts of 84mph were recorded at Capel Curig, according to the Met Office [1.2].", S1, "S"),  # reordered
("Gusts of 48mph were recorded at Capel Curig [1.2].", S1, "R"),  # digit swap
("Gusts of 84km/h were recorded at Capel Curig [1.2].", S1, "R"),  # unit error
("Sustained winds of 84mph were recorded at Capel Curig [1.2].", S1, "R"),  # gusts -> sustained
("Gusts of 84mph were recorded at Capel Curig, the highest ever recorded in Wales [1.2].", S1, "R"),  # added record
("Parts of the Brecon Beacons had 142mm of rain in a day and a half, nearly a month's worth [1.3].", S1, "S"),  # 36 hours = day and a half
("Within 36 hours, 142mm of rain fell on some parts of the Brecon Beacons [1.3].", S1, "S"),  # reordered
("Some parts of the Brecon Beacons received 142mm of rain in 36 hours, more than a month's average rainfall [1.3].", S1, "R"),  # close to -> more than
("Some parts of the Brecon Beacons received 142mm of rain in 24 hours [1.3].", S1, "R"),  # 36 -> 24
("Some parts of the Brecon Beacons received 142cm of rain [1.3].", S1, "R"),  # unit error
("All of the Brecon Beacons received 142mm of rain [1.3].", S1, "R"),  # some -> all
("The Environment Agency put out 46 flood warnings, which mean flooding is expected, plus over 200 lower-level flood alerts [1.4].", S1, "S"),  # paraphrase
("More than 200 flood alerts were issued by the Environment Agency [1.4].", S1, "S"),  # dropping detail
("The Environment Agency issued 46 severe flood warnings, meaning there was a danger to life [1.4].", S1, "R"),  # wrong category/meaning
("The Environment Agency issued 64 flood warnings [1.4].", S1, "R"),  # digit swap
("The Environment Agency issued more than 200 flood warnings [1.4].", S1, "R"),  # alerts confused with warnings
("Natural Resources Wales issued 46 flood warnings [1.4].", S1, "R"),  # wrong agency
("By Monday afternoon, National Grid engineers had restored power to around 90,000 customers [1.5].", S1, "S"),  # reconnected = restored
("National Grid warned some rural homes might have to wait until Wednesday to be reconnected [1.5].", S1, "S"),  # hedge kept
("National Grid said all customers would be reconnected by Wednesday [1.5].", S1, "R"),  # overclaim
("National Grid said some rural properties will not be reconnected until Wednesday [1.5].", S1, "R"),  # might -> will
("National Grid had reconnected about 90,000 customers by Monday morning [1.5].", S1, "R"),  # afternoon -> morning
("National Grid had reconnected about 19,000 customers by Monday afternoon [1.5].", S1, "R"),  # wrong figure
("National Grid said some rural properties might not be reconnected until Thursday [1.5].", S1, "R"),  # wrong weekday
("Gwent Police said a man in his seventies was killed when a tree came down on his car close to Abergavenny [1.6].", S1, "S"),  # paraphrase
("A man in his 70s died after a tree fell on his car, police said [1.6].", S1, "S"),  # dropping detail
("A woman in her 70s died after a tree fell on her car [1.6].", S1, "R"),  # gender
("A man in his 70s was injured after a tree fell on his car [1.6].", S1, "R"),  # died -> injured
("A man in his 70s died after a tree fell on his house near Abergavenny [1.6].", S1, "R"),  # car -> house
("Two people died after trees fell on cars near Abergavenny [1.6].", S1, "R"),  # one -> two
("Debris on the line halted trains between Cardiff and Swansea for most of Monday [1.7].", S1, "S"),  # paraphrase
("Rail services between Cardiff and Swansea were suspended for the whole of Monday [1.7].", S1, "R"),  # most -> whole
("Rail services between Cardiff and Newport were suspended [1.7].", S1, "R"),  # wrong town
("Rail services between Cardiff and Swansea were suspended because of flooding on the line [1.7].", S1, "R"),  # wrong cause
("Aidan McGivern of the Met Office said the strongest winds were over but rivers would remain high for several days [1.8].", S1, "S"),  # reported speech
("A Met Office forecaster said river levels would stay high for a number of days [1.8].", S1, "S"),  # paraphrase
("Aidan McGivern said the worst of the wind was still to come [1.8].", S1, "R"),  # antonym
("Aidan McGivern said rivers would stay high for several weeks [1.8].", S1, "R"),  # days -> weeks
("A National Grid spokesman said the worst of the wind had passed [1.8].", S1, "R"),  # wrong speaker
("Parts of south Wales remain under an amber rain warning until 18:00 on Tuesday [1.9].", S1, "S"),  # paraphrase
("A red warning for rain remains in place for parts of south Wales [1.9].", S1, "R"),  # amber -> red
("An amber warning for wind remains in place for parts of south Wales [1.9].", S1, "R"),  # rain -> wind
("An amber warning for rain remains in place for all of Wales until Tuesday evening [1.9].", S1, "R"),  # parts of south Wales -> all Wales
("Schools in Powys and Monmouthshire shut on Monday [1.10].", S1, "S"),  # paraphrase
("All schools in Wales were closed on Monday [1.10].", S1, "R"),  # overgeneralisation
("Schools in Powys and Monmouthshire were closed on Tuesday [1.10].", S1, "R"),  # wrong weekday
("Bronagh is the season's second named storm, after Storm Amy earlier this month [1.11].", S1, "S"),  # paraphrase
("Bronagh is the first named storm of the season [1.11].", S1, "R"),  # second -> first
("Bronagh is the third named storm of the season, following Storm Amy [1.11].", S1, "R"),  # second -> third
("Storm Bronagh brought 84mph gusts, and parts of the Brecon Beacons had 142mm of rain [1.2, 1.3].", S1, "S"),  # merge
("More than 120,000 homes lost power, and about 90,000 customers had been reconnected by Monday afternoon [1.1, 1.5].", S1, "S"),  # merge
("Schools in Powys and Monmouthshire closed and trains between Cardiff and Swansea were suspended for most of Monday [1.7, 1.10].", S1, "S"),  # merge
("Storm Bronagh, the second named storm of the season, cut power to more than 120,000 homes [1.1, 1.11].", S1, "S"),  # merge
("Storm Bronagh killed a man near Abergavenny and left 120,000 homes without power for three days [1.1, 1.6].", S1, "R"),  # three days invented
("Gusts of 84mph were recorded in Snowdonia, where 142mm of rain fell [1.2, 1.3].", S1, "R"),  # rain was in Brecon Beacons
("Power was cut to more than 120,000 homes, and the Met Office recorded gusts of 84mph [1.1].", S1, "R"),  # gust figure from uncited 1.2
("A man in his 70s died after a tree fell on his car [1.7].", S1, "R"),  # wrong sentence cited
("The Met Office said rivers would stay high for several days, and an amber rain warning remains until Tuesday evening [1.8, 1.9].", S1, "S"),  # 18:00 = evening; merge
("Power was lost at upwards of 120,000 homes in Wales and the south-west of England [1.1].", S1, "S"),  # paraphrase
("Capel Curig, in Snowdonia, saw gusts reaching 84mph, the Met Office reported [1.2].", S1, "S"),  # paraphrase
("The rainfall in parts of the Brecon Beacons almost matched a typical month's total [1.3].", S1, "S"),  # close to month's average
("Forty-six flood warnings, indicating that flooding was expected, were issued by the Environment Agency [1.4].", S1, "S"),  # passive
("Around 90,000 customers had their supply restored by Monday afternoon, National Grid said [1.5].", S1, "S"),  # passive
("Reconnection for some rural properties could take until Wednesday, National Grid cautioned [1.5].", S1, "S"),  # might = could
("Police in Gwent said an elderly man died when a tree struck his car near Abergavenny [1.6].", S1, "S"),  # 70s = elderly (generalisation)
("Trains could not run between Cardiff and Swansea for much of Monday because of debris [1.7].", S1, "S"),  # paraphrase
("According to forecaster Aidan McGivern, the wind has eased from its worst, but rivers will be high for several more days [1.8].", S1, "S"),  # reported speech
("The amber rain warning for parts of south Wales lasts until 6pm on Tuesday [1.9].", S1, "S"),  # 18:00 = 6pm
("Pupils in Powys and Monmouthshire had no school on Monday because of closures [1.10].", S1, "S"),  # paraphrase
("Storm Amy, earlier this month, was the first named storm of the season, and Bronagh is the second [1.11].", S1, "S"),  # inferred first; "second ... following Amy" (Amy first)
("A man in his 70s died near Abergavenny as more than 120,000 homes lost power [1.1, 1.6].", S1, "S"),  # merge
("As about 90,000 customers were reconnected by Monday afternoon, trains between Cardiff and Swansea remained suspended for most of the day [1.5, 1.7].", S1, "S"),  # merge
("Wind gusts hit 84mph in Snowdonia, and the Environment Agency issued 46 flood warnings [1.2, 1.4].", S1, "S"),  # merge
]
