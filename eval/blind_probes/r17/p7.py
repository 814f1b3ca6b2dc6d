# Domain: tech company product launch and a data-privacy fine
S1 = " ".join([
    "Lumora unveiled its first foldable smartphone, the Lumora Fold, at an event in San Francisco on Tuesday.",
    "The device will go on sale in the United States and Japan on 14 November, priced at 1,599 dollars.",
    "It features a 7.8-inch inner display and a battery the company says lasts up to two days.",
    "Chief executive Dana Whitfield said the phone was the most ambitious product in the company's history.",
    "Lumora also announced a subscription service offering 2 terabytes of cloud storage.",
    "Analysts said the price could limit demand outside the premium market.",
    "Pre-orders open on Friday.",
])
S2 = " ".join([
    "On the same day, Ireland's Data Protection Commission fined Lumora 310 million euros for breaching European privacy rules.",
    "The regulator found that the company had shared users' location data with advertisers without valid consent.",
    "It ordered Lumora to bring its data processing into compliance within three months.",
    "Lumora said it disagreed with the decision and would appeal.",
    "The investigation began in 2021 after a complaint from a consumer group in Austria.",
    "The fine is the second imposed on the company by the commission.",
    "Lumora said the practice in question had ended in 2022.",
])
PROBES = [
("Lumora launched the Lumora Fold, its first foldable smartphone, at a San Francisco event on Tuesday [1.1].", S1, "S"),  # unveiled->launched, reorder
("Lumora unveiled its second foldable smartphone, the Lumora Fold, on Tuesday [1.1].", S1, "R"),  # first->second
("Lumora unveiled its first foldable tablet, the Lumora Fold, on Tuesday [1.1].", S1, "R"),  # sibling smartphone->tablet
("The Lumora Fold will cost $1,599 and go on sale in the US and Japan on 14 November [1.1][1.2].", S1, "S"),  # number/country reformat, reorder, device named via 1.1
("The device will go on sale in the United States and Japan on 14 November [1.2].", S1, "S"),  # compression (price dropped)
("The device will go on sale in the United States and Europe on 14 November [1.2].", S1, "R"),  # Japan->Europe
("The device is already on sale in the United States and Japan [1.2].", S1, "R"),  # future presented as present
("It has a 7.8-inch inner screen and a battery that Lumora says can last as long as two days [1.3].", S1, "S"),  # features->has, display->screen, up to->as long as, attribution kept
("It has a battery that lasts two days [1.3].", S1, "R"),  # company attribution and "up to" dropped
("It has a 7.8-inch outer display [1.3].", S1, "R"),  # inner->outer
("Dana Whitfield, the chief executive, called the phone the most ambitious product in Lumora's history [1.4].", S1, "S"),  # reorder, said...was->called
("Whitfield said the phone was the most successful product in the company's history [1.4].", S1, "R"),  # ambitious->successful
("Lumora also unveiled a subscription service with 2TB of cloud storage [1.5].", S1, "S"),  # unit reformat, announced->unveiled
("Lumora also announced a free service offering 2 terabytes of cloud storage [1.5].", S1, "R"),  # subscription->free
("Analysts said the price could limit demand beyond the premium market [1.6].", S1, "S"),  # near-copy, outside->beyond
("Analysts said the price would limit demand outside the premium market [1.6].", S1, "R"),  # hedge dropped could->would
("Analysts said the price could boost demand outside the premium market [1.6].", S1, "R"),  # limit->boost
("Whitfield said the price could limit demand outside the premium market [1.6].", S1, "R"),  # wrong speaker analysts->Whitfield
("Pre-orders open on Friday [1.7].", S1, "S"),  # verbatim copy
("Pre-orders open on Friday and the device goes on sale in the United States and Japan on 14 November [1.2][1.7].", S1, "S"),  # merge 1.2 + 1.7
("The 1,599-dollar Lumora Fold, which has a 7.8-inch inner display, is Lumora's first foldable smartphone [1.1][1.2][1.3].", S1, "S"),  # merge of three cited sentences
("Analysts said the 1,599-dollar price could limit demand outside the premium market [1.6].", S1, "R"),  # price figure only in uncited 1.2
("Besides unveiling the Lumora Fold, Lumora announced a subscription service offering 2 terabytes of cloud storage [1.1][1.5].", S1, "S"),  # merge 1.1 + 1.5
("Ireland's Data Protection Commission fined Lumora €310m for breaking European privacy rules [2.1].", S2, "S"),  # number reformat, breaching->breaking
("The European Commission fined Lumora 310 million euros for breaching privacy rules [2.1].", S2, "R"),  # wrong body
("The regulator found Lumora had passed users' location data to advertisers without valid consent [2.2].", S2, "S"),  # shared with->passed to
("The regulator found Lumora had sold users' location data to advertisers [2.2].", S2, "R"),  # shared->sold
("The regulator found Lumora had shared users' contact data with advertisers without valid consent [2.2].", S2, "R"),  # sibling location->contact data
("The regulator found Lumora had shared users' location data with advertisers without their knowledge [2.2].", S2, "R"),  # without valid consent != without knowledge
("Lumora was given three months to bring its data processing into line with the rules [2.3].", S2, "S"),  # voice change, compliance->into line
("The regulator ordered Lumora to stop processing data for three months [2.3].", S2, "R"),  # compliance order turned into a suspension
("Lumora said it disagreed with the ruling and planned to appeal [2.4].", S2, "S"),  # decision->ruling, would->planned to
("Lumora said it accepted the decision [2.4].", S2, "R"),  # contradicts: disagreed
("Lumora said it had already appealed against the decision [2.4].", S2, "R"),  # future presented as done
("Lumora said it was considering an appeal [2.4].", S2, "R"),  # would appeal->considering
("The inquiry was opened in 2021 following a complaint by an Austrian consumer group [2.5].", S2, "S"),  # investigation->inquiry, began->was opened
("The investigation began in 2021 after complaints from several consumer groups [2.5].", S2, "R"),  # one group->several
("This is the second fine the commission has imposed on Lumora [2.6].", S2, "S"),  # restructure
("The fine is the largest imposed on the company by the commission [2.6].", S2, "R"),  # second->largest
("Lumora said the practice at issue stopped in 2022 [2.7].", S2, "S"),  # in question->at issue, ended->stopped
("The regulator said the practice in question had ended in 2022 [2.7].", S2, "R"),  # wrong speaker
("Lumora said it would appeal against the decision, adding that the practice had ended in 2022 [2.4][2.7].", S2, "S"),  # merge 2.4 + 2.7
("Lumora was fined 310 million euros on the same day it unveiled its first foldable smartphone [2.1][1.1].", S2, "S"),  # cross-document merge
("Lumora was fined 310 million euros on the same day it unveiled its first foldable smartphone [2.1].", S2, "R"),  # phone launch only in uncited 1.1
("Lumora said it would appeal because the practice had ended in 2022 [2.4][2.7].", S2, "R"),  # invented causal link
("The regulator fined Lumora 310 million euros after finding it had shared users' location data with advertisers without valid consent [2.1][2.2].", S2, "S"),  # merge 2.1 + 2.2
("The Austrian consumer group that filed the complaint welcomed the fine [2.5].", S2, "R"),  # added reaction, not stated
("Lumora's chief executive described the phone as the company's most ambitious product ever [1.4].", S1, "S"),  # name dropped, in the company's history->ever
("Lumora shared users' location data with advertisers without valid consent, the regulator found [2.2].", S2, "S"),  # reorder, attribution moved to end
("Lumora intends to appeal against the decision, which it disputes [2.4].", S2, "S"),  # restructure, disagreed->disputes
("A consumer group in Austria made the complaint that led to the investigation beginning in 2021 [2.5].", S2, "S"),  # restructure, agent moved to subject
("The commission has now fined Lumora twice [2.6].", S2, "S"),  # second fine->fined twice
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
