# Domain: a quarterly results statement of a chipmaker
S1 = " ".join([
    "Veridian Semiconductor reported third-quarter revenue of $8.4 billion on Wednesday, up 27% from a year earlier and above analysts' average estimate of $8.1 billion.",
    "Net income rose to $2.1 billion, or $1.38 a share, from $1.5 billion in the same period last year.",
    "Sales of data-centre chips, driven by demand for artificial-intelligence accelerators, jumped 61% to $4.9 billion.",
    "Revenue from the company's smartphone and PC chips fell 8% to $2.2 billion as consumer demand stayed weak.",
    "Gross margin widened to 58.5% from 54.1%, helped by a richer product mix.",
    "For the fourth quarter, Veridian forecast revenue of between $8.6 billion and $9.0 billion.",
    "Chief executive Priya Raman said supply of advanced packaging capacity \"remains tight\" and could limit shipments until mid-2027.",
    "Chief financial officer Tomas Lind said the company would raise capital spending to about $11 billion next year, from $7.5 billion this year.",
    "The board approved a new $10 billion share buyback programme and kept the quarterly dividend unchanged at 12 cents.",
    "Shares in Veridian rose 6% in after-hours trading.",
    "The company said new export restrictions could reduce fourth-quarter sales to China by up to $400 million.",
    "Veridian employs about 31,000 people and is headquartered in San Jose.",
])
PROBES = [
("Veridian's third-quarter revenue climbed 27% year on year to $8.4 billion [1.1].", S1, "S"),  # synonyms
("Quarterly sales of $8.4 billion beat the $8.1 billion analysts had expected on average [1.1].", S1, "S"),  # beat = above estimate
("Veridian reported third-quarter revenue of $8.4 billion, below analysts' estimates [1.1].", S1, "R"),  # antonym
("Veridian's third-quarter revenue rose 17% from a year earlier [1.1].", S1, "R"),  # wrong figure
("Veridian reported second-quarter revenue of $8.4 billion [1.1].", S1, "R"),  # wrong quarter
("Veridian reported its results on Thursday [1.1].", S1, "R"),  # wrong weekday
("Profit increased to $2.1 billion, compared with $1.5 billion a year before [1.2].", S1, "S"),  # net income = profit
("Earnings per share came in at $1.38 [1.2].", S1, "S"),  # nominalised
("Net income fell to $2.1 billion [1.2].", S1, "R"),  # antonym
("Net income rose to $2.1 billion, or $1.83 a share [1.2].", S1, "R"),  # transposed digits
("Net income doubled from a year earlier [1.2].", S1, "R"),  # 1.5 -> 2.1 is not doubling
("Data-centre chip sales surged 61% to $4.9 billion on the back of AI accelerator demand [1.3].", S1, "S"),  # paraphrase
("Demand for AI accelerators drove strong growth in Veridian's data-centre business [1.3].", S1, "S"),  # generalisation
("Data-centre chip sales jumped 61% to $4.9 million [1.3].", S1, "R"),  # unit error
("Data-centre chip sales rose 16% to $4.9 billion [1.3].", S1, "R"),  # wrong figure
("Data-centre sales jumped 61%, driven by demand from cloud gaming [1.3].", S1, "R"),  # wrong driver
("Revenue from smartphone and PC chips dropped 8% to $2.2 billion amid sluggish consumer demand [1.4].", S1, "S"),  # synonyms
("Weak consumer demand weighed on the company's phone and PC chip business [1.4].", S1, "S"),  # generalisation
("Revenue from smartphone and PC chips rose 8% to $2.2 billion [1.4].", S1, "R"),  # antonym
("Revenue from smartphone and PC chips fell 8% as corporate demand stayed weak [1.4].", S1, "R"),  # consumer vs corporate
("Revenue from smartphone chips alone fell 8% to $2.2 billion [1.4].", S1, "R"),  # changed scope
("Gross margin improved to 58.5% from 54.1% thanks to a more favourable product mix [1.5].", S1, "S"),  # synonyms
("Gross margin narrowed to 58.5% [1.5].", S1, "R"),  # antonym
("Gross margin widened to 58.5%, helped by lower energy costs [1.5].", S1, "R"),  # wrong reason
("Operating margin widened to 58.5% from 54.1% [1.5].", S1, "R"),  # sibling metric
("Veridian expects fourth-quarter revenue of $8.6 billion to $9.0 billion [1.6].", S1, "S"),  # forecast = expects
("The company guided for fourth-quarter sales of at least $8.6 billion [1.6].", S1, "S"),  # lower bound of range
("Veridian forecast fourth-quarter revenue of between $8.6 billion and $9.6 billion [1.6].", S1, "R"),  # wrong figure
("Veridian forecast full-year revenue of between $8.6 billion and $9.0 billion [1.6].", S1, "R"),  # wrong period
("Veridian said fourth-quarter revenue will reach $9.0 billion [1.6].", S1, "R"),  # range turned into certainty at top
("Chief executive Priya Raman said advanced packaging capacity was still tight [1.7].", S1, "S"),  # reported speech
("Raman warned that tight packaging supply might constrain shipments until mid-2027 [1.7].", S1, "S"),  # could -> might
("Raman said tight packaging supply will limit shipments until mid-2027 [1.7].", S1, "R"),  # could -> will
("Raman said advanced packaging capacity was now plentiful [1.7].", S1, "R"),  # antonym
("Raman said tight supply could limit shipments until mid-2026 [1.7].", S1, "R"),  # wrong year
("Chief financial officer Tomas Lind said packaging capacity remains tight [1.7].", S1, "R"),  # wrong speaker
("CFO Tomas Lind said capital expenditure would rise to roughly $11 billion next year from $7.5 billion [1.8].", S1, "S"),  # synonyms
("Veridian plans to increase its capital spending next year, according to its finance chief [1.8].", S1, "S"),  # generalisation
("Lind said capital spending would fall to about $7.5 billion next year [1.8].", S1, "R"),  # reversed
("Lind said the company would raise capital spending to about $11 billion this year [1.8].", S1, "R"),  # wrong period
("The board authorised a fresh $10 billion share repurchase programme [1.9].", S1, "S"),  # buyback = repurchase
("Veridian left its quarterly dividend at 12 cents a share [1.9].", S1, "S"),  # unchanged
("The board raised the quarterly dividend to 12 cents [1.9].", S1, "R"),  # unchanged, not raised
("The board approved a new $1 billion share buyback [1.9].", S1, "R"),  # number error
("Veridian stock gained 6% in extended trading [1.10].", S1, "S"),  # after-hours = extended
("Shares in Veridian fell 6% in after-hours trading [1.10].", S1, "R"),  # antonym
("Shares in Veridian rose 6% in regular trading on Wednesday [1.10].", S1, "R"),  # after-hours vs regular
("New export curbs could cut fourth-quarter China sales by as much as $400 million, the company said [1.11].", S1, "S"),  # synonyms
("Veridian said new export restrictions will reduce its China sales by $400 million [1.11].", S1, "R"),  # hedge dropped, 'up to' dropped
("Veridian said new export restrictions could reduce fourth-quarter sales to India by up to $400 million [1.11].", S1, "R"),  # wrong country
("The San Jose-based company has a workforce of roughly 31,000 [1.12].", S1, "S"),  # reworded
("Veridian employs about 13,000 people [1.12].", S1, "R"),  # number error
("Veridian is headquartered in Austin [1.12].", S1, "R"),  # wrong city
("Revenue rose 27% to $8.4 billion and net income climbed to $2.1 billion [1.1, 1.2].", S1, "S"),  # merge
("Data-centre sales jumped 61% while phone and PC chip revenue slipped 8% [1.3, 1.4].", S1, "S"),  # merge
("Data-centre chips accounted for more than half of third-quarter revenue [1.1, 1.3].", S1, "S"),  # 4.9 of 8.4 > half
("Veridian approved a $10 billion buyback, and its shares rose 6% after hours [1.9, 1.10].", S1, "S"),  # merge
("Shares rose 6% after hours because of the new buyback [1.9, 1.10].", S1, "R"),  # unsupported cause
("Gross margin widened to 58.5% [1.4].", S1, "R"),  # wrong sentence cited
("Veridian forecast fourth-quarter revenue of $8.6 billion to $9.0 billion despite export restrictions that could cut China sales [1.6, 1.11].", S1, "S"),  # merge
("Export restrictions could reduce China sales by up to $400 million, Raman said [1.11].", S1, "R"),  # wrong speaker: 'the company said'
("Higher capital spending will ease the packaging shortage by mid-2027 [1.7, 1.8].", S1, "R"),  # unsupported causal link
("Veridian beat analysts' revenue forecasts for the third quarter [1.1].", S1, "S"),  # above estimate
("Per-share earnings were $1.38, on net income of $2.1 billion [1.2].", S1, "S"),  # reorder
("A richer mix of products lifted gross margin by more than four percentage points [1.5].", S1, "S"),  # 58.5-54.1 = 4.4
("The midpoint of Veridian's fourth-quarter revenue forecast is $8.8 billion [1.6].", S1, "S"),  # (8.6+9.0)/2
("Shortages of advanced packaging capacity could hold back Veridian's shipments until mid-2027, its chief executive warned [1.7].", S1, "S"),  # reworded
("Veridian plans to lift annual capital spending by about $3.5 billion next year [1.8].", S1, "S"),  # 11 - 7.5
("The dividend stayed at 12 cents a quarter as the board approved a $10 billion buyback [1.9].", S1, "S"),  # reworded
("Veridian warned that export curbs might cost it as much as $400 million in fourth-quarter Chinese sales [1.11].", S1, "S"),  # could -> might
("Veridian said export restrictions had already reduced its third-quarter China sales [1.11].", S1, "R"),  # future fourth-quarter risk vs past
("Veridian's shares rose 6% in after-hours trading on Thursday [1.1, 1.10].", S1, "R"),  # results Wednesday; no Thursday in source
("Revenue beat forecasts and the shares climbed 6% after hours [1.1, 1.10].", S1, "S"),  # merge, no causal claim
]
