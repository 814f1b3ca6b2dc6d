"""The eval suite: case files, scoring, results files, comparison, thresholds, and the real suite."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest
from helpers import ROOT

from summarizer import evaluation as ev
from summarizer import render_eval
from summarizer.errors import InputError
from summarizer.verify.lexicon import default_lexicon

CASES_DIR = ROOT / "eval" / "cases"
CONFIG = ROOT / "eval" / "config.json"

SOURCE = "The council approved a budget of 4.2 million euros on Monday. The mayor said taxes may rise next year."


def _case(**overrides) -> dict:
    case = {
        "kind": "verifier",
        "id": "tiny",
        "description": "A two-sentence council story.",
        "domain": "local government",
        "format": "news",
        "origin": "hand-written",
        "sources": [{"text": SOURCE}],
        "claims": [
            {"id": "c1", "text": "The council approved a budget of 4.2 million euros on Monday. [1.1]",
             "label": "supported", "type": "supported_verbatim", "reason": "Copied from 1.1."},
            {"id": "c2", "text": "The council approved a budget of 4.7 million euros on Monday. [1.1]",
             "label": "unsupported", "type": "wrong_number", "reason": "1.1 says 4.2 million."},
            {"id": "c3", "text": "The mayor said taxes may rise next year. [1.3]",
             "label": "unsupported", "type": "nonexistent_citation", "reason": "There is no 1.3."},
        ],
    }
    case.update(overrides)
    return case


def _write(tmp_path, case: dict, name: str | None = None):
    path = tmp_path / f"{name or case.get('id', 'case')}.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


# -- case files -----------------------------------------------------------------------------------


def test_the_real_cases_load_and_cover_the_brief():
    cases = ev.load_cases(CASES_DIR)
    claims = [c for case in cases for c in case.case.claims]
    assert len(cases) >= 12
    assert len(claims) >= 200
    assert set(Counter(c.type for c in claims)) == set(ev.ERROR_TYPES)
    assert {case.kind for case in cases} == {"verifier", "pipeline"}
    assert all(case.case.origin == "hand-written" for case in cases)
    assert any(len(case.sources) >= 2 for case in cases)
    # Every type but "uncited" (a drafted sentence with no marker) is illustrated by the verifier cases alone.
    verifier_types = {c.type for case in cases if case.kind == "verifier" for c in case.case.claims}
    assert verifier_types == set(ev.ERROR_TYPES) - {"uncited"}
    seeds = next(case for case in cases if case.id == "seeds-lee-xi-mediation")
    assert [s.text for s in seeds.sources] == [
        (ROOT / "seeds" / name).read_text(encoding="utf-8-sig")
        for name in ("000_68f33e168a8a8bf5.txt", "001_abb0a76ac8f2e367.txt")
    ]


def test_the_seed_digest_case_is_seeds_004_claim_by_claim_against_000_and_001():
    from summarizer import parse_summary

    case = ev.load_case(CASES_DIR / "seeds-digest-004.json")
    assert [s.text for s in case.sources] == [
        (ROOT / "seeds" / name).read_text(encoding="utf-8-sig")
        for name in ("000_68f33e168a8a8bf5.txt", "001_abb0a76ac8f2e367.txt")
    ]
    digest = (ROOT / "seeds" / "004_4da92a08a160fc06.txt").read_text(encoding="utf-8-sig")
    parsed = parse_summary(digest).claims
    # Every claim of 004, in order, exactly as written (markers included): nothing picked, nothing reworded.
    assert [c.text for c in case.case.claims] == [digest[c.start:c.end] for c in parsed]
    # [3] and [4] do not exist with two sources, so every claim citing them is typed nonexistent_citation.
    cites_missing = [any(x.source > 2 for x in c.citations) for c in parsed]
    assert [c.type == "nonexistent_citation" for c in case.case.claims] == cites_missing


def test_a_valid_case_loads(tmp_path):
    loaded = ev.load_case(_write(tmp_path, _case()))
    assert loaded.id == "tiny"
    assert [s.id for s in loaded.sources[0].sentences] == ["1.1", "1.2"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "blue"}, "colour: Extra inputs are not permitted"),
        ({"origin": "gpt-4o"}, "origin"),
        ({"sources": [{"text": SOURCE, "path": "x.txt"}]}, "exactly one of 'text' or 'path'"),
        ({"sources": []}, "sources"),
    ],
)
def test_a_malformed_case_names_the_file_and_the_field(tmp_path, change, message):
    path = _write(tmp_path, _case(**change))
    with pytest.raises(InputError) as err:
        ev.load_case(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_a_claim_with_an_unknown_field_or_type_is_refused(tmp_path):
    case = _case()
    case["claims"][0]["confidence"] = 0.9
    with pytest.raises(InputError, match=r"claims\.0\.confidence: Extra inputs"):
        ev.load_case(_write(tmp_path, case))
    case = _case()
    case["claims"][1]["type"] = "made_up"
    with pytest.raises(InputError, match=r"claims\.1\.type"):
        ev.load_case(_write(tmp_path, case))


def test_label_must_agree_with_type(tmp_path):
    case = _case()
    case["claims"][1]["label"] = "supported"
    with pytest.raises(InputError, match="type 'wrong_number' needs label 'unsupported'"):
        ev.load_case(_write(tmp_path, case))


def test_citations_must_exist_unless_the_type_says_they_do_not(tmp_path):
    case = _case()
    case["claims"][0]["text"] = "The council approved a budget of 4.2 million euros on Monday. [1.9]"
    with pytest.raises(InputError, match="claim 'c1' cites 1.9, which does not exist"):
        ev.load_case(_write(tmp_path, case))
    case = _case()
    case["claims"][2]["text"] = "The mayor said taxes may rise next year. [1.2]"
    with pytest.raises(InputError, match="typed nonexistent_citation but every citation exists"):
        ev.load_case(_write(tmp_path, case))


def test_a_claim_must_be_one_cited_sentence(tmp_path):
    case = _case()
    case["claims"][0]["text"] = "The council met. It approved a budget. [1.1]"
    with pytest.raises(InputError, match="exactly one sentence"):
        ev.load_case(_write(tmp_path, case))
    case["claims"][0]["text"] = "The council approved a budget of 4.2 million euros on Monday."
    with pytest.raises(InputError, match="cites nothing"):
        ev.load_case(_write(tmp_path, case))


def test_file_level_errors_are_clear(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"kind": "verifier",', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken.json: not valid JSON \(line 1"):
        ev.load_case(bad)
    with pytest.raises(InputError, match="'kind' must be one of pipeline, verifier, not 'report'"):
        ev.load_case(_write(tmp_path, _case(kind="report")))
    with pytest.raises(InputError, match="must match the file name"):
        ev.load_case(_write(tmp_path, _case(), name="other"))
    with pytest.raises(InputError, match="source 'missing.txt' cannot be read"):
        ev.load_case(_write(tmp_path, _case(sources=[{"path": "missing.txt"}])))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="holds no"):
        ev.load_cases(empty)
    with pytest.raises(InputError, match="no such folder"):
        ev.load_cases(tmp_path / "absent")


def test_duplicate_claim_ids_are_refused(tmp_path):
    case = _case()
    case["claims"][1]["id"] = "c1"
    with pytest.raises(InputError, match="claim id 'c1' is used twice"):
        ev.load_case(_write(tmp_path, case))


# -- scoring --------------------------------------------------------------------------------------


def _outcome(label: str, verdict: str, type_: str, cid: str = "c") -> ev.ClaimResult:
    return ev.ClaimResult(id=cid, type=type_, label=label, verdict=verdict,
                          correct=(verdict == "rejected") == (label == "unsupported"),
                          reasons=["unsupported_detail"] if verdict == "rejected" else [], text=cid)


def test_score_on_a_hand_computed_example():
    claims = [
        _outcome("unsupported", "rejected", "wrong_number"),
        _outcome("unsupported", "rejected", "wrong_number"),
        _outcome("unsupported", "supported", "hedge_dropped"),
        _outcome("supported", "rejected", "supported_paraphrase"),
        _outcome("supported", "supported", "supported_verbatim"),
    ]
    s = ev.score(claims)
    # 2 of 3 unsupported rejected; 1 of 2 supported rejected; of 2 accepted, 1 is supported.
    assert (s.rejected_unsupported, s.accepted_unsupported, s.rejected_supported, s.accepted_supported) == (2, 1, 1, 1)
    assert s.recall_unsupported == pytest.approx(2 / 3)
    assert s.false_rejection_rate == pytest.approx(1 / 2)
    assert s.balanced_accuracy == pytest.approx((2 / 3 + 1 / 2) / 2)
    assert s.verified_precision == pytest.approx(1 / 2)
    by_type = ev.score_by_type(claims)
    assert list(by_type) == ["supported_verbatim", "supported_paraphrase", "wrong_number", "hedge_dropped"]
    assert by_type["wrong_number"].model_dump() == {"label": "unsupported", "claims": 2, "rejected": 2, "rejected_share": 1.0}
    assert by_type["hedge_dropped"].rejected == 0


def test_score_without_accepted_claims_has_no_precision():
    s = ev.score([_outcome("unsupported", "rejected", "wrong_date")])
    assert s.verified_precision is None
    assert s.false_rejection_rate is None
    assert s.balanced_accuracy is None
    assert s.recall_unsupported == 1.0


def test_run_suite_records_versions_config_and_outcomes(tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    _write(cases, _case())
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    results = ev.run_suite(cases, ev.VerifierConfig(min_support=0.6), now=when)
    assert results.date == "2026-01-02T03:04:05+00:00"
    assert results.verifier == {"version": ev.VERIFIER_VERSION, "lexicon": default_lexicon().version, "min_support": 0.6,
                                   "attribute": False, "shortlist": 5, "max_evidence": 3}
    assert "git_commit" in results.model_dump() and "git_dirty" in results.model_dump()
    claims = results.cases[0].claims
    assert [(c.id, c.verdict, c.correct) for c in claims] == [
        ("c1", "supported", True), ("c2", "rejected", True), ("c3", "rejected", True)]
    assert "number_mismatch" in claims[1].reasons
    assert "citation_not_found" in claims[2].reasons
    assert results.overall.balanced_accuracy == 1.0
    path = tmp_path / "out" / "results.json"
    path.parent.mkdir()
    ev.write_results(results, path)
    assert ev.load_results(path) == results


def test_git_commit_is_none_outside_a_repository(tmp_path):
    assert ev.git_commit(tmp_path) is None
    assert ev.git_dirty(tmp_path) is None


def test_load_results_refuses_other_files(tmp_path):
    other = tmp_path / "other.json"
    other.write_text('{"claims": []}', encoding="utf-8")
    with pytest.raises(InputError, match="not a summarizer eval results file"):
        ev.load_results(other)


# -- compare --------------------------------------------------------------------------------------


def _verifier_case(case_id: str, claims: list[ev.ClaimResult]) -> ev.VerifierCaseResult:
    return ev.VerifierCaseResult(id=case_id, kind="verifier", domain="d", format="f", origin="hand-written",
                                 sources=1, claims=claims)


def _suite(*, overall: ev.Metrics | None = None, by_kind: dict | None = None, pipeline: ev.PipelineTotals | None = None,
           errors: dict | None = None, cases: list | None = None, version: str = "1.0") -> ev.EvalResults:
    """A results file holding just what a test sets; everything else empty."""
    return ev.EvalResults(schema=1, date="2026-01-01T00:00:00+00:00", git_commit="x", git_dirty=False,
                          verifier={"version": version}, prompts={}, model=None, origins={}, cases_dir="cases",
                          overall=overall or ev.score([]), by_kind=by_kind or {}, by_type={}, pipeline=pipeline,
                          errors=errors or {}, cases=cases or [])


def _metrics(**figures) -> ev.Metrics:
    """Metrics with the given figures (counts zero: the threshold checks read only the figures)."""
    return ev.score([]).model_copy(update=figures)


def _thresholds(**scopes) -> ev.Thresholds:
    return ev.Thresholds.model_validate(scopes)


def _results(verdicts: dict[str, str], *, version: str = "1.0", extra_case: bool = False) -> ev.EvalResults:
    labels = {"c1": ("supported", "supported_verbatim"), "c2": ("unsupported", "wrong_number")}
    claims = [_outcome(labels[cid][0], verdict, labels[cid][1], cid) for cid, verdict in verdicts.items()]
    cases = [_verifier_case("a", claims)]
    if extra_case:
        cases.append(_verifier_case("b", []))
    results = _suite(overall=ev.score(claims), cases=cases, version=version)
    results.by_type = ev.score_by_type(claims)
    return results


def test_compare_reports_case_by_case_and_type_by_type():
    old = _results({"c1": "rejected", "c2": "supported"})
    new = _results({"c1": "supported", "c2": "supported"}, version="1.1", extra_case=True)
    diff = ev.compare(old, new)
    assert diff["settings"] == {"verifier": {"old": {"version": "1.0"}, "new": {"version": "1.1"}}}
    assert diff["overall"]["false_rejection_rate"] == {"old": 1.0, "new": 0.0}
    assert set(diff["by_type"]) == {"supported_verbatim"}
    changed = {c["id"]: c for c in diff["cases"]}
    assert changed["b"]["status"] == "added"
    assert [(c["id"], c["change"]) for c in changed["a"]["claims"]] == [("c1", "fixed")]
    worse = ev.compare(new, old)
    assert [(c["id"], c["change"]) for c in {c["id"]: c for c in worse["cases"]}["a"]["claims"]] == [("c1", "broken")]
    assert {c["id"]: c["status"] for c in worse["cases"]}["b"] == "removed"
    text = render_eval.render_comparison(diff)
    assert "c1 [supported_verbatim] fixed: rejected -> supported" in text
    assert "b: case added" in text
    assert "false_rejection_rate" in text and "-100.0 points" in text


def test_compare_of_identical_results_says_nothing_changed():
    same = _results({"c1": "supported", "c2": "rejected"})
    diff = ev.compare(same, same.model_copy(deep=True))
    assert diff["cases"] == [] and diff["by_type"] == {} and diff["settings"] == {}
    assert "No claim changed" in render_eval.render_comparison(diff)


# -- thresholds -----------------------------------------------------------------------------------


def test_thresholds_pass_and_fail():
    results = _suite(overall=_metrics(balanced_accuracy=0.7, recall_unsupported=0.8,
                                      false_rejection_rate=0.4, verified_precision=0.6))
    ok = _thresholds(overall={"balanced_accuracy": {"min": 0.7}, "recall_unsupported": {"min": 0.8},
                              "false_rejection_rate": {"max": 0.4}, "verified_precision": {"min": 0.6}})
    assert ev.check_thresholds(results, ok) == []
    strict = _thresholds(overall={"balanced_accuracy": {"min": 0.71}, "false_rejection_rate": {"max": 0.39}})
    failures = ev.check_thresholds(results, strict)
    assert failures == ["balanced_accuracy is 0.700, below the minimum 0.710",
                        "false_rejection_rate is 0.400, above the maximum 0.390"]
    missing = _suite(overall=results.overall.model_copy(update={"verified_precision": None}))
    assert "cannot be computed" in ev.check_thresholds(missing, _thresholds(overall={"verified_precision": {"min": 0.1}}))[0]


def test_pipeline_thresholds_and_case_errors_fail_the_suite():
    # 4 rejected at draft; 3 repairs verified, of which 2 are truly supported and 1 is not.
    figures = {name: 0 for name in ev.PIPELINE_FIGURES}
    pipeline = ev.PipelineTotals(**{**figures, "cases": 1, "cost_basis": [], "summary_precision": 0.9, "repaired": 3,
                                    "repaired_supported": 2, "repaired_unsupported": 1, "rejected_at_draft": 4})
    results = _suite(pipeline=pipeline)
    assert ev.repair_rate(pipeline) == 0.75 and ev.supported_repair_rate(pipeline) == 0.5
    ok = _thresholds(pipeline={"summary_precision": {"min": 0.9}, "supported_repair_rate": {"min": 0.5}})
    assert ev.check_thresholds(results, ok) == []
    strict = _thresholds(pipeline={"summary_precision": {"min": 0.95}, "supported_repair_rate": {"min": 0.75}})
    failures = ev.check_thresholds(results, strict)
    # The bad repair does not count: 2 of 4, not 3 of 4.
    assert failures == ["pipeline summary precision is 0.900, below the minimum 0.950",
                        "pipeline supported-repair rate is 0.500, below the minimum 0.750"]
    # 10 drafted, 8 in the final summaries of which 1 is not gold-supported: 7 of 10.
    final = pipeline.model_copy(update={"drafted": 10, "in_summary": 8, "in_summary_unsupported": 1})
    assert ev.supported_final_share(final) == 0.7
    assert ev.check_thresholds(_suite(pipeline=final), _thresholds(pipeline={"supported_final_share": {"min": 0.7}})) == []
    assert ev.check_thresholds(_suite(pipeline=final), _thresholds(pipeline={"supported_final_share": {"min": 0.75}})) == [
        "pipeline supported final share is 0.700, below the minimum 0.750"]
    broken = _suite(pipeline=None, errors={"p1": "the replay failed"})
    assert ev.check_thresholds(broken, ev.Thresholds()) == ["case p1: the replay failed"]
    assert "cannot be computed" in ev.check_thresholds(broken, _thresholds(pipeline={"supported_repair_rate": {"min": 0.5}}))[1]


def test_config_is_validated(tmp_path):
    bad = tmp_path / "config.json"
    bad.write_text('{"thresholds": {"overall": {"recall": {"min": 0.5}}}}', encoding="utf-8")
    with pytest.raises(InputError, match="thresholds.overall.recall: Extra inputs"):
        ev.load_config(bad)
    bad.write_text('{"thresholds": {"overall": {"recall_unsupported": {"min": 1.5}}}}', encoding="utf-8")
    with pytest.raises(InputError, match="thresholds.overall.recall_unsupported.min"):
        ev.load_config(bad)


# -- the real suite -------------------------------------------------------------------------------


def test_the_real_suite_meets_the_thresholds_in_eval_config():
    """CI turns red when a change makes the verifier worse than eval/config.json allows."""
    results = ev.run_suite(CASES_DIR)
    config = ev.load_config(CONFIG)
    assert ev.check_thresholds(results, config.thresholds) == []
    table = render_eval.render_table(results)
    assert "verified precision" in table and "wrong_citation" in table
    assert results.errors == {}
    # Pipeline cases: figures, the prompt versions and the model are in the results and the table.
    assert results.pipeline.cases >= 3 and results.pipeline.drafted >= 30
    assert results.prompts == {"draft": 2, "repair": 1}
    assert results.model == "hand-written-eval"
    assert set(results.origins.values()) == {"hand-written"}
    assert "pipeline: 3 cases replayed" in table and "count in the table and figures above" in table
    pipeline_claims = sum(len(c.claims) for c in results.cases if c.kind == "pipeline")
    assert results.by_kind["pipeline"].claims == pipeline_claims
    assert results.overall.claims == results.by_kind["verifier"].claims + pipeline_claims
