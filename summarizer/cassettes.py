"""Recorded responses (cassettes): their format and metadata, the replay server behind the no-key demo,
and recording (``--record``, for someone with a key).

Cassettes are vcrpy cassettes in JSON (the demo's: ``summarizer/data/cassettes/*.json``), so the tests replay them with vcrpy
(record mode ``none``) and the demo replays the very same files here with the standard library only: a
:class:`ReplayServer` on 127.0.0.1 answers each chat request with the recorded response whose request body
is identical, so the demo goes through the real client and SDK. A top-level ``"summarizer"`` object holds
the metadata: which sources (by sha256) and shape the cassette covers, the model name to send, and
whether it was written by hand. Hand-written cassettes are never presented as a model's output: their
model is called ``hand-written-demo`` and the CLI says so.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from .atomic import check_folder_writable, write_text_atomic
from .config import CASSETTES_DIR, provider_label, redact_secrets
from .errors import ConfigError, InputError
from .loopback import LoopbackServer
from .sources import Source

META_KEY = "summarizer"
CHAT_PATH = "/v1/chat/completions"
# What vcrpy compares (host, port and scheme are left out, so a replay works against any address).
MATCH_ON = ("method", "path", "body")
# The SummarizeOptions that change what the model is asked. A cassette's metadata may list the values it
# was recorded with under "options"; one that does not was recorded with the defaults.
REQUEST_OPTIONS = ("sentences", "keep_boilerplate", "min_support", "max_repairs", "context_tokens", "output_reserve")
# Structured-output modes whose first request is the one recorded (auto asks for a JSON schema first).
RECORDED_STRUCTURED = ("auto", "json_schema")
# Tokens of slack when deciding that a context window other than the recorded one sends the same requests.
CONTEXT_MARGIN = 64
# "# Source 1: seeds/000_….txt (22 sentences)": the displayed path is left out when requests are matched.
_SOURCE_HEADER = re.compile(r"^(# Source \d+: ).*( \([^()\n]*sentences(?:, ids kept)?\))$", re.MULTILINE)
FILTER_HEADERS = ("authorization", "api-key", "x-api-key", "openai-organization", "openai-project", "cookie", "set-cookie")


@dataclass(frozen=True)
class Cassette:
    """A cassette file: its metadata and recorded interactions."""

    path: Path
    meta: Mapping[str, Any]
    interactions: Sequence[Mapping[str, Any]]
    sha256: str

    @property
    def handwritten(self) -> bool:
        """True when a person wrote the answers (no model produced them)."""
        return bool(self.meta.get("handwritten", True))

    @property
    def model(self) -> str:
        """The model name the recorded requests carry."""
        return str(self.meta.get("model") or "hand-written-demo")

    @property
    def label(self) -> str:
        """Identifies the cassette's content in cache keys and run records."""
        return f"cassette:{self.path.name}:{self.sha256[:12]}"


def load_cassette(path: str | os.PathLike[str]) -> Cassette:
    """Read a JSON cassette; ConfigError if it is not one."""
    path = Path(path)
    try:
        raw = path.read_bytes()
        data = json.loads(raw)
        interactions = data["interactions"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{path} is not a readable JSON cassette ({exc.__class__.__name__})") from None
    return Cassette(path, data.get(META_KEY) or {}, interactions, hashlib.sha256(raw).hexdigest())


def source_fingerprint(sources: Sequence[Source]) -> list[str]:
    """The sources' sha256 digests in order: what a cassette must cover to serve a request."""
    return [s.sha256 for s in sources]


def find_cassette(sources: Sequence[Source], shape: str, directory: str | os.PathLike[str] | None = None) -> Cassette | None:
    """A cassette covering exactly these sources (by content, in order) and shape; a real recording wins over a hand-written one."""
    folder = Path(directory) if directory is not None else CASSETTES_DIR
    if not folder.is_dir():
        return None
    wanted = source_fingerprint(sources)
    found = []
    for path in sorted(folder.glob("*.json")):
        try:
            cassette = load_cassette(path)
        except ConfigError:
            continue
        meta = cassette.meta
        if meta.get("shape") == shape and [s.get("sha256") for s in meta.get("sources", [])] == wanted:
            found.append(cassette)
    found.sort(key=lambda c: c.handwritten)
    return found[0] if found else None


def demo_cassette(sources: Sequence[Source], options: Any, *, structured: str | None = None,
                  directory: str | os.PathLike[str] | None = None) -> Cassette | None:
    """The cassette that answers a no-key run of ``sources`` with ``options`` (a SummarizeOptions), or None.

    Sources are matched by content (sha256, in order), never by how their path is spelled; the replay
    ignores the displayed path too. None when no cassette covers these sources and shape; InputError
    (one line, exit 2) when one does but was not recorded with options that send the same requests.
    """
    cassette = find_cassette(sources, options.shape, directory)
    if cassette is None:
        return None
    problems = uncovered_options(cassette, options, structured=structured)
    if problems:
        raise InputError(
            f"the bundled demo responses ({cassette.path.name}) were recorded with other options: "
            f"{'; '.join(problems)}; drop these options, or configure a provider (OPENAI_API_KEY or OPENAI_BASE_URL)"
        )
    return cassette


def recorded_options(cassette: Cassette) -> dict[str, Any]:
    """The request-changing options a cassette was recorded with (the defaults when its metadata has none)."""
    from .records import SummarizeOptions  # deferred: pydantic and the verifier are more than the demo needs here

    defaults = SummarizeOptions().model_dump()
    given = cassette.meta.get("options") or {}
    return {name: given.get(name, defaults[name]) for name in REQUEST_OPTIONS}


def uncovered_options(cassette: Cassette, options: Any, *, structured: str | None = None) -> list[str]:
    """``--flag value (recorded: x)`` for each option with which the replay would miss a request."""
    recorded = recorded_options(cassette)
    problems = []
    if options.sentences != recorded["sentences"]:
        problems.append(f"--sentences {options.sentences} (recorded: {recorded['sentences']})")
    if options.keep_boilerplate != recorded["keep_boilerplate"]:
        problems.append("--keep-boilerplate" if options.keep_boilerplate else "no --keep-boilerplate")
    if float(options.min_support) != float(recorded["min_support"]):
        problems.append(f"--min-support {options.min_support} (recorded: {recorded['min_support']})")
    # Fewer repair rounds replay a prefix of the recording; more may send a round it does not hold.
    if options.max_repairs > recorded["max_repairs"]:
        problems.append(f"--max-repairs {options.max_repairs} (recorded: at most {recorded['max_repairs']})")
    same_window = (options.context_tokens, options.output_reserve) == (recorded["context_tokens"], recorded["output_reserve"])
    if not same_window and not _window_sends_same_requests(cassette, options.context_tokens - options.output_reserve):
        problems.append(f"--context-tokens {options.context_tokens} (recorded: {recorded['context_tokens']})")
    if structured is not None and structured not in RECORDED_STRUCTURED:
        problems.append(f"--structured {structured} (recorded: auto)")
    return problems


def _window_sends_same_requests(cassette: Cassette, room: int) -> bool:
    """True when an unchunked recording's every request fits ``room`` prompt tokens, with a margin.

    Then neither chunking nor the repair's shortened context starts, so the requests are the recorded ones.
    """
    from .tokens import count_tokens

    for item in cassette.interactions:
        body = _json_body((item.get("request") or {}).get("body"))
        messages = body.get("messages") if isinstance(body, Mapping) else None
        if not isinstance(messages, list):
            return False
        texts = [str(m.get("content", "")) for m in messages if isinstance(m, Mapping)]
        if any(", ids kept)" in text for text in texts):  # a chunk or a shortened repair context: window-bound
            return False
        used = sum(count_tokens(text, cassette.model, allow_estimate=True).tokens + 4 for text in texts)
        if used + CONTEXT_MARGIN > room:
            return False
    return True


class ReplayServer:
    """Serves a cassette's recorded chat responses on 127.0.0.1, matching requests by JSON body."""

    def __init__(self, cassette: Cassette) -> None:
        self.cassette = cassette
        self.misses = 0
        self._recorded: list[tuple[Any, Mapping[str, Any]]] = []
        for item in cassette.interactions:
            request, response = item.get("request", {}), item.get("response", {})
            self._recorded.append((_match_key(_json_body(request.get("body"))), response))
        handler = type("_ReplayHandler", (_ReplayHandler,), {"replay": self})
        self._loopback = LoopbackServer(handler, name="ReplayServer")

    @property
    def base_url(self) -> str:
        """The URL to give the client, ending in /v1."""
        return f"{self._loopback.url}/v1"

    def lookup(self, body: Any) -> Mapping[str, Any] | None:
        """The recorded response for a request body, or None; the sources' displayed paths are not compared.

        The sources were matched by content when the cassette was chosen, and their sentences are in the
        body, so ``./seeds/000_….txt``, an absolute path or a run from inside ``seeds/`` replay the same.
        """
        body = _match_key(body)
        for recorded, response in self._recorded:
            if recorded == body:
                return response
        return None

    def __enter__(self) -> ReplayServer:
        self._loopback.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._loopback.stop()


class _ReplayHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    replay: ReplayServer

    def do_POST(self) -> None:  # noqa: N802 - name fixed by BaseHTTPRequestHandler
        length = int(self.headers.get("content-length") or 0)
        body = _json_body(self.rfile.read(length) if length else b"")
        response = self.replay.lookup(body) if self.path.split("?", 1)[0] == CHAT_PATH else None
        if response is None:
            self.replay.misses += 1
            message = (
                f"summarizer replay: {self.replay.cassette.path.name} holds no recorded answer for this request; "
                "it covers the options it was recorded with only, and it must be written again after the prompts or the verifier change"
            )
            self._send(404, json.dumps({"error": {"message": message, "type": "replay_miss", "code": None, "param": None}}).encode())
            return
        status = int((response.get("status") or {}).get("code", 200))
        payload = (response.get("body") or {}).get("string", "")
        self._send(status, payload.encode("utf-8") if isinstance(payload, str) else bytes(payload))

    def _send(self, status: int, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def _match_key(body: Any) -> Any:
    """A request body with the path left out of every ``# Source n: path (…)`` header of its messages."""
    if not isinstance(body, Mapping) or not isinstance(body.get("messages"), list):
        return body
    messages = [
        {**m, "content": _SOURCE_HEADER.sub(r"\1…\2", m["content"])} if isinstance(m, Mapping) and isinstance(m.get("content"), str) else m
        for m in body["messages"]
    ]
    return {**body, "messages": messages}


def _json_body(body: Any) -> Any:
    if isinstance(body, Mapping) and "string" in body:
        body = body["string"]
    if isinstance(body, (bytes, bytearray)):
        body = body.decode("utf-8", errors="replace")
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body


# -- recording ----------------------------------------------------------------------------------------------


def record_path(sources: Sequence[Source], shape: str, directory: str | os.PathLike[str] | None = None) -> Path:
    """Where ``--record`` writes the cassette for these sources and shape."""
    digest = hashlib.sha256("".join(source_fingerprint(sources)).encode()).hexdigest()[:12]
    folder = Path(directory) if directory is not None else CASSETTES_DIR
    return folder / f"recorded-{shape}-{digest}.json"


def cassette_meta(sources: Sequence[Source], shape: str, model: str, *, handwritten: bool, note: str,
                  options: Any = None) -> dict[str, Any]:
    """The ``"summarizer"`` metadata object of a cassette; ``options`` (SummarizeOptions): the request-changing ones."""
    meta: dict[str, Any] = {
        "handwritten": handwritten,
        "note": note,
        "shape": shape,
        "model": model,
        "sources": [{"path": s.path, "sha256": s.sha256} for s in sources],
        "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    if options is not None:
        meta["options"] = {name: getattr(options, name) for name in REQUEST_OPTIONS}
    return meta


def scrub_uri(uri: str) -> str:
    """The URI without credentials or query: ``http://user:pw@host:1/v1/x?api-key=…`` → ``http://host:1/v1/x``."""
    return provider_label(uri)


@contextmanager
def recording(path: str | os.PathLike[str], meta: Mapping[str, Any], secrets: Sequence[str] = ()) -> Iterator[None]:
    """Record every HTTP call inside the block into a JSON cassette at ``path`` (needs vcrpy: the test extra).

    Nothing secret reaches the file: the authorization header is filtered, request URIs lose their
    credentials and query, ``secrets`` are scrubbed from response bodies and headers (some servers echo
    the key in a 401), and the result is checked again before it replaces ``path``. The cassette is
    written to a temporary file and moved into place only when the block succeeded; on failure the old
    cassette, if any, is left as it was.
    """
    try:
        import vcr  # deferred: a test dependency, needed only by someone re-recording
    except ImportError:
        raise ConfigError("--record needs vcrpy: pip install -e '.[test]'") from None
    path = Path(path)
    # Before the first call, not when the block ends: a cassette folder that cannot be written (the
    # package's own data folder in a wheel install, say) would lose what the calls cost.
    try:
        check_folder_writable(path.parent, create=True)
    except InputError as exc:
        raise InputError(f"--record: {exc}; set SUMMARIZER_CASSETTES_DIR to a folder you can write") from None
    partial = path.with_name(f".{path.name}.recording")
    partial.unlink(missing_ok=True)
    secrets = [s for s in secrets if s]

    def scrub_request(request):
        request.uri = scrub_uri(request.uri)
        return request

    def scrub_response(response):
        body = response.get("body", {})
        raw = body.get("string")
        if isinstance(raw, bytes):
            text = raw.decode("utf-8", "replace")
            if any(secret in text for secret in secrets):
                body["string"] = redact_secrets(text, secrets).encode("utf-8")
        elif isinstance(raw, str):
            body["string"] = redact_secrets(raw, secrets)
        if response.get("headers"):
            response["headers"] = redact_secrets(response["headers"], secrets)
        return response

    recorder = vcr.VCR(
        serializer="json",
        record_mode="all",
        match_on=list(MATCH_ON),
        filter_headers=list(FILTER_HEADERS),
        decode_compressed_response=True,
        before_record_request=scrub_request,
        before_record_response=scrub_response,
    )
    try:
        with recorder.use_cassette(str(partial)):
            yield
        if not partial.exists():
            raise ConfigError(f"nothing was recorded into {path} (no request reached the provider)")
        text = partial.read_text(encoding="utf-8")
        if any(secret in text for secret in secrets):
            raise ConfigError(f"refusing to keep {path}: the recording holds the API key")
        data = json.loads(text)
        data[META_KEY] = dict(meta)
        write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    finally:
        partial.unlink(missing_ok=True)
