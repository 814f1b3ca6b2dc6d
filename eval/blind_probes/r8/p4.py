# Health / science studies
H1 = ("Adults who walked at least 7,000 steps a day had a 47 percent lower risk of dying over a ten-year period than those who walked fewer than 4,000, according to a study published on Monday in the journal Cardiology Today. "
      "The researchers followed 12,400 adults aged 40 to 75 in Denmark and Sweden. "
      "The benefit levelled off above about 10,000 steps, the study found. "
      "Lead author Karin Holm of Uppsala University cautioned that the study was observational and could not prove that walking itself lowered the risk. "
      "People who walked more were also less likely to smoke and more likely to have a university degree. "
      "The study was funded by the Nordic Heart Foundation.")
H2 = ("An experimental vaccine against respiratory syncytial virus reduced hospitalisations among infants by 72 percent in a late-stage trial, the drugmaker Pellan said on Thursday. "
      "The trial enrolled 3,100 pregnant women in nine countries, who received either the vaccine or a placebo. "
      "The most common side effects were pain at the injection site and mild fatigue. "
      "Pellan said it planned to seek approval from European regulators early next year. "
      "Independent experts said the results were promising but noted that the trial was not large enough to detect rare side effects. "
      "RSV causes about 100,000 infant deaths worldwide each year, most of them in low-income countries.")
H3 = ("Researchers at the Marine Institute of Lisbon have found that coral reefs off the coast of Cape Verde recovered faster after a bleaching event than scientists had expected. "
      "Surveys in 2024 showed that coral cover had returned to 80 percent of its pre-bleaching level within four years. "
      "The team suggested that cooler currents from deeper water may have protected some reefs. "
      "The findings, published in Marine Ecology Letters, were based on 340 dives at 22 sites. "
      "Co-author Joao Pereira said the results did not mean that reefs elsewhere would recover as quickly.")
H4 = ("A city-wide fluoride programme in Westhaven was followed by a 21 percent drop in tooth decay among children aged 5 to 12, a health department report said. "
      "The report compared dental records from 2015, before the programme began, with those from 2023. "
      "Over the same period, the number of children seeing a dentist at least once a year rose from 64 percent to 71 percent. "
      "The authors said the rise in dental visits might account for part of the decline. "
      "The programme costs the city about $1.40 per resident each year.")
PROBES = [
    # --- supported
    ("Adults walking at least 7,000 steps daily had a 47% lower risk of dying over ten years than those walking fewer than 4,000, a study published Monday found [1.1].", H1, "S"),
    ("The study, published in Cardiology Today, followed 12,400 adults aged 40 to 75 in Denmark and Sweden [1.1][1.2].", H1, "S"),
    ("The benefit levelled off above roughly 10,000 steps [1.3].", H1, "S"),
    ("Lead author Karin Holm warned that the observational study could not prove that walking itself lowered the risk [1.4].", H1, "S"),
    ("People who walked more were also less likely to smoke [1.5].", H1, "S"),
    ("The Nordic Heart Foundation funded the study [1.6].", H1, "S"),
    ("Pellan said on Thursday that its experimental RSV vaccine cut infant hospitalisations by 72 percent in a late-stage trial [1.1].", H2, "S"),
    ("The trial enrolled 3,100 pregnant women in nine countries, who got either the vaccine or a placebo [1.2].", H2, "S"),
    ("Injection-site pain and mild fatigue were the most common side effects [1.3].", H2, "S"),
    ("Pellan said it planned to seek European approval early next year [1.4].", H2, "S"),
    ("Independent experts called the results promising but noted the trial was too small to detect rare side effects [1.5].", H2, "S"),
    ("RSV causes about 100,000 infant deaths worldwide each year [1.6].", H2, "S"),
    ("Researchers at the Marine Institute of Lisbon found that coral reefs off Cape Verde recovered faster after bleaching than expected [1.1].", H3, "S"),
    ("Coral cover had returned to 80 percent of its pre-bleaching level within four years, 2024 surveys showed [1.2].", H3, "S"),
    ("The team suggested cooler currents from deeper water may have protected some reefs [1.3].", H3, "S"),
    ("The findings were based on 340 dives at 22 sites [1.4].", H3, "S"),
    ("Co-author Joao Pereira said the results did not mean reefs elsewhere would recover as quickly [1.5].", H3, "S"),
    ("Tooth decay among Westhaven children aged 5 to 12 fell 21 percent after a city-wide fluoride programme, a health department report said [1.1].", H4, "S"),
    ("The report compared dental records from 2015 with those from 2023 [1.2].", H4, "S"),
    ("The share of children seeing a dentist at least once a year rose from 64 percent to 71 percent [1.3].", H4, "S"),
    ("The authors said more dental visits might explain part of the decline [1.4].", H4, "S"),
    ("The programme costs the city about $1.40 per resident a year [1.5].", H4, "S"),
    # --- unsupported
    # 47% lower risk -> 47% lower risk of heart disease
    ("Walking at least 7,000 steps a day was linked to a 47 percent lower risk of heart disease [1.1].", H1, "R"),
    # caution dropped: causal claim
    ("Walking at least 7,000 steps a day lowers the risk of dying by 47 percent because of the exercise [1.1].", H1, "R"),
    # levelled off -> kept rising
    ("The benefit kept rising above about 10,000 steps [1.3].", H1, "R"),
    # Holm of Uppsala -> Lund
    ("Lead author Karin Holm of Lund University cautioned that the study was observational [1.4].", H1, "R"),
    # aged 40 to 75 -> aged 40 to 65
    ("The researchers followed 12,400 adults aged 40 to 65 [1.2].", H1, "R"),
    # observational: Holm said walking itself lowered the risk (negation removed)
    ("Karin Holm said the study proved that walking itself lowered the risk [1.4].", H1, "R"),
    # funded by Nordic Heart Foundation -> conducted by
    ("The study was conducted by the Nordic Heart Foundation [1.6].", H1, "R"),
    # less likely to smoke -> more likely to smoke
    ("People who walked more were also more likely to smoke [1.5].", H1, "R"),
    # reduced hospitalisations among infants -> deaths
    ("The vaccine reduced infant deaths by 72 percent in a late-stage trial [1.1].", H2, "R"),
    # planned to seek -> has sought / applied
    ("Pellan has applied for approval from European regulators [1.4].", H2, "R"),
    # Pellan said (claim) -> stated by experts
    ("Independent experts said the vaccine reduced hospitalisations among infants by 72 percent [1.1][1.5].", H2, "R"),
    # "most of them in low-income countries" -> all
    ("RSV causes about 100,000 infant deaths a year, all of them in low-income countries [1.6].", H2, "R"),
    # 3,100 pregnant women -> 3,100 infants
    ("The trial enrolled 3,100 infants in nine countries [1.2].", H2, "R"),
    # mild fatigue -> severe fatigue
    ("The most common side effects were pain at the injection site and severe fatigue [1.3].", H2, "R"),
    # nine countries -> European countries (added detail)
    ("The trial enrolled 3,100 pregnant women in nine European countries [1.2].", H2, "R"),
    # faster than expected -> slower
    ("Coral reefs off Cape Verde recovered more slowly after a bleaching event than scientists had expected [1.1].", H3, "R"),
    # 80 percent of pre-bleaching level -> fully recovered
    ("Coral cover had fully returned to its pre-bleaching level within four years [1.2].", H3, "R"),
    # may have protected -> protected (hedge dropped)
    ("Cooler currents from deeper water protected some reefs, the team found [1.3].", H3, "R"),
    # 340 dives at 22 sites -> 22 dives at 340 sites (swap)
    ("The findings were based on 22 dives at 340 sites [1.4].", H3, "R"),
    # Pereira: did not mean -> said reefs elsewhere would recover as quickly
    ("Co-author Joao Pereira said reefs elsewhere would recover as quickly [1.5].", H3, "R"),
    # 21 percent drop -> drop in tooth decay among all residents (restriction dropped)
    ("Tooth decay among Westhaven residents fell 21 percent after the fluoride programme [1.1].", H4, "R"),
    # authors said might account for part -> account for all
    ("The authors said the rise in dental visits accounted for the entire decline [1.4].", H4, "R"),
    # cost per resident -> per child
    ("The programme costs the city about $1.40 per child each year [1.5].", H4, "R"),
    # 2015 before programme began -> programme began in 2023
    ("The fluoride programme began in 2023 [1.2].", H4, "R"),
    # invented cause: drop was caused by fluoride
    ("The fluoride programme caused a 21 percent drop in tooth decay among children aged 5 to 12 [1.1].", H4, "R"),
]
