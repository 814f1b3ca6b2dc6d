"""The built wheel works on its own: prompts and the demo's cassettes are package data, found without a checkout.

Builds the wheel offline (``--no-build-isolation``: setuptools comes with the test extra), installs it with
``--no-deps`` into a fresh venv that borrows this venv's installed dependencies through a ``.pth`` line, and
runs the no-key demo from a folder outside the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from helpers import ROOT, SEED_000, SEED_001

pytest.importorskip("setuptools", reason="the wheel is built with the test extra's setuptools")


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)
    assert done.returncode == 0, (command, done.stdout[-2000:], done.stderr[-2000:])
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; returns its bin folder."""
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"  # a copy, so the build leaves nothing behind in the checkout
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "summarizer", src / "summarizer", ignore=shutil.ignore_patterns("__pycache__"))
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
          "-w", str(base / "dist"), str(src)])
    (wheel,) = (base / "dist").glob("summarizer-*.whl")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index",
          str(wheel)])
    # The dependencies (pydantic, openai, …) from this venv, added after the fresh venv's own site-packages; a
    # plain path line, so this venv's .pth files (the editable install of the checkout) are not run.
    fresh_site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (fresh_site / "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv / "bin"


def _clean_env(tmp: Path) -> dict[str, str]:
    """No provider, no checkout on the path: only what an installed tool would see."""
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp), "SUMMARIZER_HOME": str(tmp / "home")}


def test_the_no_key_demo_runs_from_an_installed_wheel_outside_the_repository(installed, tmp_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    for seed in (SEED_000, SEED_001):
        shutil.copy(seed, work / seed.name)
    env = _clean_env(tmp_path)
    where = _run([str(installed / "python"), "-c", "import summarizer.cli; print(summarizer.cli.__file__)"],
                 cwd=work, env=env).stdout.strip()
    assert Path(where).is_relative_to(installed.parent) and not Path(where).is_relative_to(ROOT), where

    done = _run([str(installed / "summarizer"), "summarize", SEED_000.name, SEED_001.name], cwd=work, env=env)
    assert "replaying hand-written (not from a model) responses" in done.stderr
    assert done.stdout.startswith("# Summary\n")
    assert "9 of 10 claims verified" in done.stdout
    # The prompt versions the run records came from the packaged prompt files.
    assert "prompts draft@2, repair@1" in done.stdout
