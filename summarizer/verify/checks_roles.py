"""Checks of who does what: participants that trade roles around a verb, words and figures that trade
places, subjects that trade verbs, an actor other than the agent the source names after "by", a subject
joined to another clause's verb, a role word given to another name, and a list item its sentence
attaches to another statement.
"""

from __future__ import annotations

from ..textnorm import LazyPattern
from .features import SPEECH_VERBS, WEEKDAYS
from .lexicon import Lexicon
from .tokens import CONNECTIVES, SentenceTokens, Token, _DETERMINERS, _restricts
from .syntax import (_BE_FORMS, _MODALS, _OBJECT_DETERMINERS, _OBJECT_PRONOUNS, _RELATIVE_TIME_OPENERS,
                     _RELATIVE_TIME_UNITS, _ROLE_PREPOSITIONS, _SUBJECT_AUXILIARIES, _SUBJECT_PRONOUN_WORDS,
                     _TIME_UNITS, _by_clause, _coordinated, _coordinated_verbs, _figure_kind, _finite_verb,
                     _is_time_or_figure, _name_run, _own_preposition, _passive, _reduced_relative, _role_word,
                     _verb_strength)
from .matching import Alignment, Link, SUPPORT_RANK, _PLAIN_SAYING, relation


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
        if _reduced_relative(claim_tokens, verb.claim, lexicon):
            continue  # "The time spent fetching water fell": "spent" tells which time; "fell" has the subject
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
        if own is None and target.position and st.tokens[target.position - 1].clause == target.clause - 1:
            # A subject in an appositive of its own: "The Green candidate, Tom Ashby, came third" (the commas
            # end its clause): a clause of a name alone, right before the verb's, is the verb's subject ("Critics,
            # including the MP Tom Reid, called for" and "in January, up 9%" have more than a name there).
            aside = [t for t in st.tokens[: target.position] if t.clause == target.clause - 1]
            if aside and all(t.name for t in aside) and aside[0].position and st.tokens[aside[0].position - 1].content \
                    and subject.target is not st.tokens[aside[0].position - 1]:
                own = aside[-1]  # (the word the name describes, "Its director, Anne Keller,", is the subject too)
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


def _clauses_traded(content: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon,
                    claim_tokens: list[Token]) -> None:
    """Two words that trade clauses: "Most of the cuts will fall in engineering, while sales teams will be
    largely spared" against "Most of the cuts will fall in sales and customer support, while the company's
    engineering teams will be largely spared". Each clause of the claim is matched in one clause of the
    sentence (its home: where its verb is matched), but one word of each is matched in the other's home. No word stands between them in both texts for the exchange check; the clauses are the places.
    Not verbs in both texts (a change of voice or of clause order moves them legitimately), nor names."""
    placed = [links[t.position] for t in content if t.position in links and links[t.position].accepted
              and links[t.position].target is not None and links[t.position].evidence is not None
              and not t.name and not (_verb_strength(claim_tokens, t, lexicon) == 2
                                      and _verb_strength(links[t.position].evidence.tokens, links[t.position].target, lexicon) == 2)]  # type: ignore[union-attr,arg-type]
    matched = [l for l in links.values() if l.accepted and l.target is not None and l.evidence is not None]
    claim_statement = _statements(claim_tokens, lexicon)
    if len(placed) < 2 or len({claim_statement[l.claim.clause] for l in matched}) < 2:
        return
    evidence_statements: dict[int, dict[int, int]] = {}

    def where(link: Link) -> int:
        """The statement of its sentence the link's evidence word stands in."""
        st = link.evidence
        assert st is not None and link.target is not None
        found = evidence_statements.get(id(st))
        if found is None:
            found = evidence_statements[id(st)] = _statements(st.tokens, lexicon)
        return found[link.target.clause]

    def home(link: Link) -> int | None:
        """The statement of its sentence where the verb of the claim's statement is matched, if it has one."""
        mates = [l for l in matched if l is not link and claim_statement[l.claim.clause] == claim_statement[link.claim.clause]
                 and l.evidence is link.evidence]
        # Its sure verbs, else an inflected form that may be one ("The pound fell 0.3%": "fell" is also a
        # lemma, so it is no sure verb; "time" or "average" are no such form).
        verbs = {where(l) for l in mates if _verb_strength(claim_tokens, l.claim, lexicon) == 2}
        if not verbs:
            verbs = {where(l) for l in mates if _verb_strength(claim_tokens, l.claim, lexicon) == 1
                     and any(lemma != l.claim.lower for lemma in lexicon.lemmas(l.claim.lower, "v"))}
        if not verbs and mates and any(t.lower in _BE_FORMS for t in claim_tokens[link.claim.position + 1 : min(m.claim.position for m in mates)]):
            # No verb but "be": what follows it says what the subject is ("shoplifting was broadly
            # flat"), and its words, all in one statement of the sentence, are the statement's home.
            verbs = {where(l) for l in mates if l.claim.position > link.claim.position}
        return verbs.pop() if len(verbs) == 1 else None
    for i, a in enumerate(placed):
        home_a = home(a)
        if home_a is None or where(a) == home_a:
            continue
        for b in placed[i + 1 :]:
            if b.evidence is not a.evidence or claim_statement[b.claim.clause] == claim_statement[a.claim.clause] \
                    or b.claim.lower == a.claim.lower \
                    or b.claim.stem == a.claim.stem or relation(lexicon, a.claim.lower, b.claim.lower) in SUPPORT_RANK \
                    or relation(lexicon, b.claim.lower, a.claim.lower) in SUPPORT_RANK:
                continue  # ("will increase …, beginning with a rise" for "will rise …, starting with an increase")
            home_b = home(b)
            if home_b is not None and home_b != home_a and where(a) == home_b and where(b) == home_a:
                a.accepted = b.accepted = False
                result.exchanges.append((a, b))
                return


def _statements(tokens: list[Token], lexicon: Lexicon) -> dict[int, int]:
    """Each clause's statement: itself, or, for a clause that opens with "and" or "or" after a clause with
    no verb of its own, that clause's statement. An "and" between nouns splits one statement in two
    ("while ferries between Glasgow | and Oban were suspended"), and the first half has its verb in the
    second."""
    clauses = _by_clause(tokens)
    statement: dict[int, int] = {}
    for clause in sorted(clauses):
        words = clauses[clause]
        before = clauses.get(clause - 1)
        if before is not None and words[0].lower in ("and", "or") \
                and not any(t.content and _verb_strength(tokens, t, lexicon) == 2 for t in before):
            statement[clause] = statement[clause - 1]
        else:
            statement[clause] = clause
    return statement


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
    from 94" against "fell from 94 to 31" puts the figures in another order, not in each other's roles;
    so does "was 31, down from 94" (the level, then its earlier value)."""
    def before(tok: Token, tokens: list[Token]) -> str:
        word = _role_word(tokens, tok.position)
        return word.lower if word is not None else ""

    def one_change(a: Token, b: Token, tokens: list[Token]) -> bool:
        # Nothing but units between the figures: one change, not two ("rents in Leeds rose to 900 and
        # rents in York rose from 700" gives each place its own figure).
        lo, hi = sorted((a.position, b.position))
        return not any(t.content and t.lower not in _TIME_UNITS for t in tokens[lo + 1 : hi])
    def earlier_value(f: Token, tokens: list[Token]) -> bool:
        # ", down from 94", ", up from 700": after a comma, the value before the change, whose figure after
        # is the last one before it ("spent 31 minutes a day collecting water, down from 94").
        p = f.position
        return p >= 3 and tokens[p - 1].lower == "from" and tokens[p - 2].lower in ("down", "up") \
            and tokens[p - 2].clause != tokens[p - 3].clause
    b1, b2 = before(f1, claim_tokens), before(f2, claim_tokens)
    if earlier_value(f2, claim_tokens) and b1 not in _ROLE_PREPOSITIONS and before(e1, evidence_tokens) == "to" \
            and before(e2, evidence_tokens) == "from" and one_change(e1, e2, evidence_tokens) \
            and not any(t.text[0].isdigit() for t in claim_tokens[f1.position + 1 : f2.position]):
        return True  # "31 minutes a day, down from 94" for "fell from 94 minutes a day to 31 minutes"
    return (b1 != b2 and b1 in _ROLE_PREPOSITIONS and b2 in _ROLE_PREPOSITIONS
            and before(e1, evidence_tokens) == b1 and before(e2, evidence_tokens) == b2
            and one_change(f1, f2, claim_tokens) and one_change(e1, e2, evidence_tokens))


def _figure_pivot(a: Link, b: Link, claim_tokens: list[Token]) -> Token | None:
    """A figure of the claim between two words, found between them (in the other order) in their evidence
    sentence too: the date that the two places trade in "exposures at the hospital on 5 April and at the
    mall on 8 April" against "at the mall on 5 April and at the hospital on 8 April"."""
    tokens = a.evidence.tokens  # type: ignore[union-attr]
    lo, hi = b.target.position, a.target.position  # type: ignore[union-attr]
    between = {t.lower for t in tokens[lo + 1 : hi] if t.text[0].isdigit()}
    return next((t for t in claim_tokens[a.claim.position + 1 : b.claim.position]
                 if t.text[0].isdigit() and t.lower in between), None)


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
    # of voice, which moves subjects and objects around the verb, is not taken for a trade; and neither
    # is a unit ("$21 an hour" is a rate's, not a participant: "at $21 an hour for new drivers its members
    # are unable …" fronts the pay, it trades nothing with "members").
    if a.lower in lexicon.exact_only or b.lower in lexicon.exact_only:
        return False
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
        if role is not None and _defeating(aligned.get(role[0]), lexicon):
            # "India lost to England" for "England beat India": the one before the verb is the one beaten.
            role = (role[0], "patient" if role[1] == "agent" else "agent")
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


def _defeating(link: Link | None, lexicon: Lexicon) -> bool:
    """Whether a claim's verb is a loss told for the evidence's verb of defeating ("lost to" for "beat",
    matching._defeat_told), whose participants trade places by design. (An appeal lost for one dismissed
    keeps its party before the verb and after "by": no trade.)"""
    table = lexicon.defeats
    return link is not None and link.relation == "converse" and table is not None and link.target is not None \
        and not table[2].isdisjoint(lexicon.lemmas(link.target.lower, "v"))


def _surface(tokens: list[Token], words: tuple[str, ...]) -> str:
    for i in range(len(tokens) - len(words) + 1):
        if tuple(t.lower for t in tokens[i : i + len(words)]) == words:
            return " ".join(t.text for t in tokens[i : i + len(words)])
    return " ".join(words)


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
    # "by the tenant", "by higher fuel costs": look back past determiners and the adjectives before the
    # participant's nouns for "by".
    k = first - 1
    while k >= 0 and (tokens[k].lower in _DETERMINERS or (
            k >= first - 3 and tokens[k].content and not tokens[k].name and tokens[k].clause == who.clause
            and "a" in lexicon.senses(tokens[k].lower).pos and _verb_strength(tokens, tokens[k], lexicon) < 2)):
        k -= 1
    before = tokens[k].lower if k >= 0 else ""
    return verb.position, "agent" if before == "by" else "patient"


def _possessors_made_doers(claim_tokens: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """The claim's doer of a verb is whose thing the verb acts on in the source, someone else doing it:
    "CareLink lets patients track their own heart rhythms" against "… lets cardiologists track patients'
    heart rhythms". The claim's subject, right before its verb, is matched to a possessive after that
    verb's counterpart, and right before the counterpart the source names a doer the claim does not."""
    for link in links.values():
        tok, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or tok.position + 1 >= len(claim_tokens):
            continue
        verb_tok = claim_tokens[tok.position + 1]
        verb = links.get(verb_tok.position)
        if verb is None or not verb.accepted or verb.evidence is not st or verb.target is None \
                or verb_tok.clause != tok.clause or not verb.target.position < target.position \
                or verb.relation not in ("exact", "lemma", "synonym"):
            continue  # (the same verb: "lost its appeal" for "dismissed FreshMart's appeal" tells it from the other side)
        possessive = st.sentence.text[target.end : target.end + 1] in ("'", "\u2019") \
            or target.text.endswith(("'s", "\u2019s"))
        if not possessive:
            continue
        doer = st.tokens[verb.target.position - 1] if verb.target.position else None
        if doer is None or not doer.content or not lexicon.lemmas(doer.lower, "n") \
                or any(l.target is doer for l in links.values() if l.evidence is st):
            continue
        said = f"{tok.text} {verb_tok.text}"
        if said not in result.unsupported_verbs:
            result.unsupported_verbs.append(said)


def _named_by_role(tokens: list[Token], role: Token) -> Token | None:
    """The name a role word is given in apposition, past its determiners and adjectives: after it across a
    comma ("the Conservative candidate, Martin Hale,"), or before it ("Martin Hale, the Conservative
    candidate")."""
    nxt = role.position + 1
    if nxt < len(tokens) and tokens[nxt].clause != role.clause and tokens[nxt].name and tokens[nxt].start - role.end == 2:
        return tokens[nxt]
    k = role.position - 1
    while k >= 0 and tokens[k].clause == role.clause:
        k -= 1
        if role.position - k > 4:
            return None
    opening = tokens[k + 1]
    if k >= 0 and tokens[k].name and k < role.position - 1 and opening.start - tokens[k].end == 2 \
            and opening.lower not in CONNECTIVES and opening.lower not in ("and", "or", "but"):
        return tokens[k]  # (after a comma, not "Hale and the Conservative candidate")
    return None


def _appositives_moved(claim_tokens: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """A role the claim gives one name in apposition, where the source gives it another: "Nandakumar, the
    Conservative candidate, won" against "Labour's Priya Nandakumar … ahead of the Conservative candidate,
    Martin Hale"."""
    for link in links.values():
        role, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or role.name or not lexicon.is_person_noun(role.lower):
            continue
        said = _named_by_role(claim_tokens, role)
        source = _named_by_role(st.tokens, target)
        if said is None or source is None:
            continue
        said_words = {t.lower for t in _name_run(claim_tokens, said)}
        source_words = {t.lower for t in _name_run(st.tokens, source)}
        if said_words.isdisjoint(source_words):
            text = f"{said.text}, {role.text}"
            if text not in result.unsupported_verbs:
                result.unsupported_verbs.append(text)
            link.accepted = False


def _participants_joined(claim_tokens: list[Token], links: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """A verb taken from one cited sentence and given the claim's named subject from another, where that
    sentence names someone else at the verb: "Simon Pryce was jailed for four years and ordered to repay
    250,000 pounds" citing "… Simon Pryce … was jailed for four years" and "The judge also ordered
    Reeves to repay 250,000 pounds". The name right after the verb's counterpart (whom it was done to) or
    right before it (who did it), which the claim names nowhere, is the one the verb is told of."""
    # The claim opens with its subject, a name, and its verb: "Simon Pryce was jailed", "Lee said".
    k = 1 if claim_tokens and claim_tokens[0].lower == "the" else 0
    if k >= len(claim_tokens) or not claim_tokens[k].name:
        return
    while k < len(claim_tokens) and claim_tokens[k].name:
        k += 1
    if k >= len(claim_tokens) or not (claim_tokens[k].lower in _SUBJECT_AUXILIARIES or claim_tokens[k].lower in _MODALS
                                      or _verb_strength(claim_tokens, claim_tokens[k], lexicon) == 2):
        return
    subject = [t.lower for t in claim_tokens[:k] if t.name]
    told = [links.get(t.position) for t in claim_tokens[:k] if t.name]
    if not all(l is not None and l.accepted and l.evidence is not None for l in told):
        return  # (a subject matched by alias, or not at all, is the names check's)
    homes = {id(l.evidence) for l in told}  # type: ignore[union-attr]
    for link in links.values():
        verb, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or verb.position < k or verb.name \
                or _verb_strength(claim_tokens, verb, lexicon) < 1 or _verb_strength(st.tokens, target, lexicon) < 2 \
                or id(st) in homes or any(word in st.by_lower for word in subject) \
                or any(t.name for t in claim_tokens[k : verb.position]):  # (another subject of its own)
            continue
        tokens = st.tokens
        after = tokens[target.position + 1] if target.position + 1 < len(tokens) else None
        before = tokens[target.position - 1] if target.position else None
        other = next((t for t in (after, before) if t is not None and t.name and t.clause == target.clause
                      and not _is_time_or_figure(t) and t.lower not in WEEKDAYS), None)
        if other is None:
            continue
        text = f"{' '.join(t.text for t in claim_tokens[:k] if t.name)} \u2026 {verb.text} (where [{st.sentence.id}] tells it of \u201c{other.text}\u201d)"
        if text not in result.unsupported_verbs:
            result.unsupported_verbs.append(text)
        link.accepted = False
        return


def _contrast_reversed(claim_tokens: list[Token], result: Alignment) -> None:
    """Two sides of "rather than" or "instead of" turned round: "paid from customer bills rather than
    shareholder profits" against "paid from shareholder profits rather than customer bills". A matched
    word before the claim's contrast stands after the source's, and one after it before."""
    words = [t.lower for t in claim_tokens]
    for i, (first, second) in enumerate(zip(words, words[1:])):
        if (first, second) not in _CONTRASTS:
            continue
        pivot = claim_tokens[i]
        for link_a in result.links:
            a, st = link_a.claim, link_a.evidence
            if not link_a.accepted or link_a.target is None or st is None or a.position >= i or a.clause != pivot.clause:
                continue
            turns = [t.position for t in st.tokens[:-1] if (t.lower, st.tokens[t.position + 1].lower) == (first, second)]
            if len(turns) != 1 or link_a.target.position < turns[0]:
                continue
            for link_b in result.links:
                b = link_b.claim
                if link_b.accepted and link_b.evidence is st and link_b.target is not None and b.position > i + 1 \
                        and link_b.target.position < turns[0]:
                    result.role_swaps.append((a.text, b.text, f"{pivot.text} {claim_tokens[i + 1].text}"))
                    return


_CONTRASTS = frozenset((("rather", "than"), ("instead", "of")))

