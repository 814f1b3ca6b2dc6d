"""Text renderings of reports and sources for people (the CLI prints them; this module never prints)."""

from __future__ import annotations

import json
from collections.abc import Callable

from .sources import Source
from .verify import VerificationReport


def sources_json(sources: list[Source]) -> str:
    """The numbered sentences as the stable JSON document of ``summarizer sources --json``."""
    doc = {
        "sources": [
            {
                "number": src.number,
                "path": src.path,
                "sentences": [
                    {"id": s.id, "text": s.text, "start": s.start, "end": s.end, "boilerplate": s.boilerplate}
                    for s in src.sentences
                ],
            }
            for src in sources
        ]
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def sources_text(sources: list[Source], *, include_boilerplate: bool = True) -> str:
    """The numbered sentences, one per line: exactly what a model is shown."""
    out: list[str] = []
    for src in sources:
        flagged = [s for s in src.sentences if s.boilerplate]
        out.append(f"# Source {src.number}: {src.path} ({len(src.sentences)} sentences)")
        for s in src.sentences:
            if s.boilerplate and not include_boilerplate:
                continue
            out.append(f"[{s.id}] {s.display_text}")
        if flagged:
            ids = ", ".join(s.id for s in flagged)
            shown = "shown above" if include_boilerplate else "left out above"
            out.append(f"# {len(flagged)} sentence(s) flagged as boilerplate ({shown}; numbering unchanged): {ids}")
        out.append("")
    return "\n".join(out)


def report_json(report: VerificationReport) -> str:
    """The report as JSON (the ``verify --json`` contract)."""
    return report.model_dump_json(indent=2) + "\n"


Styler = Callable[[str, str], str]  # (text, role) → text; roles: ok, bad, code, dim


def _plain(text: str, role: str) -> str:
    return text


def report_text(report: VerificationReport, sources: list[Source], *, style: Styler = _plain) -> str:
    """The report for a person: each claim, its verdict, its reasons and the sentences it was checked against."""
    by_id = {s.id: s for src in sources for s in src.sentences}

    lines: list[str] = []
    for c in report.claims:
        ok = c.verdict == "supported"
        mark = style("VERIFIED", "ok") if ok else style("REJECTED", "bad")
        cites = " ".join(f"[{x}]" for x in c.citations) or "(no citation)"
        lines.append(f"{mark} #{c.index + 1} {c.text}  {style(cites, 'dim')}")
        for r in c.reasons:
            lines.append(f"    - {style(r.code, 'code')}: {r.message}")
        for sid in c.evidence:
            s = by_id.get(sid)
            if s is not None:
                lines.append(style(f"    [{sid}] {s.display_text}", "dim"))
        lines.append("")
    st = report.stats
    lines.append(f"{st.claims} claims: {st.supported} verified, {st.rejected} rejected.")
    if report.non_claims:
        counts: dict[str, int] = {}
        for n in report.non_claims:
            counts[n.kind] = counts.get(n.kind, 0) + 1
        parts = ", ".join(f"{v} {k}{'s' if v != 1 else ''}" for k, v in sorted(counts.items()))
        lines.append(f"Not claims, so not checked: {parts}.")
    return "\n".join(lines) + "\n"
