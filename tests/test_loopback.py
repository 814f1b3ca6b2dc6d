"""The loopback HTTP server behind the demo's replay server and the fake OpenAI server."""

from __future__ import annotations

import urllib.request
from http.server import BaseHTTPRequestHandler

import pytest

from summarizer.loopback import LoopbackServer


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - name fixed by BaseHTTPRequestHandler
        self.send_response(200)
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, format, *args):  # noqa: A002
        pass


def test_serves_on_loopback_until_stopped_and_says_when_it_is_not_running():
    server = LoopbackServer(_Hello, name="hello server")
    with pytest.raises(RuntimeError, match="hello server is not running"):
        server.url
    server.start()
    url = server.url
    assert url.startswith("http://127.0.0.1:")
    with urllib.request.urlopen(url, timeout=5) as answer:
        assert answer.read() == b"hello"
    server.stop()
    server.stop()  # a second stop is harmless
    with pytest.raises(RuntimeError):
        server.url
    with pytest.raises(OSError):
        urllib.request.urlopen(url, timeout=5)
