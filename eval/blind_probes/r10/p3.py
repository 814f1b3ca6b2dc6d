A = "Norvik Systems reported third-quarter revenue of $4.8 billion on Tuesday, up 12 percent from a year earlier. Net income fell to $610 million from $702 million, as the company spent more on data centres. Chief executive Anna Lindholm said demand from cloud customers remained strong. The company raised its full-year revenue forecast to between $18.9 billion and $19.2 billion. Shares of Norvik rose 6 percent in after-hours trading. Analysts polled by FactSet had expected revenue of $4.6 billion."
B = "Halden Foods has agreed to buy snack maker Crispin & Co for $2.1 billion in cash, the companies said on Monday. The deal, which values Crispin at about 14 times its annual earnings, is expected to close in the first half of next year, subject to regulatory approval. Halden said it expected the purchase to generate $90 million in annual cost savings by 2027. Crispin's founder, Maria Costa, will join Halden's board. Crispin shares jumped 31 percent on the news, while Halden's slipped 2 percent."
C = "European stocks fell on Friday after data showed inflation in the euro zone rose to 3.1 percent in November. The pan-European STOXX 600 index closed down 1.4 percent, its biggest daily drop in two months. Bank shares were the worst performers, losing 2.8 percent. Traders said the figures made an interest rate cut in December less likely. The euro rose 0.3 percent against the dollar. Oil prices were little changed."
D = "Carmaker Velta cut its annual profit forecast on Wednesday, blaming weak demand in China and higher costs for batteries. The company now expects an operating margin of 5 to 6 percent, down from an earlier forecast of 7 to 8 percent. Velta also said it would cut 3,500 jobs in Germany over the next three years. The works council said it would fight any compulsory redundancies. Velta's shares dropped 9 percent in Frankfurt."

PROBES = [
    ("Norvik Systems posted third-quarter revenue of $4.8 billion, a 12 percent year-on-year increase [1.1].", A, "S"),
    ("Norvik's net income declined to $610 million from $702 million as it spent more on data centres [1.2].", A, "S"),
    ("CEO Anna Lindholm said cloud customer demand remained strong [1.3].", A, "S"),
    ("Norvik lifted its full-year revenue outlook to $18.9 billion to $19.2 billion [1.4].", A, "S"),
    ("Norvik shares gained 6 percent in after-hours trading [1.5].", A, "S"),
    ("Revenue beat the $4.6 billion that analysts polled by FactSet had expected [1.1][1.6].", A, "S"),
    ("Halden Foods agreed to acquire snack maker Crispin & Co for $2.1 billion in cash [1.1].", B, "S"),
    ("The deal is expected to close in the first half of next year, pending regulatory approval [1.2].", B, "S"),
    ("Halden expects the acquisition to produce $90 million in yearly cost savings by 2027 [1.3].", B, "S"),
    ("Crispin founder Maria Costa will join Halden's board [1.4].", B, "S"),
    ("Crispin's shares soared 31 percent, while Halden's dipped 2 percent [1.5].", B, "S"),
    ("The deal values Crispin at roughly 14 times its annual earnings [1.2].", B, "S"),
    ("European shares declined on Friday after euro zone inflation rose to 3.1 percent in November [1.1].", C, "S"),
    ("The STOXX 600 ended 1.4 percent lower, its steepest one-day fall in two months [1.2].", C, "S"),
    ("Banks were the worst performers, dropping 2.8 percent [1.3].", C, "S"),
    ("Traders said the data made a December rate cut less likely [1.4].", C, "S"),
    ("The euro gained 0.3 percent against the dollar [1.5].", C, "S"),
    ("Velta lowered its annual profit forecast on Wednesday, citing weak demand in China and higher battery costs [1.1].", D, "S"),
    ("Velta now expects an operating margin of 5 to 6 percent, down from 7 to 8 percent previously [1.2].", D, "S"),
    ("Velta said it would cut 3,500 jobs in Germany over three years [1.3].", D, "S"),
    ("The works council vowed to fight any compulsory redundancies [1.4].", D, "S"),
    ("Velta's shares fell 9 percent in Frankfurt [1.5].", D, "S"),
    ("Norvik's revenue rose 21 percent [1.1].", A, "R"),  # 12 -> 21
    ("Norvik's net income rose to $610 million [1.2].", A, "R"),  # fell -> rose
    ("Norvik cut its full-year revenue forecast [1.4].", A, "R"),  # raised -> cut
    ("Chief executive Anna Lindholm said demand from cloud customers had weakened [1.3].", A, "R"),  # remained strong
    ("Analysts had expected revenue of $4.8 billion [1.6].", A, "R"),  # 4.6
    ("Norvik's net income fell because of lower cloud demand [1.2].", A, "R"),  # invented cause (data centre spending)
    ("Crispin & Co agreed to buy Halden Foods for $2.1 billion [1.1].", B, "R"),  # role swap
    ("The deal has already received regulatory approval [1.2].", B, "R"),  # still subject to approval
    ("Halden said the purchase will generate $90 million in cost savings by 2025 [1.3].", B, "R"),  # 2027
    ("Crispin's founder Maria Costa will become Halden's chief executive [1.4].", B, "R"),  # joins the board
    ("Halden shares jumped 31 percent on the news [1.5].", B, "R"),  # Crispin's jumped; Halden's slipped
    ("The deal values Crispin at about 14 times its annual revenue [1.2].", B, "R"),  # earnings -> revenue
    ("European stocks rose on Friday [1.1].", C, "R"),  # fell
    ("The STOXX 600 suffered its biggest daily drop in two years [1.2].", C, "R"),  # months -> years
    ("Traders said the figures made a December interest rate cut more likely [1.4].", C, "R"),  # less -> more
    ("The euro fell 0.3 percent against the dollar [1.5].", C, "R"),  # rose
    ("Oil prices fell sharply [1.6].", C, "R"),  # little changed
    ("Bank shares were the best performers, gaining 2.8 percent [1.3].", C, "R"),  # worst, losing
    ("Velta raised its annual profit forecast [1.1].", D, "R"),  # cut
    ("Velta said it would cut 3,500 jobs in Germany and China [1.3].", D, "R"),  # China added
    ("The works council said it had agreed to the compulsory redundancies [1.4].", D, "R"),  # will fight them
    ("Velta's shares dropped 9 percent in Paris [1.5].", D, "R"),  # Frankfurt
]
