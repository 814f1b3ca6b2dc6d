"""Many document sets: one item per sub-folder, summarized concurrently, a failing set never stopping the others.

Used by live ``summarize --batch`` and, through a deferred client, by the batch-engine path (``batch_api``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..errors import InputError, ModelOutputError, SummarizerError
from .runs import RunOutcome

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

    from ..atomic import write_text_atomic

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
