"""Checks added in verifier 1.1: quantifiers, causes and speakers. Each with a passing and a failing case."""

from __future__ import annotations

import pytest

from summarizer import verify

SOURCE = (
    "Some shipping lines diverted vessels to Antwerp. "
    "The port closed because of the strike. "
    "Speaking in Shanghai, Lee said that progress had been made. "
    "Lee asked Xi Jinping to mediate."
)
# 1.1 some lines diverted; 1.2 closed because of the strike; 1.3 Lee speaks; 1.4 Lee asks Xi


def codes(summary: str) -> set[str]:
    claim = verify(summary, [SOURCE]).claims[0]
    return {r.code for r in claim.reasons}


def test_the_source_splits_as_the_tests_assume():
    report = verify("Lee said that progress had been made. [1.3]", [SOURCE])
    assert report.claims[0].evidence == ["1.3"]


@pytest.mark.parametrize(
    "summary",
    [
        "All shipping lines diverted vessels to Antwerp. [1.1]",
        "Every shipping line diverted vessels to Antwerp. [1.1]",
        "Most shipping lines diverted vessels to Antwerp. [1.1]",
    ],
)
def test_a_claim_that_widens_some_to_all_is_rejected(summary):
    assert "quantifier_mismatch" in codes(summary)


def test_a_quantifier_the_evidence_shares_passes():
    assert "quantifier_mismatch" not in codes("Some shipping lines diverted vessels to Antwerp. [1.1]")


def test_an_invented_cause_is_rejected():
    assert "cause_not_found" in codes("Some shipping lines diverted vessels to Antwerp because of fog. [1.1]")


def test_a_cause_the_evidence_states_passes():
    assert codes("The port closed because of the strike. [1.2]") == set()


def test_the_wrong_speaker_is_rejected():
    result = codes("Speaking in Shanghai, Xi said that progress had been made. [1.3]")
    assert "speaker_mismatch" in result


def test_the_right_speaker_passes():
    assert codes("Speaking in Shanghai, Lee said that progress had been made. [1.3]") == set()


def test_the_listener_of_asked_is_not_taken_for_a_speaker():
    # "asked Xi": Xi is spoken to, not speaking, so a claim with Lee asking is fine.
    assert codes("Lee asked Xi Jinping to mediate. [1.4]") == set()


def test_no_more_than_is_a_bound_not_a_negation():
    report = verify("The queue should clear in five days. [1.1]", ["The queue should clear in no more than five days."])
    assert "negation_mismatch" not in {r.code for r in report.claims[0].reasons}
