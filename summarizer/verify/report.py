"""The verification report: pydantic models whose JSON is a stable contract for other tools."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

VERIFIER_VERSION = "1.1"

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
    "low_support",
]
Verdict = Literal["supported", "rejected"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Reason(_Model):
    """Why a claim was rejected: a code, a message for a person, and the exact words or figures at fault."""

    code: ReasonCode
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ClaimReport(_Model):
    """The verdict on one claim, with the sentences used as evidence."""

    index: int
    text: str
    start: int
    end: int
    citations: list[str]
    verdict: Verdict
    reasons: list[Reason]
    evidence: list[str]


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


class VerifierSettings(_Model):
    """The verifier's version and configuration, so a report says how it was made."""

    version: str = VERIFIER_VERSION
    min_support: float
    attribute: bool
    shortlist: int
    max_evidence: int


class VerificationReport(_Model):
    """Verdicts for every claim of a summary. ``claims`` and ``stats`` are the stable contract."""

    claims: list[ClaimReport]
    stats: Stats
    non_claims: list[NonClaimReport] = Field(default_factory=list)
    verifier: VerifierSettings

    @property
    def all_supported(self) -> bool:
        """True when no claim was rejected."""
        return self.stats.rejected == 0
