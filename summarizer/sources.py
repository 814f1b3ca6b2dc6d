"""Sources: loading files, segmenting them into numbered sentences with offsets, and finding sentences by id.

Source *n* is the n-th source given (1-based); sentence *m* is its m-th sentence; the id is ``n.m``.
Boilerplate (AI disclaimers, "Related Articles" blocks) can be flagged, but it is never removed from
the numbering: flagged sentences keep their ids, so citations stay stable with or without the filter.
"""

from __future__ import annotations

import hashlib
import os
import stat
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import InputError, SourceError
from .segment import split_spans
from .textnorm import LazyPattern

DEFAULT_MAX_SOURCE_BYTES = 20 * 1024 * 1024
SOURCE_SUFFIXES = (".txt", ".md", ".markdown")
STDIN = "-"
# The path a source read from standard input is recorded under.
STDIN_LABEL = "<stdin>"

_RELATED_HEADING_RE = LazyPattern(
    r"^(related (articles|stories|coverage|content|posts|reading)|read more|more from|you may also like|"
    r"recommended( for you)?|see also)\W*$",
    re.IGNORECASE,
)
_DISCLAIMER_RE = LazyPattern(
    r"(content is (ai|machine)[- ]generated|generated (by|with) (ai|artificial intelligence)|"
    r"errors may occur|we recommend verifying with the original|while we strive for accuracy)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a source: its id, its exact text and its offsets into the source text."""

    id: str
    source: int
    number: int
    text: str
    start: int
    end: int
    boilerplate: bool = False

    @property
    def display_text(self) -> str:
        """The sentence on one line (hard-wrapped text joined), as shown to a model or a person."""
        return " ".join(self.text.split())


@dataclass(slots=True)
class Source:
    """A loaded source: its number, where it came from, its text and its sentences."""

    number: int
    path: str
    text: str
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        """Hex digest of the UTF-8 text, for run records and cache keys."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def sentence(self, number: int) -> Sentence | None:
        """Sentence ``number`` (1-based), or None when it does not exist."""
        if 1 <= number <= len(self.sentences):
            return self.sentences[number - 1]
        return None


def segment_source(number: int, path: str, text: str, *, flag_boilerplate: bool = False) -> Source:
    """Build a :class:`Source` from text: split it into sentences and number them ``number.m``."""
    sentences = [
        Sentence(f"{number}.{m}", number, m, text[start:end], start, end)
        for m, (start, end) in enumerate(split_spans(text), 1)
    ]
    source = Source(number=number, path=path, text=text, sentences=sentences)
    return with_boilerplate_flagged(source) if flag_boilerplate else source


def with_boilerplate_flagged(source: Source) -> Source:
    """A copy of ``source`` whose AI disclaimers and "Related Articles" blocks are flagged; ids unchanged.

    A flag already set stays set. A "Related Articles" style heading flags itself and everything after it.
    """
    in_related_block = False
    sentences = []
    for s in source.sentences:
        if _RELATED_HEADING_RE.match(s.text.strip()):
            in_related_block = True
        flagged = s.boilerplate or in_related_block or bool(_DISCLAIMER_RE.search(s.text))
        sentences.append(s if flagged == s.boilerplate else replace(s, boilerplate=flagged))
    return Source(number=source.number, path=source.path, text=source.text, sentences=sentences)


def sentence_by_id(sources: Sequence[Source], sentence_id: str) -> Sentence | None:
    """The sentence whose id is exactly ``sentence_id`` (``"2.5"``), or None."""
    number, _, m = sentence_id.partition(".")
    if not (number.isdigit() and m.isdigit()):
        return None
    source = next((src for src in sources if src.number == int(number)), None)
    found = source.sentence(int(m)) if source is not None else None
    return found if found is not None and found.id == sentence_id else None


def neighbours(sources: Sequence[Source], sentence: Sentence, radius: int) -> list[Sentence]:
    """``sentence`` and up to ``radius`` sentences of its source on either side, in order."""
    source = next((src for src in sources if src.number == sentence.source), None)
    if source is None:
        return [sentence]
    near = (source.sentence(n) for n in range(sentence.number - radius, sentence.number + radius + 1))
    return [s for s in near if s is not None]


def id_ranges(sentences: Sequence[Sentence]) -> str:
    """``1.14–1.22, 2.17–2.28``: ids of sentences (in order), consecutive ones of a source as a range."""
    runs: list[list[Sentence]] = []
    for s in sentences:
        if runs and runs[-1][1].source == s.source and runs[-1][1].number == s.number - 1:
            runs[-1][1] = s
        else:
            runs.append([s, s])
    return ", ".join(first.id if first is last else f"{first.id}\u2013{last.id}" for first, last in runs)


def decode_source(path: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_SOURCE_BYTES) -> str:
    """Decode a source's bytes as UTF-8 (a BOM is fine); raise :class:`SourceError` if unusable."""
    if len(data) > max_bytes:
        raise SourceError(path, _over_limit(len(data), max_bytes))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data:
        # UTF-16 with its byte-order mark (what Windows tools often save): decode it rather than calling
        # it binary; its NUL bytes are half of each Latin character, not a sign of a binary file. (Bytes
        # that merely start like a BOM but hold no NUL are not taken for UTF-16: they are checked as UTF-8.)
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise SourceError(path, "starts like UTF-16 but does not decode as UTF-16; convert it to UTF-8") from None
    elif b"\x00" in data:
        if data[1::2].count(0) > len(data) // 4 or data[0::2].count(0) > len(data) // 4:
            raise SourceError(path, "looks like UTF-16 without a byte-order mark; convert it to UTF-8 "
                                    "(for example: iconv -f UTF-16LE -t UTF-8 FILE > FILE.txt)")
        raise SourceError(path, "looks like a binary file (it contains NUL bytes); give a .txt or .md file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            path, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8"
        ) from None
    if not text.strip():
        raise SourceError(path, "is empty")
    return text


def _expand(paths: list[str]) -> list[tuple[str, str | None]]:
    """Each file to load, with the folder argument it was found in (None for a file or ``-`` given as such)."""
    expanded: list[tuple[str, str | None]] = []
    for p in paths:
        if p == STDIN:
            expanded.append((p, None))
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(
                str(f) for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SOURCE_SUFFIXES
            )
            if not files:
                raise SourceError(p, f"is a folder with no {'/'.join(SOURCE_SUFFIXES)} files")
            expanded.extend((f, p) for f in files)
        elif path.exists():
            expanded.append((p, None))
        else:
            raise SourceError(p, "does not exist")
    if [p for p, _ in expanded].count(STDIN) > 1:
        raise InputError("standard input ('-') can be given only once")
    return expanded


def read_source_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_SOURCE_BYTES) -> bytes:
    """Read a source file, refusing one over ``max_bytes`` before reading it all."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            # A FIFO or device would block reading (or never end): refuse it up front.
            raise SourceError(path, "is not a regular file (a pipe, socket or device); give a .txt or .md file, or - for standard input")
        size = os.path.getsize(path)
        if size > max_bytes:
            raise SourceError(path, _over_limit(size, max_bytes))
        with open(path, "rb") as fh:
            return fh.read(max_bytes + 1)
    except IsADirectoryError:
        raise SourceError(path, "is a folder") from None
    except PermissionError:
        raise SourceError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise SourceError(path, f"cannot be read ({exc.strerror or exc})") from None


def load_sources(
    paths: list[str],
    *,
    stdin_bytes: bytes | None = None,
    max_bytes: int = DEFAULT_MAX_SOURCE_BYTES,
    flag_boilerplate: bool = False,
) -> list[Source]:
    """Load and segment sources in the order given; ``-`` takes ``stdin_bytes``."""
    if not paths:
        raise InputError("no sources given")
    sources = []
    for number, (path, folder) in enumerate(_expand(paths), 1):
        if path == STDIN:
            if stdin_bytes is None:
                raise InputError("'-' was given but there is no standard input")
            data, label = stdin_bytes, STDIN_LABEL
        else:
            data, label = None, path
        try:
            if data is None:
                data = read_source_bytes(path, max_bytes=max_bytes)
            text = decode_source(label, data, max_bytes=max_bytes)
        except SourceError as error:
            if folder is None:
                raise
            # Still an error (a summary must not silently lose a file), but say where the file came from.
            raise SourceError(f"{error.path} (in folder {folder})", error.problem) from None
        sources.append(segment_source(number, label, text, flag_boilerplate=flag_boilerplate))
    return sources


def sources_from_texts(texts: list[str], *, flag_boilerplate: bool = False) -> list[Source]:
    """Build sources from in-memory strings (numbered 1, 2, … in order); for library callers and tests."""
    return [segment_source(n, f"<text {n}>", t, flag_boilerplate=flag_boilerplate) for n, t in enumerate(texts, 1)]


def _over_limit(size: int, max_bytes: int) -> str:
    shown, limit = _size(size), _size(max_bytes)
    if shown == limit:  # rounded to the same figure: only the exact counts show the difference
        shown, limit = f"{size} bytes", f"{max_bytes} bytes"
    return f"is {shown}, over the limit of {limit} (SUMMARIZER_MAX_SOURCE_BYTES)"


def _size(n: int) -> str:
    """A byte count for people: bytes under 1 KB, KB under 1 MB, else MB."""
    if n < 1024:
        return f"{n} bytes" if n != 1 else "1 byte"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"
