"""The drafting pipeline, by job; this package re-exports the names its callers use.

    answers    what the model must return: the answer schemas and the parsing of text-mode answers
    asking     one call: ask → parse → fall back to text → re-ask once with the problem
    drafting   draft → verify → repair, map-reduce over long sources (``Pipeline``, per-run ``RunState``)
    runs       the cache key, and a run recorded in the store or answered from it (``run_summary``)
    batch      many document sets at once (``run_batch``, ``BatchItem``)

The run-record models (``SummaryResult``, ``ClaimOutcome``, ``Usage`` …) live in ``summarizer.records``;
claim lines in ``summarizer.citations``.
"""

from ..citations import claim_line
from ..records import (
    DEFAULT_CONTEXT_TOKENS,
    DEFAULT_MAX_REPAIRS,
    DEFAULT_OUTPUT_RESERVE,
    DEFAULT_SENTENCES,
    PIPELINE_VERSION,
    CallRecord,
    ClaimOutcome,
    SectionOutcome,
    SourceRecord,
    StepRecord,
    SummarizeOptions,
    SummaryResult,
    SummaryStats,
)
from .answers import DigestDraft, DigestSectionDraft, Draft, DraftClaim, RepairAnswer, RepairedClaim, TimelineEntryDraft
from .asking import MAX_REASKS, ChatCompleter
from .batch import BATCH_OUTPUT_DIR, AnswerPending, BatchItem, batch_items, run_batch
from .drafting import MAX_MERGE_LEVELS, MIN_SOURCE_BUDGET, PROMPT_NAMES, REPAIR_NEIGHBOURS, Pipeline, RunState
from .runs import RunOutcome, cache_key, min_context_tokens, run_summary

__all__ = [
    "BATCH_OUTPUT_DIR", "DEFAULT_CONTEXT_TOKENS", "DEFAULT_MAX_REPAIRS", "DEFAULT_OUTPUT_RESERVE", "DEFAULT_SENTENCES",
    "MAX_MERGE_LEVELS", "MAX_REASKS", "MIN_SOURCE_BUDGET", "PIPELINE_VERSION", "PROMPT_NAMES", "REPAIR_NEIGHBOURS",
    "AnswerPending", "BatchItem", "CallRecord", "ChatCompleter", "ClaimOutcome", "DigestDraft", "DigestSectionDraft",
    "Draft", "DraftClaim", "Pipeline", "RepairAnswer", "RepairedClaim", "RunOutcome", "RunState", "SectionOutcome",
    "SourceRecord", "StepRecord", "SummarizeOptions", "SummaryResult", "SummaryStats", "TimelineEntryDraft",
    "batch_items", "cache_key", "claim_line", "min_context_tokens", "run_batch", "run_summary",
]
