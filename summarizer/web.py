"""The review in a browser (``summarizer review --web``): a WSGI app on a loopback server, one page per run.

    server = ReviewServer.start(store, run_id=None, host="127.0.0.1", port=0, out_dir=".", reviewer="ann")
    print(server.url)          # http://127.0.0.1:PORT/runs/RUN?token=…
    server.serve_forever()     # until Ctrl-C (SystemExit from the CLI's handler) or server.shutdown()
    server.close()             # waits for a decision being committed, then frees the port

The page is the HTML export's review panel (html.rejected_claim_html: the same words as the export and,
through ReviewSession.explain, the terminal review) with buttons, fields and keys added; decisions go
through ReviewSession.decide, so each is committed to the run store as it is made, and Publish writes
what ``summarizer export`` writes (ReviewSession.export).

Why werkzeug: routing, form and header parsing, cookies and a threaded server from one small, widely
used library (Pallets; its only dependency is MarkupSafe), so no HTTP is parsed here by hand and the
routing stays four rules. A framework (Flask, Starlette + uvicorn) would add templating, async or click
for nothing this page needs; the standard library's http.server would leave form, cookie and Accept
parsing to us.

Security, because it is a server: it listens on 127.0.0.1 unless told otherwise; every request needs the
random token (in the URL once, then in an HttpOnly, SameSite=Strict cookie) or gets 403 and changes
nothing; a request whose Host is not the server's own is refused (DNS rebinding); every state-changing
request is a POST that must come from the page's own origin (Origin, else Referer) and carry the CSRF
token printed into the page; the Content-Security-Policy allows only this response's own script and
style (a nonce), so no external script, font or image loads and an injected ``<script>`` would not run;
everything from sources, summaries and notes is escaped; no file path comes from a request (Publish
writes ``OUT_DIR/RUN.<ext>``, the folder fixed when the server starts, the run id from the store).
"""

from __future__ import annotations

import hashlib
import hmac
import html
import ipaddress
import json
import os
import secrets
import socket
import threading
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from .atomic import check_folder_writable, write_text_atomic
from .errors import InputError, SummarizerError
from .html import PAGE_CSS, cited_sentences_html, rejected_claim_html
from .render import (RUNS_COLUMNS, decided_words, decision_words, review_summary_line, reviewed_verification_line,
                     runs_row)
from .review import MAX_EDIT_CHARS, MAX_NOTE_CHARS, ReviewedClaim, ReviewSession, load_review
from .sources import DEFAULT_MAX_SOURCE_BYTES
from .store import RunStore

# What Publish can write, and the file name's ending: the formats of ``summarizer export``.
EXPORT_FORMATS = {"html": ".html", "markdown": ".md", "json": ".json"}
# A decision is a few fields; anything bigger is not from this page.
_MAX_BODY = 256 * 1024
_LOOPBACK_NAMES = {"localhost"}
_NUMERIC_COLUMNS = {"SOURCES", "VERIFIED", "REJECTED", "DECIDED"}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _asset(name: str) -> str:
    return resources.files("summarizer").joinpath("web_assets", name).read_text(encoding="utf-8")


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) is only reachable from this machine."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class ReviewApp:
    """The WSGI application: the runs list, one review page per run, decisions and Publish.

    ``allowed_hosts`` are the ``host:port`` values a request's Host may have (None: any, for a server
    listening on every address, where the name people use is not known). A run opened with open_run keeps
    the sources it was opened with (``review RUN --web --source …``); others are read from where they were.
    """

    def __init__(self, store: RunStore, *, reviewer: str, out_dir: str | Path, token: str | None = None,
                 allowed_hosts: set[str] | None = None, max_bytes: int = DEFAULT_MAX_SOURCE_BYTES) -> None:
        self.store = store
        self.reviewer = reviewer
        self.out_dir = Path(out_dir)
        self.token = token or secrets.token_urlsafe(32)
        # Derived from the token, so it needs no state of its own, and knowing it does not give the token.
        self.csrf = hmac.new(self.token.encode(), b"csrf", hashlib.sha256).hexdigest()
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts is not None else None
        self._max_bytes = max_bytes
        self._sessions: dict[str, ReviewSession] = {}
        # One request at a time touches sessions and the store: two tabs deciding at once are ordered here,
        # and close() takes it to wait for a decision being committed.
        self.lock = threading.Lock()
        self._css, self._js = PAGE_CSS + _asset("review.css"), _asset("review.js")
        self.url_map = Map([
            Rule("/", endpoint="runs", methods=["GET"]),
            Rule("/runs/<run_id>", endpoint="run", methods=["GET"]),
            Rule("/runs/<run_id>/claims/<int:claim_id>", endpoint="decide", methods=["POST"]),
            Rule("/runs/<run_id>/publish", endpoint="publish", methods=["POST"]),
        ])

    # -- WSGI ---------------------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        request = Request(environ)
        request.max_content_length = _MAX_BODY
        request.max_form_memory_size = _MAX_BODY
        nonce = secrets.token_urlsafe(16)
        try:
            response = self._guard(request) or self._dispatch(request, nonce)
        except HTTPException as exc:
            response = self._error_response(request, exc.code or 500, exc.description or exc.name, nonce)
        self._secure(response, nonce)
        return response(environ, start_response)

    def _cookie_name(self, request: Request) -> str:
        # Cookies are not kept apart by port: two servers on one machine must not overwrite each other's.
        return "summarizer_review_" + (request.host.rpartition(":")[2] or "80")

    def _guard(self, request: Request) -> Response | None:
        """Refuse (403, nothing done) a request with a foreign Host, without the token, or a cross-site POST."""
        if self.allowed_hosts is not None and request.host.lower() not in self.allowed_hosts:
            return _plain(403, "Forbidden: this review server answers only at its own address.")
        given = request.args.get("token") or request.cookies.get(self._cookie_name(request)) or ""
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            return _plain(403, "Forbidden: open the address that `summarizer review --web` printed (it holds the token).")
        if request.method not in ("GET", "HEAD"):
            if not self._same_origin(request):
                return _plain(403, "Forbidden: a change must come from the review page itself (cross-origin request refused).")
            sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf") or ""
            if not hmac.compare_digest(sent.encode(), self.csrf.encode()):
                return _plain(403, "Forbidden: the form's CSRF token is missing or wrong; reload the page.")
        elif "token" in request.args:
            # The token moves into a cookie and out of the address bar (and the history) at once.
            response = Response(status=303, headers={"Location": request.path})
            response.set_cookie(self._cookie_name(request), self.token, httponly=True, samesite="Strict", path="/")
            return response
        return None

    def _same_origin(self, request: Request) -> bool:
        own = f"{request.scheme}://{request.host}"
        origin = request.headers.get("Origin")
        if origin is not None:
            return origin == own
        referer = request.headers.get("Referer") or ""
        return referer == own or referer.startswith(own + "/")

    def _dispatch(self, request: Request, nonce: str) -> Response:
        endpoint, args = self.url_map.bind_to_environ(request.environ).match()
        with self.lock:
            try:
                if endpoint == "runs":
                    return _page(self._runs_page(nonce))
                if endpoint == "run":
                    return _page(self._run_page(self._session(args["run_id"]), nonce))
                if endpoint == "decide":
                    return self._decide(request, args["run_id"], args["claim_id"])
                return self._publish(request, args["run_id"], nonce)
            except InputError as exc:
                return self._error_response(request, 400, str(exc), nonce)
            except SummarizerError as exc:  # the run database is unusable, say
                return self._error_response(request, 500, str(exc), nonce)

    def _secure(self, response: Response, nonce: str) -> None:
        response.headers["Content-Security-Policy"] = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        # Not "no-referrer": that would make the browser send "Origin: null" with the page's own POSTs.
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Cache-Control"] = "no-store"

    def _error_response(self, request: Request, status: int, message: str, nonce: str) -> Response:
        if _wants_json(request):
            return _json(status, {"ok": False, "message": message})
        body = f'<h1>Review</h1><p class="error">Error: {_e(message)}</p><p><a href="/">All runs</a></p>'
        return _page(self._document("Error", body, nonce), status=status)

    # -- runs and sessions --------------------------------------------------------------------------

    def _session(self, run_id: str) -> ReviewSession:
        """The run's review with every decision stored so far (another tab's or the terminal's included)."""
        try:
            run = self.store.get(run_id)
        except InputError as exc:
            raise NotFound(str(exc)) from None
        session = self._sessions.get(run.id)
        if session is None:
            session = ReviewSession.open(self.store, run.id, reviewer=self.reviewer, max_bytes=self._max_bytes)
            self._sessions[run.id] = session
        else:
            session.review = load_review(self.store, run.id)
        return session

    def open_run(self, run_id: str | None, source_paths: Sequence[str] = (), stdin_bytes: bytes | None = None) -> str:
        """Load a run (the latest finished one when None) and read and check its sources now; its full id.

        ``source_paths`` (``--source``) say where this run's sources are now; ``-`` among them is ``stdin_bytes``.
        """
        with self.lock:
            session = ReviewSession.open(self.store, run_id, source_paths=source_paths, reviewer=self.reviewer,
                                         max_bytes=self._max_bytes, stdin_bytes=stdin_bytes)
            self._sessions[session.review.run.id] = session
            return session.review.run.id

    # -- pages --------------------------------------------------------------------------------------

    def _document(self, title: str, body: str, nonce: str, *, script: bool = False) -> str:
        tail = f'<script nonce="{nonce}">{self._js}</script>\n' if script else ""
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                f"<meta name=\"csrf-token\" content=\"{self.csrf}\">\n<title>{_e(title)}</title>\n"
                f"<style nonce=\"{nonce}\">{self._css}</style>\n</head>\n<body>\n{body}\n{tail}</body>\n</html>\n")

    def _runs_page(self, nonce: str) -> str:
        runs = self.store.list_runs()
        head = "".join(f'<th class="num">{_e(c)}</th>' if c in _NUMERIC_COLUMNS else f"<th>{_e(c)}</th>" for c in RUNS_COLUMNS)
        rows = []
        for run in runs:
            cells = []
            for column, value in zip(RUNS_COLUMNS, runs_row(run)):
                css = ' class="num"' if column in _NUMERIC_COLUMNS else ""
                if column == "RUN" and run.status == "done":
                    value_html = f'<a href="/runs/{_e(run.id)}">{_e(value)}</a>'
                else:
                    value_html = _e(value)
                cells.append(f"<td{css}>{value_html}</td>")
            rows.append(f'<tr data-run="{_e(run.id)}">{"".join(cells)}</tr>')
        table = (f'<table class="runs"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>' if runs
                 else "<p>No runs recorded yet (summarizer summarize SOURCE...).</p>")
        body = (f'<header><h1>Runs</h1><p class="provenance">In {_e(self.store.path)}, newest first. Open a run to review '
                f"the claims the verifier rejected.</p></header>\n<main>{table}</main>")
        return self._document("Runs · summarizer review", body, nonce)

    def _run_page(self, session: ReviewSession, nonce: str) -> str:
        review = session.review
        run_id = review.run.id
        items = [self._claim_item(session, c) for c in review.under_review]
        names = ", ".join(f"{_e(run_id)}{ext}" for ext in EXPORT_FORMATS.values())
        options = "".join(f'<option value="{f}">{f}</option>' for f in EXPORT_FORMATS)
        header = [
            '<header><nav><a href="/">All runs</a></nav>',
            f"<h1>Review \u00b7 run {_e(run_id)}</h1>",
            f'<p class="verification" id="verification">{_e(reviewed_verification_line(review))}</p>',
            f'<p class="provenance"><span id="progress">{_e(review_summary_line(review))}</span> Deciding as '
            f"<strong>{_e(self.reviewer)}</strong>; each decision is saved as it is made.</p>",
            '<p class="legend keys">Keys: <kbd>k</kbd> keep rejected \u00b7 <kbd>a</kbd> accept (type the note, '
            '<kbd>Enter</kbd>) \u00b7 <kbd>e</kbd> edit (<kbd>Enter</kbd> re-verifies) \u00b7 <kbd>s</kbd> skip \u00b7 '
            '<kbd>j</kbd> or <kbd>\u2193</kbd> next claim \u00b7 <kbd>\u2191</kbd> or <kbd>Shift</kbd>+<kbd>K</kbd> '
            'previous \u00b7 <kbd>Esc</kbd> leaves a field</p>',
            f'<form class="publish" method="post" action="/runs/{_e(run_id)}/publish">{self._hidden()}'
            f'<label>Publish as <select name="format">{options}</select></label><button type="submit">Publish</button>'
            f'<span class="legend">writes {names} in {_e(self.out_dir.resolve())}, as <code>summarizer export</code> does</span></form>',
            '<p id="flash" role="status" aria-live="polite"></p></header>',
        ]
        main = ['<main>', f'<section id="review-panel"><h2>Claims the verifier rejected ({len(items)})</h2>']
        if items:
            main.append('<p class="legend">Words the cited sentences do not support are <mark class="unsupported">marked</mark>; '
                        'in the source sentences, the words the claim dropped are <mark class="cue">marked</mark>.</p>')
            main += items
        else:
            main.append("<p>None: the verifier passed every claim.</p>")
        main += ["</section>", cited_sentences_html(session.cited_sentences()), "</main>"]
        return self._document(f"Review \u00b7 run {run_id}", "\n".join(header + main), nonce, script=True)

    def _hidden(self, seq: int | None = None) -> str:
        field = f'<input type="hidden" name="seq" value="{seq}">' if seq is not None else ""
        return f'<input type="hidden" name="csrf" value="{self.csrf}">{field}'

    def _claim_item(self, session: ReviewSession, claim: ReviewedClaim) -> str:
        """One rejected claim as the export shows it, with its decision forms and its history."""
        run_id = session.review.run.id
        action = f"/runs/{_e(run_id)}/claims/{claim.id}"
        seq = claim.history[-1].seq if claim.history else 0
        hidden = self._hidden(seq or 0)
        history = "".join(f"<li>{_e(decision_words(d))}</li>" for d in claim.history)
        explanation = session.explain(claim)
        sentences = {sid: s.display_text for sid in {*claim.citations, *claim.evidence, *(s.id for s in explanation.context)}
                     if (s := session.sentence(sid)) is not None}
        return "\n".join([
            f'<section class="review-item" id="claim-{claim.id}" data-claim="{claim.id}" data-status="{claim.status}" '
            f'data-decided="{str(claim.decided).lower()}" tabindex="-1">',
            rejected_claim_html(claim, explanation, sentences),
            '<div class="decide">',
            f'<form class="decision keep" method="post" action="{action}">{hidden}'
            '<button type="submit" name="action" value="keep">Keep rejected <kbd>k</kbd></button>'
            '<button type="submit" name="action" value="skip">Skip <kbd>s</kbd></button></form>',
            f'<form class="decision accept" method="post" action="{action}">{hidden}'
            '<input type="hidden" name="action" value="accept">'
            '<label>Why it is right although the verifier rejected it (a note is required to accept)'
            f'<input type="text" name="note" required maxlength="{MAX_NOTE_CHARS}"></label>'
            '<button type="submit">Accept with this note <kbd>a</kbd></button></form>',
            f'<form class="decision edit" method="post" action="{action}">{hidden}'
            '<input type="hidden" name="action" value="edit">'
            '<label>Edited claim, re-verified at once (keep markers such as [2.14]; left out, the claim\'s own are kept)'
            f'<textarea name="text" rows="2" required maxlength="{MAX_EDIT_CHARS}">{_e(claim.line)}</textarea></label>'
            '<button type="submit">Re-verify the edit <kbd>e</kbd></button></form>',
            "</div>",
            f'<details class="history"><summary>History ({len(claim.history)})</summary><ol>{history}</ol></details>'
            if claim.history else "",
            "</section>",
        ])

    # -- actions ------------------------------------------------------------------------------------

    def _decide(self, request: Request, run_id: str, claim_id: int) -> Response:
        action = (request.form.get("action") or "").strip().lower()
        note = (request.form.get("note") or "").strip() or None
        text = request.form.get("text") if action == "edit" else None
        seen = request.form.get("seq", "")
        session = self._session(run_id)
        before = session.review.claim(claim_id)
        # Checked here too so the message speaks of the page's fields, not of the CLI's --note and --text.
        if action == "accept" and not note:
            raise InputError(f"accepting claim {claim_id} over the verifier's objections needs a note saying why")
        if action == "edit" and not (text or "").strip():
            raise InputError(f"an edit of claim {claim_id} needs the new text")
        latest = before.history[-1] if before.history else None
        decision = session.decide(claim_id, action, note=note, text=text)
        claim = session.review.claim(claim_id)
        message = f"Saved: claim {claim_id} {decided_words(decision)}."
        if decision.action == "edit":
            message += (" It goes into the summary." if decision.verdict == "supported" else
                        " It stays out: accept it with a note, edit it again, keep it rejected or skip.")
        if latest is not None and seen.isdigit() and (latest.seq or 0) > int(seen):
            message += (f" Meanwhile it had been {decision_words(latest)} (another tab or reviewer): this later "
                        "decision is the one that counts, and both are in its history.")
        if not _wants_json(request):
            return Response(status=303, headers={"Location": f"/runs/{run_id}#claim-{claim_id}"})
        return _json(200, {
            "ok": True, "claim": claim_id, "message": message, "settled": decision.settles, "status": claim.status,
            "html": self._claim_item(session, claim), "verification": reviewed_verification_line(session.review),
            "progress": review_summary_line(session.review), "seq": decision.seq,
        })

    def _publish(self, request: Request, run_id: str, nonce: str) -> Response:
        fmt = request.form.get("format", "html")  # absent: HTML; present but empty or unknown: refused
        if fmt not in EXPORT_FORMATS:
            raise InputError(f"unknown export format {fmt!r}; choose {', '.join(EXPORT_FORMATS)}")
        session = self._session(run_id)
        path = self.out_dir / f"{session.review.run.id}{EXPORT_FORMATS[fmt]}"
        write_text_atomic(path, session.export(fmt))
        st = session.review.stats()
        message = f"Wrote {path.resolve()}: {st.published} claims published ({st.accepted} accepted by a reviewer)."
        if _wants_json(request):
            return _json(200, {"ok": True, "message": message, "path": str(path.resolve()), "format": fmt})
        body = f'<p>{_e(message)}</p><p><a href="/runs/{_e(run_id)}">Back to the review</a></p>'
        return _page(self._document("Published", body, nonce))


def _wants_json(request: Request) -> bool:
    return request.accept_mimetypes.best == "application/json"


def _plain(status: int, text: str) -> Response:
    return Response(text + "\n", status=status, mimetype="text/plain")


def _page(text: str, status: int = 200) -> Response:
    return Response(text, status=status, mimetype="text/html")


def _json(status: int, doc: dict) -> Response:
    return Response(json.dumps(doc, ensure_ascii=False), status=status, mimetype="application/json")


class _QuietHandler(WSGIRequestHandler):
    """Logs nothing per request: the lines would repeat the token and bury the CLI's own messages."""

    def log_request(self, code="-", size="-") -> None:
        pass


class ReviewServer:
    """The app on a threaded werkzeug server, bound before anything is printed (a busy port is an InputError)."""

    def __init__(self, app: ReviewApp, server: BaseWSGIServer, host: str, run_id: str) -> None:
        self.app, self._server, self.host, self.run_id = app, server, host, run_id
        self.port = server.port

    @classmethod
    def start(cls, store: RunStore, *, run_id: str | None, host: str = "127.0.0.1", port: int = 0,
              out_dir: str | Path = ".", reviewer: str, source_paths: Sequence[str] = (),
              stdin_bytes: bytes | None = None, max_bytes: int = DEFAULT_MAX_SOURCE_BYTES) -> ReviewServer:
        """Check ``out_dir`` (created if missing, as ``summarize --batch --out-dir`` does), the run and its
        sources now, then listen on ``host:port`` (0: a free port)."""
        check_folder_writable(out_dir, create=True)
        app = ReviewApp(store, reviewer=reviewer, out_dir=out_dir, max_bytes=max_bytes)
        first = app.open_run(run_id, source_paths, stdin_bytes)
        try:
            # Bound here, not by werkzeug, which would print and sys.exit(1) when the port is taken.
            family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
            sock = socket.create_server((host.strip("[]"), port), family=family, backlog=64)
        except OSError as exc:
            # create_server's strerror carries "(while attempting to bind on address …)": say it once, plainly.
            reason = os.strerror(exc.errno) if exc.errno else str(exc)
            raise InputError(f"cannot listen on {host}:{port}: {reason} (give another --port, "
                             "or --port 0 for a free one)") from None
        try:
            server = make_server(host.strip("[]"), sock.getsockname()[1], app, threaded=True,
                                 request_handler=_QuietHandler, fd=sock.fileno())
        finally:
            sock.close()  # the server holds its own duplicate of the socket
        bound = server.port
        if host in ("0.0.0.0", "::"):
            app.allowed_hosts = None  # every address: the name people will use is not known
        else:
            names = {_host_port(host, bound)} | ({f"localhost:{bound}", f"127.0.0.1:{bound}", f"[::1]:{bound}"}
                                                 if is_loopback(host) else set())
            app.allowed_hosts = {n.lower() for n in names}
        return cls(app, server, host, first)

    @property
    def base_url(self) -> str:
        shown = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(self.host, self.host)
        return f"http://{_host_port(shown, self.port)}"

    @property
    def url(self) -> str:
        """The address to open: the run's page, with the token."""
        return f"{self.base_url}/runs/{self.run_id}?token={self.app.token}"

    def serve_forever(self) -> None:
        """Answer requests until shutdown() (from another thread) or an exception in this one (Ctrl-C)."""
        self._server.serve_forever(poll_interval=0.2)

    def shutdown(self) -> None:
        """Stop serve_forever (call from another thread)."""
        self._server.shutdown()

    def close(self, timeout: float = 30.0) -> None:
        """Free the port, after waiting (up to ``timeout`` seconds) for a decision being committed."""
        self._server.server_close()
        if self.app.lock.acquire(timeout=timeout):
            self.app.lock.release()


def _host_port(host: str, port: int) -> str:
    host = host.strip("[]")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
