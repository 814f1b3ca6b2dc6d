"""The eval suite: labelled cases as data files, run through the public verifier API, scored and compared.

A case is one JSON file under ``eval/cases/`` (no Python per case). Today there is one kind:

* ``"kind": "verifier"`` — sources plus claims, each a summary sentence with its citation markers, a
  gold ``label`` (``supported`` / ``unsupported``), an error ``type`` and a one-line ``reason``.

Pipeline cases (recorded model responses) will be a second kind in the same files and results format;
:data:`CASE_KINDS` is where a kind is registered. The positive class of every figure is *unsupported*:
the verifier should reject those claims. The library never prints or exits; the CLI does.
"""

from __future__ import annotations

import datetime as _dt
import json
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .atomic import write_text_atomic
from .citations import parse_summary
from .errors import InputError
from .sources import Source, sources_from_texts
from .verify import VERIFIER_VERSION, Verifier, VerifierConfig

RESULTS_SCHEMA = 1
SUPPORTED_TYPES = (
    "supported_verbatim",
    "supported_paraphrase",
    "supported_number_format",
    "supported_synthesis",
)
UNSUPPORTED_TYPES = (
    "wrong_number",
    "wrong_date",
    "swapped_entity",
    "negation_flipped",
    "hedge_dropped",
    "wrong_speaker",
    "altered_quote",
    "added_detail",
    "invented_cause",
    "overgeneralisation",
    "wrong_citation",
    "nonexistent_citation",
)
ERROR_TYPES = SUPPORTED_TYPES + UNSUPPORTED_TYPES
ErrorType = Literal[
    "supported_verbatim",
    "supported_paraphrase",
    "supported_number_format",
    "supported_synthesis",
    "wrong_number",
    "wrong_date",
    "swapped_entity",
    "negation_flipped",
    "hedge_dropped",
    "wrong_speaker",
    "altered_quote",
    "added_detail",
    "invented_cause",
    "overgeneralisation",
    "wrong_citation",
    "nonexistent_citation",
]
GoldLabel = Literal["supported", "unsupported"]
METRICS = ("balanced_accuracy", "recall_unsupported", "false_rejection_rate", "verified_precision")


def default_eval_dir() -> Path:
    """``./eval`` when it holds cases, else the ``eval/`` folder next to the installed package (a checkout)."""
    here = Path.cwd() / "eval"
    if (here / "cases").is_dir():
        return here
    return Path(__file__).resolve().parent.parent / "eval"


# -- case files ----------------------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CaseSource(_Model):
    """One source of a case: inline ``text``, or a ``path`` relative to the case file."""

    text: str | None = None
    path: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> CaseSource:
        if (self.text is None) == (self.path is None):
            raise ValueError("a source needs exactly one of 'text' or 'path'")
        if self.text is not None and not self.text.strip():
            raise ValueError("a source's 'text' is empty")
        return self


class LabelledClaim(_Model):
    """A summary sentence with its markers, its gold label, the error type it illustrates and why."""

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    label: GoldLabel
    type: ErrorType
    reason: str = Field(min_length=1)

    @model_validator(mode="after")
    def _label_matches_type(self) -> LabelledClaim:
        expected = "supported" if self.type in SUPPORTED_TYPES else "unsupported"
        if self.label != expected:
            raise ValueError(f"claim {self.id!r}: type {self.type!r} needs label {expected!r}, not {self.label!r}")
        return self


class VerifierCase(_Model):
    """Sources plus labelled claims; each claim is verified on its own against the sources."""

    kind: Literal["verifier"]
    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    description: str
    domain: str = Field(min_length=1)
    format: str = Field(min_length=1)
    origin: Literal["hand-written"]
    sources: list[CaseSource] = Field(min_length=1)
    claims: list[LabelledClaim] = Field(min_length=1)

    @field_validator("claims")
    @classmethod
    def _unique_ids(cls, claims: list[LabelledClaim]) -> list[LabelledClaim]:
        seen: set[str] = set()
        for c in claims:
            if c.id in seen:
                raise ValueError(f"claim id {c.id!r} is used twice")
            seen.add(c.id)
        return claims


CASE_KINDS: dict[str, type[_Model]] = {"verifier": VerifierCase}


class LoadedCase:
    """A validated case with its sources segmented, ready to run."""

    def __init__(self, case: VerifierCase, sources: list[Source], path: Path):
        self.case = case
        self.sources = sources
        self.path = path

    @property
    def id(self) -> str:
        """The case id."""
        return self.case.id


def load_case(path: str | Path) -> LoadedCase:
    """Read, validate and segment one case file; raise :class:`InputError` naming the file and the fault."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(raw, dict):
        raise InputError(f"{path}: a case file must hold one JSON object")
    kind = raw.get("kind")
    model = CASE_KINDS.get(kind) if isinstance(kind, str) else None
    if model is None:
        raise InputError(f"{path}: 'kind' must be one of {', '.join(sorted(CASE_KINDS))}, not {kind!r}")
    try:
        case = model.model_validate(raw)
    except ValidationError as exc:
        raise InputError(f"{path}: invalid case: {_validation_summary(exc)}") from None
    if case.id != path.stem:
        raise InputError(f"{path}: case id {case.id!r} must match the file name {path.stem!r}")
    sources = sources_from_texts([_source_text(s, path) for s in case.sources])
    for claim in case.claims:
        _check_claim(claim, sources, path)
    return LoadedCase(case, sources, path)


def load_cases(cases_dir: str | Path) -> list[LoadedCase]:
    """Every ``*.json`` case under ``cases_dir``, sorted by file name; case ids must be unique."""
    cases_dir = Path(cases_dir)
    if not cases_dir.is_dir():
        raise InputError(f"{cases_dir}: no such folder of eval cases")
    files = sorted(cases_dir.glob("*.json"))
    if not files:
        raise InputError(f"{cases_dir}: holds no *.json eval cases")
    return [load_case(f) for f in files]


def _validation_summary(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        parts.append(f"{where}: {err['msg']}")
    more = len(exc.errors()) - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _source_text(source: CaseSource, case_path: Path) -> str:
    if source.text is not None:
        return source.text
    file = (case_path.parent / source.path).resolve()
    try:
        text = file.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"{case_path}: source {source.path!r} cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{case_path}: source {source.path!r} is not valid UTF-8") from None
    if not text.strip():
        raise InputError(f"{case_path}: source {source.path!r} is empty")
    return text


def _check_claim(claim: LabelledClaim, sources: list[Source], path: Path) -> None:
    """A claim must parse as exactly one cited claim; only nonexistent_citation may cite what is missing."""
    parsed = parse_summary(claim.text)
    if len(parsed.claims) != 1 or parsed.non_claims:
        raise InputError(
            f"{path}: claim {claim.id!r} must be exactly one sentence with its markers "
            f"(it parses as {len(parsed.claims)} claims and {len(parsed.non_claims)} non-claims)"
        )
    parsed_claim = parsed.claims[0]
    if not parsed_claim.citations and not parsed_claim.malformed:
        raise InputError(f"{path}: claim {claim.id!r} cites nothing; every labelled claim needs a marker")
    by_number = {s.number: s for s in sources}
    missing = [
        c.id
        for c in parsed_claim.citations
        if c.source not in by_number or (c.sentence is not None and by_number[c.source].sentence(c.sentence) is None)
    ]
    if claim.type == "nonexistent_citation" and not (missing or parsed_claim.malformed):
        raise InputError(f"{path}: claim {claim.id!r} is typed nonexistent_citation but every citation exists")
    if claim.type != "nonexistent_citation" and (missing or parsed_claim.malformed):
        raise InputError(f"{path}: claim {claim.id!r} cites {', '.join(missing) or 'a malformed range'}, which does not exist")


# -- running and scoring -------------------------------------------------------------------------


def run_case(case: LoadedCase, config: VerifierConfig | None = None) -> dict[str, Any]:
    """Verify every claim of one case on its own; return the case's outcomes."""
    verifier = Verifier(case.sources, config or VerifierConfig())
    claims = []
    for claim in case.case.claims:
        report = verifier.check(claim.text)
        verdict = report.claims[0]
        rejected = verdict.verdict == "rejected"
        claims.append({
            "id": claim.id,
            "type": claim.type,
            "label": claim.label,
            "verdict": verdict.verdict,
            "correct": rejected == (claim.label == "unsupported"),
            "reasons": [r.code for r in verdict.reasons],
            "text": claim.text,
        })
    return {
        "id": case.case.id,
        "kind": case.case.kind,
        "domain": case.case.domain,
        "format": case.case.format,
        "origin": case.case.origin,
        "sources": len(case.sources),
        "claims": claims,
    }


def score(claims: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Confusion counts and figures over claim outcomes (``label`` and ``verdict``); positive = unsupported."""
    tp = fn = fp = tn = 0
    for c in claims:
        rejected = c["verdict"] == "rejected"
        if c["label"] == "unsupported":
            tp, fn = (tp + 1, fn) if rejected else (tp, fn + 1)
        else:
            fp, tn = (fp + 1, tn) if rejected else (fp, tn + 1)
    recall = _ratio(tp, tp + fn)
    frr = _ratio(fp, fp + tn)
    balanced = None if recall is None or frr is None else (recall + (1 - frr)) / 2
    return {
        "claims": tp + fn + fp + tn,
        "supported": fp + tn,
        "unsupported": tp + fn,
        "rejected_unsupported": tp,
        "accepted_unsupported": fn,
        "rejected_supported": fp,
        "accepted_supported": tn,
        "balanced_accuracy": balanced,
        "recall_unsupported": recall,
        "false_rejection_rate": frr,
        "verified_precision": _ratio(tn, tn + fn),
    }


def score_by_type(claims: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per error type: label, how many claims, how many the verifier rejected, and the share rejected."""
    table: dict[str, dict[str, Any]] = {}
    for c in claims:
        row = table.setdefault(c["type"], {"label": c["label"], "claims": 0, "rejected": 0})
        row["claims"] += 1
        row["rejected"] += c["verdict"] == "rejected"
    ordered = {t: table[t] for t in ERROR_TYPES if t in table}
    ordered.update({t: row for t, row in table.items() if t not in ordered})
    for row in ordered.values():
        row["rejected_share"] = _ratio(row["rejected"], row["claims"])
    return ordered


def run_suite(
    cases_dir: str | Path | None = None,
    config: VerifierConfig | None = None,
    *,
    now: _dt.datetime | None = None,
) -> dict[str, Any]:
    """Load and run every case; return the results dict (versions, config, git hash, date, outcomes, figures)."""
    cases_dir = Path(cases_dir) if cases_dir is not None else default_eval_dir() / "cases"
    config = config or VerifierConfig()
    cases = [run_case(c, config) for c in load_cases(cases_dir)]
    all_claims = [claim for case in cases for claim in case["claims"]]
    moment = now or _dt.datetime.now(_dt.timezone.utc)
    return {
        "schema": RESULTS_SCHEMA,
        "date": moment.isoformat(timespec="seconds"),
        "git_commit": git_commit(cases_dir),
        "git_dirty": git_dirty(cases_dir),
        "verifier": {"version": VERIFIER_VERSION, **config.settings().model_dump(exclude={"version"})},
        # Filled in by pipeline cases: the prompt versions and model behind recorded responses.
        "prompts": {},
        "model": None,
        "cases_dir": str(cases_dir),
        "overall": score(all_claims),
        "by_type": score_by_type(all_claims),
        "cases": cases,
    }


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


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# -- results files -------------------------------------------------------------------------------


def write_results(results: dict[str, Any], path: str | Path) -> None:
    """Write a results file atomically, as indented JSON."""
    write_text_atomic(str(path), json.dumps(results, indent=2, ensure_ascii=False) + "\n")


def load_results(path: str | Path) -> dict[str, Any]:
    """Read a results file written by :func:`write_results`; raise :class:`InputError` when it is not one."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict) or data.get("schema") != RESULTS_SCHEMA or not isinstance(data.get("cases"), list):
        raise InputError(f"{path}: not a summarizer eval results file (schema {RESULTS_SCHEMA})")
    return data


# -- thresholds ----------------------------------------------------------------------------------


class Thresholds(_Model):
    """Floors (and one ceiling) the suite must meet; below them ``summarizer eval`` exits 1."""

    min_balanced_accuracy: float | None = Field(default=None, ge=0, le=1)
    min_recall_unsupported: float | None = Field(default=None, ge=0, le=1)
    max_false_rejection_rate: float | None = Field(default=None, ge=0, le=1)
    min_verified_precision: float | None = Field(default=None, ge=0, le=1)


class EvalConfig(_Model):
    """``eval/config.json``: the thresholds, and a note on how they were set."""

    thresholds: Thresholds
    note: str = ""


def load_config(path: str | Path | None = None) -> EvalConfig:
    """Read the eval config (default ``eval/config.json``); raise :class:`InputError` when it is invalid."""
    path = Path(path) if path is not None else default_eval_dir() / "config.json"
    try:
        return EvalConfig.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except ValidationError as exc:
        raise InputError(f"{path}: invalid eval config: {_validation_summary(exc)}") from None


def check_thresholds(results: dict[str, Any], thresholds: Thresholds) -> list[str]:
    """The thresholds the results miss, one sentence each; an empty list means all are met."""
    overall = results["overall"]
    failures = []
    checks = [
        ("balanced_accuracy", thresholds.min_balanced_accuracy, "min"),
        ("recall_unsupported", thresholds.min_recall_unsupported, "min"),
        ("false_rejection_rate", thresholds.max_false_rejection_rate, "max"),
        ("verified_precision", thresholds.min_verified_precision, "min"),
    ]
    for metric, limit, kind in checks:
        if limit is None:
            continue
        value = overall.get(metric)
        if value is None:
            failures.append(f"{metric} cannot be computed (no claims to measure it on); the threshold is {limit:.3f}")
        elif kind == "min" and value < limit:
            failures.append(f"{metric} is {value:.3f}, below the minimum {limit:.3f}")
        elif kind == "max" and value > limit:
            failures.append(f"{metric} is {value:.3f}, above the maximum {limit:.3f}")
    return failures


# -- comparing two results files -----------------------------------------------------------------


def compare(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What changed from ``old`` to ``new``: settings, overall figures, each type, each case and claim."""
    settings = {
        key: {"old": old.get(key), "new": new.get(key)}
        for key in ("verifier", "prompts", "model", "git_commit", "git_dirty")
        if old.get(key) != new.get(key)
    }
    overall = {m: {"old": old["overall"].get(m), "new": new["overall"].get(m)} for m in METRICS}
    types = {}
    for t in dict.fromkeys([*old["by_type"], *new["by_type"]]):
        before, after = old["by_type"].get(t), new["by_type"].get(t)
        if before != after:
            types[t] = {"old": before, "new": after}
    old_cases = {c["id"]: c for c in old["cases"]}
    new_cases = {c["id"]: c for c in new["cases"]}
    cases = []
    for case_id in dict.fromkeys([*old_cases, *new_cases]):
        before, after = old_cases.get(case_id), new_cases.get(case_id)
        if before is None or after is None:
            cases.append({"id": case_id, "status": "added" if before is None else "removed", "claims": []})
            continue
        old_claims = {c["id"]: c for c in before["claims"]}
        changed = []
        for claim in after["claims"]:
            prior = old_claims.pop(claim["id"], None)
            if prior is None:
                changed.append({"id": claim["id"], "type": claim["type"], "change": "added", "new": claim["verdict"]})
            elif (prior["verdict"], prior["label"], prior["reasons"]) != (claim["verdict"], claim["label"], claim["reasons"]):
                if prior["label"] != claim["label"]:
                    change = "relabelled"
                elif prior["verdict"] != claim["verdict"]:
                    change = "fixed" if claim["correct"] else "broken"
                else:
                    change = "reasons"
                changed.append({
                    "id": claim["id"], "type": claim["type"], "change": change,
                    "old": prior["verdict"], "new": claim["verdict"],
                    "old_reasons": prior["reasons"], "new_reasons": claim["reasons"],
                })
        changed += [{"id": cid, "type": c["type"], "change": "removed", "old": c["verdict"]} for cid, c in old_claims.items()]
        if changed:
            cases.append({"id": case_id, "status": "changed", "claims": changed})
    return {"settings": settings, "overall": overall, "by_type": types, "cases": cases}


# -- text renderings for the CLI -----------------------------------------------------------------


def render_table(results: dict[str, Any]) -> str:
    """The per-type table and the overall figures, as text."""
    lines = [f"{'type':<26}{'label':<13}{'claims':>7}{'rejected':>10}{'share':>8}"]
    for t, row in results["by_type"].items():
        lines.append(f"{t:<26}{row['label']:<13}{row['claims']:>7}{row['rejected']:>10}{_pct(row['rejected_share']):>8}")
    o = results["overall"]
    v = results["verifier"]
    lines += [
        "",
        f"{len(results['cases'])} cases, {o['claims']} claims ({o['supported']} supported, {o['unsupported']} unsupported); "
        f"verifier {v['version']}, min_support {v['min_support']}",
        f"balanced accuracy     {_pct(o['balanced_accuracy'])}",
        f"recall (unsupported)  {_pct(o['recall_unsupported'])}  ({o['rejected_unsupported']} of {o['unsupported']} rejected)",
        f"false rejections      {_pct(o['false_rejection_rate'])}  ({o['rejected_supported']} of {o['supported']} supported rejected)",
        f"verified precision    {_pct(o['verified_precision'])}  "
        f"({o['accepted_supported']} of {o['accepted_supported'] + o['accepted_unsupported']} accepted are supported)",
    ]
    return "\n".join(lines) + "\n"


def render_misses(results: dict[str, Any]) -> str:
    """Every claim the verifier got wrong, unsupported ones it accepted first."""
    wrong = [(case["id"], c) for case in results["cases"] for c in case["claims"] if not c["correct"]]
    wrong.sort(key=lambda item: item[1]["label"] != "unsupported")
    lines = []
    for case_id, c in wrong:
        what = "ACCEPTED unsupported" if c["label"] == "unsupported" else "rejected supported"
        why = f" ({', '.join(c['reasons'])})" if c["reasons"] else ""
        lines.append(f"{what} {case_id}/{c['id']} [{c['type']}]{why}: {c['text']}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_comparison(diff: dict[str, Any]) -> str:
    """A comparison from :func:`compare`, as text: settings, figures, types, then case by case."""
    lines = []
    for key, change in diff["settings"].items():
        lines.append(f"{key}: {json.dumps(change['old'])} -> {json.dumps(change['new'])}")
    for metric, change in diff["overall"].items():
        lines.append(f"{metric:<22}{_pct(change['old']):>8} -> {_pct(change['new']):<8}{_delta(change['old'], change['new'])}")
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
    if not diff["by_type"] and not diff["cases"]:
        lines.append("")
        lines.append("No claim changed its verdict or reasons.")
    return "\n".join(lines) + "\n"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _delta(old: float | None, new: float | None) -> str:
    if old is None or new is None or abs(new - old) < 1e-12:
        return ""
    return f"({100 * (new - old):+.1f} points)"


def _frac(row: dict[str, Any] | None) -> str:
    return "-" if row is None else f"{row['rejected']}/{row['claims']}"
