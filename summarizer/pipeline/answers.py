"""What the model must return: the answer schemas (structured output) and the parsing of text-mode answers.

A text-mode answer is JSON when it looks like JSON, else sentences with inline markers read by the
citation grammar. An answer that cannot be turned into claims raises :class:`ParseProblem`, whose
message is what the model is shown on the re-ask.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from ..citations import parse_markers, parse_summary, strip_markers


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DraftClaim(_Strict):
    """One sentence of a draft and the ids of the source sentences it rests on."""

    text: str
    citations: list[str]


class Draft(_Strict):
    """A draft summary: its sentences in reading order."""

    claims: list[DraftClaim]


class DigestSectionDraft(_Strict):
    """A titled section of a digest."""

    title: str
    claims: list[DraftClaim]


class TimelineEntryDraft(_Strict):
    """A dated event of a digest's timeline."""

    date: str
    text: str
    citations: list[str]


class DigestDraft(_Strict):
    """A digest: headline, short sections and a dated timeline."""

    headline: DraftClaim
    sections: list[DigestSectionDraft]
    timeline: list[TimelineEntryDraft]


class RepairedClaim(_Strict):
    """A corrected claim; ``number`` is the rejected claim's number in the repair request."""

    number: int
    text: str
    citations: list[str]
    date: str | None


class RepairAnswer(_Strict):
    """The corrected claims (claims that cannot be supported are left out)."""

    claims: list[RepairedClaim]


class ParseProblem(Exception):
    """An answer that cannot be turned into claims; its message is shown to the model on the re-ask."""


# -- text-mode answers ------------------------------------------------------------------------------------

_FENCE_RE = re.compile(r"^\s*```[a-zA-Z]*\s*\n(.*?)\n\s*```\s*$", re.DOTALL)
_EVENT_RE = re.compile(r"^(?P<date>[^–—]{3,40}?)\s+[–—-]\s+(?P<text>.+)$", re.DOTALL)
_REPAIR_LINE_RE = re.compile(r"^\s*(?:claim\s+)?(\d{1,3})\s*[.):]\s*(.+)$", re.IGNORECASE)


def _json_answer(text: str, schema: type[BaseModel]) -> BaseModel | None:
    fenced = _FENCE_RE.match(text)
    body = (fenced.group(1) if fenced else text).strip()
    if not body.startswith("{"):
        return None
    try:
        return schema.model_validate_json(body)
    except ValidationError as exc:
        raise ParseProblem(f"the JSON does not match the requested format: {validation_message(exc)}") from None


def parse_draft_text(text: str) -> Draft:
    """A text-mode draft: JSON if it looks like JSON, else sentences with inline markers."""
    answer = _json_answer(text, Draft)
    if answer is not None:
        return answer  # type: ignore[return-value]
    claims = [DraftClaim(text=c.text, citations=[x.id for x in c.citations]) for c in parse_summary(text).claims]
    if not any(c.citations for c in claims):
        raise ParseProblem("no sentence carries a citation marker such as [1.3]")
    return Draft(claims=claims)


def parse_digest_text(text: str) -> DigestDraft:
    """A text-mode digest: headline line, ``## Title`` sections, a ``## Timeline`` of ``DATE – event`` lines."""
    answer = _json_answer(text, DigestDraft)
    if answer is not None:
        return answer  # type: ignore[return-value]
    parsed = parse_summary(text)
    headings = sorted((n.start, strip_markers(n.text).lstrip("#").strip()) for n in parsed.non_claims if n.kind == "heading")
    headline: DraftClaim | None = None
    sections: dict[str, list[DraftClaim]] = {}
    timeline: list[TimelineEntryDraft] = []
    for claim in parsed.claims:
        heading = next((h for start, h in reversed(headings) if start < claim.start), None)
        cites = [x.id for x in claim.citations]
        if heading is None or heading.lower() == "headline":
            if headline is None:
                headline = DraftClaim(text=claim.text, citations=cites)
                continue
        if heading and heading.lower() == "timeline":
            event = _EVENT_RE.match(claim.text.lstrip("-*• ").strip())
            if event:
                timeline.append(TimelineEntryDraft(date=event["date"].strip(), text=event["text"].strip(), citations=cites))
                continue
        sections.setdefault(heading or "Summary", []).append(DraftClaim(text=claim.text, citations=cites))
    if headline is None or not any(c.citations for cs in sections.values() for c in cs) and not timeline:
        raise ParseProblem("expected a headline line and sentences carrying citation markers such as [1.3]")
    return DigestDraft(
        headline=headline,
        sections=[DigestSectionDraft(title=t, claims=cs) for t, cs in sections.items()],
        timeline=timeline,
    )


def parse_repair_text(text: str) -> RepairAnswer:
    """A text-mode repair: lines ``N. corrected claim [1.3]``."""
    answer = _json_answer(text, RepairAnswer)
    if answer is not None:
        return answer  # type: ignore[return-value]
    claims = []
    for line in text.splitlines():
        m = _REPAIR_LINE_RE.match(line)
        if m:
            cites, _ = parse_markers(m.group(2))
            claims.append(RepairedClaim(number=int(m.group(1)), text=m.group(2), citations=[c.id for c in cites], date=None))
    if not claims and text.strip():
        raise ParseProblem("no line of the form '1. corrected claim [1.3]' was found")
    return RepairAnswer(claims=claims)


def validation_message(exc: ValidationError) -> str:
    """A pydantic error in one line for the model: how many problems, and the first one."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "answer"
    return f"{exc.error_count()} problem(s), first at {where}: {first['msg']}"


# -- answers → claim fields ------------------------------------------------------------------------------


def claim_fields(answer: BaseModel) -> list[dict[str, Any]]:
    """Claims of a Draft or DigestDraft as keyword arguments for adding a claim (text, citations, role…)."""
    if isinstance(answer, Draft):
        return [{"text": c.text, "citations": c.citations} for c in answer.claims if c.text.strip()]
    if isinstance(answer, DigestDraft):
        fields: list[dict[str, Any]] = []
        if answer.headline.text.strip():
            fields.append({"text": answer.headline.text, "citations": answer.headline.citations, "role": "headline"})
        for section in answer.sections:
            title = " ".join(section.title.split()) or None
            fields += [{"text": c.text, "citations": c.citations, "section": title} for c in section.claims if c.text.strip()]
        fields += [{"text": e.text, "citations": e.citations, "role": "event", "date": " ".join(e.date.split()) or None}
                   for e in answer.timeline if e.text.strip()]
        return fields
    return []


def check_claims(answer: BaseModel, require_claims: bool) -> None:
    """ParseProblem when claims are required and the answer holds none."""
    if require_claims and not claim_fields(answer):
        raise ParseProblem("the answer holds no claims")
