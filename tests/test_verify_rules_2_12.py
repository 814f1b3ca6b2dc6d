"""Rules of verifier 2.12, each from a false rejection of a genuine paraphrase on a reviewer's probe set,
written for the general shape: the paraphrase that must now pass and close neighbours that must still
fail. Expectations decided by reading each pair: who beat whom, as the source says it."""

from __future__ import annotations

import pytest

from summarizer import verify

TEST = "England beat India by 28 runs in the first Test at Headingley on Monday."
LEAGUE = "Northbridge United beat Castleford Rovers 3-1 at Marsh Lane on Saturday to move top of the league."
FINAL = ("Elena Kostova won her first Wimbledon title on Saturday, beating defending champion Maya Lindqvist "
         "6-4 3-6 7-5 in two hours and 41 minutes.")


def verdict(claim: str, source: str) -> str:
    return verify(claim, [source]).claims[0].verdict


# --- a contest told from the loser's side: "India lost to England" for "England beat India" (r17, r26, r29) ---

@pytest.mark.parametrize("claim, source", [
    ("India lost the first Test to England by 28 runs [1.1].", TEST),
    ("Castleford Rovers lost 3-1 to Northbridge United on Saturday [1.1].", LEAGUE),
    ("Castleford Rovers lost to Northbridge United [1.1].", LEAGUE.replace("beat", "defeated")),
    ("India lost the first Test to England [1.1].", TEST.replace("England beat", "England comfortably beat")),
    ("India lost the first Test to England [1.1].", TEST.replace("England beat", "England have beaten")),
    # the winner's participle clause: "won …, beating X"; the loser's title and first name may be left out
    ("Maya Lindqvist lost to Elena Kostova [1.1].", FINAL),
    ("The defending champion lost to Kostova [1.1].", FINAL),
    ("Lindqvist lost to Kostova [1.1].", FINAL),
])
def test_a_loss_told_for_the_winners_verb_of_defeating(claim, source):
    assert verdict(claim, source) == "supported"


@pytest.mark.parametrize("claim, source", [
    # the winner and the loser the other way round
    ("England lost the first Test to India by 28 runs [1.1].", TEST),
    ("Northbridge United lost 3-1 to Castleford Rovers [1.1].", LEAGUE),
    ("Kostova lost to Lindqvist [1.1].", FINAL),
    # a passive says who beat whom the other way: England were the ones beaten
    ("India lost the first Test to England [1.1].", "England were beaten by India in the first Test."),
    # the beating denied, hedged or conditional
    ("India lost the first Test to England [1.1].", "England did not beat India in the first Test."),
    ("India lost the first Test to England [1.1].", "England failed to beat India in the first Test."),
    ("India lost the first Test to England [1.1].", "England may beat India in the first Test."),
    ("India lost the first Test to England [1.1].", "If England beat India in the first Test, they go top."),
    # the claim denies the loss
    ("Castleford Rovers did not lose to Northbridge United [1.1].", LEAGUE),
    # another side is the winner: a report, a clause of another's, a relative clause
    ("India lost the first Test to England [1.1].", "England's coach said Wales beat India in the first Test."),
    ("India lost the first Test to England [1.1].", "England watched as Wales beat India in the first Test."),
    ("India lost the first Test to England [1.1].", "England watched as their rivals beat India in the first Test."),
    ("India lost the first Test to England [1.1].", "England beat Wales, who beat India in the first Test."),
    ("India lost the first Test to England [1.1].", "England beat Wales and India beat Scotland in the first Test."),
    ("Scotland lost the first Test to England [1.1].", "England beat Wales and India beat Scotland in the first Test."),
    ("Maya Lindqvist lost to Elena Kostova [1.1].", "Elena Kostova watched as her Wimbledon partner beat Maya Lindqvist."),
    ("Maya Lindqvist lost to Elena Kostova [1.1].", "Elena Kostova said the Wales team beat Maya Lindqvist."),
    # what was beaten is not the claim's loser: an owner, a relative, one of two
    ("India lost the first Test to England [1.1].", "England beat India's record in the first Test."),
    ("Maya Lindqvist lost to Elena Kostova [1.1].", "Elena Kostova beat the sister of Maya Lindqvist."),
    ("Maya Lindqvist lost to Elena Kostova [1.1].", "Elena Kostova beat Lindqvist's partner Maya Lindqvist."),
    ("Maya Lindqvist lost to Elena Kostova [1.1].", "Elena Kostova beat Anna Berg and Maya Lindqvist."),
    ("Pakistan lost the first Test to England [1.1].", "England beat India and Pakistan in the first Test."),
    # the loss told with what the source does not give: another day, score, occasion or manner
    ("Castleford Rovers lost 3-1 to Northbridge United on Sunday [1.1].", LEAGUE),
    ("Castleford Rovers lost 4-1 to Northbridge United [1.1].", LEAGUE),
    ("Castleford Rovers lost to Northbridge United in the cup final [1.1].", LEAGUE),
    ("Castleford Rovers lost heavily to Northbridge United [1.1].", LEAGUE),
])
def test_a_loss_is_not_read_into_another_contest(claim, source):
    assert verdict(claim, source) == "rejected"


def test_the_loss_is_explained_as_a_converse():
    checked = verify("India lost the first Test to England by 28 runs [1.1].", [TEST]).claims[0]
    lost = next(w for w in checked.alignment if w.claim_word == "lost")
    assert (lost.relation, lost.evidence_word, lost.accepted) == ("converse", "beat", True)



@pytest.mark.parametrize("claim, source", [
    # from the first independent review of the rule: a race, an assault, an excepted or another side
    ("India lost the title to England [1.1].", "England beat India to the title."),
    ("Hamilton lost to Vettel [1.1].", "Vettel beat Hamilton to the punch."),
    ("Smith lost to Jones [1.1].", "Jones beat Smith up outside a bar."),
    ("The rebels lost to the army [1.1].", "The army beat the rebels back."),
    ("The rebels lost to the army [1.1].", "The army beat off the rebels."),
    ("India lost to England [1.1].", "England beat everyone except India."),
    ("India lost to England [1.1].", "England, beaten by India, beat Pakistan."),
    ("India lost to England [1.1].", "England beat India A by five runs."),
    ("India lost to England [1.1].", "Pakistan, which England beat last year, defeated India."),
    ("The eggs lost to the chef [1.1].", "The chef beat the eggs."),
    ("The drum lost to Jones [1.1].", "Jones beat the drum."),
    ("India lost the first Test to England [1.1].", "England beat India before the first Test."),
    ("India lost the final to England [1.1].", "England beat India on the way to the final."),
])
def test_a_loss_is_not_read_into_a_race_an_assault_or_another_side(claim, source):
    assert verdict(claim, source) == "rejected"
