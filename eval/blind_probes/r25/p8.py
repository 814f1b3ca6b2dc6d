# Domain: a two-document brief (two outlets) on a pharmaceutical merger
S1 = " ".join([
    "Aldane Pharmaceuticals agreed on Monday to buy rival Quillon Therapeutics for 38 billion dollars in cash and shares, creating one of Europe's largest drugmakers.",
    "Aldane will pay 74 dollars for each Quillon share, a premium of 31% to Quillon's closing price on Friday.",
    "The deal has been approved by both boards and is expected to close in the second half of 2027, subject to regulatory and shareholder approval.",
    "Aldane chief executive Henrik Solberg said the combination would create \"a leader in oncology and rare diseases\".",
    "The companies expect annual cost savings of about 2.5 billion dollars by the third year after completion.",
    "Quillon's lung-cancer drug Veltara, which had sales of 4.1 billion dollars last year, is the main attraction for Aldane, analysts said.",
    "Aldane shares fell 4% in Frankfurt trading, while Quillon stock jumped 24%.",
    "The combined group will keep its headquarters in Basel and be led by Solberg.",
])
S2 = " ".join([
    "The proposed takeover of Quillon Therapeutics by Aldane Pharmaceuticals is likely to face close scrutiny from competition authorities in Brussels and Washington, according to antitrust lawyers.",
    "The two companies both sell treatments for multiple myeloma, a blood cancer, and together would control roughly 40% of that market in Europe.",
    "Aldane said it was prepared to sell overlapping products if regulators required it.",
    "Some Quillon investors said the offer undervalued the company, and the hedge fund Marrow Capital, which owns 6% of Quillon, said it would vote against the deal.",
    "Marrow's founder, Julia Stenberg, said Veltara alone was worth \"at least 50 billion dollars\" over its patent life.",
    "The deal includes a break fee of 1.5 billion dollars payable by Aldane if regulators block the merger.",
    "Unions representing Quillon's 14,000 employees called for guarantees that research sites in Lyon and Cork would stay open.",
    "Aldane declined to comment on possible job cuts.",
    "The merger would be the largest in the European pharmaceutical sector since 2019.",
])
D = [S1, S2]
PROBES = [
("On Monday Aldane Pharmaceuticals agreed to acquire its rival Quillon Therapeutics for 38 billion dollars [1.1].", S1, "S"),  # buy = acquire
("The cash-and-shares deal will create one of Europe's biggest drug companies [1.1].", S1, "S"),  # reworded
("Aldane agreed to buy Quillon for 38 billion dollars in cash [1.1].", S1, "R"),  # cash and shares -> cash only
("Quillon agreed to buy Aldane for 38 billion dollars [1.1].", S1, "R"),  # swapped roles
("Aldane agreed to buy Quillon for 83 billion dollars [1.1].", S1, "R"),  # transposed digits
("Aldane agreed on Tuesday to buy Quillon [1.1].", S1, "R"),  # wrong weekday
("Quillon shareholders will receive 74 dollars per share, 31% more than Friday's closing price [1.2].", S1, "S"),  # reworded premium
("The offer values each Quillon share at 74 dollars [1.2].", S1, "S"),  # reworded
("Aldane will pay 74 dollars per share, a 13% premium [1.2].", S1, "R"),  # wrong figure
("The 74-dollar offer is a 31% premium to Quillon's closing price on Thursday [1.2].", S1, "R"),  # wrong weekday
("Both boards have backed the deal, which is expected to be completed in the second half of 2027 [1.3].", S1, "S"),  # approved = backed
("The transaction still needs the approval of regulators and shareholders [1.3].", S1, "S"),  # subject to
("The deal will close in the first half of 2027 [1.3].", S1, "R"),  # wrong half, hedge dropped
("The deal has already received regulatory approval [1.3].", S1, "R"),  # subject to approval
("Only Aldane's board has approved the deal [1.3].", S1, "R"),  # both boards
("Solberg, Aldane's chief executive, said the merger would produce a leader in oncology and rare diseases [1.4].", S1, "S"),  # reported speech
("Quillon's chief executive said the combination would create a leader in oncology [1.4].", S1, "R"),  # wrong speaker
("Solberg said the combination would create a leader in vaccines and rare diseases [1.4].", S1, "R"),  # sibling field
("The companies anticipate yearly savings of around 2.5 billion dollars by the third year after the deal closes [1.5].", S1, "S"),  # synonyms
("The companies expect cost savings of about 2.5 billion dollars in the first year [1.5].", S1, "R"),  # wrong timing
("The companies expect to save about 2.5 billion dollars a year by cutting 14,000 jobs [1.5].", S1, "R"),  # added unsupported cause
("Analysts said Veltara, Quillon's lung-cancer drug with 4.1 billion dollars of sales last year, is what chiefly draws Aldane [1.6].", S1, "S"),  # reworded
("Aldane said Veltara was the main attraction of the deal [1.6].", S1, "R"),  # analysts said, not Aldane
("Veltara is a breast-cancer drug [1.6].", S1, "R"),  # wrong cancer
("Veltara had sales of 1.4 billion dollars last year [1.6].", S1, "R"),  # wrong figure
("Quillon stock surged 24% while Aldane slipped 4% in Frankfurt [1.7].", S1, "S"),  # reordered
("Aldane shares fell 4% in London trading [1.7].", S1, "R"),  # Frankfurt, not London
("Aldane shares rose 4% in Frankfurt [1.7].", S1, "R"),  # antonym
("Quillon stock jumped 31% [1.7].", S1, "R"),  # premium figure, not stock move
("The merged company will be based in Basel and run by Solberg [1.8].", S1, "S"),  # reworded
("The combined group will move its headquarters to Basel [1.8].", S1, "R"),  # keep vs move
("Antitrust lawyers expect competition regulators in Brussels and Washington to examine the deal closely [2.1].", [S1, S2], "S"),  # likely -> expect; reported
("The takeover will be blocked by regulators in Brussels and Washington [2.1].", [S1, S2], "R"),  # unsupported stronger claim
("Antitrust lawyers said the deal was likely to face scrutiny in Brussels and London [2.1].", [S1, S2], "R"),  # wrong city
("Both companies sell multiple myeloma treatments and would jointly hold about 40% of the European market for them [2.2].", [S1, S2], "S"),  # reworded
("Combined, the companies would control roughly 40% of the global multiple myeloma market [2.2].", [S1, S2], "R"),  # Europe -> global
("Together the two companies would control about 14% of the myeloma market in Europe [2.2].", [S1, S2], "R"),  # wrong figure
("Multiple myeloma is a form of blood cancer [2.2].", [S1, S2], "S"),  # apposition restated
("Aldane said it was ready to divest overlapping products if regulators demanded it [2.3].", [S1, S2], "S"),  # sell = divest
("Aldane said it would sell overlapping products [2.3].", [S1, S2], "R"),  # conditional dropped
("Aldane said it would refuse to sell any products [2.3].", [S1, S2], "R"),  # antonym
("Marrow Capital, a 6% shareholder in Quillon, plans to vote against the takeover [2.4].", [S1, S2], "S"),  # reworded
("Some Quillon investors argued the bid undervalued the company [2.4].", [S1, S2], "S"),  # offer = bid
("All Quillon investors said the offer undervalued the company [2.4].", [S1, S2], "R"),  # some -> all
("Marrow Capital, which owns 16% of Quillon, said it would vote against the deal [2.4].", [S1, S2], "R"),  # wrong figure
("Marrow Capital said it would vote for the deal [2.4].", [S1, S2], "R"),  # antonym
("Julia Stenberg, who founded Marrow, said Veltara on its own was worth at least 50 billion dollars over its patent life [2.5].", [S1, S2], "S"),  # reported speech
("Stenberg said Veltara was worth about 50 billion dollars a year [2.5].", [S1, S2], "R"),  # at least over patent life -> per year
("Henrik Solberg said Veltara alone was worth at least 50 billion dollars [2.5].", [S1, S2], "R"),  # wrong speaker
("Aldane would owe a 1.5 billion dollar break fee should regulators block the merger [2.6].", [S1, S2], "S"),  # reworded
("Quillon would pay a 1.5 billion dollar break fee if regulators blocked the merger [2.6].", [S1, S2], "R"),  # swapped payer
("The deal includes a break fee of 1.5 billion dollars payable if shareholders reject it [2.6].", [S1, S2], "R"),  # wrong trigger
("Unions for Quillon's 14,000 staff demanded assurances that the Lyon and Cork research sites would not close [2.7].", [S1, S2], "S"),  # reworded
("Unions representing Quillon's 14,000 employees called for guarantees that research sites in Lyon and Dublin would stay open [2.7].", [S1, S2], "R"),  # wrong city
("Aldane has guaranteed that the Lyon and Cork sites will stay open [2.7].", [S1, S2], "R"),  # unions asked; no guarantee given
("Aldane would not comment on potential job cuts [2.8].", [S1, S2], "S"),  # declined = would not
("Aldane denied that there would be job cuts [2.8].", [S1, S2], "R"),  # declined to comment vs denied
("It would be the biggest European pharmaceutical merger since 2019 [2.9].", [S1, S2], "S"),  # largest = biggest
("The merger would be the largest in the European pharmaceutical sector ever [2.9].", [S1, S2], "R"),  # overgeneralisation
("The merger would be the largest in the global pharmaceutical sector since 2019 [2.9].", [S1, S2], "R"),  # Europe -> global
("Aldane is paying 38 billion dollars for Quillon, but Marrow's founder says Veltara alone is worth at least 50 billion dollars [1.1, 2.5].", [S1, S2], "S"),  # cross-document merge
("Analysts see Veltara as the prize of the deal, and Marrow's founder values it at no less than 50 billion dollars over its patent life [1.6, 2.5].", [S1, S2], "S"),  # cross-doc merge
("The deal, which is expected to close in the second half of 2027, is likely to draw close antitrust scrutiny in Brussels and Washington [1.3, 2.1].", [S1, S2], "S"),  # cross-doc merge
("The 38 billion dollar deal would be the largest European pharmaceutical merger since 2019 [1.1, 2.9].", [S1, S2], "S"),  # cross-doc merge
("Quillon's shares jumped 24% [2.7].", [S1, S2], "R"),  # wrong document/sentence cited
("Marrow Capital owns 6% of Quillon [1.4].", [S1, S2], "R"),  # cites doc 1 sentence 4; fact is in 2.4
("Aldane shares fell 4% because investors feared antitrust scrutiny [1.7, 2.1].", [S1, S2], "R"),  # unsupported causal link
("Because the deal overlaps in multiple myeloma, Aldane has agreed to sell its myeloma drugs [2.2, 2.3].", [S1, S2], "R"),  # conditional turned into agreement
("Aldane's Solberg will lead the merged company, whose unions want guarantees for the Lyon and Cork sites [1.8, 2.7].", [S1, S2], "R"),  # unions represent Quillon's employees, not the merged company's
("Solberg will lead the combined group, while unions at Quillon have sought guarantees for its Lyon and Cork research sites [1.8, 2.7].", [S1, S2], "S"),  # cross-doc merge, scope kept
("Quillon's board has endorsed Aldane's offer [1.3].", S1, "S"),  # both boards approved
("Completion is not expected before the second half of 2027 [1.3].", S1, "S"),  # expected to close in H2 2027
("Aldane's chief said the merged business would lead in cancer and rare-disease medicines [1.4].", S1, "S"),  # oncology = cancer
("Roughly 2.5 billion dollars a year in cost savings is targeted within three years of the deal closing [1.5].", S1, "S"),  # by third year
("Investors cheered the offer for Quillon, whose stock rose 24%, but Aldane's shares dropped 4% [1.7].", S1, "R"),  # (relabelled: 'cheered the offer' adds a motive; 1.7 reports only the moves)
("Quillon's stock rose 24%, but Aldane's shares dropped 4% [1.7].", S1, "S"),  # reworded
("Henrik Solberg will run the combined company from Basel [1.8].", S1, "S"),  # led by, HQ Basel
("Regulators in Europe and the United States are likely to look hard at the deal, lawyers say [2.1].", [S1, S2], "S"),  # Brussels/Washington generalised
("Aldane signalled a willingness to dispose of overlapping drugs to satisfy regulators if necessary [2.3].", [S1, S2], "S"),  # reworded
("A hedge fund holding 6% of Quillon has said it will oppose the deal [2.4].", [S1, S2], "S"),  # vote against = oppose
("If regulators block the merger, Aldane must pay 1.5 billion dollars [2.6].", [S1, S2], "S"),  # break fee restated
("Aldane offered no comment on whether jobs would be cut [2.8].", [S1, S2], "S"),  # declined to comment
("Aldane's 74-dollar-a-share bid faces opposition from Marrow Capital, which says it will vote against it [1.2, 2.4].", [S1, S2], "S"),  # cross-doc merge
]
