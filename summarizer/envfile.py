"""Reading a ``.env`` file: the variables it sets (parsed by python-dotenv), leaving the environment alone.

Apart from config.py so that the command line can read ``./.env`` for every command (its values are
the options' environment layer) without importing config's pydantic models: ``verify`` needs neither.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from .errors import ConfigError


def read_dotenv(dotenv_path: str | os.PathLike[str] | None | Literal[False] = None) -> dict[str, str | None]:
    """The variables of a ``.env`` file (default ``./.env``, if it exists; False: none); ConfigError if unreadable."""
    if dotenv_path is False:
        return {}
    if dotenv_path is None:
        path = Path.cwd() / ".env"
        if not path.is_file():
            return {}
    else:
        path = Path(dotenv_path)
        if not path.is_file():
            raise ConfigError(f".env file not found: {path}")
    from dotenv import dotenv_values  # deferred: only a .env that exists needs its parser (about 10 ms)

    try:
        # dotenv_values only parses: unlike python-dotenv's loading function it leaves the environment alone.
        return dict(dotenv_values(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read .env file {path}: {exc.__class__.__name__}") from None
