"""One sha256 over every verification report the project can produce from its own data: a speed change
to the verifier must leave it unchanged (byte-identical reports).

Covers: every eval case (verifier cases claim by claim, pipeline cases replayed from their cassettes),
SummEdits (../shared/benchmarks/summedits) with --attribute on, off, and with each claim citing the
sentences attribution chose for it (so the cited path also sees text nobody here wrote), and the
benchmark's generated claims (cited and attributed). Prints one line per part and the total:

    .venv/bin/python scripts/report_digest.py [--quick] [--summedits DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

from summarizer.bench import MB, _claims_from, make_corpus
from summarizer.citations import format_marker
from summarizer.errors import InputError
from summarizer.evaluation import default_eval_dir
from summarizer.evaluation.cases import load_cases
from summarizer.evaluation.run import run_case
from summarizer.render import report_json
from summarizer.sources import segment_source, sources_from_texts
from summarizer.summedits import DOMAINS, load_domain
from summarizer.verify import Verifier, VerifierConfig

_ROOT = Path(__file__).resolve().parent.parent


def _eval_cases(digest: "hashlib._Hash") -> int:
    """Every verifier case's claims (full reports) and every pipeline case's scored result."""
    count = 0
    for case in load_cases(default_eval_dir() / "cases"):
        if case.case.kind == "verifier":
            verifier = Verifier(case.sources, VerifierConfig())
            for claim in case.case.claims:
                digest.update(report_json(verifier.check(claim.text)).encode())
                count += 1
            # The whole case as one summary too: later claims meet sentences analysed by earlier ones.
            summary = "\n\n".join(c.text for c in case.case.claims) + "\n"
            digest.update(report_json(Verifier(case.sources, VerifierConfig(attribute=True)).check(summary)).encode())
        else:
            result = run_case(case)
            digest.update(result.model_dump_json().encode())
            count += 1
    return count


def _summedits(digest: "hashlib._Hash", folder: Path, limit: int | None) -> int:
    count = 0
    for domain in DOMAINS:
        path = folder / f"{domain}.json"
        if not path.is_file():
            continue
        for sample in load_domain(path)[:limit]:
            try:
                sources = sources_from_texts([sample.doc])
            except InputError as exc:
                digest.update(f"error {exc}".encode())
                continue
            for attribute in (True, False):
                try:
                    report = Verifier(sources, VerifierConfig(attribute=attribute)).check(sample.summary)
                except InputError as exc:
                    digest.update(f"error {exc}".encode())
                    continue
                digest.update(report_json(report).encode())
                count += 1
                if attribute:
                    # The same claims citing what attribution chose: the cited path on foreign text.
                    lines = [f"{c.text} {format_marker(c.evidence)}" for c in report.claims if c.evidence]
                    if lines:
                        cited = Verifier(sources, VerifierConfig()).check("\n\n".join(lines) + "\n")
                        digest.update(report_json(cited).encode())
    return count


def _bench(digest: "hashlib._Hash", claims: int) -> int:
    """The benchmark's generated claims over 1 MB, cited (twice: cold and warm) and attributed."""
    sources = [segment_source(1, "<bench 1>", make_corpus(MB, seed=1))]
    rng = random.Random(11)
    cited = _claims_from(sources, rng, claims, cited=True)
    verifier = Verifier(sources, VerifierConfig())
    for _ in range(2):
        digest.update(report_json(verifier.check(cited)).encode())
    uncited = _claims_from(sources, rng, claims // 5, cited=False)
    digest.update(report_json(Verifier(sources, VerifierConfig(attribute=True)).check(uncited)).encode())
    return claims + claims // 5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 SummEdits samples per domain, 2,000 bench claims")
    parser.add_argument("--summedits", default=str(_ROOT.parent / "shared" / "benchmarks" / "summedits"))
    args = parser.parse_args()
    total = hashlib.sha256()
    parts = [
        ("eval cases", lambda d: _eval_cases(d)),
        ("summedits", lambda d: _summedits(d, Path(args.summedits), 20 if args.quick else None)),
        ("bench claims", lambda d: _bench(d, 2000 if args.quick else 10000)),
    ]
    for label, run in parts:
        part = hashlib.sha256()
        t0 = time.perf_counter()
        count = run(part)
        print(f"{label:<13} {count:>6} reports  {part.hexdigest()}  ({time.perf_counter() - t0:.1f}s)", flush=True)
        total.update(part.digest())
    print(f"{'total':<13} {'':>14}  {total.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
