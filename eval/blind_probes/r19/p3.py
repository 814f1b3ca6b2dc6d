# Domain: a bridge closed for repairs
S1 = " ".join([
    "The Hartley Bridge over the River Wear in Sunderland will close to all traffic from 6 January for up to nine months while engineers replace corroded steel cables, the city council announced on Friday.",
    "The 1970s suspension bridge carries about 32,000 vehicles a day and is the main route between the city centre and the Southwick area.",
    "An inspection in September found that several of the bridge's main cables had lost up to 15 per cent of their strength because of water getting into the steel.",
    "Council leader Graeme Miller said the closure was regrettable but that the safety of road users had to come first.",
    "Drivers will be diverted via the Queen Alexandra Bridge, which the council warned could add up to 20 minutes to journeys at peak times.",
    "Pedestrians and cyclists will still be able to cross using a temporary walkway for most of the closure.",
    "The repairs are expected to cost £23m, with the Department for Transport contributing £15m.",
])
S2 = " ".join([
    "Business owners in Southwick say the nine-month closure of the Hartley Bridge could drive away customers during what is already a difficult winter.",
    "Anne Taylor, who runs a bakery on Southwick Road, said takings had already fallen by around a third during a two-week partial closure in October.",
    "The North East Chamber of Commerce has asked the council to provide business rates relief for shops affected by the works.",
    "Nexus, which runs public transport in the region, said it would add extra buses on the number 16 route and keep fares unchanged.",
    "Engineering firm Carlow Structures, which won the contract, said it would work seven days a week to try to reopen the bridge early.",
    "The firm said the bridge could partly reopen to buses in June if the cable work went to plan.",
    "A council spokesperson said no decision on rates relief had yet been made.",
])
PROBES = [
("Sunderland's Hartley Bridge is to shut to all traffic from 6 January [1.1].", S1, "S"),  # synonym
("Engineers will replace corroded steel cables on the bridge during a closure of as long as nine months [1.1].", S1, "S"),  # up to -> as long as
("The city council announced the closure on Friday [1.1].", S1, "S"),  # compression
("Around 32,000 vehicles use the bridge each day [1.2].", S1, "S"),  # reword
("The suspension bridge, built in the 1970s, is the main link between Southwick and the city centre [1.2].", S1, "S"),  # reorder
("A September inspection found water had weakened several of the main cables [1.3].", S1, "S"),  # cause compressed
("Some of the main cables had lost as much as 15 per cent of their strength [1.3].", S1, "S"),  # several -> some, up to
("The bridge will close for up to nine months to replace cables that a September inspection found had been weakened by water [1.1][1.3].", S1, "S"),  # merge
("Graeme Miller called the closure regrettable but said road users' safety must come first [1.4].", S1, "S"),  # reported speech
("Traffic will be sent via the Queen Alexandra Bridge instead [1.5].", S1, "S"),  # synonym
("The council warned that the diversion might add as much as 20 minutes to peak-time journeys [1.5].", S1, "S"),  # hedge kept
("A temporary walkway will let pedestrians and cyclists cross for most of the closure [1.6].", S1, "S"),  # restructure
("The Department for Transport will put £15m towards the expected £23m cost [1.7].", S1, "S"),  # reword
("About £8m of the expected repair bill will not be covered by the Department for Transport [1.7].", S1, "S"),  # arithmetic 23-15
("Southwick business owners fear the closure could drive customers away [2.1].", S2, "S"),  # compression
("Anne Taylor said her bakery's takings fell by roughly a third during a partial closure in October [2.2].", S2, "S"),  # synonym
("The partial closure in October lasted two weeks [2.2].", S2, "S"),  # extraction
("The North East Chamber of Commerce wants business rates relief for affected shops [2.3].", S2, "S"),  # has asked -> wants
("Nexus will put on extra buses on the 16 route without raising fares [2.4].", S2, "S"),  # keep unchanged -> without raising
("Carlow Structures, the contractor, plans to work every day of the week in an effort to reopen the bridge early [2.5].", S2, "S"),  # synonym
("Buses might be able to use the bridge again in June if the cable work goes to plan, the firm said [2.6].", S2, "S"),  # hedge kept
("The council has not yet decided on rates relief [2.7].", S2, "S"),  # reword
("The chamber of commerce's request for rates relief has not yet been decided, a council spokesperson said [2.3][2.7].", S2, "S"),  # merge
("Pedestrians and cyclists will not be cut off for most of the closure [1.6].", S1, "S"),  # negated paraphrase
("The Hartley Bridge will close to all traffic from 16 January [1.1].", S1, "R"),  # date
("The bridge will close for nine months [1.1].", S1, "R"),  # 'up to' dropped
("The bridge will close for at least nine months [1.1].", S1, "R"),  # up to -> at least
("Engineers will replace corroded concrete supports on the bridge [1.1].", S1, "R"),  # sibling swap
("The closure was announced by the Department for Transport [1.1].", S1, "R"),  # wrong announcer
("The bridge carries about 23,000 vehicles a day [1.2].", S1, "R"),  # number
("The bridge is the only route between the city centre and Southwick [1.2].", S1, "R"),  # main -> only
("The inspection found all of the bridge's main cables had lost 15 per cent of their strength [1.3].", S1, "R"),  # several -> all, up to dropped
("The inspection found that cables had lost up to 50 per cent of their strength [1.3].", S1, "R"),  # number
("The bridge is closing because an inspection in October found corroded cables [1.1][1.3].", S1, "R"),  # month changed
("Graeme Miller said the closure was unnecessary [1.4].", S1, "R"),  # opposite
("Graeme Miller said businesses in Southwick could lose customers [1.4][2.1].", S1, "R"),  # wrong speaker
("The council said the diversion would add 20 minutes to every journey [1.5].", S1, "R"),  # hedge + scope
("Pedestrians and cyclists will be able to cross throughout the closure [1.6].", S1, "R"),  # most -> whole
("The repairs are expected to cost £15m [1.7].", S1, "R"),  # wrong figure
("The Department for Transport will pay the full cost of the repairs [1.7].", S1, "R"),  # part -> full
("Anne Taylor said takings had fallen by around half [2.2].", S2, "R"),  # number
("Anne Taylor, who runs a cafe on Southwick Road, said takings had fallen [2.2].", S2, "R"),  # bakery -> cafe
("Anne Taylor said takings fell during a two-week full closure in October [2.2].", S2, "R"),  # partial -> full
("Business owners say the closure will cost them around a third of their takings [2.1][2.2].", S2, "R"),  # one owner's past figure generalised
("The council has agreed to give business rates relief to shops affected by the works [2.3].", S2, "R"),  # request -> granted
("A council spokesperson said rates relief had been ruled out [2.7].", S2, "R"),  # undecided -> ruled out
("Nexus said it would add extra buses and cut fares [2.4].", S2, "R"),  # unchanged -> cut
("Nexus said pedestrians could cross using a temporary walkway [2.4].", S2, "R"),  # fact not in cited sentence / wrong speaker
("Because of the extra buses, the diversion will add no time to journeys [1.5][2.4].", S1, "R"),  # invented cause/effect
("Carlow Structures said it would reopen the bridge early [2.5].", S2, "R"),  # 'try to' dropped
("The firm said the bridge will fully reopen in June [2.6].", S2, "R"),  # could partly -> will fully
("The firm said the bridge could partly reopen to cars in June [2.6].", S2, "R"),  # buses -> cars
]
