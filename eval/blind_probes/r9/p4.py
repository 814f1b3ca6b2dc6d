# medicine / science studies
M1 = ("A daily dose of the blood-pressure drug telmisartan reduced the risk of stroke by 18% in adults over 65, according to a study published on Wednesday in The Lancet. "
      "The trial followed 12,400 patients in nine countries for an average of four years. "
      "Side effects, mainly dizziness, were reported by 7% of those taking the drug and 5% of those given a placebo. "
      "Lead author Dr Yusuf Karim of Imperial College London said the results were encouraging but cautioned that the trial had not included people with kidney disease. "
      "The study was funded by the drug's manufacturer, Bellmont Pharmaceuticals.")
M2 = ("Researchers at the University of Otago have found that a species of freshwater snail can survive being frozen for up to 48 hours. "
      "The snails, collected from alpine lakes, were cooled to minus 10 degrees Celsius in the laboratory. "
      "About two-thirds of them recovered within a day of being thawed. "
      "The team suspects that a sugar produced in the snails' tissue protects their cells from ice damage. "
      "The findings could help scientists improve methods for storing donated organs, the researchers said.")
M3 = ("Children who spent more than three hours a day on screens were twice as likely to report poor sleep as those who spent less than one hour, a survey of 8,000 Danish teenagers found. "
      "The survey did not establish whether screen use caused the sleep problems. "
      "Girls were more likely than boys to report poor sleep at every level of screen use. "
      "The authors recommended that schools teach pupils about sleep habits.")
PROBES = [
    ("According to a study in The Lancet, a daily dose of telmisartan cut the risk of stroke by 18% in adults over 65 [1.1].", M1, "S"),
    ("The trial followed 12,400 patients across nine countries for an average of four years [1.2].", M1, "S"),
    ("Side effects, chiefly dizziness, were reported by 7% of patients on the drug and 5% of those on placebo [1.3].", M1, "S"),
    ("Lead author Dr Yusuf Karim called the results encouraging [1.4].", M1, "S"),
    ("Karim cautioned that the trial had not included people with kidney disease [1.4].", M1, "S"),
    ("The drug's manufacturer, Bellmont Pharmaceuticals, funded the study [1.5].", M1, "S"),
    ("In a trial of 12,400 patients, telmisartan lowered stroke risk by 18% in over-65s [1.1][1.2].", M1, "S"),
    ("University of Otago researchers found that a freshwater snail species can survive being frozen for up to 48 hours [1.1].", M2, "S"),
    ("The snails, collected from alpine lakes, were cooled to minus 10 degrees Celsius in the lab [1.2].", M2, "S"),
    ("About two-thirds of the snails recovered within a day of thawing [1.3].", M2, "S"),
    ("The team suspects that a sugar in the snails' tissue protects their cells from ice damage [1.4].", M2, "S"),
    ("The researchers said the findings could help improve methods for storing donated organs [1.5].", M2, "S"),
    ("A survey of 8,000 Danish teenagers found that those spending more than three hours a day on screens were twice as likely to report poor sleep as those spending less than one hour [1.1].", M3, "S"),
    ("The survey did not establish whether screen use caused the sleep problems [1.2].", M3, "S"),
    ("At every level of screen use, girls were more likely than boys to report poor sleep [1.3].", M3, "S"),
    ("The authors recommended that schools teach pupils about sleep habits [1.4].", M3, "S"),
    ("The survey, of 8,000 Danish teenagers, did not establish whether screen use caused sleep problems [1.1][1.2].", M3, "S"),
    ("The trial was published in The Lancet on Wednesday [1.1].", M1, "S"),
    ("The snails were cooled to minus 10 degrees Celsius [1.2].", M2, "S"),
    ("Karim, of Imperial College London, said the results were encouraging [1.4].", M1, "S"),
    # unsupported
    # 18% -> 28%
    ("Telmisartan reduced the risk of stroke by 28% in adults over 65 [1.1].", M1, "R"),
    # over 65 restriction dropped -> widened
    ("A daily dose of telmisartan reduced the risk of stroke by 18% in adults [1.1].", M1, "R"),
    # heart attack vs stroke
    ("Telmisartan reduced the risk of heart attack by 18% in adults over 65 [1.1].", M1, "R"),
    # percentages swapped
    ("Side effects were reported by 5% of those taking the drug and 7% of those given a placebo [1.3].", M1, "R"),
    # average of four years -> at least four years
    ("The trial followed patients for at least four years [1.2].", M1, "R"),
    # Karim said trial included kidney disease
    ("Karim said the trial had included people with kidney disease [1.4].", M1, "R"),
    # funded by an independent charity
    ("The study was funded independently of the drug's manufacturer [1.5].", M1, "R"),
    # nine countries -> 19 countries
    ("The trial followed 12,400 patients in 19 countries [1.2].", M1, "R"),
    # up to 48 hours -> 48 hours (bound dropped)
    ("The snails can survive being frozen for 48 hours [1.1].", M2, "R"),
    # two-thirds -> all
    ("All of the snails recovered within a day of being thawed [1.3].", M2, "R"),
    # suspects -> showed
    ("The team showed that a sugar in the snails' tissue protects their cells from ice damage [1.4].", M2, "R"),
    # could help -> will help
    ("The findings will help scientists improve methods for storing donated organs [1.5].", M2, "R"),
    # saltwater vs freshwater
    ("Researchers found that a species of saltwater snail can survive being frozen [1.1].", M2, "R"),
    # minus 20
    ("The snails were cooled to minus 20 degrees Celsius [1.2].", M2, "R"),
    # within a day -> within an hour
    ("About two-thirds of the snails recovered within an hour of being thawed [1.3].", M2, "R"),
    # causation asserted
    ("Screen use caused poor sleep among Danish teenagers, the survey found [1.1][1.2].", M3, "R"),
    # comparative reversed: boys more likely
    ("Boys were more likely than girls to report poor sleep [1.3].", M3, "R"),
    # twice -> three times
    ("Heavy screen users were three times as likely to report poor sleep [1.1].", M3, "R"),
    # survey of Swedish
    ("A survey of 8,000 Swedish teenagers linked heavy screen use to poor sleep [1.1].", M3, "R"),
    # authors recommended banning phones
    ("The authors recommended that schools ban phones [1.4].", M3, "R"),
    # 8,000 -> 80,000
    ("The survey covered 80,000 Danish teenagers [1.1].", M3, "R"),
]
