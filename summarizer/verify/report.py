"""The verification report: plain dataclasses whose JSON is a stable contract for other tools.

Dataclasses, not pydantic models, so that ``summarizer verify`` starts without importing pydantic (a
third of its start-up, issue 10). The JSON they write is byte for byte what the pydantic models wrote
(tests/fixtures/reports holds that output; tests/test_report.py compares). Reading a report back
(:meth:`from_dict`, or a pydantic model that has these classes as fields, as the run records do)
validates with pydantic from these same classes, so each shape is defined once: codes, relations and
verdicts are closed sets, unknown keys are refused, and :class:`VerifierConfig` is frozen.
"""

from __future__ import annotations

import dataclasses
import json.encoder
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Literal, Self, get_args

from ..errors import InputError
from .lexicon import alignment_settings, default_lexicon

VERIFIER_VERSION = "2.19"

ReasonCode = Literal[
    "no_content",
    "uncited",
    "citation_not_found",
    "quote_not_found",
    "number_mismatch",
    "entity_mismatch",
    "negation_mismatch",
    "hedge_dropped",
    "quantifier_mismatch",
    "speaker_mismatch",
    "cause_not_found",
    "modality_mismatch",
    "substitution",
    "antonym",
    "role_swap",
    "negation_scope",
    "unsupported_detail",
]
# How a claim word stands to the evidence word it was aligned with (see verify/lexicon.py).
Relation = Literal[
    "exact", "alias", "lemma", "synonym", "derivation", "more_general", "more_specific",
    "antonym", "sibling", "degree", "substitution", "relation_word", "insertion", "trend", "converse",
]
Verdict = Literal["supported", "rejected"]
_REASON_CODES = frozenset(get_args(ReasonCode))


class _Record:
    """What every report class shares: its dict and JSON form, and validated loading from them."""

    __slots__ = ()
    # Read by pydantic when it validates one of these classes (from_dict, or as a field of a pydantic
    # model): a key the contract does not have is an error, as with the models' extra="forbid".
    __pydantic_config__ = {"extra": "forbid"}

    def to_dict(self) -> dict[str, Any]:
        """The fields as plain dicts, lists and values, in field order (what ``model_dump()`` gave)."""
        return _plain(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON contract, compact or indented by ``indent``: what ``model_dump_json()`` wrote."""
        return _json_text(self, indent)

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Validate ``data`` (a report read back from JSON) as this class; InputError when the contract
        does not allow it (an unknown key, code, relation or verdict, a missing field, a wrong type)."""
        return _validated(cls, "validate_python", data)

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """:meth:`from_dict` for JSON text."""
        return _validated(cls, "validate_json", text)


_ADAPTERS: dict[type, Any] = {}


def _validated(cls: type, method: str, data: Any) -> Any:
    # Only reading a report back needs pydantic, so only this imports it.
    from pydantic import TypeAdapter, ValidationError

    adapter = _ADAPTERS.get(cls)
    if adapter is None:
        adapter = _ADAPTERS[cls] = TypeAdapter(cls)
    try:
        return getattr(adapter, method)(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the whole"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise InputError(f"not a valid {cls.__name__}: {where}: {first['msg']}{more}") from None


def _plain(value: Any) -> Any:
    """``value`` as dicts, lists and scalars; a report class as a dict of its fields in field order."""
    kind = type(value)
    if kind in _SCALARS:  # most values: checked first
        return value
    fields = _FIELDS.get(kind)
    if fields is not None:
        names, values_of = fields
        return dict(zip(names, [_plain(item) for item in values_of(value)]))
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _json_text(value: Any, indent: int | None) -> str:
    """``value`` as JSON exactly as pydantic wrote it: the layout of ``json.dumps(indent=…)`` (compact:
    no spaces), text unescaped but for quotes, backslashes and control characters, non-finite floats as
    null, sets and tuples as lists, and pydantic's spelling of floats.

    Written here rather than by ``json.dumps``, whose indented output is made in pure Python: this is
    twice as fast, and needs no second pass over a report for its floats.
    """
    out: list[str] = []
    append = out.append
    colon = ":" if indent is None else ": "
    pads: list[str] = []  # the line break and indentation before an item at each depth ("" compact)

    def pad(level: int) -> str:
        while len(pads) <= level:
            pads.append("" if indent is None else "\n" + " " * (indent * len(pads)))
        return pads[level]

    def write_object(items: Any, level: int) -> None:
        inner = pad(level + 1)
        opening = "{"
        for key, item in items:
            append(opening + inner + _string(key if type(key) is str else _key_text(key)) + colon)
            opening = ","
            write(item, level + 1)
        append("{}" if opening == "{" else pad(level) + "}")

    def write(item: Any, level: int) -> None:
        kind = type(item)
        if kind is str:
            append(_string(item))
            return
        fields = _FIELDS.get(kind)
        if fields is not None:
            names, values_of = fields
            write_object(zip(names, values_of(item)), level)
        elif item is None:
            append("null")
        elif item is True or item is False:
            append("true" if item else "false")
        elif isinstance(item, int):
            append(int.__repr__(item))
        elif isinstance(item, float):
            append(_float_text(item))
        elif isinstance(item, dict):
            write_object(item.items(), level)
        elif isinstance(item, (list, tuple, set, frozenset)):
            if not item:
                append("[]")
                return
            inner = pad(level + 1)
            opening = "["
            for element in item:
                append(opening + inner)
                opening = ","
                write(element, level + 1)
            append(pad(level) + "]")
        else:
            raise TypeError(f"a {kind.__name__} in a report has no JSON form")

    write(value, 0)
    return "".join(out)


# JSON text for a string with only quotes, backslashes and control characters escaped (json's own, in C).
_string = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _key_text(key: Any) -> str:
    """A dict key that is not text, as pydantic wrote it: true/false for booleans, else str()."""
    if key is True or key is False:
        return "true" if key else "false"
    if key is None or isinstance(key, (int, float)):
        return str(key)
    raise TypeError(f"a {type(key).__name__} key in a report has no JSON form")


def _float_text(number: float) -> str:
    """A float as pydantic wrote it: Python's shortest repr, except null for inf and nan, 0.00001 where
    Python writes 1e-05, and exponents without a leading zero (1.5e-7, not 1.5e-07); checked against
    pydantic on 400,000 floats, and by tests/test_report.py on every run."""
    if not math.isfinite(number):
        return "null"
    text = float.__repr__(number)
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    power = int(exponent)
    if power == -5:
        sign = "-" if mantissa.startswith("-") else ""
        return f"{sign}0.0000{mantissa.lstrip('-').replace('.', '')}"
    return f"{mantissa}e{'+' if power > 0 else '-'}{abs(power)}"


# Which keys of a reason's details name the claim's words at fault, and which the cited sentences'
# words the claim left out or contradicts, per reason code: read through Reason.claim_words and
# Reason.evidence_words, so no caller depends on a key's name.
_CLAIM_WORD_KEYS: dict[str, tuple[str, ...]] = {
    "number_mismatch": ("missing",),
    "entity_mismatch": ("missing",),
    "quote_not_found": ("quotes",),
    "unsupported_detail": ("missing",),
    "substitution": ("missing",),
    "antonym": ("missing",),
    "role_swap": ("missing",),
    "negation_scope": ("missing",),
    "modality_mismatch": ("claim_hedges",),
    "quantifier_mismatch": ("quantifiers", "missing"),
    "speaker_mismatch": ("claim_speakers",),
    "cause_not_found": ("cause_words",),
    "negation_mismatch": ("claim_cues",),
}
_EVIDENCE_WORD_KEYS: dict[str, tuple[str, ...]] = {
    "hedge_dropped": ("evidence_hedges",),
    "modality_mismatch": ("evidence_hedges",),
    "substitution": ("evidence_words",),
    "antonym": ("evidence_words",),
    "negation_scope": ("evidence_words",),
    "negation_mismatch": ("evidence_cues",),
    "speaker_mismatch": ("evidence_speakers",),
    "quantifier_mismatch": ("evidence_words",),
}


@dataclass(slots=True, kw_only=True)
class Reason(_Record):
    """Why a claim was rejected: a code, a message for a person, and the exact words or figures at fault.

    ``details`` is the JSON contract; :attr:`claim_words` and :attr:`evidence_words` read the words at
    fault out of it whatever the code, so highlighting never depends on a detail key's name.
    """

    code: ReasonCode
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The codes are a closed set other tools switch on: no report may carry one outside it.
        if self.code not in _REASON_CODES:
            raise InputError(f"unknown reason code {self.code!r}")

    @property
    def claim_words(self) -> list[str]:
        """The claim's words or figures at fault, as written in the claim."""
        return _words(self.details, _CLAIM_WORD_KEYS.get(self.code, ()))

    @property
    def evidence_words(self) -> list[str]:
        """Words of the cited sentences the claim left out, contradicts or replaced."""
        return _words(self.details, _EVIDENCE_WORD_KEYS.get(self.code, ()))


def _words(details: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for key in keys:
        for value in details.get(key) or ():
            if isinstance(value, str) and value.strip() and value not in found:
                found.append(value)
    return found


# Built by the verifier from its own typed values (about fifteen per claim), so not checked again on
# construction; from_dict checks one read from a file. Frozen, of immutable values (spans are tuples), so
# reports of the same claim text and evidence share one set of them (Verifier._content_outcome): fifteen
# fewer objects per claim for the garbage collector to walk, and a word of one report cannot be changed
# under another.
@dataclass(frozen=True, slots=True, kw_only=True)
class AlignedWord(_Record):
    """One content word of a claim and the evidence word it was aligned with (none for an insertion).

    Spans are character offsets: ``claim_span`` into the claim's text, ``evidence_span`` into the text of
    sentence ``evidence``. ``accepted`` says whether this pair supports the claim.
    """

    claim_word: str
    claim_span: tuple[int, int]  # (start, end); written as a two-item JSON array
    relation: Relation
    evidence: str | None
    evidence_word: str | None
    evidence_span: tuple[int, int] | None
    accepted: bool


# AlignedWord's slots, set directly: its frozen __init__ sets each field through object.__setattr__,
# which made building the ~15 words of each claim twice as slow as this.
_ALIGNED_WORD_SLOTS = tuple(getattr(AlignedWord, f.name).__set__ for f in dataclasses.fields(AlignedWord))
_new_object = object.__new__


def aligned_word(claim_word: str, claim_span: tuple[int, int], relation: Relation, evidence: str | None,
                 evidence_word: str | None, evidence_span: tuple[int, int] | None, accepted: bool) -> AlignedWord:
    """``AlignedWord(claim_word=…, …, accepted=…)``, the fields in their order, made faster (the same object:
    the class checks nothing on construction)."""
    word = _new_object(AlignedWord)
    set_claim_word, set_claim_span, set_relation, set_evidence, set_evidence_word, set_evidence_span, set_accepted = \
        _ALIGNED_WORD_SLOTS
    set_claim_word(word, claim_word)
    set_claim_span(word, claim_span)
    set_relation(word, relation)
    set_evidence(word, evidence)
    set_evidence_word(word, evidence_word)
    set_evidence_span(word, evidence_span)
    set_accepted(word, accepted)
    return word


# How each relation reads to a person, claim word first: "prolong ≈ extend (synonym)".
RELATION_WORDS: dict[str, tuple[str, str]] = {
    "alias": ("=", "another name for the same"),
    "synonym": ("\u2248", "synonym"),
    "derivation": ("\u2248", "same root"),
    "more_general": ("\u2287", "more general, so it follows"),
    "more_specific": ("\u2282", "narrower than the source's word"),
    "antonym": ("\u2260", "the opposite"),
    "sibling": ("\u2260", "a different kind of the same thing"),
    "degree": ("\u2260", "the same word in another degree: high, higher, highest"),
    "substitution": ("\u2260", "a different word"),
    "relation_word": ("\u2260", "a different relation between the same words"),
    "trend": ("\u2248", "what the figures it links do: the second is higher, or lower"),
    "converse": ("\u2248", "the same event told from the other side: lost an appeal the court dismissed, lost to the side that beat it"),
}


def describe_alignment(words: list[AlignedWord]) -> list[str]:
    """The alignment in words, leaving out exact and inflected matches: ["prolong ≈ extend (synonym)",
    "cruise ≠ hypersonic [2.13] (a different kind of the same thing)", "sharply: nothing in the evidence"]."""
    out = []
    for w in words:
        if w.relation in ("exact", "lemma"):
            continue
        if w.relation == "insertion":
            out.append(f"{w.claim_word}: nothing in the evidence")
            continue
        if w.evidence_word is None:  # a word added under a negation, which narrows the denial
            out.append(f"{w.claim_word}: added under a negation, so the claim denies less and follows")
            continue
        sign, meaning = RELATION_WORDS.get(w.relation, ("~", w.relation))
        where = f" [{w.evidence}]" if w.evidence and not w.accepted else ""
        if not w.accepted and w.relation in ("more_general", "more_specific", "antonym"):
            meaning += ", which does not follow here" if w.relation != "antonym" else ""
        elif w.accepted and w.relation in ("more_specific", "antonym"):
            meaning += ", but under a negation, so it follows"
        out.append(f"{w.claim_word} {sign} {w.evidence_word or '?'}{where} ({meaning})")
    return out


@dataclass(slots=True, kw_only=True)
class ClaimReport(_Record):
    """The verdict on one claim, with the sentences used as evidence and its word-by-word alignment."""

    index: int
    text: str
    start: int
    end: int
    citations: list[str]
    verdict: Verdict
    reasons: list[Reason]
    evidence: list[str]
    alignment: list[AlignedWord] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Stats(_Record):
    """Counts over all claims."""

    claims: int
    supported: int
    rejected: int


@dataclass(slots=True, kw_only=True)
class NonClaimReport(_Record):
    """A heading, reference entry or bare marker of the summary that was not checked."""

    kind: Literal["heading", "reference", "marker"]
    text: str
    start: int
    end: int


def _default_min_support() -> float:
    return alignment_settings()["min_support"]


# What each setting must be when given as an argument (bool is an int to isinstance, so it is refused
# where an int or a float is meant).
_SETTING_TYPES: dict[str, tuple[type, ...]] = {
    "version": (str,), "lexicon": (str,), "min_support": (float, int), "attribute": (bool,),
    "shortlist": (int,), "max_evidence": (int,),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class VerifierConfig(_Record):
    """The verifier's settings, one class for choosing them and for recording them in every report (with
    the version and the lexicon that made it, filled in by :meth:`settings`). ``min_support``: share of a
    claim's content words its evidence must hold (default from data/alignment.json)."""

    version: str = VERIFIER_VERSION
    lexicon: str = ""
    min_support: float = field(default_factory=_default_min_support)
    attribute: bool = False
    shortlist: int = 5
    max_evidence: int = 3

    def __post_init__(self) -> None:
        for name, kinds in _SETTING_TYPES.items():
            value = getattr(self, name)
            if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
                wanted = " or ".join(kind.__name__ for kind in kinds)
                raise InputError(f"the verifier setting {name} must be {wanted}, not {value!r}")
        # Recorded as a float whatever it was given as, as pydantic did: the JSON says 1.0, not 1.
        object.__setattr__(self, "min_support", float(self.min_support))

    def settings(self) -> VerifierConfig:
        """The settings as recorded in a report: these, made by this verifier and its lexicon."""
        return dataclasses.replace(self, version=VERIFIER_VERSION, lexicon=default_lexicon().version)


@dataclass(slots=True, kw_only=True)
class VerificationReport(_Record):
    """Verdicts for every claim of a summary. ``claims`` and ``stats`` are the stable contract."""

    claims: list[ClaimReport]
    stats: Stats
    non_claims: list[NonClaimReport] = field(default_factory=list)
    verifier: VerifierConfig

    @property
    def all_supported(self) -> bool:
        """True when no claim was rejected."""
        return self.stats.rejected == 0


_SCALARS = frozenset({str, int, bool, type(None)})


def _fields_of(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    names = tuple(f.name for f in dataclasses.fields(cls))
    # attrgetter of two or more names gives a tuple (of one, the bare value): every class here has three or more.
    assert len(names) > 1, cls
    return names, attrgetter(*names)


# Each report class's fields in order (the keys of its dict and JSON forms), and a getter of their values.
_FIELDS = {cls: _fields_of(cls)
           for cls in (Reason, AlignedWord, ClaimReport, Stats, NonClaimReport, VerifierConfig, VerificationReport)}
