"""The eval results file: the models write the same JSON the dict-building code did, and read it back.

``tests/fixtures/eval_results_before_split.json`` is ``summarizer eval --json`` on the bundled eval/cases,
written by the code before the results became models (commit 44afe26), less the fields that differ from
run to run (date, git commit, dirty flag, the absolute cases folder). A change in what the verifier says
about a case changes that file too: rewrite it deliberately with ``SUMMARIZER_UPDATE_FIXTURES=1``, after
checking the new verdicts, never to make this pass.
"""

from __future__ import annotations

import json
import os
from types import SimpleNamespace

import pytest
from helpers import ROOT

from summarizer import evaluation as ev
from summarizer import render_eval
from summarizer.errors import InputError

FIXTURE = ROOT / "tests" / "fixtures" / "eval_results_before_split.json"
PER_RUN = ("date", "git_commit", "git_dirty", "cases_dir")


def _shape(value):
    """The keys (in order) and value types of a JSON document, without its values."""
    if isinstance(value, dict):
        return [(key, _shape(item)) for key, item in value.items()]
    if isinstance(value, list):
        return sorted({json.dumps(_shape(item)) for item in value})
    return type(value).__name__


def test_the_results_json_is_what_the_code_before_the_models_wrote(tmp_path):
    path = tmp_path / "results.json"
    ev.write_results(ev.run_suite(ROOT / "eval" / "cases"), path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert all(key in written for key in PER_RUN)
    for key in PER_RUN:
        written.pop(key)
    if os.environ.get("SUMMARIZER_UPDATE_FIXTURES") == "1":
        FIXTURE.write_text(json.dumps(written, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    before = json.loads(FIXTURE.read_text(encoding="utf-8"))
    # Same keys in the same order with the same kinds of values (the contract), then the same values.
    assert _shape(written) == _shape(before)
    assert written == before, "the eval results changed: see this file's docstring"
    assert json.dumps(written, indent=2) == json.dumps(before, indent=2)


def test_a_results_file_reads_back_as_the_same_model(tmp_path):
    results = ev.run_suite(ROOT / "eval" / "cases")
    path = tmp_path / "r.json"
    ev.write_results(results, path)
    again = ev.load_results(path)
    assert again == results and again.to_json() == path.read_text(encoding="utf-8")
    assert {type(c).__name__ for c in again.cases} == {"VerifierCaseResult", "PipelineCaseResult"}


def test_a_results_file_from_before_the_pipeline_cases_still_compares(tmp_path):
    # The first results files (commit a63aebb) had no by_kind, origins, pipeline or errors.
    new = ev.run_suite(ROOT / "eval" / "cases")
    first = json.loads(new.to_json())
    for key in ("by_kind", "origins", "pipeline", "errors"):
        del first[key]
    first["cases"] = [c for c in first["cases"] if c["kind"] == "verifier"]
    path = tmp_path / "first.json"
    path.write_text(json.dumps(first), encoding="utf-8")
    old = ev.load_results(path)
    assert old.pipeline is None and old.errors == {} and old.by_kind == {}
    diff = ev.compare(old, new)
    assert {c["id"] for c in diff["cases"] if c["status"] == "added"} == {c.id for c in new.cases if c.kind == "pipeline"}
    assert diff["pipeline"]["cases"] == {"old": None, "new": new.pipeline.cases}
    assert "pipeline: 3 cases" not in render_eval.render_table(old)


def test_a_results_file_with_a_foreign_shape_is_refused(tmp_path):
    bad = tmp_path / "r.json"
    bad.write_text(json.dumps({"schema": 1, "cases": [{"id": "a"}]}), encoding="utf-8")
    with pytest.raises(InputError, match=r"not a summarizer eval results file \(schema 1\): "):
        ev.load_results(bad)


def test_join_gold_pairs_each_final_claim_with_the_label_of_its_stage_and_line():
    spec = ev.load_case(ROOT / "eval" / "cases" / "pipeline-seeds-lee-xi.json").case
    draft = next(c for c in spec.claims if c.stage == "draft")
    repair = next(c for c in spec.claims if c.stage == "repair")
    outcome = lambda line, repair_of=None, final=True: SimpleNamespace(line=line, repair_of=repair_of, final=final)  # noqa: E731
    result = SimpleNamespace(claims=[
        outcome(draft.text),
        outcome(draft.text, final=False),          # superseded outcomes are not scored
        outcome(repair.text, repair_of=1),
        outcome(draft.text, repair_of=1),          # a draft's line produced by a repair is not that draft's label
        outcome("A line nobody labelled [1.1]."),
    ])
    joined = ev.join_gold(spec, result)
    assert [label for _, label in joined] == [draft, repair, None, None]
