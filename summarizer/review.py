"""Reviewing a run's rejected claims: a person's decisions, why each claim was rejected, the reviewed summary.

    session = ReviewSession.open(store, "20261123-…", source_paths=())   # sources are found and checked
    session.explain(claim)                      # highlights, reasons in plain words, context, better sentences
    session.decide(14, "accept", note="…")      # committed to the store at once

A decision is one of

    keep     the claim stays rejected and out of the summary
    accept   a person's override, which needs a note; the claim is published, marked as accepted by a person
    edit     new text (and citations), re-verified at once: published only if the verifier passes it, or if
             the reviewer then accepts it with a note
    skip     nothing changes; recorded so the log shows the claim was looked at

Decisions are an append-only log in the run store. The latest decision on a claim other than ``skip`` is
the one that counts; each is committed as it is made, so a crash mid-review loses nothing. The library
never prints or prompts; the CLI does.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .citations import MARKER_RE, claim_line, parse_summary, strip_markers
from .errors import InputError, SourceError
from .records import ClaimOutcome, SummaryResult, chain_ends
from .sources import DEFAULT_MAX_SOURCE_BYTES, STDIN_LABEL, Sentence, Source, load_sources, neighbours, sentence_by_id
from .store import RunRecord, RunStore, utc_now
from .verify import Reason, Verifier, VerifierConfig, describe_alignment

Action = Literal["keep", "accept", "edit", "skip"]
ACTIONS: tuple[Action, ...] = ("keep", "accept", "edit", "skip")
# What a claim is after review: passed by the verifier (perhaps after a person's edit), accepted by a
# person over the verifier's objections, or rejected (kept, or not decided yet).
ClaimStatus = Literal["verified", "accepted", "rejected"]

# The reason codes in plain words: what a reader needs before the verifier's own message.
REASON_TITLES: dict[str, str] = {
    "no_content": "it asserts nothing a citation could back",
    "uncited": "it cites no source sentence",
    "citation_not_found": "it cites a sentence that does not exist",
    "quote_not_found": "it quotes words the cited sentences do not contain",
    "number_mismatch": "a number or date in it is not in the cited sentences",
    "entity_mismatch": "it names someone or something the cited sentences do not",
    "negation_mismatch": "one of them says \u201cnot\u201d where the other does not",
    "hedge_dropped": "it states as fact what the source only reports or hedges",
    "quantifier_mismatch": "it claims more than the source (all, most, only\u2026)",
    "speaker_mismatch": "it attributes the words to the wrong person",
    "cause_not_found": "it gives a cause the source does not state",
    "modality_mismatch": "it is surer than the source (a different or stronger hedge)",
    "substitution": "it puts a different word where the source has another",
    "antonym": "it says the opposite of the source",
    "role_swap": "it swaps who did what, or two things the source keeps apart",
    "negation_scope": "under a negation it claims more than the source denies",
    "unsupported_detail": "some of its words have no counterpart in the cited sentences",
}
# Reasons that suggest the claim may be right but cite the wrong sentence.
_CITATION_SUSPECT = {"uncited", "citation_not_found", "unsupported_detail", "entity_mismatch", "quote_not_found",
                     "number_mismatch", "substitution"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Decision(_Strict):
    """One review decision on one claim, as stored (who, when, what, why)."""

    run_id: str
    claim_id: int
    action: Action
    reviewer: str
    decided_at: str
    note: str | None = None
    # For edits: the new line (with markers) and the verifier's verdict on it.
    line: str | None = None
    text: str | None = None
    citations: list[str] = Field(default_factory=list)
    verdict: Literal["supported", "rejected"] | None = None
    reasons: list[Reason] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    seq: int | None = None

    @property
    def settles(self) -> bool:
        """Whether this decision settles the claim (a failed edit or a skip leaves it open)."""
        return self.action in ("keep", "accept") or (self.action == "edit" and self.verdict == "supported")


class ReviewedClaim(_Strict):
    """A claim of the run's summary with the review applied: its current line, status and decision."""

    id: int
    role: str = "point"
    section: str | None = None
    date: str | None = None
    line: str
    text: str
    citations: list[str]
    evidence: list[str]
    status: ClaimStatus
    # The verifier's reasons against the current line (empty once it passes).
    reasons: list[Reason] = Field(default_factory=list)
    # Was this claim rejected by the verifier in the run (so under review)?
    reviewed: bool = False
    original_line: str
    original_reasons: list[Reason] = Field(default_factory=list)
    edited: bool = False
    decided: bool = False
    decision: Decision | None = None
    history: list[Decision] = Field(default_factory=list)


class ReviewStats(_Strict):
    """Counts over the run's rejected claims and the summary that results."""

    claims: int
    verified: int
    rejected: int
    decided: int
    accepted: int
    kept: int
    edited_verified: int
    undecided: int
    published: int


@dataclass
class Review:
    """A run with its decisions applied."""

    run: RunRecord
    result: SummaryResult
    claims: list[ReviewedClaim]
    decisions: list[Decision] = field(default_factory=list)

    @property
    def under_review(self) -> list[ReviewedClaim]:
        """The claims the verifier rejected in the run, in reading order, whatever was decided since."""
        return [c for c in self.claims if c.reviewed]

    @property
    def published(self) -> list[ReviewedClaim]:
        """The claims of the final summary: verified or accepted by a person, in reading order."""
        return [c for c in self.claims if c.status != "rejected"]

    def claim(self, claim_id: int) -> ReviewedClaim:
        """The claim with this id; InputError when it is not one of the run's rejected claims."""
        for c in self.under_review:
            if c.id == claim_id:
                return c
        ids = ", ".join(str(c.id) for c in self.under_review) or "none"
        if any(c.id == claim_id for c in self.claims):
            raise InputError(f"claim {claim_id} of run {self.run.id} was verified; only rejected claims are reviewed (rejected: {ids})")
        raise InputError(f"run {self.run.id} has no claim {claim_id} (rejected claims: {ids})")

    def stats(self) -> ReviewStats:
        """Counts for listings and the verification line of exports."""
        rejected = self.under_review
        return ReviewStats(
            claims=len(self.claims),
            verified=sum(1 for c in self.claims if not c.reviewed),
            rejected=len(rejected),
            decided=sum(1 for c in rejected if c.decided),
            accepted=sum(1 for c in rejected if c.status == "accepted"),
            kept=sum(1 for c in rejected if c.decided and c.status == "rejected"),
            edited_verified=sum(1 for c in rejected if c.status == "verified"),
            undecided=sum(1 for c in rejected if not c.decided),
            published=len(self.published),
        )


def reviewer_name(explicit: str | None = None) -> str:
    """Who is deciding: the given name (the CLI's --reviewer or SUMMARIZER_REVIEWER), else the OS user
    ("unknown" if none)."""
    if explicit and explicit.strip():
        return explicit.strip()
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):  # no passwd entry (containers), no USER/LOGNAME
        return "unknown"


def load_review(store: RunStore, run_id: str | None = None) -> Review:
    """The run (the latest finished one when ``run_id`` is None) with every stored decision applied."""
    run = _get_run(store, run_id)
    result = SummaryResult.model_validate(run.result)
    decisions = [Decision.model_validate(d) for d in store.decisions(run.id)]
    return Review(run=run, result=result, claims=apply_decisions(result, decisions), decisions=decisions)


def apply_decisions(result: SummaryResult, decisions: Sequence[Decision]) -> list[ReviewedClaim]:
    """The run's final claims in reading order, each with the latest decision on it applied."""
    by_claim: dict[int, list[Decision]] = {}
    for d in decisions:
        by_claim.setdefault(d.claim_id, []).append(d)
    claims = []
    for c in chain_ends(result.claims):
        history = by_claim.get(c.id, []) if c.status == "rejected" else []
        claims.append(_reviewed(c, history))
    return claims


def _reviewed(c: ClaimOutcome, history: list[Decision]) -> ReviewedClaim:
    rc = ReviewedClaim(
        id=c.id, role=c.role, section=c.section, date=c.date, line=c.line, text=c.text, citations=list(c.citations),
        evidence=list(c.evidence), status=c.status, reasons=list(c.reasons), reviewed=c.status == "rejected",
        original_line=c.line, original_reasons=list(c.reasons), history=list(history),
    )
    for d in history:
        if d.action == "skip":
            continue
        rc.decision = d
        if d.action == "edit" and d.line is not None:
            rc.line, rc.text, rc.citations, rc.evidence = d.line, d.text or strip_markers(d.line), list(d.citations), list(d.evidence)
            rc.reasons = list(d.reasons)
            rc.edited = True
            rc.status = "verified" if d.verdict == "supported" else "rejected"
        elif d.action == "accept":
            rc.status = "accepted"
        elif d.action == "keep":
            rc.status = "rejected"
        rc.decided = d.settles
    return rc


def _get_run(store: RunStore, run_id: str | None) -> RunRecord:
    if run_id is not None and not run_id.strip():
        # An empty argument ("$RUN" unset in a script) must not silently mean "the latest run".
        raise InputError("the run id is empty; give one (see summarizer runs), or none for the latest run")
    if run_id:
        run = store.get(run_id)
    else:
        latest = next((r for r in store.list_runs() if r.status == "done"), None)
        if latest is None:
            raise InputError(f"no finished run in {store.path} to review (summarizer summarize SOURCE...)")
        run = store.get(latest.id)
    if run.status != "done":
        raise InputError(f"run {run.id} failed ({run.error}); it has no claims to review")
    return run


# -- sources ------------------------------------------------------------------------------------------


def locate_sources(run: RunRecord, paths: Sequence[str] = (), *, max_bytes: int = DEFAULT_MAX_SOURCE_BYTES,
                   stdin_bytes: bytes | None = None) -> list[Source]:
    """The run's sources, read again from where they were (or from ``paths``; ``-`` is ``stdin_bytes``), checked by sha256.

    Sentence ids are only meaningful for the exact text the run saw, so a changed file is refused.
    """
    recorded = run.source_files
    if paths and len(paths) != len(recorded):
        raise InputError(f"run {run.id} has {len(recorded)} source(s); --source was given {len(paths)} time(s)")
    wanted = list(paths) or [str(r.get("path")) for r in recorded]
    if not paths and STDIN_LABEL in wanted:
        raise InputError(f"run {run.id} read standard input; give the file with --source FILE, or pipe it with --source -"
                         + (" (one --source per source, in order)" if len(recorded) > 1 else ""))
    hint = "run from the folder `summarize` ran in, or give the files in order with --source"
    try:
        sources = load_sources(wanted, max_bytes=max_bytes, stdin_bytes=stdin_bytes)
    except SourceError as error:
        raise InputError(f"cannot read the sources of run {run.id}: {error} ({hint})") from None
    if len(sources) != len(recorded):
        raise InputError(f"run {run.id} has {len(recorded)} source(s) but {len(sources)} were found ({hint})")
    for src, rec in zip(sources, recorded):
        if src.sha256 != rec.get("sha256"):
            raise InputError(
                f"source {rec.get('number')} of run {run.id} ({src.path}) has changed since the run "
                f"(sha256 {src.sha256[:12]}, recorded {str(rec.get('sha256'))[:12]}), so its sentence numbers may "
                f"not match; {hint}"
            )
    return sources


# -- explanations ---------------------------------------------------------------------------------------


class ExplainedReason(_Strict):
    """A reason with its code in plain words."""

    code: str
    title: str
    message: str
    details: dict = Field(default_factory=dict)


class ShownSentence(_Strict):
    """A source sentence shown to the reviewer: cited, or context around a cited one."""

    id: str
    text: str
    cited: bool
    # Spans of ``text`` the reasons point at (hedges, negations, speakers the claim dropped or changed).
    highlights: list[tuple[int, int]] = Field(default_factory=list)


class Suggestion(_Strict):
    """A sentence it does not cite that is among the best matches for the claim across all sources."""

    id: str
    text: str


class Explanation(_Strict):
    """Everything a reviewer needs to see why a claim was rejected, without opening the sources."""

    claim_id: int
    line: str
    # Spans of ``line`` the evidence does not support: missing words, figures, names, quotes.
    highlights: list[tuple[int, int]]
    unsupported: list[str]
    reasons: list[ExplainedReason]
    # Cited sentences with the sentence before and after each; consecutive ids form one passage.
    context: list[ShownSentence]
    suggestions: list[Suggestion]
    # The sentences the verifier chose from all sources (cited ones included): what to cite instead.
    suggested_citations: list[str] = Field(default_factory=list)
    # True when the claim, with its markers removed and checked against the best sentences of all
    # sources, passes: the citation, not the claim, is likely what is wrong.
    suggestion_passes: bool = False
    # How the claim's words matched the cited sentences' (verifier 2.0's alignment, in words):
    # "prolong ≈ extend (synonym)", "cruise ≠ hypersonic [2.13] (a different kind of the same thing)".
    alignment: list[str] = Field(default_factory=list)


class ReviewSession:
    """A review of one run: its sources, a verifier configured as the run's was, and the store to commit to."""

    def __init__(self, store: RunStore, review: Review, sources: list[Source] | None = None,
                 reviewer: str | None = None) -> None:
        self.store = store
        self.review = review
        self._sources = sources
        self.reviewer = reviewer_name(reviewer)
        self._verifier: Verifier | None = None
        self._attributor: Verifier | None = None

    @classmethod
    def open(cls, store: RunStore, run_id: str | None = None, *, source_paths: Sequence[str] = (),
             reviewer: str | None = None, need_sources: bool = True, max_bytes: int = DEFAULT_MAX_SOURCE_BYTES,
             stdin_bytes: bytes | None = None) -> ReviewSession:
        """Load the run and its decisions; read and check its sources now when ``need_sources``.

        ``stdin_bytes`` is the text of a ``-`` among ``source_paths``.
        """
        review = load_review(store, run_id)
        session = cls(store, review, reviewer=reviewer)
        session._source_paths, session._max_bytes, session._stdin_bytes = tuple(source_paths), max_bytes, stdin_bytes
        if need_sources:
            session.sources  # noqa: B018 - fail early, before the reviewer starts
        return session

    @property
    def sources(self) -> list[Source]:
        """The run's sources (read on first use)."""
        if self._sources is None:
            self._sources = locate_sources(self.review.run, getattr(self, "_source_paths", ()),
                                           max_bytes=getattr(self, "_max_bytes", DEFAULT_MAX_SOURCE_BYTES),
                                           stdin_bytes=getattr(self, "_stdin_bytes", None))
        return self._sources

    def _config(self, *, attribute: bool = False) -> VerifierConfig:
        v = self.review.result.verifier
        return VerifierConfig(min_support=v.min_support, attribute=attribute, shortlist=v.shortlist, max_evidence=v.max_evidence)

    @property
    def verifier(self) -> Verifier:
        """The verifier with the run's settings."""
        if self._verifier is None:
            self._verifier = Verifier(self.sources, self._config())
        return self._verifier

    def sentence(self, sentence_id: str) -> Sentence | None:
        """A source sentence by id, or None."""
        return sentence_by_id(self.sources, sentence_id)

    # -- explaining -------------------------------------------------------------------------------

    def explain(self, claim: ReviewedClaim) -> Explanation:
        """Why the claim (as it now reads) was rejected: highlights, plain-word reasons, context, better sentences."""
        reasons = claim.reasons or claim.original_reasons
        terms = _terms(reasons, evidence=False)
        spans = _find_spans(claim.line, terms)
        evidence_terms = _terms(reasons, evidence=True)
        shown_ids = claim.evidence or [c for c in claim.citations if "." in c]
        context: list[ShownSentence] = []
        seen: set[str] = set()
        for sid in shown_ids:
            s = self.sentence(sid)
            if s is None:
                continue
            for neighbour in neighbours(self.sources, s, 1):
                if neighbour.id in seen:
                    continue
                seen.add(neighbour.id)
                text = neighbour.display_text
                cited = neighbour.id in shown_ids
                context.append(ShownSentence(id=neighbour.id, text=text, cited=cited,
                                             highlights=_find_spans(text, evidence_terms) if cited else []))
        context.sort(key=lambda x: tuple(int(p) for p in x.id.split(".")))
        suggestions, passes, suggested = self._suggest(claim, reasons)
        checked = self.verifier.check(claim.line).claims
        return Explanation(
            alignment=describe_alignment(checked[0].alignment) if len(checked) == 1 else [],
            claim_id=claim.id, line=claim.line, highlights=spans,
            unsupported=[claim.line[a:b] for a, b in spans],
            reasons=[ExplainedReason(code=r.code, title=REASON_TITLES.get(r.code, r.code.replace("_", " ")),
                                     message=r.message, details=r.details) for r in reasons],
            context=context, suggestions=suggestions, suggestion_passes=passes, suggested_citations=suggested,
        )

    def _suggest(self, claim: ReviewedClaim, reasons: list[Reason]) -> tuple[list[Suggestion], bool, list[str]]:
        if not reasons or not ({r.code for r in reasons} & _CITATION_SUSPECT):
            return [], False, []
        if self._attributor is None:
            self._attributor = Verifier(self.sources, self._config(attribute=True))
        parsed = parse_summary(strip_markers(claim.line))
        if len(parsed.claims) != 1:
            return [], False, []
        report = self._attributor.check_claim(parsed.claims[0])
        cited = set(claim.evidence) | set(claim.citations)
        better = [sid for sid in report.evidence if sid not in cited]
        if not better:
            return [], False, []
        shown = [Suggestion(id=sid, text=s.display_text) for sid in better if (s := self.sentence(sid)) is not None]
        return shown, report.verdict == "supported", list(report.evidence)

    # -- exporting --------------------------------------------------------------------------------

    def cited_sentences(self) -> dict[str, str]:
        """The text of every sentence the run's claims cite or were checked against, and of the context shown."""
        review = self.review
        wanted = {sid for c in review.claims for sid in c.citations + c.evidence}
        wanted |= {s.id for c in review.under_review for s in self.explain(c).context}
        return {sid: s.display_text for sid in wanted if (s := self.sentence(sid)) is not None}

    def export(self, fmt: str) -> str:
        """The reviewed summary as ``summarizer export --format`` writes it: ``markdown``, ``json`` or ``html``.

        json and html quote the cited source sentences, so they read the run's sources; markdown does not.
        """
        from .render import export_json, export_markdown

        if fmt == "markdown":
            return export_markdown(self.review)
        if fmt == "json":
            return export_json(self.review, self.cited_sentences())
        if fmt == "html":
            from .html import export_html

            explanations = {c.id: self.explain(c) for c in self.review.under_review}
            return export_html(self.review, self.cited_sentences(), explanations)
        raise InputError(f"unknown export format {fmt!r}; choose markdown, json or html")

    # -- deciding ---------------------------------------------------------------------------------

    def check_edit(self, claim: ReviewedClaim, new_text: str) -> tuple[str, Verifier]:
        """The line an edit will be verified as: the text with its markers, or with the claim's citations added."""
        text = " ".join(new_text.split())
        if not text:
            raise InputError("the edited claim is empty")
        if not parse_summary(text).claims or not any(c.citations or c.malformed for c in parse_summary(text).claims):
            text = claim_line(strip_markers(text), claim.citations)
        return text, self.verifier

    def decide(self, claim_id: int, action: str, *, note: str | None = None, text: str | None = None,
               reviewer: str | None = None) -> Decision:
        """Record one decision (committed at once) and apply it; returns the stored decision.

        ``accept`` needs a note; ``edit`` needs the new text, which is re-verified now.
        """
        if action not in ACTIONS:
            raise InputError(f"unknown decision {action!r}; choose one of {', '.join(ACTIONS)}")
        _check_typed(note, "note", MAX_NOTE_CHARS)
        _check_typed(text, "edited claim", MAX_EDIT_CHARS)
        claim = self.review.claim(claim_id)
        note = " ".join(note.split()) if note else None
        if action == "accept" and not note:
            raise InputError(f"accepting claim {claim_id} over the verifier's objections needs a note saying why (--note)")
        if action != "edit" and text is not None:
            raise InputError("--text goes with an edit (CLAIM=edit)")
        decision = Decision(run_id=self.review.run.id, claim_id=claim_id, action=action,  # type: ignore[arg-type]
                            reviewer=reviewer_name(reviewer) if reviewer else self.reviewer, decided_at=utc_now(), note=note)
        if action == "edit":
            if text is None or not text.strip():
                raise InputError(f"an edit of claim {claim_id} needs the new text (--text)")
            line, verifier = self.check_edit(claim, text)
            report = verifier.check(line)
            if len(report.claims) != 1:
                raise InputError(f"the edited claim must be one sentence; it reads as {len(report.claims)}")
            checked = report.claims[0]
            decision.line, decision.text, decision.citations = line, checked.text, list(checked.citations)
            decision.verdict, decision.reasons, decision.evidence = checked.verdict, list(checked.reasons), list(checked.evidence)
        decision.seq = self.store.add_decision(
            run_id=decision.run_id, claim_id=claim_id, action=action, settles=decision.settles,
            reviewer=decision.reviewer, decided_at=decision.decided_at,
            record=decision.model_dump(mode="json", exclude={"seq"}),
        )
        self.review.decisions.append(decision)
        self.review.claims = apply_decisions(self.review.result, self.review.decisions)
        return decision


# What a reviewer types: a note says why, an edit is one claim. Longer input is refused before anything is
# verified or stored (the web page's fields carry the same limits), so one request cannot tie up the verifier.
MAX_NOTE_CHARS = 2000
MAX_EDIT_CHARS = 4000
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _check_typed(value: str | None, what: str, limit: int) -> None:
    """A reviewer's note or edit: at most ``limit`` characters, and no control characters (they would
    reach terminals and exports as they are: a title-setting escape, a NUL)."""
    if value is None:
        return
    if len(value) > limit:
        raise InputError(f"the {what} is {len(value):,} characters long; at most {limit:,} are taken")
    bad = _CONTROL_RE.search(value)
    if bad:
        raise InputError(f"the {what} holds a control character (U+{ord(bad.group()):04X}); type plain text")


def _terms(reasons: Sequence[Reason], *, evidence: bool) -> list[str]:
    terms: list[str] = []
    for r in reasons:
        for value in r.evidence_words if evidence else r.claim_words:
            if value not in terms:
                terms.append(value)
    return terms


_QUOTE_CLASS = {"'": "['\u2018\u2019`]", '"': "[\"\u201c\u201d]", "-": "[-\u2010-\u2015]"}


def _find_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the terms occur in ``text`` (whole words, any case, any quote or dash style), merged and sorted."""
    spans: list[tuple[int, int]] = []
    markers = [m.span() for m in MARKER_RE.finditer(text)]
    for term in terms:
        parts = []
        for ch in term.strip():
            if ch in _QUOTE_CLASS:
                parts.append(_QUOTE_CLASS[ch])
            elif ch.isspace():
                parts.append(r"\s+")
            else:
                parts.append(re.escape(ch))
        pattern = "".join(parts).replace(r"\s+\s+", r"\s+")
        if not pattern:
            continue
        for m in re.finditer(rf"(?<![\w]){pattern}(?![\w])", text, re.IGNORECASE):
            if not any(a < m.end() and m.start() < b for a, b in markers):  # never inside a [2.14] marker
                spans.append(m.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
