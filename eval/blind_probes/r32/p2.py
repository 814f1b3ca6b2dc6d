# Domain: a landslide that cut off mountain villages, with rescue and casualty figures
S1 = " ".join([
    "A landslide triggered by days of heavy rain has cut off at least 14 villages in the northern district of Valdora, officials said on Sunday.",
    "The slide struck shortly before dawn on Saturday, burying a 3km stretch of the main mountain road.",
    "Rescue teams have so far pulled 37 people alive from the debris.",
    "Eleven people are confirmed dead and 23 remain missing, according to the regional civil protection agency.",
    "The agency said the death toll was likely to rise as crews reached more remote hamlets.",
    "About 4,200 residents are without road access, and power has been lost to around 2,000 homes.",
    "Two army helicopters began dropping food and water to the stranded villages on Sunday afternoon.",
    "Regional governor Elena Marchetti said the road could take \"at least three weeks\" to reopen.",
    "\"We are doing everything humanly possible to reach every family,\" Ms Marchetti told reporters in the town of Castelverde.",
    "Rainfall in the district reached 310mm over four days, more than the usual total for the whole of October.",
    "Geologists had warned in a 2019 report that the slope above the road was unstable.",
    "A field hospital with 40 beds has been set up in Castelverde to treat the injured.",
    "The national government has released 15 million euros in emergency funding for the district.",
])
PROBES = [
("Officials said on Sunday that at least 14 villages in Valdora had been cut off by a landslide [1.1].", S1, "S"),  # reorder, passive
("At least 14 villages have been isolated by the slide [1.1].", S1, "S"),  # cut off = isolated
("The landslide was set off by heavy rain lasting several days [1.1].", S1, "S"),  # triggered = set off
("The landslide hit just before dawn on Saturday [1.2].", S1, "S"),  # synonyms
("A 3km section of the main mountain road was buried [1.2].", S1, "S"),  # passive, dropped detail
("The landslide struck a day before officials said that at least 14 villages were cut off [1.1, 1.2].", S1, "S"),  # Saturday vs Sunday
("So far, 37 people have been rescued alive from the debris [1.3].", S1, "S"),  # pulled alive = rescued alive
("Rescuers have recovered 37 survivors from the debris [1.3].", S1, "S"),  # paraphrase
("The regional civil protection agency has confirmed 11 deaths [1.4].", S1, "S"),  # nominalisation
("Twenty-three people are still missing [1.4].", S1, "S"),  # number format
("The death toll stands at 11 [1.4].", S1, "S"),  # paraphrase
("Together, the dead and missing number 34 [1.4].", S1, "S"),  # 11 + 23
("More people have been rescued alive than are missing [1.3, 1.4].", S1, "S"),  # 37 > 23
("The agency said more deaths were likely as crews reached remote hamlets [1.5].", S1, "S"),  # toll likely to rise = more deaths likely
("Eleven people have died, 23 are missing and more deaths are likely, the civil protection agency said [1.4-5].", S1, "S"),  # range merge
("Roughly 4,200 people have no road access [1.6].", S1, "S"),  # residents = people
("Thousands of residents are without road access [1.6].", S1, "S"),  # 4,200 = thousands
("Around 2,000 homes have lost power [1.6].", S1, "S"),  # voice change
("On Sunday afternoon, two army helicopters started delivering food and water to the cut-off villages by air [1.7].", S1, "S"),  # dropping = airborne delivery
("Helicopter drops of food and water began a day after the landslide [1.2, 1.7].", S1, "S"),  # Saturday -> Sunday
("Elena Marchetti, the regional governor, said reopening the road could take at least three weeks [1.8].", S1, "S"),  # nominalisation
("The governor warned the road may stay closed for three weeks or more [1.8].", S1, "S"),  # could take at least three weeks to reopen
("Ms Marchetti told reporters in Castelverde that everything humanly possible was being done to reach every family [1.9].", S1, "S"),  # indirect speech
("Speaking in Castelverde, Marchetti said: \"We are doing everything humanly possible to reach every family.\" [1.9]", S1, "S"),  # near-verbatim, end citation
("Over four days, 310mm of rain fell in the district [1.10].", S1, "S"),  # reorder
("The four-day rainfall exceeded the district's usual total for the entire month of October [1.10].", S1, "S"),  # paraphrase
("A 2019 report by geologists had warned that the slope above the road was unstable [1.11].", S1, "S"),  # reorder
("The instability of the slope above the road had been flagged by geologists in 2019 [1.11].", S1, "S"),  # nominalisation, passive
("A 40-bed field hospital has been set up in Castelverde [1.12].", S1, "S"),  # compound modifier
("A field hospital has been established in Castelverde to care for the injured [1.12].", S1, "S"),  # synonyms
("Fifteen million euros of emergency funding has been released by the national government [1.13].", S1, "S"),  # passive
("The national government has made 15m euros of emergency money available to the district [1.13].", S1, "S"),  # number format, paraphrase
("A landslide triggered by days of heavy rain has cut off at least 41 villages in Valdora [1.1].", S1, "R"),  # 14 -> 41
("A landslide has cut off at least 14 villages in the southern district of Valdora [1.1].", S1, "R"),  # northern -> southern
("The landslide was caused by a minor earthquake [1.1].", S1, "R"),  # invented cause; source says heavy rain
("The slide struck shortly after dusk on Saturday [1.2].", S1, "R"),  # before dawn -> after dusk
("The slide struck shortly before dawn on Sunday [1.2].", S1, "R"),  # Saturday -> Sunday
("The slide buried a 3km stretch of the main railway line [1.2].", S1, "R"),  # road -> railway
("Rescue teams have so far pulled 37 bodies from the debris [1.3].", S1, "R"),  # alive -> bodies
("Rescue teams have so far pulled 37 people alive from the debris [1.4].", S1, "R"),  # wrong citation: fact is in 1.3
("More people are missing than have been rescued alive [1.3, 1.4].", S1, "R"),  # 23 missing < 37 rescued
("Eleven people are confirmed dead and 23 remain missing, according to the national civil protection agency [1.4].", S1, "R"),  # regional -> national
("Twenty-three people are confirmed dead and 11 remain missing [1.4].", S1, "R"),  # figures swapped
("Eleven people are confirmed dead, including three children [1.4].", S1, "R"),  # added detail
("The landslide is the deadliest in Valdora's history [1.4].", S1, "R"),  # invented superlative
("The agency said the death toll would rise as crews reached more remote hamlets [1.5].", S1, "R"),  # hedge dropped: likely -> would
("The agency said the death toll was unlikely to rise [1.5].", S1, "R"),  # negation flipped
("Rescue teams have pulled 37 people alive from the debris, and all 23 missing people are expected to be found alive [1.3-5].", S1, "R"),  # invented expectation; agency expects more deaths
("About 4,200 homes are without power [1.6].", S1, "R"),  # figure moved to wrong group (2,000 homes)
("Power has been lost to every home in the district [1.6].", S1, "R"),  # around 2,000 homes -> every home
("Two army helicopters began dropping food and water to the stranded villages on Saturday afternoon [1.7].", S1, "R"),  # Sunday -> Saturday
("Two navy helicopters began dropping food and water to the stranded villages [1.7].", S1, "R"),  # army -> navy
("All of the stranded villages have now received food and water by helicopter [1.7].", S1, "R"),  # 'began dropping' -> all received
("Regional governor Elena Marchetti said the road would take exactly three weeks to reopen [1.8].", S1, "R"),  # could/at least -> would/exactly
("Regional governor Elena Marchetti said the road could reopen within three weeks [1.8].", S1, "R"),  # at least three weeks -> within three weeks
("The governor said the road could take at least three weeks to reopen, while 37 people have been pulled alive from the debris [1.8].", S1, "R"),  # clause from uncited 1.3
("\"We are doing everything humanly possible to reach every family,\" the civil protection agency told reporters in Castelverde [1.9].", S1, "R"),  # wrong speaker
("\"We are doing everything possible to reach every village,\" Ms Marchetti told reporters [1.9].", S1, "R"),  # altered quote
("Ms Marchetti told reporters in the town of Castelverde, where the landslide struck, that everything possible was being done [1.9].", S1, "R"),  # added: slide location not given
("Rainfall in the district reached 310mm over four days, more than the usual total for the whole of November [1.10].", S1, "R"),  # October -> November
("Rainfall in the district reached 310mm in a single day [1.10].", S1, "R"),  # four days -> single day
("Geologists had warned in a 2019 report that the slope above the road was stable [1.11].", S1, "R"),  # unstable -> stable
("Geologists had warned in a 2017 report that the slope above the road was unstable [1.11].", S1, "R"),  # 2019 -> 2017
("Officials ignored a 2019 geologists' report warning that the slope above the road was unstable [1.11].", S1, "R"),  # 'ignored' added
("A field hospital with 400 beds has been set up in Castelverde [1.12].", S1, "R"),  # 40 -> 400
("A field hospital with 40 beds has been set up in Castelverde to treat the injured, and it is already full [1.12].", S1, "R"),  # added clause
("The regional government has released 15 million euros in emergency funding for the district [1.13].", S1, "R"),  # national -> regional
("The national government has released 50 million euros in emergency funding for the district [1.13].", S1, "R"),  # 15 -> 50
]
