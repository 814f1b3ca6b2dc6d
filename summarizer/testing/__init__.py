"""Test doubles shipped with the package, as click ships ``click.testing``: nothing here is used at run time.

``openai_server``: a local fake of the OpenAI chat completions endpoint (standard library only), used by the
tests, the ``eval/`` scripts and the benchmarks; ``batches``: a fake batch engine (files and batches
endpoints), imported from ``summarizer.testing.batches``::

    from summarizer.testing import FakeOpenAI, chat_completion

    with FakeOpenAI() as fake:
        fake.enqueue(json=chat_completion("hello"))
        ...
"""

from .openai_server import (
    CHAT_PATH,
    FakeOpenAI,
    FakeReply,
    RecordedRequest,
    chat_completion,
    echo_reply,
    error_body,
    fastapi_validation_body,
    llama_cpp_error_body,
    llama_cpp_server,
)

__all__ = [
    "CHAT_PATH",
    "FakeOpenAI",
    "FakeReply",
    "RecordedRequest",
    "chat_completion",
    "echo_reply",
    "error_body",
    "fastapi_validation_body",
    "llama_cpp_error_body",
    "llama_cpp_server",
]
