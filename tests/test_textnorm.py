"""textnorm's shared text helpers: the lazily compiled pattern."""

from __future__ import annotations

import re

from summarizer.textnorm import LazyPattern


def test_a_lazy_pattern_compiles_on_first_use_and_reads_like_the_pattern():
    lazy = LazyPattern(r"\b(a+)b", re.IGNORECASE)
    assert lazy._compiled is None  # nothing compiled at import time: the point of it
    assert lazy.search("xx AAb").group(1) == "AA"
    assert [m.group() for m in lazy.finditer("ab aab")] == ["ab", "aab"]
    assert lazy.sub("-", "ab c") == "- c" and lazy.pattern == r"\b(a+)b" and lazy.flags & re.IGNORECASE
    assert isinstance(lazy._compiled, re.Pattern)
