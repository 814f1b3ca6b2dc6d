# Domain: a two-document brief (two outlets) on a government's energy price cap
S1 = " ".join([
    "The energy price cap for households in Great Britain will rise by 6% from 1 January, the regulator Ofgem announced on Friday.",
    "The increase means a typical household using both gas and electricity will pay £1,849 a year, up £111.",
    "Ofgem chief executive Jonathan Brearley said: \"We know this will be hard for many families, and suppliers must do more to help customers in debt.\"",
    "The regulator blamed higher wholesale gas prices and the cost of upgrading the electricity network.",
    "Energy Secretary Ed Miliband said the government would extend the Warm Home Discount to an extra 2.7 million households this winter.",
    "The discount is worth £150 and is paid directly to suppliers, who take it off customers' bills.",
    "Consumer groups said the rise came at the worst possible time, as household debt to energy firms has reached a record £3.7 billion.",
    "The cap limits the rate charged per unit of energy and the daily standing charge, not the total bill.",
    "Analysts at Cornwall Insight expect the cap to fall slightly in April, although they cautioned that forecasts could change.",
])
S2 = " ".join([
    "Millions of households face higher energy bills this winter after the government declined to intervene to soften the latest rise in the price cap.",
    "Treasury sources said there was \"no money left\" for a repeat of the blanket support offered in 2022.",
    "Instead, ministers are relying on targeted help, including the expanded Warm Home Discount, which will now reach about 6 million homes in total.",
    "The Conservatives accused the government of breaking its promise to cut bills by £300 by the end of the decade.",
    "Labour insists the pledge still stands and says new wind and solar capacity will bring prices down over time.",
    "Ofgem's own figures show that standing charges for electricity have almost doubled since 2021.",
    "Energy UK, which represents suppliers, said firms were already offering payment holidays and debt write-offs.",
    "Fuel poverty campaigners warned that as many as 6.1 million households could be unable to heat their homes adequately this winter.",
    "The next cap announcement is due in late February and will cover April to June.",
])
D = [S1, S2]
PROBES = [
("Ofgem said on Friday that the household energy price cap in Great Britain will go up 6% from 1 January [1.1].", D, "S"),  # paraphrase
("The price cap will rise by 6% from January, the energy regulator announced [1.1].", D, "S"),  # dropping detail
("The energy price cap will rise by 6% from 1 April [1.1].", D, "R"),  # wrong date
("The energy price cap will rise by 16% from 1 January [1.1].", D, "R"),  # wrong figure
("The energy price cap for households across the UK will rise by 6% [1.1].", D, "R"),  # Great Britain -> UK
("The energy price cap will fall by 6% from 1 January [1.1].", D, "R"),  # antonym
("Ofgem announced the rise on Thursday [1.1].", D, "R"),  # wrong weekday
("A typical dual-fuel household will now pay £1,849 a year, £111 more than before [1.2].", D, "S"),  # gas and electricity = dual-fuel
("Typical annual bills for gas and electricity customers will increase by £111 to £1,849 [1.2].", D, "S"),  # reordered
("A typical household will pay £1,849 a month [1.2].", D, "R"),  # year -> month
("A typical household will pay £1,894 a year [1.2].", D, "R"),  # digit swap
("Every household will pay £1,849 a year [1.2].", D, "R"),  # typical -> every
("Jonathan Brearley acknowledged the rise would be hard for many families and said suppliers needed to do more for customers in debt [1.3].", D, "S"),  # reported speech
("Ofgem's chief executive urged suppliers to step up support for indebted customers [1.3].", D, "S"),  # paraphrase
("Jonathan Brearley said the rise would be manageable for most families [1.3].", D, "R"),  # contradiction
("Ed Miliband said suppliers must do more to help customers in debt [1.3].", D, "R"),  # wrong speaker
("Jonathan Brearley said suppliers must write off all customer debt [1.3].", D, "R"),  # overstated demand
("Ofgem put the increase down to rising wholesale gas prices and the expense of upgrading the electricity network [1.4].", D, "S"),  # paraphrase
("The regulator blamed higher wholesale electricity prices [1.4].", D, "R"),  # gas -> electricity
("The regulator blamed higher wholesale gas prices and supplier profits [1.4].", D, "R"),  # wrong cause added
("Ed Miliband said the Warm Home Discount would be extended to 2.7 million more households this winter [1.5].", D, "S"),  # paraphrase
("Ed Miliband said the Warm Home Discount would be extended to an extra 7.2 million households [1.5].", D, "R"),  # digit swap
("Ed Miliband said the Warm Home Discount would be extended next winter [1.5].", D, "R"),  # this -> next
("Chancellor Rachel Reeves said the Warm Home Discount would be extended [1.5].", D, "R"),  # wrong speaker
("The £150 discount goes to suppliers, which deduct it from customers' bills [1.6].", D, "S"),  # paraphrase
("The Warm Home Discount is worth £150 and is paid directly to customers [1.6].", D, "R"),  # paid to suppliers, not customers
("The discount is worth £250 [1.6].", D, "R"),  # wrong figure
("Consumer groups said the timing of the rise could not be worse, with household energy debt at a record £3.7 billion [1.7].", D, "S"),  # paraphrase
("Household debt to energy firms has hit an all-time high of £3.7 billion, consumer groups said [1.7].", D, "S"),  # record = all-time high
("Household debt to energy firms has reached £3.7 million [1.7].", D, "R"),  # billion -> million
("Consumer groups said household debt to energy firms had fallen to £3.7 billion [1.7].", D, "R"),  # reached record -> fallen
("The cap sets a limit on unit rates and standing charges rather than on the overall bill [1.8].", D, "S"),  # paraphrase
("The cap limits the total amount a household can be charged [1.8].", D, "R"),  # negation error
("Cornwall Insight analysts predict a slight fall in the cap in April, while warning that forecasts may change [1.9].", D, "S"),  # hedge kept
("Cornwall Insight said the cap will fall sharply in April [1.9].", D, "R"),  # slightly -> sharply, hedge dropped
("Cornwall Insight expects the cap to rise slightly in April [1.9].", D, "R"),  # fall -> rise
("The government chose not to step in to cushion the latest price cap increase, leaving millions facing higher bills this winter [2.1].", D, "S"),  # paraphrase
("The government announced new blanket support to soften the rise in the price cap [2.1].", D, "R"),  # contradiction
("According to Treasury sources, there was no money left to repeat the universal support of 2022 [2.2].", D, "S"),  # blanket = universal
("Treasury sources said there was no money left for a repeat of the support offered in 2020 [2.2].", D, "R"),  # wrong year
("The Chancellor said publicly there was no money left for blanket support [2.2].", D, "R"),  # sources -> Chancellor on record
("Ministers are instead depending on targeted help such as the enlarged Warm Home Discount, which will reach around 6 million homes altogether [2.3].", D, "S"),  # paraphrase
("The expanded Warm Home Discount will reach about 6 million additional homes [2.3].", D, "R"),  # in total -> additional
("The expanded Warm Home Discount will reach about 16 million homes in total [2.3].", D, "R"),  # wrong figure
("The Conservatives accused the government of breaking a pledge to cut bills by £300 by the end of the decade [2.4].", D, "S"),  # paraphrase
("The Conservatives accused the government of breaking its promise to cut bills by £300 by next year [2.4].", D, "R"),  # end of decade -> next year
("The Liberal Democrats accused the government of breaking its promise to cut bills [2.4].", D, "R"),  # wrong party
("Labour maintains its pledge remains in place, arguing that new wind and solar capacity will lower prices over time [2.5].", D, "S"),  # paraphrase
("Labour admitted the pledge had been dropped [2.5].", D, "R"),  # contradiction
("Labour says new nuclear capacity will bring prices down [2.5].", D, "R"),  # wind and solar -> nuclear
("Ofgem figures indicate that electricity standing charges have nearly doubled since 2021 [2.6].", D, "S"),  # paraphrase
("Ofgem figures show that electricity standing charges have more than doubled since 2021 [2.6].", D, "R"),  # almost -> more than
("Ofgem figures show that gas standing charges have almost doubled since 2021 [2.6].", D, "R"),  # electricity -> gas
("Energy UK, the suppliers' trade body, said firms already offered payment holidays and wrote off debts [2.7].", D, "S"),  # paraphrase
("Energy UK said firms would start offering payment holidays next year [2.7].", D, "R"),  # already -> future
("Campaigners warned that up to 6.1 million households might not be able to heat their homes properly this winter [2.8].", D, "S"),  # hedge kept
("Campaigners said 6.1 million households will be unable to heat their homes [2.8].", D, "R"),  # as many as/could -> will
("Campaigners warned that as many as 6.1 million people could be unable to heat their homes [2.8].", D, "R"),  # households -> people
("The next cap, covering April to June, is due to be announced in late February [2.9].", D, "S"),  # reordered
("The next cap announcement is due in late March [2.9].", D, "R"),  # wrong month
("The cap will rise 6% from 1 January, taking a typical bill to £1,849 a year [1.1, 1.2].", D, "S"),  # merge within doc 1
("The Warm Home Discount is being extended to 2.7 million more households, bringing the total to about 6 million [1.5, 2.3].", D, "S"),  # cross-document merge
("Ofgem's Jonathan Brearley urged suppliers to help indebted customers, and Energy UK said firms were already offering debt write-offs [1.3, 2.7].", D, "S"),  # cross-document merge
("Ofgem announced a 6% rise, and the government declined to intervene to soften it [1.1, 2.1].", D, "S"),  # cross-document merge
("Cornwall Insight expects a slight fall in April, and the next announcement, covering April to June, is due in late February [1.9, 2.9].", D, "S"),  # cross merge
("The £150 Warm Home Discount will now reach about 6 million homes [1.6, 2.3].", D, "S"),  # cross merge
("The cap limits unit rates and standing charges, and Ofgem figures show electricity standing charges have almost doubled since 2021 [1.8, 2.6].", D, "S"),  # cross merge
("Ed Miliband said there was no money left for blanket support [1.5, 2.2].", D, "R"),  # wrong speaker; Treasury sources said it
("The Warm Home Discount will reach 2.7 million homes in total [1.5, 2.3].", D, "R"),  # extra 2.7m confused with total
("The cap will rise 6% because ministers broke their promise to cut bills by £300 [1.1, 2.4].", D, "R"),  # invented cause, Conservative accusation presented as fact
("Household energy debt has reached a record £3.7 billion [2.7].", D, "R"),  # wrong sentence/document cited (fact in 1.7)
("Campaigners warned 6.1 million households could go cold as the cap rises 6% [2.8].", D, "R"),  # 6% from uncited 1.1
("The government expanded the Warm Home Discount to an extra 2.7 million households [2.5].", D, "R"),  # wrong sentence cited
("Ofgem blamed higher wholesale gas prices, and Labour said wind and solar would bring prices down within a year [1.4, 2.5].", D, "R"),  # over time -> within a year
]
