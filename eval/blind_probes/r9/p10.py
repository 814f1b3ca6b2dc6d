# multi-document briefs (2-3 sources)
D1 = ("The European Central Bank left its main interest rate unchanged at 3.25% on Thursday. "
      "ECB President Christine Lagarde said inflation was moving towards the bank's 2% target but that risks remained. "
      "Most economists polled by Reuters expect a cut in December.")
D2 = ("Eurozone inflation slowed to 2.4% in October from 2.6% in September, Eurostat said on Friday. "
      "Core inflation, which excludes food and energy, held at 2.9%. "
      "Energy prices fell 1.1% from a year earlier.")
D3 = ("The euro fell 0.4% against the dollar after the ECB decision, to $1.082. "
      "German government bond yields dropped to their lowest level in three months. "
      "Traders increased bets on a rate cut, pricing in a 70% chance of a move in December.")
E1 = ("Tidewater Mining said on Monday it had halted production at its Kalgoorlie gold mine after a worker was killed in an underground collapse. "
      "The company said the mine would remain closed while the state safety regulator investigated. "
      "Kalgoorlie produced 210,000 ounces of gold last year, about a third of Tidewater's output.")
E2 = ("The Western Australian mines department confirmed it had opened an investigation into the death at Kalgoorlie. "
      "It was the second fatality at a Tidewater site this year, after a truck driver died at its Leonora mine in March. "
      "The mining union called for an independent inquiry into safety across the company.")
PROBES = [
    ("The ECB left its main interest rate unchanged at 3.25% on Thursday [1.1].", [D1, D2, D3], "S"),
    ("Lagarde said inflation was moving towards the 2% target but that risks remained [1.2].", [D1, D2, D3], "S"),
    ("Eurostat said eurozone inflation slowed to 2.4% in October from 2.6% in September [2.1].", [D1, D2, D3], "S"),
    ("Core inflation, excluding food and energy, held at 2.9% [2.2].", [D1, D2, D3], "S"),
    ("The euro fell 0.4% against the dollar to $1.082 after the ECB decision [3.1].", [D1, D2, D3], "S"),
    ("German government bond yields fell to a three-month low [3.2].", [D1, D2, D3], "S"),
    ("Traders priced in a 70% chance of a rate cut in December [3.3].", [D1, D2, D3], "S"),
    ("Most economists polled by Reuters expect a December cut, and traders price in a 70% chance of one [1.3][3.3].", [D1, D2, D3], "S"),
    ("The ECB held rates at 3.25% as eurozone inflation slowed to 2.4% in October [1.1][2.1].", [D1, D2, D3], "S"),
    ("Energy prices were 1.1% lower than a year earlier [2.3].", [D1, D2, D3], "S"),
    ("Inflation of 2.4% in October remained above the ECB's 2% target [1.2][2.1].", [D1, D2, D3], "S"),
    ("Tidewater Mining halted production at its Kalgoorlie gold mine on Monday after a worker was killed in an underground collapse [1.1].", [E1, E2], "R"),  # LABEL CORRECTED S->R: "on Monday" dates the announcement ("said on Monday"), not the halt
    ("Tidewater said the mine would stay closed while the state safety regulator investigated [1.2].", [E1, E2], "S"),
    ("Kalgoorlie produced 210,000 ounces of gold last year, about a third of Tidewater's output [1.3].", [E1, E2], "S"),
    ("The Western Australian mines department confirmed it had opened an investigation into the death [2.1].", [E1, E2], "S"),
    ("It was the second death at a Tidewater site this year, after a truck driver died at the Leonora mine in March [2.2].", [E1, E2], "S"),
    ("The mining union called for an independent inquiry into safety across Tidewater [2.3].", [E1, E2], "S"),
    ("Tidewater halted production at Kalgoorlie, which produced about a third of its gold output last year [1.1][1.3].", [E1, E2], "S"),
    ("A worker was killed at Kalgoorlie, the second fatality at a Tidewater site this year [1.1][2.2].", [E1, E2], "S"),
    ("The euro slipped to $1.082 after the ECB kept rates on hold [1.1][3.1].", [D1, D2, D3], "S"),
    # unsupported
    # cut vs held
    ("The ECB cut its main interest rate to 3.25% on Thursday [1.1].", [D1, D2, D3], "R"),
    # Lagarde said target reached (hedge/risks dropped and changed)
    ("Lagarde said inflation had reached the bank's 2% target [1.2].", [D1, D2, D3], "R"),
    # economists expect -> Lagarde signalled
    ("Lagarde signalled a rate cut in December [1.2][1.3].", [D1, D2, D3], "R"),
    # most economists -> all
    ("All economists polled by Reuters expect a cut in December [1.3].", [D1, D2, D3], "R"),
    # core inflation figure pooled from headline
    ("Core inflation held at 2.4% [2.1][2.2].", [D1, D2, D3], "R"),
    # inflation rose
    ("Eurozone inflation rose to 2.6% in October [2.1].", [D1, D2, D3], "R"),
    # euro rose
    ("The euro rose 0.4% against the dollar after the ECB decision [3.1].", [D1, D2, D3], "R"),
    # French yields
    ("French government bond yields dropped to their lowest level in three months [3.2].", [D1, D2, D3], "R"),
    # three months -> a year
    ("German bond yields fell to their lowest level in a year [3.2].", [D1, D2, D3], "R"),
    # 70% -> 80%
    ("Traders priced in an 80% chance of a December rate cut [3.3].", [D1, D2, D3], "R"),
    # invented cause
    ("The euro fell because inflation slowed to 2.4% [2.1][3.1].", [D1, D2, D3], "R"),
    # Eurostat date Friday used for ECB decision
    ("The ECB left its interest rate unchanged on Friday [1.1][2.1].", [D1, D2, D3], "R"),
    # energy prices rose
    ("Energy prices rose 1.1% from a year earlier [2.3].", [D1, D2, D3], "R"),
    # the regulator investigated -> company investigated
    ("Tidewater said it was investigating the collapse itself [1.2].", [E1, E2], "R"),
    # 210,000 -> 120,000
    ("Kalgoorlie produced 120,000 ounces of gold last year [1.3].", [E1, E2], "R"),
    # about a third -> half
    ("Kalgoorlie accounts for about half of Tidewater's output [1.3].", [E1, E2], "R"),
    # Leonora vs Kalgoorlie swap
    ("A worker was killed in an underground collapse at Tidewater's Leonora mine [1.1][2.2].", [E1, E2], "R"),
    # truck driver died in May
    ("A truck driver died at Tidewater's Leonora mine in May [2.2].", [E1, E2], "R"),
    # union called -> mines department called
    ("The mines department called for an independent inquiry into safety across the company [2.1][2.3].", [E1, E2], "R"),
    # second fatality -> third
    ("It was the third fatality at a Tidewater site this year [2.2].", [E1, E2], "R"),
    # halted production permanently
    ("Tidewater has permanently closed its Kalgoorlie gold mine [1.1][1.2].", [E1, E2], "R"),
    # copper mine
    ("Tidewater halted production at its Kalgoorlie copper mine [1.1].", [E1, E2], "R"),
]
