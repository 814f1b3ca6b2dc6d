"""The eval tables as text: misses, the table without pipeline cases (the real suite's table is in test_evaluation)."""

from __future__ import annotations

from summarizer import evaluation as ev
from summarizer import render_eval


def _claim(cid: str, label: str, verdict: str, type_: str, reasons: list[str] | None = None) -> ev.ClaimResult:
    return ev.ClaimResult(id=cid, type=type_, label=label, verdict=verdict,
                          correct=(verdict == "rejected") == (label == "unsupported"), reasons=reasons or [],
                          text=f"Claim {cid} [1.1].")


def _results(claims: list[ev.ClaimResult], **extra) -> ev.EvalResults:
    case = ev.VerifierCaseResult(id="tiny", kind="verifier", domain="d", format="f", origin="hand-written",
                                 sources=1, claims=claims)
    return ev.EvalResults(schema=1, date="d", git_commit=None, git_dirty=None,
                          verifier={"version": "9.9", "min_support": 0.75}, prompts={}, model=None,
                          cases_dir="c", overall=ev.score(claims), by_type=ev.score_by_type(claims),
                          cases=[case], **extra)


def test_misses_list_wrongly_accepted_claims_first_with_their_reasons():
    results = _results([
        _claim("c1", "supported", "rejected", "supported_paraphrase", ["unsupported_detail"]),
        _claim("c2", "unsupported", "rejected", "wrong_number", ["number_mismatch"]),
        _claim("c3", "unsupported", "supported", "hedge_dropped"),
    ])
    assert render_eval.render_misses(results) == (
        "ACCEPTED unsupported tiny/c3 [hedge_dropped]: Claim c3 [1.1].\n"
        "rejected supported tiny/c1 [supported_paraphrase] (unsupported_detail): Claim c1 [1.1].\n"
    )
    assert render_eval.render_misses(_results([_claim("c2", "unsupported", "rejected", "wrong_number")])) == ""


def test_the_table_without_pipeline_cases_has_no_pipeline_block_and_lists_case_errors():
    results = _results([_claim("c1", "supported", "supported", "supported_verbatim"),
                        _claim("c2", "unsupported", "rejected", "wrong_number")],
                       errors={"p1": "the replay failed"})
    table = render_eval.render_table(results)
    lines = table.splitlines()
    assert lines[1] == f"{'supported_verbatim':<26}{'supported':<13}{1:>7}{0:>10}{'0.0%':>8}"
    assert lines[2] == f"{'wrong_number':<26}{'unsupported':<13}{1:>7}{1:>10}{'100.0%':>8}"
    assert "1 cases, 2 claims (1 supported, 1 unsupported); verifier 9.9, min_support 0.75" in lines
    assert "verified precision    100.0%  (1 of 1 accepted are supported)" in lines
    assert "pipeline:" not in table and lines[-1] == "ERROR p1: the replay failed"
