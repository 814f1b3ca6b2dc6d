# Domain: a trade agreement between two countries
S1 = " ".join([
    "Canada and Vietnam signed a bilateral trade agreement in Hanoi on Thursday that will remove tariffs on almost 90 percent of goods traded between them.",
    "The deal was signed by Canadian trade minister Claire Dufresne and her Vietnamese counterpart Nguyen Van Thanh after four years of negotiations.",
    "Tariffs on Canadian beef and pork will be phased out over seven years, while duties on Vietnamese textiles will end immediately.",
    "Officials in Ottawa estimate the agreement could add 2 billion Canadian dollars a year to trade between the two countries by 2030.",
    "Rice and dairy products were excluded from the deal after objections from farmers' groups on both sides.",
    "The agreement must still be ratified by the parliaments of both countries before it can take effect.",
    "Dufresne described the pact as the most ambitious trade deal Canada has signed in Asia in a decade.",
])
S2 = " ".join([
    "Business groups in Vietnam welcomed the trade pact with Canada, saying it would open new markets for the country's garment and seafood exporters.",
    "The Vietnam Textile and Apparel Association said exports to Canada could double within five years.",
    "Canadian dairy farmers, who had lobbied hard during the talks, said they were relieved that their sector had been protected.",
    "Opposition politicians in Ottawa criticised the government for failing to secure stronger labour protections in the text.",
    "The deal includes a chapter on environmental standards but no binding enforcement mechanism, according to a summary released by the Canadian government.",
    "Trade between the two countries was worth about 11 billion Canadian dollars last year, with Vietnam running a large surplus.",
])
PROBES = [
("On Thursday in Hanoi, Canada and Vietnam signed a trade deal removing tariffs on nearly 90 percent of the goods they trade with each other [1.1].", S1, "S"),  # reordering, synonyms
("A bilateral agreement signed by Canada and Vietnam will scrap tariffs on most goods traded between them [1.1].", S1, "S"),  # almost 90 percent -> most (generalisation)
("Canada and Vietnam signed the trade agreement in Ottawa [1.1].", S1, "R"),  # Hanoi -> Ottawa
("The agreement will remove tariffs on all goods traded between Canada and Vietnam [1.1].", S1, "R"),  # almost 90 percent -> all
("Canada and Vietnam signed the agreement on Tuesday [1.1].", S1, "R"),  # Thursday -> Tuesday
("Claire Dufresne, Canada's trade minister, and Vietnam's Nguyen Van Thanh signed the deal following four years of talks [1.2].", S1, "S"),  # synonyms, reordering
("The deal came after negotiations lasting four years [1.2].", S1, "S"),  # compression
("The deal was signed after six years of negotiations [1.2].", S1, "R"),  # four -> six
("Nguyen Van Thanh is Canada's trade minister [1.2].", S1, "R"),  # roles swapped
("Talks on the deal broke down twice during four years of negotiations [1.2].", S1, "R"),  # added detail
("Duties on textiles from Vietnam will be removed at once, whereas tariffs on Canadian beef and pork will be phased out over seven years [1.3].", S1, "S"),  # reordering, immediately -> at once
("Tariffs on Canadian meat such as beef and pork will be phased out gradually over seven years [1.3].", S1, "S"),  # generalisation to meat, phase out -> gradually
("Tariffs on Canadian beef and pork will end immediately [1.3].", S1, "R"),  # swapped treatment
("Duties on Vietnamese textiles will be phased out over seven years [1.3].", S1, "R"),  # swapped treatment
("Tariffs on Canadian beef and chicken will be phased out over seven years [1.3].", S1, "R"),  # pork -> chicken
("Ottawa officials believe the deal could boost bilateral trade by 2 billion Canadian dollars annually by 2030 [1.4].", S1, "S"),  # a year -> annually, estimate -> believe
("According to Canadian officials, the pact might add two billion Canadian dollars a year to trade between the two nations by 2030 [1.4].", S1, "S"),  # could -> might, figure in words
("Officials in Ottawa estimate the agreement will add 2 billion Canadian dollars a year to trade by 2030 [1.4].", S1, "R"),  # could -> will
("Officials in Ottawa estimate the agreement could add 2 billion US dollars a year to trade [1.4].", S1, "R"),  # Canadian dollars -> US dollars
("Officials in Hanoi estimate the agreement could add 2 billion Canadian dollars a year to trade by 2030 [1.4].", S1, "R"),  # Ottawa -> Hanoi
("Following objections from farmers' groups in both countries, rice and dairy were left out of the deal [1.5].", S1, "S"),  # reordering, voice
("Rice and dairy products are not covered by the agreement [1.5].", S1, "S"),  # excluded -> not covered
("Rice and dairy products were included in the deal despite objections from farmers' groups [1.5].", S1, "R"),  # antonym excluded -> included
("Rice and dairy products were excluded after objections from Canadian farmers' groups only [1.5].", S1, "R"),  # scope narrowed (both sides)
("Before the agreement can come into force, both countries' parliaments still have to ratify it [1.6].", S1, "S"),  # reordering, take effect -> come into force
("The agreement is not yet in effect because it still needs ratification by both parliaments [1.6].", S1, "S"),  # nominalisation; "not yet in effect" follows from "before it can take effect"
("The agreement has already been ratified by the parliaments of both countries [1.6].", S1, "R"),  # negation/tense
("The agreement must still be ratified by the Canadian parliament before it can take effect [1.1][1.6].", S1, "S"),  # compression (one of both), still true
("The agreement only needs to be ratified by the Vietnamese parliament [1.6].", S1, "R"),  # scope narrowed with "only"
("Dufresne called the pact Canada's most ambitious trade deal in Asia for ten years [1.7].", S1, "S"),  # decade -> ten years
("Dufresne described the pact as the most ambitious trade deal Canada has ever signed [1.7].", S1, "R"),  # scope widened: in Asia in a decade -> ever
("Nguyen Van Thanh described the pact as the most ambitious trade deal Canada has signed in Asia in a decade [1.2][1.7].", S1, "R"),  # wrong speaker
("Dufresne described the pact as one of several ambitious deals Canada signed in Asia in a decade [1.7].", S1, "R"),  # changed claim: not stated that there were several
("Vietnamese business groups welcomed the pact, saying it would open new markets for garment and seafood exporters [2.1].", S2, "S"),  # compression
("Business groups in Vietnam said the pact would open new markets for the country's rice exporters [2.1].", S2, "R"),  # garment/seafood -> rice
("Business groups in Vietnam criticised the trade pact with Canada [2.1].", S2, "R"),  # antonym
("According to the Vietnam Textile and Apparel Association, exports to Canada might double in five years [2.2].", S2, "S"),  # could -> might
("The Vietnam Textile and Apparel Association said exports to Canada will double within five years [2.2].", S2, "R"),  # could -> will
("Canadian dairy farmers, having lobbied hard in the talks, expressed relief that their sector was protected [2.3].", S2, "S"),  # reported speech reworded
("Canadian dairy farmers said they were disappointed that their sector had been protected [2.3].", S2, "R"),  # relieved -> disappointed
("Canadian beef farmers said they were relieved that their sector had been protected [2.3].", S2, "R"),  # dairy -> beef
("Opposition politicians in Ottawa accused the government of not obtaining stronger labour protections in the deal [2.4].", S2, "S"),  # criticised for failing -> accused of not obtaining
("Opposition politicians in Ottawa praised the government for securing stronger labour protections [2.4].", S2, "R"),  # antonym
("Opposition politicians in Ottawa criticised the government for failing to secure stronger environmental protections [2.4].", S2, "R"),  # labour -> environmental
("A Canadian government summary says the deal has an environmental chapter but lacks a binding enforcement mechanism [2.5].", S2, "S"),  # reordering
("The deal includes a chapter on environmental standards with a binding enforcement mechanism [2.5].", S2, "R"),  # negation dropped
("Last year, trade between Canada and Vietnam was worth roughly 11 billion Canadian dollars, and Vietnam had a large surplus [2.1][2.6].", S2, "S"),  # about -> roughly
("Trade between the two countries was worth about 11 billion Canadian dollars last year, with Canada running a large surplus [2.6].", S2, "R"),  # roles swapped
("Dairy was excluded from the deal, and Canadian dairy farmers said they were relieved their sector had been protected [1.5][2.3].", S2, "S"),  # merge across documents
("Dairy farmers were relieved because the deal will add 2 billion Canadian dollars to trade [2.3][1.4].", S2, "R"),  # invented cause, could -> will
("Canada and Vietnam signed their trade deal after negotiating for four years [1.1][1.2].", S1, "S"),  # merge
("Canadian trade minister Claire Dufresne called the pact the most ambitious deal Canada had signed in Asia in ten years [1.2][1.7].", S1, "S"),  # pronoun/name resolved, decade -> ten years
("Vietnam's garment and seafood exporters stand to gain new markets from the pact, according to Vietnamese business groups [2.1].", S2, "S"),  # reordering, reported speech
("A Vietnamese textile industry body said exports to Canada could double within five years [2.2].", S2, "S"),  # generalisation of the association name
("The opposition in Ottawa faulted the government for not securing stronger labour protections [2.4].", S2, "S"),  # criticised -> faulted
("The environmental chapter of the deal is not backed by any binding enforcement mechanism, a Canadian government summary says [2.5].", S2, "S"),  # voice, reordering
("Vietnam sold more to Canada than it bought from it last year [2.1][2.6].", S2, "S"),  # surplus paraphrased
("Two-way trade between Canada and Vietnam totalled about 11 billion Canadian dollars last year [2.1][2.6].", S2, "S"),  # compression
("The deal's environmental chapter was demanded by opposition politicians in Ottawa [2.4][2.5].", S2, "R"),  # invented link/cause
]
