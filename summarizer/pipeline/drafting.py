"""Drafting: draft → verify → repair → a summary that holds only verified claims; map-reduce for long sources.

    Pipeline(client, model=…, options=…).run(sources) -> SummaryResult

1. Draft. The model sees the sources as numbered sentences (``prompts.format_sources``) and answers
   with claims and their citation ids, as structured output where the server supports it, else as text
   with inline markers parsed by the citation grammar (``answers``). An answer that cannot be parsed is
   re-asked once with the parse error (``asking``); a second failure is recorded, never raised as a crash.
   Sources over the token budget are split into chunks at sentence boundaries (ids kept); each chunk is
   drafted and verified, and the verified chunk claims are merged by the model (map-reduce).
   Unless ``keep_boilerplate`` is set, sentences flagged as boilerplate (AI disclaimers, "Related
   Articles" blocks: the rules of ``sources.with_boilerplate_flagged``) are left out of every prompt, chunks
   included; the other sentences keep their ids, and the verifier still knows every sentence.
2. Verify. Every claim is rendered as the exact line the summary will show (``citations.claim_line``)
   and checked by the deterministic :class:`~summarizer.verify.Verifier`.
3. Repair. Rejected claims go back to the model with the verifier's reasons and their cited sentences,
   up to ``max_repairs`` rounds; repaired claims are verified again.
4. The result keeps every claim: verified ones form the summary, rejected ones keep their reasons.

What one run accumulates (claims, steps, timings) is a :class:`RunState`, made by ``Pipeline.start``;
the ``Pipeline`` itself holds only the settings. The library never prints; progress goes to ``on_event``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from ..chunking import Chunk, split_into_chunks
from ..citations import claim_line, marker_ids, normal_citations, sentence_ids, strip_markers
from ..errors import ConfigError, InputError
from ..prompts import Prompt, escape_data, format_sentences, format_sources, load_prompts
from ..records import (
    ClaimOutcome,
    Role,
    SectionOutcome,
    Shape,
    SourceRecord,
    StepRecord,
    SummarizeOptions,
    SummaryResult,
    SummaryStats,
    Usage,
    chain_ends,
)
from ..sources import Sentence, Source, id_ranges, neighbours, sentence_by_id, with_boilerplate_flagged
from ..tokens import count_tokens
from ..verify import Reason, Verifier, VerifierConfig
from .answers import (
    DigestDraft,
    Draft,
    RepairAnswer,
    claim_fields,
    parse_digest_text,
    parse_draft_text,
    parse_repair_text,
)
from .asking import ChatCompleter, ask

# Merging rounds for very long inputs (each round merges groups that fit one prompt).
MAX_MERGE_LEVELS = 3
# Neighbours of a cited sentence shown in a repair prompt when the whole sources do not fit.
REPAIR_NEIGHBOURS = 2
# Below this, a chunk holds too few sentences to summarize anything.
MIN_SOURCE_BUDGET = 256
PROMPT_NAMES = ("draft", "digest", "merge", "repair", "reask")


@dataclass
class RunState:
    """One run's working state: what the model is shown, the verifier, and the claims, steps and timings so far.

    A run that stops on an error keeps what this holds (``Pipeline.failed``).
    """

    sources: list[Source]
    shown: list[Source]
    verifier: Verifier
    claims: list[ClaimOutcome] = field(default_factory=list)
    steps: list[StepRecord] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: {"verify_s": 0.0})
    started: float = field(default_factory=time.monotonic)

    @property
    def source_count(self) -> int:
        """How many sources the prompts say there are (1 for none, as when a prompt is measured alone)."""
        return len(self.shown) or 1


class Pipeline:
    """draft → verify → repair for one set of sources; holds the settings, never one run's state."""

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

    # -- entry points --------------------------------------------------------------------------------

    def run(self, sources: list[Source]) -> SummaryResult:
        """Summarize ``sources``; a model that never answers usably gives ``status="failed"``, not an exception."""
        return self.carry_out(self.start(sources))

    def start(self, sources: list[Source]) -> RunState:
        """A new run's state: the verifier, and the sources as the model is shown them (no call is made)."""
        started = time.monotonic()
        opts = self.options
        verifier = Verifier(sources, VerifierConfig(min_support=opts.min_support))
        # What the model is shown: the same sentences and ids, with boilerplate flagged unless it is kept.
        shown = sources if opts.keep_boilerplate else [with_boilerplate_flagged(s) for s in sources]
        return RunState(sources=sources, shown=shown, verifier=verifier, started=started)

    def carry_out(self, run: RunState) -> SummaryResult:
        """Draft, verify and repair for ``run``; raises a SummarizerError only for what no answer can fix."""
        opts = self.options
        main = self.prompts["digest" if opts.shape == "digest" else "draft"]
        result = self._new_result(run.sources, run.verifier.config)
        self._check_context(main, run.source_count)
        self._announce_left_out(run)
        full = format_sources(run.shown, include_boilerplate=opts.keep_boilerplate)
        budget = self._source_budget(main, source_count=run.source_count)
        draft_started = time.monotonic()
        if self._count(full)[0] <= budget:
            drafted = self._draft(run, main, full, "draft", "draft", stage="draft")
            if drafted is None:
                return self._fail(run, result, run.steps[-1].error or "the draft failed")
        else:
            chunks = split_into_chunks(run.shown, budget, lambda text: self._count(text)[0],
                                       include_boilerplate=opts.keep_boilerplate)
            self._refuse_oversized(run, chunks, budget)
            result.chunks = len(chunks)
            self._emit(f"Sources exceed the {budget}-token budget: drafting {len(chunks)} chunks, then merging")
            if not self._map_reduce(run, chunks):
                return self._fail(run, result, "no chunk could be drafted: " + (run.steps[-1].error or "unknown"))
        run.timings["draft_s"] = round(time.monotonic() - draft_started, 6)
        repair_started = time.monotonic()
        self._repair_rounds(run)
        run.timings["repair_s"] = round(time.monotonic() - repair_started, 6)
        if opts.shape == "digest":
            result.sections = self._check_section_titles(run)
        return self._finish(run, result)

    def failed(self, run: RunState | None, sources: list[Source], error: str) -> SummaryResult:
        """The record of a run that stopped on ``error``: the steps and claims it made (counts stay zero: no
        summary came of it)."""
        config = run.verifier.config if run is not None else VerifierConfig(min_support=self.options.min_support)
        result = self._new_result(sources, config)
        result.status, result.error = "failed", error
        if run is not None:
            self._record_work(run, result)
        else:
            result.prompts = {}  # stopped before any request was built
        return result

    def _new_result(self, sources: list[Source], config: VerifierConfig) -> SummaryResult:
        return SummaryResult(
            shape=self.options.shape,
            model=self.model,
            prompts={p.name: p.version for p in self.prompts.values()},
            options=self.options,
            verifier=config.settings(),
            sources=[SourceRecord.of(s) for s in sources],
        )

    def _announce_left_out(self, run: RunState) -> None:
        """Say once how many sentences the model is not shown; refuse sources that are all boilerplate."""
        if self.options.keep_boilerplate:
            return
        every = [s for src in run.shown for s in src.sentences]
        left_out = [s for s in every if s.boilerplate]
        if not left_out:
            return
        if len(left_out) == len(every):
            raise InputError("every sentence of the sources is flagged as boilerplate, so the model would be shown "
                             "nothing (--keep-boilerplate shows it everything)")
        self._emit(f"Left out {len(left_out)} sentence(s) flagged as boilerplate ({id_ranges(left_out)}) of what the "
                   "model is shown; ids unchanged (--keep-boilerplate shows them)")

    def _fail(self, run: RunState, result: SummaryResult, error: str) -> SummaryResult:
        result.status = "failed"
        result.error = error
        return self._finish(run, result)

    def _finish(self, run: RunState, result: SummaryResult) -> SummaryResult:
        self._record_work(run, result)
        result.stats = _stats(result)
        run.timings["total_s"] = round(time.monotonic() - run.started, 6)
        result.timings = run.timings
        return result

    def _record_work(self, run: RunState, result: SummaryResult) -> None:
        """Put the run's claims, steps, usage, cost and the prompts it used into ``result``."""
        result.claims, result.steps = run.claims, run.steps
        result.usage, result.cost_usd = _total_usage(run.steps)
        result.prompts = self._prompts_used(run.steps)

    def _prompts_used(self, steps: list[StepRecord]) -> dict[str, int]:
        """Name → version of every prompt a request was built from (the re-ask prompt only if it was used)."""
        used = {step.prompt.partition("@")[0] for step in steps}
        if any(step.reasks for step in steps):
            used.add("reask")
        return {name: p.version for name, p in sorted(self.prompts.items()) if name in used}

    # -- token budget -------------------------------------------------------------------------------------

    def _count(self, text: str) -> tuple[int, bool]:
        counted = count_tokens(text, self.model, allow_estimate=True)
        return counted.tokens, counted.exact

    def _overhead(self, prompt: Prompt, source_count: int = 1) -> int:
        """Tokens of a prompt's own text: its messages with the data placeholders left empty."""
        empty = self._messages(prompt, source_count=source_count, **{name: "" for name in prompt.placeholders("user") if name not in ("source_count", "length", "format")})
        return sum(self._count(m["content"])[0] + 4 for m in empty)

    def min_context_tokens(self, shape: Shape | None = None, *, source_count: int = 1) -> int:
        """The smallest context window a run can use: the largest prompt it may send (draft or digest, merge,
        repair), the answer's reserve and ``MIN_SOURCE_BUDGET`` tokens of sources."""
        main = self.prompts["digest" if (shape or self.options.shape) == "digest" else "draft"]
        overhead = max(self._overhead(p, source_count) for p in (main, self.prompts["merge"], self.prompts["repair"]))
        return overhead + self.options.output_reserve + MIN_SOURCE_BUDGET

    def _check_context(self, main: Prompt, source_count: int) -> None:
        """Refuse, before any call, a context window too small for a prompt the run may need."""
        minimum = self.min_context_tokens(source_count=source_count)
        if self.options.context_tokens < minimum:
            raise ConfigError(
                f"--context-tokens {self.options.context_tokens} is too small for the {main.ref}, merge and repair "
                f"prompts with a {self.options.output_reserve}-token answer and at least {MIN_SOURCE_BUDGET} tokens of "
                f"sources: at least {minimum} are needed (raise --context-tokens)"
            )

    def _refuse_oversized(self, run: RunState, chunks: list[Chunk], budget: int) -> None:
        """InputError, before any call, when one sentence alone is longer than a prompt has room for."""
        oversized = [c for c in chunks if c.oversized]
        if not oversized:
            return
        sentence = oversized[0].sentences[0]
        path = next((src.path for src in run.shown if src.number == sentence.source), "?")
        more = f" (and {len(oversized) - 1} more)" if len(oversized) > 1 else ""
        raise InputError(
            f"{path}: sentence {sentence.id} alone is about {oversized[0].tokens} tokens{more}, more than the {budget} "
            f"a prompt has room for at --context-tokens {self.options.context_tokens}; it was not sent to the model "
            "(break the text into sentences, or raise --context-tokens if the model's window allows)"
        )

    def _source_budget(self, prompt: Prompt, *, source_count: int, strict: bool = True) -> int:
        """Tokens left for the sources block once the prompt's own text and the answer are reserved.

        ``strict``: raise ConfigError when too little is left (else return what is left, maybe negative).
        """
        overhead = self._overhead(prompt, source_count)
        budget = self.options.context_tokens - self.options.output_reserve - overhead
        if strict and budget < MIN_SOURCE_BUDGET:
            raise ConfigError(
                f"a context of {self.options.context_tokens} tokens leaves {budget} for the sources once the "
                f"{prompt.ref} prompt ({overhead}) and the answer ({self.options.output_reserve}) are reserved; "
                f"at least {MIN_SOURCE_BUDGET} are needed (raise --context-tokens)"
            )
        return budget

    # -- drafting -------------------------------------------------------------------------------------------

    def _messages(self, prompt: Prompt, *, source_count: int = 1, **values: str) -> list[dict[str, str]]:
        """The prompt's messages; ``source_count`` is 1 when no run is under way (counting a prompt's own text)."""
        values.setdefault("source_count", str(source_count))
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

    def _run_messages(self, run: RunState, prompt: Prompt, **values: str) -> list[dict[str, str]]:
        return self._messages(prompt, source_count=run.source_count, **values)

    def _draft(self, run: RunState, prompt: Prompt, sources_block: str, kind: str, label: str, *, stage: str,
               final: bool = True, **values: str) -> list[ClaimOutcome] | None:
        # Chunk drafts and intermediate merges are plain claim lists; only the final answer takes the digest layout.
        digest = prompt.name == "digest" or (prompt.name == "merge" and self.options.shape == "digest" and final)
        if prompt.name == "merge":
            values["format"] = self.prompts["digest" if digest else "draft"].part("format")
        messages = self._run_messages(run, prompt, sources=sources_block, **values)
        schema: type[BaseModel] = DigestDraft if digest else Draft
        parse_text = parse_digest_text if digest else parse_draft_text
        self._emit(f"Asking {self.model} ({label}, prompt {prompt.ref})")
        answer = self._ask(run, kind, label, prompt, messages, schema, parse_text, require_claims=True)
        if answer is None:
            return None
        outcomes = [self._add_claim(run, stage=stage, final=final, **fields) for fields in claim_fields(answer)]
        verified = sum(1 for c in outcomes if c.status == "verified")
        self._emit(f"Verified {verified} of {len(outcomes)} claims ({label})")
        return outcomes

    def _map_reduce(self, run: RunState, chunks: list[Chunk]) -> bool:
        draft_prompt = self.prompts["draft"]
        candidates: list[ClaimOutcome] = []
        drafted_any = False
        for chunk in chunks:
            label = f"chunk {chunk.index + 1}/{len(chunks)}"
            block = format_sentences(run.shown, chunk.sentences, part=f"part {chunk.index + 1} of {len(chunks)}")
            outcomes = self._draft(run, draft_prompt, block, "chunk", label, stage=label, final=False)
            if outcomes is not None:
                drafted_any = True
                candidates.extend(c for c in outcomes if c.status == "verified")
        if not drafted_any:
            return False
        merge = self.prompts["merge"]
        merge_budget = self._source_budget(merge, source_count=run.source_count)
        for level in range(1, MAX_MERGE_LEVELS + 1):
            groups = self._merge_groups(run, candidates, merge_budget)
            last = len(groups) == 1
            merged: list[ClaimOutcome] = []
            for number, group in enumerate(groups, 1):
                label = "merge" if last else f"merge {level}.{number}/{len(groups)}"
                claims_block, sources_block = self._merge_blocks(run, group)
                outcomes = self._draft(
                    run, merge, sources_block, "merge", label, stage="merge" if last else label, final=last, claims=claims_block
                )
                if outcomes is None:
                    # Keep the group's verified claims rather than lose them with a failed merge.
                    outcomes = [self._copy_claim(run, c, stage=label, final=last) for c in group]
                merged.extend(c for c in outcomes if c.status == "verified" or last)
            if last:
                return True
            candidates = merged
        # Still too long after MAX_MERGE_LEVELS rounds: the verified candidates themselves are the summary.
        for c in candidates:
            self._copy_claim(run, c, stage="merge", final=True)
        return True

    def _merge_blocks(self, run: RunState, group: list[ClaimOutcome]) -> tuple[str, str]:
        claims_block = "\n".join(f"- {escape_data(c.line)}" for c in group)
        ids = {sid for c in group for sid in (*c.evidence, *sentence_ids(c.citations))}
        sentences = [s for i in ids if (s := sentence_by_id(run.shown, i)) is not None]
        return claims_block, format_sentences(run.shown, sentences, part="cited sentences")

    def _merge_groups(self, run: RunState, candidates: list[ClaimOutcome], budget: int) -> list[list[ClaimOutcome]]:
        """Consecutive candidates packed so that each group's claims and cited sentences fit ``budget``."""
        groups: list[list[ClaimOutcome]] = [[]]
        for c in candidates:
            trial = [*groups[-1], c]
            if groups[-1] and sum(self._count(b)[0] for b in self._merge_blocks(run, trial)) > budget:
                groups.append([c])
            else:
                groups[-1] = trial
        return groups

    # -- repair ---------------------------------------------------------------------------------------------

    def _repair_rounds(self, run: RunState) -> None:
        repair = self.prompts["repair"]
        for round_number in range(1, self.options.max_repairs + 1):
            rejected = [c for c in chain_ends(run.claims) if c.status == "rejected"]
            if not rejected:
                return
            label = f"repair {round_number}"
            self._emit(f"Repairing {len(rejected)} rejected claim(s) ({label})")
            rejected_block = "\n\n".join(self._describe_rejected(run, n, c) for n, c in enumerate(rejected, 1))
            full = format_sources(run.shown, include_boilerplate=self.options.keep_boilerplate)
            budget = self._source_budget(repair, source_count=run.source_count, strict=False) - self._count(rejected_block)[0]
            if self._count(full)[0] > budget:
                full = format_sentences(run.shown, self._repair_context(run, rejected), part="sentences near the cited ones")
            messages = self._run_messages(run, repair, sources=full, rejected=rejected_block)
            answer = self._ask(run, "repair", label, repair, messages, RepairAnswer, parse_repair_text, require_claims=False)
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
                    run, text=item.text, citations=item.citations, role=original.role, section=original.section,
                    date=date, stage=label, final=True, repair_of=original.id,
                )
                original.repaired_by = new.id
                fixed += new.status == "verified"
            self._emit(f"Repair {round_number}: {fixed} of {len(rejected)} claim(s) now verified")

    def _describe_rejected(self, run: RunState, number: int, claim: ClaimOutcome) -> str:
        lines = [f"Claim {number}: {escape_data(claim.line)}", "Problems:"]
        lines += [f"- {r.code}: {escape_data(r.message)}" for r in claim.reasons]
        cited = dict.fromkeys([*sentence_ids(claim.citations), *claim.evidence])
        shown = [s for i in cited if (s := sentence_by_id(run.shown, i)) is not None]
        if shown:
            lines.append("Cited sentences:")
            lines += [f"[{s.id}] {escape_data(s.display_text)}" for s in shown]
        return "\n".join(lines)

    def _repair_context(self, run: RunState, rejected: list[ClaimOutcome]) -> list[Sentence]:
        """The cited sentences and their neighbours; a neighbour flagged as boilerplate only when it is kept."""
        wanted: list[Sentence] = []
        for c in rejected:
            for sid in {*sentence_ids(c.citations), *c.evidence}:
                s = sentence_by_id(run.shown, sid)
                if s is None:
                    continue
                wanted += [near for near in neighbours(run.shown, s, REPAIR_NEIGHBOURS)
                           if near is s or self.options.keep_boilerplate or not near.boilerplate]
        return wanted

    # -- digest section titles ---------------------------------------------------------------------------

    def _check_section_titles(self, run: RunState) -> list[SectionOutcome]:
        sections: dict[str, list[str]] = {}
        for c in chain_ends(run.claims):
            if c.status == "verified" and c.role == "point" and c.section:
                cites = sections.setdefault(c.section, [])
                cites.extend(x for x in normal_citations(c.citations) if x not in cites)
        outcomes = []
        for title, cites in sections.items():
            line = claim_line(title, cites)
            verified, reasons, _ = self._check(run, line)
            outcomes.append(SectionOutcome(title=title, line=line, verified=verified, reasons=reasons))
        return outcomes

    # -- claims and verification ------------------------------------------------------------------------

    def _add_claim(self, run: RunState, *, text: str, citations: list[str], stage: str, final: bool,
                   role: Role = "point", section: str | None = None, date: str | None = None,
                   repair_of: int | None = None) -> ClaimOutcome:
        cites = normal_citations([*citations, *marker_ids(text)])
        if role == "headline":
            # A headline is shown bold on its own line, without a full stop.
            text = re.sub(r"(?<![.])\.\s*$", "", text.strip())
        line = claim_line(text, cites, date)
        verified, reasons, evidence = self._check(run, line)
        outcome = ClaimOutcome(
            id=len(run.claims) + 1, role=role, section=section, date=date, text=strip_markers(text), citations=cites,
            line=line, status="verified" if verified else "rejected", reasons=reasons, evidence=evidence,
            stage=stage, final=final, repair_of=repair_of,
        )
        run.claims.append(outcome)
        return outcome

    def _copy_claim(self, run: RunState, c: ClaimOutcome, *, stage: str, final: bool) -> ClaimOutcome:
        return self._add_claim(run, text=c.text, citations=c.citations, role=c.role, section=c.section, date=c.date,
                               stage=stage, final=final)

    def _check(self, run: RunState, line: str) -> tuple[bool, list[Reason], list[str]]:
        """Verify ``line`` exactly as the summary will show it; every sentence in it must be supported."""
        started = time.monotonic()
        report = run.verifier.check(line)
        run.timings["verify_s"] = round(run.timings.get("verify_s", 0.0) + time.monotonic() - started, 6)
        if not report.claims:
            return False, [Reason(code="uncited", message="This line holds no sentence with a citation marker, so nothing backs it.")], []
        reasons = [r for c in report.claims for r in c.reasons]
        evidence = list(dict.fromkeys(e for c in report.claims for e in c.evidence))
        return report.all_supported, reasons, evidence

    def _ask(self, run: RunState, kind: str, label: str, prompt: Prompt, messages: list[dict[str, str]],
             schema: type[BaseModel], parse_text: Callable[[str], BaseModel], *, require_claims: bool) -> Any:
        tokens, exact = self._count("\n".join(m["content"] for m in messages))
        step = StepRecord(kind=kind, label=label, prompt=prompt.ref, prompt_tokens_counted=tokens, token_count_exact=exact)  # type: ignore[arg-type]
        run.steps.append(step)
        return ask(self.client, step, messages, schema, parse_text, require_claims=require_claims,
                   reask=self.prompts["reask"], emit=self._emit)


def _total_usage(steps: list[StepRecord]) -> tuple[Usage, float | None]:
    """Tokens summed over every call (failed answers included); cost only when every answered call has a price."""
    usage = Usage()
    costs: list[float | None] = []
    for call in (call for step in steps for call in step.calls):
        if call.usage is not None:
            usage += call.usage
        if call.response is not None:
            costs.append(call.cost_usd)
    cost = None if not costs or any(c is None for c in costs) else sum(costs)  # type: ignore[arg-type]
    return usage, cost


def _stats(result: SummaryResult) -> SummaryStats:
    ends = chain_ends(result.claims)
    verified = [c for c in ends if c.status == "verified"]
    return SummaryStats(
        claims=len(ends),
        verified=len(verified),
        rejected=len(ends) - len(verified),
        repaired=sum(1 for c in verified if c.repair_of is not None),
        chunk_rejected=sum(1 for c in result.claims if not c.final and c.status == "rejected" and "chunk" in c.stage),
    )
