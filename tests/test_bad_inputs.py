"""Bad inputs and what each gets: one line on stderr and a documented exit code.

The README's table of bad inputs is rendered from CASES by these tests, so it cannot drift: each case is
run through the CLI, its exit code and message are checked, and the table is compared with the README's
(``SUMMARIZER_UPDATE_README=1 pytest tests/test_bad_inputs.py`` rewrites it after a deliberate change).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ROOT

from summarizer.cli import cli

SEEDS = ["seeds/000_68f33e168a8a8bf5.txt", "seeds/001_abb0a76ac8f2e367.txt"]
START, END = "<!-- bad-inputs:start -->", "<!-- bad-inputs:end -->"


@dataclass(frozen=True)
class Case:
    what: str
    argv: tuple[str, ...]  # {d} is the case's folder
    exit_code: int
    expect: str  # a fragment the one error line must hold
    files: dict[str, bytes] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    no_provider: bool = False


CASES = [
    Case("a source that does not exist", ("sources", "{d}/missing.txt"), 2, "does not exist"),
    Case("an empty source", ("sources", "{d}/empty.txt"), 2, "is empty", {"empty.txt": b"  \n"}),
    Case("a binary source", ("sources", "{d}/x.txt"), 2, "binary file", {"x.txt": b"PK\x03\x04\x00\x00bin"}),
    Case("UTF-16 without a byte-order mark", ("sources", "{d}/w.txt"), 2, "iconv",
         {"w.txt": "Lee met Xi.".encode("utf-16-le")}),
    Case("a source that is not valid UTF-8", ("sources", "{d}/l.txt"), 2, "is not valid UTF-8", {"l.txt": b"caf\xe9."}),
    Case("a source over the size limit", ("sources", "{d}/big.txt"), 2, "SUMMARIZER_MAX_SOURCE_BYTES",
         {"big.txt": b"Lee met Xi in Beijing. " * 10}, {"SUMMARIZER_MAX_SOURCE_BYTES": "50"}),
    Case("standard input named twice", ("sources", "-", "-"), 2, "standard input ('-') can be given only once"),
    Case("a summary with no claims to check", ("verify", "--summary", "{d}/s.md", *SEEDS), 2, "no claims",
         {"s.md": b"# Only a heading\n"}),
    Case("a run id that is empty", ("review", ""), 2, "the run id is empty"),
    Case("a run that does not exist", ("export", "20990101-000000-abcdef"), 2, "20990101-000000-abcdef"),
    Case("--batch with --concurrency 0", ("summarize", "--batch", "{d}", "--concurrency", "0"), 2,
         "must be from 1 to 64, not 0"),
    Case("--batch-api without --batch", ("summarize", "--batch-api", "{d}/a.txt"), 2, "--batch-api needs --batch DIR"),
    Case("a batch that does not exist", ("batches", "collect", "b-20990101-000000-abcdef"), 2, "no batch"),
    Case("a results file that is not ours", ("batches", "ingest", "{d}/r.jsonl"), 2, "no line names a custom_id",
         {"r.jsonl": b'{"id": "x", "custom_id": "req-1", "response": null}\n'}),
    Case("a --context-tokens too small for the prompts", ("summarize", "--context-tokens", "1000", *SEEDS), 2,
         "is too small", no_provider=True),
    Case("options the demo recordings do not cover", ("summarize", "--sentences", "5", *SEEDS), 2,
         "were recorded with other options", no_provider=True),
    Case("other sources with no provider configured", ("summarize", "{d}/a.txt"), 2, "no model provider is configured",
         {"a.txt": b"Lee met Xi in Beijing. Both praised the talks.\n"}, no_provider=True),
    Case("an --out that cannot be written", ("summarize", "--out", "{d}/f.txt/out.md", *SEEDS), 2, "f.txt",
         {"f.txt": b"a file, so no folder can be under it\n"}, no_provider=True),
    Case("a review --web --out-dir that cannot be written", ("review", "--web", "--no-open", "--out-dir", "{d}/f.txt/out"), 2,
         "f.txt/out", {"f.txt": b"a file, so no folder can be under it\n"}),
    Case("an eval config in the old flat format", ("eval", "--config", "{d}/c.json"), 2, "old flat format (min_recall)",
         {"c.json": b'{"thresholds": {"min_recall": 0.9}}'}),
    Case("an eval config that is not JSON", ("eval", "--config", "{d}/c.json"), 2, "not valid JSON",
         {"c.json": b'{"thresholds": '}),
    Case("an invalid OPENAI_BASE_URL", ("summarize", "{d}/a.txt"), 2, "OPENAI_BASE_URL",
         {"a.txt": b"Lee met Xi in Beijing. Both praised the talks.\n"}, {"OPENAI_BASE_URL": "not a url"}),
]


def _run(case: Case, tmp_path: Path, monkeypatch) -> tuple[int, str]:
    for name, data in case.files.items():
        (tmp_path / name).write_bytes(data)
    for key, value in case.env.items():
        monkeypatch.setenv(key, value)
    if case.no_provider:
        monkeypatch.delenv("OPENAI_API_KEY", raising=False)
        monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.chdir(ROOT)  # the demo's cassettes are for the seeds as the README names them
    result = CliRunner().invoke(cli, [a.format(d=tmp_path) for a in case.argv], catch_exceptions=False)
    home = os.environ["SUMMARIZER_HOME"]  # a temporary folder per test (conftest): shown by its variable
    err = result.stderr.strip().replace(home, "$SUMMARIZER_HOME")
    return result.exit_code, err.replace(str(tmp_path) + "/", "").replace(str(tmp_path), ".")


@pytest.mark.parametrize("case", CASES, ids=[c.what for c in CASES])
def test_each_bad_input_gets_one_clear_line_and_its_exit_code(case, tmp_path, monkeypatch):
    code, err = _run(case, tmp_path, monkeypatch)
    assert code == case.exit_code, err
    assert len(err.splitlines()) == 1 and err.startswith("Error: "), err
    assert case.expect in err, err


def _table(rows: list[tuple[Case, int, str]]) -> str:
    lines = [START, "| bad input | command | exit | what it says |", "| --- | --- | --- | --- |"]
    for case, code, err in rows:
        command = " ".join(["summarizer", *(a.format(d=".").replace("./", "") or "''" for a in case.argv)])
        message = err.removeprefix("Error: ").replace("|", "\\|")
        lines.append(f"| {case.what} | `{command}` | {code} | {message} |")
    lines.append(END)
    return "\n".join(lines)


def test_the_readme_table_of_bad_inputs_is_what_the_cli_says(tmp_path_factory, monkeypatch):
    rows = []
    for case in CASES:
        with monkeypatch.context() as m:
            code, err = _run(case, tmp_path_factory.mktemp("case"), m)
        rows.append((case, code, err))
    table = _table(rows)
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(START), text.index(END) + len(END)
    if os.environ.get("SUMMARIZER_UPDATE_README") == "1":
        readme.write_text(text[:start] + table + text[end:], encoding="utf-8")
    assert text[start:end] == table, "the README's bad-inputs table is stale: rerun with SUMMARIZER_UPDATE_README=1"
