# Domain: a central bank's quarterly inflation report and interest-rate decision
S1 = " ".join([
    "The National Bank of Valoria held its main interest rate at 4.75% on Thursday and said inflation would take longer than expected to return to its 2% target.",
    "In its quarterly inflation report, the bank forecast that consumer price inflation would average 3.4% this year, up from its previous estimate of 2.9%.",
    "It now expects inflation to fall back to target in the second half of 2027, a year later than it predicted in February.",
    "The bank said higher energy prices and rising food costs were the main reasons for the revision.",
    "Food prices rose 6.1% in the twelve months to March, the fastest pace since 2023.",
    "Governor Elena Marsh said the bank was 'not yet in a position' to cut rates but that the next move was still likely to be down.",
    "Seven of the nine members of the monetary policy committee voted to keep rates on hold.",
    "The other two, deputy governor Pieter Lund and external member Ana Ribeiro, voted for a cut of a quarter of a percentage point.",
    "The bank also lowered its forecast for economic growth this year to 0.8%, from 1.1%.",
    "It said unemployment was expected to rise gradually to 5.2% by the end of next year.",
    "Wage growth has slowed to 4.3%, but the bank said it remained too high to be consistent with its target.",
    "The Valorian crown fell 0.6% against the euro after the announcement.",
    "Economists at Hallberg Bank said they now expected the first rate cut in November rather than August.",
])
PROBES = [
("The National Bank of Valoria kept its main interest rate unchanged at 4.75% on Thursday [1.1].", S1, "S"),  # held = kept unchanged
("The bank's inflation target is 2% [1.1].", S1, "S"),  # stated
("The bank said inflation would take longer than expected to get back to 2% [1.1].", S1, "S"),  # paraphrase
("The bank raised its forecast for average inflation this year from 2.9% to 3.4% [1.2].", S1, "S"),  # up from = raised
("The bank's inflation forecast for this year is now half a percentage point higher than its previous estimate [1.2].", S1, "S"),  # 3.4 - 2.9 = 0.5
("Inflation is now expected to return to target in the second half of 2027 [1.3].", S1, "S"),  # stated
("In February the bank had expected inflation to reach its target a year earlier than it now does [1.3].", S1, "S"),  # a year later than predicted
("Higher energy prices and rising food costs were the main drivers of the revision, according to the bank [1.4].", S1, "S"),  # reasons = drivers
("Food prices increased by 6.1% in the year to March [1.5].", S1, "S"),  # twelve months = year
("Food prices have not risen so fast since 2023 [1.5].", S1, "S"),  # fastest pace since 2023
("Elena Marsh, the governor, said the bank was 'not yet in a position' to cut rates [1.6].", S1, "S"),  # reorder
("Marsh said the next change in rates was still likely to be a reduction [1.6].", S1, "S"),  # down = reduction, hedge kept
("Seven of the committee's nine members voted to hold rates [1.7].", S1, "S"),  # paraphrase
("Two members of the monetary policy committee voted for a rate cut [1.7, 1.8].", S1, "S"),  # the other two
("Pieter Lund and Ana Ribeiro wanted rates cut by 0.25 percentage points [1.8].", S1, "S"),  # a quarter point = 0.25
("Lund, the deputy governor, voted for a cut [1.8].", S1, "S"),  # stated
("The bank cut its growth forecast for this year from 1.1% to 0.8% [1.9].", S1, "S"),  # lowered = cut
("The bank's growth forecast for this year was lowered by 0.3 percentage points [1.9].", S1, "S"),  # 1.1 - 0.8
("The bank expects unemployment to rise gradually, reaching 5.2% by the end of next year [1.10].", S1, "S"),  # paraphrase
("Wage growth has eased to 4.3% [1.11].", S1, "S"),  # slowed = eased
("The bank said wage growth was still too high to be consistent with its target [1.11].", S1, "S"),  # remained = still
("After the announcement, the crown lost 0.6% against the euro [1.12].", S1, "S"),  # fell = lost
("Hallberg Bank economists pushed back their forecast for the first rate cut from August to November [1.13].", S1, "S"),  # November rather than August
("A majority of the monetary policy committee voted to keep rates on hold [1.7].", S1, "S"),  # 7 of 9
("Had the bank followed Lund and Ribeiro, its main rate would have fallen to 4.5% [1.1, 1.8].", S1, "S"),  # 4.75 - 0.25
("The committee voted seven to two to hold rates [1.7, 1.8].", S1, "S"),  # merge
("Ana Ribeiro is an external member of the committee [1.8].", S1, "S"),  # stated
("The bank's inflation report is published every quarter [1.2].", S1, "S"),  # quarterly
("The bank now expects higher inflation and weaker growth this year than it did before [1.2, 1.9].", S1, "S"),  # merge of two revisions
("Energy prices were among the main reasons for the revision [1.4].", S1, "S"),  # part of list
("The 2% target is not expected to be reached until the second half of 2027 [1.1, 1.3].", S1, "S"),  # merge
("The governor of the National Bank of Valoria is Elena Marsh [1.6].", S1, "S"),  # stated
("The National Bank of Valoria held its main interest rate at 4.5% on Thursday [1.1].", S1, "R"),  # 4.75%
("The National Bank of Valoria held its main interest rate on Wednesday [1.1].", S1, "R"),  # Thursday
("The National Bank of Valoria raised its main interest rate to 4.75% [1.1].", S1, "R"),  # held, not raised
("The bank lowered its forecast for inflation this year [1.2].", S1, "R"),  # raised (2.9 -> 3.4)
("The bank forecast inflation would average 3.4% this year, up from its previous estimate of 2.4% [1.2].", S1, "R"),  # 2.9%
("The bank forecast that consumer price inflation would average 3.4% next year [1.2].", S1, "R"),  # this year
("The bank now expects inflation to fall back to target in the first half of 2027 [1.3].", S1, "R"),  # second half
("The bank now expects inflation to reach target two years later than it predicted in February [1.3].", S1, "R"),  # a year later
("The bank expects inflation to return to target a year later than it predicted in January [1.3].", S1, "R"),  # February
("The bank said higher energy prices and rising rents were the main reasons for the revision [1.4].", S1, "R"),  # food costs, not rents
("The bank said rising food costs were the only reason for the revision [1.4].", S1, "R"),  # energy also; only widened
("Food prices rose 6.1% in the twelve months to April [1.5].", S1, "R"),  # March
("Food prices rose 6.1% in the twelve months to March, the fastest pace since 2013 [1.5].", S1, "R"),  # 2023
("Food prices rose 6.1% in the year to March, the fastest pace on record [1.5].", S1, "R"),  # superlative widened
("Governor Elena Marsh said the bank was 'not yet ready' to cut rates [1.6].", S1, "R"),  # altered quote
("Governor Elena Marsh said the next move in rates was certain to be down [1.6].", S1, "R"),  # hedge dropped: likely -> certain
("Governor Elena Marsh said the next move in rates was likely to be up [1.6].", S1, "R"),  # down
("Deputy governor Pieter Lund said the bank was 'not yet in a position' to cut rates [1.6].", S1, "R"),  # wrong speaker: Marsh
("Eight of the nine members of the monetary policy committee voted to keep rates on hold [1.7].", S1, "R"),  # seven
("All nine members of the monetary policy committee voted to keep rates on hold [1.7].", S1, "R"),  # seven of nine
("Deputy governor Ana Ribeiro and external member Pieter Lund voted for a cut [1.8].", S1, "R"),  # roles swapped
("Lund and Ribeiro voted for a cut of half a percentage point [1.8].", S1, "R"),  # a quarter point
("Lund and Ribeiro voted for a rate rise of a quarter of a percentage point [1.8].", S1, "R"),  # cut
("The bank raised its forecast for economic growth this year to 0.8% [1.9].", S1, "R"),  # lowered (from 1.1%)
("The bank lowered its forecast for economic growth next year to 0.8% [1.9].", S1, "R"),  # this year
("The bank said unemployment was expected to rise sharply to 5.2% [1.10].", S1, "R"),  # gradually
("The bank said unemployment was expected to rise to 5.2% by the end of this year [1.10].", S1, "R"),  # next year
("Wage growth has slowed to 4.3%, which the bank said was consistent with its target [1.11].", S1, "R"),  # too high to be consistent
("Wage growth has accelerated to 4.3% [1.11].", S1, "R"),  # slowed
("The Valorian crown rose 0.6% against the euro after the announcement [1.12].", S1, "R"),  # fell
("The Valorian crown fell 0.6% against the dollar after the announcement [1.12].", S1, "R"),  # euro
("Economists at Hallberg Bank now expect the first rate cut in August rather than November [1.13].", S1, "R"),  # months swapped
("Economists at Hallberg Bank said they now expected the first rate cut in November [1.12].", S1, "R"),  # wrong citation: 1.13
("The crown fell because the bank decided to hold rates [1.1, 1.12].", S1, "R"),  # invented cause; only 'after the announcement'
("Economists at Hallberg Bank said the crown would fall 0.6% against the euro [1.12, 1.13].", S1, "R"),  # invented attribution/prediction
]
