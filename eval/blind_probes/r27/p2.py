# Domain: a car-maker's plant closure and job losses
S1 = " ".join([
    "Carmaker Vantor Motors confirmed on Tuesday that it will close its Ellesmere Port assembly plant by the end of March 2027.",
    "About 1,100 workers at the site will lose their jobs, and the company said a further 300 roles at local suppliers were \"at risk\".",
    "Vantor blamed weak demand for electric vans in Europe and rising competition from Chinese manufacturers.",
    "Production of the Vantor Transit-E van will move to the company's factory in Zaragoza, Spain.",
    "\"This was an incredibly difficult decision, and we did not take it lightly,\" said Vantor's European chief executive, Marta Leclerc.",
    "The Unite union described the closure as \"a hammer blow\" and said it would consult members on possible industrial action.",
    "The plant opened in 1962 and at its peak in the 1980s employed more than 4,000 people.",
    "Business Secretary Alan Pryce said the government had offered financial support to keep the factory open but that the company had declined.",
    "The company said it would offer redundancy packages above the statutory minimum and set up a retraining centre on the site.",
    "Local MP Justine Hale said the announcement could cost the regional economy up to £250m a year.",
    "Vantor shares rose 2% in Paris after the announcement.",
])
PROBES = [
("Vantor said on Tuesday it would shut its Ellesmere Port plant by the end of March 2027 [1.1].", S1, "S"),  # paraphrase
("The Ellesmere Port assembly plant is to close no later than the end of March 2027, Vantor Motors confirmed [1.1].", S1, "S"),  # reorder
("Roughly 1,100 jobs will go at the site [1.2].", S1, "S"),  # about -> roughly
("The company said another 300 supplier jobs in the area were at risk [1.2].", S1, "S"),  # reported
("Vantor attributed the closure to sluggish European demand for electric vans and growing Chinese competition [1.1, 1.3].", S1, "S"),  # blamed -> attributed
("The carmaker cited competition from Chinese manufacturers as one of the reasons [1.3].", S1, "S"),  # partial
("Transit-E production is being transferred to Zaragoza in Spain [1.4].", S1, "S"),  # 1.4
("Marta Leclerc, who heads Vantor in Europe, said the decision had been incredibly difficult and was not taken lightly [1.5].", S1, "S"),  # reported speech
("Vantor's European chief described the closure decision as incredibly difficult [1.1, 1.5].", S1, "S"),  # reported
("Unite called the closure a hammer blow [1.6].", S1, "S"),  # 1.6
("The union said it would consult its members about possible industrial action [1.6].", S1, "S"),  # 1.6
("The factory, which opened in 1962, employed over 4,000 people at its 1980s peak [1.7].", S1, "S"),  # merge in one
("Employment at the plant peaked in the 1980s at more than 4,000 [1.7].", S1, "S"),  # nominal
("Alan Pryce, the business secretary, said Vantor had turned down government financial support to keep the plant open [1.8].", S1, "S"),  # declined -> turned down
("The government offered money to keep the factory open, according to the business secretary [1.8].", S1, "S"),  # attribution kept
("Redundancy packages above the statutory minimum will be offered, the company said [1.9].", S1, "S"),  # passive
("Vantor said it would set up a retraining centre at the site [1.9].", S1, "S"),  # 1.9
("Justine Hale, the local MP, warned the regional economy could lose as much as £250m a year [1.10].", S1, "S"),  # hedge kept
("Vantor's share price climbed 2% in Paris following the news [1.11].", S1, "S"),  # 1.11
("Workers at Ellesmere Port face the loss of about 1,100 jobs while van production moves to Spain [1.2, 1.4].", S1, "S"),  # merge
("Unite condemned the closure as a hammer blow, while Vantor's European chief said the decision was not taken lightly [1.5, 1.6].", S1, "S"),  # merge
("The plant has operated since 1962 [1.7].", S1, "S"),  # opened 1962
("Investors reacted to the announcement by pushing Vantor shares 2% higher in Paris [1.11].", S1, "S"),  # rephrase
("Vantor declined financial support that the government offered to keep the plant open, Pryce said [1.8].", S1, "S"),  # reorder
("Around 1,100 people working at the site are set to be made redundant [1.2].", S1, "S"),  # lose jobs -> made redundant
("Vantor blamed weak European demand for electric vans [1.3].", S1, "S"),  # partial
("Hale said the regional economy might lose up to £250m annually because of the announcement [1.10].", S1, "S"),  # rephrase
("Vantor Motors confirmed on Thursday that it will close the plant [1.1].", S1, "R"),  # wrong weekday
("Vantor will close the plant by the end of March 2026 [1.1].", S1, "R"),  # wrong year
("About 1,300 workers at the site will lose their jobs [1.2].", S1, "R"),  # wrong figure
("A further 300 roles at local suppliers will be lost [1.2].", S1, "R"),  # at risk -> will be lost
("No roles at local suppliers are at risk, the company said [1.2].", S1, "R"),  # negation
("Vantor blamed weak demand for electric cars in Europe [1.3].", S1, "R"),  # vans -> cars
("Vantor blamed rising competition from Korean manufacturers [1.3].", S1, "R"),  # wrong country
("Vantor blamed Brexit for the closure [1.3].", S1, "R"),  # unsupported cause
("Production of the Transit-E will move to Valencia, Spain [1.4].", S1, "R"),  # wrong city
("Production will move to the company's factory in Zaragoza, Portugal [1.4].", S1, "R"),  # wrong country
("Production of the Transit-E will move to a new factory to be built in Zaragoza [1.4].", S1, "R"),  # existing factory -> new
("Leclerc said the decision had been taken lightly [1.5].", S1, "R"),  # negation
("Business Secretary Alan Pryce said the closure decision was incredibly difficult [1.5].", S1, "R"),  # wrong speaker
("Leclerc said the closure was a hammer blow [1.5, 1.6].", S1, "R"),  # wrong speaker
("Unite said it would stage industrial action [1.6].", S1, "R"),  # consult on possible -> will stage
("Unite will ballot members on strike action [1.6].", S1, "R"),  # consult -> ballot, stronger
("The GMB union described the closure as a hammer blow [1.6].", S1, "R"),  # wrong union
("The plant opened in 1972 [1.7].", S1, "R"),  # wrong year
("At its peak in the 1990s the plant employed more than 4,000 people [1.7].", S1, "R"),  # wrong decade
("At its peak the plant employed more than 40,000 people [1.7].", S1, "R"),  # figure x10
("Pryce said the company had accepted government financial support [1.8].", S1, "R"),  # antonym
("Pryce said the government had refused the company's request for financial support [1.8].", S1, "R"),  # roles swapped
("The company said the government had offered financial support [1.8].", S1, "R"),  # wrong speaker (Pryce said)
("Vantor said it would offer redundancy packages at the statutory minimum [1.9].", S1, "R"),  # above -> at
("The company will set up a retraining centre in Zaragoza [1.9].", S1, "R"),  # wrong place
("All 1,100 workers will be guaranteed places at the retraining centre [1.2, 1.9].", S1, "R"),  # added guarantee
("Hale said the announcement would cost the regional economy £250m a year [1.10].", S1, "R"),  # hedge dropped
("Hale said the announcement could cost the regional economy up to £250m in total [1.10].", S1, "R"),  # a year -> total
("Leclerc said the closure could cost the regional economy up to £250m a year [1.10].", S1, "R"),  # wrong speaker
("Vantor shares fell 2% in Paris after the announcement [1.11].", S1, "R"),  # antonym
("Vantor shares rose 2% in Frankfurt [1.11].", S1, "R"),  # wrong exchange
("Vantor shares rose 2% as investors welcomed the cost savings from the closure [1.11].", S1, "R"),  # added cause
("About 1,100 workers at the site will lose their jobs [1.3].", S1, "R"),  # wrong sentence cited
("Unite called the closure a hammer blow [1.5].", S1, "R"),  # wrong sentence cited
("The plant employed more than 4,000 people when the closure was announced [1.7].", S1, "R"),  # peak -> now
("Vantor Motors pointed to Chinese rivals and weak European demand for electric vans [1.3].", S1, "S"),  # reorder
("Unite will ask its members about possible industrial action [1.6].", S1, "S"),  # consult -> ask
("The company has promised redundancy terms better than the statutory minimum [1.9].", S1, "S"),  # above -> better than
("The government was prepared to give financial help to keep the plant open, Pryce said [1.8].", S1, "S"),  # offered -> prepared to give
("Beyond the roughly 1,100 jobs going at the site, 300 supplier roles are at risk, the company said [1.2].", S1, "S"),  # rephrase
("Vantor's Transit-E van will in future be built in Spain [1.4].", S1, "S"),  # production moves to Spain
]
