"""Configuration precedence and validation: flag > environment > .env > default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest
from helpers import ROOT
from pydantic import SecretStr

from summarizer.config import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_ATTEMPTS,
    DEFAULT_MODEL,
    DEFAULT_RETRY_BUDGET,
    DEFAULT_STRUCTURED,
    DEFAULT_TIMEOUT,
    ENV_VARS,
    ModelPrice,
    ProviderConfig,
    PROMPTS_DIR,
    CASSETTES_DIR,
    load_locations,
    load_provider_config,
    provider_label,
    redact_secrets,
)
from summarizer.envfile import read_dotenv
from summarizer.errors import ConfigError

KEY = "sk-test-" + "Zq7Lm2Xw9Rt4Yp6Vb3Nc8Kd1"


def write_env(path: Path, **values: str) -> Path:
    path.write_text("".join(f"{name}={value}\n" for name, value in values.items()), encoding="utf-8")
    return path


def test_defaults_when_nothing_is_set():
    config = load_provider_config({}, env={}, dotenv_path=False)
    assert config.api_key is None
    assert config.base_url == DEFAULT_BASE_URL == "https://api.openai.com/v1"
    assert config.model == DEFAULT_MODEL == "gpt-4o-mini"
    assert config.timeout == DEFAULT_TIMEOUT == 60
    assert config.max_attempts == DEFAULT_MAX_ATTEMPTS == 4
    assert load_locations(env={}, dotenv_path=False).home == Path(platformdirs.user_data_dir("summarizer"))
    assert config.prices is None
    assert config.retry_budget == DEFAULT_RETRY_BUDGET == 120
    assert config.structured == DEFAULT_STRUCTURED == "auto"


# (setting, variable, flag value, env value, .env value, expected from each source)
CASES = [
    ("model", "SUMMARIZER_MODEL", "m-flag", "m-env", "m-dotenv", ("m-flag", "m-env", "m-dotenv")),
    ("timeout", "SUMMARIZER_TIMEOUT", 5, "6.5", "7", (5.0, 6.5, 7.0)),
    ("max_attempts", "SUMMARIZER_MAX_ATTEMPTS", 2, "3", "5", (2, 3, 5)),
    (
        "base_url",
        "OPENAI_BASE_URL",
        "http://flag:1/v1",
        "http://env:2/v1/",
        "https://dotenv:3/v1",
        ("http://flag:1/v1", "http://env:2/v1", "https://dotenv:3/v1"),
    ),
    ("retry_budget", "SUMMARIZER_RETRY_BUDGET", 30, "0", "45.5", (30.0, 0.0, 45.5)),
    ("structured", "SUMMARIZER_STRUCTURED", "off", "JSON_OBJECT", " json_schema ", ("off", "json_object", "json_schema")),
]


@pytest.mark.parametrize(("name", "var", "flag", "env_value", "dotenv_value", "expected"), CASES)
def test_precedence_flag_env_dotenv_default(tmp_path, name, var, flag, env_value, dotenv_value, expected):
    dotenv = write_env(tmp_path / ".env", **{var: dotenv_value})
    env = {var: env_value}

    def value(config: ProviderConfig):
        return getattr(config, name)

    assert value(load_provider_config({name: flag}, env=env, dotenv_path=dotenv)) == expected[0]
    # None means "flag not given", so the environment wins.
    assert value(load_provider_config({name: None}, env=env, dotenv_path=dotenv)) == expected[1]
    assert value(load_provider_config({}, env={}, dotenv_path=dotenv)) == expected[2]
    default = ProviderConfig.model_fields[name]
    default_value = default.default_factory() if default.default_factory else default.default
    assert value(load_provider_config({}, env={}, dotenv_path=write_env(tmp_path / "empty.env"))) == default_value


def test_api_key_precedence_and_secrecy(tmp_path):
    dotenv = write_env(tmp_path / ".env", OPENAI_API_KEY=KEY + "dotenv")
    env = {"OPENAI_API_KEY": KEY + "env"}
    assert load_provider_config({"api_key": KEY}, env=env, dotenv_path=dotenv).api_key.get_secret_value() == KEY
    assert load_provider_config({"api_key": SecretStr(KEY)}, env=env, dotenv_path=dotenv).api_key.get_secret_value() == KEY
    assert load_provider_config({}, env=env, dotenv_path=dotenv).api_key.get_secret_value() == KEY + "env"
    config = load_provider_config({}, env={}, dotenv_path=dotenv)
    assert config.api_key.get_secret_value() == KEY + "dotenv"
    for text in (repr(config), str(config), config.model_dump_json(), str(config.model_dump())):
        assert KEY not in text


def test_empty_environment_variable_counts_as_unset(tmp_path):
    dotenv = write_env(tmp_path / ".env", SUMMARIZER_MODEL="from-dotenv")
    assert load_provider_config({}, env={"SUMMARIZER_MODEL": "  "}, dotenv_path=dotenv).model == "from-dotenv"


def test_dotenv_is_read_without_touching_os_environ(tmp_path, monkeypatch):
    monkeypatch.delenv("SUMMARIZER_MODEL", raising=False)
    dotenv = write_env(tmp_path / ".env", SUMMARIZER_MODEL="only-in-dotenv", SUMMARIZER_UNRELATED="x")
    assert load_provider_config({}, env=None, dotenv_path=dotenv).model == "only-in-dotenv"
    assert "SUMMARIZER_MODEL" not in os.environ
    assert "SUMMARIZER_UNRELATED" not in os.environ


def test_env_none_means_os_environ(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_MODEL", "from-os-environ")
    assert load_provider_config({}, dotenv_path=False).model == "from-os-environ"


def test_default_dotenv_is_dot_env_in_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_provider_config({}, env={}).model == DEFAULT_MODEL  # no ./.env: fine
    write_env(tmp_path / ".env", SUMMARIZER_MODEL="cwd-model")
    assert load_provider_config({}, env={}).model == "cwd-model"


def test_explicit_missing_dotenv_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_provider_config({}, env={}, dotenv_path=tmp_path / "missing.env")


@pytest.mark.parametrize(
    ("var", "value", "phrase"),
    [
        ("SUMMARIZER_TIMEOUT", "abc", "number of seconds"),
        ("SUMMARIZER_TIMEOUT", "0", "positive"),
        ("SUMMARIZER_TIMEOUT", "-3", "positive"),
        ("SUMMARIZER_TIMEOUT", "nan", "positive"),
        ("SUMMARIZER_MAX_ATTEMPTS", "four", "whole number"),
        ("SUMMARIZER_MAX_ATTEMPTS", "2.5", "whole number"),
        ("SUMMARIZER_MAX_ATTEMPTS", "0", "between 1 and"),
        ("SUMMARIZER_MAX_ATTEMPTS", "1000", "between 1 and"),
        ("OPENAI_BASE_URL", "localhost:8000", "http://"),
        ("SUMMARIZER_RETRY_BUDGET", "two minutes", "number of seconds"),
        ("SUMMARIZER_RETRY_BUDGET", "-1", "0 or more"),
        ("SUMMARIZER_RETRY_BUDGET", "inf", "0 or more"),
        ("SUMMARIZER_STRUCTURED", "yes", "auto, json_schema, json_object or off"),
    ],
)
def test_bad_values_name_the_variable(var, value, phrase):
    with pytest.raises(ConfigError) as info:
        load_provider_config({}, env={var: value}, dotenv_path=False)
    message = str(info.value)
    assert var in message and phrase in message
    assert "\n" not in message


def test_bad_value_in_dotenv_says_so(tmp_path):
    dotenv = write_env(tmp_path / ".env", SUMMARIZER_TIMEOUT="soon")
    with pytest.raises(ConfigError, match=r"SUMMARIZER_TIMEOUT \(from \.env file .*\) must be a number"):
        load_provider_config({}, env={}, dotenv_path=dotenv)


def test_bad_flag_value_names_the_variable():
    with pytest.raises(ConfigError, match="SUMMARIZER_MAX_ATTEMPTS"):
        load_provider_config({"max_attempts": "x"}, env={}, dotenv_path=False)


def test_bad_key_error_does_not_echo_the_key():
    with pytest.raises(ConfigError) as info:
        load_provider_config({}, env={"OPENAI_API_KEY": KEY[:10] + " " + KEY[10:]}, dotenv_path=False)
    assert "OPENAI_API_KEY" in str(info.value)
    assert KEY[:10] not in str(info.value) and KEY[10:] not in str(info.value)


def test_unknown_override_is_rejected():
    with pytest.raises(ConfigError, match="temprature"):
        load_provider_config({"temprature": 1}, env={}, dotenv_path=False)


def test_price_override_is_validated():
    config = load_provider_config({"prices": {"my-model": {"input": 1, "output": 2}}}, env={}, dotenv_path=False)
    assert config.prices == {"my-model": ModelPrice(input=1, output=2)}
    with pytest.raises(ConfigError, match="prices"):
        load_provider_config({"prices": {"my-model": {"input": -1, "output": 2}}}, env={}, dotenv_path=False)


def test_home_expands_user(monkeypatch):
    monkeypatch.setenv("HOME", "/home/someone")
    assert load_locations(env={"SUMMARIZER_HOME": "~/data"}, dotenv_path=False).home == Path("/home/someone/data")


@pytest.mark.parametrize(("name", "var"), [("home", "SUMMARIZER_HOME"), ("prompts_dir", "SUMMARIZER_PROMPTS_DIR"),
                                           ("cassettes_dir", "SUMMARIZER_CASSETTES_DIR")])
def test_locations_precedence_flag_env_dotenv_default(tmp_path, name, var):
    dotenv = write_env(tmp_path / ".env", **{var: "/tmp/dotenv"})
    env = {var: "/tmp/env"}

    def where(**kwargs) -> Path:
        return getattr(load_locations(**kwargs), name)

    assert where(overrides={name: "/tmp/flag"}, env=env, dotenv_path=dotenv) == Path("/tmp/flag")
    assert where(overrides={name: None}, env=env, dotenv_path=dotenv) == Path("/tmp/env")
    assert where(env={var: " "}, dotenv_path=dotenv) == Path("/tmp/dotenv")
    default = {"home": Path(platformdirs.user_data_dir("summarizer")), "prompts_dir": PROMPTS_DIR,
               "cassettes_dir": CASSETTES_DIR}[name]
    assert where(env={}, dotenv_path=write_env(tmp_path / "empty.env")) == default


def test_the_default_data_folders_are_inside_the_package():
    import summarizer

    package = Path(summarizer.__file__).resolve().parent
    assert PROMPTS_DIR == package / "data" / "prompts" and (PROMPTS_DIR / "draft.md").is_file()
    assert CASSETTES_DIR == package / "data" / "cassettes" and list(CASSETTES_DIR.glob("handwritten-*.json"))


def test_locations_are_resolved_apart_from_the_provider(tmp_path):
    # A broken provider setting must not stop anything that only needs the data folder (runs, review, export).
    broken = {"SUMMARIZER_HOME": str(tmp_path), "OPENAI_BASE_URL": "not a url", "SUMMARIZER_TIMEOUT": "soon"}
    assert load_locations(env=broken, dotenv_path=False).home == tmp_path
    with pytest.raises(ConfigError, match="OPENAI_BASE_URL"):
        load_provider_config({}, env=broken, dotenv_path=False)
    with pytest.raises(ConfigError, match="unknown configuration setting.*home"):
        load_provider_config({"home": str(tmp_path)}, env={}, dotenv_path=False)
    with pytest.raises(ConfigError, match="unknown location setting.*model"):
        load_locations({"model": "x"}, env={}, dotenv_path=False)


@pytest.mark.parametrize(("settings", "configured"), [
    ({}, False),
    ({"api_key": KEY}, True),
    ({"base_url": "http://localhost:11434/v1"}, True),
    ({"base_url": "https://api.openai.com/v1/"}, False),  # the default, spelled with a slash
])
def test_is_configured_means_a_key_or_another_server(settings, configured):
    assert load_provider_config(settings, env={}, dotenv_path=False).is_configured is configured


def test_nothing_is_read_at_import_time(tmp_path):
    # Bad values everywhere; importing must still succeed because resolution happens only on demand.
    write_env(tmp_path / ".env", SUMMARIZER_TIMEOUT="bad")
    env = {**os.environ, "SUMMARIZER_TIMEOUT": "bad", "SUMMARIZER_MAX_ATTEMPTS": "bad", "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-c", "import summarizer.config, summarizer.llm"], cwd=tmp_path, env=env, check=True, timeout=60
    )


def test_env_example_documents_every_variable():
    lines = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    for var in ENV_VARS.values():
        index = next((i for i, line in enumerate(lines) if line.lstrip("# ").startswith(var + "=")), None)
        assert index is not None, f"{var} missing from .env.example"
        assert index > 0 and lines[index - 1].startswith("#"), f"{var} has no comment above it"
    # Only a placeholder, never something that looks like a real key.
    assert [line for line in lines if line.startswith("OPENAI_API_KEY=")] == ["OPENAI_API_KEY=sk-..."]


@pytest.mark.parametrize("value", ["http://[::1", "http://", "https://host:99999/v1", "http://:8080/v1"])
def test_a_base_url_that_is_no_url_is_a_config_error_showing_the_value_as_given(value):
    with pytest.raises(ConfigError) as info:
        load_provider_config({}, env={"OPENAI_BASE_URL": value}, dotenv_path=False)
    message = str(info.value)
    assert message == f"OPENAI_BASE_URL is not a valid URL, got {value!r}"


@pytest.mark.parametrize("value", ["ftp://alice:PASSWORD99@host/v1", "http://alice:PASSWORD99@[::1/v1"])
def test_a_bad_base_url_error_never_shows_its_password(value):
    with pytest.raises(ConfigError) as info:
        load_provider_config({}, env={"OPENAI_BASE_URL": value}, dotenv_path=False)
    assert "PASSWORD99" not in str(info.value) and "***@" in str(info.value)


def test_provider_label_drops_credentials_and_keeps_ipv6_brackets():
    assert provider_label("http://alice:PASSWORD99@127.0.0.1:1/v1") == "http://127.0.0.1:1/v1"
    assert provider_label("http://u:p@[::1]:11434/v1") == "http://[::1]:11434/v1"


def test_redact_secrets_reaches_nested_strings_and_ignores_empty_secrets():
    value = {"a": ["key K1 and K2", {"b": "K1"}], "n": 3}
    assert redact_secrets(value, ["K1", "", None, "K2"]) == {"a": ["key [redacted] and [redacted]", {"b": "[redacted]"}], "n": 3}
    assert redact_secrets("K1", []) == "K1"


def test_an_undecodable_dotenv_is_a_config_error(tmp_path):
    (tmp_path / ".env").write_bytes(b"SUMMARIZER_X=\xff\xfe\n")
    with pytest.raises(ConfigError, match="cannot read .env"):
        read_dotenv(tmp_path / ".env")


def test_secrets_are_the_key_and_a_password_in_the_base_url():
    env = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": "http://alice:PASSWORD99@127.0.0.1:1/v1"}
    assert load_provider_config({}, env=env, dotenv_path=False).secrets() == [KEY, "PASSWORD99"]
    assert load_provider_config({}, env={}, dotenv_path=False).secrets() == []
