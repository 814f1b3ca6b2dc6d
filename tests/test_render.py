"""Text renderings for people (summarizer/render.py): the verify report, summaries, digests, their last lines."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from summarizer.render import (
    non_claim_counts,
    render_summary,
    report_text,
    sources_json,
    summary_digest,
    verification_line,
)
from summarizer.sources import sources_from_texts
from summarizer.verify import Verifier

SOURCE = "The council approved the budget on Tuesday. Spending on schools rose by 3.5%."
SUMMARY = "# Budget\nThe council approved the budget on Tuesday. [1.1]\nSpending on schools rose by 9%. [1.2]\n"


@pytest.fixture(scope="module")
def checked():
    sources = sources_from_texts([SOURCE])
    return Verifier(sources).check(SUMMARY), sources


def test_report_text_lists_each_claim_its_verdict_reasons_and_evidence(checked):
    report, sources = checked
    (reason,) = report.claims[1].reasons  # the verifier's wording is its own; the layout is render's
    assert reason.code == "number_mismatch"
    assert report_text(report, sources) == "\n".join([
        "VERIFIED #1 The council approved the budget on Tuesday.  [1.1]",
        "    [1.1] The council approved the budget on Tuesday.",
        "",
        "REJECTED #2 Spending on schools rose by 9%.  [1.2]",
        f"    - number_mismatch: {reason.message}",
        "    [1.2] Spending on schools rose by 3.5%.",
        "",
        "2 claims: 1 verified, 1 rejected.",
        "Not claims, so not checked: 1 heading.",
        "",
    ])


def test_report_text_styles_by_role_only(checked):
    report, sources = checked
    styled = report_text(report, sources, style=lambda text, role: f"<{role}>{text}</{role}>")
    lines = styled.splitlines()
    assert lines[0] == "<ok>VERIFIED</ok> #1 The council approved the budget on Tuesday.  <dim>[1.1]</dim>"
    assert lines[3].startswith("<bad>REJECTED</bad> #2 ")
    assert lines[4].startswith("    - <code>number_mismatch</code>: ")
    # Without the markup it is the plain report.
    plain = report_text(report, sources)
    for role in ("ok", "bad", "dim", "code"):
        styled = styled.replace(f"<{role}>", "").replace(f"</{role}>", "")
    assert styled == plain


def test_non_claim_counts_name_each_kind_once_and_zeros_on_request(checked):
    report, _ = checked
    assert non_claim_counts(report) == "1 heading"
    assert non_claim_counts(report, all_kinds=True) == "1 heading, 0 markers, 0 references"


def test_sources_json_can_leave_boilerplate_out_keeping_ids():
    text = "Lee met Xi. This content is AI-generated based on source articles."
    sources = sources_from_texts([text], flag_boilerplate=True)
    every = json.loads(sources_json(sources))["sources"][0]["sentences"]
    assert [(s["id"], s["boilerplate"]) for s in every] == [("1.1", False), ("1.2", True)]
    kept = json.loads(sources_json(sources, include_boilerplate=False))["sources"][0]["sentences"]
    assert [s["id"] for s in kept] == ["1.1"]


def _stats(**overrides):
    stats = {"claims": 14, "verified": 12, "rejected": 2, "repaired": 0, "chunk_rejected": 0}
    return SimpleNamespace(**{**stats, **overrides})


@pytest.mark.parametrize(("overrides", "expected"), [
    ({}, "12 of 14 claims verified, 2 rejected — `summarizer review RUN`"),
    ({"repaired": 3}, "12 of 14 claims verified (3 after repair), 2 rejected — `summarizer review RUN`"),
    ({"chunk_rejected": 4}, "12 of 14 claims verified, 2 rejected — `summarizer review RUN` "
                            "(4 more rejected while drafting parts of long sources)"),
])
def test_the_verification_line_every_summary_ends_with(overrides, expected):
    assert verification_line(SimpleNamespace(stats=_stats(**overrides)), "RUN") == expected


def _claim(line, role, section=None):
    return SimpleNamespace(line=line, role=role, section=section)


def _result(claims, sections, shape="digest"):
    return SimpleNamespace(
        shape=shape, final_claims=lambda: claims, sections=sections, stats=_stats(claims=len(claims), verified=len(claims), rejected=0),
        sources=[SimpleNamespace(number=1, path="a.txt", sentences=3, sha256="0123456789abcdef")],
        model="m", prompts={"draft": 2, "repair": 1},
    )


def test_a_digest_section_whose_title_failed_its_check_is_shown_as_section_n():
    claims = [
        _claim("Lee met Xi [1.1].", "headline"),
        _claim("Trade grew [1.2].", "point", "Trade"),
        _claim("Talks stalled [1.3].", "point", "Made-up title"),
        _claim("Jan 7 – Lee left [1.4].", "event"),
    ]
    sections = [SimpleNamespace(title="Trade", verified=True), SimpleNamespace(title="Made-up title", verified=False)]
    text = summary_digest(_result(claims, sections), "RUN")
    assert text == "\n".join([
        "**Lee met Xi** [1.1].",
        "",
        "## Trade",
        "Trade grew [1.2].",
        "",
        "## Section 2",
        "Talks stalled [1.3].",
        "",
        "## Timeline",
        "- Jan 7 – Lee left [1.4].",
        "",
        "## Sources",
        "",
        "1. a.txt (3 sentences, sha256 0123456789ab)",
        "",
        "4 of 4 claims verified, 0 rejected — `summarizer review RUN`",
        "Drafted by m · prompts draft@2, repair@1 · run RUN",
        "",
    ])


def test_a_summary_with_no_verified_claim_says_so():
    text = render_summary(_result([], [], shape="summary"), "RUN", "markdown")
    assert text.startswith("# Summary\n\n(no claim could be verified)\n\n## Sources\n")
