"""Tests of the deterministic verifier: one pass and one fail case per check, the report contract,
acceptance on the seeds, and properties (verbatim claims pass, any changed digit fails, determinism).

Every expected verdict was decided by reading the sources by hand, never by running the verifier.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from summarizer import load_sources, sources_from_texts, verify
from summarizer.verify import Verifier, VerifierConfig

from helpers import ROOT, SEED_000, SEED_001, SEED_004

# Source 1 (sentences 1.1–1.5) and source 2 (2.1–2.4); the segmentation was confirmed by printing it.
BUDGET = (
    "The council approved the new budget on Tuesday. "  # 1.1
    "Spending on schools rose by 3.5% to $2.1 billion. "  # 1.2
    "The mayor said six new libraries will open on Jan. 7. "  # 1.3
    "The vote was 55\u201345 in favour. "  # 1.4
    "The mayor did not attend the ceremony."  # 1.5
)
PEOPLE = (
    "President Lee Jae Myung met Xi Jinping in Beijing. "  # 2.1
    "Lee praised the talks. "  # 2.2
    "The minister called the plan \u201ca reckless gamble\u201d on Monday. "  # 2.3
    "The factory may close next year."  # 2.4
)
SOURCES = [BUDGET, PEOPLE]


def run(summary: str, sources=None, **kwargs):
    return verify(summary, SOURCES if sources is None else sources, **kwargs)


def only_claim(summary: str, sources=None, **kwargs):
    report = run(summary, sources, **kwargs)
    assert len(report.claims) == 1, [c.text for c in report.claims]
    return report.claims[0]


def codes(claim) -> list[str]:
    return [r.code for r in claim.reasons]


def reason(claim, code: str):
    found = [r for r in claim.reasons if r.code == code]
    assert found, f"no {code} reason; reasons: {codes(claim)}"
    return found[0]


def assert_supported(claim):
    assert claim.verdict == "supported", [(r.code, r.message) for r in claim.reasons]
    assert claim.reasons == []


def assert_rejected_for(claim, *expected_codes: str):
    """Rejected, with exactly these reasons (each applies; no other does)."""
    assert claim.verdict == "rejected"
    assert sorted(codes(claim)) == sorted(expected_codes), [(r.code, r.message) for r in claim.reasons]
    for r in claim.reasons:
        assert r.message.strip(), f"{r.code} has no message"


def mentions(r, text: str) -> bool:
    """The reason names ``text`` in its details (the exact words at fault) and in its message."""
    return text in json.dumps(r.details, ensure_ascii=False) and text in r.message


# -- uncited ------------------------------------------------------------------------------------

def test_cited_claim_is_supported():
    assert_supported(only_claim("The council approved the new budget on Tuesday. [1.1]"))


def test_uncited_claim_is_rejected():
    claim = only_claim("The council approved the new budget on Tuesday.")
    assert_rejected_for(claim, "uncited")
    assert claim.citations == []


def test_attribute_checks_an_uncited_claim_against_the_best_sentences():
    claim = only_claim("The council approved the new budget on Tuesday.", attribute=True)
    assert_supported(claim)
    assert "1.1" in claim.evidence


def test_attribute_rejects_an_uncited_claim_the_sources_contradict():
    claim = only_claim("Spending on schools rose by 4.5% to $2.1 billion.", attribute=True)
    assert_rejected_for(claim, "number_mismatch")
    assert "1.2" in claim.evidence
    assert mentions(reason(claim, "number_mismatch"), "4.5%")


def test_attribute_finds_evidence_across_sources():
    claim = only_claim("Lee praised the talks.", attribute=True)
    assert_supported(claim)
    assert "2.2" in claim.evidence


def test_attribute_does_not_excuse_a_claim_nothing_supports():
    claim = only_claim("Astronauts landed on the moon carrying penguins.", attribute=True)
    assert claim.verdict == "rejected"
    assert "unsupported_detail" in codes(claim)


# -- citation_not_found ----------------------------------------------------------------------------

def test_citation_of_a_missing_sentence_is_rejected_with_a_suggestion():
    claim = only_claim("Spending on schools rose by 3.5% to $2.1 billion. [1.9]")
    r = reason(claim, "citation_not_found")
    assert r.details["suggestion"] == "1.2"
    assert mentions(r, "1.9")
    assert "1.2" in r.message  # the person is told which sentence to cite instead


def test_citation_of_a_missing_source_is_rejected_with_a_suggestion():
    claim = only_claim("Lee praised the talks. [3.1]")
    r = reason(claim, "citation_not_found")
    assert r.details["suggestion"] == "2.2"
    assert mentions(r, "3.1")


def test_document_marker_of_a_missing_source_is_rejected():
    claim = only_claim("Lee praised the talks. [3]")
    assert claim.verdict == "rejected"
    r = reason(claim, "citation_not_found")
    assert r.details["suggestion"] == "2.2"


def test_sentence_zero_does_not_exist():
    claim = only_claim("The council approved the new budget on Tuesday. [1.0]")
    assert reason(claim, "citation_not_found").details["suggestion"] == "1.1"


def test_one_bad_citation_rejects_even_when_another_supports():
    claim = only_claim("The council approved the new budget on Tuesday. [1.1][1.7]")
    assert_rejected_for(claim, "citation_not_found")


# -- quote_not_found --------------------------------------------------------------------------------

def test_straight_quotes_match_a_curly_quoted_source():
    assert_supported(only_claim('The minister called the plan "a reckless gamble". [2.3]'))


def test_curly_quotes_match_a_curly_quoted_source():
    assert_supported(only_claim("The minister called the plan \u201ca reckless gamble\u201d. [2.3]"))


def test_altered_quote_is_rejected():
    claim = only_claim('The minister called the plan "a risky gamble". [2.3]')
    # The quote check comes first; the alignment also names the swapped word (risky for reckless).
    assert claim.verdict == "rejected" and codes(claim) == ["quote_not_found", "substitution"]
    assert mentions(reason(claim, "quote_not_found"), "a risky gamble")
    assert mentions(reason(claim, "substitution"), "risky") and mentions(reason(claim, "substitution"), "reckless")


def test_altered_quote_is_rejected_with_curly_quotes_too():
    claim = only_claim("The minister called the plan \u201ca risky gamble\u201d. [2.3]")
    assert claim.verdict == "rejected" and codes(claim)[0] == "quote_not_found"


def test_quote_with_words_left_out_is_rejected():
    # "reckless" dropped: the quotation marks promise the exact words.
    claim = only_claim('The minister called the plan "a gamble". [2.3]')
    assert_rejected_for(claim, "quote_not_found")


@pytest.mark.parametrize(
    "source_phrase, claim_phrase",
    [
        ("dead\u2014for now", "dead-for now"),  # em dash typed as a hyphen
        ("dead\u2013for now", "dead-for now"),  # en dash typed as a hyphen
        ("dead-for now", "dead\u2014for now"),
        ("dead\u00a0for\u00a0now", "dead for now"),  # non-breaking spaces
        ("dead  for   now", "dead for now"),  # runs of spaces
        ("dead for now", "dead\u202ffor now"),
    ],
)
def test_quotes_fold_dashes_and_spaces(source_phrase, claim_phrase):
    source = f"The senator said the treaty was \u201c{source_phrase}\u201d after the vote."
    assert_supported(only_claim(f'The senator said the treaty was "{claim_phrase}" after the vote. [1.1]', [source]))


def test_quote_over_a_hard_wrapped_source_line():
    source = "The senator said the treaty was \u201cdead for\n   now\u201d after the vote."
    assert len(sources_from_texts([source])[0].sentences) == 1
    assert_supported(only_claim('The senator said the treaty was "dead for now" after the vote. [1.1]', [source]))


def test_single_quoted_phrase_is_checked():
    source = "The report cited 'zero trust' between the two governments."
    assert_supported(only_claim("The report cited \u2018zero trust\u2019 between the two governments. [1.1]", [source]))
    claim = only_claim("The report cited 'no trust' between the two governments. [1.1]", [source])
    assert "quote_not_found" in codes(claim)


def test_quote_from_an_uncited_sentence_is_rejected():
    # The words exist in the sources, but not in the sentence the claim cites.
    claim = only_claim('The minister called the plan "a reckless gamble". [2.2]')
    assert claim.verdict == "rejected"
    assert "quote_not_found" in codes(claim)


# -- number_mismatch --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "summary",
    [
        "Spending on schools rose by 3.5 percent to 2.1 billion dollars. [1.2]",
        "Spending on schools rose by 3.5% to $2.1 billion. [1.2]",
        "Spending on schools rose by 3.5 per cent to $2,100 million. [1.2]",
        "The mayor said 6 new libraries will open on January 7. [1.3]",
        "The mayor said six new libraries will open on 7 January. [1.3]",
        "The vote was 55 to 45 in favour. [1.4]",
    ],
)
def test_numbers_match_after_normalising(summary):
    assert_supported(only_claim(summary))


@pytest.mark.parametrize(
    "source, summary",
    [
        ("The club has 6 members.", "The club has six members. [1.1]"),
        ("The club has six members.", "The club has 6 members. [1.1]"),
        ("The club has 21 members.", "The club has twenty-one members. [1.1]"),
        ("Turnout fell to 40 percent.", "Turnout fell to 40%. [1.1]"),
        ("Turnout fell to 40%.", "Turnout fell to 40 percent. [1.1]"),
    ],
)
def test_a_figure_written_differently_in_a_short_claim(source, summary):
    # The figure's words ("six", "percent") are the figure, not extra content words to find.
    assert_supported(only_claim(summary, [source]))


@pytest.mark.parametrize(
    "summary, wrong",
    [
        ("Spending on schools rose by 3.5% to $2.2 billion. [1.2]", "2.2"),
        ("Spending on schools rose by 3.6% to $2.1 billion. [1.2]", "3.6"),
        ("Spending on schools rose by 35% to $2.1 billion. [1.2]", "35"),
        ("The mayor said seven new libraries will open on Jan. 7. [1.3]", "seven"),
        ("The mayor said six new libraries will open on Jan. 8. [1.3]", "8"),
        ("The vote was 55 to 44 in favour. [1.4]", "44"),
    ],
)
def test_a_different_figure_is_rejected(summary, wrong):
    claim = only_claim(summary)
    assert_rejected_for(claim, "number_mismatch")
    assert mentions(reason(claim, "number_mismatch"), wrong)


def test_a_different_year_is_rejected():
    source = "The bridge opened in 1932 after six years of work."
    assert_supported(only_claim("The bridge opened in 1932 after six years of work. [1.1]", [source]))
    claim = only_claim("The bridge opened in 1933 after six years of work. [1.1]", [source])
    assert_rejected_for(claim, "number_mismatch")
    assert mentions(reason(claim, "number_mismatch"), "1933")


def test_a_figure_the_evidence_lacks_is_rejected():
    claim = only_claim("The council approved the new budget on Tuesday, 2025. [1.1]")
    assert claim.verdict == "rejected"
    assert "number_mismatch" in codes(claim)


def test_date_binding_rejects_a_date_borrowed_from_another_event():
    source = "On January 7, Lee said he made the request at Monday's summit."
    claim = only_claim("On January 7, Lee made the request. [1.1]", [source])
    assert claim.verdict == "rejected"
    r = reason(claim, "number_mismatch")
    assert "Monday" in r.message
    assert "Monday" in json.dumps(r.details)


def test_date_binding_passes_when_the_claim_keeps_both_times():
    source = "On January 7, Lee said he made the request at Monday's summit."
    assert_supported(only_claim("On January 7, Lee said he made the request at Monday's summit. [1.1]", [source]))


def test_date_binding_passes_when_the_sentence_dates_one_event():
    source = "On January 7, Lee made the request in Beijing."
    assert_supported(only_claim("On January 7, Lee made the request in Beijing. [1.1]", [source]))


# -- entity_mismatch --------------------------------------------------------------------------------

def test_named_entities_present_in_evidence_pass():
    assert_supported(only_claim("Lee met Xi Jinping in Beijing. [2.1]"))


def test_a_different_person_is_rejected():
    claim = only_claim("President Kim met Xi Jinping in Beijing. [2.1]")
    assert_rejected_for(claim, "entity_mismatch")
    assert mentions(reason(claim, "entity_mismatch"), "Kim")


def test_a_different_place_is_rejected():
    claim = only_claim("Lee met Xi Jinping in Shanghai. [2.1]")
    assert_rejected_for(claim, "entity_mismatch")
    assert mentions(reason(claim, "entity_mismatch"), "Shanghai")


ALIAS_SOURCE = (
    "President Lee Jae Myung arrived in Seoul. "
    "Lee praised the long and frank talks with the visiting delegation."
)


def test_full_name_is_an_alias_when_the_sources_use_it():
    # 1.2 says only "Lee"; the sources name him in full in 1.1.
    claim = only_claim("Lee Jae Myung praised the long and frank talks with the visiting delegation. [1.2]", [ALIAS_SOURCE])
    assert_supported(claim)


def test_full_name_alias_in_a_short_claim():
    # The same alias where the full name is a large share of the claim's words: still the same person.
    assert_supported(only_claim("Lee Jae Myung praised the talks. [2.2]"))


def test_full_name_is_not_an_alias_when_the_sources_never_use_it():
    source = "Lee praised the long and frank talks with the visiting delegation."
    claim = only_claim("Lee Jae Myung praised the long and frank talks with the visiting delegation. [1.1]", [source])
    assert_rejected_for(claim, "entity_mismatch")
    assert mentions(reason(claim, "entity_mismatch"), "Lee Jae Myung")


def test_hyphenated_given_name_matches_the_spaced_one():
    assert_supported(only_claim("President Lee Jae-myung met Xi Jinping in Beijing. [2.1]"))


def test_spaced_given_name_matches_the_hyphenated_one():
    source = "President Lee Jae-myung met Xi Jinping in Beijing."
    assert_supported(only_claim("President Lee Jae Myung met Xi Jinping in Beijing. [1.1]", [source]))


def test_organisation_not_in_evidence_is_rejected():
    source = "The merger was approved by the agency on Friday after a long review."
    claim = only_claim("The merger was approved by Reuters on Friday after a long review. [1.1]", [source])
    assert_rejected_for(claim, "entity_mismatch")
    assert mentions(reason(claim, "entity_mismatch"), "Reuters")


def test_organisation_opening_the_claim_is_still_a_name():
    # "Reuters" opens the claim, but it is no ordinary word; the evidence names no Reuters.
    source = "The agency approved the merger on Friday after a long review."
    claim = only_claim("Reuters approved the merger on Friday after a long review. [1.1]", [source])
    assert claim.verdict == "rejected"
    assert "entity_mismatch" in codes(claim)


# -- negation_mismatch ------------------------------------------------------------------------------

def test_matching_negation_passes():
    assert_supported(only_claim("The mayor did not attend the ceremony. [1.5]"))


def test_dropped_negation_is_rejected():
    claim = only_claim("The mayor attended the ceremony. [1.5]")
    assert_rejected_for(claim, "negation_mismatch")
    assert mentions(reason(claim, "negation_mismatch"), "not")


def test_added_negation_is_rejected():
    source = "The mayor attended the ceremony."
    claim = only_claim("The mayor never attended the ceremony. [1.1]", [source])
    assert_rejected_for(claim, "negation_mismatch")
    assert mentions(reason(claim, "negation_mismatch"), "never")


@pytest.mark.parametrize(
    "source, claim_text",
    [
        ("Officials refused to comment on the deal.", "Officials commented on the deal."),
        ("The company denied breaching the contract.", "The company breached the contract."),
        ("The union has no plans to strike this winter.", "The union plans to strike this winter."),
    ],
)
def test_negation_cues_in_evidence(source, claim_text):
    claim = only_claim(f"{claim_text} [1.1]", [source])
    assert claim.verdict == "rejected"
    assert "negation_mismatch" in codes(claim)


def test_negated_claim_with_a_different_cue_passes():
    source = "The mayor did not attend the ceremony."
    assert_supported(only_claim("The mayor never attended the ceremony. [1.1]", [source]))


# -- hedge_dropped ----------------------------------------------------------------------------------

def test_kept_hedge_passes():
    assert_supported(only_claim("The factory may close next year. [2.4]"))
    assert_supported(only_claim("The factory could close next year. [2.4]"))


def test_dropped_hedge_is_rejected():
    claim = only_claim("The factory will close next year. [2.4]")
    assert_rejected_for(claim, "hedge_dropped")
    assert mentions(reason(claim, "hedge_dropped"), "may")


@pytest.mark.parametrize(
    "source, claim_text, cue",
    [
        ("Xi reportedly acknowledged the ongoing efforts.", "Xi acknowledged the ongoing efforts.", "reportedly"),
        ("The bill is expected to pass the senate.", "The bill will pass the senate.", "expected"),
        ("The general allegedly ordered the strike.", "The general ordered the strike.", "allegedly"),
        ("The merger could collapse within weeks.", "The merger will collapse within weeks.", "could"),
    ],
)
def test_each_hedge_cue(source, claim_text, cue):
    assert_supported(only_claim(f"{source} [1.1]", [source]))
    claim = only_claim(f"{claim_text} [1.1]", [source])
    assert_rejected_for(claim, "hedge_dropped")
    assert mentions(reason(claim, "hedge_dropped"), cue)


# -- unsupported_detail (was low_support before verifier 2.0) -------------------------------------

def test_stemmed_content_words_count_as_support():
    assert_supported(only_claim("The council approves new budgets. [1.1]"))


def test_too_few_content_words_is_rejected_and_missing_words_listed():
    claim = only_claim("The council approved the new budget for school library taxes. [1.1]")
    assert_rejected_for(claim, "unsupported_detail")
    r = reason(claim, "unsupported_detail")
    # 4 of 7 content words are in 1.1 (council, approved, new, budget).
    assert set(r.details["missing"]) == {"school", "library", "taxes"}
    assert r.details["coverage"] == round(4 / 7, 4)
    for word in ("school", "library", "taxes"):
        assert word in r.message


def test_an_added_clause_is_rejected_even_above_the_threshold():
    # 4 of 7 words are in 1.1, but the whole clause "raised taxes sharply" has no counterpart.
    claim = only_claim("The council approved the new budget and raised taxes sharply. [1.1]", min_support=0.5)
    assert_rejected_for(claim, "unsupported_detail")
    assert reason(claim, "unsupported_detail").details["clauses"] == ["raised taxes sharply"]


def test_min_support_is_configurable():
    # 4 of 7 content words (council, approved, new, budget) are in 1.1, in one clause; the three others
    # stand apart (not a noun phrase such as "school library taxes", which no threshold lets through).
    summary = "The council approved the new budget for schools in town with joy. [1.1]"
    assert_supported(only_claim(summary, min_support=0.5))
    assert only_claim(summary, min_support=0.6).verdict == "rejected"
    # 5 of 6 (council, approved, new, budget, Tuesday's anchor words; not "evening") passes by default, not at 1.0.
    summary = "The council approved the new budget on Tuesday evening. [1.1]"
    assert_supported(only_claim(summary))
    assert_rejected_for(only_claim(summary, min_support=1.0), "unsupported_detail")


# -- evidence is the union of the cited sentences ---------------------------------------------------

UNION = "The council approved the budget on Tuesday. The budget includes 40 new teachers."


@pytest.mark.parametrize("marker", ["[1.1][1.2]", "[1.1, 1.2]", "[1.1-2]", "[1.1-1.2]", "[1.2; 1.1]"])
def test_claim_needing_two_sentences_passes_when_it_cites_both(marker):
    claim = only_claim(f"The council approved the budget, which includes 40 new teachers. {marker}", [UNION])
    assert_supported(claim)
    assert sorted(claim.evidence) == ["1.1", "1.2"]


def test_claim_needing_two_sentences_fails_when_it_cites_one():
    claim = only_claim("The council approved the budget, which includes 40 new teachers. [1.1]", [UNION])
    assert claim.verdict == "rejected"
    assert "number_mismatch" in codes(claim)
    assert claim.evidence == ["1.1"]


def test_document_marker_uses_the_best_sentences_of_that_source():
    claim = only_claim("The budget includes 40 new teachers. [1]", [UNION])
    assert_supported(claim)
    assert "1.2" in claim.evidence


def test_document_marker_still_checks_figures():
    claim = only_claim("The budget includes 50 new teachers. [1]", [UNION])
    assert_rejected_for(claim, "number_mismatch")


def test_document_marker_looks_only_in_that_source():
    claim = only_claim("Lee praised the talks. [1]")
    assert claim.verdict == "rejected"
    assert all(e.startswith("1.") for e in claim.evidence)


# -- the JSON contract ------------------------------------------------------------------------------

CONTRACT_SUMMARY = (
    "# Budget\n\n"
    "The council approved the new budget on Tuesday. [1.1] Spending on schools rose by 9% to $2.1 billion. [1.2]\n"
    "Lee praised the talks.\n"
)


def test_report_json_keys():
    doc = json.loads(run(CONTRACT_SUMMARY).to_json())
    assert {"claims", "stats"} <= set(doc)
    assert set(doc["stats"]) == {"claims", "supported", "rejected"}
    assert doc["stats"] == {"claims": 3, "supported": 1, "rejected": 2}
    for c in doc["claims"]:
        assert set(c) == {"index", "text", "start", "end", "citations", "verdict", "reasons", "evidence", "alignment"}
        assert c["verdict"] in ("supported", "rejected")
        for r in c["reasons"]:
            assert set(r) == {"code", "message", "details"}
            assert isinstance(r["details"], dict)
    first, second, third = doc["claims"]
    assert [c["index"] for c in doc["claims"]] == [0, 1, 2]
    assert first["citations"] == ["1.1"] and first["evidence"] == ["1.1"] and first["reasons"] == []
    assert second["citations"] == ["1.2"]
    assert [r["code"] for r in second["reasons"]] == ["number_mismatch"]
    assert third["citations"] == [] and [r["code"] for r in third["reasons"]] == ["uncited"]


def test_start_and_end_are_offsets_into_the_summary():
    report = run(CONTRACT_SUMMARY)
    expected = [
        "The council approved the new budget on Tuesday. [1.1]",
        "Spending on schools rose by 9% to $2.1 billion. [1.2]",
        "Lee praised the talks.",
    ]
    for claim, text in zip(report.claims, expected, strict=True):
        assert claim.start == CONTRACT_SUMMARY.index(text)
        assert claim.end == claim.start + len(text)
        assert CONTRACT_SUMMARY[claim.start:claim.end] == text
        assert claim.text in text


def test_offsets_count_characters_not_bytes():
    summary = "\u201cNa\u00efve\u201d r\u00e9sum\u00e9s \U0001f600 aside. The council approved the new budget on Tuesday. [1.1]"
    claim = run(summary).claims[-1]
    assert summary[claim.start:claim.end] == "The council approved the new budget on Tuesday. [1.1]"


def test_every_rejection_explains_itself():
    report = run(
        "Spending on schools rose by 9% to $2.1 billion. [1.2] The mayor attended. [1.5] "
        'The minister called it "a gamble". [2.3] The factory will close. [2.4] Lee met Kim. [9.9]'
    )
    assert report.stats.rejected == report.stats.claims == 5
    for claim in report.claims:
        assert claim.reasons
        for r in claim.reasons:
            assert len(r.message) > 20 and r.details


# -- acceptance on the seeds ------------------------------------------------------------------------

@lru_cache(maxsize=None)
def seed_sources():
    return tuple(load_sources([str(SEED_000), str(SEED_001)]))


@lru_cache(maxsize=None)
def seed_verifier(attribute: bool = False) -> Verifier:
    return Verifier(list(seed_sources()), VerifierConfig(attribute=attribute))


def seed_sentence(sid: str) -> str:
    src, n = (int(x) for x in sid.split("."))
    return seed_sources()[src - 1].sentences[n - 1].text


def test_seed_sentences_are_the_ones_the_tests_rely_on():
    assert seed_sentence("1.6") == (
        "According to Yonhap News, during a luncheon in Shanghai on January 7, 2026, President Lee revealed "
        "he made the request during Monday's summit in Beijing."
    )
    assert seed_sentence("1.7") == (
        'Lee described inter-Korean relations as having "zero trust" with all communication channels currently blocked.'
    )
    assert seed_sentence("1.13").startswith("In response, Xi Jinping reportedly acknowledged")
    assert seed_sentence("2.9").startswith("Speaking in Shanghai, Lee noted")
    assert seed_sentence("2.21") == "President Lee Jae-myung's approval rating hit 60 percent following his state visit to China."


def test_seed_004_against_two_sources():
    summary = SEED_004.read_text(encoding="utf-8")
    report = verify(summary, list(seed_sources()), attribute=True)
    assert report.stats.claims == len(report.claims) > 0
    assert report.stats.supported + report.stats.rejected == report.stats.claims
    cites_missing = 0
    for claim in report.claims:
        missing = [c for c in claim.citations if c.split(".")[0] in ("3", "4")]
        if missing:
            cites_missing += 1
            assert claim.verdict == "rejected", claim.text
            r = reason(claim, "citation_not_found")
            for c in missing:
                assert c in json.dumps(r.details), (c, r.details)
            assert "suggestion" in r.details
        else:
            assert "citation_not_found" not in codes(claim), claim.text
    assert cites_missing == 8  # the claims citing [3] or [4], counted by hand in the seed

    timeline = [c for c in report.claims if c.text.startswith("Jan 7, 2026 \u2013 President Lee Jae Myung meets")]
    assert len(timeline) == 1
    (meets,) = timeline
    assert meets.verdict == "rejected"
    # Not only for the missing sources: "June 2025" is in neither source, and January 7 was the
    # Shanghai luncheon, not the Beijing summit.
    assert "number_mismatch" in codes(meets)


def test_seed_004_timeline_claim_rejected_even_with_only_existing_citations():
    summary = (
        "Jan 7, 2026 \u2013 President Lee Jae Myung meets President Xi Jinping in Beijing during his state visit, "
        "the first high\u2011level summit between the two leaders since Lee took office in June 2025. [1]"
    )
    claim = seed_verifier(True).check(summary).claims[0]
    assert claim.verdict == "rejected"
    assert "number_mismatch" in codes(claim)


def test_seed_date_borrowed_from_the_luncheon_is_rejected():
    # 1.6: the luncheon in Shanghai was on January 7; the summit in Beijing was on Monday.
    claim = seed_verifier().check("On Jan 7, 2026, Lee met Xi in Beijing. [1.6]").claims[0]
    assert claim.verdict == "rejected"
    assert "number_mismatch" in codes(claim)


@pytest.mark.parametrize(
    "summary",
    [
        'Lee described inter-Korean relations as having "zero trust". [1.7]',
        "In response, Xi Jinping reportedly acknowledged the ongoing efforts. [1.13]",
        "President Lee Jae-myung's approval rating hit 60 percent following his state visit to China. [2.21]",
        "Lee Jae Myung's approval rating hit 60% after his state visit to China. [2.21]",
        "Lee proposed a nuclear freeze in exchange for compensation. [2.6]",
        "The visit was the first by a South Korean leader to China in 6 years. [2.8]",
        "Lee said he made the request during Monday's summit in Beijing. [1.6]",
        "South Korean President Lee Jae Myung asked Chinese President Xi Jinping to mediate. [2.5]",
    ],
)
def test_seed_faithful_claims_are_supported(summary):
    assert_supported(seed_verifier().check(summary).claims[0])


@pytest.mark.parametrize(
    "summary, code",
    [
        ("President Lee Jae-myung's approval rating hit 65 percent following his state visit to China. [2.21]", "number_mismatch"),
        ("The visit was the first by a South Korean leader to China in seven years. [2.8]", "number_mismatch"),
        ("Xi Jinping acknowledged the ongoing efforts. [1.13]", "hedge_dropped"),
        ('Lee described inter-Korean relations as having "no trust". [1.7]', "quote_not_found"),
        ("Lee met Kim Jong Un in Beijing during Monday's summit. [1.6]", "entity_mismatch"),
        ("Lee made the request during Monday's summit in Beijing. [1.7]", "unsupported_detail"),
        ("President Lee Jae-myung's approval rating hit 60 percent following his state visit to China. [2.22]", "number_mismatch"),
    ],
)
def test_seed_unfaithful_claims_are_rejected(summary, code):
    claim = seed_verifier().check(summary).claims[0]
    assert claim.verdict == "rejected"
    assert code in codes(claim), [(r.code, r.message) for r in claim.reasons]


# -- properties -------------------------------------------------------------------------------------

_TERMINAL = (".", "!", "?", '."', ".\u201d")


def _claimable(text: str) -> bool:
    # Headings (no final punctuation) are not claims, so copying one yields nothing to check.
    return text.rstrip().endswith(_TERMINAL)


HAND_SOURCES = tuple(sources_from_texts(SOURCES))


def _verifier_for(origin: str) -> Verifier:
    return seed_verifier() if origin == "seed" else Verifier(list(HAND_SOURCES))


def _pool_with_origin():
    hand = [(s.id, s.text, "hand") for src in HAND_SOURCES for s in src.sentences if _claimable(s.text)]
    seed = [(s.id, s.text, "seed") for src in seed_sources() for s in src.sentences if _claimable(s.text)]
    return hand + seed


POOL = _pool_with_origin()


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.sampled_from(POOL))
def test_verbatim_copy_of_the_cited_sentence_is_supported(item):
    sid, text, origin = item
    claim = _verifier_for(origin).check(f"{text} [{sid}]").claims
    assert len(claim) == 1
    assert_supported(claim[0])


@pytest.mark.parametrize("sid, text, origin", POOL, ids=[f"{o}-{i}" for i, _, o in POOL])
def test_every_source_sentence_copied_verbatim_is_supported(sid, text, origin):
    # The same property as above, over every sentence, so no sentence escapes by chance of sampling.
    claims = _verifier_for(origin).check(f"{text} [{sid}]").claims
    assert len(claims) == 1
    assert_supported(claims[0])


_WORDS = ["council", "budget", "school", "teachers", "bridge", "river", "harbour", "approved", "opened",
          "funded", "closed", "the", "a", "new", "old", "of", "in", "for"]
_NAMES = ["Oslo", "Acme", "Maria Lopez", "Kofi Annan", "Lima"]
_FIGURES = ["3.5%", "$2.1 billion", "six", "1932", "Jan. 7", "40", "12,500", "55\u201345", "7 percent"]


@st.composite
def generated_sentence(draw):
    parts = [draw(st.sampled_from(_NAMES))]
    for _ in range(draw(st.integers(3, 9))):
        kind = draw(st.integers(0, 9))
        if kind < 6:
            parts.append(draw(st.sampled_from(_WORDS)))
        elif kind < 8:
            parts.append(draw(st.sampled_from(_FIGURES)))
        elif kind == 8:
            parts.append(draw(st.sampled_from(["not", "never", "may", "reportedly", "refused to"])))
        else:
            parts.append(draw(st.sampled_from(_NAMES)))
    return " ".join(parts) + "."


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(generated_sentence(), min_size=1, max_size=5), st.data())
def test_verbatim_copy_of_a_generated_sentence_is_supported(sentences, data):
    source = sources_from_texts([" ".join(sentences)])[0]
    candidates = [s for s in source.sentences if _claimable(s.text)]
    assume(candidates)
    s = data.draw(st.sampled_from(candidates))
    claims = verify(f"{s.text} [{s.id}]", [source]).claims
    assert len(claims) == 1
    assert_supported(claims[0])


# Supported claims with figures whose single-digit changes cannot land on another figure of the
# same evidence (so every changed digit must be caught).
DIGIT_CLAIMS = [
    ("Spending on schools rose by 3.5% to $2.1 billion. [1.2]", "hand"),
    ("The mayor said 6 new libraries will open on Jan. 7. [1.3]", "hand"),
    ("The council hired 12,500 staff in 1932. [1.1]", "hired"),
    ("President Lee Jae-myung's approval rating hit 60 percent following his state visit to China. [2.21]", "seed"),
    ("On January 7, 2026, wrapping up a four-day state visit, Lee proposed a nuclear freeze in exchange for "
     "compensation to break the current deadlock. [2.6]", "seed"),
    ("The visit marks the first by a South Korean leader to China in six years, aiming to restore ties "
     "damaged since the 2017 deployment of the U.S. THAAD missile defense system. [2.8]", "seed"),
]
HIRED = ["The council hired 12,500 staff in 1932."]


def _check_with(origin: str, summary: str):
    if origin == "hired":
        return verify(summary, HIRED).claims[0]
    return _verifier_for(origin).check(summary).claims[0]


@pytest.mark.parametrize("summary, origin", DIGIT_CLAIMS)
def test_digit_claims_start_supported(summary, origin):
    assert_supported(_check_with(origin, summary))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.sampled_from(DIGIT_CLAIMS), st.data())
def test_changing_any_digit_of_a_supported_claim_rejects_it(item, data):
    summary, origin = item
    body_end = summary.rindex("[")  # leave the citation marker alone
    positions = [i for i, ch in enumerate(summary[:body_end]) if ch.isdigit()]
    assume(positions)
    pos = data.draw(st.sampled_from(positions))
    new_digit = data.draw(st.sampled_from([d for d in "0123456789" if d != summary[pos]]))
    changed = summary[:pos] + new_digit + summary[pos + 1:]
    claim = _check_with(origin, changed)
    assert claim.verdict == "rejected", changed
    assert "number_mismatch" in codes(claim)


_SUMMARY_PIECES = st.sampled_from(
    [text for _, text, _ in POOL[:20]]
    + ["[1.1]", "[1.2, 2.3]", "[2]", "[3.4]", "[1.1-3]", "\n", "\n\n", "# Heading\n", '"a quote"', "60 percent", " "]
)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.lists(_SUMMARY_PIECES, min_size=1, max_size=12).map(" ".join), st.booleans())
def test_report_is_identical_across_runs_and_verifiers(summary, attribute):
    first = verify(summary, SOURCES, attribute=attribute).to_json()
    second = verify(summary, SOURCES, attribute=attribute).to_json()
    assert first == second
    config = VerifierConfig(attribute=attribute)
    a = Verifier(sources_from_texts(SOURCES), config)
    b = Verifier(sources_from_texts(SOURCES), config)
    a.check("Lee praised the talks. [2.2]")  # warm a's caches with something else first
    assert a.check(summary).to_json() == b.check(summary).to_json() == first


_NASTY = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("[]().,;:-\u2013\u2014\"'\u201c\u201d\u2018\u2019\u00a0#*_ \n\t0123456789$%\u2026")),
        # Lone surrogates are not text (no file or stdin decodes to them), so they are left out.
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=200,
)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(_NASTY, st.lists(_NASTY.filter(str.strip), min_size=1, max_size=3), st.booleans())
def test_random_text_never_crashes(summary, sources, attribute):
    report = verify(summary, sources, attribute=attribute)
    assert report.stats.claims == len(report.claims)
    assert report.stats.supported + report.stats.rejected == report.stats.claims
    for c in report.claims:
        assert 0 <= c.start <= c.end <= len(summary)
        assert (c.verdict == "supported") == (not c.reasons)
    json.loads(report.to_json())


def test_claim_reports_built_without_validation_equal_validated_ones():
    # The verifier builds claim reports and alignment entries without validating them: read back through
    # validation (VerificationReport.from_json) they must be the same objects, field for field.
    from summarizer.verify import VerificationReport

    report = verify(SEED_004.read_text(encoding="utf-8"), list(seed_sources()), attribute=True)
    checked = VerificationReport.from_json(report.to_json())
    assert checked == report
    assert checked.to_json() == report.to_json()
    words = 0
    for mine, valid in zip(report.claims, checked.claims, strict=True):
        assert mine == valid
        for a, b in zip(mine.alignment, valid.alignment, strict=True):
            assert (type(a), a.to_json()) == (type(b), b.to_json())
            words += 1
    assert words > 20


def test_report_is_identical_across_processes():
    # Hash randomisation must not leak into the report (set order, dict order of sets).
    script = (
        "import sys; from summarizer import load_sources, verify; "
        "s = load_sources([sys.argv[1], sys.argv[2]]); "
        "sys.stdout.write(verify(open(sys.argv[3], encoding='utf-8').read(), s, attribute=True).to_json())"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script, str(SEED_000), str(SEED_001), str(SEED_004)],
            capture_output=True, text=True, env=env, cwd=ROOT, check=True,
        ).stdout
        outputs.append(out)
    assert outputs[0] == outputs[1]
    assert outputs[0] == verify(SEED_004.read_text(encoding="utf-8"), list(seed_sources()), attribute=True).to_json()


# -- a claim must assert something (hardening issue, item 1) -----------------------------------------


@pytest.mark.parametrize("summary", [
    "It was the [1.1].",  # stop words only
    "They did it [1.3].",
    "The the the [1.1].",
    "Budget [1.1].",  # one bare word, though 1.1 has it
    "HACKED [1.2].",  # what an injected instruction makes a model print
    "Lee [2.2].",  # a bare name
    "3.5% [1.2].",  # a bare figure
])
def test_a_claim_with_no_content_is_never_supported(summary):
    claim = only_claim(summary)
    assert claim.verdict == "rejected"
    assert "no_content" in codes(claim)


def test_a_short_claim_that_states_something_still_passes():
    # "Lee praised the talks." has three content words, all in 2.2.
    assert only_claim("Lee praised the talks [2.2].").verdict == "supported"


@pytest.mark.parametrize("summary, sources, kwargs", [
    ("Lee met Xi [1.1].", "Lee met Xi.", {}),  # a string, not a list: once read as one source per character
    ("Lee met Xi [1.1].", [1, 2], {}),
    (None, ["Lee met Xi."], {}),
    ("Lee met Xi [1.1].", ["Lee met Xi."], {"min_support": 1.5}),
])
def test_wrong_arguments_to_verify_are_one_clear_input_error(summary, sources, kwargs):
    from summarizer.errors import InputError

    with pytest.raises(InputError) as excinfo:
        verify(summary, sources, **kwargs)
    assert "\n" not in str(excinfo.value)


# -- the words at fault, typed (Reason.claim_words / Reason.evidence_words) --------------------------

_FAULT_SOURCE = ("The council approved the plan on Tuesday, officials said. Revenue may rise 9% to $2.1 billion. "
                 "Lee praised the talks. The amber warning was lifted, but the yellow warning remains.")


@pytest.mark.parametrize("claim, code, claim_words, evidence_words", [
    # Each decided by reading: the word the claim gets wrong, and the source's word it should have kept.
    ("The council approved the plan on Wednesday [1.1].", "number_mismatch", ["Wednesday"], []),
    ("The council rejected the plan on Tuesday [1.1].", "antonym", ["rejected"], ["approved"]),
    ("Revenue will rise 9% to $2.1 billion [1.2].", "hedge_dropped", [], ["may"]),
    ("Kim praised the talks [1.3].", "entity_mismatch", ["Kim"], []),
    ("The warning was lifted [1.4].", "quantifier_mismatch", ["warning"], ["amber warning", "yellow warning"]),
    ("Lee said \"the talks were frank\" [1.3].", "quote_not_found", ["the talks were frank"], []),
])
def test_a_reason_names_the_words_at_fault_without_its_detail_keys(claim, code, claim_words, evidence_words):
    report = verify(claim, [_FAULT_SOURCE]).claims[0]
    reason = next(r for r in report.reasons if r.code == code)
    assert reason.claim_words == claim_words and reason.evidence_words == evidence_words
    # Not part of the JSON contract: the report's JSON is what it was.
    assert set(json.loads(reason.to_json())) == {"code", "message", "details"}
