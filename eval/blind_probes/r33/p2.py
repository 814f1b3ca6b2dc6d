# Domain: a toy recall over choking hazards (Brightwood Playthings wooden stacking sets)
S1 = " ".join([
    "Toy maker Brightwood Playthings has recalled 240,000 wooden stacking sets after reports that small beads could detach and pose a choking hazard to young children.",
    "The recall, announced on Monday, covers the Rainbow Stack and Rainbow Stack Mini sold between January 2022 and August 2024.",
    "The products were sold in the UK and Ireland through supermarkets, independent toy shops and the company's own website.",
    "Brightwood said it had received 37 reports of beads coming loose, including four cases in which a child had put a bead in their mouth.",
    "No injuries have been reported, the company said.",
    "The Office for Product Safety and Standards said the beads were small enough to block a child's airway.",
    "Parents are being urged to stop using the toys immediately and to keep them out of reach of children under three.",
    "Customers can return the sets to the place of purchase for a full refund, with or without a receipt.",
    "Chief executive Helen Marsh said the company was \"deeply sorry\" and had already halted production at its factory in Leicester.",
    "Marsh said a faulty batch of glue supplied by an outside contractor was the likely cause of the problem.",
    "The company has sold around 1.1 million toys a year since it was founded in 2009.",
    "The consumer group Safer Play said the recall was the third involving wooden toys this year and called for tougher testing rules.",
    "A spokesperson for Safer Play said manufacturers should not wait for children to be harmed before acting.",
])
PROBES = [
# ---- S ----
("Brightwood Playthings has recalled 240,000 wooden stacking sets because small beads could come off and present a choking risk to young children [1.1].", S1, "S"),  # synonyms
("Around 240,000 stacking sets are being recalled by Brightwood Playthings [1.1].", S1, "S"),  # voice change
("The recalled toys are made of wood [1.1].", S1, "S"),  # follows from "wooden stacking sets"
("The Rainbow Stack and Rainbow Stack Mini, sold from January 2022 to August 2024, are covered by the recall [1.2].", S1, "S"),  # reorder
("The recall was announced on Monday [1.2].", S1, "S"),  # dropping detail
("The recall covers toys sold over a period of more than two years [1.2].", S1, "S"),  # Jan 2022 - Aug 2024 is over two years (reworded on re-reading: "two and a half" was borderline)
("The toys were sold through supermarkets, independent toy shops and Brightwood's own website [1.3].", S1, "S"),  # company = Brightwood
("The sets were sold in Ireland as well as the UK [1.3].", S1, "S"),  # reorder
("Brightwood has had 37 reports of beads coming loose [1.4].", S1, "S"),  # dropping detail
("In four of the reported cases a child had put a bead in their mouth, Brightwood said [1.4].", S1, "S"),  # restructure
("Brightwood said there had been no reported injuries [1.5].", S1, "S"),  # nominalisation
("According to the Office for Product Safety and Standards, the beads are small enough to obstruct a child's airway [1.6].", S1, "S"),  # block -> obstruct
("Parents have been told to stop using the toys straight away and to keep them away from children under three [1.7].", S1, "S"),  # synonyms
("The toys should be kept out of reach of under-threes, parents have been told [1.7].", S1, "S"),  # reorder
("A receipt is not needed to obtain a full refund [1.8].", S1, "S"),  # "with or without a receipt"
("Customers can get a full refund by returning the sets to where they bought them [1.8].", S1, "S"),  # paraphrase
("Helen Marsh, the chief executive, said the company was deeply sorry [1.9].", S1, "S"),  # reorder
("Marsh said the company was \"deeply sorry\" [1.9].", S1, "S"),  # near-verbatim
("Production at the company's Leicester factory has already been halted, Marsh said [1.9].", S1, "S"),  # passive
("Marsh said the problem was likely caused by a faulty batch of glue from an outside supplier [1.10].", S1, "S"),  # hedge kept
("An outside contractor supplied the glue batch that Marsh said was the likely cause [1.10].", S1, "S"),  # restructure
("Brightwood was founded in 2009 [1.11].", S1, "S"),  # dropping detail
("Since 2009 the company has sold about 1.1 million toys a year [1.11].", S1, "S"),  # reorder
("Safer Play called for tougher testing rules [1.12].", S1, "S"),  # dropping detail
("This is the third recall of wooden toys this year, according to Safer Play [1.12].", S1, "S"),  # nominalisation
("Safer Play wants testing rules to be made tougher [1.12].", S1, "S"),  # paraphrase
("A Safer Play spokesperson said manufacturers should act before children are harmed [1.13].", S1, "S"),  # paraphrase of "should not wait ... before acting"
("Brightwood has recalled 240,000 stacking sets, and parents are being urged to stop using them immediately [1.1, 1.7].", S1, "S"),  # merge
("Brightwood recalled 240,000 sets and has halted production at its Leicester factory [1.1, 1.9].", S1, "S"),  # merge
("The beads could detach, and the product safety office said they were small enough to block a child's airway [1.1, 1.6].", S1, "S"),  # merge
# ---- R ----
("Brightwood Playthings has recalled 420,000 wooden stacking sets [1.1].", S1, "R"),  # 240,000 -> 420,000
("Toy maker Brightwood Playthings has recalled 240,000 plastic stacking sets [1.1].", S1, "R"),  # wooden -> plastic
("The recall, announced on Tuesday, covers the Rainbow Stack and Rainbow Stack Mini [1.2].", S1, "R"),  # weekday changed
("The recall covers the Rainbow Stack and Rainbow Stack Mini sold between January 2022 and August 2023 [1.2].", S1, "R"),  # end year changed
("The recall covers all of Brightwood's wooden toys sold between January 2022 and August 2024 [1.2].", S1, "R"),  # overgeneralisation; only two products
("The products were sold only through the company's own website [1.3].", S1, "R"),  # part given as whole
("The products were sold in the UK, Ireland and France [1.3].", S1, "R"),  # added country
("Brightwood said it had received 37 reports of beads coming loose, including 14 cases in which a child had put a bead in their mouth [1.4].", S1, "R"),  # four -> 14
("Brightwood said it had received four reports of beads coming loose [1.4].", S1, "R"),  # subset given as total (37)
("Brightwood said it had received 37 reports of beads coming loose, all of them involving a child putting a bead in their mouth [1.4].", S1, "R"),  # quantifier: four of them, not all
("Brightwood has received 37 reports of beads coming loose since August 2024 [1.4].", S1, "R"),  # added time frame
("Two minor injuries have been reported, the company said [1.5].", S1, "R"),  # contradicts no injuries
("Brightwood said the beads were small enough to block a child's airway [1.6].", S1, "R"),  # wrong speaker: the product safety office said it
("The Office for Product Safety and Standards said the beads were small enough to block an adult's airway [1.6].", S1, "R"),  # child -> adult
("Parents are being urged to stop using the toys immediately and to keep them out of reach of children under five [1.7].", S1, "R"),  # three -> five
("Parents are being urged to keep the toys out of reach of children under three until a repair kit arrives [1.7].", S1, "R"),  # added detail
("Customers can return the sets to the place of purchase for a full refund, but only with a receipt [1.8].", S1, "R"),  # negation of "with or without"
("Customers can return the sets to the place of purchase for a replacement [1.8].", S1, "R"),  # refund -> replacement
("Customers must return the sets to Brightwood's Leicester factory for a full refund [1.8].", S1, "R"),  # place changed
("Chief executive Helen Marsh said the company was \"deeply sorry\" and would halt production at its factory in Leicester [1.9].", S1, "R"),  # already halted -> would halt
("Marsh said the company had halted production at its factory in Leicester and moved it to a new site [1.9].", S1, "R"),  # added clause
("Marsh said the outside contractor was \"deeply sorry\" [1.9, 1.10].", S1, "R"),  # apology given to the wrong party
("Marsh said a faulty batch of glue supplied by an outside contractor had caused the problem [1.10].", S1, "R"),  # hedge "likely" dropped
("Marsh said a faulty batch of paint supplied by an outside contractor was the likely cause of the problem [1.10].", S1, "R"),  # glue -> paint
("Marsh said a faulty batch of glue made at the company's Leicester factory was the likely cause [1.9, 1.10].", S1, "R"),  # source: supplied by outside contractor
("The company has sold around 1.1 million toys a year since it was founded in 2019 [1.11].", S1, "R"),  # 2009 -> 2019
("The company has sold around 1.1 million stacking sets a year since it was founded [1.11].", S1, "R"),  # toys -> stacking sets (narrowed item)
("Safer Play said the recall was the first involving wooden toys this year [1.12].", S1, "R"),  # third -> first
("Safer Play said the recall was the third involving plastic toys this year [1.12].", S1, "R"),  # wooden -> plastic
("Safer Play said the recall was the third involving wooden toys this year and called for a ban on wooden toys [1.12].", S1, "R"),  # demand changed
("The Office for Product Safety and Standards called for tougher testing rules [1.12].", S1, "R"),  # wrong speaker: Safer Play
("Helen Marsh said manufacturers should not wait for children to be harmed before acting [1.13].", S1, "R"),  # wrong speaker: Safer Play spokesperson
("The recall was ordered by the Office for Product Safety and Standards [1.1, 1.6].", S1, "R"),  # invented; source does not say who ordered it
("No injuries have been reported [1.4].", S1, "R"),  # wrong citation (fact is in 1.5)
("Brightwood has halted production at its factory in Leicester [1.11].", S1, "R"),  # wrong citation (fact is in 1.9)
]
