"""The verifier's fast paths give what the slow paths give: each shortcut is checked against the full
computation on the eval cases' sources and on the benchmark's synthetic news."""

from __future__ import annotations

import dataclasses

import pytest

from summarizer.bench import make_corpus
from summarizer.citations import parse_summary
from summarizer.evaluation import default_eval_dir
from summarizer.evaluation.cases import load_cases
from summarizer.render import report_json
from summarizer.sources import segment_source
from summarizer.verify import Verifier, VerifierConfig
from summarizer.verify import alignment, verifier
from summarizer.verify.alignment import merge_phrasal_verbs, merge_phrases, sentence_tokens, tokenize
from summarizer.verify.features import analyse
from summarizer.verify.lexicon import default_lexicon


@pytest.fixture(scope="module")
def sources():
    """Every eval case's sources, and 100 kB of the benchmark's corpus (names, figures, odd words)."""
    found = [src for case in load_cases(default_eval_dir() / "cases") for src in case.sources]
    return found + [segment_source(len(found) + 1, "<bench>", make_corpus(100_000, seed=5))]


def _read_afresh(text: str, negation_scope: int) -> list[alignment.Token]:
    """What Verifier._claim_tokens does for a claim that copies no cited sentence."""
    lexicon = default_lexicon()
    tokens = tokenize(text, negation_scope=negation_scope)
    merge_phrases(tokens, text, lexicon)
    merge_phrasal_verbs(tokens, text, lexicon)
    return tokens


def test_a_copied_sentence_is_read_as_the_text_itself(sources):
    """copied_tokens of a sentence equals tokenizing its text again, field by field, for every sentence."""
    lexicon = default_lexicon()
    scope = Verifier([])._negation_scope
    sentences = [s for src in sources for s in src.sentences]
    assert len(sentences) > 1000
    for sentence in sentences:
        copied = alignment.copied_tokens(sentence_tokens(sentence, scope, lexicon))
        fresh = _read_afresh(sentence.text, scope)
        assert [dataclasses.astuple(t) for t in copied] == [dataclasses.astuple(t) for t in fresh], sentence.text


class _SlowVerifier(Verifier):
    """The verifier with the copy fast path taken out: every claim is read afresh."""

    def _claim_tokens(self, claim, sentences):
        return _read_afresh(claim.text, self._negation_scope)


def test_claims_copying_their_sentence_get_the_slow_paths_report(sources, monkeypatch):
    """A summary of copied sentences (and of copies with a figure or a word changed, which miss the fast
    path) gives the same report, byte for byte, with and without the fast path."""
    copies = 0
    real = alignment.copied_tokens

    def counting(st):
        nonlocal copies
        copies += 1
        return real(st)

    monkeypatch.setattr(verifier, "copied_tokens", counting)
    for src in sources:
        lines = []
        for s in src.sentences:
            lines.append(f"{s.text} [{s.id}]")
            lines.append(f"{s.text.replace('the ', 'no ', 1)} [{s.id}]")  # not a copy: read afresh
        summary = "\n\n".join(lines) + "\n"
        fast = Verifier([src], VerifierConfig()).check(summary)
        slow = _SlowVerifier([src], VerifierConfig()).check(summary)
        assert report_json(fast) == report_json(slow), src.path
    # Most sentences parse back as their own text (a marker-like or multi-line one may not).
    assert copies > sum(len(src.sentences) for src in sources) * 0.8


def test_the_evidence_bounds_cache_gives_the_bounds_and_stays_bounded(sources, monkeypatch):
    sentences = [s for src in sources for s in src.sentences][:3000]
    for s in sentences:
        feats = analyse(s.text)
        assert verifier._evidence_bounds(feats) == verifier._bounded(feats)
        assert verifier._evidence_bounds(feats) == verifier._bounded(feats)  # the cached answer
    monkeypatch.setattr(verifier, "_EVIDENCE_BOUNDS_LIMIT", 10)
    verifier._EVIDENCE_BOUNDS.clear()
    for s in sentences[:50]:
        verifier._evidence_bounds(analyse(s.text))
    assert len(verifier._EVIDENCE_BOUNDS) <= 10


@pytest.mark.parametrize("claim, evidence", [
    ("Prices rose.", "Prices rose more than 12% in May."),  # no figure in the claim
    ("Prices rose 5% in June.", "Prices rose more than 12% in May."),  # no figure in common
    ("Prices rose more than 12%.", "Prices rose 12% on Monday."),
    ("Prices rose 12%.", "Prices rose more than 12%."),
])
def test_the_bounds_shortcut_agrees_with_the_bounds(claim, evidence):
    """With no figure in common, the full comparison of bounds finds nothing either."""
    c, e = analyse(claim, is_claim=True), analyse(evidence)
    full = {key: (verifier._bounded(c).get(key), verifier._bounded(e).get(key)) for key in c.numbers if key in e.numbers}
    wrong = any((said and said[0]) != (source and source[0]) for said, source in full.values())
    assert (verifier._check_bounds(c, e, "[1.1]") is not None) == wrong


def test_alignment_spans_are_tuples_in_memory_and_arrays_in_json():
    """Spans are kept as tuples (the collector skips them); the JSON and to_dict still give arrays, and a
    report read back from its JSON equals the one written."""
    from summarizer.verify import verify
    from summarizer.verify.report import VerificationReport

    report = verify("Lee asked Xi to mediate. [1.1]", ["Lee asked Xi to mediate on the peninsula."])
    word = report.claims[0].alignment[0]
    assert word.claim_span == (0, 3) and isinstance(word.evidence_span, tuple)
    assert '"claim_span":[0,3]' in report.to_json()
    assert report.to_dict()["claims"][0]["alignment"][0]["claim_span"] == [0, 3]
    assert VerificationReport.from_json(report.to_json()) == report


def _summary_of(src, limit: int = 300) -> str:
    """Copies of a source's sentences and copies with a word changed (read afresh), each cited."""
    lines = []
    for s in src.sentences[:limit]:
        lines.append(f"{s.text} [{s.id}]")
        lines.append(f"{s.text.replace('the ', 'no ', 1)} [{s.id}]")
    return "\n\n".join(lines) + "\n"


def _field_types(feats) -> list[type]:
    return [type(getattr(feats, f.name)) for f in dataclasses.fields(feats)]


def test_a_claim_text_is_analysed_once_and_the_cached_features_are_the_analysis(sources, monkeypatch):
    """The per-verifier cache of claim features gives what analyse gives (equal, with the same field
    types), a new object with new lists, sets and dicts each time, and analyses each text once."""
    src = sources[-1]
    v = Verifier([src])
    calls = 0
    real = verifier.analyse

    def counting(*args, **kwargs):
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(verifier, "analyse", counting)
    texts = [s.text for s in src.sentences[:500]]
    for text in texts:
        fresh = analyse(text, is_claim=True, vocabulary=v.vocabulary())
        first, again = v.claim_features(text), v.claim_features(text)
        assert first == fresh and again == fresh, text
        assert _field_types(first) == _field_types(fresh) == _field_types(again)
        assert again is not first
        for f in dataclasses.fields(fresh):
            value = getattr(again, f.name)
            if isinstance(value, (list, set, dict)):
                assert value is not getattr(first, f.name)
    assert calls == len(set(texts))


def test_kept_features_drop_out_of_the_collectors_walks():
    """What is kept of an analysis holds no set, frozenset, dict or type (each is tracked by the garbage
    collector for as long as it lives), so the collector stops tracking it: a sentence with a name, a
    figure, a time and a quantifier (each a set or dict field) but no negation or hedge."""
    import gc

    feats = analyse("On Monday, Acme Corp said all 40 stores in Ohio will close.")
    assert feats.content and feats.numbers and feats.tokens and feats.time_anchors and feats.quantifiers
    kept = verifier._frozen_features(feats)
    for _ in range(4):  # a tuple is untracked once its members are: one look per level of nesting (four)
        gc.collect()
    assert not gc.is_tracked(kept)
    assert verifier._thawed_features(kept) == feats


def test_a_sentence_read_again_keeps_its_transcript_turn():
    """The turn a transcript sentence runs on in is found when the sentence is first read and given again
    with its kept tokens: the same as a fresh verifier finds."""
    text = "SATO: No, the reef is not recovering.\nBleached coral is stressed by heat. It may die.\n"
    src = segment_source(1, "<transcript>", text)
    v = Verifier([src])
    later = src.sentences[-1]
    assert v.tokens(later).turn == "SATO"
    v.tokens(src.sentences[0])  # another sentence in between: the next call rebuilds from what was kept
    again = v.tokens(later)
    assert again.turn == "SATO" == Verifier([src]).tokens(later).turn


def test_the_claim_caches_stay_bounded(sources, monkeypatch):
    src = sources[-1]
    monkeypatch.setattr(verifier, "_CLAIM_FEATURES_LIMIT", 10)
    v = Verifier([src])
    v.check(_summary_of(src, 40))
    assert len(v._claim_features) <= 10 and len(v._readings) <= 10 and len(v._outcomes) <= 10


def test_a_claim_read_again_gets_new_tokens_equal_to_a_fresh_reading(sources):
    """The cached reading of a claim text makes tokens equal, field by field, to reading it afresh (with
    level verbs and names marked), and never the same objects: the alignment marks its tokens."""
    src = sources[-1]
    v = Verifier([src])
    parsed = parse_summary(_summary_of(src, 200))
    for claim in parsed.claims:
        sentences = [src.sentence(c.sentence) for c in claim.citations]
        feats = v.claim_features(claim.text)
        first = v._claim_reading(claim, feats, sentences)
        again = v._claim_reading(claim, feats, sentences)
        assert [dataclasses.astuple(t) for t in again] == [dataclasses.astuple(t) for t in first], claim.text
        assert not {id(t) for t in first} & {id(t) for t in again}


def test_a_summary_checked_again_by_the_same_verifier_gives_a_fresh_verifiers_report(sources):
    """Every claim cache hit (features, readings, bounds, reporters) gives the report a new verifier gives."""
    for src in sources:
        summary = _summary_of(src)
        v = Verifier([src], VerifierConfig())
        first = report_json(v.check(summary))
        assert report_json(v.check(summary)) == first == report_json(Verifier([src], VerifierConfig()).check(summary)), src.path


def test_a_text_analysed_as_claim_then_as_sentence_gets_each_fresh_analysis(sources, monkeypatch):
    """analyse keeps what a claim and a sentence of one text share for the text analysed last: a claim
    then a sentence of the same text (and the reverse) get exactly the features of an analysis with
    nothing kept, and no list, set or dict of one is the other's."""
    from summarizer.verify import features

    src = sources[-1]
    vocabulary = Verifier([src]).vocabulary()
    texts = [s.text for source in sources for s in source.sentences]
    assert len(texts) > 1000

    def afresh(text, **kwargs):
        monkeypatch.setattr(features, "_last_shared", None)
        return analyse(text, **kwargs)

    for text in texts:
        expected = (afresh(text, is_claim=True, vocabulary=vocabulary), afresh(text))
        monkeypatch.setattr(features, "_last_shared", None)
        claim, sentence = analyse(text, is_claim=True, vocabulary=vocabulary), analyse(text)
        sentence_first = analyse(text)
        claim_second = analyse(text, is_claim=True, vocabulary=vocabulary)
        assert (claim, sentence) == expected and (claim_second, sentence_first) == expected, text
        assert _field_types(claim) == _field_types(expected[0]) and _field_types(sentence) == _field_types(expected[1])
        for f in dataclasses.fields(claim):
            for a, b in ((claim, sentence), (sentence, sentence_first), (claim, claim_second)):
                value = getattr(a, f.name)
                if isinstance(value, (list, set, dict)):
                    assert value is not getattr(b, f.name)


def test_a_kept_sentence_gives_tokens_equal_to_reading_it_afresh(sources):
    """Verifier.tokens keeps a sentence's tokens as fields and makes new ones on each later use: equal,
    field by field, to what sentence_tokens gives, with the same look-up tables and words."""
    src = sources[-1]
    v = Verifier([src])
    lexicon = default_lexicon()
    sentences = src.sentences[:300]
    first = [v.tokens(s) for s in sentences]
    again = [v.tokens(s) for s in sentences]  # not the one handed out last: made from the kept fields
    for sentence, a, b in zip(sentences, first, again):
        fresh = sentence_tokens(sentence, v._negation_scope, lexicon)
        for st in (a, b):
            assert st.sentence is sentence
            assert [dataclasses.astuple(t) for t in st.tokens] == [dataclasses.astuple(t) for t in fresh.tokens], sentence.text
            assert (st.by_lower, st.by_stem, st.words) == (fresh.by_lower, fresh.by_stem, fresh.words)
    assert all(a is not b for a, b in zip(first[:-1], again[:-1]))
    assert v.tokens(sentences[-1]) is again[-1]  # asked twice in a row: the same one


def test_a_claim_checked_again_shares_no_reason_with_the_first_report(sources):
    """The kept outcome of a (claim text, evidence) pair gives each report its own reasons (lists and
    dicts inside too): changing one report leaves the next the same. Aligned words are shared, so frozen."""
    src = sources[-1]
    v = Verifier([src], VerifierConfig())
    summary = _summary_of(src, 100)
    first = v.check(summary)
    expected = report_json(first)
    rejected = [c for c in first.claims if c.reasons]
    assert rejected and any(c.alignment for c in first.claims)
    for claim in rejected:
        for reason in claim.reasons:
            reason.message += " changed"
            for value in reason.details.values():
                if isinstance(value, list):
                    value.append("changed")
            reason.details["added"] = 1
    assert report_json(v.check(summary)) == expected
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.claims[0].alignment[0].accepted = False


def test_the_reporters_cache_gives_reporting_speakers(sources):
    from summarizer.verify.features import reporting_speakers

    sentences = [s for src in sources for s in src.sentences][:3000]
    framed = 0
    for s in sentences:
        folded = analyse(s.text).folded
        assert verifier._reporting_speakers(folded) == reporting_speakers(folded)
        assert verifier._reporting_speakers(folded) == reporting_speakers(folded)  # the cached answer
        framed += bool(reporting_speakers(folded))
    # The sentences do have reporters to cache: 9 "According to Yonhap …" sentences at verifier 2.4 (2.3 also
    # misread ", Xi Jinping urged Seoul to …" as a trailing frame, which made more).
    assert framed > 5
