# Domain: an airline's annual results
S1 = " ".join([
    "SkyBridge Airways reported a pre-tax profit of £1.2bn for the year to 31 March, up from £640m the year before, on revenue of £9.4bn.",
    "The airline carried 48 million passengers during the year, a record, with load factors averaging 87 percent across its network.",
    "Chief executive Maria Lindqvist said strong demand for transatlantic routes had offset higher fuel costs in the second half.",
    "Fuel spending rose 18 percent to £2.7bn, making it the largest single cost for the group.",
    "The board proposed a final dividend of 6p a share, which would be the first payout since 2019.",
    "SkyBridge said it expected capacity to grow by around 5 percent next year, but warned that delays to aircraft deliveries from Airbus could limit expansion.",
    "Shares in the company rose 7 percent in early trading on the London market on Thursday.",
])
S2 = " ".join([
    "The pilots' union Balpa said the record profits showed SkyBridge could afford to meet its claim for a 12 percent pay rise.",
    "Union general secretary Tom Hale said pilots had accepted a pay freeze during the pandemic and now expected to share in the recovery.",
    "Analysts at Barclays said the results were slightly ahead of consensus forecasts but cautioned that fares might soften in the winter.",
    "SkyBridge plans to take delivery of 14 new Airbus A321neo aircraft by the end of next year, according to its annual report.",
    "The annual report also shows that Lindqvist's total pay rose to £3.1m, including a bonus of £1.4m.",
    "Customer complaints fell by a third compared with the previous year, which the airline attributed to fewer cancellations.",
    "The company said it had no plans to reopen its Manchester base, which closed in 2021.",
])
PROBES = [
("SkyBridge Airways almost doubled its pre-tax profit to £1.2bn [1.1].", S1, "S"),  # 640m -> 1.2bn is x1.875, "almost doubled"
("Revenue for the year to 31 March came to £9.4bn [1.1].", S1, "S"),  # compression
("Pre-tax profit rose from 640 million pounds to 1.2 billion pounds [1.1].", S1, "S"),  # numbers written out
("A record 48 million passengers flew with the airline over the year [1.2].", S1, "S"),  # reword
("Load factors across the network averaged 87 percent [1.2].", S1, "S"),  # compression
("Lindqvist said higher fuel costs in the second half had been offset by strong transatlantic demand [1.3].", S1, "S"),  # voice change
("Fuel was the group's biggest single cost, at £2.7bn after an 18 percent rise [1.4].", S1, "S"),  # reorder
("Fuel spending increased by nearly a fifth to £2.7bn [1.4].", S1, "S"),  # 18 percent -> nearly a fifth
("A final dividend of 6p a share was proposed by the board [1.5].", S1, "S"),  # voice change
("The proposed dividend would be the company's first payout since 2019 [1.5].", S1, "S"),  # conditional kept
("SkyBridge warned that late deliveries of Airbus aircraft could constrain its expansion [1.6].", S1, "S"),  # synonyms, hedge kept
("The airline expects capacity growth of about 5 percent next year [1.6].", S1, "S"),  # nominalisation
("The company's shares climbed 7 percent in early London trading on Thursday [1.7].", S1, "S"),  # synonyms
("Balpa argued that the record profits meant SkyBridge could afford the 12 percent pay rise pilots are claiming [2.1].", S2, "S"),  # restructure
("Tom Hale said pilots, having accepted a pay freeze in the pandemic, now expected a share of the recovery [2.2].", S2, "S"),  # reported speech reworded
("Barclays analysts said the results were a little better than consensus forecasts [2.3].", S2, "S"),  # slightly ahead -> a little better
("Barclays analysts warned that fares could soften during the winter [2.3].", S2, "S"),  # might -> could
("According to its annual report, SkyBridge intends to receive 14 new A321neo jets by the end of next year [2.4].", S2, "S"),  # plans -> intends
("Lindqvist's total pay, including a £1.4m bonus, increased to £3.1m [2.5].", S2, "S"),  # reorder
("The airline credited fewer cancellations for a one-third drop in customer complaints [2.6].", S2, "S"),  # nominalisation
("SkyBridge said it did not plan to reopen the Manchester base it shut in 2021 [2.7].", S2, "S"),  # negation reworded
("Chief executive Maria Lindqvist received a bonus of £1.4m [1.3][2.5].", S2, "S"),  # name/role resolved across cited sentences
("SkyBridge's profit of £1.2bn came in a year when it carried a record 48 million passengers [1.1][1.2].", S1, "S"),  # merge
("The airline expects about 5 percent more capacity next year and plans to take 14 new A321neo aircraft by the end of that year [1.6][2.4].", S2, "S"),  # merge
("Both the pilots' union and Barclays analysts commented on the results [2.1][2.3].", S2, "S"),  # generalisation
("SkyBridge Airways reported a pre-tax profit of £1.2bn on revenue of £4.9bn [1.1].", S1, "R"),  # digits transposed
("SkyBridge more than doubled its pre-tax profit [1.1].", S1, "R"),  # 640m -> 1.2bn is less than double
("The airline carried 48 million passengers, with load factors averaging 78 percent [1.2].", S1, "R"),  # number changed
("The airline carried 48 million passengers, its second highest total [1.2].", S1, "R"),  # record -> second highest
("Lindqvist said strong transatlantic demand had been offset by higher fuel costs [1.3].", S1, "R"),  # direction of offset reversed
("Lindqvist said strong demand for Asian routes had offset higher fuel costs [1.3].", S1, "R"),  # sibling region swapped
("Fuel spending rose 18 percent to £2.7bn, making it the second largest cost for the group [1.4].", S1, "R"),  # largest -> second largest
("Fuel spending fell 18 percent to £2.7bn [1.4].", S1, "R"),  # antonym
("The board approved a final dividend of 6p a share [1.5].", S1, "R"),  # proposed -> approved
("The board proposed a final dividend of 6p a share, the first payout since 2020 [1.5].", S1, "R"),  # year changed
("SkyBridge said delays to aircraft deliveries from Airbus would limit its expansion [1.6].", S1, "R"),  # could -> would
("SkyBridge said delays to aircraft deliveries from Boeing could limit expansion [1.6].", S1, "R"),  # manufacturer swapped
("SkyBridge expects capacity to grow by at least 5 percent next year [1.6].", S1, "R"),  # around -> at least
("Shares in the company fell 7 percent in early trading in London [1.7].", S1, "R"),  # antonym
("Shares rose 7 percent in early trading in London on Thursday after the dividend was announced [1.7].", S1, "R"),  # cause/time order invented
("Balpa said the record profits showed SkyBridge could afford a 21 percent pay rise [2.1].", S2, "R"),  # number changed
("The cabin crew union said the record profits showed SkyBridge could afford its pay claim [2.1].", S2, "R"),  # pilots -> cabin crew
("Tom Hale said pilots had rejected a pay freeze during the pandemic [2.2].", S2, "R"),  # accepted -> rejected
("Maria Lindqvist said pilots now expected to share in the recovery [2.2].", S2, "R"),  # wrong speaker
("Analysts at Barclays said the results were well ahead of consensus forecasts [2.3].", S2, "R"),  # slightly -> well
("Analysts at Barclays said fares would soften in the winter [2.3].", S2, "R"),  # might -> would
("SkyBridge has taken delivery of 14 new Airbus A321neo aircraft [2.4].", S2, "R"),  # plan reported as done
("Lindqvist's total pay fell to £3.1m, including a bonus of £1.4m [2.5].", S2, "R"),  # rose -> fell
("Lindqvist's total pay rose to £3.1m, excluding a bonus of £1.4m [2.5].", S2, "R"),  # including -> excluding
("Customer complaints fell by half compared with the previous year [2.6].", S2, "R"),  # a third -> half
("Customer complaints fell by a third, which analysts attributed to fewer cancellations [2.6].", S2, "R"),  # wrong attributor
("The company said it would reopen its Manchester base, which closed in 2021 [2.7].", S2, "R"),  # negation dropped
("SkyBridge said it would close its Manchester base [2.7].", S2, "R"),  # base already closed in 2021; time wrong
("Thanks to strong transatlantic demand, SkyBridge carried a record 48 million passengers and cut complaints by a third [1.2][2.6].", S2, "R"),  # cause invented; 1.3 not cited either
("Tom Hale noted that shareholders were being offered the first dividend since 2019 [2.2][1.5].", S2, "R"),  # Hale never said this
]
