"""What a token does in its sentence, read from the words around it (no parser): whether it is surely
a verb, the verb of a clause or a passive, what time a verb tells, a noun's number, what a figure
counts, who speaks in a sentence ("said", "according to", a transcript's label). Shared by the matching
and the checks.
"""

from __future__ import annotations

import re

from ..textnorm import LazyPattern
from .features import INVERTED_SPEECH_VERBS, SPEECH_VERBS, WEEKDAYS
from .numbers import DURATION_UNIT_WORDS, FIGURE_WORDS, ORDINAL_WORDS, YEAR_RE
from .lexicon import Lexicon
from .tokens import CONNECTIVES, MONTH_WORDS, SentenceTokens, Token, _DETERMINERS, _after_determiner

_PLACE_PREPOSITIONS = frozenset("at in from near inside outside across".split())
_BE_FORMS = frozenset("is are was were be been being am got get gets getting".split())


# A unit of time and its "-ly" adjective share a stem, not a meaning: "a monthly report" is not "a report
# after a month" (the adjective may still come from a modifier: "third-quarter" for "quarterly").
_TIME_UNITS = DURATION_UNIT_WORDS | {"night", "nights", "quarter", "quarters"}
# A rate adjective or adverb and the unit it counts per; and the words that make "a day" a rate.
_RATE_UNITS = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month",
               "quarterly": "quarter", "yearly": "year", "annual": "year", "annually": "year"}
# Words before "a year" that make it a span: "in a year", "within a day", "for an hour", "up to a week",
# "more than a month".
_RELATION_PREPOSITIONS = frozenset("in within for over during after before inside throughout under to than about around from".split())


def _per_unit(tokens: list[Token], pos: int) -> bool:
    """Whether the time unit at ``pos`` is counted per: "94 minutes a day", "$1.50 an hour", "per year",
    "each week". Not after a preposition: "in a year" and "within a day" are one span, not a rate."""
    before = tokens[pos - 1].lower if pos else ""
    if pos + 1 < len(tokens) and tokens[pos + 1].lower in _SPAN_TAILS:
        return False  # "up 12 percent from a year earlier", "a week ago": a point in time
    if before in ("a", "an"):
        return pos >= 2 and tokens[pos - 2].lower not in _RELATION_PREPOSITIONS
    return before in ("per", "each", "every")


_SPAN_TAILS = frozenset("earlier ago later before after previously".split())


def _figure_end(tokens: list[Token], i: int) -> int:
    """The last token of the figure token ``i`` opens: "12.5" and "1,200" are two digit tokens each."""
    k = i
    while k + 1 < len(tokens) and tokens[k + 1].text[0].isdigit() and tokens[k].end + 1 == tokens[k + 1].start:
        k += 1
    return k


def _own_preposition(tokens: list[Token], tok: Token, lexicon: Lexicon) -> Token | None:
    """The preposition right before a word, past a determiner ("from the north"), or None."""
    k = tok.position - 1
    if k >= 0 and tokens[k].lower in _DETERMINERS:
        k -= 1
    return tokens[k] if k >= 0 and tokens[k].lower in lexicon.relation_words and tokens[k].clause == tok.clause else None


def _coordinated(tok: Token, claim_tokens: list[Token]) -> bool:
    """Whether ``tok`` is a further item of a list ("weapons or drugs"): after "and", "or", "nor" or a comma,
    possibly with a determiner between."""
    k = tok.position - 1
    while k >= 0 and claim_tokens[k].lower in _DETERMINERS and not claim_tokens[k].content:
        k -= 1
    return k >= 0 and (claim_tokens[k].lower in ("and", "or", "nor") or claim_tokens[k].clause != tok.clause)


def _is_count(token: Token) -> bool:
    if "-" in token.lower and any(part[:1].isalpha() for part in token.lower.split("-")[1:]):
        return False  # "a 120-year-old bridge", "a nine-day closure": a modifier, not a count of the noun
    return (token.text[0].isdigit() and not YEAR_RE.fullmatch(token.lower)) or (
        token.lower in FIGURE_WORDS and token.lower not in ("one", "per", "cent", "percent", "pct"))


# Words before a verb that put it in the future: "will reopen", "is due to reopen", "is set to sign".
_FUTURE_BEFORE = frozenset("will shall 'll wo".split())
_FUTURE_BEFORE_TO = frozenset("going set due scheduled poised about slated track".split())
_MODAL_BEFORE = frozenset("would could may might should must can cannot to".split())


def _verb_lemmas(word: str, lexicon: Lexicon) -> list[str]:
    """The verb lemmas of ``word``; for a hand-kept phrase that opens with a verb ("came_into_force",
    "take_effect"), the phrase with its verb's lemma, so its tense is read like a verb's."""
    lemmas = lexicon.lemmas(word, "v")
    if lemmas or "_" not in word:
        return lemmas
    head, rest = word.split("_", 1)
    if head in lexicon.particles:
        return []
    return [f"{base}_{rest}" for base in lexicon.lemmas(head, "v") if f"{base}_{rest}" in lexicon.extra_words]


def _time_of(tokens: list[Token], verb: Token, lexicon: Lexicon) -> str | None:
    """ "future" ("will reopen", "is due to reopen"), "past" ("reopened", "has reopened"), "modal" (after a
    modal or "to": the hedge checks' business), "bare" (a form that may be past or present: "cut"), "other"
    (a present in -s or -ing), or None for no verb."""
    # The words of its verb group: back to the first content word that is no adverb ("will soon reopen").
    # The words of its verb group: back to the first content word that is no adverb ("will soon reopen"),
    # which is kept when "to" follows it ("is due to reopen", "was poised to raise").
    before: list[Token] = []
    for t in reversed(tokens[max(0, verb.position - 4) : verb.position]):
        if t.clause != verb.clause:
            break
        if t.content and not t.lower.endswith("ly") and not _adverb_only(t.lower, lexicon):
            if before and before[0].lower == "to":
                before.insert(0, t)
            break
        before.insert(0, t)
    words = [t.lower for t in before]
    if words and (words[-1] in _DETERMINERS or words[-1].endswith("'s")):
        return None  # "the bill": a noun
    for i, word in enumerate(words):
        if word in _FUTURE_BEFORE or (word == "to" and i and words[i - 1] in _FUTURE_BEFORE_TO):
            return "future"
    if any(word in _MODAL_BEFORE for word in words):
        return "modal"  # "would cut", "could cut", "to cut"
    lemmas = _verb_lemmas(verb.lower, lexicon)
    if not lemmas:
        return None
    head = verb.lower.split("_")[0]  # a phrasal verb's verb: "goes" of "goes on"
    if head.endswith(("s", "ing")):
        return "other"  # "votes on Monday": a present may tell of what is scheduled
    if any(word in ("has", "have", "had") for word in words) or any(lemma.split("_")[0] != head for lemma in lemmas):
        return "past"
    if head not in _PAST_AS_BASE:
        return "other"  # "The two sides meet again next month": a present, which may be scheduled
    return "bare"  # "cut", "hit": past or present, not the future


# Verbs whose past is their base form: a bare "cut" may tell of what was done; a bare "meet" is present.
_PAST_AS_BASE = frozenset(
    "cut hit put set let shut cost hurt quit spread split burst cast bet bid broadcast forecast upset read rid "
    "shed slit thrust beat".split())


def _adverb_only(word: str, lexicon: Lexicon) -> bool:
    """ "soon", "still": an adverb and nothing else."""
    return bool(lexicon.lemmas(word, "r")) and not any(lexicon.lemmas(word, pos) for pos in "nva")


# A transcript's speaker label: "SATO:", "MS. OKAFOR (State Education Department):".
LABEL_RE = LazyPattern(r"[A-Z][A-Z.'\- ]{1,40}(?:\([^)]{0,60}\))?:")


def _has_label(st: SentenceTokens) -> bool:
    """Whether a sentence opens with a transcript's speaker label ("OKOYE:", "MS. OKAFOR (State …):")."""
    return LABEL_RE.match(st.sentence.text) is not None


def _name_run(tokens: list[Token], tok: Token) -> list[Token]:
    """The capitalised words around ``tok`` in its clause: the whole of a name ("U.S. Geological Survey")."""
    return _widened(tokens, [tok])


def _widened(tokens: list[Token], run: list[Token]) -> list[Token]:
    """``run`` (words one after another) with the capitalised words next to it in its clause."""
    clause = run[0].clause
    first, last = run[0].position, run[-1].position
    while first and tokens[first - 1].text[0].isupper() and tokens[first - 1].clause == clause:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].text[0].isupper() and tokens[last + 1].clause == clause:
        last += 1
    return tokens[first : last + 1]


_SUBJECT_AUXILIARIES = _BE_FORMS | frozenset("has have had will would has not".split())
_OBJECT_PRONOUNS = frozenset("it them him her this these those".split())
_SUBJECT_PRONOUN_WORDS = frozenset("he she it they we i you who which that".split())



_RELATIVES = frozenset(("which", "who", "whose"))
# Verbs of saying told to someone, who stands between the verb and what was said ("told supporters in
# Leeds that …"), in at most so many words.
TELLING_VERBS = frozenset(("told", "tell", "tells", "telling"))
HEARER_REACH = 5


def _aside_end(tokens: list[Token], text: str | None, at: int) -> int | None:
    """Where the sentence carries on after the aside that opens at ``at``, or None: an aside is a relative
    clause between commas ("said inflation, which reached 5.2% in October, remained high"), which tells of
    a word and leaves the clause around it to go on after its closing comma."""
    if text is None or at < 1 or tokens[at].lower not in _RELATIVES \
            or not text[tokens[at - 1].end : tokens[at].start].strip().endswith(","):
        return None
    for k in range(at + 1, len(tokens)):
        between = text[tokens[k - 1].end : tokens[k].start]
        if "," in between:
            return k
        if any(mark in between for mark in ";:()\u2014"):
            return None
    return None


# A claim that reports a question: "asked whether the lane would go ahead", "asked Dr Lindqvist how many
# posts were vacant", "asked about the buyback".
_ASKING_VERBS = frozenset("asked asks ask asking wondered queried".split())
_QUESTION_OPENERS = frozenset("whether if how what why when who which where about".split())


def reported_question(tokens: list[Token]) -> Token | None:
    """The verb of asking a claim reports a question with, or None: an asking verb with a question word
    within three words after it ("asked whether", "asked the minister how", "asked about")."""
    for tok in tokens:
        if tok.lower in _ASKING_VERBS and any(t.lower in _QUESTION_OPENERS for t in tokens[tok.position + 1 : tok.position + 4]):
            return tok
    return None


def _is_question(st: SentenceTokens) -> bool:
    return st.sentence.text.rstrip().rstrip('"\u201d\'').endswith("?")


def _figure_kind(tok: Token) -> str | None:
    """What a figure counts, for comparing figures of one kind: a year, a share, money, a weekday, a month,
    another number; None for a word that is no figure."""
    if tok.lower in WEEKDAYS:
        return "weekday"
    if tok.lower in ORDINAL_WORDS or (tok.text[0].isdigit() and tok.lower.endswith(("st", "nd", "rd", "th"))):
        return "ordinal"  # "seventh", "14th"
    if tok.lower in MONTH_WORDS:
        return "month"
    if not tok.text[0].isdigit() and tok.text[0] not in "$\u00a3\u20ac":
        return None
    if YEAR_RE.fullmatch(tok.lower):
        return "year"
    if tok.text.endswith("%"):
        return "share"
    return "money" if tok.text[0] in "$\u00a3\u20ac" else "number"


# Times told relative to the telling: "last month", "next week", "this year", "yesterday".
_RELATIVE_TIME_OPENERS = frozenset("last next this previous coming".split())
_RELATIVE_TIME_UNITS = frozenset("week weekend month year quarter season summer winter spring autumn fall".split())


def _plural_noun(word: str, lexicon: Lexicon) -> bool:
    lemmas = lexicon.lemmas(word, "n")
    return bool(lemmas) and word not in lemmas  # "families", "people"; not "glasses", "sales", "news"


def _before_noun(tokens: list[Token], tok: Token, nxt: Token | None, lexicon: Lexicon) -> bool:
    """Whether ``tok`` modifies the noun right after it ("share price"); an inflected verb ("fell") is no noun."""
    if nxt is None or not nxt.content or nxt.start != tok.end + 1 or not lexicon.lemmas(nxt.lower, "n"):
        return False
    verb_lemmas = lexicon.lemmas(nxt.lower, "v")
    return not (verb_lemmas and nxt.lower not in verb_lemmas) and not _finite_verb(tokens, nxt, lexicon)


# Ordinals and years pick one of a series ("the first exercise", "the 2020 Olympics"); a count or an
# amount after a definite or possessive word describes the one thing it names ("the two suspects", "its
# 2% target", "none of the 12 passengers", "the 1 March deadline").
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                         r"eleventh|twelfth|last|final")


def _is_time_or_figure(tok: Token) -> bool:
    return tok.text[0].isdigit() or tok.lower in WEEKDAYS or tok.lower in MONTH_WORDS


def _role_word(tokens: list[Token], position: int) -> Token | None:
    """The word before a figure, past the words that only qualify it: "from nearly 94", "to a peak of 41"."""
    i = position - 1
    while i >= 0 and tokens[i].lower in _FIGURE_QUALIFIERS:
        i -= 1
    return tokens[i] if i >= 0 else None


_FIGURE_QUALIFIERS = frozenset(
    "nearly almost about around roughly approximately some just a an peak high low record of".split())
# Prepositions that give a figure its role in a change: from the old value, to (or by) the new one.
_ROLE_PREPOSITIONS = frozenset("from to by".split())


# Prefixes that make a verb of a verb, as in verbs WordNet lacks ("outspend", "outpoll").
_VERB_PREFIXES = ("out", "over", "under")


def _prefixed_verb(word: str, lexicon: Lexicon) -> str:
    """The verb to read a word WordNet lacks as: one made of a prefix and a verb it has ("outspent" is
    read as "spent", so that "had outspent" is a verb with participants); else the word itself."""
    if lexicon.senses(word).pos:
        return word
    for prefix in _VERB_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 3 and "v" in lexicon.senses(rest).pos:
            return rest
    return word


def _passive(tokens: list[Token], verb: Token, lexicon: Lexicon, *, within_clause: bool = True) -> bool:
    """A participle after a form of "be" ("was cancelled", "has been cancelled"), in its clause unless not
    ``within_clause``."""
    if verb.lower.split("_")[0].endswith("ing"):
        return False  # "is suing", "was carrying out": a progressive, active (a passive one is "is being sued")
    word = _prefixed_verb(verb.lower, lexicon)
    lemmas = lexicon.lemmas(word, "v")
    # A participle spelled as its lemma ("offset", "cut", "hit") is one when "by" follows: "had been offset by".
    by_follows = verb.position + 1 < len(tokens) and tokens[verb.position + 1].lower == "by"
    return bool(lemmas) and (word not in lemmas or by_follows) and any(
        t.lower in _BE_FORMS and (t.clause == verb.clause or not within_clause)
        for t in tokens[max(0, verb.position - 3) : verb.position])


def _after_according_to(tokens: list[Token], position: int, *, between: int) -> bool:
    """Whether "according to" comes right before ``position``, past articles and ``between`` other words
    ("according to the ministry", "according to its lawyers")."""
    before = [t.lower for t in tokens[max(0, position - 3 - between) : position] if t.lower not in ("the", "a", "an")]
    return any(before[len(before) - 2 - k : len(before) - k] == ["according", "to"] for k in range(between + 1))


# Participles of reporting verbs that open a clause of their own: its speaker is the sentence's subject.
_SPEECH_PARTICIPLES = frozenset("saying warning telling arguing noting insisting stressing".split())  # (not "adding": "adding 90 minutes")


def _speaks(st: SentenceTokens, tok: Token) -> bool:
    """Whether ``tok`` (or the phrase it heads, "a police spokesman") is the speaker of its sentence:
    within two words before a reporting verb, right after an inverted one ("…, said Lee"), after
    "according to", or in a transcript's label ("MS. OKAFOR (State Education Department): …")."""
    tokens, p = st.tokens, tok.position
    if p and tokens[p - 1].lower in ("of", "for", "to", "with", "by") and not (
            p > 1 and tokens[p - 2].lower == "according"):
        return False  # "a lawyer for residents said", "told residents": not the one speaking
    colon = st.sentence.text.find(":")
    label = [t for t in tokens if t.end <= colon]
    if 0 < colon and tok.end <= colon and len(label) <= 8 and not any(t.lower in SPEECH_VERBS for t in label):
        return True  # a transcript's label: "MS. OKAFOR (State Education Department): …"
    if any(t.lower in SPEECH_VERBS for t in tokens[p + 1 : p + 4] if t.clause == tok.clause):
        return True
    if tok.text[0].isupper() and _speaks_past_the_name(tokens, tok):
        return True
    if tok.clause == 0 and tok.text[0].isupper() and p < 6 and any(
            t.lower in _SPEECH_PARTICIPLES and t.position and tokens[t.position - 1].clause != t.clause
            and t.position - 1 < len(tokens) and st.sentence.text[tokens[t.position - 1].end : t.start].startswith(",")
            for t in tokens[p + 1 :]):
        return True  # the subject of a participle's clause: "Premier Laura Whitfield declared …, saying …"
    if p + 1 < len(tokens) and tokens[p + 1].lower in SPEECH_VERBS and st.sentence.text.startswith(", ", tok.end):
        return True  # the name of an appositive: "The Rural Party's leader, Maja Holm, said"
    after = tokens[p + 1 : p + 7]
    if after and (after[0].lower in _PLACE_PREPOSITIONS or after[0].lower == "of") and after[0].clause == tok.clause:
        for t in after[1:]:  # "Nurses at the clinic said", "Residents of Birch Lane asked": a place between
            if t.clause != tok.clause:
                break
            if t.lower in SPEECH_VERBS:
                return True
    text = st.sentence.text
    if after and text.startswith(", ", tok.end) and after[0].lower in ("a", "an", "the", "who", "which"):
        # "Roe, a spokesman for the ministry, said": an appositive; "Ortiz, who voted against the plan,
        # said": a relative clause.
        close = text.find(", ", after[0].start)
        if 0 < close - after[0].start <= 80:
            verb = next((t for t in tokens if t.start > close), None)
            if verb is not None and verb.lower in SPEECH_VERBS:
                return True
    first = p  # back to the name's first word: "said Lee Jae Myung", past a title: "said chief executive Marco Bellini"
    while first and tokens[first - 1].clause == tok.clause and tokens[first - 1].lower not in INVERTED_SPEECH_VERBS \
            and (tokens[first - 1].text[0].isupper() or (tokens[first - 1].content and p - first < 4)):
        first -= 1
    before = [t.lower for t in tokens[max(0, first - 4) : first] if t.lower not in ("the", "a", "an")]
    if before and before[-1] in INVERTED_SPEECH_VERBS:  # "said Lee"; but "told residents" names the listener
        # Only where the frame ends after the speaker ("…, said Lee." / "said Lee on Tuesday"), not in
        # "Gerald Fitch, said Lamont would appeal", where Lamont is spoken of.
        end = p
        while end + 1 < len(tokens) and tokens[end + 1].text[0].isupper() and tokens[end + 1].clause == tok.clause:
            end += 1
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        return nxt is None or nxt.clause != tok.clause or nxt.lower in _INVERTED_FRAME_TAIL
    return _after_according_to(tokens, p, between=2)  # "according to the Kessel fire brigade"


def _speaks_past_the_name(tokens: list[Token], tok: Token) -> bool:
    """Whether a reporting verb follows the name ``tok`` is in, past the rest of a long name ("Home
    Secretary James Aldridge said") or a title and the name of who speaks for it ("Network Rail route
    director Priya Sandhu said"): the words are the one phrase that speaks, as "according to" it."""
    end = tok.position
    while end + 1 < len(tokens) and tokens[end + 1].text[0].isupper() and tokens[end + 1].clause == tok.clause:
        end += 1
    k, titles = end + 1, 0
    while k < len(tokens) and titles < 3 and tokens[k].clause == tok.clause and tokens[k].text[0].islower() \
            and tokens[k].content and tokens[k].lower not in SPEECH_VERBS:
        k, titles = k + 1, titles + 1
    if titles and k < len(tokens) and tokens[k].text[0].isupper() and tokens[k].clause == tok.clause:
        end = k
        while end + 1 < len(tokens) and tokens[end + 1].text[0].isupper() and tokens[end + 1].clause == tok.clause:
            end += 1
    return any(t.lower in SPEECH_VERBS for t in tokens[end + 1 : end + 3] if t.clause == tok.clause)


# What may follow an inverted frame's speaker ("said Lee on Tuesday", "said Lee, who …").
_INVERTED_FRAME_TAIL = frozenset(
    "on in at of from who which when after before during last this yesterday today late early earlier told to with via".split())


_AUXILIARIES = frozenset("will would can could may might must should shall did does do to has have had".split())
_MODALS = frozenset("will would can could may might must should shall did does do".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she they it who which that".split())


def _reduced_relative(tokens: list[Token], verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` is a participle that narrows the noun before it, the clause's own verb coming
    later: "The time spent fetching water fell", "the money raised at the gala will go to the hospital".
    The noun is then the later verb's subject, not the participle's (whose doer may be anyone the source
    names). Only a form that is not the verb's lemma ("spent", "raised"), right after a common noun, with
    a surely-finite verb (a past form, or after an auxiliary) later in its clause and none before it; and
    followed as a passive participle is, by no object: a preposition, a figure, an -ing form ("spent
    fetching water", "trapped 430 metres underground"). "The government accepted that the runway would
    add …" and "The firm reported revenue rose" have the verb's object or its clause after it."""
    i = verb.position
    if not i or verb.name or verb.lower.endswith(("s", "ing")) or verb.lower in lexicon.lemmas(verb.lower, "v") \
            or not lexicon.lemmas(verb.lower, "v") or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.clause != verb.clause or not (nxt.lower in lexicon.relation_words or nxt.lower == "by"
                                         or nxt.text[0].isdigit() or nxt.lower.endswith("ing")):
        return False
    noun = tokens[i - 1]
    if not noun.content or noun.name or noun.clause != verb.clause or "n" not in lexicon.senses(noun.lower).pos:
        return False
    clause = [t for t in tokens if t.clause == verb.clause]
    if any(t.position < i - 1 and _verb_strength(tokens, t, lexicon) == 2 for t in clause):
        return False
    # ("fell" is a verb's lemma too, to fell a tree, but also a past form: that reading is finite)
    return any(t.position > i + 1 and not t.lower.endswith("ing") and (_verb_strength(tokens, t, lexicon) == 2 or (
        _verb_strength(tokens, t, lexicon) == 1 and not t.lower.endswith("s")
        and any(lemma != t.lower for lemma in lexicon.lemmas(t.lower, "v")))) for t in clause)


def _name_initial(tokens: list[Token], tok: Token) -> bool:
    """A capital letter closing a name ("the cargo vessel Marta K", "Malcolm X"): too short to be a name
    word of its own, yet the name's last word."""
    return len(tok.text) == 1 and tok.text.isupper() and tok.position > 0 and tokens[tok.position - 1].name \
        and tokens[tok.position - 1].clause == tok.clause


def _compound_verb(word: str, lexicon: Lexicon) -> str:
    """A compound WordNet lacks, ending in a verb's past or -ing form, read as that verb ("red-flagged"
    as "flagged", "fast-tracked" as "tracked"); any other word as itself."""
    if "-" in word and word.endswith(("ed", "ing")) and not lexicon.senses(word).pos:
        last = word.rsplit("-", 1)[1]
        if "v" in lexicon.senses(last).pos:
            return last
    return word


def _finite_verb(tokens: list[Token], tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok`` is the verb of a clause, what the clause says happened: after a modal ("will
    relay"), a participle after a form of "be" or "have" ("was approved", "has resigned"), or a past form
    right after its subject ("the board approved"). Participles used as adjectives ("customized plans",
    "a plan involving…") and -ing forms are not: they describe rather than assert."""
    word = _compound_verb(tok.lower, lexicon)
    if tok.name or "v" not in lexicon.senses(word).pos or not tok.position:
        return False
    before = tokens[tok.position - 1]
    # Past a degree or time adverb to the subject: "sales more than tripled", "the firm nearly doubled".
    k = tok.position - 1
    while k > 0 and tokens[k].lower in _PRE_VERB_ADVERBS and tokens[k].clause == tok.clause:
        k -= 1
    if k < tok.position - 1 and (tokens[k].lower != "more" or tokens[k + 1].lower == "than"):
        before = tokens[k]
    verb_lemmas = lexicon.lemmas(word, "v")
    # (A form that is also a lemma is inflected when it is another verb's form too: "fell" is "fall".)
    inflected = bool(verb_lemmas) and (word not in verb_lemmas or len(verb_lemmas) > 1)
    if before.lower in _MODALS:
        return True
    if before.lower in _BE_FORMS or before.lower in ("has", "have", "had"):
        return inflected and not tok.lower.endswith("ing")
    if inflected and not tok.lower.endswith(("ing", "s")) and before.clause == tok.clause:
        return before.lower in _SUBJECT_PRONOUNS or before.name or _name_initial(tokens, before) or (
            before.content and "n" in lexicon.senses(before.lower).pos and not _reduced_relative(tokens, tok, lexicon))
    # Between a noun and a determiner a present form is the verb too: "the agent offers a plan".
    nxt = tokens[tok.position + 1] if tok.position + 1 < len(tokens) else None
    if verb_lemmas and not tok.lower.endswith("ing") and before.clause == tok.clause and nxt is not None \
            and nxt.lower in _OBJECT_DETERMINERS and before.content and "n" in lexicon.senses(before.lower).pos:
        return True
    # After a subject pronoun a present form is a verb, though it could be a noun elsewhere ("budget
    # cuts"): "which worsens decoding", "we avoid building". Not after "that", also a determiner ("that plan").
    if verb_lemmas and not tok.lower.endswith("ing") and before.clause == tok.clause:
        if tok.lower.endswith("s"):
            if before.lower == "that":  # "activity that improves…": after a noun, "that" opens a relative clause
                head = tokens[before.position - 1] if before.position else None
                return head is not None and head.content and "n" in lexicon.senses(head.lower).pos \
                    and "v" not in lexicon.senses(head.lower).pos
            return before.lower in _THIRD_PERSON_SUBJECTS
        return tok.lower in verb_lemmas and before.lower in _PLURAL_SUBJECTS
    return False


_THIRD_PERSON_SUBJECTS = frozenset("he she it who which".split())
# Words that may stand between a subject and its verb without being either.
_PRE_VERB_ADVERBS = frozenset("more less than nearly almost also still just only roughly already "
                              "itself himself herself themselves".split())  # (and "The CMA itself proposed")
_PLURAL_SUBJECTS = frozenset("i we you they who".split())
_DEFINITE = _DETERMINERS - {"a", "an"}


def _verb_strength(tokens: list[Token], tok: Token, lexicon: Lexicon) -> int:
    """2: surely a verb here (after an auxiliary, or a past or -ing form: "accused", "won", "escorting");
    1: could be one ("beat", "talks", "state"); 0: not a verb."""
    if tok.strength < 0:
        tok.strength = _compute_verb_strength(tokens, tok, lexicon)
    return tok.strength


def _compute_verb_strength(tokens: list[Token], tok: Token, lexicon: Lexicon) -> int:
    word = tok.lower
    senses = lexicon.senses(word)
    if not senses.pos and "_" in tok.lower:
        # A phrase the hand-kept table merged, opening with an inflected verb ("found guilty", "took
        # effect"): a verb, whose participants the role checks read. ("up to", "straight away" are none.)
        first = tok.lower.split("_")[0]
        if first.endswith(("ed", "ing")) or any(lemma != first for lemma in lexicon.lemmas(first, "v")):
            senses = lexicon.senses(first)
    if not senses.pos and "_" not in tok.lower:
        word = _prefixed_verb(word, lexicon)
        senses = lexicon.senses(word)
    if not senses.pos:
        word = _compound_verb(word, lexicon)
        senses = lexicon.senses(word)
    if "v" not in senses.pos or tok.name:
        return 0
    if tok.position and tokens[tok.position - 1].lower in _DETERMINERS:
        return 0  # "a modified design": a participle used as an adjective
    if tok.position > 1 and _ends_figure(tokens, tok.position - 1) and _after_determiner(tokens, tok.position, lexicon):
        return 0  # "a 21 percent drop": a noun after its figure (not "The pound fell": a currency alone is no figure)
    if tok.position and word.endswith("ing"):
        before_pos = lexicon.senses(tokens[tok.position - 1].lower).pos
        if "a" in before_pos and not before_pos & {"v", "n"}:
            return 0  # "autonomous driving": an -ing form after an adjective is a noun
    before = tokens[tok.position - 1].lower if tok.position else ""
    nxt = tokens[tok.position + 1] if tok.position + 1 < len(tokens) else None
    if word.endswith("ing") and before not in _BE_FORMS and nxt is not None and nxt.content \
            and "n" in lexicon.senses(nxt.lower).pos and not (tok.position and tokens[tok.position - 1].clause != tok.clause):
        # "fishing crews", "to rising prices": an -ing form before a noun modifies it; not one that opens a
        # clause after a comma, a participle's ("…, defeating top seed Olga Petrova").
        return 0
    if before in _AUXILIARIES or before in _BE_FORMS:
        return 2
    if word.endswith("ing") and nxt is not None and nxt.lower in _SUBJECT_AUXILIARIES and nxt.clause == tok.clause \
            and (not tok.position or tokens[tok.position - 1].clause != tok.clause or before in _DETERMINERS or before in CONNECTIVES):
        return 0  # "while shoplifting was broadly flat", "Trading has resumed": an -ing noun, the subject
    # Between a noun and a determiner a word opens the predicate: "the driver hit the cyclist".
    if nxt is not None and nxt.lower in _OBJECT_DETERMINERS and tok.position \
            and tokens[tok.position - 1].content and "n" in lexicon.senses(tokens[tok.position - 1].lower).pos:
        return 2
    verb_lemmas = lexicon.lemmas(word, "v")
    if verb_lemmas and word not in verb_lemmas and not word.endswith("s"):
        return 2
    return 1


_OBJECT_DETERMINERS = frozenset("the a an his her its their our my your this these those".split())


def _ends_figure(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` ends a figure: digits, or a figure word after digits or another figure word
    ("21 percent", "ten million"); a unit alone ("the pound") is none."""
    tok = tokens[i]
    if tok.text[0].isdigit():
        return True
    if tok.lower not in FIGURE_WORDS:
        return False
    return not _FIGURE_UNITS_ALONE.issuperset((tok.lower,)) or (
        i > 0 and (tokens[i - 1].text[0].isdigit() or tokens[i - 1].lower in FIGURE_WORDS))


# Figure words that are also units named on their own ("the pound", "the dollar", "a percent"): a figure
# only after digits or a number word.
_FIGURE_UNITS_ALONE = frozenset("pound pounds dollar dollars euro euros yen yuan percent cent cents pence".split())


def _coordinated_verbs(tokens: list[Token], verb: Token, clauses: dict[int, list[Token]], lexicon: Lexicon) -> list[int]:
    """The verbs that share ``verb``'s subject after it: "congratulated" in "Brandt conceded defeat late on
    Sunday and congratulated Adler" (a clause that opens with "and" and a verb, with no subject of its own),
    "defeating" in "Kovac won the title, defeating Mia Chen" (a participle's clause). A clause with no
    verb between them ("the top seed, Mia Chen,") is passed over."""
    found = []
    clause = verb.clause + 1
    while clause in clauses:
        words = clauses[clause]
        if words[0].lower in ("and", "or", "then") and len(words) > 1 and words[1].content \
                and _verb_strength(tokens, words[1], lexicon) == 2:
            found.append(words[1].position)
        elif words[0].content and words[0].lower.endswith("ing") and _verb_strength(tokens, words[0], lexicon) == 2 \
                and words[0].position and tokens[words[0].position - 1].clause != words[0].clause \
                and words[0].lower not in CONNECTIVES:
            found.append(words[0].position)
        elif (found and not any(_verb_strength(tokens, t, lexicon) for t in words if t.content)) \
                or (len(words) <= 3 and not any(_verb_strength(tokens, t, lexicon) == 2 for t in words if t.content)):
            pass  # (also a short phrase with no verb before any: "said his side had been "patient and brave" and praised")
        else:
            break
        clause += 1
    return found


def _by_clause(tokens: list[Token]) -> dict[int, list[Token]]:
    """The tokens of each clause, in order: _role looks at one clause at a time, for each participant."""
    clauses: dict[int, list[Token]] = {}
    for tok in tokens:
        clauses.setdefault(tok.clause, []).append(tok)
    return clauses
