"""Text helpers shared across the package: folding and tokenising (the citation parser and the verifier
compare folded text), and counted nouns for messages ("2 claims").

Models emit curly quotes, en dashes and non-breaking spaces; sources mix them freely. Every comparison
goes through ``fold`` first so a quote typed with straight quotes matches one printed with curly ones.
"""

from __future__ import annotations

import re

_FOLD_TABLE = str.maketrans(
    {
        **{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"},
        **{c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"},
        **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"},
        **{c: " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t\r\n\v\f"},
        "\u2026": "...",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\ufeff": None,
    }
)

class LazyPattern:
    """A regular expression compiled on first use, for one a run may never need: compiling the package's
    patterns was a sixth of `summarizer verify`'s start-up, and some serve only rarer inputs. Reads like
    the compiled pattern (``.search``, ``.finditer``, ``.pattern``…), one attribute look-up slower."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source, self._flags, self._compiled = pattern, flags, None

    def __getattr__(self, name: str):
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)


# Words: letters/digits with inner apostrophes or hyphens kept together ("Jae-myung", "Seoul's").
WORD_RE = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most
    my myself nor of off on once only or other our ours ourselves out over own same she should so some
    such than that the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your yours
    yourself yourselves s t don ll ve re d m o y said says say told tell according via per not no never
    also though although whereas however whose""".split()
)


# str.translate walks every character through a dict; a regex finds the few that need folding faster.
_FOLDABLE_RE = re.compile("[" + re.escape("".join(chr(k) for k in _FOLD_TABLE if not chr(k).isspace())) + "]")


def _fold_char(m: re.Match) -> str:
    return _FOLD_TABLE[ord(m.group())] or ""


def fold(text: str) -> str:
    """Fold quotes, dashes, odd spaces and runs of whitespace to one plain form (length may change)."""
    if text.isascii():  # the common case
        return " ".join(text.replace("`", "'").split()) if "`" in text else " ".join(text.split())
    # Unicode spaces (no-break, thin, ideographic…) are split on by str.split() itself.
    return " ".join(_FOLDABLE_RE.sub(_fold_char, text).split())


def count_noun(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural unless n is 1: ``1 claim``, ``2 claims``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
