A = "Adults over 65 who walked at least 7,000 steps a day had a 30 percent lower risk of developing heart disease than those who walked fewer than 3,000 steps, according to a study published in The Lancet on Monday. The researchers followed 12,400 people in Japan for an average of eight years. The study was observational and could not prove that walking caused the lower risk, the authors noted. Lead author Dr. Kenji Sato said the findings suggested that even moderate activity might benefit older people. The benefit did not increase further above 10,000 steps."
B = "An experimental drug for Alzheimer's disease slowed cognitive decline by 27 percent over 18 months in a late-stage trial, its maker Elvora Pharma said on Thursday. The trial enrolled 1,795 patients with early-stage disease. About 12 percent of patients given the drug experienced brain swelling, compared with 2 percent of those given a placebo. The company said it would apply for approval in the United States and Europe next year. Independent experts cautioned that the benefit was modest and that the full data had not yet been peer-reviewed."
C = "Health officials in Marlow County have confirmed 17 cases of measles since March 3, most of them in children who had not been vaccinated. Four children have been admitted to hospital, and none has died. The county health department opened two walk-in vaccination clinics on Saturday. Officials urged parents to check that their children had received both doses of the MMR vaccine. The outbreak is believed to have begun with a traveller returning from abroad."
D = "Astronomers using the James Webb Space Telescope have detected carbon dioxide in the atmosphere of a planet orbiting a star 700 light-years away. The planet, WASP-88b, is a gas giant roughly the size of Saturn. The team said the finding did not indicate that the planet could support life. The results were published in the journal Nature on Wednesday. The researchers plan to look for water vapour in follow-up observations next year."

PROBES = [
    ("Adults over 65 who walked 7,000 or more steps a day had a 30 percent lower risk of heart disease than those walking fewer than 3,000, a study in The Lancet found [1.1].", A, "S"),
    ("The researchers tracked 12,400 people in Japan for eight years on average [1.2].", A, "S"),
    ("The authors noted that the observational study could not prove walking caused the lower risk [1.3].", A, "S"),
    ("Lead author Kenji Sato said the findings suggested even moderate activity might benefit older people [1.4].", A, "S"),
    ("The benefit did not grow further beyond 10,000 steps [1.5].", A, "S"),
    ("The study followed people in Japan for an average of eight years [1.2].", A, "S"),
    ("Elvora Pharma said its experimental Alzheimer's drug slowed cognitive decline by 27 percent over 18 months in a late-stage trial [1.1].", B, "S"),
    ("The trial included 1,795 patients with early-stage disease [1.2].", B, "S"),
    ("Around 12 percent of patients on the drug had brain swelling, versus 2 percent on placebo [1.3].", B, "S"),
    ("Elvora said it would seek approval in the United States and Europe next year [1.4].", B, "S"),
    ("Independent experts cautioned that the benefit was modest and the full data had not been peer-reviewed yet [1.5].", B, "S"),
    ("Marlow County health officials have confirmed 17 measles cases since March 3, mostly in unvaccinated children [1.1].", C, "S"),
    ("Four children have been hospitalised and none has died [1.2].", C, "S"),
    ("Two walk-in vaccination clinics were opened by the county health department on Saturday [1.3].", C, "S"),
    ("Officials urged parents to make sure their children had received both MMR vaccine doses [1.4].", C, "S"),
    ("The outbreak is thought to have started with a traveller returning from abroad [1.5].", C, "S"),
    ("Astronomers using the James Webb Space Telescope detected carbon dioxide in the atmosphere of a planet orbiting a star 700 light-years away [1.1].", D, "S"),
    ("WASP-88b is a gas giant about the size of Saturn [1.2].", D, "S"),
    ("The team said the detection did not indicate the planet could support life [1.3].", D, "S"),
    ("The findings were published in Nature on Wednesday [1.4].", D, "S"),
    ("The researchers plan to search for water vapour in follow-up observations next year [1.5].", D, "S"),
    ("Adults who walked at least 7,000 steps a day had a 30 percent lower risk of heart disease [1.1].", A, "R"),  # restriction dropped: over 65
    ("The study showed that walking caused a lower risk of heart disease [1.3].", A, "R"),  # could not prove causation
    ("Lead author Kenji Sato said moderate activity benefits older people [1.4].", A, "R"),  # hedges dropped (suggested, might)
    ("The researchers followed 12,400 people in China [1.2].", A, "R"),  # Japan
    ("The benefit kept increasing above 10,000 steps [1.5].", A, "R"),  # did not increase
    ("Adults over 65 who walked at least 7,000 steps a day had a 30 percent higher risk of developing heart disease [1.1].", A, "R"),  # lower -> higher
    ("The drug slowed cognitive decline by 27 percent over 12 months [1.1].", B, "R"),  # 18 months
    ("About 12 percent of patients given a placebo experienced brain swelling [1.3].", B, "R"),  # drug group, placebo 2%
    ("Elvora Pharma has received approval for the drug in the United States [1.4].", B, "R"),  # will apply next year
    ("Independent experts said the benefit was substantial [1.5].", B, "R"),  # modest
    ("The trial enrolled 1,795 patients with late-stage disease [1.2].", B, "R"),  # early-stage
    ("Elvora Pharma said the drug slowed cognitive decline by 27 percent because it clears amyloid from the brain [1.1].", B, "R"),  # invented mechanism/cause
    ("Health officials have confirmed 17 measles cases, all of them in unvaccinated children [1.1].", C, "R"),  # most -> all
    ("Four children have died of measles [1.2].", C, "R"),  # hospitalised, none died
    ("The county health department opened two walk-in vaccination clinics on Sunday [1.3].", C, "R"),  # Saturday
    ("Officials said the outbreak began with a traveller returning from abroad [1.5].", C, "R"),  # hedge dropped (is believed); attribution invented
    ("Officials urged parents to check that their children had received one dose of the MMR vaccine [1.4].", C, "R"),  # both doses
    ("Astronomers using the Hubble Space Telescope detected carbon dioxide [1.1].", D, "R"),  # Webb
    ("The team said the finding indicated that the planet could support life [1.3].", D, "R"),  # negation dropped
    ("The planet, WASP-88b, is a rocky planet roughly the size of Saturn [1.2].", D, "R"),  # gas giant
    ("The researchers detected water vapour in the planet's atmosphere [1.5].", D, "R"),  # plan to look for it
    ("The results were published in the journal Science on Wednesday [1.4].", D, "R"),  # Nature
]
