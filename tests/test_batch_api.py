"""`summarize --batch DIR --batch-api` and `summarizer batches`: rounds through a fake batch engine on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import FAKE_KEY

from summarizer import llm
from summarizer.cli import cli
from summarizer.store import DB_NAME, BatchStore, RunStore
from summarizer.testing.batches import (
    FakeBatchEngine,
    answer_content,
    chat_completion,
    cite_first_sentences,
    numbered_sentences,
    schema_name,
)


@pytest.fixture(autouse=True)
def _quick(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_BATCH_POLL", "0")
    for var in ("SUMMARIZER_MODEL", "SUMMARIZER_FORMAT", "SUMMARIZER_BATCH_WAIT", "SUMMARIZER_STRUCTURED"):
        monkeypatch.delenv(var, raising=False)


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def home() -> Path:
    import os

    return Path(os.environ["SUMMARIZER_HOME"])


def make_sets(root: Path, count: int) -> Path:
    """``count`` sets of 3 short sources each; set n's figures are n-specific so every request differs."""
    for n in range(count):
        folder = root / f"set{n:02d}"
        folder.mkdir(parents=True)
        for k in range(3):
            (folder / f"s{k}.txt").write_text(
                f"The council of town {n} approved {k + 10} new bus lanes on Monday. Work starts in May.\n", encoding="utf-8")
    return root


def engine_env(monkeypatch, engine: FakeBatchEngine) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", engine.base_url)


def submit(sets: Path, *extra: str):
    return invoke("summarize", "--batch", str(sets), "--batch-api", *extra)


def outputs(sets: Path) -> dict[str, str]:
    folder = sets / "_summaries"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*"))} if folder.exists() else {}


def summary_lines(text: str) -> list[str]:
    """The claim lines of a markdown output (what was verified), without paths and run ids."""
    return text.split("## Sources")[0].strip().splitlines()


# -- the round trip ----------------------------------------------------------------------------------------------


def test_a_batch_goes_through_every_state_and_the_outputs_match_live_batch(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 3)
    live_sets = make_sets(tmp_path / "live", 3)
    with FakeBatchEngine() as engine:
        engine_env(monkeypatch, engine)
        first = submit(sets)
        assert first.exit_code == 0, first.stderr
        ours = first.stdout.strip()
        assert re.fullmatch(r"b-\d{8}-\d{6}-[0-9a-f]{6}", ours)
        (provider_id,) = engine.batches
        assert engine.batches[provider_id]["metadata"]["summarizer_batch"] == ours
        assert engine.batches[provider_id]["status"] == "validating"
        seen = []
        for _ in range(3):  # each re-run reads the batch once: in_progress, finalizing, completed
            again = submit(sets)
            assert again.exit_code == 0, again.stderr
            seen.append(engine.batches[provider_id]["status"])
        assert seen == ["in_progress", "finalizing", "completed"]
        assert engine.count("POST", "/batches") == 1  # a re-run never submits a set twice
        live = invoke("summarize", "--batch", str(live_sets))
        assert live.exit_code == 0, live.stderr
    assert "finished: 3 done" in again.stderr
    batch_out, live_out = outputs(sets), outputs(live_sets)
    assert list(batch_out) == list(live_out) == ["set00.md", "set01.md", "set02.md"]
    for name in batch_out:
        assert summary_lines(batch_out[name]) == summary_lines(live_out[name])
        assert "3 of 3 claims verified, 0 rejected" in batch_out[name]
    listing = json.loads(invoke("batches", "--json").stdout)["batches"]
    assert [(b["id"], b["provider_id"], b["state"], b["requests"], b["completed"]) for b in listing] == [
        (ours, provider_id, "collected", 3, 3)]
    assert ours in invoke("batches").stdout


def test_the_batch_requests_are_exactly_the_live_requests(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 2)
    with FakeBatchEngine() as engine:
        engine_env(monkeypatch, engine)
        assert submit(sets).exit_code == 0
        (provider_id,) = engine.batches
        lines = engine.input_lines(provider_id)
        live_sets = make_sets(tmp_path / "live", 2)
        assert invoke("summarize", "--batch", str(live_sets), "--concurrency", "1").exit_code == 0
        live = [json.loads(body) for method, path, _, body in engine.requests if path == "/chat/completions"]
    assert [line["url"] for line in lines] == ["/v1/chat/completions"] * 2
    assert [line["custom_id"].split(":", 1)[1] for line in lines] == ["set00:draft", "set01:draft"]
    for line, sent in zip(lines, live, strict=True):
        body = line["body"]
        assert body["response_format"]["json_schema"]["name"] == "Draft"
        # Same prompts, numbered sources and schema; only the folder names in the source headers differ.
        assert json.loads(json.dumps(body).replace("/sets/", "/live/")) == sent


def _wrong_then_repaired(body):
    """Drafts one true and one wrong claim per set; the repair fixes the number."""
    name = schema_name(body)
    sentences = dict(numbered_sentences(body))
    if name == "RepairAnswer":
        fixed = sentences.get("2.1", "")
        return chat_completion(answer_content(body, [{"text": fixed, "citations": ["2.1"]}]))
    wrong = sentences["2.1"].replace("11 new", "19 new")
    return chat_completion(answer_content(body, [{"text": sentences["1.1"], "citations": ["1.1"]},
                                                 {"text": wrong, "citations": ["2.1"]}]))


def test_rejected_claims_go_back_as_a_second_batch_and_the_key_is_never_written(monkeypatch, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    sets = make_sets(tmp_path / "sets", 2)
    with FakeBatchEngine(_wrong_then_repaired, instant=True) as engine:
        engine_env(monkeypatch, engine)
        result = submit(sets, "--wait")
        headers = [h for _, _, h, _ in engine.requests]
        kinds = [sorted(line["custom_id"].rsplit(":", 1)[1] for line in engine.input_lines(b)) for b in engine.batches]
    assert result.exit_code == 0, result.stderr
    assert kinds == [["draft", "draft"], ["repair", "repair"]]
    for text in outputs(sets).values():
        assert "2 of 2 claims verified (1 after repair), 0 rejected" in text
    assert all(h["authorization"] == f"Bearer {FAKE_KEY}" for h in headers)  # the key was used, as a header only
    written = [p.read_bytes() for p in (home() / "batches").iterdir()] + [(home() / DB_NAME).read_bytes()]
    assert len(written) == 1 + 2 * 2  # requests and output of each round, and the database
    for blob in written:
        assert FAKE_KEY.encode() not in blob and FAKE_KEY[len("sk-test-"):].encode() not in blob
    assert FAKE_KEY not in result.stdout + result.stderr + caplog.text
    runs = json.loads(invoke("runs", "--json").stdout)["runs"]
    assert len(runs) == 2 and all(r["status"] == "done" for r in runs)
    # Batch answers are priced at half the live rate: 2 calls of 100 + 20 tokens at gpt-4o-mini's $0.15/$0.60.
    record = RunStore.in_home(home()).get(runs[0]["id"]).result.model_dump(mode="json")
    assert record["cost_usd"] == pytest.approx(0.5 * 2 * (100 * 0.15 + 20 * 0.60) / 1e6)


# -- crashes and repeats ----------------------------------------------------------------------------------------


def test_a_crash_after_the_batch_was_created_loses_nothing_the_rerun_finds_it(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 2)
    real_update = BatchStore.update_batch
    crashed = []

    class SimulatedCrash(BaseException):
        """The process dies (power cut, kill -9) between batches.create and recording its id."""

    def crash_once(self, batch_id, secrets=(), **fields):
        if "provider_id" in fields and not crashed:
            crashed.append(batch_id)
            raise SimulatedCrash
        return real_update(self, batch_id, secrets, **fields)

    with FakeBatchEngine(instant=True) as engine:
        engine_env(monkeypatch, engine)
        monkeypatch.setattr(BatchStore, "update_batch", crash_once)
        with pytest.raises(SimulatedCrash):
            submit(sets)
        assert engine.count("POST", "/batches") == 1
        (intent,) = BatchStore.in_home(home()).batches()
        assert (intent.state, intent.provider_id) == ("uploaded", None)  # the intent and the file were recorded
        result = submit(sets)
        assert engine.count("POST", "/batches") == 1, "the resumed job must find the batch, not pay for another"
        assert engine.count("POST", "/files") == 1
    assert result.exit_code == 0, result.stderr
    assert "Found batch batch_" in result.stderr
    assert len(outputs(sets)) == 2


def test_a_second_run_on_the_same_job_while_one_works_is_refused_and_pays_for_nothing(monkeypatch, tmp_path):
    # The second `summarize --batch-api` starts while the first is preparing its round (both would find no
    # batch in flight and submit one each): it stops at once, exit 2, naming the process that has the job.
    import os

    from summarizer.batch_api import BatchJob

    sets = make_sets(tmp_path / "sets", 2)
    real_run_sets = BatchJob._run_sets
    overlapping = []

    def run_sets_while_another_starts(self, items, writer, batch_id):
        if not overlapping:
            overlapping.append(None)  # before the second run starts: it calls this too
            overlapping[0] = submit(sets)
        return real_run_sets(self, items, writer, batch_id)

    with FakeBatchEngine(instant=True) as engine:
        engine_env(monkeypatch, engine)
        monkeypatch.setattr(BatchJob, "_run_sets", run_sets_while_another_starts)
        first = submit(sets, "--wait")
        assert engine.count("POST", "/batches") == 1
    (second,) = overlapping
    assert second.exit_code == 2
    assert second.stderr.startswith("Error: ") and f"being worked on by process {os.getpid()}" in second.stderr
    assert first.exit_code == 0, first.stderr
    assert len(outputs(sets)) == 2
    # Once the first let go, the job can be moved on again (here: it is finished, nothing to send).
    assert submit(sets).exit_code == 0


def test_a_collected_batch_is_not_collected_again(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 2)
    with FakeBatchEngine(instant=True) as engine:
        engine_env(monkeypatch, engine)
        ours = submit(sets).stdout.strip()
        assert invoke("batches", "collect", ours).exit_code == 0
        before = {name: (sets / "_summaries" / name).stat().st_mtime_ns for name in outputs(sets)}
        downloads = engine.count("GET", "/files/")
        again = invoke("batches", "collect", ours)
        assert engine.count("GET", "/files/") == downloads
        assert engine.count("POST", "/batches") == 1
        rerun = submit(sets)  # the job is finished: every output exists, nothing is sent
        assert engine.count("POST", "/batches") == 1
    assert again.exit_code == 0 and "nothing to collect again" in again.stderr
    assert {name: (sets / "_summaries" / name).stat().st_mtime_ns for name in outputs(sets)} == before
    assert rerun.exit_code == 0 and "2 skipped" in rerun.stderr


# -- failures, per request and per batch --------------------------------------------------------------------------


def test_a_bad_line_error_line_or_body_fails_only_its_set_with_a_reason(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 4)
    with FakeBatchEngine(instant=True, malformed_ids={":set01:"}, error_ids={":set02:"}, bad_body_ids={":set03:"}) as engine:
        engine_env(monkeypatch, engine)
        result = submit(sets, "--wait")
    assert result.exit_code == 3
    assert list(outputs(sets)) == ["set00.md"]
    reasons = {line.split(":")[1].strip(): line for line in result.stderr.splitlines() if line.startswith("Error: ")}
    assert "the result line is unusable (not JSON" in reasons["set01"]
    assert "the engine answered HTTP 500: The server had an error" in reasons["set02"]
    assert "not a chat completion (no choices)" in reasons["set03"]
    assert re.search(r"line 2: not JSON .*; skipped", result.stderr)
    states = {s.name: (s.state, s.exit_code) for s in BatchStore.in_home(home()).sets(_only_job())}
    assert states == {"set00": ("done", 0), "set01": ("failed", 3), "set02": ("failed", 3), "set03": ("failed", 3)}


def test_an_engine_error_that_echoes_the_key_is_recorded_and_shown_without_it(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 2)
    with FakeBatchEngine(instant=True, error_ids={":set01:"}, error_message=f"bad token {FAKE_KEY} for this org") as engine:
        engine_env(monkeypatch, engine)
        result = submit(sets, "--wait")
    assert result.exit_code == 3
    assert "Error: set01: " in result.stderr and "bad token [redacted] for this org" in result.stderr
    assert FAKE_KEY not in result.stderr + result.stdout
    for blob in [(home() / DB_NAME).read_bytes()] + [p.read_bytes() for p in (home() / "batches").iterdir()]:
        assert FAKE_KEY.encode() not in blob
    assert len(list((home() / "batches").glob("*.errors.jsonl"))) == 1  # the engine's error file, kept scrubbed


def _only_job() -> str:
    (batch,) = BatchStore.in_home(home()).batches()
    return batch.job


@pytest.mark.parametrize(("outcome", "why"), [
    ("expired", "the engine reported an error (batch_expired): This request could not be executed before the "
                "completion window expired."),
    ("cancelled", "the batch was cancelled before this request was answered"),
    ("failed", "the batch failed (invalid_json_line (line 1): This line is not parseable as valid JSON.)"),
])
def test_an_expired_cancelled_or_failed_batch_fails_the_unanswered_sets_and_finishes_the_rest(monkeypatch, tmp_path,
                                                                                            outcome, why):
    sets = make_sets(tmp_path / "sets", 3)
    with FakeBatchEngine(outcome=outcome, answered_before_end=1) as engine:
        engine_env(monkeypatch, engine)
        result = submit(sets, "--wait")
        assert engine.count("POST", "/batches") == 1
    assert result.exit_code == 3
    failed = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    if outcome == "failed":
        assert outputs(sets) == {} and len(failed) == 3
    else:
        assert list(outputs(sets)) == ["set00.md"] and len(failed) == 2  # what was answered before the end is kept
    assert all(why in line for line in failed)


def _refuses_set01(body):
    if "town 1 " in json.dumps(body):
        return chat_completion(None, refusal="I can't help with that.")
    return cite_first_sentences(body)


def test_a_refusal_is_re_asked_in_the_next_round_then_fails_its_set(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 2)
    with FakeBatchEngine(_refuses_set01, instant=True) as engine:
        engine_env(monkeypatch, engine)
        result = submit(sets, "--wait")
        rounds = [[line["custom_id"].split(":", 1)[1] for line in engine.input_lines(b)] for b in engine.batches]
    assert rounds == [["set00:draft", "set01:draft"], ["set01:draft-reask"]]
    assert result.exit_code == 3
    assert "Error: set01: draft: the model refused: I can't help with that." in result.stderr
    assert list(outputs(sets)) == ["set00.md"]


# -- polling ---------------------------------------------------------------------------------------------------


def test_waiting_honours_retry_after_and_is_bounded(monkeypatch, tmp_path):
    waits: list[float] = []
    monkeypatch.setattr(llm, "retry_sleep", waits.append)
    sets = make_sets(tmp_path / "sets", 1)
    with FakeBatchEngine(throttle_reads=2, retry_after="7") as engine:
        engine_env(monkeypatch, engine)
        result = submit(sets, "--wait")
    assert result.exit_code == 0, result.stderr
    assert waits == [7.0, 7.0]
    assert "Retry-After 7 s" in result.stderr
    assert re.search(r"in_progress, 0 of 1 done, 0 failed", result.stderr)  # the progress line shows the counts

    later = make_sets(tmp_path / "later", 1)
    with FakeBatchEngine() as engine:
        engine_env(monkeypatch, engine)
        timed_out = submit(later, "--wait", "--wait-timeout", "0")
        ours = timed_out.stderr.split("summarizer batches collect ")[1].split("`")[0]
        assert engine.count("POST", "/batches") == 1
        finished = invoke("batches", "collect", ours, "--wait")
    assert timed_out.exit_code == 3 and "keeps running" in timed_out.stderr
    assert finished.exit_code == 0 and list(outputs(later)) == ["set00.md"]


# -- any engine that speaks the format: files in, files out ---------------------------------------------------------


def _vllm_results(requests: Path, results: Path, respond=cite_first_sentences) -> None:
    """What ``vllm run-batch -i requests -o results`` writes: one output line per input line."""
    out = []
    for n, line in enumerate(requests.read_text(encoding="utf-8").splitlines()):
        request = json.loads(line)
        out.append(json.dumps({"id": f"vllm-{n}", "custom_id": request["custom_id"],
                               "response": {"status_code": 200, "request_id": f"vllm-batch-{n}", "body": respond(request["body"])},
                               "error": None}))
    results.write_text("\n".join(out) + "\n", encoding="utf-8")


def test_write_requests_then_ingest_needs_no_provider_and_continues_round_by_round(monkeypatch, tmp_path):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    sets = make_sets(tmp_path / "sets", 2)
    requests = tmp_path / "round1.jsonl"
    written = submit(sets, "--write-requests", str(requests))
    assert written.exit_code == 0, written.stderr
    assert written.stdout.strip() == str(requests) and "vllm run-batch -i" in written.stderr
    assert len(requests.read_text().splitlines()) == 2
    again = submit(sets, "--write-requests", str(requests))  # waiting for results: nothing new is written
    assert again.exit_code == 0 and len(BatchStore.in_home(home()).batches()) == 1
    results = tmp_path / "results1.jsonl"
    _vllm_results(requests, results, _wrong_then_repaired)
    first = invoke("batches", "ingest", str(results))
    assert first.exit_code == 0, first.stderr
    round2 = Path(first.stdout.strip())
    assert round2.name.endswith(".round2.requests.jsonl")
    assert [json.loads(line)["custom_id"].rsplit(":", 1)[1] for line in round2.read_text().splitlines()] == ["repair"] * 2
    results2 = tmp_path / "results2.jsonl"
    _vllm_results(round2, results2, _wrong_then_repaired)
    second = invoke("batches", "ingest", str(results2))
    assert second.exit_code == 0, second.stderr
    assert "finished: 2 done" in second.stderr
    assert all("2 of 2 claims verified (1 after repair)" in text for text in outputs(sets).values())
    repeat = invoke("batches", "ingest", str(results2))
    assert repeat.exit_code == 0 and "is not ingested again" in repeat.stderr


def _ingest_with_one_line_missing(monkeypatch, tmp_path):
    """Two sets written for an engine; the results file answers only the first. Returns (sets, results, run)."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    sets = make_sets(tmp_path / "sets", 2)
    requests = tmp_path / "r.jsonl"
    assert submit(sets, "--write-requests", str(requests)).exit_code == 0
    results = tmp_path / "out.jsonl"
    _vllm_results(requests, results)
    results.write_text(results.read_text().splitlines()[0] + "\n")
    return sets, results, invoke("batches", "ingest", str(results))


def test_ingest_a_file_with_a_missing_line_fails_that_set_only(monkeypatch, tmp_path):
    sets, results, result = _ingest_with_one_line_missing(monkeypatch, tmp_path)
    assert result.exit_code == 3
    assert f"Error: set01: no result for this request in {results}" in result.stderr
    assert list(outputs(sets)) == ["set00.md"]


# -- the dry run ---------------------------------------------------------------------------------------------------


def test_the_dry_run_counts_what_live_calls_count_at_half_the_price_and_sends_nothing(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 3)
    with FakeBatchEngine() as engine:
        engine_env(monkeypatch, engine)
        dry = submit(sets, "--dry-run")
        assert engine.requests == []
        assert invoke("summarize", "--batch", str(sets), "--max-repairs", "0").exit_code == 0  # live, for comparison
    assert dry.exit_code == 0, dry.stderr
    assert BatchStore.in_home(home()).batches() == []
    store = RunStore.in_home(home())
    live_tokens = sum(step["prompt_tokens_counted"] for run in store.list_runs()
                      for step in store.get(run.id).result.model_dump(mode="json")["steps"])
    tokens = int(re.search(r"Prompt tokens: (\d+) \(o200k_base, tiktoken offline\)", dry.stdout).group(1))
    assert tokens == live_tokens
    batch_cost, live_cost = map(float, re.search(r"\$(\S+) at batch prices \(live calls: \$(\S+)\)", dry.stdout).groups())
    assert live_cost == pytest.approx(live_tokens * 0.15 / 1e6, abs=1e-6)
    assert batch_cost == pytest.approx(live_tokens * 0.15 / 1e6 / 2, abs=1e-6)
    assert "3 request(s) in round 1" in dry.stdout and "Nothing was sent." in dry.stdout


# -- bad input ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "message"), [
    (["summarize", "--batch-api", "x.txt"], "--batch-api needs --batch DIR"),
    (["summarize", "--dry-run", "x.txt"], "--dry-run, --wait and --write-requests go with --batch DIR --batch-api"),
    (["batches", "collect", "b-nope"], "no batch 'b-nope'"),
])
def test_bad_batch_api_usage_is_one_line_and_exit_2(args, message):
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and message in result.stderr


def test_ingesting_a_file_that_is_not_our_results_is_exit_2(tmp_path):
    stray = tmp_path / "stray.jsonl"
    stray.write_text('{"hello": 1}\nnot json\n')
    result = invoke("batches", "ingest", str(stray))
    assert result.exit_code == 2 and "no line names a custom_id written by summarizer" in result.stderr


def test_an_ingested_file_sets_the_batchs_done_and_failed_counts(monkeypatch, tmp_path):
    # One of the two sets' lines is missing: 1 answered, 1 failed, as the file says (no engine status here).
    _ingest_with_one_line_missing(monkeypatch, tmp_path)
    first = min(BatchStore.in_home(home()).batches(), key=lambda b: b.round)
    assert (first.state, first.completed, first.failed) == ("collected", 1, 1)


def test_an_unwritable_requests_file_leaves_no_output_folder_behind(monkeypatch, tmp_path):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    sets = make_sets(tmp_path / "sets", 1)
    result = submit(sets, "--write-requests", str(tmp_path / "no-such-dir" / "r.jsonl"))
    assert result.exit_code == 2 and result.stderr.startswith("Error: ")
    assert not (sets / "_summaries").exists()
