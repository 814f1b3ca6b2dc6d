"""Verifier 2.17: rules added after 2.16, each with the claims that show it and the near misses it must
still pass or reject. Labels were decided by reading the source sentence before running the verifier."""

from __future__ import annotations

import pytest

from summarizer import verify


def _verdict(claim: str, source: str) -> tuple[str, set[str]]:
    report = verify(claim, [source]).claims[0]
    return report.verdict, {r.code for r in report.reasons}


# --- Two words that trade statements split by an "and" between nouns ----------------------------------

FERRIES = "All ferry services to the Hebrides were cancelled, while trains between Glasgow and Oban were suspended."


def test_words_that_trade_statements_across_an_and_are_rejected():
    # Before 2.17 the second statement, "while ferries between Glasgow | and Oban were suspended", was two
    # clauses, the first with no verb of its own, so it had no place in the source to be compared with.
    verdict, codes = _verdict(
        "Trains to the Hebrides were cancelled, while ferries between Glasgow and Oban were suspended [1.1].", FERRIES)
    assert verdict == "rejected" and "role_swap" in codes


@pytest.mark.parametrize("claim", [
    "Ferries to the Hebrides were cancelled, while trains between Glasgow and Oban were suspended [1.1].",
    # the two statements in the other order, each whole
    "Trains between Glasgow and Oban were suspended, while all ferry services to the Hebrides were cancelled [1.1].",
])
def test_statements_kept_whole_pass(claim):
    verdict, codes = _verdict(claim, FERRIES)
    assert verdict == "supported", codes


# --- A verb WordNet lacks, made of a prefix and a verb it has ------------------------------------------

OUTSPENT = "Supporters of the $2.4 billion project had outspent opponents by roughly three to one."


@pytest.mark.parametrize("claim", [
    # Before 2.17 "outspent" (WordNet has no "outspend") was no verb, so its participants had no roles.
    "Opponents of the project had outspent supporters by roughly three to one [1.1].",
    "Supporters were outspent by opponents by roughly three to one [1.1].",
])
def test_participants_of_a_prefixed_verb_that_trade_roles_are_rejected(claim):
    verdict, codes = _verdict(claim, OUTSPENT)
    assert verdict == "rejected" and "role_swap" in codes


@pytest.mark.parametrize("claim", [
    "Supporters of the project had outspent opponents by roughly three to one [1.1].",
    # a change of voice keeps the roles
    "Opponents were outspent by supporters by roughly three to one [1.1].",
])
def test_participants_of_a_prefixed_verb_in_their_places_pass(claim):
    verdict, codes = _verdict(claim, OUTSPENT)
    assert verdict == "supported", codes


def test_the_doer_after_by_and_its_adjective_trades_roles():
    # Before 2.17 only determiners were passed over on the way back to "by", so "by higher fuel costs"
    # read "fuel costs" as what was offset, and the reversed claim passed.
    source = ("Chief executive Maria Lindqvist said strong demand for transatlantic routes had offset higher "
              "fuel costs in the second half.")
    verdict, codes = _verdict("Lindqvist said strong transatlantic demand had been offset by higher fuel costs [1.1].",
                              source)
    assert verdict == "rejected" and "role_swap" in codes
    for claim in ("Lindqvist said higher fuel costs had been offset by strong transatlantic demand [1.1].",
                  "Lindqvist said strong transatlantic demand had offset higher fuel costs [1.1]."):
        verdict, codes = _verdict(claim, source)
        assert verdict == "supported", (claim, codes)


# --- A noun after the preposition where the source has another -----------------------------------------

ALIBI = "Hurst had initially told police he was at home with his partner at the time of the attack."


def test_a_noun_in_place_of_the_sources_after_the_same_preposition_is_a_substitution():
    # Before 2.17 the anchors ("police", "time") were too far apart for "gym" to face "home", so it was
    # one unmatched word of seven and the claim cleared the share.
    report = verify("Hurst initially told police he was at the gym at the time of the attack [1.1].", [ALIBI]).claims[0]
    assert report.verdict == "rejected"
    assert any(r.code == "substitution" and "gym" in r.message and "home" in r.message for r in report.reasons)


@pytest.mark.parametrize("claim", [
    "Hurst initially told police he was at home at the time of the attack [1.1].",
    "Hurst initially told police he was with his partner at the time of the attack [1.1].",
])
def test_the_sources_noun_after_its_preposition_passes(claim):
    verdict, codes = _verdict(claim, ALIBI)
    assert verdict == "supported", codes


# --- The time preposition right after a matched verb -------------------------------------------------

TRIAL = "One of the victims, an 84-year-old widow, died before the case came to trial."


@pytest.mark.parametrize("claim", [
    # Before 2.17 the words between "died" and "trial" differed ("the case came to"), so no preposition
    # was compared, and "during" passed for "before".
    "One of the victims, an 84-year-old widow, died during the trial [1.7].",
    "One of the victims died after the trial [1.7].",
])
def test_another_time_after_the_same_verb_is_rejected(claim):
    verdict, _ = _verdict(claim.replace("[1.7]", "[1.1]"), TRIAL)
    assert verdict == "rejected"


@pytest.mark.parametrize("claim, source", [
    ("One of the victims died before the trial [1.1].", TRIAL),
    ("One of the victims died before the case came to trial [1.1].", TRIAL),
    # grouped by the table: "after" and "since" are both later than a time
    ("Prices have risen since the vote [1.1].", "Prices have risen after the vote."),
])
def test_the_same_time_after_the_verb_passes(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


# --- A verb after its subject, read through a name's closing initial and an intensifier ---------------

COLLISION = ("The passenger ferry Island Spirit collided with the cargo vessel Marta K in thick fog off Larne at "
             "about 7:40am on 3 October.")


def test_a_verb_after_a_names_closing_initial_must_be_backed():
    # Before 2.17 "K" (one letter, no name word of its own) was no subject, so "rammed" was one unmatched
    # word among many and the claim cleared the share.
    verdict, codes = _verdict(
        "The cargo ship Marta K rammed the ferry Island Spirit in fog off Larne on 3 October [1.1].", COLLISION)
    assert verdict == "rejected" and "unsupported_detail" in codes


def test_a_verb_after_an_intensifier_must_be_backed():
    source = ('The two companies had offered to sell 120 stores to address the concerns, but the CMA said this '
              'remedy was "insufficient".')
    verdict, codes = _verdict("The CMA itself proposed that the companies sell 120 stores [1.1].", source)
    assert verdict == "rejected" and "unsupported_detail" in codes
    verdict, codes = _verdict("The companies themselves offered to sell 120 stores [1.1].", source)
    assert verdict == "supported", codes


def test_a_backed_verb_after_a_names_initial_passes():
    verdict, codes = _verdict("The ferry Island Spirit collided with the cargo vessel Marta K in thick fog off "
                              "Larne on 3 October [1.1].", COLLISION)
    assert verdict == "supported", codes
