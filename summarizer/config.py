"""Settings resolved as flag > environment variable > ``.env`` file > default: the provider, and apart from
it where data lives.

Nothing is read at import time; the command line calls :func:`load_provider_config` for the provider and
:func:`load_locations` for the folders (kept apart so that listing or reviewing runs never depends on a
provider setting) and passes the results down: the rest of the package reads no environment variable.

    Setting        Variable                  Default
    api_key        OPENAI_API_KEY            none (required unless base_url points at a local server)
    base_url       OPENAI_BASE_URL           https://api.openai.com/v1
    model          SUMMARIZER_MODEL          gpt-4o-mini
    timeout        SUMMARIZER_TIMEOUT        60 (seconds, per attempt)
    max_attempts   SUMMARIZER_MAX_ATTEMPTS   4 (total tries, first one included)
    retry_budget   SUMMARIZER_RETRY_BUDGET   120 (seconds one call may spend on attempts and waits
                                             before a retry is refused; 0: never retry)
    structured     SUMMARIZER_STRUCTURED     auto (json_schema, falling back to text if the server
                                             refuses it) | json_schema | json_object | off

    Location       Variable                  Default
    home           SUMMARIZER_HOME           platformdirs.user_data_dir("summarizer") (runs.db)
    prompts_dir    SUMMARIZER_PROMPTS_DIR    the prompt files shipped in the package (data/prompts)
    cassettes_dir  SUMMARIZER_CASSETTES_DIR  the demo's cassettes shipped in the package (data/cassettes)
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from summarizer.envfile import read_dotenv
from summarizer.errors import ConfigError

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_ATTEMPTS = 4
# A call that has spent this long (answers awaited plus waits between tries) starts no further retry.
DEFAULT_RETRY_BUDGET = 120.0
# How structured output is asked for: auto (json_schema, then text if the server refuses it), json_schema
# (no fallback), json_object (the schema goes in the prompt), off (plain text, parsed by the caller).
StructuredMode = Literal["auto", "json_schema", "json_object", "off"]
STRUCTURED_MODES: tuple[StructuredMode, ...] = ("auto", "json_schema", "json_object", "off")
DEFAULT_STRUCTURED: StructuredMode = "auto"
# What a secret is replaced by wherever it would be recorded or shown.
REDACTED = "[redacted]"
# More than this many tries only delays the inevitable and multiplies cost on a broken provider.
MAX_ATTEMPTS_LIMIT = 20

# Provider setting name -> environment variable, in the order .env.example lists them.
PROVIDER_VARS: dict[str, str] = {
    "api_key": "OPENAI_API_KEY",
    "base_url": "OPENAI_BASE_URL",
    "model": "SUMMARIZER_MODEL",
    "timeout": "SUMMARIZER_TIMEOUT",
    "max_attempts": "SUMMARIZER_MAX_ATTEMPTS",
    "retry_budget": "SUMMARIZER_RETRY_BUDGET",
    "structured": "SUMMARIZER_STRUCTURED",
}
# Location name -> environment variable.
LOCATION_VARS: dict[str, str] = {
    "home": "SUMMARIZER_HOME",
    "prompts_dir": "SUMMARIZER_PROMPTS_DIR",
    "cassettes_dir": "SUMMARIZER_CASSETTES_DIR",
}
# Every setting this module resolves -> its environment variable.
ENV_VARS: dict[str, str] = {**PROVIDER_VARS, **LOCATION_VARS}
# Data that ships inside the package (package data in the wheel), found beside this file.
PACKAGE_DATA = Path(__file__).resolve().parent / "data"
PROMPTS_DIR = PACKAGE_DATA / "prompts"
CASSETTES_DIR = PACKAGE_DATA / "cassettes"


class ModelPrice(BaseModel):
    """USD per million tokens for one model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    input: float = Field(ge=0)
    output: float = Field(ge=0)


def default_home() -> Path:
    """The per-user data directory (not created here)."""
    import platformdirs  # deferred: only needed when SUMMARIZER_HOME is unset

    return Path(platformdirs.user_data_dir("summarizer"))


class ProviderConfig(BaseModel):
    """Everything the model client needs; the key is a SecretStr so it never shows in repr or logs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    api_key: SecretStr | None = None
    base_url: str = DEFAULT_BASE_URL
    model: str = DEFAULT_MODEL
    timeout: float = Field(default=DEFAULT_TIMEOUT, gt=0)
    max_attempts: int = Field(default=DEFAULT_MAX_ATTEMPTS, ge=1, le=MAX_ATTEMPTS_LIMIT)
    retry_budget: float = Field(default=DEFAULT_RETRY_BUDGET, ge=0, allow_inf_nan=False)
    structured: StructuredMode = DEFAULT_STRUCTURED
    # Per-model prices overriding llm.DEFAULT_PRICES; None means use the built-in table only.
    prices: dict[str, ModelPrice] | None = None

    @property
    def is_configured(self) -> bool:
        """A provider was set up: a key, or a base URL other than OpenAI's (a local server may need no key)."""
        return self.api_key is not None or self.base_url != DEFAULT_BASE_URL

    def secrets(self) -> list[str]:
        """What must never be recorded or shown: the API key and a password in the base URL."""
        found = [self.api_key.get_secret_value()] if self.api_key else []
        password = urlsplit(self.base_url).password
        return found + [password] if password else found


Source = Literal["flag", "environment", ".env", "default"]


def load_provider_config(
    overrides: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    dotenv_path: str | os.PathLike[str] | None | Literal[False] = None,
) -> ProviderConfig:
    """Resolve each setting as flag (``overrides``, None = unset) > ``env`` > ``.env`` > default.

    ``env`` defaults to ``os.environ``; ``dotenv_path`` defaults to ``./.env`` if it exists, False skips it.
    """
    overrides = dict(overrides or {})
    values = _resolve(_PARSERS, PROVIDER_VARS, overrides, env, dotenv_path, kind="configuration", extra={"prices"})
    if overrides.get("prices") is not None:
        values["prices"] = overrides["prices"]

    try:
        return ProviderConfig(**values)
    except ValidationError as exc:
        # Build the message ourselves: pydantic's own text echoes input values, which may include the key.
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "configuration"
        raise ConfigError(f"{PROVIDER_VARS.get(field, field)}: {first['msg']}") from None


class Locations(BaseModel):
    """Where data lives: run records (``home``), the prompt files and the demo's cassettes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    home: Path = Field(default_factory=default_home)
    prompts_dir: Path = PROMPTS_DIR
    cassettes_dir: Path = CASSETTES_DIR


def load_locations(
    overrides: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    dotenv_path: str | os.PathLike[str] | None | Literal[False] = None,
) -> Locations:
    """Resolve each folder as flag (``overrides``, None = unset) > environment > ``.env`` > default.

    ``env`` and ``dotenv_path`` as for :func:`load_provider_config`; no provider setting is read.
    """
    parsers = dict.fromkeys(LOCATION_VARS, _parse_folder)
    return Locations(**_resolve(parsers, LOCATION_VARS, dict(overrides or {}), env, dotenv_path, kind="location"))


def _resolve(
    parsers: Mapping[str, Callable[[Any, str], Any]],
    variables: Mapping[str, str],
    overrides: Mapping[str, Any],
    env: Mapping[str, str] | None,
    dotenv_path: str | os.PathLike[str] | None | Literal[False],
    *,
    kind: str,
    extra: set[str] | frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Each setting of ``variables`` (name -> variable) that is set, parsed: flag > env > .env; unset ones left out."""
    unknown = sorted(set(overrides) - set(variables) - set(extra))
    if unknown:
        raise ConfigError(f"unknown {kind} setting(s): {', '.join(unknown)}")
    environ: Mapping[str, str] = os.environ if env is None else env
    dotenv = read_dotenv(dotenv_path)
    values: dict[str, Any] = {}
    for name, var in variables.items():
        found = _lookup(name, var, overrides, environ, dotenv)
        if found is not None:
            raw, source = found
            values[name] = parsers[name](raw, _describe(var, source, dotenv_path))
    return values


def _lookup(
    name: str, var: str, overrides: Mapping[str, Any], environ: Mapping[str, str], dotenv: Mapping[str, str | None]
) -> tuple[Any, Source] | None:
    value = overrides.get(name)
    if value is not None:
        return value, "flag"
    # An empty variable counts as unset, as shells make `VAR=` easy to leave behind.
    for source, mapping in (("environment", environ), (".env", dotenv)):
        raw = mapping.get(var)
        if raw is not None and str(raw).strip():
            return str(raw).strip(), source  # type: ignore[return-value]
    return None


def _describe(var: str, source: Source, dotenv_path: object) -> str:
    if source == "flag":
        return f"{var} (set by option)"
    if source == ".env":
        return f"{var} (from .env file {dotenv_path or '.env'})"
    return var


def _parse_secret(raw: Any, label: str) -> SecretStr:
    text = raw.get_secret_value() if isinstance(raw, SecretStr) else str(raw)
    text = text.strip()
    if not text:
        raise ConfigError(f"{label} is empty")
    if any(ch.isspace() for ch in text):
        # Never echo the value: it is (most likely) a key.
        raise ConfigError(f"{label} contains whitespace; check the key was pasted whole")
    return SecretStr(text)


def _parse_url(raw: Any, label: str) -> str:
    text = str(raw).strip()
    # Error messages show the value as given, minus any password: a base URL may carry credentials.
    shown = _show(_CREDENTIALS_RE.sub(r"\1***@", text))
    if not text.startswith(("http://", "https://")):
        raise ConfigError(f"{label} must start with http:// or https://, got {shown}")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number in range
    except ValueError:
        parts = None
    if parts is None or not parts.hostname:
        raise ConfigError(f"{label} is not a valid URL, got {shown}")
    return text.rstrip("/")


def redact_secrets(value: Any, secrets: Sequence[str | None]) -> Any:
    """``value`` with every secret replaced by ``[redacted]``, in strings nested in dicts and lists too."""
    secrets = [s for s in secrets if s]
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, dict):
        return {key: redact_secrets(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_secrets(item, secrets) for item in value]
    return value


def provider_label(base_url: str) -> str:
    """``base_url`` as it may be shown or recorded: scheme, host, port and path, never its credentials."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address keeps its brackets
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


# The userinfo part of a URL (``//user:password@``), kept up to the scheme's slashes.
_CREDENTIALS_RE = re.compile(r"(//)[^/?#@]*@")


def _parse_model(raw: Any, label: str) -> str:
    text = str(raw).strip()
    if not text:
        raise ConfigError(f"{label} is empty")
    return text


def _seconds(raw: Any, label: str) -> float:
    """A number of seconds (not a bool), or a ConfigError naming ``label``; the caller checks its range."""
    try:
        if isinstance(raw, bool):
            raise ValueError
        value = float(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{label} must be a number of seconds, got {_show(raw)}") from None
    return value


def _parse_timeout(raw: Any, label: str) -> float:
    value = _seconds(raw, label)
    if not math.isfinite(value) or value <= 0:
        raise ConfigError(f"{label} must be a positive number of seconds, got {_show(raw)}")
    return value


def _parse_attempts(raw: Any, label: str) -> int:
    try:
        if isinstance(raw, bool) or (isinstance(raw, float) and not raw.is_integer()):
            raise ValueError
        value = int(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{label} must be a whole number, got {_show(raw)}") from None
    if not 1 <= value <= MAX_ATTEMPTS_LIMIT:
        raise ConfigError(f"{label} must be between 1 and {MAX_ATTEMPTS_LIMIT}, got {value}")
    return value


def _parse_budget(raw: Any, label: str) -> float:
    value = _seconds(raw, label)
    if not math.isfinite(value) or value < 0:
        raise ConfigError(f"{label} must be 0 or more seconds (0: never retry), got {_show(raw)}")
    return value


def _parse_structured(raw: Any, label: str) -> StructuredMode:
    text = str(raw).strip().lower()
    if text not in STRUCTURED_MODES:
        raise ConfigError(f"{label} must be auto, json_schema, json_object or off, got {_show(raw)}")
    return text  # type: ignore[return-value]


def _parse_folder(raw: Any, label: str) -> Path:
    text = str(raw).strip()
    if not text:
        raise ConfigError(f"{label} is empty")
    return Path(text).expanduser()


def _show(raw: Any) -> str:
    text = repr(str(raw))
    return text if len(text) <= 60 else text[:57] + "...'"


_PARSERS: dict[str, Callable[[Any, str], Any]] = {
    "api_key": _parse_secret,
    "base_url": _parse_url,
    "model": _parse_model,
    "timeout": _parse_timeout,
    "max_attempts": _parse_attempts,
    "retry_budget": _parse_budget,
    "structured": _parse_structured,
}
