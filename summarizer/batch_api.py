"""Many document sets through a provider's batch engine (OpenAI's Batch API, vLLM run-batch), in rounds.

    job = BatchJob(store, client, settings)      # one ``summarize --batch DIR --batch-api``
    job.dry_run()          # what round 1 would send: sets, requests, prompt tokens, cost at batch prices
    job.proceed(wait=...)  # collect what came back, write finished sets, send the next round
    job.ingest(path)       # results from anywhere (OpenAI's output file, ``vllm run-batch -o``)

The live pipeline is reused, not copied: every set goes through ``run_summary`` and ``run_batch`` exactly
as live ``--batch`` does, with a client (:class:`_DeferredClient`) that answers each request from the
answers a batch engine returned, found by the hash of the exact request body, and, for the first request
that has no answer yet, writes it to the round's JSONL and stops the set (``AnswerPending``). A round:
run every open set until it finishes or asks; send the asks as one batch; ingest the results; repeat.
Drafts are round 1, re-asks and repairs the rounds after (a chunked set needs one round per chunk).

Nothing paid for is lost: a batch is recorded (its intent) before its file is uploaded and its id right
after it is created; a resumed job that finds an intent without an id looks for the batch by its
metadata before creating one; answers are stored as they are ingested, so a crash costs a re-read, never
a re-ask. A request that failed (an error line, a malformed line or body, an expired or cancelled batch)
fails its set with the reason; the other sets go on. The library never prints: lines go to ``on_event``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from .atomic import open_atomic
from .errors import InputError, ProviderError, SummarizerError
from .locking import held_exclusively
from .pipeline import PROMPT_NAMES, AnswerPending, BatchItem, RunOutcome, batch_items, run_batch, run_summary
from .pipeline.answers import RepairAnswer
from .prompts import Prompt, load_prompts
from .records import SummarizeOptions, Usage
from .sources import load_sources
from .store import ApiBatch, ApiSet, BatchStore, utc_now
from .tokens import count_tokens

if TYPE_CHECKING:
    from .llm import BatchClient, BatchStatus, ChatResult

# Our id of a batch, set as metadata on the engine's batch so a resumed job can find it.
METADATA_KEY = "summarizer_batch"
BATCH_URL = "/v1/chat/completions"
IN_FLIGHT = ("validating", "in_progress", "finalizing", "cancelling")
# Results are stored this many lines at a time: memory stays flat however large the output file.
_INGEST_CHUNK = 500
DEFAULT_POLL_SECONDS = 30.0
DEFAULT_WAIT_SECONDS = 26 * 3600.0  # the 24 h window and the engine's finalizing


class JobSettings(BaseModel):
    """What decides a job; re-running the same command with the same settings continues the same job."""

    model_config = ConfigDict(extra="forbid")

    batch_dir: str
    out_dir: str | None
    fmt: str
    model: str
    provider: str
    structured: str
    options: SummarizeOptions
    use_cache: bool = True
    max_source_bytes: int

    def key(self) -> str:
        """Hash of the settings, to find this job again."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()


@dataclass
class DryRun:
    """What round 1 would send, counted offline; nothing is sent."""

    sets: int = 0
    requests: int = 0
    answered: int = 0
    skipped: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    exact: bool = True
    encoding: str = ""
    batch_cost_usd: float | None = None
    live_cost_usd: float | None = None
    in_flight: ApiBatch | None = None


@dataclass
class JobReport:
    """Where a job stands after a step: its sets, and the batch in flight or just sent, if any."""

    job: str
    state: Literal["submitted", "in_progress", "written", "finished"]
    sets: list[ApiSet]
    batch: ApiBatch | None = None
    problems: list[str] = field(default_factory=list)

    def count(self, state: str) -> int:
        """How many sets are in ``state``."""
        return sum(1 for s in self.sets if s.state == state)

    def exit_code(self, *, strict: bool = False) -> int:
        """The command's exit code: the worst failed set's, else 1 with ``strict`` and a rejected claim, else 0."""
        failed = [s.exit_code or 3 for s in self.sets if s.state == "failed"]
        if failed:
            return max(failed)
        return 1 if strict and any(s.rejected for s in self.sets if s.state == "done") else 0


def request_hash(body: Mapping[str, Any]) -> str:
    """The identity of a request: sha256 of its canonical JSON body (model, messages, response format)."""
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def output_suffix(fmt: str) -> str:
    """The file suffix of one set's output in format ``fmt``, as live ``--batch`` names it."""
    return {"json": ".json", "digest": ".digest.md"}.get(fmt, ".md")


class BatchJob:
    """One ``summarize --batch DIR --batch-api``: its sets and its rounds of batches, in the run database."""

    def __init__(self, store: BatchStore, client: BatchClient, settings: JobSettings, *, home: str | os.PathLike[str],
                 secrets: Sequence[str] = (), on_event: Callable[[str], None] | None = None,
                 job_id: str | None = None, prompts: Mapping[str, Prompt] | None = None) -> None:
        self.store = store
        self.client = client
        self.settings = settings
        self.folder = Path(home) / "batches"
        self.secrets = list(secrets)
        self._emit = on_event or (lambda message: None)
        self._prompts = dict(prompts) if prompts is not None else load_prompts(PROMPT_NAMES)
        found = store.job(job_id) if job_id else store.open_job(settings.key())
        self.job_id = found.id if found else None

    @classmethod
    def of_batch(cls, store: BatchStore, batch_id: str, make_client: Callable[[JobSettings], BatchClient], *,
                 home: str | os.PathLike[str], secrets: Sequence[str] = (),
                 on_event: Callable[[str], None] | None = None,
                 prompts: Mapping[str, Prompt] | None = None) -> tuple[BatchJob, ApiBatch]:
        """The job a batch (our id or the engine's) belongs to, with a client made for the job's settings."""
        batch = store.batch(batch_id)
        settings = JobSettings.model_validate(store.job(batch.job).settings)
        job = cls(store, make_client(settings), settings, home=home, secrets=secrets, on_event=on_event, job_id=batch.job,
                  prompts=prompts)
        return job, batch

    # -- what round 1 would send ----------------------------------------------------------------------

    def dry_run(self) -> DryRun:
        """Sets, requests, prompt tokens (tiktoken, offline) and cost at batch prices; records and sends nothing."""
        from .llm import BATCH_PRICE_FACTOR, estimate_cost

        report = DryRun()
        if self.job_id is not None:
            report.in_flight = self.in_flight()
            if report.in_flight is not None:
                return report
        counter = _RequestCounter(self.settings.model)
        items = batch_items(self.settings.batch_dir, self.settings.out_dir, output_suffix(self.settings.fmt))
        store = _ReadOnlyStore(self.store)
        for item in items:
            report.sets += 1
            if os.path.exists(item.output):
                report.skipped += 1
                continue
            try:
                self._summarize(item, _DeferredClient(self, item.name, counter, "dry-run"), store)
            except AnswerPending:
                continue
            except SummarizerError as error:
                report.failed += 1
                self._emit(f"{item.name}: would fail: {error}")
            else:
                report.answered += 1  # from an identical earlier run, or from answers already ingested
        report.requests = counter.requests
        report.prompt_tokens, report.exact, report.encoding = counter.tokens, counter.exact, counter.encoding
        live = estimate_cost(Usage(prompt_tokens=counter.tokens, total_tokens=counter.tokens), self.settings.model,
                             self.client.config.prices)
        report.live_cost_usd = live
        report.batch_cost_usd = None if live is None else live * BATCH_PRICE_FACTOR
        return report

    # -- moving a job on ------------------------------------------------------------------------------

    def _exclusively(self):
        """Hold this job's lock: two processes moving one job on would both submit its next round (and
        both be billed for it). Keyed by the job's settings, so two first runs cannot both create it."""
        return held_exclusively(self.folder.parent / "locks" / f"batch-job-{self.settings.key()}.lock",
                                f"the batch job for {self.settings.batch_dir}")

    def proceed(self, *, wait: bool = False, write_requests: str | None = None, wait_seconds: float = DEFAULT_WAIT_SECONDS,
                poll_seconds: float = DEFAULT_POLL_SECONDS, sleep: Callable[[float], None] = time.sleep,
                clock: Callable[[], float] = time.monotonic) -> JobReport:
        """Collect the batch in flight if it ended, write the sets that finished, send the next round.

        Returns at once after a send (or, with ``wait``, polls until the job finishes or ``wait_seconds``
        pass: then ProviderError, the batch kept). ``write_requests``: write the round to that file for an
        engine run by hand instead of uploading it.
        """
        with self._exclusively():
            return self._proceed(wait, write_requests, clock() + wait_seconds, wait_seconds, poll_seconds, sleep, clock)

    def _proceed(self, wait: bool, write_requests: str | None, deadline: float, wait_seconds: float,
                 poll_seconds: float, sleep: Callable[[float], None], clock: Callable[[], float]) -> JobReport:
        problems: list[str] = []
        # Another process may have created the job since __init__ looked, and let go of the lock since.
        found = self.store.job(self.job_id) if self.job_id else self.store.open_job(self.settings.key())
        self.job_id = found.id if found else None
        if self.job_id is None:
            self._create_job()
        while True:
            batch = self.in_flight()
            if batch is not None and batch.engine == "file":
                return self._report("written", batch, problems)
            if batch is not None:
                if batch.provider_id is None:
                    batch = self._submit(batch, resuming=True)
                status = self._refresh(batch)
                while status.status in IN_FLIGHT:
                    if not wait:
                        return self._report("in_progress", self.store.batch(batch.id), problems)
                    if clock() >= deadline:
                        raise ProviderError(
                            f"batch {batch.id} ({batch.provider_id}) is still {status.status} after {wait_seconds:g} s of "
                            f"waiting; it keeps running: `summarizer batches collect {batch.id}` picks it up later")
                    sleep(poll_seconds)
                    status = self._refresh(batch)
                problems += self._collect(batch, status)
            batch = self._next_round("file" if write_requests else "openai", write_requests)
            if batch is None:
                self.store.finish_job(self._job())
                return self._report("finished", None, problems)
            if batch.engine == "file":
                return self._report("written", batch, problems)
            if not wait:
                return self._report("submitted", batch, problems)

    def ingest(self, results: str, batch: ApiBatch, *, write_requests: str | None = None) -> JobReport:
        """Take a results JSONL for ``batch`` produced anywhere, then write the job's next round to a file."""
        with self._exclusively():
            return self._ingest(results, self.store.batch(batch.id), write_requests)

    def _ingest(self, results: str, batch: ApiBatch, write_requests: str | None) -> JobReport:
        if batch.state == "collected":
            raise InputError(f"{results}: batch {batch.id} was already collected at {batch.collected_at}")
        problems = self._ingest_file(batch, results)
        lost = self.store.fail_unanswered(batch.id, f"no result for this request in {results}")
        if lost:
            problems.append(f"{lost} request(s) of batch {batch.id} had no result line in {results}; their sets failed")
        # A results file has no engine status to read the counts from: they are what the file answered.
        answered, failed = self.store.request_counts(batch.id)
        self.store.update_batch(batch.id, state="collected", collected_at=utc_now(), completed=answered, failed=failed,
                                secrets=self.secrets)
        if write_requests is None:
            write_requests = str(Path(batch.requests_path).with_name(f"{self.job_id}.round{batch.round + 1}.requests.jsonl"))
        nxt = self._next_round("file", write_requests)
        if nxt is None:
            self.store.finish_job(self._job())
            return self._report("finished", None, problems)
        return self._report("written", nxt, problems)

    @staticmethod
    def batch_of_results(store: BatchStore, results: str) -> ApiBatch:
        """The batch a results file answers, from the first line that names one of our custom ids."""
        try:
            with open(results, encoding="utf-8") as fh:
                for line in fh:
                    try:
                        custom_id = json.loads(line).get("custom_id")
                    except (ValueError, AttributeError):
                        continue
                    if isinstance(custom_id, str) and ":" in custom_id:
                        return store.batch(custom_id.split(":", 1)[0])
        except OSError as exc:
            raise InputError(f"{results}: cannot read it ({exc.strerror or exc})") from None
        raise InputError(f"{results}: no line names a custom_id written by summarizer (not a results file of ours?)")

    # -- rounds -------------------------------------------------------------------------------------

    def _job(self) -> str:
        assert self.job_id is not None
        return self.job_id

    def _create_job(self) -> None:
        from .store import ApiJob

        items = batch_items(self.settings.batch_dir, self.settings.out_dir, output_suffix(self.settings.fmt))
        job = ApiJob(id="job-" + self.store.new_run_id(), key=self.settings.key(), created_at=utc_now(), state="open",
                     settings=self.settings.model_dump(mode="json"))
        self.store.create_job(job, [(i.name, i.folder, i.output) for i in items])
        self.job_id = job.id

    def in_flight(self) -> ApiBatch | None:
        latest = self.store.batches(self._job())
        return latest[0] if latest and latest[0].state != "collected" else None

    def _next_round(self, engine: str, path: str | None) -> ApiBatch | None:
        """Run every open set; the requests of those still asking become a new batch (None: the job is done)."""
        rounds = self.store.batches(self._job())
        batch_id = "b-" + self.store.new_run_id()
        self.folder.mkdir(parents=True, exist_ok=True)
        target = path or str(self.folder / f"{batch_id}.requests.jsonl")
        items = [BatchItem(s.name, s.folder, s.output) for s in self.store.sets(self._job())
                 if s.state in ("pending", "requested")]
        with open_atomic(target) as fh:
            writer = _RequestWriter(fh, batch_id)
            self._run_sets(items, writer, batch_id)
        if not writer.rows:
            os.unlink(target)  # nothing left to ask: no requests file, not an empty one
            return None
        now = utc_now()
        batch = ApiBatch(id=batch_id, job=self._job(), round=len(rounds) + 1, engine=engine,
                         state="written" if engine == "file" else "intent", requests=len(writer.rows),
                         created_at=now, updated_at=now, requests_path=target)
        self.store.add_batch(batch, writer.rows)  # the intent: recorded before a byte is uploaded
        self._emit(f"Round {batch.round}: {len(writer.rows)} request(s) in {target}")
        return batch if engine == "file" else self._submit(batch, resuming=False)

    def _summarize(self, item: BatchItem, client: _DeferredClient, store: Any) -> tuple[RunOutcome, str]:
        """One set through ``run_summary`` exactly as live ``--batch`` runs it, and its rendered output."""
        from .render import render_summary

        settings = self.settings
        sources = load_sources([item.folder], max_bytes=settings.max_source_bytes)
        outcome = run_summary(sources, lambda: client, model=settings.model, provider=settings.provider, store=store,
                              options=settings.options, use_cache=settings.use_cache, secrets=self.secrets,
                              prompts=self._prompts)
        return outcome, render_summary(outcome.result, outcome.run_id, settings.fmt, cached=outcome.cached)

    def _run_sets(self, items: list[BatchItem], writer: _RequestWriter, batch_id: str) -> None:
        """Every set through live ``run_batch`` (skip done outputs, write atomically, isolate failures)."""

        def summarize_one(item: BatchItem) -> tuple[RunOutcome, str]:
            return self._summarize(item, _DeferredClient(self, item.name, writer, batch_id), self.store)

        updates: list[dict[str, Any]] = []

        def done(item: BatchItem) -> None:
            if item.status == "pending":
                return  # becomes "requested" with the batch that carries its request
            updates.append({"name": item.name, "state": item.status, "run_id": item.run_id, "reason": item.error,
                            "exit_code": item.exit_code, "rejected": item.rejected})
            if item.status == "failed":
                self._emit(f"{item.name}: failed: {item.error}")
            if len(updates) >= _INGEST_CHUNK:
                self.store.update_sets(self._job(), updates, self.secrets)
                updates.clear()

        # One at a time: a set's work here is verification (CPU) and a file write; the waiting is the engine's.
        run_batch(items, summarize_one, concurrency=1, on_done=done)
        if updates:
            self.store.update_sets(self._job(), updates, self.secrets)

    # -- the engine's side ----------------------------------------------------------------------------

    def _submit(self, batch: ApiBatch, *, resuming: bool) -> ApiBatch:
        """Upload and create (a resumed intent first looks for a batch already created with our metadata)."""
        if resuming:
            found = self.client.find_batch(METADATA_KEY, batch.id)
            if found is not None:
                self._emit(f"Found batch {found.id} already created for {batch.id}; recording it")
                return self._record_status(batch, found)
        file_id = batch.input_file_id
        if file_id is None:
            file_id = self.client.upload_requests(batch.requests_path, name=f"{batch.id}.jsonl")
            batch = self.store.update_batch(batch.id, state="uploaded", input_file_id=file_id, secrets=self.secrets)
        created = self.client.create_batch(file_id, {METADATA_KEY: batch.id, "summarizer_job": batch.job})
        batch = self._record_status(batch, created)
        self._emit(f"Submitted batch {created.id} ({batch.requests} request(s), round {batch.round}); "
                   f"`summarizer batches collect {batch.id}` collects it")
        return batch

    def _record_status(self, batch: ApiBatch, status: BatchStatus) -> ApiBatch:
        return self.store.update_batch(
            batch.id, secrets=self.secrets, provider_id=status.id, state=status.status,
            input_file_id=status.input_file_id or batch.input_file_id, output_file_id=status.output_file_id,
            error_file_id=status.error_file_id, completed=status.completed, failed=status.failed,
            note="; ".join(status.errors) or None)

    def _refresh(self, batch: ApiBatch) -> BatchStatus:
        assert batch.provider_id is not None
        status = self.client.get_batch(batch.provider_id)
        self._record_status(batch, status)
        self._emit(f"Batch {batch.id} ({status.id}): {status.status}, {status.completed} of {status.total or batch.requests} "
                   f"done, {status.failed} failed")
        return status

    def _collect(self, batch: ApiBatch, status: BatchStatus) -> list[str]:
        """Download and ingest the output and error files of an ended batch; requests left unanswered fail."""
        problems: list[str] = []
        for kind, file_id in (("output", status.output_file_id), ("errors", status.error_file_id)):
            if file_id:
                path = str(self.folder / f"{batch.id}.{kind}.jsonl")
                self.client.download(file_id, path)
                problems += self._ingest_file(batch, path)
        why = {
            "failed": "the batch failed" + (f" ({'; '.join(status.errors)})" if status.errors else ""),
            "expired": "the batch expired (24 h window) before this request was answered",
            "cancelled": "the batch was cancelled before this request was answered",
        }.get(status.status, f"no result for this request in the output of batch {status.id} ({status.status})")
        lost = self.store.fail_unanswered(batch.id, why)
        if lost:
            problems.append(f"batch {batch.id} ({status.id}) {status.status}: {lost} request(s) not answered: {why}")
        self.store.update_batch(batch.id, state="collected", collected_at=utc_now(), secrets=self.secrets)
        return problems

    def _ingest_file(self, batch: ApiBatch, path: str) -> list[str]:
        """Store the answers and failures of a results JSONL, a chunk at a time; returns problems with its lines."""
        problems: list[str] = []
        answers: list[tuple[str, str, dict[str, Any]]] = []
        failures: list[tuple[str, str]] = []

        def flush() -> None:
            self.store.record_results(batch.id, answers, failures, self.secrets)
            answers.clear()
            failures.clear()

        try:
            fh = open(path, encoding="utf-8", errors="replace")
        except OSError as exc:
            raise InputError(f"{path}: cannot read it ({exc.strerror or exc})") from None
        with fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                read = _read_result_line(line)
                if isinstance(read, str):
                    problems.append(f"{path} line {number}: {read}; skipped")
                    named = _CUSTOM_ID_RE.search(line)  # a cut-off line may still say whose answer it was
                    if named and self.store.request(batch.id, named.group(1)) is not None:
                        failures.append((named.group(1), f"{named.group(1)}: the result line is unusable ({read})"))
                    continue
                custom_id, body, failure = read
                known = self.store.request(batch.id, custom_id)
                if known is None:
                    problems.append(f"{path} line {number}: custom_id {custom_id!r} is not a request of batch {batch.id}; skipped")
                    continue
                if failure is not None:
                    failures.append((custom_id, f"{custom_id}: {failure}"))
                else:
                    answers.append((custom_id, known[1], body))  # type: ignore[arg-type]
                if len(answers) + len(failures) >= _INGEST_CHUNK:
                    flush()
        flush()
        for problem in problems:
            self._emit(problem)
        return problems

    def _report(self, state: Literal["submitted", "in_progress", "written", "finished"], batch: ApiBatch | None,
                problems: list[str]) -> JobReport:
        return JobReport(job=self._job(), state=state, sets=self.store.sets(self._job()), batch=batch, problems=problems)


_CUSTOM_ID_RE = re.compile(r'"custom_id"\s*:\s*"([^"]+)"')


def _read_result_line(line: str) -> tuple[str, dict[str, Any] | None, str | None] | str:
    """(custom_id, answer body, None) or (custom_id, None, why it failed); a str when the line itself is unusable."""
    try:
        data = json.loads(line)
    except ValueError as exc:
        return f"not JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(data, dict) or not isinstance(data.get("custom_id"), str):
        return "no custom_id"
    custom_id = data["custom_id"]
    error = data.get("error")
    response = data.get("response") if isinstance(data.get("response"), dict) else {}
    body = response.get("body")
    if error:
        code = error.get("code") if isinstance(error, dict) else None
        message = error.get("message") if isinstance(error, dict) else error
        return custom_id, None, f"the engine reported an error ({code or 'error'}): {message}"
    status = response.get("status_code")
    if status != 200:
        detail = body.get("error", {}).get("message") if isinstance(body, dict) and isinstance(body.get("error"), dict) else None
        return custom_id, None, f"the engine answered HTTP {status}" + (f": {detail}" if detail else "")
    if not isinstance(body, dict) or not isinstance(body.get("choices"), list) or not body["choices"]:
        return custom_id, None, "the engine's response body is not a chat completion (no choices)"
    return custom_id, body, None


class _RequestWriter:
    """Writes request lines to the round's JSONL as sets ask (never held in memory) and keeps their ids."""

    def __init__(self, fh: Any, batch_id: str) -> None:
        self.fh = fh
        self.batch_id = batch_id
        self.rows: list[tuple[str, str, str]] = []

    def add(self, set_name: str, kind: str, body: dict[str, Any], digest: str) -> str:
        custom_id = f"{self.batch_id}:{set_name}:{kind}"
        self.fh.write(json.dumps({"custom_id": custom_id, "method": "POST", "url": BATCH_URL, "body": body},
                                 ensure_ascii=False) + "\n")
        self.rows.append((custom_id, set_name, digest))
        return custom_id


class _RequestCounter:
    """Counts a dry run's requests and their prompt tokens, as the pipeline counts a prompt (offline tiktoken)."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.requests = 0
        self.tokens = 0
        self.exact = True
        self.encoding = ""

    def add(self, set_name: str, kind: str, body: dict[str, Any], digest: str) -> str:
        counted = count_tokens("\n".join(str(m.get("content", "")) for m in body["messages"]), self.model, allow_estimate=True)
        self.requests += 1
        self.tokens += counted.tokens
        self.exact = self.exact and counted.exact
        self.encoding = counted.encoding
        return f"dry-run:{set_name}:{kind}"


class _DeferredClient:
    """A ChatCompleter for one set: answers from ingested batch answers; the first unanswered request is written out."""

    def __init__(self, job: BatchJob, set_name: str, writer: _RequestWriter | _RequestCounter, batch_id: str) -> None:
        self.job = job
        self.set_name = set_name
        self.writer = writer
        self.batch_id = batch_id

    def complete(self, messages: Sequence[Mapping[str, Any]], *, response_model: type[BaseModel] | None = None) -> ChatResult:
        """The engine's answer to exactly this request; AnswerPending (after writing it out) when there is none yet."""
        client = self.job.client
        body, mode = client.batch_request(messages, response_model=response_model)
        digest = request_hash(body)
        answer = self.job.store.answer(digest)
        if answer is not None:
            return client.batch_result(body, mode, response_model, answer)
        if self.job.job_id is not None:
            failure = self.job.store.request_failure(self.job.job_id, digest)
            if failure is not None:
                raise ProviderError(failure)
        kind = "repair" if response_model is RepairAnswer else "draft"
        if any(m.get("role") == "assistant" for m in messages):
            kind += "-reask"
        raise AnswerPending(self.writer.add(self.set_name, kind, body, digest))


class _ReadOnlyStore:
    """The run store for a dry run: cache look-ups answer, saves do nothing (a dry run records nothing)."""

    def __init__(self, store: BatchStore) -> None:
        self._store = store

    def find_cached(self, key: str) -> Any:
        return self._store.find_cached(key)

    @staticmethod
    def new_run_id() -> str:
        return BatchStore.new_run_id()

    def save_run(self, **fields: Any) -> None:
        pass
