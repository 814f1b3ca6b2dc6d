"""The one exception tree of summarizer.

    SummarizerError                 base; the CLI turns it into one ``Error: …`` line
    ├── InputError                  bad input: a file, a summary, a flag value (exit 2)
    │   ├── SourceError             a source that cannot be read, decoded or is too big
    │   └── BusyError               another process is moving the same batch job on
    ├── ConfigError                 missing or invalid configuration (exit 2)
    └── ProviderError               the model provider failed after retries (exit 3)
        ├── ProviderAuthError       authentication / permission refused (not retried)
        ├── ProviderRequestError    bad request or context too long (not retried)
        └── ModelOutputError        the model's answer could not be parsed after re-asking

Every error carries ``exit_code`` so the CLI never has to guess; an error that has data to hand on (the
answer a model gave, what it cost) declares it as attributes set by its constructor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for the annotation only: errors imports nothing of the package at run time
    from .records import Usage


class SummarizerError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """Input the user gave us is unusable."""

    exit_code = 2


class SourceError(InputError):
    """A source file is empty, binary, undecodable, missing or over the size limit."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class BusyError(InputError):
    """Another process is working on the same thing (a batch job): running both would pay twice."""


class ConfigError(SummarizerError):
    """Configuration is missing or invalid."""

    exit_code = 2


class ProviderError(SummarizerError):
    """The model provider failed (after the retries we allow)."""

    exit_code = 3


class ProviderAuthError(ProviderError):
    """The provider refused our credentials."""


class ProviderRequestError(ProviderError):
    """The provider rejected the request itself (bad request, context too long)."""


class ModelOutputError(ProviderError):
    """The model answered, but not in a form we can parse, even after re-asking.

    ``raw_output`` is the text it answered (None if there was none), ``usage`` what the answer cost and
    ``finish_reason`` why it ended, as the provider said: kept for a re-ask and for the run record.
    """

    def __init__(self, message: str, *, raw_output: str | None = None, usage: Usage | None = None,
                 finish_reason: str | None = None):
        super().__init__(message)
        self.raw_output = raw_output
        self.usage = usage
        self.finish_reason = finish_reason
