"""Run-record models: one Usage, and the last version of each claim in reading order."""

from __future__ import annotations

from summarizer.llm import Usage as ProviderUsage
from summarizer.records import ClaimOutcome, Usage, chain_ends


def test_there_is_one_usage_and_it_sums():
    assert ProviderUsage is Usage
    total = Usage() + Usage(prompt_tokens=3, completion_tokens=2, total_tokens=5)
    total += Usage(prompt_tokens=10, completion_tokens=1, total_tokens=11)
    assert total == Usage(prompt_tokens=13, completion_tokens=3, total_tokens=16)


def _claim(cid: int, **fields) -> ClaimOutcome:
    return ClaimOutcome(id=cid, text=f"claim {cid}", citations=["1.1"], line=f"claim {cid} [1.1]", status="verified",
                        stage="draft", **fields)


def test_chain_ends_puts_a_repair_in_its_original_s_place_and_leaves_out_chunk_candidates():
    claims = [
        _claim(1, final=False),                 # a chunk candidate, merged away
        _claim(2, repaired_by=4),
        _claim(3),
        _claim(4, repair_of=2, repaired_by=5),
        _claim(5, repair_of=4),
    ]
    assert [c.id for c in chain_ends(claims)] == [5, 3]
