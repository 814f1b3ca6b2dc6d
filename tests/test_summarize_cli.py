"""`summarizer summarize` and `summarizer runs`: the no-key demo from cassettes, providers, exit codes, records."""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

import pytest
import vcr
from click.testing import CliRunner
from helpers import FAKE_KEY, ROOT
from summarizer.testing import FakeOpenAI, FakeReply, chat_completion, error_body

from summarizer.cassettes import FILTER_HEADERS, MATCH_ON, ReplayServer, find_cassette, load_cassette
from summarizer.cli import cli
from summarizer.config import CASSETTES_DIR
from summarizer.errors import ConfigError
from summarizer.sources import load_sources
from summarizer.store import DB_NAME, RunStore

SEEDS = ["seeds/000_68f33e168a8a8bf5.txt", "seeds/001_abb0a76ac8f2e367.txt"]
CASSETTES = CASSETTES_DIR  # the demo's, shipped in the package
# What tests/cassettes/make_handwritten.py writes them from.
HANDWRITTEN = ROOT / "tests" / "cassettes"
ANSWERS = json.loads((HANDWRITTEN / "handwritten_answers.json").read_text(encoding="utf-8"))
GOOD_17 = 'Lee described inter-Korean relations as having "zero trust" with all communication channels currently blocked.'


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch):
    # The demo's cassettes were written for the sources as the README names them: seeds/… from the repo root.
    monkeypatch.chdir(ROOT)
    for var in ("SUMMARIZER_MODEL", "SUMMARIZER_RECORD", "SUMMARIZER_CASSETTES_DIR", "SUMMARIZER_FORMAT"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def no_provider(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def flagged_ids() -> set[str]:
    """Ids of the seeds' sentences flagged as boilerplate (1.14–1.22, 2.17–2.28)."""
    return {s.id for src in load_sources(SEEDS, flag_boilerplate=True) for s in src.sentences if s.boilerplate}


def home() -> Path:
    import os

    return Path(os.environ["SUMMARIZER_HOME"])


# -- the no-key demo --------------------------------------------------------------------------------------


def test_demo_without_a_key_replays_the_hand_written_cassette_and_says_so(no_provider):
    result = invoke("summarize", *SEEDS)
    assert result.exit_code == 0, result.stderr
    notice = [line for line in result.stderr.splitlines() if "OPENAI_API_KEY" in line]
    assert len(notice) == 1 and "hand-written (not from a model)" in notice[0]
    out = result.stdout
    # 10 drafted claims, paraphrased, three citing two sentences each; 3 are flawed (a dropped hedge,
    # "eight" for six years, an unsupported promise); the hand-written repair fixes two and repeats the
    # unsupported promise.
    assert "9 of 10 claims verified (2 after repair), 1 rejected — `summarizer review " in out
    assert "Xi reportedly acknowledged the efforts under way" in out
    assert "in six years" in out and "eight years" not in out
    assert "easing hostility [1.7][1.8]" in out and "in exchange for compensation to break the deadlock as he wrapped up" in out
    assert len(re.findall(r"\]\[", out)) == 3  # three claims merge two sentences
    # The model was not shown the disclaimers and "Related Articles" teasers, and no claim rests on one.
    cited = set(re.findall(r"\[(\d+\.\d+)\]", out))
    assert cited and not cited & flagged_ids() and "approval rating" not in out
    assert "mediate between the two Koreas" not in out
    assert "1. seeds/000_68f33e168a8a8bf5.txt (22 sentences" in out
    assert "Drafted by hand-written-demo · prompts draft@2, repair@1" in out


def test_demo_output_passes_summarizer_verify(no_provider, tmp_path):
    summary = tmp_path / "summary.md"
    assert invoke("summarize", *SEEDS, "--out", str(summary)).exit_code == 0
    checked = invoke("verify", "--summary", str(summary), *SEEDS)
    assert checked.exit_code == 0, checked.stdout
    assert checked.stdout.strip().splitlines()[-2] == "9 claims: 9 verified, 0 rejected."


def test_demo_digest_has_headline_sections_and_a_verified_timeline(no_provider, tmp_path):
    result = invoke("summarize", "--format", "digest", *SEEDS, "--out", str(tmp_path / "d.md"))
    assert result.exit_code == 0
    text = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert result.stdout == ""  # --out: nothing on stdout
    assert text.startswith("**Lee asks Xi to mediate on the Korean Peninsula** [1.2]\n")
    assert "## Xi urges patience" in text and "## Timeline" in text
    # The misdated "Lee met Xi Jinping for a summit" entry was rejected and the repair left it out.
    assert "- January 7, 2026 – At a luncheon in Shanghai" in text and "Lee met Xi Jinping for a summit" not in text
    assert "13 of 14 claims verified (2 after repair), 1 rejected" in text
    assert invoke("verify", "--summary", str(tmp_path / "d.md"), *SEEDS).exit_code == 0


def test_demo_json_lists_verified_and_rejected_claims_with_reasons(no_provider):
    result = invoke("summarize", "--format", "json", *SEEDS)
    doc = json.loads(result.stdout)
    assert doc["stats"] == {"claims": 10, "verified": 9, "rejected": 1, "repaired": 2, "chunk_rejected": 0}
    assert len(doc["claims"]) == 9 and doc["model"] == "hand-written-demo"
    (rejected,) = doc["rejected"]
    assert rejected["text"].startswith("Xi Jinping urged Seoul to exercise patience and agreed to mediate")
    assert [r["code"] for r in rejected["reasons"]] == ["number_mismatch", "entity_mismatch", "substitution", "unsupported_detail"]
    assert doc["prompts"] == {"draft": 2, "repair": 1}
    assert doc["summary"].count("\n") == 9


def test_strict_exits_1_when_anything_was_rejected(no_provider):
    assert invoke("summarize", "--strict", *SEEDS).exit_code == 1


def test_other_sources_without_a_provider_exit_2_with_how_to_configure(no_provider, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("A different document. It says little.", encoding="utf-8")
    result = invoke("summarize", str(other))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no model provider is configured")
    assert "OPENAI_API_KEY" in result.stderr and "OPENAI_BASE_URL" in result.stderr


def test_a_second_identical_request_is_answered_from_the_record(no_provider):
    first = invoke("summarize", *SEEDS)
    second = invoke("summarize", *SEEDS)
    run_id = re.search(r"`summarizer review (\S+)`", first.stdout).group(1)
    assert f"Answered from run {run_id}" in second.stderr
    assert second.stdout == first.stdout
    assert len(json.loads(invoke("runs", "--json").stdout)["runs"]) == 1
    third = invoke("summarize", "--no-cache", *SEEDS)
    assert "Answered from run" not in third.stderr
    assert len(json.loads(invoke("runs", "--json").stdout)["runs"]) == 2


def test_changed_options_are_refused_in_one_line(no_provider):
    # Hardening issue, item 3: options the recordings do not cover are said so, exit 2, not a provider failure.
    result = invoke("summarize", "--sentences", "3", *SEEDS)
    assert result.exit_code == 2
    assert "were recorded with other options: --sentences 3 (recorded: 12)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_context_too_small_for_the_prompts_is_refused_before_anything(no_provider):
    result = invoke("summarize", "--context-tokens", "1000", *SEEDS)
    assert result.exit_code == 2 and "--context-tokens 1000 is too small" in result.stderr


# -- the cassettes themselves ---------------------------------------------------------------------------


def test_cassettes_are_marked_hand_written_and_cover_the_seeds():
    sources = load_sources(SEEDS)
    for shape in ("summary", "digest"):
        cassette = find_cassette(sources, shape)
        assert cassette is not None and cassette.path.name == f"handwritten-seeds-{shape}.json"
        assert cassette.handwritten is True and cassette.model == "hand-written-demo"
        assert "not produced by any model" in cassette.meta["note"]
        for item in cassette.interactions:
            assert json.loads(item["response"]["body"]["string"])["model"] == "hand-written-demo"
    assert find_cassette(sources[:1], "summary") is None


def test_no_cassette_or_answer_file_holds_a_key():
    files = sorted([*CASSETTES.glob("*"), *HANDWRITTEN.glob("*")])
    assert len([f for f in files if f.suffix == ".json"]) >= 3
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert FAKE_KEY not in text and FAKE_KEY[len("sk-test-"):] not in text
        assert "authorization" not in text.lower() or path.suffix == ".py"


def test_cassettes_replay_with_vcrpy_against_the_default_endpoint(monkeypatch):
    # The tests' side of "the same cassettes": vcrpy, record mode none, matching on method, path and body.
    monkeypatch.setenv("SUMMARIZER_MODEL", "hand-written-demo")
    recorder = vcr.VCR(serializer="json", record_mode="none", match_on=list(MATCH_ON),
                       filter_headers=list(FILTER_HEADERS), decode_compressed_response=True)
    with recorder.use_cassette(str(CASSETTES / "handwritten-seeds-summary.json")) as cassette:
        result = invoke("summarize", "--format", "json", *SEEDS)
    assert result.exit_code == 0, result.stderr
    assert cassette.play_count == 2 and cassette.all_played
    assert json.loads(result.stdout)["stats"]["verified"] == 9


def test_replay_server_serves_only_recorded_bodies():
    cassette = load_cassette(CASSETTES / "handwritten-seeds-summary.json")
    recorded = json.loads(cassette.interactions[0]["request"]["body"])
    with ReplayServer(cassette) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        assert server.lookup(recorded)["status"]["code"] == 200
        assert server.lookup({**recorded, "model": "other"}) is None


# -- a configured provider --------------------------------------------------------------------------------


def _draft_then_repair(request):
    name = (request.get("response_format") or {}).get("json_schema", {}).get("name")
    if name == "RepairAnswer":
        fixed = "Lee's approval rating hit 60 percent following his state visit to China."
        return chat_completion(json.dumps({"claims": [{"number": 1, "text": fixed, "citations": ["2.21"], "date": None}]}))
    return chat_completion(json.dumps({"claims": [
        {"text": GOOD_17, "citations": ["1.7"]},
        {"text": "Lee's approval rating hit 65 percent following his state visit to China.", "citations": ["2.21"]},
    ]}), prompt_tokens=1000, completion_tokens=100)


def test_with_a_provider_the_model_is_called_and_nothing_holds_the_key(monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    with FakeOpenAI(_draft_then_repair) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = invoke("summarize", *SEEDS)
        assert fake.requests[0].headers["authorization"] == f"Bearer {FAKE_KEY}"
    assert result.exit_code == 0, result.stderr
    assert "2 of 2 claims verified (1 after repair), 0 rejected" in result.stdout
    assert "OPENAI_API_KEY" not in result.stderr  # no demo notice
    # gpt-4o-mini at $0.15/$0.60 per million: draft 1000+100 tokens, repair 10+5 (the fake's default usage).
    assert "Tokens: 1010 prompt + 105 completion, about $0.0002" in result.stderr
    run = json.loads(invoke("runs", "--json").stdout)["runs"][0]
    assert (run["status"], run["model"], run["verified"], run["claims"]) == ("done", "gpt-4o-mini", 2, 2)
    db = (home() / DB_NAME).read_bytes()
    assert FAKE_KEY.encode() not in db
    assert FAKE_KEY not in caplog.text and FAKE_KEY not in result.stderr and FAKE_KEY not in result.stdout
    assert b'"prompt_tokens_counted"' in db and b"You summarize documents" in db  # requests are recorded


def test_standard_input_is_a_source(monkeypatch):
    with FakeOpenAI(_draft_then_repair) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        text = (ROOT / SEEDS[0]).read_text(encoding="utf-8")
        result = CliRunner().invoke(cli, ["summarize", "--max-repairs", "0", "-", SEEDS[1]], input=text)
        assert "# Source 1: <stdin> (22 sentences)" in fake.requests[0].json["messages"][1]["content"]
    assert result.exit_code == 0, result.stderr
    assert "1 of 2 claims verified, 1 rejected" in result.stdout


def test_provider_failure_exits_3_and_is_recorded(monkeypatch):
    with FakeOpenAI() as fake:
        fake.enqueue(status=500, json=error_body("upstream exploded", type="server_error"), times=4)
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = invoke("summarize", *SEEDS)
        assert fake.request_count == 4  # SUMMARIZER_MAX_ATTEMPTS default: one retry layer, bounded
    assert result.exit_code == 3
    assert result.stderr.splitlines()[-1].startswith("Error: provider returned HTTP 500")
    run = json.loads(invoke("runs", "--json").stdout)["runs"][0]
    assert run["status"] == "failed"


def test_unusable_answers_exit_3_after_one_reask_and_are_recorded(monkeypatch):
    with FakeOpenAI(lambda request: chat_completion("not json at all")) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = invoke("summarize", *SEEDS)
        assert fake.request_count == 2
    assert result.exit_code == 3
    assert "recorded as run" in result.stderr
    assert json.loads(invoke("runs", "--json").stdout)["runs"][0]["status"] == "failed"


def test_record_writes_a_cassette_without_the_key_that_the_demo_then_replays(monkeypatch, tmp_path):
    monkeypatch.setenv("SUMMARIZER_CASSETTES_DIR", str(tmp_path))
    with FakeOpenAI(_draft_then_repair) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        recorded = invoke("summarize", "--record", *SEEDS)
    assert recorded.exit_code == 0, recorded.stderr
    (path,) = tmp_path.glob("recorded-summary-*.json")
    text = path.read_text(encoding="utf-8")
    assert FAKE_KEY not in text
    cassette = load_cassette(path)
    assert cassette.handwritten is False and cassette.model == "gpt-4o-mini" and len(cassette.interactions) == 2
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.delenv("OPENAI_BASE_URL")
    replayed = invoke("summarize", "--no-cache", *SEEDS)
    assert replayed.exit_code == 0
    assert "recorded from gpt-4o-mini" in replayed.stderr
    assert "2 of 2 claims verified (1 after repair)" in replayed.stdout


def test_record_into_a_folder_that_cannot_be_written_stops_before_any_call(monkeypatch, tmp_path):
    # A wheel install's cassette folder may be read-only (here: a file where the folder should be, which
    # root cannot write into either). The check comes before the model is asked: nothing is spent.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_CASSETTES_DIR", str(blocker / "cassettes"))
    with FakeOpenAI(_draft_then_repair) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = invoke("summarize", "--record", *SEEDS)
        assert fake.request_count == 0
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --record: ") and "SUMMARIZER_CASSETTES_DIR" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_record_without_a_provider_is_a_usage_error(no_provider):
    result = invoke("summarize", "--record", *SEEDS)
    assert result.exit_code == 2 and "--record needs a provider" in result.stderr


# -- boilerplate ------------------------------------------------------------------------------------------------


def _sources_block(request) -> str:
    """What a request showed the model between <sources> and </sources>."""
    user = request.json["messages"][-1]["content"]
    return user.split("<sources>\n", 1)[1].split("\n</sources>", 1)[0]


def _numbered_lines(block: str) -> set[str]:
    return set(re.findall(r"^\[\d+\.\d+\] .*$", block, re.MULTILINE))


def test_the_model_is_not_shown_boilerplate_and_sources_drop_boilerplate_prints_what_it_is_shown(monkeypatch):
    flagged = [s for src in load_sources(SEEDS, flag_boilerplate=True) for s in src.sentences if s.boilerplate]
    with FakeOpenAI(_draft_then_repair) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = invoke("summarize", *SEEDS)
        draft, repair = (_sources_block(r) for r in fake.requests)
    assert result.exit_code == 0, result.stderr
    assert len(flagged) == 21
    for s in flagged:
        assert s.display_text not in draft and f"[{s.id}]" not in draft
    assert "Related Articles" not in draft and "AI-generated" not in draft and "approval rating" not in draft
    ids_000 = ", ".join(f"1.{m}" for m in range(14, 23))
    ids_001 = ", ".join(f"2.{m}" for m in range(17, 29))
    assert f"# 9 sentence(s) flagged as boilerplate (left out above; numbering unchanged): {ids_000}\n" in draft
    assert f"# 12 sentence(s) flagged as boilerplate (left out above; numbering unchanged): {ids_001}\n" in draft
    # The other sentences keep their ids; the headers still count every sentence of the source.
    plain = invoke("sources", *SEEDS).stdout
    assert _numbered_lines(draft) == _numbered_lines(plain) - {f"[{s.id}] {s.display_text}" for s in flagged}
    assert "[2.16] Lee acknowledged that North Korea might have perceived" in draft
    assert "# Source 2: seeds/001_abb0a76ac8f2e367.txt (28 sentences)" in draft
    # `summarizer sources --drop-boilerplate` prints exactly that block; the repair request shows the same.
    assert invoke("sources", "--drop-boilerplate", *SEEDS).stdout == draft
    assert repair == draft
    # Said once on stderr, with the count.
    notes = [line for line in result.stderr.splitlines() if "boilerplate" in line]
    assert notes == ["· Left out 21 sentence(s) flagged as boilerplate (1.14–1.22, 2.17–2.28) of what the model "
                     "is shown; ids unchanged (--keep-boilerplate shows them)"]
    # The verifier still knows every sentence: the fake cites 2.21 anyway, and "65 percent" was rejected
    # against it, then the repair's "60 percent" verified.
    assert "2 of 2 claims verified (1 after repair), 0 rejected" in result.stdout
    assert "Lee's approval rating hit 60 percent following his state visit to China [2.21]." in result.stdout


def test_keep_boilerplate_shows_every_sentence_and_is_a_different_request(monkeypatch):
    with FakeOpenAI(_draft_then_repair) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        dropped = invoke("summarize", *SEEDS)
        kept = invoke("summarize", "--keep-boilerplate", *SEEDS)
        monkeypatch.setenv("SUMMARIZER_KEEP_BOILERPLATE", "1")
        from_env = invoke("summarize", *SEEDS)
        blocks = [_sources_block(r) for r in fake.requests]
    assert dropped.exit_code == kept.exit_code == from_env.exit_code == 0
    # Not answered from the first run's record (the option is part of the cache key); the env var gives the
    # same request as the flag, so that one is.
    assert "Answered from run" not in kept.stderr and len(blocks) == 4
    assert "Answered from run" in from_env.stderr
    kept_block = blocks[2]
    assert kept_block == invoke("sources", *SEEDS).stdout  # every sentence, as `sources` prints them
    assert "[2.20] Related Articles" in kept_block and "[1.14] This content is AI-generated" in kept_block
    assert "boilerplate" not in kept.stderr
    # Both show the article sentences under the same ids; only the 21 flagged ones differ.
    assert _numbered_lines(blocks[0]) < _numbered_lines(kept_block)
    assert len(_numbered_lines(kept_block) - _numbered_lines(blocks[0])) == 21
    # The choice is in the run record.
    store = RunStore.in_home(home())
    runs = json.loads(invoke("runs", "--json").stdout)["runs"]
    recorded = [store.get(run["id"]).result.options.keep_boilerplate for run in runs]
    assert sorted(recorded) == [False, True]


def test_sources_drop_boilerplate_leaves_flagged_sentences_out_of_the_json_too():
    doc = json.loads(invoke("sources", "--json", "--drop-boilerplate", *SEEDS).stdout)
    ids = [s["id"] for src in doc["sources"] for s in src["sentences"]]
    assert ids == [f"1.{m}" for m in range(1, 14)] + [f"2.{m}" for m in range(1, 17)]
    assert not any(s["boilerplate"] for src in doc["sources"] for s in src["sentences"])
    assert "--drop-boilerplate" in invoke("sources", "--help").stdout
    assert "exactly what `summarize` shows the model by default" in " ".join(invoke("sources", "--help").stdout.split())
    assert "SUMMARIZER_KEEP_BOILERPLATE" in invoke("summarize", "--help").stdout


# -- runs -------------------------------------------------------------------------------------------------------


def test_runs_lists_nothing_then_the_runs(no_provider):
    empty = invoke("runs")
    assert empty.exit_code == 0 and "No runs recorded yet" in empty.stderr
    invoke("summarize", *SEEDS)
    invoke("summarize", "--format", "digest", *SEEDS)
    table = invoke("runs").stdout.splitlines()
    assert table[0].split() == [
        "RUN", "CREATED", "(UTC)", "STATUS", "SHAPE", "SOURCES", "VERIFIED", "REJECTED", "DECIDED", "MODEL"
    ]
    # 13 of 14 verified leaves 1 rejected, and nobody has reviewed it yet: 0 of 1 decided.
    assert table[1].split()[3:] == ["done", "digest", "2", "13/14", "1", "0/1", "hand-written-demo"]
    assert table[2].split()[3:] == ["done", "summary", "2", "9/10", "1", "0/1", "hand-written-demo"]
    runs = json.loads(invoke("runs", "--json", "--limit", "1").stdout)["runs"]
    assert len(runs) == 1 and runs[0]["shape"] == "digest"


def test_runs_review_and_export_need_no_provider_so_a_malformed_base_url_does_not_stop_them(no_provider, monkeypatch):
    # Where runs are kept (SUMMARIZER_HOME) is resolved apart from the provider settings (issue 10).
    invoke("summarize", *SEEDS)
    monkeypatch.setenv("OPENAI_BASE_URL", "not a url")
    listed = invoke("runs", "--json")
    assert listed.exit_code == 0, listed.output
    (run,) = json.loads(listed.stdout)["runs"]
    reviewed = invoke("review", "--json", run["id"])
    assert reviewed.exit_code == 0, reviewed.output
    assert json.loads(reviewed.stdout)["run"] == run["id"]
    exported = invoke("export", run["id"])
    assert exported.exit_code == 0, exported.output
    assert "Sources" in exported.stdout
    # The provider setting is still checked where a provider is used.
    refused = invoke("summarize", *SEEDS)
    assert refused.exit_code == 2 and "OPENAI_BASE_URL must start with http:// or https://" in refused.stderr


def test_help_documents_exit_codes():
    text = invoke("summarize", "--help").stdout
    assert "--max-repairs" in text and "3  the model provider failed" in text


# -- batch --------------------------------------------------------------------------------------------------------


class QuotingModel:
    """A fake-server callback that quotes the first sentence it is shown; tracks how many calls overlap."""

    def __init__(self, hold: float = 0.0, fail_on: str | None = None):
        import threading

        self.hold, self.fail_on = hold, fail_on
        self.lock = threading.Lock()
        self.in_flight = self.peak = 0

    def __call__(self, request):
        import time

        user = request["messages"][-1]["content"]
        if self.fail_on and self.fail_on in user:
            return FakeReply(status=500, json=error_body("boom", type="server_error"))
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        time.sleep(self.hold)
        with self.lock:
            self.in_flight -= 1
        first = re.search(r"^\[1\.1\] (.+)$", user, re.MULTILINE).group(1)
        return chat_completion(json.dumps({"claims": [{"text": first, "citations": ["1.1"]}]}))


def make_sets(root: Path, count: int, *, bad: set[int] = frozenset(), poison: set[int] = frozenset()) -> Path:
    for n in range(count):
        folder = root / f"set{n:02d}"
        folder.mkdir(parents=True)
        word = "POISON" if n in poison else "calm"
        text = "" if n in bad else f"The harbour of town {n} reopened on Monday after a {word} week. Boats returned."
        (folder / "a.txt").write_text(text, encoding="utf-8")
    return root


def test_batch_writes_one_output_per_set_isolates_failures_and_skips_done_sets_on_rerun(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 4, bad={2})
    model = QuotingModel()
    with FakeOpenAI(model) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        first = invoke("summarize", "--batch", str(sets), "--concurrency", "2")
        assert fake.request_count == 3  # the empty set never reaches the model
        out = sets / "_summaries"
        assert sorted(p.name for p in out.iterdir()) == ["set00.md", "set01.md", "set03.md"]
        assert "The harbour of town 3 reopened on Monday after a calm week [1.1]." in (out / "set03.md").read_text()
        assert first.exit_code == 2  # the worst failure: an input error
        assert "3 done, 0 skipped (output exists), 1 failed" in first.stderr
        assert "Error: set02:" in first.stderr and "is empty" in first.stderr
        second = invoke("summarize", "--batch", str(sets))
        assert fake.request_count == 3  # nothing done twice
        assert "0 done, 3 skipped (output exists), 1 failed" in second.stderr


def test_batch_provider_failure_in_one_set_does_not_lose_the_others(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 3, poison={1})
    with FakeOpenAI(QuotingModel(fail_on="POISON")) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = invoke("summarize", "--batch", str(sets), "--format", "json", "--out-dir", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["set00.json", "set02.json"]
    assert "Error: set01: provider returned HTTP 500" in result.stderr
    statuses = sorted(r["status"] for r in json.loads(invoke("runs", "--json").stdout)["runs"])
    assert statuses == ["done", "done", "failed"]


def test_batch_runs_sets_concurrently_up_to_the_limit(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 8)
    model = QuotingModel(hold=0.15)
    with FakeOpenAI(model) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = invoke("summarize", "--batch", str(sets), "--concurrency", "3")
    assert result.exit_code == 0, result.stderr
    assert 1 < model.peak <= 3


def test_batch_needs_a_provider_and_no_source_arguments(no_provider, tmp_path):
    sets = make_sets(tmp_path / "sets", 1)
    result = invoke("summarize", "--batch", str(sets))
    assert result.exit_code == 2 and "--batch always needs one" in result.stderr
    assert invoke("summarize", "--batch", str(sets), *SEEDS).exit_code == 2
    assert invoke("summarize").exit_code == 2


# -- hardening issue, items 7 and 9 -----------------------------------------------------------------------


def test_a_batch_only_setting_does_not_break_a_plain_summarize(no_provider, monkeypatch, tmp_path):
    monkeypatch.setenv("SUMMARIZER_CONCURRENCY", "0")
    assert invoke("summarize", *SEEDS).exit_code == 0
    (tmp_path / "set1").mkdir()
    result = invoke("summarize", "--batch", str(tmp_path))
    assert result.exit_code == 2 and "--concurrency (or SUMMARIZER_CONCURRENCY) must be from 1 to 64, not 0" in result.stderr


def test_an_empty_run_id_is_an_error_not_the_latest_run(no_provider):
    assert invoke("summarize", *SEEDS).exit_code == 0
    for command in ("review", "export"):
        result = invoke(command, "")
        assert result.exit_code == 2 and "the run id is empty" in result.stderr, command


def test_ctrl_c_exits_130_with_one_line_and_no_traceback(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    # `sources -` waits on standard input, which this test keeps open: a command that blocks until interrupted.
    proc = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "sources", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        time.sleep(1.5)  # let it start and block on the read (not a timing assertion: the result is what counts)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    lines = err.decode().strip().splitlines()
    assert lines == ["Interrupted: everything saved before this point is kept."]


# -- hardening issue, items 2 and 8: storage checked before the model is paid ----------------------------------
# Root ignores chmod, and CI runs as root: the unwritable places here are paths under a regular file, which
# nobody can create, so these tests run as root too. The chmod variant is skipped as root.


def test_an_unusable_home_fails_before_the_model_is_called(monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where SUMMARIZER_HOME should be a folder", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_HOME", str(blocker))
    with FakeOpenAI(_draft_then_repair) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        for extra in ((), ("--no-cache",)):
            result = invoke("summarize", *extra, *SEEDS)
            assert result.exit_code == 2, result.stderr
            assert fake.request_count == 0  # nothing spent
            assert result.stderr.splitlines()[-1].startswith("Error: cannot open the run database")
            assert result.stdout == ""


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into a read-only folder regardless of chmod")
def test_a_read_only_home_fails_before_the_model_is_called(monkeypatch, tmp_path):
    ro = tmp_path / "ro-home"
    ro.mkdir()
    ro.chmod(0o500)
    monkeypatch.setenv("SUMMARIZER_HOME", str(ro))
    try:
        with FakeOpenAI(_draft_then_repair) as fake:
            monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
            result = invoke("summarize", *SEEDS)
            assert fake.request_count == 0
    finally:
        ro.chmod(0o700)
    assert result.exit_code == 2 and "run database" in result.stderr


def test_a_store_failure_after_the_answer_still_prints_the_summary_and_says_it_was_not_saved(no_provider, monkeypatch):
    def broken_save(self, **kwargs):
        raise ConfigError(f"cannot open the run database {self.path}: disk I/O error")

    monkeypatch.setattr(RunStore, "save_run", broken_save)
    result = invoke("summarize", *SEEDS)
    # Exit 0: the summary is complete on stdout; a non-zero code would invite a retry that pays again.
    assert result.exit_code == 0, result.stderr
    assert "9 of 10 claims verified (2 after repair), 1 rejected" in result.stdout
    warning = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warning) == 1 and "not saved" in warning[0] and "disk I/O error" in warning[0]
    assert json.loads(invoke("runs", "--json").stdout)["runs"] == []


def test_a_store_failure_after_a_provider_error_keeps_the_provider_error(monkeypatch):
    def broken_save(self, **kwargs):
        raise ConfigError("cannot open the run database: disk I/O error")

    monkeypatch.setattr(RunStore, "save_run", broken_save)  # a failed run is saved like any other
    with FakeOpenAI() as fake:
        fake.enqueue(status=500, json=error_body("upstream exploded", type="server_error"), times=4)
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = invoke("summarize", *SEEDS)
    assert result.exit_code == 3
    assert result.stderr.splitlines()[-1].startswith("Error: provider returned HTTP 500")
    assert "failed run was not saved" in result.stderr


def test_an_unwritable_out_fails_before_the_model_is_called_and_creates_nothing(monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    (tmp_path / "a-folder").mkdir()
    with FakeOpenAI(_draft_then_repair) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        for out in (blocker / "summary.md", tmp_path / "missing" / "summary.md", tmp_path / "a-folder"):
            result = invoke("summarize", "--out", str(out), *SEEDS)
            assert result.exit_code == 2, (out, result.stderr)
            assert fake.request_count == 0, out
            assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(f"Error: {out}"), result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "a-folder"]
    assert list((tmp_path / "a-folder").iterdir()) == []


def test_the_out_check_neither_creates_nor_truncates_the_target(monkeypatch, tmp_path):
    existing, new = tmp_path / "old.md", tmp_path / "new.md"
    existing.write_text("previous summary\n", encoding="utf-8")
    with FakeOpenAI() as fake:
        fake.enqueue(status=500, json=error_body("upstream exploded", type="server_error"), times=8)
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        for out in (existing, new):
            assert invoke("summarize", "--out", str(out), *SEEDS).exit_code == 3
    assert existing.read_text(encoding="utf-8") == "previous summary\n"
    assert not new.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.md"]  # no temporary files left either


def test_an_out_failing_after_the_run_was_stored_names_the_run_and_how_to_rebuild_it(no_provider, monkeypatch, tmp_path):
    import summarizer.cli as cli_module
    from summarizer.errors import InputError

    target = tmp_path / "summary.md"

    def full_disk(path, text):
        raise InputError(f"{path}: cannot write there (No space left on device)")

    with monkeypatch.context() as patched:
        patched.setattr(cli_module, "write_text_atomic", full_disk)
        result = invoke("summarize", "--out", str(target), *SEEDS)
    assert result.exit_code == 2
    error = result.stderr.splitlines()[-1]
    run_id = json.loads(invoke("runs", "--json").stdout)["runs"][0]["id"]
    assert error.startswith(f"Error: {target}: cannot write there (No space left on device)")
    assert f"run {run_id}" in error and f"summarizer export {run_id} --out FILE" in error
    rebuilt = invoke("export", run_id, "--out", str(target))
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert "9 of 10 claims verified" in target.read_text(encoding="utf-8")


def test_batch_an_unwritable_out_dir_is_an_input_error_before_any_set_starts(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 2)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with FakeOpenAI(QuotingModel()) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = invoke("summarize", "--batch", str(sets), "--out-dir", str(blocker / "out"))
        assert fake.request_count == 0
    assert result.exit_code == 2, result.stderr
    assert result.stderr.splitlines() == [result.stderr.splitlines()[0]]  # one line, no per-set report
    assert result.stderr.startswith(f"Error: {blocker / 'out'}") and "done" not in result.stderr


def test_batch_an_unusable_home_is_an_error_before_any_set_starts(monkeypatch, tmp_path):
    sets = make_sets(tmp_path / "sets", 2)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_HOME", str(blocker))
    with FakeOpenAI(QuotingModel()) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = invoke("summarize", "--batch", str(sets))
        assert fake.request_count == 0
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith("Error: cannot open the run database") and len(result.stderr.splitlines()) == 1
    assert not (sets / "_summaries").exists()
