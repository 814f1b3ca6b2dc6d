"""Lexical relations between two words: the WordNet-derived table shipped in ``data/``, plus a hand-kept one.

Everything here is a look-up on data loaded once per process (a bisection in a sorted table the first
time a key is asked for, a dictionary hit after that); nothing is downloaded and nothing is random. The data file's sha256 is checked against ``data/MANIFEST.json`` when it is loaded,
so a damaged or swapped file is an error, never a silently different verdict.

Relations are between a claim's word and an evidence word, from the claim's side (natural logic):

- ``exact``, ``lemma`` (same lemma or stem: "agreed" / "agree"), ``synonym`` (a shared WordNet sense, or
  an adjective and its cluster head: "interim" / "temporary"), ``derivation`` ("agreement" / "agree");
- ``more_general``: the claim's word is a hypernym of the evidence's ("vehicles" for "trucks") — the
  claim says less, so it follows (except under negation);
- ``more_specific``: the reverse — the claim says more;
- ``antonym`` ("raise" / "lower") and ``sibling`` (two kinds of one thing: "cruise" / "hypersonic",
  "monday" / "tuesday") — alternatives, so the claim contradicts or at least does not follow.
"""

from __future__ import annotations

import hashlib
import json
import os
from bisect import bisect_right
from functools import lru_cache
from threading import Lock
from typing import Any, NamedTuple

from ..errors import SummarizerError

WORDNET_FILE = "wordnet.txt"
EXTRA_FILE = "lexicon_extra.json"
SETTINGS_FILE = "alignment.json"

# WordNet's detachment rules (morphy(7)): suffix → replacement, per part of speech.
_MORPHY_RULES = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}
POS = ("n", "v", "a", "r")


# Second words of hand-kept phrases that are function words: no inflected verb is looked for before them.
_FUNCTION_SECONDS = frozenset("of to at no as much many a an the with for on in by from".split())

class ObjectGroup(NamedTuple):
    """What makes two verbs of a hand-kept object_verbs group one act: the objects that pin it, the
    complements that must follow them ("unchanged"), and the objects that pin it only with their number."""

    objects: frozenset[str]
    complements: frozenset[str]
    numbered: frozenset[str]


class LexiconError(SummarizerError):
    """The shipped lexicon is missing or does not match its manifest (a broken install)."""


class WordSenses:
    """What the lexicon knows of one lower-case word, across parts of speech. The senses are read at once;
    what lies beyond them (heads, hypernyms, parents, derivations, antonyms) is read on first use, each
    apart, since most words are only asked their part of speech or matched by spelling: reading all of
    it for every word was most of a short summary's look-ups."""

    __slots__ = ("word", "lemmas", "pos", "first", "primary", "common", "verb_common", "senses", "_lexicon", "_heads",
                 "_hypernyms", "_parents", "_derived", "_antonyms")

    def __init__(self, lexicon: Lexicon, word: str, lemmas: frozenset[str], pos: frozenset[str], first: frozenset[int],
                 primary: frozenset[int], common: frozenset[int], verb_common: frozenset[int],
                 senses: frozenset[int]) -> None:
        self.word = word
        self.lemmas = lemmas  # its lemmas in any part of speech ("netted" → net)
        self.pos = pos  # the parts of speech it can be
        self.first = first  # the first (most frequent) sense of each lemma
        self.primary = primary  # the first few senses of each lemma: what the word usually means
        self.common = common  # the first ten senses of each lemma: what a word can reasonably mean
        self.verb_common = verb_common  # of those, the verb senses
        self.senses = senses  # every sense
        self._lexicon = lexicon
        self._heads = self._hypernyms = self._parents = self._derived = self._antonyms = None

    @property
    def heads(self) -> frozenset[int]:
        """For adjective satellites, their cluster heads ("interim" → temporary)."""
        if self._heads is None:
            self._heads = self._lexicon._heads_of(self)
        return self._heads

    @property
    def hypernyms(self) -> frozenset[int]:
        """Senses it is a kind of, a bounded number of hops up from its primary senses."""
        if self._hypernyms is None:
            self._hypernyms = self._lexicon._hypernyms_of(self)
        return self._hypernyms

    @property
    def parents(self) -> frozenset[int]:
        """Direct hypernyms of its senses: for siblings."""
        if self._parents is None:
            self._parents = self._lexicon._parents_of(self)
        return self._parents

    @property
    def derived(self) -> frozenset[str]:
        """Lemmas derivationally related to its lemmas, and its lemmas themselves."""
        if self._derived is None:
            self._derived = self._lexicon._derived_of(self)
        return self._derived

    @property
    def antonyms(self) -> frozenset[str]:
        """Lemmas opposed to one of its lemmas."""
        if self._antonyms is None:
            self._antonyms = self._lexicon._antonyms_of(self)
        return self._antonyms


def block_digest(block: bytes | memoryview) -> str:
    """A lexicon block's check (BLAKE2b, 8 bytes: it catches damage; the header that lists the digests is
    checked by sha256), written by scripts/build_lexicon.py and recomputed when a block is first read."""
    return hashlib.blake2b(block, digest_size=8).hexdigest()


class _Table:
    """One of the lexicon's tables: sorted "key<TAB>value,value" lines in blocks (format 4 of
    scripts/build_lexicon.py). A look-up bisects the blocks' first keys, checks that one block and finds
    the key's line in it, so a short summary reads a few hundred blocks, not the 3.8 MB file. Reads like
    the dict it replaces: ``get``, ``[]`` and ``in``."""

    __slots__ = ("_body", "_keys", "_offsets", "_digests", "_blocks", "_parse", "_found")

    def __init__(self, body: bytes | memoryview, index: dict[str, Any], parse: Any):
        self._body = body
        self._keys: list[str] = index["keys"]
        self._offsets: list[int] = [*index["offsets"], index["end"]]
        self._digests: list[str] = index["digests"]
        self._blocks: dict[int, bytes] = {}
        self._parse = parse
        self._found: dict[str, list | None] = {}

    def get(self, key: str, default: Any = None) -> Any:
        found = self._found.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = None
            block = bisect_right(self._keys, key) - 1
            if block >= 0:
                lines = self._blocks.get(block)
                if lines is None:
                    start, end = self._offsets[block], self._offsets[block + 1] - 1  # the block's last newline is not hashed
                    raw = self._body[start:end]
                    # The header (checked against the manifest) holds each block's digest: a block is
                    # checked when first read, so a damaged install is refused wherever it is damaged.
                    if block_digest(raw) != self._digests[block]:
                        raise LexiconError(f"the verifier's lexicon is damaged (block {block} at byte {start} does not "
                                           "match its digest); reinstall the package")
                    # Kept as bytes between newlines and searched in C: splitting each block into 64 strings
                    # was most of a short summary's look-up time (a few hundred blocks are read).
                    lines = self._blocks[block] = b"\n" + bytes(raw) + b"\n"
                probe = b"\n" + key.encode("utf-8") + b"\t"
                i = lines.find(probe)
                if i >= 0:
                    i += len(probe)
                    raw = lines[i : lines.index(b"\n", i)].decode("utf-8")
                    found = [self._parse(v) for v in raw.split(",")] if raw else []
            self._found[key] = found
        return default if found is None else found

    def __getitem__(self, key: str) -> Any:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None


class _HeadTable(_Table):
    """The adjective clusters: one head per satellite synset (a one-value line)."""

    __slots__ = ()

    def get(self, key: str, default: Any = None) -> Any:
        found = super().get(key)
        return default if found is None else found[0]


_UNSEEN = object()
_NO_LEMMAS: list[str] = []  # what lemmas() gives a word with none, shared: never changed
# A word the lexicon lacks has six empty sets: the same one (frozensets are immutable), not six new ones
# for the garbage collector to walk on every full collection.
_NO_SENSES: frozenset = frozenset()


class Lexicon:
    """The relations table; build it with :func:`default_lexicon` (loaded once, shared)."""

    def __init__(self, wordnet: bytes, extra: dict[str, Any], settings: dict[str, Any]):
        """``wordnet`` is the data file's bytes (format 4: a JSON header line, then the tables' blocks)."""
        newline = wordnet.find(b"\n")
        try:
            header = json.loads(wordnet[:newline]) if newline >= 0 else {}
        except ValueError:
            header = {}
        if header.get("format") != 4:
            raise LexiconError(f"the verifier's lexicon has format {header.get('format')!r}, not 4; reinstall the package")
        body = memoryview(wordnet)[newline + 1:]  # a view: copying the 3.8 MB would cost ~2 ms
        tables = header["tables"]
        self._lemmas = {p: _Table(body, tables[f"lemmas/{p}"], int) for p in POS}
        self._hypernyms = _Table(body, tables["hypernyms"], int)
        self._heads = _HeadTable(body, tables["heads"], int)
        self._head_antonyms = _Table(body, tables["head_antonyms"], str)
        self._antonyms = {p: _Table(body, tables[f"antonyms/{p}"], str) for p in POS}
        self._derived = _Table(body, tables["derived"], str)
        self._exceptions = {p: _Table(body, tables[f"exceptions/{p}"], str) for p in POS}
        self.particles: frozenset[str] = frozenset(header["particles"])
        self.loose_particles: frozenset[str] = frozenset(header.get("loose_particles", ()))
        # The nouns of WordNet's verb-and-noun idioms ("part" of "take_part"), read like particles.
        self.idiom_nouns: frozenset[str] = frozenset(header.get("idiom_nouns", ()))
        self.primary_senses = int(settings["primary_senses"])
        self.hypernym_hops = int(settings["hypernym_hops"])
        self.version = f"wordnet-3.0+extra-{extra['version']}"
        # Hand-kept entries: a synonym pair shares a made-up sense (negative ids never collide with
        # WordNet's); an antonym pair is added to both words' antonyms.
        self._extra_senses: dict[str, set[int]] = {}
        # Entries of two or three words ("straight away") are one word to the alignment: "straight_away".
        synonyms = [[w.replace(" ", "_") for w in entry["words"]] for entry in extra["synonyms"]]
        antonyms = [[w.replace(" ", "_") for w in entry["words"]] for entry in extra["antonyms"]]
        determiners = [w.replace(" ", "_") for w in extra.get("determiner_phrases", {}).get("words", ())]
        # Hand-kept words may be matched even where they are stop words ("up 9%" for "rose 9%").
        self.extra_words: frozenset[str] = frozenset(w for words in synonyms + antonyms for w in words)
        # Phrases to read as one word, by their first word, longest first; and those that are determiners.
        phrases: dict[str, list[tuple[str, ...]]] = {}
        for word in sorted(self.extra_words | set(determiners)):
            if "_" in word:
                parts = tuple(word.split("_"))
                phrases.setdefault(parts[0], []).append(parts)
        self.phrases: dict[str, list[tuple[str, ...]]] = {
            first: sorted(found, key=lambda p: (-len(p), p)) for first, found in phrases.items()}
        self.determiner_phrases: frozenset[str] = frozenset(determiners)
        # Phrases read as one word only in a setting (tokens.merge_phrases tests it), by the data file's
        # list that names them: right before a figure ("as long as nine hours", not "as long as the talks
        # continue"), right after a figure or a time ("Friday at the earliest"), or as a degree ("a little
        # better", not "a little girl").
        self.phrase_settings: dict[str, str] = {
            w.replace(" ", "_"): setting
            for setting in ("figure_phrases", "time_bound_phrases", "degree_phrases")
            for w in extra.get(setting, {}).get("words", ())}
        # The second words of those phrases: a word before one may be a phrase's verb in another form
        # ("took effect" for "take effect"), looked up by its lemma only then.
        # Not a verb and its particle ("ask for"): the phrasal-verb reading has those, with its own fallback.
        # Nor a function word ("free of charge", "up to"): a lemma looked up before every "of" and "to" of a
        # text would cost more than the phrases it finds.
        self.phrase_seconds: frozenset[str] = frozenset(
            p[1] for found in phrases.values() for p in found
            if (len(p) > 2 or p[1] not in self.particles | self.loose_particles) and p[1] not in _FUNCTION_SECONDS)
        self._extra_antonyms: dict[str, set[str]] = {}
        for n, words in enumerate(synonyms, 1):
            for word in words:
                self._extra_senses.setdefault(word, set()).add(-n)
        for words in antonyms:
            a, b = words
            self._extra_antonyms.setdefault(a, set()).add(b)
            self._extra_antonyms.setdefault(b, set()).add(a)
        # One-way pairs: general lemma → the lemmas it covers ("old" covers "former", not the reverse).
        self._extra_broader: dict[str, frozenset[str]] = {}
        for pair in extra.get("broader", {}).get("pairs", ()):
            general = pair["general"]
            self._extra_broader[general] = self._extra_broader.get(general, frozenset()) | {pair["specific"]}
        # Words a claim may use without a counterpart: the source named as such, neutral verbs of speaking.
        self.framing: frozenset[str] = frozenset(w for entry in extra.get("framing", ()) for w in entry["words"])
        # Of those, the words for the source itself, a frame only after a determiner ("the email").
        self.framing_after_determiner: frozenset[str] = frozenset(
            w for entry in extra.get("framing", ()) if entry.get("after_determiner") for w in entry["words"])
        # Who speaks for an owner: "FreshMart's lawyers argued" may be "FreshMart argued".
        self.speaks_for: frozenset[str] = frozenset(extra.get("speaks_for", {}).get("words", ()))
        # Modifiers that make their noun name something else: "former", "vice", "fake".
        self.privative: frozenset[str] = frozenset(extra.get("privative_modifiers", {}).get("words", ()))
        # Words that put a claim at an extreme ("exactly", "alone", "immediately"), each with the words of its
        # group that back it.
        self.extreme: dict[str, frozenset[str]] = {
            w: frozenset(group) for group in extra.get("extreme_words", {}).get("groups", ()) for w in group
        }
        # Units, matched by spelling only (the lexicon gives them no relations).
        # Lemma pairs WordNet joins in a sense that news keeps apart ("freeze" and "suspend" a dividend).
        self._distinct: frozenset[frozenset[str]] = frozenset(
            frozenset(pair["words"]) for pair in extra.get("distinct_senses", {}).get("pairs", ()))
        # Verbs that report how a speaker characterised something ("described … as", "called"), and "say".
        characterising = extra.get("characterising_verbs", {})
        self._characterising: frozenset[str] = frozenset(characterising.get("words", ()))
        self._characterising_frames: frozenset[str] = self._characterising | frozenset(characterising.get("frames", ()))
        # Verbs that say one act only with some objects ("took 41 seats" / "won 41 seats"): per group, its
        # verbs, the objects that pin the sense and the complements that must follow them ("unchanged").
        # ("numbered": objects that pin it only with their number, "stage 15".)
        self._object_verbs: tuple[tuple[frozenset[str], ObjectGroup], ...] = tuple(
            (frozenset(g["verbs"]), ObjectGroup(frozenset(g.get("objects", ())), frozenset(g.get("complements", ())),
                                                frozenset(g.get("numbered", ()))))
            for g in extra.get("object_verbs", {}).get("groups", ()))
        # Verbs that report a cause a speaker gave ("attributed the rise to a strike"), each with the
        # preposition that brings the cause, and the source's phrases that state a cause.
        attributing = extra.get("attributing_verbs", {})
        self.attributing: dict[str, str] = dict(attributing.get("verbs", {}))
        self.cause_phrases: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in attributing.get("cues", ()))
        self.exact_only: frozenset[str] = frozenset(w for entry in extra.get("exact_only", ()) for w in entry["words"])
        self._extra_lemmas: dict[str, str] = {e["word"]: e["lemma"] for e in extra.get("lemmas", ())}
        self._comparatives_also_nouns_or_verbs: frozenset[str] = frozenset(
            extra.get("comparatives_also_nouns_or_verbs", {}).get("words", ()))
        self.level_verbs: frozenset[str] = frozenset(extra.get("level_verbs", {}).get("words", ()))
        self.level_verbs_to: frozenset[str] = frozenset(extra.get("level_verbs", {}).get("before_to", ()))
        # Comparatives before "than", by direction: "8% smaller than" is not "8% more than".
        comparatives = extra.get("comparative_directions", {})
        self.comparative_directions: dict[str, str] = {
            w: d for d in ("up", "down") for w in comparatives.get(d, ())}
        # Verbs of a figure's movement, by direction: "rose" from 30 to 41 is what the two figures say.
        # One event from either side ("lost its appeal" / "dismissed an appeal by"): the party's verb →
        # (the deciding body's verbs, the objects both take).
        self.converses: dict[str, tuple[frozenset[str], frozenset[str]]] = {
            pair["party"]: (frozenset(pair["decider"]), frozenset(pair["objects"]))
            for pair in extra.get("converses", {}).get("pairs", ())}
        # A contest from the loser's side ("lost to England" / "England beat"): the party's verbs, the
        # preposition before the winner, and the winner's verbs.
        defeats = extra.get("converses", {}).get("defeats", {})
        self.defeats: tuple[frozenset[str], str, frozenset[str]] | None = (
            frozenset(defeats["party"]), defeats["preposition"], frozenset(defeats["verbs"])) if defeats else None
        trends = extra.get("trend_verbs", {})
        self.trend_verbs: dict[str, frozenset[str]] = {
            d: frozenset(w.replace(" ", "_") for w in trends[d]) for d in ("up", "down") if d in trends}
        # Verbs of a factor ("triple" → 3), and how near a ratio must come to it.
        multiplying = extra.get("multiplying_verbs", {})
        self.multiplying_verbs: dict[str, float] = {w: float(f) for w, f in multiplying.get("factors", {}).items()}
        self.factor_tolerance: float = float(multiplying.get("tolerance", 0.0))
        relation_words = extra.get("relation_words", {})
        self.relation_words: frozenset[str] = frozenset(relation_words.get("words", ()))
        self.time_relations: frozenset[str] = frozenset(relation_words.get("time", {}).get("words", ()))
        # Relation words only before "of" ("ahead of forecasts"; "pressed ahead" is an adverb's).
        self.relations_before_of: frozenset[str] = frozenset(relation_words.get("before_of", {}).get("words", ()))
        self._relation_groups: tuple[frozenset[str], ...] = tuple(
            frozenset(g["words"]) for g in relation_words.get("groups", ()))
        self._opposite_relations: frozenset[frozenset[str]] = frozenset(
            frozenset(pair) for pair in relation_words.get("opposites", {}).get("pairs", ()))
        self.governed_relations: frozenset[str] = frozenset(relation_words.get("governed", {}).get("words", ()))
        # One-way pairs: a claim's preposition that follows from the source's ("in" from "across").
        self._broader_relations: frozenset[tuple[str, str]] = frozenset(
            (pair[0], pair[1]) for pair in relation_words.get("broader", {}).get("pairs", ()))
        self._cache: dict[str, WordSenses] = {}
        self.pair_cache: dict[tuple[str, str], str | None] = {}  # alignment.relation's, per lexicon
        # Per part of speech, word → its lemmas: most words have none, and those share one empty list
        # (callers never change what lemmas() gives: it was always the cached list itself), so the cache
        # is not tens of thousands of empty lists for the garbage collector to walk.
        self._morphy: dict[str, dict[str, list[str]]] = {pos: {} for pos in POS}
        self._closure: dict[int, frozenset[int]] = {}
        self._kinds: dict[tuple[str, str], bool] = {}

    def lemmas(self, word: str, pos: str) -> list[str]:
        """WordNet's morphology (morphy): the lemmas ``word`` can be an inflection of, in part of speech ``pos``."""
        cache = self._morphy[pos]
        found = cache.get(word)
        if found is None:
            found = cache[word] = self._lemmas_of(word, pos) or _NO_LEMMAS
        return found

    def _lemmas_of(self, word: str, pos: str) -> list[str]:
        table = self._lemmas[pos]
        extra = self._extra_lemmas.get(word)
        if extra is not None and pos == "n" and extra in table:
            return [extra]  # hand-kept: "people" is the plural of "person"
        if "_" in word:  # a phrasal verb: inflect the verb, keep the particle ("called_off" → call_off)
            if pos != "v":
                return []
            verb, particle = word.split("_", 1)
            return [f"{base}_{particle}" for base in self.lemmas(verb, "v") if f"{base}_{particle}" in table]
        found = [b for b in self._exceptions[pos].get(word, ()) if b in table]
        if word in table and word not in found:
            found.append(word)
        rules = _MORPHY_RULES[pos]
        if pos == "a" and word not in self._comparatives_also_nouns_or_verbs and (
                word in self._lemmas["n"] or word in self._lemmas["v"]):
            rules = ()  # a noun or verb in its own right: "offer" is not "more off", "customer" not "more custom"
        for suffix, ending in rules:
            if word.endswith(suffix) and len(word) > len(suffix):
                base = word[: len(word) - len(suffix)] + ending
                if base in table and base not in found:
                    found.append(base)
        return found

    def _agent_noun(self, word: str, verb: WordSenses) -> bool:
        """Whether ``word``, unknown to WordNet, is the agent noun of one of ``verb``'s verb lemmas: "nappers"
        for "napped", "recyclers" for "recycle". Only for words WordNet lacks: a known word such as
        "number" has senses of its own and is never read as "one who numbs"."""
        if "v" not in verb.pos or self.is_common_word(word):
            return False
        noun = word.removesuffix("s")
        for lemma in verb.lemmas:
            if self.lemmas(lemma, "v") and noun in (lemma + "er", lemma + "r", lemma + lemma[-1] + "er", lemma + "or"):
                return True
        return False

    def _privative_compound(self, word: str) -> bool:
        """ "ex-president", "vice-chairman": a compound whose first part makes it something else."""
        return "-" in word and word.split("-", 1)[0] in self.privative

    def same_relation(self, a: str, b: str) -> bool:
        """Whether two prepositions say the same thing of how two words connect ("in" / "within")."""
        return a == b or any(a in group and b in group for group in self._relation_groups)

    def relation_follows(self, claim: str, source: str) -> bool:
        """Whether a claim's preposition says what the source's says, or less ("in" for "across")."""
        return self.same_relation(claim, source) or (claim, source) in self._broader_relations

    def opposite_relations(self, a: str, b: str) -> bool:
        """Whether two prepositions reverse a relation ("from" / "to", "inside" / "outside")."""
        return frozenset((a, b)) in self._opposite_relations

    def is_person_noun(self, word: str) -> bool:
        """Whether a usual noun sense of ``word`` is a kind of person ("skipper", "analyst", "coach"): a
        word that can stand as a title before a name."""
        return self._is_kind(word, "person")

    def is_organization_noun(self, word: str) -> bool:
        """Whether a usual noun sense of ``word`` is a kind of organization ("union", "chain", "company")."""
        return self._is_kind(word, "organization")

    def _is_kind(self, word: str, root: str) -> bool:
        """Whether a usual noun sense of ``word`` has ``root``'s first sense above it. Follows the whole
        hypernym chain, once per word and root."""
        key = (word, root)
        found = self._kinds.get(key)
        if found is None:
            top = self._lemmas["n"].get(root, [None])[0]
            frontier = [s for lemma in self.lemmas(word, "n") for s in self._lemmas["n"][lemma][: self.primary_senses]]
            seen: set[int] = set()
            while frontier and top not in seen:
                seen.update(frontier)
                frontier = [h for s in frontier for h in self._hypernyms.get(str(s), ()) if h not in seen]
            found = self._kinds[key] = top in seen
        return found

    def is_common_word(self, word: str) -> bool:
        """Whether WordNet has ``word`` (lower case) as a common word in some part of speech (names that
        are only instances, such as cities and people, were left out of the table when it was built)."""
        return any(self.lemmas(word, pos) for pos in POS)

    def senses(self, word: str) -> WordSenses:
        """Everything the lexicon knows of ``word`` (lower case), computed once per word."""
        info = self._cache.get(word)
        if info is None:
            info = self._cache[word] = self._senses(word)
        return info

    def _senses(self, word: str) -> WordSenses:
        lemmas: set[str] = set()
        pos_found: set[str] = set()
        first: set[int] = set()
        primary: set[int] = set()
        common: set[int] = set()
        verb_common: set[int] = set()
        every: set[int] = set()
        for pos in POS:
            for lemma in self.lemmas(word, pos):
                ids = self._lemmas[pos][lemma]
                lemmas.add(lemma)
                pos_found.add(pos)
                first.add(ids[0])
                primary.update(ids[: self.primary_senses])
                common.update(ids[:10])
                if pos == "v":
                    verb_common.update(ids[:10])
                every.update(ids)
        forms = {word, *lemmas}
        if "_" in word:  # a hand-kept phrase with its verb inflected: "took_effect" is "take_effect"
            verb, rest = word.split("_", 1)
            forms.update(f"{base}_{rest}" for base in self.lemmas(verb, "v"))
        for w in forms:
            extra = self._extra_senses.get(w)
            if extra:
                first |= extra
                primary |= extra
                common |= extra
                every |= extra
        if not every:  # most words of a text: no sense at all, and one shared empty set for each field
            return WordSenses(self, word, _NO_SENSES, _NO_SENSES, _NO_SENSES, _NO_SENSES, _NO_SENSES, _NO_SENSES,
                              _NO_SENSES)
        return WordSenses(self, word, frozenset(lemmas), frozenset(pos_found), frozenset(first), frozenset(primary),
                          frozenset(common), frozenset(verb_common), frozenset(every))

    # What lies beyond a word's senses, each read on first use (see WordSenses).

    def _heads_of(self, info: WordSenses) -> frozenset[int]:
        return frozenset(self._heads[str(s)] for s in info.senses if str(s) in self._heads)

    def _hypernyms_of(self, info: WordSenses) -> frozenset[int]:
        found: set[int] = set()
        for s in info.primary:
            if s >= 0:
                found |= self._hypernym_closure(s)
        return frozenset(found)

    def _parents_of(self, info: WordSenses) -> frozenset[int]:
        return frozenset(h for s in info.senses if s >= 0 for h in self._hypernyms.get(str(s), ()))

    def _derived_of(self, info: WordSenses) -> frozenset[str]:
        derived = set(info.lemmas) | {info.word}
        for lemma in info.lemmas | {info.word}:
            derived.update(self._derived.get(lemma, ()))
        return frozenset(derived)

    def _antonyms_of(self, info: WordSenses) -> frozenset[str]:
        antonyms: set[str] = set()
        for lemma in info.lemmas | {info.word}:
            for pos in POS:
                antonyms.update(self._antonyms[pos].get(lemma, ()))
            antonyms |= self._extra_antonyms.get(lemma, set())
        # The antonyms of a cluster head, for words in it ("temporary" in the head "impermanent, temporary")
        # and for its satellites ("interim"), through the word's usual senses only.
        for s in info.primary:
            head = self._heads.get(str(s), s)
            antonyms.update(self._head_antonyms.get(str(head), ()))
        return frozenset(antonyms)

    def _hypernym_closure(self, synset: int) -> frozenset[int]:
        """The senses ``synset`` is a kind of, up to ``hypernym_hops`` steps up (not itself)."""
        closure = self._closure.get(synset)
        if closure is None:
            found: set[int] = set()
            frontier = [synset]
            for _ in range(self.hypernym_hops):
                frontier = [h for s in frontier for h in self._hypernyms.get(str(s), ()) if h not in found]
                if not frontier:
                    break
                found.update(frontier)
            closure = self._closure[synset] = frozenset(found)
        return closure

    def _covers(self, general: WordSenses, specific: WordSenses) -> bool:
        """Whether a hand-kept one-way pair puts ``general`` above ``specific`` ("old" above "former")."""
        broader = self._extra_broader
        if not broader:
            return False
        covered = [broader[w] for w in (general.word, *general.lemmas) if w in broader]
        return any(w in c for c in covered for w in (specific.word, *specific.lemmas))

    def _is_unit(self, word: str, senses: WordSenses) -> bool:
        """A unit matched by spelling only: the hand table's ``exact_only``."""
        return word in self.exact_only or bool(senses.lemmas & self.exact_only)

    def _unit_adjective(self, word: str, senses: WordSenses) -> bool:
        """The "-ly" adjective of a unit ("yearly", "quarterly"); related to other words as usual."""
        return word.endswith("ly") and not senses.derived.isdisjoint(self.exact_only)

    def _is_idiom(self, word: str) -> bool:
        """Whether ``word`` is a verb-and-noun idiom read as one word ("took_part")."""
        return "_" in word and word.split("_", 1)[1] in self.idiom_nouns

    def object_group(self, claim: WordSenses | str, evidence: WordSenses | str) -> ObjectGroup | None:
        """The objects and complements with which two different verbs say one act ("took" and "won" 41
        seats; see the hand-kept table's object_verbs), or None if no group holds both."""
        c = self.senses(claim) if isinstance(claim, str) else claim
        e = self.senses(evidence) if isinstance(evidence, str) else evidence
        for verbs, group in self._object_verbs:
            if c.lemmas & verbs and e.lemmas & verbs and not (c.lemmas & e.lemmas):
                return group
        return None

    def relation(self, claim_word: str, evidence_word: str) -> str | None:
        """How the claim's word stands to the evidence's (see the module docstring), or None if unrelated."""
        if claim_word == evidence_word:
            return "exact"
        if self._privative_compound(claim_word) != self._privative_compound(evidence_word):
            return None  # "ex-president" is no president (WordNet files it under one), nor the reverse
        c, e = self.senses(claim_word), self.senses(evidence_word)
        if c.lemmas & e.lemmas:
            return "lemma"
        c_unit, e_unit = self._is_unit(claim_word, c), self._is_unit(evidence_word, e)
        if c_unit or e_unit:
            # Two names of one unit ("km" and "kilometres", "kg" and "kilograms", "hr" and "hour"): the
            # usual sense of each is the unit's one synset, so it is the same unit, however spelled.
            if c.first & e.first:
                return "synonym"
            # Units are matched by spelling, but a unit still derives its own adjective ("quarterly",
            # "weekly" from "quarter", "week"), and that adjective is a different unit from the others
            # ("yearly" is not "quarter").
            if evidence_word in c.derived or claim_word in e.derived:
                return "derivation"
            if (c_unit and e_unit) or (c_unit and self._unit_adjective(evidence_word, e)) \
                    or (e_unit and self._unit_adjective(claim_word, c)):
                return "sibling"
            return None
        if self._distinct and any(frozenset((a, b)) in self._distinct for a in c.lemmas for b in e.lemmas):
            return None
        # A verb-and-noun idiom ("took part", "gave birth") means its first sense: it stands only for a word
        # that usually means that ("participated", "was born to"), or whose first sense it usually means
        # ("collapsed" for "gave way"). WordNet files idioms beside words of other usual meanings ("gave
        # notice" beside "terminate", "changed hands" under "move"), which a shared rare sense would let in.
        if self._is_idiom(claim_word) or self._is_idiom(evidence_word):
            return "synonym" if (c.first & e.primary) or (e.first & c.primary) else None
        # "described the offer as fair" for "said the offer was fair": the same report only where what is
        # characterised is matched beside both verbs and the claim says what it is (see alignment).
        # "attributed the rise to a strike" for "said the rise was driven by a strike": only where the
        # source states the cause between the two (see alignment).
        if "say" in e.lemmas and not self.attributing.keys().isdisjoint(c.lemmas):
            return "attributing"
        if (c.lemmas & self._characterising and e.lemmas & self._characterising_frames) \
                or (e.lemmas & self._characterising and c.lemmas & self._characterising_frames):
            return "characterising"
        if evidence_word in c.antonyms or claim_word in e.antonyms or (c.antonyms & e.lemmas) or (e.antonyms & c.lemmas):
            return "antonym"
        # A sense both usually have, or the first sense of one that is among the other's first ten
        # ("prolong" means first what is extend's tenth sense). A rare sense is not enough: "close" and
        # "fine" share one, and "die" is the twenty-somethingth sense of "pass".
        shared = (c.primary & e.primary) | (c.first & e.common) | (e.first & c.common)
        if shared or (c.heads & e.senses) or (e.heads & c.senses):
            return "synonym"
        if evidence_word in c.derived or claim_word in e.derived or (c.lemmas & e.derived) \
                or self._agent_noun(claim_word, e) or self._agent_noun(evidence_word, c):
            return "derivation"
        # More general: a usual sense of the claim's word above a usual sense of the evidence word
        # ("vehicle" above "truck", "consent" above "agree", "ask" above "request"), or a hand-kept pair.
        if c.primary & e.hypernyms or self._covers(c, e):
            return "more_general"
        if e.primary & c.hypernyms or self._covers(e, c):
            return "more_specific"
        # Two verbs sharing one of their first ten senses, neither usual: the same act only where what it
        # is done to or by is matched beside it ("fired its executives" for "dismissed its executives"); the
        # alignment decides that (see matching.in_verb_context). A verb's senses are told apart by its
        # arguments; an adjective's or a noun's are not, so those need a usual sense ("old" shares one
        # with "former", yet an "old rival" is no former one).
        if c.verb_common & e.verb_common:
            return "verb_sense"
        if self.object_group(c, e) is not None:
            return "object_sense"
        if c.parents & e.parents:
            return "sibling"
        return None


_LOCK = Lock()


# The package's data folder, read through this module's own loader, as pkgutil.get_data does: it works
# from a folder or a zip alike, without importlib.resources (its import and zipfile's were 5 ms of every
# `summarizer verify`).
_DATA_DIR = os.path.join(os.path.dirname(__file__), "data")


def _read_data(name: str) -> bytes:
    try:
        return __loader__.get_data(os.path.join(_DATA_DIR, name))  # type: ignore[name-defined]
    except OSError as exc:
        raise LexiconError(f"the verifier's data file {name} is missing from the installed package") from exc


def check_manifest(name: str, data: bytes) -> None:
    """Raise :class:`LexiconError` unless ``data`` has the sha256 that ``MANIFEST.json`` records for ``name``."""
    entry = _manifest()["files"].get(name)
    digest = hashlib.sha256(data).hexdigest()
    if entry is None or entry["sha256"] != digest:
        raise LexiconError(f"the verifier's data file {name} does not match its manifest (sha256 {digest}); reinstall the package")


def check_header(name: str, data: bytes) -> None:
    """Raise :class:`LexiconError` unless the first line of ``data`` has the sha256 that ``MANIFEST.json``
    records as ``name``'s ``header_sha256`` (the header holds every block's digest)."""
    entry = _manifest()["files"].get(name)
    digest = hashlib.sha256(data[: max(data.find(b"\n"), 0)]).hexdigest()
    if entry is None or entry.get("header_sha256") != digest:
        raise LexiconError(f"the verifier's data file {name} does not match its manifest (header sha256 {digest}); "
                           "reinstall the package")


@lru_cache(maxsize=1)
def _manifest() -> dict[str, Any]:
    return json.loads(_read_data("MANIFEST.json"))


@lru_cache(maxsize=1)
def _load_default() -> Lexicon:
    # The header is checked against the manifest here, each block against the header's digest when it is
    # first read (_Table.get): hashing all 4 MB was 4 ms of every `summarizer verify`, for blocks a short
    # summary never reads.
    wordnet = _read_data(WORDNET_FILE)
    check_header(WORDNET_FILE, wordnet)
    extra = json.loads(_checked(EXTRA_FILE))
    settings = json.loads(_checked(SETTINGS_FILE))["lexicon"]
    return Lexicon(wordnet, extra, settings)


def _checked(name: str) -> bytes:
    """A data file's bytes, after checking them against the manifest (the hand table and the thresholds
    decide verdicts as much as WordNet does)."""
    data = _read_data(name)
    check_manifest(name, data)
    return data


def default_lexicon() -> Lexicon:
    """The shipped lexicon, loaded on first use (about 3 ms: the tables' blocks are checked and decoded when looked up) and shared by
    every verifier in the process."""
    with _LOCK:
        return _load_default()


def alignment_settings() -> dict[str, Any]:
    """The alignment's thresholds (``data/alignment.json``): versioned data, not constants in code."""
    return _alignment_settings()


@lru_cache(maxsize=1)
def _alignment_settings() -> dict[str, Any]:
    return json.loads(_checked(SETTINGS_FILE))
