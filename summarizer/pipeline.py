"""The drafting pipeline: draft → verify → repair → a summary that holds only verified claims.

    Pipeline(client, model=…, options=…).run(sources) -> SummaryResult

1. Draft. The model sees the sources as numbered sentences (``prompts.format_sources``) and answers
   with claims and their citation ids, as structured output where the server supports it, else as text
   with inline markers parsed by the citation grammar. An answer that cannot be parsed is re-asked once
   with the parse error; a second failure is recorded, never raised as a crash.
   Sources over the token budget are split into chunks at sentence boundaries (ids kept); each chunk is
   drafted and verified, and the verified chunk claims are merged by the model (map-reduce).
   Unless ``keep_boilerplate`` is set, sentences flagged as boilerplate (AI disclaimers, "Related
   Articles" blocks: the rules of ``sources.with_boilerplate_flagged``) are left out of every prompt, chunks
   included; the other sentences keep their ids, and the verifier still knows every sentence.
2. Verify. Every claim is rendered as the exact line the summary will show and checked by the
   deterministic :class:`~summarizer.verify.Verifier`.
3. Repair. Rejected claims go back to the model with the verifier's reasons and their cited sentences,
   up to ``max_repairs`` rounds; repaired claims are verified again.
4. The result keeps every claim: verified ones form the summary, rejected ones keep their reasons.

:func:`run_summary` adds the run record and the cache: an identical request is answered from the store.
The library never prints; progress goes to the ``on_event`` callback.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .chunking import Chunk, split_into_chunks
from .citations import MARKER_RE, parse_markers, parse_summary, strip_markers
from .errors import ConfigError, InputError, ModelOutputError, SummarizerError
from .prompts import Prompt, escape_data, format_sentences, format_sources, load_prompts
from .sources import Sentence, Source, with_boilerplate_flagged
from .store import utc_now
from .tokens import count_tokens
from .verify import DEFAULT_MIN_SUPPORT, Reason, Verifier, VerifierConfig
from .verify.report import VerifierSettings

if TYPE_CHECKING:
    from .llm import ChatResult, Usage
    from .store import RunStore

# 2: sentences flagged as boilerplate are left out of what the model is shown unless keep_boilerplate is set.
PIPELINE_VERSION = "2"
DEFAULT_CONTEXT_TOKENS = 128_000
DEFAULT_OUTPUT_RESERVE = 4_096
DEFAULT_MAX_REPAIRS = 1
DEFAULT_SENTENCES = 12
# One re-ask per call: a model that cannot follow the format twice will not on the third try either.
MAX_REASKS = 1
# Merging rounds for very long inputs (each round merges groups that fit one prompt).
MAX_MERGE_LEVELS = 3
# Neighbours of a cited sentence shown in a repair prompt when the whole sources do not fit.
REPAIR_NEIGHBOURS = 2
# Below this, a chunk holds too few sentences to summarize anything.
MIN_SOURCE_BUDGET = 256
PROMPT_NAMES = ("draft", "digest", "merge", "repair", "reask")

Shape = Literal["summary", "digest"]
Role = Literal["point", "headline", "event"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- what the model is asked to return (structured output schemas) -------------------------------------


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


# -- what the pipeline returns -------------------------------------------------------------------------


class SummarizeOptions(_Strict):
    """Settings of one run; all of them are part of the cache key."""

    # "summary" (rendered as markdown or json) or "digest" (headline, sections, timeline): decides the prompt.
    shape: Shape = "summary"
    max_repairs: int = Field(default=DEFAULT_MAX_REPAIRS, ge=0, le=10)
    sentences: int = Field(default=DEFAULT_SENTENCES, ge=1, le=200)
    context_tokens: int = Field(default=DEFAULT_CONTEXT_TOKENS, ge=512)
    output_reserve: int = Field(default=DEFAULT_OUTPUT_RESERVE, ge=0)
    min_support: float = Field(default=DEFAULT_MIN_SUPPORT, ge=0.0, le=1.0)
    # False: sentences flagged as boilerplate (AI disclaimers, "Related Articles" blocks) are not shown to
    # the model; ids never change, and a claim that cites one is still verified like any other.
    keep_boilerplate: bool = False


class ClaimOutcome(_Strict):
    """A claim as drafted or repaired, the exact line verified, and its verdict with reasons."""

    id: int
    role: Role = "point"
    section: str | None = None
    date: str | None = None
    text: str
    citations: list[str]
    line: str
    status: Literal["verified", "rejected"]
    reasons: list[Reason] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    stage: str
    # Chunk-level candidates feed the merge; only final-stage claims (and their repairs) are counted.
    final: bool = True
    repair_of: int | None = None
    repaired_by: int | None = None


class SectionOutcome(_Strict):
    """A digest section title, verified against the citations of the section's verified claims."""

    title: str
    line: str
    verified: bool
    reasons: list[Reason] = Field(default_factory=list)


class TokenUsage(_Strict):
    """Tokens of one recorded call, or summed over a run's calls (``llm.Usage`` is what the provider reports)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class CallRecord(_Strict):
    """One request to the model and what came back (never the key: the client scrubs both)."""

    request: dict[str, Any] | None = None
    response: dict[str, Any] | None = None
    mode: str | None = None
    model: str | None = None
    attempts: int = 0
    elapsed_s: float = 0.0
    usage: TokenUsage | None = None
    cost_usd: float | None = None
    raw_output: str | None = None
    # Why the answer was unusable (None when it was used).
    problem: str | None = None
    # On a "fallback" call: why the answer was read as text rather than as structured output.
    fallback_reason: str | None = None
    # Why the answer ended, as the provider said ("stop", "length", …).
    finish_reason: str | None = None


class StepRecord(_Strict):
    """One pipeline step (draft, chunk, merge or repair): its prompt, calls, counted tokens and outcome."""

    kind: Literal["draft", "chunk", "merge", "repair"]
    label: str
    prompt: str
    prompt_tokens_counted: int
    token_count_exact: bool = True
    status: Literal["ok", "failed"] = "ok"
    error: str | None = None
    reasks: int = 0
    calls: list[CallRecord] = Field(default_factory=list)


class SourceRecord(_Strict):
    """A source as recorded: number, path, content hash, size."""

    number: int
    path: str
    sha256: str
    sentences: int
    chars: int


class SummaryStats(_Strict):
    """Counts over final-stage claims (a repaired claim counts once, by its last version)."""

    claims: int = 0
    verified: int = 0
    rejected: int = 0
    repaired: int = 0
    chunk_rejected: int = 0


class SummaryResult(_Strict):
    """Everything a run produced: claims with verdicts, steps with requests/responses, usage and timings."""

    status: Literal["done", "failed"] = "done"
    error: str | None = None
    shape: Shape
    model: str
    pipeline_version: str = PIPELINE_VERSION
    prompts: dict[str, int]
    options: SummarizeOptions
    verifier: VerifierSettings
    sources: list[SourceRecord]
    chunks: int = 1
    claims: list[ClaimOutcome] = Field(default_factory=list)
    sections: list[SectionOutcome] = Field(default_factory=list)
    steps: list[StepRecord] = Field(default_factory=list)
    stats: SummaryStats = Field(default_factory=SummaryStats)
    usage: TokenUsage = Field(default_factory=TokenUsage)
    cost_usd: float | None = None
    timings: dict[str, float] = Field(default_factory=dict)

    def final_claims(self) -> list[ClaimOutcome]:
        """The verified claims of the summary, in reading order (a repair takes its original's place)."""
        return [c for c in self._chain_ends() if c.status == "verified"]

    def rejected_claims(self) -> list[ClaimOutcome]:
        """Final-stage claims whose last version was rejected (with reasons), in reading order."""
        return [c for c in self._chain_ends() if c.status == "rejected"]

    def _chain_ends(self) -> list[ClaimOutcome]:
        return _chain_ends(self.claims)


def _chain_ends(claims: list[ClaimOutcome]) -> list[ClaimOutcome]:
    """The last version of each final-stage claim, in reading order (a repair stands in for its original)."""
    by_id = {c.id: c for c in claims}
    ends = []
    for c in claims:
        if c.final and c.repair_of is None:
            while c.repaired_by is not None:
                c = by_id[c.repaired_by]
            ends.append(c)
    return ends


class ChatCompleter(Protocol):
    """What the pipeline needs of a model client (``llm.ChatClient`` is one)."""

    def complete(self, messages: Sequence[Mapping[str, Any]], *, response_model: type[BaseModel] | None = None) -> ChatResult: ...


class _ParseProblem(Exception):
    """An answer that cannot be turned into claims; its message is shown to the model on the re-ask."""


# -- the pipeline -----------------------------------------------------------------------------------------


class Pipeline:
    """draft → verify → repair for one set of sources."""

    def __init__(
        self,
        client: ChatCompleter,
        *,
        model: str,
        options: SummarizeOptions | None = None,
        prompts: Mapping[str, Prompt] | None = None,
        on_event: Callable[[str], None] | None = None,
    ) -> None:
        self.client = client
        self.model = model
        self.options = options or SummarizeOptions()
        self.prompts = dict(prompts) if prompts is not None else load_prompts(PROMPT_NAMES)
        self._emit = on_event or (lambda message: None)

    # -- entry point ---------------------------------------------------------------------------------

    def run(self, sources: list[Source]) -> SummaryResult:
        """Summarize ``sources``; a model that never answers usably gives ``status="failed"``, not an exception."""
        started = time.monotonic()
        opts = self.options
        self._verifier = Verifier(sources, VerifierConfig(min_support=opts.min_support))
        # What the model is shown: the same sentences and ids, with boilerplate flagged unless it is kept.
        self._sources = sources if opts.keep_boilerplate else [with_boilerplate_flagged(s) for s in sources]
        self._by_id = {s.id: s for src in self._sources for s in src.sentences}
        self._claims: list[ClaimOutcome] = []
        self._steps: list[StepRecord] = []
        self._timings: dict[str, float] = {"verify_s": 0.0}
        main = self.prompts["digest" if opts.shape == "digest" else "draft"]
        result = SummaryResult(
            shape=opts.shape,
            model=self.model,
            prompts={p.name: p.version for p in self.prompts.values()},
            options=opts,
            verifier=self._verifier.config.settings(),
            sources=[_source_record(s) for s in sources],
        )
        self._check_context(main)
        self._announce_left_out()
        full = format_sources(self._sources, include_boilerplate=opts.keep_boilerplate)
        budget = self._source_budget(main)
        draft_started = time.monotonic()
        if self._count(full)[0] <= budget:
            drafted = self._draft(main, full, "draft", "draft", stage="draft")
            if drafted is None:
                return self._fail(result, self._steps[-1].error or "the draft failed", started)
        else:
            chunks = split_into_chunks(self._sources, budget, lambda text: self._count(text)[0],
                                       include_boilerplate=opts.keep_boilerplate)
            self._refuse_oversized(chunks, budget)
            result.chunks = len(chunks)
            self._emit(f"Sources exceed the {budget}-token budget: drafting {len(chunks)} chunks, then merging")
            if not self._map_reduce(chunks):
                return self._fail(result, "no chunk could be drafted: " + (self._steps[-1].error or "unknown"), started)
        self._timings["draft_s"] = round(time.monotonic() - draft_started, 6)
        repair_started = time.monotonic()
        self._repair_rounds()
        self._timings["repair_s"] = round(time.monotonic() - repair_started, 6)
        if opts.shape == "digest":
            result.sections = self._check_section_titles()
        return self._finish(result, started)

    def _announce_left_out(self) -> None:
        """Say once how many sentences the model is not shown; refuse sources that are all boilerplate."""
        if self.options.keep_boilerplate:
            return
        left_out = [s for src in self._sources for s in src.sentences if s.boilerplate]
        if not left_out:
            return
        if len(left_out) == len(self._by_id):
            raise InputError("every sentence of the sources is flagged as boilerplate, so the model would be shown "
                             "nothing (--keep-boilerplate shows it everything)")
        self._emit(f"Left out {len(left_out)} sentence(s) flagged as boilerplate ({_id_ranges(left_out)}) of what the "
                   "model is shown; ids unchanged (--keep-boilerplate shows them)")

    def _fail(self, result: SummaryResult, error: str, started: float) -> SummaryResult:
        result.status = "failed"
        result.error = error
        return self._finish(result, started)

    def _finish(self, result: SummaryResult, started: float) -> SummaryResult:
        """Fill in what every run ends with, done or failed: claims, steps, usage, prompts, stats, timings."""
        result.claims, result.steps = self._claims, self._steps
        result.usage, result.cost_usd = _total_usage(self._steps)
        result.prompts = self._prompts_used()
        result.stats = _stats(result)
        self._timings["total_s"] = round(time.monotonic() - started, 6)
        result.timings = self._timings
        return result

    def _prompts_used(self) -> dict[str, int]:
        """Name → version of every prompt a request was built from (the re-ask prompt only if it was used)."""
        used = {step.prompt.partition("@")[0] for step in self._steps}
        if any(step.reasks for step in self._steps):
            used.add("reask")
        return {name: p.version for name, p in sorted(self.prompts.items()) if name in used}

    # -- token budget -------------------------------------------------------------------------------------

    def _count(self, text: str) -> tuple[int, bool]:
        counted = count_tokens(text, self.model, allow_estimate=True)
        return counted.tokens, counted.exact

    def _overhead(self, prompt: Prompt) -> int:
        """Tokens of a prompt's own text: its messages with the data placeholders left empty."""
        empty = self._messages(prompt, **{name: "" for name in prompt.placeholders("user") if name not in ("source_count", "length", "format")})
        return sum(self._count(m["content"])[0] + 4 for m in empty)

    def min_context_tokens(self, shape: Shape | None = None) -> int:
        """The smallest context window a run can use: the largest prompt it may send (draft or digest, merge,
        repair), the answer's reserve and ``MIN_SOURCE_BUDGET`` tokens of sources."""
        main = self.prompts["digest" if (shape or self.options.shape) == "digest" else "draft"]
        overhead = max(self._overhead(p) for p in (main, self.prompts["merge"], self.prompts["repair"]))
        return overhead + self.options.output_reserve + MIN_SOURCE_BUDGET

    def _check_context(self, main: Prompt) -> None:
        """Refuse, before any call, a context window too small for a prompt the run may need."""
        minimum = self.min_context_tokens()
        if self.options.context_tokens < minimum:
            raise ConfigError(
                f"--context-tokens {self.options.context_tokens} is too small for the {main.ref}, merge and repair "
                f"prompts with a {self.options.output_reserve}-token answer and at least {MIN_SOURCE_BUDGET} tokens of "
                f"sources: at least {minimum} are needed (raise --context-tokens)"
            )

    def _refuse_oversized(self, chunks: list[Chunk], budget: int) -> None:
        """InputError, before any call, when one sentence alone is longer than a prompt has room for."""
        oversized = [c for c in chunks if c.oversized]
        if not oversized:
            return
        sentence = oversized[0].sentences[0]
        path = next((src.path for src in self._sources if src.number == sentence.source), "?")
        more = f" (and {len(oversized) - 1} more)" if len(oversized) > 1 else ""
        raise InputError(
            f"{path}: sentence {sentence.id} alone is about {oversized[0].tokens} tokens{more}, more than the {budget} "
            f"a prompt has room for at --context-tokens {self.options.context_tokens}; it was not sent to the model "
            "(break the text into sentences, or raise --context-tokens if the model's window allows)"
        )

    def _source_budget(self, prompt: Prompt, *, strict: bool = True) -> int:
        """Tokens left for the sources block once the prompt's own text and the answer are reserved.

        ``strict``: raise ConfigError when too little is left (else return what is left, maybe negative).
        """
        overhead = self._overhead(prompt)
        budget = self.options.context_tokens - self.options.output_reserve - overhead
        if strict and budget < MIN_SOURCE_BUDGET:
            raise ConfigError(
                f"a context of {self.options.context_tokens} tokens leaves {budget} for the sources once the "
                f"{prompt.ref} prompt ({overhead}) and the answer ({self.options.output_reserve}) are reserved; "
                f"at least {MIN_SOURCE_BUDGET} are needed (raise --context-tokens)"
            )
        return budget

    # -- drafting -------------------------------------------------------------------------------------------

    def _messages(self, prompt: Prompt, **values: str) -> list[dict[str, str]]:
        values.setdefault("source_count", str(len(getattr(self, "_sources", None) or [None])))  # 1 before a run
        values.setdefault("length", f"at most {self.options.sentences} sentences")
        if "format" in prompt.placeholders("user"):
            # The answer layout lives in the draft and digest prompts; a merge borrows the one it must produce.
            own = prompt.name in ("draft", "digest")
            layout = prompt if own else self.prompts["digest" if self.options.shape == "digest" else "draft"]
            values.setdefault("format", layout.part("format"))
        needed = set(prompt.placeholders("user"))
        messages = []
        if "system" in prompt.parts:
            messages.append({"role": "system", "content": prompt.render("system")})
        messages.append({"role": "user", "content": prompt.render("user", **{k: v for k, v in values.items() if k in needed})})
        return messages

    def _draft(self, prompt: Prompt, sources_block: str, kind: str, label: str, *, stage: str, final: bool = True, **values: str) -> list[ClaimOutcome] | None:
        # Chunk drafts and intermediate merges are plain claim lists; only the final answer takes the digest layout.
        digest = prompt.name == "digest" or (prompt.name == "merge" and self.options.shape == "digest" and final)
        if prompt.name == "merge":
            values["format"] = self.prompts["digest" if digest else "draft"].part("format")
        messages = self._messages(prompt, sources=sources_block, **values)
        schema: type[BaseModel] = DigestDraft if digest else Draft
        parse_text = _parse_digest_text if digest else _parse_draft_text
        self._emit(f"Asking {self.model} ({label}, prompt {prompt.ref})")
        answer = self._ask(kind, label, prompt, messages, schema, parse_text, require_claims=True)
        if answer is None:
            return None
        outcomes = [self._add_claim(stage=stage, final=final, **fields) for fields in _claim_fields(answer)]
        verified = sum(1 for c in outcomes if c.status == "verified")
        self._emit(f"Verified {verified} of {len(outcomes)} claims ({label})")
        return outcomes

    def _map_reduce(self, chunks: list[Chunk]) -> bool:
        draft_prompt = self.prompts["draft"]
        candidates: list[ClaimOutcome] = []
        drafted_any = False
        for chunk in chunks:
            label = f"chunk {chunk.index + 1}/{len(chunks)}"
            block = format_sentences(self._sources, chunk.sentences, part=f"part {chunk.index + 1} of {len(chunks)}")
            outcomes = self._draft(draft_prompt, block, "chunk", label, stage=label, final=False)
            if outcomes is not None:
                drafted_any = True
                candidates.extend(c for c in outcomes if c.status == "verified")
        if not drafted_any:
            return False
        merge = self.prompts["merge"]
        merge_budget = self._source_budget(merge)
        for level in range(1, MAX_MERGE_LEVELS + 1):
            groups = self._merge_groups(candidates, merge_budget)
            last = len(groups) == 1
            merged: list[ClaimOutcome] = []
            for number, group in enumerate(groups, 1):
                label = "merge" if last else f"merge {level}.{number}/{len(groups)}"
                claims_block, sources_block = self._merge_blocks(group)
                outcomes = self._draft(
                    merge, sources_block, "merge", label, stage="merge" if last else label, final=last, claims=claims_block
                )
                if outcomes is None:
                    # Keep the group's verified claims rather than lose them with a failed merge.
                    outcomes = [self._copy_claim(c, stage=label, final=last) for c in group]
                merged.extend(c for c in outcomes if c.status == "verified" or last)
            if last:
                return True
            candidates = merged
        # Still too long after MAX_MERGE_LEVELS rounds: the verified candidates themselves are the summary.
        for c in candidates:
            self._copy_claim(c, stage="merge", final=True)
        return True

    def _merge_blocks(self, group: list[ClaimOutcome]) -> tuple[str, str]:
        claims_block = "\n".join(f"- {escape_data(c.line)}" for c in group)
        ids = {sid for c in group for sid in (*c.evidence, *_sentence_ids(c.citations))}
        sentences = [self._by_id[i] for i in ids if i in self._by_id]
        return claims_block, format_sentences(self._sources, sentences, part="cited sentences")

    def _merge_groups(self, candidates: list[ClaimOutcome], budget: int) -> list[list[ClaimOutcome]]:
        """Consecutive candidates packed so that each group's claims and cited sentences fit ``budget``."""
        groups: list[list[ClaimOutcome]] = [[]]
        for c in candidates:
            trial = [*groups[-1], c]
            if groups[-1] and sum(self._count(b)[0] for b in self._merge_blocks(trial)) > budget:
                groups.append([c])
            else:
                groups[-1] = trial
        return groups

    # -- repair ---------------------------------------------------------------------------------------------

    def _repair_rounds(self) -> None:
        repair = self.prompts["repair"]
        for round_number in range(1, self.options.max_repairs + 1):
            rejected = [c for c in self._chain_ends() if c.status == "rejected"]
            if not rejected:
                return
            label = f"repair {round_number}"
            self._emit(f"Repairing {len(rejected)} rejected claim(s) ({label})")
            rejected_block = "\n\n".join(self._describe_rejected(n, c) for n, c in enumerate(rejected, 1))
            full = format_sources(self._sources, include_boilerplate=self.options.keep_boilerplate)
            budget = self._source_budget(repair, strict=False) - self._count(rejected_block)[0]
            if self._count(full)[0] > budget:
                full = format_sentences(self._sources, self._repair_context(rejected), part="sentences near the cited ones")
            messages = self._messages(repair, sources=full, rejected=rejected_block)
            answer = self._ask("repair", label, repair, messages, RepairAnswer, _parse_repair_text, require_claims=False)
            if answer is None:
                return  # recorded as a failed step; the claims stay rejected with their reasons
            done: set[int] = set()
            fixed = 0
            for item in answer.claims:
                if not 1 <= item.number <= len(rejected) or item.number in done:
                    continue
                done.add(item.number)
                original = rejected[item.number - 1]
                date = item.date if original.role == "event" else None
                new = self._add_claim(
                    text=item.text, citations=item.citations, role=original.role, section=original.section,
                    date=date, stage=label, final=True, repair_of=original.id,
                )
                original.repaired_by = new.id
                fixed += new.status == "verified"
            self._emit(f"Repair {round_number}: {fixed} of {len(rejected)} claim(s) now verified")

    def _describe_rejected(self, number: int, claim: ClaimOutcome) -> str:
        lines = [f"Claim {number}: {escape_data(claim.line)}", "Problems:"]
        lines += [f"- {r.code}: {escape_data(r.message)}" for r in claim.reasons]
        shown = [self._by_id[i] for i in dict.fromkeys([*_sentence_ids(claim.citations), *claim.evidence]) if i in self._by_id]
        if shown:
            lines.append("Cited sentences:")
            lines += [f"[{s.id}] {escape_data(s.display_text)}" for s in shown]
        return "\n".join(lines)

    def _repair_context(self, rejected: list[ClaimOutcome]) -> list[Sentence]:
        """The cited sentences and their neighbours; a neighbour flagged as boilerplate only when it is kept."""
        wanted: list[Sentence] = []
        for c in rejected:
            for sid in {*_sentence_ids(c.citations), *c.evidence}:
                s = self._by_id.get(sid)
                if s is None:
                    continue
                src = self._sources[s.source - 1]
                for n in range(s.number - REPAIR_NEIGHBOURS, s.number + REPAIR_NEIGHBOURS + 1):
                    near = src.sentence(n)
                    if near is not None and (near is s or self.options.keep_boilerplate or not near.boilerplate):
                        wanted.append(near)
        return wanted

    def _chain_ends(self) -> list[ClaimOutcome]:
        return _chain_ends(self._claims)

    # -- digest section titles ---------------------------------------------------------------------------

    def _check_section_titles(self) -> list[SectionOutcome]:
        sections: dict[str, list[str]] = {}
        for c in self._chain_ends():
            if c.status == "verified" and c.role == "point" and c.section:
                cites = sections.setdefault(c.section, [])
                cites.extend(x for x in _normal_citations(c.citations) if x not in cites)
        outcomes = []
        for title, cites in sections.items():
            line = claim_line(title, cites)
            verified, reasons, _ = self._check(line)
            outcomes.append(SectionOutcome(title=title, line=line, verified=verified, reasons=reasons))
        return outcomes

    # -- claims and verification ------------------------------------------------------------------------

    def _add_claim(self, *, text: str, citations: list[str], stage: str, final: bool, role: Role = "point",
                   section: str | None = None, date: str | None = None, repair_of: int | None = None) -> ClaimOutcome:
        cites = _normal_citations([*citations, *_marker_ids(text)])
        if role == "headline":
            # A headline is shown bold on its own line, without a full stop.
            text = re.sub(r"(?<![.])\.\s*$", "", text.strip())
        line = claim_line(text, cites, date)
        verified, reasons, evidence = self._check(line)
        outcome = ClaimOutcome(
            id=len(self._claims) + 1, role=role, section=section, date=date, text=strip_markers(text), citations=cites,
            line=line, status="verified" if verified else "rejected", reasons=reasons, evidence=evidence,
            stage=stage, final=final, repair_of=repair_of,
        )
        self._claims.append(outcome)
        return outcome

    def _copy_claim(self, c: ClaimOutcome, *, stage: str, final: bool) -> ClaimOutcome:
        return self._add_claim(text=c.text, citations=c.citations, role=c.role, section=c.section, date=c.date,
                               stage=stage, final=final)

    def _check(self, line: str) -> tuple[bool, list[Reason], list[str]]:
        """Verify ``line`` exactly as the summary will show it; every sentence in it must be supported."""
        started = time.monotonic()
        report = self._verifier.check(line)
        self._timings["verify_s"] = round(self._timings.get("verify_s", 0.0) + time.monotonic() - started, 6)
        if not report.claims:
            return False, [Reason(code="uncited", message="This line holds no sentence with a citation marker, so nothing backs it.")], []
        reasons = [r for c in report.claims for r in c.reasons]
        evidence = list(dict.fromkeys(e for c in report.claims for e in c.evidence))
        return report.all_supported, reasons, evidence

    # -- one model call, re-asked once on an unusable answer --------------------------------------------

    def _ask(self, kind: str, label: str, prompt: Prompt, messages: list[dict[str, str]], schema: type[BaseModel],
             parse_text: Callable[[str], BaseModel], *, require_claims: bool) -> Any:
        tokens, exact = self._count("\n".join(m["content"] for m in messages))
        step = StepRecord(kind=kind, label=label, prompt=prompt.ref, prompt_tokens_counted=tokens, token_count_exact=exact)  # type: ignore[arg-type]
        self._steps.append(step)
        reask = self.prompts["reask"]
        while True:
            call = CallRecord()
            step.calls.append(call)
            raw: str | None = None
            try:
                result = self.client.complete(messages, response_model=schema)
            except ModelOutputError as error:
                raw = error.raw_output
                call.raw_output, call.finish_reason = raw, error.finish_reason
                call.usage = _token_usage(error.usage)
                problem = str(error)
                # Servers such as Ollama and llama.cpp accept response_format yet answer in plain text with
                # inline markers: read that as a text-mode answer before spending a re-ask on it.
                answer = _text_answer(raw, parse_text, require_claims) if raw and raw.strip() else None
                if answer is not None:
                    call.mode, call.fallback_reason = "fallback", f"the structured answer was unusable: {problem}"
                    return answer
                call.problem = problem
            else:
                _fill_call(call, result)
                raw = result.text
                try:
                    answer = _structured(result, schema) if result.parsed is not None else parse_text(result.text)
                    _check_claims(answer, require_claims)
                    return answer
                except _ParseProblem as bad:
                    problem = str(bad)
                    call.problem = problem
            if step.reasks >= MAX_REASKS:
                step.status = "failed"
                step.error = f"{label}: {problem} (after {step.reasks + 1} answers)"
                self._emit(f"Gave up on {label}: {problem}")
                return None
            step.reasks += 1
            self._emit(f"Re-asking ({label}): {problem}")
            messages = [*messages, {"role": "assistant", "content": raw or ""},
                        {"role": "user", "content": reask.render("user", error=problem)}]


# -- boilerplate ---------------------------------------------------------------------------------------------


def _id_ranges(sentences: Sequence[Sentence]) -> str:
    """``1.14–1.22, 2.17–2.28``: ids of sentences (in order), consecutive ones of a source as a range."""
    runs: list[list[Sentence]] = []
    for s in sentences:
        if runs and runs[-1][1].source == s.source and runs[-1][1].number == s.number - 1:
            runs[-1][1] = s
        else:
            runs.append([s, s])
    return ", ".join(first.id if first is last else f"{first.id}–{last.id}" for first, last in runs)


# -- answers → claim fields ------------------------------------------------------------------------------


def _check_claims(answer: BaseModel, require_claims: bool) -> None:
    if require_claims and not _claim_fields(answer):
        raise _ParseProblem("the answer holds no claims")


def _text_answer(text: str, parse_text: Callable[[str], BaseModel], require_claims: bool) -> BaseModel | None:
    """``text`` parsed as a text-mode answer, or None when it is not a usable one either."""
    try:
        answer = parse_text(text)
        _check_claims(answer, require_claims)
    except _ParseProblem:
        return None
    return answer


def _structured(result: ChatResult, schema: type[BaseModel]) -> BaseModel:
    parsed = result.parsed
    if isinstance(parsed, schema):
        return parsed
    try:
        return schema.model_validate(parsed)
    except ValidationError as exc:
        raise _ParseProblem(_validation_message(exc)) from None


def _claim_fields(answer: BaseModel) -> list[dict[str, Any]]:
    """Claims of a Draft or DigestDraft as keyword arguments for ``Pipeline._add_claim``."""
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
        raise _ParseProblem(f"the JSON does not match the requested format: {_validation_message(exc)}") from None


def _parse_draft_text(text: str) -> Draft:
    """A text-mode draft: JSON if it looks like JSON, else sentences with inline markers."""
    answer = _json_answer(text, Draft)
    if answer is not None:
        return answer  # type: ignore[return-value]
    claims = [DraftClaim(text=c.text, citations=[x.id for x in c.citations]) for c in parse_summary(text).claims]
    if not any(c.citations for c in claims):
        raise _ParseProblem("no sentence carries a citation marker such as [1.3]")
    return Draft(claims=claims)


def _parse_digest_text(text: str) -> DigestDraft:
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
        raise _ParseProblem("expected a headline line and sentences carrying citation markers such as [1.3]")
    return DigestDraft(
        headline=headline,
        sections=[DigestSectionDraft(title=t, claims=cs) for t, cs in sections.items()],
        timeline=timeline,
    )


def _parse_repair_text(text: str) -> RepairAnswer:
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
        raise _ParseProblem("no line of the form '1. corrected claim [1.3]' was found")
    return RepairAnswer(claims=claims)


def _validation_message(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "answer"
    return f"{exc.error_count()} problem(s), first at {where}: {first['msg']}"


# -- claim lines -----------------------------------------------------------------------------------------

_TERMINAL_RE = re.compile(r"[.!?…]$")


def _normal_citations(citations: Sequence[str]) -> list[str]:
    out: list[str] = []
    for raw in citations:
        for part in re.split(r"[,;]", str(raw)):
            cid = part.strip().strip("[]").strip()
            if cid and cid not in out:
                out.append(cid)
    return out


def _marker_ids(text: str) -> list[str]:
    return [c.id for c in parse_markers(text)[0]]


def _sentence_ids(citations: Sequence[str]) -> list[str]:
    ids: list[str] = []
    for cid in citations:
        found, _ = parse_markers(f"[{cid}]")
        ids += [c.id for c in found if c.sentence is not None]
    return ids


def claim_line(text: str, citations: Sequence[str], date: str | None = None) -> str:
    """The exact line a summary shows for a claim: text (date first, for events) and its markers.

    Markers go before a final ``.``/``!``/``?`` (``…blocked [1.7].``), otherwise at the end.
    """
    body = strip_markers(MARKER_RE.sub(" ", text))
    if date:
        body = f"{' '.join(date.split())} – {body}"
    marker = "".join(f"[{c}]" for c in _normal_citations(citations))
    if not marker:
        return body
    if _TERMINAL_RE.search(body) and not body.endswith("..."):
        return f"{body[:-1]} {marker}{body[-1]}"
    return f"{body} {marker}"


def _fill_call(call: CallRecord, result: ChatResult) -> None:
    call.request, call.response = result.request, result.response
    call.mode, call.model, call.attempts, call.elapsed_s = result.mode, result.model, result.attempts, result.elapsed_s
    call.usage = _token_usage(result.usage)
    call.cost_usd = result.cost_usd
    call.fallback_reason, call.finish_reason = result.fallback_reason, result.finish_reason


def _token_usage(usage: Usage | None) -> TokenUsage | None:
    return TokenUsage(**usage.model_dump()) if usage is not None else None


def _total_usage(steps: list[StepRecord]) -> tuple[TokenUsage, float | None]:
    """Tokens summed over every call (failed answers included); cost only when every answered call has a price."""
    usage = TokenUsage()
    costs: list[float | None] = []
    for call in (call for step in steps for call in step.calls):
        if call.usage is not None:
            usage.prompt_tokens += call.usage.prompt_tokens
            usage.completion_tokens += call.usage.completion_tokens
            usage.total_tokens += call.usage.total_tokens
        if call.response is not None:
            costs.append(call.cost_usd)
    cost = None if not costs or any(c is None for c in costs) else sum(costs)  # type: ignore[arg-type]
    return usage, cost


def _stats(result: SummaryResult) -> SummaryStats:
    ends = result._chain_ends()
    verified = [c for c in ends if c.status == "verified"]
    return SummaryStats(
        claims=len(ends),
        verified=len(verified),
        rejected=len(ends) - len(verified),
        repaired=sum(1 for c in verified if c.repair_of is not None),
        chunk_rejected=sum(1 for c in result.claims if not c.final and c.status == "rejected" and "chunk" in c.stage),
    )


# -- runs: cache and record --------------------------------------------------------------------------------


@dataclass
class RunOutcome:
    """A finished (or failed) run: its id, its result and whether it was answered from an earlier record."""

    run_id: str
    result: SummaryResult
    cached: bool
    created_at: str


def min_context_tokens(options: SummarizeOptions | None = None, *, model: str,
                       prompts: Mapping[str, Prompt] | None = None) -> int:
    """The smallest ``context_tokens`` a run with ``options`` can use (see ``Pipeline.min_context_tokens``).

    For callers that validate ``--context-tokens`` before loading sources; ``Pipeline.run`` checks it too.
    """
    return Pipeline(None, model=model, options=options, prompts=prompts).min_context_tokens()  # type: ignore[arg-type]


def cache_key(sources: list[Source], *, model: str, provider: str, options: SummarizeOptions,
              prompts: Mapping[str, Prompt]) -> str:
    """Hash of everything that decides what the model is asked: sources, prompts, model, provider, options."""
    doc = {
        "pipeline": PIPELINE_VERSION,
        "sources": [[s.path, s.sha256] for s in sources],
        "model": model,
        "provider": provider,
        "options": options.model_dump(mode="json"),
        "prompts": {p.name: [p.version, hashlib.sha256(json.dumps(dict(p.parts), sort_keys=True).encode()).hexdigest()]
                    for p in prompts.values()},
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()


def run_summary(
    sources: list[Source],
    make_client: Callable[[], ChatCompleter],
    *,
    model: str,
    provider: str,
    store: RunStore,
    options: SummarizeOptions | None = None,
    use_cache: bool = True,
    secrets: Sequence[str] = (),
    note: str | None = None,
    prompts: Mapping[str, Prompt] | None = None,
    on_event: Callable[[str], None] | None = None,
) -> RunOutcome:
    """Answer from an identical earlier run if there is one (unless ``use_cache`` is False), else run and record.

    A provider error is recorded as a failed run and then re-raised; a run whose model never answered
    usably is recorded and returned with ``status="failed"``.
    """
    options = options or SummarizeOptions()
    prompts = dict(prompts) if prompts is not None else load_prompts(PROMPT_NAMES)
    key = cache_key(sources, model=model, provider=provider, options=options, prompts=prompts)
    if use_cache:
        hit = store.find_cached(key)
        if hit is not None:
            return RunOutcome(hit.id, SummaryResult.model_validate(hit.result), True, hit.created_at)
    run_id = store.new_run_id()
    created = utc_now("milliseconds")
    pipeline = Pipeline(make_client(), model=model, options=options, prompts=prompts, on_event=on_event)
    try:
        result = pipeline.run(sources)
    except SummarizerError as error:
        store.save_failure(run_id=run_id, created_at=created, cache_key=key, model=model, provider=provider,
                           shape=options.shape, sources=[_source_record(s).model_dump() for s in sources],
                           error=str(error), note=note, partial=_partial(pipeline), secrets=secrets)
        raise
    store.save_run(run_id=run_id, created_at=created, cache_key=key, model=model, provider=provider,
                   result=result.model_dump(mode="json"), note=note, secrets=secrets)
    return RunOutcome(run_id, result, False, created)


def _partial(pipeline: Pipeline) -> dict[str, Any]:
    steps = getattr(pipeline, "_steps", [])
    claims = getattr(pipeline, "_claims", [])
    return {"steps": [s.model_dump(mode="json") for s in steps], "claims": [c.model_dump(mode="json") for c in claims]}


def _source_record(source: Source) -> SourceRecord:
    return SourceRecord(number=source.number, path=source.path, sha256=source.sha256,
                        sentences=len(source.sentences), chars=len(source.text))


# -- many document sets ------------------------------------------------------------------------------------

BATCH_OUTPUT_DIR = "_summaries"


class AnswerPending(Exception):
    """A client's answer will come later (a batch engine): the set stays pending and nothing is recorded.

    Deliberately not a SummarizerError, so ``run_summary`` records no failed run for it.
    """


@dataclass
class BatchItem:
    """One document set of a batch: its folder, where its output goes, and how it ended."""

    name: str
    folder: str
    output: str
    status: Literal["pending", "done", "skipped", "failed"] = "pending"
    run_id: str | None = None
    cached: bool = False
    rejected: int = 0
    error: str | None = None
    exit_code: int = 0


def batch_items(directory: str, out_dir: str | None, suffix: str) -> list[BatchItem]:
    """One item per sub-folder of ``directory`` (sorted; names starting with ``_`` or ``.`` are not sets)."""
    from pathlib import Path

    root = Path(directory)
    if not root.is_dir():
        raise InputError(f"{directory}: --batch needs a folder with one sub-folder per document set")
    target = Path(out_dir) if out_dir else root / BATCH_OUTPUT_DIR
    sets = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    if not sets:
        raise InputError(f"{directory}: no sub-folders (one per document set) found")
    return [BatchItem(p.name, str(p), str(target / f"{p.name}{suffix}")) for p in sets]


def run_batch(
    items: list[BatchItem],
    summarize_one: Callable[[BatchItem], tuple[RunOutcome, str]],
    *,
    concurrency: int,
    on_done: Callable[[BatchItem], None] | None = None,
) -> list[BatchItem]:
    """Summarize sets concurrently (at most ``concurrency`` at once); a failing set never stops the others.

    A set whose output file exists is skipped (delete the file to redo it). ``summarize_one`` returns the
    run and the rendered text, which is written atomically; an error marks only that set as failed, and
    ``AnswerPending`` (a batch engine has the question) leaves it ``pending``.
    """
    import os
    from concurrent.futures import ThreadPoolExecutor, as_completed

    from .atomic import write_text_atomic

    def one(item: BatchItem) -> BatchItem:
        if os.path.exists(item.output):
            item.status = "skipped"
            return item
        try:
            outcome, text = summarize_one(item)
            if outcome.result.status == "failed":
                raise ModelOutputError(outcome.result.error or "the model's answers could not be used")
            os.makedirs(os.path.dirname(item.output) or ".", exist_ok=True)
            write_text_atomic(item.output, text)
        except AnswerPending:
            item.status = "pending"
        except SummarizerError as error:
            item.status, item.error, item.exit_code = "failed", str(error), error.exit_code
        except Exception as error:  # noqa: BLE001 - one set's bug must not lose the others' work
            item.status, item.error, item.exit_code = "failed", f"{type(error).__name__}: {error}", 3
        else:
            item.status, item.run_id, item.cached = "done", outcome.run_id, outcome.cached
            item.rejected = outcome.result.stats.rejected
        return item

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        futures = [pool.submit(one, item) for item in items]
        for future in as_completed(futures):
            if on_done is not None:
                on_done(future.result())
    return items
