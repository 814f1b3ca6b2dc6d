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


# -- drafted summaries (``summarizer summarize``) ------------------------------------------------------
# The result is a pipeline.SummaryResult; it is only read here, so render keeps no import of the pipeline.


def verification_line(result, run_id: str) -> str:
    """``12 of 14 claims verified, 2 rejected — `summarizer review RUN```: the line every summary ends with."""
    st = result.stats
    repaired = f" ({st.repaired} after repair)" if st.repaired else ""
    line = f"{st.verified} of {st.claims} claims verified{repaired}, {st.rejected} rejected — `summarizer review {run_id}`"
    if st.chunk_rejected:
        line += f" ({st.chunk_rejected} more rejected while drafting parts of long sources)"
    return line


def _provenance_line(result, run_id: str) -> str:
    prompts = ", ".join(f"{name}@{version}" for name, version in sorted(result.prompts.items()))
    return f"Drafted by {result.model} · prompts {prompts} · run {run_id}"


def _sources_list(result) -> list[str]:
    return [f"{s.number}. {s.path} ({s.sentences} sentences, sha256 {s.sha256[:12]})" for s in result.sources]


def summary_body(result) -> str:
    """The summary itself: one verified claim per line, each with its inline citations (a Markdown paragraph)."""
    return "\n".join(c.line for c in result.final_claims()) + "\n"


def summary_markdown(result, run_id: str) -> str:
    """The default output: the summary with inline citations, a Sources list and the verification line."""
    out = ["# Summary", "", summary_body(result).rstrip("\n") or "(no claim could be verified)", "", "## Sources", ""]
    out += _sources_list(result)
    out += ["", verification_line(result, run_id), _provenance_line(result, run_id)]
    return "\n".join(out) + "\n"


def summary_digest(result, run_id: str) -> str:
    """A digest: headline, short titled sections, a dated timeline and the sources; every line was verified.

    Section titles were checked against their section's citations; a title that failed is replaced by a
    neutral label ("Section 2"), so no unverified statement appears.
    """
    claims = result.final_claims()
    titles = {s.title: s for s in result.sections}
    out: list[str] = []
    headline = next((c for c in claims if c.role == "headline"), None)
    if headline is not None:
        text, _, marker = headline.line.rpartition(" ")
        out += [f"**{text}** {marker}", ""]
    sections: dict[str | None, list] = {}
    for c in claims:
        if c.role == "point":
            sections.setdefault(c.section, []).append(c)
    for number, (title, members) in enumerate(sections.items(), 1):
        checked = titles.get(title) if title else None
        out.append(f"## {title if checked is not None and checked.verified else f'Section {number}'}")
        out += [c.line for c in members]
        out.append("")
    events = [c for c in claims if c.role == "event"]
    if events:
        out.append("## Timeline")
        out += [f"- {c.line}" for c in events]
        out.append("")
    out += ["## Sources", ""] + _sources_list(result)
    out += ["", verification_line(result, run_id), _provenance_line(result, run_id)]
    return "\n".join(out) + "\n"


def summary_json(result, run_id: str, *, cached: bool = False) -> str:
    """The run as JSON: the summary, its verified claims, the rejected ones with reasons, usage and provenance."""
    def claim(c) -> dict:
        return {"id": c.id, "text": c.text, "citations": c.citations, "line": c.line, "role": c.role,
                "section": c.section, "date": c.date, "evidence": c.evidence, "stage": c.stage,
                "repair_of": c.repair_of}

    doc = {
        "run": run_id,
        "cached": cached,
        "status": result.status,
        "error": result.error,
        "shape": result.shape,
        "model": result.model,
        "prompts": result.prompts,
        "sources": [s.model_dump() for s in result.sources],
        "summary": summary_body(result),
        "claims": [claim(c) for c in result.final_claims()],
        "rejected": [{**claim(c), "reasons": [r.model_dump() for r in c.reasons]} for c in result.rejected_claims()],
        "stats": result.stats.model_dump(),
        "verification": verification_line(result, run_id),
        "usage": result.usage.model_dump(),
        "cost_usd": result.cost_usd,
        "chunks": result.chunks,
        "timings": result.timings,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_summary(result, run_id: str, fmt: str, *, cached: bool = False) -> str:
    """``markdown`` | ``json`` | ``digest`` rendering of a pipeline result."""
    if fmt == "json":
        return summary_json(result, run_id, cached=cached)
    if fmt == "digest" or result.shape == "digest":
        return summary_digest(result, run_id)
    return summary_markdown(result, run_id)
