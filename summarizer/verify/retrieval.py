"""A ranked shortlist of source sentences for a claim: BM25 over an inverted index (bm25s).

Used for document-level markers ``[n]``, for ``--attribute`` on uncited claims, and to suggest the
right sentence when a citation does not exist. The index is built once per set of sources, lazily.
"""

from __future__ import annotations

from ..sources import Sentence, Source
from .features import content_terms


class SentenceIndex:
    """BM25 over every sentence of a set of sources, with per-source filtering."""

    def __init__(self, sources: list[Source]):
        self.sentences: list[Sentence] = [s for src in sources for s in src.sentences]
        self._source_range: dict[int, tuple[int, int]] = {}
        pos = 0
        for src in sources:
            self._source_range[src.number] = (pos, pos + len(src.sentences))
            pos += len(src.sentences)
        import logging  # here, with bm25s: ~1.5 ms that a cited summary never needs

        # bm25s logs progress and a warning for empty documents; neither is ours to show.
        logging.getLogger("bm25s").setLevel(logging.ERROR)
        import bm25s  # deferred: numpy and bm25s cost ~70 ms at start-up, and a cited summary never needs them

        self._bm25 = bm25s.BM25()
        corpus = [content_terms(s.text) for s in self.sentences]
        # Each sentence's stems, kept for choosing evidence among the shortlist without analysing it.
        self.terms: dict[str, frozenset[str]] = {s.id: frozenset(t) for s, t in zip(self.sentences, corpus)}
        if self.sentences:
            self._bm25.index([t or [""] for t in corpus], show_progress=False)

    def shortlist(self, terms: list[str], k: int, *, source: int | None = None) -> list[tuple[Sentence, float]]:
        """The ``k`` best sentences for ``terms`` (in ``source`` only, if given), best first, ties by order."""
        if not self.sentences:
            return []
        lo, hi = self._source_range.get(source, (0, 0)) if source is not None else (0, len(self.sentences))
        if hi <= lo:
            return []
        ids = self._bm25.get_tokens_ids(terms)
        if not ids:
            return []
        scores = self._bm25.get_scores_from_ids(ids)[lo:hi]  # a fresh array: ours to overwrite
        # k rounds of argmax beat a partition for the handful we need, and argmax returns the first of
        # equal scores, so ties always go to the earlier sentence.
        ranked: list[tuple[Sentence, float]] = []
        for _ in range(min(k, len(scores))):
            i = int(scores.argmax())
            score = float(scores[i])
            if score <= 0:
                break
            ranked.append((self.sentences[lo + i], score))
            scores[i] = float("-inf")
        return ranked
