"""What the claim adds that the share of supported words must not let through: a verb with nothing
opposite it, a speaker or actor the source does not name, a property, a list item or a noun phrase
the source lacks, the agent of an agentless passive, a preposition's object or a particle replaced,
and words said that the source tells of the speaker; one side's case told as fact.
"""

from __future__ import annotations

from .features import NEGATION_CUES, SPEECH_VERBS
from .numbers import FIGURE_WORDS, _decimal, extract_numbers
from .lexicon import Lexicon
from .tokens import SentenceTokens, Token, _DETERMINERS, _is_negation, is_possessive
from .syntax import (_BE_FORMS, _MODALS, _OBJECT_PRONOUNS, _RATE_UNITS, _SUBJECT_PRONOUNS, _TIME_UNITS, _after_according_to,
                     _by_clause, _coordinated_verbs, _finite_verb, _own_preposition, _passive, _per_unit, _speaks,
                     _verb_strength)
from .matching import Alignment, Link, relation


def _subject_of_denial(tokens: list[Token], tok: Token) -> bool:
    """Whether ``tok`` stands before a denial of its own clause, as its subject does ("Rail services were
    not affected"), with no speech verb between ("Officials said the road was not closed")."""
    for t in tokens[tok.position + 1 :]:
        if t.clause != tok.clause or t.lower in SPEECH_VERBS:
            return False
        if t.cue and _is_negation(tokens, t.position):
            return True
    return False


_DIRECTIONS = frozenset(("up", "down"))
# Nouns that give a quantity ("hundreds of calls"): a figure in words, which "dozens of calls" is not.
_QUANTITY_NOUNS = frozenset("dozens hundreds thousands millions billions scores tens".split())


def _states_direction(tokens: list[Token], tok: Token, lexicon: Lexicon) -> bool:
    """Whether an "up" or "down" says which way a figure went ("…, up from a year earlier", "sales were
    down 3%"), not a verb's particle ("chased down 276")."""
    before = tokens[tok.position - 1] if tok.position else None
    if before is not None and before.lower not in _BE_FORMS and before.clause == tok.clause \
            and "v" in lexicon.senses(before.lower).pos:
        return False
    nxt = tokens[tok.position + 1] if tok.position + 1 < len(tokens) else None
    return nxt is not None and (nxt.lower in ("from", "on", "by") or nxt.text[0].isdigit())


# Verbs that deny, refuse or reject: "not" and another verb is no such act ("has not addressed" the claim
# is not "has denied" it).
_DENIAL_LEMMAS = frozenset("deny refuse reject dispute".split())


def _denials_unbacked(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment,
                      lexicon: Lexicon) -> None:
    """A verb of denial in the claim with none in the cited sentences: "which the company has denied"
    against "a claim the company has not addressed". The negation check sees two denials agree; this
    sees that the evidence's "not" denies another verb, and the claim's act of denying has no counterpart."""
    for tok in claim_tokens:
        lemmas = lexicon.lemmas(tok.lower, "v") if tok.lower[:3] in ("den", "ref", "rej", "dis") else ()
        if _DENIAL_LEMMAS.isdisjoint(lemmas):
            continue
        # Any verb of denial backs another ("rejected the claims" for "denied the claims").
        backed = any(t.lower == tok.lower or relation(lexicon, tok.lower, t.lower.replace(" ", "_")) in _BACKING
                     or not _DENIAL_LEMMAS.isdisjoint(lexicon.lemmas(t.lower, "v"))
                     for st in evidence for t in st.tokens)
        # "denied the plant would close" reports a denial: "said the plant would not close" backs it.
        after = claim_tokens[tok.position + 1 : tok.position + 5]
        if not backed and (any(t.lower == "that" for t in after[:1]) or any(t.lower in _MODALS for t in after)):
            backed = any(any(t.lower in SPEECH_VERBS for t in st.tokens) and any(t.lower in NEGATION_CUES for t in st.tokens)
                         for st in evidence)
        if not backed and tok.text not in result.unsupported_verbs:
            result.unsupported_verbs.append(tok.text)


_BACKING = frozenset(("exact", "lemma", "synonym", "derivation"))


def _empty_clauses(claim_tokens: list[Token], result: Alignment) -> None:
    """A clause joined on with no content word at all, yet saying that something was said or will be done:
    "…, and has said he will do so" against a sentence that says only that he has 28 days to appeal. The
    share of content words cannot see it (it adds none), and the clause check has no word to look for."""
    by_clause: dict[int, list[Token]] = {}
    for tok in claim_tokens:
        by_clause.setdefault(tok.clause, []).append(tok)
    for clause, tokens in by_clause.items():
        if not clause or tokens[0].lower not in ("and", "but") or any(t.content or t.name for t in tokens):
            continue
        words = [t.lower for t in tokens]
        if any(w in SPEECH_VERBS for w in words) or any(a in _MODALS and b in ("do", "be") for a, b in zip(words, words[1:])):
            result.unsupported_clauses.append(" ".join(t.text for t in tokens[1:]))


# Prepositions that bring what something is over or about, or why: the noun after one is what the claim
# says the dispute, strike or delay was over (not "in", "of", "to": places, owners and ends have many words).
_REASON_PREPOSITIONS = frozenset("over about against amid despite".split())


def _objects_of_another_preposition(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment,
                                    lexicon: Lexicon) -> None:
    """A noun with no counterpart after a preposition of reason or topic (over, about, against, amid,
    despite, because of, due to) where a cited sentence has that preposition before a noun of its own,
    unmatched: "a 48-hour strike over pensions" against "… in a dispute over pay";
    "shortened because of a landslide" against "because of snow". The share of supported words let one
    such noun pass as a detail; it stands in the place of the source's, and is named with it."""
    if not result.insertions:
        return
    used = {id(l.target) for l in result.links if l.target is not None}
    for link in list(result.insertions):
        tok = link.claim
        if tok.name or not tok.position or "n" not in lexicon.senses(tok.lower).pos:
            continue
        k = tok.position - 1
        while k > 0 and claim_tokens[k].lower in _DETERMINERS and claim_tokens[k].clause == tok.clause:
            k -= 1
        preposition = claim_tokens[k]
        # Also any relation word before a word for people, where the source's has one of its own: "approved
        # for children" against "approved for adults" (two kinds of people in one place).
        person = lexicon.is_person_noun(tok.lower)
        if preposition.clause != tok.clause or preposition.content or not (
                preposition.lower in _REASON_PREPOSITIONS or (person and preposition.lower in lexicon.relation_words)
                or (preposition.lower in ("of", "to") and k and claim_tokens[k - 1].lower in ("because", "due"))):
            continue
        reason = preposition.lower in _REASON_PREPOSITIONS or preposition.lower in ("of", "to")
        for st in evidence:
            for at in st.by_lower.get(preposition.lower, ()):
                j = at + 1
                while j < len(st.tokens) and st.tokens[j].lower in _DETERMINERS:
                    j += 1
                if j >= len(st.tokens):
                    continue
                other = st.tokens[j]
                if other.content and not other.name and id(other) not in used and other.clause == st.tokens[at].clause \
                        and "n" in lexicon.senses(other.lower).pos and (reason or lexicon.is_person_noun(other.lower)):
                    link.relation, link.evidence, link.target = "substitution", st, other
                    result.insertions.remove(link)
                    result.substitutions.append(link)
                    break
            if link.target is not None:
                break


# Prepositions that give a name its part in what happened: who it came from, who did it, who it went to.
_ROLE_NAME_PREPOSITIONS = frozenset("from by to against with".split())


def _names_of_another_preposition(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment) -> None:
    """A name after "from", "by", "to", "against" or "with" that its sentence has elsewhere, where that
    sentence has the preposition before another name: "sealed the win after a long ball from Gabriel"
    against "Gabriel Jesus sealed the win … after a long ball from William Saliba". The name's spelling is
    there (Jesus's first name), so the names check passes it; the pass was Saliba's."""
    for link in result.links:
        tok, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or not tok.name or not tok.position:
            continue
        preposition = claim_tokens[tok.position - 1]
        if preposition.lower not in _ROLE_NAME_PREPOSITIONS or any(
                _name_after(sentence, at, tok.lower) for sentence in evidence for at in sentence.by_lower.get(preposition.lower, ())):
            continue  # a cited sentence has the name after that preposition ("from William Saliba" for "from Saliba")
        for at in st.by_lower.get(preposition.lower, ()):
            other = st.tokens[at + 1] if at + 1 < len(st.tokens) else None
            if other is not None and other.name and other is not target and other.clause == st.tokens[at].clause \
                    and other.lower != tok.lower:
                link.relation, link.target, link.accepted = "substitution", other, False
                result.substitutions.append(link)
                break


def _name_after(st: SentenceTokens, at: int, word: str) -> bool:
    """Whether the name run right after token ``at`` of ``st`` holds ``word``."""
    for t in st.tokens[at + 1 : at + 5]:
        if not t.name:
            return False
        if t.lower == word:
            return True
    return False


def _objects_of_another_verb(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A verb matched to one of the evidence's two uses of it, with the object of the other: "Six members
    voted for a rate cut" against "six members voting to keep rates on hold and three voting for a cut".
    The claim's object stands after the evidence's second "voting", so the first one's subject did not
    do it. Only where the claim's verb is matched to the earlier use and the object to words past the later."""
    by_position = {l.claim.position: l for l in result.links}
    for link in result.links:
        verb, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or link.relation not in ("exact", "lemma"):
            continue
        lemmas = set(lexicon.lemmas(target.lower, "v"))
        if not lemmas or not (_finite_verb(claim_tokens, verb, lexicon) or _verb_strength(claim_tokens, verb, lexicon) >= 2):
            continue
        objects = [by_position[t.position] for t in claim_tokens[verb.position + 1 : verb.position + 6]
                   if t.clause == verb.clause and t.content and t.position in by_position]
        for obj in objects:
            if not obj.accepted or obj.evidence is not st or obj.target is None or obj.target.position <= target.position:
                continue
            between = st.tokens[target.position + 1 : obj.target.position]
            if any(t.lower == target.lower or not lemmas.isdisjoint(lexicon.lemmas(t.lower, "v")) for t in between):
                result.unsupported_verbs.append(f"{verb.text} \u2026 {obj.claim.text}")
                return


def _coordinated_verb(claim_tokens: list[Token], tok: Token, lexicon: Lexicon, aligned: set[int]) -> bool:
    """Whether ``tok`` is a past form right after "and", "but" or "then" that shares its subject with a
    finite verb before it the evidence has: "Shares fell 3% and stayed down" says a second thing
    happened, as "Shares stayed down" would. (A participle after "and" with no finite verb before is
    left alone: "damaged and abandoned cars".)"""
    if not tok.position or claim_tokens[tok.position - 1].lower not in ("and", "but", "then") \
            or tok.lower.endswith(("ing", "s")) or "v" not in lexicon.senses(tok.lower).pos:
        return False
    verb_lemmas = lexicon.lemmas(tok.lower, "v")
    if not verb_lemmas or (tok.lower in verb_lemmas and len(verb_lemmas) == 1):
        return False  # no past form: "and cost", "and set" may be nouns or presents
    return any(t.position in aligned and _finite_verb(claim_tokens, t, lexicon) for t in claim_tokens[: tok.position - 1])


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
        # So is a direction: "…, up from a year earlier" says which way a figure moved.
        if tok.lower in _RATE_UNITS or (tok.lower in _TIME_UNITS and not _per_unit(claim_tokens, tok.position)) \
                or (tok.lower in _DIRECTIONS and _states_direction(claim_tokens, tok, lexicon)) \
                or tok.lower in _QUANTITY_NOUNS \
                or (" " in tok.text and not NEGATION_CUES.isdisjoint(tok.lower.split("_"))) \
                or _finite_verb(claim_tokens, tok, lexicon) or _predicate_adjective(claim_tokens, tok, lexicon) \
                or _coordinated_verb(claim_tokens, tok, lexicon, aligned):
            result.unsupported_verbs.append(tok.text)
            continue
        # Who said it: a noun right before a reporting verb, or after "according to", is the speaker.
        # "The owners said the fund grew" against "the fund grew, a statement said" adds one.
        if _speaker_slot(claim_tokens, tok, lexicon):
            result.unsupported_verbs.append(tok.text)
            continue
        # A role given to a name the source matches without it: "told host Tariq Bell" (the name may be
        # matched by alias, with no word opposite), or with the name after a comma: "Fresmart's chief
        # executive, Clare Denby, said" where the source has her its finance director.
        nxt = claim_tokens[tok.position + 1] if tok.position + 1 < len(claim_tokens) else None
        if nxt is not None and nxt.text[0].isupper() and not tok.text[0].isupper() \
                and (nxt.clause == tok.clause or nxt.start - tok.end == 2) \
                and lexicon.is_person_noun(tok.lower) and any(l.accepted for l in result.links if l.claim is nxt):
            result.unsupported_verbs.append(f"{tok.text} {nxt.text}")
            continue
        # Or after it, as an appositive: "Graham Holt, the company's chairman, said" where the source has
        # him its chief executive.
        name = _appositive_of(claim_tokens, tok)
        if name is not None and lexicon.is_person_noun(tok.lower) and any(l.accepted for l in result.links if l.claim is name):
            result.unsupported_verbs.append(f"{name.text}, {tok.text}")
            continue
        # Who did it: a noun right before a verb the evidence has is that verb's subject. "The school
        # nurse urged parents…" against "Ruiz urged parents…" names a different actor.
        for nxt in claim_tokens[tok.position + 1 : tok.position + 3]:
            if nxt.clause != tok.clause or (nxt.content and nxt.position not in aligned):
                break
            if nxt.position in aligned and "n" in lexicon.senses(tok.lower).pos and tok.lower not in _MODALS \
                    and _finite_verb(claim_tokens, nxt, lexicon):  # ("must also pay": no "a must" pays)
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
    _manner_added(claim_tokens, by_position, result, lexicon)
    _participle_added(claim_tokens, result, lexicon)
    _aspect_added(result)
    _doer_added(claim_tokens, by_position, result, lexicon)
    _judge_replaced(claim_tokens, by_position, result, lexicon)
    _agent_of_agentless_passive(claim_tokens, by_position, result, lexicon)
    _particle_for_particle(claim_tokens, by_position, result, lexicon)
    _objects_replaced(claim_tokens, by_position, result, lexicon)
    _verb_objects_replaced(claim_tokens, by_position, result, lexicon)
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


def _figure_governor(before: Token, result: Alignment) -> Link | None:
    """A figure written the same in the claim and in one sentence the claim is matched in, standing for a
    matched word before a preposition: "310 million pounds for schools" against "310 million pounds for the
    health service", "beat Rovers 3-1 at home" against "… 3-1 at Marsh Lane" (figures are the numbers
    check's and have no link of their own)."""
    if not (before.text[0].isdigit() or before.lower in FIGURE_WORDS):
        return None
    sentences = {id(l.evidence): l.evidence for l in result.links if l.evidence is not None}
    found = [(st, t) for st in sentences.values() for t in st.tokens if t.text == before.text]
    if len(found) != 1:
        return None
    st, target = found[0]
    return Link(before, "exact", st, target)


# Prepositions of where a thing is or ends up.
_WHERE = frozenset("in into on onto at near inside off".split())


def _appositive_of(tokens: list[Token], tok: Token) -> Token | None:
    """The name a noun stands in apposition to, right before it past a comma and its determiners or
    owner ("Graham Holt, the company's chairman"), else None."""
    k = tok.position - 1
    while k >= 0 and (tokens[k].lower in _DETERMINERS or tokens[k].lower.endswith("'s")) and not tokens[k].name:
        k -= 1
    if k < 0 or k == tok.position - 1 or not tokens[k].name or tokens[k].clause == tokens[k + 1].clause:
        return None
    return tokens[k]


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
        if governor is None and said is not None and said.position and said.lower != "to" \
                and not any(ch.isdigit() for ch in tok.text):
            # (not "to" and a verb, "cost $110 million to produce"; nor a figure of its own, "in over-65s")
            governor = _figure_governor(claim_tokens[said.position - 1], result)
        if governor is None or not governor.accepted or governor.target is None or governor.evidence is None:
            continue
        tokens = governor.evidence.tokens
        k = governor.target.position + 1
        # The same preposition, or two of place ("fell on land" for "fell into the Atlantic Ocean").
        if k >= len(tokens) or not (lexicon.same_relation(tokens[k].lower, said.lower)  # type: ignore[union-attr]
                                    or (tokens[k].lower in _WHERE and said.lower in _WHERE)):  # type: ignore[union-attr]
            continue
        k += 1
        while k < len(tokens) and tokens[k].lower in _DETERMINERS:
            k += 1
        if k < len(tokens) and tokens[k].content and id(tokens[k]) not in matched:
            link.relation, link.evidence, link.target = "substitution", governor.evidence, tokens[k]
            result.insertions.remove(link)
            result.substitutions.append(link)


# Object pronouns of persons, which a claim names in its own words ("Joining us now is …" for "joined the
# programme"): no noun in place of a source's.
_PERSONAL_OBJECTS = frozenset("me us you".split())


def _verb_objects_replaced(claim_tokens: list[Token], by_position: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """A verb's object in place of the source's: "The vaccine reduced infant deaths by 72 percent" against
    "… reduced hospitalisations among infants by 72 percent". The claim's noun is unmatched and heads the
    object of a matched verb (past determiners and matched modifiers: "infant"); right after the verb's
    counterpart, past its determiners, the source has a noun no claim word has. The claim's noun is then a
    substitution naming it (one word, which the share threshold would let through)."""
    matched = {id(l.target) for l in result.links if l.target is not None}
    for link in list(result.insertions):
        tok = link.claim
        if tok.name or "n" not in lexicon.senses(tok.lower).pos:
            continue
        k = tok.position - 1
        while k >= 0 and tok.position - k <= 4 and claim_tokens[k].clause == tok.clause and (
                claim_tokens[k].lower in _DETERMINERS
                or (claim_tokens[k].content and k in by_position and by_position[k].accepted
                    and not _verb_strength(claim_tokens, claim_tokens[k], lexicon))):
            k -= 1
        verb = by_position.get(k) if k >= 0 and claim_tokens[k].clause == tok.clause else None
        if verb is None or not verb.accepted or verb.target is None or verb.evidence is None \
                or _verb_strength(claim_tokens, verb.claim, lexicon) < 2 or verb.claim.lower in SPEECH_VERBS:
            continue
        tokens = verb.evidence.tokens
        e = verb.target.position + 1
        while e < len(tokens) and tokens[e].lower in _DETERMINERS:
            e += 1
        # past the source's own adjectives to the noun they qualify: "protect the long-term future"
        while e + 1 < len(tokens) and tokens[e].content and not tokens[e].name and id(tokens[e]) not in matched \
                and tokens[e + 1].content and tokens[e + 1].clause == tokens[e].clause \
                and lexicon.senses(tokens[e].lower).pos == {"a"}:
            e += 1
        if e < len(tokens) and tokens[e].content and not tokens[e].name and id(tokens[e]) not in matched \
                and tokens[e].lower not in _OBJECT_PRONOUNS | _PERSONAL_OBJECTS \
                and tokens[e].clause == verb.target.clause and "n" in lexicon.senses(tokens[e].lower).pos \
                and _verb_strength(tokens, tokens[e], lexicon) < 2:
            link.relation, link.evidence, link.target = "substitution", verb.evidence, tokens[e]
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
    if "n" in hp and (_verb_strength(claim_tokens, head, lexicon) < 2 or _ing_noun_in_phrase(word, head, claim_tokens, lexicon)):
        return bool(wp & {"a", "n"})
    return wp <= {"r"}


def _ing_noun_in_phrase(word: Token, head: Token, claim_tokens: list[Token], lexicon: Lexicon) -> bool:
    """Whether ``head`` is an -ing word WordNet has as a noun ("warning", "meeting", "hearing") closing a
    noun phrase a determiner opens before ``word``: "an amber snow warning" is a warning, not a warning of
    snow, however surely "warning" reads as a verb on its own."""
    if not head.lower.endswith("ing") or head.lower not in lexicon.lemmas(head.lower, "n"):
        return False
    k = word.position - 1
    while k >= 0 and word.position - k <= 3 and claim_tokens[k].content and lexicon.senses(claim_tokens[k].lower).pos & {"a", "n"}:
        k -= 1
    return k >= 0 and claim_tokens[k].lower in _DETERMINERS


_FRAMING_PARTICIPLES = frozenset(
    "calling saying adding noting describing arguing warning telling stating claiming insisting".split())


# Participles that compare two figures, and which way: "beating" says the first is higher.
_COMPARING_PARTICIPLES = {"beating": 1, "topping": 1, "exceeding": 1, "surpassing": 1, "outstripping": 1,
                          "missing": -1, "trailing": -1}


def _compares_as_said(claim_tokens: list[Token], tok: Token) -> bool:
    """Whether the figure before a comparing participle and the one after it, of one kind, stand as the
    participle says: 84 cents, "beating" 79 cents; 3.1%, "missing" 3.4%. Each figure is the numbers
    check's to find in the evidence; this is only their order."""
    before = " ".join(t.text for t in claim_tokens if t.clause == tok.clause - 1)
    after = " ".join(t.text for t in claim_tokens[tok.position + 1 :] if t.clause == tok.clause)
    first, second = extract_numbers(before), extract_numbers(after)
    for key in reversed(list(first)):
        kind = key.rpartition(":")[0]
        other = next((k for k in second if k.rpartition(":")[0] == kind), None)
        if other is None:
            continue
        a, b = _decimal(key.rpartition(":")[2]), _decimal(other.rpartition(":")[2])
        return a is not None and b is not None and (a - b) * _COMPARING_PARTICIPLES[tok.lower] > 0
    return False


def _participle_added(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A participle the claim adds to open a clause, an act or a judgement of its own: "…, a career high"
    told as "…, equalling her career high"; "58 percent were seen within 18 weeks, meeting the target"
    where the target was 92 percent. Nothing opposite it: one word under the share threshold."""
    for link in result.insertions:
        tok = link.claim
        if tok.name or not tok.position or not tok.lower.endswith("ing") or not lexicon.lemmas(tok.lower, "v") \
                or claim_tokens[tok.position - 1].clause == tok.clause or tok.lower in _FRAMING_PARTICIPLES:
            continue  # ("calling that a misunderstanding", "saying …": a frame for words, the speaker checks' part)
        if tok.lower in _COMPARING_PARTICIPLES and _compares_as_said(claim_tokens, tok):
            continue  # "came in at 84 cents, beating the 79 cents analysts had expected": the figures say so
        # Not a link to a matched verb of its own clause: "…, leaving a typical household paying £1,690"
        # (the participle joins what the household pays to the cut).
        if any(l.accepted and l.target is not None and l.claim.clause == tok.clause and l.claim.position > tok.position
               and _verb_strength(claim_tokens, l.claim, lexicon) == 2 for l in result.links):
            continue  # (surely a verb: "the exit poll" is no verb of the clause)
        result.unsupported_verbs.append(tok.text)


# Verbs of judging that are hedge cues (not aligned as words): who judges is still a participant.
_JUDGING_VERBS = frozenset(
    "estimate estimates estimated expect expects expected believe believes believed predict predicts predicted "
    "fear fears feared suspect suspects suspected forecast forecasts".split())


def _judge_replaced(claim_tokens: list[Token], by_position: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """Who judges, told as someone else: "Corvane estimates the price could exceed 20,000 euros" against
    "Corvane has not yet announced a price, but analysts estimate it could exceed …". The claim's word
    before its judging verb is matched; the evidence's same verb has another subject right before it,
    which the claim does not name."""
    claim_words = {t.lower for t in claim_tokens}
    for tok in claim_tokens:
        if tok.lower not in _JUDGING_VERBS or not tok.position or (
                tok.position + 1 < len(claim_tokens) and claim_tokens[tok.position + 1].lower == "to"):
            continue  # ("Seville expected to hit 44C": what is expected, not who expects)
        holder = by_position.get(claim_tokens[tok.position - 1].position)
        if holder is None or not holder.accepted or holder.target is None or holder.evidence is None \
                or claim_tokens[tok.position - 1].clause != tok.clause:
            continue
        lemmas = set(lexicon.lemmas(tok.lower, "v"))
        tokens = holder.evidence.tokens
        for verb in tokens:
            if verb.position and lemmas.intersection(lexicon.lemmas(verb.lower, "v")):
                subject = tokens[verb.position - 1]
                if (subject.content or subject.name) and subject is not holder.target and subject.lower not in claim_words \
                        and subject.clause == verb.clause:
                    result.unsupported_verbs.append(f"{holder.claim.text} {tok.text} (where [{holder.evidence.sentence.id}] "
                                                    f"has \u201c{subject.text} {verb.text}\u201d)")
                    return


# Adverbs that say where a thing stands in time: "is already on sale" for "will go on sale".
_ASPECT_ADVERBS = frozenset("already again yet anymore".split())


def _aspect_added(result: Alignment) -> None:
    """An adverb of aspect the claim adds, with nothing opposite it: "The device is already on sale"
    against "The device will go on sale on 14 November" (a tense no verb of the claim carries)."""
    for link in result.insertions:
        if link.claim.lower in _ASPECT_ADVERBS and link.claim.text not in result.unsupported_verbs:
            result.unsupported_verbs.append(link.claim.text)


def _doer_added(claim_tokens: list[Token], by_position: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """A doer the claim gives a matched participle with "by": "a company controlled by his wife" against
    "a company he controlled" (the wife is nowhere), and "forced from their homes by the flooding" where
    the flooding is another cited sentence's, which closed a road (that sentence does not force anyone
    out). The doer must be matched, and in the participle's own sentence."""
    for i, tok in enumerate(claim_tokens):
        if tok.lower != "by" or not i:
            continue
        # the participle within a few words before it: "forced from their homes by"
        verb = next((by_position.get(t.position) for t in reversed(claim_tokens[max(0, i - 5) : i])
                     if t.content and t.clause == tok.clause and t.lower.endswith(("ed", "en"))), None)
        if verb is None or not verb.accepted or verb.target is None or not verb.claim.lower.endswith(("ed", "en")) \
                or not lexicon.lemmas(verb.claim.lower, "v"):
            continue
        k = i + 1
        while k < len(claim_tokens) and claim_tokens[k].lower in _DETERMINERS:
            k += 1
        doer = by_position.get(claim_tokens[k].position) if k < len(claim_tokens) else None
        if doer is None or claim_tokens[k].name or claim_tokens[k].clause != tok.clause:
            continue
        if doer.target is None or not doer.accepted:
            result.unsupported_verbs.append(f"{verb.claim.text} by {doer.claim.text}")
        elif doer.evidence is not verb.evidence and not any(t.lower == "by" for t in verb.evidence.tokens):  # type: ignore[union-attr]
            result.unsupported_verbs.append(f"{verb.claim.text} by {doer.claim.text} (what [{verb.evidence.sentence.id}] "  # type: ignore[union-attr]
                                            f"says without a doer, with one from [{doer.evidence.sentence.id}])")  # type: ignore[union-attr]


def _manner_added(claim_tokens: list[Token], by_position: dict[int, Link], result: Alignment, lexicon: Lexicon) -> None:
    """An adverb the claim adds right after a matched verb, a property of what happened: "may have been
    started deliberately" against "… started by sparks from farm machinery" (one word, under the share
    threshold, that says how)."""
    for link in result.insertions:
        tok = link.claim
        if tok.name or not tok.position or link.claim.text in result.unsupported_verbs:
            continue
        senses = lexicon.senses(tok.lower)
        # an adverb of manner ("deliberately", "sharply") or one's comparative ("faster", "harder": a
        # form WordNet reads back to its adverb)
        comparative = tok.lower.endswith("er") and any(lemma != tok.lower for lemma in senses.lemmas)
        if "r" not in senses.pos or senses.pos - {"r", "a"} or not (tok.lower.endswith("ly") or comparative):
            continue
        verb = by_position.get(claim_tokens[tok.position - 1].position)
        if verb is None or not verb.accepted or verb.target is None or claim_tokens[tok.position - 1].clause != tok.clause \
                or not _verb_strength(claim_tokens, verb.claim, lexicon):
            continue
        result.unsupported_verbs.append(f"{verb.claim.text} {tok.text}")



# Frames that report one side's case, not a fact: a verb of arguing or alleging, or any verb of saying
# with a side of a dispute for its speaker ("Prosecutors said", "Opponents … argued").
_CONTESTED_VERBS = frozenset(
    "argued argues alleged alleges claimed claims contended contends insisted insists maintained maintains asserted "
    "asserts accused accuses".split())
_PARTISAN_SPEAKERS = frozenset(
    "prosecutors prosecutor prosecution plaintiffs plaintiff claimants claimant opponents critics campaigners".split())
# Words with which a claim keeps a side's case a case: a verb or adverb of alleging, "the prosecution's
# case was that …", "had proposed drawing £5m".
_OWN_CASE_WORDS = _CONTESTED_VERBS | frozenset(
    "according allegedly reportedly accusing alleging accusation accusations allegation allegations "
    "proposed proposes case".split())
_FUTURE_WORDS = frozenset("will would shall due scheduled".split())


def _case_told_as_fact(claim_tokens: list[Token], result: Alignment) -> None:
    """What a cited sentence reports as one side's case, stated as fact: "The line would raise property
    taxes by about 6 percent" for "Opponents … argued that the line would raise property taxes by about 6
    percent"; "Lindqvist controlled shell companies in Cyprus" for "Prosecutors said Lindqvist … moved
    money into shell companies he controlled in Cyprus". Where most of the claim's matched words stand in
    what the frame reports, and the claim keeps no frame of that side: neither a word of its speaker
    ("Prosecutors said …", "According to prosecutors, …"; the source's frame may be either too) nor a verb
    or adverb of alleging of its own. A
    claim that reports someone else's words inside the frame does not keep it ("Hale described the offer
    as fair" for "Hale said the offer was fair, prosecutors alleged"). A verb of arguing or alleging
    frames only with "that" after it, or at the sentence's end ("the insurer maintains offices" and
    "After reviewing the claims" frame nothing); a side's plain "said" does not frame what the claim
    tells as to come ("The trial will begin on Monday": a side may announce a schedule)."""
    claim_words = {t.lower for t in claim_tokens}
    if claim_words & _OWN_CASE_WORDS:
        return
    future = bool(claim_words & _FUTURE_WORDS)
    kept = [l for l in result.links if l.accepted and l.target is not None and l.evidence is not None and l.claim.content]
    for st in {id(l.evidence): l.evidence for l in kept}.values():
        own = [l for l in kept if l.evidence is st]
        tokens = st.tokens
        for frame in tokens:
            trailing = frame.position + 4 >= len(tokens) and frame.clause > 0
            speaker_words = [t for t in tokens[: frame.position] if t.clause == frame.clause]
            if frame.lower in _CONTESTED_VERBS:
                nxt = tokens[frame.position + 1] if frame.position + 1 < len(tokens) else None
                if not (trailing or (nxt is not None and nxt.lower == "that")):
                    continue
            elif frame.lower == "according" and not future and frame.position + 1 < len(tokens) \
                    and tokens[frame.position + 1].lower == "to":
                speaker_words = [t for t in tokens[frame.position + 2 : frame.position + 5] if t.clause == frame.clause]
                if not any(t.lower in _PARTISAN_SPEAKERS for t in speaker_words):
                    continue
                trailing = frame.position + 5 >= len(tokens) and frame.clause > 0
            elif future or not (frame.lower in SPEECH_VERBS and any(t.lower in _PARTISAN_SPEAKERS for t in speaker_words)):
                continue
            if claim_words & {t.lower for t in speaker_words if t.content} or claim_words & _PARTISAN_SPEAKERS:
                continue  # the claim names the side: the speaker checks compare what it has them say
            inside = [l for l in own if (l.target.clause < frame.clause if trailing else l.target.position > frame.position)]  # type: ignore[union-attr]
            if inside and 2 * len(inside) >= len(own):
                speaker = " ".join(t.text for t in tokens[: frame.position + 1] if t.clause == frame.clause)
                result.cases_as_fact.append((st, speaker))
                return
