# Domain: a central-bank rate decision
S1 = " ".join([
    "The Northland Reserve Bank raised its benchmark interest rate by a quarter of a percentage point to 4.75% on Thursday, its third increase this year.",
    "Seven of the nine members of the monetary policy committee voted for the rise, while two preferred to hold rates steady.",
    "Governor Helena Marsh said inflation, which reached 5.2% in October, remained \"uncomfortably high\" and was unlikely to return to the 2% target before late 2027.",
    "The bank said further tightening may be needed if price pressures in the services sector fail to ease.",
    "Economists polled by the Ledger had expected the increase, although a minority had forecast a pause.",
    "The national currency, the crown, rose 0.6% against the dollar after the announcement.",
    "Mortgage lenders are expected to pass the higher rate on to about 1.4 million households on variable-rate loans.",
    "The bank also cut its growth forecast for next year to 0.8% from 1.3%, citing weaker exports and falling consumer confidence.",
    "Finance Minister Oskar Brandt said the government respected the bank's independence but urged it to \"keep a close eye on jobs\".",
    "Unemployment rose to 4.9% in the third quarter, the highest level since 2021.",
    "The committee's next meeting is scheduled for 6 February.",
])
PROBES = [
("The Northland Reserve Bank lifted its key rate by 25 basis points to 4.75% on Thursday [1.1].", S1, "S"),  # quarter point = 25bp
("On Thursday the central bank increased borrowing costs for the third time this year [1.1].", S1, "S"),  # generalisation of rate rise
("The Northland Reserve Bank raised its benchmark rate to 4.75% on Tuesday [1.1].", S1, "R"),  # wrong weekday
("The bank raised its benchmark rate by half a percentage point [1.1].", S1, "R"),  # wrong size of rise
("Thursday's increase was the bank's second this year [1.1].", S1, "R"),  # third, not second
("The rate rise took the benchmark to 4.5% [1.1].", S1, "R"),  # wrong figure
("Most members of the nine-strong policy committee backed the increase [1.2].", S1, "S"),  # seven of nine = most
("Two committee members wanted to keep rates unchanged [1.2].", S1, "S"),  # hold steady = unchanged
("The committee split 7-2 in favour of raising rates [1.2].", S1, "S"),  # reworded vote
("The committee voted unanimously for the rise [1.2].", S1, "R"),  # two dissented
("Two of the nine members voted for a larger rise [1.2].", S1, "R"),  # they preferred a hold
("Eight of the nine committee members voted for the increase [1.2].", S1, "R"),  # seven, not eight
("Governor Helena Marsh described inflation as uncomfortably high [1.3].", S1, "S"),  # reported speech
("According to Marsh, inflation is unlikely to fall back to the 2% target before late 2027 [1.3].", S1, "S"),  # paraphrase of 'unlikely before late 2027'
("Inflation stood at 5.2% in October [1.3].", S1, "S"),  # direct fact
("Marsh said inflation would return to the 2% target by late 2027 [1.3].", S1, "R"),  # hedge turned into forecast / different claim
("Inflation reached 5.2% in September [1.3].", S1, "R"),  # wrong month
("Governor Marsh said inflation was comfortably under control [1.3].", S1, "R"),  # antonym
("Finance Minister Oskar Brandt said inflation remained uncomfortably high [1.3].", S1, "R"),  # wrong speaker
("The bank said it may have to tighten policy further if services inflation does not ease [1.4].", S1, "S"),  # paraphrase with hedge
("Further rate rises could be needed should services-sector price pressures persist, the bank said [1.4].", S1, "S"),  # modal preserved
("The bank said further tightening will be needed [1.4].", S1, "R"),  # dropped hedge/condition
("The bank said further rate rises may be needed if price pressures in manufacturing fail to ease [1.4].", S1, "R"),  # sibling sector
("The bank signalled that it may cut rates if services inflation fails to ease [1.4].", S1, "R"),  # antonym cut vs tighten
("The increase had been anticipated by economists surveyed by the Ledger [1.5].", S1, "S"),  # voice change
("A few economists had predicted that the bank would hold rates [1.5].", S1, "S"),  # minority forecast a pause
("All economists polled by the Ledger had expected the increase [1.5].", S1, "R"),  # a minority forecast a pause
("Most economists polled by the Ledger had forecast a pause [1.5].", S1, "R"),  # only a minority
("The crown gained 0.6% versus the dollar following the decision [1.6].", S1, "S"),  # synonyms
("The crown fell 0.6% against the dollar after the announcement [1.6].", S1, "R"),  # antonym
("The crown rose 0.6% against the euro after the announcement [1.6].", S1, "R"),  # wrong currency
("The crown rose 6% against the dollar [1.6].", S1, "R"),  # number error
("About 1.4 million households with variable-rate mortgages are expected to face higher payments as lenders pass on the rise [1.7].", S1, "S"),  # paraphrase, 'expected' kept
("Lenders will pass the higher rate on to about 1.4 million households [1.7].", S1, "R"),  # expected -> will
("Mortgage lenders are expected to pass the higher rate on to about 1.4 million households on fixed-rate loans [1.7].", S1, "R"),  # variable vs fixed
("About 14 million households are expected to see higher mortgage rates [1.7].", S1, "R"),  # number error
("The bank trimmed next year's growth forecast from 1.3% to 0.8% [1.8].", S1, "S"),  # reordering
("Weaker exports and declining consumer confidence led the bank to lower its growth outlook [1.8].", S1, "S"),  # nominal rewording of citing
("The bank raised its growth forecast for next year to 0.8% [1.8].", S1, "R"),  # cut, not raised
("The bank cut its growth forecast, citing weaker exports and rising unemployment [1.8].", S1, "R"),  # wrong reason (unemployment not cited there)
("The bank cut its growth forecast to 0.8% because of the rate rise [1.8].", S1, "R"),  # unsupported cause
("Brandt said the government respected the central bank's independence [1.9].", S1, "S"),  # direct paraphrase
("The finance minister urged the bank to keep a close eye on employment [1.9].", S1, "S"),  # jobs = employment
("Brandt criticised the bank's independence [1.9].", S1, "R"),  # opposite
("Brandt urged the bank to reverse the rate rise [1.9].", S1, "R"),  # unsupported
("Governor Marsh urged the committee to keep a close eye on jobs [1.9].", S1, "R"),  # wrong speaker
("Joblessness climbed to 4.9% in the third quarter, its highest since 2021 [1.10].", S1, "S"),  # synonyms
("Unemployment rose to 4.9% in the third quarter, the highest level on record [1.10].", S1, "R"),  # overgeneralisation
("Unemployment fell to 4.9% in the third quarter [1.10].", S1, "R"),  # antonym
("The committee will next meet on 6 February [1.11].", S1, "S"),  # scheduled -> will meet (acceptable)
("The committee's next meeting is scheduled for 6 March [1.11].", S1, "R"),  # wrong month
("The bank raised rates to 4.75% despite a 7-2 split on its committee [1.1, 1.2].", S1, "S"),  # merge of two sentences
("With inflation at 5.2% in October, the bank said more tightening may be required if services prices stay sticky [1.3, 1.4].", S1, "S"),  # merge
("The bank lowered its growth forecast while unemployment hit 4.9%, the highest since 2021 [1.8, 1.10].", S1, "S"),  # merge
("Unemployment rose to 4.9% in the third quarter [1.9].", S1, "R"),  # wrong sentence cited
("The crown rose 0.6% against the dollar after the announcement [1.5].", S1, "R"),  # wrong sentence cited
("The rate rise was driven by the jump in unemployment [1.1, 1.10].", S1, "R"),  # unsupported causal link
("Seven of nine members voted for the rise, and the crown rose 0.6% afterwards [1.2, 1.6].", S1, "S"),  # merge
("The bank's third rate increase of the year came on Thursday, and the crown strengthened afterwards [1.1, 1.6].", S1, "S"),  # merge
("The bank held its benchmark rate at 4.75% on Thursday [1.1].", S1, "R"),  # raised, not held
("Two members wanted to hold rates, and the governor said inflation would not return to target before 2026 [1.2, 1.3].", S1, "R"),  # hedge dropped (unlikely -> would not) and date changed
("Borrowing costs went up for the third time this year after a 7-2 committee vote [1.1, 1.2].", S1, "S"),  # merge
("A pair of committee members dissented, favouring no change in rates [1.2].", S1, "S"),  # two preferred hold
("The governor does not expect inflation to reach the 2% goal before late 2027 [1.3].", S1, "S"),  # unlikely = does not expect
("Continued price pressure in services could prompt further rate rises, the bank warned [1.4].", S1, "S"),  # reworded, hedge kept
("The decision was broadly in line with economists' expectations [1.5].", S1, "S"),  # most expected the rise
("The bank now sees next year's economic growth at 0.8%, down from a previous 1.3% forecast [1.8].", S1, "S"),  # reworded
("Brandt said the government would not interfere with the bank's decisions [1.9].", S1, "R"),  # 'respected independence' is not a promise of non-interference
("The finance minister, while respecting the bank's independence, asked it to watch employment closely [1.9].", S1, "S"),  # reworded
("Variable-rate borrowers, numbering about 1.4 million households, are likely to see the increase passed on [1.7].", S1, "S"),  # expected -> likely
("The unemployment rate in the third quarter was the highest since 2021, at 4.9% [1.10].", S1, "S"),  # reorder
]
