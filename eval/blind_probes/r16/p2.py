# Domain: central bank decision and bond market report
S1 = ("The Reserve Bank of Aldoria held its benchmark interest rate at 4.25 percent on Wednesday, its third consecutive pause. "
      "Seven of the nine members of the monetary policy committee voted to keep rates unchanged, while two favoured a quarter-point cut. "
      "Governor Lena Hart said inflation had eased to 2.9 percent in October but remained above the bank's 2 percent target. "
      "She said the committee would consider lowering rates early next year if price pressures continued to fade. "
      "The bank cut its growth forecast for next year to 1.1 percent from 1.6 percent. "
      "The Aldorian currency fell 0.4 percent against the dollar after the announcement. "
      "Economists at Westbridge Capital said they now expected the first cut in February.")
S2 = ("Yields on ten-year Aldorian government bonds fell to 3.8 percent on Thursday, their lowest level in eighteen months. "
      "Traders said the move reflected growing bets that the central bank would cut rates within months. "
      "Two-year yields, which are more sensitive to interest rate expectations, dropped by 15 basis points. "
      "The finance ministry sold 5 billion crowns of new debt at an auction that was more than three times oversubscribed. "
      "Foreign investors bought nearly half of the bonds on offer, according to ministry figures. "
      "Some analysts cautioned that the rally could reverse if next week's jobs data proved stronger than expected. "
      "Pension funds have been steady buyers of long-dated bonds this year.")
PROBES = [
("The Reserve Bank of Aldoria left its benchmark rate unchanged at 4.25 percent on Wednesday, a third successive pause [1.1].", S1, "S"),  # synonyms held->left unchanged, consecutive->successive
("Two of the nine committee members backed a quarter-point cut, while the other seven voted to hold rates [1.2].", S1, "S"),  # reordering
("A majority of the monetary policy committee voted to leave rates unchanged [1.2].", S1, "S"),  # generalisation 7 of 9 -> majority
("Inflation slowed to 2.9 percent in October, still above the 2 percent target, Governor Lena Hart said [1.3].", S1, "S"),  # reorder, eased->slowed
("Hart said the committee would weigh a rate reduction early next year if price pressures kept easing [1.4].", S1, "S"),  # synonyms, hedge and condition kept
("The bank lowered its forecast for next year's growth from 1.6 percent to 1.1 percent [1.5].", S1, "S"),  # synonym cut->lowered, reorder
("The growth forecast for next year was revised down by half a percentage point [1.5].", S1, "S"),  # number reformat 1.6->1.1 = 0.5 points
("After the announcement, the Aldorian currency slipped 0.4 percent against the dollar [1.6].", S1, "S"),  # reorder, fell->slipped
("Westbridge Capital economists now see the first rate cut coming in February [1.7].", S1, "S"),  # paraphrase expected->see
("Economists at Westbridge Capital said they now expected the first cut in February [1.7].", S1, "S"),  # near copy
("The Reserve Bank of Aldoria held rates at 4.25 percent, with two of the nine committee members preferring a quarter-point cut [1.1][1.2].", S1, "S"),  # merge of two cited sentences
("Inflation remained above the bank's 2 percent target in October [1.3].", S1, "S"),  # compression
("The Reserve Bank of Aldoria held its benchmark interest rate at 4.25 percent on Wednesday [1.1].", S1, "S"),  # near copy, clause dropped
("Ten-year Aldorian government bond yields dropped to 3.8 percent on Thursday, the lowest in eighteen months [2.1].", S2, "S"),  # reorder, fell->dropped
("Traders attributed the move to rising bets on a central bank rate cut within months [2.2].", S2, "S"),  # nominalisation
("Two-year yields fell 15 basis points [2.3].", S2, "S"),  # compression
("Two-year yields are more responsive to interest rate expectations [2.3].", S2, "S"),  # relative clause extracted, sensitive->responsive
("The finance ministry sold 5 billion crowns of new debt, with demand at the auction more than three times the amount on offer [2.4].", S2, "S"),  # oversubscribed explained
("Nearly half of the bonds on offer went to foreign investors, ministry figures showed [2.5].", S2, "S"),  # voice change
("Some analysts warned the rally might reverse if next week's jobs figures came in stronger than expected [2.6].", S2, "S"),  # synonyms, hedge kept
("Pension funds have steadily bought long-dated bonds this year [2.7].", S2, "S"),  # nominal->verbal
("Ten-year yields fell to 3.8 percent amid growing bets that the central bank would cut rates within months, traders said [2.1][2.2].", S2, "S"),  # merge, both cited
("The ministry's 5 billion crown bond sale was more than three times oversubscribed [2.4].", S2, "S"),  # compression, reformat
("Yields on two-year bonds dropped by 15 basis points, while ten-year yields fell to 3.8 percent [2.1][2.3].", S2, "S"),  # merge and reorder
("The Reserve Bank of Aldoria held its benchmark rate at 4.5 percent on Wednesday [1.1].", S1, "R"),  # number changed 4.25->4.5
("The Reserve Bank of Aldoria raised its benchmark rate to 4.25 percent on Wednesday [1.1].", S1, "R"),  # held->raised
("The pause was the bank's second in a row [1.1].", S1, "R"),  # third->second
("Seven of the nine committee members favoured a quarter-point cut [1.2].", S1, "R"),  # roles swapped: seven voted to hold
("The committee voted unanimously to keep rates unchanged [1.2].", S1, "R"),  # overgeneralisation, vote was 7-2
("Two members of the committee favoured a half-point cut [1.2].", S1, "R"),  # quarter-point->half-point
("Governor Lena Hart said inflation had eased to 2.9 percent in September [1.3].", S1, "R"),  # month changed October->September
("Governor Lena Hart said inflation had fallen below the bank's 2 percent target [1.3].", S1, "R"),  # contradicts: remained above target
("Hart said the committee would lower rates early next year [1.4].", S1, "R"),  # hedge dropped: 'consider' and condition removed
("Hart said the committee would consider raising rates early next year if price pressures continued to fade [1.4].", S1, "R"),  # antonym lowering->raising
("The bank raised its growth forecast for next year to 1.6 percent [1.5].", S1, "R"),  # direction and figure reversed
("The Aldorian currency rose 0.4 percent against the dollar after the announcement [1.6].", S1, "R"),  # fell->rose
("The Aldorian currency fell 0.4 percent against the euro after the announcement [1.6].", S1, "R"),  # sibling substituted dollar->euro
("Economists at Westbridge Capital said they now expected the first cut in March [1.7].", S1, "R"),  # month changed
("Governor Lena Hart said she expected the first cut in February [1.7].", S1, "R"),  # wrong speaker: Westbridge economists
("The currency fell because the bank cut its growth forecast [1.5][1.6].", S1, "R"),  # invented cause; source only says 'after the announcement'
("Yields on ten-year Aldorian government bonds rose to 3.8 percent on Thursday [2.1].", S2, "R"),  # fell->rose
("Traders said the move reflected growing bets that the central bank would raise rates within months [2.2].", S2, "R"),  # cut->raise
("Two-year yields, which are less sensitive to interest rate expectations, dropped by 15 basis points [2.3].", S2, "R"),  # more->less sensitive
("Two-year yields dropped by 25 basis points [2.3].", S2, "R"),  # 15->25
("The finance ministry sold 5 billion crowns of new debt at an auction that was more than five times oversubscribed [2.4].", S2, "R"),  # three->five times
("The central bank sold 5 billion crowns of new debt at an auction [2.4].", S2, "R"),  # wrong entity: finance ministry
("Foreign investors bought more than half of the bonds on offer, according to ministry figures [2.5].", S2, "R"),  # nearly half->more than half
("Analysts said the rally would reverse if next week's jobs data proved stronger than expected [2.6].", S2, "R"),  # 'some' dropped and could->would
("Some analysts cautioned that the rally could reverse if next week's inflation data proved stronger than expected [2.6].", S2, "R"),  # sibling jobs->inflation data
("Pension funds have been steady sellers of long-dated bonds this year [2.7].", S2, "R"),  # buyers->sellers
("Bond yields fell after the Reserve Bank of Aldoria cut its benchmark rate [2.1][1.1].", S2, "R"),  # bank held rates, did not cut
("Ten-year yields fell to 3.8 percent on Thursday after Westbridge Capital forecast a February cut [2.1][1.7].", S2, "R"),  # invented causal/temporal link
]

# The reviewer cites [1.n] for S1 and [2.n] for S2 of this file: every probe is checked against both.
PROBES = [(claim, source if isinstance(source, list) else [S1, S2], label) for claim, source, label in PROBES]
