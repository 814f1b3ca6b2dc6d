"""Reading the eval suite's JSON files (cases, config, results): strict models and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import InputError


class StrictModel(BaseModel):
    """A model read from a file: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid")


def read_json_file(path: Path) -> Any:
    """The parsed JSON of ``path``; raise :class:`InputError` naming the file and why it cannot be read."""
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None


def validation_summary(exc: ValidationError) -> str:
    """The first five faults of a validation error, each as ``where: what``, on one line."""
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        parts.append(f"{where}: {err['msg']}")
    more = len(exc.errors()) - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")
