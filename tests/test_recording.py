"""`--record` never writes a secret: not on failure, not through the URL, not when a server echoes the key."""

from __future__ import annotations

import pytest
from helpers import FAKE_KEY
from summarizer.testing import FakeOpenAI, chat_completion, error_body

from summarizer import llm
from summarizer.cassettes import recording, scrub_uri
from summarizer.config import load_provider_config
from summarizer.errors import ProviderAuthError


def _client(base_url: str) -> llm.ChatClient:
    config = load_provider_config({"api_key": FAKE_KEY, "base_url": base_url, "max_attempts": 1}, env={}, dotenv_path=False)
    return llm.ChatClient(config)


def _with_password(base_url: str) -> str:
    return base_url.replace("http://", "http://alice:PASSWORD99@")


def test_a_failed_recording_leaves_no_file_behind(tmp_path):
    target = tmp_path / "cassette.json"
    with FakeOpenAI() as fake:
        # Some proxies echo the credentials they refused.
        fake.enqueue(401, json=error_body(f"Incorrect API key provided: Bearer {FAKE_KEY}", type="invalid_request_error"))
        with pytest.raises(ProviderAuthError):
            with recording(target, {"note": "test"}, secrets=[FAKE_KEY]):
                _client(fake.base_url).complete([{"role": "user", "content": "hi"}])
    assert list(tmp_path.iterdir()) == []  # neither the cassette nor a partial file


def test_an_echoed_key_and_url_credentials_are_scrubbed_from_a_kept_recording(tmp_path):
    target = tmp_path / "cassette.json"
    with FakeOpenAI() as fake:
        fake.enqueue(200, json=chat_completion(f"the server says your key is {FAKE_KEY}"))
        with recording(target, {"note": "test"}, secrets=[FAKE_KEY]):
            _client(_with_password(fake.base_url)).complete([{"role": "user", "content": "hi"}])
    text = target.read_text(encoding="utf-8")
    assert FAKE_KEY not in text
    assert "PASSWORD99" not in text and "alice" not in text
    assert "[redacted]" in text  # the echo was replaced, not the whole response dropped
    assert [p.name for p in tmp_path.iterdir()] == ["cassette.json"]


def test_a_failed_re_recording_keeps_the_previous_cassette(tmp_path):
    target = tmp_path / "cassette.json"
    target.write_text('{"interactions": [], "previous": true}\n', encoding="utf-8")
    with FakeOpenAI() as fake:
        fake.enqueue(401, json=error_body("no", type="invalid_request_error"))
        with pytest.raises(ProviderAuthError):
            with recording(target, {"note": "test"}, secrets=[FAKE_KEY]):
                _client(fake.base_url).complete([{"role": "user", "content": "hi"}])
    assert '"previous": true' in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("http://alice:pw@127.0.0.1:8080/v1/chat/completions", "http://127.0.0.1:8080/v1/chat/completions"),
        ("https://gw.example/v1/chat/completions?api-key=SECRET", "https://gw.example/v1/chat/completions"),
        ("http://[::1]:9/v1/x", "http://[::1]:9/v1/x"),
    ],
)
def test_scrub_uri_drops_credentials_and_query(uri, expected):
    assert scrub_uri(uri) == expected


def test_eval_record_notes_never_hold_a_base_url_password(tmp_path):
    from summarizer.config import ProviderConfig, provider_label

    config = ProviderConfig(api_key=FAKE_KEY, base_url="http://alice:PASSWORD99@127.0.0.1:9/v1")
    assert "PASSWORD99" in config.secrets()
    assert "PASSWORD99" not in provider_label(config.base_url) and "alice" not in provider_label(config.base_url)
