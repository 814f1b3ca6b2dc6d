# Domain: a merger blocked by a competition regulator
S1 = " ".join([
    "The Competition and Markets Authority has blocked the proposed 3.2 billion pound merger of supermarket chains FreshWay and Greenleaf, it announced on Thursday.",
    "The regulator concluded that the deal would lead to higher prices and less choice for shoppers in more than 140 local areas.",
    "It said the combined company would have controlled around 31% of the grocery market in Scotland and the north of England.",
    "The two companies had offered to sell 120 stores to address the concerns, but the CMA said this remedy was \"insufficient\".",
    "Panel chair Helen Drummond said the merger \"would have removed a strong competitor at a time when families are already under pressure\".",
    "FreshWay chief executive Simon Adebayo said the company was \"deeply disappointed\" and was considering an appeal to the Competition Appeal Tribunal.",
    "Greenleaf said it would continue to operate as an independent business.",
    "Shares in FreshWay fell 7% in early trading, while Greenleaf's shares dropped by 12%.",
    "The deal, first announced in February, had been expected to generate annual savings of 250 million pounds.",
    "Consumer group Which? welcomed the decision, saying it would help keep prices down.",
    "Analysts at Barrow Securities said the ruling could make regulators more sceptical of future supermarket deals.",
])
PROBES = [
("The CMA said on Thursday it had blocked FreshWay's planned 3.2 billion pound tie-up with Greenleaf [1.1].", S1, "S"),  # paraphrase
("The CMA has approved the merger of FreshWay and Greenleaf [1.1].", S1, "R"),  # antonym
("The CMA blocked the 2.3 billion pound merger [1.1].", S1, "R"),  # transposed figure
("The CMA announced its decision on Wednesday [1.1].", S1, "R"),  # wrong weekday
("The FreshWay-Greenleaf merger has been blocked by the competition regulator [1.1].", S1, "S"),  # voice change
("The regulator found the deal would push up prices and reduce choice for shoppers in over 140 local areas [1.2].", S1, "S"),  # paraphrase
("The regulator found the deal would lead to lower prices [1.2].", S1, "R"),  # antonym
("The regulator found the deal would harm shoppers in more than 410 local areas [1.2].", S1, "R"),  # transposed figure
("The regulator found the deal would raise prices across the whole country [1.2].", S1, "R"),  # overgeneralisation
("The regulator said the deal could lead to higher prices [1.2].", S1, "S"),  # weakened modality still supported
("The combined firm would have held about 31% of the grocery market in Scotland and northern England, the CMA said [1.3].", S1, "S"),  # paraphrase
("The combined firm would have controlled about 31% of the UK grocery market [1.3].", S1, "R"),  # overgeneralisation of region
("The combined firm would have controlled about 13% of the grocery market in Scotland [1.3].", S1, "R"),  # wrong figure
("The combined firm would have controlled around 31% of the grocery market in Scotland and the south of England [1.3].", S1, "R"),  # north -> south
("The companies offered to sell off 120 stores, but the CMA judged this insufficient [1.4].", S1, "S"),  # paraphrase
("The companies offered to sell 210 stores [1.4].", S1, "R"),  # wrong figure
("The CMA accepted the companies' offer to sell 120 stores [1.4].", S1, "R"),  # contradiction
("The CMA itself proposed that the companies sell 120 stores [1.4].", S1, "R"),  # swapped roles
("Helen Drummond said the merger would have taken out a strong competitor while families were already under pressure [1.5].", S1, "S"),  # reported speech
("Helen Drummond said the merger would have removed a weak competitor [1.5].", S1, "R"),  # antonym
("Simon Adebayo said the merger would have removed a strong competitor [1.5].", S1, "R"),  # wrong speaker
("The panel chair, Helen Drummond, said families already under pressure would have lost a strong competitor [1.5].", S1, "S"),  # reported speech
("Simon Adebayo, FreshWay's chief executive, said the firm was deeply disappointed and was weighing an appeal to the Competition Appeal Tribunal [1.6].", S1, "S"),  # reported speech
("Simon Adebayo said FreshWay would appeal to the Competition Appeal Tribunal [1.6].", S1, "R"),  # considering -> would (dropped hedge)
("Simon Adebayo said FreshWay had lodged an appeal [1.6].", S1, "R"),  # past action unsupported
("Simon Adebayo said FreshWay was pleased with the outcome [1.6].", S1, "R"),  # antonym
("Greenleaf's chief executive said the company was deeply disappointed [1.6].", S1, "R"),  # wrong company
("Greenleaf said it would carry on as a standalone business [1.7].", S1, "S"),  # paraphrase
("Greenleaf said it would seek another buyer [1.7].", S1, "R"),  # contradiction/unsupported
("Greenleaf said it would consider an appeal [1.7].", S1, "R"),  # wrong company/speaker
("FreshWay shares lost 7% in early trading and Greenleaf shares fell 12% [1.8].", S1, "S"),  # paraphrase
("FreshWay shares fell 12% and Greenleaf shares fell 7% [1.8].", S1, "R"),  # swapped
("Shares in both companies rose [1.8].", S1, "R"),  # antonym
("Greenleaf's shares fell further than FreshWay's [1.8].", S1, "S"),  # 12 > 7
("FreshWay's shares fell further than Greenleaf's [1.8].", S1, "R"),  # reversed
("FreshWay's shares fell 7% by the close of trading [1.8].", S1, "R"),  # early trading -> close
("The deal was first announced in February and had been expected to save 250 million pounds a year [1.9].", S1, "S"),  # paraphrase
("The deal was first announced in January [1.9].", S1, "R"),  # wrong month
("The deal would have saved 250 million pounds over five years [1.9].", S1, "R"),  # annual -> over five years
("The deal would have generated annual savings of 250 million pounds [1.9].", S1, "R"),  # dropped hedge 'had been expected'
("Which? welcomed the ruling, saying it would help keep prices low [1.10].", S1, "S"),  # reported speech
("Which? criticised the ruling [1.10].", S1, "R"),  # antonym
("Which? welcomed the decision, saying it would cut prices by 5% [1.10].", S1, "R"),  # added figure
("Barrow Securities analysts said the decision might make regulators warier of future supermarket deals [1.11].", S1, "S"),  # paraphrase
("Barrow Securities analysts said the ruling would make regulators block all future supermarket deals [1.11].", S1, "R"),  # overstatement
("Barrow Securities analysts said the ruling could make regulators more relaxed about future deals [1.11].", S1, "R"),  # antonym
("Which? said the ruling could make regulators more sceptical of future supermarket deals [1.11].", S1, "R"),  # wrong speaker
("The CMA rejected the merger, saying the offer to sell 120 stores did not go far enough [1.1, 1.4].", S1, "S"),  # merge
("The CMA rejected the merger, saying the offer to sell 120 stores did not go far enough [1.1].", S1, "R"),  # store offer uncited
("The CMA blocked the deal because FreshWay and Greenleaf refused to sell any stores [1.1, 1.4].", S1, "R"),  # contradiction
("After the CMA blocked the deal, FreshWay said it was deeply disappointed [1.1, 1.6].", S1, "S"),  # merge
("Shares in both supermarket chains fell in early trading [1.8].", S1, "S"),  # generalisation
("FreshWay shares fell 7% because the company was considering an appeal [1.6, 1.8].", S1, "R"),  # added causation
("The regulator said the merged group would have controlled around 31% of the market [1.2].", S1, "R"),  # wrong sentence cited
("The merger was worth 3.2 billion pounds and had been expected to produce 250 million pounds of savings a year [1.1, 1.9].", S1, "S"),  # merge
("FreshWay and Greenleaf are supermarket chains [1.1].", S1, "S"),  # extraction
("FreshWay and Greenleaf are both listed in London [1.8].", S1, "R"),  # unsupported detail
("The consumer group Which? backed the CMA's decision [1.10].", S1, "S"),  # paraphrase
("The CMA found the deal would raise prices in all local areas where the chains compete [1.2].", S1, "R"),  # overgeneralisation
("The competition watchdog has stopped FreshWay from merging with Greenleaf [1.1].", S1, "S"),  # paraphrase
("The CMA warned that shoppers in over 140 areas would face higher prices and reduced choice [1.2].", S1, "S"),  # paraphrase
("Nearly a third of the grocery market in Scotland and northern England would have been in the hands of the merged group [1.3].", S1, "S"),  # 31%
("The CMA said the proposed sale of 120 stores was not enough to resolve its concerns [1.4].", S1, "S"),  # paraphrase
("FreshWay's boss said the company might challenge the ruling at the Competition Appeal Tribunal [1.6].", S1, "S"),  # considering appeal
("Greenleaf will remain independent, the company said [1.7].", S1, "S"),  # paraphrase
("Greenleaf's share price fell by 12% [1.8].", S1, "S"),  # extraction
("The merger had been announced in February [1.9].", S1, "S"),  # extraction
("The consumer group Which? said the decision would help to hold down prices [1.10].", S1, "S"),  # reported speech
("Regulators could become more wary of supermarket mergers after the ruling, analysts at Barrow Securities suggested [1.11].", S1, "S"),  # reported speech
("The CMA chair said families were already under pressure, and FreshWay said it was deeply disappointed [1.5, 1.6].", S1, "S"),  # merge
]
