"""Checks that the claim and its evidence agree on what is denied: a word dropped from a negation's
scope (or from the subject of a denial), a clause denied on one side only, a question stated as fact
(or as its cited answer has it), and left-out words that have opposites ("against" / "in favour").
"""

from __future__ import annotations

from ..textnorm import LazyPattern
from .features import NEGATION_CUES, SPEECH_VERBS
from .numbers import CARDINAL_WORDS, FIGURE_WORDS, TIME_UNITS_PATTERN, YEAR_RE
from .lexicon import Lexicon
from .tokens import SentenceTokens, Token, _is_negation, _restricts
from .syntax import _DEFINITE, _ORDINAL_RE, _finite_verb, _is_question, _verb_strength
from .matching import DENYING_PARTICLES, Alignment, Link, relation


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
    # So is one after a denied word of its clause that the denial's few words did not reach: "without
    # service for as much as nine hours" keeps the "nine" of "without service for up to nine hours".
    first_denied: dict[int, int] = {}  # each clause's first denied word
    for t in claim_tokens:
        if t.negated:
            first_denied.setdefault(t.clause, t.position)
        elif not t.content and first_denied.get(t.clause, t.position) < t.position \
                and (t.text[0].isdigit() or t.lower in CARDINAL_WORDS):
            kept_restrictors.add(t.lower)
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


# How an answer opens: it denies what was asked ("No.", "Not this year."), or affirms it ("Yes.").
_DENYING_ANSWERS = frozenset("no not never nope nothing none".split())
_AFFIRMING_ANSWERS = frozenset("yes yeah yep absolutely definitely certainly correct indeed".split())


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
    "Yes." affirms it. A clause is matched in a question when most of its matched words are there. A claim
    that reports the question ("asked whether the reef was dead") states nothing of it in that clause."""
    by_clause: dict[int, list[Link]] = {}
    for link in result.links:
        if link.accepted and link.evidence is not None:
            by_clause.setdefault(link.claim.clause, []).append(link)
    for clause, links in by_clause.items():
        if clause == result.asks:
            continue  # the question reported, in the clause of its asking verb
        # What is said, not who says it ("Larsen said he will not coach again": "coach" is in the question).
        # ("denied that …" frames its words too: the speaker's name, a transcript's label, is not what is denied)
        said = next((t.position for t in claim_tokens if t.clause == clause
                     and (t.lower in SPEECH_VERBS or t.lower in _DENYING_VERBS)), None)
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


_DENYING_VERBS = frozenset("deny denies denied denying".split())


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
        # ("denied that …" frames its words too: the speaker's name, a transcript's label, is not what is denied)
        said = next((t.position for t in claim_tokens if t.clause == clause
                     and (t.lower in SPEECH_VERBS or t.lower in _DENYING_VERBS)), None)
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
        # So is the claim's verb matched in another clause of the same sentence that denies it: "Two
        # firefighters died of smoke inhalation" against "Two firefighters were treated for smoke inhalation,
        # but no deaths have been reported" (the participants outvote the verb's clause). Only that way round:
        # "… included names, but not payment card numbers" denies by ellipsis the verb its first clause has.
        pooled += [l for l in clause_links if l.evidence is ev_link.evidence and l.target.clause != ev_link.target.clause  # type: ignore[union-attr]
                   and not l.claim.negated and l.target.negated and _verb_strength(claim_tokens, l.claim, lexicon) == 2  # type: ignore[union-attr]
                   and l.claim.lower not in SPEECH_VERBS and not _is_question(l.evidence)]  # type: ignore[arg-type]
        if pooled:
            result.polarity.append((pooled[0], pooled[0].claim.negated))


def _negations(tokens: list[Token]) -> int:
    return sum(1 for i in range(len(tokens)) if _is_negation(tokens, i))


def _polar_words(claim_tokens: list[Token], evidence: list[SentenceTokens], lexicon: Lexicon, result: Alignment) -> None:
    """Words left out of the alignment that have opposites: stop words ("against" / "favour", "before" /
    "after") and cue words ("rejected" / "approved"). The claim's word is wrong where the evidence has only
    its opposite. So are hand-kept words the alignment found nothing for: "less" where the source has
    only "more" (a stop word, which it does not align)."""
    inserted = {l.claim.position for l in result.insertions}
    for tok in claim_tokens:
        if (tok.content and tok.position not in inserted) or not (tok.cue or tok.lower in lexicon.extra_words):
            continue
        if _inside_phrase(claim_tokens, tok):
            continue  # "fewer" of "or fewer", "more" of "no more than": the phrase, one word, was aligned
        senses = lexicon.senses(tok.lower)
        opposites = senses.antonyms
        forms = senses.lemmas | {tok.lower}
        if not opposites or any(t.lower in forms or lexicon.senses(t.lower).lemmas & forms for st in evidence for t in st.tokens):
            continue
        hits = [(st, t) for st in evidence for t in st.tokens
                if (t.lower in opposites or lexicon.senses(t.lower).lemmas & opposites) and not _inside_phrase(st.tokens, t)]
        if any(_order_told_conversely(claim_tokens, tok, st, t, result) for st, t in hits):
            continue
        hit = hits[0] if hits else None
        if hit is not None:
            result.antonyms.append(Link(tok, "antonym", hit[0], hit[1], accepted=False))


_TEMPORAL_CONVERSES = {"before": "after", "after": "before"}


def _order_told_conversely(claim_tokens: list[Token], tok: Token, st: SentenceTokens, target: Token, result: Alignment) -> bool:
    """Whether the claim's "before" and the source's "after" (or the reverse) join the same two events the
    other way round: "Talks broke down before dockworkers walked off" for "Dockworkers walked off after
    talks broke down" (the events' order is told, not changed)."""
    return _TEMPORAL_CONVERSES.get(tok.lower) == target.lower and _sides_crossed(claim_tokens, tok, st, target, result) is not None


def _sides_crossed(claim_tokens: list[Token], tok: Token, st: SentenceTokens, target: Token,
                   result: Alignment) -> tuple[Link, Link] | None:
    """The claim's last matched word before ``tok`` and its first after it, where the first is matched after
    the source's ``target`` and the second before it: the two sides of the connective trade places."""
    matched = {l.claim.position: l for l in result.links
               if l.accepted and l.evidence is st and l.target is not None}
    earlier = next((matched[t.position] for t in reversed(claim_tokens[: tok.position]) if t.position in matched), None)
    later = next((matched[t.position] for t in claim_tokens[tok.position + 1 :] if t.position in matched), None)
    if earlier is None or later is None:
        return None
    e, l = earlier.target.position, later.target.position  # type: ignore[union-attr]
    if target.position == 0:
        # "After talks broke down, dockworkers walked off": the connective's own clause comes first, so
        # the claim's words before its connective belong in the source's main clause, after that one.
        own_end = next((t.position for t in st.tokens[1:] if t.clause != target.clause), len(st.tokens))
        crossed = 0 < e < own_end <= l
    else:
        crossed = e > target.position > l
    return (earlier, later) if crossed else None


def _events_reordered(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment) -> None:
    """Two events the claim joins with the source's own "before" or "after", the other way round: "Talks
    broke down after dockworkers walked off" against "Dockworkers walked off after talks broke down". The
    words each side of the claim's connective are matched on the other side of the source's: the order of
    what happened is reversed (told with the other connective it is the same order, see
    _order_told_conversely)."""
    for tok in claim_tokens:
        if tok.lower not in _TEMPORAL_CONVERSES:
            continue
        for st in evidence:
            same = [t for t in st.tokens if t.lower == tok.lower]
            if len(same) != 1:
                continue  # with two, which one the claim's is, is a guess
            crossed = _sides_crossed(claim_tokens, tok, st, same[0], result)
            if crossed is not None:
                earlier, later = crossed
                earlier.accepted = later.accepted = False
                result.exchanges.append((earlier, later))
                return


def _inside_phrase(tokens: list[Token], tok: Token) -> bool:
    """Whether ``tok`` is a later word of a phrase the lexicon read as one word (the phrase's first token
    spans it): up to two tokens back, as the table's phrases are of up to three words."""
    return any(tokens[k].end >= tok.end for k in range(max(0, tok.position - 2), tok.position))


_PARTICLE_DENIALS = DENYING_PARTICLES | {"without"}


def _cues_under_denial(claim_tokens: list[Token], evidence: list[SentenceTokens], result: Alignment,
                       lexicon: Lexicon) -> None:
    """A hedge or request verb the claim states that its source denies: "urged unions to recommend that
    members reject the offer" against "urged unions to put it to members without a recommendation to
    reject it". Cue words are judged by their own checks, not aligned; the negation check sees a denial on
    both sides ("reject") and finds them agreeing. Only where every counterpart in the cited sentences is
    denied."""
    for tok in claim_tokens:
        if not tok.cue or tok.negated or tok.lower in NEGATION_CUES or not lexicon.lemmas(tok.lower, "v"):
            continue
        found = [(st, t) for st in evidence for t in st.tokens
                 if t.lower == tok.lower or relation(lexicon, tok.lower, t.lower) in ("lemma", "derivation")]
        # Denied by a particle right before it ("without a recommendation", "did not recommend"), not by a
        # verb of rejection, which the claim may say in other words ("turned down a pay offer").
        if found and all(t.negated and any(b.lower in _PARTICLE_DENIALS for b in st.tokens[max(0, t.position - 3) : t.position])
                         for st, t in found):
            st, t = found[0]
            result.polarity.append((Link(tok, "derivation", st, t, accepted=False), False))

