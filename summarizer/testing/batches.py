"""A local fake of a batch engine (OpenAI's files and batches endpoints) on 127.0.0.1, for tests and benchmarks.

    with FakeBatchEngine() as engine:                  # answers every request with cite_first_sentences
        ... OPENAI_BASE_URL=engine.base_url ...
        engine.batches["batch_1"]["status"]            # validating → in_progress → finalizing → completed

Each read of a batch (GET /v1/batches/ID) moves it one state on, so a client that polls sees every state;
``instant=True`` completes a batch as it is created. ``outcome`` ends a batch as ``completed``, ``failed``
(no output, the batch's own errors set), ``expired`` (the first ``answered_before_end`` requests answered,
the rest in the error file with code ``batch_expired``) or ``cancelled`` (the rest with no line at all). Requests whose custom_id
contains a string of ``error_ids`` get an error line, of ``malformed_ids`` a line that is not JSON, of
``bad_body_ids`` a body that is no chat completion. ``respond(body) -> chat completion`` makes the answers; POST /v1/chat/completions is answered
by the same function, so a live run and a batch run can be compared on one server. Standard library only.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..loopback import LoopbackServer

BATCH_FLOW = ("validating", "in_progress", "finalizing")
_SENTENCE_LINE = re.compile(r"^\[(\d+\.\d+)\] (.+)$", re.MULTILINE)


def numbered_sentences(body: dict[str, Any]) -> list[tuple[str, str]]:
    """The ``[n.m] text`` lines of a request's last user message, as (id, text) pairs in order."""
    user = [m for m in body.get("messages", []) if m.get("role") == "user"]
    return _SENTENCE_LINE.findall(str(user[-1].get("content", ""))) if user else []


def schema_name(body: dict[str, Any]) -> str | None:
    """The name of the JSON schema a request asks for (Draft, DigestDraft, RepairAnswer), or None for text."""
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return fmt.get("json_schema", {}).get("name")
    if fmt.get("type") == "json_object":
        text = json.dumps(body.get("messages", []))
        return "RepairAnswer" if "RepairedClaim" in text else "DigestDraft" if "DigestSectionDraft" in text else "Draft"
    return None


def chat_completion(content: str | None, *, model: str = "gpt-4o-mini", refusal: str | None = None,
                    prompt_tokens: int = 100, completion_tokens: int = 20) -> dict[str, Any]:
    """A chat.completion body with one choice."""
    return {
        "id": f"chatcmpl-fake-{next(_ids)}", "object": "chat.completion", "created": int(time.time()), "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": refusal},
                     "finish_reason": "stop", "logprobs": None}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


def cite_first_sentences(body: dict[str, Any]) -> dict[str, Any]:
    """Answer a draft with the first sentence of each source, copied and cited (so it verifies); a repair with nothing."""
    firsts: dict[str, tuple[str, str]] = {}
    for sid, text in numbered_sentences(body):
        firsts.setdefault(sid.split(".")[0], (sid, text))
    claims = [{"text": text, "citations": [sid]} for sid, text in firsts.values()]
    return chat_completion(answer_content(body, claims), model=str(body.get("model", "gpt-4o-mini")))


def answer_content(body: dict[str, Any], claims: list[dict[str, Any]]) -> str:
    """``claims`` ({"text", "citations"}) in the form the request asks for: its schema's JSON, or marked lines."""
    name = schema_name(body)
    if name == "RepairAnswer":
        return json.dumps({"claims": [{"number": n, "text": c["text"], "citations": c["citations"], "date": None}
                                      for n, c in enumerate(claims, 1)]})
    if name == "DigestDraft":
        head, rest = (claims[0], claims[1:]) if claims else ({"text": "", "citations": []}, [])
        return json.dumps({"headline": head, "sections": [{"title": "Summary", "claims": rest}], "timeline": []})
    if name == "Draft":
        return json.dumps({"claims": claims})
    return "\n".join(f"{c['text']} " + "".join(f"[{x}]" for x in c["citations"]) for c in claims)


_ids = itertools.count(1)


class FakeBatchEngine:
    """Files and batches endpoints (and chat completions) on 127.0.0.1 with scripted outcomes."""

    def __init__(
        self,
        respond: Callable[[dict[str, Any]], dict[str, Any]] = cite_first_sentences,
        *,
        instant: bool = False,
        outcome: str = "completed",
        answered_before_end: int = 1,
        error_ids: Iterable[str] = (),
        malformed_ids: Iterable[str] = (),
        bad_body_ids: Iterable[str] = (),
        throttle_reads: int = 0,
        retry_after: str = "2",
        error_message: str = "The server had an error while processing your request.",
    ) -> None:
        self.respond = respond
        self.instant = instant
        self.outcome = outcome
        self.answered_before_end = answered_before_end
        self.error_ids = set(error_ids)
        self.malformed_ids = set(malformed_ids)
        self.bad_body_ids = set(bad_body_ids)
        # The first ``throttle_reads`` reads of a batch get HTTP 429 with Retry-After (polling must honour it).
        self.throttle_reads = throttle_reads
        self.retry_after = retry_after
        self.error_message = error_message
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        # Every request received: (method, path, headers, body bytes).
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"engine": self})
        self._loopback = LoopbackServer(handler, poll_interval=0.5, name="FakeBatchEngine")

    # -- life cycle ---------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL, ``http://127.0.0.1:PORT/v1``."""
        return f"{self._loopback.url}/v1"

    def start(self) -> FakeBatchEngine:
        """Serve on a free loopback port in a daemon thread."""
        self._loopback.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self._loopback.stop()

    def __enter__(self) -> FakeBatchEngine:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def count(self, method: str, path_prefix: str) -> int:
        """How many requests with this method had a path starting with ``path_prefix``."""
        return sum(1 for m, p, _, _ in self.requests if m == method and p.startswith(path_prefix))

    def input_lines(self, batch_id: str) -> list[dict[str, Any]]:
        """The parsed request lines of a batch's input file."""
        data = self.files[self.batches[batch_id]["input_file_id"]]["content"]
        return [json.loads(line) for line in data.decode().splitlines() if line.strip()]

    # -- the endpoints ------------------------------------------------------------------------------------

    def _upload(self, content_type: str, body: bytes) -> tuple[int, Any]:
        message = email.parser.BytesParser(policy=email.policy.default).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        fields = {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}
        if "file" not in fields or "purpose" not in fields:
            return 400, _error("file and purpose are required")
        purpose = fields["purpose"].get_payload(decode=True).decode()
        if purpose != "batch":
            return 400, _error(f"purpose must be batch here, not {purpose!r}")
        content = fields["file"].get_payload(decode=True)
        return 200, self._add_file(content, fields["file"].get_filename() or "upload.jsonl", "batch")

    def _add_file(self, content: bytes, filename: str, purpose: str) -> dict[str, Any]:
        file_id = f"file-{next(_ids)}"
        info = {"id": file_id, "object": "file", "bytes": len(content), "created_at": int(time.time()),
                "filename": filename, "purpose": purpose, "status": "processed"}
        self.files[file_id] = {**info, "content": content}
        return info

    def _create(self, params: dict[str, Any]) -> tuple[int, Any]:
        if params.get("input_file_id") not in self.files:
            return 404, _error(f"no file {params.get('input_file_id')!r}")
        if params.get("endpoint") != "/v1/chat/completions" or params.get("completion_window") != "24h":
            return 400, _error("endpoint must be /v1/chat/completions and completion_window 24h")
        lines = self.files[params["input_file_id"]]["content"].decode().splitlines()
        batch_id = f"batch_{next(_ids)}"
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": params["endpoint"], "errors": None,
            "input_file_id": params["input_file_id"], "completion_window": "24h", "status": "validating",
            "output_file_id": None, "error_file_id": None, "created_at": int(time.time()) + len(self.batches),
            "metadata": params.get("metadata") or {},
            "request_counts": {"total": sum(1 for line in lines if line.strip()), "completed": 0, "failed": 0},
        }
        if self.instant:
            self._finish(self.batches[batch_id])
        return 200, self._public(batch_id)

    def _read(self, batch_id: str) -> tuple[int, Any, dict[str, str]]:
        batch = self.batches.get(batch_id)
        if batch is None:
            return 404, _error(f"no batch {batch_id!r}"), {}
        if self.throttle_reads > 0:
            self.throttle_reads -= 1
            return 429, _error("slow down", "rate_limit_exceeded"), {"retry-after": self.retry_after}
        if batch["status"] in BATCH_FLOW:
            at = BATCH_FLOW.index(batch["status"])
            if at + 1 < len(BATCH_FLOW):
                batch["status"] = BATCH_FLOW[at + 1]
            else:
                self._finish(batch)
        elif batch["status"] == "cancelling":
            self._finish(batch)
        return 200, self._public(batch_id), {}

    def _finish(self, batch: dict[str, Any]) -> None:
        """End a batch with ``outcome``, writing its output and error files."""
        if self.outcome == "failed":
            batch["status"] = "failed"
            batch["errors"] = {"object": "list", "data": [
                {"code": "invalid_json_line", "line": 1, "message": "This line is not parseable as valid JSON.", "param": None}]}
            batch["request_counts"]["failed"] = 0
            return
        output: list[str] = []
        errors: list[str] = []
        requests = [json.loads(line) for line in
                    self.files[batch["input_file_id"]]["content"].decode().splitlines() if line.strip()]
        for n, request in enumerate(requests):
            cid = request["custom_id"]
            line_id = f"batch_req_{next(_ids)}"
            if self.outcome == "expired" and n >= self.answered_before_end:
                errors.append(json.dumps({"id": line_id, "custom_id": cid, "response": None, "error": {
                    "code": "batch_expired", "message": "This request could not be executed before the completion window expired."}}))
            elif self.outcome == "cancelled" and n >= self.answered_before_end:
                continue  # a cancelled batch just stops: the requests not reached have no line at all
            elif _names(cid, self.error_ids):
                errors.append(json.dumps({"id": line_id, "custom_id": cid, "response": {
                    "status_code": 500, "request_id": f"req_{line_id}",
                    "body": _error(self.error_message, "server_error")},
                    "error": None}))
            elif _names(cid, self.malformed_ids):
                output.append('{"id": "' + line_id + '", "custom_id": "' + cid + '", "response": {truncated')
            else:
                body: Any = {"oops": True} if _names(cid, self.bad_body_ids) else self.respond(request["body"])
                output.append(json.dumps({"id": line_id, "custom_id": cid, "response": {
                    "status_code": 200, "request_id": f"req_{line_id}", "body": body}, "error": None}))
        if output:
            batch["output_file_id"] = self._add_file(("\n".join(output) + "\n").encode(), "output.jsonl", "batch_output")["id"]
        if errors:
            batch["error_file_id"] = self._add_file(("\n".join(errors) + "\n").encode(), "errors.jsonl", "batch_output")["id"]
        batch["request_counts"].update(completed=len(output), failed=len(errors))
        batch["status"] = {"expired": "expired", "cancelled": "cancelled"}.get(self.outcome, "completed")

    def _public(self, batch_id: str) -> dict[str, Any]:
        return dict(self.batches[batch_id])

    def _list(self, query: dict[str, list[str]]) -> dict[str, Any]:
        limit = int(query.get("limit", ["20"])[0])
        after = query.get("after", [None])[0]
        ordered = sorted(self.batches.values(), key=lambda b: b["created_at"], reverse=True)
        if after is not None:
            ids = [b["id"] for b in ordered]
            ordered = ordered[ids.index(after) + 1:] if after in ids else []
        page = ordered[:limit]
        return {"object": "list", "data": page, "first_id": page[0]["id"] if page else None,
                "last_id": page[-1]["id"] if page else None, "has_more": len(ordered) > limit}


def _names(custom_id: str, parts: set[str]) -> bool:
    return any(part in custom_id for part in parts)


def _error(message: str, code: str = "invalid_request_error") -> dict[str, Any]:
    return {"error": {"message": message, "type": code, "param": None, "code": code}}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    engine: FakeBatchEngine

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("content-length") or 0))

    def _handle(self, method: str) -> None:
        body = self._body() if method == "POST" else b""
        url = urlsplit(self.path)
        path = url.path.removeprefix("/v1")
        engine = self.engine
        headers: dict[str, str] = {}
        with engine.lock:
            engine.requests.append((method, path, {k.lower(): v for k, v in self.headers.items()}, body))
            status: int
            payload: Any
            if method == "POST" and path == "/files":
                status, payload = engine._upload(self.headers.get("content-type", ""), body)
            elif method == "POST" and path == "/batches":
                status, payload = engine._create(json.loads(body))
            elif method == "POST" and path == "/chat/completions":
                status, payload = 200, engine.respond(json.loads(body))
            elif method == "POST" and path.startswith("/batches/") and path.endswith("/cancel"):
                batch = engine.batches.get(path.split("/")[2])
                if batch is not None:
                    batch["status"] = "cancelling"
                status, payload = (200, engine._public(batch["id"])) if batch else (404, _error("no such batch"))
            elif method == "GET" and path == "/batches":
                status, payload = 200, engine._list(parse_qs(url.query))
            elif method == "GET" and path.startswith("/batches/"):
                status, payload, headers = engine._read(path.split("/")[2])
            elif method == "GET" and path.startswith("/files/") and path.endswith("/content"):
                found = engine.files.get(path.split("/")[2])
                if found is None:
                    status, payload = 404, _error("no such file")
                else:
                    self._send(200, found["content"], "application/octet-stream", {})
                    return
            else:
                status, payload = 404, _error(f"no route {method} {path}")
        self._send(status, json.dumps(payload).encode(), "application/json", headers)

    def _send(self, status: int, data: bytes, content_type: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - name fixed by BaseHTTPRequestHandler
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet: tests read stderr
        pass


def main(argv: list[str] | None = None) -> None:
    """``python -m summarizer.testing.batches [--instant]``: serve until standard input closes; prints the base URL."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--instant", action="store_true", help="complete every batch as it is created")
    args = parser.parse_args(argv)
    with FakeBatchEngine(instant=args.instant) as engine:
        print(engine.base_url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
