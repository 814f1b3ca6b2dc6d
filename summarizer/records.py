"""Run-record models: what one run asked, answered and decided, as stored in the run database and rendered.

Usage, calls, steps, sources, claim outcomes and the summary result live here, apart from the pipeline
that fills them, so ``store``, ``review``, ``render``, ``web``, ``evaluation`` and ``batch_api`` read a
run without importing the drafting code. A failed run is the same :class:`SummaryResult` with
``status="failed"`` and its ``error``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .verify import DEFAULT_MIN_SUPPORT, Reason
from .verify.report import VerifierConfig

if TYPE_CHECKING:
    from .sources import Source

# 2: sentences flagged as boilerplate are left out of what the model is shown unless keep_boilerplate is set.
PIPELINE_VERSION = "2"
DEFAULT_CONTEXT_TOKENS = 128_000
DEFAULT_OUTPUT_RESERVE = 4_096
DEFAULT_MAX_REPAIRS = 1
DEFAULT_SENTENCES = 12

Shape = Literal["summary", "digest"]
Role = Literal["point", "headline", "event"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Usage(_Strict):
    """Token counts of one call as the provider reported them, or summed over a run's calls."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(prompt_tokens=self.prompt_tokens + other.prompt_tokens,
                     completion_tokens=self.completion_tokens + other.completion_tokens,
                     total_tokens=self.total_tokens + other.total_tokens)


class SummarizeOptions(_Strict):
    """Settings of one run; all of them are part of the cache key."""

    # "summary" (rendered as markdown or json) or "digest" (headline, sections, timeline): decides the prompt.
    shape: Shape = "summary"
    max_repairs: int = Field(default=DEFAULT_MAX_REPAIRS, ge=0, le=10)
    sentences: int = Field(default=DEFAULT_SENTENCES, ge=1, le=200)
    context_tokens: int = Field(default=DEFAULT_CONTEXT_TOKENS, ge=512)
    output_reserve: int = Field(default=DEFAULT_OUTPUT_RESERVE, ge=0)
    min_support: float = Field(default=DEFAULT_MIN_SUPPORT, ge=0.0, le=1.0)
    # False: sentences flagged as boilerplate (AI disclaimers, "Related Articles" blocks) are not shown to
    # the model; ids never change, and a claim that cites one is still verified like any other.
    keep_boilerplate: bool = False


class ClaimOutcome(_Strict):
    """A claim as drafted or repaired, the exact line verified, and its verdict with reasons."""

    id: int
    role: Role = "point"
    section: str | None = None
    date: str | None = None
    text: str
    citations: list[str]
    line: str
    status: Literal["verified", "rejected"]
    reasons: list[Reason] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    stage: str
    # Chunk-level candidates feed the merge; only final-stage claims (and their repairs) are counted.
    final: bool = True
    repair_of: int | None = None
    repaired_by: int | None = None


class SectionOutcome(_Strict):
    """A digest section title, verified against the citations of the section's verified claims."""

    title: str
    line: str
    verified: bool
    reasons: list[Reason] = Field(default_factory=list)


class CallRecord(_Strict):
    """One request to the model and what came back (never the key: the client scrubs both)."""

    request: dict[str, Any] | None = None
    response: dict[str, Any] | None = None
    mode: str | None = None
    model: str | None = None
    attempts: int = 0
    elapsed_s: float = 0.0
    usage: Usage | None = None
    cost_usd: float | None = None
    raw_output: str | None = None
    # Why the answer was unusable (None when it was used).
    problem: str | None = None
    # On a "fallback" call: why the answer was read as text rather than as structured output.
    fallback_reason: str | None = None
    # Why the answer ended, as the provider said ("stop", "length", …).
    finish_reason: str | None = None


class StepRecord(_Strict):
    """One pipeline step (draft, chunk, merge or repair): its prompt, calls, counted tokens and outcome."""

    kind: Literal["draft", "chunk", "merge", "repair"]
    label: str
    prompt: str
    prompt_tokens_counted: int
    token_count_exact: bool = True
    status: Literal["ok", "failed"] = "ok"
    error: str | None = None
    reasks: int = 0
    calls: list[CallRecord] = Field(default_factory=list)


class SourceRecord(_Strict):
    """A source as recorded: number, path, content hash, size."""

    number: int
    path: str
    sha256: str
    sentences: int
    chars: int

    @classmethod
    def of(cls, source: Source) -> SourceRecord:
        """The record of a loaded source."""
        return cls(number=source.number, path=source.path, sha256=source.sha256,
                   sentences=len(source.sentences), chars=len(source.text))


class SummaryStats(_Strict):
    """Counts over final-stage claims (a repaired claim counts once, by its last version)."""

    claims: int = 0
    verified: int = 0
    rejected: int = 0
    repaired: int = 0
    chunk_rejected: int = 0


class SummaryResult(_Strict):
    """Everything a run produced: claims with verdicts, steps with requests/responses, usage and timings.

    A run that failed has ``status="failed"`` and ``error``, with the steps and claims it made before.
    ``options`` and ``verifier`` are None only in a failed run recorded before this model held failures.
    """

    status: Literal["done", "failed"] = "done"
    error: str | None = None
    shape: Shape
    model: str
    pipeline_version: str = PIPELINE_VERSION
    prompts: dict[str, int]
    options: SummarizeOptions | None
    verifier: VerifierConfig | None
    sources: list[SourceRecord]
    chunks: int = 1
    claims: list[ClaimOutcome] = Field(default_factory=list)
    sections: list[SectionOutcome] = Field(default_factory=list)
    steps: list[StepRecord] = Field(default_factory=list)
    stats: SummaryStats = Field(default_factory=SummaryStats)
    usage: Usage = Field(default_factory=Usage)
    cost_usd: float | None = None
    timings: dict[str, float] = Field(default_factory=dict)

    def final_claims(self) -> list[ClaimOutcome]:
        """The verified claims of the summary, in reading order (a repair takes its original's place)."""
        return [c for c in chain_ends(self.claims) if c.status == "verified"]

    def rejected_claims(self) -> list[ClaimOutcome]:
        """Final-stage claims whose last version was rejected (with reasons), in reading order."""
        return [c for c in chain_ends(self.claims) if c.status == "rejected"]


def chain_ends(claims: list[ClaimOutcome]) -> list[ClaimOutcome]:
    """The last version of each final-stage claim, in reading order (a repair stands in for its original)."""
    by_id = {c.id: c for c in claims}
    ends = []
    for c in claims:
        if c.final and c.repair_of is None:
            while c.repaired_by is not None:
                c = by_id[c.repaired_by]
            ends.append(c)
    return ends
