"""Run the probe sets independent reviewers wrote for verifiers 2.5 to 2.11 and print how the verifier does on them.

    .venv/bin/python eval/blind_probes/run.py [--misses] [SET ...]

Each set (r7 … r38) is a folder of p1.py … p10.py, each defining ``PROBES = [(claim, source or list of
sources, "S" or "R"), ...]``: claims with citations, labelled by their reviewer by reading the sources
before the verifier ran (S: fully supported by the cited sentences; R: not). A false acceptance is an R
claim the verifier accepts, a false rejection an S claim it rejects. See README.md here for what the
sets were written against and why they are blind no longer. Prints; changes nothing. An unknown set is a
one-line error, exit 2.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from summarizer import verify  # noqa: E402  (after the path, to run from a checkout)


def load(folder: Path) -> list[tuple[str, str, object, str]]:
    """(file, claim, sources, label) for every probe of one set, in file order."""
    rows = []
    for path in sorted(folder.glob("p*.py"), key=lambda p: int(p.stem[1:])):
        spec = importlib.util.spec_from_file_location(f"probes_{folder.name}_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        documents = [text for name, text in sorted(vars(module).items(), key=lambda kv: (len(kv[0]), kv[0]))
                     if re.fullmatch(r"S\d+", name) and isinstance(text, str)]
        rows += [(path.name, claim, _documents_cited(claim, sources, documents), label) for claim, sources, label in module.PROBES]
    return rows


def _documents_cited(claim: str, sources: object, documents: list[str]) -> object:
    """The sources a probe is read with. Sets r18 to r22 give a probe that cites [2.N] its second text
    alone (``S2``), meaning it as document 2 of the file's texts S1, S2, …: such a probe gets them all,
    as their reviewers' own runners read them. A list of texts is kept as given."""
    if isinstance(sources, str) and len(documents) > 1 and sources in documents \
            and any(int(n) > 1 for n in re.findall(r"\[(\d+)\.", claim)):
        return documents
    return sources


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the reviewers' probe sets against the verifier.")
    parser.add_argument("sets", nargs="*", help="set folders to run (default: all)")
    parser.add_argument("--misses", action="store_true", help="list every probe the verifier gets wrong")
    args = parser.parse_args()
    folders = [HERE / s for s in args.sets] if args.sets else sorted(
        (p for p in HERE.iterdir() if p.is_dir() and p.name[1:].isdigit()), key=lambda p: int(p.name[1:]))
    missing = [f.name for f in folders if not f.is_dir() or not any(f.glob("p*.py"))]
    if missing:
        parser.exit(2, f"Error: no probe set {', '.join(missing)} in {HERE} (sets: "
                       f"{', '.join(p.name for p in sorted(HERE.iterdir(), key=lambda p: (len(p.name), p.name)) if p.is_dir() and p.name[1:].isdigit())})\n")
    print(f"{'set':<5} {'probes':>6} {'S':>5} {'R':>5} {'false acc.':>14} {'false rej.':>14}")
    for folder in folders:
        rows = load(folder)
        fa = fr = n_s = 0
        for name, claim, sources, label in rows:
            checked = verify(claim, sources if isinstance(sources, list) else [sources]).claims[0]
            got = "S" if checked.verdict == "supported" else "R"
            n_s += label == "S"
            if got != label:
                fa += label == "R"
                fr += label == "S"
                if args.misses:
                    kind = "ACCEPTED" if label == "R" else "rejected"
                    print(f"  {kind} {folder.name}/{name}: {claim}  {[r.code for r in checked.reasons]}")
        n_r = len(rows) - n_s
        print(f"{folder.name:<5} {len(rows):>6} {n_s:>5} {n_r:>5} {fa:>5} ({fa / max(n_r, 1):6.1%}) {fr:>5} ({fr / max(n_s, 1):6.1%})")


if __name__ == "__main__":
    main()
