"""Comparing two eval results files: settings, overall figures, each type, each case and claim (``--compare``)."""

from __future__ import annotations

from typing import Any

from .results import METRICS, PIPELINE_FIGURES, EvalResults

# The settings a change between two runs is reported for first: they explain every other change.
_SETTINGS = ("verifier", "prompts", "model", "origins", "git_commit", "git_dirty")


def compare(old: EvalResults, new: EvalResults) -> dict[str, Any]:
    """What changed from ``old`` to ``new``: settings, overall figures, each type, each case and claim."""
    settings = {
        key: {"old": getattr(old, key), "new": getattr(new, key)}
        for key in _SETTINGS
        if getattr(old, key) != getattr(new, key)
    }
    overall = {m: {"old": getattr(old.overall, m), "new": getattr(new.overall, m)} for m in METRICS}
    types = {}
    for t in dict.fromkeys([*old.by_type, *new.by_type]):
        before, after = old.by_type.get(t), new.by_type.get(t)
        if before != after:
            types[t] = {"old": before.model_dump() if before else None, "new": after.model_dump() if after else None}
    old_cases = {c.id: c for c in old.cases}
    new_cases = {c.id: c for c in new.cases}
    cases = []
    for case_id in dict.fromkeys([*old_cases, *new_cases]):
        before, after = old_cases.get(case_id), new_cases.get(case_id)
        if before is None or after is None:
            cases.append({"id": case_id, "status": "added" if before is None else "removed", "claims": []})
            continue
        old_claims = {c.id: c for c in before.claims}
        changed = []
        for claim in after.claims:
            prior = old_claims.pop(claim.id, None)
            if prior is None:
                changed.append({"id": claim.id, "type": claim.type, "change": "added", "new": claim.verdict})
            elif (prior.verdict, prior.label, prior.reasons) != (claim.verdict, claim.label, claim.reasons):
                if prior.label != claim.label:
                    change = "relabelled"
                elif prior.verdict != claim.verdict:
                    change = "fixed" if claim.correct else "broken"
                else:
                    change = "reasons"
                changed.append({
                    "id": claim.id, "type": claim.type, "change": change,
                    "old": prior.verdict, "new": claim.verdict,
                    "old_reasons": prior.reasons, "new_reasons": claim.reasons,
                })
        changed += [{"id": cid, "type": c.type, "change": "removed", "old": c.verdict} for cid, c in old_claims.items()]
        if changed:
            cases.append({"id": case_id, "status": "changed", "claims": changed})
    pipeline = {
        key: {"old": getattr(old.pipeline, key, None), "new": getattr(new.pipeline, key, None)}
        for key in ("cases", *PIPELINE_FIGURES, "summary_precision")
        if getattr(old.pipeline, key, None) != getattr(new.pipeline, key, None)
    }
    errors = {
        case_id: {"old": old.errors.get(case_id), "new": new.errors.get(case_id)}
        for case_id in dict.fromkeys([*old.errors, *new.errors])
        if old.errors.get(case_id) != new.errors.get(case_id)
    }
    return {"settings": settings, "overall": overall, "by_type": types, "pipeline": pipeline, "errors": errors, "cases": cases}
