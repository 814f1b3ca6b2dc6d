"""summarizer: LLM-drafted summaries whose every sentence is checked against the sources it cites.

The public API needs no LLM: ``verify(summary, sources)`` works without the ``openai`` package.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Where each public name lives. They are imported on first use (PEP 562), so that importing one module of
# the package (the command line's start-up, ``summarizer.config``) does not load the verifier's lexicon code.
_EXPORTS = {
    "parse_summary": "citations",
    "SummarizerError": "errors",
    "Source": "sources",
    "Sentence": "sources",
    "load_sources": "sources",
    "sources_from_texts": "sources",
    "VerificationReport": "verify",
    "Verifier": "verify",
    "VerifierConfig": "verify",
    "verify": "verify",
}

if TYPE_CHECKING:
    from .citations import parse_summary
    from .errors import SummarizerError
    from .sources import Sentence, Source, load_sources, sources_from_texts
    from .verify import VerificationReport, Verifier, VerifierConfig, verify


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value  # once found, an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])

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


class _Package(types.ModuleType):
    """``summarizer.verify`` is the function, as it was when this file imported it eagerly: loading the
    ``verify`` subpackage later (the import system then binds the parent's attribute) must not replace it."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "verify" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
