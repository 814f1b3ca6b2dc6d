"""Fuzzing (hardening issue, "Also"): the citation parser, the segmenter, the verifier and the source loader
on generated input, asserting only the project's documented exceptions escape. Bounded in CI (the "ci"
profile in conftest.py); ``HYPOTHESIS_PROFILE=long`` runs 5,000 examples each by hand."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer import sources_from_texts, verify
from summarizer.citations import parse_summary
from summarizer.errors import SummarizerError
from summarizer.segment import split_spans
from summarizer.sources import decode_source

# Text rich in what breaks parsers: brackets, digits, dots, dashes, quotes, newlines, long digit runs,
# unicode letters and digits, and odd spaces.
_ALPHABET = st.sampled_from(list("[]()0123456789.,;:-–— \n\t\"'“”‘’…aZéß中ا٣\u00a0\u200b#*!?"))
_TEXT = st.lists(st.one_of(_ALPHABET, st.just("[1.2]"), st.just("9" * 40), st.just("Mr. "), st.just("U.S.")),
                 max_size=80).map("".join)


@given(_TEXT)
def test_the_citation_parser_raises_only_documented_errors(text):
    try:
        parse_summary(text)
    except SummarizerError:
        pass


@given(_TEXT)
def test_the_segmenter_never_raises_and_its_spans_cover_text_in_order(text):
    spans = split_spans(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))


@given(_TEXT, _TEXT)
def test_the_verifier_raises_only_documented_errors(summary, source):
    try:
        report = verify(summary, sources_from_texts([source]) if source.strip() else [])
    except SummarizerError:
        return
    assert report.stats.claims == report.stats.supported + report.stats.rejected


@given(st.binary(max_size=300))
def test_the_source_loader_raises_only_documented_errors(data):
    try:
        text = decode_source("fuzz.txt", data)
    except SummarizerError:
        return
    assert isinstance(text, str) and text.strip()
