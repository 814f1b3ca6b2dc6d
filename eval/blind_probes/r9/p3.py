# company results and mergers
B1 = ("Halvorsen Foods reported third-quarter revenue of $2.4 billion on Thursday, up 6% from a year earlier. "
      "Net income fell 11% to $180 million as ingredient costs climbed. "
      "The Oslo-based company, which makes frozen meals and snacks, cut its full-year sales forecast to growth of 3% to 4%. "
      "Chief financial officer Ingrid Lunde said price increases introduced in July had not fully offset higher costs. "
      "The shares dropped 5.2% to 312 kroner in Oslo.")
B2 = ("Corvex Pharma agreed to buy rival biotech Lumera for $7.8 billion in cash, the companies said on Monday. "
      "Corvex will pay $46 a share, a 38% premium to Lumera's closing price on Friday. "
      "The deal, which requires approval from regulators in the US and the EU, is expected to close in the first half of next year. "
      "Lumera's main product, a treatment for a rare liver disease, generated sales of $610 million last year. "
      "Corvex chief executive Paul Brandt said the purchase would add to earnings from 2028. "
      "Some analysts questioned the price, noting that Lumera's patent on the drug expires in 2031.")
B3 = ("Quarry Bank said on Wednesday it would close 45 branches in the north of England by the end of March. "
      "About 300 staff will be affected, although the bank said it hoped to redeploy most of them. "
      "The lender said the number of customers using its branches had halved since 2019. "
      "A spokesman for the Unite union said the closures would leave some towns without a single bank.")
PROBES = [
    ("Halvorsen Foods posted third-quarter revenue of $2.4 billion, a 6% rise from a year earlier [1.1].", B1, "S"),
    ("Net income dropped 11% to $180 million as ingredient costs rose [1.2].", B1, "S"),
    ("The company lowered its full-year sales forecast to growth of 3% to 4% [1.3].", B1, "S"),
    ("The company, which makes frozen meals and snacks, is based in Oslo [1.3].", B1, "S"),
    ("CFO Ingrid Lunde said price rises introduced in July had not fully offset higher costs [1.4].", B1, "S"),
    ("Its shares fell 5.2% to 312 kroner in Oslo [1.5].", B1, "S"),
    ("Revenue rose 6% to $2.4 billion, but net income fell 11% to $180 million [1.1][1.2].", B1, "S"),
    ("Corvex Pharma agreed to acquire rival biotech Lumera for $7.8 billion in cash [1.1].", B2, "S"),
    ("Corvex will pay $46 per share, a 38% premium to Lumera's Friday closing price [1.2].", B2, "S"),
    ("The deal needs approval from US and EU regulators and is expected to close in the first half of next year [1.3].", B2, "S"),
    ("Lumera's main product, a treatment for a rare liver disease, had sales of $610 million last year [1.4].", B2, "S"),
    ("Corvex chief executive Paul Brandt said the acquisition would add to earnings from 2028 [1.5].", B2, "S"),
    ("Some analysts questioned the price, noting that the patent on Lumera's drug expires in 2031 [1.6].", B2, "S"),
    ("Quarry Bank said it would close 45 branches in the north of England by the end of March [1.1].", B3, "S"),
    ("About 300 staff will be affected, though the bank said it hoped to redeploy most of them [1.2].", B3, "S"),
    ("The lender said the number of customers using its branches had halved since 2019 [1.3].", B3, "S"),
    ("A Unite union spokesman said the closures would leave some towns without a single bank [1.4].", B3, "S"),
    ("The bank plans to close 45 branches, affecting about 300 staff [1.1][1.2].", B3, "S"),
    ("Corvex agreed to buy Lumera for $7.8 billion, or $46 a share [1.1][1.2].", B2, "S"),
    ("Halvorsen's shares dropped 5.2% [1.1][1.5].", B1, "S"),
    # unsupported
    # revenue up 6% -> net income up 6%
    ("Halvorsen's net income rose 6% to $180 million [1.1][1.2].", B1, "R"),
    # raised vs cut forecast
    ("The company raised its full-year sales forecast to growth of 3% to 4% [1.3].", B1, "R"),
    # not fully offset -> offset
    ("Lunde said the July price increases had offset higher costs [1.4].", B1, "R"),
    # invented cause for share drop
    ("The shares fell 5.2% because the company cut its forecast [1.3][1.5].", B1, "R"),
    # second quarter
    ("Halvorsen Foods reported second-quarter revenue of $2.4 billion [1.1].", B1, "R"),
    # Lunde is CFO, not CEO
    ("Chief executive Ingrid Lunde said price increases had not fully offset higher costs [1.4].", B1, "R"),
    # stock and cash swap
    ("Corvex agreed to buy Lumera for $7.8 billion in stock [1.1].", B2, "R"),
    # premium figure
    ("Corvex will pay $46 a share, a 48% premium [1.2].", B2, "R"),
    # expected to close dropped
    ("The deal will close in the first half of next year [1.3].", B2, "R"),
    # regulators only US
    ("The deal requires approval only from US regulators [1.3].", B2, "R"),
    # analysts' view given to Brandt
    ("Paul Brandt questioned the price, noting that the patent expires in 2031 [1.5][1.6].", B2, "R"),
    # some analysts -> analysts
    ("Analysts questioned the price of the deal [1.6].", B2, "R"),
    # sales of Corvex vs Lumera
    ("Corvex's main product generated sales of $610 million last year [1.4].", B2, "R"),
    # earnings from 2028 -> from next year
    ("Brandt said the purchase would add to earnings from next year [1.3][1.5].", B2, "R"),
    # 45 branches in the north -> across England
    ("Quarry Bank said it would close 45 branches across England [1.1].", B3, "R"),
    # hoped to redeploy -> will redeploy
    ("The bank will redeploy most of the 300 affected staff [1.2].", B3, "R"),
    # halved -> doubled
    ("The lender said branch use had doubled since 2019 [1.3].", B3, "R"),
    # union speaker swap
    ("The bank said the closures would leave some towns without a single bank [1.1][1.4].", B3, "R"),
    # some towns -> many towns
    ("A Unite spokesman said the closures would leave many towns without a bank [1.4].", B3, "R"),
    # end of March -> end of May
    ("Quarry Bank will close 45 branches by the end of May [1.1].", B3, "R"),
    # about 300 -> 300
    ("Exactly 300 staff will be affected by the closures [1.2].", B3, "R"),
]
