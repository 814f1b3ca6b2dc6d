"""The inline citation grammar: parse claims and their markers out of a summary; format markers and claim lines.

Grammar (one marker is ``[`` … ``]`` holding one or more references separated by ``,`` or ``;``):

    [1.3]          sentence 3 of source 1
    [1.3, 2.5]     several references in one marker; ``[1.3][2.5]`` is the same
    [1.3-5]        a range: sentences 3, 4 and 5 of source 1 (``[1.3-1.5]`` is the same)
    [2]            the whole of source 2 (checked against its best-matching sentences)

A bracket that holds only digits, ``.``, ``-``/``\u2013``, ``,``/``;`` and spaces (with at least one
digit), the empty ``[]``, and a bracket of those characters holding another bracket (``[1.[1]]``) are
markers too: when they do not follow the grammar (``[1.]``, ``[1.2-]``, ``[-1.2]``, ``[1.2.3]``, a
number of more than :data:`MAX_DIGITS` digits) they are reported as :class:`MalformedReference`, never
read as text or guessed at. Brackets holding words (``[sic]``, ``[...]``, a ``[ ]`` task box) are text,
and a marker inside them (``[see [1.2]]``) still counts.

Markers may stand before or after the sentence's final punctuation. A claim is a sentence of the
summary; headings (Markdown ``#`` lines, or short lines with no final punctuation and no marker),
reference lists under a "Sources"/"References" heading and marker-only lines are not claims: they are
returned as ``non_claims`` so nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .segment import split_spans
from .textnorm import LazyPattern

MAX_RANGE = 50  # a wider range is almost surely a typo; it is reported, not expanded
# Source and sentence numbers have at most this many digits; a longer one is a malformed citation. No
# source has a million sentences: at a typical 100 bytes a sentence that is 100 MB, five times the
# default source limit (20 MB), and far more numbered lines than any model is shown to draft from. The
# bound also keeps int() away from absurd digit strings (Python refuses more than 4,300 digits with a
# ValueError). Rejecting a real 7-digit citation would be a wrong rejection, never a wrong acceptance.
MAX_DIGITS = 6

_REF = r"\d+(?:\.\d+)?(?:\s*[-\u2013]\s*\d+(?:\.\d+)?)?"
# A marker that follows the grammar (it may still be malformed: a reversed range, a 7-digit number).
MARKER_RE = LazyPattern(r"\[\s*(" + _REF + r"(?:\s*[,;]\s*" + _REF + r")*)\s*\]")
_ALNUM_RE = re.compile(r"[^\W_]")
_SIMPLE_REF_RE = re.compile(r"\s*(\d{1,%d})\.(\d{1,%d})\s*" % (MAX_DIGITS, MAX_DIGITS))
_REF_SEPARATOR_RE = re.compile(r"\s*[,;]\s*")
_REF_RE = re.compile(r"(\d+)(?:\.(\d+))?(?:\s*[-\u2013]\s*(\d+)(?:\.(\d+))?)?")
_BRACKET_RE = re.compile(r"[\[\]]")
# What a bracket must hold to be read as a marker: only the grammar's characters, and a digit (``[...]``
# is an ellipsis and ``[ ]`` a Markdown task box, not markers). With brackets inside: ``[1.[1]]``.
# (Two linear checks, not one pattern: "[…]*\d[…]*" backtracks quadratically on a long run of digits.)
_MARKER_CHARS_RE = re.compile(r"[\d\s.,;\-\u2013]*")
_NESTED_MARKER_CHARS_RE = re.compile(r"[\d\s.,;\-\u2013\[\]]*")
_DIGIT_RE = re.compile(r"\d")
_DASHES = "-\u2013"
_FORMS = "write [1.3], [1.3-5], [1.3-1.5] or [2]"
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([.,;:!?\u2026])")
_EMPHASIS_RE = re.compile(r"(\*\*|__|`)")
_TERMINAL_RE = LazyPattern(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*$")
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+\S")
# Only the bare word (with an optional count or colon) opens a reference list: "Sources (4 articles)",
# "References:". "Notes on the talks" is an ordinary heading whose lines are claims.
_REFERENCE_HEADING_RE = LazyPattern(
    r"^(sources|references|bibliography|citations|works cited|notes)\s*(\([^)]*\))?\s*:?$", re.IGNORECASE
)
_PARENTHESES_RE = re.compile(r"\([^)]*\)")
_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_TITLE_SMALL_WORDS = frozenset(
    "a an the and or but nor of to in on at for with by from as vs via amid after over into per".split()
)


@dataclass(frozen=True, slots=True)
class Citation:
    """One cited unit: a sentence (``1.3``) or a whole source (``2``, sentence is None)."""

    source: int
    sentence: int | None = None

    @property
    def id(self) -> str:
        """``n.m`` for a sentence, ``n`` for a whole source."""
        return f"{self.source}" if self.sentence is None else f"{self.source}.{self.sentence}"


@dataclass(frozen=True, slots=True)
class MalformedReference:
    """A reference inside a marker that cannot be used: a reversed, cross-source or too wide range, a
    number of more than :data:`MAX_DIGITS` digits, or a marker that does not follow the grammar (``[1.]``,
    ``[]``, ``[1.[1]]``). ``text`` is the reference as written, without the marker's outer brackets."""

    text: str
    problem: str


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence of a summary: its text without markers, its span in the summary, its citations."""

    index: int
    text: str
    start: int
    end: int
    citations: tuple[Citation, ...]
    malformed: tuple[MalformedReference, ...] = ()


@dataclass(frozen=True, slots=True)
class NonClaim:
    """A part of the summary that is not checked: a heading, a reference-list entry or a bare marker."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ParsedSummary:
    """The claims of a summary, in order, and the parts that are not claims."""

    claims: tuple[Claim, ...]
    non_claims: tuple[NonClaim, ...]


def parse_markers(text: str) -> tuple[list[Citation], list[MalformedReference]]:
    """All citations in ``text``, in order of appearance, without duplicates, and the malformed ones."""
    return _citations_of(text, _find_markers(text))


class _Marker(NamedTuple):
    """A marker's span in the text; ``nested`` when it holds another bracket (always malformed). A named
    tuple: one is made for each marker of every claim, and a frozen dataclass cost three times as much."""

    start: int
    end: int
    nested: bool


def _find_markers(text: str) -> list[_Marker]:
    """The markers of ``text`` in order: balanced ``[…]`` groups that read as citations (see the module doc).

    One pass pairs the brackets (an unmatched ``[`` or ``]`` is text); then a group of marker characters
    is a marker, and a group holding words is text whose inner groups are looked at in turn. No
    recursion, so no depth of nesting can overflow the stack.
    """
    first = text.find("[")
    if first < 0:
        return []
    if text.find("[", first + 1) < 0:
        # One "[" (most claims: one marker): it pairs with the first "]" after it, any other "]" is text,
        # and the group has no children; the same answer as the general pass below, without building it.
        close = text.find("]", first + 1)
        if close < 0:
            return []
        inner = text[first + 1 : close]
        if not inner or (_MARKER_CHARS_RE.fullmatch(inner) and _DIGIT_RE.search(inner)):
            return [_Marker(first, close + 1, False)]
        return []
    open_at: list[int] = []
    # Completed groups not yet inside a completed parent: (start, end, children), in text order.
    done: list[tuple[int, int, list]] = []
    for m in _BRACKET_RE.finditer(text):
        pos = m.start()
        if text[pos] == "[":
            open_at.append(pos)
        elif open_at:
            start = open_at.pop()
            first = len(done)
            while first and done[first - 1][0] > start:
                first -= 1
            children = done[first:]
            del done[first:]
            done.append((start, pos + 1, children))
    markers: list[_Marker] = []
    pending = list(reversed(done))
    while pending:
        start, end, children = pending.pop()
        inner = text[start + 1 : end - 1]
        if not children:
            if not inner or (_MARKER_CHARS_RE.fullmatch(inner) and _DIGIT_RE.search(inner)):
                markers.append(_Marker(start, end, False))
        elif _NESTED_MARKER_CHARS_RE.fullmatch(inner) and _DIGIT_RE.search(inner):
            markers.append(_Marker(start, end, True))
        else:
            pending.extend(reversed(children))
    return markers


def _citations_of(text: str, markers: list[_Marker]) -> tuple[list[Citation], list[MalformedReference]]:
    citations: list[Citation] = []
    malformed: list[MalformedReference] = []
    seen: set[Citation] = set()
    for marker in markers:
        inner = text[marker.start + 1 : marker.end - 1]
        simple = _SIMPLE_REF_RE.fullmatch(inner)
        if simple is not None:  # the common "[1.3]": no splitting or range logic needed
            c = Citation(int(simple.group(1)), int(simple.group(2)))
            if c not in seen:
                seen.add(c)
                citations.append(c)
            continue
        written = inner.strip()
        if marker.nested:
            malformed.append(MalformedReference(written, f"a marker cannot stand inside another; {_FORMS}"))
            continue
        if not written:
            malformed.append(MalformedReference(written, f"the marker is empty; {_FORMS}"))
            continue
        refs = _REF_SEPARATOR_RE.split(written)
        if "" in refs:  # "[1.2;]", "[,1]", "[1,,2]": the good references still count
            malformed.append(MalformedReference(written, "a reference is missing beside a ',' or ';'"))
        for ref in refs:
            if not ref:
                continue
            expanded, problem = _expand(ref)
            if problem:
                malformed.append(MalformedReference(ref, problem))
            for c in expanded:
                if c not in seen:
                    seen.add(c)
                    citations.append(c)
    return citations, malformed


def _expand(ref: str) -> tuple[list[Citation], str | None]:
    m = _REF_RE.fullmatch(ref)
    if not m:
        return [], _not_a_citation(ref)
    if any(len(g) > MAX_DIGITS for g in m.groups() if g is not None):  # before int(): see MAX_DIGITS
        return [], f"a source or sentence number has more than {MAX_DIGITS} digits"
    source, first, range_a, range_b = m.groups()
    src = int(source)
    if range_a is None:
        return [Citation(src, int(first) if first else None)], None
    if first is None:
        return [], "a range needs sentence numbers, as in [1.3-5]"
    if range_b is not None:  # [1.3-1.5]
        if int(range_a) != src:
            return [], "a range cannot span two sources"
        last = int(range_b)
    else:
        last = int(range_a)
    lo = int(first)
    if last < lo:
        return [], "the range runs backwards"
    if last - lo + 1 > MAX_RANGE:
        return [], f"the range covers more than {MAX_RANGE} sentences"
    return [Citation(src, n) for n in range(lo, last + 1)], None


def _not_a_citation(ref: str) -> str:
    """Why a reference made of marker characters does not follow the grammar, as specifically as we can."""
    if ref[0] in _DASHES:
        problem = "the range has no start"
    elif ref[-1] in _DASHES:
        problem = "the range has no end"
    elif ref[-1] == ".":
        problem = "the sentence number after the '.' is missing"
    else:
        problem = "not a citation"
    return f"{problem}; {_FORMS}"


def strip_markers(text: str) -> str:
    """The text with citation markers (malformed ones too) and Markdown emphasis removed, whitespace collapsed."""
    return _without_markers(text, _find_markers(text))


def _without_markers(text: str, markers: list[_Marker]) -> str:
    if markers:
        pieces, pos = [], 0
        for m in markers:
            pieces.append(text[pos : m.start])
            pos = m.end
        pieces.append(text[pos:])
        without = " ".join(pieces)
    else:
        without = text
    if "*" in without or "_" in without or "`" in without:
        without = _EMPHASIS_RE.sub("", without)
    without = " ".join(without.split())
    # Only single spaces are left, so a space before one of the marks is all the pattern can find: most
    # claims have none, and these tests cost a fifth of the substitution.
    if " ." in without or " ," in without or " ;" in without or " :" in without or " !" in without \
            or " ?" in without or " \u2026" in without:
        return _SPACE_BEFORE_PUNCT_RE.sub(r"\1", without)
    return without


def format_marker(citation_ids: Sequence[str]) -> str:
    """Format citation ids as inline markers, e.g. ``['1.3', '2.5']`` → ``[1.3][2.5]``."""
    return "".join(f"[{cid}]" for cid in citation_ids)


# -- claim lines: the exact line a summary shows for a drafted claim -----------------------------------------

# A line that ends a sentence: its markers go before this mark (no closing quotes: a model's claim text).
_CLAIM_END_RE = LazyPattern(r"[.!?\u2026]$")


def normal_citations(citations: Sequence[str]) -> list[str]:
    """Citation ids as a model may give them (``"1.3, 1.4"``, ``"[2.5]"``) split, unbracketed, deduplicated."""
    out: list[str] = []
    for raw in citations:
        for part in _REF_SEPARATOR_RE.split(str(raw)):
            cid = part.strip().strip("[]").strip()
            if cid and cid not in out:
                out.append(cid)
    return out


def marker_ids(text: str) -> list[str]:
    """Ids of the well-formed citations in ``text``'s markers, in order."""
    return [c.id for c in parse_markers(text)[0]]


def sentence_ids(citations: Sequence[str]) -> list[str]:
    """The sentence ids that citation ids name (a range gives each of its sentences; a whole source none)."""
    ids: list[str] = []
    for cid in citations:
        ids += [c.id for c in parse_markers(f"[{cid}]")[0] if c.sentence is not None]
    return ids


def claim_line(text: str, citations: Sequence[str], date: str | None = None) -> str:
    """The exact line a summary shows for a claim: text (date first, for events) and its markers.

    Markers go before a final ``.``/``!``/``?`` (``…blocked [1.7].``), otherwise at the end.
    """
    body = strip_markers(MARKER_RE.sub(" ", text))
    if date:
        body = f"{' '.join(date.split())} \u2013 {body}"
    marker = format_marker(normal_citations(citations))
    if not marker:
        return body
    if _CLAIM_END_RE.search(body) and not body.endswith("..."):
        return f"{body[:-1]} {marker}{body[-1]}"
    return f"{body} {marker}"


def _line_of(summary: str, start: int, end: int) -> tuple[str, bool]:
    """The full line around a span and whether the span is all of that line's text."""
    line_start = summary.rfind("\n", 0, start) + 1
    line_end = summary.find("\n", end)
    line_end = len(summary) if line_end < 0 else line_end
    line = summary[line_start:line_end]
    return line, not summary[line_start:start].strip(" \t#>-*+\u2022") and not summary[end:line_end].strip()


def _looks_like_heading(text: str) -> bool:
    """A short label, or a line in Title Case. "Lee won 95 percent of the vote" reads as a sentence."""
    if _REFERENCE_HEADING_RE.match(text):
        return True
    label = _PARENTHESES_RE.sub(" ", text)  # "Updated (4 articles)" is the label "Updated"
    words = _TITLE_WORD_RE.findall(label)
    if len(label.split()) <= 2:
        return True
    significant = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    if not significant:
        return True
    capitalised = sum(1 for w in significant if w[0].isupper())
    return capitalised / len(significant) >= 0.75


def parse_summary(summary: str) -> ParsedSummary:
    """Split a summary into claims (with citations and spans) and non-claims."""
    claims: list[Claim] = []
    non_claims: list[NonClaim] = []
    in_references = False
    for start, end in split_spans(summary):
        raw = summary[start:end]
        line, whole_line = _line_of(summary, start, end)
        markers = _find_markers(raw)  # found once, used twice
        text = _without_markers(raw, markers)
        has_marker = bool(markers)
        if not _ALNUM_RE.search(text):
            non_claims.append(NonClaim("marker", raw, start, end))
            continue
        list_item = _LIST_ITEM_RE.match(line) is not None
        # A heading is a whole line with no marker: a Markdown "#" line, or a short, unpunctuated label
        # in Title Case. Anything that carries a citation or reads as a sentence is checked.
        if line.lstrip().startswith("#"):
            heading = whole_line and not has_marker
        else:
            heading = (
                whole_line
                and not list_item
                and not has_marker
                and not _TERMINAL_RE.search(raw.rstrip())
                and _looks_like_heading(text)
            )
        if heading:
            in_references = bool(_REFERENCE_HEADING_RE.match(text.lstrip("# ").strip()))
            non_claims.append(NonClaim("heading", raw, start, end))
            continue
        if in_references:
            non_claims.append(NonClaim("reference", raw, start, end))
            continue
        citations, malformed = _citations_of(raw, markers)
        claims.append(Claim(len(claims), text, start, end, tuple(citations), tuple(malformed)))
    return ParsedSummary(tuple(claims), tuple(non_claims))
