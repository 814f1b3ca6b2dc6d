"""Re-recording the pipeline cases' cassettes against a real endpoint (``summarizer eval --record``).

Someone with a key runs it after a prompt, option or verifier-message change: the key never reaches the
cassette or the case file, labels of lines the model produced again are kept, and new lines wait under
``to_label`` for a person.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..atomic import write_text_atomic
from ..errors import InputError
from ..verify import VerifierConfig
from .cases import PipelineCase, PipelineClaim, UnlabelledClaim, cassette_path, default_eval_dir, load_case, read_case_json
from ._files import StrictModel
from .run import join_gold, outcome_stage, run_pipeline


class RecordedCase(StrictModel):
    """What re-recording one case did: the cassette written, the run's status, labels kept and still to give."""

    id: str
    cassette: str
    status: str
    labelled: int
    to_label: int
    total_tokens: int


def record_pipeline_cases(
    cases_dir: str | Path | None,
    provider: Any,
    *,
    only: Iterable[str] | None = None,
    config: VerifierConfig | None = None,
    now: _dt.datetime | None = None,
) -> list[RecordedCase]:
    """Re-record every pipeline case's cassette against ``provider`` (a ``ProviderConfig``), then update its case file.

    The key is filtered out of the cassette (a cassette or case file that would still hold it is refused).
    The case becomes ``origin: recorded`` with the model and date; labels whose line the model produced
    again are kept, and new lines go under ``to_label``: the case fails until a person labels them.
    Returns, per case, the cassette written and how many claims are labelled and still to label.
    """
    from urllib.parse import urlsplit

    from ..cassettes import cassette_meta, recording
    from ..config import provider_label  # the host without credentials
    from ..llm import ChatClient

    cases_dir = Path(cases_dir) if cases_dir is not None else default_eval_dir() / "cases"
    config = config or VerifierConfig()
    wanted = set(only) if only is not None else None
    secrets = provider.secrets()  # the key, and a password in the base URL
    moment = (now or _dt.datetime.now(_dt.timezone.utc)).isoformat(timespec="seconds")
    files = sorted(cases_dir.glob("*.json")) if cases_dir.is_dir() else []
    loaded = [load_case(f, need_cassette=False) for f in files if read_case_json(f).get("kind") == "pipeline"]
    if wanted is not None:
        missing = wanted - {c.id for c in loaded}
        if missing:
            raise InputError(f"{cases_dir}: no pipeline case named {', '.join(sorted(missing))}")
        loaded = [c for c in loaded if c.id in wanted]
    if not loaded:
        raise InputError(f"{cases_dir}: holds no pipeline cases to record")
    done = []
    for case in loaded:
        spec = case.case
        assert isinstance(spec, PipelineCase)
        target = cassette_path(spec, case.path)
        partial = target.with_name(target.stem + ".recording.json")
        note = (f"Recorded from {provider.model} at {urlsplit(provider_label(provider.base_url)).netloc} by `summarizer eval --record` on {moment} "
                f"for eval case {spec.id}; provider-default sampling settings; credentials headers filtered out.")
        meta = cassette_meta(case.sources, spec.options.get("shape", "summary"), provider.model, handwritten=False, note=note)
        meta["case"] = spec.id
        try:
            with recording(partial, meta, secrets=secrets):
                # The client is made inside the recording block, so every request it sends is recorded.
                with ChatClient(provider) as client:
                    recorded_spec = spec.model_copy(update={"model": provider.model})
                    result = run_pipeline(client, recorded_spec, case.sources, config.min_support)
            partial.replace(target)
        finally:
            if partial.exists():
                partial.unlink()
        kept: list[PipelineClaim] = []
        to_label: list[UnlabelledClaim] = []
        for c, label in join_gold(spec, result):
            if label is not None and label not in kept:
                kept.append(label)
            elif label is None:
                to_label.append(UnlabelledClaim(stage=outcome_stage(c), text=c.line))  # type: ignore[arg-type]
        drafts = {c.id for c in kept if c.stage == "draft"}
        kept = [c for c in kept if c.repair_of is None or c.repair_of in drafts]
        raw = read_case_json(case.path)
        raw.update({
            "origin": "recorded",
            "origin_note": note,
            "model": provider.model,
            "recorded": moment,
            "prompts": dict(result.prompts),
            "cost_model": None,
            "claims": [c.model_dump(exclude_none=True) for c in kept],
            "to_label": [c.model_dump() for c in to_label],
        })
        text = json.dumps(raw, indent=2, ensure_ascii=False) + "\n"
        if any(s in text for s in secrets):
            raise InputError(f"{case.path}: refusing to write a case file that holds the API key")
        write_text_atomic(str(case.path), text)
        done.append(RecordedCase(id=spec.id, cassette=str(target), status=result.status, labelled=len(kept),
                                 to_label=len(to_label), total_tokens=result.usage.total_tokens))
    return done

