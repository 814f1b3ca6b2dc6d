# Domain: a tech acquisition blocked by a regulator
S1 = " ".join([
    "The Competition and Markets Authority (CMA) on Tuesday blocked Vantor Systems' proposed £7.4 billion takeover of the cloud-gaming firm Pixelhaus.",
    "The regulator concluded that the deal would substantially reduce competition in the UK market for cloud-gaming services.",
    "Vantor already controls about 40% of that market, and Pixelhaus is its closest rival with a share of roughly 25%.",
    "CMA chief executive Ruth Bellamy said the merger 'would have left gamers with fewer choices and higher prices'.",
    "Vantor had offered to license Pixelhaus's streaming technology to smaller competitors for ten years, but the CMA said the remedy would be too hard to monitor.",
    "Vantor said it was 'deeply disappointed' and would consider an appeal to the Competition Appeal Tribunal.",
    "The deal had already been cleared by regulators in the European Union and Japan.",
    "Pixelhaus shares fell 19% in London, while Vantor's were broadly unchanged in New York.",
])
S2 = " ".join([
    "Vantor's president, Ian Castell, said the decision sent 'a chilling message' to companies thinking of investing in Britain.",
    "He did not say whether the company would scale back its plans for a 1,200-job data centre in Newport.",
    "Business Secretary Claire Dunmore said the CMA was independent and the government would not intervene.",
    "Analysts at Bracewell Capital said an appeal was unlikely to succeed, noting that the tribunal had overturned only one CMA merger ruling since 2020.",
    "Under the terms of the agreement, Vantor must pay Pixelhaus a break fee of £350 million if the deal collapses on regulatory grounds.",
    "The US Federal Trade Commission is still reviewing the deal and is expected to announce its decision in March.",
])
P = [S1, S2]
PROBES = [
("On Tuesday the CMA blocked Vantor Systems' planned £7.4bn acquisition of cloud-gaming company Pixelhaus [1.1].", P, "S"),  # paraphrase
("On Tuesday the CMA blocked Pixelhaus's planned £7.4bn acquisition of Vantor Systems [1.1].", P, "R"),  # roles swapped
("On Tuesday the CMA approved Vantor Systems' planned £7.4bn acquisition of Pixelhaus [1.1].", P, "R"),  # antonym
("On Tuesday the CMA blocked Vantor's £4.7bn takeover of Pixelhaus [1.1].", P, "R"),  # number swapped
("The CMA found that the takeover would significantly lessen competition in UK cloud gaming [1.2].", P, "S"),  # substantially = significantly
("The CMA found that the takeover might slightly reduce competition in UK cloud gaming [1.2].", P, "R"),  # weakened finding
("The CMA found that the takeover would reduce competition in the European cloud-gaming market [1.2].", P, "R"),  # scope UK -> Europe
("Vantor holds around 40% of the market, with Pixelhaus its nearest competitor at about 25% [1.3].", P, "S"),  # paraphrase
("Vantor holds around 25% of the market, with Pixelhaus its nearest competitor at about 40% [1.3].", P, "R"),  # shares swapped
("Together the two firms would control roughly 65% of the UK cloud-gaming market [1.3].", P, "S"),  # 40+25
("Pixelhaus is the third-largest player in the market with a share of roughly 25% [1.3].", P, "R"),  # closest rival -> third
("Ruth Bellamy, the CMA's chief executive, said the deal 'would have left gamers with fewer choices and higher prices' [1.4].", P, "S"),  # reorder, quote exact
("Ruth Bellamy said the deal 'would have left gamers with fewer choices and lower quality' [1.4].", P, "R"),  # altered quote
("Ian Castell said the merger would have left gamers with fewer choices and higher prices [1.4].", P, "R"),  # wrong speaker
("Ruth Bellamy said the deal had already raised prices for gamers [1.4].", P, "R"),  # counterfactual -> actual
("Vantor's offer to license Pixelhaus's streaming technology to smaller rivals for a decade was rejected by the CMA as too difficult to monitor [1.5].", P, "S"),  # ten years = a decade
("Vantor offered to license Pixelhaus's streaming technology to smaller rivals for five years [1.5].", P, "R"),  # duration changed
("The CMA rejected Vantor's licensing remedy as too costly for smaller rivals [1.5].", P, "R"),  # reason swapped
("Vantor offered to sell Pixelhaus's streaming technology to smaller competitors [1.5].", P, "R"),  # license -> sell
("Vantor said it was 'deeply disappointed' and might challenge the ruling at the Competition Appeal Tribunal [1.6].", P, "S"),  # would consider appeal -> might challenge
("Vantor said it would appeal to the Competition Appeal Tribunal [1.6].", P, "R"),  # consider -> will
("Vantor has lodged an appeal with the Competition Appeal Tribunal [1.6].", P, "R"),  # consider -> done
("Regulators in the EU and Japan had already approved the deal [1.7].", P, "S"),  # cleared = approved
("Regulators in the EU and South Korea had already approved the deal [1.7].", P, "R"),  # country swapped
("Pixelhaus shares dropped 19% in London, whereas Vantor's stock barely moved in New York [1.8].", P, "S"),  # paraphrase
("Pixelhaus shares fell 19% in London and Vantor's also fell sharply in New York [1.8].", P, "R"),  # contradicts broadly unchanged
("Ian Castell, Vantor's president, said the ruling sent 'a chilling message' to firms considering investing in Britain [2.1].", P, "S"),  # paraphrase
("Ian Castell said the ruling sent 'a clear message' to firms considering investing in Britain [2.1].", P, "R"),  # altered quote
("Ruth Bellamy said the decision sent 'a chilling message' to investors [2.1].", P, "R"),  # wrong speaker
("Castell would not say if Vantor would cut back its plans for a 1,200-job data centre in Newport [2.1, 2.2].", P, "S"),  # paraphrase
("Castell said Vantor would scale back its plans for a 1,200-job data centre in Newport [2.2].", P, "R"),  # not say -> said would
("Castell declined to say whether Vantor would scale back its planned 2,100-job data centre in Newport [2.2].", P, "R"),  # number swapped
("Business Secretary Claire Dunmore stressed the CMA's independence and said ministers would not intervene [2.3].", P, "S"),  # paraphrase
("Claire Dunmore said the government would review the CMA's decision [2.3].", P, "R"),  # contradicts would not intervene
("Bracewell Capital analysts said an appeal was unlikely to succeed, pointing out that the tribunal had reversed just one CMA merger decision since 2020 [2.4].", P, "S"),  # paraphrase
("Bracewell Capital analysts said an appeal would certainly fail [2.4].", P, "R"),  # unlikely -> certainly
("Bracewell Capital analysts said the tribunal had never overturned a CMA merger ruling since 2020 [2.4].", P, "R"),  # one -> none
("If the deal falls apart for regulatory reasons, Vantor owes Pixelhaus a £350m break fee [2.5].", P, "S"),  # paraphrase
("If the deal falls apart for regulatory reasons, Pixelhaus owes Vantor a £350m break fee [2.5].", P, "R"),  # direction swapped
("Vantor has paid Pixelhaus a £350m break fee [2.5].", P, "R"),  # conditional -> done
("The US Federal Trade Commission has yet to finish its review and is expected to rule in March [2.6].", P, "S"),  # paraphrase
("The US Federal Trade Commission has cleared the deal [2.6].", P, "R"),  # still reviewing -> cleared
("The FTC will announce its decision in March [2.6].", P, "R"),  # expected -> will (hedge dropped)
("The CMA blocked the deal even though the EU and Japan had cleared it [1.1, 1.7].", P, "S"),  # merge
("Vantor may appeal, but analysts said an appeal was unlikely to succeed [1.6, 2.4].", P, "S"),  # merge
("Vantor said it would consider an appeal because the EU and Japan had cleared the deal [1.6, 1.7].", P, "R"),  # invented cause
("Pixelhaus shares fell 19% after the CMA said the deal would cut competition [1.2].", P, "R"),  # share fall only in uncited 1.8
("Castell warned of a 'chilling message' to investors but did not say whether Newport plans would change [2.1, 2.2].", P, "S"),  # merge
("The EU and Japanese regulators had already cleared the takeover [1.7].", P, "S"),  # near-copy
("Vantor's bid for Pixelhaus, worth £7.4bn, was blocked by the UK competition regulator on Tuesday [1.1].", P, "S"),  # passive
("Pixelhaus is Vantor's closest rival in UK cloud gaming [1.3, 1.2].", P, "S"),  # merge of market + rival
("The CMA judged that a ten-year licensing offer from Vantor would be too hard to police [1.5].", P, "S"),  # monitor = police
("Vantor described itself as 'deeply disappointed' by the ruling [1.6].", P, "S"),  # paraphrase
("Vantor's shares were little changed in New York [1.8].", P, "S"),  # broadly unchanged
("Ministers will not intervene in the CMA's decision, the Business Secretary said [2.3].", P, "S"),  # paraphrase
("A £350m break fee is payable by Vantor to Pixelhaus should the deal fail on regulatory grounds [2.5].", P, "S"),  # passive
("A decision from the FTC, which is still examining the deal, is expected in March [2.6].", P, "S"),  # reorder
]
