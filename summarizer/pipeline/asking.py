"""One model call as the pipeline makes it: ask → parse → fall back to text → re-ask once with the problem.

Every answer, usable or not, is kept as a :class:`~summarizer.records.CallRecord` of its step; an answer
that stays unusable after :data:`MAX_REASKS` re-asks fails the step (recorded, never raised).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, ValidationError

from ..errors import ModelOutputError
from ..records import CallRecord, StepRecord
from .answers import ParseProblem, check_claims, validation_message

if TYPE_CHECKING:
    from ..llm import ChatResult
    from ..prompts import Prompt

# One re-ask per call: a model that cannot follow the format twice will not on the third try either.
MAX_REASKS = 1


class ChatCompleter(Protocol):
    """What the pipeline needs of a model client (``llm.ChatClient`` is one)."""

    def complete(self, messages: Sequence[Mapping[str, Any]], *, response_model: type[BaseModel] | None = None) -> ChatResult: ...


def ask(client: ChatCompleter, step: StepRecord, messages: list[dict[str, str]], schema: type[BaseModel],
        parse_text: Callable[[str], BaseModel], *, require_claims: bool, reask: Prompt,
        emit: Callable[[str], None]) -> Any:
    """The answer to ``messages`` as ``schema``, or None when it stayed unusable (``step`` then says why)."""
    label = step.label
    while True:
        call = CallRecord()
        step.calls.append(call)
        raw: str | None = None
        try:
            result = client.complete(messages, response_model=schema)
        except ModelOutputError as error:
            raw = error.raw_output
            call.raw_output, call.finish_reason = raw, error.finish_reason
            call.usage = error.usage
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
                check_claims(answer, require_claims)
                return answer
            except ParseProblem as bad:
                problem = str(bad)
                call.problem = problem
        if step.reasks >= MAX_REASKS:
            step.status = "failed"
            step.error = f"{label}: {problem} (after {step.reasks + 1} answers)"
            emit(f"Gave up on {label}: {problem}")
            return None
        step.reasks += 1
        emit(f"Re-asking ({label}): {problem}")
        messages = [*messages, {"role": "assistant", "content": raw or ""},
                    {"role": "user", "content": reask.render("user", error=problem)}]


def _fill_call(call: CallRecord, result: ChatResult) -> None:
    call.request, call.response = result.request, result.response
    call.mode, call.model, call.attempts, call.elapsed_s = result.mode, result.model, result.attempts, result.elapsed_s
    call.usage = result.usage.model_copy() if result.usage is not None else None
    call.cost_usd = result.cost_usd
    call.fallback_reason, call.finish_reason = result.fallback_reason, result.finish_reason


def _text_answer(text: str, parse_text: Callable[[str], BaseModel], require_claims: bool) -> BaseModel | None:
    """``text`` parsed as a text-mode answer, or None when it is not a usable one either."""
    try:
        answer = parse_text(text)
        check_claims(answer, require_claims)
    except ParseProblem:
        return None
    return answer


def _structured(result: ChatResult, schema: type[BaseModel]) -> BaseModel:
    parsed = result.parsed
    if isinstance(parsed, schema):
        return parsed
    try:
        return schema.model_validate(parsed)
    except ValidationError as exc:
        raise ParseProblem(validation_message(exc)) from None
