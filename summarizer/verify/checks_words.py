"""Checks of a matched word against what stands opposite it in the evidence: a repeated word backed
where the evidence has another noun, an opposite at the word's own place while it matched elsewhere or
further on, a preposition swapped or reversed, and a clause that needs support of its own.
"""

from __future__ import annotations

from .features import SPEECH_VERBS, WEEKDAYS
from .numbers import _NUMBER_WORDS
from .lexicon import Lexicon
from .tokens import MONTH_WORDS, SentenceTokens, Token, _DETERMINERS
from .syntax import HEARER_REACH, TELLING_VERBS, _BE_FORMS, _ROLE_PREPOSITIONS, _TIME_UNITS, _is_time_or_figure, _own_preposition, _role_word, _verb_strength
from .matching import Alignment, Link, _REACH, _opposite, relation

_RELATION_GAP = 5  # anchors at most this many tokens apart, in both texts, frame one relation word
_PASSED_OVER = 2  # and the source's by this many more, its modifiers and adverbs left out


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
        # (The source's gap may be longer by the modifiers and adverbs passed over below.)
        if s1 != s2 or not (1 < c2 - c1 <= _RELATION_GAP and 1 < e2 - e1 <= _RELATION_GAP + _PASSED_OVER):
            continue
        claim_gap, evidence_gap = claim_tokens[c1 + 1 : c2], evidence[s1].tokens[e1 + 1 : e2]
        relation_words = lexicon.relation_words
        # Words the source puts right before its next matched word, after its relation word, modify that
        # word, and a claim may leave them out: "slightly below expectations" against "slightly ahead of
        # market expectations" still puts "below" for "ahead".
        modifiers = 0
        while modifiers < len(evidence_gap) - 1 and _modifier_before(evidence[s1].tokens, evidence_gap[-1 - modifiers], lexicon):
            modifiers += 1
        if modifiers:
            evidence_gap = evidence_gap[:-modifiers]
        # So may an adverb of the source's ("below forecasts" against "slightly ahead of forecasts").
        evidence_gap = [t for t in evidence_gap if not (t.content and not t.name and t.lower not in relation_words
                                                        and lexicon.senses(t.lower).pos == {"r"})]
        if len(evidence_gap) >= _RELATION_GAP:
            continue
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
        if not said or not source or any(lexicon.relation_follows(p.lower, q.lower) for p in said for q in source) \
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
        source = _own_preposition(link.evidence.tokens, link.target, lexicon) \
            or _appositive_preposition(link.evidence, link.target, lexicon)
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


def _appositive_preposition(st: SentenceTokens, tok: Token, lexicon: Lexicon) -> Token | None:
    """The preposition of the phrase a word is in apposition to, after its comma: "from" for "St Aldhelm's"
    in "diverted from the group's largest site, St Aldhelm's" (what it is said of, it is said of by
    that preposition)."""
    tokens = st.tokens
    start = _after_comma(st, tok)
    if start is None or start < 2 or tokens[start - 1].clause != tok.clause - 1 \
            or any(t.lower not in _DETERMINERS for t in tokens[start : tok.position]):
        return None
    for t in reversed(tokens[max(0, start - 6) : start]):
        if t.clause != tokens[start - 1].clause:
            return None
        if t.lower in lexicon.relation_words:
            return t
        # (a noun of the phrase may read as a verb before the comma's "the": "the group's largest site, the …")
        inside = t.position and (tokens[t.position - 1].content or tokens[t.position - 1].lower in _DETERMINERS
                                 or tokens[t.position - 1].lower.endswith("'s"))
        if not (t.content or t.lower in _DETERMINERS or t.lower.endswith("'s")) or t.name \
                or (_verb_strength(tokens, t, lexicon) >= 2 and not inside):
            return None
    return None


def _times_after_verb_changed(claim_tokens: list[Token], links: dict[int, Link], found: list[Link],
                              lexicon: Lexicon) -> list[Link]:
    """A matched verb that the claim puts at another time than its counterpart: "died during the trial"
    against "died before the case came to trial". The time preposition right after a verb says when it
    happened, whatever follows it in either text; another one that the table does not group with it is a
    swap ("died after the trial"; not "stayed until March" for "stayed through March")."""
    swaps = []
    taken = {id(l.claim) for l in found}
    times = lexicon.time_relations
    for link in links.values():
        if not link.accepted or link.target is None or link.evidence is None:
            continue
        c, e = link.claim.position + 1, link.target.position + 1
        tokens = link.evidence.tokens
        if c >= len(claim_tokens) or e >= len(tokens):
            continue
        said, source = claim_tokens[c], tokens[e]
        if said.lower not in times or source.lower not in times or said.lower == source.lower or id(said) in taken \
                or lexicon.relation_follows(said.lower, source.lower) \
                or _verb_strength(claim_tokens, link.claim, lexicon) < 2 or _verb_strength(tokens, link.target, lexicon) < 2:
            continue
        # The source may give the claim's time further on, past another one: "resigned before the results
        # were announced" for "resigned after the vote, before the results were announced". Only with the
        # claim's next matched word right after it there.
        obj = next((links[t.position] for t in claim_tokens[said.position + 1 : said.position + 5]
                    if t.position in links and links[t.position].accepted and links[t.position].evidence is link.evidence
                    and links[t.position].target is not None), None)
        if obj is not None and any(t.lower in times and lexicon.relation_follows(said.lower, t.lower)
                                   and t.position < obj.target.position <= t.position + 4  # type: ignore[union-attr]
                                   for t in tokens[e + 1 :]):
            continue
        taken.add(id(said))
        swaps.append(Link(said, "relation_word", link.evidence, source, accepted=False))
    return swaps


def _objects_moved_past_another(claim_tokens: list[Token], links: dict[int, Link], lexicon: Lexicon) -> list[Link]:
    """A word the claim puts right after a matched verb and its preposition, matched further on in the source,
    where the source has another word in that place: "48,000 of the cars were sold in Germany" against
    "… were sold in the UK, with the rest mainly in Germany" (“Germany” ≠ “UK”). The source's word right
    after the same verb and preposition, which the claim matches nowhere, is what the verb was done
    in, to or for."""
    found = []
    used = {(id(l.evidence), l.target.position) for l in links.values() if l.target is not None and l.accepted}
    for link in links.values():
        verb, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or verb.position + 2 >= len(claim_tokens) \
                or (_verb_strength(claim_tokens, verb, lexicon) < 2 and not _noun_head(verb, lexicon)):
            continue
        said, tokens, shift = claim_tokens[verb.position + 1], st.tokens, 1
        # Past a form of "be" both have: "Most of the cancelled flights are from Bristol" against "… are
        # from Gatwick and Manchester, although some services from Bristol …".
        if said.lower in _BE_FORMS and target.position + 1 < len(tokens) and tokens[target.position + 1].lower == said.lower \
                and verb.position + 3 < len(claim_tokens) and "n" in lexicon.senses(verb.lower).pos:
            said, shift = claim_tokens[verb.position + 2], 2
        # ("of" too after a noun: "the number of dependants", what it counts)
        if (said.lower not in lexicon.relation_words and not (said.lower == "of" and _verb_strength(claim_tokens, verb, lexicon) < 2)) \
                or target.position + shift + 1 >= len(tokens) or tokens[target.position + shift].lower != said.lower:
            continue
        c = said.position + 1
        while c < len(claim_tokens) and claim_tokens[c].lower in _DETERMINERS:
            c += 1
        e = target.position + shift + 1
        while e < len(tokens) and tokens[e].lower in _DETERMINERS:
            e += 1
        obj = links.get(c)
        if obj is None or not obj.accepted or obj.evidence is not st or obj.target is None or e >= len(tokens) \
                or obj.target.position <= e:
            continue
        other = tokens[e]
        # The claim's word in another clause of the source: not a word of the same phrase ("brought by a
        # group of homeowners", "published in the journal Nature").
        if (other.content or other.name) and (id(st), e) not in used and other.clause == target.clause \
                and ((obj.target.clause != other.clause and not _one_phrase(tokens, other, obj.target, lexicon))
                     or (said.lower == "of" and _participle_between(tokens, other, obj.target, lexicon))) \
                and not _phrase_found_there(tokens, verb, said, obj.target) \
                and not _is_time_or_figure(other) and not _opens_apposition(st, other, obj.target) and not _said_of_the_same(tokens, obj.target, said):
            obj.accepted = False
            found.append(Link(obj.claim, "substitution", st, other, accepted=False))
    return found


def _preposition_before(tokens: list[Token], target: Token, preposition: Token) -> int:
    """The position of ``preposition``'s word right before ``target``, past determiners, or 0 if the
    word there is another (a preposition at the sentence's start has nothing before it to compare)."""
    k = target.position - 1
    while k > 0 and tokens[k].lower in _DETERMINERS:
        k -= 1
    return k if k > 0 and tokens[k].lower == preposition.lower else 0


def _said_of_the_same(tokens: list[Token], target: Token, preposition: Token) -> bool:
    """Whether the source's phrase of the claim's word hangs on a word standing for the claim's noun: a
    pronoun or a bare count ("1.9 per cent of those on placebo", "compared with 66 in the placebo group"
    speak of patients and people on placebo too)."""
    k = _preposition_before(tokens, target, preposition)
    if not k:
        return False
    before = tokens[k - 1]
    return before.lower in _PRO_FORMS or before.text[0].isdigit() or before.lower in _NUMBER_WORDS


# Words that stand for a noun said before them: "3.1 per cent of patients on the drug and 1.9 per cent of
# those on placebo" speaks of patients on placebo too.
_PRO_FORMS = frozenset(("those", "ones", "one", "that"))


def _phrase_found_there(tokens: list[Token], head: Token, preposition: Token, target: Token) -> bool:
    """Whether the source has the claim's head and preposition right before the word it matched, as the
    claim has them: "nine reports of minor burns" where the source has "48 reports of handles detaching,
    including nine reports of minor burns" (the head was matched to its first "reports")."""
    k = _preposition_before(tokens, target, preposition)
    return bool(k) and (tokens[k - 1].lower == head.lower or tokens[k - 1].stem == head.stem)


def _one_phrase(tokens: list[Token], first: Token, last: Token, lexicon: Lexicon) -> bool:
    """Whether two words stand in one noun phrase that an "and" or "or" between its modifiers splits:
    "tonnes of household and commercial waste" (the waste is both)."""
    between = tokens[first.position + 1 : last.position]
    return any(t.lower in ("and", "or") for t in between) and all(
        t.lower in ("and", "or") or (t.content and not t.name and _verb_strength(tokens, t, lexicon) < 2) for t in between)


def _participle_between(tokens: list[Token], first: Token, last: Token, lexicon: Lexicon) -> bool:
    """Whether a participle opens a phrase of its own between two words of one clause: "the number of
    dependants accompanying international students" (the students are what accompanies, not what is
    counted)."""
    return any(t.lower.endswith(("ing", "ed")) and "v" in lexicon.senses(t.lower).pos and t.content and not t.name
               for t in tokens[first.position + 1 : last.position])


def _after_comma(st: SentenceTokens, tok: Token) -> int | None:
    """Where the phrase ``tok`` stands in begins (its clause's first word), if a comma comes right before
    it; None otherwise."""
    tokens = st.tokens
    start = tok.position
    while start > 0 and tokens[start - 1].clause == tok.clause:
        start -= 1
    if start == 0 or "," not in st.sentence.text[tokens[start - 1].end : tokens[start].start]:
        return None
    return start


def _opens_apposition(st: SentenceTokens, first: Token, named: Token) -> bool:
    """Whether ``named`` opens the phrase right after a comma that follows the clause of ``first``, as
    another name for what ``first`` begins: "shares in Harbourline's parent company, Clyde Maritime Group"
    (shares in Clyde Maritime Group, told twice)."""
    if named.clause != first.clause + 1:
        return False
    start = _after_comma(st, named)
    return start is not None and start > first.position and all(t.lower in _DETERMINERS for t in st.tokens[start : named.position])


def _in_appositive(st: SentenceTokens, tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok`` is in a noun phrase after a comma that names again what comes before it, with no
    verb or connective of its own before ``tok``: "approved lorvatinib, a once-daily pill for adults"
    (the pill is lorvatinib, what was approved for adults)."""
    start = _after_comma(st, tok)
    return start is not None and all((t.content or t.lower in _DETERMINERS) and _verb_strength(st.tokens, t, lexicon) < 2
                                     for t in st.tokens[start : tok.position])


def _words_moved_before_another(claim_tokens: list[Token], links: dict[int, Link], lexicon: Lexicon) -> list[Link]:
    """The mirror of the above: a word the claim puts right before a preposition (or "to") and a matched
    word, matched in another clause of the source, where the source has another word before that
    preposition and its match: "she was disappointed to win again" against "she was happy to win again
    but disappointed not to break her own record" (“disappointed” ≠ “happy”). What stands right before
    "to win" there is what she was; the claim's word belongs to the other clause."""
    found = []
    used = {(id(l.evidence), l.target.position) for l in links.values() if l.target is not None and l.accepted}
    for link in links.values():
        moved, st = link.claim, link.evidence
        if not link.accepted or link.target is None or st is None or moved.name or not moved.content \
                or moved.position + 2 >= len(claim_tokens):
            continue
        said = claim_tokens[moved.position + 1]
        denied = said.lower in _SHARED_DENIALS and moved.position + 3 < len(claim_tokens)
        if denied:  # "happy not to break her record" for "disappointed not to break her record"
            said = claim_tokens[said.position + 1]
        if said.lower not in lexicon.relation_words:
            continue
        c = said.position + 1
        while c < len(claim_tokens) and claim_tokens[c].lower in _DETERMINERS:
            c += 1
        obj = links.get(c)
        if obj is None or not obj.accepted or obj.evidence is not st or obj.target is None or obj.claim.name \
                or _is_time_or_figure(obj.target) or obj.target.lower in _TIME_NOUNS:
            continue  # ("heavy at the time": a time is the clause's, not the word's before it)
        tokens, e = st.tokens, obj.target.position - 1
        while e > 0 and tokens[e].lower in _DETERMINERS:
            e -= 1
        if e < 1 or tokens[e].lower != said.lower:
            continue
        if denied:
            e -= 1
            if e < 1 or tokens[e].lower != claim_tokens[moved.position + 1].lower:
                continue
        other = tokens[e - 1]
        if (other.content and not other.name) and (id(st), e - 1) not in used and other.clause == obj.target.clause \
                and link.target.clause != other.clause and not _is_time_or_figure(other) \
                and relation(lexicon, moved.lower, other.lower) is None and not _in_appositive(st, other, lexicon) \
                and not _one_phrase(tokens, *sorted((other, link.target), key=lambda t: t.position), lexicon):
            link.accepted = False
            found.append(Link(moved, "substitution", st, other, accepted=False))
    return found


# Nouns of time: a phrase of them tells when the clause happened, whatever word stands before it.
_TIME_NOUNS = _TIME_UNITS | frozenset("time times moment morning afternoon evening night weekend".split())
# A denial both texts put between a word and its preposition, passed over to compare the words before it.
_SHARED_DENIALS = frozenset(("not", "never"))


def _noun_head(tok: Token, lexicon: Lexicon) -> bool:
    """A content word that can be a noun, not surely a verb here: what its preposition's object is of or
    for ("falling demand for")."""
    return tok.content and not tok.name and "n" in lexicon.senses(tok.lower).pos


def _modifier_before(tokens: list[Token], tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok`` can only modify the word after it there: a content word, no name, no relation word,
    an adjective or noun and no verb at that place ("market expectations"; not "to discuss support")."""
    return tok.content and not tok.name and tok.lower not in lexicon.relation_words \
        and bool(lexicon.senses(tok.lower).pos & {"a", "n"}) and _verb_strength(tokens, tok, lexicon) < 2


def _relation_words(gap: list[Token], tokens: list[Token], lexicon: Lexicon, *, before_preposition: bool) -> list[Token]:
    """The prepositions of a gap; "to" before a verb is an infinitive marker, not a relation, unless the
    other text has a preposition at that place."""
    found = []
    for tok in gap:
        if tok.lower not in lexicon.relation_words:
            continue
        nxt = tokens[tok.position + 1] if tok.position + 1 < len(tokens) else None
        if tok.lower in lexicon.relations_before_of and (nxt is None or nxt.lower != "of"):
            continue
        if tok.lower == "to" and nxt is not None and "v" in lexicon.senses(nxt.lower).pos \
                and not (before_preposition and tok is gap[-1]):
            continue
        found.append(tok)
    return found


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




def _reported_clauses(claim_tokens: list[Token], result: Alignment) -> None:
    """What a claim says was said needs support of its own, as a clause does: "The company's managing
    director, Philip Ashdown, told the hearing the company was not to blame" against "…, told the hearing
    he was 'deeply sorry'" has the speaker's words matched and none of what he said. What is said runs
    from after the verb of saying (past "that", or past whom it was told: "told the hearing the company
    was …") to the end of the verb's clause; with content words there and none of them matched, it is an
    unsupported clause. (Names are the names check's; "asked" tells of a question, not of words.)"""
    matched = {l.claim.position for l in result.links if l.accepted and l.target is not None}
    content = {l.claim.position for l in result.links}
    for verb in claim_tokens:
        if verb.lower not in SPEECH_VERBS or verb.lower.startswith("ask") \
                or (verb.position and claim_tokens[verb.position - 1].lower in _BE_FORMS):
            continue  # (a passive tells what was reported, not who said what: "No deaths have been reported so far")
        rest = [t for t in claim_tokens[verb.position + 1 :] if t.clause == verb.clause]
        if not rest:
            continue
        that = next((k for k, t in enumerate(rest[: HEARER_REACH + 1]) if t.lower == "that"), None)
        if that is not None:
            said = rest[that + 1 :]
        elif verb.lower in TELLING_VERBS:
            # Whom it was told: a determiner or possessive and its words, up to the next one ("the hearing
            # | the company was …"); a name or "reporters" alone too.
            start = next((k for k in range(1, min(len(rest), HEARER_REACH))
                          if rest[k].lower in _DETERMINERS or rest[k].lower in ("he", "she", "it", "they", "we")), None)
            if start is None:
                continue
            said = rest[start:]
        else:
            said = rest
        words = [t for t in said if t.position in content and not t.name]
        # (not again where the clause check found it: "said the hospital was fully staffed" is a clause)
        reported = {w for clause in result.unsupported_clauses for w in clause.split(" ")}
        if words and not any(t.position in matched for t in said) and reported.isdisjoint(t.text for t in words):
            result.unsupported_clauses.append(" ".join(t.text for t in said))


def _compound_kinds_generalised(claim_tokens: list[Token], links: dict[int, Link], result: Alignment,
                                lexicon: Lexicon) -> None:
    """A noun that names the kind of a compound, made more general: "communications satellites" for
    "Earth observation satellites". A broader head is a generalisation ("missiles" for "hypersonic
    missiles"); a broader modifier is another kind of the head (a communications satellite is no
    observation satellite, whatever "observation" is a kind of)."""
    for position, link in links.items():
        if link.relation != "more_general" or not link.accepted or link.target is None or link.evidence is None:
            continue
        tok = link.claim
        head = links.get(position + 1)
        if head is None or not head.accepted or head.target is None or head.evidence is not link.evidence \
                or head.target.position != link.target.position + 1 or head.claim.clause != tok.clause:
            continue
        # Nouns only, both of them: a word that can be a verb or an adjective ("move money", "old dairy
        # site") may be no modifier at all.
        # Or two gerunds naming the kind ("swimming pools" for "paddling pools").
        gerunds = tok.lower.endswith("ing") and link.target.lower.endswith("ing") \
            and bool(lexicon.senses(tok.lower).pos & {"n", "v"}) and bool(lexicon.senses(link.target.lower).pos & {"n", "v"})
        if not gerunds and not (_compound_modifier(claim_tokens, tok, lexicon)
                                and _compound_modifier(link.evidence.tokens, link.target, lexicon)) \
                or "n" not in lexicon.senses(head.claim.lower).pos:
            continue
        link.relation, link.accepted = "substitution", False
        result.substitutions.append(link)


def _compound_modifier(tokens: list[Token], tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok``, before a noun, is a noun naming its kind: a noun only ("observation satellites"),
    or a noun that could be a verb right after a determiner or a possessive, where no verb can stand
    ("the transport minister"; "to move money" is a verb and its object). Never a word that can be an
    adjective ("old dairy site")."""
    pos = lexicon.senses(tok.lower).pos
    if pos == {"n"}:
        return True
    before = tokens[tok.position - 1] if tok.position else None
    return pos == {"n", "v"} and before is not None and before.clause == tok.clause \
        and (before.lower in _DETERMINERS or before.lower.endswith("'s"))


def _modifier_for_head(claim_tokens: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """A claim noun matched by its root to a word that only modifies the source's noun: "reduce the number
    of teachers" against "… of teaching assistants" (the assistants are not teachers). Where the claim's
    noun ends its phrase and the source's next word is a noun no claim word has, the claim's word stands
    for that noun, a substitution naming it."""
    used = {(id(l.evidence), l.target.position) for l in links.values() if l.target is not None}
    for link in links.values():
        tok, target, st = link.claim, link.target, link.evidence
        if not link.accepted or link.relation != "derivation" or target is None or st is None \
                or "n" not in lexicon.senses(tok.lower).pos or "a" in lexicon.senses(target.lower).pos:
            continue  # (an adjective of the root describes the noun: "by post" for "postal votes")
        nxt = claim_tokens[tok.position + 1] if tok.position + 1 < len(claim_tokens) else None
        if nxt is not None and nxt.clause == tok.clause and nxt.content and "n" in lexicon.senses(nxt.lower).pos:
            continue  # the claim's word modifies a noun of its own
        after = st.tokens[target.position + 1] if target.position + 1 < len(st.tokens) else None
        if after is None or after.clause != target.clause or not after.content or after.name \
                or (id(st), after.position) in used or "n" not in lexicon.senses(after.lower).pos \
                or _verb_strength(st.tokens, after, lexicon) == 2:
            continue
        link.relation, link.target, link.accepted = "substitution", after, False
        result.substitutions.append(link)

