# Domain: a wildfire with evacuations and hectares burned
S1 = " ".join([
    "A wildfire in the hills north of Valdoria has burned more than 12,000 hectares since it broke out on Saturday afternoon, regional authorities said on Monday.",
    "About 4,500 residents of five villages have been evacuated, and a further 2,000 people have been told to prepare to leave.",
    "At least 38 homes have been destroyed, according to the regional fire service.",
    "No deaths have been reported, but two firefighters were treated in hospital for smoke inhalation.",
    "More than 600 firefighters, supported by 14 water-bombing aircraft, are battling the blaze.",
    "Strong winds gusting up to 70 kilometres per hour have hampered efforts to contain it.",
    "Fire chief Marta Celis said the fire was \"only about 20% contained\" and warned that the coming 48 hours would be critical.",
    "Investigators believe the fire may have been started by sparks from farm machinery, although arson has not been ruled out.",
    "The main coastal motorway was closed for several hours on Sunday as smoke reduced visibility.",
    "Temperatures in the region reached 41 degrees Celsius last week, and forecasters expect them to stay above 35 degrees until Thursday.",
    "Regional president Andrés Vidal said the government would declare a disaster zone, allowing affected residents to claim emergency aid.",
    "It is the largest fire in the region since 2017, when about 18,000 hectares burned.",
])
PROBES = [
("Regional officials said on Monday that the fire north of Valdoria had scorched over 12,000 hectares since starting on Saturday afternoon [1.1].", S1, "S"),  # paraphrase
("The fire has burned more than 12,000 acres [1.1].", S1, "R"),  # unit error
("The fire broke out on Sunday afternoon [1.1].", S1, "R"),  # wrong weekday
("The fire has burned more than 21,000 hectares [1.1].", S1, "R"),  # wrong figure
("The fire started in the hills south of Valdoria [1.1].", S1, "R"),  # north -> south
("Roughly 4,500 people from five villages have been evacuated, with another 2,000 told to be ready to leave [1.2].", S1, "S"),  # paraphrase
("About 6,500 people have been evacuated [1.2].", S1, "R"),  # merged both groups as evacuated
("About 4,500 residents of six villages have been evacuated [1.2].", S1, "R"),  # wrong figure
("Around 6,500 people have either been evacuated or told to prepare to leave [1.2].", S1, "S"),  # 4,500+2,000 with correct framing
("A further 2,000 people have been ordered to leave [1.2].", S1, "R"),  # prepare to leave -> ordered
("The regional fire service said at least 38 homes had been destroyed [1.3].", S1, "S"),  # paraphrase
("Exactly 38 homes have been destroyed [1.3].", S1, "R"),  # at least -> exactly
("At least 38 businesses have been destroyed [1.3].", S1, "R"),  # homes -> businesses
("At least 83 homes have been destroyed [1.3].", S1, "R"),  # transposed figure
("Nobody has been reported killed, though two firefighters needed hospital treatment for smoke inhalation [1.4].", S1, "S"),  # paraphrase
("Two firefighters have died [1.4].", S1, "R"),  # contradiction
("Two residents were treated in hospital for smoke inhalation [1.4].", S1, "R"),  # wrong role
("Two firefighters were treated in hospital for burns [1.4].", S1, "R"),  # wrong injury
("Three firefighters were treated in hospital [1.4].", S1, "R"),  # wrong figure
("Over 600 firefighters and 14 water-bombing planes are tackling the fire [1.5].", S1, "S"),  # paraphrase
("More than 600 firefighters and 41 aircraft are fighting the fire [1.5].", S1, "R"),  # transposed figure
("More than 600 firefighters are fighting the blaze, backed by helicopters [1.5].", S1, "R"),  # aircraft -> helicopters, specificity added
("Firefighting aircraft are involved in the response [1.5].", S1, "S"),  # generalisation
("Gusts of up to 70 km/h have made the fire harder to contain [1.6].", S1, "S"),  # paraphrase
("Winds gusting up to 70 miles per hour have hampered efforts [1.6].", S1, "R"),  # unit error
("Strong winds have helped firefighters contain the blaze [1.6].", S1, "R"),  # antonym
("Marta Celis said the blaze was only around one-fifth contained [1.7].", S1, "S"),  # 20% = one-fifth
("Marta Celis warned that the next two days would be critical [1.7].", S1, "S"),  # 48 hours = two days
("Marta Celis said the fire was about 80% contained [1.7].", S1, "R"),  # wrong figure
("Marta Celis said the fire was about 20% contained and would be under control within 48 hours [1.7].", S1, "R"),  # added prediction
("Andrés Vidal said the fire was only about 20% contained [1.7].", S1, "R"),  # wrong speaker
("Investigators think sparks from farm machinery may have caused the fire, but they have not excluded arson [1.8].", S1, "S"),  # paraphrase
("Investigators have concluded that sparks from farm machinery started the fire [1.8].", S1, "R"),  # dropped hedge
("Investigators have ruled out arson [1.8].", S1, "R"),  # negation error
("Investigators believe the fire was started deliberately [1.8].", S1, "R"),  # arson not ruled out != believed
("Arson remains a possibility, according to investigators [1.8].", S1, "S"),  # paraphrase of not ruled out
("Smoke forced the closure of the main coastal motorway for several hours on Sunday [1.9].", S1, "S"),  # paraphrase; smoke reduced visibility
("The main coastal motorway was closed for several days [1.9].", S1, "R"),  # hours -> days
("The main coastal motorway remains closed [1.9].", S1, "R"),  # unsupported, closed for several hours
("The main coastal motorway was closed on Monday [1.9].", S1, "R"),  # wrong day
("Temperatures hit 41C last week and are forecast to remain above 35C until Thursday [1.10].", S1, "S"),  # paraphrase
("Temperatures are expected to stay above 41 degrees until Thursday [1.10].", S1, "R"),  # wrong figure swap
("Temperatures are forecast to stay above 35 degrees until Friday [1.10].", S1, "R"),  # wrong weekday
("Temperatures will definitely stay above 35 degrees until Thursday [1.10].", S1, "R"),  # stronger modality
("Andrés Vidal said a disaster zone would be declared so that residents affected could claim emergency aid [1.11].", S1, "S"),  # reported speech
("Andrés Vidal said the government had already declared a disaster zone [1.11].", S1, "R"),  # would -> had already
("Andrés Vidal said the government would declare a disaster zone, allowing residents to claim compensation for lost crops [1.11].", S1, "R"),  # added detail
("Marta Celis said the government would declare a disaster zone [1.11].", S1, "R"),  # wrong speaker
("This is the region's biggest fire since 2017, when roughly 18,000 hectares were burned [1.12].", S1, "S"),  # paraphrase
("This is the largest fire in the region's history [1.12].", S1, "R"),  # overgeneralisation; 2017 was bigger
("The 2017 fire burned about 8,000 hectares [1.12].", S1, "R"),  # wrong figure
("The 2017 fire was larger than the current one [1.1, 1.12].", S1, "S"),  # largest since 2017 implies the 2017 fire (18,000 ha) was bigger
("The fire has destroyed at least 38 homes and forced about 4,500 people from their homes [1.2, 1.3].", S1, "S"),  # merge
("The fire has destroyed at least 38 homes and forced about 4,500 people from their homes [1.3].", S1, "R"),  # evacuation figure uncited
("Strong winds and temperatures of 41 degrees caused the fire [1.6, 1.10].", S1, "R"),  # added causation
("Firefighters are struggling against strong winds, and the fire is only about a fifth contained [1.6, 1.7].", S1, "S"),  # merge
("No one has died in the fire [1.4].", S1, "R"),  # (relabelled: source says no deaths reported; dropping "reported" hedge asserts more)
("No deaths have been reported so far [1.4].", S1, "S"),  # faithful
("The fire has been burning since the weekend [1.1].", S1, "S"),  # Saturday = weekend
("The wildfire has forced the evacuation of five villages [1.2].", S1, "S"),  # paraphrase
("The wildfire has forced the evacuation of five towns, including Valdoria [1.1, 1.2].", S1, "R"),  # added Valdoria
("Authorities said on Monday the blaze had consumed over 12,000 hectares [1.1].", S1, "S"),  # paraphrase
("Thousands of people have been evacuated from five villages [1.2].", S1, "S"),  # 4,500 = thousands
("The fire has destroyed no fewer than 38 homes, the fire service said [1.3].", S1, "S"),  # paraphrase of at least
("Fourteen water-bombing aircraft are supporting the ground crews [1.5].", S1, "S"),  # paraphrase
("Wind gusts of as much as 70 kilometres an hour have made the fire harder to bring under control [1.6].", S1, "S"),  # paraphrase
("The fire chief said the coming two days would be crucial [1.7].", S1, "S"),  # reported speech
("Farm machinery sparks are a suspected cause, investigators said [1.8].", S1, "S"),  # nominalisation
("Poor visibility due to smoke shut the main coastal motorway for a few hours on Sunday [1.9].", S1, "S"),  # paraphrase
("Residents affected will be able to claim emergency aid once a disaster zone is declared, the regional president said [1.11].", S1, "S"),  # reported speech
("The region has not seen a bigger fire since 2017 [1.12].", S1, "S"),  # paraphrase
("Over 600 firefighters are battling a blaze that is only about a fifth contained [1.5, 1.7].", S1, "S"),  # merge
]
