"""The run database: records, listing, id prefixes, the cache lookup, and no secrets at rest."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import FAKE_KEY

from summarizer.errors import ConfigError, InputError
from summarizer.records import SummarizeOptions, SummaryResult
from summarizer.store import DB_NAME, RunStore
from summarizer.verify.report import VerifierConfig


def result(status="done", claims=3, verified=2, secret_text="", error=None):
    return SummaryResult.model_validate({
        "status": status,
        "error": error,
        "shape": "summary",
        "model": "gpt-4o-mini",
        "prompts": {"draft": 2},
        "options": SummarizeOptions(),
        "verifier": VerifierConfig(min_support=0.75, attribute=False, shortlist=8, max_evidence=3),
        "sources": [{"number": 1, "path": "a.txt", "sha256": "0" * 64, "sentences": 4, "chars": 80}],
        "stats": {"claims": claims, "verified": verified, "rejected": claims - verified},
        "steps": [{"kind": "draft", "label": "draft", "prompt": "draft@2", "prompt_tokens_counted": 10,
                   "calls": [{"request": {"messages": [{"content": f"hello {secret_text}"}]}}]}],
    })


def save(store, run_id, created, key="k1", **kwargs):
    store.save_run(run_id=run_id, created_at=created, cache_key=key, model="gpt-4o-mini", provider="https://x/v1",
                   result=result(**kwargs))


def test_saved_runs_are_listed_newest_first_with_their_counts(tmp_path):
    store = RunStore.in_home(tmp_path / "home")
    assert store.list_runs() == []
    save(store, "20260101-000000-aaaaaa", "2026-01-01T00:00:00+00:00")
    save(store, "20260102-000000-bbbbbb", "2026-01-02T00:00:00+00:00", verified=3)
    assert (tmp_path / "home" / DB_NAME).is_file()
    runs = store.list_runs()
    assert [r.id for r in runs] == ["20260102-000000-bbbbbb", "20260101-000000-aaaaaa"]
    assert (runs[0].claims, runs[0].verified, runs[0].rejected, runs[0].sources) == (3, 3, 0, 1)
    assert [r.id for r in store.list_runs(limit=1)] == ["20260102-000000-bbbbbb"]


def test_get_by_id_or_unique_prefix(tmp_path):
    store = RunStore(tmp_path / "runs.db")
    save(store, "20260101-000000-aaaaaa", "2026-01-01T00:00:00+00:00")
    save(store, "20260101-000000-aaabbb", "2026-01-01T00:00:01+00:00")
    assert store.get("20260101-000000-aaaaaa").result.stats.verified == 2
    assert store.get("20260101-000000-aaab").id == "20260101-000000-aaabbb"
    with pytest.raises(InputError, match="ambiguous"):
        store.get("20260101-000000-aaa")
    with pytest.raises(InputError, match="no run"):
        store.get("nope")


def test_find_cached_returns_the_newest_done_run_for_the_key(tmp_path):
    store = RunStore(tmp_path / "runs.db")
    assert store.find_cached("k1") is None
    save(store, "r1", "2026-01-01T00:00:00+00:00")
    save(store, "r2", "2026-01-02T00:00:00+00:00")
    save(store, "r3", "2026-01-03T00:00:00+00:00", status="failed")
    save(store, "r4", "2026-01-04T00:00:00+00:00", key="other")
    assert store.find_cached("k1").id == "r2"
    assert store.find_cached("missing") is None


def test_failures_are_recorded_with_their_error(tmp_path):
    store = RunStore(tmp_path / "runs.db")
    store.save_run(run_id="f1", created_at="2026-01-01T00:00:00+00:00", cache_key="k", model="m", provider="p",
                   result=result(status="failed", claims=0, verified=0, error="provider returned HTTP 500"))
    (run,) = store.list_runs()
    assert (run.status, run.sources, run.claims) == ("failed", 1, 0)
    assert store.get("f1").result.status == "failed" and store.get("f1").result.error == "provider returned HTTP 500"
    assert store.get("f1").error == "provider returned HTTP 500"
    assert store.find_cached("k") is None


def test_secrets_are_redacted_before_anything_is_written(tmp_path):
    store = RunStore(tmp_path / "runs.db")
    store.save_run(run_id="r1", created_at="2026-01-01T00:00:00+00:00", cache_key="k", model="m", provider="p",
                   result=result(secret_text=FAKE_KEY), note=f"key {FAKE_KEY}", secrets=[FAKE_KEY])
    raw = (tmp_path / "runs.db").read_bytes()
    assert FAKE_KEY.encode() not in raw
    record = store.get("r1")
    assert record.result.steps[0].calls[0].request["messages"][0]["content"] == "hello [redacted]"
    assert record.note == "key [redacted]"


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "runs.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(ConfigError, match="newer summarizer"):
        RunStore(path).list_runs()


def test_an_unusable_home_is_a_config_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="SUMMARIZER_HOME"):
        save(RunStore(blocker / "sub" / "runs.db"), "r1", "2026-01-01T00:00:00+00:00")


def test_utc_now_is_iso_8601_utc_at_the_precision_asked():
    from datetime import datetime

    from summarizer.store import utc_now

    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", utc_now())
    precise = utc_now("milliseconds")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", precise)
    assert datetime.fromisoformat(precise).utcoffset().total_seconds() == 0


def test_check_writable_creates_the_database_and_changes_nothing(tmp_path):
    store = RunStore.in_home(tmp_path / "home")
    store.check_writable()
    assert (tmp_path / "home" / DB_NAME).is_file() and store.list_runs() == []
    save(store, "r1", "2026-01-01T00:00:00+00:00")
    store.check_writable()
    assert [r.id for r in store.list_runs()] == ["r1"]


def test_check_writable_fails_with_a_config_error_where_nothing_can_be_written(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")  # a home under a regular file: unwritable even for root
    for home in (blocker, blocker / "sub"):
        with pytest.raises(ConfigError, match="run database"):
            RunStore.in_home(home).check_writable()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only files regardless of chmod")
def test_check_writable_fails_on_a_read_only_database(tmp_path):
    store = RunStore.in_home(tmp_path)
    store.check_writable()
    (tmp_path / DB_NAME).chmod(0o400)
    with pytest.raises(ConfigError, match="cannot write the run database"):
        store.check_writable()


# -- a database written before run records were typed (tests/data/make_runs_before_records.py) ------------------

OLD_DB = Path(__file__).parent / "data" / "runs-before-records.db"
OLD_DONE, OLD_PROVIDER_FAILURE, OLD_UNUSABLE = "20261201-113056-9ba28d", "20261201-113057-eda4fd", "20261201-113058-45e989"


@pytest.fixture
def old_store(tmp_path):
    copy = tmp_path / DB_NAME
    shutil.copyfile(OLD_DB, copy)
    return RunStore(copy)


def test_a_database_from_before_typed_records_still_lists_and_loads_every_run(old_store):
    listed = {r.id: r for r in old_store.list_runs()}
    assert set(listed) == {OLD_DONE, OLD_PROVIDER_FAILURE, OLD_UNUSABLE}
    assert (listed[OLD_DONE].status, listed[OLD_DONE].claims, listed[OLD_DONE].verified, listed[OLD_DONE].decided) == ("done", 10, 9, 1)
    done = old_store.get(OLD_DONE).result
    assert (done.status, done.model, len(done.sources)) == ("done", "hand-written-demo", 2)
    assert [c.id for c in done.rejected_claims()] == [13] and len(done.final_claims()) == 9
    assert done.options.max_repairs == 1 and done.verifier.min_support == 0.75
    # Answered from the cache as before: a done run's record is the same SummaryResult it always was.
    assert old_store.find_cached(old_store.get(OLD_DONE).cache_key).id == OLD_DONE
    unusable = old_store.get(OLD_UNUSABLE).result
    assert unusable.status == "failed" and unusable.error.startswith("draft: no sentence carries a citation marker")


def test_an_old_provider_failure_is_read_as_a_failed_result_with_its_partial_steps(old_store):
    # Before records.py a run stopped by a provider error stored only {"steps", "claims"}; it is read back as
    # the same SummaryResult a failure is now, with what the row knew and nothing made up.
    record = old_store.get(OLD_PROVIDER_FAILURE)
    failed = record.result
    assert (failed.status, failed.shape, failed.model) == ("failed", "summary", "gpt-4o-mini")
    assert failed.error == record.error and "HTTP 401" in failed.error
    assert [s.path for s in failed.sources] == [f["path"] for f in record.source_files] and len(failed.sources) == 2
    assert [s.kind for s in failed.steps] == ["draft", "repair"] and failed.steps[1].calls[0].problem is None
    assert [c.text for c in failed.claims] == ["Lee asked Xi to mediate eight times."]
    assert failed.options is None and failed.verifier is None and failed.prompts == {}


def test_an_old_database_takes_new_runs_beside_the_old_ones(old_store):
    save(old_store, "20270101-000000-cccccc", "2027-01-01T00:00:00+00:00")
    assert [r.id for r in old_store.list_runs()][0] == "20270101-000000-cccccc"
    assert old_store.get(OLD_PROVIDER_FAILURE).result.status == "failed"
