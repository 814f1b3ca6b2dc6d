# Domain: rail engineering works and timetables
S1 = " ".join([
    "Network Rail will close the main line between Carlisle and Preston for nine days from 14 February to replace a 120-year-old bridge over the River Lune.",
    "Avanti West Coast services will be diverted via the Settle and Carlisle line, adding around 90 minutes to journeys between Glasgow and London.",
    "Rail replacement buses will run between Lancaster and Penrith throughout the closure.",
    "Engineers will install a new steel deck weighing 450 tonnes using one of the largest mobile cranes in Europe.",
    "The work is part of a £38 million programme to renew structures on the West Coast Main Line.",
    "Network Rail route director Priya Sandhu said the bridge had reached the end of its working life.",
    "Passengers have been advised to check before they travel, as some late-evening services will be cancelled.",
])
S2 = " ".join([
    "A new timetable for trains in the north of England will come into force on 19 May, the biggest change in the region for five years.",
    "TransPennine Express will add 120 extra weekday services, mostly on the route between Manchester and Leeds.",
    "Northern said it would cut journey times between Sheffield and Hull by up to 12 minutes.",
    "However, some stations in West Yorkshire will lose their direct early-morning trains to Manchester Airport.",
    "The changes follow the completion of track upgrades at Huddersfield, which allow faster trains to overtake slower ones.",
    "Passenger group Transport Focus said it welcomed the extra capacity but urged operators to improve reliability first.",
    "Rail minister Claire Dawson said the timetable would \"unlock growth across the north\".",
])
PROBES = [
("Network Rail will shut the main line between Carlisle and Preston for nine days from 14 February to replace a bridge over the River Lune [1.1].", S1, "S"),  # close->shut, compression (age dropped)
("A 120-year-old bridge over the River Lune will be replaced during a nine-day closure of the Carlisle to Preston main line starting on 14 February [1.1].", S1, "S"),  # reorder + voice change
("Diverting Avanti West Coast trains via the Settle and Carlisle line will add about 90 minutes to journeys between Glasgow and London [1.2].", S1, "S"),  # restructure, around->about
("Buses will replace trains between Lancaster and Penrith for the whole of the closure [1.3].", S1, "S"),  # paraphrase: replacement buses, throughout->for the whole of
("A 450-tonne steel deck will be put in place with one of Europe's largest mobile cranes [1.4].", S1, "S"),  # voice change, install->put in place
("The project forms part of a £38m programme renewing structures on the West Coast Main Line [1.5].", S1, "S"),  # synonym + number reformat
("According to Network Rail route director Priya Sandhu, the bridge had come to the end of its working life [1.6].", S1, "S"),  # attribution restructured, reached->come to
("Some late-evening services will be cancelled, so passengers should check before travelling [1.7].", S1, "S"),  # reorder cause/advice
("During the nine-day closure, replacement buses will operate between Lancaster and Penrith [1.1][1.3].", S1, "S"),  # merge 1.1 duration with 1.3
("Priya Sandhu said the bridge over the River Lune had reached the end of its working life [1.1][1.6].", S1, "S"),  # merge: bridge identity from 1.1
("Network Rail will close the main line between Carlisle and Preston for nine days from 4 February [1.1].", S1, "R"),  # date changed 14->4 February
("The main line between Carlisle and Preston will be closed for a fortnight from 14 February [1.1].", S1, "R"),  # nine days -> fortnight
("Avanti West Coast services will be diverted via the Settle and Carlisle line, adding around 90 minutes to journeys between Glasgow and Manchester [1.2].", S1, "R"),  # London->Manchester
("Rail replacement buses will run between Lancaster and Penrith at weekends during the closure [1.3].", S1, "R"),  # throughout -> at weekends
("Engineers will install a new concrete deck weighing 450 tonnes [1.4].", S1, "R"),  # steel->concrete
("Engineers will install a new steel deck weighing 450 tonnes using the largest mobile crane in Europe [1.4].", S1, "R"),  # 'one of the largest' -> 'the largest'
("The work is part of a £38 million programme to renew bridges across the national rail network [1.5].", S1, "R"),  # overgeneralised: West Coast Main Line structures -> national network
("Priya Sandhu said the bridge had been damaged by flooding [1.6].", S1, "R"),  # invented cause; she said end of working life
("Passengers have been advised to check before they travel, as all late-evening services will be cancelled [1.7].", S1, "R"),  # some->all
("The diversion will add around 90 minutes to journeys between Glasgow and London, Network Rail route director Priya Sandhu said [1.2][1.6].", S1, "R"),  # wrong speaker: 1.2 not attributed to Sandhu
("Network Rail will close the main line between Carlisle and Preston for nine days from 14 February, with replacement buses running between Lancaster and Penrith [1.1].", S1, "R"),  # buses only in uncited 1.3
("The £38 million bridge replacement over the River Lune will take nine days [1.1][1.5].", S1, "R"),  # £38m is the whole programme, not the bridge
("From 19 May a new timetable will take effect for trains in the north of England, the largest change in the region in five years [2.1].", S2, "S"),  # reorder, come into force->take effect, biggest->largest
("TransPennine Express will run 120 more services each weekday, most of them between Manchester and Leeds [2.2].", S2, "S"),  # paraphrase
("Journey times between Sheffield and Hull will be cut by as much as 12 minutes, Northern said [2.3].", S2, "S"),  # voice change, up to->as much as
("Some West Yorkshire stations will lose direct early-morning trains to Manchester Airport [2.4].", S2, "S"),  # near-copy compression
("The changes come after track upgrades at Huddersfield were completed, allowing faster trains to overtake slower ones [2.5].", S2, "S"),  # follow->come after, nominal->verbal
("Transport Focus welcomed the additional capacity but called on operators to improve reliability first [2.6].", S2, "S"),  # extra->additional, urged->called on
("Rail minister Claire Dawson said the new timetable would \"unlock growth across the north\" [2.7].", S2, "S"),  # near-copy
("The new timetable starting on 19 May includes 120 extra weekday TransPennine Express services [2.1][2.2].", S2, "S"),  # merge
("The passenger group Transport Focus urged operators to prioritise reliability while welcoming the extra capacity [2.6].", S2, "S"),  # reorder; improve reliability first -> prioritise reliability
("Northern said journeys between Sheffield and Hull would be up to 12 minutes quicker [2.3].", S2, "S"),  # cut journey times -> quicker
("While the Carlisle to Preston line closes for nine days from 14 February, a new timetable for the north of England begins on 19 May [1.1][2.1].", S2, "S"),  # cross-document merge
("A new timetable for trains in the north of England will come into force on 19 May, the biggest change in the region for ten years [2.1].", S2, "R"),  # five->ten years
("TransPennine Express will add 120 extra weekday services, mostly on the route between Manchester and Liverpool [2.2].", S2, "R"),  # Leeds->Liverpool
("Northern said it would cut journey times between Sheffield and Hull by 12 minutes [2.3].", S2, "R"),  # 'up to' dropped
("All stations in West Yorkshire will lose their direct early-morning trains to Manchester Airport [2.4].", S2, "R"),  # some->all
("Some stations in West Yorkshire will gain direct early-morning trains to Manchester Airport [2.4].", S2, "R"),  # antonym lose->gain
("The changes follow the completion of track upgrades at Huddersfield, which allow slower trains to overtake faster ones [2.5].", S2, "R"),  # roles swapped
("Transport Focus said it opposed the extra capacity until operators improved reliability [2.6].", S2, "R"),  # welcomed->opposed
("Transport Focus said the timetable would unlock growth across the north [2.7].", S2, "R"),  # wrong speaker: the rail minister said it
("Rail minister Claire Dawson said the timetable would unlock growth across the north and improve reliability [2.7].", S2, "R"),  # added clause
("TransPennine Express will add 120 extra weekday services and cut journey times between Sheffield and Hull by up to 12 minutes [2.2][2.3].", S2, "R"),  # wrong operator: Northern cuts Sheffield-Hull times
("A new timetable for trains in the north of England will come into force on 19 May following track upgrades at Huddersfield [2.1].", S2, "R"),  # Huddersfield detail only in uncited 2.5
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
