# Domain: a monthly inflation statistics release
S1 = " ".join([
    "Consumer price inflation in the UK fell to 3.2 per cent in October, down from 3.8 per cent in September, the Office for National Statistics said on Wednesday.",
    "The fall was larger than the 3.4 per cent forecast by economists polled by Reuters and marks the lowest rate since March 2022.",
    "Falling petrol prices and a smaller rise in food costs than a year earlier were the main drivers of the decline, according to chief economist Grant Fitzner.",
    "Core inflation, which excludes energy, food, alcohol and tobacco, eased to 4.1 per cent from 4.6 per cent.",
    "Services inflation, closely watched by the Bank of England, remained stubborn at 5.9 per cent, unchanged from the previous month.",
    "Chancellor Rachel Reeves said the figures were welcome but warned that many families were still struggling with high bills.",
    "Markets now expect the Bank of England could cut interest rates as early as its December meeting.",
])
S2 = " ".join([
    "The Bank of England held its base rate at 4.75 per cent last month, with six members of the Monetary Policy Committee voting to keep rates on hold and three voting for a cut.",
    "Governor Andrew Bailey said on Thursday that October's inflation figures were encouraging but that the Bank needed to see further evidence before easing policy.",
    "He said wage growth of around 5 per cent a year was still too high to be consistent with the 2 per cent inflation target.",
    "Food inflation slowed to 2.9 per cent in October, the lowest level in more than two years, according to the British Retail Consortium.",
    "Analysts at Capital Economics predicted that headline inflation would rise slightly in January as a cap on energy bills is raised by regulator Ofgem.",
    "The Resolution Foundation said prices were still about 20 per cent higher than three years ago, leaving low-income households worse off.",
    "Opposition leader Kemi Badenoch said the government should not take credit for a fall driven by global oil prices.",
])
PROBES = [
("UK consumer price inflation dropped to 3.2 per cent in October from 3.8 per cent the month before [1.1].", S1, "S"),  # synonym + reword
("The ONS reported on Wednesday that inflation had fallen in October [1.1].", S1, "S"),  # compression
("Inflation fell by 0.6 percentage points between September and October [1.1].", S1, "S"),  # number another way (3.8-3.2)
("Inflation came in below what economists had forecast [1.2].", S1, "S"),  # fall larger than forecast
("Economists surveyed by Reuters had expected a 3.4 per cent reading [1.2].", S1, "S"),  # reword
("October's rate was the lowest since March 2022 [1.1][1.2].", S1, "S"),  # merge
("According to Grant Fitzner, cheaper petrol was one of the main reasons inflation fell [1.3].", S1, "S"),  # compression/synonym
("Core inflation, a measure that strips out energy, food, alcohol and tobacco, slowed from 4.6 per cent to 4.1 per cent [1.4].", S1, "S"),  # reorder
("Services inflation was unchanged at 5.9 per cent [1.5].", S1, "S"),  # compression
("While core inflation eased, services inflation did not move [1.4][1.5].", S1, "S"),  # merge
("Both headline and core inflation eased [1.1][1.4].", S1, "S"),  # merge/generalise
("Headline inflation fell to 3.2 per cent, below the core rate of 4.1 per cent [1.1][1.4].", S1, "S"),  # correct comparison
("Rachel Reeves welcomed the figures while cautioning that many families still faced high bills [1.6].", S1, "S"),  # reported speech reworded
("Investors think a rate cut by the Bank of England might come as soon as December [1.7].", S1, "S"),  # hedge kept
("The Bank kept its base rate at 4.75 per cent on a six-to-three vote of the committee [2.1].", S2, "S"),  # compression
("Three members of the Monetary Policy Committee voted to reduce rates [2.1].", S2, "S"),  # synonym
("Andrew Bailey described the October inflation data as encouraging [2.2].", S2, "S"),  # reword
("Bailey said the Bank wanted more evidence before lowering interest rates [2.2].", S2, "S"),  # easing policy -> lowering rates
("The governor said annual pay growth of about 5 per cent remained too high to fit with the 2 per cent target [2.2][2.3].", S2, "S"),  # pronoun resolved with 2.2
("Bailey gave his assessment of the October figures on Thursday [2.2].", S2, "S"),  # nominalisation
("The British Retail Consortium said food inflation eased to 2.9 per cent in October [2.4].", S2, "S"),  # voice/reorder
("Food price inflation in October was at its lowest in over two years, the BRC said [2.4].", S2, "S"),  # abbreviation + synonym
("Capital Economics expects headline inflation to tick up slightly in January [2.5].", S2, "S"),  # synonym
("A rise in Ofgem's energy price cap is expected to push inflation up a little in January, according to Capital Economics [2.5].", S2, "S"),  # restructure
("The Resolution Foundation estimated that prices remain roughly a fifth higher than three years ago [2.6].", S2, "S"),  # 20 per cent -> a fifth
("Low-income households have been left worse off, the Resolution Foundation said [2.6].", S2, "S"),  # compression
("Kemi Badenoch argued that the government should not claim credit for a fall caused by global oil prices [2.7].", S2, "S"),  # synonym
("UK consumer price inflation fell to 3.2 per cent in November [1.1].", S1, "R"),  # month swapped
("The ONS said on Tuesday that inflation had fallen [1.1].", S1, "R"),  # day swapped
("Inflation fell to 3.2 per cent, the lowest rate since March 2022 [1.1].", S1, "R"),  # 'lowest since' from uncited 1.2
("Inflation fell less than economists had expected [1.2].", S1, "R"),  # antonym
("October's inflation rate was the lowest since March 2021 [1.2].", S1, "R"),  # year changed
("Rising petrol prices were the main driver of the decline [1.3].", S1, "R"),  # antonym
("Grant Fitzner said falling food prices drove the decline [1.3].", S1, "R"),  # source says smaller rise in food costs, not falling prices
("Grant Fitzner said core inflation eased to 4.1 per cent [1.4].", S1, "R"),  # speaker attribution invented
("Core inflation rose to 4.6 per cent [1.4].", S1, "R"),  # direction reversed
("Services inflation, closely watched by the Bank of England, fell to 5.9 per cent [1.5].", S1, "R"),  # unchanged -> fell
("Services inflation was the main driver of October's fall in inflation [1.3][1.5].", S1, "R"),  # invented; services unchanged
("Headline inflation of 3.2 per cent was above the core rate [1.1][1.4].", S1, "R"),  # wrong comparison direction
("Rachel Reeves said the figures showed families were no longer struggling with high bills [1.6].", S1, "R"),  # negation
("Rachel Reeves said all families were still struggling with high bills [1.6].", S1, "R"),  # many -> all
("Rachel Reeves warned that the Bank of England could cut rates in December [1.6][1.7].", S1, "R"),  # wrong speaker
("Markets expect the Bank of England will cut interest rates at its December meeting [1.7].", S1, "R"),  # could -> will
("The Bank of England cut its base rate to 4.75 per cent last month [2.1].", S2, "R"),  # held -> cut
("Six members of the Monetary Policy Committee voted for a rate cut [2.1].", S2, "R"),  # roles swapped
("The Monetary Policy Committee voted unanimously to hold rates at 4.75 per cent [2.1].", S2, "R"),  # vote was split
("Inflation fell in October because the Bank of England had held interest rates high [1.1][2.1].", S1, "R"),  # invented cause
("Following the October inflation figures, the Bank of England held rates at 4.75 per cent [1.1][2.1].", S2, "R"),  # invented time order
("Andrew Bailey said on Thursday that the Bank was ready to cut rates in December [2.2].", S2, "R"),  # added detail
("Bailey said wage growth of around 5 per cent was consistent with the 2 per cent target [2.3].", S2, "R"),  # negation dropped
("Bailey said wage growth of around 3 per cent a year was still too high [2.3].", S2, "R"),  # number changed
("The Office for National Statistics said food inflation slowed to 2.9 per cent [2.4].", S2, "R"),  # wrong source (BRC)
("Food inflation fell to its lowest level in more than a decade [2.4].", S2, "R"),  # two years -> decade
("Capital Economics predicted that headline inflation would fall again in January [2.5].", S2, "R"),  # antonym
("Capital Economics said inflation would rise sharply in January because Ofgem is scrapping the energy price cap [2.5].", S2, "R"),  # slightly -> sharply, cap raised not scrapped
("The Resolution Foundation said prices were about 20 per cent higher than five years ago [2.6].", S2, "R"),  # three -> five years
("Kemi Badenoch credited the government for the fall in inflation [2.7].", S2, "R"),  # opposite
("Kemi Badenoch said the fall in inflation was driven by petrol prices and food costs [2.7].", S2, "R"),  # she said global oil prices; food added
]
