"""The deterministic citation verifier. Imports no LLM code."""

from .report import (
    AlignedWord,
    ClaimReport,
    NonClaimReport,
    Reason,
    Stats,
    VerificationReport,
    VERIFIER_VERSION,
    describe_alignment,
)
from .verifier import DEFAULT_MIN_SUPPORT, Verifier, VerifierConfig, verify

__all__ = [
    "AlignedWord",
    "ClaimReport",
    "describe_alignment",
    "DEFAULT_MIN_SUPPORT",
    "NonClaimReport",
    "Reason",
    "Stats",
    "VERIFIER_VERSION",
    "VerificationReport",
    "Verifier",
    "VerifierConfig",
    "verify",
]
