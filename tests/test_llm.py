"""The model client against a local fake server: retries, error mapping, structured output, usage."""

from __future__ import annotations

import email.utils
import re
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from summarizer.testing import (
    FakeOpenAI,
    FakeReply,
    chat_completion,
    error_body,
    fastapi_validation_body,
    llama_cpp_error_body,
    llama_cpp_server,
)
from pydantic import BaseModel

from summarizer import llm
from summarizer.config import ModelPrice, ProviderConfig, load_provider_config
from summarizer.errors import (
    ConfigError,
    ModelOutputError,
    ProviderAuthError,
    ProviderError,
    ProviderRequestError,
)
from summarizer.llm import ChatClient, ChatResult, Usage, estimate_cost, retry_wait_seconds

KEY = "sk-test-" + "Qx4Wm8Zr2Tb6Yn1Ls9Kd3Hf7"
MESSAGES = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Say hi."}]


class Answer(BaseModel):
    summary: str
    confidence: float


@pytest.fixture
def fake():
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_client(fake, sleeps):
    clients: list[ChatClient] = []

    def make(*, on_event=None, wait=None, **overrides) -> ChatClient:
        settings = {"api_key": KEY, "base_url": fake.base_url, "timeout": 5, "max_attempts": 4, **overrides}
        config = load_provider_config(settings, env={}, dotenv_path=False)
        # Waits are still computed by the real wait function (unless one is given), then recorded instead of slept.
        extra = {name: value for name, value in (("wait", wait), ("on_event", on_event)) if value is not None}
        client = ChatClient(config, sleep=sleeps.append, **extra)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def assert_no_key(*things: object) -> None:
    for thing in things:
        text = thing.model_dump_json() if isinstance(thing, BaseModel) else repr(thing) + str(thing)
        assert KEY not in text
        assert KEY[len("sk-test-") :] not in text


# -- the happy path and what is recorded ---------------------------------------------------------


def test_plain_call_returns_text_usage_and_recordable_dicts(fake, make_client):
    fake.enqueue(json=chat_completion("Hi.", model="gpt-4o-mini-2024-07-18", prompt_tokens=12, completion_tokens=3))
    result = make_client().complete(MESSAGES)

    assert isinstance(result, ChatResult)
    assert result.text == "Hi."
    assert result.mode == "text" and result.parsed is None
    assert result.model == "gpt-4o-mini-2024-07-18"
    assert result.usage == Usage(prompt_tokens=12, completion_tokens=3, total_tokens=15)
    assert result.cost_usd == pytest.approx((12 * 0.15 + 3 * 0.60) / 1e6)
    assert result.attempts == 1 and result.finish_reason == "stop"
    assert result.request["messages"] == MESSAGES
    assert result.request["model"] == "gpt-4o-mini"
    assert result.response["choices"][0]["message"]["content"] == "Hi."
    # The server did get the key, in the header; the recorded dicts and the result never do.
    assert fake.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert_no_key(result, result.request, result.response)
    ChatResult.model_validate_json(result.model_dump_json())  # round-trips for run records


def test_missing_usage_gives_none_not_zero(fake, make_client):
    fake.enqueue(json=chat_completion("x", usage=False))
    result = make_client().complete(MESSAGES)
    assert result.usage is None and result.cost_usd is None


def test_the_configured_model_is_sent(fake, make_client):
    make_client(model="gpt-4.1-nano").complete(MESSAGES)
    assert fake.requests[0].json["model"] == "gpt-4.1-nano"


def test_default_echo_reply_and_callback():
    with FakeOpenAI(default=lambda req: chat_completion(f"{len(req['messages'])} messages")) as server:
        config = load_provider_config({"api_key": KEY, "base_url": server.base_url}, env={}, dotenv_path=False)
        with ChatClient(config) as client:
            assert client.complete(MESSAGES).text == "2 messages"
    with FakeOpenAI(latency=0.05) as server:
        config = load_provider_config({"api_key": KEY, "base_url": server.base_url}, env={}, dotenv_path=False)
        with ChatClient(config) as client:
            started = time.monotonic()
            assert client.complete(MESSAGES).text == "Say hi."
            assert time.monotonic() - started >= 0.05


# -- retries -------------------------------------------------------------------------------------


def test_429_then_200_honours_retry_after(fake, make_client, sleeps):
    fake.enqueue(429, headers={"retry-after": "7"}, json=error_body("Rate limit reached", type="requests"))
    fake.enqueue(json=chat_completion("ok"))
    result = make_client().complete(MESSAGES)
    assert result.text == "ok" and result.attempts == 2
    assert fake.request_count == 2
    assert sleeps == [7.0]


def test_500_then_200(fake, make_client, sleeps):
    fake.enqueue(500, json=error_body("The server had an error", type="server_error"))
    fake.enqueue(json=chat_completion("ok"))
    result = make_client().complete(MESSAGES)
    assert result.text == "ok" and result.attempts == 2
    assert fake.request_count == 2 and len(sleeps) == 1


@pytest.mark.parametrize("max_attempts", [1, 3, 4])
def test_500_forever_stops_after_exactly_max_attempts(fake, make_client, sleeps, max_attempts):
    fake.enqueue(503, json=error_body("overloaded", type="server_error"), times=50)
    with pytest.raises(ProviderError) as info:
        make_client(max_attempts=max_attempts).complete(MESSAGES)
    assert type(info.value) is ProviderError
    # Counted at the server: neither the SDK nor tenacity multiplies the attempts.
    assert fake.request_count == max_attempts
    assert len(sleeps) == max_attempts - 1
    noun = "attempt" if max_attempts == 1 else "attempts"
    assert f"{max_attempts} {noun}" in str(info.value) and "HTTP 503" in str(info.value)
    assert "\n" not in str(info.value)
    assert_no_key(info.value)


def test_timeout_is_retried_then_reported(fake, make_client, sleeps):
    fake.enqueue(delay=1.0, json=chat_completion("late"), times=2)
    started = time.monotonic()
    with pytest.raises(ProviderError) as info:
        make_client(timeout=0.15, max_attempts=2).complete(MESSAGES)
    assert time.monotonic() - started < 1.0
    assert fake.request_count == 2 and len(sleeps) == 1
    assert "did not answer within 0.15 s" in str(info.value) and "2 attempts" in str(info.value)


def test_timeout_then_success(fake, make_client):
    fake.enqueue(delay=1.0, json=chat_completion("late"))
    fake.enqueue(json=chat_completion("on time"))
    result = make_client(timeout=0.15).complete(MESSAGES)
    assert result.text == "on time" and result.attempts == 2


def test_dropped_connection_is_retried(fake, make_client):
    fake.enqueue(drop=True)
    fake.enqueue(json=chat_completion("ok"))
    assert make_client().complete(MESSAGES).text == "ok"
    assert fake.request_count == 2


def test_connection_refused_reports_attempts(make_client, fake):
    client = make_client(max_attempts=2)
    fake.stop()
    with pytest.raises(ProviderError, match=r"connection to 127\.0\.0\.1:\d+ failed, gave up after 2 attempts"):
        client.complete(MESSAGES)


def test_module_level_sleep_hook_is_used_by_default(fake, monkeypatch):
    waited: list[float] = []
    monkeypatch.setattr(llm, "retry_sleep", waited.append)
    fake.enqueue(429, headers={"retry-after-ms": "250"}, json=error_body("slow down"))
    config = load_provider_config({"api_key": KEY, "base_url": fake.base_url}, env={}, dotenv_path=False)
    with ChatClient(config) as client:
        assert client.complete(MESSAGES).attempts == 2
    assert waited == [0.25]


def test_injected_wait_function(fake, make_client, sleeps):
    fake.enqueue(500, json=error_body("x"), times=2)
    config = load_provider_config({"api_key": KEY, "base_url": fake.base_url}, env={}, dotenv_path=False)
    calls: list[tuple[int, str]] = []

    def wait(attempt, error):
        calls.append((attempt, type(error).__name__))
        return 0.0

    with ChatClient(config, wait=wait, sleep=sleeps.append) as client:
        client.complete(MESSAGES)
    assert calls == [(1, "InternalServerError"), (2, "InternalServerError")]
    assert sleeps == [0.0, 0.0]


# -- retries that say what they do, and stalls that fail instead (hardening item 4) ---------------


def test_each_retry_is_reported_through_on_event_with_cause_wait_and_attempt(fake, make_client, sleeps):
    events: list[str] = []
    fake.enqueue(503, json=error_body("The engine is currently overloaded", type="server_error"))
    fake.enqueue(429, headers={"retry-after": "7"}, json=error_body("Rate limit reached for requests"))
    fake.enqueue(json=chat_completion("ok"))
    result = make_client(on_event=events.append, wait=lambda attempt, error: 2.0 if attempt == 1 else 7.0).complete(MESSAGES)
    assert result.text == "ok" and result.attempts == 3
    assert events == [
        "Attempt 1 of 4 failed (HTTP 503: The engine is currently overloaded); retrying in 2.0 s",
        "Attempt 2 of 4 failed (HTTP 429: Rate limit reached for requests; Retry-After 7 s); retrying in 7.0 s",
    ]
    assert sleeps == [2.0, 7.0]


def test_a_timeout_retry_names_the_timeout_and_host(fake, make_client):
    events: list[str] = []
    fake.enqueue(delay=1.0, json=chat_completion("late"))
    fake.enqueue(json=chat_completion("on time"))
    make_client(timeout=0.15, on_event=events.append, wait=lambda attempt, error: 0.5).complete(MESSAGES)
    port = fake.base_url.rsplit(":", 1)[1].split("/")[0]
    assert events == [f"Attempt 1 of 4 failed (no answer within 0.15 s from 127.0.0.1:{port}); retrying in 0.5 s"]


def test_the_library_prints_nothing_on_a_retry(fake, make_client, capsys):
    fake.enqueue(500, json=error_body("boom"))
    fake.enqueue(json=chat_completion("ok"))
    make_client().complete(MESSAGES)
    assert capsys.readouterr() == ("", "")


def test_a_retry_after_above_the_cap_fails_at_once(fake, make_client, sleeps):
    fake.enqueue(429, headers={"retry-after": "3600"}, json=error_body("Rate limit reached", type="requests"), times=4)
    with pytest.raises(ProviderError) as info:
        make_client().complete(MESSAGES)
    assert type(info.value) is ProviderError
    assert fake.request_count == 1 and sleeps == []
    message = str(info.value)
    assert "HTTP 429" in message and "3600 s" in message and "60 s" in message
    assert "failed after 1 attempt; not retried" in message and "gave up" not in message
    assert "\n" not in message


def test_insufficient_quota_is_not_retried(fake, make_client, sleeps):
    quota = error_body(
        "You exceeded your current quota, please check your plan and billing details.",
        type="insufficient_quota",
        code="insufficient_quota",
    )
    fake.enqueue(429, json=quota, times=4)
    with pytest.raises(ProviderError) as info:
        make_client().complete(MESSAGES)
    assert fake.request_count == 1 and sleeps == []
    message = str(info.value)
    assert "quota" in message and "HTTP 429" in message and "billing" in message and "\n" not in message
    assert "failed after 1 attempt" in message and ".;" not in message


def test_a_retry_after_date_in_the_past_means_the_normal_backoff(fake, make_client, sleeps):
    past = email.utils.formatdate(time.time() - 3600, usegmt=True)
    fake.enqueue(429, headers={"retry-after": past}, json=error_body("slow down"), times=3)
    fake.enqueue(json=chat_completion("ok"))
    assert make_client().complete(MESSAGES).attempts == 4
    # Equal-jitter backoff keeps at least half of 1, 2 and 4 s; a past date used to mean three waits of 0 s.
    assert len(sleeps) == 3 and all(wait >= 0.5 * 2**n for n, wait in enumerate(sleeps))
    assert retry_wait_seconds(2, error_with({"retry-after": past}), rand=lambda: 1.0) == 2.0


def test_retries_stop_when_the_retry_budget_would_be_exceeded(fake, make_client, sleeps):
    fake.enqueue(429, headers={"retry-after": "50"}, json=error_body("Rate limit reached"), times=4)
    with pytest.raises(ProviderError) as info:
        make_client(retry_budget=120).complete(MESSAGES)
    # 50 + 50 s fit in 120 s; a third wait would end at 150 s, so the third failure is final.
    assert sleeps == [50.0, 50.0] and fake.request_count == 3
    message = str(info.value)
    assert "3 attempts" in message and "120 s retry budget" in message and "SUMMARIZER_RETRY_BUDGET" in message
    assert "\n" not in message


def test_the_retry_budget_counts_time_spent_waiting_for_answers(fake, make_client):
    # A server that never answers: each attempt costs the whole timeout, and that counts against the budget.
    fake.enqueue(delay=5.0, json=chat_completion("never"), times=4)
    started = time.monotonic()
    with pytest.raises(ProviderError, match=r"did not answer within 0\.5 s.*2 attempts.*0\.75 s retry budget"):
        make_client(timeout=0.5, retry_budget=0.75, wait=lambda attempt, error: 0.0).complete(MESSAGES)
    assert fake.request_count == 2
    assert time.monotonic() - started < 2.0


def test_a_zero_retry_budget_means_no_retries(fake, make_client, sleeps):
    fake.enqueue(503, json=error_body("overloaded"), times=4)
    with pytest.raises(ProviderError, match="1 attempt"):
        make_client(retry_budget=0).complete(MESSAGES)
    assert fake.request_count == 1 and sleeps == []


# -- the wait computation itself ---------------------------------------------------------------


def error_with(headers: dict[str, str]) -> SimpleNamespace:
    return SimpleNamespace(response=SimpleNamespace(headers=headers))


def test_wait_uses_retry_after_seconds_ms_and_date():
    assert retry_wait_seconds(1, error_with({"retry-after": "7"})) == 7.0
    assert retry_wait_seconds(3, error_with({"retry-after": "2.5"})) == 2.5
    assert retry_wait_seconds(1, error_with({"retry-after-ms": "1500", "retry-after": "9"})) == 1.5
    date = email.utils.formatdate(time.time() + 20, usegmt=True)
    assert 15 <= retry_wait_seconds(1, error_with({"retry-after": date})) <= 20
    assert retry_wait_seconds(1, error_with({"retry-after": "0"})) == 0.0


def test_wait_caps_retry_after():
    assert retry_wait_seconds(1, error_with({"retry-after": "3600"})) == llm.RETRY_AFTER_CAP


def test_wait_backoff_is_exponential_with_jitter_and_capped():
    no_header = error_with({})
    low = [retry_wait_seconds(n, no_header, rand=lambda: 0.0) for n in (1, 2, 3, 4)]
    high = [retry_wait_seconds(n, no_header, rand=lambda: 1.0) for n in (1, 2, 3, 4)]
    assert high == [1.0, 2.0, 4.0, 8.0]
    assert low == [0.5, 1.0, 2.0, 4.0]
    assert retry_wait_seconds(50, no_header, rand=lambda: 1.0) == llm.BACKOFF_CAP
    assert retry_wait_seconds(1, None, rand=lambda: 1.0) == 1.0
    # Garbage Retry-After falls back to backoff rather than crashing.
    assert retry_wait_seconds(2, error_with({"retry-after": "soon"}), rand=lambda: 1.0) == 2.0


# -- errors that are not retried -----------------------------------------------------------------


def test_context_length_is_a_request_error_without_retry(fake, make_client, sleeps):
    fake.enqueue(
        400,
        json=error_body(
            "This model's maximum context length is 128000 tokens. However, your messages resulted in 130512 tokens.",
            code="context_length_exceeded",
            param="messages",
        ),
    )
    with pytest.raises(ProviderRequestError, match="too long for the context window of model gpt-4o-mini"):
        # With a response_model too: a context error must not be mistaken for "structured output unsupported".
        make_client().complete(MESSAGES, response_model=Answer)
    assert fake.request_count == 1 and sleeps == []


def test_other_bad_request_is_a_request_error(fake, make_client):
    fake.enqueue(400, json=error_body("Invalid value for 'temperature'", param="temperature"))
    with pytest.raises(ProviderRequestError, match="rejected the request .*temperature") as info:
        make_client().complete(MESSAGES)
    assert "too long" not in str(info.value)
    assert fake.request_count == 1


@pytest.mark.parametrize("status", [401, 403])
def test_auth_errors_are_not_retried(fake, make_client, sleeps, status):
    # A server that echoes the whole key back: it must still not reach the message.
    fake.enqueue(status, json=error_body(f"Incorrect API key provided: {KEY}.", type="invalid_request_error"))
    with pytest.raises(ProviderAuthError) as info:
        make_client().complete(MESSAGES)
    assert fake.request_count == 1 and sleeps == []
    assert f"HTTP {status}" in str(info.value)
    assert_no_key(info.value, info.value.args)


def test_other_status_is_provider_error_with_attempt_count(fake, make_client):
    fake.enqueue(404, json=error_body("The model `nope` does not exist", code="model_not_found"))
    with pytest.raises(ProviderError, match=r"HTTP 404: The model `nope` does not exist; failed after 1 attempt$"):
        make_client(model="nope").complete(MESSAGES)
    assert fake.request_count == 1


def test_non_json_error_body_is_reported_briefly(fake, make_client):
    fake.enqueue(502, body="<html>\n<h1>Bad Gateway</h1>\n</html>", headers={"content-type": "text/html"}, times=2)
    with pytest.raises(ProviderError, match="HTTP 502: <html> <h1>Bad Gateway</h1> </html>; gave up after 2"):
        make_client(max_attempts=2).complete(MESSAGES)


# -- malformed answers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        FakeReply(body=b'{"id": "chatcmpl-1", "choices": [tru'),
        FakeReply(body=b"<html>ok</html>", headers={"content-type": "text/html"}),
        FakeReply(body=b""),
        FakeReply(json={}),
        FakeReply(json={"choices": []}),
        FakeReply(json=["not", "an", "object"]),
    ],
    ids=["truncated-json", "html", "empty", "empty-object", "no-choices", "list"],
)
@pytest.mark.parametrize("structured", [False, True], ids=["text", "structured"])
def test_malformed_response_is_a_provider_error_not_a_crash(fake, make_client, reply, structured):
    fake.enqueue(reply.status, body=reply.body, json=reply.json, headers=reply.headers)
    with pytest.raises(ProviderError) as info:
        make_client().complete(MESSAGES, response_model=Answer if structured else None)
    assert "\n" not in str(info.value)
    assert fake.request_count == 1


@pytest.mark.parametrize("structured", [False, True], ids=["text", "structured"])
def test_refusal_is_a_model_output_error(fake, make_client, structured):
    fake.enqueue(json=chat_completion(None, refusal="I can't help with that."))
    with pytest.raises(ModelOutputError, match="the model refused: I can't help with that."):
        make_client().complete(MESSAGES, response_model=Answer if structured else None)


def test_schema_mismatch_is_a_model_output_error_keeping_the_raw_answer(fake, make_client):
    fake.enqueue(json=chat_completion('{"summary": "s", "confidence": "high"}', completion_tokens=9))
    with pytest.raises(ModelOutputError, match="does not match the requested schema") as info:
        make_client().complete(MESSAGES, response_model=Answer)
    assert info.value.raw_output == '{"summary": "s", "confidence": "high"}'
    assert info.value.usage.completion_tokens == 9


def test_cut_off_structured_answer_is_a_model_output_error(fake, make_client):
    fake.enqueue(json=chat_completion('{"summary": "s', finish_reason="length"))
    with pytest.raises(ModelOutputError, match="cut off") as info:
        make_client().complete(MESSAGES, response_model=Answer)
    # Declared on the error, so the run record can say why the answer ended.
    assert info.value.finish_reason == "length" and info.value.raw_output == '{"summary": "s'


def test_missing_content_is_a_model_output_error(fake, make_client):
    fake.enqueue(json=chat_completion(None))
    with pytest.raises(ModelOutputError, match="no text"):
        make_client().complete(MESSAGES)


# -- structured output ----------------------------------------------------------------------------


def test_structured_output_is_parsed(fake, make_client):
    fake.enqueue(json=chat_completion('{"summary": "Short.", "confidence": 0.9}'))
    result = make_client().complete(MESSAGES, response_model=Answer)
    assert result.mode == "structured"
    assert result.parsed == Answer(summary="Short.", confidence=0.9)
    sent = fake.requests[0].json["response_format"]
    assert sent["type"] == "json_schema" and sent["json_schema"]["name"] == "Answer"
    assert result.request["response_format"] == sent
    assert ChatResult.model_validate_json(result.model_dump_json()).model_dump()["parsed"] == {
        "summary": "Short.",
        "confidence": 0.9,
    }


@pytest.mark.parametrize(
    "rejection",
    [
        error_body("Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
                   param="response_format"),
        error_body("structured outputs are not supported by this server"),
    ],
    ids=["openai-style", "vague"],
)
def test_structured_output_falls_back_to_text_when_rejected(fake, make_client, rejection):
    client = make_client()
    fake.enqueue(400, json=rejection)
    fake.enqueue(json=chat_completion('{"summary": "s", "confidence": 1}'))
    result = client.complete(MESSAGES, response_model=Answer)
    assert result.mode == "fallback" and result.parsed is None
    assert result.text == '{"summary": "s", "confidence": 1}'  # for the caller to parse
    assert result.attempts == 2 and result.fallback_reason
    first, second = fake.requests
    assert "response_format" in first.json and "response_format" not in second.json
    assert "response_format" not in result.request

    # The client remembers: the next structured call goes straight to text mode.
    again = client.complete(MESSAGES, response_model=Answer)
    assert again.mode == "fallback" and fake.request_count == 3
    assert "response_format" not in fake.requests[2].json


def test_fallback_that_fails_again_is_a_request_error_and_not_remembered(fake, make_client):
    client = make_client()
    fake.enqueue(400, json=error_body("temperature is not supported with this model"), times=2)
    with pytest.raises(ProviderRequestError, match="temperature"):
        client.complete(MESSAGES, response_model=Answer)
    assert fake.request_count == 2
    fake.enqueue(json=chat_completion('{"summary": "s", "confidence": 1}'))
    assert client.complete(MESSAGES, response_model=Answer).mode == "structured"


# -- a server without json_schema (hardening item 10) ------------------------------------------------


@pytest.mark.parametrize(
    "body", [llama_cpp_error_body(), fastapi_validation_body()], ids=["llama-cpp-python", "fastapi-detail"]
)
def test_a_500_naming_response_format_falls_back_at_once(fake, make_client, sleeps, body):
    events: list[str] = []
    client = make_client(on_event=events.append)
    fake.enqueue(500, json=body)
    fake.enqueue(json=chat_completion('{"summary": "s", "confidence": 1}'))
    result = client.complete(MESSAGES, response_model=Answer)
    # Not retried as a server error: one rejected request, then the text request.
    assert fake.request_count == 2 and sleeps == []
    assert result.mode == "fallback" and result.parsed is None and result.attempts == 2
    assert "HTTP 500" in result.fallback_reason and "Input should be 'text' or 'json_object'" in result.fallback_reason
    assert "response_format" not in fake.requests[1].json
    assert len(events) == 1 and "json_schema" in events[0] and "SUMMARIZER_STRUCTURED=json_object" in events[0]
    # Remembered, with its reason.
    again = client.complete(MESSAGES, response_model=Answer)
    assert again.mode == "fallback" and again.fallback_reason == result.fallback_reason
    assert fake.request_count == 3 and "response_format" not in fake.requests[2].json


def test_against_a_llama_cpp_like_server_auto_mode_ends_in_text_not_exit_3(make_client, sleeps):
    answer = '{"summary": "s", "confidence": 0.5}'
    with FakeOpenAI(llama_cpp_server(lambda request: answer)) as server:
        client = make_client(base_url=server.base_url)
        result = client.complete(MESSAGES, response_model=Answer)
        assert server.request_count == 2 and sleeps == []
        assert server.requests[0].json["response_format"]["type"] == "json_schema"
    assert result.mode == "fallback" and result.text == answer


def test_a_plain_500_on_a_structured_call_is_still_retried(fake, make_client, sleeps):
    fake.enqueue(500, json=error_body("The server had an error while processing your request", type="server_error"))
    fake.enqueue(json=chat_completion('{"summary": "s", "confidence": 1}'))
    result = make_client().complete(MESSAGES, response_model=Answer)
    assert result.mode == "structured" and result.attempts == 2 and len(sleeps) == 1


def test_json_object_mode_sends_the_schema_in_the_prompt(make_client):
    answer = '{"summary": "Short.", "confidence": 0.9}'
    with FakeOpenAI(llama_cpp_server(lambda request: answer)) as server:
        result = make_client(base_url=server.base_url, structured="json_object").complete(MESSAGES, response_model=Answer)
        (sent,) = [request.json for request in server.requests]
    assert sent["response_format"] == {"type": "json_object"}
    system = sent["messages"][0]
    assert system["role"] == "system" and system["content"].startswith("Be brief.")
    assert "JSON" in system["content"] and '"confidence"' in system["content"] and '"summary"' in system["content"]
    assert sent["messages"][1:] == MESSAGES[1:]
    assert result.mode == "json_object" and result.parsed == Answer(summary="Short.", confidence=0.9)
    assert result.request["response_format"] == {"type": "json_object"}
    assert ChatResult.model_validate_json(result.model_dump_json()).parsed == {"summary": "Short.", "confidence": 0.9}


def test_json_object_mode_adds_a_system_message_when_there_is_none(fake, make_client):
    fake.enqueue(json=chat_completion('{"summary": "s", "confidence": 1}'))
    make_client(structured="json_object").complete([{"role": "user", "content": "Hi."}], response_model=Answer)
    messages = fake.requests[0].json["messages"]
    assert [m["role"] for m in messages] == ["system", "user"] and "JSON Schema" in messages[0]["content"]


def test_json_object_answer_that_does_not_fit_is_a_model_output_error(fake, make_client):
    fake.enqueue(json=chat_completion('{"summary": "s", "confidence": "high"}', completion_tokens=7))
    with pytest.raises(ModelOutputError, match="does not match the requested schema") as info:
        make_client(structured="json_object").complete(MESSAGES, response_model=Answer)
    assert info.value.raw_output == '{"summary": "s", "confidence": "high"}' and info.value.usage.completion_tokens == 7


def test_json_object_answer_cut_off_is_a_model_output_error(fake, make_client):
    fake.enqueue(json=chat_completion('{"summary": "s', finish_reason="length"))
    with pytest.raises(ModelOutputError, match="cut off") as info:
        make_client(structured="json_object").complete(MESSAGES, response_model=Answer)
    assert info.value.finish_reason == "length"


def test_json_schema_mode_does_not_fall_back(make_client, sleeps):
    with FakeOpenAI(llama_cpp_server()) as server:
        with pytest.raises(ProviderRequestError) as info:
            make_client(base_url=server.base_url, structured="json_schema").complete(MESSAGES, response_model=Answer)
        assert server.request_count == 1 and sleeps == []
    message = str(info.value)
    assert "json_schema" in message and "HTTP 500" in message and "SUMMARIZER_STRUCTURED" in message
    assert "\n" not in message


def test_structured_off_sends_no_response_format(fake, make_client):
    fake.enqueue(json=chat_completion("Hi [1.1]."))
    result = make_client(structured="off").complete(MESSAGES, response_model=Answer)
    assert "response_format" not in fake.requests[0].json and fake.request_count == 1
    assert result.mode == "fallback" and result.parsed is None and "SUMMARIZER_STRUCTURED=off" in result.fallback_reason


def test_a_rejected_json_object_is_a_request_error_naming_the_setting(fake, make_client, sleeps):
    fake.enqueue(500, json=llama_cpp_error_body([{"type": "literal_error", "loc": ("body", "response_format", "type"),
                                                  "msg": "Input should be 'text'", "input": "json_object"}]))
    with pytest.raises(ProviderRequestError, match="json_object.*SUMMARIZER_STRUCTURED"):
        make_client(structured="json_object").complete(MESSAGES, response_model=Answer)
    assert fake.request_count == 1 and sleeps == []



def test_json_object_mode_blames_response_format_only_when_the_error_names_it(fake, make_client):
    fake.enqueue(400, json=error_body("temperature is not supported with this model", param="temperature"))
    with pytest.raises(ProviderRequestError, match="temperature") as info:
        make_client(structured="json_object").complete(MESSAGES, response_model=Answer)
    assert "json_object" not in str(info.value) and fake.request_count == 1


# -- the key ---------------------------------------------------------------------------------------


def test_key_never_in_errors_or_records(fake, make_client):
    client = make_client(max_attempts=2)
    caught: list[BaseException] = []
    scripts = [
        dict(status=401, json=error_body(f"bad key {KEY}")),
        dict(status=400, json=error_body(f"context_length_exceeded for {KEY}", code="context_length_exceeded")),
        dict(status=500, json=error_body(f"boom {KEY}"), times=2),
        dict(status=429, body=f"slow down {KEY}", headers={"content-type": "text/plain"}, times=2),
        dict(body=f"not json {KEY}"),
        dict(json=chat_completion(None, refusal=f"no {KEY}")),
    ]
    for script in scripts:
        fake.enqueue(**script)
        with pytest.raises(ProviderError) as info:
            client.complete(MESSAGES)
        caught.append(info.value)
    assert_no_key(*caught, *(error.args for error in caught))

    # A model that parrots the key back (say it was pasted into a source) is redacted in the record too.
    fake.enqueue(json=chat_completion(f"the key is {KEY}"))
    result = client.complete([{"role": "user", "content": f"repeat {KEY}"}])
    assert_no_key(result, result.request, result.response, repr(client.config))


def test_missing_key_for_openai_is_a_config_error():
    config = load_provider_config({}, env={}, dotenv_path=False)
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        ChatClient(config)


def test_local_server_needs_no_key(fake):
    config = load_provider_config({"base_url": fake.base_url}, env={}, dotenv_path=False)
    with ChatClient(config) as client:
        assert client.complete(MESSAGES).text == "Say hi."


# -- cost ------------------------------------------------------------------------------------------


def test_estimate_cost():
    usage = Usage(prompt_tokens=1_000_000, completion_tokens=500_000, total_tokens=1_500_000)
    assert estimate_cost(usage, "gpt-4o-mini") == pytest.approx(0.15 + 0.30)
    assert estimate_cost(usage, "gpt-4o-mini-2024-07-18") == pytest.approx(0.45)
    assert estimate_cost(usage, "llama-3-local") is None
    assert estimate_cost(None, "gpt-4o-mini") is None
    prices = {"llama-3-local": ModelPrice(input=0, output=0), "gpt-4o-mini": ModelPrice(input=1, output=1)}
    assert estimate_cost(usage, "llama-3-local", prices) == 0
    assert estimate_cost(usage, "gpt-4o-mini", prices) == pytest.approx(1.5)


def test_config_prices_reach_the_result(fake):
    prices = {"local": {"input": 2.0, "output": 4.0}}
    config = load_provider_config({"base_url": fake.base_url, "prices": prices}, env={}, dotenv_path=False)
    fake.enqueue(json=chat_completion("x", model="local", prompt_tokens=1000, completion_tokens=1000))
    with ChatClient(config) as client:
        assert client.complete(MESSAGES).cost_usd == pytest.approx(0.006)


# -- layering --------------------------------------------------------------------------------------


def test_only_llm_imports_openai():
    package = Path(llm.__file__).parent
    importers = sorted(
        path.name
        for path in package.rglob("*.py")
        if re.search(r"^\s*(import openai|from openai\b)", path.read_text(encoding="utf-8"), re.MULTILINE)
    )
    assert importers == ["llm.py"]


def test_config_type_is_frozen():
    config = ProviderConfig()
    with pytest.raises(Exception):
        config.model = "other"  # type: ignore[misc]


def test_a_password_in_the_base_url_is_scrubbed_like_the_key(fake, make_client):
    base_url = fake.base_url.replace("http://", "http://alice:PASSWORD99@")
    client = make_client(base_url=base_url)
    fake.enqueue(json=chat_completion("The server says PASSWORD99 back."))
    result = client.complete(MESSAGES)
    assert "PASSWORD99" not in result.text and "PASSWORD99" not in str(result.response)
    fake.enqueue(status=403, json=error_body("no access for alice:PASSWORD99"))
    with pytest.raises(ProviderAuthError) as info:
        client.complete(MESSAGES)
    assert "PASSWORD99" not in str(info.value)
