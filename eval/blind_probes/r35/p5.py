# Domain: a mobile operator's network outage and the compensation offered to customers
S1 = " ".join([
    "Millions of customers of mobile operator Vantra lost phone and internet service for up to 14 hours on Tuesday after a fault at a data centre in Reading.",
    "The company said about 3.2 million customers were affected at the peak of the outage, which began shortly after 5am.",
    "Calls to emergency numbers could not be connected in some areas for nearly three hours.",
    "Vantra said a software update to its core network had triggered the failure, and ruled out a cyber attack.",
    "Service was restored to all customers by 7pm, with those in Scotland and Wales the last to be reconnected.",
    "Chief executive Simon Achterberg apologised and said the company had 'let people down on a day when they needed us'.",
    "Vantra will credit every affected pay-monthly customer with £10 on their next bill.",
    "Pay-as-you-go customers will instead receive 5GB of free data, valid for 30 days.",
    "The communications regulator Ofcom said it had opened an investigation into the outage and the failure of emergency call routing.",
    "Ofcom can fine operators up to 10% of their annual turnover if they are found to have broken the rules.",
    "Consumer group Fair Deal Now said £10 was 'a token gesture' and called for automatic compensation of £25 a day.",
    "Small businesses that rely on card machines connected to Vantra's network reported losing a full day's trade.",
    "Vantra's shares closed 4% lower in London on Wednesday.",
])
PROBES = [
("A data centre fault in Reading left Vantra customers without phone and internet service for up to 14 hours [1.1].", S1, "S"),  # paraphrase
("The Vantra outage happened on a Tuesday [1.1].", S1, "S"),  # stated
("At its peak, the outage hit roughly 3.2 million customers, Vantra said [1.2].", S1, "S"),  # paraphrase
("The outage started soon after 5am [1.2].", S1, "S"),  # began shortly after
("In some areas, emergency calls could not be connected for almost three hours [1.3].", S1, "S"),  # nearly = almost
("According to Vantra, the failure was triggered by a software update to its core network [1.4].", S1, "S"),  # passive
("Vantra ruled out a cyber attack as the cause [1.4].", S1, "S"),  # stated
("All customers had their service back by 7pm [1.5].", S1, "S"),  # restored
("Customers in Scotland and Wales were the last to be reconnected [1.5].", S1, "S"),  # stated
("Simon Achterberg, the chief executive, apologised [1.6].", S1, "S"),  # reorder
("Achterberg said the company had 'let people down on a day when they needed us' [1.6].", S1, "S"),  # quote kept
("Every affected pay-monthly customer will receive a £10 credit on their next bill [1.7].", S1, "S"),  # nominalisation
("Affected pay-monthly customers will get ten pounds credited to their next bill [1.7].", S1, "S"),  # number format
("Pay-as-you-go customers will get 5GB of free data that is valid for 30 days [1.8].", S1, "S"),  # paraphrase
("Ofcom has launched an investigation into the outage [1.9].", S1, "S"),  # opened = launched
("The regulator is also looking into the failure of emergency call routing [1.9].", S1, "S"),  # paraphrase
("Operators found to have broken the rules can be fined as much as a tenth of their annual turnover [1.10].", S1, "S"),  # 10% = a tenth
("Fair Deal Now described the £10 credit as 'a token gesture' [1.11].", S1, "S"),  # paraphrase
("The consumer group Fair Deal Now wants automatic compensation of £25 a day [1.11].", S1, "S"),  # called for = wants
("Small businesses using card machines on Vantra's network reported a full day of lost trade [1.12].", S1, "S"),  # paraphrase
("Vantra's shares ended Wednesday 4% down in London [1.13].", S1, "S"),  # closed lower = ended down
("Pay-as-you-go customers will be compensated with data rather than a bill credit [1.7, 1.8].", S1, "S"),  # instead
("The £25 a day sought by Fair Deal Now is more than double Vantra's £10 credit [1.7, 1.11].", S1, "S"),  # arithmetic
("The outage lasted up to 14 hours [1.1].", S1, "S"),  # stated
("Vantra is a mobile operator [1.1].", S1, "S"),  # stated
("Vantra blamed a software update rather than a cyber attack [1.4].", S1, "S"),  # paraphrase
("The problem began with a fault at a data centre in Reading [1.1].", S1, "S"),  # paraphrase
("Vantra's chief executive apologised [1.6].", S1, "S"),  # dropped name
("Emergency calls failed to connect in some areas [1.3].", S1, "S"),  # dropped duration
("More than three million customers were affected at the peak of the outage [1.2].", S1, "S"),  # 3.2 million
("Vantra's shares fell the day after the outage [1.1, 1.13].", S1, "S"),  # Tuesday outage, Wednesday close lower
("The outage affected both phone and internet services [1.1].", S1, "S"),  # stated
("Vantra customers lost phone and internet service for up to 14 hours on Monday [1.1].", S1, "R"),  # Tuesday
("The outage followed a fault at a data centre in Slough [1.1].", S1, "R"),  # Reading
("Vantra customers lost service for up to 12 hours [1.1].", S1, "R"),  # 14 hours
("The company said about 2.3 million customers were affected at the peak of the outage [1.2].", S1, "R"),  # 3.2 million
("The outage began shortly after 5pm [1.2].", S1, "R"),  # 5am
("The company said about 3.2 million customers were affected throughout the outage [1.2].", S1, "R"),  # at the peak, not throughout
("Calls to emergency numbers could not be connected anywhere in the country for nearly three hours [1.3].", S1, "R"),  # some areas only
("Calls to emergency numbers could not be connected in some areas for more than three hours [1.3].", S1, "R"),  # nearly three
("Vantra said a cyber attack had triggered the failure [1.4].", S1, "R"),  # it ruled out a cyber attack
("Vantra said a hardware fault in its core network had triggered the failure [1.4].", S1, "R"),  # software update
("Vantra said a software update had triggered the failure but could not rule out a cyber attack [1.4].", S1, "R"),  # it did rule one out
("Service was restored to all customers by 5pm [1.5].", S1, "R"),  # 7pm
("Customers in Scotland and Wales were the first to be reconnected [1.5].", S1, "R"),  # last
("Customers in Scotland and Northern Ireland were the last to be reconnected [1.5].", S1, "R"),  # Wales
("Chief executive Simon Achterberg refused to apologise [1.6].", S1, "R"),  # he apologised
("Simon Achterberg said the company had 'let people down when they needed us most' [1.6].", S1, "R"),  # altered quote
("Finance director Simon Achterberg apologised for the outage [1.6].", S1, "R"),  # chief executive
("Vantra will credit every affected pay-monthly customer with £20 on their next bill [1.7].", S1, "R"),  # £10
("Vantra will credit every affected pay-as-you-go customer with £10 on their next bill [1.7].", S1, "R"),  # pay-monthly
("Pay-monthly customers will receive 5GB of free data [1.8].", S1, "R"),  # group swap: pay-as-you-go
("Pay-as-you-go customers will receive 5GB of free data, valid for 60 days [1.8].", S1, "R"),  # 30 days
("Pay-as-you-go customers will receive 10GB of free data [1.8].", S1, "R"),  # 5GB
("Ofcom said it would consider opening an investigation into the outage [1.9].", S1, "R"),  # it had opened one
("Ofcom said it had opened an investigation into the outage and fined Vantra [1.9].", S1, "R"),  # fine added
("Ofcom will fine Vantra 10% of its annual turnover [1.10].", S1, "R"),  # only can fine up to; modality
("Ofcom can fine operators up to 10% of their annual profits [1.10].", S1, "R"),  # turnover
("Fair Deal Now said £10 was 'a generous gesture' [1.11].", S1, "R"),  # token gesture
("Fair Deal Now called for automatic compensation of £25 a week [1.11].", S1, "R"),  # a day
("Fair Deal Now called for automatic compensation of £25 a day [1.12].", S1, "R"),  # wrong citation: 1.11
("Small businesses that rely on card machines connected to Vantra's network reported losing half a day's trade [1.12].", S1, "R"),  # a full day's
("All small businesses in the area reported losing a full day's trade [1.12].", S1, "R"),  # only those relying on Vantra card machines
("Vantra's shares closed 4% higher in London on Wednesday [1.13].", S1, "R"),  # lower
("Vantra's shares closed 4% lower in London on Tuesday [1.13].", S1, "R"),  # Wednesday
("Vantra's shares fell 4% because of the Ofcom investigation [1.9, 1.13].", S1, "R"),  # invented cause
("The outage began at a data centre in Reading after a cyber attack [1.1].", S1, "R"),  # invented cause
("Fair Deal Now said it had opened an investigation into the failure of emergency call routing [1.9].", S1, "R"),  # wrong body: Ofcom
]
