"""The README's console examples are what the commands print: `verify` on the demo summary, the demo's
summary, and the tail of `summarizer eval`. A changed verifier message or figure fails here until the
README is updated (one of these blocks was found stale by hand)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from helpers import ROOT

from summarizer.cli import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")
SEEDS = ["seeds/000_68f33e168a8a8bf5.txt", "seeds/001_abb0a76ac8f2e367.txt"]


def _block_after(command_line: str, end: str = "```") -> str:
    """The README's text printed under ``$ command_line``, up to ``end``."""
    start = README.index(f"$ {command_line}\n") + len(command_line) + 3
    return README[start : README.index(end, start)]


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_RECORD", "SUMMARIZER_CASSETTES_DIR",
                "SUMMARIZER_FORMAT", "SUMMARIZER_MIN_SUPPORT", "SUMMARIZER_ATTRIBUTE", "SUMMARIZER_EVAL_CONFIG",
                "SUMMARIZER_EVAL_CASES"):
        monkeypatch.delenv(var, raising=False)


def test_the_verify_example_is_what_verify_prints():
    command = "summarizer verify --summary eval/demo_summary.md " + " ".join(SEEDS)
    result = CliRunner().invoke(cli, command.split()[1:])
    assert result.exit_code == 1
    assert result.output == _block_after(command, end="$ echo $?")


def test_the_demo_summary_is_what_summarize_prints():
    command = "summarizer summarize " + " ".join(SEEDS)
    result = CliRunner().invoke(cli, command.split()[1:])
    assert result.exit_code == 0, result.output
    shown = _block_after(command).split("## Sources")[0]
    assert result.stdout.split("## Sources")[0] == shown


def test_the_eval_example_is_the_tail_of_what_eval_prints():
    result = CliRunner().invoke(cli, ["eval"])
    assert result.exit_code == 0, result.output
    tail = "\n".join(result.stdout.rstrip("\n").split("\n")[-12:]) + "\n"
    assert tail == _block_after("summarizer eval | tail -12")
