"""Text renderings of reports and sources for people (the CLI prints them; this module never prints)."""

from __future__ import annotations

import json
from collections.abc import Callable

from .sources import Source, sentence_by_id
from .verify import VerificationReport, describe_alignment
from .textnorm import count_noun


def sources_json(sources: list[Source], *, include_boilerplate: bool = True) -> str:
    """The numbered sentences as the stable JSON document of ``summarizer sources --json``.

    ``include_boilerplate=False`` leaves flagged sentences out (``--drop-boilerplate``); ids do not change.
    """
    doc = {
        "sources": [
            {
                "number": src.number,
                "path": src.path,
                "sentences": [
                    {"id": s.id, "text": s.text, "start": s.start, "end": s.end, "boilerplate": s.boilerplate}
                    for s in src.sentences
                    if include_boilerplate or not s.boilerplate
                ],
            }
            for src in sources
        ]
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def report_json(report: VerificationReport) -> str:
    """The report as JSON (the ``verify --json`` contract)."""
    return report.to_json(indent=2) + "\n"


Styler = Callable[[str, str], str]  # (text, role) → text; roles: ok, bad, code, dim


def _plain(text: str, role: str) -> str:
    return text


def report_text(report: VerificationReport, sources: list[Source], *, style: Styler = _plain) -> str:
    """The report for a person: each claim, its verdict, its reasons and the sentences it was checked against."""
    lines: list[str] = []
    for c in report.claims:
        ok = c.verdict == "supported"
        mark = style("VERIFIED", "ok") if ok else style("REJECTED", "bad")
        cites = " ".join(f"[{x}]" for x in c.citations) or "(no citation)"
        lines.append(f"{mark} #{c.index + 1} {c.text}  {style(cites, 'dim')}")
        for r in c.reasons:
            lines.append(f"    - {style(r.code, 'code')}: {r.message}")
        words = describe_alignment(c.alignment)
        if words:
            lines.append(style("    words: " + "; ".join(words), "dim"))
        for sid in c.evidence:
            s = sentence_by_id(sources, sid)
            if s is not None:
                lines.append(style(f"    [{sid}] {s.display_text}", "dim"))
        lines.append("")
    st = report.stats
    lines.append(f"{count_noun(st.claims, 'claim')}: {st.supported} verified, {st.rejected} rejected.")
    if report.non_claims:
        lines.append(f"Not claims, so not checked: {non_claim_counts(report)}.")
    return "\n".join(lines) + "\n"


def non_claim_counts(report: VerificationReport, *, all_kinds: bool = False) -> str:
    """``2 headings, 1 reference``: the parts of a summary that are not claims (``all_kinds``: zeros too)."""
    counts = dict.fromkeys(("heading", "marker", "reference"), 0) if all_kinds else {}
    for n in report.non_claims:
        counts[n.kind] = counts.get(n.kind, 0) + 1
    return ", ".join(count_noun(v, k) for k, v in sorted(counts.items()))


# -- drafted summaries (``summarizer summarize``) ------------------------------------------------------
# The result is a records.SummaryResult; it is only read here, so render imports no pydantic model for it.


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


def digest_parts(claims, section_checks) -> list[tuple[str, str | None, list]]:
    """A digest's layout, for Markdown and HTML alike: ``(kind, heading, claims)`` for the headline (no
    heading), each titled section, then the timeline. A section title that failed its check
    (``section_checks``) is replaced by a neutral "Section N", so no unverified statement appears."""
    titles = {s.title: s for s in section_checks}
    parts: list[tuple[str, str | None, list]] = []
    first = next((c for c in claims if c.role == "headline"), None)
    if first is not None:
        parts.append(("headline", None, [first]))
    sections: dict[str | None, list] = {}
    for c in claims:
        if c.role == "point":
            sections.setdefault(c.section, []).append(c)
    for number, (title, members) in enumerate(sections.items(), 1):
        checked = titles.get(title) if title else None
        parts.append(("section", title if checked is not None and checked.verified else f"Section {number}", members))
    events = [c for c in claims if c.role == "event"]
    if events:
        parts.append(("timeline", "Timeline", events))
    return parts


def _digest_lines(claims, section_checks, *, line: Callable, headline: Callable) -> list[str]:
    """Headline, titled sections and timeline of a digest in Markdown; ``line``/``headline`` render one claim."""
    out: list[str] = []
    for kind, heading, members in digest_parts(claims, section_checks):
        if kind == "headline":
            out += [headline(members[0]), ""]
            continue
        out.append(f"## {heading}")
        out += [f"- {line(c)}" if kind == "timeline" else line(c) for c in members]
        out.append("")
    return out


def summary_digest(result, run_id: str) -> str:
    """A digest: headline, short titled sections, a dated timeline and the sources; every line was verified.

    Section titles were checked against their section's citations; a title that failed is replaced by a
    neutral label ("Section 2"), so no unverified statement appears.
    """
    def headline(c) -> str:
        text, _, marker = c.line.rpartition(" ")
        return f"**{text}** {marker}"

    out = _digest_lines(result.final_claims(), result.sections, line=lambda c: c.line, headline=headline)
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
        "rejected": [{**claim(c), "reasons": [r.to_dict() for r in c.reasons]} for c in result.rejected_claims()],
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


# -- the runs listing (``summarizer runs`` and the runs page of ``review --web``) ---------------------------

RUNS_COLUMNS = ("RUN", "CREATED (UTC)", "STATUS", "SHAPE", "SOURCES", "VERIFIED", "REJECTED", "DECIDED", "MODEL")


def runs_row(run) -> tuple[str, ...]:
    """One run's cells under RUNS_COLUMNS: ``verified/claims``, ``decided/rejected``, the time to the second."""
    return (run.id, run.created_at[:19].replace("T", " "), run.status, run.shape, str(run.sources),
            f"{run.verified}/{run.claims}", str(run.rejected), f"{run.decided}/{run.rejected}", run.model)


def runs_table(runs) -> str:
    """The runs as the fixed-width table ``summarizer runs`` prints."""
    widths = (-23, -20, -7, -8, 7, 9, 8, 7)  # negative: left-aligned
    def line(cells) -> str:
        fixed = " ".join(f"{c:<{-w}}" if w < 0 else f"{c:>{w}}" for c, w in zip(cells, widths))
        return f"{fixed}  {cells[-1]}"
    return "\n".join([line(RUNS_COLUMNS)] + [line(runs_row(r)) for r in runs]) + "\n"


# -- review (``summarizer review``) and exports with decisions applied (``summarizer export``) ---------------
# A claim a person accepted over the verifier's objections is marked wherever it appears; so a reader can
# always tell "the verifier checked this" from "a person vouched for this".

ACCEPTED_MARK = "\u2020"  # † after the citation markers of a person-accepted claim
ACCEPTED_LABEL = "accepted by a reviewer, not verified"


def _highlight(text: str, spans, style: Styler, role: str = "bad") -> str:
    if not spans:
        return text
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a])
        piece = text[a:b]
        styled = style(piece, role)
        # Without colour, «…» shows the highlight in any terminal and in logs.
        out.append(styled if styled != piece else f"\u00ab{piece}\u00bb")
        pos = b
    out.append(text[pos:])
    return "".join(out)


def decision_text(claim) -> str:
    """How a reviewed claim was decided, by whom and when (``kept rejected by ann, 2026-01-07 09:30 UTC``)."""
    return "undecided" if claim.decision is None else decision_words(claim.decision)


def _decision_what(d) -> str:
    """What a decision did, in the one wording every view uses: terminal review, web page, export."""
    if d.action == "edit":
        return "edited; the verifier passed the new text" if d.verdict == "supported" else "edited; the new text still fails"
    return {"keep": "kept rejected", "accept": "accepted with a note", "skip": "skipped"}.get(d.action, d.action)


def decision_words(d) -> str:
    """One decision of a claim's history in words, by whom and when (a skip included: ``skipped by ann, …``)."""
    when = d.decided_at[:16].replace("T", " ")
    note = f": \u201c{d.note}\u201d" if d.note else ""
    return f"{_decision_what(d)} by {d.reviewer}, {when} UTC{note}"


def decided_words(decision) -> str:
    """What was just recorded, for the reviewer: ``accepted with a note by ann``."""
    return f"{_decision_what(decision)} by {decision.reviewer}"


def review_claim_text(claim, explanation, *, position: str = "", style: Styler = _plain) -> str:
    """One rejected claim for a reviewer: highlighted claim, reasons in plain words, cited sentences in context."""
    lines = [style(f"Claim {claim.id}", "code") + (f"  ({position})" if position else "") + f"  \u2014 {decision_text(claim)}"]
    lines.append("  " + _highlight(explanation.line, explanation.highlights, style))
    if claim.edited:
        lines.append(style(f"  (edited; the run's text was: {claim.original_line})", "dim"))
    if explanation.unsupported:
        shown = ", ".join(f"\u201c{u}\u201d" for u in explanation.unsupported)
        lines.append(style(f"  Not in the cited sentences: {shown}", "dim"))
    lines.append("")
    if explanation.reasons:
        lines.append("  Why the verifier rejected it:")
        for r in explanation.reasons:
            lines.append(f"  - {r.title[:1].upper()}{r.title[1:]}: {r.message} {style(f'({r.code})', 'dim')}")
    else:
        lines.append("  The verifier passes the claim as it now reads.")
    if explanation.alignment:
        lines += ["", "  How its words match the cited sentences:"]
        lines += [f"    {w}" for w in explanation.alignment]
    if explanation.context:
        lines += ["", "  What the cited sentences say (with the sentence before and after):"]
        previous = None
        for s in explanation.context:
            src, num = s.id.split(".")
            if previous is not None and (previous[0] != src or int(num) != previous[1] + 1):
                lines.append("      \u2026")
            previous = (src, int(num))
            if s.cited:
                lines.append(f"  \u25b8 [{s.id}] " + _highlight(s.text, s.highlights, style, "code"))
            else:
                lines.append(style(f"    [{s.id}] {s.text}", "dim"))
    if explanation.suggestions:
        cite = "".join(f"[{sid}]" for sid in explanation.suggested_citations)
        verdict = (f"Citing {cite} instead passes the verifier, so the citation may be what is wrong. Not cited now:"
                   if explanation.suggestion_passes else
                   f"The best match across all sources, {cite}, does not pass either. Not cited now:")
        lines += ["", f"  {verdict}"]
        for s in explanation.suggestions:
            lines.append(f"    [{s.id}] {s.text}")
    return "\n".join(lines) + "\n"


def review_summary_line(review) -> str:
    """``1 rejected claim: 1 decided (1 accepted, 0 kept, 0 verified after edit), 0 left``."""
    st = review.stats()
    return (f"{count_noun(st.rejected, 'rejected claim')}: {st.decided} decided ({st.accepted} accepted, "
            f"{st.kept} kept rejected, {st.edited_verified} verified after an edit), {st.undecided} left to decide.")


def reviewed_verification_line(review) -> str:
    """The verification line of an export: what the verifier passed, what people accepted, what stays out."""
    st = review.stats()
    verified = sum(1 for c in review.claims if c.status == "verified")
    parts = [f"{verified} of {st.claims} claims verified"]
    if st.edited_verified:
        parts[0] += f" ({st.edited_verified} after a reviewer's edit)"
    parts.append(f"{st.accepted} accepted by a reviewer ({ACCEPTED_MARK})")
    left_out = sum(1 for c in review.claims if c.status == "rejected")
    parts.append(f"{left_out} rejected and left out")
    line = ", ".join(parts)
    if st.undecided:
        line += f" ({st.undecided} not reviewed yet)"
    return line + f" \u2014 run {review.run.id}"


def _published_line(claim) -> str:
    if claim.status == "accepted":
        return f"{claim.line} {ACCEPTED_MARK}"
    return claim.line


def export_markdown(review) -> str:
    """The reviewed summary as Markdown: published claims (accepted ones marked †), notes, left-out claims."""
    result, run_id = review.result, review.run.id
    published = review.published
    out: list[str] = []
    if result.shape == "digest":
        out += _digest_lines(published, result.sections, line=_published_line,
                             headline=lambda c: f"**{_published_line(c)}**")
    else:
        out += ["# Summary", ""]
        out += [_published_line(c) for c in published] or ["(no claim could be verified or was accepted)"]
        out.append("")
    accepted = [c for c in published if c.status == "accepted"]
    if accepted:
        out += [f"## {ACCEPTED_MARK} Accepted by a reviewer", "",
                f"The verifier rejected these claims; a person accepted them, with the note given. They are marked {ACCEPTED_MARK}.", ""]
        for c in accepted:
            d = c.decision
            why = "; ".join(f"{r.code}: {r.message}" for r in c.reasons)
            out.append(f"- Claim {c.id}, {d.reviewer}, {d.decided_at[:10]}: \u201c{d.note}\u201d (verifier: {why})")
        out.append("")
    left_out = [c for c in review.under_review if c.status == "rejected"]
    if left_out:
        out += ["## Rejected and left out", ""]
        for c in left_out:
            codes = ", ".join(r.code for r in c.reasons)
            out.append(f"- Claim {c.id} ({decision_text(c)}; {codes}): {c.line}")
        out.append("")
    out += ["## Sources", ""] + _sources_list(result)
    out += ["", reviewed_verification_line(review), _provenance_line(result, run_id)]
    return "\n".join(out) + "\n"


def export_json(review, sentences: dict[str, str]) -> str:
    """The reviewed run as JSON: published ``claims`` (status verified | accepted) and every claim the verifier
    rejected in the run (``reviewed``) with its decision and history; ``sentences`` holds the cited source text."""
    def claim(c) -> dict:
        d = c.decision
        return {
            "id": c.id, "status": c.status, "line": c.line, "text": c.text, "citations": c.citations,
            "evidence": c.evidence, "role": c.role, "section": c.section, "date": c.date,
            "verified_by": "verifier" if c.status == "verified" else ("reviewer" if c.status == "accepted" else None),
            "reasons": [r.to_dict() for r in c.reasons], "edited": c.edited, "original_line": c.original_line,
            "decision": None if d is None else d.model_dump(mode="json", exclude_none=True),
            "history": [h.model_dump(mode="json", exclude_none=True) for h in c.history],
        }

    cited = sorted({sid for c in review.claims for sid in c.evidence + c.citations if sid in sentences},
                   key=lambda sid: tuple(int(p) for p in sid.split(".")))
    doc = {
        "run": review.run.id,
        "shape": review.result.shape,
        "model": review.result.model,
        "summary": "\n".join(_published_line(c) for c in review.published) + "\n",
        "claims": [claim(c) for c in review.published],
        "reviewed": [claim(c) for c in review.under_review],
        "stats": review.stats().model_dump(),
        "verification": reviewed_verification_line(review),
        "accepted_mark": ACCEPTED_MARK,
        "sources": [s.model_dump() for s in review.result.sources],
        "sentences": {sid: sentences[sid] for sid in cited},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
