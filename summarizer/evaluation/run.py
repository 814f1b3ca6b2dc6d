"""Running the eval cases and scoring their outcomes against the gold labels.

Verifier cases check each labelled claim through the public verifier API; pipeline cases replay the
whole pipeline (prompt rendering, the HTTP exchange through the real client, parsing, verification,
repair) against a local server that answers from the case's cassette: no network, no key. Both kinds'
claims count in the same figures. The positive class of every figure is *unsupported*: the verifier
should reject those claims.
"""

from __future__ import annotations

import datetime as _dt
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import SummarizerError
from ..sources import Source
from ..verify import Verifier, VerifierConfig
from .cases import CASE_KINDS, ERROR_TYPES, LoadedCase, PipelineCase, PipelineClaim, default_eval_dir, load_cases
from .results import (
    PIPELINE_FIGURES,
    RESULTS_SCHEMA,
    CaseResult,
    ClaimResult,
    EvalResults,
    Metrics,
    PipelineCaseResult,
    PipelineClaimResult,
    PipelineFigures,
    PipelineTotals,
    TypeRow,
    VerifierCaseResult,
    prompt_versions,
    ratio,
)


def run_case(case: LoadedCase, config: VerifierConfig | None = None) -> CaseResult:
    """Run one case: verify each claim of a verifier case on its own, or replay a pipeline case."""
    if isinstance(case.case, PipelineCase):
        return run_pipeline_case(case, config)
    verifier = Verifier(case.sources, config or VerifierConfig())
    claims = []
    for claim in case.case.claims:
        verdict = verifier.check(claim.text).claims[0]
        rejected = verdict.verdict == "rejected"
        claims.append(ClaimResult(
            id=claim.id, type=claim.type, label=claim.label, verdict=verdict.verdict,
            correct=rejected == (claim.label == "unsupported"), reasons=[r.code for r in verdict.reasons], text=claim.text,
        ))
    spec = case.case
    return VerifierCaseResult(id=spec.id, kind="verifier", domain=spec.domain, format=spec.format, origin=spec.origin,
                              sources=len(case.sources), claims=claims)


def run_pipeline_case(case: LoadedCase, config: VerifierConfig | None = None) -> PipelineCaseResult:
    """Replay a pipeline case from its cassette, with no network and no key; label what it drafted.

    A replay that misses the cassette (prompts, options or verifier messages changed), or claims without
    a gold label, give an ``error``: the case then counts in no figure and the suite fails its thresholds.
    """
    from ..cassettes import ReplayServer
    from ..config import load_provider_config
    from ..llm import ChatClient

    spec = case.case
    assert isinstance(spec, PipelineCase)
    config = config or VerifierConfig()
    out = PipelineCaseResult(
        id=spec.id, kind="pipeline", domain=spec.domain, format=spec.format, origin=spec.origin,
        model=spec.model, prompts=dict(spec.prompts), sources=len(case.sources), error=None, pipeline=None, claims=[],
    )
    if case.cassette is None:
        out.error = "no cassette loaded"
        return out
    try:
        with ReplayServer(case.cassette) as server:
            # env={} and no .env: the replay must never pick up a real key or endpoint from the environment.
            provider = load_provider_config(
                {"base_url": server.base_url, "model": spec.model, "max_attempts": 1}, env={}, dotenv_path=False
            )
            with ChatClient(provider) as client:
                result = run_pipeline(client, spec, case.sources, config.min_support)
    except SummarizerError as exc:
        out.error = (
            f"the replay failed: {exc}. The cassette {spec.cassette} was recorded with prompts "
            f"{prompt_versions(spec.prompts)} and the verifier of that day; after a prompt, option or verifier-message "
            "change, re-record it (summarizer eval --record, or eval/make_pipeline_cases.py for hand-written cases)"
        )
        return out
    out.prompts = dict(result.prompts)
    return _label_outcomes(spec, result, out)


def run_pipeline(client: Any, spec: PipelineCase, sources: list[Source], min_support: float) -> Any:
    """Run the pipeline on a case's sources with the case's options and the suite's ``min_support``."""
    from ..pipeline import Pipeline, SummarizeOptions

    options = SummarizeOptions.model_validate({**spec.options, "min_support": min_support})
    return Pipeline(client, model=spec.model, options=options).run(sources)


def outcome_stage(outcome: Any) -> str:
    """``draft`` or ``repair``: the stage a case file labels a pipeline claim outcome under."""
    return "draft" if outcome.repair_of is None else "repair"


def join_gold(spec: PipelineCase, result: Any) -> list[tuple[Any, PipelineClaim | None]]:
    """Each final claim of a pipeline run beside its gold label (same stage, exact line), or None when unlabelled.

    The one place verdicts meet gold labels: scoring a replay and keeping labels after a re-recording both use it.
    """
    gold = {(c.stage, c.text): c for c in spec.claims}
    return [(c, gold.get((outcome_stage(c), c.line))) for c in result.claims if c.final]


def _label_outcomes(spec: PipelineCase, result: Any, out: PipelineCaseResult) -> PipelineCaseResult:
    """Score the replayed claims against their gold labels; fill the case's figures, claims and error."""
    from ..llm import estimate_cost

    joined = join_gold(spec, result)
    in_summary = {c.id for c in result.final_claims()}
    claims: list[PipelineClaimResult] = []
    unlabelled: list[str] = []
    used: set[str] = set()
    label_of: dict[int, str] = {}
    for c, label in joined:
        if label is None:
            unlabelled.append(f"{outcome_stage(c)}: {c.line}")
            continue
        cid = label.id if label.id not in used else f"{label.id}#{c.id}"
        used.add(label.id)
        label_of[c.id] = label.label
        verdict = "supported" if c.status == "verified" else "rejected"
        claims.append(PipelineClaimResult(
            id=cid, type=label.type, label=label.label, verdict=verdict,
            correct=(verdict == "rejected") == (label.label == "unsupported"),
            reasons=[r.code for r in c.reasons], text=c.line, stage=c.stage, in_summary=c.id in in_summary,
        ))
    problems = []
    if result.status != "done":
        problems.append(f"the pipeline failed: {result.error}")
    if unlabelled:
        problems.append(f"{len(unlabelled)} claim(s) have no gold label: " + " | ".join(unlabelled))
    unused = [c.id for c in spec.claims if c.id not in used]
    if unused:
        problems.append(f"labelled claim(s) the replay did not produce: {', '.join(unused)}")
    if spec.to_label:
        problems.append(f"{len(spec.to_label)} claim(s) under 'to_label' still need a gold label")
    final = [c for c, _ in joined]
    drafted = [c for c in final if c.repair_of is None]
    usage = result.usage
    # The provider's answered model's prices; else the requested model's; else, for hand-written answers, cost_model's.
    cost, basis = result.cost_usd, f"{spec.model} prices" if result.cost_usd is not None else None
    for name in (spec.model, spec.cost_model):
        if cost is None and name:
            cost = estimate_cost(usage, name)
            basis = f"{name} list prices" if cost is not None else None
    verified_repairs = [c for c in final if c.repair_of is not None and c.status == "verified"]
    out.pipeline = PipelineFigures(
        drafted=len(drafted),
        rejected_at_draft=sum(1 for c in drafted if c.status == "rejected"),
        repaired=result.stats.repaired,
        # Repairs the verifier accepted, split by their gold labels: a good repair is one that is truly
        # supported. Counting all accepted repairs would reward the verifier for passing a bad one.
        repaired_supported=sum(1 for c in verified_repairs if label_of.get(c.id) == "supported"),
        repaired_unsupported=sum(1 for c in verified_repairs if label_of.get(c.id) == "unsupported"),
        verified=result.stats.verified,
        rejected=result.stats.rejected,
        in_summary=len(in_summary),
        in_summary_unsupported=sum(1 for i in in_summary if label_of.get(i) == "unsupported"),
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
        total_tokens=usage.total_tokens,
        calls=sum(len(step.calls) for step in result.steps),
        cost_usd=cost,
        cost_basis=basis,
    )
    out.claims = claims
    out.error = "; ".join(problems) or None
    return out


def pipeline_totals(cases: Iterable[CaseResult]) -> PipelineTotals | None:
    """Pipeline figures summed over the pipeline cases that replayed cleanly; None when there are none."""
    rows = [c.pipeline for c in cases if isinstance(c, PipelineCaseResult) and c.pipeline and not c.error]
    if not rows:
        return None
    totals: dict[str, Any] = {"cases": len(rows)}
    for key in PIPELINE_FIGURES:
        values = [getattr(r, key) for r in rows]
        totals[key] = None if any(v is None for v in values) else sum(values)
    totals["cost_basis"] = sorted({r.cost_basis for r in rows if r.cost_basis})
    totals["summary_precision"] = ratio(totals["in_summary"] - totals["in_summary_unsupported"], totals["in_summary"])
    return PipelineTotals.model_validate(totals)


def score(claims: Iterable[ClaimResult]) -> Metrics:
    """Confusion counts and figures over claim outcomes (``label`` and ``verdict``); positive = unsupported."""
    tp = fn = fp = tn = 0
    for c in claims:
        rejected = c.verdict == "rejected"
        if c.label == "unsupported":
            tp, fn = (tp + 1, fn) if rejected else (tp, fn + 1)
        else:
            fp, tn = (fp + 1, tn) if rejected else (fp, tn + 1)
    recall = ratio(tp, tp + fn)
    frr = ratio(fp, fp + tn)
    balanced = None if recall is None or frr is None else (recall + (1 - frr)) / 2
    return Metrics(
        claims=tp + fn + fp + tn, supported=fp + tn, unsupported=tp + fn,
        rejected_unsupported=tp, accepted_unsupported=fn, rejected_supported=fp, accepted_supported=tn,
        balanced_accuracy=balanced, recall_unsupported=recall, false_rejection_rate=frr,
        verified_precision=ratio(tn, tn + fn),
    )


def score_by_type(claims: Iterable[ClaimResult]) -> dict[str, TypeRow]:
    """Per error type: label, how many claims, how many the verifier rejected, and the share rejected."""
    table: dict[str, dict[str, Any]] = {}
    for c in claims:
        row = table.setdefault(c.type, {"label": c.label, "claims": 0, "rejected": 0})
        row["claims"] += 1
        row["rejected"] += c.verdict == "rejected"
    ordered = {t: table[t] for t in ERROR_TYPES if t in table}
    ordered.update({t: row for t, row in table.items() if t not in ordered})
    return {t: TypeRow(**row, rejected_share=ratio(row["rejected"], row["claims"])) for t, row in ordered.items()}


def run_suite(
    cases_dir: str | Path | None = None,
    config: VerifierConfig | None = None,
    *,
    now: _dt.datetime | None = None,
) -> EvalResults:
    """Load and run every case; return the results (versions, config, git hash, date, outcomes, figures)."""
    cases_dir = Path(cases_dir) if cases_dir is not None else default_eval_dir() / "cases"
    config = config or VerifierConfig()
    cases = [run_case(c, config) for c in load_cases(cases_dir)]
    # A pipeline case that failed to replay or has unlabelled claims counts in no figure (its error fails the suite).
    counted = [case for case in cases if not case.error]
    by_kind = {kind: score(claim for case in counted if case.kind == kind for claim in case.claims) for kind in CASE_KINDS}
    all_claims = [claim for case in counted for claim in case.claims]
    pipeline_cases = [c for c in cases if isinstance(c, PipelineCaseResult)]
    prompts: dict[str, int] = {}
    for case in pipeline_cases:
        prompts.update(case.prompts)
    models = sorted({c.model for c in pipeline_cases})
    moment = now or _dt.datetime.now(_dt.timezone.utc)
    return EvalResults(
        schema=RESULTS_SCHEMA,
        date=moment.isoformat(timespec="seconds"),
        git_commit=git_commit(cases_dir),
        git_dirty=git_dirty(cases_dir),
        verifier=config.settings().to_dict(),
        prompts=dict(sorted(prompts.items())),
        model=", ".join(models) if models else None,
        origins={c.id: c.origin for c in pipeline_cases},
        cases_dir=str(cases_dir),
        overall=score(all_claims),
        by_kind=by_kind,
        by_type=score_by_type(all_claims),
        pipeline=pipeline_totals(cases),
        errors={c.id: c.error for c in cases if c.error},
        cases=cases,
    )


def git_commit(where: str | Path | None = None) -> str | None:
    """``git rev-parse HEAD`` of the checkout holding ``where``; None when git or the repository is absent."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=where or None, capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = done.stdout.strip()
    return commit if done.returncode == 0 and commit else None


def git_dirty(where: str | Path | None = None) -> bool | None:
    """Whether the checkout holding ``where`` has uncommitted changes (the hash alone would then mislead)."""
    try:
        done = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=where or None,
            capture_output=True, text=True, timeout=5, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return bool(done.stdout.strip()) if done.returncode == 0 else None
