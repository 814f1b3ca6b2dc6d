"""Checks of how much the claim says: of all where its source singles out a few, ranks within a
range or restricts a count (picks, superlatives, restrictions, ages); one where it has many, or many
where one; a dropped "former"; an adjective in another degree; an extreme added ("exactly", "alone");
a kind dropped; and what will happen told as done, or the other way (tense).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .features import HEDGE_CUES, QUANTIFIER_CLASSES, QUANTIFIER_CUES, SPEECH_VERBS, WEEKDAYS
from .numbers import CARDINAL_WORDS, CURRENCY_WORDS, FIGURE_WORDS, ORDINAL_WORDS
from .lexicon import Lexicon
from .tokens import PARTITIVES, SentenceTokens, Token, _FRACTION_WORDS, _PLAIN_FRACTIONS, _is_negation
from .syntax import (_BE_FORMS, _DEFINITE, _MODALS, _ORDINAL_RE, _RELATIVE_TIME_UNITS, _TIME_UNITS, _before_noun, _figure_kind, _finite_verb,
                     _is_count, _is_time_or_figure, _plural_noun, _time_of, _verb_lemmas, _verb_strength)
from .matching import Alignment, Link

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


def _group_has(tokens: list[Token], verb: Token, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands in the verb's group ("may buckle", "will probably buckle")."""
    return not words.isdisjoint(_verb_group(tokens, verb, 3))


_POSSIBLE = frozenset("may might could can".split())
_LIKELY = frozenset("probably likely possibly perhaps".split())


def _tense_changed(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon, evidence: list[SentenceTokens]) -> None:
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
        elif said == "future" and source == "modal" and _group_has(st.tokens, target, _POSSIBLE) \
                and not _group_has(claim_tokens, link.claim, _POSSIBLE | _LIKELY) \
                and any(t.lower in _POSSIBLE | _LIKELY for t in claim_tokens):
            # "rails … can reach 20C more and will buckle" against "… and may buckle": what may happen told
            # as what will. A hedge elsewhere in the claim ("can reach") does not hedge this verb, though
            # the hedge check reads the claim as hedged (a claim with no hedge at all is that check's).
            result.tenses_changed.append((link, said, "possible"))
            link.accepted = False
        elif said == "modal" and source == "past" and _would_before(claim_tokens, link.claim) \
                and any(t.lower in SPEECH_VERBS for t in claim_tokens[: link.claim.position]) \
                and not _modal_in_group(st.tokens, target) and not any(
                t.stem == target.stem and _would_before(other.tokens, t)
                for other in evidence for t in other.tokens):  # ("picked the wrong takers" … "But I would pick the same five again")
            # "said it would spend 12 million pounds" against "said it had since spent 12 million pounds":
            # what was done told as to come (or, "would have spent", as what did not happen). Only in
            # reported speech: "As a child, he would visit the farm" is a habit of the past.
            result.tenses_changed.append((link, "future", source))
            link.accepted = False
        elif said == "past" and _under_way(st.tokens, target, lexicon) and _perfect_active(claim_tokens, link.claim):
            # "said it had completed more than 40 investigations" against "said it was carrying out more than
            # 40 further investigations": what is under way told as done. Only a perfect ("has sent"): a
            # simple past may report a present act ("ruled out" for "I am ruling out"), and a passive an
            # adjective ("had been terrified" for "was terrifying").
            result.tenses_changed.append((link, said, "under way"))
            link.accepted = False
        elif said in ("past", "bare") and _infinitive_of_aim(st.tokens, target):
            # "The centre has restored the trust's services" against "The centre is working with the trust
            # to restore services": what someone works, votes, is set or is sent to do is not yet done.
            result.tenses_changed.append((link, said, "aim"))
            link.accepted = False


def _under_way(tokens: list[Token], verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` is an "-ing" form after a form of "be" in its verb group, with an object right
    after it: "was carrying out more than 40 investigations", "is sending a team" (a phrasal verb by its
    verb: "carrying_out"). An object makes the act one that ends, so that under way it is not yet done;
    "are appealing for witnesses" is not so, nor a perfect's "had been trading" (it says how long)."""
    if not verb.lower.split("_")[0].endswith("ing"):
        return False
    # (past a merged phrasal verb's own particle: "carrying_out" keeps its "out" token)
    after = next((t for t in tokens[verb.position + 1 : verb.position + 3] if t.start >= verb.end), None)
    if after is None or after.clause != verb.clause or not (
            after.lower.split("_")[0] in _OBJECT_OPENERS or after.text[0].isdigit() or after.lower in FIGURE_WORDS
            or (after.content and "n" in lexicon.senses(after.lower).pos)):
        return False
    for t in reversed(tokens[max(0, verb.position - 3) : verb.position]):
        if t.clause != verb.clause or (t.content and not t.lower.endswith("ly")) or t.lower == "been":
            return False
        if t.lower in ("is", "are", "was", "were", "am", "'s", "'re"):
            return True
    return False


_OBJECT_OPENERS = frozenset("a an the its their his her our this these those more some several about nearly".split())


def _verb_group(tokens: list[Token], verb: Token, reach: int) -> list[str]:
    """The words before ``verb`` in its verb group, nearest first, at most ``reach`` of them: back to the
    first content word that is no "-ly" adverb ("had since spent" → "since", "had"; "would soon spend")."""
    words = []
    for t in reversed(tokens[max(0, verb.position - reach) : verb.position]):
        if t.clause != verb.clause or (t.content and not t.lower.endswith("ly")):
            break
        words.append(t.lower)
    return words


def _perfect_active(tokens: list[Token], verb: Token) -> bool:
    """Whether ``verb`` is a perfect with no "been" in its verb group: "had completed", "has sent"."""
    for word in _verb_group(tokens, verb, 3):
        if word in ("been", "being"):
            return False
        if word in ("has", "have", "had", "'ve"):
            return True
    return False


def _modal_in_group(tokens: list[Token], verb: Token) -> bool:
    """Whether a modal, also a denied one ("wouldn't"), stands in ``verb``'s verb group."""
    return any(w in _MODALS or w.removesuffix("n't") in _MODALS or w in ("wo", "ca") for w in _verb_group(tokens, verb, 4))


def _would_before(tokens: list[Token], verb: Token) -> bool:
    """Whether "would" (or "'d") stands in ``verb``'s verb group, a few words before it ("would soon spend")."""
    return any(w in ("would", "'d") for w in _verb_group(tokens, verb, 4))


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


# Determiners that speak of some of a kind, not all of it.
_SOME_DETERMINERS = frozenset("some several many few most certain".split())


def _universals_for_some(claim_tokens: list[Token], result: Alignment) -> None:
    """"every" or "each" (or "all") before a noun whose counterpart the evidence gives with "some",
    "several", "many", "most" or a count: "every ward had one nurse for every twelve patients" against
    "some wards with one nurse for every twelve patients". The quantifier check compares the words alone,
    and the evidence's own "every" (of the patients) hid the change; here the words before the matched noun
    are compared."""
    for link in result.links:
        tok, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or not tok.position or not target.position:
            continue
        said = claim_tokens[tok.position - 1].lower
        if said not in ("every", "each", "all") or tok.lower in _TIME_UNITS:
            continue  # ("each year" is a rate, the quantifier check's: "30 million pounds a year")
        before = st.tokens[max(0, target.position - 2) : target.position]
        some = next((t for t in before if t.clause == target.clause and (
            t.lower in _SOME_DETERMINERS or t.text[0].isdigit() or (t.lower in FIGURE_WORDS and t.lower not in ("one", "a")))), None)
        if some is not None and some.position and some.lower not in _SOME_DETERMINERS \
                and st.tokens[some.position - 1].lower in ("the", "its", "their", "all", "these", "those"):
            some = None  # "The 30 children each received a book": all thirty of them
        if some is not None and not any(t.lower in ("every", "each", "all") for t in before):
            result.restrictions_dropped.append((link, " ".join(t.text for t in st.tokens[some.position : target.position + 1])))
            link.accepted = False


def _relatives_dropped(claim_tokens: list[Token], result: Alignment) -> None:
    """A share or count of a group narrowed by a relative clause, told of the whole group: "87 per cent of
    members backed the action" against "87 per cent of members who voted backed the action". The figure is
    of those who voted; dropping "who voted" gives it to all members. Only after a figure or a fraction and
    "of" in the claim (a bare noun may drop its relative clause: the claim then says less)."""
    for link in result.links:
        tok, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or tok.position < 2:
            continue
        if claim_tokens[tok.position - 1].lower not in ("of", "the"):
            continue
        k = tok.position - 1 if claim_tokens[tok.position - 1].lower == "of" else tok.position - 2
        if k < 1 or claim_tokens[k].lower != "of":
            continue
        counted = claim_tokens[k - 1]
        if not (counted.text[0].isdigit() or counted.lower in FIGURE_WORDS or counted.cue):
            continue  # "87 per cent of members", "a third of members", "most of the members"
        nxt = st.tokens[target.position + 1] if target.position + 1 < len(st.tokens) else None
        if nxt is None or nxt.lower not in ("who", "that", "which", "whose"):
            continue
        mine = claim_tokens[tok.position + 1] if tok.position + 1 < len(claim_tokens) else None
        if mine is not None and mine.lower in ("who", "that", "which", "whose"):
            continue  # the claim keeps a relative clause of its own, which the alignment compares
        matched = {id(l.target) for l in result.links if l.target is not None}
        told = []
        for t in st.tokens[nxt.position + 1 : nxt.position + 4]:
            if t.clause != nxt.clause or id(t) in matched:
                break  # up to what the claim's own verb matched ("who voted backed the action")
            told.append(t)
        if told:
            result.restrictions_dropped.append((link, " ".join(t.text for t in st.tokens[target.position : told[-1].position + 1])))
            link.accepted = False


def _superlatives_added(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A superlative with no counterpart: "The strongest gusts, of 85mph, were recorded" against "gusts of
    85mph were recorded"; "completions were the highest since 2015" against "… the lowest total since
    2015". It ranks what it qualifies above everything else, so it is never a detail to leave to the share
    of supported words. Also "most" or "least" before an adjective with none."""
    inserted = {l.claim.position for l in result.insertions}
    if not inserted:
        return
    for tok in claim_tokens:
        if tok.position not in inserted or tok.text in result.unsupported_verbs:
            continue
        before = claim_tokens[tok.position - 1] if tok.position else None
        if _superlative(tok.lower, lexicon) or (before is not None and before.lower in ("most", "least")
                                                 and "a" in lexicon.senses(tok.lower).pos):
            result.unsupported_verbs.append(f"{before.text} {tok.text}" if before is not None and before.lower in ("most", "least") else tok.text)


def _superlative(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is an adjective's superlative ("strongest", "biggest", "earliest", "largest", "best")."""
    if word in ("best", "worst"):
        return True
    if not word.endswith("est") or "n" in lexicon.senses(word).pos and word != "latest":
        return False
    for lemma in lexicon.lemmas(word, "a"):
        if lemma == word:
            continue
        forms = {lemma + "est", lemma + lemma[-1:] + "est"}
        if lemma.endswith("e"):
            forms.add(lemma + "st")
        if lemma.endswith("y"):
            forms.add(lemma[:-1] + "iest")
        if word in forms:
            return True
    return False


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


# What may stand between a partitive and its noun: "most of the closure", "some of its stores".
# Words of a claim that limit its noun phrase or its verb themselves.
_CLAIM_LIMITS = frozenset("half much lot share proportion number partly partially".split())
_PARTITIVE_LINKS = frozenset("of the its their his her our this these those".split())


# Words that rank one thing above the rest, as a superlative does.
_RANKING_WORDS = frozenset(("most", "first", "last"))


def _member_of_rank(tokens: list[Token], rank: int) -> Token | None:
    """The word that makes the rank at ``rank`` one of several: "among" in "among the first", "one" in
    "one of the last" (not "Turnout among women rose in the first round")."""
    k = rank - 1
    if k < 1 or tokens[k].lower != "the":
        return None
    if tokens[k - 1].lower in ("among", "amongst"):
        return tokens[k - 1]
    if k >= 2 and tokens[k - 1].lower == "of" and tokens[k - 2].lower == "one":
        return tokens[k - 2]
    return None


def _most_members_dropped(claim_tokens: list[Token], result: Alignment) -> None:
    """"the most important work" for "one of the most important works": a superlative with "most" said
    of one thing where the source makes it one of several (the "-est" form is _superlative_scopes'). So
    is a "first" or "last": "the first scheme to begin" for "among the first schemes to begin"."""
    claim_words = {t.lower for t in claim_tokens}
    if claim_words.isdisjoint(_RANKING_WORDS):
        return
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None or target.position < 2 or link.claim.position < 1:
            continue
        # the rank right before the matched word, or before its "to" ("the first to benefit")
        c, e = link.claim.position - 1, target.position - 1
        if claim_tokens[c].lower == "to" and st.tokens[e].lower == "to" and c and e:
            c, e = c - 1, e - 1
        rank = claim_tokens[c].lower
        if rank not in _RANKING_WORDS or st.tokens[e].lower != rank:
            continue
        if rank == "most":
            if claim_words & _MEMBERSHIP_WORDS:
                continue
            before = st.tokens[max(0, e - 5) : e]
            member = next((t for t in before if t.lower in _MEMBERSHIP_WORDS and t.clause == target.clause
                           and (t.lower != "one" or st.tokens[t.position + 1].lower == "of")), None)
        else:
            # "among the first", "one of the last": the membership is the rank's own, in both texts
            if _member_of_rank(claim_tokens, c) is not None:
                continue
            member = _member_of_rank(st.tokens, e)
        if member is not None:
            result.scopes_widened.append((link, " ".join(t.text for t in st.tokens[member.position : target.position + 1])))
            link.accepted = False
            return


def _ranks_dropped(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """An ordinal before the source's superlative dropped: "the lowest since 1885" for "the second lowest
    since 1885". The ordinal says it is not the lowest; as a hyphenated word ("third-largest") the
    compound reading already keeps it."""
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None or not target.position \
                or not (target.lower.endswith("est") and len(target.lower) > 4) or _degree(target.lower, lexicon) != 2:
            continue  # (not a noun in "-est": "the first arrest", "the second protest")
        rank = st.tokens[target.position - 1]
        if rank.lower not in ORDINAL_WORDS and _ORDINAL_RE.fullmatch(rank.lower) is None:
            continue
        before = claim_tokens[link.claim.position - 1].lower if link.claim.position else ""
        if before != rank.lower:
            result.scopes_widened.append((link, f"{rank.text} {target.text}"))


def _fraction_of(tokens: list[Token], k: int) -> bool:
    """A fraction of what follows: "half of the median pay", "two-thirds of the seats", "a third of"."""
    word = tokens[k].lower
    return k + 1 < len(tokens) and tokens[k + 1].lower == "of" and (
        word in _FRACTION_WORDS or word in _PLAIN_FRACTIONS or (word in ("third", "fifth", "tenth") and k and tokens[k - 1].lower in ("a", "one")))


def _said_of_the_whole(tokens: list[Token], position: int) -> bool:
    """Whether the noun at ``position`` is definite, past its modifiers: "the median take-home pay", "its
    services" (all of it), not a bare plural ("services": some)."""
    k = position - 1
    while k >= 0 and position - k <= 4 and tokens[k].content and tokens[k].clause == tokens[position].clause:
        k -= 1
    return k >= 0 and tokens[k].lower in _WHOLE_DETERMINERS


_WHOLE_DETERMINERS = frozenset("the its their his her our this these those".split())


def _partitives_dropped(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A partitive of the source dropped from its noun: "able to cross throughout the closure" or "during
    the closure" against "for most of the closure"; "Staff backed the plan" against "Most staff backed the
    plan". The claim says of all what its source says of part. Not a superlative ("the most popular
    stores"), nor "some time" (a while), and not where the claim's own noun phrase counts or limits."""
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None:
            continue
        tokens = st.tokens
        k = target.position - 1
        while k >= 0 and tokens[k].lower in _PARTITIVE_LINKS and tokens[k].clause == target.clause:
            k -= 1
        if k < 0 or (tokens[k].lower not in PARTITIVES and not _fraction_of(tokens, k)) or tokens[k].clause != target.clause \
                or not lexicon.lemmas(link.claim.lower, "n"):
            continue
        if (k and tokens[k - 1].lower in ("the", "at", "a", "as", "in") and not _fraction_of(tokens, k)) or target.lower in _TIME_UNITS:
            continue  # "the most", "at least some", "a few" (a count of its own), "as part of the deal", "some time"
        c = link.claim.position
        if _fraction_of(tokens, k) and not _said_of_the_whole(claim_tokens, c):
            continue  # "cancelled services" for "cancelled a third of its services": some of them
        before = [t for t in claim_tokens[max(0, c - 4) : c] if t.clause == link.claim.clause]
        if any(t.lower in PARTITIVES or t.lower in QUANTIFIER_CUES or t.lower in FIGURE_WORDS or t.text[0].isdigit()
               or t.lower in _CLAIM_LIMITS for t in before):
            continue
        if any(t.lower in _CLAIM_LIMITS and t.clause == link.claim.clause for t in claim_tokens):
            continue  # "was partly destroyed" for "Part of the building was destroyed"
        nxt = claim_tokens[c + 1] if c + 1 < len(claim_tokens) else None
        if nxt is not None and nxt.lower in SPEECH_VERBS:
            continue  # "Residents said …": a bare plural speaker is some of them, as news uses it
        result.restrictions_dropped.append((link, " ".join(t.text for t in tokens[k : target.position + 1])))


def _regions_dropped(claim_tokens: list[Token], result: Alignment) -> None:
    """A place the source narrows to a part of it, said of the whole: "close 45 branches across England"
    against "… in the north of England". The claim keeps the part when a word of it stands in the few
    words before the place ("in northern England", "in the north of England")."""
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None or not target.name or target.position < 3:
            continue
        tokens = st.tokens
        k = target.position - 1
        if tokens[k].lower == "the":
            k -= 1
        if k < 2 or tokens[k].lower != "of" or tokens[k].clause != target.clause:
            continue
        part = tokens[k - 1]
        stem = _REGION_STEMS.get(part.lower)
        if stem is None or tokens[k - 2].lower != "the":
            continue  # ("a town north of Leeds" is no part of Leeds)
        c = link.claim.position
        if any(stem in t.lower for t in claim_tokens[max(0, c - 5) : c]):
            continue
        result.restrictions_dropped.append((link, " ".join(t.text for t in tokens[k - 2 : target.position + 1])))
        link.accepted = False


# Parts of a place, with the stem a claim that keeps the part says it with ("northern", "south-east").
_REGION_STEMS = {"north": "north", "south": "south", "east": "east", "west": "west", "north-east": "north",
                 "north-west": "north", "south-east": "south", "south-west": "south", "centre": "cent",
                 "center": "cent", "interior": "interior"}


def _told_whole(tokens: list[Token], noun: Token) -> bool:
    """Whether the source says of ``noun`` that all of it is meant, right after it: "the findings in full",
    "the report in its entirety"."""
    after = " ".join(t.lower for t in tokens[noun.position + 1 : noun.position + 4] if t.clause == noun.clause)
    return after.startswith(("in full", "in their entirety", "in its entirety"))


def _wholes_told_as_parts(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A part said where the source says all: "suspended some flights" against "suspended all flights".
    "Some" and "most" are read as they are meant, not all (the reader takes "some flights" to mean others
    flew), so the claim says what its source does not."""
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None or not lexicon.lemmas(link.claim.lower, "n"):
            continue
        said = _quantifier_before(claim_tokens, link.claim, lexicon)
        if said is None or said.lower not in _PART_WORDS:
            continue
        source = _quantifier_before(st.tokens, target, lexicon)
        if source is not None and source.position and st.tokens[source.position - 1].lower in _ALL_LIMITS:
            continue  # "nearly all", "not all": the source says part too (the hedge and negation checks read it)
        if source is not None and QUANTIFIER_CLASSES.get(source.lower) == "all":
            result.parts_for_wholes.append((link, " ".join(t.text for t in claim_tokens[said.position : link.claim.position + 1]),
                                            " ".join(t.text for t in st.tokens[source.position : target.position + 1])))
            link.accepted = False
        elif source is None and _told_whole(st.tokens, target):
            # "accepted some of the findings" against "accepted the findings in full"
            end = next(t.position for t in st.tokens[target.position + 1 :] if t.lower in ("full", "entirety"))
            result.parts_for_wholes.append((link, " ".join(t.text for t in claim_tokens[said.position : link.claim.position + 1]),
                                            " ".join(t.text for t in st.tokens[target.position : end + 1])))
            link.accepted = False


# Words for part of a set, which a reader takes to leave the rest out.
_PART_WORDS = frozenset("some most many few part".split())
_ALL_LIMITS = frozenset("nearly almost virtually practically not".split())


def _quantifier_before(tokens: list[Token], noun: Token, lexicon: Lexicon) -> Token | None:
    """The word that quantifies a noun: before it, past "of the", a count and up to two adjectives ("some
    of the scheduled flights", "all flights", "all 40 stores")."""
    k = noun.position - 1
    adjectives = 0
    while k >= 0 and tokens[k].clause == noun.clause:
        tok = tokens[k]
        if tok.lower in _PARTITIVE_LINKS or _is_count(tok):
            k -= 1  # ("all 40 stores", "some of the 40 stores")
        elif tok.content and adjectives < 2 and tok.lower not in QUANTIFIER_CUES and tok.lower not in PARTITIVES \
                and "a" in lexicon.senses(tok.lower).pos:
            adjectives += 1
            k -= 1
        else:
            break
    if k < 0 or tokens[k].clause != noun.clause:
        return None
    return tokens[k] if tokens[k].lower in QUANTIFIER_CUES or tokens[k].lower in PARTITIVES else None


def _counted_parts_dropped(claim_tokens: list[Token], result: Alignment) -> None:
    """A count of part of a set, dropped: "Genetic sequencing linked both hospital cases" against "had
    linked one of the two hospital cases"; "the three trains were cancelled" against "two of the three
    trains". The source counts what is said of some of them ("N of the M …"); the claim must keep that
    count ("one hospital case", "two of the three trains"), not speak of all of them."""
    for link in result.links:
        target, st = link.target, link.evidence
        if not link.accepted or target is None or st is None or not target.position:
            continue
        tokens = st.tokens
        if target.position + 1 < len(tokens) and tokens[target.position + 1].content and tokens[target.position + 1].clause == target.clause:
            continue  # a modifier ("hospital" of "hospital cases"): its head noun is the one counted
        k, modifiers = target.position - 1, 0
        while k > 0 and tokens[k].content and not tokens[k].text[0].isdigit() and modifiers < 3 and tokens[k].clause == target.clause:
            k, modifiers = k - 1, modifiers + 1  # "hospital" of "the two hospital cases"
        if k > 0 and (tokens[k].text[0].isdigit() or tokens[k].lower in CARDINAL_WORDS):
            k -= 1  # the set's own count, "two"
        if k < 2 or tokens[k].lower not in ("the", "its", "their", "his", "her", "these", "those") or tokens[k - 1].lower != "of":
            continue
        part = tokens[k - 2]
        if part.clause != target.clause or not (part.text[0].isdigit() or part.lower in CARDINAL_WORDS or part.lower == "one"):
            continue
        c = link.claim.position
        before = [t for t in claim_tokens[max(0, c - 5) : c] if t.clause == link.claim.clause]
        if any(t.lower == part.lower for t in before) or (any(t.lower == "of" for t in before)
                                                          and not any(t.lower in _ALL_OF_THEM for t in before)):
            continue  # the claim keeps the count of the part ("one hospital case", "two of the three"; not "both of the")
        whole = tokens[k + 1] if tokens[k + 1] is not target and (tokens[k + 1].text[0].isdigit() or tokens[k + 1].lower in CARDINAL_WORDS) else None
        if any((t.text[0].isdigit() or t.lower in CARDINAL_WORDS) and (whole is None or t.lower != whole.lower) for t in before):
            continue  # a count of its own ("left with five seats" for "lost four of their nine seats"): the figures' checks'
        if part.lower in ("one", "1") and not link.claim.lower.endswith("s"):
            continue  # one of them, as the claim's singular says ("Supplier Meadow Farms" for "One of the suppliers, Meadow Farms")
        result.restrictions_dropped.append((link, " ".join(t.text for t in tokens[part.position : target.position + 1])))
        link.accepted = False


# A claim's quantity of all ("Both suspects are described") and the counts that, in the clause of the
# source's verb, say of fewer ("and one is described").
_ALL_OF_THEM = frozenset("both all every each".split())
# (A count of two or more is no fewer: "two previous convictions" may be both of them.)
_FEWER_OF_THEM = frozenset("one some several few many most neither none".split())


def _quantities_of_another_clause(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A quantity taken from another clause of the source than the one of its verb: "Both suspects are
    described as six feet tall" against "Both suspects were wearing hooded tops, and one is described as
    six feet tall"; "One of the two satellites was lost" against "Both satellites, built for …, were
    lost". The claim's "both" (or "all", "every", "each") stands before a verb matched where the source's
    clause has a count of fewer before it; or its "one of" before a verb matched where the source's
    subject is "both" or "all" of its noun (what stands between the two, in clauses of their own, is a
    parenthesis)."""
    by_position = {l.claim.position: l for l in result.links}
    for q in claim_tokens:
        one_of = q.lower == "one" and q.position + 1 < len(claim_tokens) and claim_tokens[q.position + 1].lower == "of"
        if q.lower not in _ALL_OF_THEM and not one_of:
            continue
        verb = next((by_position[t.position] for t in claim_tokens[q.position + 1 :]
                     if t.clause == q.clause and t.position in by_position and by_position[t.position].accepted
                     and by_position[t.position].target is not None and _verb_strength(claim_tokens, t, lexicon) == 2), None)
        if verb is None or verb.evidence is None or verb.target is None:
            continue
        tokens, target = verb.evidence.tokens, verb.target
        if _verb_strength(tokens, target, lexicon) != 2:
            continue
        if not one_of:
            before = [t for t in tokens[: target.position] if t.clause == target.clause]
            if any(t.lower in _ALL_OF_THEM for t in before):
                continue
            # (the count of the verb's subject: before the verb group, or before the claim's own noun;
            # "Within one week the two companies agreed" counts a week)
            noun = next((t for t in claim_tokens[q.position + 1 : verb.claim.position] if t.content), None)
            fewer = next((t for t in before if t.lower in _FEWER_OF_THEM
                          and _counts_subject(tokens, t, target, noun)), None)
            if fewer is not None:
                result.quantities_moved.append((verb, f"{q.text} \u2026 {verb.claim.text}", f"{fewer.text} \u2026 {target.text}"))
                return
            continue
        # "one of the two satellites": the noun after "of" (past a determiner and a count)
        noun = next((t for t in claim_tokens[q.position + 2 : q.position + 5] if t.content), None)
        link = by_position.get(noun.position) if noun is not None else None
        if link is None or not link.accepted or link.target is None or link.evidence is not verb.evidence \
                or not 0 < link.target.position < target.position:
            continue
        all_of = tokens[link.target.position - 1]
        between = tokens[link.target.position + 1 : target.position]
        if all_of.lower in _ALL_OF_THEM and not any(
                t.content and t.clause in (link.target.clause, target.clause) and _verb_strength(tokens, t, lexicon) == 2
                for t in between):
            result.quantities_moved.append((verb, f"{q.text} of \u2026 {verb.claim.text}",
                                            f"{all_of.text} {link.target.text} \u2026 {target.text}"))
            return


def _counts_subject(tokens: list[Token], count: Token, verb: Token, noun: Token | None) -> bool:
    """Whether ``count`` counts the subject of ``verb``: only auxiliaries stand between them ("one is
    described"), or after it, past "of" and determiners, comes a noun of the claim's ("one of the suspects",
    "some suspects")."""
    between = tokens[count.position + 1 : verb.position]
    if all(not t.content for t in between):
        return True
    head = next((t for t in between if t.content), None)
    return head is not None and noun is not None and head.stem == noun.stem


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
        # A count, not an ordinal: "its first battery recycling plant" is the one plant. Nor an amount:
        # "a £48m flood defence scheme", "a 48 million pound scheme" is one scheme, of that cost.
        counted = opener is not None and _figure_kind(opener) != "ordinal" and (
            opener.text[0].isdigit() or (opener.lower in FIGURE_WORDS and opener.lower != "one")) \
            and not _an_amount(tokens, opener, target, st.sentence.text)
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


def _count_parts_dropped(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A count the source gives of two things together, given to one: "1.6 million operations" against
    "1.6 million operations and procedures"; "about 260,000 kettles sold in the United States" against
    "… sold in the United States and Canada". The figure counts the pair (two plural nouns joined after
    it), or the things a place or group after it narrows, which the other item widens: of the one the
    claim keeps, it says more than the source."""
    claim_words = {t.lower for t in claim_tokens}
    sentences = {id(l.evidence): l.evidence for l in result.links if l.evidence is not None}
    used = {(id(l.evidence), l.target.position) for l in result.links if l.accepted and l.target is not None}
    links = {l.claim.position: l for l in result.links}
    for figure in claim_tokens:
        if not _is_count(figure) or _figure_kind(figure) == "ordinal" \
                or (figure.position + 1 < len(claim_tokens) and _is_count(claim_tokens[figure.position + 1])):
            continue  # (the figure's last token: "1.6 million", "260,000"; not "the second suspect")
        for st in sentences.values():
            tokens = st.tokens
            for pos in st.by_lower.get(figure.lower, ()):
                start = pos + 1
                clause = tokens[pos].clause
                narrowed = False
                for j in range(start, min(len(tokens), start + 12)):
                    tok, prev = tokens[j], tokens[j - 1]
                    if j > start and (tok.start > prev.end + 1 or (tok.clause != clause and tok.lower not in ("and", "or"))):
                        break  # a comma, or a clause of its own ("because the handle can detach"), closes the phrase
                    if tok.lower in lexicon.relation_words:
                        narrowed = True
                    if tok.lower not in ("and", "or") or j == start:
                        continue
                    item = next((t for t in tokens[j + 1 : j + 3] if t.content or t.name or _is_count(t)), None)
                    # The other item must be a thing the figure can count, or a place or group: not a verb
                    # ("opened six new stores during the quarter and closed two"), nor one with a figure of
                    # its own ("11 aces and 38 winners").
                    if item is None or not (prev.content or prev.name) or (id(st), prev.position) not in used \
                            or (id(st), item.position) in used or item.lower in claim_words or _is_count(item) \
                            or not (item.name or "n" in lexicon.senses(item.lower).pos) \
                            or _verb_strength(tokens, item, lexicon) == 2 or _finite_verb(tokens, item, lexicon) \
                            or ("v" in lexicon.senses(item.lower).pos and item.position + 1 < len(tokens)
                                and tokens[item.position + 1].lower in _OBJECT_OPENERS):
                        break  # (nor "4,000 people and sells its products": a verb before its object)
                    if any(t.clause == item.clause and (t.lower in _BE_FORMS or t.lower in _MODALS
                                                        or (_verb_strength(tokens, t, lexicon) == 2 and not t.lower.endswith("ing"))
                                                        or _finite_verb(tokens, t, lexicon))
                           for t in tokens[item.position + 1 :]):
                        break  # the "and" opens a clause of its own ("… at the port and a man was arrested")
                    kept = next((l for p, l in links.items() if p > figure.position and l.accepted
                                 and l.evidence is st and l.target is prev), None)
                    pair = not narrowed and _plural_form(prev.lower, lexicon) and _plural_form(item.lower, lexicon)
                    if kept is not None and (pair or narrowed):
                        first = pos
                        while first and _is_count(tokens[first - 1]) and tokens[first - 1].clause == clause:
                            first -= 1
                        text = st.sentence.text
                        result.count_parts_dropped.append((kept, text[tokens[first].start : item.end]))
                        kept.accepted = False
                    break


def _plural_form(word: str, lexicon: Lexicon) -> bool:
    """A noun's plural, though WordNet also has it as a lemma of its own ("operations", "sales")."""
    return any(lemma != word for lemma in lexicon.lemmas(word, "n"))


def _an_amount(tokens: list[Token], opener: Token, noun: Token, text: str) -> bool:
    """Whether the figure opening a noun's phrase is an amount of money or a measure rather than a count
    of the noun: after a currency sign ("£48m"), with a scale or unit spelled on it ("48m", "5%"), or with a
    currency or unit word before the noun ("a 48 million pound scheme")."""
    if opener.start and text[opener.start - 1] in _CURRENCY_SIGNS:
        return True
    if opener.text[0].isdigit() and not opener.text.replace(",", "").isdigit():
        return True
    return any(t.lower in CURRENCY_WORDS or t.lower in _MEASURE_WORDS for t in tokens[opener.position + 1 : noun.position])


_CURRENCY_SIGNS = frozenset("£$€¥")
_MEASURE_WORDS = frozenset("percent per cent tonne tonnes kilometre kilometres mile miles metre metres acre acres "
                           "hectare hectares".split())
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
        # A modifier between the superlative and its noun that the claim drops: "the longest in the
        # tournament's history" for "the longest women's final in …", "its biggest profit" for "its
        # biggest quarterly profit".
        k, dropped = target.position + 1, []
        while k + 1 < len(tokens) and k <= target.position + 3 and tokens[k].clause == target.clause \
                and (tokens[k].content or tokens[k].lower.endswith("'s")) and not tokens[k].name \
                and (tokens[k + 1].content or tokens[k + 1].lower.endswith("'s")) and tokens[k + 1].clause == target.clause \
                and tokens[k + 1].lower not in _SCOPE_PREPOSITIONS and tokens[k + 1].lower not in ("since", "after", "before"):
            if k not in used and tokens[k].lower not in claim_words and not _is_time_or_figure(tokens[k]):
                dropped.append(tokens[k])
            k += 1
        if dropped:
            result.scopes_widened.append((link, " ".join(t.text for t in tokens[target.position : k + 1])))
            link.accepted = False
            continue
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
            # The phrase kept, a modifier of its noun dropped: "the lowest vote share for any government"
            # for "… for any majority government".
            narrowing = next((t for t, after in zip(phrase, phrase[1:]) if (t.content or t.cue) and not t.name
                              and t.position not in used and t.lower not in claim_words and after.position in used
                              and not _is_time_or_figure(t)), None)
            if narrowing is not None:
                result.scopes_widened.append((link, " ".join(t.text for t in tokens[target.position : narrowing.position + 2])))
                link.accepted = False
                break
            # A word of the phrase given in a broader word: "the largest in any election since 2021" for
            # "the largest in a by-election since 2021" (a superlative's scope is no place to generalise).
            broadened = next((l for l in result.links if l.accepted and l.evidence is st and l.target is not None
                              and l.target in phrase and _broader(l)), None)
            if broadened is not None:
                result.scopes_widened.append((link, " ".join(t.text for t in tokens[target.position : broadened.target.position + 1])))  # type: ignore[union-attr]
                link.accepted = False
                break


def _broader(link: Link) -> bool:
    """Whether the claim's word is broader than its match: a hypernym, or the head of the source's
    compound ("election" for "by-election", which the lexicon reads by its last part)."""
    target = link.target
    return link.relation == "more_general" or (
        target is not None and "-" in target.lower and target.lower != link.claim.lower
        and target.lower.rsplit("-", 1)[1].startswith(link.claim.stem))


def _firsts_widened(claim_tokens: list[Token], result: Alignment) -> None:
    """What was the first, last or only one of its kind said of more than the source ranges over: "the
    first time in nearly a decade that a governing coalition had collapsed" for "… had collapsed in
    mid-term"; "the first woman to win the title" for "… to win the title at Wimbledon". Like a
    superlative's, the scope of "first" is narrowed by what follows it, so dropping the source's phrase
    after the claim's last matched word says more. Not a time or a figure ("… since 2019")."""
    # "the first time … that", "the first woman to win": the "first" of a clause that says what was first
    opener = next((t for t in claim_tokens if t.lower in ("first", "last", "only") and t.position
                   and claim_tokens[t.position - 1].lower in _SINGULAR_DEFINITE
                   and any(u.lower in ("that", "to") for u in claim_tokens[t.position + 1 : t.position + 9])), None)
    if opener is None:
        return
    after = [l for l in result.links if l.claim.position > opener.position and l.accepted and l.target is not None
             and l.evidence is not None]
    if not after:
        return
    last = max(after, key=lambda l: l.claim.position)
    if any(t.content for t in claim_tokens[last.claim.position + 1 :] if t.clause == last.claim.clause):
        return  # the claim goes on past it: its own scope, the other checks'
    st, target = last.evidence, last.target
    assert st is not None and target is not None
    if opener.lower not in st.by_lower or not any(p < target.position for p in st.by_lower[opener.lower]):
        return
    used = {l.target.position for l in result.links if l.evidence is st and l.target is not None}
    tokens = st.tokens
    k = target.position + 1
    if k >= len(tokens) or tokens[k].lower not in _SCOPE_PREPOSITIONS or tokens[k].clause != target.clause:
        return
    phrase = []
    for t in tokens[k + 1 : k + 5]:
        if t.clause != target.clause or t.lower in _SCOPE_PREPOSITIONS:
            break
        phrase.append(t)
    words = [t for t in phrase if t.content or t.name]
    if words and not any(t.position in used for t in words) \
            and not any(_is_time_or_figure(t) or t.lower in _RELATIVE_TIME_UNITS or t.lower in WEEKDAYS for t in phrase):
        result.scopes_widened.append((last, " ".join(t.text for t in tokens[target.position : words[-1].position + 1])))
        last.accepted = False


_SINGULAR_DEFINITE = frozenset("the this that its his her their our my your".split())


def _singular_noun(word: str, lexicon: Lexicon) -> bool:
    return (not word.endswith("s") or word.endswith("ss")) and lexicon.lemmas(word, "n") == [word]  # not "news"


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
        # ("one institution" too: "one" before its noun counts it, where "several institutions" are many)
        one_for_many = _singular_noun(tok.lower, lexicon) and _plural_noun(target.lower, lexicon) \
            and (before in _SINGULAR_DEFINITE or before.endswith("'s")
                 or (before == "one" and _uncounted(st.tokens, target)))
        many_for_one = _plural_noun(tok.lower, lexicon) and _singular_noun(target.lower, lexicon) \
            and lexicon.lemmas(tok.lower, "n") == [target.lower] and (before in _SINGULAR_DEFINITE or before.endswith("'s") or (
                claim_next is not None and (claim_next.lower in SPEECH_VERBS or _finite_verb(claim_tokens, claim_next, lexicon))))
        if one_for_many or many_for_one:
            result.numbers_changed.append(link)
            link.accepted = False


def _uncounted(tokens: list[Token], noun: Token) -> bool:
    """Whether no count or "one of" stands in the few words before ``noun``: "several institutions" (a
    claim's "one institution" is then one for many); not "One of the victims" (one of them), nor "both
    doses" or "two doses" (a count, which the figure checks compare with the claim's)."""
    return not any(t.lower in ("one", "both") or _is_count(t) for t in tokens[max(0, noun.position - 3) : noun.position])


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
        if after is not None and after.content and after.clause == link.claim.clause and (
                after.start == link.claim.end + 1 or link.claim.lower.endswith("'s")
                or (link.claim.lower.endswith("s") and after.start == link.claim.end + 2)):  # "farmers' union"
            continue  # itself a modifier ("insurance options", "the farmers' union"): the kind in question is the next word's
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
