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


def test_check_writable_accepts_a_new_or_existing_file_and_touches_neither(tmp_path):
    from summarizer.atomic import check_writable

    existing = tmp_path / "old.txt"
    existing.write_text("keep me", encoding="utf-8")
    check_writable(existing)
    check_writable(tmp_path / "new.txt")
    assert existing.read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["old.txt"]


def test_check_writable_refuses_what_write_text_atomic_could_not_write(tmp_path):
    from summarizer.atomic import check_writable

    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    (tmp_path / "a-folder").mkdir()
    for target, problem in ((blocker / "x.txt", "cannot write there"), (tmp_path / "missing" / "x.txt", "no folder"),
                            (tmp_path / "a-folder", "is a folder")):
        with pytest.raises(InputError, match=problem):
            check_writable(target)
        with pytest.raises(InputError):
            write_text_atomic(target, "data")  # the check agrees with the write
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "a-folder"]


def test_check_folder_writable_creates_the_folder_or_says_why_not(tmp_path):
    from summarizer.atomic import check_folder_writable

    check_folder_writable(tmp_path / "new" / "out", create=True)
    assert list((tmp_path / "new" / "out").iterdir()) == []
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="cannot create the folder"):
        check_folder_writable(blocker / "out", create=True)
    with pytest.raises(InputError, match="not a folder"):
        check_folder_writable(blocker)
