"""Split sources that exceed a token budget into chunks at sentence boundaries, keeping global ids.

A chunk is a run of consecutive sentences (possibly spanning sources) whose numbered lines, as a model
is shown them, fit the budget. Sentence ids never change, so a claim drafted from chunk 3 cites the same
``n.m`` the verifier checks against the whole source. Sentences flagged as boilerplate can be left out
(``include_boilerplate=False``), as the model is not shown them; the others keep their ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .prompts import sentence_line
from .sources import Sentence, Source

# Tokens allowed for each "# Source n: path (…)" header line a chunk starts a source with; generous,
# since paths can be long, so chunks never overrun the budget because of their headers.
HEADER_TOKENS = 64


@dataclass(frozen=True)
class Chunk:
    """Consecutive sentences that fit one prompt; ``oversized`` when one sentence alone exceeds the budget."""

    index: int
    sentences: tuple[Sentence, ...]
    tokens: int
    oversized: bool = False


def sentence_tokens(sentences: list[Sentence], count: Callable[[str], int]) -> list[int]:
    """Tokens of each sentence's numbered line, plus one for its newline."""
    return [count(sentence_line(s)) + 1 for s in sentences]


def split_into_chunks(sources: list[Source], budget: int, count: Callable[[str], int], *,
                      include_boilerplate: bool = True) -> list[Chunk]:
    """Greedy, order-preserving packing of the sentences into chunks of at most ``budget`` tokens.

    ``include_boilerplate=False``: sentences flagged as boilerplate go into no chunk.
    """
    if budget <= HEADER_TOKENS:
        raise ValueError(f"a chunk budget of {budget} tokens cannot hold even one source header")
    chunks: list[Chunk] = []
    current: list[Sentence] = []
    used = 0
    current_source: int | None = None

    def flush(oversized: bool = False) -> None:
        nonlocal current, used, current_source
        if current:
            chunks.append(Chunk(len(chunks), tuple(current), used, oversized))
        current, used, current_source = [], 0, None

    for src in sources:
        shown = [s for s in src.sentences if include_boilerplate or not s.boilerplate]
        for sentence, cost in zip(shown, sentence_tokens(shown, count)):
            header = HEADER_TOKENS if current_source != src.number else 0
            if current and used + header + cost > budget:
                flush()
                header = HEADER_TOKENS
            if not current and header + cost > budget:
                # One sentence bigger than the budget: it goes alone, marked, rather than being cut.
                current, used, current_source = [sentence], header + cost, src.number
                flush(oversized=True)
                continue
            current.append(sentence)
            used += header + cost
            current_source = src.number
    flush()
    return chunks
