"""Runs: the cache key of a request, and a pipeline run recorded in the run store (or answered from it).

:func:`run_summary` answers an identical request from the store; otherwise it runs the pipeline and
records the result, a failed one too (a provider error is recorded as a failed run, then re-raised).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import SummarizerError
from ..prompts import Prompt, load_prompts
from ..records import PIPELINE_VERSION, SummarizeOptions, SummaryResult
from ..sources import Source
from ..store import utc_now
from .asking import ChatCompleter
from .drafting import PROMPT_NAMES, Pipeline, RunState

if TYPE_CHECKING:
    from ..store import RunStore


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
            return RunOutcome(hit.id, hit.result, True, hit.created_at)
    run_id = store.new_run_id()
    created = utc_now("milliseconds")
    pipeline = Pipeline(make_client(), model=model, options=options, prompts=prompts, on_event=on_event)
    run: RunState | None = None
    try:
        run = pipeline.start(sources)
        result = pipeline.carry_out(run)
    except SummarizerError as error:
        failed = pipeline.failed(run, sources, str(error))
        store.save_run(run_id=run_id, created_at=created, cache_key=key, model=model, provider=provider,
                       result=failed, note=note, secrets=secrets)
        raise
    store.save_run(run_id=run_id, created_at=created, cache_key=key, model=model, provider=provider,
                   result=result, note=note, secrets=secrets)
    return RunOutcome(run_id, result, False, created)
