"""Atomic writes: all or nothing, and the file gets the permissions a plain write would give it."""

from __future__ import annotations

import os
import stat

import pytest

from summarizer.atomic import write_text_atomic
from summarizer.errors import InputError


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_file_gets_the_umask_mode_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "out.txt", "hello\n")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "out.txt") == 0o644
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "hello\n"


def test_an_existing_file_keeps_its_mode(tmp_path):
    target = tmp_path / "keep.txt"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    write_text_atomic(target, "new")
    assert _mode(target) == 0o640 and target.read_text(encoding="utf-8") == "new"


def test_an_unwritable_place_is_an_input_error_and_leaves_nothing(tmp_path):
    with pytest.raises(InputError):
        write_text_atomic(tmp_path / "missing-folder" / "x.txt", "data")
    assert list(tmp_path.iterdir()) == []
