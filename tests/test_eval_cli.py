"""`summarizer eval` on the command line: the table, thresholds as exit codes, results files, compare."""

from __future__ import annotations

import json

from click.testing import CliRunner
from helpers import ROOT

from summarizer.cli import cli


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_eval_prints_the_figures_and_passes_the_thresholds(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "results.json"
    result = invoke("eval", "--json", str(out))
    assert result.exit_code == 0, result.stderr
    for heading in ("balanced accuracy", "recall (unsupported)", "false rejections", "verified precision"):
        assert heading in result.stdout
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["verifier"]["version"] and "date" in saved and "git_commit" in saved


def test_eval_exits_1_below_a_threshold(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    config = json.loads((ROOT / "eval" / "config.json").read_text(encoding="utf-8"))
    # Balanced accuracy 1.0 needs no false rejection at all; the verifier makes dozens on these cases
    # (verified precision is now 1.0, so it can no longer be the threshold that bites).
    config["thresholds"]["overall"]["balanced_accuracy"] = {"min": 1.0}
    strict = tmp_path / "config.json"
    strict.write_text(json.dumps(config), encoding="utf-8")
    result = invoke("eval", "--config", str(strict))
    assert result.exit_code == 1
    assert "Below threshold" in result.stderr and "balanced_accuracy" in result.stderr


def test_compare_of_a_results_file_with_itself_reports_no_change(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "r.json"
    assert invoke("eval", "--json", str(out)).exit_code == 0
    result = invoke("eval", "--compare", str(out), str(out))
    assert result.exit_code == 0
    assert "verified_precision" in result.stdout


def test_case_without_record_is_a_usage_error(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = invoke("eval", "--case", "pipeline-seeds-lee-xi")
    assert result.exit_code == 2 and "--case only applies with --record" in result.stderr


def test_verifier_cases_have_thresholds_of_their_own(tmp_path, monkeypatch):
    # The pipeline's claims are easier (many are verbatim); a floor on the verifier cases alone must bite
    # even when the overall figures pass.
    monkeypatch.chdir(ROOT)
    config = json.loads((ROOT / "eval" / "config.json").read_text(encoding="utf-8"))
    # Above the overall figure, which passes its own threshold: only the verifier-case floor can bite.
    config["thresholds"]["verifier"]["balanced_accuracy"] = {"min": 0.99}
    strict = tmp_path / "config.json"
    strict.write_text(json.dumps(config), encoding="utf-8")
    result = invoke("eval", "--config", str(strict))
    assert result.exit_code == 1
    assert "verifier cases: balanced_accuracy" in result.stderr


def test_eval_record_never_prints_the_credentials_of_the_base_url(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://alice:PASSWORD99@127.0.0.1:1/v1")
    cases = tmp_path / "cases"
    cases.mkdir()
    result = CliRunner().invoke(cli, ["eval", "--record", "--cases", str(cases)])
    assert "PASSWORD99" not in result.output and "alice" not in result.output
    assert "at http://127.0.0.1:1/v1" in result.stderr
