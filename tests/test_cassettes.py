"""Cassettes (summarizer/cassettes.py): the no-key demo's are matched by content and options, never by how a
source path is spelled."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from helpers import ROOT

from summarizer.cassettes import ReplayServer, cassette_meta, demo_cassette, find_cassette, load_cassette
from summarizer.cli import cli
from summarizer.config import CASSETTES_DIR
from summarizer.errors import InputError
from summarizer.pipeline import SummarizeOptions
from summarizer.sources import load_sources

SEEDS = ["seeds/000_68f33e168a8a8bf5.txt", "seeds/001_abb0a76ac8f2e367.txt"]
CASSETTES = CASSETTES_DIR  # the demo's, shipped in the package


@pytest.fixture(autouse=True)
def _no_provider(monkeypatch):
    monkeypatch.chdir(ROOT)
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_RECORD",
                "SUMMARIZER_CASSETTES_DIR", "SUMMARIZER_FORMAT", "SUMMARIZER_CONTEXT_TOKENS"):
        monkeypatch.delenv(var, raising=False)


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _verified(result) -> int:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["stats"]["verified"]


@pytest.mark.parametrize("spelling", ["dot", "absolute"])
def test_the_demo_replays_whatever_the_path_spelling(spelling):
    paths = [f"./{p}" for p in SEEDS] if spelling == "dot" else [str(ROOT / p) for p in SEEDS]
    assert _verified(invoke("summarize", "--no-cache", "--format", "json", *paths)) == 9


def test_the_demo_replays_from_inside_the_seeds_folder(monkeypatch):
    monkeypatch.chdir(ROOT / "seeds")
    result = invoke("summarize", "--no-cache", "--format", "json", *(p.removeprefix("seeds/") for p in SEEDS))
    assert _verified(result) == 9
    # The output keeps the user's own spelling of the paths.
    assert [s["path"] for s in json.loads(result.stdout)["sources"]] == [p.removeprefix("seeds/") for p in SEEDS]


def test_replay_ignores_only_the_displayed_path():
    cassette = load_cassette(CASSETTES / "handwritten-seeds-summary.json")
    recorded = json.loads(cassette.interactions[0]["request"]["body"])
    moved = json.loads(json.dumps(recorded).replace("# Source 1: seeds/", "# Source 1: /somewhere/else/seeds/"))
    changed = json.loads(json.dumps(recorded).replace("(22 sentences)", "(23 sentences)"))
    assert moved != recorded
    with ReplayServer(cassette) as server:
        assert server.lookup(moved) is not None
        assert server.lookup(changed) is None


def test_demo_cassette_covers_the_recorded_options():
    sources = load_sources(SEEDS)
    for shape in ("summary", "digest"):
        assert demo_cassette(sources, SummarizeOptions(shape=shape)) == find_cassette(sources, shape)
    # Fewer repair rounds replay a prefix; a larger window, or one the recorded requests still fit, sends the same.
    for options in (SummarizeOptions(max_repairs=0), SummarizeOptions(context_tokens=200_000),
                    SummarizeOptions(context_tokens=10_000)):
        assert demo_cassette(sources, options) is not None
    assert demo_cassette(sources[:1], SummarizeOptions()) is None


@pytest.mark.parametrize(("options", "structured", "named"), [
    (SummarizeOptions(sentences=5), None, "--sentences 5"),
    (SummarizeOptions(keep_boilerplate=True), None, "--keep-boilerplate"),
    (SummarizeOptions(min_support=0.9), None, "--min-support 0.9"),
    (SummarizeOptions(max_repairs=3), None, "--max-repairs 3"),
    (SummarizeOptions(context_tokens=5_000), None, "--context-tokens 5000"),
    (SummarizeOptions(), "json_object", "--structured json_object"),
])
def test_demo_cassette_refuses_options_the_recording_does_not_cover(options, structured, named):
    with pytest.raises(InputError) as caught:
        demo_cassette(load_sources(SEEDS), options, structured=structured)
    message = str(caught.value)
    assert named in message and "handwritten-seeds-summary.json" in message and "\n" not in message
    assert InputError.exit_code == 2


def test_recorded_options_are_read_from_the_metadata(tmp_path):
    sources = load_sources(SEEDS)
    options = SummarizeOptions(sentences=5, keep_boilerplate=True)
    data = json.loads((CASSETTES / "handwritten-seeds-summary.json").read_text(encoding="utf-8"))
    data["summarizer"] = cassette_meta(sources, "summary", "hand-written-demo", handwritten=True, note="test",
                                       options=options)
    assert data["summarizer"]["options"]["sentences"] == 5
    (tmp_path / "five.json").write_text(json.dumps(data), encoding="utf-8")
    assert demo_cassette(sources, options, directory=tmp_path) is not None
    with pytest.raises(InputError, match="--sentences 12 .recorded: 5."):
        demo_cassette(sources, SummarizeOptions(keep_boilerplate=True), directory=tmp_path)
