"""The eval thresholds as data (``eval/config.json``): reading them, and checking results against them.

The file nests each limit under the scope it applies to and the figure it reads::

    {"note": "how they were set",
     "thresholds": {"overall":  {"balanced_accuracy": {"min": 0.83}, "false_rejection_rate": {"max": 0.34}},
                    "verifier": {"balanced_accuracy": {"min": 0.8}},
                    "pipeline": {"summary_precision": {"min": 1.0}, "supported_final_share": {"min": 0.9}}}}

``overall`` reads the figures over every counted claim, ``verifier`` the verifier cases alone (so easy
pipeline claims cannot hide a verifier regression), ``pipeline`` the pipeline cases' figures.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, ValidationError, model_validator

from ..errors import InputError
from ._files import StrictModel, read_json_file, validation_summary
from .cases import default_eval_dir
from .results import METRICS, EvalResults, Metrics, supported_final_share, supported_repair_rate

# A key of the flat format this file had before the limits were nested (min_balanced_accuracy, …).
_FLAT_KEY = re.compile(r"^(min|max)_")


class Limit(StrictModel):
    """A floor, a ceiling, or both, for one figure (a share from 0 to 1)."""

    min: float | None = Field(default=None, ge=0, le=1)
    max: float | None = Field(default=None, ge=0, le=1)

    @model_validator(mode="after")
    def _bounds(self) -> Limit:
        if self.min is None and self.max is None:
            raise ValueError("a limit needs 'min', 'max' or both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"'min' {self.min} is above 'max' {self.max}")
        return self


class MetricLimits(StrictModel):
    """Limits on the four claim figures of one scope (all claims, or the verifier cases alone)."""

    balanced_accuracy: Limit | None = None
    recall_unsupported: Limit | None = None
    false_rejection_rate: Limit | None = None
    verified_precision: Limit | None = None


class PipelineLimits(StrictModel):
    """Limits on the pipeline cases' figures."""

    # Of the claims their final summaries keep, the share that are truly supported.
    summary_precision: Limit | None = None
    # Of the claims rejected at draft, the share a repair round turned into verified claims that the gold
    # labels call supported. (The plain "repair rate" counts every verified repair, so it would reward the
    # verifier for accepting a bad one; it is printed, but no threshold reads it.) This rate also falls
    # when the verifier improves: a draft verified at once leaves its denominator.
    supported_repair_rate: Limit | None = None
    # Of the claims drafted, the share the final summaries keep that the gold labels call supported:
    # accepting a bad claim does not raise it, verifying a good draft at once does not lower it.
    supported_final_share: Limit | None = None


class Thresholds(StrictModel):
    """The limits the suite must meet, by scope; outside them ``summarizer eval`` exits 1."""

    overall: MetricLimits = Field(default_factory=MetricLimits)
    verifier: MetricLimits = Field(default_factory=MetricLimits)
    pipeline: PipelineLimits = Field(default_factory=PipelineLimits)


class EvalConfig(StrictModel):
    """``eval/config.json``: the thresholds, and a note on how they were set."""

    thresholds: Thresholds
    note: str = ""


def load_config(path: str | Path | None = None) -> EvalConfig:
    """Read the eval config (default ``eval/config.json``); raise :class:`InputError` naming what is wrong."""
    path = Path(path) if path is not None else default_eval_dir() / "config.json"
    raw = read_json_file(path)
    flat = raw.get("thresholds") if isinstance(raw, dict) else None
    old_keys = [key for key in flat if _FLAT_KEY.match(key)] if isinstance(flat, dict) else []
    if old_keys:
        raise InputError(
            f"{path}: thresholds are in the old flat format ({old_keys[0]}); nest each limit under its scope and figure, "
            'as in "thresholds": {"overall": {"balanced_accuracy": {"min": 0.83}}}'
        )
    try:
        return EvalConfig.model_validate(raw)
    except ValidationError as exc:
        raise InputError(f"{path}: invalid eval config: {validation_summary(exc)}") from None


def check_thresholds(results: EvalResults, thresholds: Thresholds) -> list[str]:
    """The thresholds the results miss, one sentence each; an empty list means all are met."""
    failures = [f"case {case_id}: {error}" for case_id, error in results.errors.items()]
    scopes: list[tuple[str, Metrics | None, MetricLimits]] = [
        ("", results.overall, thresholds.overall),
        ("verifier cases: ", results.by_kind.get("verifier"), thresholds.verifier),
    ]
    for prefix, figures, limits in scopes:
        for metric in METRICS:
            value = getattr(figures, metric) if figures is not None else None
            failures += _misses(f"{prefix}{metric}", value, getattr(limits, metric),
                                "no claims to measure it on")
    pipeline = results.pipeline
    pipeline_figures = [
        ("pipeline summary precision", thresholds.pipeline.summary_precision, pipeline.summary_precision if pipeline else None),
        ("pipeline supported-repair rate", thresholds.pipeline.supported_repair_rate, supported_repair_rate(pipeline)),
        ("pipeline supported final share", thresholds.pipeline.supported_final_share, supported_final_share(pipeline)),
    ]
    for name, limit, value in pipeline_figures:
        failures += _misses(name, value, limit, "no pipeline case replayed")
    return failures


def _misses(name: str, value: float | None, limit: Limit | None, why_none: str) -> list[str]:
    """How ``value`` misses ``limit``, as sentences (none when it is met or there is no limit)."""
    if limit is None:
        return []
    if value is None:
        first = limit.min if limit.min is not None else limit.max
        return [f"{name} cannot be computed ({why_none}); the threshold is {first:.3f}"]
    out = []
    if limit.min is not None and value < limit.min:
        out.append(f"{name} is {value:.3f}, below the minimum {limit.min:.3f}")
    if limit.max is not None and value > limit.max:
        out.append(f"{name} is {value:.3f}, above the maximum {limit.max:.3f}")
    return out
