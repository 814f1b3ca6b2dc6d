# Domain: an art auction record
S1 = " ".join([
    "A painting by the Mexican artist Rosa Delgado sold for 38 million dollars at Christie's in New York on Tuesday night, a record for a work by a Latin American woman.",
    "The 1946 canvas, titled The Orchard at Dusk, had been expected to fetch between 20 million and 30 million dollars.",
    "Bidding lasted eleven minutes, with four bidders competing before the work was sold to an unnamed buyer bidding by telephone.",
    "The previous auction record for Delgado was 14 million dollars, set at Sotheby's in London in 2019.",
    "The painting had been in the collection of a Swiss family for more than 60 years and had not been exhibited publicly since 1972.",
    "The final price includes the buyer's premium, the fee charged by the auction house on top of the hammer price.",
    "The sale was part of an evening auction of modern art that raised a total of 412 million dollars.",
])
S2 = " ".join([
    "Art market analysts said the result reflected growing demand from collectors and museums for work by women artists from Latin America.",
    "Christie's specialist Elena Ruiz said the painting was one of the most important works by Delgado still in private hands.",
    "She added that several institutions had shown interest before the sale but could not confirm whether any had bid.",
    "Delgado, who died in 1981, painted The Orchard at Dusk shortly after moving from Mexico City to Oaxaca.",
    "Her work was largely overlooked during her lifetime and was rediscovered by curators in the 1990s.",
    "A retrospective of her paintings is due to open at the Museum of Modern Art in New York next spring.",
])
PROBES = [
("Rosa Delgado's painting fetched 38 million dollars at Christie's New York on Tuesday night, a record for a Latin American woman artist [1.1].", S1, "S"),  # synonyms, reordering
("A work by Mexican painter Rosa Delgado set an auction record for a Latin American woman when it sold for 38 million dollars [1.1].", S1, "S"),  # nominalisation of record
("A painting by Rosa Delgado sold for 38 million dollars, a record for any Latin American artist [1.1].", S1, "R"),  # scope widened: woman -> any artist
("A painting by Rosa Delgado sold for 38 million dollars at Sotheby's in New York [1.1].", S1, "R"),  # Christie's -> Sotheby's
("The Orchard at Dusk, painted in 1946, had carried an estimate of 20 million to 30 million dollars [1.2].", S1, "S"),  # reordering, nominalisation
("The Orchard at Dusk sold for more than its high estimate [1.1][1.2].", S1, "S"),  # 38m > 30m, merge
("The 1946 canvas had been expected to fetch between 20 million and 30 million pounds [1.2].", S1, "R"),  # dollars -> pounds
("The painting sold below its pre-sale estimate [1.1][1.2].", S1, "R"),  # comparison direction wrong
("Four bidders competed over eleven minutes before an anonymous telephone bidder bought the work [1.3].", S1, "S"),  # unnamed -> anonymous, reordering
("The winning bid came from a buyer on the telephone whose identity was not revealed [1.3].", S1, "S"),  # reworded
("The work was sold to an unnamed buyer bidding in the saleroom [1.3].", S1, "R"),  # telephone -> in the saleroom
("The work was sold to a museum bidding by telephone [1.3].", S1, "R"),  # unnamed buyer -> museum (invented identity)
("Delgado's previous auction record, 14 million dollars, was set at Sotheby's London in 2019 [1.4].", S1, "S"),  # reordering
("The sale more than doubled Delgado's previous auction record of 14 million dollars [1.1][1.4].", S1, "S"),  # 38 > 2 x 14, merge
("The sale tripled Delgado's previous auction record [1.1][1.4].", S1, "R"),  # 38/14 < 3, wrong multiple
("For over 60 years the painting belonged to a Swiss family, and it had not been shown in public since 1972 [1.5].", S1, "S"),  # voice, reordering
("The painting had not been on public display since 1972 [1.5].", S1, "S"),  # compression
("The painting had been in the collection of a Swiss family for more than 60 years and had never been exhibited publicly [1.5].", S1, "R"),  # since 1972 -> never
("The painting had been in the collection of a Swiss family, who sold it to pay inheritance taxes [1.5].", S1, "R"),  # invented reason
("The 38 million dollar price includes the buyer's premium, the auction house's fee on top of the hammer price [1.1][1.6].", S1, "S"),  # merge
("The final price includes the buyer's premium [1.6].", S1, "S"),  # compression
("The final price does not include the buyer's premium [1.6].", S1, "R"),  # negation added
("The buyer's premium is the fee charged by the seller on top of the hammer price [1.6].", S1, "R"),  # auction house -> seller
("The sale formed part of an evening auction of modern art that brought in 412 million dollars in total [1.7].", S1, "S"),  # raised -> brought in
("The sale was part of an evening auction of contemporary art [1.7].", S1, "R"),  # modern -> contemporary
("Delgado's painting accounted for less than a tenth of the evening auction's 412 million dollar total [1.1][1.7].", S1, "S"),  # 38/412 < 10 percent
("Delgado's painting accounted for more than a quarter of the evening's total [1.1][1.7].", S1, "R"),  # wrong proportion
("Analysts said the result showed rising demand among collectors and museums for works by Latin American women artists [2.1].", S2, "S"),  # reflected -> showed, growing -> rising
("Art market analysts said the result reflected falling demand for work by women artists from Latin America [2.1].", S2, "R"),  # growing -> falling
("Art market analysts said the result reflected growing demand from collectors for work by Latin American men [2.1].", S2, "R"),  # women -> men
("Elena Ruiz, a Christie's specialist, called the painting one of the most important Delgado works still privately owned [2.2].", S2, "S"),  # in private hands -> privately owned
("Elena Ruiz said the painting was the most important work by Delgado still in private hands [2.2].", S2, "R"),  # one of the most -> the most
("Elena Ruiz said several institutions had expressed interest before the sale but she could not say whether any had bid [2.2][2.3].", S2, "S"),  # pronoun resolved, reported speech
("Elena Ruiz said several institutions had bid for the painting [2.2][2.3].", S2, "R"),  # could not confirm -> asserted
("Elena Ruiz confirmed that no institutions had bid for the painting [2.2][2.3].", S2, "R"),  # could not confirm -> confirmed none
("Elena Ruiz said one institution had shown interest before the sale [2.2][2.3].", S2, "R"),  # several -> one
("Delgado painted The Orchard at Dusk soon after she moved from Mexico City to Oaxaca, and she died in 1981 [2.4].", S2, "S"),  # reordering
("Delgado painted The Orchard at Dusk shortly before moving from Mexico City to Oaxaca [2.4].", S2, "R"),  # after -> before
("Delgado painted The Orchard at Dusk shortly after moving from Oaxaca to Mexico City [2.4].", S2, "R"),  # direction swapped
("Delgado's work was mostly ignored while she was alive and was rediscovered by curators in the 1990s [2.4][2.5].", S2, "S"),  # largely overlooked -> mostly ignored
("Delgado's work was widely celebrated during her lifetime [2.4][2.5].", S2, "R"),  # antonym
("Delgado's work was rediscovered by collectors in the 1990s [2.4][2.5].", S2, "R"),  # curators -> collectors
("A retrospective of Delgado's paintings is scheduled to open at New York's Museum of Modern Art next spring [2.4][2.6].", S2, "S"),  # due -> scheduled, pronoun resolved via 2.4
("A retrospective of her paintings opened at the Museum of Modern Art in New York last spring [2.6].", S2, "R"),  # future -> past
("A retrospective of her paintings is due to open at Tate Modern next spring [2.6].", S2, "R"),  # MoMA -> Tate Modern
("The painting, created in 1946, was made 35 years before Delgado's death [1.2][2.4].", S2, "S"),  # 1981 - 1946 = 35, merge across documents
("The Orchard at Dusk was painted in Mexico City [2.4].", S2, "R"),  # she had moved to Oaxaca; invented/contradicted location
("The record sale was bought by a museum planning a retrospective next spring [1.3][2.6].", S2, "R"),  # invented link
("The Orchard at Dusk dates from 1946 [1.2].", S1, "S"),  # compression
("Rosa Delgado's The Orchard at Dusk was sold at Christie's in New York [1.1][1.2].", S1, "S"),  # merge, title resolved via 1.2
("Four bidders vied for the painting [1.3].", S1, "S"),  # competing -> vied
("Delgado's auction record had previously stood at 14 million dollars [1.4].", S1, "S"),  # reworded
("A Swiss family had owned the painting for upwards of six decades [1.5].", S1, "S"),  # more than 60 years -> upwards of six decades
("The buyer's premium is a fee the auction house adds to the hammer price [1.6].", S1, "S"),  # definition reworded
("The evening sale of modern art took 412 million dollars in all [1.7].", S1, "S"),  # raised a total -> took in all
("The painting sold for 24 million dollars more than Delgado's previous auction record [1.1][1.4].", S1, "S"),  # 38 - 14 = 24
("Collectors and museums increasingly want work by Latin American women artists, analysts said [2.1].", S2, "S"),  # growing demand -> increasingly want
("Before the auction, several institutions were interested in the painting, Ruiz said [2.2][2.3].", S2, "S"),  # compression, pronoun resolved
("Curators rediscovered Delgado's work in the 1990s, after her death [2.4][2.5].", S2, "S"),  # 1981 < 1990s
("A Delgado retrospective is expected to open at New York's Museum of Modern Art next spring [2.4][2.6].", S2, "S"),  # due -> expected
]
