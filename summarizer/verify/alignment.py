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

This module runs the steps in order (``align``); the parts live beside it: ``tokens.py`` (words as
tokens), ``syntax.py`` (what a word does where it stands), ``matching.py`` (Link, Alignment, the support
search and the judging of unmatched words) and the checks by concern, each adding to the Alignment:
``checks_words.py``, ``checks_polarity.py``, ``checks_possessors.py``, ``checks_roles.py``,
``checks_scope.py``, ``checks_figures.py``, ``checks_pooled.py`` and ``checks_additions.py``.
"""

from __future__ import annotations

from bisect import bisect_left

from .features import MONTH_WORDS, NEGATION_CUES, SPEECH_VERBS, WEEKDAYS, _due_to_a_cause
from .numbers import FIGURE_WORDS
from .lexicon import Lexicon
from .tokens import (CONNECTIVES, SentenceTokens, Token, copied_tokens, is_possessive, mark_level_verbs, merge_phrasal_verbs, restore_level_verbs,
                     merge_phrases, sentence_tokens, tokenize)
from .syntax import LABEL_RE, _MODALS, _ORDINAL_RE, _RELATIVES, _aside_end, _is_question, _verb_strength, reported_question
from .matching import (Alignment, Link, NameDescriptions, reopened_saying, _as_head, _defeat_told, _excerpt, _judge_unmatched, _lexical_support,
                       _monotone_chain, _spelling_support, in_verb_context, _SAID_WHEN_REACH)
from .checks_polarity import (_dropped_under_negation, _events_reordered, _polar_words, _polarity, _questions_asserted,
                              _subject_modifiers_dropped, _cues_under_denial)
from .checks_scope import (_degrees_changed, _dropped_kinds, _extremes_added, _may_pick, _number_changed,
                           _most_members_dropped, _partitives_dropped, _regions_dropped, _quantities_of_another_clause, _picks_dropped, _ranks_dropped, _privatives_dropped, _restrictions_dropped,
                           _count_parts_dropped, _wholes_told_as_parts, _superlative_scopes, _firsts_widened, _superlatives_added, _tense_changed, _universals_for_some, _counted_parts_dropped, _relatives_dropped)
from .checks_figures import (_bounds_reversed, _comparison_unstated, _counts_of_another_verb, _counts_of_objects_moved, _comparatives_reversed, _comparison_reversed, _counted_nouns_changed,
                             _counts_of_nouns_swapped,
                             _counts_dropped, _figures_moved, _groups_of_another_figure, _levels_of_another_figure, _ordinals_changed, _places_of_another, _rates_added, _rates_dropped,
                             _relative_times_changed, _than_reversed)
from .checks_pooled import (_conjuncts_pooled, _figures_pooled, _heads_traded, _names_regrouped, _modifiers_pooled, _order_pooled, _speakers_pooled, _voices_crossed, _slots_filled_from_another,
                            _subjects_pooled, _subjects_said_otherwise)
from .checks_roles import (_agents_replaced, _appositives_moved, _participants_joined, _possessors_made_doers, _clauses_crossed, _clauses_traded, _crossed_subjects, _exchanges, _moved_items, _role_swaps,
                           _roles_moved, _contrast_reversed)
from .checks_possessors import _owned_elsewhere, _possessors_for_possessed, _pronoun_for_owner, _relatives_for_persons
from .checks_words import (_clause_check, _moved_opposites, _own_prepositions_reversed, _relation_word_swaps,
                           _times_after_verb_changed, _objects_moved_past_another, _words_moved_before_another, _modifier_for_head, _shared_in_place_of_another, _skipped_opposites,
                           _compound_kinds_generalised, _reported_clauses)
from .checks_additions import (_case_told_as_fact, _denials_unbacked, _empty_clauses, _names_of_another_preposition, _objects_of_another_preposition,
                               _objects_of_another_verb, _unsupported_verbs)

__all__ = [
    "LABEL_RE",
    "Alignment",
    "Link",
    "SentenceTokens",
    "Token",
    "align",
    "copied_tokens",
    "is_possessive",
    "mark_level_verbs",
    "merge_phrasal_verbs",
    "merge_phrases",
    "sentence_tokens",
    "tokenize",
]


# Relations that hold only in context (lexicon.relation): a verb's shared rare sense, a characterisation.
_CONTEXT_RELATIONS = frozenset(("verb_sense", "characterising", "attributing", "object_sense"))


def _object_pins(link: Link, claim_tokens: list[Token], links: dict[int, Link], lexicon: Lexicon) -> bool:
    """Whether two verbs that say one act only with some objects ("took" and "won" 41 of the seats, "left"
    and "kept" the forecast unchanged) have such an object, in both sentences alike: the first content
    word after the claim's verb in its clause (past figures, determiners and "of") is matched to the first
    after the source's verb; it is one of the group's objects (by lemma), a numbered one with its number;
    neither comes after "a", "an" or a possessive ("took a seat", "took his seat") nor before where it went
    or how ("took the game to extra time", "took the title from Hamilton", "took the race seriously"); the
    claim's subject, the word right before its verb, is matched before the source's verb in its clause;
    and for a group with complements one follows each object, past the object's own words only, the
    claim's matched to the source's ("left its rate unchanged", not "left the meeting with rates
    unchanged")."""
    verb, target, st = link.claim, link.target, link.evidence
    if target is None or st is None:
        return False
    group = lexicon.object_group(verb.lower, target.lower)
    if group is None:
        return False
    # (A possessive before a contest's object is no winning, "took his seat"; before a kept one it is usual,
    # "left its rate unchanged".)
    owned = not group.objects
    claim_object, source_object = _object_after(claim_tokens, verb, owned), _object_after(st.tokens, target, owned)
    if claim_object is None or source_object is None:
        return False
    matched = links.get(claim_object.position)
    if matched is None or matched.evidence is not st or matched.target is not source_object:
        return False
    if not _subject_before(claim_tokens, verb, links, st, target):
        return False
    if group.objects:
        lemmas = lexicon.senses(claim_object.lower).lemmas | {claim_object.lower}
        if not lemmas & group.objects:
            return False
        if lemmas & group.numbered and not (_numbered(claim_tokens, claim_object) and _numbered(st.tokens, source_object)):
            return False
        return not (_object_goes_on(claim_tokens, claim_object) or _object_goes_on(st.tokens, source_object))
    claim_complement = _complement_after(claim_tokens, claim_object, group.complements)
    source_complement = _complement_after(st.tokens, source_object, group.complements)
    if claim_complement is None or source_complement is None:
        return False
    told = links.get(claim_complement.position)
    return told is not None and told.evidence is st and told.target is source_complement


# What, after a contest's object, says where it went or how it was taken, even in a clause of its own
# ("took the trophy as evidence").
_OBJECT_TAILS = frozenset("to into from home as off away back out up down over onto".split())
_POSSESSIVES = frozenset("his her their its our my your".split())
# The object's own words before its complement: "its full-year profit guidance of 95 million to 105 million
# pounds unchanged" (its figures, "of", a range's "to", determiners).
_OBJECT_WORDS = frozenset("of to the a an".split()) | _POSSESSIVES


def _object_after(tokens: list[Token], verb: Token, owned: bool = False) -> Token | None:
    """The first content word after ``verb`` in its clause, within six words, past figures, determiners
    and "of" ("took 41 of the 150 seats": "seats"); None where a name, another word, "a", "an" or (unless
    ``owned``) a possessive comes first."""
    for k in range(verb.position + 1, min(len(tokens), verb.position + 7)):
        tok = tokens[k]
        if tok.clause != verb.clause or tok.name or (tok.lower in _POSSESSIVES and not owned) or tok.lower in ("a", "an"):
            return None
        if tok.content and not tok.text[0].isdigit():
            return tok
    return None


def _subject_before(tokens: list[Token], verb: Token, links: dict[int, Link], st: SentenceTokens, target: Token) -> bool:
    """Whether the claim's content word or name right before ``verb`` (its subject: "The Liberals took")
    is matched before the source's verb, with no clause word between them there ("Verstappen took the
    title from Hamilton" does not have Hamilton win it)."""
    for k in range(verb.position - 1, -1, -1):
        tok = tokens[k]
        if tok.clause != verb.clause:
            return False
        if tok.content or tok.name:
            other = links.get(k)
            return other is not None and other.evidence is st and other.target is not None \
                and other.target.position < target.position \
                and not any(t.lower in _SUBJECT_BREAKS or t.lower in CONNECTIVES
                            for t in st.tokens[other.target.position + 1 : target.position])
    return False


_SUBJECT_BREAKS = frozenset("who which that whom whose".split())


def _numbered(tokens: list[Token], noun: Token) -> bool:
    """Whether ``noun`` has its number: a figure right after it ("stage 15", "stage nine") or an ordinal
    right before it ("the fifth stage")."""
    after = tokens[noun.position + 1] if noun.position + 1 < len(tokens) else None
    before = tokens[noun.position - 1] if noun.position else None
    return (after is not None and (after.text[0].isdigit() or after.lower in FIGURE_WORDS)) \
        or (before is not None and _ORDINAL_RE.fullmatch(before.lower) is not None)


def _object_goes_on(tokens: list[Token], noun: Token) -> bool:
    """Whether the object ``noun`` (past its number) is not the whole of what was taken, or is followed by
    where it went or how it was taken: what follows it is none of the clause's end and a preposition of
    the contest ("took 41 seats in the election", "took stage 15 on Sunday", "took the seat of
    Melbourne"). So not "took the title fight to the final race", "took gold worth 2 million pounds",
    "took the game to extra time", "took the cup home", "took the trophy as evidence", "took the trophy
    from the museum"; but "from" a name is from a rival ("took the seat from the Conservatives")."""
    k = noun.position + 1
    while k < len(tokens) and (tokens[k].text[0].isdigit() or tokens[k].lower in FIGURE_WORDS):
        k += 1
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    if nxt.lower == "from":
        rival = tokens[k + 2] if k + 2 < len(tokens) and tokens[k + 1].lower == "the" else tokens[k + 1] if k + 1 < len(tokens) else None
        return rival is None or not rival.name
    if nxt.clause != noun.clause and nxt.lower not in _OBJECT_TAILS:
        return False
    if nxt.lower == "on":  # a day ("took stage 15 on Sunday"), not "on a tour", "on loan"
        day = tokens[k + 1] if k + 1 < len(tokens) else None
        return day is None or not (day.text[0].isdigit() or day.lower in WEEKDAYS or day.lower in MONTH_WORDS)
    return nxt.lower not in _CONTEST_AFTER


# What may follow a contest's object: where, when or in what it was won, of what, against whom.
# (Not "for", "by", "at", "with" or "during": "took the trophy for safekeeping", "took the race by storm",
# "took the seat at the head of the table", "took the medal with him", "took the trophy during the ceremony".)
_CONTEST_AFTER = frozenset("in of after before against since last this and".split())


def _complement_after(tokens: list[Token], noun: Token, complements: frozenset[str]) -> Token | None:
    """The complement ("unchanged") after the object ``noun``, past the object's own words only (its
    content words, figures, "of", determiners): None where another word comes first ("left the meeting
    early with rates unchanged", "maintained the policy was unchanged")."""
    for tok in tokens[noun.position + 1:]:
        if tok.clause != noun.clause:
            return None
        if tok.lower in complements:
            return tok
        if not (tok.content or tok.text[0].isdigit() or tok.lower in FIGURE_WORDS or tok.lower in _OBJECT_WORDS
                or _hedge_noun(tokens, tok)):
            return None
    return None


def _says_again(tokens: list[Token], between: list[Token], verb: Token) -> bool:
    """Whether the speaker's verb of saying right after them is joined by "and" to ``verb``, which so has
    the same speaker: "Harmon said the company would cooperate and described Reyes as a leader" (not
    "Harmon said Mbeki described …", nor "said the firm would cooperate and Mbeki described …")."""
    if not between or between[0].lower not in SPEECH_VERBS or verb.position == 0 or tokens[verb.position - 1].lower != "and" \
            or any(t.lower in SPEECH_VERBS for t in between[1:]):
        return False
    # The speaker is that verb's subject, not a word inside it: "Lawyers for Harmon said …" is the lawyers'.
    at = between[0].position - 1
    while at >= 0 and (tokens[at].name or tokens[at].text[:1].isupper()):
        at -= 1
    return at < 0 or tokens[at].lower not in _SUBJECT_OWNERS


# Words before a name that make it part of another's phrase ("Lawyers for Harmon", "a spokesman of Acme").
_SUBJECT_OWNERS = frozenset("for of to with from by representing behind".split())


def _hedge_noun(tokens: list[Token], tok: Token) -> bool:
    """Whether ``tok`` is a hedge cue used as a noun after a content word: "its profit forecast",
    "its sales estimate" (a cue, so no content word, yet the object's own word). Not a modal or a
    negation ("the rate would be unchanged", "the rate not unchanged")."""
    return tok.cue and tok.position > 0 and tokens[tok.position - 1].content and tok.text.isalpha() \
        and tok.lower not in _MODALS and tok.lower not in NEGATION_CUES


def _characterises(tokens: list[Token], link: Link, links: dict[int, Link]) -> bool:
    """Whether the claim's verb of characterising says what its object is: "described the offer as fair",
    "called the arrival a huge boost", "said the offer was fair" (a content word after its object, in its
    clause, and "as" after "describe"); not "called the family", which may be a telephone call. And the
    one who speaks there is the claim's: a claim word before its verb is matched before the source's, with
    no other verb of saying between ("Hale called the move reckless" is not "Hale said Roe described the
    move as reckless"; "called" is no verb of saying that the speaker checks would read)."""
    verb, target, st = link.claim, link.target, link.evidence
    if target is None or st is None:
        return False
    # Said by the claim's speaker: a claim word before the claim's verb is matched before the source's,
    # with no other verb of saying between ("Lind said Mbeki described the demand as …" is Mbeki's view).
    speakers = [other.target.position for p, other in links.items() if p < verb.position and other.evidence is st
                and other.target is not None and other.target.position < target.position]
    if not speakers:
        # The claim's name matched in another cited sentence, and named in this one too before its verb:
        # "Owen Price said he would ask … and described the consultation as …" citing "Local MP Owen Price
        # said he would ask …" and "Owen Price, the MP for Calder Valley, said the consultation had been …".
        speakers = [q for t in tokens[: verb.position] if t.name for q in st.by_lower.get(t.lower, ()) if q < target.position]
    if not speakers:
        return False
    between = st.tokens[max(speakers) + 1 : target.position]
    if any(t.lower in SPEECH_VERBS for t in between) and not _says_again(st.tokens, between, target):
        return False
    # What the source's verb says of the claim's object may be the second thing it says ("said the risk
    # was low, but that the recall was a precaution"): read from that "that".
    first = next((other.target for p, other in sorted(links.items()) if p > verb.position and other.evidence is st
                  and other.target is not None), None)
    if first is not None and first.position > target.position:
        opener = reopened_saying(st.tokens, target, first.position)
        if opener is None:
            return False
        target = st.tokens[opener]
    if not (_says_what(tokens, verb) and _says_what(st.tokens, target, st.sentence.text)):
        return False
    # What the claim says it is, the source says of it: the claim's words after its verb are matched in the
    # clause of the source's verb or in the clauses that go on to say it ("as …", "was …", a quotation
    # after "had been"), not in an aside ("said the offer, a gamble by the board, was reckless").
    told, said = _predicate_clauses(st.tokens, st.sentence.text, target), _predicate_clauses(tokens, None, verb)
    return all(other.target.clause in told for p, other in links.items()  # type: ignore[union-attr]
               if p > verb.position and other.claim.clause in said and other.evidence is st and other.target is not None)


def _cause_told(tokens: list[Token], link: Link, links: dict[int, Link], lexicon: Lexicon, found: set[int]) -> bool:
    """Whether the claim's verb of attributing ("attributed the rise to a strike", "blamed the delay on the
    rain") has its cause stated where it matched "said": in that sentence a phrase of cause ("driven by",
    "the result of", "because of") joins what the claim's object matched to what its cause matched
    ("Traders said the gain was driven by a strike"). Joins them directly: between the object and the
    phrase only a form of "be" and words the claim has too (no hedge, modal or denial: "may have been
    driven by", "was unlikely to have been driven by"); between the phrase and the cause no other word of
    content ("driven by speculation about a strike", "driven by demand rather than a strike"); and the
    cause not the modifier of another noun or told of in a clause of its own ("a strike threat", "a strike
    that never happened", "a strike being averted"). "due to" only as a cause ("due to end before a strike"
    is a schedule). Adds the claim's preposition to ``found``: it is the phrase's counterpart, no relation
    word of its own."""
    verb, st = link.claim, link.evidence
    if st is None:
        return False
    preposition = next((lexicon.attributing[lemma] for lemma in lexicon.lemmas(verb.lower, "v") if lemma in lexicon.attributing), None)
    clause = [t for t in tokens[verb.position + 1 :] if t.clause == verb.clause]
    bringer = next((t for t in clause if t.lower == preposition), None)
    if bringer is None:
        return False
    effect_words = [t for t in clause if t.position < bringer.position and (t.content or t.name)]
    if all(_adverb(t.lower, lexicon) for t in effect_words):  # no object after the verb: "a beat that X credited to Y"
        effect_words = _relative_antecedent(tokens, verb) + effect_words
    effect = [links.get(t.position) for t in effect_words]
    cause = [links.get(t.position) for t in clause if t.position > bringer.position and (t.content or t.name)]
    effect_at = [l.target.position for l in effect if l is not None and l.evidence is st and l.target is not None]
    cause_at = [l.target.position for l in cause if l is not None and l.evidence is st and l.target is not None]
    # What the claim's object and cause matched: some of each, all of it in order around the phrase.
    if not effect_at or not cause_at or min(effect_at) >= min(cause_at):
        return False
    words = [t.lower for t in st.tokens]
    matched = {l.target.position for l in links.values() if l.evidence is st and l.target is not None}
    first_cause, last_cause = min(cause_at), max(cause_at)
    for phrase in lexicon.cause_phrases:
        for i in range(min(effect_at) + 1, first_cause - len(phrase) + 1):
            end = _phrase_end(st.tokens, i, phrase, matched)
            if end is None:
                continue
            # The object's words before the phrase; any after its start only the words inside it that the
            # claim has too ("mainly" of "driven mainly by" matched by the claim's "credited … mainly to").
            if any(not i < p < end - 1 for p in effect_at if p >= i):
                continue
            last_effect = max(p for p in effect_at if p < i)
            if phrase == ("due", "to") and not _due_to_a_cause(words, i):
                continue
            before, after = st.tokens[last_effect + 1 : i], st.tokens[end:first_cause]
            if any(t.cue or t.lower in _MODALS or (t.content and t.position not in matched) or t.name for t in before) \
                    or any(t.content or t.name or t.cue for t in after):
                continue
            if last_cause + 1 < len(st.tokens):
                nxt = st.tokens[last_cause + 1]
                if nxt.clause == st.tokens[last_cause].clause and (
                        nxt.lower in _CAUSE_TOLD_OF or nxt.cue or (nxt.content and nxt.position not in matched)):
                    continue  # "a strike threat", "a strike that never happened", "a strike being averted"
            found.add(id(bringer))
            return True
    return False


def _adverb(word: str, lexicon: Lexicon) -> bool:
    """An adverb such as "mainly" or "largely", not a noun that ends alike ("supply", "rally", "family")."""
    return word.endswith("ly") and "n" not in lexicon.senses(word).pos


def _antecedent_said(link: Link, tokens: list[Token], links: dict[int, Link], lexicon: Lexicon) -> bool:
    """Whether a verb of attributing in a relative clause ("a beat that the analyst credited to …") has its
    object, the clause's antecedent, matched to what the source's verb of saying says: the antecedent's
    head matched a word after "said" (a word or six away), with between them only that word's own modifiers
    (the content words right before it: "said the revenue beat" for the claim's "a beat") and no name."""
    target = link.target
    after = [t for t in tokens[link.claim.position + 1:] if t.clause == link.claim.clause and (t.content or t.name)]
    antecedent = _relative_antecedent(tokens, link.claim)
    if target is None or not antecedent or (after and not _adverb(after[0].lower, lexicon)):
        return False
    head = links.get(antecedent[-1].position)
    if head is None or head.evidence is not link.evidence or head.target is None:
        return False
    between = link.evidence.tokens[target.position + 1 : head.target.position]  # type: ignore[union-attr]
    if not 0 < head.target.position - target.position <= _SAID_WHEN_REACH or any(t.name or t.cue for t in between):
        return False
    modifiers = 0
    while modifiers < len(between) and between[-1 - modifiers].content:
        modifiers += 1
    return not any(t.content for t in between[: len(between) - modifiers])


def _relative_antecedent(tokens: list[Token], verb: Token) -> list[Token]:
    """The noun phrase a relative clause's verb has for its object ("beat" of "a beat that the analyst
    credited to …"): the words of content just before "that" or "which", when between that word and the verb
    there are only its subject's words (names and words of content, no verb of their own is told apart
    here, so no comma, hedge or negation either)."""
    at = verb.position - 1
    while at >= 0 and (tokens[at].content or tokens[at].name) and not tokens[at].cue:
        at -= 1
    if at < 0 or at == verb.position - 1 or tokens[at].lower not in ("that", "which"):
        return []
    start = at
    while start > 0 and tokens[start - 1].content and not tokens[start - 1].cue and not tokens[start - 1].name:
        start -= 1
    return tokens[start:at]


def _phrase_end(tokens: list[Token], start: int, phrase: tuple[str, ...], matched: set[int]) -> int | None:
    """Where the phrase of cause that begins at ``start`` ends, or None: its words in order, with between
    them only words the claim has too ("driven mainly by" for the claim's "credited mainly to": the claim's
    "mainly" says the same; an unmatched "partly" would be a restriction the claim dropped), never a hedge,
    modal or name."""
    at = start
    for k, word in enumerate(phrase):
        while k and at < len(tokens) and tokens[at].lower != word and at - start <= len(phrase) + 1:
            t = tokens[at]
            if t.position not in matched or t.cue or t.name or t.lower in _MODALS:
                return None
            at += 1
        if at >= len(tokens) or tokens[at].lower != word:
            return None
        at += 1
    return at


# After the cause's last word, words that make it the modifier of something else or tell of it in a clause.
_CAUSE_TOLD_OF = frozenset("that which who whose being been rather than".split())


_COPULA_WORDS = frozenset("is are was were be been being".split())


def _predicate_clauses(tokens: list[Token], text: str | None, verb: Token) -> set[int]:
    """The clause of ``verb`` and those after it that carry on what it says: each opening with "as" or a
    copula, following a clause that ends with one (a quotation after "had been"), or (given the text)
    parted from the one before by quotation marks alone ('"a huge boost" for the species'); and, past an
    aside between commas (see _aside_end), the clause that goes on after it, leaving the aside's out."""
    clauses = {verb.clause}
    clause = verb.clause
    while True:
        words = [t for t in tokens if t.clause == clause + 1]
        if not words:
            return clauses
        resumed = _aside_end(tokens, text, words[0].position)
        if resumed is not None and tokens[resumed].clause > clause + 1 \
                and tokens[resumed].lower not in CONNECTIVES and tokens[resumed].lower not in _RELATIVES:
            clause = tokens[resumed].clause
            clauses.add(clause)
            continue
        last = max((t for t in tokens if t.clause == clause), key=lambda t: t.position)
        # (Quotation marks there, not just a space: a connective parts clauses with none, "was unfair and
        # that the inquiry was a sham", and what its clause says is of its own subject.)
        gap = "" if text is None else text[last.end : words[0].start]
        quoted = text is not None and not gap.strip(" \"'\u201c\u201d\u2018\u2019") and bool(gap.strip())
        if not (words[0].lower == "as" or words[0].lower in _COPULA_WORDS or last.lower in _COPULA_WORDS or quoted):
            return clauses
        clause += 1
        clauses.add(clause)


def _says_what(tokens: list[Token], verb: Token, text: str | None = None) -> bool:
    """Whether a verb of characterising or saying is told with what its object is: a content word after
    the object in its clause ("called the move reckless", "said the offer was fair"), after "as" for
    "describe" ("described the move as reckless"; not "described the move, which was reckless"). Given the
    text, an aside between commas is passed over ("said inflation, which reached 5.2%, remained high")."""
    # Read on past the clause marks the tokenizer sets at "as" and at quotation marks ("described the offer
    # as fair", 'said his side had been "patient and brave"'), up to a connective of another clause.
    after: list[Token] = []
    at = verb.position + 1
    while at < len(tokens) and len(after) < 8:
        t = tokens[at]
        if t.lower in CONNECTIVES and t.lower != "as":
            resumed = _aside_end(tokens, text, at)
            if resumed is None or tokens[resumed].lower in CONNECTIVES or tokens[resumed].lower in _RELATIVES:
                break
            at = resumed
            continue
        after.append(t)
        at += 1
    if sum(1 for t in after if t.content or t.name) < 2:
        return False
    if verb.lower.startswith("describ"):
        return any(t.lower == "as" for t in after)
    return True


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
    # "The presenter asked whether the lane would go ahead" for "PRESENTER: Will the lane go ahead?": the
    # question is the asking verb's counterpart (the speaker checks read who asks), and what it asks is
    # asked, not stated (see _questions_asserted and the modality check).
    asking = reported_question(claim_tokens)
    asks = asking.clause if asking is not None and any(_is_question(st) for st in evidence) else None
    if asking is not None and asks is not None:
        asking.content = False
    _mark_stated_changes(claim_tokens, lexicon)
    _mark_deferred_decisions(claim_tokens, evidence, lexicon)
    restore_level_verbs(claim_tokens, evidence, lexicon)
    content = [t for t in claim_tokens if t.content]
    excerpt = _excerpt(claim_tokens, content, evidence)
    if excerpt is not None:
        _dropped_kinds(claim_tokens, excerpt, lexicon)  # an excerpt can still drop the kind it was about
        first = excerpt.links[0]
        start = first.target.position - first.claim.position  # type: ignore[union-attr]
        if start > 0 and _may_pick(first.evidence.tokens[start - 1], lexicon):  # type: ignore[union-attr]
            _picks_dropped(claim_tokens, excerpt.links, excerpt, lexicon)  # or the few its sentence singled out
        _superlative_scopes(claim_tokens, excerpt, lexicon)  # or what its superlative ranged over
        _firsts_widened(claim_tokens, excerpt)  # or what its "first" ranged over
        _ranks_dropped(claim_tokens, excerpt, lexicon)  # or the rank before it
        _most_members_dropped(claim_tokens, excerpt)  # or the "one of" before its "most"
        _restrictions_dropped(claim_tokens, excerpt, lexicon)  # or what narrowed its count or ban
        _count_parts_dropped(claim_tokens, excerpt, lexicon)  # or the other thing its count was of
        _partitives_dropped(claim_tokens, excerpt, lexicon)  # or the "most" of its noun
        _rates_dropped(claim_tokens, excerpt)  # or the rate of its figure
        _case_told_as_fact(claim_tokens, excerpt)  # or the frame that made it one side's case
        if any(t.negated for t in claim_tokens):  # or what narrowed the subject of its denial
            st = first.evidence
            s_idx = next(i for i, e in enumerate(evidence) if e is st)
            _subject_modifiers_dropped(st, s_idx, {(s_idx, l.target.position) for l in excerpt.links if l.target is not None},  # type: ignore[arg-type]
                                       excerpt, lexicon)
        excerpt.asks = asks
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
            # Not a particle: the claim's second "up" ("made up …, up from") is a direction of its own.
            if tok.lower in lexicon.particles:
                continue
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
    # A verb matched by a rare sense it shares with the evidence's verb holds only beside a matched
    # argument; otherwise it is unmatched, and judged as such below.
    cause_words: set[int] = set()  # the claim's "to" of "attributed … to", where the source states the cause
    def pinned(link: Link) -> bool:
        # (the claim's word used as a verb: "The file was stolen" against "The charge was stolen" is two nouns)
        if link.relation == "object_sense":
            return _object_pins(link, claim_tokens, links, lexicon)
        return _verb_strength(claim_tokens, link.claim, lexicon) >= 1 \
            and (in_verb_context(link, claim_tokens, links, saying=link.relation != "verb_sense")
                 or (link.relation == "attributing" and _antecedent_said(link, claim_tokens, links, lexicon))) \
            and (link.relation == "verb_sense" or _characterises(claim_tokens, link, links)) \
            and (link.relation != "attributing" or _cause_told(claim_tokens, link, links, lexicon, cause_words))

    for position in [p for p, l in links.items() if l.relation in _CONTEXT_RELATIONS]:
        link = links[position]
        if pinned(link):
            link.relation = "synonym"
            continue
        del links[position]
        chain.pop(position, None)
        s_idx = next(i for i, st in enumerate(evidence) if st is link.evidence)
        used.discard((s_idx, link.target.position))  # type: ignore[union-attr]
        # Another verb the claim's could stand for may have its context where this one has not: "called
        # Reyes a leader" is the "described Reyes as a leader" of "said the company would cooperate and
        # described Reyes as …", not its "said". (Not an anchor of the chain: it was chosen out of order.)
        for _, other_idx, other_pos, rel in candidates[position]:
            if rel not in _CONTEXT_RELATIONS or (other_idx, other_pos) in used \
                    or (other_idx == s_idx and other_pos == link.target.position):  # type: ignore[union-attr]
                continue
            other = Link(link.claim, rel, evidence[other_idx], evidence[other_idx].tokens[other_pos])
            if pinned(other):
                other.relation = "synonym"
                links[position] = other
                used.add((other_idx, other_pos))
                break
    result = Alignment(links=[], content_words=len(content), supported_words=0, asks=asks)
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
    # A contest told from the loser's side ("lost to England" for "England beat"): its participants are
    # all matched by now, in whatever order.
    # (The verb may have been taken for a word in place of one opposite it: "lost" for "runs".)
    for position in [p for p in sorted(unsupported) if links[p].relation in ("insertion", "substitution") and not links[p].accepted]:
        link = links[position]
        defeat = _defeat_told(link.claim, claim_tokens, links, evidence, used, lexicon)
        if defeat is not None:
            result.insertions = [l for l in result.insertions if l is not link]
            result.substitutions = [l for l in result.substitutions if l is not link]
            links[position] = Link(link.claim, "converse", evidence[defeat[0]], defeat[1])
            used.add((defeat[0], defeat[1].position))
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
    _clauses_traded(content, links, result, lexicon, claim_tokens)
    _crossed_subjects(claim_tokens, links, result, lexicon)
    _moved_opposites(content, links, chain, anchors, evidence, used, lexicon, result)
    _skipped_opposites(content, links, anchors, evidence, used, lexicon, result)
    _modifier_for_head(claim_tokens, links, result, lexicon)
    _compound_kinds_generalised(claim_tokens, links, result, lexicon)
    _polarity(claim_tokens, links, result, lexicon, evidence)
    result.links = [links[t.position] for t in content]
    relation_swaps = [l for l in _relation_word_swaps(claim_tokens, anchors, evidence, lexicon) if id(l.claim) not in cause_words]
    relation_swaps += _own_prepositions_reversed(claim_tokens, links, relation_swaps, lexicon)
    relation_swaps += _times_after_verb_changed(claim_tokens, links, relation_swaps, lexicon)
    result.substitutions += _objects_moved_past_another(claim_tokens, links, lexicon)
    result.substitutions += _words_moved_before_another(claim_tokens, links, lexicon)
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
    _reported_clauses(claim_tokens, result)
    _dropped_kinds(claim_tokens, result, lexicon)
    # Said of all, or of one, where the source singles out a few or speaks of many: quantifier reasons of
    # their own, after the count of supported words (the words themselves are there).
    _picks_dropped(claim_tokens, result.links, result, lexicon)
    _superlative_scopes(claim_tokens, result, lexicon)
    _firsts_widened(claim_tokens, result)
    _ranks_dropped(claim_tokens, result, lexicon)
    _most_members_dropped(claim_tokens, result)
    _restrictions_dropped(claim_tokens, result, lexicon)
    _count_parts_dropped(claim_tokens, result, lexicon)
    _universals_for_some(claim_tokens, result)
    _counted_parts_dropped(claim_tokens, result)
    _relatives_dropped(claim_tokens, result)
    _partitives_dropped(claim_tokens, result, lexicon)
    _regions_dropped(claim_tokens, result)
    _wholes_told_as_parts(claim_tokens, result, lexicon)
    _quantities_of_another_clause(claim_tokens, result, lexicon)
    _number_changed(claim_tokens, result.links, result, lexicon)
    _privatives_dropped(claim_tokens, result, lexicon)
    _degrees_changed(result, lexicon)
    _tense_changed(claim_tokens, result, lexicon, evidence)
    _clauses_crossed(claim_tokens, result, lexicon)
    _agents_replaced(claim_tokens, result, lexicon)
    _questions_asserted(claim_tokens, evidence, result)
    _bounds_reversed(claim_tokens, result)
    _comparatives_reversed(claim_tokens, result)
    _than_reversed(claim_tokens, evidence, result, lexicon)
    _comparison_unstated(claim_tokens, evidence, result, lexicon)
    _rates_dropped(claim_tokens, result)
    _rates_added(claim_tokens, result)
    _counted_nouns_changed(claim_tokens, evidence, result, lexicon)
    _ordinals_changed(claim_tokens, result)
    _places_of_another(claim_tokens, result)
    _roles_moved(claim_tokens, result)
    _relative_times_changed(claim_tokens, evidence, result)
    _comparison_reversed(claim_tokens, result)
    _figures_moved(claim_tokens, result, lexicon)
    _groups_of_another_figure(claim_tokens, result)
    _levels_of_another_figure(claim_tokens, result, lexicon)
    _counts_of_objects_moved(claim_tokens, result, lexicon)
    _counts_of_another_verb(claim_tokens, result, lexicon)
    _counts_of_nouns_swapped(claim_tokens, result)
    if len(evidence) > 1:
        _figures_pooled(claim_tokens, evidence, result, lexicon)
        _speakers_pooled(claim_tokens, result, lexicon)
        _slots_filled_from_another(claim_tokens, result, lexicon)
        _subjects_pooled(claim_tokens, result, lexicon)
        _conjuncts_pooled(claim_tokens, result, lexicon)
        _order_pooled(claim_tokens, result, lexicon)
        _modifiers_pooled(claim_tokens, result, lexicon)
    _subjects_said_otherwise(claim_tokens, result, lexicon)
    _voices_crossed(claim_tokens, result)
    _moved_items(claim_tokens, result, lexicon)
    _case_told_as_fact(claim_tokens, result)
    _heads_traded(claim_tokens, result, lexicon)
    _names_regrouped(claim_tokens, result)
    _extremes_added(claim_tokens, evidence, result, lexicon)
    _superlatives_added(claim_tokens, result, lexicon)
    _polar_words(claim_tokens, evidence, lexicon, result)
    _events_reordered(claim_tokens, evidence, result)
    _cues_under_denial(claim_tokens, evidence, result, lexicon)
    _unsupported_verbs(claim_tokens, result, lexicon)
    _objects_of_another_verb(claim_tokens, result, lexicon)
    _objects_of_another_preposition(claim_tokens, evidence, result, lexicon)
    _names_of_another_preposition(claim_tokens, evidence, result)
    _empty_clauses(claim_tokens, result)
    _denials_unbacked(claim_tokens, evidence, result, lexicon)
    _role_swaps(claim_tokens, links, evidence, lexicon, result)
    _possessors_made_doers(claim_tokens, links, result, lexicon)
    _appositives_moved(claim_tokens, links, result, lexicon)
    _participants_joined(claim_tokens, links, result, lexicon)
    _contrast_reversed(claim_tokens, result)
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
    if not any(t.lower in ("up", "down") for t in claim_tokens):
        return  # (most claims: then no verb needs its lemmas looked up)
    trends = lexicon.trend_verbs
    moved = False
    for i, tok in enumerate(claim_tokens):
        if not moved and trends and any(not trends[d].isdisjoint(lexicon.lemmas(tok.lower, "v")) for d in trends):
            moved = True  # (once moved, it stays so: no more look-ups)
        if tok.lower in ("up", "down") and not moved and i + 1 < len(claim_tokens) \
                and claim_tokens[i + 1].clause == tok.clause \
                and (claim_tokens[i + 1].lower == "from" or claim_tokens[i + 1].text[0].isdigit()):
            tok.content = True
