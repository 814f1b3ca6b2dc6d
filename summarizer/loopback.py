"""A local HTTP server on 127.0.0.1 (a free port) served from a daemon thread: the one way the package runs
one, for the no-key demo's replay server (cassettes.py) and the fake OpenAI server (testing/)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackServer:
    """Serves ``handler`` on 127.0.0.1 from :meth:`start` until :meth:`stop`; ``url`` is its root."""

    def __init__(self, handler: type[BaseHTTPRequestHandler], *, poll_interval: float = 0.05,
                 backlog: int | None = None, name: str = "server"):
        self._handler = handler
        self._poll_interval = poll_interval
        self._backlog = backlog
        self._name = name
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``; RuntimeError when not running."""
        if self._server is None:
            raise RuntimeError(f"{self._name} is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> None:
        """Bind a free port and serve in a daemon thread."""
        server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler)
        server.daemon_threads = True
        if self._backlog is not None:
            server.request_queue_size = self._backlog
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": self._poll_interval},
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the socket (harmless when not running)."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
