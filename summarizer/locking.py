"""One process at a time on a piece of work: an exclusive lock on a file beside it, held for a block."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import BusyError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no advisory locks to take
    fcntl = None  # type: ignore[assignment]


@contextmanager
def held_exclusively(path: str | os.PathLike[str], what: str) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if missing) for the block, or raise BusyError at once
    naming ``what`` and the process that holds it. The lock is the kernel's (flock): it goes with the
    process, so a crashed holder leaves nothing to clean up; the file only says whose it was."""
    if fcntl is None:
        yield
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "another process"
            raise BusyError(f"{what} is being worked on by process {holder}; wait for it to finish or stop it, "
                            f"then run this again") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
