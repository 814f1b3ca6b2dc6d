# Domain: a podcast interview transcript with speaker labels (host and an economist)
S1 = "\n".join([
    "Quinn: Welcome back to The Money Desk, where today I am joined by Dr Amir Khalid, chief economist at the Harcourt Institute.",
    "Khalid: Thanks, Sarah, it is good to be back on the show for the first time since the spring.",
    "Quinn: Inflation fell to 2.3 percent in October, and I want to ask whether the Bank of England is now ready to cut interest rates again.",
    "Khalid: I think a cut in December is likely but not certain, because services inflation is still running at around 5 percent.",
    "Khalid: Wage growth has slowed to 4.8 percent, which is encouraging, but it remains well above what the Bank regards as consistent with its 2 percent target.",
    "Quinn: Some listeners have written in to say mortgage rates have barely moved despite the cuts so far this year.",
    "Khalid: That is fair, because lenders price fixed deals off swap rates, which have actually risen by about half a point since August.",
])
S2 = "\n".join([
    "Quinn: Let us turn to the Budget, where the Chancellor raised employer National Insurance contributions by £25bn a year.",
    "Khalid: Our modelling suggests that roughly two thirds of that cost will eventually be passed on to workers through lower pay rises.",
    "Khalid: I would not call it a disaster, but I do expect it to shave about 0.3 percentage points off growth next year.",
    "Quinn: The Office for Budget Responsibility forecast growth of 2 percent next year, which sounds more optimistic than your view.",
    "Khalid: The OBR assumes businesses absorb more of the tax rise through lower profits, and that is a reasonable assumption, just not the one we made.",
    "Khalid: Where I do agree with the OBR is that public investment plans should lift productivity, though probably not until the 2030s.",
    "Quinn: Dr Khalid, thank you, and listeners can find the Harcourt Institute report linked in the show notes.",
])
PROBES = [
("The host's guest on The Money Desk was Dr Amir Khalid, the Harcourt Institute's chief economist [1.1].", S1, "S"),  # restructure
("Khalid said it was good to be back on the show for the first time since the spring [1.2].", S1, "S"),  # first to third person
("Quinn noted that inflation had dropped to 2.3 percent in October [1.3].", S1, "S"),  # fell -> dropped
("Quinn asked whether the Bank of England was ready to cut interest rates again [1.3].", S1, "S"),  # question as reported speech
("Khalid said he thought a December rate cut was likely but not certain [1.4].", S1, "S"),  # reported speech, hedge kept
("Khalid cited services inflation of around 5 percent as the reason a December cut was not certain [1.4].", S1, "S"),  # because-clause reworded
("Khalid called the slowdown in wage growth to 4.8 percent encouraging [1.5].", S1, "S"),  # nominalisation
("Khalid said wage growth was still well above the level the Bank regards as consistent with its 2 percent target [1.5].", S1, "S"),  # reworded
("The host said some listeners had written in to say mortgage rates had barely moved despite this year's cuts [1.6].", S1, "S"),  # reported speech
("Khalid explained that lenders price fixed deals off swap rates, which had risen by roughly half a point since August [1.7].", S1, "S"),  # reported speech
("Khalid accepted that the listeners' complaint about mortgage rates was fair [1.6][1.7].", S1, "S"),  # 'That is fair' resolved via 1.6
("Swap rates have climbed about 0.5 points since August, according to Khalid [1.7].", S1, "S"),  # half a point -> 0.5
("Quinn said the Chancellor's Budget raised employer National Insurance contributions by £25bn a year [2.1].", S2, "S"),  # near-copy
("According to Khalid's modelling, around two thirds of the National Insurance cost will eventually be borne by workers through lower pay rises [2.1][2.2].", S2, "S"),  # 'that cost' resolved; passed on -> borne
("Khalid expects the National Insurance rise to reduce growth by about 0.3 percentage points next year [2.1][2.3].", S2, "S"),  # 'it' resolved; shave -> reduce
("Khalid said he would not describe the tax rise as a disaster [2.1][2.3].", S2, "S"),  # reworded, pronoun resolved
("Quinn said the OBR had forecast 2 percent growth for next year [2.4].", S2, "S"),  # acronym
("The host suggested the Office for Budget Responsibility's forecast sounded more optimistic than Khalid's view [2.4].", S2, "S"),  # 'your' resolved to the guest
("Khalid said the OBR assumes businesses will absorb more of the tax rise through lower profits [2.5].", S2, "S"),  # reported speech
("Khalid called the OBR's assumption reasonable, though not the one his team had made [2.5].", S2, "S"),  # 'we' -> his team
("Khalid agreed with the OBR that public investment plans should boost productivity [2.6].", S2, "S"),  # cleft reworded, hedge kept
("Khalid said the productivity boost would probably not arrive until the 2030s [2.6].", S2, "S"),  # hedge kept
("Quinn told listeners the Harcourt Institute report was linked in the show notes [2.7].", S2, "S"),  # reported speech
("Khalid, chief economist at the Harcourt Institute, expects workers to bear much of the National Insurance rise through lower pay rises [1.1][2.1][2.2].", S2, "S"),  # merge, two thirds -> much
("Although the host said the OBR sounded more optimistic than him, Khalid called the OBR's assumption reasonable [2.4][2.5].", S2, "S"),  # merge, characterisation kept as the host's
("Dr Amir Khalid is chief economist at the Resolution Foundation [1.1].", S1, "R"),  # institution swapped
("Khalid said it was his first appearance on the show [1.2].", S1, "R"),  # contradicts 'back on the show'
("Quinn said inflation fell to 2.3 percent in September [1.3].", S1, "R"),  # month swapped
("Quinn said inflation rose to 2.3 percent in October [1.3].", S1, "R"),  # fell -> rose
("Khalid said a cut in December was certain [1.4].", S1, "R"),  # likely but not certain -> certain
("Khalid said a cut in November was likely [1.4].", S1, "R"),  # month swapped
("Khalid said services inflation was running at around 3 percent [1.4].", S1, "R"),  # number changed
("Khalid said wage growth had risen to 4.8 percent [1.5].", S1, "R"),  # slowed -> risen
("Khalid said wage growth was now consistent with the Bank's 2 percent target [1.5].", S1, "R"),  # contradicts 'well above'
("Khalid said the Bank's inflation target was 3 percent [1.5].", S1, "R"),  # number changed
("Khalid said many listeners had written in about mortgage rates [1.6].", S1, "R"),  # wrong speaker, some -> many
("Quinn said mortgage rates had fallen sharply since the cuts this year [1.6].", S1, "R"),  # barely moved -> fallen sharply
("Khalid said swap rates had fallen by about half a point since August [1.7].", S1, "R"),  # risen -> fallen
("Khalid said lenders price variable-rate deals off swap rates [1.7].", S1, "R"),  # fixed -> variable
("Khalid said swap rates had risen by about half a point since June [1.7].", S1, "R"),  # month swapped
("Quinn said the Chancellor cut employer National Insurance contributions by £25bn a year [2.1].", S2, "R"),  # raised -> cut
("Quinn said the Chancellor raised employee National Insurance contributions by £25bn a year [2.1].", S2, "R"),  # employer -> employee
("Khalid said all of the National Insurance cost would be passed on to workers [2.1][2.2].", S2, "R"),  # two thirds -> all
("Khalid's modelling shows that two thirds of the cost has already been passed on to workers [2.2].", S2, "R"),  # eventually -> already; suggests -> shows
("Khalid said roughly one third of the cost would be passed on to workers through lower pay rises [2.2].", S2, "R"),  # fraction changed
("Khalid called the National Insurance rise a disaster [2.1][2.3].", S2, "R"),  # negation dropped
("Khalid expects the tax rise to cut growth by about 3 percentage points next year [2.1][2.3].", S2, "R"),  # 0.3 -> 3
("Khalid expects the tax rise to shave about 0.3 percentage points off inflation next year [2.1][2.3].", S2, "R"),  # growth -> inflation
("Quinn said the OBR had forecast growth of 1 percent next year [2.4].", S2, "R"),  # number changed
("Khalid said the OBR had forecast growth of 2 percent next year [2.4].", S2, "R"),  # wrong speaker
("Khalid said the OBR's assumption that businesses would absorb more of the tax rise was unreasonable [2.5].", S2, "R"),  # antonym
("Khalid said the OBR assumes businesses absorb more of the tax rise through higher prices [2.5].", S2, "R"),  # lower profits -> higher prices
("Khalid said public investment plans would lift productivity by the mid-2020s [2.6].", S2, "R"),  # timing changed, hedge dropped
("Khalid said public investment plans will definitely lift productivity in the 2030s [2.6].", S2, "R"),  # should/probably -> definitely
("Khalid said he disagreed with the OBR on every point [2.5][2.6].", S2, "R"),  # contradicts agreement on investment
("Khalid said a December cut was likely because wage growth had slowed to 4.8 percent [1.4][1.5].", S1, "R"),  # cause invented
]
