"""The verification report: pydantic models whose JSON is a stable contract for other tools."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .lexicon import alignment_settings, default_lexicon

VERIFIER_VERSION = "2.2"

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
    "antonym", "sibling", "substitution", "relation_word", "insertion",
]
Verdict = Literal["supported", "rejected"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


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


class Reason(_Model):
    """Why a claim was rejected: a code, a message for a person, and the exact words or figures at fault.

    ``details`` is the JSON contract; :attr:`claim_words` and :attr:`evidence_words` read the words at
    fault out of it whatever the code, so highlighting never depends on a detail key's name.
    """

    code: ReasonCode
    message: str
    details: dict[str, Any] = Field(default_factory=dict)

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


class AlignedWord(_Model):
    """One content word of a claim and the evidence word it was aligned with (none for an insertion).

    Spans are character offsets: ``claim_span`` into the claim's text, ``evidence_span`` into the text of
    sentence ``evidence``. ``accepted`` says whether this pair supports the claim.
    """

    claim_word: str
    claim_span: list[int]
    relation: Relation
    evidence: str | None
    evidence_word: str | None
    evidence_span: list[int] | None
    accepted: bool


# How each relation reads to a person, claim word first: "prolong ≈ extend (synonym)".
RELATION_WORDS: dict[str, tuple[str, str]] = {
    "alias": ("=", "another name for the same"),
    "synonym": ("\u2248", "synonym"),
    "derivation": ("\u2248", "same root"),
    "more_general": ("\u2287", "more general, so it follows"),
    "more_specific": ("\u2282", "narrower than the source's word"),
    "antonym": ("\u2260", "the opposite"),
    "sibling": ("\u2260", "a different kind of the same thing"),
    "substitution": ("\u2260", "a different word"),
    "relation_word": ("\u2260", "a different relation between the same words"),
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


class ClaimReport(_Model):
    """The verdict on one claim, with the sentences used as evidence and its word-by-word alignment."""

    index: int
    text: str
    start: int
    end: int
    citations: list[str]
    verdict: Verdict
    reasons: list[Reason]
    evidence: list[str]
    alignment: list[AlignedWord] = Field(default_factory=list)


class Stats(_Model):
    """Counts over all claims."""

    claims: int
    supported: int
    rejected: int


class NonClaimReport(_Model):
    """A heading, reference entry or bare marker of the summary that was not checked."""

    kind: Literal["heading", "reference", "marker"]
    text: str
    start: int
    end: int


class VerifierConfig(_Model):
    """The verifier's settings, one model for choosing them and for recording them in every report (with
    the version and the lexicon that made it, filled in by :meth:`settings`). ``min_support``: share of a
    claim's content words its evidence must hold (default from data/alignment.json)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str = VERIFIER_VERSION
    lexicon: str = ""
    min_support: float = Field(default_factory=lambda: alignment_settings()["min_support"])
    attribute: bool = False
    shortlist: int = 5
    max_evidence: int = 3

    def settings(self) -> VerifierConfig:
        """The settings as recorded in a report: these, made by this verifier and its lexicon."""
        return self.model_copy(update={"version": VERIFIER_VERSION, "lexicon": default_lexicon().version})


class VerificationReport(_Model):
    """Verdicts for every claim of a summary. ``claims`` and ``stats`` are the stable contract."""

    claims: list[ClaimReport]
    stats: Stats
    non_claims: list[NonClaimReport] = Field(default_factory=list)
    verifier: VerifierConfig

    @property
    def all_supported(self) -> bool:
        """True when no claim was rejected."""
        return self.stats.rejected == 0
