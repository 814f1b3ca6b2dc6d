"""Run records in a local SQLite database under ``SUMMARIZER_HOME`` (``runs.db``).

Each run keeps what was asked and answered (requests/responses as the client recorded them, which never
hold the key), the sources with their hashes, prompt names and versions, the model, the verification
outcome of every claim, token usage, cost and timings. ``secrets`` given to a save are replaced by
``[redacted]`` anywhere in the record, as a second guard after the client's own scrubbing.

One row per run; the full record is JSON in ``record``, the columns hold what listing and caching need.
A person's review decisions on a run's rejected claims are rows of ``decisions``, an append-only log:
each is committed as it is made (a crash mid-review loses nothing) and the latest one on a claim counts.
"""

from __future__ import annotations

import json
import os
import secrets as _secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .config import redact_secrets
from .errors import ConfigError, InputError

DB_NAME = "runs.db"
# 2 added the decisions table (every statement of _SCHEMA is idempotent, so a v1 file is upgraded in place).
SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    status      TEXT NOT NULL,
    cache_key   TEXT NOT NULL,
    model       TEXT NOT NULL,
    provider    TEXT NOT NULL,
    shape       TEXT NOT NULL,
    sources     INTEGER NOT NULL,
    claims      INTEGER NOT NULL,
    verified    INTEGER NOT NULL,
    rejected    INTEGER NOT NULL,
    record      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_cache_key ON runs (cache_key, status, created_at);
CREATE TABLE IF NOT EXISTS decisions (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id      TEXT NOT NULL REFERENCES runs (id),
    claim_id    INTEGER NOT NULL,
    action      TEXT NOT NULL,
    settles     INTEGER NOT NULL,
    reviewer    TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    record      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_run ON decisions (run_id, claim_id, seq);
"""


class RunSummary(BaseModel):
    """One line of ``summarizer runs``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    created_at: str
    status: str
    model: str
    provider: str
    shape: str
    sources: int
    claims: int
    verified: int
    rejected: int
    # Rejected claims a person has settled (kept rejected, accepted, or edited until the verifier passed it).
    decided: int = 0


class RunRecord(RunSummary):
    """A whole run: the listing fields plus the full record."""

    finished_at: str
    cache_key: str
    note: str | None = None
    error: str | None = None
    source_files: list[dict[str, Any]] = Field(default_factory=list)
    result: dict[str, Any] = Field(default_factory=dict)


class RunStore:
    """The run database; every method opens its own connection, so one store can serve several threads."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    @classmethod
    def in_home(cls, home: str | os.PathLike[str]) -> RunStore:
        """The store at ``<home>/runs.db`` (the folder is created on first write)."""
        return cls(Path(home) / DB_NAME)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"cannot open the run database {self.path}: {exc} (check SUMMARIZER_HOME)") from None
        try:
            conn.row_factory = sqlite3.Row
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise ConfigError(f"{self.path} was written by a newer summarizer (schema {version})")
            if version < SCHEMA_VERSION:
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            with conn:
                yield conn
        except sqlite3.DatabaseError as exc:
            raise ConfigError(f"run database {self.path} is unusable: {exc}") from None
        finally:
            conn.close()

    def check_writable(self) -> None:
        """Raise ConfigError now if a run could not be saved: meant to run before the model is paid.

        Opens (or creates) the database, which creates its folder, and takes the write lock inside a
        transaction that is rolled back, so nothing is changed; a read-only file, folder or mount fails here.
        """
        with self._connect() as conn:
            try:
                conn.execute("BEGIN IMMEDIATE")
                # A write SQLite cannot skip: it needs the file and a journal beside it, so the folder too.
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.rollback()
            except sqlite3.Error as exc:
                raise ConfigError(f"cannot write the run database {self.path}: {exc} (check SUMMARIZER_HOME)") from None

    @staticmethod
    def new_run_id() -> str:
        """A sortable, readable id: UTC time plus 6 random hex digits."""
        return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-") + _secrets.token_hex(3)

    def save_run(self, *, run_id: str, created_at: str, cache_key: str, model: str, provider: str,
                 result: dict[str, Any], note: str | None = None, secrets: Sequence[str] = ()) -> None:
        """Record a finished pipeline result (``result`` is ``SummaryResult`` as JSON-ready dict)."""
        stats = result.get("stats") or {}
        self._insert({
            "id": run_id, "created_at": created_at, "finished_at": utc_now(), "status": result.get("status", "done"),
            "cache_key": cache_key, "model": model, "provider": provider, "shape": result.get("shape", "summary"),
            "sources": len(result.get("sources") or []), "claims": stats.get("claims", 0),
            "verified": stats.get("verified", 0), "rejected": stats.get("rejected", 0),
            "note": note, "error": result.get("error"), "source_files": result.get("sources") or [], "result": result,
        }, secrets)

    def save_failure(self, *, run_id: str, created_at: str, cache_key: str, model: str, provider: str, shape: str,
                     sources: list[dict[str, Any]], error: str, note: str | None = None,
                     partial: dict[str, Any] | None = None, secrets: Sequence[str] = ()) -> None:
        """Record a run that stopped on an error (the provider failed, say), with whatever steps it made."""
        self._insert({
            "id": run_id, "created_at": created_at, "finished_at": utc_now(), "status": "failed", "cache_key": cache_key,
            "model": model, "provider": provider, "shape": shape, "sources": len(sources), "claims": 0,
            "verified": 0, "rejected": 0, "note": note, "error": error, "source_files": sources,
            "result": partial or {},
        }, secrets)

    def _insert(self, row: dict[str, Any], secrets: Sequence[str]) -> None:
        record = RunRecord.model_validate(redact_secrets(row, secrets))
        columns = record.model_dump(exclude={"note", "error", "source_files", "result"})
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO runs (id, created_at, finished_at, status, cache_key, model, provider, shape, sources,"
                " claims, verified, rejected, record) VALUES (:id, :created_at, :finished_at, :status, :cache_key,"
                " :model, :provider, :shape, :sources, :claims, :verified, :rejected, :record)",
                {**columns, "record": record.model_dump_json()},
            )

    def get(self, run_id: str) -> RunRecord:
        """The run with this id (a unique prefix will do); InputError if there is none."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT record FROM runs WHERE id = ? OR id LIKE ? ORDER BY id LIMIT 2",
                (run_id, run_id.replace("%", "").replace("_", "") + "%"),
            ).fetchall()
        exact = [r for r in rows if json.loads(r["record"])["id"] == run_id]
        if exact:
            rows = exact
        if not rows:
            raise InputError(f"no run {run_id!r} in {self.path} (see `summarizer runs`)")
        if len(rows) > 1:
            raise InputError(f"run id prefix {run_id!r} is ambiguous; give more of it")
        return RunRecord.model_validate_json(rows[0]["record"])

    def find_cached(self, cache_key: str) -> RunRecord | None:
        """The newest finished run made for exactly this request, if any."""
        if not self.path.exists():
            return None
        with self._connect() as conn:
            row = conn.execute(
                "SELECT record FROM runs WHERE cache_key = ? AND status = 'done' ORDER BY created_at DESC, rowid DESC LIMIT 1",
                (cache_key,),
            ).fetchone()
        return RunRecord.model_validate_json(row["record"]) if row else None

    def list_runs(self, limit: int | None = None) -> list[RunSummary]:
        """Runs, newest first."""
        if not self.path.exists():
            return []
        sql = ("SELECT id, created_at, status, model, provider, shape, sources, claims, verified, rejected,"
               f" ({_DECIDED_SQL}) AS decided FROM runs ORDER BY created_at DESC, rowid DESC")
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        with self._connect() as conn:
            return [RunSummary(**dict(row)) for row in conn.execute(sql, params).fetchall()]


    def add_decision(self, *, run_id: str, claim_id: int, action: str, settles: bool, reviewer: str,
                     decided_at: str, record: dict[str, Any]) -> int:
        """Append one review decision and commit it at once; returns its sequence number."""
        with self._connect() as conn:
            if conn.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)).fetchone() is None:
                raise InputError(f"no run {run_id!r} in {self.path} (see `summarizer runs`)")
            cursor = conn.execute(
                "INSERT INTO decisions (run_id, claim_id, action, settles, reviewer, decided_at, record)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (run_id, claim_id, action, int(settles), reviewer, decided_at, json.dumps(record, ensure_ascii=False)),
            )
            return int(cursor.lastrowid or 0)

    def decisions(self, run_id: str) -> list[dict[str, Any]]:
        """Every decision recorded on a run, oldest first (each a dict with ``seq`` and its record)."""
        if not self.path.exists():
            return []
        with self._connect() as conn:
            rows = conn.execute("SELECT seq, record FROM decisions WHERE run_id = ? ORDER BY seq", (run_id,)).fetchall()
        return [{**json.loads(row["record"]), "seq": row["seq"]} for row in rows]


# Claims of a run whose latest decision other than "skip" settles them. SQLite takes the bare column
# ``settles`` from the row holding MAX(seq), i.e. the latest decision of each claim.
_DECIDED_SQL = (
    "SELECT COUNT(*) FROM (SELECT settles, MAX(seq) FROM decisions d"
    " WHERE d.run_id = runs.id AND d.action != 'skip' GROUP BY d.claim_id) WHERE settles = 1"
)


def utc_now(timespec: str = "seconds") -> str:
    """The current UTC time in ISO 8601, such as ``2026-01-07T09:30:00+00:00`` (``timespec`` as in isoformat)."""
    return datetime.now(timezone.utc).isoformat(timespec=timespec)
