# Company earnings and deals
B1 = ("Halvorsen Foods reported third-quarter revenue of $4.7 billion on Wednesday, up 6 percent from a year earlier, as higher prices offset weaker volumes. "
      "Net income fell to $310 million from $355 million, hurt by a one-off charge related to the closure of a plant in Ohio. "
      "The company, which makes frozen meals and snacks, raised its full-year sales forecast to growth of 5 to 6 percent. "
      "Chief financial officer Lena Brandt said volumes in North America had declined for a third consecutive quarter. "
      "Halvorsen shares rose 4.1 percent in New York. "
      "The results beat analysts' average estimate of $4.5 billion in revenue, according to LSEG data.")
B2 = ("Corvin Technologies agreed on Monday to buy the cybersecurity firm Sentra for $1.9 billion in cash, its largest acquisition to date. "
      "The deal, which values Sentra at about 12 times its annual revenue, is expected to close in the first half of next year, subject to regulatory approval. "
      "Corvin chief executive Raj Malhotra said the purchase would let the company offer security tools to its 40,000 business customers. "
      "Sentra's founders, who own roughly 30 percent of the company, have agreed to stay on for at least two years. "
      "Corvin will fund the deal with cash on hand and a new $800 million bank loan. "
      "Shares of Corvin fell 2 percent, while Sentra is privately held.")
B3 = ("Mirela Steel said on Thursday it would cut 900 jobs at its Rotterdam plant over the next 18 months as it shifts production to electric furnaces. "
      "The company said about half of the reductions would come through early retirement. "
      "Unions said they had not been consulted about the timing of the cuts and called a meeting for Saturday. "
      "Mirela employs 11,000 people in the Netherlands. "
      "The Dutch government has pledged 1.2 billion euros in subsidies to help the plant cut its carbon emissions.")
B4 = ("Quayside Retail swung to a pre-tax loss of 42 million pounds in the six months to August, compared with a profit of 18 million pounds a year earlier. "
      "The clothing chain blamed unusually warm autumn weather, which it said had hit sales of coats and knitwear. "
      "Like-for-like sales fell 3.5 percent, while online sales grew 8 percent. "
      "Quayside said it would close 25 of its 310 stores by the end of next year and did not rule out further closures. "
      "Chairman Neil Archer said the board had full confidence in chief executive Priya Nair.")
PROBES = [
    # --- supported
    ("Halvorsen Foods posted third-quarter revenue of $4.7 billion, a 6 percent rise from a year earlier [1.1].", B1, "S"),
    ("Higher prices offset weaker volumes at Halvorsen in the third quarter [1.1].", B1, "S"),
    ("Halvorsen's net income fell to $310 million from $355 million [1.2].", B1, "S"),
    ("A one-off charge tied to the closure of an Ohio plant hurt net income [1.2].", B1, "S"),
    ("The company raised its full-year sales forecast to growth of 5 to 6 percent [1.3].", B1, "S"),
    ("CFO Lena Brandt said North American volumes had declined for a third consecutive quarter [1.4].", B1, "S"),
    ("Halvorsen's shares rose 4.1% in New York, after results that beat the analysts' average revenue estimate of $4.5 billion [1.5][1.6].", B1, "S"),
    ("Corvin Technologies agreed on Monday to acquire Sentra, a cybersecurity firm, for $1.9 billion in cash [1.1].", B2, "S"),
    ("The $1.9 billion deal is Corvin's biggest acquisition to date [1.1].", B2, "S"),
    ("The deal is expected to close in the first half of next year, pending regulatory approval [1.2].", B2, "S"),
    ("Chief executive Raj Malhotra said the purchase would let Corvin offer security tools to its 40,000 business customers [1.3].", B2, "S"),
    ("Sentra's founders have agreed to stay on for at least two years [1.4].", B2, "S"),
    ("Corvin will pay for the deal with cash on hand and a new $800 million bank loan [1.5].", B2, "S"),
    ("Mirela Steel said on Thursday it would cut 900 jobs at its Rotterdam plant over the next 18 months [1.1].", B3, "S"),
    ("The cuts come as Mirela shifts production to electric furnaces [1.1].", B3, "S"),
    ("Unions said they had not been consulted about the timing of the cuts [1.3].", B3, "S"),
    ("The Dutch government has promised 1.2 billion euros in subsidies to help the plant reduce its carbon emissions [1.5].", B3, "S"),
    ("Quayside Retail swung to a pre-tax loss of 42 million pounds in the six months to August [1.1].", B4, "S"),
    ("A year earlier Quayside had made a profit of 18 million pounds [1.1].", B4, "S"),
    ("The clothing chain blamed unusually warm autumn weather, which it said had hurt coat and knitwear sales [1.2].", B4, "S"),
    ("Like-for-like sales dropped 3.5 percent, while online sales rose 8 percent [1.3].", B4, "S"),
    ("Quayside said it would close 25 of its 310 stores by the end of next year [1.4].", B4, "S"),
    ("Chairman Neil Archer said the board had full confidence in chief executive Priya Nair [1.5].", B4, "S"),
    # --- unsupported
    # revenue up 6 -> net income up 6 (pooling)
    ("Halvorsen's net income rose 6 percent from a year earlier [1.1][1.2].", B1, "R"),
    # plant closure in Ohio -> Iowa
    ("Net income was hurt by a one-off charge related to the closure of a plant in Iowa [1.2].", B1, "R"),
    # raised forecast -> cut
    ("Halvorsen lowered its full-year sales forecast to growth of 5 to 6 percent [1.3].", B1, "R"),
    # volumes in North America -> Europe
    ("Lena Brandt said volumes in Europe had declined for a third consecutive quarter [1.4].", B1, "R"),
    # beat estimate -> missed
    ("The results missed analysts' average estimate of $4.5 billion in revenue [1.6].", B1, "R"),
    # invented cause: shares rose because forecast raised
    ("Halvorsen shares rose 4.1 percent because the company raised its full-year forecast [1.3][1.5].", B1, "R"),
    # third consecutive -> fourth
    ("Volumes in North America declined for a fourth straight quarter [1.4].", B1, "R"),
    # 12 times annual revenue -> 12 times annual profit
    ("The deal values Sentra at about 12 times its annual profit [1.2].", B2, "R"),
    # expected to close -> closed
    ("The deal closed in the first half of the year after regulatory approval [1.2].", B2, "R"),
    # role swap: Sentra buys Corvin
    ("Sentra agreed on Monday to buy Corvin Technologies for $1.9 billion in cash [1.1].", B2, "R"),
    # roughly 30 percent -> 30 percent exactly / "own a majority"
    ("Sentra's founders own a majority of the company [1.4].", B2, "R"),
    # at least two years -> two years (bound dropped) -- "for two years" loses at least
    ("Sentra's founders have agreed to stay on for no more than two years [1.4].", B2, "R"),
    # $800 million loan -> bond
    ("Corvin will fund the deal partly with a new $800 million bond issue [1.5].", B2, "R"),
    # shares of Corvin fell -> Sentra shares fell
    ("Shares of Sentra fell 2 percent [1.6].", B2, "R"),
    # Malhotra said purchase lets -> CFO said
    ("Corvin's chief financial officer said the purchase would let the company offer security tools to its business customers [1.3].", B2, "R"),
    # about half -> most
    ("Mirela said most of the job cuts would come through early retirement [1.2].", B3, "R"),
    # unions not consulted about timing -> not consulted at all (restriction dropped under negation)
    ("Unions said they had not been consulted about the cuts [1.3].", B3, "R"),
    # meeting for Saturday -> strike on Saturday
    ("Unions called a strike for Saturday [1.3].", B3, "R"),
    # 11,000 in the Netherlands -> 11,000 worldwide
    ("Mirela employs 11,000 people worldwide [1.4].", B3, "R"),
    # pledged subsidies -> has paid
    ("The Dutch government has paid 1.2 billion euros in subsidies to the plant [1.5].", B3, "R"),
    # 900 jobs over 18 months -> 900 jobs within 18 weeks
    ("Mirela will cut 900 jobs at Rotterdam within 18 weeks [1.1].", B3, "R"),
    # online sales grew -> fell
    ("Like-for-like sales fell 3.5 percent and online sales fell 8 percent [1.3].", B4, "R"),
    # did not rule out further closures -> ruled out
    ("Quayside ruled out further store closures [1.4].", B4, "R"),
    # warm weather hit coats: analysts blamed (speaker invented)
    ("Analysts blamed unusually warm autumn weather for the loss [1.2].", B4, "R"),
    # chairman confidence -> chief executive said board had confidence in chairman (role swap)
    ("Chief executive Priya Nair said the board had full confidence in chairman Neil Archer [1.5].", B4, "R"),
    # unusually warm -> unusually cold
    ("The chain blamed unusually cold autumn weather [1.2].", B4, "R"),
]
