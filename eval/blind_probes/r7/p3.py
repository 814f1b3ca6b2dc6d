# Business/earnings: retailer quarterly results (A) and a chipmaker acquisition (B)
A = ("Harbor & Pine, the home-furnishings retailer, reported third-quarter revenue of $2.4 billion on Thursday, up 6% from a year earlier. "
     "Net income fell to $112 million from $131 million, as shipping costs rose. "
     "Same-store sales, a key measure of retail health, increased 3.1%. "
     "The company raised its full-year revenue forecast to between $9.6 billion and $9.8 billion. "
     "Chief financial officer Leo Brandt said online orders accounted for nearly 40% of sales in the quarter. "
     "Harbor & Pine plans to open 25 new stores next year, most of them in the southeastern United States. "
     "The retailer's shares rose 11% in after-hours trading, their biggest one-day gain since 2020. "
     "Analysts polled by LSEG had expected revenue of $2.3 billion. "
     "The company also announced a $500 million share buyback program.")
B = ("Veltrix Semiconductor agreed on Monday to buy the British chip designer Arcmoor for $6.5 billion in cash. "
     "The deal is the largest acquisition in Veltrix's 30-year history. "
     "Veltrix will pay $42 a share, a premium of 28% over Arcmoor's closing price on Friday. "
     "The companies said the deal was expected to close in the first half of next year, pending regulatory approval. "
     "Arcmoor's designs are used in about a third of the world's smart thermostats. "
     "Veltrix chief executive Ines Duarte said the combined company would be better placed to compete with larger rivals. "
     "Some analysts warned that British regulators might scrutinise the sale because of Arcmoor's defence contracts. "
     "Arcmoor employs 1,800 people, mostly in Cambridge.")
X = [A, B]
PROBES = [
    ("Harbor & Pine reported third-quarter revenue of $2.4 billion on Thursday, a 6% increase from a year ago [1.1].", X, "S"),
    ("Net income dropped to $112 million from $131 million as shipping costs climbed [1.2].", X, "S"),
    ("Same-store sales, a key gauge of retail health, rose 3.1% [1.3].", X, "S"),
    ("The company lifted its full-year revenue forecast to between $9.6 billion and $9.8 billion [1.4].", X, "S"),
    ("CFO Leo Brandt said online orders made up nearly 40% of quarterly sales [1.5].", X, "S"),
    ("Harbor & Pine plans to open 25 stores next year, mostly in the southeastern United States [1.6].", X, "S"),
    ("Shares rose 11% after hours, the biggest one-day gain since 2020 [1.7].", X, "S"),
    ("Analysts surveyed by LSEG had expected revenue of $2.3 billion [1.8].", X, "S"),
    ("The company also unveiled a $500 million share repurchase program [1.9].", X, "S"),
    ("Revenue of $2.4 billion beat the $2.3 billion that analysts polled by LSEG had expected [1.1][1.8].", X, "S"),
    ("Harbor & Pine's revenue rose 6% to $2.4 billion, but net income fell to $112 million from $131 million [1.1][1.2].", X, "S"),
    ("The retailer raised its full-year revenue outlook and announced a $500 million buyback [1.4][1.9].", X, "S"),
    # unsupported
    ("Harbor & Pine reported third-quarter revenue of $2.4 billion, up 6% from the previous quarter [1.1].", X, "R"),  # year-on-year -> quarter
    ("Net income rose to $131 million from $112 million [1.2].", X, "R"),  # direction reversed
    ("Net income fell to $112 million because online orders increased [1.2][1.5].", X, "R"),  # invented cause
    ("Same-store sales increased 6% [1.1][1.3].", X, "R"),  # number pooled
    ("The company cut its full-year revenue forecast to between $9.6 billion and $9.8 billion [1.4].", X, "R"),  # raised -> cut
    ("Leo Brandt said online orders accounted for 40% of sales in the quarter [1.5].", X, "R"),  # dropped "nearly"
    ("Leo Brandt said online orders accounted for more than 40% of sales in the quarter [1.5].", X, "R"),  # nearly -> more than
    ("Harbor & Pine opened 25 new stores, most of them in the southeastern United States [1.6].", X, "R"),  # plans dropped
    ("Harbor & Pine plans to open 25 new stores next year, all of them in the southeastern United States [1.6].", X, "R"),  # most -> all
    ("Harbor & Pine plans to open 25 new stores next year, most of them in the northeastern United States [1.6].", X, "R"),  # region
    ("The retailer's shares rose 11% in after-hours trading, their biggest gain ever [1.7].", X, "R"),  # since 2020 -> ever
    ("The retailer's shares fell 11% in after-hours trading [1.7].", X, "R"),  # rose -> fell
    ("Analysts polled by LSEG had expected revenue of $2.4 billion [1.8].", X, "R"),  # number
    ("Leo Brandt said the company would buy back $500 million of shares [1.5][1.9].", X, "R"),  # company announcement given to Brandt
    # B supported
    ("Veltrix Semiconductor agreed on Monday to acquire British chip designer Arcmoor for $6.5 billion in cash [2.1].", X, "S"),
    ("It is the biggest acquisition in Veltrix's 30-year history [2.2].", X, "S"),
    ("Veltrix will pay $42 per share, a 28% premium to Arcmoor's Friday closing price [2.3].", X, "S"),
    ("The companies expect the deal to close in the first half of next year, subject to regulatory approval [2.4].", X, "S"),
    ("Arcmoor's designs are found in roughly a third of the world's smart thermostats [2.5].", X, "S"),
    ("Chief executive Ines Duarte said the combined company would be better positioned to compete with bigger rivals [2.6].", X, "S"),
    ("Some analysts warned British regulators might scrutinise the sale because of Arcmoor's defence contracts [2.7].", X, "S"),
    ("Arcmoor has 1,800 employees, mostly in Cambridge [2.8].", X, "S"),
    ("Veltrix's $6.5 billion all-cash purchase of Arcmoor, at $42 a share, is the largest in its 30-year history [2.1][2.2][2.3].", X, "S"),
    ("The deal, expected to close in the first half of next year, could face scrutiny from British regulators because of Arcmoor's defence contracts, some analysts said [2.4][2.7].", X, "S"),
    # B unsupported
    ("Veltrix Semiconductor agreed to sell Arcmoor for $6.5 billion in cash [2.1].", X, "R"),  # buy -> sell
    ("The deal is the largest acquisition in the semiconductor industry's history [2.2].", X, "R"),  # scope widened
    ("The deal is the largest acquisition in Veltrix's 28-year history [2.2][2.3].", X, "R"),  # number pooled
    ("Veltrix will pay $42 a share, a premium of 28% over Arcmoor's closing price on Thursday [2.3].", X, "R"),  # weekday
    ("The deal closed in the first half of the year after regulators approved it [2.4].", X, "R"),  # expected, pending dropped
    ("Arcmoor's designs are used in most of the world's smart thermostats [2.5].", X, "R"),  # a third -> most
    ("Arcmoor's designs are used in about a third of the world's smart speakers [2.5].", X, "R"),  # sibling
    ("Ines Duarte said British regulators might scrutinise the sale [2.6][2.7].", X, "R"),  # analysts' warning put to Duarte
    ("Analysts said British regulators would block the sale because of Arcmoor's defence contracts [2.7].", X, "R"),  # might scrutinise -> would block
    ("Arcmoor employs 1,800 people, all in Cambridge [2.8].", X, "R"),  # mostly -> all
    ("Ines Duarte said the combined company would be better placed to compete with smaller rivals [2.6].", X, "R"),  # larger -> smaller
]
