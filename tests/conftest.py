"""Shared fixtures: every test gets its own data dir and a fake key; nothing reaches the network."""

from __future__ import annotations

import socket

import pytest
from helpers import FAKE_KEY


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """A temporary SUMMARIZER_HOME and a fake key for each test; no real provider configured."""
    home = tmp_path_factory.mktemp("summarizer-home")
    monkeypatch.setenv("SUMMARIZER_HOME", str(home))
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("SUMMARIZER_DEBUG", raising=False)
    yield


@pytest.fixture(autouse=True)
def _no_retry_waits(monkeypatch):
    """Retries happen at once: a client built without its own ``sleep`` (as the pipeline's are) never waits."""
    from summarizer import llm

    monkeypatch.setattr(llm, "retry_sleep", lambda seconds: None)
    yield


@pytest.fixture(autouse=True)
def _no_outside_network(monkeypatch):
    """Refuse connections anywhere but this machine's loopback (local fake servers are fine)."""
    real_connect = socket.socket.connect

    def guarded_connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1")):
            raise OSError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    yield


# Hypothesis: the fuzz tests (tests/test_fuzz.py) run a bounded profile in CI; a long one by hand with
# HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_fuzz.py
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "ci"))
