"""The eval results schema: per-claim and per-case outcomes, figures, and the results file that holds them.

These models are the ``summarizer eval --json FILE`` contract (``RESULTS_SCHEMA``); the runner fills
them, ``--compare`` reads two of them back, and the text tables render them. Field order is the order
of the keys in the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import Field, ValidationError

from ..atomic import write_text_atomic
from ..errors import InputError
from ._files import StrictModel, read_json_file, validation_summary
from .cases import GoldLabel

RESULTS_SCHEMA = 1
METRICS = ("balanced_accuracy", "recall_unsupported", "false_rejection_rate", "verified_precision")
PIPELINE_FIGURES = (
    "drafted", "rejected_at_draft", "repaired", "repaired_supported", "repaired_unsupported", "verified", "rejected",
    "in_summary", "in_summary_unsupported",
    "calls", "prompt_tokens", "completion_tokens", "total_tokens", "cost_usd",
)
Verdict = Literal["supported", "rejected"]


class ClaimResult(StrictModel):
    """One labelled claim's outcome: the verifier's verdict beside the gold label, and its reason codes."""

    id: str
    # A str, not ErrorType: a results file written before a type was renamed must still load for --compare.
    type: str
    label: GoldLabel
    verdict: Verdict
    correct: bool
    reasons: list[str]
    text: str


class PipelineClaimResult(ClaimResult):
    """A claim the replayed pipeline drafted or repaired, with the stage it came from and whether it was kept."""

    stage: str
    in_summary: bool


class PipelineFigures(StrictModel):
    """One pipeline case's figures: what was drafted, rejected, repaired and kept; tokens, calls and cost."""

    drafted: int
    rejected_at_draft: int
    repaired: int
    # Repairs the verifier accepted, split by their gold labels (None in files written before the split).
    repaired_supported: int | None = None
    repaired_unsupported: int | None = None
    verified: int
    rejected: int
    in_summary: int
    in_summary_unsupported: int
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    calls: int
    cost_usd: float | None
    cost_basis: str | None


class PipelineTotals(StrictModel):
    """The pipeline figures summed over the cases that replayed cleanly, and the final summaries' precision."""

    cases: int
    drafted: int | None
    rejected_at_draft: int | None
    repaired: int | None
    repaired_supported: int | None = None
    repaired_unsupported: int | None = None
    verified: int | None
    rejected: int | None
    in_summary: int | None
    in_summary_unsupported: int | None
    calls: int | None
    prompt_tokens: int | None
    completion_tokens: int | None
    total_tokens: int | None
    cost_usd: float | None
    cost_basis: list[str]
    summary_precision: float | None


class _CaseResultBase(StrictModel):
    id: str
    kind: str
    domain: str
    format: str
    origin: str


class VerifierCaseResult(_CaseResultBase):
    """A verifier case's outcome: every labelled claim checked on its own."""

    kind: Literal["verifier"]
    sources: int
    claims: list[ClaimResult]

    @property
    def error(self) -> None:
        """A verifier case either runs or fails to load; it has no error of its own."""
        return None


class PipelineCaseResult(_CaseResultBase):
    """A pipeline case's outcome: its figures and labelled claims, or the error that keeps it out of every figure."""

    kind: Literal["pipeline"]
    model: str
    prompts: dict[str, int]
    sources: int
    error: str | None
    pipeline: PipelineFigures | None
    claims: list[PipelineClaimResult]


CaseResult = Annotated[Union[VerifierCaseResult, PipelineCaseResult], Field(discriminator="kind")]


class Metrics(StrictModel):
    """Confusion counts and the four figures over a set of claims; the positive class is *unsupported*."""

    claims: int
    supported: int
    unsupported: int
    rejected_unsupported: int
    accepted_unsupported: int
    rejected_supported: int
    accepted_supported: int
    balanced_accuracy: float | None
    recall_unsupported: float | None
    false_rejection_rate: float | None
    verified_precision: float | None


class TypeRow(StrictModel):
    """One error type's row: its label, how many claims, how many the verifier rejected, and the share."""

    label: GoldLabel
    claims: int
    rejected: int
    rejected_share: float | None


class EvalResults(StrictModel):
    """A whole results file: versions, config, git hash, date, the figures and every case's outcome."""

    schema_: int = Field(alias="schema")
    date: str
    git_commit: str | None
    git_dirty: bool | None
    # The verifier's own settings model, as data: a results file keeps what that day's verifier had.
    verifier: dict[str, Any]
    # The prompt versions the pipeline cases ran with, and the model(s) behind their recorded answers.
    prompts: dict[str, int]
    model: str | None
    origins: dict[str, str] = Field(default_factory=dict)
    cases_dir: str
    overall: Metrics
    # Defaults: results files written before pipeline cases existed lack these, and --compare still reads them.
    by_kind: dict[str, Metrics] = Field(default_factory=dict)
    by_type: dict[str, TypeRow]
    pipeline: PipelineTotals | None = None
    errors: dict[str, str] = Field(default_factory=dict)
    cases: list[CaseResult]

    def to_json(self) -> str:
        """The results file's text: indented JSON, keys in field order."""
        return json.dumps(self.model_dump(mode="json", by_alias=True), indent=2, ensure_ascii=False) + "\n"


def ratio(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide by."""
    return part / whole if whole else None


def repair_rate(pipeline: PipelineTotals | None) -> float | None:
    """Of the claims rejected at draft, the share verified after repair; None without pipeline figures."""
    if not pipeline:
        return None
    return ratio(pipeline.repaired or 0, pipeline.rejected_at_draft or 0)


def supported_repair_rate(pipeline: PipelineTotals | None) -> float | None:
    """Of the claims rejected at draft, the share whose repair was verified and is supported by the gold labels."""
    if not pipeline or pipeline.repaired_supported is None:
        return None
    return ratio(pipeline.repaired_supported, pipeline.rejected_at_draft or 0)


def supported_final_share(pipeline: PipelineTotals | None) -> float | None:
    """Of the claims drafted, the share the final summaries keep that the gold labels call supported.

    Unlike the supported-repair rate it cannot fall when the verifier gets better: a draft verified at
    once stays in the numerator, where the repair rate loses it from its denominator. A wrongly accepted
    claim does not count (it is not gold-supported), and a wrongly rejected one is lost from it.
    """
    if not pipeline or pipeline.in_summary is None or pipeline.in_summary_unsupported is None:
        return None
    return ratio(pipeline.in_summary - pipeline.in_summary_unsupported, pipeline.drafted or 0)


def prompt_versions(prompts: dict[str, int]) -> str:
    """``draft@2, repair@1``: prompt names with their versions, sorted; ``(none)`` when empty."""
    return ", ".join(f"{name}@{version}" for name, version in sorted(prompts.items())) or "(none)"


def write_results(results: EvalResults, path: str | Path) -> None:
    """Write a results file atomically, as indented JSON."""
    write_text_atomic(str(path), results.to_json())


def load_results(path: str | Path) -> EvalResults:
    """Read a results file written by :func:`write_results`; raise :class:`InputError` when it is not one."""
    path = Path(path)
    data = read_json_file(path)
    if not isinstance(data, dict) or data.get("schema") != RESULTS_SCHEMA or not isinstance(data.get("cases"), list):
        raise InputError(f"{path}: not a summarizer eval results file (schema {RESULTS_SCHEMA})")
    try:
        return EvalResults.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{path}: not a summarizer eval results file (schema {RESULTS_SCHEMA}): {validation_summary(exc)}") from None
