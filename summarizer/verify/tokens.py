"""A text's words as the alignment reads them: tokens with offsets, content flags, clause numbers and
negation scopes; names, the hand-kept phrases and phrasal verbs read as one word; level verbs marked.
Built once per source sentence (``sentence_tokens``) and once per claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..sources import Sentence
from ..textnorm import LazyPattern
from .features import (ATTITUDE_WORDS, DECLINE_FORMS, HEDGE_CUES, NEGATION_CUES, NOT_DENIED_AFTER_NO, PRICE_AFTER_AT_NO,
                       QUANTIFIER_CUES, REQUEST_VERBS, SPEECH_VERBS, WEEKDAYS, _word_info, declines_as_fall)
from .numbers import BOUND_AFTER_RE, CARDINAL_WORDS, CURRENCY_WORDS, DURATION_UNIT_WORDS, FIGURE_WORDS, is_span_count
from .lexicon import Lexicon

_TOKEN_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})
TOKEN_RE = re.compile(r"[^\W_]+(?:['\-\u2018\u2019\u2010\u2011][^\W_]+)*")
# What ends a clause between two words: punctuation, or a connective that opens a new one.
_CLAUSE_PUNCT_RE = re.compile(r"[,;:()\[\]\u2013\u2014\"\u201c\u201d]|\s-\s|\.\s")
CONNECTIVES = frozenset(
    "and but while though although whereas because since after as when which who whom whose yet".split()
)
_TIME_PREPOSITIONS = frozenset(("since", "after"))
_FAIL_FORMS = frozenset("fail fails failed failing".split())
_FALL_FORMS_OF = frozenset("fall falls fell fallen falling".split())
_ELLIPSIS_AUXILIARIES = frozenset("did does do will would has have had is are was were can could should".split())
# Words that have checks of their own (negation, hedges by kind, quantifiers): the alignment leaves them
# to those, so "might" for "could" is judged as a hedge, not as a swapped word.
# Requests and orders ("asked X to", "ordered X to", "must") are hedges by kind for the modality check, yet
# verbs with participants the alignment still matches.
_OWN_CHECK = (NEGATION_CUES | HEDGE_CUES | QUANTIFIER_CUES | WEEKDAYS) - REQUEST_VERBS - {"must"}  # weekdays are figures (numbers.py)
# Words that frame rather than state: prepositions made from verbs, approximators, discourse adverbs. They are not
# aligned (an approximation is the numbers check's business), so "incidents" is not read as a swap for
# "including", nor "roughly 1,200" as adding a fact to "about 1,200".
_NOT_ALIGNED = frozenset(
    "including excluding involving compared worth following regarding concerning according despite amid amidst among amongst across "
    "toward towards upon within around roughly nearly almost approximately some additionally meanwhile "
    "however moreover furthermore overall finally separately notably specifically similarly likewise instead "
    "nonetheless nevertheless indeed thus".split()
)
_SCOPE_ENDS = frozenset("should would will can could must may might shall".split())


@dataclass(slots=True)
class Token:
    """One word of a claim or sentence, with its place in the text."""

    position: int
    start: int
    end: int
    text: str
    lower: str
    stem: str
    content: bool
    clause: int
    name: bool = False  # a capitalised name: matched only by its spelling or an alias
    negated: bool = False  # inside the scope of a negation cue
    cue: bool = False  # a negation, hedge or quantifier word: judged by its own check, yet it can stand opposite a claim word
    strength: int = -1  # cached _verb_strength (it depends on the token's neighbours, fixed once tokenized)
    head: str | None = None  # a verb read with a loose particle ("asked for"): the verb's own word ("asked")


@dataclass(slots=True)
class SentenceTokens:
    """A source sentence's tokens and look-up tables, built once per sentence."""

    sentence: Sentence
    tokens: list[Token]
    by_lower: dict[str, tuple[int, ...]]
    by_stem: dict[str, tuple[int, ...]]
    words: list[str] = field(default_factory=list)  # the tokens' lower-case forms, for excerpt matching
    participants: dict[int, tuple[int, tuple[str, ...]]] | None = None  # _participants of all tokens, once
    counterparts: list[tuple[Token, tuple[tuple[str, frozenset[str]], ...]]] | None = None  # _counterparts, once
    # In a transcript, the label of the turn a sentence without its own label runs on in ("SATO" for
    # "Bleached coral is stressed …" after "SATO: No, …"); set by the verifier, which sees the source.
    turn: str | None = None


_DENIALS_BEFORE_YET = frozenset(("not", "n't", "never", "nor"))
# Abbreviations whose point ends no clause: "Dr. Priya Nair", "Mr. Hartley", "St. Louis".
_TITLE_ABBREVIATIONS = frozenset("dr mr mrs ms prof st gen sen rep gov lt col sgt capt cllr".split())


def _dotted_abbreviation(text: str, tok: Token) -> bool:
    """The last letter of "a.m.", "p.m.", "e.g.": its point ends no clause ("hit at 4:12 a.m. local time at
    a depth of 10 kilometres" is one clause; a comma after it still does: "opens at 9 a.m., the cafe at 10")."""
    return tok.end - tok.start == 1 and tok.start >= 2 and text[tok.start - 1] == "." and text[tok.start - 2].isalpha()


def tokenize(text: str, *, negation_scope: int = 0) -> list[Token]:
    """Words of ``text`` with offsets, content flags and clause numbers; optionally negation scopes."""
    tokens: list[Token] = []
    clause = 0
    previous_end = 0
    cached = _TOKEN_INFO.get
    append = tokens.append
    for position, m in enumerate(TOKEN_RE.finditer(text)):
        word = m.group()
        start, end = m.span()
        lower, stem_, is_content, cue = cached(word) or _token_info(word)
        # A comma or point inside a figure ("7,000", "1.5") ends no clause, nor an initial's point ("the
        # U.S. Geological Survey", "J. K. Rowling").
        # ("yet" after a denial is an adverb, "had not yet confirmed", no connective: the denial reaches on)
        if position and ((lower in CONNECTIVES and not (lower == "yet" and tokens[-1].lower in _DENIALS_BEFORE_YET))
                         or (start - previous_end != 1 or text[previous_end] != " ")
                         and _CLAUSE_PUNCT_RE.search(text, previous_end, start)
                         and not (start - previous_end == 1 and word[0].isdigit() and text[previous_end - 1].isdigit())
                         and not (text[previous_end] == "." and (tokens[-1].end - tokens[-1].start == 1 and tokens[-1].text.isupper()
                                                                  or tokens[-1].lower in _TITLE_ABBREVIATIONS
                                                                  or (_dotted_abbreviation(text, tokens[-1])
                                                                      and text[previous_end:start].strip() == ".")))):
            clause += 1
        # Positional arguments: the dataclass's __init__ is the cost of a token.
        append(Token(position, start, end, word, lower, stem_, is_content, clause, False, False, cue))
        previous_end = end
    if len(tokens) > 1 and tokens[-1].lower == "yet" and tokens[-1].clause != tokens[-2].clause:
        tokens[-1].clause = tokens[-2].clause  # "had not been peer-reviewed yet": an adverb, no connective
    for i, tok in enumerate(tokens):
        if tok.lower not in _CONTENT_MARK_WORDS:
            continue  # most words: neither test below can hold (both start with the word)
        # A currency named on its own is a word to match: "slipped against the dollar" is not "against the
        # euro" (after a figure, "50 dollars", the figures' check compares it).
        if tok.lower in CURRENCY_WORDS and not (i and (tokens[i - 1].text[0].isdigit() or tokens[i - 1].lower in FIGURE_WORDS)):
            tok.content = True
        # "three weeks": a span the figure check compares ("21 days"); the same test as numbers.py's.
        if i and tok.lower in DURATION_UNIT_WORDS and (i + 1 == len(tokens) or tokens[i + 1].lower != "old"):
            # The word before the count is before its first digits: "every 4.2 days" is a rate, no span
            # ("4" and "2" are two tokens), so "days" stays a word to align, as the figures' check reads it.
            k = i - 1
            while k and tokens[k].text[0].isdigit() and tokens[k - 1].text[0].isdigit() and tokens[k - 1].end + 1 == tokens[k].start:
                k -= 1
            # Nor a span bounded after it ("20 minutes or longer"): the figures' check reads its count.
            if is_span_count(tokens[k - 1].lower if k else "", tokens[i - 1].text) \
                    and ((" or " not in text and " and " not in text) or BOUND_AFTER_RE.match(text, tok.end) is None):
                tok.content, tok.cue = False, True
        # "two-thirds of patients", "a quarter of them", "fewer than half": a share the figures' check reads
        # (as it does "a third"), and the bound on it; not "the second half", "the third quarter".
        if tok.lower in _FRACTION_WORDS or (tok.lower in _PLAIN_FRACTIONS and i and tokens[i - 1].lower in ("a", "one", "than")
                                            and i + 1 < len(tokens) and tokens[i + 1].lower == "of"):
            tok.content, tok.cue = False, True
        if tok.lower in _BOUND_COMPARATIVES and i + 2 < len(tokens) and tokens[i + 1].lower == "than" and (
                tokens[i + 2].text[0].isdigit() or tokens[i + 2].lower in _FRACTION_WORDS or tokens[i + 2].lower in _PLAIN_FRACTIONS
                or (tokens[i + 2].lower in ("a", "one") and i + 3 < len(tokens)
                    and (tokens[i + 3].lower in _PLAIN_FRACTIONS or tokens[i + 3].lower in FIGURE_WORDS))):
            tok.content, tok.cue = False, True
    for i, tok in enumerate(tokens):
        if tok.lower not in _CLAUSE_MARK_WORDS:
            continue  # most words: none of the tests below can hold (each starts with the word)
        # "since 2019", "after March", "since last year": a preposition of time, not a clause's connective (so
        # "has not made a profit since 2019" denies it since 2019 only).
        if tok.lower in _TIME_PREPOSITIONS and i + 1 < len(tokens) and i and tok.clause == tokens[i - 1].clause + 1 \
                and (tokens[i + 1].text[0].isdigit() or tokens[i + 1].lower in MONTH_WORDS or tokens[i + 1].lower in WEEKDAYS
                     or tokens[i + 1].lower in ("last", "then") or (tokens[i + 1].text[0].isupper() and tokens[i + 1].lower in ("march", "may"))):
            for later in tokens[i:]:
                later.clause -= 1
        # "The bank failed", "the plan failed the test": a verb of its own, to be matched ("survived" is not
        # it); only "failed to" denies what follows.
        if (tok.lower in _FAIL_FORMS and (i + 1 == len(tokens) or tokens[i + 1].lower != "to")) or (
                tok.lower in DECLINE_FORMS and declines_as_fall(tokens[i + 1].lower if i + 1 < len(tokens) else "",
                                                                tokens[i + 2].text if i + 2 < len(tokens) else "")):
            tok.content, tok.cue = True, False  # likewise "shares declined 3%" (see declines_as_fall)
        # "fell short of her best": a denial of what follows ("a short film" is no such thing).
        if tok.lower == "short" and i and tokens[i - 1].lower in _FALL_FORMS_OF and i + 1 < len(tokens) and tokens[i + 1].lower == "of":
            tok.content, tok.cue = False, True
        # "far from over", "far from certain": a denial; "far from the city" is a distance.
        if tok.lower == "far" and i + 2 < len(tokens) and tokens[i + 1].lower == "from" \
                and tokens[i + 2].lower not in _DETERMINERS and not tokens[i + 2].text[0].isupper() \
                and not tokens[i + 2].text[0].isdigit():
            tok.content, tok.cue = False, True
    if negation_scope:
        _mark_negation(tokens, negation_scope)
    return tokens


# The words tokenize's two passes after reading look at (each test there starts with the word), so that
# they skip every other word at the cost of one look-up: currencies, units of time, fractions and bounding
# comparatives; prepositions of
# time, "fail", "decline", "short" and "far".
# Shares written as fractions, and the comparatives that bound a figure ("fewer than a quarter").
_FRACTION_WORDS = frozenset(f"{n}-{d}" for n in "two three four five six seven eight nine".split()
                            for d in "thirds quarters fifths sixths sevenths eighths ninths tenths".split())
_PLAIN_FRACTIONS = frozenset(("half", "quarter"))
_BOUND_COMPARATIVES = frozenset(("fewer", "less", "more"))
_CONTENT_MARK_WORDS = CURRENCY_WORDS | DURATION_UNIT_WORDS | _FRACTION_WORDS | _PLAIN_FRACTIONS | _BOUND_COMPARATIVES
_CLAUSE_MARK_WORDS = _TIME_PREPOSITIONS | _FAIL_FORMS | DECLINE_FORMS | {"short", "far"}

# word as written → (lower-case form, stem, is a content word, is a cue): words repeat across claims.
_TOKEN_INFO: dict[str, tuple[str, str, bool, bool]] = {}
_TOKEN_INFO_LIMIT = 500_000


def _token_info(word: str) -> tuple[str, str, bool, bool]:
    folded = word if word.isascii() else word.translate(_TOKEN_FOLD)
    lower, stem_, is_content = _word_info(folded)
    # Figure words ("second", "twelve") are the numbers check's, but like cues they can stand opposite
    # a claim word: "a final test" where the evidence says "a second test".
    cue = lower in _OWN_CHECK or lower in FIGURE_WORDS or lower.endswith("n't")
    if (cue and lower not in ATTITUDE_WORDS) or (is_content and lower in _NOT_ALIGNED):
        is_content = False
    if len(_TOKEN_INFO) >= _TOKEN_INFO_LIMIT:
        _TOKEN_INFO.clear()
    info = _TOKEN_INFO[word] = (lower, stem_, is_content, cue)
    return info


def _mark_negation(tokens: list[Token], limit: int) -> None:
    """Mark the content words a negation cue governs: to the end of its clause, at most ``limit`` of them.
    Two cues over one word cancel ("did not reject the plan" does not deny the plan)."""
    for i, tok in enumerate(tokens):
        if tok.cue and _is_negation(tokens, i):  # every negation word is a cue (_token_info): the cheap test first
            taken = 0
            for later in tokens[i + 1 :]:
                if later.clause != tok.clause or taken >= limit:
                    break
                if taken and later.lower in _SCOPE_ENDS:
                    break  # "is not immune should watch": a new verb group, outside the denial
                if later.content:
                    later.negated = not later.negated
                    taken += 1
                elif _restricts(later):  # a figure, ordinal or "other" is denied too, but is no word of the limit
                    later.negated = not later.negated
            if not taken and i and ((tokens[i - 1].lower in _ELLIPSIS_AUXILIARIES and tok.lower in ("not", "never"))
                                    or tok.lower.endswith("n't") or tok.lower == "far") \
                    and not any(t.content for t in tokens[i + 1 :] if t.clause == tok.clause):
                # "… but Honda did not", "Kim won't": the verb is left out; the clause denies of its
                # subject what the clause before says. Not past a verb of speaking or a "that": "warned
                # that the season was far from over" denies the season's end, not the warning.
                start = max((t.position + 1 for t in tokens[:i] if t.clause == tok.clause
                             and (t.lower in SPEECH_VERBS or t.lower == "that")), default=0)
                for before in tokens[start:i]:
                    if before.clause == tok.clause and before.content:
                        before.negated = not before.negated


def merge_phrasal_verbs(tokens: list[Token], text: str, lexicon: Lexicon) -> None:
    """Read a verb and its particle as one word where WordNet has the pair: "called off", "put off"; and a
    verb with the bare noun of a WordNet idiom: "took part", "gave way"."""
    for tok, nxt, after in zip(tokens, tokens[1:], [*tokens[2:], None]):
        if not tok.content or tok.name or nxt.clause != tok.clause or nxt.name:
            continue
        if nxt.lower not in lexicon.particles and nxt.lower not in lexicon.idiom_nouns:
            continue
        if _capitalised_inside(tok, text):
            continue  # part of a name: "Medical Center on 5 April"
        if after is not None and (after.text[0].isdigit() or after.lower in MONTH_WORDS or after.lower in WEEKDAYS):
            continue  # "fell in 2022", "rose on Monday": a preposition of time, not a particle
        if nxt.lower in lexicon.idiom_nouns and after is not None and after.lower in FIGURE_WORDS:
            continue  # "took stage nine": a numbered noun, the verb's object, not an idiom's
        if nxt.lower in PARTITIVES and after is not None and after.lower == "of":
            continue  # "took part of the offering": a share of it, not "took part in" it
        if _after_determiner(tokens, tok.position, lexicon) or _counted_or_described(tokens, tok.position, text, lexicon):
            continue  # a noun: "a 5% drop in sales", "the sharp fall in prices", "120 homes in Severnside"
        if nxt.lower in lexicon.loose_particles and tok.lower in SPEECH_VERBS:
            continue  # "asked for help", "argued for a delay": a speaking verb keeps its speaker's checks
        phrasal = f"{tok.lower}_{nxt.lower}"
        if lexicon.lemmas(phrasal, "v"):
            if nxt.lower in lexicon.loose_particles:
                tok.head = tok.lower
            tok.lower = tok.stem = phrasal
            tok.text = text[tok.start : nxt.end]
            tok.end = nxt.end
            nxt.content = False


def _after_determiner(tokens: list[Token], position: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``position`` follows a determiner, past figures and adjectives ("a 5% drop",
    "the sharp fall"): a noun's place, not a verb's."""
    for k in range(position - 1, max(-1, position - 5), -1):
        before = tokens[k]
        if before.lower in _DETERMINERS or before.lower.endswith("'s"):
            return True
        pos = lexicon.senses(before.lower).pos
        if before.clause != tokens[position].clause or not (
                before.text[0].isdigit() or before.lower in FIGURE_WORDS or not pos or pos <= {"a", "s", "r"}):
            return False  # (past figures and adjectives only: "The company's chief executive stepped down")
    return False


def _counted_or_described(tokens: list[Token], position: int, text: str, lexicon: Lexicon) -> bool:
    """Whether the word at ``position`` follows a count or an adjective of its clause: "120 homes in
    Severnside", "six million homes", "affordable homes in the area" are nouns, not "homes in on" (a verb
    takes neither right before it; an adverb, "quickly homes in", it may). A score or a range is no count
    ("a 6-3, 7-6 win over": as before 2.15, the determiner further back decides)."""
    if not position:
        return False
    before = tokens[position - 1]
    if before.clause != tokens[position].clause:
        return False
    if before.text[0].isdigit() or before.lower in FIGURE_WORDS:
        pair = "-" in before.text or "\u2013" in before.text or (position > 1 and tokens[position - 2].text[0].isdigit()
                                                                and text[tokens[position - 2].end : before.start] in ("-", "\u2013"))
        return not pair
    pos = lexicon.senses(before.lower).pos
    return bool(pos) and pos <= {"a", "s"}


_FINDING_FORMS = frozenset("find finds found finding".split())
# What may follow a verdict's "guilty": its charge, a time or place, another clause ("guilty of fraud on
# Wednesday", "guilty and jailed"); a noun after it makes "guilty" its adjective ("a guilty plea").
_AFTER_VERDICT = frozenset("of on in at after and but over for by".split())


def _merge_verdicts(tokens: list[Token]) -> None:
    """ "found former accountant Martin Keane guilty": a verdict whose object stands between its words, read
    as the one word "found guilty" (the hand-kept table's synonym of "convicted"), as when they stand
    together ("was found guilty"). Not "found him not guilty", whose denial stands inside it."""
    for i, tok in enumerate(tokens):
        if tok.lower not in _FINDING_FORMS or not tok.content:
            continue
        for later in tokens[i + 2 : i + 8]:
            if later.clause != tok.clause:
                break
            if later.lower == "guilty":
                before, nxt = tokens[later.position - 1], tokens[later.position + 1] if later.position + 1 < len(tokens) else None
                if before.lower in ("not", "never") or before.lower.endswith("'s") or (
                        nxt is not None and nxt.clause == later.clause and nxt.lower not in _AFTER_VERDICT):
                    break  # "found him not guilty"; "found Smith's guilty secret", "guilty plea": no verdict
                tok.lower = tok.stem = f"{tok.lower}_guilty"
                later.content = later.cue = False
                break


def merge_phrases(tokens: list[Token], text: str, lexicon: Lexicon) -> None:
    """Read the hand-kept table's phrases as one word where their words stand together: "straight away",
    "up to", "as much as". A determiner phrase ("a number of") becomes a word with no content of its own."""
    phrases = lexicon.phrases
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        found = phrases.get(tok.lower)
        first = tok.lower
        if not found and i + 1 < len(tokens) and tokens[i + 1].lower in lexicon.phrase_seconds:
            # a phrase whose verb is inflected: "took effect", "came into force"
            for base in lexicon.lemmas(tok.lower, "v"):
                found = phrases.get(base)
                if found:
                    first = base
                    break
        if found:
            for parts in found:
                run = tokens[i : i + len(parts)]
                if len(run) == len(parts) and parts[0] == first and all(t.lower == p for t, p in zip(run[1:], parts[1:])) \
                        and all(t.start == prev.end + 1 for prev, t in zip(run, run[1:])):
                    key = "_".join((tok.lower, *parts[1:]))  # the verb as written: its tense is kept
                    setting = lexicon.phrase_settings.get(key)
                    if setting is not None and not _PHRASE_SETTINGS[setting](tokens, i, len(parts), lexicon):
                        continue
                    # "as" inside "as much as" is no connective: the clauses it opened are undone.
                    clause = tok.clause
                    if i and tok.lower in CONNECTIVES and tok.start == tokens[i - 1].end + 1:
                        clause = tokens[i - 1].clause
                    opened = run[-1].clause - clause
                    if opened:
                        for t in tokens[i + len(run) :]:
                            t.clause -= opened
                    for t in run:
                        t.clause = clause
                    tok.lower = tok.stem = key
                    tok.text = text[tok.start : run[-1].end]
                    tok.end = run[-1].end
                    tok.content = key not in lexicon.determiner_phrases
                    tok.cue = False
                    for t in run[1:]:
                        t.content = t.cue = False
                    i += len(parts) - 1
                    break
        i += 1
    if "guilty" in text:
        _merge_verdicts(tokens)


def _before_figure(tokens: list[Token], i: int, length: int, lexicon: Lexicon) -> bool:
    """Whether the phrase of ``length`` tokens at ``i`` stands right before a figure: digits, or a number
    word ("as long as nine hours")."""
    after = i + length
    return after < len(tokens) and (tokens[after].text[0].isdigit() or tokens[after].lower in CARDINAL_WORDS)


def _after_figure_or_time(tokens: list[Token], i: int, length: int, lexicon: Lexicon) -> bool:
    """Whether the phrase at ``i`` stands right after a figure or a time: "2027", "nine", "Friday", "March"
    ("until Friday at the earliest")."""
    if not i:
        return False
    tok = tokens[i - 1]
    return tok.text[0].isdigit() or tok.lower in CARDINAL_WORDS or tok.lower in WEEKDAYS or tok.lower in MONTH_WORDS \
        or tok.lower in ("march", "may")


def _degree_at(tokens: list[Token], i: int, length: int, lexicon: Lexicon) -> bool:
    """Whether the phrase of ``length`` tokens at ``i`` tells a degree: at the end of its clause ("recovered
    a little"), or before a word that is not only a noun and is no "of" ("a little better", "a bit
    weaker", "a little after 3am"; not "a little girl", "a bit of luck")."""
    nxt = tokens[i + length] if i + length < len(tokens) else None
    if nxt is None or nxt.clause != tokens[i].clause:
        return True
    if nxt.lower == "of":
        return False
    pos = lexicon.senses(nxt.lower).pos
    return "n" not in pos or bool(pos & {"a", "s", "r"})


# The settings the data file's gated phrase lists name (see Lexicon.phrase_settings).
_PHRASE_SETTINGS = {"figure_phrases": _before_figure, "time_bound_phrases": _after_figure_or_time,
                    "degree_phrases": _degree_at}


def sentence_tokens(sentence: Sentence, negation_scope: int, lexicon: Lexicon) -> SentenceTokens:
    """Tokens and look-up tables of a source sentence. Capitalised words inside it are names."""
    tokens = tokenize(sentence.text, negation_scope=negation_scope)
    merge_phrases(tokens, sentence.text, lexicon)
    merge_phrasal_verbs(tokens, sentence.text, lexicon)
    by_lower: dict[str, list[int]] = {}
    by_stem: dict[str, list[int]] = {}
    for tok in tokens:
        if _capitalised_inside(tok, sentence.text) and tok.lower.removesuffix("'s") not in WEEKDAYS:
            tok.name = True
        by_lower.setdefault(tok.lower, []).append(tok.position)
        if tok.content:
            by_stem.setdefault(tok.stem, []).append(tok.position)
        if tok.head is not None:  # "asked for" is also "asked"
            by_lower.setdefault(tok.head, []).append(tok.position)
            by_stem.setdefault(_word_info(tok.head)[1], []).append(tok.position)
    # Kept for the Verifier's life: tuples of ints (and then the dicts holding them) drop out of the
    # garbage collector's walks, lists never do, and the full collections walk every cached sentence.
    return SentenceTokens(sentence, tokens, {k: tuple(v) for k, v in by_lower.items()},
                          {k: tuple(v) for k, v in by_stem.items()}, [t.lower for t in tokens])


def copied_tokens(st: SentenceTokens) -> list[Token]:
    """New tokens equal to what tokenize, merge_phrases and merge_phrasal_verbs give for ``st``'s text:
    its tokens without the marks sentence_tokens adds afterwards (names) or caches (verb strength),
    for a claim that copies the sentence and marks its own tokens."""
    return [Token(t.position, t.start, t.end, t.text, t.lower, t.stem, t.content, t.clause, False, t.negated, t.cue,
                  head=t.head) for t in st.tokens]


def _capitalised_inside(tok: Token, text: str) -> bool:
    """Whether ``tok`` is capitalised inside its sentence, not by opening it: part of a name."""
    return bool(tok.position) and tok.text[0].isupper() and not _after_sentence_break(text, tok.start)


def _after_sentence_break(text: str, pos: int) -> bool:
    # What text[:pos].rstrip(" \"'(\u201c\u2018") would end with, walked back to rather than copied.
    while pos and text[pos - 1] in " \"'(\u201c\u2018":
        pos -= 1
    return not pos or text[pos - 1] in ".!?:\n-\u2013\u2014"


# After "at": a figure with its measure (a share, money, points, degrees, an amount in millions).
_LEVEL_RE = LazyPattern(
    r"\s+(?:[$\u00a3\u20ac\u00a5]\s?\d|\d[\d,.]*\s?(?:%|percent\b|per cent\b|pence\b|cents?\b|dollars?\b|"
    r"pounds?\b|euros?\b|yen\b|points?\b|degrees?\b|m\b|bn\b|million\b|billion\b|trillion\b))", re.IGNORECASE)


def mark_level_verbs(tokens: list[Token], text: str, lexicon: Lexicon) -> None:
    """ "stands at 35 percent", "came in at 84 cents", "came to £9.4bn": before "at" (or, for "come" and
    "amount", "to") and a measured figure a level verb only
    says "is", so it needs no counterpart (the figure is the numbers check's). Not before a time, a count
    or a place ("runs at 9 am", "stood at 3 checkpoints", "at 10 Downing Street"): there it is a verb."""
    if not any(t.lower in ("at", "to") for t in tokens):
        return  # most texts: no "at" or "to" for a level verb to stand before
    for i, tok in enumerate(tokens):
        if not tok.content:
            continue
        nxt = next((t for t in tokens[i + 1 : i + 3] if t.start >= tok.end), None)  # past a merged particle
        if nxt is None or nxt.lower not in ("at", "to") or not _LEVEL_RE.match(text, nxt.end):
            continue
        # "came to £9.4bn", "amounted to £3m": a total, as "is" states it
        verbs = lexicon.level_verbs if nxt.lower == "at" else lexicon.level_verbs_to
        if any(lemma in verbs for lemma in lexicon.lemmas(tok.lower, "v")) and not _qualified(tokens, tok):
            tok.content = False


# The forms of the level verbs (lexicon_extra's level_verbs) that mark_level_verbs may make no content word.
LEVEL_VERB_FORMS = frozenset(
    "came come comes coming amounted amount amounts amounting stood stand stands standing sat sit sits sitting "
    "hovered hover hovers hovering ran run runs running".split())


def restore_level_verbs(claim_tokens: list[Token], evidence: list[SentenceTokens], lexicon: Lexicon) -> None:
    """A claim's level verb made no content word is one again where a cited sentence has that verb: there
    it is matched like any word, so a denial or a hedge on the sentence's verb is read ("Costs came to £3m"
    against "Costs could come to £3m", "Costs did not come to £3m"). Only where the sentence lacks it
    ("revenue of £9.4bn") does "came to" need no counterpart. A denied or hedged level verb of another
    lemma ("Costs may amount to £3m") makes it one too: the claim's verb must then be matched, and is not."""
    for tok in claim_tokens:
        if tok.content or tok.cue or tok.lower not in LEVEL_VERB_FORMS:
            continue
        lemmas = set(lexicon.lemmas(tok.lower, "v"))
        if any(t.lower in LEVEL_VERB_FORMS and (not lemmas.isdisjoint(lexicon.lemmas(t.lower, "v")) or _qualified(st.tokens, t))
               for st in evidence for t in st.tokens):
            tok.content = True


# Before a verb, words that deny, hedge or defer it ("did not come to", "could stand at", "is expected to
# come to", "failed to come to"): the verb then carries them, so it stays a word for the checks to read.
_QUALIFYING_BEFORE = frozenset("not never n't will would can could may might must should shall did does do".split())


def _qualified(tokens: list[Token], verb: Token) -> bool:
    """Whether a level verb is denied, hedged or told as to come by the words just before it in its clause
    (an infinitive's "to" right before it: "is expected to come to", not "the year to 31 March came to")."""
    if verb.position and tokens[verb.position - 1].lower == "to":
        return True
    return any(t.lower in _QUALIFYING_BEFORE or t.lower in NEGATION_CUES or t.lower in HEDGE_CUES
               for t in tokens[max(0, verb.position - 4) : verb.position] if t.clause == verb.clause)


def is_possessive(token: Token, text: str) -> bool:
    """ "Lee's", and the plural "victims'" (whose apostrophe is no part of the word, so it is read from
    the text right after it)."""
    return token.lower.endswith("'s") or (token.lower.endswith("s") and text[token.end : token.end + 1] in ("'", "\u2019")
                                          and text[token.end + 1 : token.end + 2] in (" ", ""))


def _restricts(token: Token) -> bool:
    """Whether an evidence word narrows what a denial covers: a content word, and also a figure, a year
    or an ordinal ("the 2020 Olympics", "the first exercise") and "other" ("any other vessels"), which are
    no content words but pick out some of the things denied."""
    return token.content or token.text[0].isdigit() or token.lower == "other" or (
        token.lower in FIGURE_WORDS and token.lower != "one")  # "no one", "any one of them": a pronoun


# Words that say a thing holds of part of what a noun names: "most of the closure", "some stores".
PARTITIVES = frozenset("most some many several few part majority minority".split())
# Month names that are not also other words ("may", "march" are verbs too).
MONTH_WORDS = frozenset("january february april june july august september october november december".split())


def _is_negation(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` denies: a negation word, but not "no" in "no more than 40" (a bound on a figure)."""
    tok = tokens[i]
    if tok.lower in ("far", "short"):
        return tok.cue  # "far from over", "fell short of" (see tokenize)
    if not (tok.lower in NEGATION_CUES or tok.lower.endswith("n't")):
        return False
    return not (tok.lower == "no" and i + 1 < len(tokens) and (
        tokens[i + 1].lower in ("more", "less", "fewer") or tokens[i + 1].lower in NOT_DENIED_AFTER_NO
        or tokens[i + 1].text[0].isdigit()  # "no more than 40", "a vote of no confidence", "No. 14"
        or (i and tokens[i - 1].lower == "at" and tokens[i + 1].lower in PRICE_AFTER_AT_NO)))  # "at no cost"


_DETERMINERS = frozenset("a an the its their his her this that these those our my your".split())
