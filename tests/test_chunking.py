"""Splitting long sources into chunks at sentence boundaries (summarizer/chunking.py)."""

from __future__ import annotations

import pytest

from summarizer.chunking import HEADER_TOKENS, sentence_tokens, split_into_chunks
from summarizer.prompts import sentence_line
from summarizer.sources import sources_from_texts


def words(text: str) -> int:
    """A token counter that can be checked by eye: one token per space-separated word."""
    return len(text.split())


def test_each_sentence_costs_its_numbered_line_plus_a_newline():
    (src,) = sources_from_texts(["One two three. Four five."])
    # "[1.1] One two three." is 4 words, "[1.2] Four five." 3, each plus 1 for its newline.
    assert [sentence_line(s) for s in src.sentences] == ["[1.1] One two three.", "[1.2] Four five."]
    assert sentence_tokens(src.sentences, words) == [5, 4]


def test_chunks_pack_in_order_within_the_budget_and_keep_global_ids():
    sources = sources_from_texts(["A b c. D e f. G h i.", "J k l. M n o."])
    # Every sentence costs 5 (4 words + newline); a source header costs HEADER_TOKENS (64).
    # Budget 64 + 10: two sentences of one source fit; a new source needs a header of its own.
    chunks = split_into_chunks(sources, HEADER_TOKENS + 10, words)
    assert [[s.id for s in c.sentences] for c in chunks] == [["1.1", "1.2"], ["1.3"], ["2.1", "2.2"]]
    assert [c.index for c in chunks] == [0, 1, 2]
    assert [c.tokens for c in chunks] == [HEADER_TOKENS + 10, HEADER_TOKENS + 5, HEADER_TOKENS + 10]
    assert not any(c.oversized for c in chunks)


def test_a_chunk_may_span_sources_paying_one_header_per_source():
    sources = sources_from_texts(["A b c.", "D e f."])
    (chunk,) = split_into_chunks(sources, 2 * HEADER_TOKENS + 10, words)
    assert [s.id for s in chunk.sentences] == ["1.1", "2.1"]
    assert chunk.tokens == 2 * HEADER_TOKENS + 10


def test_a_sentence_bigger_than_the_budget_goes_alone_marked_oversized_never_cut():
    long_sentence = "Word " + " ".join(["word"] * 29) + "."
    sources = sources_from_texts([f"Short one here. {long_sentence} Another short one."])
    chunks = split_into_chunks(sources, HEADER_TOKENS + 10, words)
    assert [[s.id for s in c.sentences] for c in chunks] == [["1.1"], ["1.2"], ["1.3"]]
    assert [c.oversized for c in chunks] == [False, True, False]
    assert chunks[1].sentences[0].text == long_sentence
    assert chunks[1].tokens == HEADER_TOKENS + 32  # "[1.2]" + 30 words, plus the newline


def test_boilerplate_left_out_goes_into_no_chunk_and_the_rest_keep_their_ids():
    text = "Lee met Xi. This content is AI-generated based on source articles. Related Articles\nXi gifted a bicycle."
    sources = sources_from_texts([text], flag_boilerplate=True)
    flagged = [s.id for s in sources[0].sentences if s.boilerplate]
    # The 'Related Articles' block runs to the end of the text (as test_prompts.py also shows).
    assert flagged == ["1.2", "1.3", "1.4"]
    kept = split_into_chunks(sources, 1000, words, include_boilerplate=False)
    assert [s.id for c in kept for s in c.sentences] == ["1.1"]
    every = split_into_chunks(sources, 1000, words)
    assert [s.id for c in every for s in c.sentences] == ["1.1", "1.2", "1.3", "1.4"]


def test_a_budget_that_cannot_hold_a_header_is_refused():
    sources = sources_from_texts(["A b c."])
    with pytest.raises(ValueError, match="cannot hold even one source header"):
        split_into_chunks(sources, HEADER_TOKENS, words)


def test_no_sources_no_chunks():
    assert split_into_chunks([], 1000, words) == []
