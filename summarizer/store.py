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

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .config import redact_secrets
from .errors import ConfigError, InputError
from .records import SummaryResult

DB_NAME = "runs.db"
# 2 added the decisions table (every statement of _SCHEMA is idempotent, so a v1 file is upgraded in place);
# 3 the batch-engine tables (api_*, see BatchStore).
SCHEMA_VERSION = 3

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
CREATE TABLE IF NOT EXISTS api_jobs (
    id          TEXT PRIMARY KEY,
    key         TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    state       TEXT NOT NULL,
    record      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS api_jobs_key ON api_jobs (key, state);
CREATE TABLE IF NOT EXISTS api_batches (
    id            TEXT PRIMARY KEY,
    job           TEXT NOT NULL REFERENCES api_jobs (id),
    round         INTEGER NOT NULL,
    engine        TEXT NOT NULL,
    state         TEXT NOT NULL,
    provider_id   TEXT,
    input_file_id TEXT,
    output_file_id TEXT,
    error_file_id TEXT,
    requests      INTEGER NOT NULL,
    completed     INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    collected_at  TEXT,
    requests_path TEXT NOT NULL,
    note          TEXT
);
CREATE INDEX IF NOT EXISTS api_batches_job ON api_batches (job, round);
CREATE TABLE IF NOT EXISTS api_sets (
    job         TEXT NOT NULL REFERENCES api_jobs (id),
    seq         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    folder      TEXT NOT NULL,
    output      TEXT NOT NULL,
    state       TEXT NOT NULL,
    batch       TEXT,
    reason      TEXT,
    run_id      TEXT,
    exit_code   INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (job, name)
);
CREATE TABLE IF NOT EXISTS api_requests (
    batch        TEXT NOT NULL REFERENCES api_batches (id),
    custom_id    TEXT NOT NULL,
    set_name     TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    state        TEXT NOT NULL,
    reason       TEXT,
    PRIMARY KEY (batch, custom_id)
);
CREATE INDEX IF NOT EXISTS api_requests_hash ON api_requests (request_hash);
CREATE TABLE IF NOT EXISTS api_answers (
    request_hash TEXT PRIMARY KEY,
    batch        TEXT NOT NULL,
    custom_id    TEXT NOT NULL,
    body         TEXT NOT NULL
);
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
    """A whole run: the listing fields plus the full result (a failed run's too, with its status and error)."""

    finished_at: str
    cache_key: str
    note: str | None = None
    error: str | None = None
    # The result's sources again, as plain dicts: kept in the stored JSON so older readers still find them.
    source_files: list[dict[str, Any]] = Field(default_factory=list)
    result: SummaryResult

    @model_validator(mode="before")
    @classmethod
    def _read_old_failures(cls, data: Any) -> Any:
        """A failed run stored before failures were a ``SummaryResult``: its result held only the steps and
        claims made so far (or nothing); the rest is rebuilt from the row, and what was never recorded
        (options, verifier settings, prompts) stays empty."""
        if isinstance(data, dict) and isinstance(data.get("result"), dict) and "shape" not in data["result"]:
            partial = data["result"]
            data = {**data, "result": {
                "status": "failed", "error": data.get("error"), "shape": data.get("shape", "summary"),
                "model": data.get("model", ""), "prompts": {}, "options": None, "verifier": None,
                "sources": data.get("source_files") or [],
                "claims": partial.get("claims") or [], "steps": partial.get("steps") or [],
            }}
        return data


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
                 result: SummaryResult, note: str | None = None, secrets: Sequence[str] = ()) -> None:
        """Record a run, finished or failed (``result.status``), under ``run_id``."""
        sources = [s.model_dump() for s in result.sources]
        self._insert({
            "id": run_id, "created_at": created_at, "finished_at": utc_now(), "status": result.status,
            "cache_key": cache_key, "model": model, "provider": provider, "shape": result.shape,
            "sources": len(sources), "claims": result.stats.claims, "verified": result.stats.verified,
            "rejected": result.stats.rejected, "note": note, "error": result.error, "source_files": sources,
            "result": result.model_dump(mode="json"),
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


# -- batch engines (summarize --batch DIR --batch-api) -------------------------------------------------------


class ApiJob(BaseModel):
    """One ``summarize --batch DIR --batch-api`` over its rounds: the settings that decide it, open or finished."""

    model_config = ConfigDict(extra="forbid")

    id: str
    key: str
    created_at: str
    state: str
    settings: dict[str, Any]


class ApiBatch(BaseModel):
    """One round of a job sent to a batch engine: a requests file, and the engine's batch and files once known."""

    model_config = ConfigDict(extra="forbid")

    id: str
    job: str
    round: int
    # "openai": uploaded to the files and batches endpoints; "file": written for an engine run by hand (vLLM).
    engine: str
    # intent (recorded before upload) → uploaded → the engine's status … → collected; "written" for a file.
    state: str
    provider_id: str | None = None
    input_file_id: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    requests: int
    completed: int = 0
    failed: int = 0
    created_at: str
    updated_at: str
    collected_at: str | None = None
    requests_path: str
    note: str | None = None


class ApiSet(BaseModel):
    """A document set of a job and where it stands (pending, requested, done, skipped, failed)."""

    model_config = ConfigDict(extra="forbid")

    job: str
    seq: int
    name: str
    folder: str
    output: str
    state: str
    batch: str | None = None
    reason: str | None = None
    run_id: str | None = None
    exit_code: int = 0
    rejected: int = 0


class BatchStore(RunStore):
    """The run database with the batch-engine tables: jobs, their batches, sets, requests and answers.

    Answers are keyed by the hash of the exact request body, so an answer paid for once is found again by
    any later round or job that asks the same thing, and never lost to a crash after it was ingested.
    """

    def open_job(self, key: str) -> ApiJob | None:
        """The unfinished job made with these settings, if any."""
        if not self.path.exists():
            return None
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM api_jobs WHERE key = ? AND state = 'open' ORDER BY created_at DESC LIMIT 1",
                               (key,)).fetchone()
        return _job(row) if row else None

    def job(self, job_id: str) -> ApiJob:
        """The job with this id; InputError if there is none."""
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM api_jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise InputError(f"no batch job {job_id!r} in {self.path} (see `summarizer batches`)")
        return _job(row)

    def create_job(self, job: ApiJob, sets: Sequence[tuple[str, str, str]]) -> None:
        """Record a job and its sets (name, folder, output), all pending, in one transaction."""
        with self._connect() as conn:
            conn.execute("INSERT INTO api_jobs (id, key, created_at, state, record) VALUES (?, ?, ?, ?, ?)",
                         (job.id, job.key, job.created_at, job.state, json.dumps(job.settings)))
            conn.executemany("INSERT INTO api_sets (job, seq, name, folder, output, state) VALUES (?, ?, ?, ?, ?, 'pending')",
                             [(job.id, n, *s) for n, s in enumerate(sets)])

    def finish_job(self, job_id: str) -> None:
        """Mark a job finished: every set is done, skipped or failed."""
        with self._connect() as conn:
            conn.execute("UPDATE api_jobs SET state = 'finished' WHERE id = ?", (job_id,))

    def sets(self, job_id: str) -> list[ApiSet]:
        """The job's sets, in folder order."""
        with self._connect() as conn:
            rows = conn.execute("SELECT * FROM api_sets WHERE job = ? ORDER BY seq", (job_id,)).fetchall()
        return [ApiSet(**dict(row)) for row in rows]

    def update_sets(self, job_id: str, updates: Sequence[dict[str, Any]], secrets: Sequence[str] = ()) -> None:
        """Set state, batch, reason, run_id, exit_code and rejected of several sets (each dict has ``name``)."""
        rows = [redact_secrets({"batch": None, "reason": None, "run_id": None, "exit_code": 0, "rejected": 0, **u, "job": job_id},
                               secrets) for u in updates]
        with self._connect() as conn:
            conn.executemany(
                "UPDATE api_sets SET state = :state, batch = :batch, reason = :reason, run_id = :run_id,"
                " exit_code = :exit_code, rejected = :rejected WHERE job = :job AND name = :name", rows)

    def add_batch(self, batch: ApiBatch, requests: Sequence[tuple[str, str, str]]) -> None:
        """Record a batch before anything is uploaded (the intent), with its requests (custom_id, set, hash)."""
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO api_batches (id, job, round, engine, state, provider_id, input_file_id, output_file_id,"
                " error_file_id, requests, completed, failed, created_at, updated_at, collected_at, requests_path, note)"
                " VALUES (:id, :job, :round, :engine, :state, :provider_id, :input_file_id, :output_file_id,"
                " :error_file_id, :requests, :completed, :failed, :created_at, :updated_at, :collected_at,"
                " :requests_path, :note)", batch.model_dump())
            conn.executemany("INSERT INTO api_requests (batch, custom_id, set_name, request_hash, state)"
                             " VALUES (?, ?, ?, ?, 'sent')", [(batch.id, *r) for r in requests])
            conn.executemany("UPDATE api_sets SET state = 'requested', batch = ? WHERE job = ? AND name = ?",
                             [(batch.id, batch.job, r[1]) for r in requests])

    def update_batch(self, batch_id: str, secrets: Sequence[str] = (), **fields: Any) -> ApiBatch:
        """Change some fields of a batch (committed at once) and return it."""
        fields = {**redact_secrets(fields, secrets), "updated_at": utc_now()}
        assignments = ", ".join(f"{name} = :{name}" for name in fields if name in ApiBatch.model_fields)
        with self._connect() as conn:
            conn.execute(f"UPDATE api_batches SET {assignments} WHERE id = :id", {**fields, "id": batch_id})
        return self.batch(batch_id)

    def batch(self, batch_id: str) -> ApiBatch:
        """A batch by our id or the engine's; InputError if there is none."""
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM api_batches WHERE id = ? OR provider_id = ? LIMIT 1",
                               (batch_id, batch_id)).fetchone()
        if row is None:
            raise InputError(f"no batch {batch_id!r} in {self.path} (see `summarizer batches`)")
        return ApiBatch(**dict(row))

    def batches(self, job_id: str | None = None) -> list[ApiBatch]:
        """Batches, newest first (of one job, if given)."""
        if not self.path.exists():
            return []
        where, params = ("WHERE job = ?", (job_id,)) if job_id else ("", ())
        with self._connect() as conn:
            rows = conn.execute(f"SELECT * FROM api_batches {where} ORDER BY created_at DESC, rowid DESC", params).fetchall()
        return [ApiBatch(**dict(row)) for row in rows]

    def request(self, batch_id: str, custom_id: str) -> tuple[str, str, str] | None:
        """(set name, request hash, state) of one request of a batch, or None."""
        with self._connect() as conn:
            row = conn.execute("SELECT set_name, request_hash, state FROM api_requests WHERE batch = ? AND custom_id = ?",
                               (batch_id, custom_id)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def record_results(self, batch_id: str, answers: Sequence[tuple[str, str, dict[str, Any]]],
                       failures: Sequence[tuple[str, str]], secrets: Sequence[str] = ()) -> None:
        """Store answers (custom_id, request hash, body) and failures (custom_id, reason) in one transaction."""
        with self._connect() as conn:
            conn.executemany("INSERT OR REPLACE INTO api_answers (request_hash, batch, custom_id, body) VALUES (?, ?, ?, ?)",
                             [(h, batch_id, cid, json.dumps(redact_secrets(body, secrets), ensure_ascii=False))
                              for cid, h, body in answers])
            conn.executemany("UPDATE api_requests SET state = 'answered', reason = NULL WHERE batch = ? AND custom_id = ?",
                             [(batch_id, cid) for cid, _, _ in answers])
            conn.executemany("UPDATE api_requests SET state = 'failed', reason = ? WHERE batch = ? AND custom_id = ?",
                             [(redact_secrets(reason, secrets), batch_id, cid) for cid, reason in failures])

    def fail_unanswered(self, batch_id: str, reason: str) -> int:
        """Mark every request of the batch that got no result as failed with ``reason``; returns how many."""
        with self._connect() as conn:
            return conn.execute("UPDATE api_requests SET state = 'failed', reason = ? WHERE batch = ? AND state = 'sent'",
                                (reason, batch_id)).rowcount

    def request_counts(self, batch_id: str) -> tuple[int, int]:
        """(answered, failed) requests of a batch, as its ingested results left them."""
        with self._connect() as conn:
            rows = dict(conn.execute("SELECT state, COUNT(*) FROM api_requests WHERE batch = ? GROUP BY state",
                                     (batch_id,)).fetchall())
        return rows.get("answered", 0), rows.get("failed", 0)

    def answer(self, request_hash: str) -> dict[str, Any] | None:
        """The response body a batch engine gave to exactly this request, if one was ingested."""
        with self._connect() as conn:
            row = conn.execute("SELECT body FROM api_answers WHERE request_hash = ?", (request_hash,)).fetchone()
        return json.loads(row[0]) if row else None

    def request_failure(self, job_id: str, request_hash: str) -> str | None:
        """Why this request failed in a batch of this job, if it did."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT r.reason FROM api_requests r JOIN api_batches b ON r.batch = b.id"
                " WHERE b.job = ? AND r.request_hash = ? AND r.state = 'failed' ORDER BY b.round DESC LIMIT 1",
                (job_id, request_hash)).fetchone()
        return row[0] if row else None


def _job(row: sqlite3.Row) -> ApiJob:
    return ApiJob(id=row["id"], key=row["key"], created_at=row["created_at"], state=row["state"],
                  settings=json.loads(row["record"]))
