# Domain: heatwave with wildfires and a hosepipe ban
S1 = " ".join([
    "Temperatures reached 36.4C at Cambridge on Tuesday, the highest of the year so far and the hottest July day in the city since 2022.",
    "The Met Office has extended its amber extreme heat warning for much of England until Thursday evening, with forecasters saying 38C was possible in parts of the south-east.",
    "Firefighters in Surrey spent more than 14 hours tackling a grass fire on Chobham Common that burned across about 120 hectares.",
    "Surrey Fire and Rescue Service said 60 firefighters and 12 engines were deployed at the height of the blaze, and 17 homes were evacuated as a precaution.",
    "Residents were allowed to return on Wednesday morning, and no injuries were reported.",
    "Assistant chief fire officer Lucy Granger said the fire had 'spread at a speed we rarely see in this country' because of the dry vegetation.",
    "Police are investigating whether the fire was started deliberately.",
    "Southern Water announced that a hosepipe ban would come into force on 26 July for about 1.2 million customers in Hampshire and the Isle of Wight.",
    "The ban, officially called a temporary use ban, will prohibit using a hosepipe to water gardens, wash cars or fill paddling pools.",
    "Customers who break the ban could face a fine of up to £1,000.",
    "The company said demand for water had reached 720 million litres a day last week, about 20% above normal for the time of year.",
    "Southern Water's head of water resources, Mark Ellison, said reservoir levels were 'not yet critical' but that the ban was needed to protect supplies for the rest of the summer.",
    "The Environment Agency said rainfall in the region between March and June had been 45% below the long-term average.",
    "Campaign group River Action accused the company of losing too much water through leaks, which it said amounted to around 90 million litres a day.",
    "Southern Water said it had reduced leakage by 12% over the past three years.",
    "The UK Health Security Agency has issued an amber heat-health alert, warning of a rise in deaths among people aged over 65 and those with heart and lung conditions.",
])
PROBES = [
("Cambridge recorded 36.4C on Tuesday, the year's highest temperature so far [1.1].", S1, "S"),  # matches
("Tuesday was Cambridge's hottest July day since 2022 [1.1].", S1, "S"),  # matches
("Temperatures reached 36.4C at Cambridge on Monday [1.1].", S1, "R"),  # Tuesday
("Cambridge's 36.4C was the hottest day on record in the city [1.1].", S1, "R"),  # since 2022 / year so far
("Cambridge had its hottest July day since 2020 [1.1].", S1, "R"),  # 2022
("The Met Office's amber extreme heat warning for much of England now runs until Thursday evening [1.2].", S1, "S"),  # extended
("Forecasters said parts of south-east England could reach 38C [1.2].", S1, "S"),  # possible
("Forecasters said temperatures could climb above Tuesday's 36.4C in parts of the south-east [1.1, 1.2].", S1, "S"),  # 38C possible
("The Met Office issued a red extreme heat warning [1.2].", S1, "R"),  # amber
("Forecasters said 38C would be reached in the south-east [1.2].", S1, "R"),  # possible -> would
("The amber warning was extended until Thursday morning [1.2].", S1, "R"),  # evening
("A grass fire on Chobham Common burned around 120 hectares and took Surrey firefighters over 14 hours to tackle [1.3].", S1, "S"),  # matches
("The Chobham Common blaze was a grass fire in Surrey [1.3].", S1, "S"),  # matches
("Firefighters tackled a grass fire that burned across about 210 hectares [1.3].", S1, "R"),  # 120
("The Chobham Common fire was a forest fire in Hampshire [1.3].", S1, "R"),  # grass fire, Surrey
("At the peak of the Chobham Common fire, 60 firefighters and 12 engines were at the scene [1.3, 1.4].", S1, "S"),  # blaze = Chobham
("The Surrey fire service deployed a dozen engines at the height of the blaze [1.4].", S1, "S"),  # 12
("Surrey Fire and Rescue Service deployed 12 firefighters and 60 engines [1.4].", S1, "R"),  # swapped
("Seventeen homes were destroyed by the blaze [1.4].", S1, "R"),  # evacuated as precaution
("Firefighters from Surrey and Hampshire were sent to the blaze [1.3, 1.4].", S1, "R"),  # Hampshire not mentioned
("Seventeen homes were evacuated as a precaution, and residents were able to go back on Wednesday morning [1.4, 1.5].", S1, "S"),  # merged
("No one was reported injured [1.5].", S1, "S"),  # matches
("Residents were allowed to return on Tuesday evening [1.5].", S1, "R"),  # Wednesday morning
("Two firefighters were treated for heat exhaustion [1.5].", S1, "R"),  # no injuries reported
("Lucy Granger blamed dry vegetation for the fire's unusually rapid spread [1.6].", S1, "S"),  # paraphrase
("A senior fire officer said the fire had spread at a speed rarely seen in the country [1.6].", S1, "S"),  # generalised
("Chief fire officer Lucy Granger said the fire spread unusually fast [1.6].", S1, "R"),  # assistant chief fire officer
("Lucy Granger said the fire had been started deliberately [1.6, 1.7].", S1, "R"),  # police investigating; she blamed vegetation
("Police are looking into whether the fire was arson [1.7].", S1, "S"),  # started deliberately
("Police have confirmed that the fire was started deliberately [1.7].", S1, "R"),  # investigating whether
("Southern Water will impose a hosepipe ban from 26 July affecting around 1.2 million customers [1.8].", S1, "S"),  # matches
("The hosepipe ban covers Hampshire and the Isle of Wight [1.8].", S1, "S"),  # matches
("Southern Water announced a hosepipe ban from 26 June [1.8].", S1, "R"),  # July
("The hosepipe ban will affect about 2.1 million customers [1.8].", S1, "R"),  # 1.2 million
("The hosepipe ban covers Hampshire and West Sussex [1.8].", S1, "R"),  # Isle of Wight
("The hosepipe ban came into force on Tuesday [1.1, 1.8].", S1, "R"),  # from 26 July
("Under the temporary use ban, customers may not use a hosepipe to wash cars or fill paddling pools [1.9].", S1, "S"),  # subset
("From 26 July, Southern Water customers in Hampshire and the Isle of Wight will not be allowed to water their gardens with a hosepipe [1.8, 1.9].", S1, "S"),  # merged
("The ban is formally known as a temporary use ban [1.9].", S1, "S"),  # matches
("The ban will prohibit using a hosepipe to water allotments and fill swimming pools [1.9].", S1, "R"),  # gardens, paddling pools
("People who break the hosepipe ban risk fines of as much as £1,000 [1.10].", S1, "S"),  # matches
("Customers who break the ban will be fined £1,000 [1.10].", S1, "R"),  # could face up to
("Water demand hit 720 million litres a day last week, around a fifth above normal for the season [1.11].", S1, "S"),  # 20%
("Demand for water reached 720 million litres a day last week, about 20% below normal [1.11].", S1, "R"),  # above
("Demand reached 720 million litres a day, about 20% higher than last summer [1.11].", S1, "R"),  # normal for time of year, not last summer
("Mark Ellison said reservoirs were not yet at critical levels but the ban was needed to safeguard supplies for the rest of the summer [1.12].", S1, "S"),  # reported speech
("Southern Water said it needed the ban even though reservoir levels were not yet critical [1.12].", S1, "S"),  # Ellison is SW
("Mark Ellison said reservoir levels were critical [1.12].", S1, "R"),  # not yet critical
("Mark Ellison, Southern Water's chief executive, said the ban was needed [1.12].", S1, "R"),  # head of water resources
("The Environment Agency said spring and early-summer rainfall in the region was 45% below the long-term average [1.13].", S1, "S"),  # March to June
("Southern Water reported above-normal demand for water, while the Environment Agency said rainfall in the region from March to June was well below average [1.11, 1.13].", S1, "S"),  # merged
("The Met Office said rainfall between March and June had been 45% below average [1.13].", S1, "R"),  # Environment Agency
("Rainfall between March and June was 54% below the long-term average [1.13].", S1, "R"),  # 45%
("The Environment Agency said rainfall across England had been 45% below the long-term average [1.13].", S1, "R"),  # in the region
("River Action claimed Southern Water was losing about 90 million litres of water a day through leaks [1.14].", S1, "S"),  # attributed
("A campaign group accused Southern Water of excessive leakage [1.14].", S1, "S"),  # generalised
("Southern Water admitted losing around 90 million litres a day through leaks [1.14].", S1, "R"),  # River Action's figure
("Southern Water said it had cut leakage by 12% in three years [1.15].", S1, "S"),  # matches
("Southern Water said it had reduced leakage by 12% over the past year [1.15].", S1, "R"),  # three years
("Southern Water said it had reduced leakage by 12%, to around 90 million litres a day [1.14, 1.15].", S1, "R"),  # 90m is River Action's claim, not SW's
("The UKHSA has warned that deaths among over-65s could rise [1.16].", S1, "S"),  # warning of a rise
("People with heart and lung conditions are among those the health agency's alert warns about [1.16].", S1, "S"),  # matches
("The UK Health Security Agency's heat-health alert is at amber [1.16].", S1, "S"),  # matches
("The UKHSA warned of a rise in deaths among people aged over 75 [1.16].", S1, "R"),  # over 65
("The UKHSA said deaths had already risen among people with heart and lung conditions [1.16].", S1, "R"),  # warning of a rise, not already
]
