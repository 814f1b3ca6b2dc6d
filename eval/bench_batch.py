"""Batch benchmark: ``summarizer summarize --batch`` against a local fake OpenAI-compatible server.

Prints figures, it is not a timed test: 100 sets of the two seed articles, 1 s latency per call, at
concurrency 10 and 25, against the goal of 1.2 x (100 / concurrency) seconds; and the prompt-token
overhead of numbered sentences over the raw seeds (goal <= 1.10x).

    python eval/bench_batch.py [--quick] [--latency SECONDS]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.prompts import format_sources
from summarizer.sources import load_sources
from summarizer.testing import FakeOpenAI, chat_completion
from summarizer.tokens import count_tokens

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def bench_batch(sets: int, concurrencies: list[int], latency: float) -> None:
    """``summarize --batch`` against a local fake OpenAI-compatible server with a fixed latency per call."""
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))[:2]
    print(f"Batch ({sets} sets of {len(seeds)} seed articles, fake server on 127.0.0.1 in its own process, "
          f"{latency:g} s per call)")
    saved = {k: os.environ.get(k) for k in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "SUMMARIZER_HOME")}
    # One-time process costs (importing the openai SDK, loading the token vocabulary) are paid once per
    # process, not per batch: measured apart, so the figures below are the batch's own throughput.
    t0 = time.perf_counter()
    import openai  # noqa: F401

    from summarizer.tokens import count_tokens as _warm

    _warm("warm up")
    print(f"  one-time start-up (openai import, token vocabulary): {time.perf_counter() - t0:.1f} s, not counted below")
    for concurrency in concurrencies:
        root = Path(tempfile.mkdtemp(prefix="summarizer-bench-"))
        try:
            for n in range(sets):
                folder = root / "sets" / f"set{n:03d}"
                folder.mkdir(parents=True)
                for path in seeds:
                    shutil.copy(path, folder)
            # The server runs in its own process, as a real one would: in this process its work would
            # compete with the batch for the interpreter lock and slow the figure down unfairly.
            server = subprocess.Popen(
                [sys.executable, __file__, "--serve", "--latency", str(latency)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            )
            base_url = server.stdout.readline().strip()
            os.environ.update(OPENAI_BASE_URL=base_url, OPENAI_API_KEY="sk-bench-not-a-key",
                              SUMMARIZER_HOME=str(root / "home"))
            t0 = time.perf_counter()
            result = CliRunner().invoke(
                cli, ["summarize", "--batch", str(root / "sets"), "--concurrency", str(concurrency),
                      "--max-repairs", "0"],
            )
            wall = time.perf_counter() - t0
            server.stdin.close()
            calls = int(server.stdout.readline().strip() or 0)
            server.wait(timeout=30)
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
            shutil.rmtree(root, ignore_errors=True)
        goal = 1.2 * sets / concurrency
        status = "ok" if result.exit_code == 0 else f"exit {result.exit_code}"
        print(f"  concurrency {concurrency:>3}: {wall:6.1f} s for {calls} calls ({status}); goal <= {goal:.1f} s: "
              f"{'met' if wall <= goal else 'MISSED'}")
    sources = load_sources(seeds + [str(SEEDS / "004_4da92a08a160fc06.txt")])
    raw = sum(count_tokens(s.text).tokens for s in sources)
    numbered = count_tokens(format_sources(sources)).tokens
    print(f"  prompt tokens, numbered sentences vs raw seeds: {numbered} / {raw} = {numbered / raw:.2f}x (goal <= 1.10x)")


def quote_first_sentences(request):
    """The fake model: a draft quoting the first three numbered sentences it is shown, each citing itself."""
    user = request["messages"][-1]["content"]
    lines = re.findall(r"^\[(\d+\.\d+)\] (.+)$", user, re.MULTILINE)[:3]
    claims = [{"text": text, "citations": [sid]} for sid, text in lines]
    return chat_completion(json.dumps({"claims": claims}))


def serve(latency: float) -> None:
    """Run the fake server until standard input closes; print its URL first and the request count last."""
    with FakeOpenAI(quote_first_sentences, latency=latency) as fake:
        print(fake.base_url, flush=True)
        sys.stdin.read()
        print(fake.request_count, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 sets at concurrency 10 only")
    parser.add_argument("--latency", type=float, default=1.0, help="seconds the fake server waits per call")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # the server's own process
    args = parser.parse_args()
    if args.serve:
        serve(args.latency)
        return 0
    print(f"python {sys.version.split()[0]}")
    bench_batch(20 if args.quick else 100, [10] if args.quick else [10, 25], latency=args.latency)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
