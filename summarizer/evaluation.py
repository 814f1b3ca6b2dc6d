"""The eval suite: labelled cases as data files, run through the public verifier API, scored and compared.

A case is one JSON file under ``eval/cases/`` (no Python per case), of one of two kinds
(:data:`CASE_KINDS`):

* ``"kind": "verifier"`` — sources plus claims, each a summary sentence with its citation markers, a
  gold ``label`` (``supported`` / ``unsupported``), an error ``type`` and a one-line ``reason``.
* ``"kind": "pipeline"`` — sources plus a vcrpy cassette of the model's answers (draft and repair) and a
  gold label for every claim drafted or repaired. The whole pipeline is replayed (prompt rendering, the
  HTTP exchange through the real client, parsing, verification, repair) against a local server that
  answers from the cassette: no network, no key. Its claims count in the same table and figures, with
  the pipeline's verdicts; :func:`record_pipeline_cases` re-records the cassettes against a real endpoint.

The positive class of every figure is *unsupported*: the verifier should reject those claims. The
library never prints or exits; the CLI does.
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
from .errors import InputError, SummarizerError
from .sources import Source, sources_from_texts
from .verify import VERIFIER_VERSION, Verifier, VerifierConfig

RESULTS_SCHEMA = 1
SUPPORTED_TYPES = (
    "supported_verbatim",
    "supported_paraphrase",
    "supported_number_format",
    "supported_synthesis",
    # Verifier 2.0's relations, each with its own row so a regression in one cannot hide in another.
    "supported_synonym",  # content words replaced by WordNet synonyms or derivations ("prolong" for "extend")
    "supported_generalisation",  # the claim says less: a hypernym or a dropped modifier ("missiles" for "hypersonic missiles")
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
    "sibling_substitution",  # a word replaced by another of the same kind ("cruise" for "hypersonic", Monday for Tuesday)
    "modifier_swap",  # a modifier replaced or moved to another noun ("temporary" made "permanent", "first" made "last")
    "antonym_swap",  # a word replaced by its opposite (raised/cut, won/lost, approve/reject)
    "role_swap",  # two participants trade places around the same verb ("A beat B" for "B beat A")
    "added_clause",  # a whole clause the evidence does not state
    "modality_changed",  # a hedge of one kind made stronger ("could" made "would", "considering whether" made "will")
    "negated_generalisation",  # under negation the claim generalises ("did not test missiles" from "did not test hypersonic missiles")
    # A drafted sentence with no marker at all (pipeline cases only: a verifier case's claims all cite).
    "uncited",
)
ERROR_TYPES = SUPPORTED_TYPES + UNSUPPORTED_TYPES
ErrorType = Literal[ERROR_TYPES]  # type: ignore[valid-type]  # the tuple above, as a type
GoldLabel = Literal["supported", "unsupported"]
METRICS = ("balanced_accuracy", "recall_unsupported", "false_rejection_rate", "verified_precision")
PIPELINE_FIGURES = (
    "drafted", "rejected_at_draft", "repaired", "repaired_supported", "repaired_unsupported", "verified", "rejected",
    "in_summary", "in_summary_unsupported",
    "calls", "prompt_tokens", "completion_tokens", "total_tokens", "cost_usd",
)


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
    """One source of a case: inline ``text``, or a ``path`` relative to the case file; ``name`` labels it in prompts."""

    text: str | None = None
    path: str | None = None
    name: str | None = Field(default=None, min_length=1)

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


class PipelineClaim(LabelledClaim):
    """A claim the pipeline drafted or repaired: the exact line it verified, its gold label, type and why."""

    stage: Literal["draft", "repair"]
    # For a repair: the id of the drafted claim it replaces.
    repair_of: str | None = None

    @model_validator(mode="after")
    def _repair_names_its_draft(self) -> PipelineClaim:
        if (self.stage == "repair") != (self.repair_of is not None):
            raise ValueError(f"claim {self.id!r}: a repair names the drafted claim it replaces in 'repair_of', a draft does not")
        return self


class UnlabelledClaim(_Model):
    """A claim a (re-)recording produced that nobody has labelled yet; the case fails until it is."""

    stage: Literal["draft", "repair"]
    text: str


class PipelineCase(_Model):
    """Sources, a cassette of the model's answers, and gold labels for the claims the replayed pipeline drafts."""

    kind: Literal["pipeline"]
    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    description: str
    domain: str = Field(min_length=1)
    format: str = Field(min_length=1)
    # "hand-written": a person wrote the answers; "recorded": a model did (which one: ``model``).
    origin: Literal["hand-written", "recorded"]
    origin_note: str = Field(min_length=1)
    # The model name the requests carry (for hand-written answers, a name no provider serves).
    model: str = Field(min_length=1)
    recorded: str = Field(min_length=1)
    # Prompt name -> version the cassette was recorded with.
    prompts: dict[str, int]
    # Whose list prices estimate the cost when the recorded model has none (hand-written answers).
    cost_model: str | None = None
    # SummarizeOptions of the run (shape, max_repairs, …); min_support comes from the suite's verifier config.
    options: dict[str, Any] = Field(default_factory=dict)
    sources: list[CaseSource] = Field(min_length=1)
    cassette: str = Field(min_length=1)
    claims: list[PipelineClaim] = Field(default_factory=list)
    to_label: list[UnlabelledClaim] = Field(default_factory=list)

    @model_validator(mode="after")
    def _claims_consistent(self) -> PipelineCase:
        ids: set[str] = set()
        lines: set[tuple[str, str]] = set()
        for c in self.claims:
            if c.id in ids:
                raise ValueError(f"claim id {c.id!r} is used twice")
            if (c.stage, c.text) in lines:
                raise ValueError(f"claim {c.id!r}: the same {c.stage} line is labelled twice")
            ids.add(c.id)
            lines.add((c.stage, c.text))
        drafts = {c.id for c in self.claims if c.stage == "draft"}
        for c in self.claims:
            if c.repair_of is not None and c.repair_of not in drafts:
                raise ValueError(f"claim {c.id!r} repairs {c.repair_of!r}, which is not a drafted claim of this case")
        if not self.claims and not self.to_label:
            raise ValueError("claims: a pipeline case needs its drafted claims, labelled (or under 'to_label')")
        if "min_support" in self.options:
            raise ValueError("options: min_support comes from the suite's verifier config, not the case")
        return self


CASE_KINDS: dict[str, type[_Model]] = {"verifier": VerifierCase, "pipeline": PipelineCase}


class LoadedCase:
    """A validated case with its sources segmented (and, for a pipeline case, its cassette), ready to run."""

    def __init__(self, case: VerifierCase | PipelineCase, sources: list[Source], path: Path, cassette: Any = None):
        self.case = case
        self.sources = sources
        self.path = path
        self.cassette = cassette

    @property
    def kind(self) -> str:
        """``verifier`` or ``pipeline``."""
        return self.case.kind

    @property
    def id(self) -> str:
        """The case id."""
        return self.case.id


def load_case(path: str | Path, *, need_cassette: bool = True) -> LoadedCase:
    """Read, validate and segment one case file; raise :class:`InputError` naming the file and the fault.

    ``need_cassette=False`` loads a pipeline case whose cassette is missing or stale (for re-recording).
    """
    path = Path(path)
    raw = _read_case_json(path)
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
    for spec, source in zip(case.sources, sources):
        if spec.name is not None:
            source.path = spec.name
    if isinstance(case, PipelineCase):
        _check_options(case, path)
        cassette = _load_case_cassette(case, path) if need_cassette else None
        return LoadedCase(case, sources, path, cassette)
    for claim in case.claims:
        _check_claim(claim, sources, path)
    return LoadedCase(case, sources, path)


def _read_case_json(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(raw, dict):
        raise InputError(f"{path}: a case file must hold one JSON object")
    return raw


def _check_options(case: PipelineCase, path: Path) -> None:
    from .pipeline import SummarizeOptions  # deferred: verifier cases need no pipeline code

    try:
        SummarizeOptions.model_validate(case.options)
    except ValidationError as exc:
        raise InputError(f"{path}: invalid case: options: {_validation_summary(exc)}") from None


def _cassette_path(case: PipelineCase, case_path: Path) -> Path:
    return (case_path.parent / case.cassette).resolve()


def _load_case_cassette(case: PipelineCase, path: Path) -> Any:
    """The case's cassette; its metadata must agree with the case on who wrote the answers and the model."""
    from .cassettes import load_cassette
    from .errors import ConfigError

    file = _cassette_path(case, path)
    if not file.is_file():
        raise InputError(f"{path}: cassette {case.cassette!r} does not exist")
    try:
        cassette = load_cassette(file)
    except ConfigError as exc:
        raise InputError(f"{path}: {exc}") from None
    if cassette.handwritten != (case.origin == "hand-written"):
        said = "hand-written" if cassette.handwritten else "recorded from a model"
        raise InputError(f"{path}: the case says origin {case.origin!r} but its cassette is {said}")
    if cassette.model != case.model:
        raise InputError(f"{path}: the case says model {case.model!r} but its cassette was recorded with {cassette.model!r}")
    return cassette


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
    """Run one case: verify each claim of a verifier case on its own, or replay a pipeline case."""
    if isinstance(case.case, PipelineCase):
        return run_pipeline_case(case, config)
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


def run_pipeline_case(case: LoadedCase, config: VerifierConfig | None = None) -> dict[str, Any]:
    """Replay a pipeline case from its cassette, with no network and no key; label what it drafted.

    A replay that misses the cassette (prompts, options or verifier messages changed), or claims without
    a gold label, give ``"error"``: the case then counts in no figure and the suite fails its thresholds.
    """
    from .config import load_provider_config
    from .cassettes import ReplayServer
    from .llm import ChatClient

    spec = case.case
    assert isinstance(spec, PipelineCase)
    config = config or VerifierConfig()
    out: dict[str, Any] = {
        "id": spec.id, "kind": "pipeline", "domain": spec.domain, "format": spec.format, "origin": spec.origin,
        "model": spec.model, "prompts": dict(spec.prompts), "sources": len(case.sources), "error": None,
        "pipeline": None, "claims": [],
    }
    if case.cassette is None:
        out["error"] = "no cassette loaded"
        return out
    try:
        with ReplayServer(case.cassette) as server:
            # env={} and no .env: the replay must never pick up a real key or endpoint from the environment.
            provider = load_provider_config(
                {"base_url": server.base_url, "model": spec.model, "max_attempts": 1}, env={}, dotenv_path=False
            )
            with ChatClient(provider) as client:
                result = _pipeline(client, spec, case.sources, config.min_support)
    except SummarizerError as exc:
        out["error"] = (
            f"the replay failed: {exc}. The cassette {spec.cassette} was recorded with prompts "
            f"{_versions(spec.prompts)} and the verifier of that day; after a prompt, option or verifier-message "
            "change, re-record it (summarizer eval --record, or eval/make_pipeline_cases.py for hand-written cases)"
        )
        return out
    out["prompts"] = dict(result.prompts)
    return _label_outcomes(spec, result, out)


def _pipeline(client: Any, spec: PipelineCase, sources: list[Source], min_support: float) -> Any:
    from .pipeline import Pipeline, SummarizeOptions

    options = SummarizeOptions.model_validate({**spec.options, "min_support": min_support})
    return Pipeline(client, model=spec.model, options=options).run(sources)


def _versions(prompts: dict[str, int]) -> str:
    return ", ".join(f"{name}@{version}" for name, version in sorted(prompts.items())) or "(none)"


def _stage(outcome: Any) -> str:
    return "draft" if outcome.repair_of is None else "repair"


def _label_outcomes(spec: PipelineCase, result: Any, out: dict[str, Any]) -> dict[str, Any]:
    """Join the replayed claims to their gold labels by stage and exact line; fill figures and claims."""
    from .llm import Usage as _Usage, estimate_cost

    gold = {(c.stage, c.text): c for c in spec.claims}
    final = [c for c in result.claims if c.final]
    in_summary = {c.id for c in result.final_claims()}
    claims: list[dict[str, Any]] = []
    unlabelled: list[str] = []
    used: set[str] = set()
    label_of: dict[int, str] = {}
    for c in final:
        label = gold.get((_stage(c), c.line))
        if label is None:
            unlabelled.append(f"{_stage(c)}: {c.line}")
            continue
        cid = label.id if label.id not in used else f"{label.id}#{c.id}"
        used.add(label.id)
        label_of[c.id] = label.label
        verdict = "supported" if c.status == "verified" else "rejected"
        claims.append({
            "id": cid, "type": label.type, "label": label.label, "verdict": verdict,
            "correct": (verdict == "rejected") == (label.label == "unsupported"),
            "reasons": [r.code for r in c.reasons], "text": c.line, "stage": c.stage,
            "in_summary": c.id in in_summary,
        })
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
    drafted = [c for c in final if c.repair_of is None]
    usage = result.usage
    # The provider's answered model's prices; else the requested model's; else, for hand-written answers, cost_model's.
    cost, basis = result.cost_usd, f"{spec.model} prices" if result.cost_usd is not None else None
    for name in (spec.model, spec.cost_model):
        if cost is None and name:
            cost = estimate_cost(_Usage(**usage.model_dump()), name)
            basis = f"{name} list prices" if cost is not None else None
    out["pipeline"] = {
        "drafted": len(drafted),
        "rejected_at_draft": sum(1 for c in drafted if c.status == "rejected"),
        "repaired": result.stats.repaired,
        # Repairs the verifier accepted, split by their gold labels: a good repair is one that is truly
        # supported. Counting all accepted repairs would reward the verifier for passing a bad one.
        "repaired_supported": sum(
            1 for c in final if c.repair_of is not None and c.status == "verified" and label_of.get(c.id) == "supported"),
        "repaired_unsupported": sum(
            1 for c in final if c.repair_of is not None and c.status == "verified" and label_of.get(c.id) == "unsupported"),
        "verified": result.stats.verified,
        "rejected": result.stats.rejected,
        "in_summary": len(in_summary),
        "in_summary_unsupported": sum(1 for i in in_summary if label_of.get(i) == "unsupported"),
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "total_tokens": usage.total_tokens,
        "calls": sum(len(step.calls) for step in result.steps),
        "cost_usd": cost,
        "cost_basis": basis,
    }
    out["claims"] = claims
    out["error"] = "; ".join(problems) or None
    return out


def pipeline_totals(cases: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """Pipeline figures summed over the pipeline cases that replayed cleanly; None when there are none."""
    rows = [c["pipeline"] for c in cases if c.get("kind") == "pipeline" and c.get("pipeline") and not c.get("error")]
    if not rows:
        return None
    totals: dict[str, Any] = {"cases": len(rows)}
    for key in PIPELINE_FIGURES:
        values = [r[key] for r in rows]
        totals[key] = None if any(v is None for v in values) else sum(values)
    totals["cost_basis"] = sorted({r["cost_basis"] for r in rows if r["cost_basis"]})
    totals["summary_precision"] = _ratio(totals["in_summary"] - totals["in_summary_unsupported"], totals["in_summary"])
    return totals


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
    # A pipeline case that failed to replay or has unlabelled claims counts in no figure (its error fails the suite).
    all_claims = [claim for case in cases if not case.get("error") for claim in case["claims"]]
    by_kind = {
        kind: score(claim for case in cases if case["kind"] == kind and not case.get("error") for claim in case["claims"])
        for kind in CASE_KINDS
    }
    pipeline_cases = [c for c in cases if c["kind"] == "pipeline"]
    prompts: dict[str, int] = {}
    for case in pipeline_cases:
        prompts.update(case["prompts"])
    models = sorted({c["model"] for c in pipeline_cases})
    moment = now or _dt.datetime.now(_dt.timezone.utc)
    return {
        "schema": RESULTS_SCHEMA,
        "date": moment.isoformat(timespec="seconds"),
        "git_commit": git_commit(cases_dir),
        "git_dirty": git_dirty(cases_dir),
        "verifier": {"version": VERIFIER_VERSION, **config.settings().model_dump(exclude={"version"})},
        # The prompt versions the pipeline cases ran with, and the model(s) behind their recorded answers.
        "prompts": dict(sorted(prompts.items())),
        "model": ", ".join(models) if models else None,
        "origins": {c["id"]: c["origin"] for c in pipeline_cases},
        "cases_dir": str(cases_dir),
        "overall": score(all_claims),
        "by_kind": by_kind,
        "by_type": score_by_type(all_claims),
        "pipeline": pipeline_totals(cases),
        "errors": {c["id"]: c["error"] for c in cases if c.get("error")},
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
    # The same four figures on the verifier cases alone, so easy pipeline claims cannot hide a regression.
    min_verifier_balanced_accuracy: float | None = Field(default=None, ge=0, le=1)
    min_verifier_recall_unsupported: float | None = Field(default=None, ge=0, le=1)
    max_verifier_false_rejection_rate: float | None = Field(default=None, ge=0, le=1)
    min_verifier_verified_precision: float | None = Field(default=None, ge=0, le=1)
    # Pipeline cases: of the claims their final summaries keep, the share that are truly supported.
    min_pipeline_summary_precision: float | None = Field(default=None, ge=0, le=1)
    # Pipeline cases: of the claims rejected at draft, the share a repair round turned into verified claims
    # that the gold labels call supported. (The old "repair rate" counted every verified repair, so it
    # rewarded the verifier for accepting a bad one; it is still printed, but no threshold reads it.)
    min_pipeline_supported_repair_rate: float | None = Field(default=None, ge=0, le=1)


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
    failures = [f"case {case_id}: {error}" for case_id, error in (results.get("errors") or {}).items()]
    t = thresholds
    scopes = [
        ("", results["overall"], (t.min_balanced_accuracy, t.min_recall_unsupported,
                                   t.max_false_rejection_rate, t.min_verified_precision)),
        ("verifier cases: ", (results.get("by_kind") or {}).get("verifier") or {},
         (t.min_verifier_balanced_accuracy, t.min_verifier_recall_unsupported,
          t.max_verifier_false_rejection_rate, t.min_verifier_verified_precision)),
    ]
    for label, figures, limits in scopes:
        checks = zip(
            ("balanced_accuracy", "recall_unsupported", "false_rejection_rate", "verified_precision"),
            limits,
            ("min", "min", "max", "min"),
        )
        for metric, limit, kind in checks:
            if limit is None:
                continue
            value = figures.get(metric)
            if value is None:
                failures.append(f"{label}{metric} cannot be computed (no claims to measure it on); the threshold is {limit:.3f}")
            elif kind == "min" and value < limit:
                failures.append(f"{label}{metric} is {value:.3f}, below the minimum {limit:.3f}")
            elif kind == "max" and value > limit:
                failures.append(f"{label}{metric} is {value:.3f}, above the maximum {limit:.3f}")
    pipeline = results.get("pipeline") or {}
    pipeline_checks = [
        ("pipeline summary precision", thresholds.min_pipeline_summary_precision, pipeline.get("summary_precision")),
        ("pipeline supported-repair rate", thresholds.min_pipeline_supported_repair_rate, supported_repair_rate(pipeline)),
    ]
    for name, limit, value in pipeline_checks:
        if limit is None:
            continue
        if value is None:
            failures.append(f"{name} cannot be computed (no pipeline case replayed); the threshold is {limit:.3f}")
        elif value < limit:
            failures.append(f"{name} is {value:.3f}, below the minimum {limit:.3f}")
    return failures


def repair_rate(pipeline: dict[str, Any] | None) -> float | None:
    """Of the claims rejected at draft, the share verified after repair; None without pipeline figures."""
    if not pipeline:
        return None
    return _ratio(pipeline.get("repaired") or 0, pipeline.get("rejected_at_draft") or 0)


def supported_repair_rate(pipeline: dict[str, Any] | None) -> float | None:
    """Of the claims rejected at draft, the share whose repair was verified and is supported by the gold labels."""
    if not pipeline or pipeline.get("repaired_supported") is None:
        return None
    return _ratio(pipeline["repaired_supported"], pipeline.get("rejected_at_draft") or 0)


# -- comparing two results files -----------------------------------------------------------------


def compare(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What changed from ``old`` to ``new``: settings, overall figures, each type, each case and claim."""
    settings = {
        key: {"old": old.get(key), "new": new.get(key)}
        for key in ("verifier", "prompts", "model", "origins", "git_commit", "git_dirty")
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
    old_pipe, new_pipe = old.get("pipeline") or {}, new.get("pipeline") or {}
    pipeline = {
        key: {"old": old_pipe.get(key), "new": new_pipe.get(key)}
        for key in ("cases", *PIPELINE_FIGURES, "summary_precision")
        if old_pipe.get(key) != new_pipe.get(key)
    }
    old_errors, new_errors = old.get("errors") or {}, new.get("errors") or {}
    errors = {
        case_id: {"old": old_errors.get(case_id), "new": new_errors.get(case_id)}
        for case_id in dict.fromkeys([*old_errors, *new_errors])
        if old_errors.get(case_id) != new_errors.get(case_id)
    }
    return {"settings": settings, "overall": overall, "by_type": types, "pipeline": pipeline, "errors": errors, "cases": cases}


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
    lines += _render_pipeline(results)
    for case_id, error in (results.get("errors") or {}).items():
        lines.append(f"ERROR {case_id}: {error}")
    return "\n".join(lines) + "\n"


def _render_pipeline(results: dict[str, Any]) -> list[str]:
    """The pipeline block of the table: what was drafted, verified, repaired, kept; tokens and cost."""
    p = results.get("pipeline")
    by_kind = results.get("by_kind") or {}
    if not p:
        return []
    origins = sorted(set((results.get("origins") or {}).values()))
    cost = "n/a" if p["cost_usd"] is None else f"${p['cost_usd']:.4f}"
    basis = f" ({'; '.join(p['cost_basis'])})" if p.get("cost_basis") else ""
    pipe, ver = by_kind.get("pipeline") or {}, by_kind.get("verifier") or {}
    return [
        "",
        f"pipeline: {p['cases']} cases replayed from cassettes ({', '.join(origins)} answers; model {results.get('model')}; "
        f"prompts {_versions(results.get('prompts') or {})})",
        f"  drafted {p['drafted']} claims, {p['rejected_at_draft']} rejected at draft, {p['repaired']} verified after repair "
        f"(repair rate {_pct(repair_rate(p))}): {p.get('repaired_supported')} truly supported, "
        f"{p.get('repaired_unsupported')} not (supported-repair rate {_pct(supported_repair_rate(p))})",
        f"  final: {p['verified']} verified, {p['rejected']} rejected; of the {p['in_summary']} claims the summaries keep, "
        f"{p['in_summary_unsupported']} {'is' if p['in_summary_unsupported'] == 1 else 'are'} unsupported by the gold labels (summary precision {_pct(p['summary_precision'])})",
        f"  {p['calls']} calls, {p['prompt_tokens']} prompt + {p['completion_tokens']} completion = {p['total_tokens']} tokens "
        f"(recorded usage); estimated cost {cost}{basis}",
        f"  The {pipe.get('claims', 0)} pipeline claims (every draft and repair, gold-labelled by hand, with the pipeline's "
        "verdicts) count in the table and figures above.",
        f"  verifier cases alone: balanced accuracy {_pct(ver.get('balanced_accuracy'))}, verified precision "
        f"{_pct(ver.get('verified_precision'))}; pipeline claims alone: balanced accuracy {_pct(pipe.get('balanced_accuracy'))}, "
        f"verified precision {_pct(pipe.get('verified_precision'))}",
    ]


def render_misses(results: dict[str, Any]) -> str:
    """Every claim the verifier got wrong, unsupported ones it accepted first."""
    wrong = [(case["id"], c) for case in results["cases"] if not case.get("error") for c in case["claims"] if not c["correct"]]
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


# -- re-recording pipeline cassettes (someone with a key) ----------------------------------------


def record_pipeline_cases(
    cases_dir: str | Path | None,
    provider: Any,
    *,
    only: Iterable[str] | None = None,
    config: VerifierConfig | None = None,
    now: _dt.datetime | None = None,
) -> list[dict[str, Any]]:
    """Re-record every pipeline case's cassette against ``provider`` (a ``ProviderConfig``), then update its case file.

    The key is filtered out of the cassette (a cassette or case file that would still hold it is refused).
    The case becomes ``origin: recorded`` with the model and date; labels whose line the model produced
    again are kept, and new lines go under ``to_label``: the case fails until a person labels them.
    Returns, per case, the cassette written and how many claims are labelled and still to label.
    """
    from urllib.parse import urlsplit

    from .config import provider_label  # the host without credentials
    from .cassettes import cassette_meta, recording
    from .llm import ChatClient

    cases_dir = Path(cases_dir) if cases_dir is not None else default_eval_dir() / "cases"
    config = config or VerifierConfig()
    wanted = set(only) if only is not None else None
    secrets = provider.secrets()  # the key, and a password in the base URL
    moment = (now or _dt.datetime.now(_dt.timezone.utc)).isoformat(timespec="seconds")
    files = sorted(cases_dir.glob("*.json")) if cases_dir.is_dir() else []
    loaded = [load_case(f, need_cassette=False) for f in files if _read_case_json(f).get("kind") == "pipeline"]
    if wanted is not None:
        missing = wanted - {c.id for c in loaded}
        if missing:
            raise InputError(f"{cases_dir}: no pipeline case named {', '.join(sorted(missing))}")
        loaded = [c for c in loaded if c.id in wanted]
    if not loaded:
        raise InputError(f"{cases_dir}: holds no pipeline cases to record")
    done = []
    for case in loaded:
        spec = case.case
        assert isinstance(spec, PipelineCase)
        target = _cassette_path(spec, case.path)
        partial = target.with_name(target.stem + ".recording.json")
        note = (f"Recorded from {provider.model} at {urlsplit(provider_label(provider.base_url)).netloc} by `summarizer eval --record` on {moment} "
                f"for eval case {spec.id}; provider-default sampling settings; credentials headers filtered out.")
        meta = cassette_meta(case.sources, spec.options.get("shape", "summary"), provider.model, handwritten=False, note=note)
        meta["case"] = spec.id
        try:
            with recording(partial, meta, secrets=secrets):
                # The client is made inside the recording block, so every request it sends is recorded.
                with ChatClient(provider) as client:
                    recorded_spec = spec.model_copy(update={"model": provider.model})
                    result = _pipeline(client, recorded_spec, case.sources, config.min_support)
            partial.replace(target)
        finally:
            if partial.exists():
                partial.unlink()
        gold = {(c.stage, c.text): c for c in spec.claims}
        kept: list[PipelineClaim] = []
        to_label: list[UnlabelledClaim] = []
        for c in (c for c in result.claims if c.final):
            label = gold.get((_stage(c), c.line))
            if label is not None and label not in kept:
                kept.append(label)
            elif label is None:
                to_label.append(UnlabelledClaim(stage=_stage(c), text=c.line))  # type: ignore[arg-type]
        drafts = {c.id for c in kept if c.stage == "draft"}
        kept = [c for c in kept if c.repair_of is None or c.repair_of in drafts]
        raw = _read_case_json(case.path)
        raw.update({
            "origin": "recorded",
            "origin_note": note,
            "model": provider.model,
            "recorded": moment,
            "prompts": dict(result.prompts),
            "cost_model": None,
            "claims": [c.model_dump(exclude_none=True) for c in kept],
            "to_label": [c.model_dump() for c in to_label],
        })
        text = json.dumps(raw, indent=2, ensure_ascii=False) + "\n"
        if any(s in text for s in secrets):
            raise InputError(f"{case.path}: refusing to write a case file that holds the API key")
        write_text_atomic(str(case.path), text)
        done.append({"id": spec.id, "cassette": str(target), "status": result.status, "labelled": len(kept),
                     "to_label": len(to_label), "usage": result.usage.model_dump()})
    return done

