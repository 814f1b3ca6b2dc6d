"""Benchmarks that print figures: ``python -m summarizer.bench [--quick]``.

Measures, in one process on this machine:
- segmentation throughput (MB/s) at 1, 4 and 16 MB, and pysbd on the same text for a ratio;
- cited verification (claims/s) with 1, 4 and 16 MB of sources loaded;
- attribution mode (claims/s, uncited claims ranked by BM25) over 1, 4 and 16 MB, and at 10 MB;
- one-time costs (segmenting and indexing the sources) separately from per-claim costs, and within the
  per-claim time how many claims cite a sentence first (and pay for analysing it) and the seconds spent
  in the garbage collector;
- start-up: wall time of ``summarizer verify`` on a two-claim cited summary of the seeds and of
  ``summarizer --help``, each against ``python -c pass`` run alternately with it (median of several runs),
  and of importing click and pydantic alone: the floor of any command that uses both.

The batch benchmark (``summarize --batch`` against a fake server) is ``python eval/bench_batch.py``.

The corpus is synthetic but shaped like news: sentences from the bundled seeds with names, figures and
words swapped from a large vocabulary, so postings lists look like real text rather than copies.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .citations import MARKER_RE, parse_summary
from .segment import split_spans
from .sources import segment_source
from .verify import Verifier, VerifierConfig

MB = 1024 * 1024
_SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# The start-up case: a short summary, one cited claim from each of the two seed articles.
STARTUP_SEEDS = ("000_68f33e168a8a8bf5.txt", "001_abb0a76ac8f2e367.txt")
STARTUP_SUMMARY = (
    "Lee asked Xi to mediate on the Korean Peninsula. [1.4]\n"
    "The trip was the first by a South Korean leader to China in eight years. [2.8]\n"
)
_WORD = re.compile(r"[A-Za-z]{4,}")
# The citation grammar's marker, with the space before it (the seeds' markers all follow the grammar).
_MARKERS = re.compile(r"\s*" + MARKER_RE.pattern)


def _seed_sentences() -> list[str]:
    sentences = []
    for path in sorted(_SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences.extend(text[s:e] for s, e in split_spans(text) if e - s > 40)
    return sentences


def _swap(word: str, rng: random.Random, vocab: list[str], cum_weights: list[float]) -> str:
    """A third of the words swapped for made-up ones, keeping capitals (sentence starts stay sentence starts)."""
    if rng.random() >= 0.35:
        return word
    new = rng.choices(vocab, cum_weights=cum_weights)[0]
    return new.title() if word[0].isupper() else new


def make_corpus(size_bytes: int, seed: int = 7) -> str:
    """Synthetic news-like text of about ``size_bytes`` characters, in paragraphs with headings."""
    rng = random.Random(seed)
    base = _seed_sentences()
    vocab = [f"{a}{b}" for a in ("kor", "bel", "mar", "tus", "vin", "sol", "dar", "pel", "qua", "ren")
             for b in ("ano", "ita", "esk", "omir", "ulat", "enth", "aris", "ovan", "ique", "ster", "elda", "ibon")]
    suffixes = ["", *(a + b for a in "aeiou" for b in "lmnrst")][:60]
    vocab = [f"{w}{x}" for x in suffixes for w in vocab]  # 7,200 made-up words, sampled Zipf-like
    cum_weights = list(itertools.accumulate(1 / (r + 1) for r in range(len(vocab))))
    out: list[str] = []
    size = 0
    paragraph = 0
    while size < size_bytes:
        paragraph += 1
        lines = [f"Section {paragraph}: {rng.choice(vocab).title()} {rng.choice(vocab).title()} Update"]
        for _ in range(rng.randint(3, 7)):
            sentence = _MARKERS.sub("", rng.choice(base))
            sentence = _WORD.sub(lambda m: _swap(m.group(), rng, vocab, cum_weights), sentence)
            sentence = re.sub(r"\d+", lambda m: str(rng.randint(1, 3000)), sentence)
            lines.append(sentence)
        block = lines[0] + "\n" + " ".join(lines[1:]) + "\n\n"
        out.append(block)
        size += len(block)
    return "".join(out)


def _rate(count: float, seconds: float) -> str:
    return f"{count / seconds:,.0f}" if seconds > 0 else "inf"


def bench_segmentation(sizes_mb: list[int], pysbd_mb: float) -> None:
    print("Segmentation (split_spans over the whole text)")
    print(f"  {'size':>6}  {'seconds':>8}  {'MB/s':>7}  {'sentences/s':>12}")
    for mb in sizes_mb:
        text = make_corpus(mb * MB)
        t0 = time.perf_counter()
        spans = split_spans(text)
        dt = time.perf_counter() - t0
        print(f"  {mb:>4}MB  {dt:>8.3f}  {len(text) / MB / dt:>7.2f}  {_rate(len(spans), dt):>12}")
    try:
        import pysbd
    except ImportError:
        print("  pysbd not installed: pip install pysbd for the side-by-side figure")
        return
    text = make_corpus(int(pysbd_mb * MB))
    t0 = time.perf_counter()
    ours = split_spans(text)
    ours_dt = time.perf_counter() - t0
    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    t0 = time.perf_counter()
    theirs = 0
    for paragraph in text.split("\n"):  # paragraph by paragraph: pysbd is super-linear on whole texts
        if paragraph.strip():
            theirs += len(seg.segment(paragraph))
    pysbd_dt = time.perf_counter() - t0
    print(
        f"  side by side on {pysbd_mb:g} MB: ours {len(text) / MB / ours_dt:.2f} MB/s ({len(ours)} sentences), "
        f"pysbd {len(text) / MB / pysbd_dt:.3f} MB/s ({theirs} sentences): ours is {pysbd_dt / ours_dt:.0f}x faster"
    )


def _claims_from(sources, rng: random.Random, n: int, *, cited: bool) -> str:
    sentences = [s for src in sources for s in src.sentences if len(s.text) > 40]
    lines = []
    for _ in range(n):
        s = rng.choice(sentences)
        text = " ".join(s.display_text.split())
        if rng.random() < 0.3:  # a third altered: a figure or a word changed, as real errors are
            text = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text, count=1)
        text = text.rstrip(".") + "."
        lines.append(f"{text} [{s.id}]" if cited else text)
    return "\n\n".join(lines) + "\n"


class _CollectorClock:
    """Seconds the garbage collector ran while the clock was on (gc.callbacks): with thousands of claim
    reports kept, its full collections are a large share of the per-claim cost, and they grow with what
    the verifier keeps."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started = 0.0

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started

    def __enter__(self) -> "_CollectorClock":
        self.seconds = 0.0
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)


def bench_verification(sizes_mb: list[int], claims: int, attribute_claims: int, extra_attribute_mb: list[int]) -> None:
    rng = random.Random(11)
    print("Verification (one process; one-time costs shown apart from per-claim throughput, which includes")
    print("parsing the summary and analysing each cited sentence the first time it is seen: 'new sent.' is how")
    print("many claims cite a sentence no claim before them cited; 'gc s' is the garbage collector's share")
    print("of 'seconds')")
    print(f"  {'sources':>7}  {'mode':<10}  {'load+segment s':>14}  {'index s':>8}  {'claims':>7}  {'new sent.':>9}  "
          f"{'seconds':>8}  {'gc s':>6}  {'claims/s':>9}  {'rejected':>8}")
    clock = _CollectorClock()
    for mb in sorted(set(sizes_mb) | set(extra_attribute_mb)):
        t0 = time.perf_counter()
        text = make_corpus(mb * MB, seed=mb)
        per = max(1, mb)  # several sources of ~1 MB each, as a real digest would have
        chunk = len(text) // per
        sources = [segment_source(i + 1, f"<bench {i + 1}>", text[i * chunk:(i + 1) * chunk]) for i in range(per)]
        load_dt = time.perf_counter() - t0
        modes = ([("cited", False)] if mb in sizes_mb else []) + [("attribute", True)]
        for mode, attribute in modes:
            n = attribute_claims if attribute else claims
            summary = _claims_from(sources, rng, n, cited=not attribute)
            verifier = Verifier(sources, VerifierConfig(attribute=attribute))
            t0 = time.perf_counter()
            if attribute:
                verifier.index  # noqa: B018 - build the index outside the per-claim timing
            verifier.vocabulary()
            index_dt = time.perf_counter() - t0
            # The collector's first full walk over what loading and indexing built (tens of thousands of
            # sentences) is a one-time cost like the index: done here, or the first row after a load pays
            # it (up to a third of the 10 MB attribution row). The claims' own objects are still collected
            # inside the timing.
            gc.collect()
            with clock:
                t0 = time.perf_counter()
                parsed = parse_summary(summary)
                report = verifier.check(parsed)
                dt = time.perf_counter() - t0
            # A fresh verifier: each distinct cited sentence is analysed once, by the first claim citing it.
            new = "" if attribute else len({c.id for claim in parsed.claims for c in claim.citations})
            print(
                f"  {mb:>5}MB  {mode:<10}  {load_dt:>14.2f}  {index_dt:>8.2f}  {len(parsed.claims):>7}  {new:>9}  "
                f"{dt:>8.3f}  {clock.seconds:>6.2f}  {_rate(len(parsed.claims), dt):>9}  {report.stats.rejected:>8}"
            )
            if not attribute:
                # The same claims again: cited sentences are now analysed (as in a repair round or a
                # second summary of the same sources), so this is the per-claim cost alone.
                with clock:
                    t0 = time.perf_counter()
                    again = verifier.check(parse_summary(summary))
                    dt = time.perf_counter() - t0
                assert again == report, "the verifier must give the same report twice"
                print(
                    f"  {mb:>5}MB  {'cited-warm':<10}  {'':>14}  {'':>8}  {len(parsed.claims):>7}  {0:>9}  {dt:>8.3f}  "
                    f"{clock.seconds:>6.2f}  {_rate(len(parsed.claims), dt):>9}  {again.stats.rejected:>8}"
                )


def cli_command(*args: str) -> list[str]:
    """``summarizer ARGS…`` run by this interpreter exactly as the console script runs it."""
    return [sys.executable, "-c", "import sys; from summarizer.cli import main; sys.exit(main())", *args]


def startup_verify_args(summary_path: str | Path) -> list[str]:
    """The arguments of the start-up case: ``verify --summary S seeds/000… seeds/001…``."""
    return ["verify", "--summary", str(summary_path), *(str(_SEEDS / name) for name in STARTUP_SEEDS)]


def _wall(command: list[str]) -> float:
    t0 = time.perf_counter()
    # Exit 1 (a claim rejected) is an answer too; anything above is a broken benchmark.
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - t0
    if done.returncode > 1:
        raise RuntimeError(f"{command[3:]} exited {done.returncode}: {done.stderr.decode(errors='replace')[-300:]}")
    return elapsed


def _bytecode_note() -> str | None:
    """Why the figures may be high: modules of the package compiled afresh on every run, because their
    cached bytecode is missing or older than the source (PYTHONDONTWRITEBYTECODE and an editable install)."""
    import importlib.util

    stale = []
    for source in sorted(Path(__file__).resolve().parent.rglob("*.py")):
        cached = Path(importlib.util.cache_from_source(str(source)))
        if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
            stale.append(source.name)
    if not stale:
        return None
    return (f"  note: {len(stale)} of summarizer's modules have no up-to-date cached bytecode, so each run compiles them\n"
            "  (PYTHONDONTWRITEBYTECODE?): run `python -m compileall -q summarizer` for the figures of an installed package")


def bench_startup(repetitions: int) -> None:
    """Print the start-up ratios: each command and ``python -c pass`` run alternately, medians compared."""
    print(f"\nstart-up (wall time, median of {repetitions} runs, each beside a run of `python -c pass`)")
    note = _bytecode_note()
    if note:
        print(note)
    print(f"  {'command':<34}  {'median_s':>8}  {'baseline_s':>10}  {'ratio':>6}")
    with tempfile.TemporaryDirectory() as folder:
        summary = Path(folder) / "summary.md"
        summary.write_text(STARTUP_SUMMARY, encoding="utf-8")
        cases = [
            ("summarizer verify (2 claims)", cli_command(*startup_verify_args(summary))),
            ("summarizer --help", cli_command("--help")),
            # What the verify command cannot go below while its options are click's: that import and
            # nothing else (the report is dataclasses, so pydantic is not on its path).
            ("floor: import click", [sys.executable, "-c", "import click"]),
        ]
        baseline = [sys.executable, "-c", "pass"]
        for label, command in cases:
            _wall(command)  # once untimed, so the first run does not pay for a cold file cache
            times, base = [], []
            for _ in range(repetitions):
                base.append(_wall(baseline))
                times.append(_wall(command))
            median, base_median = statistics.median(times), statistics.median(base)
            print(f"  {label:<34}  {median:>8.3f}  {base_median:>10.3f}  {median / base_median:>5.1f}x")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print their figures."""
    parser = argparse.ArgumentParser(prog="python -m summarizer.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only (1 and 4 MB), for a smoke run")
    parser.add_argument("--only", choices=["segment", "verify", "startup"], help="run one benchmark")
    args = parser.parse_args(argv)
    sizes = [1, 4] if args.quick else [1, 4, 16]
    print(f"python {sys.version.split()[0]}; sizes {sizes} MB")
    if args.only in (None, "segment"):
        bench_segmentation(sizes, pysbd_mb=0.25 if args.quick else 1)
    if args.only in (None, "verify"):
        bench_verification(sizes, claims=5000 if args.quick else 20000, attribute_claims=1000 if args.quick else 3000,
                           extra_attribute_mb=[] if args.quick else [10])
    if args.only in (None, "startup"):
        bench_startup(repetitions=5 if args.quick else 15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
