"""The alignment itself: Link and Alignment, and the search for each claim word's support in the
evidence (by spelling, then by meaning through the lexicon's cached ``relation``), the fast path for an
excerpt, the monotone chain of anchors, and the judging of a claim word left unmatched (a substitution
for the word opposite it, or an insertion).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .features import HEDGE_CUES, SPEECH_VERBS, WEEKDAYS, _word_info
from .numbers import FIGURE_WORDS, YEAR_RE
from .lexicon import Lexicon
from .report import AlignedWord, aligned_word
from .tokens import MONTH_WORDS, SentenceTokens, Token, _DETERMINERS
from .syntax import (HEARER_REACH, TELLING_VERBS, _MODALS, _RELATIVES, _ORDINAL_RE, _RATE_UNITS, _TIME_UNITS, _coordinated, _figure_end, _own_preposition, _passive,
                     _is_time_or_figure, _per_unit, _verb_strength)

# Relations that support a claim word, strongest first (their order breaks ties between matches).
SUPPORT_RANK = {"exact": 0, "alias": 0, "lemma": 1, "synonym": 2, "derivation": 3, "more_general": 4}
# A verb matched by a shared rare sense: support only beside a matched argument (see in_verb_context).
# Likewise a verb that reports a characterisation ("described … as") for another or for "said", and one that
# reports a cause ("attributed … to") for "said".
# And two verbs that say one act only with some objects ("took" / "won" 41 seats; see alignment._object_pins).
_CONTEXT_RANK = {"verb_sense": 5, "characterising": 5, "attributing": 5, "object_sense": 5}
_PAIR_CACHE_LIMIT = 500_000


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
    count_parts_dropped: list[tuple[Link, str]] = field(default_factory=list)  # (the item kept, the source's "1.6 million operations and procedures")
    parts_for_wholes: list[tuple[Link, str, str]] = field(default_factory=list)  # (the noun, the claim's "some flights", the source's "all flights")
    cases_as_fact: list[tuple[SentenceTokens, str]] = field(default_factory=list)  # (a sentence, its frame: "Prosecutors said")
    quantities_moved: list[tuple[Link, str, str]] = field(default_factory=list)  # (a verb, the claim's "Both … described", the source's "one … described")
    rates_added: list[tuple[str, str, str]] = field(default_factory=list)  # (the claim's "2 4bn a year", its unit, a sentence with the figure)
    rates_dropped: list[tuple[str, str, str]] = field(default_factory=list)  # (the source's "$1.1 million a year", its unit, the sentence)
    numbers_changed: list[Link] = field(default_factory=list)  # a noun made one of many, or many of one
    privatives_dropped: list[tuple[Link, str]] = field(default_factory=list)  # (a claim noun, the "former" it dropped)
    tenses_changed: list[tuple[Link, str, str]] = field(default_factory=list)  # (a verb, the claim's time, the source's)
    figures_pooled: list[tuple[Link, str, str]] = field(default_factory=list)  # (a verb, a figure, the sentence giving it)
    figures_moved: list[tuple[Link, str, str]] = field(default_factory=list)  # (a matched word, the claim's figure for it, the evidence's)
    speakers_pooled: list[tuple[Link, str, str, str]] = field(default_factory=list)  # (a claim speaker, its words' sentence, who says them, the claim's name for the speaker)
    asks: int | None = None  # the clause of a claim that reports a question a cited sentence asks ("asked whether …")
    questions: list[tuple[Link, str, str]] = field(default_factory=list)  # (a claim word, the question it is matched in, "asked"/"denied"/"affirmed")

    @property
    def coverage(self) -> float:
        """Share of the claim's content words the evidence supports."""
        return self.supported_words / self.content_words if self.content_words else 1.0


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
                if r is not None and SUPPORT_RANK.get(r, _CONTEXT_RANK.get(r, 99)) < rank:
                    rank, rel = SUPPORT_RANK.get(r, _CONTEXT_RANK.get(r, 99)), r
            if rank < 99 and rank <= best:
                if rank < best:
                    found.clear()
                    best = rank
                found.append((rank, s_idx, target.position, rel))  # type: ignore[arg-type]
    return found


def in_verb_context(link: Link, claim_tokens: list[Token], links: dict[int, Link], *, saying: bool = False) -> bool:
    """Whether a verb matched by a shared rare sense (``verb_sense``) has its object to pin the sense: the
    content word right after it in its clause (a word or two away) matched to the content word right after
    the evidence's verb. "Drove the flames toward Pell" is "pushed the flames toward Pell"; "winds
    drove toward Pell", with its subject alone, is another sense of "drive". ``saying``: the evidence's verb
    is one of saying, which may be told when before what it says ("said on Thursday that October's figures
    were encouraging"): a day between the two is no other content word."""
    tok, target = link.claim, link.target
    if target is None:
        return False
    base = target.position
    k, seen = tok.position + 1, 0
    skipped: set[str] = set()  # the claim's names passed over, which the evidence may have before its object
    clauses: tuple[int, ...] = (tok.clause,)
    if saying and k + 1 < len(claim_tokens) and claim_tokens[k].lower in _REFLEXIVES and claim_tokens[k + 1].lower == "as":
        # "described itself as 'deeply disappointed'": what it said it was, after "as" (and a quotation mark)
        clauses = (tok.clause, claim_tokens[k + 1].clause, claim_tokens[k + 1].clause + 1)
    while k < len(claim_tokens) and seen < 3 and claim_tokens[k].clause in clauses:
        near = claim_tokens[k]
        if saying and (near.name or near.text[0].isupper()) and k not in links:
            skipped.add(near.lower.removesuffix("'s"))  # ("October" is no content word, but the names check's)
        elif near.content or near.name:
            other = links.get(k)
            if other is None or other.evidence is not link.evidence or other.target is None:
                return False
            if saying:
                # What a verb of saying says second, after "and that" ("said the risk was low, but that
                # the recall was a precaution"), is said by it as what it says first.
                opener = reopened_saying(link.evidence.tokens, target, other.target.position)  # type: ignore[union-attr]
                if opener is None:
                    return False
                base = opener
            # Its object in the evidence too: right after the verb there, no other content word between.
            # (After a verb of saying, the claim's own name may open what it says: "October's".)
            return 0 < other.target.position - base <= (_SAID_WHEN_REACH if saying else 4) \
                and not any((t.content or t.name) and not (saying and (t.lower in _SAID_WHEN or t.lower.removesuffix("'s") in skipped))
                            for t in link.evidence.tokens[base + 1 : other.target.position])  # type: ignore[union-attr]
        k, seen = k + 1, seen + 1
    return False


def reopened_saying(tokens: list[Token], verb: Token, at: int) -> int | None:
    """Where what a verb of saying says that holds the word at ``at`` begins: the verb itself, or the
    "that" of a second thing it says, after "and" or "but" ("said the risk was low, but that the recall
    was a precaution"; "said the decision was predetermined and that the inquiry was a sham"), when no
    other verb of saying, and no other "that", stands between the verb and that "and"; or, after "told",
    the "that" past whom it was told ("told supporters in Leeds that the result was a mandate"). None
    after "told" with no such "that": the word after it is whom it was told, not what ("told the board
    the plan was dead" says nothing of the board)."""
    if verb.lower in TELLING_VERBS:
        for j in range(verb.position + 1, min(at, verb.position + HEARER_REACH + 2)):
            if tokens[j].lower == "that":
                # (no relative clause of the hearer's own: "told supporters who knew that …")
                if j > verb.position + 1 and all(t.lower not in SPEECH_VERBS and t.lower not in _MODALS
                                                 and t.lower not in _RELATIVES and t.lower != "whom"
                                                 for t in tokens[verb.position + 1 : j]) \
                        and all(not (t.content or t.name) for t in tokens[j + 1 : at]):
                    return j
                break
        return None
    for j in range(at - 1, verb.position + 2, -1):
        if tokens[j].lower == "that" and tokens[j - 1].lower in ("and", "but"):
            if all(t.lower not in SPEECH_VERBS and t.lower != "that" for t in tokens[verb.position + 1 : j - 1]) \
                    and all(not (t.content or t.name) for t in tokens[j + 1 : at]):
                return j
            break
    return verb.position


# When a verb of saying was said, between it and what it says: "said on Thursday that …", "said yesterday".
_SAID_WHEN = WEEKDAYS | frozenset(("yesterday", "today", "tonight"))
_SAID_WHEN_REACH = 6
_REFLEXIVES = frozenset("itself himself herself themselves ourselves myself".split())


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
        # (Not a modal: "can" is no verb of canning.)
        if not target.content and not (target.lower in extra or lexicon.senses(target.lower).lemmas & extra
                                       or (target.cue and target.lower in HEDGE_CUES and target.lower not in _MODALS)):
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
    converse = _converse_of(tok, claim_tokens, anchors, evidence, lexicon)
    if converse is not None:
        return Link(tok, "converse", evidence[converse[0]], converse[1])
    client = _client_named(tok, claim_tokens, anchors, evidence)
    if client is not None:
        return Link(tok, "alias", evidence[client[0]], client[1])
    trend = _trend_of_figures(tok, claim_tokens, evidence, lexicon) or _ratio_of_figures(tok, claim_tokens, evidence, lexicon)
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
    if best is None and _interior(tok.position, anchors) and "n" in lexicon.senses(tok.lower).pos:
        # After the same preposition where the source has a noun the claim left out: the claim's noun is in
        # its place, however far apart the anchors ("was at the gym at the time" against "was at home with
        # his partner at the time": “gym” ≠ “home”).
        preposition = _own_preposition(claim_tokens, tok, lexicon)
        if preposition is not None:
            best = next(((3, "substitution", s_idx, t) for s_idx, t in opposite
                         if t.content and "n" in lexicon.senses(t.lower).pos and _verb_strength(evidence[s_idx].tokens, t, lexicon) < 2
                         and (p := _own_preposition(evidence[s_idx].tokens, t, lexicon)) is not None
                         and p.lower == preposition.lower), None)
    if best is None and len(gap_words) == 1 and not any(a[0] > tok.position for a in anchors) \
            and "n" in lexicon.senses(tok.lower).pos:
        best = _object_after_last_anchor(tok, claim_tokens, anchors, evidence, used, lexicon)
    # (Not a verb: "Dartford lost" against "… sealed a 2-1 win over Bexley" is another team's result.)
    if best is None and not tok.negated and "v" not in lexicon.senses(tok.lower).pos:
        # Nothing opposite, but the word's opposite elsewhere in the sentence the claim draws on: "work by
        # Latin American men" against "work by women artists from Latin America" says the reverse.
        drawn = {a[1] for a in anchors}
        best = next(((0, "antonym", s_idx, t) for s_idx in sorted(drawn) for t in evidence[s_idx].tokens
                     if t.content and not t.negated and (s_idx, t.position) not in used
                     and relation(lexicon, tok.lower, t.lower) == "antonym"), None)
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
    elif rel == "antonym" and target.negated and not tok.negated and _negative_affix(tok.lower, target.lower) \
            and _denied_close(evidence[s_idx], target):
        # Except where the opposite is the word with a negative prefix, which says just "not": "Commuter rail
        # services were unaffected" ⇐ "… were not affected". Only a denial of the word itself: "not
        # convinced that target is realistic" doubts it, and does not say it is unrealistic.
        link.accepted = True
    elif rel == "antonym":
        result.antonyms.append(link)
    else:
        result.substitutions.append(link)
    used.add((s_idx, target.position))
    return link


# Verbs that only report an assertion, as "called" does: not "warned", "suggested" or "claimed", which
# change how firmly it is made.
_PLAIN_SAYING = frozenset("said says say told tells stated states added adds".split())
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


def _defeat_told(tok: Token, claim_tokens: list[Token], links: dict[int, Link], evidence: list[SentenceTokens],
                 used: set[tuple[int, int]], lexicon: Lexicon) -> tuple[int, Token] | None:
    """"India lost the first Test to England" says what "England beat India in the first Test" says (the
    hand-kept table's ``converses.defeats``): the claim's verb of losing with its loser matched just before
    it and its winner right after "to"; in the evidence an active verb of defeating, not denied, with the
    winner named and matched before it as its own subject and the loser right after it (past determiners
    and a description the claim leaves out), not an owner ("beat India's record"), not one of several,
    and what was lost where the beating was ("in the first Test"). The
    defeating verb is the counterpart (sentence index, token), else None. The role check reads the
    participants of such a verb the other way round (checks_roles)."""
    table = lexicon.defeats
    if table is None or tok.negated:
        return None
    party, preposition, winners_verbs = table
    if party.isdisjoint(lexicon.lemmas(tok.lower, "v")):
        return None

    def linked(t: Token) -> Link | None:
        link = links.get(t.position)
        return link if link is not None and link.accepted and link.target is not None and link.evidence is not None else None

    # The loser: the matched word right before the verb, past auxiliaries ("India have lost").
    before = [t for t in claim_tokens[max(0, tok.position - 3) : tok.position] if t.clause == tok.clause]
    loser = None
    for t in reversed(before):
        if linked(t) is not None:
            loser = linked(t)
            break
        if t.content or t.name:
            return None
    # The winner: right after the verb's "to" (past "the").
    rest = [t for t in claim_tokens[tok.position + 1 :] if t.clause == tok.clause]
    to = next((i for i, t in enumerate(rest) if t.lower == preposition), None)
    if loser is None or to is None:
        return None
    after = [t for t in rest[to + 1 :] if t.lower not in ("the", "a", "an")]
    contest = [t for t in rest[:to] if t.content]  # "lost the first Test to": what was lost
    winner = linked(after[0]) if after else None
    # (A named side: "the chef beat the eggs" is no contest.)
    if winner is None or winner.evidence is not loser.evidence or not winner.claim.name:
        return None
    st = winner.evidence
    s_idx = next(i for i, e in enumerate(evidence) if e is st)
    tokens = st.tokens
    matched = {l.target.position for l in links.values() if l.evidence is st and l.target is not None}
    w_at, l_at = winner.target.position, loser.target.position  # type: ignore[union-attr]
    if w_at >= l_at or tokens[l_at].lower.endswith("'s"):
        return None
    # What was lost is where the beating happened: "beat India by 28 runs in the first Test", not "before
    # the first Test" or "on the way to the final".
    for t in contest:
        link = linked(t)
        if link is None or link.evidence is not st or not any(
                e.lower in ("in", "at") for e in tokens[max(0, link.target.position - 3) : link.target.position]):  # type: ignore[union-attr]
            return None
    # A named loser, or a description the source puts before a name ("defending champion Maya Lindqvist"):
    # "Jones beat the drum" is no contest.
    if not loser.claim.name and not (l_at + 1 < len(tokens) and tokens[l_at + 1].text[:1].isupper()):
        return None
    # The winner first in its clause: nothing of content before it there but its own name ("Elena Vasquez").
    start = w_at
    while start and (tokens[start - 1].name or tokens[start - 1].text[:1].isupper()) and tokens[start - 1].clause == tokens[w_at].clause:
        start -= 1
    if any((t.content or t.name) and t.position not in matched for t in tokens[:start] if t.clause == tokens[w_at].clause):
        return None
    if start and tokens[start - 1].lower in ("which", "who", "whom", "that"):
        return None  # the verb of a relative clause: "Pakistan, which England beat last year, defeated India"
    for u in tokens[w_at + 1 : l_at]:
        if u.negated or (s_idx, u.position) in used or winners_verbs.isdisjoint(lexicon.lemmas(u.lower, "v")) \
                or _passive(tokens, u, lexicon):
            continue
        span = tokens[w_at + 1 : u.position]
        # The verb is the winner's own: right after it (past adverbs and auxiliaries: "England comfortably
        # beat India", "England have beaten India"), or a participle opening a clause of the winner's
        # sentence ("Kostova won her first title, beating Lindqvist"), not another's ("Kostova watched as
        # her partner beat Lindqvist").
        own = all(t.position in matched or not (t.content or t.name) or t.lower in _TENSE_AUXILIARIES
                  or lexicon.senses(t.lower).pos == frozenset("r") for t in span)
        if not own and not (u.lower.endswith("ing") and tokens[u.position - 1].end < u.start - 1
                            and u.clause != tokens[w_at].clause and tokens[w_at].clause == tokens[u.position - 1].clause):
            return None
        if any(t.lower in SPEECH_VERBS or t.lower in ("that", "after", "before", "when", "while", "if") for t in span) \
                or any(t.name and t.position not in matched and t.lower not in WEEKDAYS and not _name_as_modifier(tokens, t) for t in span):
            return None  # another side between the winner and the verb ("England's coach said Wales beat India")
        between = tokens[u.position + 1 : l_at]
        nxt = tokens[l_at + 1] if l_at + 1 < len(tokens) else None
        # Words the claim leaves out there only describe a loser it names ("beating defending champion Maya
        # Lindqvist"): no name, possessive or joining word among them ("beating Kostova's partner Lindqvist").
        loser_start = l_at
        while loser_start > u.position + 1 and tokens[loser_start - 1].text[:1].isupper():
            loser_start -= 1  # the rest of the loser's name ("Maya" of "Maya Lindqvist")
        left_out = [t for t in between if t.position not in matched and t.position < loser_start and (t.content or t.name)]
        # Nothing else between verb and loser but determiners: "beat everyone except India", "beaten by India".
        if any(not (t.content or t.name) and t.lower not in _OWNER_BETWEEN for t in between if t.position < loser_start):
            return None
        # Nor after the loser a word that makes the verb another act or the loser another side: "beat India
        # to the title" (a race), "beat him up", "beat the rebels back", "beat India A".
        if nxt is not None and (nxt.lower in _NOT_A_DEFEAT_AFTER or (loser.claim.name and nxt.text[:1].isupper() and nxt.position not in matched)):
            return None
        if len(between) > 4 or (left_out and not (loser.claim.name and all(
                t.content and not t.name and not t.text[:1].isupper() and "'" not in t.lower for t in left_out))):
            return None
        # Nobody beside the loser: "beat India and Pakistan".
        if nxt is not None and nxt.clause == tokens[l_at].clause and nxt.lower in ("and", "or", "with"):
            return None
        return s_idx, u
    return None


_NOT_A_DEFEAT_AFTER = frozenset("to up back off down senseless hollow unconscious black".split())
# Between a winner and its verb: tense and voice, not modality ("may beat" is a hedge, judged as one).
_TENSE_AUXILIARIES = frozenset("has have had having was were is are be been did do does".split())


def _name_as_modifier(tokens: list[Token], tok: Token) -> bool:
    """A name that only says what kind of thing follows: "her first Wimbledon title" (after a determiner,
    before a common noun)."""
    p = tok.position
    return 0 < p < len(tokens) - 1 and tokens[p - 1].lower in _OWNER_BETWEEN | {"first", "second", "third", "fourth", "fifth"} \
        and tokens[p + 1].content and not tokens[p + 1].name and tokens[p + 1].text[:1].islower()


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


def _whole_figure(st: SentenceTokens, tok: Token) -> float | None:
    """The value of the figure a digit token opens, read from the sentence's text ("906,000", "12.5"), or None."""
    end = st.tokens[_figure_end(st.tokens, tok.position)].end
    try:
        return float(st.sentence.text[tok.start : end].replace(",", ""))
    except ValueError:
        return None


def _ratio_of_figures(tok: Token, claim_tokens: list[Token], evidence: list[SentenceTokens],
                      lexicon: Lexicon) -> tuple[int, Token] | None:
    """"Measles cases have more than tripled" from "37 cases of measles, up from 12 a week earlier": a
    verb of a factor ("double", "triple", "halve") is backed by a cited sentence that speaks of what the
    claim counts and gives two figures, the earlier one after "from", whose ratio is that factor: within
    the lexicon's tolerance, or beyond it after "more than", or short of it after "nearly" or "almost".
    Years and dates are no such figures; a sentence with more than two is not read. The later figure's
    sentence and first token, else None."""
    factor = next((lexicon.multiplying_verbs[lemma] for lemma in lexicon.lemmas(tok.lower, "v")
                   if lemma in lexicon.multiplying_verbs), None)
    if factor is None:
        return None
    before = [t.lower for t in claim_tokens[max(0, tok.position - 2) : tok.position]]
    beyond = before[-2:] == ["more", "than"]
    short = bool(before) and before[-1] in ("nearly", "almost")
    subject = {t.stem for t in claim_tokens[: tok.position] if t.content and t.clause == tok.clause and not t.name}
    if not subject:
        return None
    tolerance = lexicon.factor_tolerance
    for s_idx, st in enumerate(evidence):
        if subject.isdisjoint(st.by_stem) or "from" not in st.by_lower:
            continue
        # Exactly two figures, as tokens (a value given twice is two), neither a year.
        numbers = [t for t in st.tokens if t.text[0].isdigit() and not YEAR_RE.fullmatch(t.text)
                   and not (t.position and st.tokens[t.position - 1].text[0].isdigit()
                            and st.tokens[t.position - 1].end + 1 == t.start)]
        if len(numbers) != 2:
            continue
        # The earlier figure: the first figure within four words after a "from" ("from a record 906,000").
        after_from = {next((n.position for n in st.tokens[t.position + 1 : t.position + 5] if n.text[0].isdigit()), -1)
                      for t in st.tokens if t.lower == "from"}
        earlier = [t for t in numbers if t.position in after_from]
        if len(earlier) != 1:
            continue
        before, later = earlier[0], next(t for t in numbers if t is not earlier[0])
        # What the claim counts is in the figures' clauses: every subject word ("Flu cases fell to 6 from 12,
        # while measles cases rose" is no halving of measles cases); and the earlier figure counts no other
        # noun ("from 12 schools").
        clauses = {before.clause, later.clause}
        near = {t.stem for t in st.tokens if t.clause in clauses}
        if not subject <= near:
            continue
        after = st.tokens[before.position + 1] if before.position + 1 < len(st.tokens) else None
        if after is not None and after.content and after.stem not in subject:
            continue
        old, new = _whole_figure(st, before), _whole_figure(st, later)
        if old is None or new is None:
            continue
        if old <= 0:
            continue
        ratio = new / old
        grows = factor > 1
        if beyond:
            holds = ratio > factor if grows else ratio < factor
        elif short:
            holds = factor * (1 - 2 * tolerance) <= ratio < factor if grows else factor < ratio <= factor * (1 + 2 * tolerance)
        else:
            holds = abs(ratio - factor) <= factor * tolerance
        if holds:
            return s_idx, later
    return None


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


# Particles that deny the word they stand before ("not affected", "never realistic").
DENYING_PARTICLES = frozenset(("not", "never", "no", "n't"))


def _denied_close(st: SentenceTokens, target: Token) -> bool:
    """Whether a negation cue stands within three words before ``target`` with no verb between ("were not
    affected", "is not realistic"), so that it denies the word itself."""
    for t in reversed(st.tokens[max(0, target.position - 3) : target.position]):
        if t.lower in DENYING_PARTICLES:
            return True
        if t.content and t.lower.endswith(("ed", "ing")):
            return False
    return False


def _negative_affix(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` with a prefix that only negates it: "unaffected", "uninjured",
    "non-binding" ("unbeaten" for "beaten", not for "lost")."""
    return any(word == prefix + other for prefix in ("un", "non-", "non", "in", "im"))


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


def _modifies_next(tok: Token, content: list[Token], unsupported) -> bool:
    """Whether ``tok`` qualifies the next word, a kept one: right before it, not after "and"/"or"/"nor"."""
    nxt = next((t for t in content if t.position > tok.position), None)
    return nxt is not None and nxt.position == tok.position + 1 and nxt.position not in unsupported


def _object_after_last_anchor(tok, claim_tokens, anchors, evidence, used, lexicon):
    """The claim's last word, a noun after its last matched word and a preposition, where the source has
    the same preposition after that word and another noun heading its phrase: "accounted for 82% of
    emigration" against "… 82% of long-term immigration" (“emigration” ≠ “immigration”). The source's
    phrase says what the figure is of; the claim's noun is in its place. (Between two anchors the
    preposition rule above reads it.)"""
    before = [a for a in anchors if a[0] < tok.position]
    if not before:
        return None
    c_pos, s_idx, e_pos = before[-1][0], before[-1][1], before[-1][2]
    k = tok.position - 1
    while k > c_pos and claim_tokens[k].lower in _DETERMINERS:
        k -= 1
    if k <= c_pos or claim_tokens[k].lower not in _PHRASE_PREPOSITIONS or claim_tokens[k].clause != tok.clause \
            or any(t.content for t in claim_tokens[tok.position + 1 :]) \
            or (claim_tokens[k].lower == "to" and "v" in lexicon.senses(tok.lower).pos):
        return None  # (not an infinitive: "cost $110 million to produce")
    # The word before the preposition ("82% of", "accounted for") where the source has it too, the same
    # word, past the last anchor's match and within reach of it.
    tokens, word = evidence[s_idx].tokens, claim_tokens[k - 1].lower
    e = next((i for i in range(e_pos + 1, min(len(tokens), e_pos + 2 + _REACH))
              if tokens[i].lower == claim_tokens[k].lower and tokens[i - 1].lower == word), None)
    if e is None:
        return None
    e += 1
    while e < len(tokens) and tokens[e].lower in _DETERMINERS:
        e += 1
    run = []
    while e < len(tokens) and tokens[e].content and tokens[e].clause == tokens[e_pos].clause:
        senses = lexicon.senses(tokens[e].lower)
        if run and ("n" not in senses.pos or (tokens[e].lower.endswith(("ed", "ing")) and "v" in senses.pos)):
            break  # the phrase ends at a word that is no noun ("immigration recorded by the ONS")
        run.append(tokens[e])
        e += 1
    if not run:
        return None
    head = run[-1]
    rel = relation(lexicon, tok.lower, head.lower)
    if head.name or (s_idx, head.position) in used or "n" not in lexicon.senses(head.lower).pos \
            or _is_time_or_figure(head) or rel not in (None, "sibling", "more_specific"):
        return None  # (a word the lexicon backs would have been matched; an antonym is read elsewhere)
    return (3, rel or "substitution", s_idx, head)


# Prepositions that give a noun what it is of, for or in (with "of", which the relation words leave out).
_PHRASE_PREPOSITIONS = frozenset("of for from to in at on with by into over under".split())


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


# Words that date a figure in a claim ("30 on Tuesday afternoon", "41 in March"), for _trend_of_figures.
_TIME_POINT_WORDS = WEEKDAYS | MONTH_WORDS | frozenset("morning afternoon evening night".split())
