"""eval/config.json: the nested threshold format, the errors for a bad or old flat file, and how limits are checked."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from helpers import ROOT

from summarizer import evaluation as ev
from summarizer.cli import cli
from summarizer.errors import InputError

CONFIG = ROOT / "eval" / "config.json"

# eval/config.json before the limits were nested (commit 44afe26): every value must survive the conversion.
FLAT_BEFORE = {
    "min_balanced_accuracy": 0.83,
    "min_recall_unsupported": 1.0,
    "max_false_rejection_rate": 0.34,
    "min_verified_precision": 1.0,
    "min_verifier_balanced_accuracy": 0.8,
    "min_verifier_recall_unsupported": 1.0,
    "max_verifier_false_rejection_rate": 0.4,
    "min_verifier_verified_precision": 1.0,
    "min_pipeline_summary_precision": 1.0,
    "min_pipeline_supported_repair_rate": 0.85,
}


def _flat_names(thresholds: ev.Thresholds) -> dict[str, float]:
    """The nested limits under the names the flat format gave them."""
    out = {}
    for scope in ("overall", "verifier", "pipeline"):
        for figure, limit in getattr(thresholds, scope):
            if limit is None:
                continue
            for bound in ("min", "max"):
                value = getattr(limit, bound)
                if value is not None:
                    infix = "" if scope == "overall" else f"{scope}_"
                    out[f"{bound}_{infix}{figure}"] = value
    return out


# Thresholds replaced by another figure, with the reason, which the config's note must also give. The
# supported-repair rate fell (0.850 -> 0.833) when two drafts became verified at draft while the final
# summaries kept the same 30 of 33 claims: a rate that punishes the verifier for improving. Its successor
# counts, of the claims drafted, those the final summaries keep and the gold labels support.
REPLACED = {"min_pipeline_supported_repair_rate": "min_pipeline_supported_final_share"}


def test_the_bundled_config_keeps_every_threshold_of_the_flat_one_or_raises_it():
    # The nested format was a conversion: every threshold of the flat file is there (or the one that
    # replaced it, said so in the note), and since then a threshold may only have been raised (a min up,
    # a max down), never lowered.
    config = ev.load_config(CONFIG)
    now = _flat_names(config.thresholds)
    assert set(now) == {REPLACED.get(name, name) for name in FLAT_BEFORE}
    for name, before in FLAT_BEFORE.items():
        if name in REPLACED:
            continue
        assert (now[name] >= before) if name.startswith("min_") else (now[name] <= before), (name, now[name], before)
    assert config.note.startswith("Raised after verifier 1.1") and "rounded to the whole point met" in config.note
    assert "is replaced by the supported final share" in config.note


def test_a_flat_config_is_refused_naming_the_old_key(tmp_path):
    old = tmp_path / "config.json"
    old.write_text(json.dumps({"note": "", "thresholds": FLAT_BEFORE}), encoding="utf-8")
    with pytest.raises(InputError, match=r"old flat format \(min_balanced_accuracy\)") as caught:
        ev.load_config(old)
    assert "\n" not in str(caught.value) and '"overall": {"balanced_accuracy": {"min": 0.83}}' in str(caught.value)


@pytest.mark.parametrize("text, fault", [
    ('{"thresholds": ', "not valid JSON (line 1"),
    ("[]", "invalid eval config: (top level)"),
    ('{"thresholds": {"overall": {"balanced_accuracy": {}}}}', "thresholds.overall.balanced_accuracy: Value error, a limit needs"),
    ('{"thresholds": {"overall": {"balanced_accuracy": {"min": 0.9, "max": 0.8}}}}', "'min' 0.9 is above 'max' 0.8"),
    ('{"thresholds": {"overall": {"balanced_accuracy": {"minimum": 0.9}}}}', "balanced_accuracy.minimum: Extra inputs"),
    ('{"thresholds": {"pipeline": {"repair_rate": {"min": 0.9}}}}', "thresholds.pipeline.repair_rate: Extra inputs"),
    ('{"thresholds": {"everything": {}}}', "thresholds.everything: Extra inputs"),
    ('{"note": "no thresholds"}', "thresholds: Field required"),
])
def test_a_bad_config_names_what_is_wrong(tmp_path, text, fault):
    bad = tmp_path / "config.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        ev.load_config(bad)
    assert fault in str(caught.value) and str(caught.value).startswith(str(bad))


def test_a_missing_config_says_it_cannot_be_read(tmp_path):
    with pytest.raises(InputError, match="cannot be read"):
        ev.load_config(tmp_path / "absent.json")


def test_the_cli_gives_one_line_and_exit_2_for_a_flat_config(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    old = tmp_path / "config.json"
    old.write_text(json.dumps({"thresholds": FLAT_BEFORE}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--config", str(old)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"Error: {old}: thresholds are in the old flat format")
    assert result.stdout == "", "a bad config is refused before any case runs"


def test_a_limit_may_bound_a_figure_from_both_sides():
    overall = ev.score([]).model_copy(update={"balanced_accuracy": 0.5})
    results = ev.EvalResults(schema=1, date="d", git_commit=None, git_dirty=None, verifier={}, prompts={}, model=None,
                             origins={}, cases_dir="c", overall=overall, by_kind={}, by_type={}, pipeline=None,
                             errors={}, cases=[])
    both = ev.Thresholds.model_validate({"overall": {"balanced_accuracy": {"min": 0.6, "max": 0.9}}})
    assert ev.check_thresholds(results, both) == ["balanced_accuracy is 0.500, below the minimum 0.600"]
    ceiling = ev.Thresholds.model_validate({"overall": {"balanced_accuracy": {"max": 0.4}}})
    assert ev.check_thresholds(results, ceiling) == ["balanced_accuracy is 0.500, above the maximum 0.400"]
    # The verifier scope has no figures here (no verifier cases): its limit cannot be met.
    verifier = ev.Thresholds.model_validate({"verifier": {"balanced_accuracy": {"min": 0.1}}})
    assert ev.check_thresholds(results, verifier) == [
        "verifier cases: balanced_accuracy cannot be computed (no claims to measure it on); the threshold is 0.100"]
