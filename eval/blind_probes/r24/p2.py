# Domain: a stock market's day (indices, movers, currencies)
S1 = " ".join([
    "London's FTSE 100 closed 1.4% lower on Thursday at 7,912 points, its steepest one-day fall since March.",
    "The more domestically focused FTSE 250 fell 0.6%, while Germany's DAX slipped 0.9%.",
    "Mining stocks led the decline after copper prices dropped to a four-month low, with Anglo American shedding 5.2%.",
    "Shares in the supermarket chain Harwell rose 7% after it raised its full-year profit forecast to £1.1bn.",
    "\"Investors are clearly worried that Chinese demand is running out of steam,\" said Priya Nandakumar, chief market strategist at Fenwick Capital.",
    "The pound fell 0.3% against the dollar to $1.262 but edged up against the euro.",
    "Traders now see a 60% chance that the Bank of England will cut interest rates in November, up from 45% a week ago.",
    "Analysts said the index could recover some ground on Friday if US jobs data comes in weaker than expected.",
])
PROBES = [
("The FTSE 100 ended Thursday down 1.4% at 7,912, its sharpest daily drop since March [1.1].", S1, "S"),  # paraphrase
("On Thursday London's FTSE 100 lost 1.4% to finish at 7,912 points [1.1].", S1, "S"),  # reworded
("The FTSE 100 closed 1.4% lower on Tuesday at 7,912 points [1.1].", S1, "R"),  # wrong weekday
("The FTSE 100 closed 1.4% lower at 7,912 points, its steepest one-day fall since May [1.1].", S1, "R"),  # wrong month
("The FTSE 100 closed 1.4% lower at 7,912 points, its steepest one-day fall this year [1.1].", S1, "R"),  # since March != this year
("The FTSE 100 closed 4.1% lower on Thursday at 7,912 points [1.1].", S1, "R"),  # digits swapped
("The FTSE 100 closed 1.4% higher on Thursday at 7,912 points [1.1].", S1, "R"),  # antonym
("The FTSE 250, which is more exposed to the UK economy, lost 0.6%, and the DAX in Germany dropped 0.9% [1.2].", S1, "S"),  # paraphrase
("Germany's DAX fell by less than the FTSE 100 on the day [1.1, 1.2].", S1, "S"),  # 0.9 < 1.4
("The FTSE 250 fell further than the FTSE 100 on Thursday [1.1, 1.2].", S1, "R"),  # comparison reversed (0.6 < 1.4)
("The FTSE 250 fell 0.9%, while Germany's DAX slipped 0.6% [1.2].", S1, "R"),  # figures swapped
("Miners dragged the market lower as copper hit its lowest level in four months, and Anglo American lost 5.2% [1.3].", S1, "S"),  # paraphrase
("Anglo American shares fell more than 5% as copper slid to a four-month low [1.3].", S1, "S"),  # 5.2 > 5
("Mining stocks led the decline after copper prices dropped to a four-year low [1.3].", S1, "R"),  # month -> year
("Mining stocks led the decline after copper prices dropped to a four-month low, with Rio Tinto shedding 5.2% [1.3].", S1, "R"),  # wrong company
("Anglo American was the biggest faller in the FTSE 100, shedding 5.2% [1.3].", S1, "R"),  # biggest faller not stated
("Copper prices dropped to a four-month low after mining stocks fell [1.3].", S1, "R"),  # cause reversed
("Harwell, the supermarket group, saw its shares climb 7% after lifting its annual profit guidance to £1.1 billion [1.4].", S1, "S"),  # paraphrase
("Supermarket Harwell gained 7% on an upgraded full-year profit outlook of £1.1bn [1.4].", S1, "S"),  # paraphrase
("Shares in Harwell rose 7% after it raised its full-year revenue forecast to £1.1bn [1.4].", S1, "R"),  # profit -> revenue
("Shares in Harwell rose 7% after it cut its full-year profit forecast to £1.1bn [1.4].", S1, "R"),  # raised -> cut
("Shares in Harwell rose 7% after it reported a full-year profit of £1.1bn [1.4].", S1, "R"),  # forecast -> reported actual
("Shares in Harwell rose 7% after it raised its profit forecast, making it the day's best performer [1.4].", S1, "R"),  # added superlative
("Fenwick Capital's Priya Nandakumar said investors were plainly concerned that Chinese demand was losing momentum [1.5].", S1, "S"),  # reported speech
("According to Fenwick Capital strategist Priya Nandakumar, fears about flagging demand from China were weighing on investors [1.5].", S1, "S"),  # paraphrase
("Priya Nandakumar said investors were worried that Indian demand was running out of steam [1.5].", S1, "R"),  # China -> India
("\"Investors are clearly worried that Chinese supply is running out of steam,\" said Priya Nandakumar [1.5].", S1, "R"),  # altered quote demand->supply
("Priya Nandakumar, chief economist at Fenwick Capital, said investors were worried about Chinese demand [1.5].", S1, "R"),  # wrong title
("Priya Nandakumar said investors were worried about Chinese demand and rising US interest rates [1.5].", S1, "R"),  # added detail
("Sterling lost 0.3% against the US dollar, falling to $1.262, though it gained slightly on the euro [1.6].", S1, "S"),  # paraphrase
("The pound weakened against the dollar but firmed a little against the single currency [1.6].", S1, "S"),  # single currency = euro
("The pound fell 0.3% against the euro but edged up against the dollar [1.6].", S1, "R"),  # currencies swapped
("The pound fell 0.3% against the dollar to $1.226 [1.6].", S1, "R"),  # figure changed
("The pound fell against both the dollar and the euro [1.6].", S1, "R"),  # scope: both
("Markets now put the odds of a Bank of England rate cut in November at 60%, compared with 45% a week earlier [1.7].", S1, "S"),  # paraphrase
("Expectations of a November rate cut by the Bank of England have risen by 15 percentage points in a week [1.7].", S1, "S"),  # 60-45
("Traders now see a 60% chance that the Bank of England will raise interest rates in November [1.7].", S1, "R"),  # cut -> raise
("The Bank of England will cut interest rates in November, traders said [1.7].", S1, "R"),  # probability -> certainty
("Traders now see a 60% chance of a November rate cut, down from 45% a week ago [1.7].", S1, "R"),  # up -> down (direction word wrong)
("Traders now see a 60% chance that the Federal Reserve will cut interest rates in November [1.7].", S1, "R"),  # wrong central bank
("Analysts said weaker-than-expected US jobs figures on Friday might help the index regain some of its losses [1.8].", S1, "S"),  # hedge kept
("If US employment data disappoints on Friday, the FTSE could claw back part of Thursday's fall, analysts said [1.8].", S1, "S"),  # paraphrase
("Analysts said the index would recover on Friday if US jobs data comes in weaker than expected [1.8].", S1, "R"),  # could -> would
("Analysts said the index could recover some ground on Friday if US jobs data comes in stronger than expected [1.8].", S1, "R"),  # weaker -> stronger
("Analysts said the index could recover all its losses on Friday if US jobs data is weak [1.8].", S1, "R"),  # some -> all
("Nandakumar said the index could recover some ground on Friday if US jobs data is weak [1.5, 1.8].", S1, "R"),  # analysts, not Nandakumar
("Mining shares led Thursday's 1.4% fall in the FTSE 100 as copper sank to a four-month low [1.1, 1.3].", S1, "S"),  # merge
("Despite the 1.4% fall in the FTSE 100, Harwell shares gained 7% on a higher profit forecast [1.1, 1.4].", S1, "S"),  # merge
("The pound fell to $1.262 because traders raised the odds of a November rate cut [1.6, 1.7].", S1, "R"),  # invented causal link
("Anglo American fell 5.2% on Thursday, its steepest one-day fall since March [1.1, 1.3].", S1, "R"),  # property of index moved to company

("Thursday's close left the FTSE 100 at 7,912 after a 1.4% decline [1.1].", S1, "S"),  # nominalisation
("Not since March had the FTSE 100 fallen so sharply in a single session [1.1].", S1, "S"),  # reformulation
("The FTSE 250, with its greater domestic focus, eased 0.6% [1.2].", S1, "S"),  # paraphrase
("Anglo American's shares lost 5.2% as falling copper prices hit the mining sector [1.3].", S1, "S"),  # paraphrase
("Harwell, a supermarket operator, now expects full-year profit of £1.1bn, and its shares gained 7% [1.4].", S1, "S"),  # raised forecast to 1.1bn
("A strategist at Fenwick Capital said investors were evidently anxious about slowing Chinese demand [1.5].", S1, "S"),  # paraphrase
("Against the dollar, sterling slipped 0.3% to $1.262 [1.6].", S1, "S"),  # reorder
("Traders' estimate of the likelihood of a November cut by the Bank of England has climbed to 60% from 45% last week [1.7].", S1, "S"),  # paraphrase
("A rate cut by the Bank of England in November is now seen by traders as more likely than not [1.7].", S1, "S"),  # 60% > 50%
("Some recovery on Friday is possible should US jobs numbers undershoot expectations, analysts said [1.8].", S1, "S"),  # hedge kept
("The FTSE 100 lost 1.4%, the FTSE 250 0.6% and the DAX 0.9% on Thursday [1.1, 1.2].", S1, "S"),  # merge
("Copper's slide to a four-month low hit miners, while Harwell rose 7% after lifting its profit forecast [1.3, 1.4].", S1, "S"),  # merge
("On the day the FTSE 100 fell 1.4%, sterling slipped 0.3% against the dollar [1.1, 1.6].", S1, "S"),  # merge (temporal as)
("Harwell raised its full-year profit forecast to £1.1bn [1.4].", S1, "S"),  # near-copy
("The pound rose against the euro [1.6].", S1, "S"),  # edged up = rose (slightly)
]
