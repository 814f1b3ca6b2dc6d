"""Labelled eval cases: the case-file models, loading and validating them, and segmenting their sources.

A case is one JSON file under ``eval/cases/`` (no Python per case), of one of two kinds
(:data:`CASE_KINDS`):

* ``"kind": "verifier"`` — sources plus claims, each a summary sentence with its citation markers, a
  gold ``label`` (``supported`` / ``unsupported``), an error ``type`` and a one-line ``reason``.
* ``"kind": "pipeline"`` — sources plus a vcrpy cassette of the model's answers (draft and repair) and a
  gold label for every claim drafted or repaired; :mod:`summarizer.evaluation.run` replays it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from ..citations import parse_summary
from ..errors import InputError
from ..sources import Source, sources_from_texts
from ._files import StrictModel, read_json_file, validation_summary

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


def default_eval_dir() -> Path:
    """``./eval`` when it holds cases, else the ``eval/`` folder next to the installed package (a checkout)."""
    here = Path.cwd() / "eval"
    if (here / "cases").is_dir():
        return here
    return Path(__file__).resolve().parents[2] / "eval"


# -- case files ----------------------------------------------------------------------------------


class CaseSource(StrictModel):
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


class LabelledClaim(StrictModel):
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


class _CaseHeading(StrictModel):
    """What every case file opens with: its kind, an id matching the file name, and what it is about."""

    kind: str
    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    description: str
    domain: str = Field(min_length=1)
    format: str = Field(min_length=1)


class VerifierCase(_CaseHeading):
    """Sources plus labelled claims; each claim is verified on its own against the sources."""

    kind: Literal["verifier"]
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


class UnlabelledClaim(StrictModel):
    """A claim a (re-)recording produced that nobody has labelled yet; the case fails until it is."""

    stage: Literal["draft", "repair"]
    text: str


class PipelineCase(_CaseHeading):
    """Sources, a cassette of the model's answers, and gold labels for the claims the replayed pipeline drafts."""

    kind: Literal["pipeline"]
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


CASE_KINDS: dict[str, type[StrictModel]] = {"verifier": VerifierCase, "pipeline": PipelineCase}


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
    raw = read_case_json(path)
    kind = raw.get("kind")
    model = CASE_KINDS.get(kind) if isinstance(kind, str) else None
    if model is None:
        raise InputError(f"{path}: 'kind' must be one of {', '.join(sorted(CASE_KINDS))}, not {kind!r}")
    try:
        case = model.model_validate(raw)
    except ValidationError as exc:
        raise InputError(f"{path}: invalid case: {validation_summary(exc)}") from None
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


def read_case_json(path: Path) -> dict[str, Any]:
    """A case file's JSON object, unvalidated; raise :class:`InputError` when it is not one."""
    raw = read_json_file(path)
    if not isinstance(raw, dict):
        raise InputError(f"{path}: a case file must hold one JSON object")
    return raw


def _check_options(case: PipelineCase, path: Path) -> None:
    from ..pipeline import SummarizeOptions  # deferred: verifier cases need no pipeline code

    try:
        SummarizeOptions.model_validate(case.options)
    except ValidationError as exc:
        raise InputError(f"{path}: invalid case: options: {validation_summary(exc)}") from None


def cassette_path(case: PipelineCase, case_path: Path) -> Path:
    """Where a pipeline case's cassette is: its ``cassette`` path, relative to the case file."""
    return (case_path.parent / case.cassette).resolve()


def _load_case_cassette(case: PipelineCase, path: Path) -> Any:
    """The case's cassette; its metadata must agree with the case on who wrote the answers and the model."""
    from ..cassettes import load_cassette
    from ..errors import ConfigError

    file = cassette_path(case, path)
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
