"""Sentence segmentation with character offsets.

A rule-based splitter written for news, reports and Markdown summaries. pysbd is more general but
~3.4k sentences/s and super-linear on whole documents; blingfire merges headings into sentences and
splits after "Dr." (see the project's STACK notes). This one is a single regex pass per block plus a
few look-ups per candidate boundary, so it runs in linear time.

Rules, in order:
- Text is cut into *blocks* at line breaks. A line break is kept inside a block only where the text is
  plainly hard-wrapped: the next line starts in lower case, or the line ends with , ; : or a function
  word ("of", "the"). So headings and list items without final punctuation are sentences of their own.
- Markdown heading hashes, list bullets and ``>`` are not part of the sentence span.
- Inside a block, a sentence ends at . ! ? or … (with closing quotes and brackets) followed by space
  and a character that can start a sentence. Trailing reference markers such as ``[1][3]`` stay with
  the sentence before them.
- A full stop does not end a sentence after a title (Dr., Mr.), an initial (J.), a month before a day
  (Jan. 7), "No. 5", or before a lower-case word (e.g. the, a.m. on). After other abbreviations
  (U.S., Inc., a.m.) it does only when the next word is a common sentence opener ("The", "He", …).
"""

from __future__ import annotations

import re

from .textnorm import LazyPattern

_LINE_RE = re.compile(r"[^\r\n]+")
# Markdown heading, list bullet, numbered item or block quote at the start of a line.
_PREFIX_RE = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|[-*+\u2022\u2023\u25e6\u2043\u2013\u2014][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]*)?")
_HEADING_OR_ITEM_RE = re.compile(r"[ \t]*(?:#{1,6}[ \t]|[-*+\u2022\u2023\u25e6\u2043\u2013\u2014][ \t]|\d{1,3}[.)][ \t])")
_MARKER = r"\[\d[\d.,;\s\-\u2013]*\]"
_TAIL_MARKERS_RE = re.compile(r"(?:\s*" + _MARKER + r")+\s*$")
# Candidate end of sentence: terminal punctuation, closers, optional reference markers, then a space.
_CANDIDATE_RE = re.compile(
    r"(?:[.!?\u2026]+)[\"'\u201d\u2019\u00bb)\]]*+(?:[ \t]*" + _MARKER + r")*+(?=\s+(\S))"
)
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD_RE = re.compile(r"[\"'\u201c\u2018(]*([A-Za-z]+)")
_ALNUM_RE = re.compile(r"[^\W_]")

_TITLES = frozenset(
    "mr mrs ms messrs dr prof sen rep gov gen lt col capt cmdr adm sgt cpl maj rev hon pres supt insp "
    "st mt ft fr sr br".split()
)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_BEFORE_NUMBER = frozenset("no nos fig figs p pp vol vols art sec ch para op ed".split())
_MAYBE_END = frozenset("inc ltd co corp plc llc etc jr vs approx est dept univ ave blvd bros".split())
_OPENERS = frozenset(
    "the a an he she it they we i you this that these those there his her its their our my but and "
    "so yet or in on at as after before when while if however meanwhile still also then thus since "
    "for from with by to what who why how officials police experts analysts critics".split()
)
_FUNCTION_WORD_ENDINGS = frozenset(
    "a an the of to in on at for with by from and or but as that which who whose whom its their his her".split()
)
_TERMINAL_END_RE = LazyPattern(r"[.!?\u2026:;,][\"'\u201d\u2019\u00bb)\]]*$")


def _strip_tail(line: str) -> str:
    return _TAIL_MARKERS_RE.sub("", line).rstrip()


def _continues(previous_line: str, line: str) -> bool:
    """True when ``line`` is a hard-wrapped continuation of ``previous_line``."""
    if _HEADING_OR_ITEM_RE.match(line) or previous_line.lstrip().startswith("#"):
        return False
    first = line.lstrip()[:1]
    if first.islower():
        return True
    prev = _strip_tail(previous_line)
    if not prev:
        return False
    if prev[-1] in ",;:(\u2013\u2014" or (prev[-1] == "-" and len(prev) > 1 and prev[-2].isalpha()):
        return True
    last_word = prev.rsplit(None, 1)[-1].lower()
    return last_word in _FUNCTION_WORD_ENDINGS


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of blocks: runs of lines that belong together, minus Markdown line prefixes."""
    blocks: list[list[int]] = []
    prev_end = -1
    prev_line = ""
    for m in _LINE_RE.finditer(text):
        start, end = m.span()
        line = m.group()
        if not line.strip():
            prev_end = -1
            continue
        # A blank line between (two or more line breaks) always ends the block.
        contiguous = prev_end >= 0 and text[prev_end:start] in ("\n", "\r\n", "\r")
        if blocks and contiguous and _continues(prev_line, line):
            blocks[-1][1] = end
        else:
            blocks.append([start + _PREFIX_RE.match(line).end(), end])
        prev_end = end
        prev_line = line
    return [(s, e) for s, e in blocks]


def _is_boundary(text: str, m: re.Match, block_start: int) -> bool:
    next_char = m.group(1)
    if next_char.islower():
        return False
    punct_end = m.start()
    while punct_end < m.end() and text[punct_end] in ".!?\u2026":
        punct_end += 1
    punct = text[m.start():punct_end]
    if punct != ".":
        return True
    word_m = _WORD_BEFORE_RE.search(text, max(block_start, m.start() - 24), m.start())
    if not word_m:
        return True
    word = word_m.group(1)
    lower = word.lower()
    if lower in _TITLES:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "George W. Bush", "J. K. Rowling"
    if next_char.isdigit() and (lower in _MONTHS or lower in _BEFORE_NUMBER):
        return False
    if "." in word or lower in _MAYBE_END or lower in _MONTHS:
        next_word = _NEXT_WORD_RE.match(text, m.start(1))
        return bool(next_word) and next_word.group(1).lower() in _OPENERS
    return True


def split_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return (start, end) character offsets, in order."""
    spans: list[tuple[int, int]] = []
    append = spans.append
    candidates = _CANDIDATE_RE
    for block_start, block_end in _blocks(text):
        start = block_start
        for m in candidates.finditer(text, block_start, block_end):
            if _is_boundary(text, m, block_start):
                append((start, m.end()))
                start = m.start(1)
        append((start, block_end))
    return [_trim(text, s, e) for s, e in spans if _ALNUM_RE.search(text, s, e)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentence strings (convenience over :func:`split_spans`)."""
    return [text[s:e] for s, e in split_spans(text)]
