"""Batch-engine benchmark: ``summarize --batch DIR --batch-api --wait`` through the fake engine, instant batches.

Prints figures, it is not a timed test. For each size (default 100 and 1,000 sets of 3 short sources):
the time from the command to all outputs written, and the command's peak memory (its own process's max
RSS; goal: flat in the number of sets, under 200 MB at 1,000); then, for the largest size, the prompt
tokens and cost ``--dry-run`` prints against the sum of the live-call estimates, read from the run
records of a live ``--batch`` over the same sets (the batch cost must be half the live one).

    python eval/bench_batch_api.py [--sizes 100,1000] [--no-live]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))
# gpt-4o-mini's live input price, USD per million tokens (summarizer.llm.DEFAULT_PRICES).
LIVE_INPUT_PRICE = 0.15


def make_sets(root: Path, count: int) -> Path:
    """``count`` sets of 3 short sources, each with its own figures so no two requests are alike."""
    for n in range(count):
        folder = root / f"set{n:04d}"
        folder.mkdir(parents=True)
        for k in range(3):
            (folder / f"s{k}.txt").write_text(
                f"The council of town {n} approved {k + 10} new bus lanes on Monday after a long debate. "
                f"The mayor said work on route {n % 7 + 1} starts in May. Residents had asked for safer streets.\n",
                encoding="utf-8")
    return root


def run_measured(args: list[str], env: dict[str, str]) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Run a command; its wall time and its own peak RSS in MB (from wait4, which reports that child alone)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(args, proc.returncode, out.read(), err.read())
    return wall, usage.ru_maxrss / 1024, done


def bench(sizes: list[int], live: bool) -> None:
    engine = subprocess.Popen([sys.executable, "-m", "summarizer.testing.batches", "--instant"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    base_url = engine.stdout.readline().strip()  # type: ignore[union-attr]
    print(f"Batch engine (fake, instant-complete batches, its own process at {base_url}); "
          "3 short sources per set; the command runs in its own process")
    try:
        baseline(base_url)
        for size in sizes:
            root = Path(tempfile.mkdtemp(prefix="summarizer-bench-batch-api-"))
            try:
                sets = make_sets(root / "sets", size)
                env = {**os.environ, "OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "sk-bench-not-a-key",
                       "SUMMARIZER_HOME": str(root / "home"), "SUMMARIZER_BATCH_POLL": "0"}
                dry_wall, dry_rss, dry = run_measured([SUMMARIZER, "summarize", "--batch", str(sets), "--batch-api",
                                                       "--dry-run"], env)
                wall, rss, done = run_measured([SUMMARIZER, "summarize", "--batch", str(sets), "--batch-api", "--wait",
                                                "--quiet"], env)
                written = len(list((sets / "_summaries").glob("*.md")))
                status = "ok" if done.returncode == 0 and written == size else f"exit {done.returncode}: {done.stderr[-300:]}"
                print(f"  {size:>5} sets: {wall:6.1f} s from command to {written} outputs written ({status}); "
                      f"peak memory {rss:6.1f} MB (goal < 200 MB, flat); dry run {dry_wall:.1f} s, {dry_rss:.1f} MB")
                if size == max(sizes):
                    print("  dry run said: " + dry.stdout.strip().replace("\n", "\n                "))
                    if live:
                        compare_live(sets, root, env, dry.stdout)
            finally:
                shutil.rmtree(root, ignore_errors=True)
    finally:
        engine.stdin.close()  # type: ignore[union-attr]
        engine.wait(timeout=30)


def baseline(base_url: str) -> None:
    """Peak memory of a live --batch of one set: what any summarize costs before the number of sets matters."""
    root = Path(tempfile.mkdtemp(prefix="summarizer-bench-batch-api-"))
    try:
        sets = make_sets(root / "sets", 1)
        env = {**os.environ, "OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "sk-bench-not-a-key",
               "SUMMARIZER_HOME": str(root / "home")}
        wall, rss, done = run_measured([SUMMARIZER, "summarize", "--batch", str(sets), "--quiet"], env)
        print(f"  baseline, live --batch of 1 set: {rss:.1f} MB peak (exit {done.returncode}; the token vocabulary, the "
              "lexicon and the SDK, loaded by every summarize)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def compare_live(sets: Path, root: Path, env: dict[str, str], dry: str) -> None:
    """The live-call estimate: a live --batch over the same sets, prompt tokens summed from its run records."""
    live_home = root / "live-home"
    live_env = {**env, "SUMMARIZER_HOME": str(live_home)}
    out_dir = root / "live-out"
    wall, _, done = run_measured([SUMMARIZER, "summarize", "--batch", str(sets), "--out-dir", str(out_dir),
                                  "--concurrency", "16", "--quiet"], live_env)
    db = sqlite3.connect(live_home / "runs.db")
    tokens = 0
    calls = 0
    for (record,) in db.execute("SELECT record FROM runs"):
        for step in json.loads(record)["result"]["steps"]:
            tokens += step["prompt_tokens_counted"]
            calls += len(step["calls"])
    db.close()
    live_cost = tokens * LIVE_INPUT_PRICE / 1e6
    dry_tokens = int(re.search(r"Prompt tokens: (\d+)", dry).group(1))  # type: ignore[union-attr]
    batch_cost = float(re.search(r"\$(\S+) at batch prices", dry).group(1))  # type: ignore[union-attr]
    print(f"  live --batch over the same sets ({wall:.1f} s, {calls} calls, exit {done.returncode}): prompt tokens "
          f"{tokens}, estimate ${live_cost:.6f}")
    print(f"  dry run vs live: tokens {dry_tokens} vs {tokens} ({'same' if dry_tokens == tokens else 'DIFFERENT'}); "
          f"cost ${batch_cost:.6f} vs ${live_cost:.6f} = {batch_cost / live_cost:.4f} of live (goal 0.5)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000", help="comma-separated numbers of sets")
    parser.add_argument("--no-live", action="store_true", help="skip the live --batch run used for the cost comparison")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}")
    bench([int(x) for x in args.sizes.split(",")], live=not args.no_live)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
