"""SummEdits: the verifier on summaries nobody here wrote (Laban et al., EMNLP 2023).

Each sample is a document and a short summary with no citations, labelled 1 (consistent) or 0
(inconsistent). The summary is checked with attribution against its document; a sample counts as
*flagged* (predicted inconsistent) when any claim is rejected, when the summary yields no claim, or when
the verifier refuses the input. Library code: it never prints or exits; bad input raises InputError.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import InputError
from .verify import VERIFIER_VERSION, verify

# The domains copied into shared/benchmarks/summedits (7 of the benchmark's 10), in the order we run them.
DOMAINS = ("ectsum", "podcast", "qmsumm", "sales_call", "sales_email", "samsum", "scitldr")

# Published balanced accuracy (percent) per domain: the README table of salesforce/factualNLG, as copied
# in shared/benchmarks/summedits/README.md. "all 10" is over the whole benchmark, so it is not comparable
# with a run over these 7 domains; the table compares with the mean of the 7 instead.
PUBLISHED: dict[str, dict[str, float]] = {
    "DAE": {"podcast": 54.4, "samsum": 58.7, "sales_call": 50.4, "sales_email": 53.6, "qmsumm": 52.0,
            "ectsum": 58.3, "scitldr": 54.7, "all 10": 55.2},
    "SummaCConv": {"podcast": 58.1, "samsum": 53.1, "sales_call": 59.0, "sales_email": 53.7, "qmsumm": 53.5,
                   "ectsum": 57.9, "scitldr": 59.7, "all 10": 57.1},
    "QAFactEval": {"podcast": 63.7, "samsum": 66.2, "sales_call": 68.4, "sales_email": 63.6, "qmsumm": 62.4,
                   "ectsum": 72.6, "scitldr": 67.5, "all 10": 65.5},
    "GPT-4": {"podcast": 82.7, "samsum": 83.1, "sales_call": 87.9, "sales_email": 79.5, "qmsumm": 79.6,
              "ectsum": 87.0, "scitldr": 82.4, "all 10": 82.1},
}

NO_EDIT_TYPE = "(none)"  # inconsistent samples whose file lists no edit type (66 in the copied data)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Sample(_Model):
    """One SummEdits sample as it is stored in a domain file."""

    id: str
    doc: str
    summary: str
    label: Literal[0, 1]
    edit_types: list[str] = Field(default_factory=list)
    original_summary: str | None = None
    split: str | None = None


class Threshold(_Model):
    """``eval/summedits.json``: the floor on the overall (pooled) balanced accuracy, and how it was set."""

    note: str = ""
    min_balanced_accuracy: float = Field(ge=0, le=1)


class EditTypeResult(_Model):
    """Inconsistent samples with one edit type, and how many of them were flagged."""

    samples: int
    caught: int
    share_caught: float | None = None


class Problem(_Model):
    """A sample counted as flagged without a verdict on its claims: no claims found, or the input refused."""

    domain: str
    id: str
    kind: Literal["no_claims", "error"]
    message: str


class Figures(_Model):
    """Counts and shares over one domain, or over all of them pooled."""

    samples: int = 0
    consistent: int = 0
    inconsistent: int = 0
    accepted: int = 0  # consistent samples not flagged
    caught: int = 0  # inconsistent samples flagged
    consistent_accepted: float | None = None
    inconsistent_caught: float | None = None
    balanced_accuracy: float | None = None
    no_claims: int = 0
    errors: int = 0
    edit_types: dict[str, EditTypeResult] = Field(default_factory=dict)
    # Rejected claims carrying each reason code (a claim counts once per code), split by the sample's label:
    # on consistent samples these are false alarms, on inconsistent ones (mostly) catches.
    reasons_on_consistent: dict[str, int] = Field(default_factory=dict)
    reasons_on_inconsistent: dict[str, int] = Field(default_factory=dict)


class SummEditsResults(_Model):
    """A whole run. ``overall`` pools every sample, so its balanced accuracy is the mean of
    consistent_accepted and inconsistent_caught over all samples together; ``macro_balanced_accuracy``
    is the unweighted mean of the per-domain balanced accuracies, the way the paper averages domains."""

    verifier_version: str
    directory: str
    limit: int | None
    domains: dict[str, Figures]
    overall: Figures
    macro_balanced_accuracy: float | None
    problems: list[Problem]
    elapsed_seconds: float


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def load_domain(path: Path) -> list[Sample]:
    """Read one domain file; raise :class:`InputError` (one line) when it is missing or malformed."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a SummEdits file (invalid JSON: {exc})") from None
    if not isinstance(raw, list):
        raise InputError(f"{path}: not a SummEdits file (expected a JSON list of samples)")
    samples = []
    for n, item in enumerate(raw):
        try:
            samples.append(Sample.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "sample"
            raise InputError(f"{path}: sample {n}: {where}: {first['msg']}") from None
    return samples


def default_directories() -> list[Path]:
    """Where ``eval --summedits`` looks with no DIR: beside the current folder, then beside the checkout."""
    relative = Path("..") / "shared" / "benchmarks" / "summedits"
    return [(Path.cwd() / relative).resolve(), (Path(__file__).resolve().parent.parent / relative).resolve()]


def load_threshold(path: str | Path | None = None) -> Threshold:
    """Read the SummEdits threshold file (default ``eval/summedits.json``); InputError when invalid."""
    if path is None:
        from .evaluation.cases import default_eval_dir  # lazily: the eval suite is heavy and not needed to run

        path = default_eval_dir() / "summedits.json"
    path = Path(path)
    try:
        return Threshold.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError(f"{path}: invalid SummEdits threshold file: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None


def _finish(f: Figures) -> Figures:
    f.consistent_accepted = _share(f.accepted, f.consistent)
    f.inconsistent_caught = _share(f.caught, f.inconsistent)
    if f.consistent_accepted is not None and f.inconsistent_caught is not None:
        f.balanced_accuracy = (f.consistent_accepted + f.inconsistent_caught) / 2
    for result in f.edit_types.values():
        result.share_caught = _share(result.caught, result.samples)
    # Sorted keys, so two runs give the same tables and JSON (but for elapsed_seconds and the folder).
    f.edit_types = dict(sorted(f.edit_types.items()))
    f.reasons_on_consistent = dict(sorted(f.reasons_on_consistent.items()))
    f.reasons_on_inconsistent = dict(sorted(f.reasons_on_inconsistent.items()))
    return f


def _add(f: Figures, sample: Sample, flagged: bool, codes: Counter) -> None:
    f.samples += 1
    if sample.label == 1:
        f.consistent += 1
        f.accepted += not flagged
        target = f.reasons_on_consistent
    else:
        f.inconsistent += 1
        f.caught += flagged
        target = f.reasons_on_inconsistent
        for edit in sorted(set(sample.edit_types)) or [NO_EDIT_TYPE]:
            result = f.edit_types.setdefault(edit, EditTypeResult(samples=0, caught=0))
            result.samples += 1
            result.caught += flagged
    for code, n in codes.items():
        target[code] = target.get(code, 0) + n


def run_summedits(directory: Path, *, domains: list[str] | None = None, limit: int | None = None) -> SummEditsResults:
    """Verify every sample's summary against its document (attribution on) and score the verdicts.

    ``domains`` defaults to every known domain file present in ``directory``; ``limit`` keeps the first N
    samples of each. Raises :class:`InputError` for a missing folder, an unknown or missing domain, or a
    malformed file; a sample the verifier refuses is counted as flagged (and in ``errors``), never fatal.
    """
    started = time.perf_counter()
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: no SummEdits folder there")
    if limit is not None and limit < 1:
        raise InputError(f"the SummEdits limit must be at least 1, not {limit}")
    if domains:
        unknown = sorted(set(domains) - set(DOMAINS))
        if unknown:
            raise InputError(f"unknown SummEdits domain {', '.join(unknown)} (known: {', '.join(DOMAINS)})")
        wanted = [d for d in DOMAINS if d in domains]
    else:
        wanted = [d for d in DOMAINS if (directory / f"{d}.json").is_file()]
        if not wanted:
            raise InputError(f"{directory}: no SummEdits domain files ({', '.join(d + '.json' for d in DOMAINS)})")
    per_domain: dict[str, Figures] = {}
    overall = Figures()
    problems: list[Problem] = []
    for domain in wanted:
        figures = per_domain[domain] = Figures()
        for sample in load_domain(directory / f"{domain}.json")[:limit]:
            codes: Counter = Counter()
            try:
                report = verify(sample.summary, [sample.doc], attribute=True)
            except InputError as exc:
                # An odd document or summary the verifier refuses: it accepted nothing, so it is flagged.
                problems.append(Problem(domain=domain, id=sample.id, kind="error", message=str(exc)))
                figures.errors += 1
                overall.errors += 1
                flagged = True
            else:
                # verify() returns a report with no claims (it does not raise) for a summary with none.
                if report.stats.claims == 0:
                    problems.append(Problem(domain=domain, id=sample.id, kind="no_claims", message="no claims found"))
                    figures.no_claims += 1
                    overall.no_claims += 1
                for claim in report.claims:
                    if claim.verdict == "rejected":
                        codes.update({r.code for r in claim.reasons})
                flagged = report.stats.claims == 0 or report.stats.rejected > 0
            _add(figures, sample, flagged, codes)
            _add(overall, sample, flagged, codes)
        _finish(figures)
    by_domain = [f.balanced_accuracy for f in per_domain.values() if f.balanced_accuracy is not None]
    return SummEditsResults(
        verifier_version=VERIFIER_VERSION, directory=str(directory), limit=limit, domains=per_domain,
        overall=_finish(overall), macro_balanced_accuracy=sum(by_domain) / len(by_domain) if by_domain else None,
        problems=problems, elapsed_seconds=round(time.perf_counter() - started, 3),
    )


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def render_table(results: SummEditsResults) -> str:
    """The results as a text table: domains (beside the published figures), edit types, reason codes."""
    o = results.overall
    detectors = list(PUBLISHED)
    lines = [
        f"SummEdits: {len(results.domains)} domain(s), {o.samples} samples ({o.consistent} consistent, "
        f"{o.inconsistent} inconsistent){f', first {results.limit} per domain' if results.limit else ''}; "
        f"verifier {results.verifier_version}, attribution on; {results.elapsed_seconds:.1f} s",
        "Published balanced accuracy beside ours: salesforce/factualNLG README (Laban et al. 2023), as copied in "
        "shared/benchmarks/summedits/README.md; 'mean' is their mean over these domains, computed here.",
        "",
        f"{'domain':<14}{'samples':>8}{'bal.acc':>9}{'cons.accepted':>15}{'incons.caught':>15}{'no-claim':>10}"
        f"{'errors':>8}   " + "".join(f"{d:>12}" for d in detectors),
    ]

    def row(name: str, f: Figures, published: list[str]) -> str:
        return (f"{name:<14}{f.samples:>8}{_pct(f.balanced_accuracy):>9}{_pct(f.consistent_accepted):>15}"
                f"{_pct(f.inconsistent_caught):>15}{f.no_claims:>10}{f.errors:>8}   " + "".join(f"{p:>12}" for p in published))

    for name, f in results.domains.items():
        lines.append(row(name, f, [f"{PUBLISHED[d][name]:.1f}%" for d in detectors]))
    means = [f"{sum(PUBLISHED[d][n] for n in results.domains) / len(results.domains):.1f}%" for d in detectors]
    lines.append(row("all (pooled)", o, [""] * len(detectors)))
    lines.append(f"{'macro mean':<14}{'':>8}{_pct(results.macro_balanced_accuracy):>9}{'':>48}   "
                 + "".join(f"{m:>12}" for m in means))
    lines += ["", f"{'edit type (inconsistent)':<30}{'samples':>8}{'caught':>8}{'share':>8}"]
    for edit, r in o.edit_types.items():
        lines.append(f"{edit:<30}{r.samples:>8}{r.caught:>8}{_pct(r.share_caught):>8}")
    codes = sorted(set(o.reasons_on_consistent) | set(o.reasons_on_inconsistent),
                   key=lambda c: (-(o.reasons_on_consistent.get(c, 0) + o.reasons_on_inconsistent.get(c, 0)), c))
    lines += ["", "rejected claims by reason code (on consistent samples these are false alarms)",
              f"{'reason':<22}{'on cons.':>9}{'on incons.':>11}" + "".join(f"{d:>13}" for d in results.domains)]
    for code in codes:
        per = [results.domains[d].reasons_on_consistent.get(code, 0) + results.domains[d].reasons_on_inconsistent.get(code, 0)
               for d in results.domains]
        lines.append(f"{code:<22}{o.reasons_on_consistent.get(code, 0):>9}{o.reasons_on_inconsistent.get(code, 0):>11}"
                     + "".join(f"{n:>13}" for n in per))
    if not codes:
        lines.append("(no claim was rejected)")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def write_results(results: SummEditsResults, path: str | Path) -> None:
    """Write the results model as indented JSON, atomically."""
    from .atomic import write_text_atomic

    write_text_atomic(str(path), results.model_dump_json(indent=2) + "\n")
