"""Pipeline eval cases: replay from cassettes with no network and no key, labels, stale cassettes, --record."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil

import pytest
import vcr
from click.testing import CliRunner
from helpers import FAKE_KEY, ROOT
from summarizer.testing import FakeOpenAI, chat_completion

from summarizer import evaluation as ev
from summarizer import llm, render_eval
from summarizer.cassettes import FILTER_HEADERS, MATCH_ON, load_cassette
from summarizer.config import load_provider_config
from summarizer.cli import cli
from summarizer.errors import ConfigError, InputError
from summarizer.pipeline import Pipeline, SummarizeOptions

EVAL = ROOT / "eval"
CASES_DIR = EVAL / "cases"
CASSETTES_DIR = EVAL / "cassettes"
SEEDS_CASE = "pipeline-seeds-lee-xi"


def _pipeline_cases() -> list[ev.LoadedCase]:
    return [c for c in ev.load_cases(CASES_DIR) if c.kind == "pipeline"]


def _make_script():
    """eval/make_pipeline_cases.py as a module (its fake model answers like the hand-written cassettes)."""
    spec = importlib.util.spec_from_file_location("make_pipeline_cases", EVAL / "make_pipeline_cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _copy_case(tmp_path, case_id: str = SEEDS_CASE):
    """A copy of one pipeline case and its cassette in tmp_path/cases and tmp_path/cassettes; sources inlined."""
    (tmp_path / "cases").mkdir()
    (tmp_path / "cassettes").mkdir()
    loaded = ev.load_case(CASES_DIR / f"{case_id}.json")
    raw = json.loads((CASES_DIR / f"{case_id}.json").read_text(encoding="utf-8"))
    raw["sources"] = [{"text": s.text, "name": s.path} for s in loaded.sources]
    case_path = tmp_path / "cases" / f"{case_id}.json"
    case_path.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    shutil.copy(CASSETTES_DIR / f"{case_id}.json", tmp_path / "cassettes" / f"{case_id}.json")
    return case_path, raw


# -- the bundled cases ------------------------------------------------------------------------------------


def test_the_pipeline_cases_are_hand_written_and_say_so():
    cases = _pipeline_cases()
    assert len(cases) >= 3
    assert len({c.case.domain for c in cases}) >= 3
    assert any([s.path for s in c.sources] == ["seeds/000_68f33e168a8a8bf5.txt", "seeds/001_abb0a76ac8f2e367.txt"]
               for c in cases)
    for case in cases:
        assert case.case.origin == "hand-written" and "HAND-WRITTEN" in case.case.origin_note
        assert case.cassette.handwritten is True and case.cassette.model == case.case.model == "hand-written-eval"
        assert "no model produced them" in case.cassette.meta["note"]
        stages = {c.stage for c in case.case.claims}
        assert stages == {"draft", "repair"}, f"{case.id}: a draft and a repair round are labelled"
        # Every draft holds some subtle errors and some supported claims.
        drafts = [c for c in case.case.claims if c.stage == "draft"]
        assert 3 <= sum(c.label == "unsupported" for c in drafts) < len(drafts)


def test_no_eval_cassette_or_answer_file_holds_a_key():
    files = [*CASSETTES_DIR.glob("*.json"), EVAL / "pipeline_answers.json", *CASES_DIR.glob("pipeline-*.json")]
    assert len(files) >= 7
    key_like = re.compile(r"sk-[A-Za-z0-9_-]{8,}")
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert FAKE_KEY not in text and _make_script().KEY not in text, path
        assert not key_like.search(text), path
    for path in CASSETTES_DIR.glob("*.json"):
        for item in load_cassette(path).interactions:
            headers = {h.lower() for h in item["request"].get("headers", {})}
            assert not headers & set(FILTER_HEADERS), path


def test_a_pipeline_case_replays_with_no_key_and_no_endpoint_configured(monkeypatch):
    # A configured endpoint or key must not leak into the replay: it talks to its own local server only.
    monkeypatch.setenv("OPENAI_BASE_URL", "http://203.0.113.9/v1")
    monkeypatch.delenv("OPENAI_API_KEY")
    case = ev.load_case(CASES_DIR / f"{SEEDS_CASE}.json")
    out = ev.run_case(case)
    assert out.error is None
    drafted = [c for c in out.claims if c.stage == "draft"]
    repaired = [c for c in out.claims if c.stage == "repair 1"]
    assert len(drafted) == out.pipeline.drafted == sum(c.stage == "draft" for c in case.case.claims)
    assert len(repaired) == out.pipeline.rejected_at_draft
    figures = out.pipeline
    assert figures.calls == 2 and figures.total_tokens == figures.prompt_tokens + figures.completion_tokens > 0
    assert figures.cost_basis == "gpt-4o-mini list prices" and figures.cost_usd > 0
    assert figures.verified + figures.rejected == figures.drafted
    # The uncited sentence is rejected as uncited, and its repair (now citing 1.12) is kept.
    by_id = {c.id: c for c in out.claims}
    assert by_id["d11"].reasons == ["uncited"] and by_id["r11"].in_summary is True


def test_the_eval_cassettes_are_vcrpy_cassettes(monkeypatch):
    # The same files replay under vcrpy (record mode none) against the default endpoint, as the demo's cassettes do.
    case = ev.load_case(CASES_DIR / f"{SEEDS_CASE}.json")
    recorder = vcr.VCR(serializer="json", record_mode="none", match_on=list(MATCH_ON),
                       filter_headers=list(FILTER_HEADERS), decode_compressed_response=True)
    config = load_provider_config({"api_key": FAKE_KEY, "model": case.case.model}, env={}, dotenv_path=False)
    with recorder.use_cassette(str(CASSETTES_DIR / f"{SEEDS_CASE}.json")) as cassette:
        with llm.ChatClient(config) as client:
            result = Pipeline(client, model=case.case.model, options=SummarizeOptions()).run(case.sources)
    assert cassette.all_played and result.status == "done"
    assert result.stats.repaired == ev.run_case(case).pipeline.repaired


# -- labels and stale cassettes ---------------------------------------------------------------------------


def test_a_drafted_claim_without_a_label_or_a_label_without_a_claim_fails_the_case(tmp_path):
    case_path, raw = _copy_case(tmp_path)
    dropped = raw["claims"].pop(0)
    case_path.write_text(json.dumps(raw), encoding="utf-8")
    out = ev.run_case(ev.load_case(case_path))
    assert "1 claim(s) have no gold label: draft: " + dropped["text"] in out.error
    raw["claims"].insert(0, dropped)
    raw["claims"].append({**dropped, "id": "d99", "text": "A claim the draft never made [1.2]."})
    case_path.write_text(json.dumps(raw), encoding="utf-8")
    out = ev.run_case(ev.load_case(case_path))
    assert out.error == "labelled claim(s) the replay did not produce: d99"
    results = ev.run_suite(tmp_path / "cases")
    assert results.overall.claims == 0, "a case with an error counts in no figure"
    assert ev.check_thresholds(results, ev.Thresholds()) == [f"case {SEEDS_CASE}: " + out.error]


def test_a_stale_cassette_is_a_case_error_that_says_to_re_record(tmp_path):
    case_path, _ = _copy_case(tmp_path)
    cassette_path = tmp_path / "cassettes" / f"{SEEDS_CASE}.json"
    data = json.loads(cassette_path.read_text(encoding="utf-8"))
    # As if the draft prompt had changed since recording: the recorded request no longer matches.
    data["interactions"][0]["request"]["body"] = data["interactions"][0]["request"]["body"].replace("Rules, in order", "Rules in order")
    cassette_path.write_text(json.dumps(data), encoding="utf-8")
    out = ev.run_case(ev.load_case(case_path))
    assert out.error.startswith("the replay failed: provider returned HTTP 404")
    assert "draft@2, repair@1" in out.error and "summarizer eval --record" in out.error
    assert f"ERROR {SEEDS_CASE}: the replay failed: provider returned HTTP 404" in render_eval.render_table(ev.run_suite(tmp_path / "cases"))


def test_case_and_cassette_must_agree_on_origin_and_model(tmp_path):
    case_path, raw = _copy_case(tmp_path)
    case_path.write_text(json.dumps({**raw, "origin": "recorded"}), encoding="utf-8")
    with pytest.raises(InputError, match="says origin 'recorded' but its cassette is hand-written"):
        ev.load_case(case_path)
    case_path.write_text(json.dumps({**raw, "model": "gpt-4o"}), encoding="utf-8")
    with pytest.raises(InputError, match="says model 'gpt-4o' but its cassette was recorded with 'hand-written-eval'"):
        ev.load_case(case_path)
    case_path.write_text(json.dumps({**raw, "cassette": "../cassettes/absent.json"}), encoding="utf-8")
    with pytest.raises(InputError, match="cassette '../cassettes/absent.json' does not exist"):
        ev.load_case(case_path)
    repair = next(c for c in raw["claims"] if c["stage"] == "repair")
    case_path.write_text(json.dumps({**raw, "claims": [{**repair, "repair_of": "d77"}]}), encoding="utf-8")
    with pytest.raises(InputError, match="repairs 'd77', which is not a drafted claim"):
        ev.load_case(case_path)
    case_path.write_text(json.dumps({**raw, "options": {"min_support": 0.5}}), encoding="utf-8")
    with pytest.raises(InputError, match="min_support comes from the suite"):
        ev.load_case(case_path)


# -- --record ---------------------------------------------------------------------------------------------


def _provider(fake):
    return load_provider_config({"api_key": FAKE_KEY, "base_url": fake.base_url, "model": "gpt-4o-mini"},
                                env={}, dotenv_path=False)


def test_record_filters_the_key_keeps_matching_labels_and_the_replay_then_works(tmp_path):
    case_path, raw = _copy_case(tmp_path)
    draft = json.loads((EVAL / "pipeline_answers.json").read_text(encoding="utf-8"))["cases"][SEEDS_CASE]["draft"]
    reply = _make_script().make_reply(draft)
    with FakeOpenAI(reply) as fake:
        done = ev.record_pipeline_cases(tmp_path / "cases", _provider(fake))
        sent = [r.headers.get("authorization") for r in fake.requests]
    assert sent == [f"Bearer {FAKE_KEY}"] * 2, "the key did reach the endpoint"
    assert done[0].to_label == 0 and done[0].labelled == len(raw["claims"])
    cassette_path = tmp_path / "cassettes" / f"{SEEDS_CASE}.json"
    text = cassette_path.read_text(encoding="utf-8")
    assert FAKE_KEY not in text
    assert all("authorization" not in {h.lower() for h in i["request"]["headers"]} for i in json.loads(text)["interactions"])
    assert not list((tmp_path / "cassettes").glob("*.recording.json"))
    cassette = load_cassette(cassette_path)
    assert cassette.handwritten is False and cassette.model == "gpt-4o-mini" and len(cassette.interactions) == 2
    case = ev.load_case(case_path)
    assert case.case.origin == "recorded" and case.case.model == "gpt-4o-mini" and case.case.prompts == {"draft": 2, "repair": 1}
    assert "Recorded from gpt-4o-mini at 127.0.0.1" in case.case.origin_note
    assert FAKE_KEY not in case_path.read_text(encoding="utf-8")
    # Replayed with no server running and no key: same claims, cost now at the recorded model's prices.
    results = ev.run_suite(tmp_path / "cases")
    assert results.errors == {} and results.model == "gpt-4o-mini" and results.origins == {SEEDS_CASE: "recorded"}
    assert results.pipeline.cost_basis == ["gpt-4o-mini list prices"]


def test_eval_record_on_the_command_line_says_what_each_case_kept(tmp_path, monkeypatch):
    _, raw = _copy_case(tmp_path)
    draft = json.loads((EVAL / "pipeline_answers.json").read_text(encoding="utf-8"))["cases"][SEEDS_CASE]["draft"]
    with FakeOpenAI(_make_script().make_reply(draft)) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
        monkeypatch.setenv("SUMMARIZER_MODEL", "gpt-4o-mini")
        result = CliRunner().invoke(cli, ["eval", "--record", "--cases", str(tmp_path / "cases")])
    cassette = tmp_path / "cassettes" / f"{SEEDS_CASE}.json"
    said = re.search(rf"Recorded {SEEDS_CASE} into (\S+) \((\d+) tokens\): (\d+) claim\(s\) kept their gold labels, "
                     r"(\d+) need one", result.stderr)
    assert said, result.stderr
    assert said[1] == str(cassette) and int(said[2]) > 0 and (int(said[3]), int(said[4])) == (len(raw["claims"]), 0)
    assert FAKE_KEY not in result.output


def test_record_puts_new_claims_under_to_label_and_the_case_fails_until_labelled(tmp_path):
    case_path, _ = _copy_case(tmp_path)
    answer = {"claims": [{"text": "Lee asked Xi to mediate on the Korean Peninsula.", "citations": ["1.4"]}]}
    with FakeOpenAI(lambda request: chat_completion(json.dumps(answer))) as fake:
        done = ev.record_pipeline_cases(tmp_path / "cases", _provider(fake), only=[SEEDS_CASE])
        with pytest.raises(InputError, match="no pipeline case named absent"):
            ev.record_pipeline_cases(tmp_path / "cases", _provider(fake), only=["absent"])
    assert done[0].labelled == 0 and done[0].to_label == 1
    case = ev.load_case(case_path)
    assert case.case.claims == [] and case.case.to_label[0].text == "Lee asked Xi to mediate on the Korean Peninsula [1.4]."
    out = ev.run_case(case)
    assert "no gold label" in out.error and "under 'to_label' still need a gold label" in out.error


def test_record_refuses_a_cassette_that_would_hold_the_key_and_keeps_the_old_one(tmp_path):
    case_path, _ = _copy_case(tmp_path)
    cassette_path = tmp_path / "cassettes" / f"{SEEDS_CASE}.json"
    before = cassette_path.read_bytes()
    # A model that echoes the key (it cannot know it, but a proxy could put it in a body): never stored.
    answer = {"claims": [{"text": f"The key is {FAKE_KEY}.", "citations": ["1.4"]}]}
    with FakeOpenAI(lambda request: chat_completion(json.dumps(answer))) as fake:
        with pytest.raises(ConfigError, match="holds the API key"):
            ev.record_pipeline_cases(tmp_path / "cases", _provider(fake))
    assert cassette_path.read_bytes() == before
    assert not list((tmp_path / "cassettes").glob("*.recording.json"))
    assert ev.load_case(case_path).case.origin == "hand-written"


# -- compare ----------------------------------------------------------------------------------------------


def test_compare_reports_pipeline_figures_and_case_errors(tmp_path):
    _copy_case(tmp_path)
    old = ev.run_suite(tmp_path / "cases")
    new = old.model_copy(deep=True)
    new.pipeline.repaired -= 1
    new.errors = {SEEDS_CASE: "the replay failed"}
    diff = ev.compare(old, new)
    assert diff["pipeline"] == {"repaired": {"old": old.pipeline.repaired, "new": old.pipeline.repaired - 1}}
    text = render_eval.render_comparison(diff)
    assert "pipeline figures:" in text and f"{SEEDS_CASE}: error now: the replay failed" in text
