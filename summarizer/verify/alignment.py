"""Align a claim with its evidence word by word, and judge every difference with the lexicon.

In the spirit of natural logic (MacCartney & Manning 2007, 2009): each content word of the claim is
matched with a word of the evidence and the pair gets a lexical relation (``lexicon.py``). Words the
claim shares or says more generally are supported; a word put in place of a different one (a sibling,
an antonym, a narrower word), a participant moved to another role, or words with nothing to match are
what the verifier reports. Negation flips generality: under "not", "missiles" no longer follows from
"hypersonic missiles".

How it aligns: every claim word first finds its best support anywhere in the evidence (exact word,
lemma or stem by dictionary look-up; the lexicon only for words still unmatched). A monotone chain of
those matches (the longest one keeping both orders, as in an LCS) fixes the anchors; a claim word left
between two anchors faces the evidence words between the same anchors, and that pair decides whether it
is a substitution (one word for one word) or an insertion. Cost is bounded by claim length × evidence
length per claim; lexicon relations are cached per word pair.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from ..sources import Sentence
from ..textnorm import LazyPattern
from .features import ATTITUDE_WORDS, DECLINE_FORMS, HEDGE_CUES, INVERTED_SPEECH_VERBS, NEGATION_CUES, NOT_DENIED_AFTER_NO, PRICE_AFTER_AT_NO, REQUEST_VERBS, declines_as_fall, QUANTIFIER_CUES, SPEECH_VERBS, WEEKDAYS, _word_info
from .numbers import CURRENCY_WORDS, DURATION_UNIT_WORDS, FIGURE_WORDS, ORDINAL_WORDS, TIME_UNITS_PATTERN, YEAR_RE, is_span_count
from .lexicon import Lexicon
from .report import AlignedWord, aligned_word

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
_PLACE_PREPOSITIONS = frozenset("at in from near inside outside across".split())
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
_BE_FORMS = frozenset("is are was were be been being am got get gets getting".split())
# Relations that support a claim word, strongest first (their order breaks ties between matches).
SUPPORT_RANK = {"exact": 0, "alias": 0, "lemma": 1, "synonym": 2, "derivation": 3, "more_general": 4}
_PAIR_CACHE_LIMIT = 500_000


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


@dataclass(slots=True)
class Link:
    """One claim word and what it was matched with (``evidence`` is None for an insertion)."""

    claim: Token
    relation: str
    evidence: SentenceTokens | None = None
    target: Token | None = None
    accepted: bool = True

    def as_dict(self) -> dict:
        """The JSON form recorded in the report's ``alignment`` list. Spans are tuples: a report keeps
        about fifteen entries per claim, and a tuple of ints drops out of the garbage collector's walks
        where a list never does (the JSON is the same)."""
        claim, target = self.claim, self.target
        if self.evidence is not None and target is not None:
            return {"claim_word": claim.text, "claim_span": (claim.start, claim.end), "relation": self.relation,
                    "evidence": self.evidence.sentence.id, "evidence_word": target.text,
                    "evidence_span": (target.start, target.end), "accepted": self.accepted}
        return {"claim_word": claim.text, "claim_span": (claim.start, claim.end), "relation": self.relation,
                "evidence": None, "evidence_word": None, "evidence_span": None, "accepted": self.accepted}

    def as_word(self) -> AlignedWord:
        """The report's entry, ``AlignedWord(**self.as_dict())``, made without the dict."""
        claim, target = self.claim, self.target
        if self.evidence is not None and target is not None:
            return aligned_word(claim.text, (claim.start, claim.end), self.relation,  # type: ignore[arg-type]
                                self.evidence.sentence.id, target.text, (target.start, target.end), self.accepted)
        return aligned_word(claim.text, (claim.start, claim.end), self.relation, None, None, None, self.accepted)  # type: ignore[arg-type]


@dataclass(slots=True)
class Alignment:
    """The claim's words, each linked to the evidence, and what the judging found."""

    links: list[Link]
    content_words: int
    supported_words: int
    substitutions: list[Link] = field(default_factory=list)
    antonyms: list[Link] = field(default_factory=list)
    insertions: list[Link] = field(default_factory=list)
    unsupported_clauses: list[str] = field(default_factory=list)
    role_swaps: list[tuple[str, str, str]] = field(default_factory=list)  # (claim participant, other, verb)
    negation_scope: list[tuple[str, str, str]] = field(default_factory=list)  # (what, evidence word, sentence id)
    exchanges: list[tuple[Link, Link]] = field(default_factory=list)  # two claim words in each other's places
    unsupported_verbs: list[str] = field(default_factory=list)  # what the claim says happened, with no counterpart
    polarity: list[tuple[Link, bool]] = field(default_factory=list)  # (a link of the clause, is the claim's side negative)
    kinds_dropped: list[tuple[Link, list[str]]] = field(default_factory=list)  # (a bare claim word, the kinds its sentence names)
    moved_items: list[tuple[Link, str]] = field(default_factory=list)  # (a list item, what its sentence says of it instead)
    counts_dropped: list[tuple[Link, str]] = field(default_factory=list)  # (a claim noun said of all, the count it dropped)
    picks_dropped: list[tuple[Link, str]] = field(default_factory=list)  # (a claim noun said of all, the source's "top three …")
    scopes_widened: list[tuple[Link, str]] = field(default_factory=list)  # (a superlative, the source's "among the highest", "… in Europe")
    restrictions_dropped: list[tuple[Link, str]] = field(default_factory=list)  # (a counted noun, the source's "four new cases")
    rates_dropped: list[tuple[str, str, str]] = field(default_factory=list)  # (the source's "$1.1 million a year", its unit, the sentence)
    numbers_changed: list[Link] = field(default_factory=list)  # a noun made one of many, or many of one
    privatives_dropped: list[tuple[Link, str]] = field(default_factory=list)  # (a claim noun, the "former" it dropped)
    tenses_changed: list[tuple[Link, str, str]] = field(default_factory=list)  # (a verb, the claim's time, the source's)
    figures_pooled: list[tuple[Link, str, str]] = field(default_factory=list)  # (a verb, a figure, the sentence giving it)
    figures_moved: list[tuple[Link, str, str]] = field(default_factory=list)  # (a matched word, the claim's figure for it, the evidence's)
    speakers_pooled: list[tuple[Link, str, str, str]] = field(default_factory=list)  # (a claim speaker, its words' sentence, who says them, the claim's name for the speaker)
    questions: list[tuple[Link, str, str]] = field(default_factory=list)  # (a claim word, the question it is matched in, "asked"/"denied"/"affirmed")

    @property
    def coverage(self) -> float:
        """Share of the claim's content words the evidence supports."""
        return self.supported_words / self.content_words if self.content_words else 1.0


# Abbreviations whose point ends no clause: "Dr. Priya Nair", "Mr. Hartley", "St. Louis".
_TITLE_ABBREVIATIONS = frozenset("dr mr mrs ms prof st gen sen rep gov lt col sgt capt cllr".split())


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
        if position and (lower in CONNECTIVES or (start - previous_end != 1 or text[previous_end] != " ")
                         and _CLAUSE_PUNCT_RE.search(text, previous_end, start)
                         and not (start - previous_end == 1 and word[0].isdigit() and text[previous_end - 1].isdigit())
                         and not (text[previous_end] == "." and (tokens[-1].end - tokens[-1].start == 1 and tokens[-1].text.isupper()
                                                                  or tokens[-1].lower in _TITLE_ABBREVIATIONS))):
            clause += 1
        # Positional arguments: the dataclass's __init__ is the cost of a token.
        append(Token(position, start, end, word, lower, stem_, is_content, clause, False, False, cue))
        previous_end = end
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
            if is_span_count(tokens[k - 1].lower if k else "", tokens[i - 1].text):
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
# they skip every other word at the cost of one look-up: currencies and units of time; prepositions of
# time, "fail", "decline", "short" and "far".
_CONTENT_MARK_WORDS = CURRENCY_WORDS | DURATION_UNIT_WORDS
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
    """Read a verb and its particle as one word where WordNet has the pair: "called off", "put off"."""
    for tok, nxt, after in zip(tokens, tokens[1:], [*tokens[2:], None]):
        if not tok.content or tok.name or nxt.lower not in lexicon.particles or nxt.clause != tok.clause:
            continue
        if _capitalised_inside(tok, text):
            continue  # part of a name: "Medical Center on 5 April"
        if after is not None and (after.text[0].isdigit() or after.lower in MONTH_WORDS or after.lower in WEEKDAYS):
            continue  # "fell in 2022", "rose on Monday": a preposition of time, not a particle
        if _after_determiner(tokens, tok.position, lexicon):
            continue  # a noun: "a 5% drop in sales", "the sharp fall in prices"
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


def relation(lexicon: Lexicon, claim_word: str, evidence_word: str) -> str | None:
    """The lexicon's relation, cached per pair on the lexicon (pairs recur across the claims of a summary)."""
    cache = lexicon.pair_cache
    key = (claim_word, evidence_word)
    found = cache.get(key, False)
    if found is False:
        if len(cache) >= _PAIR_CACHE_LIMIT:
            cache.clear()
        found = cache[key] = lexicon.relation(claim_word, evidence_word)
    return found  # type: ignore[return-value]


class NameDescriptions(Protocol):
    """What the sources call their names, by name word ("fnv" → {"union"}); see Verifier.descriptions."""

    def get(self, word: str) -> frozenset[str] | None: ...


def align(
    claim_tokens: list[Token],
    evidence: list[SentenceTokens],
    lexicon: Lexicon,
    *,
    alias_words: frozenset[str] = frozenset(),
    descriptions: NameDescriptions | None = None,
) -> Alignment:
    """Link each content word of the claim to the evidence and judge the differences. ``descriptions``:
    what the sources call their names, by name word ("fnv" → union), so "the union" may stand for "FNV"."""
    for tok in claim_tokens:
        # "the document discusses …": the frame needs no counterpart, its topic does; a word for the source
        # only after "the" or "this" ("notified by email" is news, to be found).
        if tok.content and tok.lower in lexicon.framing and (tok.lower not in lexicon.framing_after_determiner or (
                tok.position and claim_tokens[tok.position - 1].lower in ("the", "this", "that", "these", "those"))):
            tok.content = False
    _mark_stated_changes(claim_tokens, lexicon)
    _mark_deferred_decisions(claim_tokens, evidence, lexicon)
    content = [t for t in claim_tokens if t.content]
    excerpt = _excerpt(claim_tokens, content, evidence)
    if excerpt is not None:
        _dropped_kinds(claim_tokens, excerpt, lexicon)  # an excerpt can still drop the kind it was about
        first = excerpt.links[0]
        start = first.target.position - first.claim.position  # type: ignore[union-attr]
        if start > 0 and _may_pick(first.evidence.tokens[start - 1], lexicon):  # type: ignore[union-attr]
            _picks_dropped(claim_tokens, excerpt.links, excerpt, lexicon)  # or the few its sentence singled out
        _superlative_scopes(claim_tokens, excerpt, lexicon)  # or what its superlative ranged over
        _restrictions_dropped(claim_tokens, excerpt, lexicon)  # or what narrowed its count or ban
        _rates_dropped(claim_tokens, excerpt)  # or the rate of its figure
        if any(t.negated for t in claim_tokens):  # or what narrowed the subject of its denial
            st = first.evidence
            s_idx = next(i for i, e in enumerate(evidence) if e is st)
            _subject_modifiers_dropped(st, s_idx, {(s_idx, l.target.position) for l in excerpt.links if l.target is not None},  # type: ignore[arg-type]
                                       excerpt, lexicon)
        return excerpt
    # 1. Support by spelling (exact word, stem, hyphenated parts, alias): dictionary look-ups.
    candidates: dict[int, list[tuple[int, int, int, str]]] = {}
    for tok in content:
        found = _spelling_support(tok, evidence, alias_words)
        if not found and tok.head is not None:
            found = _spelling_support(_as_head(tok), evidence, alias_words)
        if found:
            candidates[tok.position] = found
    # A word the claim itself repeats exactly backs no other form of it: the "share" of "earnings per
    # share" is the claim's own "share", not also its "shared".
    spelled_exact = {(c[1], c[2]) for found in candidates.values() for c in found if c[3] == "exact"}
    for position in [p for p, found in candidates.items() if found[0][3] == "lemma"]:
        kept = [c for c in candidates[position] if (c[1], c[2]) not in spelled_exact]
        if kept:
            candidates[position] = kept
        else:
            del candidates[position]
    # 2. Support by meaning, for the rest. An evidence word another claim word already has by spelling
    # is not used again ("refund" cannot back both "refund" and "costs").
    spelled = {(c[1], c[2]) for found in candidates.values() for c in found}
    for tok in content:
        if tok.position not in candidates and not tok.name:
            found = _lexical_support(tok, evidence, lexicon, spelled, descriptions)
            if not found and tok.head is not None:
                found = _lexical_support(_as_head(tok), evidence, lexicon, spelled, descriptions)
            if found:
                candidates[tok.position] = found
    # 3. The monotone chain: the most claim words whose evidence positions keep the claim's order.
    chain = _monotone_chain(content, candidates)
    links: dict[int, Link] = {}
    used: set[tuple[int, int]] = set()
    shared: list[int] = []  # claim words backed by an evidence word another claim word has too
    for tok in content:
        options = candidates.get(tok.position)
        if not options:
            continue
        pick = chain.get(tok.position) or next((o for o in options if (o[1], o[2]) not in used), None)
        if pick is None:
            # Every evidence word it could have is taken. A repeated word may share one ("the designer …
            # the designer"); another form may not: "shared" cannot be backed by the "share" of "earnings
            # per share" that the claim's own "share" uses. It is then judged as unmatched.
            pick = next((o for o in options if o[1] < 0 or evidence[o[1]].tokens[o[2]].lower == tok.lower), None)
            if pick is None:
                continue
            shared.append(tok.position)
        _, s_idx, pos, rel = pick
        if s_idx < 0:  # an alias: supported by the names check, not by one evidence word
            links[tok.position] = Link(tok, rel)
            continue
        used.add((s_idx, pos))
        links[tok.position] = Link(tok, rel, evidence[s_idx], evidence[s_idx].tokens[pos])
    result = Alignment(links=[], content_words=len(content), supported_words=0)
    anchors = sorted((p, chain[p][1], chain[p][2]) for p in chain)
    # 4. Claim words with no support: what stands opposite them between the same anchors?
    unsupported = frozenset(t.position for t in content if t.position not in links)
    # The unmatched words of each gap between two anchors, found once (per word it would be quadratic in a
    # long claim's unmatched words).
    anchor_positions = [a[0] for a in anchors]
    gaps: dict[int, list[Token]] = {}
    for t in content:
        if t.position in unsupported and not t.name:
            gaps.setdefault(bisect_left(anchor_positions, t.position), []).append(t)
    for tok in content:
        if tok.position in unsupported:
            gap_words = gaps.get(bisect_left(anchor_positions, tok.position), [])
            links[tok.position] = _judge_unmatched(tok, content, unsupported, gap_words, anchors, evidence, used,
                                                   lexicon, result, claim_tokens)
    # 5. Generality under negation: "missiles" does not follow from "did not test hypersonic missiles".
    for link in links.values():
        if link.relation == "more_general" and link.target is not None and link.target.negated and link.claim.negated \
                and link.accepted:
            link.accepted = False
            result.negation_scope.append((link.claim.text, link.target.text, link.evidence.sentence.id))  # type: ignore[union-attr]
    _dropped_under_negation(anchors, evidence, used, result, claim_tokens, lexicon)
    _possessors_for_possessed(links, evidence, used, result, lexicon)
    _relatives_for_persons(links, evidence, used, result, lexicon)
    _owned_elsewhere(claim_tokens, links, result, lexicon)
    _pronoun_for_owner(claim_tokens, links, result)
    _counts_dropped(claim_tokens, links, result, lexicon)
    _shared_in_place_of_another(shared, links, anchors, evidence, used, lexicon, result)
    _exchanges(content, links, result, lexicon, claim_tokens)
    _crossed_subjects(claim_tokens, links, result, lexicon)
    _moved_opposites(content, links, chain, anchors, evidence, used, lexicon, result)
    _skipped_opposites(content, links, anchors, evidence, used, lexicon, result)
    _polarity(claim_tokens, links, result, lexicon, evidence)
    result.links = [links[t.position] for t in content]
    relation_swaps = _relation_word_swaps(claim_tokens, anchors, evidence, lexicon)
    relation_swaps += _own_prepositions_reversed(claim_tokens, links, relation_swaps, lexicon)
    if relation_swaps:
        swapped_at = {l.claim.position for l in relation_swaps}
        # A relation word that is also a content word ("outside") was judged an insertion: this replaces it.
        result.insertions = [l for l in result.insertions if l.claim.position not in swapped_at]
        result.substitutions = [l for l in result.substitutions if l.claim.position not in swapped_at] + relation_swaps
        result.links = sorted([l for l in result.links if l.claim.position not in swapped_at] + relation_swaps,
                              key=lambda l: l.claim.position)
    # Words in each other's places are there, only misplaced: role_swap reports them, and they still
    # count as words the evidence has (so the swap is not reported a second time as missing words).
    swapped = {id(l) for pair in result.exchanges for l in pair}
    result.supported_words = sum(1 for link in result.links if link.accepted or id(link) in swapped)
    _clause_check(result)
    _dropped_kinds(claim_tokens, result, lexicon)
    # Said of all, or of one, where the source singles out a few or speaks of many: quantifier reasons of
    # their own, after the count of supported words (the words themselves are there).
    _picks_dropped(claim_tokens, result.links, result, lexicon)
    _superlative_scopes(claim_tokens, result, lexicon)
    _restrictions_dropped(claim_tokens, result, lexicon)
    _number_changed(claim_tokens, result.links, result, lexicon)
    _privatives_dropped(claim_tokens, result, lexicon)
    _degrees_changed(result, lexicon)
    _tense_changed(claim_tokens, result, lexicon)
    _clauses_crossed(claim_tokens, result, lexicon)
    _agents_replaced(claim_tokens, result, lexicon)
    _questions_asserted(claim_tokens, evidence, result)
    _bounds_reversed(claim_tokens, result)
    _comparatives_reversed(claim_tokens, result)
    _than_reversed(claim_tokens, evidence, result, lexicon)
    _rates_dropped(claim_tokens, result)
    _counted_nouns_changed(claim_tokens, evidence, result, lexicon)
    _ordinals_changed(claim_tokens, result)
    _roles_moved(claim_tokens, result)
    _relative_times_changed(claim_tokens, evidence, result)
    _comparison_reversed(claim_tokens, result)
    _figures_moved(claim_tokens, result)
    if len(evidence) > 1:
        _figures_pooled(claim_tokens, evidence, result, lexicon)
        _speakers_pooled(claim_tokens, result, lexicon)
        _subjects_pooled(claim_tokens, result, lexicon)
        _order_pooled(claim_tokens, result, lexicon)
    _moved_items(claim_tokens, result, lexicon)
    _extremes_added(claim_tokens, evidence, result, lexicon)
    _polar_words(claim_tokens, evidence, lexicon, result)
    _unsupported_verbs(claim_tokens, result, lexicon)
    _role_swaps(claim_tokens, links, evidence, lexicon, result)
    return result


_DEFER_LEMMAS = frozenset("postpone delay defer put_off table shelve adjourn".split())
# What a meeting defers when it defers a decision: the item itself ("the item was tabled").
_DEFERRED_ITEMS = frozenset("proposal proposals item items motion motions vote decision question matter".split())
_DECISION_WORDS = frozenset(("decision", "decisions"))


def _defers(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    return [t for t in tokens if t.content and not _DEFER_LEMMAS.isdisjoint(lexicon.lemmas(t.lower, "v"))]


def _mark_deferred_decisions(claim_tokens: list[Token], evidence: list[SentenceTokens], lexicon: Lexicon) -> None:
    """"A decision on raising the charge was put off until November" says what "the proposal to raise the
    charge … the item was tabled to the November meeting" says: a meeting that defers an item defers the
    decision on it. "decision" then needs no counterpart; what it is on still does, and the deferring verb
    too. Only where a cited sentence defers an item, a proposal, a motion, a vote or a decision (not "the
    bridge was delayed", which is the work, not the decision on it)."""
    for tok in claim_tokens:
        if tok.lower not in _DECISION_WORDS or not tok.content or tok.position + 1 >= len(claim_tokens) \
                or claim_tokens[tok.position + 1].lower not in ("on", "about", "over", "whether"):
            continue
        if not any(t.clause == tok.clause for t in _defers(claim_tokens[tok.position + 2 :], lexicon)):
            return
        for st in evidence:
            for verb in _defers(st.tokens, lexicon):
                near = st.tokens[max(0, verb.position - 6) : verb.position + 4]
                if any(t.lower in _DEFERRED_ITEMS for t in near):
                    tok.content = False
                    return


def _mark_stated_changes(claim_tokens: list[Token], lexicon: Lexicon) -> None:
    """"up from last year", "down 9%": a change the claim states only so is a word to match ("unchanged
    from last year" is no rise), though "up" and "down" are stop words elsewhere. Not after a verb of the
    change ("has grown to 14,300 acres, up from 11,800"): the verb is then what is matched."""
    trends = lexicon.trend_verbs
    moved = False
    for i, tok in enumerate(claim_tokens):
        if trends and any(not trends[d].isdisjoint(lexicon.lemmas(tok.lower, "v")) for d in trends):
            moved = True
        if tok.lower in ("up", "down") and not moved and i + 1 < len(claim_tokens) \
                and claim_tokens[i + 1].clause == tok.clause \
                and (claim_tokens[i + 1].lower == "from" or claim_tokens[i + 1].text[0].isdigit()):
            tok.content = True


# After "at": a figure with its measure (a share, money, points, degrees, an amount in millions).
_LEVEL_RE = LazyPattern(
    r"\s+(?:[$\u00a3\u20ac\u00a5]\s?\d|\d[\d,.]*\s?(?:%|percent\b|per cent\b|pence\b|cents?\b|dollars?\b|"
    r"pounds?\b|euros?\b|yen\b|points?\b|degrees?\b|m\b|bn\b|million\b|billion\b|trillion\b))", re.IGNORECASE)


def mark_level_verbs(tokens: list[Token], text: str, lexicon: Lexicon) -> None:
    """ "stands at 35 percent", "came in at 84 cents": before "at" and a measured figure a level verb only
    says "is", so it needs no counterpart (the figure is the numbers check's). Not before a time, a count
    or a place ("runs at 9 am", "stood at 3 checkpoints", "at 10 Downing Street"): there it is a verb."""
    if not any(t.lower == "at" for t in tokens):
        return  # most texts: no "at" for a level verb to stand before
    for i, tok in enumerate(tokens):
        if not tok.content:
            continue
        nxt = next((t for t in tokens[i + 1 : i + 3] if t.start >= tok.end), None)  # past a merged particle
        if nxt is None or nxt.lower != "at" or not _LEVEL_RE.match(text, nxt.end):
            continue
        if any(lemma in lexicon.level_verbs for lemma in lexicon.lemmas(tok.lower, "v")):
            tok.content = False


# A word right before a copied run that makes the run part of something else: "a lawyer for Park said",
# "officials told residents", "the claim that vaccines cause autism".
_FRAMING_BEFORE = frozenset("of for to with by that whether than".split())


def _excerpt(claim_tokens: list[Token], content: list[Token], evidence: list[SentenceTokens]) -> Alignment | None:
    """The common case, fast: the claim's words are a run of one evidence sentence's words, in order (an
    excerpt, punctuation aside) and no negation of that sentence reaches outside the run. Every content
    word is then exact, nothing is swapped, inserted or dropped between the first and the last word, and
    no denial is widened, so none of the judging below can find anything."""
    if not content:
        return None
    words = [t.lower for t in claim_tokens]
    for st in evidence:
        tokens = st.tokens
        for start in st.by_lower.get(words[0], ()):
            end = start + len(words)
            if st.words[start:end] == words:
                if start and tokens[start - 1].lower in _FRAMING_BEFORE:
                    return None  # "a spokesman for residents said …": the words before may own the run
                if any(t.negated for t in tokens[:start]) or any(t.negated for t in tokens[end:]) \
                        or any(t.negated != tokens[start + t.position].negated for t in content):
                    return None  # words cut from a negation's scope widen it: let the full judging see it
                links = [Link(t, "exact", st, tokens[start + t.position]) for t in content]
                return Alignment(links=links, content_words=len(content), supported_words=len(content))
    return None


# A unit of time and its "-ly" adjective share a stem, not a meaning: "a monthly report" is not "a report
# after a month" (the adjective may still come from a modifier: "third-quarter" for "quarterly").
_TIME_UNITS = DURATION_UNIT_WORDS | {"night", "nights", "quarter", "quarters"}
# A rate adjective or adverb and the unit it counts per; and the words that make "a day" a rate.
_RATE_UNITS = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month",
               "quarterly": "quarter", "yearly": "year", "annual": "year", "annually": "year"}
# Words before "a year" that make it a span: "in a year", "within a day", "for an hour", "up to a week",
# "more than a month".
_RELATION_PREPOSITIONS = frozenset("in within for over during after before inside throughout under to than about around from".split())


def _as_head(tok: Token) -> Token:
    """A verb read with a loose particle ("asked for"), as its own word ("asked"), to be matched by that."""
    lower, stem_, _ = _word_info(tok.head)  # type: ignore[arg-type]
    return Token(tok.position, tok.start, tok.end, tok.text, lower, stem_, tok.content, tok.clause, tok.name, tok.negated,
                 tok.cue)


def _spelling_support(tok: Token, evidence: list[SentenceTokens], alias_words: frozenset[str]) -> list[tuple[int, int, int, str]]:
    """Evidence words spelled like ``tok``: the same word, its stem, its hyphenated parts; or its alias."""
    found: list[tuple[int, int, int, str]] = []
    for s_idx, st in enumerate(evidence):
        exact = st.by_lower.get(tok.lower, ())
        found.extend((0, s_idx, pos, "exact") for pos in exact)
        if not exact:
            found.extend((1, s_idx, pos, "lemma") for pos in st.by_stem.get(tok.stem, ())
                         if not (tok.lower.endswith("ly") and st.tokens[pos].lower in _TIME_UNITS))
    if found:
        return sorted(found)
    unit = _RATE_UNITS.get(tok.lower)
    if unit is not None:
        # "hourly" / "daily" say "per hour" / "per day": "$1.50 an hour", "94 minutes a day". A bare "day"
        # or "hour" ("in a single day", "for one hour") is no rate, so the word before must say "per".
        found = [(1, s_idx, pos, "lemma") for s_idx, st in enumerate(evidence) for pos in st.by_lower.get(unit, ())
                 if _per_unit(st.tokens, pos)]
        if found:
            return found
    if "-" in tok.lower and not tok.name:
        # "water-fetching" is supported where each of its parts is ("time spent fetching water").
        parts = [p for p in tok.lower.split("-") if p]
        hits = []
        for part in parts:
            hit = next(((s_idx, pos) for s_idx, st in enumerate(evidence) for pos in st.by_lower.get(part, ())), None)
            if hit is None:
                part_stem = _word_info(part)[1]
                hit = next(((s_idx, pos) for s_idx, st in enumerate(evidence) for pos in st.by_stem.get(part_stem, ())), None)
            if hit is None:
                break
            hits.append(hit)
        if hits and len(hits) == len(parts):
            return [(1, hits[-1][0], hits[-1][1], "lemma")]
    if tok.name and tok.lower in alias_words:
        return [(0, -1, -1, "alias")]
    # An acronym the names check does not know as a name's ("CFO" for "chief financial officer"): the
    # words it stands for.
    if 2 <= len(tok.text) <= 6 and tok.text.isalpha() and tok.text.isupper():
        spelled = _spelled_out(tok.text.lower(), evidence)
        if spelled is not None:
            return [(1, *spelled, "alias")]
    return []


# Words an acronym's letters skip: "CMA" is "Competition and Markets Authority", "BoE" "Bank of England".
_ACRONYM_SKIPS = frozenset("of and for the".split())


def _spelled_out(letters: str, evidence: list[SentenceTokens]) -> tuple[int, int] | None:
    """Where the evidence spells out an acronym of the claim's ("CFO" in "Chief financial officer said"):
    a run of words, each a content word, whose initials are its letters in order (the linking words of
    ``_ACRONYM_SKIPS`` may stand between them, not first or last). The run's first word, or None."""
    for s_idx, st in enumerate(evidence):
        tokens = st.tokens
        for start, first in enumerate(tokens):
            if not first.content or first.lower[0] != letters[0]:
                continue
            k, i = 1, start + 1
            while k < len(letters) and i < len(tokens):
                t = tokens[i]
                if t.lower in _ACRONYM_SKIPS and t.start == tokens[i - 1].end + 1:
                    i += 1
                    continue
                if not t.content or t.lower[0] != letters[k] or t.start != tokens[i - 1].end + 1:
                    break
                k, i = k + 1, i + 1
            if k == len(letters):
                return s_idx, start
    return None


def _per_unit(tokens: list[Token], pos: int) -> bool:
    """Whether the time unit at ``pos`` is counted per: "94 minutes a day", "$1.50 an hour", "per year",
    "each week". Not after a preposition: "in a year" and "within a day" are one span, not a rate."""
    before = tokens[pos - 1].lower if pos else ""
    if pos + 1 < len(tokens) and tokens[pos + 1].lower in _SPAN_TAILS:
        return False  # "up 12 percent from a year earlier", "a week ago": a point in time
    if before in ("a", "an"):
        return pos >= 2 and tokens[pos - 2].lower not in _RELATION_PREPOSITIONS
    return before in ("per", "each", "every")


_SPAN_TAILS = frozenset("earlier ago later before after previously".split())


def _lexical_support(
    tok: Token, evidence: list[SentenceTokens], lexicon: Lexicon, taken: set[tuple[int, int]],
    descriptions: NameDescriptions | None,
) -> list[tuple[int, int, int, str]]:
    """Evidence words that support ``tok`` by meaning (lexicon), best relation first, then in evidence order.
    A name the sources describe with the claim's noun supports it as an alias ("the union" for "FNV")."""
    found: list[tuple[int, int, int, str]] = []
    senses = lexicon.senses(tok.lower)
    lemmas, is_noun = senses.lemmas, "n" in senses.pos
    best = 99
    for s_idx, st in enumerate(evidence):
        if descriptions is not None and is_noun:
            for target in st.tokens:
                nouns = descriptions.get(target.lower) if target.text[0].isupper() and not target.cue else None
                if nouns and (s_idx, target.position) not in taken and (tok.lower in nouns or not lemmas.isdisjoint(nouns)):
                    if best > 0:
                        found.clear()
                        best = 0
                    found.append((0, s_idx, target.position, "alias"))
        counterparts = st.counterparts
        if counterparts is None:
            counterparts = st.counterparts = _counterparts(st, lexicon)
        for target, readings in counterparts:
            if (s_idx, target.position) in taken:
                continue
            rank, rel = 99, None
            for word, word_lemmas in readings:
                if lemmas and not lemmas.isdisjoint(word_lemmas):
                    r: str | None = "lemma"
                else:
                    r = relation(lexicon, tok.lower, word)
                # A unit's adjective ("quarterly", "monthly") comes from the unit as a modifier ("third-
                # quarter revenue"), not from a span or a point ("after a month", "in the third quarter").
                if r == "derivation" and word == target.lower and tok.lower.endswith("ly") \
                        and (word in lexicon.exact_only or word in _TIME_UNITS):
                    r = None
                if r is not None and SUPPORT_RANK.get(r, 99) < rank:
                    rank, rel = SUPPORT_RANK[r], r
            if rank < 99 and rank <= best:
                if rank < best:
                    found.clear()
                    best = rank
                found.append((rank, s_idx, target.position, rel))  # type: ignore[arg-type]
    return found


def _counterparts(st: SentenceTokens, lexicon: Lexicon) -> list[tuple[Token, tuple[tuple[str, frozenset[str]], ...]]]:
    """The words of a sentence that can support a claim word by meaning, each with its readings (the
    word, and its parts when hyphenated) and their lemmas: found once per sentence, not once per claim
    word that looks at it (which made it most of an attribution claim's alignment on SummEdits)."""
    extra = lexicon.extra_words
    found = []
    for target in st.tokens:
        if target.name:
            continue
        # Stop and cue words are no counterparts, except hand-kept ones ("up" for "rise") and hedge
        # verbs, which a claim may restate ("offered" for "proposed" keeps the proposal a proposal).
        if not target.content and not (target.lower in extra or lexicon.senses(target.lower).lemmas & extra
                                       or (target.cue and target.lower in HEDGE_CUES)):
            continue
        # A hyphenated word is also read by its parts: "quarterly" is derived from "third-quarter"'s "quarter".
        # Not after a prefix that negates or opposes: "non-negative" says the opposite of "negative".
        words = (target.lower, *target.lower.split("-")) if "-" in target.lower \
            and not _keeps_whole(target.lower, lexicon) else (target.lower,)
        if target.head is not None:
            words = (*words, target.head)  # "asked for" is also "asked"
        found.append((target, tuple((word, lexicon.senses(word).lemmas) for word in words)))
    return found


def _keeps_whole(word: str, lexicon: Lexicon) -> bool:
    """A hyphenated word not to be read by its parts: after a prefix that negates ("non-negative"), one that
    makes it something else ("ex-president", "vice-president"), or an ordinal before a superlative
    ("second-biggest" is not "biggest")."""
    first, _, rest = word.partition("-")
    return first in NEGATING_PREFIXES or first in lexicon.privative or first in _PART_PREFIXES or (
        _ORDINAL_RE.fullmatch(first) is not None and rest.endswith("est"))  # not "third-quarter"


def _monotone_chain(content: list[Token], candidates: dict[int, list[tuple[int, int, int, str]]]) -> dict[int, tuple[int, int, int, str]]:
    """The longest chain of claim words whose chosen evidence words are in the same order; among equally
    long chains, the one with better relations, then the one jumping least in the evidence (so a clause
    stays together). A weighted longest increasing subsequence: O(m log m) over the m candidate matches,
    with a Fenwick tree of best chains by evidence position."""
    items = [(tok.position, c) for tok in content for c in candidates.get(tok.position, ()) if c[1] >= 0]
    if not items:
        return {}
    keys = sorted({(c[1], c[2]) for _, c in items})
    rank = {k: i + 1 for i, k in enumerate(keys)}
    size = len(keys)
    tree: list[tuple | None] = [None] * (size + 1)  # best (length, -rank cost, -jump cost, item index) per prefix

    def query(i: int) -> tuple | None:
        best = None
        while i > 0:
            v = tree[i]
            if v is not None and (best is None or v > best):
                best = v
            i -= i & -i
        return best

    def update(i: int, value: tuple) -> None:
        while i <= size:
            v = tree[i]
            if v is None or value > v:
                tree[i] = value
            i += i & -i

    best: list[tuple[tuple, int]] = []  # per item: (its chain's score, previous item index)
    i = 0
    while i < len(items):
        # Matches of one claim word cannot follow one another: query them all before adding any.
        j = i
        while j < len(items) and items[j][0] == items[i][0]:
            j += 1
        pending = []
        for k in range(i, j):
            _, cand = items[k]
            prev = query(rank[(cand[1], cand[2])] - 1)
            if prev is None:
                score, back = (1, -cand[0], 0, k), -1
            else:
                p_item = items[prev[3]][1]
                jump = cand[2] - p_item[2] if cand[1] == p_item[1] else 50
                score, back = (prev[0] + 1, prev[1] - cand[0], prev[2] - jump, k), prev[3]
            pending.append((k, score, back))
        for k, score, back in pending:
            best.append((score, back))
            update(rank[(items[k][1][1], items[k][1][2])], score)
        i = j
    # The best chain overall; ties go to the earliest item (the score's last field, negated, would prefer
    # later ones, so compare without it).
    end = max(range(len(items)), key=lambda k: (best[k][0][:3], -k))
    chain: dict[int, tuple[int, int, int, str]] = {}
    while end >= 0:
        cpos, cand = items[end]
        chain[cpos] = cand
        end = best[end][1]
    return chain


def _judge_unmatched(tok, content, unsupported, gap_words, anchors, evidence, used, lexicon, result: Alignment,
                     claim_tokens) -> Link:
    """A claim word with no support: a substitution for the word opposite it, or an insertion.
    ``gap_words``: the unmatched claim words (names aside) between the same anchors as ``tok``."""
    if tok.name:  # the names check reports it; here it only counts as unsupported
        link = Link(tok, "insertion", accepted=False)
        result.insertions.append(link)
        return link
    said = _called_as_said(tok, claim_tokens, anchors, evidence) or _described_as_called(tok, claim_tokens, anchors, evidence)
    if said is not None:
        return Link(tok, "synonym", evidence[said[0]], said[1])
    converse = _converse_of(tok, claim_tokens, anchors, evidence, lexicon)
    if converse is not None:
        return Link(tok, "converse", evidence[converse[0]], converse[1])
    client = _client_named(tok, claim_tokens, anchors, evidence)
    if client is not None:
        return Link(tok, "alias", evidence[client[0]], client[1])
    trend = _trend_of_figures(tok, claim_tokens, evidence, lexicon)
    if trend is not None:
        return Link(tok, "trend", evidence[trend[0]], trend[1])
    opposite = _opposite(tok.position, anchors, evidence, used)
    best: tuple[int, str, int, Token] | None = None
    for s_idx, target in opposite:
        rel = relation(lexicon, tok.lower, target.lower)
        if not target.content and rel != "antonym":
            continue  # a cue or figure word opposite ("most", "pounds") counts only as an opposite
        order = {"antonym": 0, "sibling": 1, "more_specific": 2}.get(rel or "", 9)
        if order < 9 and (best is None or order < best[0]):
            best = (order, rel, s_idx, target)  # type: ignore[assignment]
    # One word for one word between the same two anchors of one sentence: a substitution even when the
    # lexicon does not relate them ("cruise" where the source says "hypersonic"; "final" where it says
    # "second"). Negation, hedge and quantifier words opposite count only through a relation above: they
    # have checks of their own.
    # A figure word opposite counts only for a word that can be an adjective ("final" for "second").
    can_modify = "a" in lexicon.senses(tok.lower).pos
    slot = [(i, t) for i, t in opposite if t.content or (can_modify and t.lower in FIGURE_WORDS)]
    if not _interior(tok.position, anchors):
        # At the claim's start or end the one anchor is the only guide: only a word right next to it
        # stands in the same slot ("Spin bowler" for "Fast bowler").
        # The nearest content word to the anchor on the gap's side is that slot.
        slot = sorted(slot, key=lambda it: min(abs(it[1].position - a[2]) for a in anchors if a[1] == it[0]))[:1] \
            if len(slot) > 1 else slot
    if best is None and len(slot) == 1 and len(gap_words) == 1 and _single_slot(tok.position, anchors) \
            and (_same_kind(tok.lower, slot[0][1].lower, lexicon) or _modify_one_head(tok, slot[0], anchors)
                 or _same_frame(tok, slot[0], anchors, claim_tokens, evidence)):
        s_idx, target = slot[0]
        best = (3, "substitution", s_idx, target)
    elif best is None and slot and len(gap_words) + len(slot) > 2 and _interior(tok.position, anchors) \
            and _single_slot(tok.position, anchors) \
            and any(_same_kind(g.lower, t.lower, lexicon) for g in gap_words for _, t in slot):
        # Words for words between two close anchors of one sentence: a phrase in place of the source's
        # ("a decision tree for perception tasks" where it says "a neural network for perception tasks").
        # Each claim word of the gap takes the next evidence word left; the lexicon related none of them.
        s_idx, target = slot[0]
        best = (3, "substitution", s_idx, target)
    if best is None:
        link = Link(tok, "insertion", accepted=False)
        if tok.negated and _negated_stretch(tok.position, anchors, evidence) and _modifies_next(tok, content, unsupported):
            # "No written objections were received" ⇐ "No objections were received": under a negation
            # a word added to qualify a kept one narrows what is denied, so the claim follows.
            link.relation, link.accepted = "more_specific", True
        else:
            result.insertions.append(link)
            if tok.negated and _negated_stretch(tok.position, anchors, evidence):
                if _coordinated(tok, claim_tokens):
                    # A word added to a denial as another item ("no weapons or drugs" from "no weapons")
                    # denies something the source does not.
                    result.negation_scope.append((f"adds \u201c{tok.text}\u201d to", tok.text, ""))
                else:
                    # A restriction added under a shared denial narrows it ("does not allow trawling for
                    # cod" from "does not allow trawling"): the claim follows.
                    result.insertions.pop()
                    link.relation, link.accepted = "more_specific", True
        return link
    _, rel, s_idx, target = best
    link = Link(tok, rel, evidence[s_idx], target, accepted=False)
    if rel == "more_specific" and target.negated and tok.negated:
        link.accepted = True  # "did not test missiles" ⇒ "did not test hypersonic missiles"
    elif rel == "antonym" and tok.negated and not target.negated:
        # "would not close" ⇐ "will stay open": the claim denies the opposite of what the source states.
        # Not the other way: "did not open" does not say "closed".
        link.accepted = True
    elif rel == "antonym" and target.negated and not tok.negated and _negative_affix(tok.lower, target.lower):
        # Except where the opposite is the word with a negative prefix, which says just "not": "Commuter rail
        # services were unaffected" ⇐ "… were not affected".
        link.accepted = True
    elif rel == "antonym":
        result.antonyms.append(link)
    else:
        result.substitutions.append(link)
    used.add((s_idx, target.position))
    return link


_CALL_FORMS = frozenset("call calls called".split())
# Verbs that only report an assertion, as "called" does: not "warned", "suggested" or "claimed", which
# change how firmly it is made.
_PLAIN_SAYING = frozenset("said says say told tells stated states added adds".split())
_COPULAS = frozenset("is are was were".split())


def _called_as_said(tok: Token, claim_tokens: list[Token], anchors, evidence: list[SentenceTokens]) -> tuple[int, Token] | None:
    """"Lind called the union's demand unaffordable" says what "Lind said the union's demand was
    unaffordable" says: where the claim's "called" is followed by an object and its complement, both
    matched, and the evidence has them as "said <object> was <complement>", the saying verb is the
    counterpart of "called" (sentence index, token), else None. Any other "called" ("called a meeting",
    "called the police") must be matched as it stands."""
    if tok.lower not in _CALL_FORMS:
        return None
    after = [a for a in anchors if a[0] > tok.position and claim_tokens[a[0]].clause == tok.clause]
    if len(after) < 2 or len({a[1] for a in after}) != 1:
        return None
    # The object and its complement fill the clause after "called": no unmatched content word between.
    last = after[-1][0]
    matched = {a[0] for a in after}
    if any(t.content and t.position not in matched for t in claim_tokens[tok.position + 1 : last]):
        return None
    if last + 1 < len(claim_tokens) and claim_tokens[last + 1].clause == tok.clause \
            and claim_tokens[last + 1].content:
        return None  # the complement ends the clause
    st = evidence[after[0][1]]
    tokens = st.tokens
    positions = [a[2] for a in after]
    if positions != sorted(positions):
        return None
    first, object_end, complement = positions[0], positions[-2], positions[-1]
    if complement != object_end + 2 or tokens[object_end + 1].lower not in _COPULAS:
        return None  # "<object> was <complement>"
    # Said by the claim's speaker: the word before "called" is matched before the saying verb, with no
    # other saying between ("Lind said Mbeki said the demand was …" is Mbeki's view, not Lind's).
    speaker = next((a for a in reversed(anchors) if a[0] < tok.position), None)
    if speaker is None or speaker[1] != after[0][1]:
        return None
    for k in range(first - 1, max(-1, first - 4), -1):  # "said the …", "said that the …"
        if tokens[k].lower in _PLAIN_SAYING:
            if speaker[2] >= k or any(t.lower in _PLAIN_SAYING or t.lower in SPEECH_VERBS for t in tokens[speaker[2] + 1 : k]):
                return None
            return after[0][1], tokens[k]
        if tokens[k].content:
            return None
    return None


_OWNER_BETWEEN = frozenset("a an the its their his her".split())


def _converse_of(tok: Token, claim_tokens: list[Token], anchors, evidence: list[SentenceTokens],
                 lexicon: Lexicon) -> tuple[int, Token] | None:
    """"FreshMart lost its appeal" says what "The Court of Appeal dismissed an appeal by supermarket chain
    FreshMart" says (the hand-kept table's ``converses``): the claim's verb and its object, the evidence's
    deciding verb before or after the same object, and the claim's subject named as the object's owner
    ("by FreshMart", "FreshMart's appeal"). Not under a denial on either side. The deciding verb is the
    counterpart (sentence index, token), else None."""
    if tok.negated or not lexicon.converses:
        return None
    pair = next((lexicon.converses[lemma] for lemma in lexicon.lemmas(tok.lower, "v") if lemma in lexicon.converses), None)
    if pair is None:
        return None
    deciders, objects = pair
    subject = next((t for t in reversed(claim_tokens[max(0, tok.position - 3) : tok.position])
                    if t.clause == tok.clause and (t.content or t.name)), None)
    after = next((a for a in anchors if a[0] > tok.position), None)
    if subject is None or after is None or claim_tokens[after[0]].clause != tok.clause \
            or any(t.lower not in _OWNER_BETWEEN for t in claim_tokens[tok.position + 1 : after[0]]) \
            or not objects.intersection(lexicon.lemmas(claim_tokens[after[0]].lower, "n")):
        return None
    s_idx, object_at = after[1], after[2]
    tokens = evidence[s_idx].tokens
    owner = subject.lower.removesuffix("'s")
    # the owner: "an appeal by (supermarket chain) FreshMart", or "FreshMart's appeal"
    by_owner = object_at + 1 < len(tokens) and tokens[object_at + 1].lower == "by" and any(
        t.lower.removesuffix("'s") == owner for t in tokens[object_at + 2 : object_at + 6] if t.clause == tokens[object_at].clause)
    owned = object_at and tokens[object_at - 1].lower.removesuffix("'s") == owner and tokens[object_at - 1].lower.endswith("'s")
    if not (by_owner or owned):
        return None
    near = [*tokens[max(0, object_at - 4) : object_at], *tokens[object_at + 1 : object_at + 4]]
    verb = next((t for t in near if t.clause == tokens[object_at].clause and not t.negated
                 and deciders.intersection(lexicon.lemmas(t.lower, "v"))), None)
    return (s_idx, verb) if verb is not None else None


_DESCRIBE_FORMS = frozenset("describe describes described describing".split())


def _described_as_called(tok: Token, claim_tokens: list[Token], anchors, evidence: list[SentenceTokens]) -> tuple[int, Token] | None:
    """"Hale called the move 'a cut dressed up as reform'" says what "Hale described the move as 'a cut
    dressed up as reform'" says: where the claim's "called" has its object and a complement after it,
    and the evidence has "described <object> as <complement>", the same words in order, said by the word
    matched before "called". The describing verb is the counterpart (sentence index, token), else None."""
    if tok.lower not in _CALL_FORMS:
        return None
    # (the complement may open a clause of its own: a quotation)
    after = [a for a in anchors if a[0] > tok.position][:2]
    before = next((a for a in reversed(anchors) if a[0] < tok.position), None)
    if len(after) < 2 or before is None or len({a[1] for a in after} | {before[1]}) != 1 \
            or claim_tokens[after[0][0]].clause != tok.clause:
        return None
    (object_at, s_idx, object_source), (complement_at, _, complement_source) = after[0], after[1]
    if any(t.content for t in claim_tokens[tok.position + 1 : object_at]) or complement_at != object_at + 1 \
            and claim_tokens[object_at + 1].lower not in ("a", "an", "the", "its", "their", "his", "her"):
        return None  # "called <object> <complement>", nothing else between
    tokens = evidence[s_idx].tokens
    # "described <the> <object> as <complement>": the object with only a determiner before it, "as" after
    verb = next((tokens[k] for k in range(object_source - 1, max(-1, object_source - 4), -1)
                 if tokens[k].lower in _DESCRIBE_FORMS), None)
    if verb is None or any(t.content for t in tokens[verb.position + 1 : object_source]):
        return None
    as_at = object_source + 1
    if as_at >= len(tokens) or tokens[as_at].lower != "as" or not as_at < complement_source <= as_at + 2:
        return None
    if not before[2] < verb.position or any(t.lower in SPEECH_VERBS for t in tokens[before[2] + 1 : verb.position]):
        return None  # described by the word before "called", with no other speaker between
    return s_idx, verb


def _figure_end(tokens: list[Token], i: int) -> int:
    """The last token of the figure token ``i`` opens: "12.5" and "1,200" are two digit tokens each."""
    k = i
    while k + 1 < len(tokens) and tokens[k + 1].text[0].isdigit() and tokens[k].end + 1 == tokens[k + 1].start:
        k += 1
    return k


def _figure_value(tokens: list[Token], i: int) -> float | None:
    """A figure written as one run of digits ("41", "980"), as a number; None for anything else, and for a
    figure of several tokens ("1,200", "3.5"): the tokens drop the comma or point between them, so its
    value cannot be read back, and a trend is then not judged at all."""
    tok = tokens[i]
    if not tok.text[:1].isdigit() or _figure_end(tokens, i) != i \
            or (i and tokens[i - 1].text[0].isdigit() and tokens[i - 1].end + 1 == tok.start):
        return None
    try:
        return float(tok.text)
    except ValueError:
        return None


def _trend_of_figures(tok: Token, claim_tokens: list[Token], evidence: list[SentenceTokens],
                      lexicon: Lexicon) -> tuple[int, Token] | None:
    """"The number of ships waiting rose from roughly 30 on Tuesday afternoon to a peak of 41 on Wednesday
    evening", from one sentence giving 30 on Tuesday afternoon and another 41 on Wednesday evening: a
    rise or fall the claim states is backed by the figures it links, when the evidence has both, with
    what the claim says they count, and the second is higher (for a rise) or lower (for a fall). Where
    each figure is in a sentence of its own, the claim must date each and the evidence have each date
    with its figure, so the order is the evidence's; in one sentence the evidence must give them in the
    claim's order. No sentence of either figure may move the other way. The second figure's sentence
    and token, else None."""
    trends = lexicon.trend_verbs
    if not trends:
        return None
    lemmas = set(lexicon.lemmas(tok.lower, "v")) | {tok.lower}
    direction = next((d for d, words in trends.items() if not lemmas.isdisjoint(words)), None)
    if direction is None:
        return None
    rest = [t for t in claim_tokens[tok.position + 1 :] if t.clause == tok.clause]
    words = [t.lower for t in rest]
    if "from" not in words or "to" not in words[words.index("from"):]:
        return None
    i_from = words.index("from")
    i_to = words.index("to", i_from)
    first = next((t for t in rest[i_from + 1 : min(i_to, i_from + 3)] if t.text[0].isdigit()), None)
    second = next((t for t in rest[i_to + 1 : i_to + 5] if t.text[0].isdigit()), None)
    if first is None or second is None:
        return None
    a, b = _figure_value(claim_tokens, first.position), _figure_value(claim_tokens, second.position)
    if a is None or b is None:
        return None
    if a == b or (direction == "up") != (b > a):  # type: ignore[operator]
        return None
    # What the claim says the figures count: its content words before the verb, by stem.
    subject = {t.stem for t in claim_tokens[: tok.position] if t.content and t.clause == tok.clause and not t.name}
    if not subject:
        return None
    against = trends["down" if direction == "up" else "up"]

    def holding(figure: Token) -> list[tuple[int, Token]]:
        return [(s_idx, st.tokens[pos]) for s_idx, st in enumerate(evidence) for pos in st.by_lower.get(figure.lower, ())
                if not subject.isdisjoint(st.by_stem)]

    def dated(figure: Token, upto: int) -> str | None:  # the time word the claim gives right after a figure
        for t in claim_tokens[figure.position + 1 : upto]:
            if t.lower in _TIME_POINT_WORDS or YEAR_RE.fullmatch(t.text):
                return t.lower
        return None

    found_a, found_b = holding(first), holding(second)
    if len(found_a) != 1 or len(found_b) != 1:
        return None  # each figure once, where the claim's subject is spoken of
    (s_a, t_a), (s_b, t_b) = found_a[0], found_b[0]
    for s_idx in {s_a, s_b}:
        for t in evidence[s_idx].tokens:
            if not against.isdisjoint(set(lexicon.lemmas(t.lower, "v")) | {t.lower}):
                return None
    if s_a == s_b:
        if t_a.position >= t_b.position:
            return None
    else:
        date_a = dated(first, rest[i_to].position)
        date_b = dated(second, claim_tokens[-1].position + 1)
        if date_a is None or date_b is None or date_a == date_b \
                or date_a not in evidence[s_a].words or date_b not in evidence[s_b].words:
            return None
    return s_b, t_b


_LAWYER_WORDS = frozenset("lawyer lawyers attorney attorneys barrister barristers solicitor solicitors counsel".split())


def _client_named(tok: Token, claim_tokens: list[Token], anchors, evidence: list[SentenceTokens]) -> tuple[int, Token] | None:
    """"Lamont's lawyer said his client would appeal" names the client: Lamont. Where the claim's
    "his/her/their client" follows "<name>'s lawyer" (or barrister, attorney …) and the evidence has that
    name in the client's place, between the same anchors ("His lawyer said Lamont would appeal"), the
    name is its counterpart (sentence index, token), else None."""
    if tok.lower not in ("client", "clients") or not tok.position \
            or claim_tokens[tok.position - 1].lower not in ("his", "her", "their"):
        return None
    owner = next((t.lower[:-2] for t, nxt in zip(claim_tokens, claim_tokens[1:tok.position])
                  if t.lower.endswith("'s") and nxt.lower in _LAWYER_WORDS), None)
    if not owner:
        return None
    before = next((a for a in reversed(anchors) if a[0] < tok.position), None)
    after = next((a for a in anchors if a[0] > tok.position), None)
    if before is None or after is None or before[1] != after[1]:
        return None
    st = evidence[before[1]]
    return next(((before[1], t) for t in st.tokens[before[2] : after[2]] if t.name and t.lower == owner), None)


def _negative_affix(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` with a prefix that only negates it: "unaffected", "uninjured",
    "non-binding" ("unbeaten" for "beaten", not for "lost")."""
    return any(word == prefix + other for prefix in ("un", "non-", "non", "in", "im"))


_RELATION_GAP = 5  # anchors at most this many tokens apart, in both texts, frame one relation word


def _relation_word_swaps(claim_tokens: list[Token], anchors, evidence: list[SentenceTokens], lexicon: Lexicon) -> list[Link]:
    """A preposition in place of another between the same two matched words: "one collision center through
    Peacock" against "… center for Peacock"; "an output outside of a tolerance" against "within a
    tolerance". Only where both gaps hold function words alone (an added or missing content word is the
    other checks'), and only prepositions of the lexicon's table, compared by its groups."""
    swaps = []
    # A figure written the same in the claim and once in an evidence sentence frames a relation word too:
    # "children over 12" against "children under 12" has no matched word after the preposition.
    figures = []
    for tok in claim_tokens:
        # Weekdays and months too: "deferred to November" is not "deferred from November".
        if tok.text[0].isdigit() or tok.lower in WEEKDAYS or (
                tok.text[0].isupper() and (tok.lower in MONTH_WORDS or (tok.position and tok.lower in ("march", "may")))):
            spots = [(s_idx, pos) for s_idx, st in enumerate(evidence) for pos in st.by_lower.get(tok.lower, ())]
            if len(spots) == 1:
                figures.append((tok.position, *spots[0]))
    # A figure's own preposition says its role in a change: "fell from 31 to 94" against "fell from 94 to
    # 31" keeps the words in order but makes the old value the new one ("rose by 9%" is not "rose to 9%").
    for c, s_idx, e in figures:
        said, source = _role_word(claim_tokens, c), _role_word(evidence[s_idx].tokens, e)
        if said is None or source is None:
            continue
        said_role, source_role = _figure_role(said, lexicon), _figure_role(source, lexicon)
        if said_role and source_role and said_role != source_role:
            swaps.append(Link(said, "relation_word", evidence[s_idx], source, accepted=False))
    if figures:
        anchors = sorted(set(anchors) | set(figures))
    for (c1, s1, e1), (c2, s2, e2) in zip(anchors, anchors[1:]):
        # Both gaps must hold a word (a relation word on each side, tested last): adjacent anchors hold none.
        if s1 != s2 or not (1 < c2 - c1 <= _RELATION_GAP and 1 < e2 - e1 <= _RELATION_GAP):
            continue
        claim_gap, evidence_gap = claim_tokens[c1 + 1 : c2], evidence[s1].tokens[e1 + 1 : e2]
        relation_words = lexicon.relation_words
        # "outside" and "within" can be content words too (nouns, adverbs): here they relate.
        if any((t.content and t.lower not in relation_words) or t.name for t in claim_gap + evidence_gap):
            continue
        # Facing a preposition right before the same word, "to" is one too ("swept to power" against
        # "swept from power"), whatever the next word could also be.
        same_word = claim_tokens[c2].lower == evidence[s1].tokens[e2].lower  # "power" both times, not "extend" / "extending"
        facing = (same_word and bool(claim_gap) and claim_gap[-1].lower in relation_words,
                  same_word and bool(evidence_gap) and evidence_gap[-1].lower in relation_words)
        said = _relation_words(claim_gap, claim_tokens, lexicon, before_preposition=facing[1])
        source = _relation_words(evidence_gap, evidence[s1].tokens, lexicon, before_preposition=facing[0])
        if not said or not source or any(lexicon.same_relation(p.lower, q.lower) for p in said for q in source) \
                or any(l.claim is said[0] for l in swaps):
            continue
        # A verb picks the preposition of its object: after two different words ("working for" against
        # "employed by", "charged with" against "indicted for") two such prepositions are no swap unless
        # they reverse the relation. Time, place and bound prepositions mean what they say anywhere.
        governor, source_governor = claim_tokens[c1], evidence[s1].tokens[e1]
        governed = lexicon.governed_relations
        if governor.lower != source_governor.lower and governor.stem != source_governor.stem \
                and all(p.lower in governed for p in said) and all(q.lower in governed for q in source) \
                and not any(lexicon.opposite_relations(p.lower, q.lower) for p in said for q in source):
            continue
        swaps.append(Link(said[0], "relation_word", evidence[s1], source[0], accepted=False))
    return swaps


def _own_preposition(tokens: list[Token], tok: Token, lexicon: Lexicon) -> Token | None:
    """The preposition right before a word, past a determiner ("from the north"), or None."""
    k = tok.position - 1
    if k >= 0 and tokens[k].lower in _DETERMINERS:
        k -= 1
    return tokens[k] if k >= 0 and tokens[k].lower in lexicon.relation_words and tokens[k].clause == tok.clause else None


def _own_prepositions_reversed(claim_tokens: list[Token], links: dict[int, Link], found: list[Link],
                               lexicon: Lexicon) -> list[Link]:
    """A matched word whose own preposition is the reverse of its counterpart's: "flying from Faro to
    Dublin" against "flying from Dublin to Faro", "shift money … to London" against "… from London".
    Each word of the claim keeps its place in a route or a change ("to Dublin from Faro" is the same
    flight); only prepositions the lexicon's table opposes count (from / to, before / after, with /
    without …), so "in the north" for "from the north" is left to the other checks."""
    swaps = []
    taken = {id(l.claim) for l in found}
    matched = {id(l.target) for l in links.values() if l.target is not None}
    for link in links.values():
        if not link.accepted or link.target is None or link.evidence is None:
            continue
        said = _own_preposition(claim_tokens, link.claim, lexicon)
        source = _own_preposition(link.evidence.tokens, link.target, lexicon)
        if said is not None and source is not None and said.lower == "by" and source.lower != "by" and id(said) not in taken:
            # The doer of a passive, moved: "paid for mainly by the Scottish government" against "paid for
            # mainly by private donors, with the Scottish government contributing £5 million". The source
            # has a doer of its own after "by", which the claim does not name.
            # ("led by researchers at the University" names the university within the doer: no move.)
            agent = next((t for b in link.evidence.tokens if b.lower == "by" and b.position < link.target.position
                          and b.clause != link.target.clause
                          for t in link.evidence.tokens[b.position + 1 : b.position + 4] if t.content and id(t) not in matched), None)
            if agent is not None:
                taken.add(id(said))
                swaps.append(Link(said, "relation_word", link.evidence, source, accepted=False))
                continue
        if said is None or source is None or id(said) in taken or not lexicon.opposite_relations(said.lower, source.lower):
            continue
        # Each preposition must hang on a matched word, in its own text: "said after the match that she
        # had not slept the night before" tells when she said it, not what "before" in the claim relates.
        if not (said.position and claim_tokens[said.position - 1].position in links
                and links[said.position - 1].accepted and source.position
                and any(l.target is link.evidence.tokens[source.position - 1] for l in links.values() if l.accepted)):
            continue
        taken.add(id(said))
        swaps.append(Link(said, "relation_word", link.evidence, source, accepted=False))
    return swaps


def _relation_words(gap: list[Token], tokens: list[Token], lexicon: Lexicon, *, before_preposition: bool) -> list[Token]:
    """The prepositions of a gap; "to" before a verb is an infinitive marker, not a relation, unless the
    other text has a preposition at that place."""
    found = []
    for tok in gap:
        if tok.lower not in lexicon.relation_words:
            continue
        nxt = tokens[tok.position + 1] if tok.position + 1 < len(tokens) else None
        if tok.lower == "to" and nxt is not None and "v" in lexicon.senses(nxt.lower).pos \
                and not (before_preposition and tok is gap[-1]):
            continue
        found.append(tok)
    return found


def _modify_one_head(tok: Token, slot: tuple[int, Token], anchors) -> bool:
    """Whether the claim word and the evidence word opposite it both stand right before the same matched
    word: two modifiers of one head, whatever their parts of speech ("syntax parsing" for "semantic
    parsing", a noun for an adjective)."""
    s_idx, target = slot
    return any(c == tok.position + 1 and a_s == s_idx and e == target.position + 1 for c, a_s, e in anchors)


def _same_frame(tok: Token, slot: tuple[int, Token], anchors, claim_tokens: list[Token], evidence: list[SentenceTokens]) -> bool:
    """Whether the claim word and the evidence word opposite it sit in the same frame: between the same
    two matched words, with the same words around them ("semantic identification of sentences" for
    "semantic parsing of sentences"). Then it is a swap whatever their parts of speech."""
    s_idx, target = slot
    before = [a for a in anchors if a[0] < tok.position]
    after = [a for a in anchors if a[0] > tok.position]
    if not before or not after or before[-1][1] != s_idx or after[0][1] != s_idx:
        return False
    (c1, _, e1), (c2, _, e2) = before[-1], after[0]
    claim_frame = [t.lower for t in claim_tokens[c1 + 1 : c2] if t is not tok]
    evidence_frame = [t.lower for t in evidence[s_idx].tokens[e1 + 1 : e2] if t is not target]
    return claim_frame == evidence_frame and len(claim_frame) == c2 - c1 - 2


def _same_kind(a: str, b: str, lexicon: Lexicon) -> bool:
    """Whether two words can fill one slot: they share a part of speech, or the lexicon lacks one of them
    ("hypersonic"). A noun facing an adverb ("donations" / "frequently") is a rewording, not a swap."""
    pa, pb = lexicon.senses(a).pos, lexicon.senses(b).pos
    return not pa or not pb or bool(pa & pb)


def _coordinated(tok: Token, claim_tokens: list[Token]) -> bool:
    """Whether ``tok`` is a further item of a list ("weapons or drugs"): after "and", "or", "nor" or a comma,
    possibly with a determiner between."""
    k = tok.position - 1
    while k >= 0 and claim_tokens[k].lower in _DETERMINERS and not claim_tokens[k].content:
        k -= 1
    return k >= 0 and (claim_tokens[k].lower in ("and", "or", "nor") or claim_tokens[k].clause != tok.clause)


def _modifies_next(tok: Token, content: list[Token], unsupported) -> bool:
    """Whether ``tok`` qualifies the next word, a kept one: right before it, not after "and"/"or"/"nor"."""
    nxt = next((t for t in content if t.position > tok.position), None)
    return nxt is not None and nxt.position == tok.position + 1 and nxt.position not in unsupported


def _interior(position: int, anchors) -> bool:
    return any(a[0] < position for a in anchors) and any(a[0] > position for a in anchors)


def _single_slot(position: int, anchors) -> bool:
    """Whether a claim position faces one slot of the evidence: anchors on both sides close together in
    one sentence, or at the claim's start or end a single anchor (the words within reach of it)."""
    before = [a for a in anchors if a[0] < position]
    after = [a for a in anchors if a[0] > position]
    if before and after:
        # Close together, or as far apart in both texts: a word-for-word stretch ("Detectives said rings worth
        # about 120,000 pounds were taken" against "… said watches worth about 120,000 pounds were taken").
        return before[-1][1] == after[0][1] and (after[0][2] - before[-1][2] <= 2 * _REACH
                                                 or after[0][2] - before[-1][2] == after[0][0] - before[-1][0])
    return bool(before or after)


def _negated_stretch(position: int, anchors, evidence: list[SentenceTokens]) -> bool:
    """Whether the evidence words anchoring a claim position on both sides (or the one side) are negated."""
    before = [a for a in anchors if a[0] < position]
    after = [a for a in anchors if a[0] > position]
    sides = [a for a in (before[-1] if before else None, after[0] if after else None) if a is not None]
    return bool(sides) and all(evidence[s_idx].tokens[pos].negated for _, s_idx, pos in sides)


# Hyphenated prefixes that turn a word's meaning around: a part after them is no support for the word.
NEGATING_PREFIXES = frozenset("non un anti counter in dis de no mis".split())
# Prefixes that make a hyphenated word a part, a stage or an approach of its head, not the head itself: a
# semi-final is no final, a pre-season match no season's, a near-record no record, a half-year no year.
_PART_PREFIXES = frozenset("semi quarter pre post mid near half quasi pseudo".split())

_REACH = 4  # how far from an anchor a word still stands "opposite" a claim word, in tokens


def _opposite(position: int, anchors, evidence: list[SentenceTokens], used, *, names: bool = False) -> list[tuple[int, Token]]:
    """Unused evidence words facing a claim position: between the anchors around it, when both are in one
    sentence and close (a long stretch is words the claim skipped, not a counterpart); otherwise within a
    few words of the one anchor. Names only if ``names``."""
    before = [a for a in anchors if a[0] < position]
    after = [a for a in anchors if a[0] > position]
    left = before[-1] if before else None
    right = after[0] if after else None
    spans: list[tuple[int, int, int]] = []  # (sentence index, from, to) exclusive bounds
    if left and right and left[1] == right[1] and right[2] - left[2] <= 2 * _REACH:
        spans.append((left[1], left[2] + 1, right[2]))
    else:
        if left:
            spans.append((left[1], left[2] + 1, min(left[2] + 1 + _REACH, len(evidence[left[1]].tokens))))
        if right:
            spans.append((right[1], max(0, right[2] - _REACH), right[2]))
    found = []
    for s_idx, lo, hi in spans:
        for target in evidence[s_idx].tokens[lo:hi]:
            if (target.content or target.cue) and (names or not target.name) and (s_idx, target.position) not in used:
                found.append((s_idx, target))
    return found


def _dropped_under_negation(anchors, evidence: list[SentenceTokens], used, result: Alignment, claim_tokens: list[Token],
                            lexicon: Lexicon) -> None:
    """An evidence word dropped from a negation's scope widens the denial: "not consulted about the bays"
    does not say "not consulted". Words between two kept words count, and those after the last kept one
    up to the end of the clause (the scope stops at a comma: "…, citing illness" is not denied). Only
    where the claim denies too: a claim that states no denial widens none (polarity is the negation
    check's business)."""
    by_sentence: dict[int, list[int]] = {}
    for c_pos, s_idx, pos in anchors:
        if claim_tokens[c_pos].negated:
            by_sentence.setdefault(s_idx, []).append(pos)
    # Figures, ordinals and "other" are not aligned (no content words): the claim keeps one by writing it.
    # Only under the claim's own denial: a "2020" or "two" elsewhere in the claim may say something else
    # ("In 2020 the firm said it had not paid" for "said in 2021 it had not paid … in 2020").
    kept_restrictors = {t.lower for t in claim_tokens if t.negated and not t.content}
    for s_idx, positions in by_sentence.items():
        st = evidence[s_idx]
        positions.sort()
        spans = [(a, b) for a, b in zip(positions, positions[1:])]
        first_kept = st.tokens[positions[0]]
        cue = next((t.position for t in reversed(st.tokens[: first_kept.position])
                    if t.clause == first_kept.clause and (t.lower in NEGATION_CUES or t.lower.endswith("n't"))), None)
        if cue is not None:  # "No Kestrian vessels were detained": "vessels" does not follow
            spans.append((cue, positions[0]))
        _subject_modifiers_dropped(st, s_idx, used, result, lexicon)
        last = st.tokens[positions[-1]]
        end = next((t.position for t in st.tokens[last.position + 1 :] if t.clause != last.clause), len(st.tokens))
        spans.append((positions[-1], end))
        for lo, hi in spans:
            if not (st.tokens[lo].negated or (hi < len(st.tokens) and st.tokens[hi].negated)):
                continue
            for target in st.tokens[lo + 1 : hi]:
                figure = st.tokens[target.position - 1] if target.position else None
                if figure is not None and figure.text[0].isdigit() and figure.lower in kept_restrictors:
                    continue  # the unit of a figure the claim keeps: "below 4,000" for "below 4,000 points"
                if target.negated and _restricts(target) and (s_idx, target.position) not in used \
                        and (target.content or (target.lower not in kept_restrictors and not _describes(st.tokens, target))) \
                        and not _defines_a_setting(st.tokens, target, s_idx, used, lexicon):
                    result.negation_scope.append((f"drops \u201c{target.text}\u201d", target.text, st.sentence.id))


def _subject_of_denial(tokens: list[Token], tok: Token) -> bool:
    """Whether ``tok`` stands before a denial of its own clause, as its subject does ("Rail services were
    not affected"), with no speech verb between ("Officials said the road was not closed")."""
    for t in tokens[tok.position + 1 :]:
        if t.clause != tok.clause or t.lower in SPEECH_VERBS:
            return False
        if t.cue and _is_negation(tokens, t.position):
            return True
    return False


def _subject_modifiers_dropped(st: SentenceTokens, s_idx: int, used, result: Alignment, lexicon: Lexicon) -> None:
    """A modifier of the subject of a denied clause, dropped: "Rail services were not affected" against
    "Commuter rail services were not affected" (other services may have been). The subject stands before
    the denial, in its clause, with no speech verb between ("Officials said the road was not closed")."""
    tokens = st.tokens
    for c, cue in enumerate(tokens):
        if not (cue.cue and _is_negation(tokens, c)) or cue.lower == "no" \
                or not (cue.lower in ("not", "never", "cannot") or cue.lower.endswith("n't")):
            continue  # ("no" opens its noun phrase: "No Kestrian vessels" is the caller's; a denying verb,
            # "The county planning commission rejected …", denies its object, and its subject is an agent)
        for p in range(c - 1, -1, -1):
            t = tokens[p]
            if t.clause != cue.clause or t.lower in SPEECH_VERBS:
                break
            if (s_idx, p) not in used or not t.content or "n" not in lexicon.senses(t.lower).pos:
                continue
            k, dropped = p - 1, []
            while k >= 0 and tokens[k].clause == t.clause and (tokens[k].content or tokens[k].name) \
                    and not _finite_verb(tokens, tokens[k], lexicon):
                if (s_idx, k) not in used:
                    dropped.append(tokens[k])
                k -= 1
            for d in dropped:
                result.negation_scope.append((f"drops \u201c{d.text}\u201d", d.text, st.sentence.id))
            break


def _shared_in_place_of_another(shared: list[int], links: dict[int, Link], anchors, evidence: list[SentenceTokens],
                                used, lexicon: Lexicon, result: Alignment) -> None:
    """A word the claim repeats may share the evidence's one ("the designer … the designer"), unless, at
    the repeat's own place, the evidence has another noun that nothing in the claim matched: "learns
    words, and parsing of words" against "learns words, and parsing of sentences" puts "words" where the
    source says "sentences". Then it is a substitution naming that noun; a name too ("shares of Ford rose
    while shares of Ford fell" against "… of GM fell")."""
    for position in shared:
        link = links[position]
        if not link.accepted or link.target is None:
            continue
        facing = [(s_idx, t) for s_idx, t in _opposite(position, anchors, evidence, used, names=True)
                  if t.content and (t.name or "n" in lexicon.senses(t.lower).pos)
                  and t.lower != link.claim.lower]
        if len(facing) != 1:
            continue  # nothing there, or several words: no one counterpart to name
        s_idx, target = facing[0]
        link.relation, link.evidence, link.target, link.accepted = "substitution", evidence[s_idx], target, False
        used.add((s_idx, target.position))
        result.substitutions.append(link)


def _possessors_for_possessed(links: dict[int, Link], evidence: list[SentenceTokens], used, result: Alignment,
                              lexicon: Lexicon) -> None:
    """A claim word matched with a possessive whose noun the claim leaves out speaks of the owner, not
    the owned: "The man was aged 30" against "The man's son was 30 years old"; "FreshMart argued" against
    "FreshMart's lawyers argued". The claim's word is then opposite the source's noun, a substitution
    naming both. Not where the claim is possessive too, nor where the claim has the noun elsewhere, nor
    for one who speaks for the owner (the lexicon's hand-kept "speaks_for": a spokesman, lawyers)."""
    for link in links.values():
        target = link.target
        if not link.accepted or target is None or link.evidence is None \
                or not is_possessive(target, link.evidence.sentence.text) or link.claim.lower.endswith("'s"):
            continue
        tokens = link.evidence.tokens
        s_idx = evidence.index(link.evidence)
        # The owned noun ends the run of words after the possessive: "China's current military strategy".
        # Figures may stand in it ("the minister's 45-year-old driver"), and names ("Google's YouTube").
        # The run stops at a word the claim has; if that is a noun, the claim has the phrase's head
        # ("Chinese military strategy" for "China's current military strategy").
        run = []
        for nxt in tokens[target.position + 1 : target.position + 4]:
            if nxt.clause != target.clause or not (nxt.content or nxt.text[0].isdigit() or nxt.lower in FIGURE_WORDS) \
                    or nxt.lower in SPEECH_VERBS:
                break  # (a verb of saying ends the phrase, matched or a frame: "FreshMart's lawyers argued")
            if (s_idx, nxt.position) in used:
                # A matched noun continues the phrase; a matched verb ("owner cut") ends it.
                if lexicon.lemmas(nxt.lower, "n") and not _verb_strength(tokens, nxt, lexicon):
                    run = []
                break
            run.append(nxt)
        heads = [t for t in run if t.content and (t.name or lexicon.lemmas(t.lower, "n"))]
        if not heads or _speaks_for_owner(tokens, run, heads[-1], lexicon):
            continue  # no noun; or a spokesman, a lawyer, speaking: the owner speaks through them
        head = heads[-1]
        link.relation, link.target, link.accepted = "substitution", head, False
        used.add((s_idx, head.position))
        result.substitutions.append(link)


_POSSESSIVE_PRONOUNS = frozenset("its his her their our my your".split())


_FOR_THE = frozenset("for against of to on the a an".split())


def _owned_elsewhere(claim_tokens: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """A possessive of both texts that owns different things: "The children's school closed" against "The
    children's parents closed the school". The claim's owned word matched a word outside what the
    source's possessive owns; it stands in place of the source's owned noun, a substitution naming it."""
    for link in links.values():
        tok, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or not tok.lower.endswith("'s") \
                or not is_possessive(target, st.sentence.text):
            continue
        if any(other is not link and other.target is target for other in links.values()):
            continue  # the claim repeats the owner ("China's exports … and China's imports"): the source's one owner
        claim_run = []
        for nxt in claim_tokens[tok.position + 1 : tok.position + 4]:
            if nxt.clause != tok.clause or not nxt.content:
                break
            claim_run.append(nxt)
        # The head: the first noun that modifies no noun after it ("annual revenue"; "exports" of "exports rose").
        owned = next((t for t in claim_run if lexicon.lemmas(t.lower, "n") and not _before_noun(
            claim_tokens, t, claim_tokens[t.position + 1] if t.position + 1 < len(claim_tokens) else None, lexicon)), None)
        owned_link = links.get(owned.position) if owned is not None else None
        if owned_link is None or not owned_link.accepted or owned_link.evidence is not st or owned_link.target is None:
            continue
        before = st.tokens[owned_link.target.position - 1].lower if owned_link.target.position else ""
        if before in _POSSESSIVE_PRONOUNS:
            continue  # "China's exports rose and its imports fell": "its" may be China's
        if owned_link.target.position < target.position and all(
                t.lower in _FOR_THE for t in st.tokens[owned_link.target.position + 1 : target.position]):
            continue  # the owned word for the owner's: "Alzheimer's drug" for "drug for Alzheimer's disease"
        run = []
        for nxt in st.tokens[target.position + 1 : target.position + 4]:
            if nxt.clause != target.clause or not (nxt.content or nxt.text[0].isdigit() or nxt.lower in FIGURE_WORDS):
                break
            run.append(nxt)
        heads = [t for t in run if t.content and (t.name or lexicon.lemmas(t.lower, "n"))]
        if not heads or owned_link.target in run:
            continue
        owned_link.relation, owned_link.target, owned_link.accepted = "substitution", heads[-1], False
        result.substitutions.append(owned_link)


def _pronoun_for_owner(claim_tokens: list[Token], links: dict[int, Link], result: Alignment) -> None:
    """A possessive pronoun where the source names another owner: "Ford's profit rose and its sales fell"
    against "… and GM's sales fell"; "thanked Lee for his support" against "for Roe's support". The
    pronoun can only mean someone the claim names, and the source's owner is no one the claim names."""
    said = {t.lower.removesuffix("'s") for t in claim_tokens}
    for tok in claim_tokens:
        if tok.lower not in _POSSESSIVE_PRONOUNS:
            continue
        owned = next((t for t in claim_tokens[tok.position + 1 : tok.position + 3] if t.content), None)
        link = links.get(owned.position) if owned is not None else None
        if link is None or not link.accepted or link.target is None or link.evidence is None:
            continue
        st = link.evidence
        owner = next((t for t in reversed(st.tokens[max(0, link.target.position - 3) : link.target.position])
                      if is_possessive(t, st.sentence.text)), None)
        if owner is None or not owner.text[0].isupper() or owner.lower.removesuffix("'s") in said:
            continue
        result.substitutions.append(Link(tok, "substitution", st, owner, accepted=False))


def _relatives_for_persons(links: dict[int, Link], evidence: list[SentenceTokens], used, result: Alignment,
                           lexicon: Lexicon) -> None:
    """The possessive's case written with "of" or "to": a claim word matched with what follows "the son
    of" or "aides to", where the claim leaves out that person, speaks of someone else: "The man was 30"
    against "The son of the man was 30"; "The minister was questioned" against "Aides to the minister
    were questioned". Only a person before "of" ("a group of protesters marched" has the protesters
    marching), and not one who speaks for the other (as for possessives)."""
    for link in links.values():
        target = link.target
        if not link.accepted or target is None or link.evidence is None or target.position < 2:
            continue
        tokens = link.evidence.tokens
        k = target.position - 1
        while k > 0 and tokens[k].lower in _DETERMINERS:
            k -= 1
        if tokens[k].lower not in ("of", "to") or k == 0:
            continue
        head = tokens[k - 1]
        s_idx = evidence.index(link.evidence)
        if not head.content or head.clause != target.clause or (s_idx, head.position) in used \
                or not lexicon.is_person_noun(head.lower):
            continue
        nxt = tokens[target.position + 1] if target.position + 1 < len(tokens) else None
        if head.lower in lexicon.speaks_for and nxt is not None and nxt.lower in _ARGUING_VERBS:
            continue  # "the lawyers for Smith said": they speak for him
        link.relation, link.target, link.accepted = "substitution", head, False
        used.add((s_idx, head.position))
        result.substitutions.append(link)


# Verbs by which one speaks or argues for someone: "FreshMart's lawyers argued", "the bank's spokesman said".
_ARGUING_VERBS = SPEECH_VERBS | frozenset("argued argues contended contends maintained maintains denied denies".split())


def _speaks_for_owner(tokens: list[Token], run: list[Token], head: Token, lexicon: Lexicon) -> bool:
    """Whether the owned noun is one who speaks for the owner (the lexicon's "speaks_for") and speaks here:
    right after the possessive, nothing before it ("the bank's former spokesman" is not the bank's
    voice), and a verb of saying or arguing right after it ("Meta's lawyers were fined" is no speaking)."""
    if head.lower not in lexicon.speaks_for or run != [head]:
        return False
    nxt = tokens[head.position + 1] if head.position + 1 < len(tokens) else None
    return nxt is not None and nxt.lower in _ARGUING_VERBS


_ALL_OF = frozenset("the no all".split())


def _is_count(token: Token) -> bool:
    if "-" in token.lower and any(part[:1].isalpha() for part in token.lower.split("-")[1:]):
        return False  # "a 120-year-old bridge", "a nine-day closure": a modifier, not a count of the noun
    return (token.text[0].isdigit() and not YEAR_RE.fullmatch(token.lower)) or (
        token.lower in FIGURE_WORDS and token.lower not in ("one", "per", "cent", "percent", "pct"))


def _counts_dropped(claim_tokens: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """A claim that speaks of all ("the suspects", "no suspects") where its source counts some ("Two
    suspects were not charged", "two of the five suspects"): the count is dropped and the claim widened,
    whether or not it denies. A count after "the" or a possessive only describes ("the two suspects")."""
    for link in links.values():
        tok, target = link.claim, link.target
        if not link.accepted or target is None or link.evidence is None or tok.position == 0 \
                or claim_tokens[tok.position - 1].lower not in _ALL_OF or not lexicon.lemmas(tok.lower, "n"):
            continue
        if any(_is_count(t) for t in claim_tokens[max(0, tok.position - 4) : tok.position]):
            continue  # the claim keeps a count of its own
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


# Words that single out a few of a kind: "its top three executives", "the five largest shareholders".
_PICKING_WORDS = frozenset("top bottom best worst latest earliest most least main leading principal remaining other "
                           "first last final next".split())


def _picks(token: Token, lexicon: Lexicon) -> bool:
    """A superlative ("largest", "biggest") or a word that picks the first or best few ("top")."""
    lower = token.lower
    if lower in _PICKING_WORDS:
        return True
    # "largest" → "large"; not "forest", "honest", "interest" (words in their own right).
    return (lower.endswith("est") and not lexicon.lemmas(lower, "n") and lower not in lexicon.lemmas(lower, "a")
            and any(lemma[:2] == lower[:2] for lemma in lexicon.lemmas(lower, "a")))


# Words before a verb that put it in the future: "will reopen", "is due to reopen", "is set to sign".
_FUTURE_BEFORE = frozenset("will shall 'll wo".split())
_FUTURE_BEFORE_TO = frozenset("going set due scheduled poised about slated track".split())
_MODAL_BEFORE = frozenset("would could may might should must can cannot to".split())


def _verb_lemmas(word: str, lexicon: Lexicon) -> list[str]:
    """The verb lemmas of ``word``; for a hand-kept phrase that opens with a verb ("came_into_force",
    "take_effect"), the phrase with its verb's lemma, so its tense is read like a verb's."""
    lemmas = lexicon.lemmas(word, "v")
    if lemmas or "_" not in word:
        return lemmas
    head, rest = word.split("_", 1)
    if head in lexicon.particles:
        return []
    return [f"{base}_{rest}" for base in lexicon.lemmas(head, "v") if f"{base}_{rest}" in lexicon.extra_words]


def _time_of(tokens: list[Token], verb: Token, lexicon: Lexicon) -> str | None:
    """ "future" ("will reopen", "is due to reopen"), "past" ("reopened", "has reopened"), "modal" (after a
    modal or "to": the hedge checks' business), "bare" (a form that may be past or present: "cut"), "other"
    (a present in -s or -ing), or None for no verb."""
    # The words of its verb group: back to the first content word that is no adverb ("will soon reopen").
    # The words of its verb group: back to the first content word that is no adverb ("will soon reopen"),
    # which is kept when "to" follows it ("is due to reopen", "was poised to raise").
    before: list[Token] = []
    for t in reversed(tokens[max(0, verb.position - 4) : verb.position]):
        if t.clause != verb.clause:
            break
        if t.content and not t.lower.endswith("ly") and not _adverb_only(t.lower, lexicon):
            if before and before[0].lower == "to":
                before.insert(0, t)
            break
        before.insert(0, t)
    words = [t.lower for t in before]
    if words and (words[-1] in _DETERMINERS or words[-1].endswith("'s")):
        return None  # "the bill": a noun
    for i, word in enumerate(words):
        if word in _FUTURE_BEFORE or (word == "to" and i and words[i - 1] in _FUTURE_BEFORE_TO):
            return "future"
    if any(word in _MODAL_BEFORE for word in words):
        return "modal"  # "would cut", "could cut", "to cut"
    lemmas = _verb_lemmas(verb.lower, lexicon)
    if not lemmas:
        return None
    head = verb.lower.split("_")[0]  # a phrasal verb's verb: "goes" of "goes on"
    if head.endswith(("s", "ing")):
        return "other"  # "votes on Monday": a present may tell of what is scheduled
    if any(word in ("has", "have", "had") for word in words) or any(lemma.split("_")[0] != head for lemma in lemmas):
        return "past"
    if head not in _PAST_AS_BASE:
        return "other"  # "The two sides meet again next month": a present, which may be scheduled
    return "bare"  # "cut", "hit": past or present, not the future


# Verbs whose past is their base form: a bare "cut" may tell of what was done; a bare "meet" is present.
_PAST_AS_BASE = frozenset(
    "cut hit put set let shut cost hurt quit spread split burst cast bet bid broadcast forecast upset read rid "
    "shed slit thrust beat".split())


def _adverb_only(word: str, lexicon: Lexicon) -> bool:
    """ "soon", "still": an adverb and nothing else."""
    return bool(lexicon.lemmas(word, "r")) and not any(lexicon.lemmas(word, pos) for pos in "nva")


def _tense_changed(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """What will happen told as done, or what was done told as to come: "The bridge reopened" against
    "The bridge will reopen" (or "is due to reopen"); "The firm will cut 500 jobs" against "The firm cut
    500 jobs"."""
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None or not _verb_lemmas(link.claim.lower, lexicon) \
                or not _verb_lemmas(target.lower, lexicon):
            continue
        said, source = _time_of(claim_tokens, link.claim, lexicon), _time_of(st.tokens, target, lexicon)
        if (said in ("past", "bare") and source == "future") or (said == "future" and source in ("past", "bare")):
            result.tenses_changed.append((link, said, source))
            link.accepted = False
        elif said in ("past", "bare") and _infinitive_of_aim(st.tokens, target):
            # "The centre has restored the trust's services" against "The centre is working with the trust
            # to restore services": what someone works, votes, is set or is sent to do is not yet done.
            result.tenses_changed.append((link, said, "aim"))
            link.accepted = False


# Words before "to" and a verb that make it something done: "managed to restore", "went on to win",
# "continued to rise", "was able to land", "the first to ban".
# Nor a vote's or a motion's: "voted unanimously to appoint Karen Liu" is how minutes record that she was
# named (whether a motion carried is the other checks' business). Nor a cause's: "Heavy rain caused the
# river to burst its banks", "an attack has forced the hospital to postpone 300 operations".
_DONE_BEFORE_TO = frozenset(
    "managed manage manages succeeded continued continue continues continuing went go goes able used came happened "
    "first second third last only voted vote votes moved move moves caused causing forced forcing led prompted".split())


def _infinitive_of_aim(tokens: list[Token], verb: Token) -> bool:
    """Whether ``verb`` follows "to" as an aim, not a fact: "working with the trust to restore", "voted to
    close", "is set to rise" (not "managed to restore", "went on to win", nor "to" after a figure)."""
    k = verb.position - 1
    if k < 1 or tokens[k].lower != "to" or tokens[k].clause != verb.clause:
        return False
    # The clause before "to", and before a coordinated "and to" the one before that ("promised to audit the
    # budget and to reopen three hospitals": "promised" governs both).
    clauses = {verb.clause, verb.clause - 1} if tokens[k - 1].lower in ("and", "or") else {verb.clause}
    for t in reversed(tokens[max(0, k - 12) : k]):
        if t.clause not in clauses:
            break
        if t.lower.split("_")[0] in _DONE_BEFORE_TO or t.text[0].isdigit():  # ("went on to win": "went_on")
            return False
        if t.lower in HEDGE_CUES:
            return False  # "plans to", "promised to", "is seeking to": the hedge checks' business
    return True


# A transcript's speaker label: "SATO:", "MS. OKAFOR (State Education Department):".
LABEL_RE = LazyPattern(r"[A-Z][A-Z.'\- ]{1,40}(?:\([^)]{0,60}\))?:")


def _has_label(st: SentenceTokens) -> bool:
    """Whether a sentence opens with a transcript's speaker label ("OKOYE:", "MS. OKAFOR (State …):")."""
    return LABEL_RE.match(st.sentence.text) is not None


def _speakers_pooled(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A speaker from one cited sentence for words another cited sentence has someone else say: "Varga
    said the result showed the coalition was weakening" against "Varga told lawmakers …" and "Ana Petrov
    said the result showed the coalition was weakening"."""
    for link in result.links:
        tok = link.claim
        # (in its clause: "Sato, who studies reefs off Okinawa, said" has Sato speak, not Okinawa)
        verb = next((t for t in claim_tokens[tok.position + 1 : tok.position + 3] if t.lower in SPEECH_VERBS
                     and t.clause == tok.clause), None)
        if verb is None and tok.position + 1 < len(claim_tokens) and claim_tokens[tok.position + 1].clause != tok.clause:
            # A phrase between the speaker and the verb: "Judge Marcus Webb, writing for the majority, said"
            # (a participle's or an appositive's clause, the verb opening the clause after it).
            phrase = claim_tokens[tok.position + 1]
            if phrase.lower.endswith("ing") or phrase.lower in ("a", "an", "the", "who", "which"):
                verb = next((t for t in claim_tokens[tok.position + 2 : tok.position + 10]
                             if t.clause != phrase.clause), None)
                if verb is not None and (verb.lower not in SPEECH_VERBS or verb.clause != phrase.clause + 1):
                    verb = None
        # A speaker that is a name, or a definite noun for one ("The bank said", "the civil defence agency said").
        definite = not tok.text[0].isupper() and any(
            t.lower in ("the", "its", "their") or t.lower.endswith("'s") for t in claim_tokens[max(0, tok.position - 3) : tok.position]
            if t.clause == tok.clause) and "n" in lexicon.senses(tok.lower).pos
        frame = _according_frame(claim_tokens, tok) if verb is None else None
        verb = verb or frame
        if verb is None or not link.accepted or link.evidence is None or not (tok.text[0].isupper() or definite):
            continue
        # What it says runs to the next speaker's frame: "Ortiz said the cost had doubled, while Cho said …".
        # So does a verb coordinated with the speaking ("said it would cut jobs and scrapped plans …"): the
        # speaker's own act, not what was said.
        # So does a clause with a subject of its own after "and", "but", "though" ("…, and its shares fell").
        stop = next((t.position for t in claim_tokens[verb.position + 1 :] if (
            t.lower in ("and", "but", "though", "although", "while", "whereas") and t.position + 1 < len(claim_tokens)
            and claim_tokens[t.position + 1].clause == t.clause and t.clause != verb.clause
            and (claim_tokens[t.position + 1].lower in _DETERMINERS or claim_tokens[t.position + 1].text[0].isupper()
                 or claim_tokens[t.position + 1].lower in _SUBJECT_PRONOUN_WORDS
                 # or a speaker of its own: "…, while opposition politicians said …"
                 or any(n.lower in SPEECH_VERBS and n.clause == t.clause for n in claim_tokens[t.position + 2 : t.position + 5]))) or (t.text[0].isupper() and any(
            n.lower in SPEECH_VERBS for n in claim_tokens[t.position + 1 : t.position + 3])) or (
            t.lower == "and" and t.position + 1 < len(claim_tokens) and claim_tokens[t.position + 1].clause == t.clause
            and _verb_strength(claim_tokens, claim_tokens[t.position + 1], lexicon) == 2
            and not claim_tokens[t.position + 1].lower.endswith("ing"))
            # and an appositive or relative clause after a comma is the writer's ("…, a deal that would …")
            or (t.lower in ("a", "an", "which", "who") and t.position and claim_tokens[t.position - 1].clause != t.clause)),
            len(claim_tokens))
        reported = [l for l in result.links if verb.position < l.claim.position < stop and l.accepted and l.evidence is not None]
        # Another cited sentence whose words the claim's speaker says, where a person speaks them ("He said
        # the money would be used to repair roads"), is not an organisation's: "The fire service said it had
        # rescued 63 people and would repair roads".
        # Likewise a cited sentence whose own speaker the claim does not name: "Mayor Lind said the barriers had
        # been overwhelmed and warnings had been ignored" against "Opposition politicians said the government
        # had ignored warnings".
        run_words = {t.lower for t in _name_run(claim_tokens, tok)} | {tok.lower} | {
            t.lower for t in claim_tokens[max(0, tok.position - 3) : tok.position] if t.clause == tok.clause}
        voiced = next((l for l in reported if l.evidence is not link.evidence and tok.lower not in l.evidence.by_lower  # type: ignore[union-attr]
                       and _other_speaker(l.evidence, run_words)), None)  # type: ignore[arg-type]
        if voiced is not None:
            said_by = _other_speaker(voiced.evidence, run_words)  # type: ignore[arg-type]
            result.speakers_pooled.append((link, voiced.evidence.sentence.id, said_by, _as_written(_name_run(claim_tokens, tok))))  # type: ignore[union-attr]
            break
        if not tok.text[0].isupper() or definite:
            other_voice = next((l for l in reported if l.evidence is not link.evidence and tok.lower not in l.evidence.by_lower  # type: ignore[union-attr]
                                and _person_speaks(l.evidence)), None)  # type: ignore[arg-type]
            if other_voice is not None:
                said_by = [t for t in claim_tokens[tok.position : verb.position] if t.clause == tok.clause and t.content]
                result.speakers_pooled.append((link, other_voice.evidence.sentence.id, _person_speaks(other_voice.evidence),  # type: ignore[union-attr,arg-type]
                                               _as_written(said_by or [tok])))
                break
        if frame is not None:  # "according to X": what X says is the rest of the claim, before or after it
            reported = [l for l in result.links if l.claim.clause != tok.clause and l.accepted and l.evidence is not None]
        if not reported:
            # A trailing frame: "…, Okafor said." speaks the words before it.
            reported = [l for l in result.links if l.claim.clause < tok.clause and l.accepted and l.evidence is not None]
        if not reported:
            continue
        counts: dict[int, int] = {}
        for l in reported:
            counts[id(l.evidence)] = counts.get(id(l.evidence), 0) + 1
        main = max(reported, key=lambda l: counts[id(l.evidence)]).evidence
        # A transcript's turn is its label's: "OKOYE: It will probably slip to 2028" is no word of Dunn's.
        # What was said is where its verb is ("slip"), and a question's words are its answer's ("Is the reef
        # dead?" "SATO: No").
        def verbness(l: Link) -> int:  # a sure verb, or one after an auxiliary ("would probably slip"), first
            before = {t.lower for t in claim_tokens[max(0, l.claim.position - 2) : l.claim.position]}
            return _verb_strength(claim_tokens, l.claim, lexicon) + (1 if before & (_MODALS | _SUBJECT_AUXILIARIES) else 0)
        verbs = sorted((l for l in reported if _verb_strength(claim_tokens, l.claim, lexicon) and l.claim.lower not in SPEECH_VERBS),
                       key=lambda l: (-verbness(l), l.claim.position))
        said_at = verbs[0].evidence if verbs else main
        if any(_has_label(l.evidence) or l.evidence.turn is not None for l in reported):  # type: ignore[arg-type,union-attr]
            label = LABEL_RE.match(said_at.sentence.text)  # type: ignore[union-attr]
            named = [t for t in said_at.tokens if label is not None and t.end <= label.end() and t.text[0].isupper()]  # type: ignore[union-attr]
            answered = _is_question(said_at) and any(  # type: ignore[arg-type]
                l.evidence is not said_at and l.evidence.sentence.number == said_at.sentence.number + 1  # type: ignore[union-attr]
                for l in result.links if l.evidence is not None)
            if named and not answered and tok.lower not in {t.lower for t in named} and said_at is not link.evidence:
                result.speakers_pooled.append((link, said_at.sentence.id, " ".join(t.text for t in named), tok.text))  # type: ignore[union-attr]
                break
            if label is not None:
                continue
            # A turn that runs on without its label is its label's: "Bell said bleached coral is stressed"
            # against "BELL: Is the reef dead?" and Sato's "… Bleached coral is stressed, not dead".
            turn = said_at.turn  # type: ignore[union-attr]
            if turn is not None and not answered and tok.lower not in re.findall(r"[a-z]+", turn.lower()) \
                    and said_at is not link.evidence:
                result.speakers_pooled.append((link, said_at.sentence.id, turn, tok.text))  # type: ignore[union-attr]
                break
        if main is link.evidence or (tok.lower in main.by_lower and (not definite or any(  # type: ignore[union-attr]
                _speaks(main, main.tokens[p]) for p in main.by_lower[tok.lower]))):  # type: ignore[union-attr,arg-type]
            continue  # (a noun the speaker's words only mention is no speaker: "… without a single bank")
        tokens = main.tokens  # type: ignore[union-attr]
        # A name that speaks there ("Ana Petrov said"); not a pronoun ("He noted" may be the claim's speaker).
        # A name that speaks there, or people named by a plural ("Some analysts warned that …").
        other = next((t for t in tokens if (t.text[0].isupper() or _plural_noun(t.lower, lexicon)) and (t.content or t.name)
                      and t.lower != tok.lower and any(n.lower in SPEECH_VERBS for n in tokens[t.position + 1 : t.position + 3])),
                     None)
        if other is None:
            # A speaker with a relative clause before its verb: "Councillor James Ortiz, who voted against
            # the plan, said …".
            for verb_tok in (t for t in tokens if t.lower in SPEECH_VERBS):
                rel = next((t for t in reversed(tokens[max(0, verb_tok.position - 10) : verb_tok.position])
                            if t.lower in _RELATIVE_PRONOUNS), None)
                named = _relative_antecedent(tokens, rel) if rel is not None and rel.clause != verb_tok.clause else None
                if named is not None and named is not rel and named.lower != tok.lower:
                    other = named
                    while other.position and tokens[other.position - 1].text[0].isupper() and tokens[other.position - 1].name:
                        other = tokens[other.position - 1]  # to the name's first word
                    break
        if other is None:  # "…, according to Peru's civil defence agency"
            frame_at = next((t for t in tokens[:-2] if t.lower == "according" and tokens[t.position + 1].lower == "to"), None)
            if frame_at is not None:
                named_by = [t for t in tokens[frame_at.position + 2 : frame_at.position + 8]
                            if t.clause == frame_at.clause and t.lower not in ("the", "a", "an")]
                if named_by and tok.lower not in {t.lower for t in named_by}:
                    result.speakers_pooled.append((link, main.sentence.id, _as_written(named_by),  # type: ignore[union-attr]
                                                   _as_written(_name_run(claim_tokens, tok))))
                    break
        if other is None:  # a speaker with an appositive before its verb: "Supervisor Dale Hicks, the lone no vote, said"
            other = next((t for t in tokens if t.text[0].isupper() and (t.content or t.name) and t.lower != tok.lower
                          and t.position + 1 < len(tokens) and main.sentence.text.startswith(", ", t.end)  # type: ignore[union-attr]
                          and _speaks(main, t)), None)  # type: ignore[arg-type]
            if other is not None:
                while other.position and tokens[other.position - 1].text[0].isupper() and tokens[other.position - 1].name:
                    other = tokens[other.position - 1]
        if other is None and not any(_has_label(l.evidence) for l in result.links if l.evidence is not None) \
                and not any((t.lower in SPEECH_VERBS or t.lower in INVERTED_SPEECH_VERBS or _speaks(main, t))
                            and not (t.position and tokens[t.position - 1].lower in _BE_FORMS)  # "have been reported": passive
                            and not _reported_of(tokens, t) for t in tokens):  # type: ignore[arg-type]
            # Nobody speaks there: the claim gives the speaker words its source states as fact ("The Commerce
            # Council said 58% of voters support the change" for "A poll found that 58% …" and "The Commerce
            # Council said it was reviewing its options"). A transcript's turn may run on without its label.
            result.speakers_pooled.append((link, main.sentence.id, "", _as_written(_name_run(claim_tokens, tok))))  # type: ignore[union-attr]
            break
        if other is not None:
            run = [other]
            while run[-1].position + 1 < len(tokens) and tokens[run[-1].position + 1].text[0].isupper():
                run.append(tokens[run[-1].position + 1])  # the whole name: "Ana Petrov"
            named = [tok]
            if definite:  # the noun phrase before the verb: "Peru's civil defence agency"
                named = [t for t in claim_tokens[max(0, tok.position - 3) : verb.position] if t.clause == tok.clause]
            named = _widened(claim_tokens, named)
            result.speakers_pooled.append((link, main.sentence.id, " ".join(t.text for t in run),  # type: ignore[union-attr]
                                           " ".join(t.text for t in named)))
            break


def _other_speaker(st: SentenceTokens, claimed: set[str]) -> str:
    """Who speaks in the sentence, when none of their words is among ``claimed`` (the claim's speaker
    and the words before it) and it is no pronoun (which may be the claim's speaker): "Opposition
    politicians", or ""."""
    if _has_label(st) or st.turn is not None or _is_question(st):
        return ""  # a transcript's turns and questions are the label checks' (an answer's words may be asked)
    speaking = [t for t in st.tokens if (t.content or t.name) and t.lower not in SPEECH_VERBS and _speaks(st, t)
                and not _reported_of(st.tokens, t)]
    if not speaking or any(t.lower in claimed for t in speaking):
        return ""
    return _as_written(speaking[-2:] if len(speaking) > 1 and speaking[-2].position + 1 == speaking[-1].position else speaking[-1:])


def _reported_of(tokens: list[Token], tok: Token) -> bool:
    """Whether the verb of saying after ``tok`` is passive, so ``tok`` is what is reported, not who reports:
    "no deaths have been reported"."""
    verb = next((t for t in tokens[tok.position + 1 : tok.position + 4] if t.lower in SPEECH_VERBS), None)
    return verb is not None and verb.position > 0 and tokens[verb.position - 1].lower in _BE_FORMS


def _person_speaks(st: SentenceTokens) -> str:
    """The "he" or "she" who speaks in the sentence ("He said the money would …"), or ""."""
    return next((t.text for t in st.tokens if t.lower in ("he", "she") and t.position + 1 < len(st.tokens)
                 and st.tokens[t.position + 1].lower in SPEECH_VERBS), "")


def _according_frame(claim_tokens: list[Token], tok: Token) -> Token | None:
    """The "according" of an "according to" that names ``tok`` as who says ("according to the U.S.
    Geological Survey"): within five words before it, in its clause, only capitalised words or an article
    between."""
    for j in range(max(0, tok.position - 6), tok.position - 1):
        if claim_tokens[j].lower == "according" and claim_tokens[j + 1].lower == "to" and all(
                t.clause == tok.clause and (t.text[0].isupper() or t.lower in ("the", "a", "an"))
                for t in claim_tokens[j + 2 : tok.position]):
            return claim_tokens[j]
    return None


def _name_run(tokens: list[Token], tok: Token) -> list[Token]:
    """The capitalised words around ``tok`` in its clause: the whole of a name ("U.S. Geological Survey")."""
    return _widened(tokens, [tok])


def _widened(tokens: list[Token], run: list[Token]) -> list[Token]:
    """``run`` (words one after another) with the capitalised words next to it in its clause."""
    clause = run[0].clause
    first, last = run[0].position, run[-1].position
    while first and tokens[first - 1].text[0].isupper() and tokens[first - 1].clause == clause:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].text[0].isupper() and tokens[last + 1].clause == clause:
        last += 1
    return tokens[first : last + 1]


def _as_written(run: list[Token]) -> str:
    """Words as a reader wrote them, initials with their points: "U.S. Geological Survey"."""
    out = ""
    for t in run:
        initial = len(t.text) == 1 and t.text.isupper()
        out += ("" if not out or out.endswith(".") and initial else " ") + t.text + ("." if initial else "")
    return out


_ORDER_WORDS = frozenset("after before following then later".split())


def _order_pooled(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """An order in time the claim puts between what two cited sentences say, where neither says it: "Shares
    fell 8% after analysts said the restructuring was overdue" against "Shares fell 8% in early trading."
    and "Analysts said the restructuring was overdue." Each says its own; the "after" is the claim's.
    Likewise a cause: "Kelby was not fined because it had cooperated" against "Meadow Farms received a
    reduced fine because it had cooperated." and "Kelby was not fined because it had reported the scheme."
    takes one sentence's reason for the other's event (a sentence's own "because" is its own)."""
    for tok in claim_tokens:
        causal = tok.lower in _CAUSE_CONNECTIVES
        if tok.lower not in _ORDER_WORDS and not causal:
            continue
        before = {id(l.evidence) for l in result.links if l.accepted and l.evidence is not None and l.claim.position < tok.position}
        later = [l for l in result.links if l.accepted and l.evidence is not None and l.claim.position > tok.position]
        # What happened after is told where the verb after the word is matched: "after NorRail offered 5%"
        # is the offer's sentence, though "NorRail" is matched in the strike's too.
        acts = [l for l in later if l.claim.clause == tok.clause and _verb_strength(claim_tokens, l.claim, lexicon) == 2]
        after = {id(l.evidence) for l in acts or later}
        if not before or not after or before & after:
            continue  # one sentence tells both, or one side has nothing matched
        told = {id(l.evidence): l.evidence for l in result.links if l.evidence is not None}
        # The order is told where a sentence matched after the word has an order word of its own ("It came
        # after talks broke down"); not by one matched before it, whose own "after" is of something else:
        # "The strike began on Tuesday after talks broke down" does not put the strike after an offer.
        if not causal and any(tok.lower in st.by_lower or any(w in st.by_lower for w in _ORDER_WORDS)  # type: ignore[union-attr]
                              for key, st in told.items() if key in after):
            continue
        result.unsupported_verbs.append(f"{tok.text} (what one cited sentence tells, for what another does)" if causal else tok.text)
        return


# Words that give what follows as the cause of what comes before: "… because it had cooperated".
_CAUSE_CONNECTIVES = frozenset(("because", "owing", "thanks"))


_SUBJECT_AUXILIARIES = _BE_FORMS | frozenset("has have had will would has not".split())
_OBJECT_PRONOUNS = frozenset("it them him her this these those".split())
_SUBJECT_PRONOUN_WORDS = frozenset("he she it they we i you who which that".split())


_RELATIVE_PRONOUNS = frozenset(("who", "which"))


def _relative_antecedent(tokens: list[Token], relative: Token) -> Token | None:
    """The name a relative pronoun stands for, when one ends right before it: "Ortiz" in "Councillor James
    Ortiz, who voted"; else the pronoun itself (it may stand for anyone)."""
    before = tokens[relative.position - 1] if relative.position else None
    if before is not None and before.text[0].isupper() and (before.name or before.content) and before.position:
        return before
    return relative


def _subjects_pooled(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A name from one cited sentence made the subject of what another cited sentence says of someone
    else: "Karen Liu pleaded guilty last year" against "…lawyer Karen Liu…" and "Victor Santos pleaded
    guilty last year". A pronoun there ("He pleaded guilty") may be the claim's name."""
    by_position = {l.claim.position: l for l in result.links}
    for link in result.links:
        tok = link.claim
        if not link.accepted or link.evidence is None or not tok.text[0].isupper() or not tok.content:
            continue
        k = tok.position - 1
        while k >= 0 and (claim_tokens[k].lower in _DETERMINERS or claim_tokens[k].name):
            k -= 1  # "with the North", "of Victor Santos"
        before = claim_tokens[k].lower if k >= 0 else ""
        nxt = claim_tokens[tok.position + 1] if tok.position + 1 < len(claim_tokens) else None
        # "with Councillor Raj Patel voting against": the name is the subject of the participle.
        absolute = before == "with" and nxt is not None and nxt.lower.endswith("ing") and nxt.clause == tok.clause
        if not absolute and (before in lexicon.relation_words or before in ("of", "with", "to", "for", "by", "from", "than")):
            continue  # "channels with the North are blocked": the name is no subject
        # Its verb right after it, or after an auxiliary ("Hale was acquitted"): the name is the subject.
        verb_tok = next((t for t in claim_tokens[tok.position + 1 : tok.position + 3]
                         if t.position in by_position and lexicon.lemmas(t.lower, "v") and t.lower not in SPEECH_VERBS
                         and (absolute or not t.lower.endswith("ing"))), None)
        if verb_tok is None or any(t.lower not in _SUBJECT_AUXILIARIES for t in claim_tokens[tok.position + 1 : verb_tok.position]):
            continue
        if verb_tok.clause != tok.clause:
            continue  # an appositive: "Marsh, a Democrat, signed" has Marsh sign
        verb = by_position[verb_tok.position]
        if not verb.accepted or verb.evidence is None or verb.evidence is link.evidence or tok.lower in verb.evidence.by_lower:
            continue
        tokens = verb.evidence.tokens
        subject = next((t for t in reversed(tokens[max(0, verb.target.position - 4) : verb.target.position])  # type: ignore[union-attr]
                        if t.content or t.lower in _SUBJECT_PRONOUN_WORDS or t.name), None)
        if subject is not None and subject.lower in _RELATIVE_PRONOUNS:
            subject = _relative_antecedent(tokens, subject)  # "Councillor James Ortiz, who voted against"
        if subject is None or subject.lower in _SUBJECT_PRONOUN_WORDS:
            continue
        if not subject.name and subject.clause != verb.target.clause:  # type: ignore[union-attr]
            continue  # a name may stand before an appositive's comma ("Victor Santos, pleaded"); a noun may not
        said = f"{tok.text} {verb_tok.text}"
        if said not in result.unsupported_verbs:
            result.unsupported_verbs.append(said)


# How an answer opens: it denies what was asked ("No.", "Not this year."), or affirms it ("Yes.").
_DENYING_ANSWERS = frozenset("no not never nope nothing none".split())
_AFFIRMING_ANSWERS = frozenset("yes yeah yep absolutely definitely certainly correct indeed".split())


def _is_question(st: SentenceTokens) -> bool:
    return st.sentence.text.rstrip().rstrip('"\u201d\'').endswith("?")


def _answer(evidence: list[SentenceTokens], question: SentenceTokens) -> str | None:
    """How the cited sentence after a question answers it: "denied", "affirmed", "told" (an answer with
    no yes or no: "It's at 4.1 percent now"), or None (no answer cited). A transcript's label ("SATO:") is
    passed over."""
    nxt = next((st for st in evidence if st.sentence.source == question.sentence.source
                and st.sentence.number == question.sentence.number + 1), None)
    if nxt is None or not nxt.tokens:
        return None
    colon = nxt.sentence.text.find(":")
    first = next((t for t in nxt.tokens if not (0 < colon and t.end <= colon and len(nxt.sentence.text[:colon]) <= 60)), None)
    if first is None:
        return None
    if first.lower in _DENYING_ANSWERS:
        return "denied"
    return "affirmed" if first.lower in _AFFIRMING_ANSWERS else "told"  # "HOST: And unemployment?" "RAMAN: It's at 4.1%"


def _questions_asserted(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment) -> None:
    """A claim that states what its source only asks: "The reef is dead" against "Is the reef dead?". A
    question asserts nothing; its cited answer may: "No." denies it ("The reef is not dead" follows),
    "Yes." affirms it. A clause is matched in a question when most of its matched words are there."""
    by_clause: dict[int, list[Link]] = {}
    for link in result.links:
        if link.accepted and link.evidence is not None:
            by_clause.setdefault(link.claim.clause, []).append(link)
    for clause, links in by_clause.items():
        # What is said, not who says it ("Larsen said he will not coach again": "coach" is in the question).
        said = next((t.position for t in claim_tokens if t.clause == clause and t.lower in SPEECH_VERBS), None)
        links = [l for l in links if said is None or l.claim.position > said] or links
        counts: dict[int, int] = {}
        for l in links:
            counts[id(l.evidence)] = counts.get(id(l.evidence), 0) + 1
        main = max(links, key=lambda l: counts[id(l.evidence)])
        st = main.evidence
        if st is None or not _is_question(st) or 2 * counts[id(st)] < len(links):
            continue
        answer = _answer(evidence, st)
        negative = _negations([t for t in claim_tokens if t.clause == clause]) % 2 == 1
        if answer == "told":
            continue  # an answer that tells rather than says yes or no: the claim is matched in it too
        if answer is None:
            result.questions.append((main, st.sentence.id, "asked"))
        elif (answer == "denied") != negative:
            result.questions.append((main, st.sentence.id, answer))
        elif answer == "denied":
            # A denial with a limit of its own: "Not at international level" denies less than "No".
            reply = next(e for e in evidence if e.sentence.source == st.sentence.source and e.sentence.number == st.sentence.number + 1)
            colon = reply.sentence.text.find(":")
            used = {l.target.position for l in result.links if l.evidence is reply and l.target is not None}
            limit = [t for t in reply.tokens if t.content and t.position not in used and not (0 < colon and t.end <= colon)
                     and t.clause == next((u.clause for u in reply.tokens if u.lower in _DENYING_ANSWERS), -1)]
            if limit:
                result.negation_scope.append((f"drops \u201c{' '.join(t.text for t in limit)}\u201d", limit[0].text, reply.sentence.id))


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


def _roles_moved(claim_tokens: list[Token], result: Alignment) -> None:
    """What a claim says someone is ("Lucy Shaw is the transport commissioner", "X is a marine chemist")
    must be what its source calls that person: the role word there may not stand before another name
    ("… joined by transport commissioner Ahmed Rana and cycling campaigner Lucy Shaw"), and a role the
    source does not give is a detail to find whatever the share."""
    by_position = {l.claim.position: l for l in result.links}
    for be in claim_tokens:
        if be.lower not in ("is", "was", "are", "were") or not be.position:
            continue
        subject = claim_tokens[be.position - 1]
        if not subject.text[0].isupper() or subject.lower in _SUBJECT_PRONOUN_WORDS or subject.lower in ("this", "there") \
                or subject.position in by_position and not by_position[subject.position].accepted:
            continue  # (a name: "It is the network's third strike" says nothing of anyone)
        named = {t.lower for t in _name_run(claim_tokens, subject)}
        after = [t for t in claim_tokens[be.position + 1 : be.position + 6] if t.clause == be.clause]
        if not after or after[0].lower not in ("a", "an", "the"):
            continue
        role = next((t for t in reversed(after) if t.content and not t.name and not t.text[0].isupper()), None)
        if role is None:
            continue
        link = by_position.get(role.position)
        if link is None or not link.accepted or link.target is None or link.evidence is None:
            if link is not None and link.relation == "insertion":  # "Dr. Priya Nair is a marine chemist"
                result.unsupported_verbs.append(f"{be.text} {' '.join(t.text for t in after[after.index(role) - 1 : after.index(role) + 1])}")
            continue
        own = link.evidence.tokens
        following = [t for t in own[link.target.position + 1 : link.target.position + 4]
                     if t.clause == link.target.clause and t.text[0].isupper() and (t.name or t.content)]
        # (the name right after the role, past a title: "marine biologist Dr. Priya Nair")
        if following and following[0].position <= link.target.position + 2 and not any(t.lower in named for t in following):
            result.unsupported_verbs.append(f"{subject.text} {be.text} {role.text} (where [{link.evidence.sentence.id}] has "
                                            f"\u201c{role.text} {' '.join(t.text for t in following[:3])}\u201d)")
            link.accepted = False
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


def _agents_replaced(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """An active verb whose subject is not the agent its source names after "by": "The transport ministry
    appointed a mediator" against "A mediator appointed by the labour court …"."""
    by_position = {l.claim.position: l for l in result.links}
    for verb in result.links:
        target, st = verb.target, verb.evidence
        if not verb.accepted or target is None or st is None or not verb.claim.position \
                or _passive(claim_tokens, verb.claim, lexicon) or not lexicon.lemmas(verb.claim.lower, "v"):
            continue
        tokens = st.tokens
        by = next((t for t in tokens[target.position + 1 : target.position + 3] if t.lower == "by" and t.clause == target.clause), None)
        if by is None or by.position + 1 >= len(tokens) or _restricts(tokens[by.position + 1]) and not tokens[by.position + 1].content \
                or tokens[by.position + 1].lower in ("a", "an") or target.lower.endswith("ing") \
                or any(t.lower == "by" for t in claim_tokens[verb.claim.position + 1 : verb.claim.position + 3]):
            continue  # "cut the risk by 22%", "dropped by a third"; a claim that keeps the "by" is passive too
        agent = [t for t in tokens[by.position + 1 : by.position + 5] if t.clause == target.clause and (t.content or t.name)]
        k = verb.claim.position - 1
        while k >= 0 and claim_tokens[k].lower in _SUBJECT_AUXILIARIES and claim_tokens[k].clause == verb.claim.clause:
            k -= 1
        subject = by_position.get(k)
        if not agent or subject is None or subject.claim.clause != verb.claim.clause or not subject.accepted \
                or "n" not in lexicon.senses(subject.claim.lower).pos and not subject.claim.name:
            continue
        if subject.target is None or subject.target not in agent:
            said = f"{subject.claim.text} {verb.claim.text}"
            if said not in result.unsupported_verbs:
                result.unsupported_verbs.append(said)


def _clauses_crossed(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A subject from one clause of a sentence joined to the verb of another that has a subject of its
    own: "The firm's profit fell" against "The firm's revenue fell and its profit rose"; "More than 80
    parents spoke" against "More than 80 parents attended the meeting, and 23 spoke"; and a noun subject
    from one cited sentence given the verb of another ("The mines department called for an inquiry"
    against "The mines department opened an investigation." and "The mining union called for an inquiry.")."""
    by_position = {l.claim.position: l for l in result.links}
    for verb in result.links:
        target, st = verb.target, verb.evidence
        if not verb.accepted or target is None or st is None or verb.claim.lower in SPEECH_VERBS \
                or not _verb_strength(claim_tokens, verb.claim, lexicon) or not _verb_strength(st.tokens, target, lexicon):
            continue
        after = claim_tokens[verb.claim.position + 1] if verb.claim.position + 1 < len(claim_tokens) else None
        if after is not None and _verb_strength(claim_tokens, verb.claim, lexicon) < 2 and (
                after.lower in _BE_FORMS or after.lower in _MODALS or _verb_strength(claim_tokens, after, lexicon) == 2):
            continue  # "The Gdansk plant is …": a noun before the clause's verb
        k = verb.claim.position - 1
        while k >= 0 and claim_tokens[k].clause == verb.claim.clause and not claim_tokens[k].content \
                and not claim_tokens[k].name and claim_tokens[k].lower in _SUBJECT_AUXILIARIES:
            k -= 1
        subject = by_position.get(k)
        if subject is None or not subject.accepted or subject.evidence is None or subject.target is None \
                or claim_tokens[k].clause != verb.claim.clause:
            continue
        if subject.evidence is st and subject.target.clause == target.clause:
            # The subject's owner from another clause: "Halden shares jumped 31 percent" against "Crispin
            # shares jumped 31 percent, while Halden's slipped 2 percent".
            owner = by_position.get(k - 1) if k and claim_tokens[k - 1].clause == verb.claim.clause else None
            if owner is not None and owner.accepted and owner.claim.text[0].isupper() and owner.evidence is st \
                    and owner.target is not None and owner.target.clause != target.clause:
                used = {l.target.position for l in result.links if l.evidence is st and l.target is not None}
                if any(t.text[0].isupper() and (t.name or t.content) and t.clause == target.clause and t.position not in used
                       for t in st.tokens[: target.position]):
                    said = f"{owner.claim.text} {subject.claim.text} {verb.claim.text}"
                    if said not in result.unsupported_verbs:
                        result.unsupported_verbs.append(said)
                    verb.accepted = False
            continue
        if subject.evidence is not st and (subject.claim.name or subject.claim.text[0].isupper()
                                           or "n" not in lexicon.senses(subject.claim.lower).pos):
            continue  # across sentences only a noun: a name may be what the other sentence calls "the company"
        if target.position and st.tokens[target.position - 1].lower == "to":
            continue  # an infinitive ("went on to beat France") has no subject of its own
        used = {l.target.position for l in result.links if l.evidence is st and l.target is not None}
        own = next((t for t in reversed(st.tokens[: target.position]) if t.clause == target.clause
                    and (t.content or t.name or t.text[0].isdigit()) and t.lower not in _SUBJECT_PRONOUN_WORDS), None)
        # Across sentences, only where both are agents of one kind, people or organisations ("the mines
        # department" for "the mining union"); "revenue rose" matched in "as shipping costs rose" is a
        # misread word, not a swapped actor.
        agents = own is not None and subject.evidence is not st and not own.text[0].isupper() and all(
            lexicon.is_person_noun(w) or lexicon.is_organization_noun(w) for w in (subject.claim.lower, own.lower))
        if own is not None and own.position not in used and (own.name or own.text[0].isdigit()
                                                             or _verb_strength(st.tokens, own, lexicon) < 2) \
                and (subject.evidence is st or agents) \
                and relation(lexicon, subject.claim.lower, own.lower) not in SUPPORT_RANK:  # "boats" for "trawlers"
            said = f"{subject.claim.text} {verb.claim.text}"
            if said not in result.unsupported_verbs:
                result.unsupported_verbs.append(said)
            verb.accepted = False
    # The same the other way: what follows the claim's verb taken from a clause with a verb of its own:
    # "Solenne employs about 4,000 people in 30 countries" against "… employs about 4,000 people and
    # sells its products in 30 countries".
    for verb in result.links:
        target, st = verb.target, verb.evidence
        if not verb.accepted or target is None or st is None or verb.claim.lower in SPEECH_VERBS \
                or not _verb_strength(claim_tokens, verb.claim, lexicon) or not _verb_strength(st.tokens, target, lexicon):
            continue
        used = {l.target.position for l in result.links if l.evidence is st and l.target is not None}
        for link in result.links:
            w = link.target
            if link.claim.position <= verb.claim.position or link.claim.clause != verb.claim.clause or not link.accepted \
                    or link.evidence is not st or w is None or w.clause == target.clause or w.position < target.position:
                continue
            opener = next((t for t in st.tokens if t.clause == w.clause), None)
            if opener is None or opener.lower not in ("and", "but", "or", "while", "whereas"):
                continue  # a clause of its own, not one telling of the same event ("…, when they beat Ashby")
            other = next((t for t in st.tokens[target.position + 1 : w.position] if t.clause == w.clause and t.content
                          and t.position not in used and _verb_strength(st.tokens, t, lexicon)
                          and (_finite_verb(st.tokens, t, lexicon) or st.tokens[t.position - 1].lower in ("and", "or"))), None)
            if other is not None:
                _cross(result, verb, link)
                break
        # And from another cited sentence, where a verb of that sentence's own governs it: "A jury found
        # Lindqvist guilty of money laundering" against "… found Lindqvist guilty of fraud." and "He was
        # acquitted of a separate charge of money laundering."
        after_verb = claim_tokens[verb.claim.position + 1] if verb.claim.position + 1 < len(claim_tokens) else None
        if not verb.claim.position or verb.claim.text[0].isupper() or not (
                _verb_strength(claim_tokens, verb.claim, lexicon) == 2 or _finite_verb(claim_tokens, verb.claim, lexicon)
                or " " in verb.claim.text or (after_verb is not None and (
                    after_verb.lower in _OBJECT_DETERMINERS or after_verb.text[0].isupper()))):
            continue  # surely the verb ("found guilty", "will pay"): not "Officers found", "The commission said"
        if any(t.lower in _OBJECT_PRONOUNS and t.clause == target.clause for t in st.tokens[target.position + 1 :]):
            continue  # its sentence has the object as a pronoun: "I would like to freeze them" after "Fares will rise …"
        for link in result.links:
            w, other_st = link.target, link.evidence
            if link.claim.position <= verb.claim.position or link.claim.clause != verb.claim.clause or not link.accepted \
                    or other_st is None or other_st is st or w is None or link.claim.name \
                    or claim_tokens[link.claim.position - 1].lower in ("to", "that", "who", "which") \
                    or _finite_verb(claim_tokens, link.claim, lexicon) or _verb_strength(claim_tokens, link.claim, lexicon) == 2 \
                    or link.claim.lower in _RELATIVE_TIME_OPENERS or link.claim.lower in _TIME_UNITS \
                    or link.claim.lower in _RELATIVE_TIME_UNITS or link.claim.lower in WEEKDAYS:
                continue  # a noun the verb governs, not a verb of its own ("voted to accept"); times are _figures_pooled's
            if any(t.position and st.tokens[t.position - 1].lower == "the" and t.clause == target.clause
                   and relation(lexicon, link.claim.lower, t.lower) == "more_specific" for t in st.tokens):
                continue  # the verb's sentence refers back to it: "… from the vehicle" after "a stolen van"
            other_used = {l.target.position for l in result.links if l.evidence is other_st and l.target is not None}
            own_verb = next((t for t in reversed(other_st.tokens[: w.position]) if t.clause == w.clause and t.content
                             and t.position not in other_used and _finite_verb(other_st.tokens, t, lexicon)), None)
            if own_verb is None:  # or it is the subject of a verb of its own: "Fishing groups said …"
                own_verb = next((t for t in other_st.tokens[w.position + 1 : w.position + 4] if t.clause == w.clause
                                 and t.position not in other_used and (t.lower in SPEECH_VERBS or _finite_verb(other_st.tokens, t, lexicon))), None)
            if own_verb is not None:
                _cross(result, verb, link)
                break


def _cross(result: Alignment, verb: Link, link: Link) -> None:
    """For _clauses_crossed: ``link``'s word is not what the claim's ``verb`` tells of."""
    said = f"{verb.claim.text} \u2026 {link.claim.text}"
    if said not in result.unsupported_verbs:
        result.unsupported_verbs.append(said)
    link.accepted = False


def _figure_kind(tok: Token) -> str | None:
    """What a figure counts, for comparing figures of one kind: a year, a share, money, a weekday, a month,
    another number; None for a word that is no figure."""
    if tok.lower in WEEKDAYS:
        return "weekday"
    if tok.lower in ORDINAL_WORDS or (tok.text[0].isdigit() and tok.lower.endswith(("st", "nd", "rd", "th"))):
        return "ordinal"  # "seventh", "14th"
    if tok.lower in MONTH_WORDS:
        return "month"
    if not tok.text[0].isdigit() and tok.text[0] not in "$\u00a3\u20ac":
        return None
    if YEAR_RE.fullmatch(tok.lower):
        return "year"
    if tok.text.endswith("%"):
        return "share"
    return "money" if tok.text[0] in "$\u00a3\u20ac" else "number"


# Times told relative to the telling: "last month", "next week", "this year", "yesterday".
_RELATIVE_TIME_OPENERS = frozenset("last next this previous coming".split())
_RELATIVE_TIME_UNITS = frozenset("week weekend month year quarter season summer winter spring autumn fall".split())
_RELATIVE_DAYS = frozenset("yesterday today tomorrow tonight".split())


def _relative_time(claim_tokens: list[Token], tok: Token) -> tuple[str, ...] | None:
    """The words of a relative time ``tok`` ends ("last month" for "month"), or None."""
    if tok.lower in _RELATIVE_DAYS:
        return (tok.lower,)
    if tok.lower in _RELATIVE_TIME_UNITS and tok.position:
        before = claim_tokens[tok.position - 1]
        if before.lower in _RELATIVE_TIME_OPENERS and before.clause == tok.clause:
            return (before.lower, tok.lower)
    return None


def _holds_words(st: SentenceTokens, words: tuple[str, ...]) -> bool:
    """Whether the sentence has ``words`` one after another."""
    return any(all(p + k < len(st.words) and st.words[p + k] == w for k, w in enumerate(words))
               for p in st.by_lower.get(words[0], ()))


def _figures_pooled(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment, lexicon: Lexicon) -> None:
    """A figure or date from one cited sentence attached to an event of another: "Shares of Northwind fell
    8% on Tuesday" against "…said on Tuesday it would cut jobs." and "Shares of Northwind fell 8% in early
    trading."; "The company went public in 1998" against "…was founded in 1998. It went public in 2004."
    The verb that governs the figure in the claim (the nearest matched verb before it in its clause, else
    after it; in a clause with none, as "… and at least 40 injuries on Monday", the verb of the clause
    before) was matched in a sentence that does not give the figure, while another cited sentence does.
    A relative time ("last month", "yesterday") counts as a time."""
    by_position = {l.claim.position: l for l in result.links}
    for tok in claim_tokens:
        relative = _relative_time(claim_tokens, tok)
        place = tok.name and tok.position > 0 and claim_tokens[tok.position - 1].lower in _PLACE_PREPOSITIONS
        if relative is None and not place and tok.lower not in ORDINAL_WORDS and (
                tok.content or not (tok.text[0].isdigit() or tok.lower in WEEKDAYS or tok.lower in MONTH_WORDS)):
            continue
        words = relative or (tok.lower,)
        holders = [st for st in evidence if _holds_words(st, words)]
        if not holders or len(holders) == len(evidence):
            continue  # given nowhere as written (the figures' check compares forms), or everywhere
        verb = None
        for clause in range(tok.clause, -1, -1):
            same_clause = [t for t in claim_tokens if t.clause == clause and t.position in by_position
                           and t.position not in range(tok.position - len(words) + 1, tok.position + 1)]
            # A sure verb ("forced") before a word that may be one ("ministers"); then the nearest, before
            # the figure first.
            verbs = [by_position[t.position] for t in sorted(
                same_clause, key=lambda t: (_verb_strength(claim_tokens, t, lexicon) < 2, t.position > tok.position,
                                            abs(t.position - tok.position)))
                if lexicon.lemmas(t.lower, "v") and _time_of(claim_tokens, t, lexicon) in ("past", "future", "bare", "other", "modal")]
            verb = next((l for l in verbs if l.accepted and l.evidence is not None), None)
            if verb is not None or any(lexicon.lemmas(t.lower, "v") and _verb_strength(claim_tokens, t, lexicon) == 2
                                       for t in claim_tokens if t.clause == clause):
                break  # the clause has a verb of its own (matched or not): the figure is its business
        if verb is None or verb.evidence in holders or verb.evidence.sentence.text.rstrip().endswith("?"):  # type: ignore[union-attr]
            continue  # (a question's time may come in its answer: "Will they rise again?" "Not this year.")
        if verb.relation == "trend":
            continue  # a rise told by its two figures spans their sentences (_trend_of_figures checked their dates)
        # Only where the verb's own sentence gives a figure of the same kind that the claim does not: a
        # year of its own ("went public in 2004"), a share of its own ("won 54%"). Else the claim may be
        # joining what two sentences tell of one event ("was approved 3-1" from a motion to approve and
        # "the motion carried 3-1").
        # A time, though, dates the event it is told with: a verb that says it happened, or will, takes no
        # time from another sentence ("Shares fell 8% on Tuesday" for "…said on Tuesday … Shares fell 8%").
        # A place likewise: "waiting outside Eskby" for ships another sentence has waiting outside Halvard.
        kind = "relative" if relative else "place" if place else _figure_kind(tok)
        said = {t.lower for t in claim_tokens}
        timed = kind in ("weekday", "month", "year", "relative") and _time_of(claim_tokens, verb.claim, lexicon) in ("past", "future")
        own = verb.evidence.tokens  # type: ignore[union-attr]
        if not timed and not any((_figure_kind(t) == kind or (kind == "place" and t.name and t.position
                                                              and own[t.position - 1].lower in _PLACE_PREPOSITIONS))
                                 and t.lower not in said for t in own):
            continue
        result.figures_pooled.append((verb, " ".join(t.text for t in claim_tokens[tok.position - len(words) + 1 : tok.position + 1]),
                                      holders[0].sentence.id))


def _extremes_added(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment, lexicon: Lexicon) -> None:
    """A word that puts the claim at an extreme, with no word of its kind in the evidence: "for exactly three
    years" against "for an average of three years", "announced by Health Canada alone" against "announced
    jointly with …", "close the school immediately" against "at the end of the school year". One word,
    but it changes what the claim says, whatever share of the rest the evidence has."""
    text = None  # the evidence's text, joined only for a claim that has such a word (most have none)
    for tok in claim_tokens:
        group = lexicon.extreme.get(tok.lower)
        if group is None or tok.lower in QUANTIFIER_CUES or tok.text in result.unsupported_verbs:
            continue
        if text is None:
            text = " ".join(st.sentence.text.lower() for st in evidence)
        if not any(re.search(rf"(?<![\w\-]){re.escape(w)}(?![\w\-])", text) for w in group):
            result.unsupported_verbs.append(tok.text)


def _privatives_dropped(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A modifier that makes its noun something else, dropped: "The bank's chief executive was charged"
    against "The bank's former chief executive was charged" (a former chief executive is none now)."""
    if not lexicon.privative:
        return
    said = {t.lower for t in claim_tokens}
    matched = {id(l.target) for l in result.links if l.target is not None}
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None or link.claim.name:
            continue
        for before in reversed(st.tokens[max(0, target.position - 3) : target.position]):
            if before.clause != target.clause or id(before) in matched:
                break  # another matched word ("chief" of "former chief executive") carries the modifier
            if before.lower in lexicon.privative and before.lower not in said:
                result.privatives_dropped.append((link, before.text))
                link.accepted = False
                break
            if not before.content:
                break  # a determiner or another function word ends the noun's modifiers


def _degrees_changed(result: Alignment, lexicon: Lexicon) -> None:
    """An adjective in another degree, matched as one lemma: "Prices were higher" against "Prices were
    high", "the largest banks" against "several large banks". Only "large" for "largest" follows (the
    largest banks are large ones)."""
    for link in result.links:
        target = link.target
        if not link.accepted or target is None or link.relation != "lemma":
            continue
        said, source = _degree(link.claim.lower, lexicon), _degree(target.lower, lexicon)
        if said is not None and source is not None and said != source and not (said == 0 and source == 2):
            link.relation, link.accepted = "degree", False
            result.substitutions.append(link)


# The comparatives and superlatives English does not spell with -er and -est (a closed set of grammar).
_IRREGULAR_DEGREES = {"better": 1, "worse": 1, "best": 2, "worst": 2}
_IRREGULAR_SUPERLATIVES = frozenset(word for word, degree in _IRREGULAR_DEGREES.items() if degree == 2)


def _degree(word: str, lexicon: Lexicon) -> int | None:
    """0 for an adjective's plain form, 1 for its comparative ("higher"), 2 for its superlative ("largest");
    None for a word that is no adjective."""
    if word in _IRREGULAR_DEGREES:
        return _IRREGULAR_DEGREES[word]
    lemmas = lexicon.lemmas(word, "a")
    if not lemmas:
        return None
    # "higher" is a lemma of its own too ("higher education"): a comparative still, beside "high".
    if word.endswith(("er", "est")) and any(lemma != word and word.startswith(lemma[:2]) for lemma in lemmas):
        return 2 if word.endswith("est") else 1
    return 0


def _may_be_superlative(word: str) -> bool:
    """False where :func:`_degree` cannot be 2, tested without the lexicon: a superlative ends in "-est" or
    is an irregular one ("best", "worst")."""
    return word.endswith("est") or _IRREGULAR_DEGREES.get(word) == 2


def _may_pick(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word before an excerpt may belong to a phrase that singles out a few ("top three")."""
    return token.content or _is_count(token) or _picks(token, lexicon)


def _phrase_start(tokens: list[Token], tok: Token, lexicon: Lexicon) -> int:
    """Where the modifiers before a noun begin: after its determiner or possessive ("Acme's three most
    senior executives" → "three")."""
    start = tok.position
    while start and tokens[start - 1].clause == tok.clause and not tokens[start - 1].lower.endswith("'s") and (
            tokens[start - 1].content or _is_count(tokens[start - 1]) or _picks(tokens[start - 1], lexicon)) \
            and not _verb_form(tokens[start - 1].lower, lexicon) and not _finite_verb(tokens, tokens[start - 1], lexicon):
        start -= 1
    return start


def _verb_form(word: str, lexicon: Lexicon) -> bool:
    """An inflected verb that is no noun's plural: "approves", "raised" (not "rivals", nor "cut")."""
    verbs = lexicon.lemmas(word, "v")
    nouns = lexicon.lemmas(word, "n")
    return bool(verbs) and word not in verbs and (not nouns or word in nouns)


def _picks_dropped(claim_tokens: list[Token], links: Iterable[Link], result: Alignment, lexicon: Lexicon) -> None:
    """A claim that speaks of all ("its executives did not attend", "its shareholders voted") where its
    source singles some out ("its top three executives", "its five largest shareholders"). A bare plural
    says as much only under a denial ("Executives did not attend"); "Executives attended" follows."""
    links = list(links)
    for link in links:
        tok, target = link.claim, link.target
        if not link.accepted or target is None or link.evidence is None:
            continue
        lemmas = lexicon.lemmas(tok.lower, "n")
        if not lemmas or tok.lower in lemmas:
            continue  # a plural: "the protest" for "the biggest protest in years" is the one protest
        # The claim's own noun phrase: it may keep the pick ("its largest shareholders").
        start = _phrase_start(claim_tokens, tok, lexicon)
        if any(_picks(t, lexicon) for t in claim_tokens[start : tok.position]):
            continue
        opening = claim_tokens[start - 1] if start else None
        definite = opening is not None and (opening.lower in _DEFINITE or opening.lower.endswith("'s"))
        denied = tok.negated or any(t.clause == tok.clause and t.cue and _is_negation(claim_tokens, t.position)
                                    for t in claim_tokens[tok.position + 1 :])  # "Executives did not attend"
        if not (definite or (denied and (opening is None or opening.lower not in _INDEFINITES))):
            continue
        tokens = link.evidence.tokens
        # Words the claim has outside this phrase end the source's phrase ("rivals cut prices").
        matched = [l.target for l in links if l.target is not None and not start <= l.claim.position <= tok.position]
        first = target.position
        picked = False
        while first and (tokens[first - 1].content or _is_count(tokens[first - 1]) or _picks(tokens[first - 1], lexicon)) \
                and tokens[first - 1].clause == target.clause and not tokens[first - 1].lower.endswith("'s") \
                and not _finite_verb(tokens, tokens[first - 1], lexicon) and tokens[first - 1] not in matched:
            first -= 1
            picked = picked or _picks(tokens[first], lexicon)
        if picked:
            span = tokens[first : target.position + 1]
            if any(word == t.text for _, word, _ in result.negation_scope for t in span):
                continue  # "none of the 12 other banks": the widened denial is the reason already
            result.picks_dropped.append((link, " ".join(t.text for t in span)))
            link.accepted = False


# What puts a superlative's thing among others ("among the highest", "one of the largest").
_MEMBERSHIP_WORDS = frozenset("among amongst one".split())
# Prepositions that narrow what a superlative ranges over: "the largest fine on a single company in an
# antitrust case", "the highest rents in the country".
_SCOPE_PREPOSITIONS = frozenset("in on of for among at within across since by".split())


# Words that count or speak of all, before a noun phrase: what restricts its noun picks which are counted.
_UNIVERSALS = frozenset("all every each any no".split())
# Verbs that deny their object's everything: "banned short-term rentals in residential neighbourhoods"
# bans fewer rentals than "banned short-term rentals" (as under "not", a narrower object does not follow).
_PROHIBITIONS = frozenset(
    "ban bans banned banning prohibit prohibits prohibited prohibiting forbid forbids forbade forbidden "
    "outlaw outlaws outlawed outlawing".split())


def _restrictions_dropped(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A restriction of a counted noun, or of a noun said of all, dropped: "The county reported four cases"
    against "… four new cases"; "lost four of their last five matches" against "… five away matches";
    "from all of its cereals" against "from all of its children's cereals"; and of what a ban covers:
    "banned short-term rentals" against "… short-term rentals in residential neighbourhoods". Dropping a
    modifier says more here, not less: the count or the "all" is of the narrower set."""
    claim_words = {t.lower for t in claim_tokens}
    # Either finding needs a word of the source the claim does not have: a dropped modifier before the
    # noun (content, or a possessive) or a content word or name of what a ban covers after it. With none
    # in the sentences the links point to (a claim copying its sentence, most excerpts), the walk over
    # each noun's phrase below cannot find anything.
    linked = {id(link.evidence): link.evidence for link in result.links if link.evidence is not None}
    if not any((t.content or t.name or t.lower.endswith("'s")) and t.lower not in claim_words
               for st in linked.values() for t in st.tokens):
        _ages_dropped(claim_tokens, result, lexicon)
        return
    # Per evidence sentence, the positions its words are matched at: the same for every link (the loop
    # changes only whether a link is accepted), so found once per sentence, not once per noun.
    used_in: dict[int, set[int]] = {}
    sentence_openers: dict[int, tuple[int, dict[int, int], int]] = {}  # per evidence sentence: _restriction_openers
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None:
            continue
        # What opens the source's phrase must be a figure, or stand by an "all" of the noun's clause (and the
        # claim's phrase be definite), or by a ban: with no such word before the noun, nothing below can be
        # found, and the walk back over the sentence's words (a verb test for each) is not needed.
        openers = sentence_openers.get(id(st))
        if openers is None:
            openers = sentence_openers[id(st)] = _restriction_openers(st.tokens)
        first_figure, first_universal, first_ban = openers
        counts_before = first_figure < target.position or first_universal.get(target.clause, target.position) < target.position
        if not counts_before and not first_ban < target.position:
            continue
        if not lexicon.lemmas(link.claim.lower, "n"):
            continue
        nxt = claim_tokens[link.claim.position + 1] if link.claim.position + 1 < len(claim_tokens) else None
        if nxt is not None and nxt.content and nxt.clause == link.claim.clause and lexicon.lemmas(nxt.lower, "n"):
            continue  # a noun modifying the next ("board members"): the phrase's head speaks for it
        # Only where the claim's phrase is definite or universal too: "Two board members resigned" says
        # at least two did, which "Acme's two longest-serving board members resigned" says; "Acme's two
        # board members" says it has two.
        c = link.claim.position - 1
        while c >= 0 and (claim_tokens[c].content or claim_tokens[c].name or claim_tokens[c].lower.endswith("'s")) \
                and not claim_tokens[c].text[0].isdigit() and claim_tokens[c].lower not in FIGURE_WORDS:
            c -= 1
        if c >= 0 and (claim_tokens[c].text[0].isdigit() or claim_tokens[c].lower in FIGURE_WORDS):
            c -= 1  # past the count, to what makes it definite: "their last five", "the two"
            while c >= 0 and claim_tokens[c].lower in ("last", "first", "next", "past", "other"):
                c -= 1
        before = claim_tokens[c] if c >= 0 else None
        definite = before is not None and (before.lower in _DEFINITE or before.lower.endswith("'s")
                                           or any(t.lower in _UNIVERSALS for t in claim_tokens[max(0, c - 2) : c + 1]))
        if not (definite and counts_before) and not first_ban < target.position:
            continue  # a count or an "all" is read only for a definite phrase of the claim's
        tokens = st.tokens
        used = used_in.get(id(st))
        if used is None:
            used = used_in[id(st)] = {l.target.position for l in result.links if l.evidence is st and l.target is not None}
        # The source's words before its noun, back to what opens the phrase.
        k = target.position - 1
        dropped: list[Token] = []
        while k >= 0 and tokens[k].clause == target.clause and (tokens[k].content or tokens[k].lower.endswith("'s")) \
                and not tokens[k].text[0].isdigit() and tokens[k].lower not in FIGURE_WORDS \
                and not _finite_verb(tokens, tokens[k], lexicon):
            if k not in used and tokens[k].lower not in claim_words:
                dropped.append(tokens[k])
            k -= 1
        opener = tokens[k] if k >= 0 else None
        # A count, not an ordinal: "its first battery recycling plant" is the one plant.
        counted = opener is not None and _figure_kind(opener) != "ordinal" and (
            opener.text[0].isdigit() or (opener.lower in FIGURE_WORDS and opener.lower != "one"))
        universal = any(t.lower in _UNIVERSALS for t in tokens[max(0, k - 2) : k + 1] if t.clause == target.clause)
        if dropped and (counted or universal) and opener is not None and definite:
            span = tokens[min(t.position for t in dropped) - (1 if counted else 0) : target.position + 1]
            result.restrictions_dropped.append((link, " ".join(t.text for t in span)))
            link.accepted = False
            continue
        # What a ban covers, narrowed after its noun: "… rentals in residential neighbourhoods".
        verb = next((t for t in reversed(tokens[max(0, k - 2) : k + 1]) if t.lower in _PROHIBITIONS), None)
        if verb is None or target.position + 2 >= len(tokens):
            continue
        after = tokens[target.position + 1]
        if after.lower in ("in", "on", "at", "for", "from", "within", "near") and after.clause == target.clause \
                and after.position not in used:
            phrase = [t for t in tokens[after.position + 1 : after.position + 5] if t.clause == target.clause]
            if any(t.content or t.name for t in phrase) and not any(t.position in used or t.lower in claim_words
                                                                  for t in phrase if t.content or t.name):
                end = max(t.position for t in phrase if t.content or t.name)
                result.restrictions_dropped.append((link, " ".join(t.text for t in tokens[target.position : end + 1])))
                link.accepted = False
    _ages_dropped(claim_tokens, result, lexicon)


_AGE_BOUNDS = frozenset("over under aged above below older younger".split())


def _ages_dropped(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """Who is meant, narrowed by an age or a size after the noun, dropped: "Adults who walked at least 7,000
    steps" against "Adults over 65 who walked …" says it of all adults. A finding of the narrower group is
    not one of the wider; the claim must keep the bound ("adults over 65", "children under five")."""
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None or target.position + 2 >= len(st.tokens):
            continue
        tokens = st.tokens
        bound = tokens[target.position + 1]
        # (the bound first: a look-up where the lexicon's is several, and most nouns have no bound after them)
        if bound.lower not in _AGE_BOUNDS or bound.clause != target.clause or not lexicon.lemmas(link.claim.lower, "n"):
            continue
        figure = next((t for t in tokens[bound.position + 1 : bound.position + 3]
                       if t.text[0].isdigit() or t.lower in FIGURE_WORDS), None)
        if figure is None or not lexicon.is_person_noun(link.claim.lower):
            continue
        unit = tokens[figure.position + 1].lower if figure.position + 1 < len(tokens) else ""
        if unit in _TIME_UNITS and not (figure.position + 2 < len(tokens) and tokens[figure.position + 2].lower in ("old", "of")):
            continue  # "customers over six years": a span of time, not an age
        kept = claim_tokens[link.claim.position + 1 : link.claim.position + 4]
        if any(t.text[0].isdigit() or t.lower in FIGURE_WORDS or t.lower.split("_")[0] in _AGE_BOUNDS for t in kept):
            continue  # the claim keeps it ("adults over 65", "children younger than twelve"): the figures' check compares
        result.restrictions_dropped.append((link, " ".join(t.text for t in tokens[target.position : figure.position + 1])))
        link.accepted = False


def _restriction_openers(tokens: list[Token]) -> tuple[int, dict[int, int], int]:
    """For _restrictions_dropped: the first position of a figure, by clause the first position of an "all"
    word, and the first position of a ban (len(tokens) for none)."""
    first_figure = first_ban = len(tokens)
    first_universal: dict[int, int] = {}
    for t in tokens:
        if first_figure == len(tokens) and (t.text[0].isdigit() or t.lower in FIGURE_WORDS):
            first_figure = t.position
        if t.lower in _UNIVERSALS and t.clause not in first_universal:
            first_universal[t.clause] = t.position
        if first_ban == len(tokens) and t.lower in _PROHIBITIONS:
            first_ban = t.position
    return first_figure, first_universal, first_ban


def _superlative_scopes(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A superlative said over more than its source ranges over: "Rents are the highest in the country"
    for "… among the highest in the country"; "the largest fine the Commission has imposed" for "… has
    imposed on a single company in an antitrust case". The source's restriction after the superlative, in
    its clause and with words the claim matches nowhere, is dropped; a time is no restriction of this kind
    ("its biggest profit on Tuesday")."""
    if not any(t.lower.endswith("est") or t.lower in _IRREGULAR_SUPERLATIVES for t in claim_tokens):
        return  # most claims: no word of theirs can be a superlative (_may_be_superlative), so no link is between two
    claim_words = {t.lower for t in claim_tokens}
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None or not _may_be_superlative(link.claim.lower) \
                or _degree(target.lower, lexicon) != 2 or _degree(link.claim.lower, lexicon) != 2:
            continue
        tokens = st.tokens
        # back far enough for a possessive between: "one of the world's largest"
        before = tokens[max(0, target.position - 5) : target.position]
        member = next((t for t in before if t.lower in _MEMBERSHIP_WORDS and t.clause == target.clause
                       and (t.lower != "one" or tokens[t.position + 1].lower == "of")), None)
        if member is not None and not claim_words & _MEMBERSHIP_WORDS:
            result.scopes_widened.append((link, " ".join(t.text for t in tokens[member.position : target.position + 1])))
            link.accepted = False
            continue
        used = {l.target.position for l in result.links if l.evidence is st and l.target is not None}
        for j in range(target.position + 1, len(tokens)):
            prep = tokens[j]
            if prep.clause != target.clause:
                break
            if prep.lower not in _SCOPE_PREPOSITIONS or j in used:
                continue
            phrase = []
            for t in tokens[j + 1 :]:
                if t.clause != target.clause or (t.lower in _SCOPE_PREPOSITIONS and phrase):
                    break
                phrase.append(t)
            words = [t for t in phrase if t.content or t.name]
            # (the claim's words checked are content words: its "the" keeps no "in the district")
            if words and not any(t.position in used or t.lower in claim_words for t in words) \
                    and not any(_is_time_or_figure(t) or t.lower in _RELATIVE_TIME_UNITS or t.lower in WEEKDAYS for t in phrase):
                end = phrase[-1].position
                result.scopes_widened.append((link, " ".join(t.text for t in tokens[target.position : end + 1])))
                link.accepted = False
                break


_SINGULAR_DEFINITE = frozenset("the this that its his her their our my your".split())


def _plural_noun(word: str, lexicon: Lexicon) -> bool:
    lemmas = lexicon.lemmas(word, "n")
    return bool(lemmas) and word not in lemmas  # "families", "people"; not "glasses", "sales", "news"


def _singular_noun(word: str, lexicon: Lexicon) -> bool:
    return (not word.endswith("s") or word.endswith("ss")) and lexicon.lemmas(word, "n") == [word]  # not "news"


def _before_noun(tokens: list[Token], tok: Token, nxt: Token | None, lexicon: Lexicon) -> bool:
    """Whether ``tok`` modifies the noun right after it ("share price"); an inflected verb ("fell") is no noun."""
    if nxt is None or not nxt.content or nxt.start != tok.end + 1 or not lexicon.lemmas(nxt.lower, "n"):
        return False
    verb_lemmas = lexicon.lemmas(nxt.lower, "v")
    return not (verb_lemmas and nxt.lower not in verb_lemmas) and not _finite_verb(tokens, nxt, lexicon)


def _used_as_verb(tokens: list[Token], tok: Token, lexicon: Lexicon) -> bool:
    """"plans to", "to cut", "will cut": a verb by its neighbours, or by the finite-verb test."""
    nxt = tokens[tok.position + 1] if tok.position + 1 < len(tokens) else None
    before = tokens[tok.position - 1].lower if tok.position else ""
    return (nxt is not None and nxt.lower == "to") or before == "to" or before in _MODALS \
        or _finite_verb(tokens, tok, lexicon)


def _number_changed(claim_tokens: list[Token], links: Iterable[Link], result: Alignment, lexicon: Lexicon) -> None:
    """One where the source has many, or many where it has one: "The family sued the city" against "The
    families of the victims sued the city"; "The suspects were charged" against "The suspect was
    charged"; "Doctors said" against "A doctor said". "A suspect was arrested" follows from "Two suspects
    were arrested" (one of them), and a bare plural after its verb may speak in general ("The council
    approves new budgets"), so either counts only after a definite word, or as the subject of its verb; and a noun before another ("share price") is a modifier, whose number says nothing."""
    for link in links:
        tok, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or link.relation != "lemma" or tok.name:
            continue
        if _used_as_verb(claim_tokens, tok, lexicon) or _used_as_verb(st.tokens, target, lexicon):
            continue
        claim_next = claim_tokens[tok.position + 1] if tok.position + 1 < len(claim_tokens) else None
        source_next = st.tokens[target.position + 1] if target.position + 1 < len(st.tokens) else None
        if _before_noun(claim_tokens, tok, claim_next, lexicon) or _before_noun(st.tokens, target, source_next, lexicon):
            continue  # a modifier: "share price", "family doctor"
        start = _phrase_start(claim_tokens, tok, lexicon)
        before = claim_tokens[start - 1].lower if start else ""  # the phrase's determiner: "the largest lender"
        one_for_many = _singular_noun(tok.lower, lexicon) and _plural_noun(target.lower, lexicon) \
            and (before in _SINGULAR_DEFINITE or before.endswith("'s"))
        many_for_one = _plural_noun(tok.lower, lexicon) and _singular_noun(target.lower, lexicon) \
            and lexicon.lemmas(tok.lower, "n") == [target.lower] and (before in _SINGULAR_DEFINITE or before.endswith("'s") or (
                claim_next is not None and (claim_next.lower in SPEECH_VERBS or _finite_verb(claim_tokens, claim_next, lexicon))))
        if one_for_many or many_for_one:
            result.numbers_changed.append(link)
            link.accepted = False


def is_possessive(token: Token, text: str) -> bool:
    """ "Lee's", and the plural "victims'" (whose apostrophe is no part of the word, so it is read from
    the text right after it)."""
    return token.lower.endswith("'s") or (token.lower.endswith("s") and text[token.end : token.end + 1] in ("'", "\u2019")
                                          and text[token.end + 1 : token.end + 2] in (" ", ""))


# Ordinals and years pick one of a series ("the first exercise", "the 2020 Olympics"); a count or an
# amount after a definite or possessive word describes the one thing it names ("the two suspects", "its
# 2% target", "none of the 12 passengers", "the 1 March deadline").
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                         r"eleventh|twelfth|last|final")


def _describes(tokens: list[Token], target: Token) -> bool:
    """Whether a dropped figure describes what a definite phrase names rather than picking some of it:
    a count or amount (no ordinal, no year) right after a definite or possessive word, with nothing but
    function words between ("its 2% target", "of the 12 passengers"; not "fine the bank $5 million")."""
    if not (target.text[0].isdigit() or target.lower in FIGURE_WORDS) \
            or _ORDINAL_RE.fullmatch(target.lower) or YEAR_RE.fullmatch(target.lower):
        return False
    for before in reversed(tokens[max(0, target.position - 3) : target.position]):
        if before.lower in _DEFINITE or before.lower.endswith("'s"):  # "the firm's 900 workers"
            return True
        if before.content:
            return False
    return False


def _restricts(token: Token) -> bool:
    """Whether an evidence word narrows what a denial covers: a content word, and also a figure, a year
    or an ordinal ("the 2020 Olympics", "the first exercise") and "other" ("any other vessels"), which are
    no content words but pick out some of the things denied."""
    return token.content or token.text[0].isdigit() or token.lower == "other" or (
        token.lower in FIGURE_WORDS and token.lower != "one")  # "no one", "any one of them": a pronoun


def _defines_a_setting(tokens: list[Token], target: Token, s_idx: int, used, lexicon: Lexicon) -> bool:
    """A dropped measure inside a definite phrase after a preposition, before its kept singular noun: "did
    not fire any other weapons during the three-day exercise" ⇒ "… during the exercise". The measure
    says how long the one exercise "the" picks out lasted; it does not pick out one among several. Any
    other modifier may ("at the civilian vessels", "during the first exercise", "in the elderly
    patients"), and so does a plural head ("during the night exercises"): dropping those widens the
    denial. Not a verb's object either."""
    p = target.position
    if p < 2 or p + 1 >= len(tokens) or (s_idx, p + 1) not in used or not tokens[p + 1].content:
        return False
    head = tokens[p + 1].lower
    return (_MEASURE_RE.fullmatch(target.lower) is not None and head in lexicon.lemmas(head, "n")
            and tokens[p - 1].lower in ("the", "this", "that") and tokens[p - 2].lower in lexicon.relation_words)


# "three-day", "90-minute", "two-week-long": a count and a unit written as one modifier.
_MEASURE_RE = LazyPattern(
    r"(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)-(?:" + TIME_UNITS_PATTERN + r")(?:-long)?")


def _exchanges(content: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon, claim_tokens: list[Token]) -> None:
    """Two claim words that trade places around a word kept between them in both texts: "an older version
    of a modified design" against "a modified version of an older design"; "amber warning for rain …
    yellow warning for wind" against the reverse. Verbs are left out (a change of voice reorders words
    around the verb legitimately); participants around verbs are the role check's."""
    placed = [
        links[t.position] for t in content
        if t.position in links and links[t.position].accepted and links[t.position].target is not None
        and _verb_strength(claim_tokens, t, lexicon) < 2
    ]
    # Who a text is attributed to ("according to Yonhap News") takes no part in what it reports: moving
    # the attribution to the other end of the sentence trades no places.
    placed = [l for l in placed if not _attribution(claim_tokens, l.claim)
              and not _attribution(l.evidence.tokens, l.target)]  # type: ignore[union-attr]
    for i, a in enumerate(placed):
        for b in placed[i + 1 :]:
            ta, tb = a.target.position, b.target.position  # type: ignore[union-attr]
            if not ta > tb:
                continue  # same order in both: nothing traded
            if a.evidence is not b.evidence or a.claim.lower == b.claim.lower \
                    or not _swappable(a, b, lexicon, claim_tokens):
                continue
            pivot = next(
                (z for z in placed if z.evidence is a.evidence and a.claim.position < z.claim.position < b.claim.position
                 and tb < z.target.position < ta), None) or _figure_pivot(a, b, claim_tokens)  # type: ignore[union-attr]
            if pivot is not None and a.accepted and b.accepted:
                a.accepted = b.accepted = False
                result.exchanges.append((a, b))
    _figure_exchanges(claim_tokens, placed, result, lexicon)


# Month names that are not also other words ("may", "march" are verbs too).
MONTH_WORDS = frozenset("january february april june july august september october november december".split())
# Words that date a figure in a claim ("30 on Tuesday afternoon", "41 in March"), for _trend_of_figures.
_TIME_POINT_WORDS = WEEKDAYS | MONTH_WORDS | frozenset("morning afternoon evening night".split())


def _is_time_or_figure(tok: Token) -> bool:
    return tok.text[0].isdigit() or tok.lower in WEEKDAYS or tok.lower in MONTH_WORDS


def _figure_exchanges(claim_tokens: list[Token], placed: list[Link], result: Alignment, lexicon: Lexicon) -> None:
    """Two figures or times that trade places around a word kept between them: "at the mall on 8 April and
    at the hospital on 5 April" against "at the mall on 5 April and at the hospital on 8 April"; also
    weekdays and months. Each figure must occur once in the sentence, so the places are unambiguous."""
    figures = [t for t in claim_tokens if _is_time_or_figure(t)]
    if len(figures) < 2:
        return
    for st in {id(l.evidence): l.evidence for l in placed}.values():
        where: dict[str, list[int]] = {}
        for t in st.tokens:  # type: ignore[union-attr]
            if _is_time_or_figure(t):
                where.setdefault(t.lower, []).append(t.position)
        for i, f1 in enumerate(figures):
            for f2 in figures[i + 1 :]:
                p1, p2 = where.get(f1.lower, ()), where.get(f2.lower, ())
                if f1.lower == f2.lower or len(p1) != 1 or len(p2) != 1 or not p1[0] > p2[0]:
                    continue
                if _figure_kind(f1) != _figure_kind(f2):
                    continue  # a weekday cannot stand where a count does: "28 percent … on Tuesday" only moved
                if _keeps_own_preposition(f1, f2, claim_tokens, st.tokens[p1[0]], st.tokens[p2[0]], st.tokens):  # type: ignore[union-attr]
                    continue
                # (not a verb the source says as a noun: "children aged 5 to 12 fell 21 percent" for "a 21
                # percent drop in … among children aged 5 to 12" is reworded, not exchanged)
                pivot = next((z for z in placed if z.evidence is st and f1.position < z.claim.position < f2.position
                              and p2[0] < z.target.position < p1[0] and not _is_time_or_figure(z.claim)
                              and not (_verb_strength(claim_tokens, z.claim, lexicon)
                                       and not _verb_strength(st.tokens, z.target, lexicon))), None)  # type: ignore[union-attr,arg-type]
                if pivot is not None:
                    pair = (Link(f1, "substitution", st, st.tokens[p2[0]], accepted=False),  # type: ignore[union-attr]
                            Link(f2, "substitution", st, st.tokens[p1[0]], accepted=False))  # type: ignore[union-attr]
                    result.exchanges.append(pair)
                    return


def _keeps_own_preposition(f1: Token, f2: Token, claim_tokens: list[Token], e1: Token, e2: Token,
                           evidence_tokens: list[Token]) -> bool:
    """Each figure keeps the preposition that gives it its role, and the two differ: "dropped to 31,
    from 94" against "fell from 94 to 31" puts the figures in another order, not in each other's roles."""
    def before(tok: Token, tokens: list[Token]) -> str:
        word = _role_word(tokens, tok.position)
        return word.lower if word is not None else ""

    def one_change(a: Token, b: Token, tokens: list[Token]) -> bool:
        # Nothing but units between the figures: one change, not two ("rents in Leeds rose to 900 and
        # rents in York rose from 700" gives each place its own figure).
        lo, hi = sorted((a.position, b.position))
        return not any(t.content and t.lower not in _TIME_UNITS for t in tokens[lo + 1 : hi])
    b1, b2 = before(f1, claim_tokens), before(f2, claim_tokens)
    return (b1 != b2 and b1 in _ROLE_PREPOSITIONS and b2 in _ROLE_PREPOSITIONS
            and before(e1, evidence_tokens) == b1 and before(e2, evidence_tokens) == b2
            and one_change(f1, f2, claim_tokens) and one_change(e1, e2, evidence_tokens))


def _figure_role(word: Token, lexicon: Lexicon) -> str | None:
    """The role a figure's preceding word gives it: from, to or by; right after a verb of change the
    figure is the change itself ("rose 9%" is "rose by 9%", not "rose to 9%")."""
    if word.lower in _ROLE_PREPOSITIONS:
        return word.lower
    if word.lower in ("up", "down") or not _CHANGE_VERBS.isdisjoint(lexicon.lemmas(word.lower, "v")):
        return "by"
    return None


# Verbs whose bare figure is the size of the change: "rose 9%", "cut 400 jobs" is not one of them.
_CHANGE_VERBS = frozenset(
    "rise fall increase decrease grow drop climb jump slide decline gain surge soar plunge tumble slip shrink "
    "expand rally dip sink advance retreat".split())


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


def _figures_moved(claim_tokens: list[Token], result: Alignment) -> None:
    """A figure the evidence gives to other words of the same sentence: "Verdi has demanded a pay rise of
    5% over two years" against "… demanded a pay rise of 12.5% over one year, while employers have offered
    5% over two years"; "earnings grew 4.3% on the month" against "grew 0.2% on the month and 4.3% on the
    year". The claim's figure follows a matched word (past the words that only qualify it: "a peak of");
    right after that word's counterpart the evidence has another figure, and the claim's is elsewhere in
    the sentence. Not where the evidence gives both to the one word in turn and the claim keeps what it
    tells the figure with ("rose 2.1% in May and 3.4% in June" backs "rose 3.4% in June")."""
    by_position = {l.claim.position: l for l in result.links}
    for i, tok in enumerate(claim_tokens):
        if not tok.text[0].isdigit():
            continue
        key = _figure_key(claim_tokens, i)
        role = _role_word(claim_tokens, i)
        head = by_position.get(role.position) if key is not None and role is not None and role.content else None
        if head is None or not head.accepted or head.target is None or head.evidence is None:
            continue
        tokens = head.evidence.tokens
        e = head.target.position
        own = next((j for j in range(e + 1, min(len(tokens), e + 8)) if tokens[j].text[0].isdigit()
                    and _figure_key(tokens, j) is not None and _role_word(tokens, j) is head.target), None)
        if own is None or _figure_key(tokens, own) == key:
            continue
        elsewhere = [j for j in range(len(tokens)) if j != own and tokens[j].text[0].isdigit() and _figure_key(tokens, j) == key]
        if not elsewhere:
            continue  # a figure the evidence does not give is the numbers check's
        frame = _frame_after(claim_tokens, i)
        if all(j > own for j in elsewhere) and frame is not None and frame != _frame_after(tokens, own) \
                and any(_frame_after(tokens, j) == frame for j in elsewhere):
            continue  # the one word's second figure, told with what the claim tells it with
        # Both as the sentence writes them (the claim's figure is there too, elsewhere).
        result.figures_moved.append((head, _figure_text(head.evidence, elsewhere[0]), _figure_text(head.evidence, own)))


def _role_word(tokens: list[Token], position: int) -> Token | None:
    """The word before a figure, past the words that only qualify it: "from nearly 94", "to a peak of 41"."""
    i = position - 1
    while i >= 0 and tokens[i].lower in _FIGURE_QUALIFIERS:
        i -= 1
    return tokens[i] if i >= 0 else None


_FIGURE_QUALIFIERS = frozenset(
    "nearly almost about around roughly approximately some just a an peak high low record of".split())
# Prepositions that give a figure its role in a change: from the old value, to (or by) the new one.
_ROLE_PREPOSITIONS = frozenset("from to by".split())


def _figure_pivot(a: Link, b: Link, claim_tokens: list[Token]) -> Token | None:
    """A figure of the claim between two words, found between them (in the other order) in their evidence
    sentence too: the date that the two places trade in "exposures at the hospital on 5 April and at the
    mall on 8 April" against "at the mall on 5 April and at the hospital on 8 April"."""
    tokens = a.evidence.tokens  # type: ignore[union-attr]
    lo, hi = b.target.position, a.target.position  # type: ignore[union-attr]
    between = {t.lower for t in tokens[lo + 1 : hi] if t.text[0].isdigit()}
    return next((t for t in claim_tokens[a.claim.position + 1 : b.claim.position]
                 if t.text[0].isdigit() and t.lower in between), None)


def _skipped_opposites(content, links, anchors, evidence, used, lexicon: Lexicon, result: Alignment) -> None:
    """A claim word matched further on while its opposite stands at its own place: "profit rose 5%"
    against "profit fell 5% despite a rise in sales". The evidence words passed over between the previous
    anchor and the match are checked for the claim word's opposite."""
    for tok in content:
        link = links.get(tok.position)
        if link is None or not link.accepted or link.target is None or tok.name or link.relation == "antonym":
            continue
        st = link.evidence
        s_idx = evidence.index(st)
        before = [a for a in anchors if a[0] < tok.position and a[1] == s_idx]
        lo = before[-1][2] + 1 if before else max(0, link.target.position - _REACH)
        for target in st.tokens[lo : link.target.position]:
            if (target.content or target.cue) and not target.name and (s_idx, target.position) not in used \
                    and relation(lexicon, tok.lower, target.lower) == "antonym" and not (tok.negated and not target.negated):
                link.relation, link.target, link.accepted = "antonym", target, False
                result.antonyms.append(link)
                break


def _polarity(claim_tokens: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon,
              evidence: list[SentenceTokens]) -> None:
    """A clause of the claim and the evidence clause it was matched in that disagree on whether it is
    denied: an odd number of negation words on one side, even on the other. "The council did not reject
    the plan" (two: they cancel) against "The council rejected the plan" (one); "…did not approve the
    housing plan" against "…approved the housing plan but did not approve the road plan" (the matched
    clause has none). A denied opposite ("would not close" for "will stay open") is the one exception."""
    by_clause: dict[int, list[Link]] = {}
    for link in links.values():
        if link.accepted and link.target is not None and link.evidence is not None:
            by_clause.setdefault(link.claim.clause, []).append(link)
    for clause, clause_links in by_clause.items():
        if all(l.claim.negated == l.target.negated for l in clause_links):  # type: ignore[union-attr]
            continue  # no matched word disagrees (the last test below): nothing to find, cheaply
        if any(l.relation == "antonym" for l in links.values() if l.claim.clause == clause):
            continue
        # The denying verb said in another word ("turned down a proposal" for "rejected a proposal"): the
        # claim's own denials must then match the rest of the source clause's ("did not turn down" is no
        # "rejected").
        restating = next((l for l in clause_links if l.relation in ("synonym", "lemma", "derivation")
                          and l.target.lower in NEGATION_CUES), None)  # type: ignore[union-attr]
        if restating is not None:
            st, target = restating.evidence, restating.target
            source_side = [t for t in st.tokens if t.clause == target.clause]  # type: ignore[union-attr]
            source_denials = _negations(source_side) - (1 if _is_negation(st.tokens, target.position) else 0)  # type: ignore[union-attr]
            claim_denials = _negations([t for t in claim_tokens if t.clause == clause])
            if claim_denials % 2 != source_denials % 2:
                result.polarity.append((restating, claim_denials % 2 == 1))
            continue
        # The clause's verb says what it asserts, so it weighs more than a participant: "Two patients have
        # died" is matched in "… but no deaths have been reported", not in "Two patients were hospitalised".
        votes: dict[tuple[int, int], float] = {}
        # What is said, not who says it: "Claire Dunmore said the title race was over" is matched where the
        # race is, not where Dunmore speaks.
        said = next((t.position for t in claim_tokens if t.clause == clause and t.lower in SPEECH_VERBS), None)
        voters = [l for l in clause_links if said is None or l.claim.position > said] or clause_links
        for l in voters:
            key = (id(l.evidence), l.target.clause)  # type: ignore[union-attr]
            votes[key] = votes.get(key, 0) + (1.5 if _verb_strength(claim_tokens, l.claim, lexicon) == 2 else 1)
        best = max(votes, key=lambda k: (votes[k], -min(l.claim.position for l in clause_links
                                                          if (id(l.evidence), l.target.clause) == k)))  # type: ignore[union-attr]
        ev_link = next(l for l in clause_links if (id(l.evidence), l.target.clause) == best)  # type: ignore[union-attr]
        if _is_question(ev_link.evidence) and _answer(evidence, ev_link.evidence) in ("denied", "affirmed"):  # type: ignore[arg-type]
            continue  # an answered question: its answer says yes or no (_questions_asserted)
        claim_side = [t for t in claim_tokens if t.clause == clause]
        evidence_side = [t for t in ev_link.evidence.tokens if t.clause == ev_link.target.clause]  # type: ignore[union-attr]
        claim_negative = _negations(claim_side) % 2 == 1
        # The clauses disagree, and so does at least one matched word: the claim's is denied where the
        # evidence's is not, or the reverse (clause splits alone can differ between a rewording and its source).
        disagreeing = [l for l in clause_links if l.claim.negated != l.target.negated  # type: ignore[union-attr]
                       and (id(l.evidence), l.target.clause) == best]  # type: ignore[union-attr]
        if claim_negative != (_negations(evidence_side) % 2 == 1) and disagreeing:
            result.polarity.append((disagreeing[0], claim_negative))
            continue
        # A word taken from another cited sentence that denies it, or asserts what the claim denies:
        # "three customers were injured" against "… after three customers complained." and "There have
        # been no confirmed reports of injuries."
        # Not a verb of speaking (the frame, "Officials reported …"), nor a word of a question (its answer says).
        pooled = [l for l in clause_links if l.evidence is not ev_link.evidence and l.claim.negated != l.target.negated  # type: ignore[union-attr]
                  and l.claim.lower not in SPEECH_VERBS and not _is_question(l.evidence)]  # type: ignore[arg-type]
        if pooled:
            result.polarity.append((pooled[0], pooled[0].claim.negated))


def _negations(tokens: list[Token]) -> int:
    return sum(1 for i in range(len(tokens)) if _is_negation(tokens, i))


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


def _attribution(tokens: list[Token], tok: Token) -> bool:
    """Whether ``tok`` is part of the name an "according to" gives: "according to (the) Yonhap News".
    Only the capitalised words right after it, not the rest of the clause ("according to the report
    sales rose to 300 in Leeds …" still has its figures and places checked)."""
    i = tok.position
    if not tok.text[:1].isupper():
        return False
    while i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].lower not in ("according",):
        i -= 1
    if i > 0 and tokens[i - 1].lower == "the":
        i -= 1
    return i >= 2 and tokens[i - 1].lower == "to" and tokens[i - 2].lower == "according"


def _swappable(link_a: Link, link_b: Link, lexicon: Lexicon, claim_tokens: list[Token]) -> bool:
    """Words of one kind, which a claim can put in each other's places: two names, two kinds of one
    thing (siblings, opposites), two words that can only be adjectives ("older", "modified"), or two
    words that are surely nouns where they stand, in both texts."""
    a, b = link_a.claim, link_b.claim
    # Two words after one preposition in both texts fill slots of one kind, name or not: "recovered in
    # Scotland but remained weak in the south-east" against the reverse.
    pa_, pb_ = _own_preposition(claim_tokens, a, lexicon), _own_preposition(claim_tokens, b, lexicon)
    if pa_ is not None and pb_ is not None and pa_.lower == pb_.lower and link_a.evidence is not None \
            and link_b.evidence is not None:
        qa = _own_preposition(link_a.evidence.tokens, link_a.target, lexicon)  # type: ignore[arg-type]
        qb = _own_preposition(link_b.evidence.tokens, link_b.target, lexicon)  # type: ignore[arg-type]
        if qa is not None and qb is not None and qa.lower == qb.lower == pa_.lower:
            return True
    if a.name or b.name:
        return a.name and b.name
    if relation(lexicon, a.lower, b.lower) in ("sibling", "antonym"):
        return True
    pa, pb = lexicon.senses(a.lower).pos, lexicon.senses(b.lower).pos
    if "a" in pa and "a" in pb and "n" not in pa and "n" not in pb:
        return True
    # Two nouns of a list or of a phrase: "learns words, and parsing of sentences" against "learns
    # sentences, and parsing of words". Only where neither could be a verb in either text, so a change
    # of voice, which moves subjects and objects around the verb, is not taken for a trade.
    return "n" in pa and "n" in pb and all(
        _nominal(tokens, tok, lexicon) for link in (link_a, link_b)
        for tokens, tok in ((claim_tokens, link.claim), (link.evidence.tokens, link.target)))  # type: ignore[union-attr]


def _crossed_subjects(claim_tokens: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """Two subjects that trade verbs: "Exports rose while imports fell" against "Imports rose while exports
    fell". Each claim noun right before a matched verb is looked up in the evidence: when the word right
    after its counterpart is the verb another of the claim's nouns stands before, and the other way
    round, the two stand in each other's places. Only nouns right before their verbs, in both texts."""
    pairs: dict[int, tuple[Link, Token, Token]] = {}  # claim noun position -> (link, its verb's target, the verb after its target)
    for link in links.values():
        tok, target = link.claim, link.target
        if not link.accepted or target is None or link.evidence is None or tok.position + 1 >= len(claim_tokens) \
                or not (tok.name or "n" in lexicon.senses(tok.lower).pos):
            continue
        verb_link = links.get(tok.position + 1)
        tokens = link.evidence.tokens
        after = tokens[target.position + 1] if target.position + 1 < len(tokens) else None
        if verb_link is None or not verb_link.accepted or verb_link.target is None or verb_link.evidence is not link.evidence \
                or after is None or not after.content or _verb_strength(claim_tokens, verb_link.claim, lexicon) < 1:
            continue
        pairs[tok.position] = (link, verb_link.target, after)
    crossed = []
    items = list(pairs.values())
    for i, (a, a_verb, a_after) in enumerate(items):
        for b, b_verb, b_after in items[i + 1 :]:
            if a_after is b_verb and b_after is a_verb and a_verb is not b_verb and a.accepted and b.accepted:
                a.accepted = b.accepted = False
                crossed.append((a, b))
    result.exchanges.extend(crossed)


def _nominal(tokens: list[Token], tok: Token, lexicon: Lexicon) -> bool:
    """Whether a word is surely a noun where it stands: no verb form that must be one, and right after a
    determiner, a preposition or a list's comma ("parsing of sentences", "concepts, words, and …")."""
    if tok.name or _verb_strength(tokens, tok, lexicon) >= 2:
        return False
    if not tok.position:
        return False
    before = tokens[tok.position - 1]
    return before.clause != tok.clause or before.lower in _DETERMINERS or before.lower == "of" \
        or before.lower in lexicon.relation_words


def _moved_opposites(content, links, chain, anchors, evidence, used, lexicon: Lexicon, result: Alignment) -> None:
    """A claim word found elsewhere in the evidence while, at its own place, the evidence has its opposite
    or a sibling: "fish in the southern half" against "fish in the northern half …, while others keep the
    southern half". The word is there, but attached to something else."""
    for tok in content:
        link = links.get(tok.position)
        if tok.position in chain or link is None or not link.accepted or link.target is None or tok.name:
            continue
        for s_idx, target in _opposite(tok.position, anchors, evidence, used):
            rel = relation(lexicon, tok.lower, target.lower)
            if rel == "sibling" and not target.content:
                continue  # as in _judge_unmatched: a figure or cue word ("pounds") is only ever an opposite
            if rel in ("antonym", "sibling") and not (rel == "antonym" and tok.negated and not target.negated):
                link.relation, link.evidence, link.target, link.accepted = rel, evidence[s_idx], target, False
                (result.antonyms if rel == "antonym" else result.substitutions).append(link)
                break


def _clause_check(result: Alignment) -> None:
    """A clause of the claim needs support of its own: a content word whose evidence word no other clause
    of the claim already uses. "…, and that budget will be increased next year" is not supported by the
    "budget" the first clause took from the evidence."""
    by_clause: dict[int, list[Link]] = {}
    for link in result.links:
        by_clause.setdefault(link.claim.clause, []).append(link)
    owner: dict[int, set[int]] = {}  # evidence token (by id) → the claim clauses that use it
    for link in result.links:
        if link.accepted and link.target is not None:
            owner.setdefault(id(link.target), set()).add(link.claim.clause)
    for clause, links in by_clause.items():
        own = [
            l for l in links
            if l.accepted and (l.target is None or owner.get(id(l.target), {clause}) == {clause}
                               or min(owner[id(l.target)]) == clause)
        ]
        if not own:
            result.unsupported_clauses.append(" ".join(l.claim.text for l in links))


# Where one statement of a sentence ends and another begins. Not a colon: it mostly introduces what
# follows ("Sales Agent: We offer…", "Evacuations: mandatory orders…") rather than closing a statement.
_STRONG_BREAK_RE = LazyPattern(r";|\s[\u2013\u2014]\s|\.\s|\(|,\s+(?:while|but|whereas|although|though)\b")


def _moved_items(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A further item of a list that its sentence attaches to another statement: "orders remain in place
    for Pine Hollow, Cedar Flat and Millbrook" against "orders remain in place for Pine Hollow and Cedar
    Flat; a warning is in effect for Millbrook". The item (a clause of the claim with no verb of its own,
    after "and", "or" or a comma) is matched past a break (a semicolon, a spaced dash, a full stop, a
    bracket, or a comma before "while", "but", "whereas", "although", "though") that
    opens words the claim did not use: those say something else of it."""
    by_clause: dict[int, list[Link]] = {}
    for link in result.links:
        if link.accepted and link.target is not None:
            by_clause.setdefault(link.claim.clause, []).append(link)
    used = {id(l.target) for l in result.links if l.target is not None}
    for clause, links in sorted(by_clause.items()):
        previous = by_clause.get(clause - 1)
        # One sentence only: across sentences a claim's list gathers what several sentences say, and their
        # other words are no sign of another statement (measured on SummEdits: it fired at the base rate).
        if not previous or any(l.evidence is not links[0].evidence for l in previous + links):
            continue
        own = [t for t in claim_tokens if t.clause == clause]
        if not (own[0].lower in ("and", "or") or (own[0].lower not in CONNECTIVES and _coordinated(own[0], claim_tokens))) \
                or any(_finite_verb(claim_tokens, t, lexicon) for t in own) \
                or any(t.content and not t.name and "n" not in lexicon.senses(t.lower).pos and lexicon.senses(t.lower).pos
                       for t in own):
            continue  # an item names things (nouns, names); a clause with a verb says something of its own
        st = links[0].evidence
        first = min(links, key=lambda l: l.target.position)  # type: ignore[union-attr]
        text = st.sentence.text  # type: ignore[union-attr]
        last_before = max(l.target.position for l in previous)  # type: ignore[union-attr]
        if first.target.position <= last_before:  # type: ignore[union-attr]
            continue
        breaks = list(_STRONG_BREAK_RE.finditer(text, st.tokens[last_before].end, first.target.start))  # type: ignore[union-attr]
        if not breaks:
            continue
        start = breaks[-1].end()  # the statement the item is in begins at the last break before it
        other = [t for t in st.tokens[last_before + 1 : first.target.position]  # type: ignore[union-attr]
                 if t.start >= start and t.content and id(t) not in used]
        if other:
            said = text[start : first.target.end].strip()  # type: ignore[union-attr]
            result.moved_items.append((first, said))
            for l in links:
                l.accepted = False


def _participle(tok: Token, lexicon: Lexicon) -> bool:
    return tok.lower.endswith(("ing", "ed")) and "v" in lexicon.senses(tok.lower).pos


_INDEFINITES = frozenset("a an some any one another several".split())


def _dropped_kinds(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A bare word where its sentence names two kinds of it and nothing bare: "Ridership has fully
    recovered" against "…82% of pre-pandemic ridership on weekdays, but weekend ridership has fully
    recovered". Dropping a modifier is fine where the sentence has one kind ("the truce" for "the
    temporary truce"); where it contrasts kinds, the bare word claims what it says of one for all. Only as
    what the claim is about (before its verb, not after "a"): "issued a warning" follows from "issued an
    amber warning … and a yellow warning" (there was a warning), "the warning was lifted" does not."""
    for link in result.links:
        if not link.accepted or link.target is None or link.claim.name or link.relation not in ("exact", "lemma"):
            continue
        if len(link.evidence.by_stem.get(link.target.stem, ())) < 2:  # type: ignore[union-attr]
            continue  # one use of the word in its sentence: two kinds of it need two (the test at the end)
        before = claim_tokens[link.claim.position - 1] if link.claim.position else None
        if before is not None and (before.content or before.name or before.lower in _INDEFINITES):
            continue  # the claim says which kind, or only that there is one
        parts_of_speech = lexicon.senses(link.claim.lower).pos
        if (before is not None and (before.lower == "to" or before.lower in _MODALS)) \
                or (parts_of_speech and "n" not in parts_of_speech):
            continue  # a verb ("to support"), not a thing with kinds; a word WordNet lacks may be a noun
        after = claim_tokens[link.claim.position + 1] if link.claim.position + 1 < len(claim_tokens) else None
        if after is not None and after.content and after.clause == link.claim.clause and after.start == link.claim.end + 1:
            continue  # itself a modifier ("insurance options"): the kind in question is the next word's
        if any(t.clause == link.claim.clause and t.lower not in SPEECH_VERBS and _finite_verb(claim_tokens, t, lexicon)
               for t in claim_tokens[: link.claim.position]):
            continue  # after the verb: "issued warnings" says there were some ("said the warning…" does not)
        st = link.evidence
        kinds = []
        for pos in st.by_stem.get(link.target.stem, ()):  # type: ignore[union-attr]
            prev = st.tokens[pos - 1] if pos else None
            if prev is not None and (prev.clause != st.tokens[pos].clause or prev.end + 1 != st.tokens[pos].start):
                prev = None  # "lower pricing, demand levels": a list, not a kind of demand
            if prev is not None and prev.content and not prev.name and _participle(prev, lexicon):
                prev = None  # "clicking support": a verb and its object, not a kind of support
            if prev is None or not (prev.content or prev.name):
                kinds = []
                break  # the sentence also uses the bare word: the claim may mean that one
            kinds.append(f"{prev.text} {st.tokens[pos].text}")
        if len(set(k.lower() for k in kinds)) >= 2:
            result.kinds_dropped.append((link, kinds))
            link.accepted = False


def _polar_words(claim_tokens: list[Token], evidence: list[SentenceTokens], lexicon: Lexicon, result: Alignment) -> None:
    """Words left out of the alignment that have opposites: stop words ("against" / "favour", "before" /
    "after") and cue words ("rejected" / "approved"). The claim's word is wrong where the evidence has only
    its opposite. So are hand-kept words the alignment found nothing for: "less" where the source has
    only "more" (a stop word, which it does not align)."""
    inserted = {l.claim.position for l in result.insertions}
    for tok in claim_tokens:
        if (tok.content and tok.position not in inserted) or not (tok.cue or tok.lower in lexicon.extra_words):
            continue
        senses = lexicon.senses(tok.lower)
        opposites = senses.antonyms
        forms = senses.lemmas | {tok.lower}
        if not opposites or any(t.lower in forms or lexicon.senses(t.lower).lemmas & forms for st in evidence for t in st.tokens):
            continue
        hit = next(((st, t) for st in evidence for t in st.tokens
                    if t.lower in opposites or lexicon.senses(t.lower).lemmas & opposites), None)
        if hit is not None:
            result.antonyms.append(Link(tok, "antonym", hit[0], hit[1], accepted=False))


def _unsupported_verbs(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """What the share threshold must not let through, though it is one word: a verb the claim surely uses
    as one ("approved", "will relay") with nothing opposite it (the claim says something happened that the
    evidence does not say), the actor of a matched verb, or a property added to a matched word."""
    aligned = {l.claim.position for l in result.links if l.accepted and l.target is not None}
    # A speaker matched to a word that is not speaking there: "Residents said the water was unsafe"
    # against "the water was unsafe, officials told residents".
    # The speaker of the source is not the one who acted: "Lee closed the road" against "Lee said police
    # closed the road" or "Acme cut jobs, Lee said".
    by_position = {l.claim.position: l for l in result.links}
    for link in result.links:
        tok = link.claim
        nxt = claim_tokens[tok.position + 1] if tok.position + 1 < len(claim_tokens) else None
        verb = by_position.get(nxt.position) if nxt is not None else None
        if not link.accepted or link.target is None or verb is None or verb.target is None or not verb.accepted \
                or nxt.lower in SPEECH_VERBS or verb.evidence is not link.evidence or nxt.clause != tok.clause \
                or not (_finite_verb(claim_tokens, nxt, lexicon) or _verb_strength(claim_tokens, nxt, lexicon) >= 1):
            continue  # (not across a comma: "According to Sato, water temperatures stayed …")
        after = claim_tokens[nxt.position + 1] if nxt.position + 1 < len(claim_tokens) else None
        if after is not None and after.content and after.clause == nxt.clause and "n" in lexicon.senses(after.lower).pos \
                and _verb_strength(claim_tokens, nxt, lexicon) < 2:
            continue  # a noun before a noun: "The Kessel fire brigade said", no "Kessel fired" 
        gap = verb.target.position - link.target.position
        before_verb = link.evidence.tokens[verb.target.position - 1].lower if verb.target.position else ""  # type: ignore[union-attr]
        # Not when the matched verb is the speaking itself ("requested" for "Resident Lopez asked"), or
        # a pronoun takes the speaker on ("Lee revealed he made the request").
        if _speaks(link.evidence, link.target) and not 0 < gap <= 2 and verb.target.lower not in SPEECH_VERBS \
                and before_verb not in _SUBJECT_PRONOUNS and not _acts_too(link.evidence, link.target, verb.target, lexicon):  # type: ignore[arg-type]
            result.unsupported_verbs.append(f"{tok.text} {nxt.text}")
    # "asks X to do" puts a request, not words, in someone's mouth ("Lee asks Xi to mediate").
    for link in result.links:
        nxt = claim_tokens[link.claim.position + 1] if link.claim.position + 1 < len(claim_tokens) else None
        if nxt is not None and nxt.lower.startswith("ask") and any(
                t.lower == "to" for t in claim_tokens[nxt.position + 1 : nxt.position + 5]):
            continue
        if link.accepted and link.target is not None and link.evidence is not None \
                and _speaker_slot(claim_tokens, link.claim, lexicon, names=True) \
                and not _speaks(link.evidence, link.target) and not _speaks_in_another(result, link):
            said = f" {nxt.text}" if nxt is not None and nxt.lower in SPEECH_VERBS else ""
            result.unsupported_verbs.append(f"{link.claim.text}{said}")
    for link in result.insertions:
        tok = link.claim
        if tok.name:
            continue
        # A rate the evidence does not give: "processes 25,000 tonnes annually" against "processed 25,000
        # tonnes in a year" says it happens every year, where the source tells of one.
        # So is a span the evidence does not give: "up to a week" against "up to 10 days" (a claim's "a
        # week" is no figure for the figures' check, which reads "a" as "one" in sources only).
        # So is a phrase with a denial in it, read as one word ("at no cost"): a price, or a bound.
        if tok.lower in _RATE_UNITS or (tok.lower in _TIME_UNITS and not _per_unit(claim_tokens, tok.position)) \
                or (" " in tok.text and not NEGATION_CUES.isdisjoint(tok.lower.split("_"))) \
                or _finite_verb(claim_tokens, tok, lexicon) or _predicate_adjective(claim_tokens, tok, lexicon):
            result.unsupported_verbs.append(tok.text)
            continue
        # Who said it: a noun right before a reporting verb, or after "according to", is the speaker.
        # "The owners said the fund grew" against "the fund grew, a statement said" adds one.
        if _speaker_slot(claim_tokens, tok, lexicon):
            result.unsupported_verbs.append(tok.text)
            continue
        # A role given to a name the source matches without it: "told host Tariq Bell" (the name may be
        # matched by alias, with no word opposite).
        nxt = claim_tokens[tok.position + 1] if tok.position + 1 < len(claim_tokens) else None
        if nxt is not None and nxt.text[0].isupper() and not tok.text[0].isupper() and nxt.clause == tok.clause \
                and lexicon.is_person_noun(tok.lower) and any(l.accepted for l in result.links if l.claim is nxt):
            result.unsupported_verbs.append(f"{tok.text} {nxt.text}")
            continue
        # Who did it: a noun right before a verb the evidence has is that verb's subject. "The school
        # nurse urged parents…" against "Ruiz urged parents…" names a different actor.
        for nxt in claim_tokens[tok.position + 1 : tok.position + 3]:
            if nxt.clause != tok.clause or (nxt.content and nxt.position not in aligned):
                break
            if nxt.position in aligned and "n" in lexicon.senses(tok.lower).pos and _finite_verb(claim_tokens, nxt, lexicon):
                result.unsupported_verbs.append(f"{tok.text} {nxt.text}")
                break
        else:
            # A property the evidence does not give: an adjective or adverb right before a matched word
            # ("the temporary cycle lanes", "unanimously approved", "a wooden bridge" for "a steel bridge").
            nxt = claim_tokens[tok.position + 1] if tok.position + 1 < len(claim_tokens) else None
            head = by_position.get(nxt.position) if nxt is not None else None
            # Under a denial on both sides a narrower thing follows: "Commuter rail services were not
            # affected" from "Rail services were not affected".
            denied = head is not None and head.target is not None and head.evidence is not None and (
                (tok.negated and head.target.negated)
                or (_subject_of_denial(claim_tokens, tok) and _subject_of_denial(head.evidence.tokens, head.target)))
            if nxt is not None and nxt.position in aligned and nxt.clause == tok.clause and not denied \
                    and _modifier_of(tok, nxt, claim_tokens, lexicon):
                result.unsupported_verbs.append(f"{tok.text} {nxt.text}")
        # A further item of a list, added: "recovered a stolen van and the stolen watches" where the source
        # recovered only the van (the item's modifier may be matched, its noun is not).
        if "n" in lexicon.senses(tok.lower).pos and _verb_strength(claim_tokens, tok, lexicon) < 2 \
                and (nxt is None or nxt.clause != tok.clause or not (nxt.lower in SPEECH_VERBS or _verb_strength(claim_tokens, nxt, lexicon))):
            k = tok.position - 1
            while k >= 0 and tok.position - k <= 3 and (claim_tokens[k].lower in _DETERMINERS or (
                    claim_tokens[k].content and k in aligned and not claim_tokens[k].name)):
                k -= 1
            if k >= 0 and k < tok.position - 1 and claim_tokens[k].lower in ("and", "or") \
                    and any(t.position in aligned and "n" in lexicon.senses(t.lower).pos for t in claim_tokens[max(0, k - 3) : k]):
                result.unsupported_verbs.append(f"{claim_tokens[k].text} {' '.join(t.text for t in claim_tokens[k + 1 : tok.position + 1])}")
                continue
        # A thing the evidence never mentions, named in two words with nothing opposite either ("her
        # base case for a rate cut" against "my base case is June"): no share threshold may let a whole
        # noun phrase through.
        nxt = claim_tokens[tok.position + 1] if tok.position + 1 < len(claim_tokens) else None
        if nxt is not None and nxt.content and not nxt.name and nxt.position not in aligned \
                and nxt.clause == tok.clause and "n" in lexicon.senses(nxt.lower).pos \
                and _modifier_of(tok, nxt, claim_tokens, lexicon):
            result.unsupported_verbs.append(f"{tok.text} {nxt.text}")
    _agent_of_agentless_passive(claim_tokens, by_position, result, lexicon)
    _particle_for_particle(claim_tokens, by_position, result, lexicon)
    _objects_replaced(claim_tokens, by_position, result, lexicon)
    _objects_for_pronouns(claim_tokens, by_position, result, lexicon)
    _said_from_the_frame(claim_tokens, by_position, result)


def _speaks_in_another(result: Alignment, link: Link) -> bool:
    """Whether the claim's speaker word, matched where it does not speak, speaks in another sentence the
    claim is matched in: "The electoral commission said final results would be certified" against "…
    according to preliminary results from the electoral commission." and "The commission said final
    results would be certified …" (the alignment took the word next to "electoral")."""
    seen: set[int] = set()
    for other in result.links:
        st = other.evidence
        if st is None or st is link.evidence or id(st) in seen or other.target is None or not other.accepted:
            continue
        seen.add(id(st))
        if any(_speaks(st, st.tokens[p]) for p in st.by_lower.get(link.claim.lower, ())):
            return True
    return False


def _acts_too(st: SentenceTokens, speaker: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Whether the speaker is also the subject of ``verb``, coordinated with its speech verb ("Brandt
    conceded defeat and congratulated Adler") or a participle's ("Writing for the majority, Ortiz said")."""
    tokens = st.tokens
    if verb.lower.endswith("ing") and verb.clause != speaker.clause and (not verb.position or tokens[verb.position - 1].clause != verb.clause):
        return True  # a participle's clause: "Writing for the majority, Judge Helen Ortiz said"
    said = next((t for t in tokens[speaker.position + 1 : speaker.position + 4] if t.lower in SPEECH_VERBS), None)
    return said is not None and verb.position in _coordinated_verbs(tokens, said, _by_clause(tokens), lexicon)


def _said_from_the_frame(claim_tokens: list[Token], by_position: dict[int, Link], result: Alignment) -> None:
    """Words the claim has a speaker say that its source tells of the speaker instead, between the
    speaker and the verb: "Doctors' unions said they would strike" against "Doctors' unions, which have
    staged strikes over pay, said they would cooperate"."""
    for verb in claim_tokens:
        if verb.lower not in SPEECH_VERBS or not verb.position:
            continue
        speaker = by_position.get(claim_tokens[verb.position - 1].position)
        if speaker is None or not speaker.accepted or speaker.target is None or speaker.evidence is None:
            continue
        st, start = speaker.evidence, speaker.target.position
        # Only a relative clause or an appositive between them ("Roe, who…, said"; "Roe, a lawyer, said").
        if start + 1 >= len(st.tokens) or not st.sentence.text.startswith(", ", speaker.target.end) \
                or st.tokens[start + 1].lower not in ("who", "which", "a", "an", "the"):
            continue
        said = next((t for t in st.tokens[start + 1 :] if t.lower in SPEECH_VERBS), None)
        if said is None:
            continue
        for link in result.links:
            if link.claim.position > verb.position and link.accepted and link.evidence is st \
                    and link.target is not None and start < link.target.position < said.position:
                link.accepted = False
                result.unsupported_verbs.append(f"{verb.text} … {link.claim.text}")


def _particle_for_particle(claim_tokens: list[Token], by_position: dict[int, Link], result: Alignment,
                           lexicon: Lexicon) -> None:
    """A verb's particle in place of another: "moved away from the city" against "moved around the city",
    where the source's verb and particle are one phrasal verb ("moved around") and the claim's "away" is
    left over. The claim's particle is then a substitution naming the source's."""
    for link in list(result.insertions):
        tok = link.claim
        if tok.lower not in lexicon.particles or not tok.position:
            continue
        verb = by_position.get(tok.position - 1)
        if verb is None or not verb.accepted or verb.target is None or "_" not in verb.target.lower:
            continue
        particle = verb.target.lower.split("_", 1)[1]
        if particle == tok.lower:
            continue
        link.relation, link.evidence, link.target = "substitution", verb.evidence, verb.target
        result.insertions.remove(link)
        result.substitutions.append(link)


def _objects_replaced(claim_tokens: list[Token], by_position: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """A preposition's object in place of the source's: "reported the breach to the police" against
    "reported the breach to the Information Commissioner's Office". The claim's word is unmatched; the
    word before its preposition is matched, and right after its counterpart the source has the same
    preposition with an object no claim word has. The claim's word is then a substitution naming it."""
    matched = {id(l.target) for l in result.links if l.target is not None}
    for link in list(result.insertions):
        tok = link.claim
        if tok.name:
            continue  # a name in place of the source's is the names check's to report
        said = _own_preposition(claim_tokens, tok, lexicon)
        governor = by_position.get(said.position - 1) if said is not None and said.position else None
        if governor is None or not governor.accepted or governor.target is None or governor.evidence is None:
            continue
        tokens = governor.evidence.tokens
        k = governor.target.position + 1
        if k >= len(tokens) or not lexicon.same_relation(tokens[k].lower, said.lower):  # type: ignore[union-attr]
            continue
        k += 1
        while k < len(tokens) and tokens[k].lower in _DETERMINERS:
            k += 1
        if k < len(tokens) and tokens[k].content and id(tokens[k]) not in matched:
            link.relation, link.evidence, link.target = "substitution", governor.evidence, tokens[k]
            result.insertions.remove(link)
            result.substitutions.append(link)


def _objects_for_pronouns(claim_tokens: list[Token], by_position: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """A noun the claim gives a matched verb as its object where the source's verb has a pronoun: "Hale
    called the move reckless" against "Hale described the scene, calling it reckless". What "it" stands
    for is the claim's guess (the share threshold would let one word through); the noun is then a
    substitution naming the pronoun. A claim that cites the sentence naming it has the noun matched there."""
    for link in list(result.insertions):
        tok = link.claim
        if tok.name or "n" not in lexicon.senses(tok.lower).pos:
            continue
        k = tok.position - 1
        while k >= 0 and claim_tokens[k].lower in _DETERMINERS:
            k -= 1
        governor = by_position.get(k) if k >= 0 else None
        if governor is None or not governor.accepted or governor.target is None or governor.evidence is None \
                or claim_tokens[k].clause != tok.clause or not _verb_strength(claim_tokens, governor.claim, lexicon):
            continue
        tokens = governor.evidence.tokens
        after = governor.target.position + 1
        if after < len(tokens) and tokens[after].lower in _OBJECT_PRONOUNS and tokens[after].clause == governor.target.clause:
            link.relation, link.evidence, link.target = "substitution", governor.evidence, tokens[after]
            result.insertions.remove(link)
            result.substitutions.append(link)


def _passive(tokens: list[Token], verb: Token, lexicon: Lexicon, *, within_clause: bool = True) -> bool:
    """A participle after a form of "be" ("was cancelled", "has been cancelled"), in its clause unless not
    ``within_clause``."""
    lemmas = lexicon.lemmas(verb.lower, "v")
    return bool(lemmas) and verb.lower not in lemmas and any(
        t.lower in _BE_FORMS and (t.clause == verb.clause or not within_clause)
        for t in tokens[max(0, verb.position - 3) : verb.position])


def _agent_of_agentless_passive(claim_tokens: list[Token], by_position: dict[int, Link], result: Alignment,
                                lexicon: Lexicon) -> None:
    """The claim says who did it where its source does not: "The president cancelled his visit" against
    "The president's visit was cancelled" (no "by" after the verb). The claim's subject may be what the
    passive is about ("The store closed" for "The store was closed"), not another of its words."""
    for link in result.links:
        verb, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or not verb.position or not lexicon.lemmas(verb.lower, "v") \
                or verb.lower in SPEECH_VERBS or _passive(claim_tokens, verb, lexicon) or not _passive(st.tokens, target, lexicon):
            continue
        if not _finite_verb(claim_tokens, verb, lexicon):
            continue
        if any(t.lower == "by" for t in st.tokens[target.position + 1 :] if t.clause == target.clause):
            continue  # "was cancelled by the airline": the source names the agent
        subject = next((t for t in reversed(claim_tokens[: verb.position]) if t.clause == verb.clause and t.content), None)
        subject_link = by_position.get(subject.position) if subject is not None else None
        if subject_link is None or subject_link.target is None or subject_link.evidence is not st:
            continue  # an unmatched subject is the insertion checks' business
        be = next(t for t in reversed(st.tokens[: target.position]) if t.lower in _BE_FORMS)
        about = [t for t in st.tokens[: be.position] if t.clause == target.clause and t.content
                 and not is_possessive(t, st.sentence.text)]
        if subject_link.target in about or subject_link.target.position > target.position:
            continue  # what the passive is about, or a word after the verb (the checks of roles judge those)
        said = f"{subject.text} {verb.text}"
        if said not in result.unsupported_verbs:
            result.unsupported_verbs.append(said)


def _speaker_slot(tokens: list[Token], tok: Token, lexicon: Lexicon, *, names: bool = False) -> bool:
    """Whether a noun (or, with ``names``, a name) stands where a speaker does: before "said" / "told" /
    … , or after "according to"."""
    if not (names and tok.name) and "n" not in lexicon.senses(tok.lower).pos:
        return False
    nxt = tokens[tok.position + 1] if tok.position + 1 < len(tokens) else None
    if nxt is not None and nxt.clause == tok.clause and nxt.lower in SPEECH_VERBS:
        after = tokens[nxt.position + 1] if nxt.position + 1 < len(tokens) else None
        # "Kovac claimed her first title": a claim on a thing, not words.
        return not (nxt.lower.startswith("claim") and after is not None and after.lower in ("her", "his", "their", "its", "a", "an"))
    return _after_according_to(tokens, tok.position, between=0)


def _after_according_to(tokens: list[Token], position: int, *, between: int) -> bool:
    """Whether "according to" comes right before ``position``, past articles and ``between`` other words
    ("according to the ministry", "according to its lawyers")."""
    before = [t.lower for t in tokens[max(0, position - 3 - between) : position] if t.lower not in ("the", "a", "an")]
    return any(before[len(before) - 2 - k : len(before) - k] == ["according", "to"] for k in range(between + 1))


def _speaks(st: SentenceTokens, tok: Token) -> bool:
    """Whether ``tok`` (or the phrase it heads, "a police spokesman") is the speaker of its sentence:
    within two words before a reporting verb, right after an inverted one ("…, said Lee"), after
    "according to", or in a transcript's label ("MS. OKAFOR (State Education Department): …")."""
    tokens, p = st.tokens, tok.position
    if p and tokens[p - 1].lower in ("of", "for", "to", "with", "by") and not (
            p > 1 and tokens[p - 2].lower == "according"):
        return False  # "a lawyer for residents said", "told residents": not the one speaking
    colon = st.sentence.text.find(":")
    label = [t for t in tokens if t.end <= colon]
    if 0 < colon and tok.end <= colon and len(label) <= 8 and not any(t.lower in SPEECH_VERBS for t in label):
        return True  # a transcript's label: "MS. OKAFOR (State Education Department): …"
    if any(t.lower in SPEECH_VERBS for t in tokens[p + 1 : p + 4] if t.clause == tok.clause):
        return True
    if tok.text[0].isupper() and _speaks_past_the_name(tokens, tok):
        return True
    if p + 1 < len(tokens) and tokens[p + 1].lower in SPEECH_VERBS and st.sentence.text.startswith(", ", tok.end):
        return True  # the name of an appositive: "The Rural Party's leader, Maja Holm, said"
    after = tokens[p + 1 : p + 7]
    if after and (after[0].lower in _PLACE_PREPOSITIONS or after[0].lower == "of") and after[0].clause == tok.clause:
        for t in after[1:]:  # "Nurses at the clinic said", "Residents of Birch Lane asked": a place between
            if t.clause != tok.clause:
                break
            if t.lower in SPEECH_VERBS:
                return True
    text = st.sentence.text
    if after and text.startswith(", ", tok.end) and after[0].lower in ("a", "an", "the", "who", "which"):
        # "Roe, a spokesman for the ministry, said": an appositive; "Ortiz, who voted against the plan,
        # said": a relative clause.
        close = text.find(", ", after[0].start)
        if 0 < close - after[0].start <= 80:
            verb = next((t for t in tokens if t.start > close), None)
            if verb is not None and verb.lower in SPEECH_VERBS:
                return True
    first = p  # back to the name's first word: "said Lee Jae Myung", past a title: "said chief executive Marco Bellini"
    while first and tokens[first - 1].clause == tok.clause and tokens[first - 1].lower not in INVERTED_SPEECH_VERBS \
            and (tokens[first - 1].text[0].isupper() or (tokens[first - 1].content and p - first < 4)):
        first -= 1
    before = [t.lower for t in tokens[max(0, first - 4) : first] if t.lower not in ("the", "a", "an")]
    if before and before[-1] in INVERTED_SPEECH_VERBS:  # "said Lee"; but "told residents" names the listener
        # Only where the frame ends after the speaker ("…, said Lee." / "said Lee on Tuesday"), not in
        # "Gerald Fitch, said Lamont would appeal", where Lamont is spoken of.
        end = p
        while end + 1 < len(tokens) and tokens[end + 1].text[0].isupper() and tokens[end + 1].clause == tok.clause:
            end += 1
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        return nxt is None or nxt.clause != tok.clause or nxt.lower in _INVERTED_FRAME_TAIL
    return _after_according_to(tokens, p, between=2)  # "according to the Kessel fire brigade"


def _speaks_past_the_name(tokens: list[Token], tok: Token) -> bool:
    """Whether a reporting verb follows the name ``tok`` is in, past the rest of a long name ("Home
    Secretary James Aldridge said") or a title and the name of who speaks for it ("Network Rail route
    director Priya Sandhu said"): the words are the one phrase that speaks, as "according to" it."""
    end = tok.position
    while end + 1 < len(tokens) and tokens[end + 1].text[0].isupper() and tokens[end + 1].clause == tok.clause:
        end += 1
    k, titles = end + 1, 0
    while k < len(tokens) and titles < 3 and tokens[k].clause == tok.clause and tokens[k].text[0].islower() \
            and tokens[k].content and tokens[k].lower not in SPEECH_VERBS:
        k, titles = k + 1, titles + 1
    if titles and k < len(tokens) and tokens[k].text[0].isupper() and tokens[k].clause == tok.clause:
        end = k
        while end + 1 < len(tokens) and tokens[end + 1].text[0].isupper() and tokens[end + 1].clause == tok.clause:
            end += 1
    return any(t.lower in SPEECH_VERBS for t in tokens[end + 1 : end + 3] if t.clause == tok.clause)


# What may follow an inverted frame's speaker ("said Lee on Tuesday", "said Lee, who …").
_INVERTED_FRAME_TAIL = frozenset(
    "on in at of from who which when after before during last this yesterday today late early earlier told to with via".split())


def _predicate_adjective(tokens: list[Token], tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok`` is what a clause says of its subject through a form of "be": "the designer is
    responsible for…", "the plan was illegal". That is the clause's claim, as a verb would be."""
    if not tok.position or "a" not in lexicon.senses(tok.lower).pos:
        return False
    k = tok.position - 1
    if k and tokens[k].lower in _DEGREE_ADVERBS:
        k -= 1  # "the bid was too high", "is very likely"
    before = tokens[k]
    return before.clause == tok.clause and before.lower in _BE_FORMS and before.lower not in ("get", "gets", "getting", "got")


# Adverbs of degree between "be" and its adjective.
_DEGREE_ADVERBS = frozenset("too very so quite rather fairly highly extremely less more".split())


def _modifier_of(word: Token, head: Token, claim_tokens: list[Token], lexicon: Lexicon) -> bool:
    """Whether ``word`` qualifies ``head``: an adjective or noun before a noun ("temporary lanes", "school
    budget"), or an adverb before a verb or adjective ("unanimously approved"); not a subject before its
    predicate ("drivers short")."""
    wp, hp = lexicon.senses(word.lower).pos, lexicon.senses(head.lower).pos
    if not wp:
        return True  # unknown to the lexicon: when unsure, it needs a counterpart
    if head.text[0].isupper() and not word.text[0].isupper() and lexicon.is_person_noun(word.lower):
        return True  # a role before a name: "chief executive Paul Brandt" 
    if "n" in hp and _verb_strength(claim_tokens, head, lexicon) < 2:
        return bool(wp & {"a", "n"})
    return wp <= {"r"}


_AUXILIARIES = frozenset("will would can could may might must should shall did does do to has have had".split())
_MODALS = frozenset("will would can could may might must should shall did does do".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she they it who which that".split())


def _finite_verb(tokens: list[Token], tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok`` is the verb of a clause, what the clause says happened: after a modal ("will
    relay"), a participle after a form of "be" or "have" ("was approved", "has resigned"), or a past form
    right after its subject ("the board approved"). Participles used as adjectives ("customized plans",
    "a plan involving…") and -ing forms are not: they describe rather than assert."""
    if tok.name or "v" not in lexicon.senses(tok.lower).pos or not tok.position:
        return False
    before = tokens[tok.position - 1]
    verb_lemmas = lexicon.lemmas(tok.lower, "v")
    inflected = bool(verb_lemmas) and tok.lower not in verb_lemmas
    if before.lower in _MODALS:
        return True
    if before.lower in _BE_FORMS or before.lower in ("has", "have", "had"):
        return inflected and not tok.lower.endswith("ing")
    if inflected and not tok.lower.endswith(("ing", "s")) and before.clause == tok.clause:
        return before.lower in _SUBJECT_PRONOUNS or (before.content and "n" in lexicon.senses(before.lower).pos) or before.name
    # Between a noun and a determiner a present form is the verb too: "the agent offers a plan".
    nxt = tokens[tok.position + 1] if tok.position + 1 < len(tokens) else None
    if verb_lemmas and not tok.lower.endswith("ing") and before.clause == tok.clause and nxt is not None \
            and nxt.lower in _OBJECT_DETERMINERS and before.content and "n" in lexicon.senses(before.lower).pos:
        return True
    # After a subject pronoun a present form is a verb, though it could be a noun elsewhere ("budget
    # cuts"): "which worsens decoding", "we avoid building". Not after "that", also a determiner ("that plan").
    if verb_lemmas and not tok.lower.endswith("ing") and before.clause == tok.clause:
        if tok.lower.endswith("s"):
            if before.lower == "that":  # "activity that improves…": after a noun, "that" opens a relative clause
                head = tokens[before.position - 1] if before.position else None
                return head is not None and head.content and "n" in lexicon.senses(head.lower).pos \
                    and "v" not in lexicon.senses(head.lower).pos
            return before.lower in _THIRD_PERSON_SUBJECTS
        return tok.lower in verb_lemmas and before.lower in _PLURAL_SUBJECTS
    return False


_THIRD_PERSON_SUBJECTS = frozenset("he she it who which".split())
_PLURAL_SUBJECTS = frozenset("i we you they who".split())
_DETERMINERS = frozenset("a an the its their his her this that these those our my your".split())
_DEFINITE = _DETERMINERS - {"a", "an"}


def _verb_strength(tokens: list[Token], tok: Token, lexicon: Lexicon) -> int:
    """2: surely a verb here (after an auxiliary, or a past or -ing form: "accused", "won", "escorting");
    1: could be one ("beat", "talks", "state"); 0: not a verb."""
    if tok.strength < 0:
        tok.strength = _compute_verb_strength(tokens, tok, lexicon)
    return tok.strength


def _compute_verb_strength(tokens: list[Token], tok: Token, lexicon: Lexicon) -> int:
    senses = lexicon.senses(tok.lower)
    if "v" not in senses.pos or tok.name:
        return 0
    if tok.position and tokens[tok.position - 1].lower in _DETERMINERS:
        return 0  # "a modified design": a participle used as an adjective
    if tok.position > 1 and (tokens[tok.position - 1].text[0].isdigit() or tokens[tok.position - 1].lower in FIGURE_WORDS) \
            and _after_determiner(tokens, tok.position, lexicon):
        return 0  # "a 21 percent drop": a noun after its figure
    if tok.position and tok.lower.endswith("ing"):
        before_pos = lexicon.senses(tokens[tok.position - 1].lower).pos
        if "a" in before_pos and not before_pos & {"v", "n"}:
            return 0  # "autonomous driving": an -ing form after an adjective is a noun
    before = tokens[tok.position - 1].lower if tok.position else ""
    nxt = tokens[tok.position + 1] if tok.position + 1 < len(tokens) else None
    if tok.lower.endswith("ing") and before not in _BE_FORMS and nxt is not None and nxt.content \
            and "n" in lexicon.senses(nxt.lower).pos and not (tok.position and tokens[tok.position - 1].clause != tok.clause):
        # "fishing crews", "to rising prices": an -ing form before a noun modifies it; not one that opens a
        # clause after a comma, a participle's ("…, defeating top seed Olga Petrova").
        return 0
    if before in _AUXILIARIES or before in _BE_FORMS:
        return 2
    # Between a noun and a determiner a word opens the predicate: "the driver hit the cyclist".
    if nxt is not None and nxt.lower in _OBJECT_DETERMINERS and tok.position \
            and tokens[tok.position - 1].content and "n" in lexicon.senses(tokens[tok.position - 1].lower).pos:
        return 2
    verb_lemmas = lexicon.lemmas(tok.lower, "v")
    if verb_lemmas and tok.lower not in verb_lemmas and not tok.lower.endswith("s"):
        return 2
    return 1


_OBJECT_DETERMINERS = frozenset("the a an his her its their our my your this these those".split())


def _is_participant(tokens: list[Token], tok: Token, lexicon: Lexicon) -> bool:
    """Names, and nouns that are not doing a verb's work in this sentence."""
    if tok.name:
        return True
    return tok.content and "n" in lexicon.senses(tok.lower).pos and _verb_strength(tokens, tok, lexicon) < 2


def _participants(tokens: list[Token], lexicon: Lexicon, allowed: set[int] | None) -> dict[int, tuple[int, tuple[str, ...]]]:
    """Participants: runs of adjacent name tokens, or of adjacent nouns ("patrol boats");
    last position → (first position, words)."""
    runs: dict[int, tuple[int, tuple[str, ...]]] = {}
    current: list[Token] = []

    def close() -> None:
        if current:
            runs[current[-1].position] = (current[0].position, tuple(t.lower for t in current))

    for tok in tokens:
        ok = (allowed is None or tok.position in allowed) and _is_participant(tokens, tok, lexicon)
        if ok and current and tok.name == current[-1].name and tok.position == current[-1].position + 1 \
                and tok.clause == current[-1].clause:
            current.append(tok)
            continue
        close()
        current = [tok] if ok else []
    close()
    return runs


def _role_swaps(claim_tokens: list[Token], links: dict[int, Link], evidence: list[SentenceTokens], lexicon: Lexicon, result: Alignment) -> None:
    """Two participants that trade roles around the same verb ("A beat B" for "B beat A")."""
    aligned = {p: l for p, l in links.items() if l.target is not None and l.accepted and l.evidence is not None}
    runs = _participants(claim_tokens, lexicon, set(aligned))
    if len(runs) < 2:
        return
    # The claim's verbs and the evidence words they stand for: aligned words, and cue words such as
    # "proposed" (left to the hedge check, but still a verb with roles) found by spelling.
    verb_map: dict[int, tuple[SentenceTokens, int]] = {p: (l.evidence, l.target.position) for p, l in aligned.items()}  # type: ignore[misc,union-attr]
    for tok in claim_tokens:
        if tok.cue:
            for st in evidence:
                hit = st.by_lower.get(tok.lower)
                if hit:
                    verb_map[tok.position] = (st, hit[0])
                    break
    claim_roles: dict[tuple[str, ...], tuple[Link, tuple[int, str]]] = {}
    claim_clauses = _by_clause(claim_tokens)
    verbs = set(verb_map)
    for head, (first, words) in runs.items():
        if words in claim_roles:
            continue  # the first run of these words with a role is the one kept
        role = _role(claim_tokens, claim_tokens[head], first, lexicon, verbs, claim_clauses)
        if role is not None:
            claim_roles[words] = (aligned[head], role)
    if len(claim_roles) < 2:
        return
    # Each participant's slot as the claim has it, in the evidence's terms.
    claim_slot: dict[tuple[str, ...], tuple[str, int, str]] = {}
    for words, (link, (verb_pos, kind)) in claim_roles.items():
        st, e_pos = verb_map[verb_pos]
        if st is not link.evidence:
            continue
        if not link.claim.name and _verb_strength(claim_tokens, claim_tokens[verb_pos], lexicon) < 2:
            continue  # a common noun's role is read only around a word that is surely a verb
        claim_slot[words] = (st.sentence.id, e_pos, kind)
    if len(claim_slot) < 2:
        return  # a swap takes two participants with a slot
    # In the evidence: which of the claim's participants (those with a slot) holds each (sentence, verb, role)?
    evidence_slot: dict[tuple[str, ...], set[tuple[str, int, str]]] = {}
    e_clauses: dict[str, dict[int, list[Token]]] = {}
    for words, (link, _) in claim_roles.items():
        if words not in claim_slot:
            continue
        st = link.evidence
        assert st is not None and link.target is not None
        e_runs = st.participants
        if e_runs is None:  # a sentence's participants depend on its words alone: found once per sentence
            e_runs = st.participants = _participants(st.tokens, lexicon, None)
        if st.sentence.id not in e_clauses:
            e_clauses[st.sentence.id] = _by_clause(st.tokens)
        pos = link.target.position
        e_head = next((h for h, (f, _) in e_runs.items() if f <= pos <= h), pos)
        first = e_runs[e_head][0] if e_head in e_runs else pos
        e_role = _role(st.tokens, st.tokens[e_head], first, lexicon, None, e_clauses[st.sentence.id])
        if e_role is not None:
            evidence_slot[words] = {(st.sentence.id, e_role[0], e_role[1])}
            if e_role[1] == "agent":
                evidence_slot[words] |= {(st.sentence.id, v, "agent")
                                         for v in _coordinated_verbs(st.tokens, st.tokens[e_role[0]], e_clauses[st.sentence.id], lexicon)}
            else:
                # The one a coordinated verb acts on is on the losing side of the verb it follows too:
                # "Chen won the final, defeating Petrova" has Petrova lose, not win ("Petrova won against Chen").
                evidence_slot[words] |= {(st.sentence.id, u.position, "patient") for u in st.tokens
                                         if u.position < e_role[0] and u.content and _verb_strength(st.tokens, u, lexicon) == 2
                                         and e_role[0] in _coordinated_verbs(st.tokens, u, e_clauses[st.sentence.id], lexicon)}
    # A swap is an exchange: p has q's slot and q has p's ("A beat B" for "B beat A"; "moved by A,
    # seconded by B" for "moved by B, seconded by A"). One participant read differently is not enough.
    names = sorted(claim_slot)
    for i, p in enumerate(names):
        for q in names[i + 1 :]:
            if claim_slot[p] != claim_slot[q] and claim_slot[p] in evidence_slot.get(q, ()) \
                    and claim_slot[q] in evidence_slot.get(p, ()):
                verb = claim_tokens[claim_roles[p][1][0]].text
                result.role_swaps.append((_surface(claim_tokens, p), _surface(claim_tokens, q), verb))


def _coordinated_verbs(tokens: list[Token], verb: Token, clauses: dict[int, list[Token]], lexicon: Lexicon) -> list[int]:
    """The verbs that share ``verb``'s subject after it: "congratulated" in "Brandt conceded defeat late on
    Sunday and congratulated Adler" (a clause that opens with "and" and a verb, with no subject of its own),
    "defeating" in "Kovac won the title, defeating Mia Chen" (a participle's clause). A clause with no
    verb between them ("the top seed, Mia Chen,") is passed over."""
    found = []
    clause = verb.clause + 1
    while clause in clauses:
        words = clauses[clause]
        if words[0].lower in ("and", "or", "then") and len(words) > 1 and words[1].content \
                and _verb_strength(tokens, words[1], lexicon) == 2:
            found.append(words[1].position)
        elif words[0].content and words[0].lower.endswith("ing") and _verb_strength(tokens, words[0], lexicon) == 2 \
                and words[0].position and tokens[words[0].position - 1].clause != words[0].clause \
                and words[0].lower not in CONNECTIVES:
            found.append(words[0].position)
        elif found and not any(_verb_strength(tokens, t, lexicon) for t in words if t.content):
            pass
        else:
            break
        clause += 1
    return found


def _surface(tokens: list[Token], words: tuple[str, ...]) -> str:
    for i in range(len(tokens) - len(words) + 1):
        if tuple(t.lower for t in tokens[i : i + len(words)]) == words:
            return " ".join(t.text for t in tokens[i : i + len(words)])
    return " ".join(words)


def _by_clause(tokens: list[Token]) -> dict[int, list[Token]]:
    """The tokens of each clause, in order: _role looks at one clause at a time, for each participant."""
    clauses: dict[int, list[Token]] = {}
    for tok in tokens:
        clauses.setdefault(tok.clause, []).append(tok)
    return clauses


def _role(tokens: list[Token], who: Token, first: int, lexicon: Lexicon, verbs: set[int] | None,
          clauses: dict[int, list[Token]]) -> tuple[int, str] | None:
    """(position of the verb the participant ending at ``who`` belongs to, "agent" or "patient").

    The verb is the surest, then the nearest, in the same clause (on the claim's side only those in
    ``verbs``: words matched in the evidence); the role comes from word order and voice: before an
    active verb, or after "by", is the agent.
    """
    nxt = tokens[who.position + 1] if who.position + 1 < len(tokens) else None
    if nxt is not None and nxt.clause == who.clause and nxt.lower in _PLAIN_SAYING:
        # the speaker of a frame ("…, Northern said"): its part is the saying, not the verb it reports (not
        # "Brandt conceded defeat and congratulated Adler", whose verb is an act too)
        return None
    best: tuple[int, int, int] | None = None
    clause = who.clause
    # "… for Pine Hollow and Millbrook": a clause with no verb of its own shares the verb of the nearest
    # clause before it that has one.
    # (Likewise a list item after a comma: "… for Pine Hollow, Cedar Flat and Millbrook".)
    while clause and not any(
        (t.content or t.cue) and (verbs is None or t.position in verbs)
        and _verb_strength(tokens, t, lexicon) for t in clauses.get(clause, ())
    ):
        clause -= 1
    for tok in clauses.get(clause, ()):
        if not (tok.content or tok.cue) or first <= tok.position <= who.position:
            continue
        if verbs is not None and tok.position not in verbs:
            continue
        strength = _verb_strength(tokens, tok, lexicon)
        if not strength:
            continue
        key = (-strength, abs(tok.position - who.position), tok.position)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    verb = tokens[best[2]]
    passive = _passive(tokens, verb, lexicon, within_clause=False)  # "was sued", "were beaten"
    if who.position < verb.position:
        return verb.position, "patient" if passive else "agent"
    # "by the tenant": look back past determiners for "by".
    k = first - 1
    while k >= 0 and tokens[k].lower in _DETERMINERS:
        k -= 1
    before = tokens[k].lower if k >= 0 else ""
    return verb.position, "agent" if before == "by" else "patient"
