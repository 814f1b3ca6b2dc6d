"""The eval suite: labelled cases as data files, run through the public API, scored, checked and compared.

One module per job: :mod:`.cases` (the case files), :mod:`.run` (running and scoring), :mod:`.results`
(the results-file models), :mod:`.thresholds` (``eval/config.json``), :mod:`.compare` (``--compare``)
and :mod:`.record` (``--record``). The text tables live with the rest of rendering, in
:mod:`summarizer.render_eval`. The library never prints or exits; the CLI does.
"""

from __future__ import annotations

from ..verify import VERIFIER_VERSION, VerifierConfig
from .cases import (
    CASE_KINDS,
    ERROR_TYPES,
    SUPPORTED_TYPES,
    UNSUPPORTED_TYPES,
    CaseSource,
    LabelledClaim,
    LoadedCase,
    PipelineCase,
    PipelineClaim,
    UnlabelledClaim,
    VerifierCase,
    default_eval_dir,
    load_case,
    load_cases,
)
from .compare import compare
from .record import RecordedCase, record_pipeline_cases
from .results import (
    METRICS,
    PIPELINE_FIGURES,
    RESULTS_SCHEMA,
    ClaimResult,
    EvalResults,
    Metrics,
    PipelineCaseResult,
    PipelineClaimResult,
    PipelineFigures,
    PipelineTotals,
    TypeRow,
    VerifierCaseResult,
    load_results,
    repair_rate,
    supported_final_share,
    supported_repair_rate,
    write_results,
)
from .run import git_commit, git_dirty, join_gold, pipeline_totals, run_case, run_pipeline_case, run_suite, score, score_by_type
from .thresholds import EvalConfig, Limit, MetricLimits, PipelineLimits, Thresholds, check_thresholds, load_config

__all__ = [
    "CASE_KINDS", "ERROR_TYPES", "METRICS", "PIPELINE_FIGURES", "RESULTS_SCHEMA", "SUPPORTED_TYPES", "UNSUPPORTED_TYPES",
    "VERIFIER_VERSION", "CaseSource", "ClaimResult", "EvalConfig", "EvalResults", "LabelledClaim", "Limit",
    "LoadedCase", "MetricLimits", "Metrics", "PipelineCase", "PipelineCaseResult", "PipelineClaim", "PipelineClaimResult",
    "PipelineFigures", "PipelineLimits", "PipelineTotals", "RecordedCase", "Thresholds", "TypeRow", "UnlabelledClaim", "VerifierCase",
    "VerifierCaseResult", "VerifierConfig", "check_thresholds", "compare", "default_eval_dir", "git_commit", "git_dirty",
    "join_gold", "load_case", "load_cases", "load_config", "load_results", "pipeline_totals", "record_pipeline_cases",
    "repair_rate", "run_case", "run_pipeline_case", "run_suite", "score", "score_by_type", "supported_final_share", "supported_repair_rate",
    "write_results",
]
