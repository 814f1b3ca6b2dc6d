S1 = ("Wholesale gas prices fell by 12 percent in October, the lowest monthly level since 2021. "
"Analysts at Cornwall Insight said the drop was mainly due to mild weather and full storage tanks. "
"The energy regulator Ofgem will lower the price cap by 4 percent from January. "
"A typical household will pay £1,690 a year under the new cap. "
"Standing charges, however, will rise slightly. "
"Charities warned that millions of families would still struggle to heat their homes this winter. "
"The government said it had no plans to bring back the Energy Price Guarantee.")
S2 = ("Northgrid Energy reported a pre-tax profit of £820 million for the first half of the year. "
"The company said higher network charges had offset falling generation costs. "
"Northgrid will pay a dividend of 18 pence per share, up from 15 pence. "
"Chief financial officer Helen Marsh said the firm would invest £2 billion in offshore wind by 2030. "
"Shares in the company rose 3 percent on Tuesday. "
"Critics, including the Labour MP Tom Reid, called for a windfall tax on energy profits. "
"Northgrid said it had 4.2 million customer accounts.")
PROBES = [
("Gas prices on the wholesale market dropped 12 percent in October, to their lowest monthly level since 2021 [1.1].", S1, "S"),
("Cornwall Insight analysts put the fall down mainly to mild weather and full storage tanks [1.2].", S1, "S"),
("From January, Ofgem will cut the price cap by 4 percent [1.3].", S1, "S"),
("Under the new cap, a typical household will pay £1,690 annually [1.4].", S1, "S"),
("Standing charges will increase slightly, however [1.5].", S1, "S"),
("Charities warned that millions of families would still find it hard to heat their homes this winter [1.6].", S1, "S"),
("The government said it did not plan to reintroduce the Energy Price Guarantee [1.7].", S1, "S"),
("Ofgem will lower the price cap by 4 percent from January, leaving a typical household paying £1,690 a year [1.3][1.4].", S1, "S"),
("Northgrid Energy made a pre-tax profit of £820 million in the first half of the year [2.1].", S2, "S"),
("Falling generation costs were offset by higher network charges, the company said [2.2].", S2, "S"),
("Northgrid is raising its dividend to 18 pence a share from 15 pence [2.3].", S2, "S"),
("Helen Marsh, the chief financial officer, said the company would put £2 billion into offshore wind by 2030 [2.4].", S2, "S"),
("The company's shares climbed 3 percent on Tuesday [2.5].", S2, "S"),
("Labour MP Tom Reid was among critics who called for a windfall tax on energy profits [2.6].", S2, "S"),
("Northgrid said it had 4.2 million customer accounts [2.7].", S2, "S"),
("The energy regulator will reduce the price cap [1.3].", S1, "S"),
("Wholesale gas prices fell in October [1.1].", S1, "S"),
("Northgrid's dividend will go up [2.3].", S2, "S"),
("Analysts said mild weather and full storage tanks were the main reasons for the drop [1.2].", S1, "S"),
("Critics called for a windfall tax on energy profits [2.6].", S2, "S"),
("Charities warned that many families would still struggle to heat their homes [1.6].", S1, "S"),
("Northgrid made £820 million before tax in the first half of the year and will lift its dividend to 18 pence per share [2.1][2.3].", S2, "S"),
("Wholesale gas prices rose by 12 percent in October [1.1].", S1, "R"),  # direction reversed
("Wholesale electricity prices fell by 12 percent in October [1.1].", S1, "R"),  # sibling gas->electricity
("Wholesale gas prices fell by 12 percent in October, the lowest monthly level since 2019 [1.1].", S1, "R"),  # year changed
("Analysts at Cornwall Insight said the drop was entirely due to mild weather [1.2].", S1, "R"),  # mainly->entirely, storage dropped
("Analysts at Ofgem said the drop was mainly due to mild weather and full storage tanks [1.2].", S1, "R"),  # wrong organisation
("Ofgem will lower the price cap by 4 percent from March [1.3].", S1, "R"),  # month changed
("Ofgem will raise the price cap by 4 percent from January [1.3].", S1, "R"),  # direction reversed
("A typical household will save £1,690 a year under the new cap [1.4].", S1, "R"),  # figure moved to savings
("Standing charges will also fall [1.5].", S1, "R"),  # antonym
("Charities warned that all families would still struggle to heat their homes this winter [1.6].", S1, "R"),  # quantifier widened
("The government said it would bring back the Energy Price Guarantee [1.7].", S1, "R"),  # negation dropped
("The government said it had no plans to bring back the Energy Price Guarantee because wholesale prices were falling [1.7].", S1, "R"),  # invented cause
("Northgrid Energy reported a pre-tax loss of £820 million for the first half of the year [2.1].", S2, "R"),  # profit->loss
("Northgrid Energy reported a pre-tax profit of £820 million for the full year [2.1].", S2, "R"),  # period changed
("The company said lower network charges had offset falling generation costs [2.2].", S2, "R"),  # higher->lower
("Northgrid will pay a dividend of 15 pence per share, up from 18 pence [2.3].", S2, "R"),  # figures swapped
("Chief executive Helen Marsh said the firm would invest £2 billion in offshore wind by 2030 [2.4].", S2, "R"),  # role changed
("Chief financial officer Helen Marsh said the firm would invest £2 billion in onshore wind by 2030 [2.4].", S2, "R"),  # offshore->onshore
("Chief financial officer Helen Marsh said the firm would invest £2 billion in offshore wind by 2035 [2.4].", S2, "R"),  # year changed
("Shares in the company fell 3 percent on Tuesday [2.5].", S2, "R"),  # direction reversed
("Shares in the company rose 3 percent on Wednesday [2.5].", S2, "R"),  # weekday changed
("Critics, including Helen Marsh, called for a windfall tax on energy profits [2.6].", S2, "R"),  # person swapped
("Northgrid said it had 2.4 million customer accounts [2.7].", S2, "R"),  # number changed
("Labour MP Tom Reid said Northgrid would invest £2 billion in offshore wind [2.6].", S2, "R"),  # wrong attribution/citation
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
