"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import InputError


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder and a rename."""
    with open_atomic(path) as fh:
        fh.write(text)


@contextmanager
def open_atomic(path: str | os.PathLike, *, binary: bool = False) -> Iterator[IO[Any]]:
    """A file to write in steps (a stream too large to hold) that appears at ``path`` only when complete.

    Like :func:`write_text_atomic`: a temporary file in the same folder, fsync, rename; on an error the
    temporary file is removed and the old ``path``, if any, is left as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    import tempfile  # here, not at the top: `summarizer verify` writes nothing and need not import it

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write there ({exc.strerror or exc})") from None
    try:
        os.fchmod(fd, _mode_for(target))
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write there ({exc.strerror or exc})") from None
        raise


def check_writable(path: str | os.PathLike) -> None:
    """Raise InputError now if :func:`write_text_atomic` could not write ``path``; never creates or truncates it.

    Meant to run before anything costly: the folder must exist and take a new file (probed with a temporary
    file, removed at once, so it also holds for root, read-only mounts and ACLs), and the target, if it
    exists, must be a regular file we may write.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    if os.path.lexists(target):
        if not target.is_file():
            raise InputError(f"{path}: not a regular file")
        if not os.access(target, os.W_OK):
            raise InputError(f"{path}: the file is read-only")
    if not folder.is_dir():
        raise InputError(f"{path}: cannot write there (no folder {folder})")
    _probe(folder, f"{path}: cannot write there", target.name)


def check_folder_writable(folder: str | os.PathLike, *, create: bool = False) -> None:
    """Raise InputError now if files cannot be written atomically into ``folder`` (created first if ``create``)."""
    where = Path(folder)
    if create:
        try:
            where.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{folder}: cannot create the folder ({exc.strerror or exc})") from None
    if not where.is_dir():
        raise InputError(f"{folder}: not a folder")
    _probe(where, f"{folder}: cannot write there", "probe")


def _probe(folder: Path, message: str, name: str) -> None:
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{message} ({exc.strerror or exc})") from None
    os.close(fd)
    try:
        os.unlink(tmp)
    except OSError:
        pass
