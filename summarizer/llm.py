"""The model client: chat calls, structured output, one retry layer, usage and cost.

This is the only module that imports ``openai``. Errors leave it as ``summarizer.errors`` classes:

    AuthenticationError, PermissionDeniedError      -> ProviderAuthError      (not retried)
    BadRequestError (incl. context too long)        -> ProviderRequestError   (not retried)
    RateLimitError, 5xx, timeouts, connection errors -> retried, then ProviderError
    429 insufficient_quota, Retry-After over 60 s   -> ProviderError          (not retried)
    other HTTP errors, unreadable responses         -> ProviderError          (not retried)
    refusal, cut-off or schema-mismatched answer    -> ModelOutputError

Retries stop at ``max_attempts`` or when another one would take the call past ``retry_budget`` seconds
(answers awaited plus waits). Each retry is logged (INFO) and, if given, passed to ``on_event`` as one
line; the library itself never prints.

Structured output (``config.structured``): ``auto`` asks for a JSON schema and, if the server rejects it
(on the first structured call, any error whose body names response_format or json_schema, 5xx included,
counts as a rejection and is not retried), reads answers as text from then on; ``json_schema`` never
falls back; ``json_object`` asks for JSON mode and puts the schema in the system prompt; ``off`` asks
for text.
"""

from __future__ import annotations

import email.utils
import json
import logging
import math
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import openai
import pydantic
import tenacity
from pydantic import BaseModel, ConfigDict, Field

from summarizer.config import ModelPrice, ProviderConfig, redact_secrets
from summarizer.errors import (
    ConfigError,
    ModelOutputError,
    ProviderAuthError,
    ProviderError,
    ProviderRequestError,
)
from summarizer.records import Usage
from summarizer.textnorm import count_noun

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

# Backoff for retried errors: BACKOFF_BASE * 2**(n-1) seconds, capped, with jitter.
BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
# A server's Retry-After is obeyed up to this; beyond it we would rather fail and say so than stall.
RETRY_AFTER_CAP = 60.0

# USD per million tokens (input, output), OpenAI list prices checked 2025; override via ProviderConfig.prices.
DEFAULT_PRICES: dict[str, ModelPrice] = {
    "gpt-4o-mini": ModelPrice(input=0.15, output=0.60),
    "gpt-4o": ModelPrice(input=2.50, output=10.00),
    "gpt-4.1": ModelPrice(input=2.00, output=8.00),
    "gpt-4.1-mini": ModelPrice(input=0.40, output=1.60),
    "gpt-4.1-nano": ModelPrice(input=0.10, output=0.40),
}

_DATED_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")
_CONTEXT_TOO_LONG = re.compile(
    r"context[ _]length|context window|maximum context|too many tokens|prompt is too long|reduce the length",
    re.IGNORECASE,
)
_STRUCTURED_UNSUPPORTED = re.compile(
    r"response_format|json_schema|structured output|not supported|unsupported", re.IGNORECASE
)
# Before a server has accepted response_format once, an error of any status that names it means "unsupported".
_NAMES_RESPONSE_FORMAT = re.compile(r"response_format|json_schema", re.IGNORECASE)
_INSUFFICIENT_QUOTA = re.compile(r"insufficient_quota|exceeded your current quota", re.IGNORECASE)
_JSON_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*?)\n\s*```\s*$", re.DOTALL | re.IGNORECASE)
# How much of an error's detail a retry line shows (the final error shows up to _MAX_DETAIL).
_MAX_EVENT_DETAIL = 120
_MAX_DETAIL = 300


def retry_sleep(seconds: float) -> None:
    """Sleep between retries; a module-level hook so a test fixture can make every wait zero."""
    time.sleep(seconds)


class ChatResult(BaseModel):
    """One answered chat call, with what was sent and received in recordable form (never the key)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    # The response_model instance; Any so a record re-read from JSON keeps it as a plain dict.
    parsed: Any = None
    # "text": no response_model asked; "structured": json_schema, parsed by the SDK; "json_object": JSON mode
    # with the schema in the prompt, parsed here; "fallback": the server refused structured output (or it is
    # off), so parsed is None and the caller parses text itself (fallback_reason says why).
    mode: Literal["text", "structured", "json_object", "fallback"]
    model: str
    usage: Usage | None = None
    cost_usd: float | None = None
    finish_reason: str | None = None
    attempts: int = Field(ge=1)
    elapsed_s: float
    fallback_reason: str | None = None
    request: dict[str, Any]
    response: dict[str, Any]


def estimate_cost(usage: Usage | None, model: str, prices: Mapping[str, ModelPrice] | None = None) -> float | None:
    """USD cost of ``usage`` on ``model`` (dated snapshots fall back to their base name); None if unknown."""
    if usage is None:
        return None
    table = {**DEFAULT_PRICES, **(prices or {})}
    price = table.get(model) or table.get(_DATED_SNAPSHOT.sub("", model))
    if price is None:
        return None
    return (usage.prompt_tokens * price.input + usage.completion_tokens * price.output) / 1_000_000


# The OpenAI Batch API bills half the list price (input and output alike); vLLM run-batch costs what the cluster costs.
BATCH_PRICE_FACTOR = 0.5


def _scaled(cost: float | None, factor: float) -> float | None:
    return None if cost is None else cost * factor


def retry_wait_seconds(attempt: int, error: BaseException | None, *, rand: Callable[[], float] = random.random) -> float:
    """Seconds to wait after failed ``attempt`` (1-based): the server's Retry-After if given, else backoff."""
    retry_after = _retry_after_seconds(error)
    if retry_after is not None:
        return min(retry_after, RETRY_AFTER_CAP)
    backoff = min(BACKOFF_CAP, BACKOFF_BASE * 2.0 ** min(max(attempt - 1, 0), 30))
    # "Equal jitter": keep at least half the backoff, randomise the rest so parallel clients spread out.
    return backoff * (0.5 + 0.5 * rand())


def is_retryable(error: BaseException) -> bool:
    """True for the transient failures we retry: 429 (but not a used-up quota), 5xx, timeouts, connection errors."""
    if _is_quota_exhausted(error):
        return False
    if isinstance(error, (openai.RateLimitError, openai.InternalServerError, openai.APIConnectionError)):
        return True
    return isinstance(error, openai.APIStatusError) and error.status_code >= 500


class ChatClient:
    """Sends chat requests to an OpenAI-compatible server with one retry layer (tenacity, SDK retries off)."""

    def __init__(
        self,
        config: ProviderConfig,
        *,
        sleep: Callable[[float], None] | None = None,
        wait: Callable[[int, BaseException | None], float] | None = None,
        on_event: Callable[[str], None] | None = None,
    ) -> None:
        """``sleep``/``wait`` replace :func:`retry_sleep`/:func:`retry_wait_seconds` (tests pass zero waits).

        ``on_event`` receives one line per retry (what failed, the wait, attempt k of n) and per fallback
        from structured output; the CLI prints them as progress. Retries are also logged at INFO.
        """
        if config.api_key is None and config.base_url.rstrip("/") == "https://api.openai.com/v1":
            raise ConfigError("OPENAI_API_KEY is not set (put it in the environment or a .env file)")
        self.config = config
        self._sleep = sleep
        self._wait = wait
        self._on_event = on_event
        self._secret = config.api_key.get_secret_value() if config.api_key else None
        # Scrubbed from everything recorded or shown: the key, and a password the base URL may carry.
        self._secrets = config.secrets()
        # Decided once per client: after a server rejects structured output we stop offering it (auto mode),
        # and this says why for every later call.
        self._structured_supported = True
        self._fallback_reason: str | None = None
        # Set once a request carrying response_format was answered: from then on only a 400/422 that says
        # so counts as a rejection, and a 5xx is a server error like any other.
        self._response_format_accepted = False
        self._client = openai.OpenAI(
            # Local OpenAI-compatible servers often need no key, but the SDK insists on one.
            api_key=self._secret or "no-key",
            base_url=config.base_url,
            timeout=config.timeout,
            # The SDK's own retries are off: tenacity below is the only layer, so attempts never multiply.
            max_retries=0,
        )

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()

    def __enter__(self) -> ChatClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def complete(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        response_model: type[BaseModel] | None = None,
    ) -> ChatResult:
        """Send ``messages`` to the configured model; with ``response_model`` ask for structured output, falling back to text."""
        params: dict[str, Any] = {"model": self.config.model, "messages": [dict(m) for m in messages]}
        started = time.monotonic()
        if response_model is None:
            return self._call(params, None, "text", started)
        setting = self.config.structured
        if setting == "off":
            reason = "structured output is off (SUMMARIZER_STRUCTURED=off)"
            return self._call(params, None, "fallback", started, fallback_reason=reason)
        if setting == "json_object":
            try:
                return self._call(_with_schema_prompt(params, response_model), response_model, "json_object", started)
            except _StructuredOutputRejected as rejected:
                if not rejected.names_response_format:
                    raise rejected.translated from None
                raise ProviderRequestError(
                    f"provider does not accept response_format json_object ({rejected.detail}); "
                    "set SUMMARIZER_STRUCTURED=off for plain text, or auto to try json_schema"
                ) from None
        if not self._structured_supported:
            reason = self._fallback_reason or "structured output unsupported"
            return self._call(params, None, "fallback", started, fallback_reason=reason)
        try:
            return self._call(params, response_model, "structured", started)
        except _StructuredOutputRejected as rejected:
            if setting == "json_schema":
                if not rejected.names_response_format:
                    raise rejected.translated from None
                raise ProviderRequestError(
                    f"provider does not accept response_format json_schema ({rejected.detail}); set "
                    "SUMMARIZER_STRUCTURED=json_object (JSON mode, schema in the prompt), off, or auto to fall back to text"
                ) from None
            reason = f"the server rejected response_format json_schema ({rejected.detail})"
            self._event(
                f"Structured output (json_schema) not accepted by {self._host()} ({rejected.status}): reading "
                "answers as text from now on; SUMMARIZER_STRUCTURED=json_object sends the schema in the prompt instead"
            )
            result = self._call(params, None, "fallback", started, fallback_reason=reason, prior_attempts=rejected.attempts)
            # Only now: an unrelated 400 that merely said "not supported" would have failed again above.
            self._structured_supported = False
            self._fallback_reason = reason
            return result

    # -- the same request and answer, through a batch engine ------------------------------------

    def batch_request(
        self, messages: Sequence[Mapping[str, Any]], *, response_model: type[BaseModel] | None = None
    ) -> tuple[dict[str, Any], Literal["text", "structured", "json_object", "fallback"]]:
        """The body :meth:`complete` would send for these messages, and its mode, for a batch input line.

        Batch engines (OpenAI's Batch API, vLLM run-batch) take json_schema, so ``auto`` asks for it as a
        first live call does; ``json_object`` and ``off`` build what they build live.
        """
        params: dict[str, Any] = {"model": self.config.model, "messages": [dict(m) for m in messages]}
        if response_model is None:
            return params, "text"
        if self.config.structured == "off":
            return params, "fallback"
        if self.config.structured == "json_object":
            return _with_schema_prompt(params, response_model), "json_object"
        from openai.lib._parsing._completions import type_to_response_format_param

        # What completions.parse(response_format=Model) sends on a live call: the SDK's schema, and "stream": false.
        return {**params, "stream": False, "response_format": type_to_response_format_param(response_model)}, "structured"

    def batch_result(
        self,
        request: dict[str, Any],
        mode: Literal["text", "structured", "json_object", "fallback"],
        response_model: type[BaseModel] | None,
        body: Any,
        *,
        price_factor: float = BATCH_PRICE_FACTOR,
    ) -> ChatResult:
        """A batch engine's response body for ``request`` read exactly as a live answer is (refusals, schema, cost)."""
        from openai.lib._parsing._completions import parse_chat_completion
        from openai.types.chat import ChatCompletion

        def parse() -> Any:
            completion = ChatCompletion.construct(**body)
            return parse_chat_completion(response_format=response_model, input_tools=openai.NOT_GIVEN,
                                         chat_completion=completion)  # type: ignore[arg-type]

        reason = "structured output is off (SUMMARIZER_STRUCTURED=off)" if mode == "fallback" else None
        return self._result_from_data(
            body, self._scrub(request), request, response_model, mode, time.monotonic(), 1, reason,
            "in the batch output", lambda text, usage, finish: self._parse_structured(parse, text, usage, finish), price_factor,
        )

    # -- one logical call, retried -------------------------------------------------------------

    def _call(
        self,
        params: dict[str, Any],
        response_model: type[BaseModel] | None,
        mode: Literal["text", "structured", "json_object", "fallback"],
        started: float,
        *,
        fallback_reason: str | None = None,
        prior_attempts: int = 0,
    ) -> ChatResult:
        attempts = 0
        # Seconds spent awaiting answers; with the waits tenacity planned (idle_for) it is what the retry
        # budget is charged, so an injected sleep that does not really wait is still accounted for.
        answering = 0.0
        # Why retrying stopped before max_attempts, for the error message; refused: no retry was made at all.
        stopped: str | None = None
        refused = False
        asks_format = mode in ("structured", "json_object")
        max_attempts, budget = self.config.max_attempts, self.config.retry_budget

        def send() -> Any:
            nonlocal attempts, answering
            attempts += 1
            sent = time.monotonic()
            completions = self._client.chat.completions.with_raw_response
            try:
                if mode == "structured":
                    return completions.parse(**params, response_format=response_model)
                return completions.create(**params)
            finally:
                answering += time.monotonic() - sent

        def rejects_format(error: BaseException) -> bool:
            return asks_format and _rejects_structured_output(error, broad=not self._response_format_accepted)

        def retry(error: BaseException) -> bool:
            nonlocal stopped, refused
            if not is_retryable(error) or rejects_format(error):
                return False
            retry_after = _retry_after_seconds(error)
            if retry_after is not None and retry_after > RETRY_AFTER_CAP:
                stopped, refused = (
                    f"not retried: the server asks to wait {retry_after:.0f} s (Retry-After), more than the "
                    f"{RETRY_AFTER_CAP:.0f} s this client waits"
                ), True
                return False
            return True

        def stop(state: tenacity.RetryCallState) -> bool:
            nonlocal stopped
            if state.attempt_number >= max_attempts:
                return True
            if answering + state.idle_for + state.upcoming_sleep > budget:
                stopped = (
                    f"another retry would take the call past its {budget:g} s retry budget "
                    f"({answering + state.idle_for:.1f} s spent, next wait {state.upcoming_sleep:.1f} s; "
                    "SUMMARIZER_RETRY_BUDGET)"
                )
                return True
            return False

        def before_sleep(state: tenacity.RetryCallState) -> None:
            error = state.outcome.exception() if state.outcome else None
            wait = state.next_action.sleep if state.next_action else 0.0
            self._event(
                f"Attempt {state.attempt_number} of {max_attempts} failed ({self._what_failed(error)}); "
                f"retrying in {wait:.1f} s"
            )

        retrying = tenacity.Retrying(
            stop=stop,
            wait=self._tenacity_wait,
            retry=tenacity.retry_if_exception(retry),
            sleep=self._do_sleep,
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            raw = retrying(send)
        except openai.APIError as error:
            total = prior_attempts + attempts
            translated = self._translate(error, total, params["model"], stopped, refused=refused)
            if rejects_format(error):
                raise _StructuredOutputRejected(
                    self._format_rejection(error),
                    total,
                    status=_status_label(error),
                    names_response_format=bool(_NAMES_RESPONSE_FORMAT.search(_error_text(error))),
                    translated=translated,
                ) from None
            raise translated from None
        if asks_format:
            self._response_format_accepted = True
        total = prior_attempts + attempts
        return self._result(raw, params, response_model, mode, started, total, fallback_reason)

    def _event(self, message: str) -> None:
        log.info("%s", message)
        if self._on_event is not None:
            self._on_event(message)

    def _what_failed(self, error: BaseException | None) -> str:
        """A short account of one failed attempt, for a retry line."""
        if isinstance(error, openai.APITimeoutError):
            return f"no answer within {self.config.timeout:g} s from {self._host()}"
        if isinstance(error, openai.APIConnectionError):
            return f"connection to {self._host()} failed"
        if isinstance(error, openai.APIStatusError):
            detail = self._detail(error)
            if len(detail) > _MAX_EVENT_DETAIL:
                detail = detail[: _MAX_EVENT_DETAIL - 1] + "…"
            retry_after = _retry_after_seconds(error)
            after = f"; Retry-After {retry_after:g} s" if retry_after is not None else ""
            return f"HTTP {error.status_code}: {detail}{after}"
        return type(error).__name__ if error is not None else "unknown error"

    def _format_rejection(self, error: openai.APIError) -> str:
        return f"{_status_label(error)}: {self._detail(error)}"

    def _tenacity_wait(self, state: tenacity.RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        return (self._wait or retry_wait_seconds)(state.attempt_number, error)

    def _do_sleep(self, seconds: float) -> None:
        # Looked up per call, so patching summarizer.llm.retry_sleep reaches clients made earlier.
        (self._sleep or retry_sleep)(seconds)

    # -- turning a raw response into a result ----------------------------------------------------

    def _result(
        self,
        raw: Any,
        params: dict[str, Any],
        response_model: type[BaseModel] | None,
        mode: Literal["text", "structured", "json_object", "fallback"],
        started: float,
        attempts: int,
        fallback_reason: str | None,
    ) -> ChatResult:
        http = raw.http_response
        request = self._scrub(_request_body(http.request, params))
        where = f"after {count_noun(attempts, 'attempt')}"
        try:
            data = json.loads(http.text)
        except ValueError:
            raise ProviderError(
                f"provider returned a response that is not valid JSON (HTTP {http.status_code}, "
                f"{len(http.content)} bytes) {where}"
            ) from None
        return self._result_from_data(
            data, request, params, response_model, mode, started, attempts, fallback_reason, where,
            lambda text, usage, finish: self._parse_structured(raw.parse, text, usage, finish),
        )

    def _result_from_data(
        self,
        data: Any,
        request: dict[str, Any],
        params: dict[str, Any],
        response_model: type[BaseModel] | None,
        mode: Literal["text", "structured", "json_object", "fallback"],
        started: float,
        attempts: int,
        fallback_reason: str | None,
        where: str,
        parse_structured: Callable[[Any, Usage | None, Any], BaseModel],
        price_factor: float = 1.0,
    ) -> ChatResult:
        """A chat completion body (answered live, or read from a batch engine's output) as a ChatResult."""
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise ProviderError(f"provider returned JSON that is not a chat completion (no choices) {where}")
        response = self._scrub(data)
        usage = _usage(data.get("usage"))
        message = choices[0].get("message") if isinstance(choices[0].get("message"), dict) else {}
        text = message.get("content")
        finish_reason = choices[0].get("finish_reason")

        if message.get("refusal"):
            raise _output_error(f"the model refused: {self._clean(message['refusal'])}", text, usage, finish_reason)
        parsed = None
        if response_model is not None and mode == "structured":
            parsed = parse_structured(text, usage, finish_reason)
        if not isinstance(text, str):
            raise _output_error(f"the model returned no text (finish_reason={finish_reason})", None, usage, finish_reason)
        if response_model is not None and mode == "json_object":
            parsed = _parse_json_object(text, response_model, finish_reason, usage, self._clean)
        if any(secret in text for secret in self._secrets):
            # The model echoed the key (it was in a prompt); the record and the parsed object must not keep it.
            text = self._scrub(text)
            if parsed is not None:
                parsed = type(parsed).model_validate_json(text)
        model = str(data.get("model") or params["model"])
        return ChatResult(
            text=text,
            parsed=parsed,
            mode=mode,
            model=model,
            usage=usage,
            cost_usd=_scaled(estimate_cost(usage, model, self.config.prices), price_factor),
            finish_reason=finish_reason if isinstance(finish_reason, str) else None,
            attempts=attempts,
            elapsed_s=round(time.monotonic() - started, 6),
            fallback_reason=fallback_reason,
            request=request,
            response=response,
        )

    def _parse_structured(self, parse: Callable[[], Any], text: Any, usage: Usage | None, finish_reason: Any) -> BaseModel:
        try:
            completion = parse()
        except openai.LengthFinishReasonError:
            raise _output_error("the answer was cut off at the token limit before it was complete", text, usage, finish_reason) from None
        except openai.ContentFilterFinishReasonError:
            raise _output_error("the answer was withheld by the provider's content filter", text, usage, finish_reason) from None
        except pydantic.ValidationError as exc:
            problem = self._clean(f"{exc.error_count()} error(s), first: {exc.errors()[0]['msg']}")
            raise _output_error(f"the answer does not match the requested schema: {problem}", text, usage, finish_reason) from None
        except (ValueError, TypeError, AttributeError) as exc:
            # The SDK trusts the body's shape; a server sending odd JSON must not crash the caller.
            raise ProviderError(f"provider returned an unreadable chat completion ({type(exc).__name__})") from None
        parsed = completion.choices[0].message.parsed
        if parsed is None:
            raise _output_error("the model returned no structured answer", text, usage, finish_reason)
        return parsed

    # -- errors ------------------------------------------------------------------------------------

    def _translate(
        self, error: openai.APIError, attempts: int, model: str, stopped: str | None = None, *, refused: bool = False
    ) -> ProviderError:
        """One line for ``error``; ``stopped`` says why retrying ended before max_attempts (``refused``: at once)."""
        detail = self._detail(error)
        tries = count_noun(attempts, "attempt")
        why = f"; {stopped}" if stopped else ""
        if _is_quota_exhausted(error):
            status = error.status_code if isinstance(error, openai.APIStatusError) else "429"
            return ProviderError(
                f"provider reports the account's quota is used up (HTTP {status} insufficient_quota): "
                f"{detail.rstrip('.')}; failed after {tries}, not retried as waiting will not restore a quota "
                "(check the account's plan and billing)"
            )
        if isinstance(error, openai.AuthenticationError):
            return ProviderAuthError(f"provider rejected the API key (HTTP 401): {detail}; check OPENAI_API_KEY")
        if isinstance(error, openai.PermissionDeniedError):
            return ProviderAuthError(f"provider denied access (HTTP 403): {detail}")
        if isinstance(error, openai.BadRequestError):
            if _is_context_too_long(error):
                return ProviderRequestError(
                    f"the prompt is too long for the context window of model {model} (HTTP 400): {detail}"
                )
            return ProviderRequestError(f"provider rejected the request (HTTP 400): {detail}")
        if isinstance(error, openai.APITimeoutError):
            return ProviderError(
                f"provider did not answer within {self.config.timeout:g} s, gave up after {tries} ({self._host()}){why}"
            )
        if isinstance(error, openai.APIConnectionError):
            return ProviderError(f"connection to {self._host()} failed, gave up after {tries}{why}")
        if isinstance(error, openai.APIStatusError):
            verb = "gave up after" if is_retryable(error) and not refused else "failed after"
            return ProviderError(f"provider returned HTTP {error.status_code}: {detail}; {verb} {tries}{why}")
        return ProviderError(f"provider error after {tries}: {detail}{why}")

    def _detail(self, error: openai.APIError) -> str:
        body = error.body
        message: Any = None
        if isinstance(body, dict):
            message = body.get("message") or body.get("error") or _validation_detail(body.get("detail"))
        elif isinstance(body, str) and body.strip():
            message = body
        return self._clean(str(message or error.message))

    def _clean(self, text: str) -> str:
        # One line, bounded, and never the key (some servers echo the Authorization value back).
        text = " ".join(self._scrub(str(text)).split())
        return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"

    def _scrub(self, value: Any) -> Any:
        return redact_secrets(value, self._secrets)

    def _host(self) -> str:
        # Host and port only: a base URL may carry credentials in its userinfo part.
        parts = urlsplit(self.config.base_url)
        return parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else "the provider"


class _StructuredOutputRejected(Exception):
    """Internal: the server refused response_format; complete() falls back to text or says which setting to use."""

    def __init__(
        self, detail: str, attempts: int, *, status: str, names_response_format: bool, translated: ProviderError
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.attempts = attempts
        self.status = status
        self.names_response_format = names_response_format
        # The error to raise when no fallback is wanted and the rejection may not be about response_format.
        self.translated = translated


def _rejects_structured_output(error: BaseException, *, broad: bool = False) -> bool:
    """True if ``error`` answers a request carrying response_format by refusing it.

    A 400/422 counts when it names response_format or says "not supported"; with ``broad`` (no request
    carrying response_format has been answered yet), an error of any other status counts when its body
    names response_format or json_schema, as llama-cpp-python's HTTP 500 validation error does.
    """
    if not isinstance(error, openai.APIStatusError) or _is_context_too_long(error):
        return False
    if isinstance(error, (openai.AuthenticationError, openai.PermissionDeniedError, openai.RateLimitError)):
        return False
    if isinstance(error, (openai.BadRequestError, openai.UnprocessableEntityError)):
        if error.param == "response_format" or _STRUCTURED_UNSUPPORTED.search(_error_text(error)):
            return True
    return broad and bool(_NAMES_RESPONSE_FORMAT.search(_error_text(error)))


def _is_quota_exhausted(error: BaseException) -> bool:
    """A 429 that waiting will not clear: OpenAI's insufficient_quota (out of credit or over a spend limit)."""
    if not isinstance(error, openai.RateLimitError):
        return False
    if "insufficient_quota" in (error.code, error.type):
        return True
    return bool(_INSUFFICIENT_QUOTA.search(_error_text(error)))


def _status_label(error: openai.APIError) -> str:
    return f"HTTP {error.status_code}" if isinstance(error, openai.APIStatusError) else type(error).__name__


def _validation_detail(detail: Any) -> str | None:
    """FastAPI's ``{"detail": [{"loc": [...], "msg": ...}]}`` as ``body.response_format.type: msg``."""
    if isinstance(detail, str):
        return detail
    if not isinstance(detail, list) or not detail or not isinstance(detail[0], dict):
        return None
    first = detail[0]
    where = ".".join(str(part) for part in first.get("loc") or ())
    text = f"{where}: {first.get('msg')}" if where else str(first.get("msg"))
    return text + (f" (and {len(detail) - 1} more)" if len(detail) > 1 else "")


def _with_schema_prompt(params: dict[str, Any], response_model: type[BaseModel]) -> dict[str, Any]:
    """``params`` for JSON mode: response_format json_object, and the schema at the end of the system prompt."""
    schema = json.dumps(response_model.model_json_schema(), ensure_ascii=False, separators=(",", ":"))
    instruction = f"Answer with one JSON object and nothing else. It must match this JSON Schema:\n{schema}"
    messages = [dict(m) for m in params["messages"]]
    if messages and messages[0].get("role") == "system" and isinstance(messages[0].get("content"), str):
        messages[0]["content"] = f"{messages[0]['content']}\n\n{instruction}"
    else:
        # Some chat templates accept a system message only in first place, so it goes there.
        messages.insert(0, {"role": "system", "content": instruction})
    return {**params, "messages": messages, "response_format": {"type": "json_object"}}


def _parse_json_object(
    text: str, response_model: type[BaseModel], finish_reason: Any, usage: Usage | None, clean: Callable[[str], str]
) -> BaseModel:
    if finish_reason == "length":
        raise _output_error("the answer was cut off at the token limit before it was complete", text, usage, finish_reason)
    fenced = _JSON_FENCE.match(text)
    try:
        return response_model.model_validate_json(fenced.group(1) if fenced else text)
    except pydantic.ValidationError as exc:
        problem = clean(f"{exc.error_count()} error(s), first: {exc.errors()[0]['msg']}")
        raise _output_error(f"the answer does not match the requested schema: {problem}", text, usage, finish_reason) from None


def _is_context_too_long(error: openai.APIError) -> bool:
    return error.code == "context_length_exceeded" or bool(_CONTEXT_TOO_LONG.search(_error_text(error)))


def _error_text(error: openai.APIError) -> str:
    body = error.body
    return json.dumps(body) if isinstance(body, (dict, list)) else f"{body or ''} {error.message}"


def _retry_after_seconds(error: BaseException | None) -> float | None:
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    for header, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(header)
        if value is None:
            continue
        try:
            seconds = float(value) * scale
        except ValueError:
            if header == "retry-after-ms":
                continue
            # Retry-After may also be an HTTP date; one already past (clock skew, a stale proxy) says nothing
            # about when to retry, so the normal backoff applies rather than a burst of immediate retries.
            try:
                seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
            if seconds <= 0:
                continue
        # A negative or infinite number is no valid Retry-After either.
        if math.isfinite(seconds) and seconds >= 0:
            return seconds
    return None


def _request_body(request: Any, params: dict[str, Any]) -> dict[str, Any]:
    # The exact JSON the SDK sent (with the response_format schema it generated); headers, where the key
    # lives, are deliberately not part of the record.
    try:
        body = json.loads(request.content)
    except (ValueError, TypeError, AttributeError):
        return dict(params)
    return body if isinstance(body, dict) else dict(params)


def _usage(value: Any) -> Usage | None:
    if not isinstance(value, dict):
        return None
    prompt, completion = value.get("prompt_tokens"), value.get("completion_tokens")
    if not all(isinstance(count, int) and count >= 0 for count in (prompt, completion)):
        return None
    total = value.get("total_tokens")
    # Some compatible servers omit the total; it is only ever the sum.
    total = total if isinstance(total, int) and total >= 0 else prompt + completion
    return Usage(prompt_tokens=prompt, completion_tokens=completion, total_tokens=total)


def _output_error(message: str, text: Any, usage: Usage | None, finish_reason: Any = None) -> ModelOutputError:
    # Kept for a re-ask or a run record: what the model actually said, what it cost and why it stopped.
    return ModelOutputError(message, raw_output=text if isinstance(text, str) else None, usage=usage,
                            finish_reason=finish_reason if isinstance(finish_reason, str) else None)




# -- batch engines: files and batches endpoints ---------------------------------------------------------

BatchState = Literal["validating", "failed", "in_progress", "finalizing", "completed", "expired", "cancelling", "cancelled"]
BATCH_IN_FLIGHT = ("validating", "in_progress", "finalizing", "cancelling")
BATCH_ENDPOINT = "/v1/chat/completions"


class BatchStatus(BaseModel):
    """What a batch engine says about one batch (the fields of the SDK's ``Batch`` we use)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    status: str
    input_file_id: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    total: int = 0
    completed: int = 0
    failed: int = 0
    metadata: dict[str, str] = Field(default_factory=dict)
    # The batch's own errors (a failed validation), one line each.
    errors: list[str] = Field(default_factory=list)


class BatchClient(ChatClient):
    """A chat client that also talks to a batch engine: upload the requests, create, watch and download.

    Each call is retried like a chat call (429, 5xx, timeouts; Retry-After obeyed up to 60 s) except
    ``create_batch``: a retried create whose first try did reach the server would pay twice, so a failed
    create is left to the caller, who looks for the batch by its metadata before creating it again.
    """

    def __init__(self, config: ProviderConfig, *, offline: bool = False, **kwargs: Any) -> None:
        """``offline``: only build requests and read answers (``--write-requests``, ``--dry-run``, ``ingest``),
        which needs no provider; such a client is pointed at the discard port so it can never reach one."""
        if offline and config.api_key is None:
            config = config.model_copy(update={"base_url": "http://127.0.0.1:9/v1"})
        super().__init__(config, **kwargs)

    def upload_requests(self, path: str, *, name: str) -> str:
        """Upload a requests JSONL (purpose ``batch``); returns the file id."""

        def upload() -> Any:
            with open(path, "rb") as fh:
                return self._client.files.create(file=(name, fh, "application/jsonl"), purpose="batch")

        return str(self._batch_call("upload the requests file", upload).id)

    def create_batch(self, input_file_id: str, metadata: Mapping[str, str]) -> BatchStatus:
        """Start a batch over an uploaded file (endpoint /v1/chat/completions, 24 h window); not retried."""
        created = self._batch_call("create the batch", lambda: self._client.batches.create(
            input_file_id=input_file_id, endpoint=BATCH_ENDPOINT, completion_window="24h", metadata=dict(metadata),
        ), retry=False)
        return _batch_status(created)

    def get_batch(self, batch_id: str) -> BatchStatus:
        """The batch's current state and request counts."""
        return _batch_status(self._batch_call(f"read batch {batch_id}", lambda: self._client.batches.retrieve(batch_id)))

    def find_batch(self, key: str, value: str, *, max_pages: int = 20) -> BatchStatus | None:
        """The newest batch whose metadata has ``key`` = ``value`` (the listing is read newest first)."""
        after: str | None = None
        for _ in range(max_pages):
            page = self._batch_call("list batches", lambda: self._client.batches.list(
                limit=100, **({"after": after} if after else {})))
            for batch in page.data:
                if (batch.metadata or {}).get(key) == value:
                    return _batch_status(batch)
            if not page.data or not getattr(page, "has_more", False):
                return None
            after = page.data[-1].id
        return None

    def download(self, file_id: str, path: str) -> None:
        """Stream a results file to ``path`` line by line (atomically: a crash leaves no half file).

        Each line is scrubbed of the key on the way: an engine may echo it in an error message, and the copy
        on disk must not keep it.
        """
        from summarizer.atomic import open_atomic

        def fetch() -> None:
            with self._client.files.with_streaming_response.content(file_id) as response, open_atomic(path) as out:
                for line in response.iter_lines():
                    out.write(self._scrub(line) + "\n")

        self._batch_call(f"download file {file_id}", fetch)

    def _batch_call(self, what: str, call: Callable[[], Any], *, retry: bool = True) -> Any:
        attempts = 0
        while True:
            attempts += 1
            try:
                return call()
            except openai.APIError as error:
                wait = retry_wait_seconds(attempts, error) if (self._wait is None) else self._wait(attempts, error)
                retry_after = _retry_after_seconds(error)
                too_long = retry_after is not None and retry_after > RETRY_AFTER_CAP
                if not retry or not is_retryable(error) or too_long or attempts >= self.config.max_attempts:
                    translated = self._translate(error, attempts, self.config.model)
                    raise type(translated)(f"cannot {what}: {translated}") from None
                self._event(f"Attempt {attempts} of {self.config.max_attempts} to {what} failed "
                            f"({self._what_failed(error)}); retrying in {wait:.1f} s")
                self._do_sleep(wait)


def _batch_status(batch: Any) -> BatchStatus:
    counts = batch.request_counts
    errors = [f"{e.code or 'error'}" + (f" (line {e.line})" if e.line else "") + f": {e.message or ''}".rstrip(": ")
              for e in ((batch.errors.data or []) if batch.errors else [])]
    return BatchStatus(
        id=batch.id, status=batch.status, input_file_id=batch.input_file_id, output_file_id=batch.output_file_id,
        error_file_id=batch.error_file_id, total=counts.total if counts else 0,
        completed=counts.completed if counts else 0, failed=counts.failed if counts else 0,
        metadata={str(k): str(v) for k, v in (batch.metadata or {}).items()}, errors=errors,
    )
