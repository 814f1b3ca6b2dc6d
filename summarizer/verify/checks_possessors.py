"""Checks of possessives: a claim word matched with an owner whose owned noun it leaves out ("The
man was 30" against "The man's son was 30"), also written with "of" or "to"; a possessive that owns
something else in the source; and a possessive pronoun where the source names another owner.
"""

from __future__ import annotations

from .features import SPEECH_VERBS
from .numbers import FIGURE_WORDS
from .lexicon import Lexicon
from .tokens import SentenceTokens, Token, _DETERMINERS, is_possessive
from .syntax import _before_noun, _verb_strength
from .matching import Alignment, Link


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
