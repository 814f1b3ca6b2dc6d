# Domain: a flood warning and river levels
S1 = " ".join([
    "The Environment Agency issued a severe flood warning for the River Severn at Bewdley on Saturday evening, meaning there is a danger to life.",
    "River levels at the Bewdley gauge reached 5.1 metres at 6pm and were still rising.",
    "Forecasters said the river could peak at around 5.6 metres early on Sunday morning.",
    "The record level at the gauge is 5.56 metres, set in February 2020.",
    "About 120 homes on Severnside North have been told to evacuate, and a rest centre has opened at the town's leisure centre.",
    "Temporary flood barriers were put up along the quayside on Friday, but officials warned they might be overtopped.",
    "A further 14 flood warnings and 37 flood alerts were in place across the West Midlands.",
    "The Met Office said up to 60 millimetres of rain had fallen on the hills of mid Wales in the previous 48 hours.",
    "Agency duty manager Clare Benson urged residents not to drive through floodwater, saying \"just 30 centimetres of moving water can float a car\".",
    "The A456 bridge crossing in the town is expected to remain closed until at least Tuesday.",
])
PROBES = [
("A severe flood warning, indicating danger to life, was issued for the Severn at Bewdley on Saturday evening [1.1].", S1, "S"),  # reworded
("The Environment Agency put a severe flood warning in place at Bewdley [1.1].", S1, "S"),  # dropped detail
("At 6pm the Bewdley gauge showed 5.1 metres, and the river was continuing to rise [1.2].", S1, "S"),  # reworded
("The Severn might crest at about 5.6 metres in the early hours of Sunday, forecasters said [1.3].", S1, "S"),  # could -> might
("The highest level ever recorded at the gauge, 5.56 metres, dates from February 2020 [1.4].", S1, "S"),  # reworded
("Roughly 120 homes in Severnside North have been told to leave [1.5].", S1, "S"),  # evacuate -> leave
("A rest centre has been set up at the leisure centre [1.5].", S1, "S"),  # opened -> set up
("Temporary barriers were erected on the quayside on Friday [1.6].", S1, "S"),  # put up -> erected
("Officials cautioned that the barriers could be overtopped [1.6].", S1, "S"),  # hedge kept
("Across the West Midlands there were 14 further flood warnings and 37 flood alerts [1.7].", S1, "S"),  # reordered
("Up to 60 millimetres of rain fell on the mid Wales hills over the preceding two days, according to the Met Office [1.8].", S1, "S"),  # 48 hours -> two days
("Clare Benson warned people not to drive through floodwater [1.9].", S1, "S"),  # reported
("Benson said as little as 30 centimetres of moving water can lift a car [1.9].", S1, "S"),  # float -> lift, reported
("The A456 bridge is due to stay shut until Tuesday at the earliest [1.10].", S1, "S"),  # at least -> at the earliest
("The forecast peak of around 5.6 metres is close to the record of 5.56 metres [1.3, 1.4].", S1, "S"),  # merge, comparison
("The river had risen to 5.1 metres by 6pm, about half a metre below the forecast peak [1.2, 1.3].", S1, "S"),  # 5.6 - 5.1 = 0.5
("The river could come close to or exceed its 2020 record of 5.56 metres [1.3, 1.4].", S1, "S"),  # hedged merge
("The warning came on Saturday evening [1.1].", S1, "S"),  # 1.1
("Homes in Severnside North are being evacuated, with a rest centre open at the leisure centre [1.5].", S1, "S"),  # reworded
("More than 50 flood warnings and alerts were in force across the West Midlands [1.7].", S1, "S"),  # 14+37 = 51
("Heavy rain over mid Wales in the previous 48 hours was reported by the Met Office [1.8].", S1, "S"),  # generalisation
("A bridge crossing in Bewdley is expected to be closed until at least Tuesday [1.10].", S1, "S"),  # generalised
("Barriers put up along the quayside on Friday might not hold back the water, officials warned [1.6].", S1, "S"),  # overtopped paraphrase, hedged
("An agency duty manager urged residents to avoid driving through floodwater [1.9].", S1, "S"),  # generalised speaker
("The river level at Bewdley was still going up at 6pm [1.2].", S1, "S"),  # reworded
("The Severn's record at Bewdley was set in 2020 [1.4].", S1, "S"),  # dropped detail
("A danger to life warning is in force on the River Severn at Bewdley [1.1].", S1, "S"),  # severe = danger to life
("Forecasters expect a possible peak of around 5.6 metres on Sunday morning [1.3].", S1, "S"),  # nominalisation
("About 120 households have been advised to evacuate and a rest centre has opened [1.5].", S1, "S"),  # reworded
("Bewdley's A456 bridge is set to remain closed until at least Tuesday [1.10].", S1, "S"),  # reworded
("The Environment Agency issued a severe flood warning for the River Wye at Bewdley [1.1].", S1, "R"),  # Severn
("The severe flood warning was issued on Sunday evening [1.1].", S1, "R"),  # Saturday
("River levels at Bewdley reached 5.1 metres at 6pm and were falling [1.2].", S1, "R"),  # antonym
("River levels reached 5.1 metres at 8pm [1.2].", S1, "R"),  # 6pm
("The river will peak at 5.6 metres early on Sunday morning [1.3].", S1, "R"),  # dropped hedge
("Forecasters said the river could peak at around 6.5 metres [1.3].", S1, "R"),  # 5.6
("The record level at the gauge is 5.65 metres [1.4].", S1, "R"),  # 5.56
("The record level was set in February 2000 [1.4].", S1, "R"),  # 2020
("The river has already broken its record level [1.2, 1.4].", S1, "R"),  # 5.1 < 5.56
("About 210 homes have been told to evacuate [1.5].", S1, "R"),  # 120
("A rest centre has opened at the town hall [1.5].", S1, "R"),  # leisure centre
("All homes in Bewdley have been told to evacuate [1.5].", S1, "R"),  # overgeneralisation
("Temporary flood barriers were put up along the quayside on Thursday [1.6].", S1, "R"),  # Friday
("Officials said the barriers would definitely hold [1.6].", S1, "R"),  # contradiction
("The temporary barriers have been overtopped [1.6].", S1, "R"),  # might -> has
("A further 37 flood warnings and 14 flood alerts were in place [1.7].", S1, "R"),  # swapped
("A further 14 flood warnings were in place across the East Midlands [1.7].", S1, "R"),  # West
("The Met Office said up to 60 centimetres of rain had fallen [1.8].", S1, "R"),  # unit error
("The Met Office said up to 60 millimetres of rain had fallen on Bewdley [1.8].", S1, "R"),  # hills of mid Wales
("The Met Office said more rain was forecast for Sunday [1.8].", S1, "R"),  # unsupported
("Clare Benson said just 30 centimetres of still water can float a car [1.9].", S1, "R"),  # moving
("A Met Office spokesperson urged residents not to drive through floodwater [1.9].", S1, "R"),  # wrong speaker
("The A456 bridge will reopen on Tuesday [1.10].", S1, "R"),  # until at least -> will reopen
("The A456 bridge was closed after it was damaged by floodwater [1.10].", S1, "R"),  # added cause
("About 120 homes have been told to evacuate because the barriers were overtopped [1.5, 1.6].", S1, "R"),  # invented cause
("River levels at the Bewdley gauge reached 5.1 metres [1.3].", S1, "R"),  # wrong sentence cited
("The river could peak above its 2020 record, forecasters said [1.3].", S1, "R"),  # record from uncited 1.4
("Heavy rain in mid Wales caused the river to reach 5.1 metres [1.2].", S1, "R"),  # cause from uncited 1.8
("None of the flood warnings in the West Midlands were severe [1.7].", S1, "R"),  # unsupported negation
("Clare Benson said the flood barriers would protect the quayside [1.9].", S1, "R"),  # wrong content
]
