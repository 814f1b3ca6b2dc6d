"""Checks of a claim citing several sentences that joins what they say apart: a figure or date of one
attached to the event of another, a speaker or a subject of one given the words of another, and an
order in time that neither sentence states.
"""

from __future__ import annotations

import re

from .features import INVERTED_SPEECH_VERBS, SPEECH_VERBS, WEEKDAYS
from .numbers import ORDINAL_WORDS
from .lexicon import Lexicon
from .tokens import MONTH_WORDS, SentenceTokens, Token, _DETERMINERS
from .syntax import (LABEL_RE, _BE_FORMS, _RELATIVES, _aside_end, _MODALS, _PLACE_PREPOSITIONS, _RELATIVE_TIME_OPENERS, _RELATIVE_TIME_UNITS,
                     _SUBJECT_AUXILIARIES, _SUBJECT_PRONOUN_WORDS, _figure_kind, _has_label, _is_question, _name_run,
                     _plural_noun, _speaks, _time_of, _verb_strength, _widened)
from .matching import Alignment, Link, relation


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


def _slots_filled_from_another(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A noun taken from one cited sentence into a slot another fills with a noun of its own: "Emergency
    services rescued 14 people from homes flooded by the river" against "… flooding about 300 homes" and
    "Emergency services rescued 14 people from vehicles trapped by floodwater". The claim's content word
    before it is matched in the second sentence, the function words between are the ones that follow
    there, and there the next word is a noun no claim word has: the claim's noun stands in its place
    (“homes” ≠ “vehicles”), as it would within one sentence."""
    by_position = {l.claim.position: l for l in result.links}
    used = {(id(l.evidence), l.target.position) for l in result.links if l.target is not None}
    for link in result.links:
        tok, st = link.claim, link.evidence
        if not link.accepted or st is None or link.target is None or tok.name or "n" not in lexicon.senses(tok.lower).pos:
            continue
        k = tok.position - 1
        while k >= 0 and not claim_tokens[k].content and not claim_tokens[k].name and claim_tokens[k].clause == tok.clause \
                and tok.position - k <= 3:
            k -= 1
        before = by_position.get(k) if k >= 0 else None
        between = claim_tokens[k + 1 : tok.position]
        if before is None or not before.accepted or before.evidence is None or before.evidence is st or before.target is None \
                or not between or claim_tokens[k].clause != tok.clause:
            continue
        # The slot of a preposition's object ("from homes", "of the plant"): not a verb's after "will", nor a
        # subject after "said", which another sentence may tell of ("He added that the result …").
        if between[0].lower not in lexicon.relation_words and between[0].lower != "of" \
                or any(t.lower not in _DETERMINERS for t in between[1:]):
            continue
        other, at = before.evidence, before.target.position + 1
        words = other.tokens[at : at + len(between)]
        if [t.lower for t in words] != [t.lower for t in between]:
            continue
        at += len(between)
        while at < len(other.tokens) and other.tokens[at].lower in _DETERMINERS:
            at += 1  # ("from the vehicles")
        if at >= len(other.tokens):
            continue
        slot = other.tokens[at]
        # The slot's noun heads its phrase: no adjective or participle before the head ("from a burning
        # house", "from nearby vehicles" say nothing here), and no noun after it ("a city centre").
        after = other.tokens[at + 1] if at + 1 < len(other.tokens) else None
        if not slot.content or slot.name or (id(other), at) in used or lexicon.senses(slot.lower).pos != {"n"} \
                or slot.lower.endswith(("ing", "ed")) or relation(lexicon, tok.lower, slot.lower) is not None \
                or (after is not None and after.clause == slot.clause and after.content and "n" in lexicon.senses(after.lower).pos):
            continue
        link.relation, link.evidence, link.target, link.accepted = "substitution", other, slot, False
        result.substitutions.append(link)


# Verbs of characterising another speaker may say inside what the claim's speaker says ("the plan, which
# critics called reckless, …"); "called" only before a word in lower case ("a group called Save Wisley" names).
_CALLING = frozenset(("called", "calls", "branded", "labelled", "labeled", "dubbed"))
# Between a voice's subject and its verb: "have described", "had long argued", "would later call".
_VOICE_AUXILIARIES = frozenset("have has had would will may might could should also long later previously repeatedly".split())


def _voices_crossed(claim_tokens: list[Token], result: Alignment) -> None:
    """Within one cited sentence, words that another speaker says there, given to the claim's: "Marsh said
    inflation was high" against "Marsh said inflation, which Roe described as high, remained stable", or
    "Marsh said inflation remained stable, although Roe described it as high". Between the source's verb
    the claim's verb is matched to and the word, another verb of saying whose subject is a name or a noun
    the claim's speaker is not (a pronoun may be the speaker: "Marsh said she had told staff that …")."""
    by_position = {l.claim.position: l for l in result.links}
    for verb in claim_tokens:
        # The claim's speaker right before its verb, matched in a sentence where a verb of saying follows it.
        link = by_position.get(verb.position - 1) if verb.lower in SPEECH_VERBS else None
        if link is None or not link.accepted or link.target is None or link.evidence is None or _has_label(link.evidence):
            continue
        speaker, st = link.claim, link.evidence
        said = next((t for t in st.tokens[link.target.position + 1 : link.target.position + 3] if t.lower in SPEECH_VERBS), None)
        if said is None or speaker.clause != verb.clause:
            continue
        # (what the claim's verb says runs to its next verb of saying: "Marsh said …, and Roe said …")
        stop = next((t.position for t in claim_tokens[verb.position + 1 :] if t.lower in SPEECH_VERBS), len(claim_tokens))
        speaking = {l.target.position for l in result.links if l.claim.position < verb.position and l.evidence is st
                    and l.target is not None} | {t.position for t in st.tokens if t.lower == speaker.lower}
        voiced_before: dict[str, set[int]] = {}  # another speaker before the claim's → the claim words they say
        for word in result.links:
            target = word.target
            if not (verb.position < word.claim.position < stop) or not word.accepted or word.evidence is not st \
                    or target is None or link.target.position <= target.position <= said.position:
                continue
            if target.position < link.target.position:
                # Before the speaker, a word is theirs only as what a quotation or clause of theirs says ("Prices
                # are too high, Marsh said"), not under another's verb: "Roe described inflation as too high,
                # but Marsh said it would fall". Two such words, so a noun Marsh's "it" may stand for is no
                # voice of Roe's ("Roe said the plan was reckless and Marsh said it would fail").
                other = _voice_before(st, target, speaking)
                if other:
                    voiced_before.setdefault(other, set()).add(word.claim.position)
                    if len(voiced_before[other]) >= 2:
                        result.speakers_pooled.append((link, st.sentence.id, other, speaker.text))
                        return
                continue
            voice = next((t for t in reversed(st.tokens[said.position + 1 : target.position]) if t.lower in SPEECH_VERBS
                          or (t.lower in _CALLING and t.position + 1 < len(st.tokens) and not st.tokens[t.position + 1].text[0].isupper())),
                         None)
            if voice is None or voice.position < 2:
                continue
            # Its subject, past auxiliaries ("which inspectors have described as unsafe"); a relative pronoun
            # stands for the noun before it, which is not the claim's speaker there ("the council, which
            # described the bridge as unsafe"), a personal one may be ("Marsh said she had told staff …").
            at = _subject_at(st, voice, said.position)
            subject = st.tokens[at]
            relative = subject.lower in ("which", "who") and at > said.position + 1
            if not (subject.content or subject.name or relative) or (subject.lower in _SUBJECT_PRONOUN_WORDS and not relative) \
                    or subject.position in speaking:
                continue
            # The voice opens a clause of its own ("although Roe described it", "which critics called"), not
            # a noun's reduced relative, which only tells which one ("the figures the agency reported on
            # Monday were high" is Marsh's, of the figures the agency reported).
            opener = subject.position - 1
            while opener >= 0 and st.tokens[opener].lower in _DETERMINERS:
                opener -= 1
            if not relative and opener >= 0 and (st.tokens[opener].content or st.tokens[opener].name):
                continue
            # Inside an aside between commas, the voice ends with it: "the bank, which analysts warned was
            # slow, would act" has Marsh say the bank would act.
            aside = next((t for t in reversed(st.tokens[said.position + 1 : voice.position + 1]) if t.lower in _RELATIVES), None)
            end = _aside_end(st.tokens, st.sentence.text, aside.position) if aside is not None else None
            if end is not None and target.position >= end:
                continue
            said_by = st.tokens[at - 1].text if relative else subject.text  # (what "which" stands for: "council")
            result.speakers_pooled.append((link, st.sentence.id, said_by, speaker.text))
            return


def _subject_at(st: SentenceTokens, voice: Token, floor: int) -> int:
    """Where the subject of a verb of saying stands: right before it, past auxiliaries ("have described"),
    not before ``floor``."""
    at = voice.position - 1
    while at > floor and st.tokens[at].lower in _VOICE_AUXILIARIES:
        at -= 1
    return at


def _voice_before(st: SentenceTokens, target: Token, speaking: set[int]) -> str:
    """Who else speaks the word at ``target``: the subject of the nearest verb of saying before it (past
    auxiliaries), a name or a noun that is not the claim's speaker, or ""."""
    voice = next((t for t in reversed(st.tokens[: target.position]) if t.lower in SPEECH_VERBS), None)
    if voice is None or voice.position == 0:
        return ""
    at = _subject_at(st, voice, 0)
    subject = st.tokens[at]
    if subject.lower in ("which", "who") and at > 0:
        subject = st.tokens[at - 1]  # what it stands for
    if not (subject.content or subject.name) or subject.lower in _SUBJECT_PRONOUN_WORDS or subject.position in speaking:
        return ""
    return subject.text


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
        # And the sentence's own order word must order what the claim's words before it tell, not an event
        # of its own: "Rovers finished the match with ten men after Price was sent off" orders no goal by
        # Moreno; "It came after talks broke down" orders what "it" stands for.
        if not causal and any(_orders_the_claims(st, result) for key, st in told.items() if key in after):
            continue
        result.unsupported_verbs.append(f"{tok.text} (what one cited sentence tells, for what another does)" if causal else tok.text)
        return


def _orders_the_claims(st: SentenceTokens, result: Alignment) -> bool:
    """Whether ``st`` has an order word whose clause, before it, holds no content word of its own that the
    claim leaves unmatched (a pronoun and a light verb, "It came after", or words the claim has)."""
    matched = {l.target.position for l in result.links if l.evidence is st and l.target is not None}
    for p in (p for w in _ORDER_WORDS for p in st.by_lower.get(w, ())):
        order = st.tokens[p]
        # (the order word opens a clause of its own: what it orders is the clause before)
        own = [t for t in st.tokens[:p] if t.clause in (order.clause, order.clause - 1) and (t.content or t.name)
               and t.position not in matched and t.lower not in _LIGHT_ORDER_VERBS and not LABEL_RE.match(t.text)]
        if not own:
            return True
    return False


# Verbs that only place an event in time ("It came after", "This followed").
_LIGHT_ORDER_VERBS = frozenset("came come comes happened happens occurred occurs followed follows took place".split())


# Words that give what follows as the cause of what comes before: "… because it had cooperated".
_CAUSE_CONNECTIVES = frozenset(("because", "owing", "thanks"))


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


def _subjects_said_otherwise(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """A subject whose own sentence says the opposite of what the claim says of it, the claim's verb being
    matched elsewhere: "Halvorsen's net income rose 6 percent" against "revenue …, up 6 percent" and "Net
    income fell to $310 million". Right after the subject's counterpart (past auxiliaries) stands the
    verb its sentence gives it; an opposite of the claim's verb there is the claim reversed."""
    by_position = {l.claim.position: l for l in result.links}
    for link in result.links:
        tok, target, st = link.claim, link.target, link.evidence
        if not link.accepted or target is None or st is None or not (tok.name or lexicon.lemmas(tok.lower, "n")):
            continue
        verb_tok = next((t for t in claim_tokens[tok.position + 1 : tok.position + 3]
                         if t.clause == tok.clause and t.lower not in _SUBJECT_AUXILIARIES), None)
        verb = by_position.get(verb_tok.position) if verb_tok is not None else None
        if verb is None or not verb.accepted or verb.target is None or (verb.evidence is st and verb.target.position > target.position):
            continue
        if _verb_strength(claim_tokens, verb_tok, lexicon) < 1:  # type: ignore[arg-type]
            continue
        tokens = st.tokens
        own = next((t for t in tokens[target.position + 1 : target.position + 3]
                    if t.clause == target.clause and t.lower not in _SUBJECT_AUXILIARIES), None)
        if own is None or own.position in {l.target.position for l in result.links if l.evidence is st and l.target is not None} \
                or _verb_strength(tokens, own, lexicon) < 1:
            continue
        if relation(lexicon, verb_tok.lower, own.lower) == "antonym":  # type: ignore[union-attr]
            opposite = Link(verb_tok, "antonym", st, own, accepted=False)  # type: ignore[arg-type]
            verb.accepted = False
            result.antonyms.append(opposite)


# What may stand between coordinated subjects and their verb: "Hollis and Pike both pleaded", "have all".
_BEFORE_SHARED_VERB = frozenset(("both", "all")) | _SUBJECT_AUXILIARIES
# How the verb of one cited sentence may stand for a subject's own sentence's word (see _conjuncts_pooled).
_SAME_VERB = frozenset(("exact", "lemma", "synonym", "derivation", "more_general"))


def _conjuncts_pooled(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """Two subjects joined by "and" that share the claim's verb, each found in its own cited sentence,
    where only one of those sentences says the verb of it: "Both unemployment and vacancies rose" against
    "The unemployment rate rose …" and "The number of job vacancies fell …"; "Hollis and Pike both
    pleaded guilty" against "Hollis had denied all the charges" and "Pike … after pleading guilty". The
    verb is said of each subject, so each subject's sentence must say it (or the verb's own sentence must
    name that subject)."""
    by_position = {l.claim.position: l for l in result.links}
    n = len(claim_tokens)
    for i, conj in enumerate(claim_tokens):
        if conj.lower != "and" or not i:
            continue
        left = claim_tokens[i - 1]
        # The left subject opens the claim, after at most "Both" and a determiner, in up to three words
        # that cannot be a verb ("Unemployment rose and vacancies fell" joins two clauses): a name, a
        # word with no verb sense, or a plural noun ("Schools").
        start = 0
        while start < i and claim_tokens[start].lower in _DETERMINERS | {"both"}:
            start += 1
        words = claim_tokens[start:i]
        if not words or len(words) > 3 or any(t.clause != words[0].clause for t in words) or not all(
                t.name or (t.content and (not lexicon.lemmas(t.lower, "v") or _plural_noun(t.lower, lexicon)))
                for t in words):
            continue
        j = i + 1
        while j < n and claim_tokens[j].lower in _DETERMINERS:
            j += 1
        verb_at = None
        for q in range(1, 4):  # the right subject's words ("vacancies", "job vacancies", "Darren Pike")
            if j + q > n or not all(t.content or t.name for t in claim_tokens[j : j + q]):
                break
            m = j + q
            while m < n and claim_tokens[m].lower in _BEFORE_SHARED_VERB:
                m += 1
            # (a plural noun is no verb after two subjects: "rail services were", not "services")
            if m < n and not claim_tokens[m].name and lexicon.lemmas(claim_tokens[m].lower, "v") \
                    and not any(lemma != claim_tokens[m].lower for lemma in lexicon.lemmas(claim_tokens[m].lower, "n")) \
                    and claim_tokens[m].lower not in SPEECH_VERBS and claim_tokens[m].clause == claim_tokens[j].clause:
                verb_at = (j + q - 1, m)
                break
        if verb_at is None:
            continue
        right, verb_tok = claim_tokens[verb_at[0]], claim_tokens[verb_at[1]]
        verb = by_position.get(verb_tok.position)
        if verb is None or not verb.accepted or verb.evidence is None or verb.target is None:
            continue
        for head in (left, right):
            link = by_position.get(head.position)
            if link is None or not link.accepted or link.evidence is None or link.evidence is verb.evidence:
                continue
            if head.stem in verb.evidence.by_stem:
                continue  # the verb's own sentence names this subject too
            own = link.evidence.tokens
            if any(t.content and (t.stem in (verb_tok.stem, verb.target.stem) or lexicon.relation(verb_tok.lower, t.lower) in _SAME_VERB)
                   for t in own):
                continue
            said = f"{head.text} {verb_tok.text}"
            if said not in result.unsupported_verbs:
                result.unsupported_verbs.append(said)


def _modifiers_pooled(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """An adjective from one cited sentence put on a noun from another, where neither sentence has the
    two together: "visual effects" against "…visually evoked potentials." and "…attention's effects on
    accuracy". Each word is matched, yet no sentence says the noun is of that kind."""
    by_position = {l.claim.position: l for l in result.links}
    for tok in claim_tokens[:-1]:
        head = claim_tokens[tok.position + 1]
        mod, noun = by_position.get(tok.position), by_position.get(head.position)
        if mod is None or noun is None or not (mod.accepted and noun.accepted) or mod.evidence is None \
                or noun.evidence is None or mod.evidence is noun.evidence or head.clause != tok.clause:
            continue
        if tok.name or head.name or not (tok.content and head.content) or "-" in tok.lower or tok.lower[0].isdigit():
            continue  # (a compound, "two-year", may be read off the other's words: "two-year yields" are on bonds)
        # An adjective only ("visual", not "opening", which may be the noun before a verb: "opening beat").
        if lexicon.senses(tok.lower).pos != {"a"} or "n" not in lexicon.senses(head.lower).pos:
            continue
        if head.stem in mod.evidence.by_stem or tok.stem in noun.evidence.by_stem:
            continue  # one of the sentences has both: the alignment took the noun from the other
        said = f"{tok.text} {head.text}"
        if said not in result.unsupported_verbs:
            result.unsupported_verbs.append(said)


def _heads_traded(claim_tokens: list[Token], result: Alignment, lexicon: Lexicon) -> None:
    """Two modifiers that trade their nouns: "the Aria SUV and the Novu hatchback" against "the Aria
    hatchback and Novu SUV". Each word is in the sentence, but in the source the claim's modifier stands
    before another claim word's noun, and the claim's noun after another claim word's modifier."""
    by_position = {l.claim.position: l for l in result.links}
    by_target = {(id(l.evidence), l.target.position): l for l in result.links
                 if l.accepted and l.target is not None and l.evidence is not None}
    for tok in claim_tokens[:-1]:
        head = claim_tokens[tok.position + 1]
        mod, noun = by_position.get(tok.position), by_position.get(head.position)
        if mod is None or noun is None or not (mod.accepted and noun.accepted) or mod.evidence is None \
                or mod.evidence is not noun.evidence or head.clause != tok.clause or head.name:
            continue
        if not (tok.name or "n" in lexicon.senses(tok.lower).pos or "a" in lexicon.senses(tok.lower).pos) \
                or "n" not in lexicon.senses(head.lower).pos:
            continue
        a, b = mod.target.position, noun.target.position  # type: ignore[union-attr]
        if b == a + 1:
            continue
        tokens = mod.evidence.tokens
        after_mod = by_target.get((id(mod.evidence), a + 1))
        before_noun = by_target.get((id(mod.evidence), b - 1)) if b else None
        if after_mod is None or before_noun is None or after_mod is noun or before_noun is mod:
            continue
        if not (tokens[a + 1].content and "n" in lexicon.senses(tokens[a + 1].lower).pos):
            continue
        # A full crossing: the claim pairs the other two as well ("the Novu hatchback").
        if before_noun.claim.position + 1 != after_mod.claim.position:
            continue
        said = f"{tok.text} {head.text}"
        if said not in result.unsupported_verbs:
            result.unsupported_verbs.append(said)


def _names_regrouped(claim_tokens: list[Token], result: Alignment) -> None:
    """A capitalised run of the claim made of two of the source's: "Commons Leader Grant Shapps" against
    "Defence Secretary Grant Shapps and Commons Leader Penny Mordaunt". Each word is there, but in the
    source the title goes on to another name and the name follows another title."""
    by_position = {l.claim.position: l for l in result.links}
    targeted = {(id(l.evidence), l.target.position) for l in result.links if l.target is not None}
    for tok in claim_tokens[:-1]:
        nxt = claim_tokens[tok.position + 1]
        if not (tok.text[0].isupper() and nxt.text[0].isupper()) or nxt.start != tok.end + 1:
            continue
        a, b = by_position.get(tok.position), by_position.get(nxt.position)
        if a is None or b is None or not (a.accepted and b.accepted) or a.evidence is None or a.evidence is not b.evidence \
                or a.target is None or b.target is None or b.target.position == a.target.position + 1:
            continue
        tokens = a.evidence.tokens
        after, before = a.target.position + 1, b.target.position - 1
        if after >= len(tokens) or before < 0 or after == before:
            continue  # (one word between them is a middle name dropped: "Dr Adeyemi" for "Dr Samuel Adeyemi")
        if any(t.lower == tok.lower and t.position + 1 < len(tokens) and tokens[t.position + 1].lower == nxt.lower
               for t in tokens):
            continue  # the pair stands together elsewhere in the sentence: the alignment took another "Corvex"
        if tokens[after].text[0].isupper() and tokens[before].text[0].isupper() \
                and (id(a.evidence), after) not in targeted and (id(a.evidence), before) not in targeted \
                and tokens[after].start == tokens[a.target.position].end + 1 \
                and tokens[b.target.position].start == tokens[before].end + 1:
            said = f"{tok.text} {nxt.text}"
            if said not in result.unsupported_verbs:
                result.unsupported_verbs.append(said)


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
