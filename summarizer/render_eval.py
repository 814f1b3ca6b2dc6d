"""Text renderings of eval results for people: the per-type table, the misses, and a comparison (``summarizer eval``)."""

from __future__ import annotations

import json
from typing import Any

from .evaluation.results import EvalResults, prompt_versions, repair_rate, supported_final_share, supported_repair_rate


def render_table(results: EvalResults) -> str:
    """The per-type table and the overall figures, as text."""
    lines = [f"{'type':<26}{'label':<13}{'claims':>7}{'rejected':>10}{'share':>8}"]
    for t, row in results.by_type.items():
        lines.append(f"{t:<26}{row.label:<13}{row.claims:>7}{row.rejected:>10}{_pct(row.rejected_share):>8}")
    o = results.overall
    v = results.verifier
    lines += [
        "",
        f"{len(results.cases)} cases, {o.claims} claims ({o.supported} supported, {o.unsupported} unsupported); "
        f"verifier {v['version']}, min_support {v['min_support']}",
        f"balanced accuracy     {_pct(o.balanced_accuracy)}",
        f"recall (unsupported)  {_pct(o.recall_unsupported)}  ({o.rejected_unsupported} of {o.unsupported} rejected)",
        f"false rejections      {_pct(o.false_rejection_rate)}  ({o.rejected_supported} of {o.supported} supported rejected)",
        f"verified precision    {_pct(o.verified_precision)}  "
        f"({o.accepted_supported} of {o.accepted_supported + o.accepted_unsupported} accepted are supported)",
    ]
    lines += _render_pipeline(results)
    for case_id, error in results.errors.items():
        lines.append(f"ERROR {case_id}: {error}")
    return "\n".join(lines) + "\n"


def _render_pipeline(results: EvalResults) -> list[str]:
    """The pipeline block of the table: what was drafted, verified, repaired, kept; tokens and cost."""
    p = results.pipeline
    if not p:
        return []
    origins = sorted(set(results.origins.values()))
    cost = "n/a" if p.cost_usd is None else f"${p.cost_usd:.4f}"
    basis = f" ({'; '.join(p.cost_basis)})" if p.cost_basis else ""
    pipe, ver = results.by_kind.get("pipeline"), results.by_kind.get("verifier")
    return [
        "",
        f"pipeline: {p.cases} cases replayed from cassettes ({', '.join(origins)} answers; model {results.model}; "
        f"prompts {prompt_versions(results.prompts)})",
        f"  drafted {p.drafted} claims, {p.rejected_at_draft} rejected at draft, {p.repaired} verified after repair "
        f"(repair rate {_pct(repair_rate(p))}): {p.repaired_supported} truly supported, "
        f"{p.repaired_unsupported} not (supported-repair rate {_pct(supported_repair_rate(p))})",
        f"  final: {p.verified} verified, {p.rejected} rejected; of the {p.in_summary} claims the summaries keep, "
        f"{p.in_summary_unsupported} {'is' if p.in_summary_unsupported == 1 else 'are'} unsupported by the gold labels (summary precision {_pct(p.summary_precision)}; "
        f"supported final share {_pct(supported_final_share(p))} of the {p.drafted} drafted)",
        f"  {p.calls} calls, {p.prompt_tokens} prompt + {p.completion_tokens} completion = {p.total_tokens} tokens "
        f"(recorded usage); estimated cost {cost}{basis}",
        f"  The {pipe.claims if pipe else 0} pipeline claims (every draft and repair, gold-labelled by hand, with the pipeline's "
        "verdicts) count in the table and figures above.",
        f"  verifier cases alone: balanced accuracy {_pct(ver.balanced_accuracy if ver else None)}, verified precision "
        f"{_pct(ver.verified_precision if ver else None)}; pipeline claims alone: balanced accuracy {_pct(pipe.balanced_accuracy if pipe else None)}, "
        f"verified precision {_pct(pipe.verified_precision if pipe else None)}",
    ]


def render_misses(results: EvalResults) -> str:
    """Every claim the verifier got wrong, unsupported ones it accepted first."""
    wrong = [(case.id, c) for case in results.cases if not case.error for c in case.claims if not c.correct]
    wrong.sort(key=lambda item: item[1].label != "unsupported")
    lines = []
    for case_id, c in wrong:
        what = "ACCEPTED unsupported" if c.label == "unsupported" else "rejected supported"
        why = f" ({', '.join(c.reasons)})" if c.reasons else ""
        lines.append(f"{what} {case_id}/{c.id} [{c.type}]{why}: {c.text}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_comparison(diff: dict[str, Any]) -> str:
    """A comparison from :func:`compare`, as text: settings, figures, types, then case by case."""
    lines = []
    for key, change in diff["settings"].items():
        lines.append(f"{key}: {json.dumps(change['old'])} -> {json.dumps(change['new'])}")
    for metric, change in diff["overall"].items():
        lines.append(f"{metric:<22}{_pct(change['old']):>8} -> {_pct(change['new']):<8}{_delta(change['old'], change['new'])}")
    if diff.get("pipeline"):
        lines.append("")
        lines.append("pipeline figures:")
        for key, change in diff["pipeline"].items():
            lines.append(f"  {key:<24}{_num(change['old']):>10} -> {_num(change['new'])}")
    for case_id, change in (diff.get("errors") or {}).items():
        lines.append(f"{case_id}: error {'fixed' if change['new'] is None else 'now: ' + change['new']}")
    if diff["by_type"]:
        lines.append("")
        lines.append("by type (rejected/claims):")
        for t, change in diff["by_type"].items():
            lines.append(f"  {t:<26}{_frac(change['old']):>8} -> {_frac(change['new'])}")
    if diff["cases"]:
        lines.append("")
    for case in diff["cases"]:
        if case["status"] != "changed":
            lines.append(f"{case['id']}: case {case['status']}")
            continue
        lines.append(f"{case['id']}:")
        for c in case["claims"]:
            old, new = c.get("old", "-"), c.get("new", "-")
            extra = ""
            if c["change"] == "reasons":
                extra = f" ({', '.join(c['old_reasons'])} -> {', '.join(c['new_reasons'])})"
            lines.append(f"  {c['id']} [{c['type']}] {c['change']}: {old} -> {new}{extra}")
    if not diff["by_type"] and not diff["cases"] and not diff.get("pipeline") and not diff.get("errors"):
        lines.append("")
        lines.append("No claim changed its verdict or reasons.")
    return "\n".join(lines) + "\n"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _num(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def _delta(old: float | None, new: float | None) -> str:
    if old is None or new is None or abs(new - old) < 1e-12:
        return ""
    return f"({100 * (new - old):+.1f} points)"


def _frac(row: dict[str, Any] | None) -> str:
    return "-" if row is None else f"{row['rejected']}/{row['claims']}"
