"""A local fake of the OpenAI chat completions endpoint, for tests and benchmarks.

    with FakeOpenAI() as fake:
        fake.enqueue(status=429, headers={"retry-after": "1"}, json=error_body("slow down"))
        fake.enqueue(json=chat_completion("hello"))
        client = OpenAI(base_url=fake.base_url, api_key="sk-test-...", max_retries=0)
        ...
        assert len(fake.requests) == 2

Scripted replies are served first, in order; when the queue is empty the server answers with
``default(request_json)`` (by default an echo of the last user message). Standard library only (the
server itself is :class:`summarizer.loopback.LoopbackServer`).
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from ..loopback import LoopbackServer

CHAT_PATH = "/v1/chat/completions"

_ids = itertools.count(1)


@dataclass
class FakeReply:
    """One scripted HTTP reply: ``json`` is sent as JSON, else ``body`` as raw bytes."""

    status: int = 200
    json: Any = None
    body: bytes | str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    # Close the connection without answering, to provoke a client-side connection error.
    drop: bool = False


@dataclass
class RecordedRequest:
    """A request the fake received; ``json`` is None when the body was not valid JSON."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    json: Any
    received_at: float


def chat_completion(
    content: str | None = "ok",
    *,
    model: str = "gpt-4o-mini",
    prompt_tokens: int = 10,
    completion_tokens: int = 5,
    refusal: str | None = None,
    finish_reason: str = "stop",
    usage: bool = True,
) -> dict[str, Any]:
    """Build a chat.completion response body with one choice."""
    body: dict[str, Any] = {
        "id": f"chatcmpl-fake-{next(_ids)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish_reason,
                "logprobs": None,
            }
        ],
    }
    if usage:
        body["usage"] = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
    return body


def error_body(
    message: str,
    *,
    type: str = "invalid_request_error",
    code: str | None = None,
    param: str | None = None,
) -> dict[str, Any]:
    """Build an OpenAI-style error body."""
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


# What llama-cpp-python's server (0.3.x, FastAPI + pydantic v2) finds wrong with a json_schema
# response_format: its request model allows only {"type": "text" | "json_object", "schema": ...}.
RESPONSE_FORMAT_TYPE_ERROR: dict[str, Any] = {
    "type": "literal_error",
    "loc": ("body", "response_format", "type"),
    "msg": "Input should be 'text' or 'json_object'",
    "input": "json_schema",
    "ctx": {"expected": "'text' or 'json_object'"},
}


def llama_cpp_error_body(errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The body llama-cpp-python's server sends, with HTTP 500, for a request its model rejects.

    Its route handler (``llama_cpp/server/errors.py``, ``RouteErrorHandler``) catches the FastAPI
    ``RequestValidationError`` like any exception and wraps ``str(error)`` (the Python repr of the error
    list, tuples and all) as an OpenAI-style internal_server_error.
    """
    errors = [dict(RESPONSE_FORMAT_TYPE_ERROR)] if errors is None else errors
    return {"error": {"message": str(errors), "type": "internal_server_error", "param": None, "code": None}}


def fastapi_validation_body(errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """FastAPI's own validation-error body, ``{"detail": [...]}`` (as JSON: the loc tuple becomes a list)."""
    errors = [dict(RESPONSE_FORMAT_TYPE_ERROR)] if errors is None else errors
    return json.loads(json.dumps({"detail": errors}))


def llama_cpp_server(answer: Callable[[Any], str] | None = None) -> Callable[[Any], FakeReply]:
    """A ``default`` for :class:`FakeOpenAI` that checks response_format as llama-cpp-python 0.3's server does.

    ``response_format`` of type text or json_object is accepted and answered with ``answer(request_json)``
    (by default the echo reply's text); any other type (json_schema) gets the server's HTTP 500.
    """

    def reply(request_json: Any) -> FakeReply:
        response_format = request_json.get("response_format") if isinstance(request_json, dict) else None
        if isinstance(response_format, dict) and response_format.get("type") not in ("text", "json_object"):
            error = {**RESPONSE_FORMAT_TYPE_ERROR, "input": response_format.get("type")}
            return FakeReply(status=500, json=llama_cpp_error_body([error]))
        if answer is None:
            return echo_reply(request_json)
        return FakeReply(json=chat_completion(answer(request_json)))

    return reply


def echo_reply(request_json: Any) -> FakeReply:
    """Default reply: echo the last user message's text (a stand-in model, like llm-echo)."""
    text = ""
    model = "gpt-4o-mini"
    if isinstance(request_json, dict):
        model = str(request_json.get("model") or model)
        for message in reversed(request_json.get("messages") or []):
            if isinstance(message, dict) and message.get("role") == "user":
                content = message.get("content")
                text = content if isinstance(content, str) else json.dumps(content)
                break
    words = len(text.split())
    return FakeReply(json=chat_completion(text, model=model, prompt_tokens=words, completion_tokens=words))


class FakeOpenAI:
    """Threaded HTTP server on 127.0.0.1 (free port) serving POST /v1/chat/completions."""

    def __init__(
        self,
        default: Callable[[Any], FakeReply | dict[str, Any]] | None = None,
        *,
        latency: float = 0.0,
    ) -> None:
        self.default = default or echo_reply
        # Added to every reply, scripted or default: the simulated model latency.
        self.latency = latency
        self.requests: list[RecordedRequest] = []
        self._queue: deque[FakeReply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        handler = type("_BoundHandler", (_Handler,), {"fake": self})
        # Benchmarks open many connections at once; the stdlib default backlog of 5 is too small.
        self._loopback = LoopbackServer(handler, poll_interval=0.01, backlog=256, name="FakeOpenAI")

    # -- scripting ---------------------------------------------------------------------------

    def enqueue(
        self,
        status: int = 200,
        *,
        json: Any = None,
        body: bytes | str | None = None,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        drop: bool = False,
        times: int = 1,
    ) -> FakeOpenAI:
        """Queue a reply ``times`` times; returns self so calls chain."""
        reply = FakeReply(status=status, json=json, body=body, headers=dict(headers or {}), delay=delay, drop=drop)
        with self._lock:
            self._queue.extend(reply for _ in range(times))
        return self

    def clear(self) -> None:
        """Forget queued replies and recorded requests."""
        with self._lock:
            self._queue.clear()
            self.requests.clear()

    @property
    def request_count(self) -> int:
        """How many requests reached the server."""
        with self._lock:
            return len(self.requests)

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The URL to give an OpenAI client, ending in /v1."""
        return f"{self.url}/v1"

    @property
    def url(self) -> str:
        """The server root, http://127.0.0.1:PORT."""
        return self._loopback.url

    def start(self) -> FakeOpenAI:
        """Bind a free port and serve in a daemon thread."""
        self._stopping.clear()
        self._loopback.start()
        return self

    def stop(self) -> None:
        """Stop serving; replies still sleeping in a delay are cut short."""
        self._stopping.set()
        self._loopback.stop()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- used by the handler -----------------------------------------------------------------

    def _next_reply(self, request: RecordedRequest) -> FakeReply:
        with self._lock:
            self.requests.append(request)
            scripted = self._queue.popleft() if self._queue else None
        if scripted is not None:
            return scripted
        reply = self.default(request.json)
        return reply if isinstance(reply, FakeReply) else FakeReply(json=reply)

    def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            self._stopping.wait(seconds)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Buffer the reply so headers and body leave in one write; with Nagle's algorithm and delayed ACKs,
    # two small writes cost ~40 ms per request on loopback.
    wbufsize = -1
    fake: FakeOpenAI  # set on the subclass made in FakeOpenAI.start

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_POST(self) -> None:  # noqa: N802 - name fixed by BaseHTTPRequestHandler
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        path = self.path.split("?", 1)[0]
        if path != CHAT_PATH:
            self._send(FakeReply(status=404, json=error_body(f"Unknown path {path}", code="not_found")))
            return
        request = RecordedRequest(
            method="POST",
            path=path,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=raw,
            json=parsed,
            received_at=time.monotonic(),
        )
        reply = self.fake._next_reply(request)
        self.fake._sleep(self.fake.latency + reply.delay)
        if reply.drop:
            self.close_connection = True
            return
        self._send(reply)

    def _send(self, reply: FakeReply) -> None:
        if reply.json is not None:
            payload = json.dumps(reply.json).encode()
        elif isinstance(reply.body, str):
            payload = reply.body.encode()
        else:
            payload = reply.body or b""
        headers = {"content-type": "application/json", **{k.lower(): v for k, v in reply.headers.items()}}
        try:
            self.send_response(reply.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (its timeout fired) before we answered; that is the point of a delay.
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        # Silence the per-request stderr lines; tests read self.fake.requests instead.
        pass
