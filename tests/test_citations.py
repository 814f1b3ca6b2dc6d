"""Tests for summarizer.citations: the inline citation grammar, claims and non-claims."""

from __future__ import annotations

import pytest
from helpers import SEED_004
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import verify
from summarizer.citations import (
    MARKER_RE,
    MAX_RANGE,
    Citation,
    claim_line,
    format_marker,
    marker_ids,
    normal_citations,
    parse_markers,
    parse_summary,
    sentence_ids,
    strip_markers,
)
from summarizer.errors import InputError


def C(cid: str) -> Citation:
    """Citation from an id: ``"1.3"`` or ``"2"``."""
    source, _, sentence = cid.partition(".")
    return Citation(int(source), int(sentence) if sentence else None)


def cites(*cids: str) -> tuple[Citation, ...]:
    return tuple(C(c) for c in cids)


def only_claim(summary: str):
    parsed = parse_summary(summary)
    assert parsed.non_claims == ()
    assert len(parsed.claims) == 1
    return parsed.claims[0]


# --- the marker grammar ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Lee met Xi [1.3].", cites("1.3")),
        ("Lee met Xi [1.3, 2.5].", cites("1.3", "2.5")),
        ("Lee met Xi [1.3; 2.5].", cites("1.3", "2.5")),
        ("Lee met Xi [1.3][2.5].", cites("1.3", "2.5")),
        ("Lee met Xi [1.3] [2.5].", cites("1.3", "2.5")),
        ("Lee met Xi [1.3-5].", cites("1.3", "1.4", "1.5")),
        ("Lee met Xi [1.3\u20135].", cites("1.3", "1.4", "1.5")),
        ("Lee met Xi [1.3-1.5].", cites("1.3", "1.4", "1.5")),
        ("Lee met Xi [1.3 - 1.5].", cites("1.3", "1.4", "1.5")),
        ("Lee met Xi [1.4-4].", cites("1.4")),
        ("Lee met Xi [2].", cites("2")),
        ("Lee met Xi [2][1.1].", cites("2", "1.1")),
        ("Lee met Xi [12.34].", cites("12.34")),
    ],
)
def test_marker_forms(summary, expected):
    claim = only_claim(summary)
    assert claim.citations == expected
    assert claim.malformed == ()
    assert claim.text == "Lee met Xi."


def test_whole_source_citation_has_no_sentence():
    (citation,) = only_claim("Lee met Xi [2].").citations
    assert citation.source == 2
    assert citation.sentence is None
    assert citation.id == "2"
    assert Citation(1, 3).id == "1.3"


def test_duplicate_references_are_listed_once_in_order():
    citations, malformed = parse_markers("[1.4][1.3, 1.4] and [1.3-5]")
    assert citations == [C("1.4"), C("1.3"), C("1.5")]
    assert malformed == []


def test_format_marker():
    assert format_marker(["1.3", "2.5"]) == "[1.3][2.5]"
    assert format_marker([]) == ""


@pytest.mark.parametrize(
    "summary",
    ["Lee met Xi [1.3].", "Lee met Xi. [1.3]", "Lee met Xi.[1.3]", "Lee met Xi.  [1.3]  "],
    ids=["before", "after", "after-no-space", "after-extra-space"],
)
def test_marker_before_or_after_final_punctuation(summary):
    claim = only_claim(summary)
    assert claim.text == "Lee met Xi."
    assert claim.citations == cites("1.3")


def test_two_claims_on_one_line_each_keep_their_markers():
    for summary in ("Lee met Xi [1.3]. Xi urged patience [2.1].", "Lee met Xi. [1.3] Xi urged patience. [2.1]"):
        first, second = parse_summary(summary).claims
        assert (first.text, first.citations) == ("Lee met Xi.", cites("1.3"))
        assert (second.text, second.citations) == ("Xi urged patience.", cites("2.1"))


# --- malformed references ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marker", "bad"),
    [
        ("[1.5-3]", "1.5-3"),
        ("[1.5-1.3]", "1.5-1.3"),
        ("[1.3-2.5]", "1.3-2.5"),
        ("[1.1-1000]", "1.1-1000"),
        ("[1.1-1.1000]", "1.1-1.1000"),
    ],
    ids=["backwards", "backwards-full", "cross-source", "too-wide", "too-wide-full"],
)
def test_malformed_range_is_reported_not_raised(marker, bad):
    claim = only_claim(f"Lee met Xi {marker}.")
    assert claim.citations == ()
    assert [m.text for m in claim.malformed] == [bad]
    assert claim.malformed[0].problem
    assert claim.text == "Lee met Xi."


def test_malformed_range_does_not_hide_good_references_beside_it():
    claim = only_claim("Lee met Xi [1.2, 1.9-1.4][2.1].")
    assert claim.citations == cites("1.2", "2.1")
    assert [m.text for m in claim.malformed] == ["1.9-1.4"]


def test_range_of_exactly_max_range_sentences_expands():
    claim = only_claim(f"Lee met Xi [1.1-{MAX_RANGE}].")
    assert claim.citations == tuple(Citation(1, n) for n in range(1, MAX_RANGE + 1))
    assert claim.malformed == ()


def test_range_one_wider_than_max_range_is_malformed():
    claim = only_claim(f"Lee met Xi [1.1-{MAX_RANGE + 1}].")
    assert claim.citations == ()
    assert len(claim.malformed) == 1


# --- claim text and offsets --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("summary", "text"),
    [
        ("Lee met Xi [1.3].", "Lee met Xi."),
        ("Xi agreed [1.2], and Lee left [1.4].", "Xi agreed, and Lee left."),
        ("Xi agreed [1.2]; Lee left [1.4]!", "Xi agreed; Lee left!"),
        ("Did Xi agree [1.2]?", "Did Xi agree?"),
        ("Lee [1.1] met Xi [1.2] in Beijing [1.3].", "Lee met Xi in Beijing."),
        ("Lee met Xi \u201cat once\u201d [1.3].", "Lee met Xi \u201cat once\u201d."),
    ],
)
def test_claim_text_has_markers_removed_and_no_space_before_punctuation(summary, text):
    assert only_claim(summary).text == text


def test_claim_offsets_point_into_the_summary():
    summary = "# Overview\n\nLee met Xi [1.1]. Xi urged patience [1.2].\n\nTalks resume. [2]\n"
    parsed = parse_summary(summary)
    spans = [(c.start, c.end) for c in parsed.claims]
    pieces = ["Lee met Xi [1.1].", "Xi urged patience [1.2].", "Talks resume. [2]"]
    assert spans == [(summary.index(p), summary.index(p) + len(p)) for p in pieces]
    assert [c.citations for c in parsed.claims] == [cites("1.1"), cites("1.2"), cites("2")]
    assert [c.text for c in parsed.claims] == ["Lee met Xi.", "Xi urged patience.", "Talks resume."]


# --- non-claims --------------------------------------------------------------------------------


def kinds(parsed) -> list[tuple[str, str]]:
    """Every claim and non-claim, in summary order, as (kind, span text)."""
    items = [(c.start, "claim", c) for c in parsed.claims] + [(n.start, n.kind, n) for n in parsed.non_claims]
    return [(kind, item.text) for _, kind, item in sorted(items, key=lambda t: t[0])]


def test_markdown_heading_is_a_non_claim_without_its_hashes():
    summary = "## Background\nLee met Xi [1.1].\n"
    parsed = parse_summary(summary)
    (heading,) = parsed.non_claims
    assert heading.kind == "heading"
    assert summary[heading.start : heading.end] == "Background"
    assert [c.text for c in parsed.claims] == ["Lee met Xi."]


def test_markdown_heading_with_punctuation_is_still_a_heading():
    parsed = parse_summary("# What happened?\nLee met Xi [1.1].")
    assert [(n.kind, n.text) for n in parsed.non_claims] == [("heading", "What happened?")]
    assert len(parsed.claims) == 1


def test_plain_line_without_punctuation_or_marker_is_a_heading():
    summary = "Key Findings\nLee met Xi [1.1].\n"
    assert kinds(parse_summary(summary)) == [("heading", "Key Findings"), ("claim", "Lee met Xi.")]


def test_line_without_punctuation_but_with_a_marker_is_a_claim():
    claim = only_claim("Lee met Xi in Beijing [1.1]")
    assert claim.citations == cites("1.1")
    assert claim.text == "Lee met Xi in Beijing"


def test_unpunctuated_tail_of_a_longer_line_is_not_a_heading():
    parsed = parse_summary("Lee met Xi [1.1]. Talks continue")
    assert [c.text for c in parsed.claims] == ["Lee met Xi.", "Talks continue"]
    assert parsed.claims[1].citations == ()
    assert parsed.non_claims == ()


def test_lines_under_sources_heading_are_references_until_next_heading():
    summary = (
        "Lee met Xi [1.1].\n\n"
        "## Sources\n"
        "- AP: Lee asks Xi to mediate.\n"
        "- Yonhap: Xi urges patience [2].\n\n"
        "## Analysis\n"
        "The talks stalled [1.2].\n"
    )
    assert kinds(parse_summary(summary)) == [
        ("claim", "Lee met Xi."),
        ("heading", "Sources"),
        ("reference", "AP: Lee asks Xi to mediate."),
        ("reference", "Yonhap: Xi urges patience [2]."),
        ("heading", "Analysis"),
        ("claim", "The talks stalled."),
    ]


def test_unpunctuated_list_entries_under_sources_are_references_not_headings():
    # Source lists rarely end their entries with a full stop. A "- " list item is a list item, not a
    # heading, so it must neither become a heading nor end the reference block.
    summary = (
        "Lee met Xi [1.1].\n\n"
        "## Sources\n"
        "- AP News, 7 January 2026\n"
        "- Yonhap report on the Shanghai briefing.\n"
        "- Reuters, 8 January 2026\n"
    )
    assert kinds(parse_summary(summary)) == [
        ("claim", "Lee met Xi."),
        ("heading", "Sources"),
        ("reference", "AP News, 7 January 2026"),
        ("reference", "Yonhap report on the Shanghai briefing."),
        ("reference", "Reuters, 8 January 2026"),
    ]


def test_plain_references_heading_starts_a_reference_block():
    summary = "Lee met Xi [1.1].\nReferences\n[1] AP report on the talks.\n[2] Yonhap report on the talks.\n"
    assert kinds(parse_summary(summary)) == [
        ("claim", "Lee met Xi."),
        ("heading", "References"),
        ("reference", "[1] AP report on the talks."),
        ("reference", "[2] Yonhap report on the talks."),
    ]


def test_bare_marker_line_is_a_marker_non_claim():
    summary = "Lee met Xi.\n[1][2]\nXi urged patience [2.1].\n"
    parsed = parse_summary(summary)
    assert kinds(parsed) == [("claim", "Lee met Xi."), ("marker", "[1][2]"), ("claim", "Xi urged patience.")]
    marker = parsed.non_claims[0]
    assert summary[marker.start : marker.end] == "[1][2]"


# --- seeds/004, checked by hand ----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_004():
    text = SEED_004.read_text(encoding="utf-8")
    return text, parse_summary(text)


def test_seed_004_headings_and_reference_block(seed_004):
    text, parsed = seed_004
    headings = [n.text for n in parsed.non_claims if n.kind == "heading"]
    for expected in (
        "South Korean President Lee Urges China to Mediate Stalled North Korean Nuclear Talks",
        "Updated (4 articles)",
        "Sources (4 articles)",
        "Timeline",
    ):
        assert expected in headings
    assert [n.text for n in parsed.non_claims if n.kind == "marker"] == ["[1]", "[2]", "[3]", "[4]"]
    references = [n.text for n in parsed.non_claims if n.kind == "reference"]
    assert len(references) == 4
    assert references[0].startswith("AP: South Korea\u2019s Lee asks China\u2019s Xi to mediate")
    assert [r.split(":")[0] for r in references] == ["AP", "Yonhap", "Yonhap", "Yonhap"]
    for n in parsed.non_claims:
        assert text[n.start : n.end] == n.text


def test_seed_004_claims(seed_004):
    text, parsed = seed_004
    # Five paragraphs of three sentences each, then ten timeline entries.
    assert len(parsed.claims) == 25
    emphasized = next(c for c in parsed.claims if c.text.startswith("He emphasized that Seoul"))
    assert emphasized.citations == cites("2", "3")
    assert emphasized.text.endswith("framed the request as essential to restart dialogue.")
    timeline = [c for c in parsed.claims if c.text.startswith("Jan 7, 2026 \u2013")]
    assert len(timeline) == 10
    first = timeline[0]
    assert first.citations == cites("1", "3", "4")
    assert first.text == (
        "Jan 7, 2026 \u2013 President Lee Jae Myung meets President Xi Jinping in Beijing during his state "
        "visit, the first high\u2011level summit between the two leaders since Lee took office in June 2025, "
        "and uses the occasion to raise Seoul\u2019s stalled Korean\u2011Peninsula diplomacy."
    )
    assert text[first.start : first.end].endswith("diplomacy. [1][3][4]")
    assert timeline[1].citations == cites("2", "3", "4")
    assert timeline[-1].citations == cites("1")
    assert "tougher U.N. sanctions" in timeline[-1].text
    assert all(c.malformed == () for c in parsed.claims)
    timeline_heading = next(n for n in parsed.non_claims if n.text == "Timeline")
    assert timeline_heading.end <= first.start


# --- properties --------------------------------------------------------------------------------

_TOKENS = [
    "Lee", "met", "Xi", "the", "U.S.", "Dr.", " ", " ", "\n", "\n\n", "\r\n", ".", "?", "!", ",", ";",
    "\u2026", "\u201c", "\u201d", '"', "'", "[", "]", "(", ")", "[1]", "[1.2]", "[1.3-5]", "[2.9-1]",
    "[1.1-2.3]", "[3][4]", "[1.2, 2.1]", "# ", "## ", "- ", "* ", "Sources", "References", "Timeline",
    "\u00e9", "\u4e2d", "\u2013", "\u00a0", "**", "`",
]
_summary = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join),
)


@settings(max_examples=250, deadline=None)
@given(_summary)
def test_parse_summary_spans_are_ordered_disjoint_and_in_bounds(summary):
    parsed = parse_summary(summary)
    claim_starts = [c.start for c in parsed.claims]
    assert claim_starts == sorted(claim_starts)
    spans = sorted([(c.start, c.end) for c in parsed.claims] + [(n.start, n.end) for n in parsed.non_claims])
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(summary)
        assert summary[start:end].strip()
        previous_end = end
    for n in parsed.non_claims:
        assert summary[n.start : n.end] == n.text


_WELL_FORMED = [
    "Lee", "met", "Xi", "in", "Beijing", " ", " ", ".", ",", ";", "!", "?", "[1.2]", "[2]", "[1.3-5]",
    "[1.2, 2.1]", "[3][4]",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WELL_FORMED), min_size=1, max_size=30).map("".join))
def test_claim_text_never_keeps_a_marker_or_a_space_before_punctuation(summary):
    for claim in parse_summary(summary).claims:
        assert MARKER_RE.search(claim.text) is None
        for punct in ".,;!?":
            assert f" {punct}" not in claim.text


# -- headings that are not headings (found in review) ---------------------------------------------------


def test_a_heading_that_only_starts_with_notes_does_not_hide_the_claims_under_it():
    parsed = parse_summary(
        "## Notes on the talks\nLee won 95 percent of the vote in Pyongyang [1.4].\nXi promised to invade Japan [1.13].\n"
    )
    assert [c.text for c in parsed.claims] == [
        "Lee won 95 percent of the vote in Pyongyang.",
        "Xi promised to invade Japan.",
    ]


def test_unpunctuated_sentence_case_lines_are_claims_not_headings():
    parsed = parse_summary("Lee won 95 percent of the vote in Pyongyang\nXi invaded Japan\n")
    assert [c.text for c in parsed.claims] == ["Lee won 95 percent of the vote in Pyongyang", "Xi invaded Japan"]
    assert all(c.citations == () for c in parsed.claims)


def test_title_case_and_short_labels_stay_headings():
    parsed = parse_summary("A Fragile Peace Amidst Missile Tests\nUpdated (4 articles)\nKey points\nLee met Xi [1.1].\n")
    assert [n.text for n in parsed.non_claims] == ["A Fragile Peace Amidst Missile Tests", "Updated (4 articles)", "Key points"]
    assert [c.text for c in parsed.claims] == ["Lee met Xi."]


def test_a_markdown_heading_that_cites_is_checked():
    parsed = parse_summary("# Lee asked Xi to mediate [1.4]\nMore text follows [1.5].\n")
    assert [c.text for c in parsed.claims] == ["Lee asked Xi to mediate", "More text follows."]


# -- malformed markers and absurd numbers (hardening issue, item 5) ------------------------------------

_HUGE = "9" * 5000  # past Python's 4,300-digit limit for int(): it used to escape as a bare ValueError
_SOURCES = ["Lee met Xi in Beijing on Monday. The talks resumed after a year.", "Xi urged patience."]


@pytest.mark.parametrize(
    ("marker", "bad"),
    [
        (f"[{_HUGE}]", _HUGE),
        (f"[1.{_HUGE}]", f"1.{_HUGE}"),
        (f"[1.2-{_HUGE}]", f"1.2-{_HUGE}"),
        (f"[1.1-1.{_HUGE}]", f"1.1-1.{_HUGE}"),
        (f"[{_HUGE}.1]", f"{_HUGE}.1"),
        ("[1234567]", "1234567"),
        ("[1.1234567]", "1.1234567"),
        ("[1.1-1234567]", "1.1-1234567"),
    ],
    ids=["huge-source", "huge-sentence", "huge-range-end", "huge-full-range", "huge-source-of-sentence",
         "7-digit-source", "7-digit-sentence", "7-digit-range-end"],
)
def test_a_number_of_more_than_six_digits_is_a_malformed_citation(marker, bad):
    claim = only_claim(f"Lee met Xi {marker}.")
    assert claim.citations == ()
    assert [m.text for m in claim.malformed] == [bad]
    assert "more than 6 digits" in claim.malformed[0].problem
    assert claim.text == "Lee met Xi."
    (reported,) = verify(f"Lee met Xi {marker}.", _SOURCES).claims
    assert [r.code for r in reported.reasons][:1] == ["citation_not_found"]
    assert "uncited" not in [r.code for r in reported.reasons]


def test_six_digit_numbers_are_still_citations():
    claim = only_claim("Lee met Xi [999999.999999][1.999990-999999].")
    assert claim.citations[0] == Citation(999999, 999999)
    assert len(claim.citations) == 11
    assert claim.malformed == ()


def test_parse_markers_reports_a_huge_number_instead_of_raising():
    citations, malformed = parse_markers(f"[1.2][{_HUGE}]")
    assert citations == [C("1.2")]
    assert [m.text for m in malformed] == [_HUGE]


@pytest.mark.parametrize(
    ("marker", "bad", "problem"),
    [
        ("[1.]", "1.", "sentence number"),
        ("[1.2-]", "1.2-", "no end"),
        ("[-1.2]", "-1.2", "no start"),
        ("[]", "", "empty"),
        ("[1.2.3]", "1.2.3", "not a citation"),
        ("[1.[1]]", "1.[1]", "inside another"),
        ("[[1.2]]", "[1.2]", "inside another"),
        ("[ 1.2 ; ]", "1.2 ;", "missing"),
    ],
    ids=["trailing-dot", "open-range", "leading-dash", "empty", "two-dots", "nested", "doubled", "stray-separator"],
)
def test_malformed_marker_is_reported_not_read_as_uncited_text(marker, bad, problem):
    claim = only_claim(f"Lee met Xi {marker}.")
    assert [m.text for m in claim.malformed] == [bad]
    assert problem in claim.malformed[0].problem
    assert claim.text == "Lee met Xi."
    (reported,) = verify(f"Lee met Xi {marker}.", _SOURCES).claims
    codes = [r.code for r in reported.reasons]
    assert codes[0] == "citation_not_found"
    assert "uncited" not in codes and "number_mismatch" not in codes
    assert f"[{bad}]:" in reported.reasons[0].message  # names the marker as written


def test_nested_marker_is_not_read_as_the_inner_marker():
    # "[1.[1]]" used to be read as "[1]" with "1." left in the claim, which then failed as number_mismatch.
    claim = only_claim("Lee met Xi [1.[1]].")
    assert claim.citations == ()
    assert claim.text == "Lee met Xi."


def test_good_references_beside_a_malformed_one_in_the_same_marker_still_count():
    claim = only_claim("Lee met Xi [1.1, 1.][2.1].")
    assert claim.citations == cites("1.1", "2.1")
    assert [m.text for m in claim.malformed] == ["1."]


@pytest.mark.parametrize(
    "summary",
    ["Lee met Xi [sic] in Beijing [1.1].", "Lee met Xi [...] in Beijing [1.1].", "- [ ] Lee met Xi in Beijing [1.1].",
     "Lee met Xi [in Beijing] [1.1].", "Lee met Xi [see [1.1]]."],
    ids=["sic", "ellipsis", "task-checkbox", "prose", "marker-inside-prose"],
)
def test_brackets_that_hold_prose_are_not_markers(summary):
    claim = only_claim(summary)
    assert claim.citations == cites("1.1")
    assert claim.malformed == ()


def test_strip_markers_removes_malformed_markers_too():
    assert strip_markers("Lee met Xi [1.][1.[2]] [1.2].") == "Lee met Xi."
    assert strip_markers("Lee met Xi [sic].") == "Lee met Xi [sic]."


_MARKUP_TOKENS = [
    "[", "]", "[", "]", "[[", "]]", "[]", "[ ]", "1", "2", "12", "0", "007", ".", "..", "-", "\u2013", "\u2014",
    ",", ";", " ", "\n", "\t", "\u00a0", "\u2028", "Lee", "met", "Xi", "sic", "#", "## ", "- ", "Sources\n",
    "\u00e9", "\u4e2d", "\u0663", "\uff11", "\u00b2", "\u2026", "\u201c", "\u201d", "(", ")", "*", "`",
    "9" * 4301, "[" + "9" * 4400 + "]", "[1." + "9" * 4400 + "]", "[1.2-" + "9" * 4400 + "]", "1234567",
    "[1.[1]]", "[1.]", "[-1.2]", "[1.2-]", "[1.3-5]", "[2]", "[1.2, 2.1]", "\ud800",
]
_MARKUP = st.one_of(
    st.lists(st.sampled_from(_MARKUP_TOKENS), max_size=30).map("".join),
    st.text(alphabet=st.sampled_from("[]0123456789.-\u2013,; \nxé中\u0663"), max_size=60),
)


@settings(max_examples=200, deadline=None)
@given(_MARKUP)
def test_bracket_digit_soup_never_raises_anything_but_input_error(summary):
    try:
        parsed = parse_summary(summary)
    except InputError:
        parsed = None
    if parsed is not None:
        for claim in parsed.claims:
            assert all(len(str(n)) <= 6 for c in claim.citations for n in (c.source, c.sentence) if n is not None)
            assert all(m.problem for m in claim.malformed)
    try:
        verify(summary, _SOURCES)
    except InputError:
        pass


# -- claim lines ---------------------------------------------------------------------------------------


def test_claim_line_puts_markers_before_the_final_stop_and_dates_first():
    assert claim_line("Lee spoke.", ["1.7"]) == "Lee spoke [1.7]."
    assert claim_line("Lee spoke", ["1.7", "2.1"]) == "Lee spoke [1.7][2.1]"
    assert claim_line('He said "no."', ["1.2"]) == 'He said "no." [1.2]'
    assert claim_line("Lee proposed a freeze.", ["2.6"], "January 7, 2026") == "January 7, 2026 – Lee proposed a freeze [2.6]."
    # Markers the model left in the text are moved into the citations, not doubled.
    assert claim_line("Lee spoke [1.7].", ["[1.7]", " 1.8 "]) == "Lee spoke [1.7][1.8]."


def test_citation_ids_as_a_model_gives_them_are_split_unbracketed_and_deduplicated():
    assert normal_citations(["1.3, 1.4", "[2.5]", " 1.3 ", "2.6;2.7", ""]) == ["1.3", "1.4", "2.5", "2.6", "2.7"]


def test_sentence_ids_expand_ranges_and_leave_out_whole_sources():
    assert sentence_ids(["1.3-5", "2", "2.1"]) == ["1.3", "1.4", "1.5", "2.1"]
    assert sentence_ids(["1.", "x"]) == []


def test_marker_ids_are_the_well_formed_markers_of_a_text_in_order():
    assert marker_ids("Lee spoke [1.7][2.1] and [1.] left [2.3-4].") == ["1.7", "2.1", "2.3", "2.4"]
