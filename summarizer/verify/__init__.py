"""The deterministic citation verifier. Imports no LLM code."""

from .report import ClaimReport, Reason, Stats, VerificationReport, VERIFIER_VERSION
from .verifier import DEFAULT_MIN_SUPPORT, Verifier, VerifierConfig, verify

__all__ = [
    "ClaimReport",
    "DEFAULT_MIN_SUPPORT",
    "Reason",
    "Stats",
    "VERIFIER_VERSION",
    "VerificationReport",
    "Verifier",
    "VerifierConfig",
    "verify",
]
