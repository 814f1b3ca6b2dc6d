"""Checks of what goes with a figure: a count the claim drops, a rate given once, a counted noun
changed, ordinals, relative times ("this year" for "next year"), comparisons and bounds turned round,
and a figure the evidence gives to other words of the sentence.
"""

from __future__ import annotations

import re

from .features import WEEKDAYS
from .numbers import FIGURE_WORDS, YEAR_RE, extract_numbers
from .lexicon import Lexicon
from .tokens import LEVEL_VERB_FORMS, MONTH_WORDS, SentenceTokens, Token, _DETERMINERS, _FRACTION_WORDS, _PLAIN_FRACTIONS
from .syntax import (_DEFINITE, _RATE_UNITS, _TIME_UNITS, _RELATIVE_TIME_OPENERS, _RELATIVE_TIME_UNITS, _figure_end, _figure_kind,
                     _is_count, _role_word, _verb_strength)
from .matching import Alignment, Link, SUPPORT_RANK, relation

_ALL_OF = frozenset("the no all".split())


def _counts_dropped(claim_tokens: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """A claim that speaks of all ("the suspects", "no suspects") where its source counts some ("Two
    suspects were not charged", "two of the five suspects"): the count is dropped and the claim widened,
    whether or not it denies. A count after "the" or a possessive only describes ("the two suspects")."""
    for link in links.values():
        tok, target = link.claim, link.target
        if not link.accepted or target is None or link.evidence is None or tok.position == 0 \
                or claim_tokens[tok.position - 1].lower not in _ALL_OF or not lexicon.lemmas(tok.lower, "n"):
            continue
        if any(_is_count(t) or _is_share(claim_tokens, t) for t in claim_tokens[max(0, tok.position - 4) : tok.position]):
            continue  # the claim keeps a count of its own, or a share ("half of the voters" for "50% of the voters")
        tokens = link.evidence.tokens
        count = None
        position = target.position - 1
        while position >= max(0, target.position - 5):
            before = tokens[position]
            if _is_count(before):
                first = position
                while first and _is_count(tokens[first - 1]):
                    first -= 1  # "$10 million": one amount
                prior = tokens[first - 1].lower if first else ""
                if prior in _DEFINITE or prior.endswith("'s") or prior in MONTH_WORDS:
                    position = first - 1
                    continue  # "the five suspects" (all of them), "the firm's 900 workers", "June 30"
                count = tokens[first]
                break
            if before.content or (before.lower != "of" and before.lower not in _DEFINITE):
                break
            position -= 1
        if count is not None and count.lower not in {t.lower for t in claim_tokens}:  # "Of the cases, nine are …"
            result.counts_dropped.append((link, count.text))


def _is_share(tokens: list[Token], tok: Token) -> bool:
    """Whether ``tok`` is a fraction before "of": "half of", "two-thirds of", "a third of"."""
    nxt = tokens[tok.position + 1] if tok.position + 1 < len(tokens) else None
    return nxt is not None and nxt.lower == "of" and (
        tok.lower in _FRACTION_WORDS or tok.lower in _PLAIN_FRACTIONS or _SHARE_RE.fullmatch(tok.lower) is not None)


# A fraction's word alone or with "one-": "third", "one-third", "fifths", "one-quarter".
_SHARE_RE = re.compile(r"(?:one-)?(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?")


_RATE_OPENERS = frozenset("a an per each every".split())
_RATE_NOUNS = frozenset(_RATE_UNITS.values())
# What may stand between a figure and its rate: "$1.1 million a year", "21 dollars an hour", "5% a year".
_FIGURE_TAIL = frozenset("million billion trillion thousand hundred percent per cent dollars pounds euros tonnes".split())


def _rate_after(tokens: list[Token], i: int) -> str | None:
    """The unit of the rate right after the figure at ``i`` ("a year" → "year", "annually" → "year")."""
    j = i + 1
    while j < len(tokens) and tokens[j].lower in _FIGURE_TAIL and j - i <= 2:
        j += 1
    if j < len(tokens) and tokens[j].lower in _RATE_UNITS:
        return _RATE_UNITS[tokens[j].lower]
    if j + 1 < len(tokens) and tokens[j].lower in _RATE_OPENERS and tokens[j + 1].lower in _RATE_NOUNS \
            and not (j + 2 < len(tokens) and tokens[j + 2].lower in ("ago", "earlier", "later", "before", "after", "of")):
        return tokens[j + 1].lower  # not "12 a week earlier", "a year of talks"
    return None


def _rates_dropped(claim_tokens: list[Token], result: Alignment) -> None:
    """A figure the source gives per unit of time, given once: "would save about $1.1 million" against
    "… $1.1 million a year"; "pays drivers $21" against "$21 an hour". The claim keeps the figure but
    not what it is a rate of."""
    said = {t.lower for t in claim_tokens}
    sentences = {id(l.evidence): l.evidence for l in result.links if l.evidence is not None}
    for st in sentences.values():
        for i, tok in enumerate(st.tokens):  # type: ignore[union-attr]
            if not tok.text[0].isdigit() or tok.lower not in said:
                continue
            unit = _rate_after(st.tokens, i)  # type: ignore[union-attr]
            if unit is None:
                continue
            positions = [t.position for t in claim_tokens if t.lower == tok.lower]
            if not any(_rate_after(claim_tokens, p) == unit for p in positions) \
                    and not any(_RATE_UNITS.get(t.lower) == unit or (t.lower == unit and t.position and claim_tokens[t.position - 1].lower in _RATE_OPENERS)
                                for t in claim_tokens):
                text = st.sentence.text  # type: ignore[union-attr]
                start = tok.start
                while start and text[start - 1] in "$\u00a3\u20ac.,0123456789":
                    start -= 1  # back to the figure's start: "$1.1"
                j = i + 1
                while j < len(st.tokens) and st.tokens[j].lower in _FIGURE_TAIL | _RATE_OPENERS | _RATE_NOUNS | set(_RATE_UNITS):  # type: ignore[union-attr]
                    j += 1
                result.rates_dropped.append((text[start : st.tokens[j - 1].end].strip(), unit, st.sentence.id))  # type: ignore[union-attr]
                return


def _rates_added(claim_tokens: list[Token], result: Alignment) -> None:
    """A figure the claim gives per unit of time that the source gives once, or over a span: "could cost
    the Treasury £2.4bn a year" against "£2.4bn over five years". Where a cited sentence with the figure
    tells no rate of that unit anywhere ("annual", "a year", "per year")."""
    sentences = [st for st in {id(l.evidence): l.evidence for l in result.links if l.evidence is not None}.values()]
    for i, tok in enumerate(claim_tokens):
        if not tok.text[0].isdigit() or (i + 1 < len(claim_tokens) and claim_tokens[i + 1].text[0].isdigit()
                                         and claim_tokens[i + 1].start == tok.end + 1):
            continue  # (the figure's last digits: "4bn" of "2.4bn")
        unit = _rate_after(claim_tokens, i)
        if unit is None:
            continue
        holders = [st for st in sentences if tok.lower in st.by_lower]  # type: ignore[union-attr]
        if not holders:
            continue  # a figure the source lacks is the numbers check's
        if any(_rate_after(st.tokens, p) == unit or _RATE_UNITS.get(t.lower) == unit  # type: ignore[union-attr]
               or (t.lower == unit and t.position and st.tokens[t.position - 1].lower in _RATE_OPENERS)  # type: ignore[union-attr]
               for st in holders for p, t in enumerate(st.tokens)):  # type: ignore[union-attr]
            continue
        j = i + 1
        while j < len(claim_tokens) and claim_tokens[j].lower in _FIGURE_TAIL | _RATE_OPENERS | _RATE_NOUNS | set(_RATE_UNITS):
            j += 1
        k = i
        while k and claim_tokens[k - 1].text[0].isdigit() and claim_tokens[k - 1].end + 1 >= claim_tokens[k].start:
            k -= 1
        # (digit groups joined by their comma, or by a point before a group that is not three digits: "2.4bn")
        said = ""
        for t in claim_tokens[k:j]:
            if said and t.text[0].isdigit() and said[-1].isdigit():
                said += ("," if len(t.text) == 3 and t.text.isdigit() else ".") + t.text
            else:
                said += (" " if said else "") + t.text
        result.rates_added.append((said, unit, holders[0].sentence.id))  # type: ignore[union-attr]
        return


# Between a figure and the noun it counts: scales and units ("85,000 homes", "7.5 million people").
_COUNT_TAIL = frozenset("million billion thousand hundred percent per cent".split())


def _counted_noun(tokens: list[Token], i: int, lexicon: Lexicon) -> Token | None:
    """The noun the figure at ``i`` counts: the last of the nouns after it in its clause, past scales and
    the digits of the figure ("seven wickets", "about 85,000 homes", "a 9% pay rise"; not "starting" of
    "three libraries starting Tuesday")."""
    found = None
    for t in tokens[i + 1 : i + 6]:
        if t.clause != tokens[i].clause:
            break
        if t.text[0].isdigit() or t.lower in _COUNT_TAIL:
            if found is not None:
                break
            continue
        if not t.content or "n" not in lexicon.senses(t.lower).pos or (found is not None and t.lower.endswith(("ing", "ed"))):
            break
        found = t
    return found


_NUMBER_KEYS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}


def _figure_key(tokens: list[Token], i: int) -> str | None:
    """The count token ``i`` opens, as a key, whether in digits or words ("85,000" is "85000", "seven" is
    "7"); None for a year, a figure's later digits or no count."""
    token = tokens[i]
    if not token.text[0].isdigit():
        return _NUMBER_KEYS.get(token.lower)
    if i and tokens[i - 1].text[0].isdigit() and tokens[i - 1].end + 1 == token.start:
        return None  # "000" of "85,000"
    digits = "".join(t.lower for t in tokens[i : _figure_end(tokens, i) + 1])
    return None if YEAR_RE.fullmatch(digits) else digits


def _counted_nouns_changed(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment, lexicon: Lexicon) -> None:
    """A figure the source gives, counting something else: "won by seven runs" against "by seven wickets";
    "cut power to about 85,000 businesses" against "… 85,000 homes"; "from 19 elderly customers" against
    "moved money from 19 accounts". The figure itself is the numbers check's and is there; the noun it
    counts is one word, which weighs little in the share of supported words. Only where that noun has no
    counterpart in a sentence giving the figure."""
    by_position = {l.claim.position: l for l in result.links}
    for i, tok in enumerate(claim_tokens):
        key = _figure_key(claim_tokens, i)
        if key == "1" and tok.lower == "one":
            _one_for_a_count(claim_tokens, i, by_position, result, lexicon)
            continue
        if key is None or key == "0":
            continue
        noun = _counted_noun(claim_tokens, i, lexicon)
        if noun is None:
            continue
        counted = [(st, other) for st in evidence for p in range(len(st.tokens)) if _figure_key(st.tokens, p) == key
                   for other in [_counted_noun(st.tokens, p, lexicon)] if other is not None]
        link = by_position.get(noun.position)
        if link is not None and not link.accepted and link.target is not None:
            continue  # judged already, as a word in place of the source's ("runs" ≠ "wickets")
        holders = {id(st) for st, _ in counted}
        # The noun is counted where it is matched, by another figure: "saved three match points" against
        # "… 6-4, 3-6, 7-5" and "saved two match points" (a figure taken from another sentence's score).
        if link is not None and link.accepted and link.target is not None and link.evidence is not None \
                and id(link.evidence) not in holders:
            own = link.evidence.tokens
            keys = [_figure_key(own, p) for p in range(len(own))]
            # (a score's or a range's part counts: "3-6" holds the numbers check's "3")
            elsewhere = any(found == key or (found is not None and key in found.split("-"))
                            for st in evidence if st is not link.evidence
                            for found in (_figure_key(st.tokens, p) for p in range(len(st.tokens))))
            # (or in another clause of this sentence: "More than 60,000 homes lost power, and about 9,000 were
            # still without electricity" counts the homes that lost power at 60,000)
            in_clause = any(keys[p] == key and own[p].clause == link.target.clause for p in range(len(own)))
            # (or with its noun left out before a group or place: "19 people in the vaccine group, compared
            # with 66 in the placebo group" counts 66 people; whose group is _groups_of_another_figure's)
            in_clause = in_clause or _elided_count_of_group(claim_tokens, noun, by_position, own, keys, key)
            other_count = None if in_clause or not (elsewhere or key in keys) else next(
                (own[p] for p in range(len(own)) if keys[p] is not None and keys[p] != key
                 and _counted_noun(own, p, lexicon) is link.target), None)
            if other_count is not None:
                said = _with_figures(claim_tokens[i : noun.position + 1])
                source = _with_figures(own[other_count.position : link.target.position + 1])
                result.unsupported_verbs.append(f"{said} (where [{link.evidence.sentence.id}] counts \u201c{source}\u201d)")
                return
        kept = {l.target.lower for l in result.links if l.accepted and l.target is not None}
        if any(o.lower in kept for _, o in counted):
            continue  # the claim keeps what the source counts, in another word of its own ("reported" for "reports")
        if not counted or (link is not None and link.accepted and id(link.evidence) in holders) \
                or any(o.lower == noun.lower or relation(lexicon, noun.lower, o.lower) in SUPPORT_RANK for _, o in counted):
            continue
        st, other = counted[0]
        figure = _with_figures(claim_tokens[i : noun.position])  # "85,000": the digits' groups as written
        result.unsupported_verbs.append(f"{figure} {noun.text} (where [{st.sentence.id}] counts \u201c{other.text}\u201d)")
        return


def _elided_count_of_group(claim_tokens: list[Token], noun: Token, by_position: dict[int, Link], own: list[Token],
                           keys: list[str | None], key: str) -> bool:
    """Whether the source gives the claim's count with its noun left out, before the group or place the
    claim puts the noun in: "66 people in the placebo group" against "… 19 people in the vaccine group,
    compared with 66 in the placebo group". The claim's noun is followed by a preposition of group or place
    and a matched word; the source's count is followed by a preposition and, past determiners, that word's
    counterpart. (Not a count told of something else: "66 in the control group recovered" backs no "66
    patients died", which has no group.)"""
    k = noun.position + 1
    if k >= len(claim_tokens) or claim_tokens[k].lower not in _GROUP_PREPOSITIONS:
        return False
    k += 1
    while k < len(claim_tokens) and claim_tokens[k].lower in _DETERMINERS:
        k += 1
    group = by_position.get(k)
    if group is None or not group.accepted or group.target is None:
        return False
    for p in range(len(own) - 2):
        if keys[p] != key or own[p + 1].lower not in _GROUP_PREPOSITIONS:
            continue
        q = p + 2
        while q < len(own) and own[q].lower in _DETERMINERS:
            q += 1
        if q < len(own) and own[q] is group.target:
            return True
    return False


def _relative_opener(tokens: list[Token], unit: Token) -> Token | None:
    """The "this", "next" or "last" of a relative time ending at ``unit``, past one word between ("next
    academic year", "this financial year")."""
    for k in (unit.position - 1, unit.position - 2):
        if k >= 0 and tokens[k].clause == unit.clause and tokens[k].lower in _RELATIVE_TIME_OPENERS:
            return tokens[k]
        if k < 0 or not tokens[k].content:
            return None
    return None


def _unit_word(tok: Token) -> str:
    """A unit of time without its possessive: "year" of "last year's awards"."""
    return tok.lower[:-2] if tok.lower.endswith("'s") else tok.lower


def _relative_times_changed(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment) -> None:
    """A relative time told from another point: "at the end of this academic year" against "… of the next
    academic year" ("this", "next" and "last" are no content words, so the alignment matches only "year")."""
    for unit in claim_tokens:
        word = _unit_word(unit)
        if word not in _RELATIVE_TIME_UNITS:
            continue
        opener = _relative_opener(claim_tokens, unit)
        if opener is None:
            continue
        others = [(st, o, p) for st in evidence for form in (word, word + "'s") for p in st.by_lower.get(form, ())
                  for o in [_relative_opener(st.tokens, st.tokens[p])] if o is not None]
        if others and all(o.lower != opener.lower for _, o, _ in others):
            st, other, at = others[0]
            said = " ".join(t.text for t in claim_tokens[opener.position : unit.position + 1])
            source = " ".join(t.text for t in st.tokens[other.position : at + 1])
            result.unsupported_verbs.append(f"{said} (where [{st.sentence.id}] has \u201c{source}\u201d)")
            return


def _ordinals_changed(claim_tokens: list[Token], result: Alignment) -> None:
    """An ordinal before a noun its source ranks otherwise: "his first Test century" against "… in the first
    innings, his third Test century" (the figures' check finds a "first" in the sentence, of the innings)."""
    by_position = {l.claim.position: l for l in result.links}
    for tok in claim_tokens:
        if _figure_kind(tok) != "ordinal":
            continue
        head = next((by_position[t.position] for t in claim_tokens[tok.position + 1 : tok.position + 4]
                     if t.clause == tok.clause and t.position in by_position), None)
        if head is None or not head.accepted or head.target is None or head.evidence is None \
                or tok.lower not in head.evidence.by_lower:
            continue  # (an ordinal the sentence lacks is the figures' check's, or _figures_pooled's)
        own = head.evidence.tokens
        ranked = next((t for t in reversed(own[max(0, head.target.position - 3) : head.target.position])
                       if t.clause == head.target.clause and _figure_kind(t) == "ordinal"), None)
        if ranked is not None and ranked.lower != tok.lower:
            said = " ".join(t.text for t in claim_tokens[tok.position : head.claim.position + 1])
            source = " ".join(t.text for t in own[ranked.position : head.target.position + 1])
            result.unsupported_verbs.append(f"{said} (where [{head.evidence.sentence.id}] has \u201c{source}\u201d)")
            head.accepted = False
            return


def _places_of_another(claim_tokens: list[Token], result: Alignment) -> None:
    """An ordinal right after a matched verb ("finished third", "came second") where the verb's counterpart
    has another right after it: "Tesfaye finished third" against "Tesfaye finished second, …, while Lowry
    was third" (the figures' check finds a "third" in the sentence, of Lowry)."""
    by_position = {l.claim.position: l for l in result.links}
    for tok in claim_tokens:
        if _figure_kind(tok) != "ordinal" or not tok.position:
            continue
        verb = by_position.get(tok.position - 1)
        if verb is None or not verb.accepted or verb.target is None or verb.evidence is None:
            continue
        own = verb.evidence.tokens
        placed = own[verb.target.position + 1] if verb.target.position + 1 < len(own) else None
        if placed is not None and placed.clause == verb.target.clause and _figure_kind(placed) == "ordinal" \
                and placed.lower != tok.lower:
            # The verb's second ordinal, told with what the claim tells it with: "She finished second in the
            # final" for "She finished first in the heat and second in the final".
            told = [t.lower for t in claim_tokens[tok.position + 1 : tok.position + 4]]
            if told and any(t.lower == tok.lower and [u.lower for u in own[t.position + 1 : t.position + 1 + len(told)]] == told
                            for t in own[placed.position + 1 :]):
                continue
            result.figures_moved.append((verb, tok.text, placed.text))
            verb.accepted = False
            return


def _with_figures(run: list[Token]) -> str:
    """Words joined by spaces, a figure's digit groups by their comma: "9,000 homes"."""
    out = ""
    for t in run:
        joined = out and t.text[0].isdigit() and out[-1].isdigit()
        out += ("," if joined else " " if out else "") + t.text
    return out


def _one_for_a_count(claim_tokens: list[Token], i: int, by_position: dict[int, Link], result: Alignment,
                     lexicon: Lexicon) -> None:
    """A claim's "one" before the noun where its source counts more of it: "received one dose" against
    "received both doses". (A claim's lone "one" is no figure for the figures' check: "one of them".)"""
    if i + 1 < len(claim_tokens) and claim_tokens[i + 1].lower == "of":
        return
    noun = _counted_noun(claim_tokens, i, lexicon)
    link = by_position.get(noun.position) if noun is not None else None
    if link is None or not link.accepted or link.target is None or link.evidence is None:
        return
    own = link.evidence.tokens
    window = range(max(0, link.target.position - 4), link.target.position)
    if any(own[p].lower in ("one", "a", "an", "each", "every") for p in window):
        return  # "one of the two charges", "a dose of both vaccines"
    for p in window:
        count = own[p]
        if (count.lower == "both" or _figure_key(own, p) not in (None, "1")) and _counted_noun(own, p, lexicon) is link.target:
            said = " ".join(t.text for t in claim_tokens[i : noun.position + 1])  # type: ignore[union-attr]
            source = " ".join(t.text for t in own[p : link.target.position + 1])
            result.unsupported_verbs.append(f"{said} (where [{link.evidence.sentence.id}] counts \u201c{source}\u201d)")
            return


def _comparison_reversed(claim_tokens: list[Token], result: Alignment) -> None:
    """The two sides of a comparison traded: "Boys were more likely than girls" against "Girls were more
    likely than boys" (no content word stands between them for the exchange check to keep)."""
    by_position = {l.claim.position: l for l in result.links}
    for than in claim_tokens:
        if than.lower != "than":
            continue
        before = next((by_position[t.position] for t in reversed(claim_tokens[: than.position])
                       if t.clause == than.clause and t.position in by_position and by_position[t.position].target is not None
                       and t.content and not _DEGREE_WORDS.issuperset((t.lower,))), None)
        after = next((by_position[t.position] for t in claim_tokens[than.position + 1 :]
                      if t.position in by_position and by_position[t.position].target is not None), None)
        if before is None or after is None or before.evidence is not after.evidence:
            continue
        st = before.evidence
        pivot = next((t for t in st.tokens if t.lower == "than"), None)  # type: ignore[union-attr]
        if pivot is not None and after.target.position < pivot.position < before.target.position:  # type: ignore[union-attr]
            result.role_swaps.append((before.claim.text, after.claim.text, "than"))
            return


# Words of degree that stand before "than" without being one of its sides ("more likely than").
_DEGREE_WORDS = frozenset("more less fewer likely unlikely higher lower greater smaller larger bigger faster slower".split())


_COMPARATIVES = frozenset(("more", "less", "fewer"))
_OPPOSITE_COMPARATIVE = {"more": ("less", "fewer"), "less": ("more",), "fewer": ("more",)}


def _comparatives_reversed(claim_tokens: list[Token], result: Alignment) -> None:
    """ "more likely to smoke" where the source says "less likely to smoke": the comparative before the
    same word, with the same word after it, turned round ("more", "less" and "likely" are no content
    words, so the alignment does not see them). "less likely to smoke and more likely to have a degree"
    has both: the words after them tell which is which."""
    sentences = {id(l.evidence): l.evidence for l in result.links if l.evidence is not None}
    linked = {l.claim.position for l in result.links}
    for tok in claim_tokens[:-1]:
        if tok.lower not in _OPPOSITE_COMPARATIVE or tok.position in linked:
            continue  # ("less" is a content word the alignment already judged)
        word = claim_tokens[tok.position + 1].lower
        after = next((t.lower for t in claim_tokens[tok.position + 2 :] if t.content), None)
        pairs = set()
        for st in sentences.values():
            for p in st.by_lower.get(word, ()):  # type: ignore[union-attr]
                if not p:
                    continue
                then = next((t.lower for t in st.tokens[p + 1 :] if t.content), None)  # type: ignore[union-attr]
                if after is None or then is None or then == after:
                    pairs.add(st.tokens[p - 1].lower)  # type: ignore[union-attr]
        if tok.lower not in pairs and pairs & set(_OPPOSITE_COMPARATIVE[tok.lower]):
            result.unsupported_verbs.append(f"{tok.text} {claim_tokens[tok.position + 1].text}")
            return


def _than_reversed(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment, lexicon: Lexicon) -> None:
    """"8% smaller than last year's" where the source says "8% more than last year": a comparative right
    before "than" that goes the other way from the source's, before "than" with the same figure or the same
    word after it (directions from the hand-kept table; "smaller" has no counterpart to be matched with,
    and "more" is no content word)."""
    directions = lexicon.comparative_directions
    if not directions:
        return
    for i, tok in enumerate(claim_tokens[:-1]):
        said = directions.get(tok.lower)
        if said is None or claim_tokens[i + 1].lower != "than":
            continue
        figure = claim_tokens[i - 1].lower if i and claim_tokens[i - 1].text[0].isdigit() else None
        after = next((t.stem for t in claim_tokens[i + 2 :] if t.content), None)
        for st in evidence:
            for p in st.by_lower.get("than", ()):
                source = directions.get(st.tokens[p - 1].lower) if p else None
                if source is None or source == said:
                    continue
                then = next((t.stem for t in st.tokens[p + 1 :] if t.content), None)
                before = st.tokens[p - 2].lower if p > 1 else None
                if (figure is not None and figure == before) or (after is not None and after == then):
                    result.antonyms.append(Link(tok, "antonym", st, st.tokens[p - 1], accepted=False))
                    return


# What a source compares with, in words: a "than", or a verb or preposition of comparison. "above",
# "below", "over" and "under" are left out: they bound figures and places more often than they compare.
_COMPARISON_MARKERS = frozenset(
    "than compared comparison versus vs relative outnumber outnumbers outnumbered exceed exceeds exceeded exceeding "
    "outpaced outpace outpaces outstripped outstrip outstrips surpassed surpass surpasses".split())
_NOT_COMPARING = frozenset(("rather", "other"))  # "rather than", "other than": no comparison
_TIMES_WORDS = frozenset("once twice thrice".split())


def _as_as(tokens: list[Token], tok: Token) -> bool:
    """Whether ``tok`` opens "as <word> as" (or "as <word> <word> as"): "as likely as", "as much money as"."""
    return tok.lower == "as" and any(t.lower == "as" for t in tokens[tok.position + 2 : tok.position + 4])


# A time the claim compares with: "lower than in July", "than a year earlier", "than last season". The
# sources tell such a comparison as a change ("down slightly from July"), which the alignment reads.
_THEN_WORDS = frozenset("year years month months week weeks quarter season earlier ago before previously last previous".split())


def _comparison_unstated(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment, lexicon: Lexicon) -> None:
    """A comparison the cited sentences do not make: "Lindqvist made more unforced errors than Kostova"
    against "Kostova hit 11 aces and 38 winners, while Lindqvist made 41 unforced errors"; "13 seats, more
    than Farage had predicted" against "although Farage had predicted the party would take far more". The
    words on both sides are there; the comparison is the claim's own. Only where the claim's clause has no
    figure (a compared figure, "8% bigger than", "younger than ten", is the numbers check's) and no cited
    sentence compares anything in words (arithmetic between two figures is not read). Not a comparison
    with a time, nor "more than" a factor's verb."""
    for than in claim_tokens:
        if than.lower != "than" or not than.position or claim_tokens[than.position - 1].lower in _NOT_COMPARING:
            continue
        clause = [t for t in claim_tokens if t.clause == than.clause]
        if any(t.text[0].isdigit() or t.lower in FIGURE_WORDS or t.lower in _TIMES_WORDS
               or t.lower in _FRACTION_WORDS or t.lower in _PLAIN_FRACTIONS for t in clause):
            continue  # ("more than once": a count; "fewer than two-thirds": a share)
        after = [t for t in clause if t.position > than.position]
        if after and (any(base in lexicon.multiplying_verbs for base in (after[0].lower, *lexicon.lemmas(after[0].lower, "v"))) or any(
                t.lower in _THEN_WORDS or t.lower in MONTH_WORDS or t.lower in WEEKDAYS for t in after)):
            continue  # "more than tripled" (the factor's check); "lower than in July": a change, told with "from"
        if any(t.lower in _COMPARISON_MARKERS or _as_as(st.tokens, t) for st in evidence for t in st.tokens):
            return  # ("twice as likely as men": a comparison too)
        start = next((t for t in reversed(clause) if t.position < than.position and t.lower in _DEGREE_WORDS), None)
        said = f"{start.text} \u2026 than" if start is not None and start.position + 1 < than.position else \
            f"{claim_tokens[than.position - 1].text} than"
        result.unsupported_verbs.append(said)
        return


def _bound_at(tokens: list[Token], i: int) -> tuple[str, bool] | None:
    """The bound token ``i`` opens, as (comparative, denied): "more than" → ("more", False), "no more
    than" → ("more", True); None for none."""
    words = tokens[i].lower.replace("_", " ").split()
    if len(words) > 1:  # a phrase the lexicon merged ("no_more_than"), which its words still follow
        return None
    if words[0] in _COMPARATIVES and i + 1 < len(tokens) and tokens[i + 1].lower == "than":
        before = tokens[i - 1].lower.replace("_", " ").split() if i else []
        return words[0], bool(before) and before[0] in ("no", "not")
    return None


def _bounds_reversed(claim_tokens: list[Token], result: Alignment) -> None:
    """ "more than inflation" where the source says "no more than inflation" (figures have the numbers
    check; this is for a bound on anything else): the bound turned round."""
    sentences = {id(l.evidence): l.evidence for l in result.links if l.accepted and l.evidence is not None}
    for i in range(len(claim_tokens)):
        bound = _bound_at(claim_tokens, i)
        if bound is None:
            continue
        found = {b[1] for st in sentences.values() for p in range(len(st.tokens))
                 if (b := _bound_at(st.tokens, p)) is not None and b[0] == bound[0]}  # type: ignore[union-attr]
        if found and bound[1] not in found:
            result.unsupported_verbs.append(f"{claim_tokens[i].text} than")
            return


def _figure_text(st: SentenceTokens, i: int) -> str:
    """A figure of a sentence as written there, from its first digit token to its last, with a "%" that
    follows it ("12.5%", "110,000"): the tokens drop the point, comma and sign between them."""
    tokens, text = st.tokens, st.sentence.text
    end = tokens[_figure_end(tokens, i)].end
    return text[tokens[i].start : end + 1 if text[end : end + 1] == "%" else end]


def _frame_after(tokens: list[Token], i: int) -> str | None:
    """What a figure is told with, after it in its clause: the first content or time word past its digits
    and stop words ("4.3% on the month" → "month"; "3.8% in July" → "july"); None if there is none."""
    clause = tokens[i].clause
    for t in tokens[i + 1 : i + 7]:
        if t.clause != clause:
            return None
        if t.content or t.lower in WEEKDAYS or t.lower in MONTH_WORDS:
            return t.stem if t.content else t.lower
    return None


# Words that link a figure to the word it is told of without being content: "fallen to 61%", "was just
# 74%", "stands at 4.5%". The figure's word is then the one before the link, and the link must agree.
_FIGURE_LINKS = frozenset("to from by at is are was were".split())


def _figure_anchor(tokens: list[Token], i: int) -> tuple[Token | None, str | None]:
    """The word a figure is told of and the link word between them: ("rise", None) for "a rise of 5%",
    ("fallen", "to") for "have fallen to 61%", ("area", "was") for "the area was just 74%" (a link only
    inside the figure's clause)."""
    role = _role_word(tokens, i)
    if role is not None and role.lower == "the" and _figure_kind(tokens[i]) == "ordinal":
        role = _role_word(tokens, role.position)  # "a birdie at the 16th", "bogeyed the 17th": a place in order
    if role is None or role.content or role.lower not in _FIGURE_LINKS or role.clause != tokens[i].clause:
        return role, None
    before = _role_word(tokens, role.position)
    if before is None or before.clause != role.clause:
        return None, None
    if role.lower in ("to", "at") and not before.content and before.lower in LEVEL_VERB_FORMS and before.position \
            and tokens[before.position - 1].clause == role.clause:
        # "Revenue came to £9.4bn", "Inflation stood at 3%": a level verb says "is" (tokens.mark_level_verbs
        # made it no content word), so the figure is told of its subject as "revenue was £9.4bn" tells it;
        # past a phrase after the subject's noun ("Revenue for the year came to").
        subject = before.position - 1
        for k in range(subject, max(0, subject - 5), -1):
            if tokens[k].lower in ("for", "of", "in", "on", "during") and tokens[k - 1].content and tokens[k - 1].clause == role.clause:
                subject = k - 1
                break
        return tokens[subject], "is"
    return before, role.lower


# Links that state what a figure is, with no change: "revenue of £9.4bn" (no link word), "revenue was £9.4bn".
_STATING_LINKS = frozenset((None, "is", "are", "was", "were"))


def _same_anchor(anchor: tuple[Token | None, str | None], word: Token, link_word: str | None) -> bool:
    return anchor[0] is word and (anchor[1] == link_word or (anchor[1] in _STATING_LINKS and link_word in _STATING_LINKS))


def _told_figures(claim_tokens: list[Token], by_position: dict[int, Link]):
    """Each figure of the claim told of a matched word: (its position, its key, the link word between
    them, the word's accepted link), in the claim's order."""
    for i, tok in enumerate(claim_tokens):
        if not tok.text[0].isdigit():
            continue
        key = _figure_key(claim_tokens, i)
        role, link_word = _figure_anchor(claim_tokens, i)
        head = by_position.get(role.position) if key is not None and role is not None and role.content else None
        if head is not None and head.accepted and head.target is not None and head.evidence is not None:
            yield i, key, link_word, head


def _figures_moved(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A figure the evidence gives to other words of the same sentence: "Verdi has demanded a pay rise of
    5% over two years" against "… demanded a pay rise of 12.5% over one year, while employers have offered
    5% over two years"; "earnings grew 4.3% on the month" against "grew 0.2% on the month and 4.3% on the
    year". The claim's figure follows a matched word (past the words that only qualify it: "a peak of");
    right after that word's counterpart the evidence has another figure, and the claim's is elsewhere in
    the sentence. Not where the evidence gives both to the one word in turn and the claim keeps what it
    tells the figure with ("rose 2.1% in May and 3.4% in June" backs "rose 3.4% in June")."""
    by_position = {l.claim.position: l for l in result.links}
    for i, key, link_word, head in _told_figures(claim_tokens, by_position):
        tokens = head.evidence.tokens  # type: ignore[union-attr]
        e = head.target.position
        own = next((j for j in range(e + 1, min(len(tokens), e + 8)) if tokens[j].text[0].isdigit()
                    and _figure_key(tokens, j) is not None and tokens[j].clause == head.target.clause
                    and _same_anchor(_figure_anchor(tokens, j), head.target, link_word)), None)
        if own is None or _figure_key(tokens, own) == key:
            continue
        elsewhere = [j for j in range(len(tokens)) if j != own and tokens[j].text[0].isdigit() and _figure_key(tokens, j) == key]
        if not elsewhere:
            continue  # a figure the evidence does not give is the numbers check's
        if any(j > own and not any(t.content for t in tokens[own + 1 : j]) for j in elsewhere):
            continue  # the word's figures in a row, the claim's among them: "bogeyed the 17th and 18th"
        if _object_counted_alike(claim_tokens, i, key, by_position, lexicon):
            continue  # "received nine reports of minor burns": the source counts those reports nine too
        frame = _frame_after(claim_tokens, i)
        if all(j > own for j in elsewhere) and frame is not None and frame != _frame_after(tokens, own) \
                and any(_frame_after(tokens, j) == frame for j in elsewhere):
            continue  # the one word's second figure, told with what the claim tells it with
        # Both as the sentence writes them (the claim's figure is there too, elsewhere).
        result.figures_moved.append((head, _figure_text(head.evidence, elsewhere[0]), _figure_text(head.evidence, own)))


# Prepositions that put a count in a group or a place: "19 people in the placebo group", "3 of them at the site",
# "3.1 per cent of patients on placebo".
_GROUP_PREPOSITIONS = frozenset("in among at from for within on".split())
_PERCENT_WORDS = frozenset("per cent percent pct %".split())


def _opens_count(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` opens a count, in digits or in words ("19", "nineteen"; not a lone "one", a year
    or the later digits of "1,200")."""
    return tokens[i].lower != "one" and _figure_key(tokens, i) is not None


def _groups_of_another_figure(claim_tokens: list[Token], result: Alignment) -> None:
    """A count put in the group or place the evidence counts with another figure: "19 people in the placebo
    group" against "19 people in the vaccine group …, compared with 66 in the placebo group". The claim's
    figure is followed, within its noun's words, by a preposition of group or place and a matched word;
    right before that word's counterpart (past a determiner and the same kind of preposition) the
    evidence has a figure of its own, another one, and the claim's figure is elsewhere in that sentence."""
    by_position = {l.claim.position: l for l in result.links}
    taken = {id(link) for link, _, _ in result.figures_moved}
    for i, tok in enumerate(claim_tokens):
        if not _opens_count(claim_tokens, i):
            continue
        key = _figure_key(claim_tokens, i)
        if key is None:
            continue
        k = _figure_end(claim_tokens, i) + 1
        share = k < len(claim_tokens) and claim_tokens[k].lower in _PERCENT_WORDS
        while k < len(claim_tokens) and claim_tokens[k].lower in _PERCENT_WORDS:
            k += 1  # "3.1 per cent"
        if k + 1 < len(claim_tokens) and claim_tokens[k].lower == "of" and claim_tokens[k + 1].content:
            k += 1  # "3.1 per cent of patients on placebo"
        if k < len(claim_tokens) and claim_tokens[k].content and claim_tokens[k].lower not in _GROUP_PREPOSITIONS:
            k += 1  # the counted noun ("19 people")
        if k >= len(claim_tokens) or claim_tokens[k].lower not in _GROUP_PREPOSITIONS:
            continue
        q = k + 1
        while q < len(claim_tokens) and claim_tokens[q].lower in _DETERMINERS:
            q += 1
        head = by_position.get(q)
        if head is None or not head.accepted or head.target is None or head.evidence is None or id(head) in taken:
            continue
        tokens = head.evidence.tokens
        e = head.target.position - 1
        while e >= 0 and tokens[e].lower in _DETERMINERS:
            e -= 1
        if e < 1 or tokens[e].lower not in _GROUP_PREPOSITIONS:
            continue
        f = e - 1
        if not _opens_count(tokens, f) and f >= 1 and (tokens[f].content or tokens[f].lower in ("those", "them")):
            f -= 1  # "66 patients in the placebo group", "1.9 per cent of those on placebo"
            if f >= 1 and tokens[f].lower == "of":
                f -= 1
        own_share = tokens[f].lower in _PERCENT_WORDS
        while f >= 1 and tokens[f].lower in _PERCENT_WORDS:
            f -= 1
        if share and not own_share:
            continue  # a share is not a level: "rose 4 per cent to £2.1bn on a like-for-like basis"
        while f >= 1 and tokens[f].text[0].isdigit() and tokens[f - 1].text[0].isdigit() and tokens[f - 1].end + 1 == tokens[f].start:
            f -= 1  # the first digits of "1,200"
        if f < 0 or not _opens_count(tokens, f):
            continue
        own = _figure_key(tokens, f)
        if own is None or own == key:
            continue
        elsewhere = [j for j in range(len(tokens)) if j != f and _opens_count(tokens, j) and _figure_key(tokens, j) == key]
        if elsewhere:
            result.figures_moved.append((head, _figure_text(head.evidence, elsewhere[0]), _figure_text(head.evidence, f)))


def _levels_of_another_figure(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A rise or fall the source tells of another figure: "Revenue rose to £9.4bn" against "… a profit of
    £1.2bn, up from £640m, on revenue of £9.4bn". The claim's verb of movement matched the source's
    direction word ("up", "rose"), and the claim's figure after its "to" (the level reached; the size of a
    change, "grew 4.3%", may be told in a clause of its own) is one the source gives, but not as that
    word's: the figures its clause gives after it, or for "up" and "down" the figure they follow
    ("£1.2bn …, up from"). Where the direction word has no figure of its own, nothing is compared."""
    trends = lexicon.trend_verbs
    if not trends:
        return
    by_position = {l.claim.position: l for l in result.links}
    for _, key, link_word, head in _told_figures(claim_tokens, by_position):
        if link_word != "to" or not any(not trends[d].isdisjoint(lexicon.lemmas(head.claim.lower, "v")) for d in trends):
            continue
        tokens, target = head.evidence.tokens, head.target  # type: ignore[union-attr]
        if target.lower not in ("up", "down", "higher", "lower") and _verb_strength(tokens, target, lexicon) < 1:
            continue  # a noun of movement ("a 21 percent drop in tooth decay among children aged 5 to 12"): its figure comes before it
        own = _figures_of_direction(tokens, target)
        if not own or key in own:
            continue
        elsewhere = [j for j in range(len(tokens)) if tokens[j].text[0].isdigit() and _figure_key(tokens, j) == key]
        if elsewhere:  # (a figure the source does not give is the numbers check's)
            result.figures_moved.append((head, _figure_text(head.evidence, elsewhere[0]), _figure_text(head.evidence, min(own.values()))))


def _figures_of_direction(tokens: list[Token], word: Token) -> dict[str, int]:
    """The figures a word of movement tells, by key: those after it in its clause (and in a next clause
    that opens with "to", "from" or "by": "rose 10%, to £5bn"), and for "up" or "down" also the figure
    right before it, past a date ("£1.2bn for the year to 31 March, up from £640m")."""
    found: dict[str, int] = {}
    clauses = {word.clause}
    nxt = next((t for t in tokens[word.position + 1 :] if t.clause != word.clause), None)
    if nxt is not None and nxt.lower in ("to", "from", "by"):
        clauses.add(nxt.clause)
    for j in range(word.position + 1, len(tokens)):
        if tokens[j].clause not in clauses:
            break
        key = _figure_key(tokens, j) if tokens[j].text[0].isdigit() else None
        if key is not None:
            found.setdefault(key, j)
    if word.lower in ("up", "down", "higher", "lower"):
        level = None
        for j in range(word.position - 1, -1, -1):
            if tokens[j].clause < word.clause - 1:
                break  # (back over its own clause and the one before: "a profit of 310 million pounds for the first half, up from")
            key = _figure_key(tokens, j) if tokens[j].text[0].isdigit() else None
            if key is not None and not _dated(tokens, j):
                level = key
                found.setdefault(key, j)
                break
        if level is None:
            return {}  # "Up from £3bn, revenue of £5bn": the level comes after, in words this does not read
    return found


def _dated(tokens: list[Token], j: int) -> bool:
    """Whether the figure at ``j`` is a day of a month ("31 March", "March 31")."""
    def month(t: Token) -> bool:
        return t.lower in MONTH_WORDS or (t.lower in ("march", "may") and t.text[0].isupper())
    return (j + 1 < len(tokens) and month(tokens[j + 1])) or (j > 0 and month(tokens[j - 1]))


def _of_object(tokens: list[Token], noun: Token) -> list[Token]:
    """The content words of what a counted noun is "of", up to three words on in its clause: "minor" and
    "burns" of "48 reports of minor burns"; none without an "of" right after the noun."""
    at = noun.position + 1
    if at >= len(tokens) or tokens[at].lower != "of" or tokens[at].clause != noun.clause:
        return []
    return [t for t in tokens[at + 1 : at + 4] if t.content and t.clause == noun.clause]


def _count_before_of(tokens: list[Token], word: Token, lexicon: Lexicon) -> int | None:
    """The figure that counts what ``word`` stands in: "nine" for "burns" in "nine reports of minor burns"
    (back past at most two words, over "of", to the counted noun and its figure)."""
    k = word.position - 1
    for _ in range(2):
        if k < 0 or tokens[k].lower == "of" or not tokens[k].content or tokens[k].clause != word.clause:
            break
        k -= 1
    if k < 1 or tokens[k].lower != "of" or tokens[k].clause != word.clause:
        return None
    noun = tokens[k - 1]
    return next((j for j in range(max(0, noun.position - 4), noun.position)
                 if _figure_key(tokens, j) is not None and _counted_noun(tokens, j, lexicon) is noun), None)


def _counted_as(tokens: list[Token], j: int, noun: Token, lexicon: Lexicon) -> bool:
    """Whether the figure at ``j`` counts the claim's ``noun`` in its own words ("reports" and "reports")."""
    own = _counted_noun(tokens, j, lexicon)
    return own is not None and (own.stem == noun.stem or relation(lexicon, noun.lower, own.lower) in SUPPORT_RANK)


def _source_count_of_object(claim_tokens: list[Token], i: int, by_position: dict[int, Link],
                            lexicon: Lexicon) -> tuple[Link, int] | None:
    """For the figure at ``i`` and what its noun is "of" ("48 reports of minor burns"): the first such word
    matched in the source, and the source's count before it there, where that count counts the claim's
    own noun ("nine reports of minor burns": the position of "nine"); None if there is none."""
    noun = _counted_noun(claim_tokens, i, lexicon)
    for word in _of_object(claim_tokens, noun) if noun is not None else ():
        link = by_position.get(word.position)
        if link is not None and link.accepted and link.target is not None and link.evidence is not None:
            tokens = link.evidence.tokens
            own = _count_before_of(tokens, link.target, lexicon)
            if own is None or not _counted_as(tokens, own, noun, lexicon):  # type: ignore[arg-type]
                return None  # counted with no figure, or other things of it ("8,000 residents of Fort Ashcroft")
            return link, own
    return None


def _object_counted_alike(claim_tokens: list[Token], i: int, key: str | None, by_position: dict[int, Link],
                          lexicon: Lexicon) -> bool:
    """Whether what the figure at ``i`` counts the reports "of" is matched where the source counts it with
    the same figure and noun ("nine reports of minor burns" in both)."""
    found = _source_count_of_object(claim_tokens, i, by_position, lexicon) if key is not None else None
    return found is not None and _figure_key(found[0].evidence.tokens, found[1]) == key  # type: ignore[union-attr]


def _counts_of_objects_moved(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A count given to what the source counts with another figure: "received 48 reports of minor burns"
    against "48 reports of handles detaching, including nine reports of minor burns". The claim's "minor
    burns" are matched where the source counts them "nine"; its 48 counts other reports there. Only where
    the source counts the claim's own noun ("reports"): "within 6 kilometres of Fort Ashcroft" is no count
    of "8,000 residents of Fort Ashcroft"."""
    by_position = {l.claim.position: l for l in result.links}
    for i in range(len(claim_tokens)):
        key = _figure_key(claim_tokens, i)
        found = _source_count_of_object(claim_tokens, i, by_position, lexicon) if key is not None else None
        if found is None:
            continue
        link, own = found
        tokens = link.evidence.tokens  # type: ignore[union-attr]
        if _figure_key(tokens, own) == key:
            continue  # the source counts it with the claim's figure
        elsewhere = [j for j in range(len(tokens)) if j != own and _figure_key(tokens, j) == key]
        if elsewhere:
            result.figures_moved.append((link, _figure_text(link.evidence, elsewhere[0]), _figure_text(link.evidence, own)))  # type: ignore[arg-type]
            return


def _counts_of_nouns_swapped(claim_tokens: list[Token], result: Alignment) -> None:
    """A count right before a matched noun where the source gives that noun another count right before it:
    "a jury of seven men and five women" against "… of seven women and five men". Each figure is in the
    sentence and each noun, but each count is the other noun's."""
    for link in result.links:
        tok, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or not tok.position or not target.position:
            continue
        count, own = claim_tokens[tok.position - 1], st.tokens[target.position - 1]
        if not (_is_count(count) and _is_count(own)) or count.clause != tok.clause \
                or "ordinal" in (_figure_kind(count), _figure_kind(own)):
            continue  # ("three second-half penalties": "second" ranks, it counts nothing)
        said, source = extract_numbers(count.text), extract_numbers(own.text)
        if not (said and source) or not said.keys().isdisjoint(source):
            continue
        # A swap: the claim's count stands in the source before another noun the claim counts too.
        targets = {id(l.target) for l in result.links if l.target is not None and l is not link}
        if any(_is_count(t) and not said.keys().isdisjoint(extract_numbers(t.text)) and t.position + 1 < len(st.tokens)
               and id(st.tokens[t.position + 1]) in targets for t in st.tokens):
            result.figures_moved.append((link, count.text, own.text))
            link.accepted = False
            return


def _counts_of_another_verb(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A count the claim gives the subject of a matched verb where the evidence's verb has a count of its
    own right before it: "Seven of the nine members favoured a quarter-point cut" against "Seven … voted to
    keep rates unchanged, while two favoured a quarter-point cut". The claim's count is the other verb's."""
    claim_words = {t.lower for t in claim_tokens}
    for link in result.links:
        verb, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or not target.position \
                or _verb_strength(claim_tokens, verb, lexicon) != 2 or _verb_strength(st.tokens, target, lexicon) != 2:
            continue
        # The subject's count right before the verb ("two favoured"), or the object's right after it ("opened
        # six new stores" for the claim's "opened two new stores … closed six").
        # (The subject's count is looked for a few words back, so one the claim gives elsewhere may be its
        # own; the object's stands right after both verbs, and is compared as it stands: a swap too.)
        for own, count, scanned in ((_count_at(st.tokens, target.position - 1, target),
                                     next((t for t in claim_tokens[max(0, verb.position - 6) : verb.position]
                                           if t.clause == verb.clause and _is_count(t) and _figure_kind(t) != "ordinal"), None), True),
                                    (_count_at(st.tokens, target.position + 1, target),
                                     _count_at(claim_tokens, verb.position + 1, verb), False)):
            if own is None or count is None or (scanned and own.lower in claim_words):
                continue
            said, source = extract_numbers(count.text), extract_numbers(own.text)
            # the same number written otherwise is the same count ("eight" for "8"); one read as no figure
            # ("44C") is the numbers check's
            if said and source and said.keys().isdisjoint(source):
                if _object_counted_alike(claim_tokens, count.position, _figure_key(claim_tokens, count.position),
                                         {l.claim.position: l for l in result.links}, lexicon):
                    continue  # "received nine reports of minor burns": the source counts those reports nine too
                result.figures_moved.append((link, count.text, own.text))
                link.accepted = False
                return


def _count_at(tokens: list[Token], position: int, verb: Token) -> Token | None:
    """The count at ``position`` (past a determiner after the verb), in the verb's clause, else None."""
    if position > verb.position:
        while position < len(tokens) and tokens[position].lower in _DETERMINERS_BEFORE_COUNT:
            position += 1
    if not 0 <= position < len(tokens):
        return None
    tok = tokens[position]
    if tok.clause != verb.clause or not _is_count(tok) or _figure_kind(tok) == "ordinal" or YEAR_RE.fullmatch(tok.lower) \
            or "." in tok.text or "%" in tok.text:
        return None
    nxt = tokens[position + 1] if position + 1 < len(tokens) else None
    if nxt is not None and nxt.clause == tok.clause and (nxt.lower in FIGURE_WORDS or nxt.lower in _TIME_UNITS
                                                         or nxt.text[0].isdigit()):
        return None  # an amount, a share, a span or a decimal ("lasted two hours", "grew 4.3%"): the figure checks'
    return tok


_DETERMINERS_BEFORE_COUNT = frozenset(("a", "an", "the", "another", "its", "their"))

