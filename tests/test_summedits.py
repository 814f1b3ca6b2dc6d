"""The SummEdits runner: shares known by construction on a tiny synthetic folder, errors, CLI, the real run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ROOT

from summarizer import summedits
from summarizer.cli import cli
from summarizer.errors import InputError
from summarizer.summedits import load_threshold, render_table, run_summedits

DOC = ("The council approved a budget of 40 million dollars on Tuesday. "
       "The mayor said the new library will open in March 2027. "
       "Residents asked for 12 more buses on the northern route.")
# A verbatim copy of a document sentence must be accepted; the same sentence with a number changed must be
# rejected, whatever its label says. So the labels below decide the expected shares by construction.
COPY = "The council approved a budget of 40 million dollars on Tuesday."
COPY_2 = "Residents asked for 12 more buses on the northern route."
CHANGED = "The council approved a budget of 45 million dollars on Tuesday."
CHANGED_2 = "Residents asked for 19 more buses on the northern route."


def sample(n: str, summary: str, label: int, *edit_types: str, doc: str = DOC) -> dict:
    return {"id": n, "doc": doc, "summary": summary, "label": label, "edit_types": list(edit_types),
            "original_summary": COPY, "split": "test"}


SYNTHETIC = {
    # podcast: consistent accepted 1/2, inconsistent caught 2/2 -> balanced 0.75
    "podcast": [
        sample("p1", COPY, 1),
        sample("p2", CHANGED, 1),  # labelled consistent, but a changed number: flagged (a false alarm)
        sample("p3", CHANGED_2, 0, "entity_modification"),
        sample("p4", CHANGED, 0, "entity_modification", "hallucinated_fact_insertion"),
    ],
    # samsum: consistent accepted 1/1, inconsistent caught 2/3 -> balanced 5/6
    "samsum": [
        sample("s1", COPY_2, 1),
        sample("s2", CHANGED, 0, "antonym_swap"),
        sample("s3", CHANGED_2, 0, "negation_insertion_removal"),
        sample("s4", COPY, 0, "entity_modification"),  # labelled inconsistent, but verbatim: missed
    ],
}


def write_folder(folder: Path, domains: dict[str, list[dict]] = SYNTHETIC) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, samples in domains.items():
        (folder / f"{name}.json").write_text(json.dumps(samples), encoding="utf-8")
    (folder / "README.md").write_text("not a domain file\n", encoding="utf-8")
    return folder


def threshold_file(path: Path, value: float) -> Path:
    path.write_text(json.dumps({"note": "test", "min_balanced_accuracy": value}), encoding="utf-8")
    return path


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_shares_match_what_the_construction_implies(tmp_path):
    results = run_summedits(write_folder(tmp_path / "se"))
    assert list(results.domains) == ["podcast", "samsum"]
    podcast, samsum, overall = results.domains["podcast"], results.domains["samsum"], results.overall
    assert (podcast.consistent_accepted, podcast.inconsistent_caught, podcast.balanced_accuracy) == (0.5, 1.0, 0.75)
    assert (samsum.consistent_accepted, samsum.inconsistent_caught) == (1.0, pytest.approx(2 / 3))
    assert samsum.balanced_accuracy == pytest.approx(5 / 6)
    # Pooled: 2 of 3 consistent accepted, 4 of 5 inconsistent caught.
    assert (overall.samples, overall.consistent, overall.inconsistent, overall.accepted, overall.caught) == (8, 3, 5, 2, 4)
    assert overall.balanced_accuracy == pytest.approx((2 / 3 + 4 / 5) / 2)
    assert results.macro_balanced_accuracy == pytest.approx((0.75 + 5 / 6) / 2)
    assert results.verifier_version == summedits.VERIFIER_VERSION and results.problems == []


def test_edit_types_and_reason_codes(tmp_path):
    overall = run_summedits(write_folder(tmp_path / "se")).overall
    shares = {name: (r.samples, r.caught) for name, r in overall.edit_types.items()}
    # A sample with two edit types counts in both; consistent samples count in none.
    assert shares == {"antonym_swap": (1, 1), "entity_modification": (3, 2),
                      "hallucinated_fact_insertion": (1, 1), "negation_insertion_removal": (1, 1)}
    assert overall.edit_types["entity_modification"].share_caught == pytest.approx(2 / 3)
    assert overall.reasons_on_consistent.get("number_mismatch") == 1
    assert overall.reasons_on_inconsistent.get("number_mismatch") == 4


def test_no_claims_and_refused_documents_count_as_flagged(tmp_path):
    folder = write_folder(tmp_path / "se", {"scitldr": [
        sample("empty", "", 1),
        sample("bad-doc", COPY, 1, doc="\ud800 " + DOC),  # not valid Unicode: the verifier refuses it
        sample("ok", COPY, 1),
        sample("caught", CHANGED, 0, "entity_modification"),
    ]})
    results = run_summedits(folder)
    figures = results.domains["scitldr"]
    assert (figures.no_claims, figures.errors, figures.accepted, figures.caught) == (1, 1, 1, 1)
    assert figures.consistent_accepted == pytest.approx(1 / 3)
    assert [(p.id, p.kind) for p in results.problems] == [("empty", "no_claims"), ("bad-doc", "error")]


def test_missing_folder_unknown_domain_and_malformed_files(tmp_path):
    with pytest.raises(InputError, match="no SummEdits folder"):
        run_summedits(tmp_path / "absent")
    folder = write_folder(tmp_path / "se")
    with pytest.raises(InputError, match="unknown SummEdits domain news"):
        run_summedits(folder, domains=["news"])
    with pytest.raises(InputError, match="ectsum.json: cannot be read"):
        run_summedits(folder, domains=["ectsum"])
    with pytest.raises(InputError, match="no SummEdits domain files"):
        run_summedits(write_folder(tmp_path / "empty", {}))
    (folder / "samsum.json").write_text("[{", encoding="utf-8")
    with pytest.raises(InputError, match=r"samsum.json: not a SummEdits file \(invalid JSON"):
        run_summedits(folder)
    (folder / "samsum.json").write_text('{"doc": "x"}', encoding="utf-8")
    with pytest.raises(InputError, match="expected a JSON list"):
        run_summedits(folder)
    broken = dict(SYNTHETIC["samsum"][0], label=2)
    (folder / "samsum.json").write_text(json.dumps([SYNTHETIC["samsum"][0], broken]), encoding="utf-8")
    with pytest.raises(InputError, match="samsum.json: sample 1: label") as info:
        run_summedits(folder)
    assert "\n" not in str(info.value)


def test_two_runs_are_equal(tmp_path):
    folder = write_folder(tmp_path / "se")
    first, second = run_summedits(folder), run_summedits(folder)
    assert first.model_dump(exclude={"elapsed_seconds"}) == second.model_dump(exclude={"elapsed_seconds"})
    table = render_table(first)
    assert "podcast" in table and "54.4%" in table and "number_mismatch" in table and "entity_modification" in table


def test_cli_writes_json_limits_and_selects_domains(tmp_path):
    folder = write_folder(tmp_path / "se")
    out = tmp_path / "results.json"
    low = threshold_file(tmp_path / "t.json", 0.5)
    result = invoke("eval", "--summedits", str(folder), "--summedits-config", str(low), "--json", str(out))
    assert result.exit_code == 0, result.stderr
    assert "all (pooled)" in result.stdout and f"Wrote {out}" in result.stderr
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["overall"]["balanced_accuracy"] == pytest.approx((2 / 3 + 4 / 5) / 2)
    assert saved["verifier_version"] == summedits.VERIFIER_VERSION and "elapsed_seconds" in saved
    result = invoke("eval", "--summedits", str(folder), "--summedits-config", str(low), "--summedits-domain", "podcast",
                    "--summedits-limit", "3", "--json", str(out))
    assert result.exit_code == 0, result.stderr
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert list(saved["domains"]) == ["podcast"] and saved["overall"]["samples"] == 3 and saved["limit"] == 3


def test_cli_exits_1_below_the_threshold(tmp_path):
    folder = write_folder(tmp_path / "se")
    strict = threshold_file(tmp_path / "strict.json", 0.99)
    result = invoke("eval", "--summedits", str(folder), "--summedits-config", str(strict))
    assert result.exit_code == 1
    assert "Below threshold: SummEdits overall balanced accuracy 0.7333 < min_balanced_accuracy 0.99" in result.stderr


def test_cli_skips_an_absent_default_folder_and_rejects_an_absent_named_one(tmp_path, monkeypatch):
    nowhere = [tmp_path / "a" / "summedits", tmp_path / "b" / "summedits"]
    monkeypatch.setattr(summedits, "default_directories", lambda: nowhere)
    result = invoke("eval", "--summedits")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"SummEdits skipped: no benchmark folder at {nowhere[0]} or {nowhere[1]}.\n"
    result = invoke("eval", "--summedits", str(tmp_path / "typo"))
    assert result.exit_code == 2 and result.stderr.startswith("Error: ") and "no SummEdits folder" in result.stderr


def test_cli_usage_errors(tmp_path):
    result = invoke("eval", "--summedits-limit", "3")
    assert result.exit_code == 2 and "only apply with --summedits" in result.stderr
    result = invoke("eval", "--summedits", str(tmp_path), "--misses")
    assert result.exit_code == 2 and "--misses cannot be used with --summedits" in result.stderr


def test_the_threshold_file_in_the_repository_loads():
    threshold = load_threshold(ROOT / "eval" / "summedits.json")
    assert 0 < threshold.min_balanced_accuracy < 1 and threshold.note


def test_real_benchmark_meets_the_threshold():
    # About 10 s for all 3,862 samples on a 2-core machine, so it runs by default (speed is the benchmarks' business).
    folder = next((d for d in summedits.default_directories() if d.is_dir()), None)
    if folder is None:
        pytest.skip(f"SummEdits benchmark not found at {' or '.join(map(str, summedits.default_directories()))}")
    results = run_summedits(folder)
    assert list(results.domains) == list(summedits.DOMAINS) and results.overall.samples == 3862
    threshold = load_threshold(ROOT / "eval" / "summedits.json").min_balanced_accuracy
    assert results.overall.balanced_accuracy >= threshold, render_table(results)
