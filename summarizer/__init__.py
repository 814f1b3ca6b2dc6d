"""summarizer: LLM-drafted summaries whose every sentence is checked against the sources it cites.

The public API needs no LLM: ``verify(summary, sources)`` works without the ``openai`` package.
"""

from .citations import parse_summary
from .errors import SummarizerError
from .sources import Source, Sentence, load_sources, sources_from_texts
from .verify import VerificationReport, Verifier, VerifierConfig, verify

__version__ = "0.1.0"

__all__ = [
    "Sentence",
    "Source",
    "SummarizerError",
    "VerificationReport",
    "Verifier",
    "VerifierConfig",
    "load_sources",
    "parse_summary",
    "sources_from_texts",
    "verify",
]
