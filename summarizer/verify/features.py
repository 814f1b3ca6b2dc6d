"""What the checks compare: content stems, figures, names, negation and hedge cues of a text.

Features of source sentences are computed once and cached; a claim's are computed per claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer

from ..textnorm import STOPWORDS, WORD_RE, LazyPattern, fold
from .numbers import CARDINAL_WORDS, FIGURE_WORDS, extract_numbers

# "no" before these names a thing rather than denying one: "a vote of no confidence", "no man's land".
NOT_DENIED_AFTER_NO = frozenset(("confidence", "man's"))
# "at no cost", "at no charge": a price (free), not a denial; "no charge was brought" and "at no point" deny.
PRICE_AFTER_AT_NO = frozenset(("cost", "charge"))
# "declined to comment", "declined the offer": a refusal, a denial; "shares declined 3%", "declined on
# Friday": a fall, a word to match like any other.
DECLINE_FORMS = frozenset("decline declines declined declining".split())
_REFUSED_AFTER_DECLINE = frozenset("to the a an his her its their our my your this that these those any".split())


_FALL_FORMS = frozenset("fall falls fell fallen falling".split())
_BE_WORDS = frozenset("is are was were be been being am 's 're".split())


def declines_as_fall(next_word: str, after: str = "") -> bool:
    """Whether a form of "decline" before ``next_word`` (and ``after``) tells of a fall rather than a
    refusal: "declined to $410 million" falls, "declined to comment" refuses."""
    if next_word == "to" and after[:1].isdigit() or after in ("$", "£", "€"):
        return True
    return next_word not in _REFUSED_AFTER_DECLINE
NEGATION_CUES = frozenset(
    "not no never none nobody nothing neither nor without cannot deny denies denied denying refuse refuses "
    "refused refusing reject rejects rejected rejecting fail fails failed failing unable lack lacks lacked "
    "nowhere disagree disagrees disagreed declined declines decline opposed opposes unless".split()
)
# Hedges by kind. A claim keeps the evidence's kind or the weakest one, possibility (see the verifier's
# modality check): "could" made "would" claims more, "likely" made "may" claims less.
HEDGE_KINDS = {
    # "can" too: "a fault that can cause the camera to fail" says it may, not that it does ("achievable":
    # it can be done).
    **dict.fromkeys("may might could can possibly possible perhaps potential potentially achievable".split(), "possibility"),
    **dict.fromkeys(
        "likely unlikely probably expected expects expect expecting projected forecast estimated estimates should "
        "seem seems seemed "
        "appears appeared suggests suggested believed believe believes thought suspected fear fears feared".split(), "likelihood"),
    **dict.fromkeys("reportedly allegedly alleged purportedly apparently claimed rumored rumoured speculated "
                    # "arrested on suspicion of starting the fire", "accused of", "suspected of": not that it was done
                    "suspicion suspected accused".split(), "report"),
    **dict.fromkeys(
        "plans planned planning intends intended aims aimed proposed proposes hopes hoped hoping wants wanted "
        "tried tries trying attempted attempts promised promises threatened threatens seeks sought try attempt "
        "intend want plan hope aim seek promise threaten seeking aiming intending promising threatening "
        "attempting offered offers offer offering pledge pledges pledged pledging vow vows vowed vowing "
        # "would be prepared to take strike action" is a readiness, not the act ("would take strike action")
        "prepared willing ready "
        # "told to prepare to leave" is no order to leave: getting ready for a step is not taking it
        "prepare prepares preparing "
        # "proposals to tighten eligibility": what is proposed is meant, not done (a noun hedge, before "to")
        "proposal proposals".split(),
        "intention"),
    # Weighing a step is less than meaning to take it: "considering whether to cut jobs" is not "plans to
    # cut jobs" (nor "would try to"), though a claim may say "considering" where the source says "plans".
    **dict.fromkeys("considering consider considers whether weighing".split(), "deliberation"),
    # "nearly took the city", "partly collapsed", "almost all flights": it was not quite, or not wholly, so.
    # A claim may neither drop the limit nor add one (that says it did not quite happen).
    **dict.fromkeys("nearly almost partly partially".split(), "limit"),
    # "backed the merger in principle", "an agreement in principle": the idea agreed, not yet the thing
    # (only after "in": see _find_cues; "the principle of free speech" is none).
    "principle": "limit",
    # "If the vote passes, taxes will rise": the claim "taxes will rise" drops the condition.
    **dict.fromkeys("if unless".split(), "condition"),
    "subject": "condition",  # "subject to approval"
    # "pending approval", "pending a review": done only once that comes (not "the pending cases": see _find_cues)
    "pending": "condition",
    # "said the squad would lose": in reported speech "would" is a prediction the speaker made, firmer
    # than "likely"; a kind of its own, so neither stands in for the other.
    "would": "prediction",
}
# "would have cut jobs (had sales fallen)": "would" or "should" with "have" and a participle says it did
# not happen; "must have known" infers what nobody saw. ("might have" and "could have" are the modal's
# own possibility, about the past: "the fire might have started in the kitchen".) "have" is a cue only
# right after one of these (see _find_cues), so it is no member of HEDGE_CUES ("must" alone is an
# obligation, not a hedge).
_COUNTERFACTUAL_MODALS = frozenset("would should must".split())
# Asking someone to do a thing is not its being done: "had asked a government mediator to intervene" does
# not say the mediator intervened. A hedge only with "to" a few words on (someone asked, then "to").
# An order is a kind of its own, stronger than a request: "ordered the dairy to recall" is not "asked".
COMMAND_VERBS = _COMMAND_VERBS = frozenset("order orders ordered ordering tell tells told telling require requires required".split())
REQUEST_VERBS = _REQUEST_VERBS = frozenset(
    "ask asks asked asking urge urges urged urging requested requesting invite invites invited "
    "inviting encourage encourages encouraged encouraging pressed pressing".split()) | _COMMAND_VERBS  # ("the request", "the press": nouns)
HEDGE_KINDS.update(dict.fromkeys(_REQUEST_VERBS - _COMMAND_VERBS, "request"))
# A recommendation is a request with or without "to": "has recommended approval of Veltrazine" does not say
# it was approved.
HEDGE_KINDS.update(dict.fromkeys("recommend recommends recommended recommending".split(), "request"))
HEDGE_KINDS.update(dict.fromkeys(_COMMAND_VERBS, "command"))
HEDGE_KINDS["must"] = "command"  # what one is ordered to do: "must pay" for "ordered him to pay"
HEDGE_CUES = frozenset(HEDGE_KINDS)
# Hedge verbs that also say something of their own: a hope is not a fear, a promise not a threat, trying
# not wanting. Their kind is the modality check's; their meaning is still a word the alignment must match.
# Every intention but "want" (what one demands, seeks or plans one wants), and "fear"; not "considering"
# (the weakest intention): each of those may stand for the others, as their kinds allow.
ATTITUDE_WORDS = frozenset(
    {w for w, kind in HEDGE_KINDS.items() if kind == "intention" and not w.startswith("want")}
    | {"fear", "fears", "feared", "expect", "expects", "expecting"})  # "expect" is not "fear" nor "hope"
# Hedge words that are nouns, adjectives or other verbs too: "an attempt to", "tried to" and "is seeking to"
# hedge; "attempted murder", "a promising start" and "tried the suspects" do not; "fears that" and
# "feared the firm would" hedge, "fears of a recession" does not.
_HEDGE_ONLY_BEFORE_TO = frozenset(
    "seek seeks sought "  # "sought approval" asked for it; "sought to block" tried to
    "try tries tried trying attempt attempts attempted attempting seeking aiming intending promising threatening "
    "offer offers offered offering pledge pledges pledged pledging vow vows vowed vowing prepared willing ready "
    "prepare prepares preparing".split())  # "prepare the ground", "preparing meals": no hedge
_NOT_A_HEDGE_BEFORE = frozenset("of over about for in on at is are was were".split())
_NOUN_HEDGES = frozenset("fear fears hope hopes plan plans aim aims promise promises proposal proposals".split())
# A noun hedge before a speech verb ends its phrase: "who voted against the plan, said the cost …".
HEDGE_KINDS.update(dict.fromkeys((f"{modal} have" for modal in _COUNTERFACTUAL_MODALS), "counterfactual"))
HEDGE_KINDS["must have"] = "inference"
HEDGE_KINDS["ought to have"] = "counterfactual"
# "The strike will go on as long as talks fail": a condition, as "if" is. "long" is a cue only between "as"
# or "so" and "as", and not before a figure ("for as long as nine hours" is a ceiling): see _find_cues. So
# it is no member of HEDGE_CUES ("a long delay" is no hedge, and "long" stays a word to align).
HEDGE_KINDS["as long as"] = HEDGE_KINDS["so long as"] = "condition"
# Words that widen a claim's reach: a claim may use one only where its evidence does.
# Each maps to its class, so "every" in a claim is backed by "all" in the evidence.
QUANTIFIER_CLASSES = {
    **dict.fromkeys("all every each entire whole everyone everything fully completely entirely totally".split(), "all"),
    "most": "most", "majority": "most", "always": "always", "only": "only", "none": "none",
}
QUANTIFIER_CUES = frozenset(QUANTIFIER_CLASSES)
# Verbs that attribute words to someone: "Lee said", "said Lee", "according to Lee".
SPEECH_VERBS = frozenset(
    "said says say told tells noted notes added adds argued argues warned warns stated states stressed "
    "stresses emphasized emphasised emphasizes emphasises urged urges acknowledged acknowledges claimed "
    "claims insisted insists explained explains announced announces wrote writes asked asks replied replies "
    "revealed reveals confirmed confirms remarked remarks commented comments predicted predicts cautioned "
    "cautions suggested suggests described describes recalled recalls conceded concedes admitted admits reported".split()
)
_FRAME_WORDS = SPEECH_VERBS | {"reported"}  # with "according to": the words that say who says
# Verbs that may come before their speaker ("…, said Lee"); "asked Xi" or "told Xi" names the listener.
INVERTED_SPEECH_VERBS = frozenset("said says added adds noted wrote explained replied stated continued".split())
# Words that assert a cause: a claim may assert one only where its evidence does.
CAUSE_CUES = frozenset("because cause caused causes causing due thanks therefore resulted consequently hence".split())
# "due to finish by November 15", "is due to open": what is scheduled, not a cause.
_SCHEDULED_AFTER_DUE_TO = frozenset(
    "be begin start open close finish end arrive take resume expire complete launch meet report vote return retire "
    "leave conclude appear land reopen run last announce publish convene testify deliver decide sign hold give get "
    "become travel visit receive hear face go".split())


# Between "due" and the "to" of its cause: "due largely to", "due in part to".
_DEGREE_BEFORE_TO = frozenset("largely mainly mostly partly primarily chiefly entirely solely wholly principally "
                              "in part large at least".split())


def _causes(lowered, words: list[str]) -> frozenset[str]:
    """The cause words of a text; "due" only as a cause ("due to the strike", "due largely to"), not of a
    schedule or a debt ("due to finish by November", "results are due by Friday", "the rent due")."""
    found = CAUSE_CUES.intersection(lowered)
    if "due" in found and not any(w == "due" and _due_to_a_cause(words, i) for i, w in enumerate(words)):
        found = found - {"due"}
    return frozenset(found) if found else _NO_WORDS


def _due_to_a_cause(words: list[str], i: int) -> bool:
    """Whether the "due" at ``i`` brings a cause: its "to" (after degree words) is followed by something
    other than a verb of what is scheduled; a "due" with no "to" after it is a schedule or a debt."""
    j = i + 1
    while j < len(words) and words[j] in _DEGREE_BEFORE_TO:
        j += 1
    if j >= len(words) or words[j] != "to":
        return False
    return j + 1 >= len(words) or words[j + 1] not in _SCHEDULED_AFTER_DUE_TO


# An empty set of words, shared by the many Features that have no quantifier or cause: frozensets are
# immutable, and one empty set per field of every cached sentence was that many objects for each full
# garbage collection to walk.
_NO_WORDS: frozenset[str] = frozenset()
_CUES = NEGATION_CUES | HEDGE_CUES | {"must", "ought", "short", "long"}  # "must have", "as long as": see _find_cues
# How far after a hedge a coordinated verb may stand ("promised to expand the tram network and freeze").
_COORDINATION_REACH = 10
_SCOPE_WORDS = 4  # a cue governs the next few content words: enough for "refused to place X on the table"

# Capitalised words that are not names: titles and sentence furniture.
_INDEFINITE_PRONOUNS = frozenset(
    "nobody nothing none everyone everybody everything someone somebody something anyone anybody anything".split())
_NOT_NAMES = frozenset(
    "president vice prime minister chancellor king queen prince princess leader chairman chairwoman chair "
    "secretary general gen mr mrs ms dr prof sen senator rep representative gov governor mayor chief ceo "
    "director spokesperson spokesman spokeswoman minister foreign defense defence ambassador envoy judge "
    "justice officials official analysts experts critics report reports according however meanwhile "
    "additionally also update updated breaking despite although though while after before during since until "
    "because following amid meanwhile instead overall separately earlier later today yesterday tomorrow "
    "first second then next finally still yet thus hence therefore moreover furthermore nonetheless "
    "nevertheless otherwise indeed notably specifically similarly likewise around about roughly nearly "
    "almost some many several few all most each every both".split()
) | STOPWORDS | _INDEFINITE_PRONOUNS
# Month names are figures (see numbers.py), not words or names to look for.
MONTH_WORDS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct "
    "october nov november dec december".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
RELATIVE_DAYS = frozenset("yesterday today tomorrow tonight".split())
_TIME_WORDS = {**{w: w for w in WEEKDAYS | RELATIVE_DAYS}, **{w + "'s": w for w in WEEKDAYS | RELATIVE_DAYS}}
_TIME_KEYS = frozenset(_TIME_WORDS)
# Weekdays are capitalised but are times, not names: "Tuesday" for "Monday" is a swapped word (the
# alignment's sibling check), not a missing name.
_NOT_A_NAME = _NOT_NAMES | MONTH_WORDS | FIGURE_WORDS | WEEKDAYS
# Determiners and words of amount capitalised only because they open a claim ("Another 2,000 people were
# told …", "Either side"): no part of a name there (elsewhere they may be one: "Much Wenlock").
_OPENING_DETERMINERS = frozenset("another either neither other others much such certain additional various numerous".split())
_NAME_NUMBERS = CARDINAL_WORDS | {"one"}
_NON_CONTENT = STOPWORDS | MONTH_WORDS | FIGURE_WORDS
# Demonyms fold onto their country so "Chinese officials" is named by evidence about "China".
_DEMONYMS = {
    "chinese": "china", "korean": "korea", "koreans": "korea", "japanese": "japan", "american": "america",
    "americans": "america", "russian": "russia", "russians": "russia", "ukrainian": "ukraine",
    "french": "france", "german": "germany", "british": "britain", "indian": "india", "israeli": "israel",
    "iranian": "iran", "taiwanese": "taiwan", "european": "europe", "european's": "europe", "canadian": "canada",
    "mexican": "mexico", "australian": "australia", "italian": "italy", "spanish": "spain", "turkish": "turkey",
    "palestinian": "palestine", "egyptian": "egypt", "saudi": "saudi", "syrian": "syria", "iraqi": "iraq",
    "afghan": "afghanistan", "pakistani": "pakistan", "brazilian": "brazil", "vietnamese": "vietnam",
    "kenyan": "kenya", "ethiopian": "ethiopia", "ugandan": "uganda", "nigerian": "nigeria", "ghanaian": "ghana",
    "south african": "south africa", "moroccan": "morocco", "algerian": "algeria", "tunisian": "tunisia",
    "argentine": "argentina", "argentinian": "argentina", "chilean": "chile", "colombian": "colombia",
    "peruvian": "peru", "venezuelan": "venezuela", "cuban": "cuba", "irish": "ireland", "scottish": "scotland",
    "welsh": "wales", "dutch": "netherlands", "belgian": "belgium", "swiss": "switzerland", "austrian": "austria",
    "swedish": "sweden", "norwegian": "norway", "danish": "denmark", "finnish": "finland", "polish": "poland",
    "czech": "czechia", "hungarian": "hungary", "romanian": "romania", "greek": "greece", "portuguese": "portugal",
    "indonesian": "indonesia", "thai": "thailand", "filipino": "philippines", "malaysian": "malaysia",
    "singaporean": "singapore", "bangladeshi": "bangladesh", "lebanese": "lebanon", "jordanian": "jordan",
    "qatari": "qatar", "emirati": "emirates", "yemeni": "yemen", "libyan": "libya", "sudanese": "sudan",
    "somali": "somalia", "rwandan": "rwanda", "zimbabwean": "zimbabwe", "new zealander": "new zealand",
}
_DEMONYM_KEYS = frozenset(_DEMONYMS)
_STEMMER = Stemmer.Stemmer("english")
_QUOTE_RE = re.compile(r'"([^"]{2,}?)"|(?<![\w])\'([^\']{2,}?)\'(?![\w])')
_NAME_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'\-]*)"
_NAME_RUN = _NAME_WORD + r"(?: " + _NAME_WORD + r")*"
_NAME_RUN_RE = re.compile(r"(?=[A-Z])(?<![\w'\-])" + _NAME_RUN)
_SPEAKER_BEFORE_VERB_RE = re.compile(
    r"(?=[A-Z])(?<![\w'\-])(" + _NAME_RUN + r"),? (?:had |has |have )?(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b"
)
# Inverted only after a comma or a closing quote (", said Lee", "” said Lee"): "Kim said Lee would win" has
# Kim speaking.
# And only where the frame ends there ("…, said Lee." / "…, said Lee on Tuesday"): in "His lawyer, Gerald
# Fitch, said Lamont would appeal" Lamont is spoken of.
_SPEAKER_AFTER_VERB_RE = re.compile(
    r"(?:(?<=, )|(?<=[\"\u201d] )|(?<=[\"\u201d]))(" + "|".join(INVERTED_SPEECH_VERBS) + r"),? "
    # a title may come first: "said chief executive Marco Bellini" (not "said on Tuesday", "said the firm")
    r"(?:(?!(?:on|in|at|the|a|an|that|it|he|she|they|we|this|last|to|by|of|for|with|its|their|his|her)\b)[a-z][\w\-]* ){0,3}"
    r"(" + _NAME_RUN + r")(?![\w'\-])"
    r"(?=\s*(?:[,.;:!?\"\u201d)]|$)|\s+(?:on|in|at|of|from|who|which|when|after|before|during|last|this|yesterday|today|"
    r"late|early|earlier|told|to|with|via)\b)"
)
# "according to Network Rail route director Priya Sandhu": a name with a title after it in lower case and
# a name after that is that second name (the one who speaks; the first is whom she speaks for), as
# "Network Rail route director Priya Sandhu said" has Priya Sandhu speak.
_ACCORDING_TO_RE = re.compile(r"\b[Aa]ccording to (" + _NAME_RUN + r")(?: (?:(?!(?:and|or|of|the|a|an|in|on|at|for|with|to|by|from|said|says|told)\b)[a-z][\w\-]* ){1,3}("
    + _NAME_RUN + r"))?")
# A speaker with a relative clause before its verb: "Councillor James Ortiz, who voted against the plan, said".
_SPEAKER_RELATIVE_RE = LazyPattern(
    r"(?=[A-Z])(?<![\w'\-])(" + _NAME_RUN + r"), (?:who|which) [^,;:.\"]{1,80}, (?:had |has |have )?(?:"
    + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b"
)
_AFTER_PREPOSITION_RE = LazyPattern(r"\b(?:in|at|from|of|for|near|across)\s+(?:the\s+)?$")
_NAME_BEFORE_RE = LazyPattern(r"(?<![\w'\-])(" + _NAME_RUN + r")\s+$")
_ACRONYM_RE = re.compile(r"(?=[A-Za-z]\.)(?<!\w)(?:[A-Za-z]\.){2,}")  # "U.S.", "U.N."


# word as written → (lower-case form with demonyms folded, stem, is a content word). Words repeat
# heavily across sentences, so one dict look-up replaces lower(), the stemmer and the stop-word tests.
_WORD_INFO: dict[str, tuple[str, str, bool]] = {}
_WORD_INFO_LIMIT = 1_000_000


def _word_info(word: str) -> tuple[str, str, bool]:
    lower = word.lower()
    lower = _DEMONYMS.get(lower, lower)
    is_content = not (
        lower in _NON_CONTENT
        or len(lower) < 2
        or lower[0].isdigit()
        or ("-" in lower and _NON_CONTENT.issuperset(lower.split("-")))  # "twenty-one"
        or lower.endswith("n't")  # "don't", "won't": negation, the negation check's business
    )
    info = (lower, _STEMMER.stemWord(lower), is_content)
    if len(_WORD_INFO) >= _WORD_INFO_LIMIT:
        _WORD_INFO.clear()
    _WORD_INFO[word] = info
    return info


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball (Porter2) stem of a lower-case word; cached, since vocabularies are small."""
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=200_000)
def name_tokens(word: str, *, joined: bool = False) -> tuple[str, ...]:
    """Comparable lower-case tokens of a word: "Jae-myung" → ("jae", "myung"), plus "jaemyung" if ``joined``."""
    w = word.lower().rstrip(".").replace(".", "")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")  # plural possessive: "Logistics'"
    w = _DEMONYMS.get(w, w)
    if "-" in w:
        parts = tuple(p for p in w.split("-") if p)
        return (*parts, "".join(parts)) if joined else parts
    return (w,)


@dataclass(slots=True)
class Features:
    """Comparable features of one text (a claim, a sentence, or the union of several sentences)."""

    folded: str
    content: dict[str, str] = field(default_factory=dict)  # stem → first surface word
    numbers: dict[str, str] = field(default_factory=dict)  # figure key → surface text
    tokens: set[str] = field(default_factory=set)  # every lower-case name token, for naming checks
    names: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (surface, name tokens)
    negations: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # (cue, stems it governs)
    hedges: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    hedge_heads: list[str | None] = field(default_factory=list)  # per hedge, the first content stem it governs
    quotes: list[str] = field(default_factory=list)
    time_anchors: set[str] = field(default_factory=set)  # weekdays, dates, "yesterday": when things happened
    quantifiers: set[str] = field(default_factory=set)
    causes: set[str] = field(default_factory=set)
    speakers: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (name, tokens) of who says
    # Names the claim makes of a common word by position ("Hunter said" where a source has "a hunter said"):
    # the evidence must write them as names too, not only hold the word (see find_names).
    names_by_position: list[str] = field(default_factory=list)
    frames: int = 0  # how many times it says who says: speech verbs, "reported", "according to"


@dataclass(frozen=True, slots=True)
class SourceVocabulary:
    """What the sources tell us about words: which they capitalise mid-sentence (names), which they
    capitalise anywhere, and which they use in lower case (common words)."""

    names_mid: frozenset[str]
    names_any: frozenset[str]
    lower_words: frozenset[str]
    lower_stems: frozenset[str] = frozenset()  # stems of the words used in lower case: "investigation" → investig
    # Whether the lexicon knows a lower-case word as a kind of person, a title: "Skipper" before "Arjun
    # Patel" is capitalised by position, "Mark" before "Delgado" is not.
    title_word: Callable[[str], bool] = lambda word: False
    common_word: Callable[[str], bool] = lambda word: False  # whether the lexicon knows a lower-case word


def hedge_kind(cue: str) -> str:
    """The kind of a hedge cue as written ("Could" → possibility)."""
    return HEDGE_KINDS.get(cue.lower(), "likelihood")


def content_terms(text: str) -> list[str]:
    """The content stems of ``text``, in order: what BM25 indexes and what evidence selection counts."""
    get = _WORD_INFO.get
    infos = [get(w) or _word_info(w) for w in WORD_RE.findall(fold(text))]
    return [i[1] for i in infos if i[2]]


# What analyse finds the same way for a claim and for a sentence, for the text analysed last: a claim
# that copies its cited sentence is analysed as a claim and then, when it is the first to cite it, the
# sentence as a sentence, one right after the other. One entry, keyed by the text; its lists and dict are
# copied into each Features, never handed out.
_last_shared: tuple | None = None


def _shared_analysis(text: str) -> tuple:
    """(text, folded, words, their _word_info, lower-case words, content, negations, hedges, hedge heads,
    frames, speakers) of ``text``: the part of its analysis that neither ``is_claim`` nor a vocabulary
    changes."""
    global _last_shared
    last = _last_shared
    if last is not None and last[0] == text:
        return last
    folded = fold(text)
    words = WORD_RE.findall(folded)
    get = _WORD_INFO.get
    infos = [get(w) or _word_info(w) for w in words]
    lowered = [info[0] for info in infos]
    content: dict[str, str] = {}
    for w, info in zip(words, infos):
        if info[2] and info[1] not in content:
            content[info[1]] = w
    negations: list[tuple[str, frozenset[str]]] = []
    hedges: list[tuple[str, frozenset[str]]] = []
    hedge_heads: list[str | None] = []
    if not _CUES.isdisjoint(lowered) or "n't" in folded:
        # "No," answering a question denies the question, not the clause after it ("RIOS: No, my coach
        # convinced me to stay"): a denial with nothing in its scope here; the questions' check reads what
        # it answers (checks_polarity._answer).
        particles = {len(WORD_RE.findall(folded, 0, m.start())) for m in _ANSWER_NO_RE.finditer(folded)} if "o," in folded else set()
        _find_cues(words, infos, negations, hedges, hedge_heads, particles)
    frames = 0
    if not _FRAME_WORDS.isdisjoint(lowered) or "ccording to" in folded:
        frames = sum(1 for w in lowered if w in _FRAME_WORDS) + folded.count("ccording to")
    speakers = _find_speakers(folded) if not SPEECH_VERBS.isdisjoint(lowered) or "ccording to" in folded else []  # "According to" too
    shared = _last_shared = (text, folded, words, infos, lowered, content, negations, hedges, hedge_heads, frames, speakers)
    return shared


def analyse(text: str, *, is_claim: bool = False, vocabulary: SourceVocabulary | None = None) -> Features:
    """Compute the features of ``text`` (a claim, with the sources' ``vocabulary``, or a source sentence)."""
    _, folded, words, infos, lowered, content, negations, hedges, hedge_heads, frames, speakers = _shared_analysis(text)
    content, negations, hedges, hedge_heads, speakers = dict(content), list(negations), list(hedges), list(hedge_heads), list(speakers)
    numbers = extract_numbers(folded, bare_one=not is_claim, words=lowered)
    anchors = {k for k in numbers if k.startswith("date:")}
    tokens = set(lowered)
    if not _TIME_KEYS.isdisjoint(tokens):
        anchors.update(_TIME_WORDS[w] for w in _TIME_KEYS.intersection(tokens))
    names_by_position: list[str] = []
    names = find_names(folded, vocabulary, names_by_position)
    if is_claim:
        tokens = set()  # only evidence is searched for names
    else:
        if "-" in folded or "'" in folded:  # no word has either where the text has neither
            for w in [w for w in tokens if "-" in w or "'" in w]:
                tokens.update(name_tokens(w, joined=True))
        if folded.count(".") > 1:  # an acronym has two points at least ("U.S."): most sentences have one
            tokens.update(a.replace(".", "").lower() for a in _ACRONYM_RE.findall(folded))
        for _, toks in names:  # "Jae Myung" also names "Jaemyung"
            if len(toks) > 1:
                tokens.update(a + b for a, b in zip(toks, toks[1:]))
    quotes = []
    if is_claim and ('"' in folded or " '" in folded or "('" in folded or folded.startswith("'")):
        quotes = [q for pair in _QUOTE_RE.findall(folded) for q in pair if q]
    return Features(
        folded=folded,
        content=content,
        numbers=numbers,
        tokens=tokens,
        names=names,
        negations=negations,
        hedges=hedges,
        hedge_heads=hedge_heads,
        quotes=quotes,
        time_anchors=anchors,
        quantifiers=QUANTIFIER_CUES.intersection(lowered) or _NO_WORDS,
        causes=_causes(lowered, lowered),
        speakers=speakers,
        names_by_position=names_by_position,
        frames=frames,
    )


def _inside_quote(text: str, position: int) -> bool:
    """Whether ``position`` falls inside a quotation (an odd number of quote marks before it)."""
    before = text[:position]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1


def _find_speakers(folded: str) -> list[tuple[str, tuple[str, ...]]]:
    """Names that speak in the text: right before a speech verb, after an inverted one, or after "according to"."""
    # Not a name after a preposition: "Farmers in Kansas said", "the mayor of London said"; but the name
    # before the preposition speaks ("Analyst Mark Delgado of Pinebridge Securities said" → Mark Delgado).
    runs = []
    for m in _SPEAKER_BEFORE_VERB_RE.finditer(folded):
        if _inside_quote(folded, m.start()):
            continue  # '"Parents have told us …," said Bellini': words quoted, not a speaker
        before = _AFTER_PREPOSITION_RE.search(folded, 0, m.start())
        if before is None:
            runs.append(m.group(1))
            continue
        owner = _NAME_BEFORE_RE.search(folded, 0, before.start())
        if owner is not None:
            runs.append(owner.group(1))
    runs += [m.group(2) for m in _SPEAKER_AFTER_VERB_RE.finditer(folded)]
    runs += [m.group(2) or m.group(1) for m in _ACCORDING_TO_RE.finditer(folded)]
    if ", who " in folded or ", which " in folded:
        runs += [m.group(1) for m in _SPEAKER_RELATIVE_RE.finditer(folded)]
    speakers = []
    for run in runs:
        parsed = _NAME_RUNS.get(run)
        if parsed is None:
            parsed = _parse_name_run(run)
        if parsed is not None and parsed not in speakers:
            speakers.append(parsed)
    return speakers


# What may follow a reporter's verb to the sentence's end: a few words of its own, not a statement with
# a verb of its own (after "According to Roe", ", Lee said the firm would cut jobs." is Lee speaking).
_FRAME_TAIL = (
    # a time or place ("on Tuesday", "in a statement"), or a listener ("told reporters", "told the BBC"),
    # with no verb of its own
    r"(?:\s+(?:(?:on|in|at|during|after|before|late|early|earlier|last|this|via|through|from|to|with|when|while|"
    r"yesterday|today|tonight)\b|(?:reporters|journalists|lawmakers|parliament|the\s+[\w\-]+|an?\s+[\w\-]+)(?=[\s,.!?;]))"
    r"(?![^,.!?;]*\b(?:would|will|had|has|have|was|were|is|are|could|might|may|"
    r"should|must|can)\b)[^,.!?;\"\u201c]{0,40})?(?:,\s+citing\b[^.!?;]{0,60})?"
    # The sentence ends there: at a full stop before the next sentence, or at the text's end (not before
    # a capitalised object: ", Xi urged Seoul to …" is Xi speaking).
    r"\s*(?:[.!?][\"'\u201d]?\s*(?=$|[A-Z])|[\"'\u201d]?\s*$)"
)
_SPEECH_VERB_ALTERNATION = "|".join(sorted(SPEECH_VERBS | {"reported"}, key=len, reverse=True))
# A reporter that is no name: ", a spokesperson said.", ", the ministry said in a statement."
_ACCORDING_TO_COMMON_RE = LazyPattern(r"\b[Aa]ccording to (?:the|a|an) ((?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*),")
_COMMON_TRAILING_FRAME_RE = LazyPattern(
    r",\s+(?:the|a|an|[A-Z][\w\-]*'s)\s+((?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*),? (?:" + _SPEECH_VERB_ALTERNATION + r")\b" + _FRAME_TAIL
)
# A claim's speaker that is no name, at its start: "A spokesperson said", "The ministry told reporters".
_COMMON_SPEAKER_RE = LazyPattern(
    r"^(?:the|a|an)\s+((?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*),? (?:" + _SPEECH_VERB_ALTERNATION + r")\b",
    re.IGNORECASE,
)
# A sentence's opening speaker, with or without an article: "The union said", "Police said".
_OPENING_SPEAKER_RE = LazyPattern(
    r"^(?:(?:the|a|an)\s+)?((?:(?!(?:is|was|were|are|be|been|has|had|have|will|would|not|that)\b)[a-z][\w\-]*\s+){0,3}?"
    r"(?!(?:is|was|were|are|be|been|has|had|have|will|would|not|that)\b)[a-z][\w\-]*) (?:" + _SPEECH_VERB_ALTERNATION + r")\b",
    re.IGNORECASE,
)
# Two names that speak together: "Roe and Lee said".
_SPEAKER_PAIR_RE = LazyPattern(
    r"(?=[A-Z])(?<![\w'\-])(" + _NAME_RUN + r") and (" + _NAME_RUN + r"),? (?:" + _SPEECH_VERB_ALTERNATION + r")\b"
)


# A speaker who reports what another said, framing the whole sentence: ", Roe said." at its end, or
# "according to Roe" anywhere.
# It may end in a few words of its own (", Roe said on Tuesday.", ", Roe told reporters.", ", Roe said,
# citing a memo."), but not in another clause (", Jones said, and profits fell 2%, Smith said.").
_TRAILING_FRAME_RE = LazyPattern(
    r",\s+(?:(" + _NAME_RUN + r"),? (?:" + _SPEECH_VERB_ALTERNATION + r")"
    r"|(?:" + "|".join(sorted(INVERTED_SPEECH_VERBS, key=len, reverse=True)) + r"),? (" + _NAME_RUN + r"))\b"
    + _FRAME_TAIL
)
# A speech verb and the time of the speaking right after it: "said on Tuesday", "told reporters late on Friday".
_LEADING_TIME_RE = LazyPattern(
    r"\b(?:" + _SPEECH_VERB_ALTERNATION + r")\s+((?:[\w\-]+\s+){0,2}?(?:on|late|early|last|this)\s+[\w\-]+(?:\s+\d+)?)")
# A time that opens a sentence before its speaker: "On Monday, Lee said …".
_FRONTED_TIME_RE = LazyPattern(
    r"((?:[Oo]n|[Ll]ate on|[Ee]arly on|[Ll]ast)\s+[\w\-]+(?:\s+\d+)?),\s+" + _NAME_RUN + r",? (?:" + _SPEECH_VERB_ALTERNATION + r")\b")
_ACCORDING_OPENER_RE = LazyPattern(r"\s*[Aa]ccording to [^,.;]+")
# A speaker who reports another's words at the start: "Roe said Lee had told her …" (Lee speaks).
_LEADING_FRAME_RE = LazyPattern(
    r"(?=[A-Z])(?<![\w'\-])(" + _NAME_RUN + r") (?:said|says|told \w+|reported|added)(?: that)? " + _NAME_RUN
    + r" (?:had |has )?(?:said|told|says|tells)\b"
)


def leading_frame_times(folded: str) -> set[str]:
    """The times a claim gives for the speaking at its start: "Roe said on Tuesday (that) the deal …" →
    tuesday; "On Monday, Lee said …" → monday."""
    found: set[str] = set()
    for m in _LEADING_TIME_RE.finditer(folded):
        found |= analyse(m.group(1)).time_anchors
    m = _FRONTED_TIME_RE.match(folded)
    if m is not None:
        found |= analyse(m.group(1)).time_anchors
    return found


@lru_cache(maxsize=50_000)
def frame_times(folded: str) -> tuple[frozenset[str], frozenset[str]]:
    """The times trailing frames give for the speaking (", Roe said on Friday." → friday), and the times
    the rest of the text gives, as time anchors. Cached by the text: a cited sentence is read once."""
    if "," not in folded:
        return frozenset(), frozenset()
    spoken: set[str] = set()
    rest = folded
    for pattern in (_TRAILING_FRAME_RE, _COMMON_TRAILING_FRAME_RE):
        for m in pattern.finditer(folded):
            spoken |= analyse(m.group(0)).time_anchors
            rest = rest.replace(m.group(0), " ")
    return frozenset(spoken), (frozenset(analyse(rest).time_anchors) if spoken else frozenset())


def common_reporters(folded: str) -> list[str]:
    """The head nouns of reporters that are no names, framing a sentence: ", a spokesperson said." →
    spokesperson; "According to the newspaper, …" → newspaper."""
    heads = [m.group(1).split()[-1].lower() for m in _COMMON_TRAILING_FRAME_RE.finditer(folded)]
    return heads + [m.group(1).split()[-1].lower() for m in _ACCORDING_TO_COMMON_RE.finditer(folded)]


def common_speaker(folded: str) -> str | None:
    """The head noun of a claim's speaker that is no name, at its start: "The ministry said" → ministry."""
    m = _COMMON_SPEAKER_RE.match(folded)
    return m.group(1).split()[-1].lower() if m else None


def opening_speaker(folded: str) -> str | None:
    """The head word of the speaker that opens a text, lower case: "The union said" → union, "Police
    said" → police."""
    m = _OPENING_SPEAKER_RE.match(folded)
    if m is None:
        return None
    words = m.group(1).lower().split()
    for i, word in enumerate(words):
        if i and word in ("at", "of", "from", "in", "for", "with"):
            return words[i - 1]  # "Analysts at Barclays said" → analysts
    return words[-1]


def paired_speakers(folded: str) -> list[tuple[str, tuple[str, ...]]]:
    """Names that speak together, with their tokens: "Roe and Lee said" → Roe, Lee."""
    found = []
    for m in _SPEAKER_PAIR_RE.finditer(folded):
        for run in m.groups():
            parsed = _NAME_RUNS.get(run) or _parse_name_run(run)
            if parsed is not None:
                found.append(parsed)
    return found


def reporting_speakers(folded: str) -> list[tuple[str, ...]]:
    """The name tokens of speakers that frame a sentence as a report ("Lee said the plan failed, Roe
    said": Roe reports what Lee said; "according to Yonhap"), as opposed to the speaker whose words they
    are. A claim may drop the reporter ("Lee said the plan failed"), not make it the speaker."""
    # A trailing frame right after an opening "According to X," is the sentence's speaker, not a reporter.
    runs = [m.group(1) or m.group(2) for m in _TRAILING_FRAME_RE.finditer(folded)
            if not _ACCORDING_OPENER_RE.fullmatch(folded, 0, m.start())]
    runs += [m.group(1) for m in _LEADING_FRAME_RE.finditer(folded)]
    runs += [m.group(2) or m.group(1) for m in _ACCORDING_TO_RE.finditer(folded)]
    found = []
    for run in runs:
        parsed = _NAME_RUNS.get(run) or _parse_name_run(run)
        if parsed is not None:
            found.append(parsed[1])
    return found


_ANSWER_NO_RE = LazyPattern(r"\b[Nn]o,")


_FIGURE_LIMITS = frozenset(("nearly", "almost"))
_FRACTION_WORDS = frozenset("half third thirds quarter quarters fifth fifths tenth tenths".split())


def _opens_figure(words: list[str], i: int) -> bool:
    """Whether a figure starts at ``words[i]``: "60%", "$5", "twenty", "a fifth", "two-thirds"."""
    word = words[i].lower()
    if word[:1].isdigit() or word[:1] in "$\u00a3\u20ac" or word.split("-", 1)[0] in CARDINAL_WORDS:
        return True
    return word in ("a", "one") and i + 1 < len(words) and words[i + 1].lower() in _FRACTION_WORDS


# Verbs that decide on a plan or proposal: what they take is the plan, not what it would do.
_DECISION_VERBS = frozenset(
    "approve approves approved approving back backs backed backing adopt adopts adopted endorse endorses endorsed "
    "pass passes passed reject rejects rejected ratify ratifies ratified".split())
_PLAN_DETERMINERS = frozenset("a an the its their his her our this these those".split())
# Words of what is still to come, one of which must stand in the twelve words before "pending" for it to
# be a condition.
_AWAITED_BEFORE_PENDING = frozenset(
    "will would expected expects expect set due could may might can should shall likely scheduled plans planned plan".split())


# Acts a speaker does by saying they would like to: "I would like to ask about …", "we would like to thank …".
_PERFORMATIVE_VERBS = frozenset("ask thank add stress say welcome congratulate apologise apologize acknowledge".split())
# Modals a bare verb follows, and the past forms no such modal governs.
_BARE_MODALS = frozenset("would will could can may might should shall must".split())
_PAST_AUXILIARIES = frozenset("had has was were is are did".split())
# Words that open a verb phrase of its own after "and": no cue before them reaches past them.
_OWN_AUXILIARIES = _BARE_MODALS | _PAST_AUXILIARIES | frozenset(("have", "does", "do"))
# Words before a "not" that denies a verb ("was not dead", "decided not to", "whether or not"), and after one
# ("not to appeal", "not only").
_VERBAL_BEFORE_NOT = _OWN_AUXILIARIES | frozenset("be been being am to or if whether why".split())
_VERBAL_AFTER_NOT = frozenset("to only just yet least even".split())
# Words that open a clause of its own after "and": "…, not dead, and many colonies recovered".
_CLAUSE_OPENERS = frozenset("the a an its their his her our many some most few several it they he she we this these those there".split())
_BARE_IN_ED = frozenset("need shed bed wed red embed exceed proceed succeed".split())


def _past_form(word: str) -> bool:
    """Whether ``word`` is a finite past or present auxiliary, or a regular past ("warned"), not a bare
    verb that ends alike ("need", "shed", "exceed")."""
    return word in _PAST_AUXILIARIES or (len(word) > 3 and word.endswith("ed") and not word.endswith("eed")
                                        and word not in _BARE_IN_ED)


def _decided_before(infos: list[tuple[str, str, bool]], i: int) -> bool:
    """Whether the noun at ``i`` is the object of a deciding verb: "approved (a|the) plan"."""
    k = i - 1
    while k >= 0 and infos[k][0] in _PLAN_DETERMINERS:
        k -= 1
    return k >= 0 and infos[k][0] in _DECISION_VERBS


# Participles of viewing that a hedge may stand before, with "as" and what the thing could be taken for.
_VIEWED_AS = frozenset("seen viewed regarded considered treated interpreted read taken described".split())


def _find_cues(words: list[str], infos: list[tuple[str, str, bool]], negations: list, hedges: list, heads: list,
               answer_particles: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    """Negation and hedge cues, each with the content stems it governs (the next few)."""
    contractions = any("n't" in w for w in words)
    for i, info in enumerate(infos):
        w = info[0]
        is_negation = w in NEGATION_CUES or (contractions and w.endswith("n't"))
        is_hedge = w in HEDGE_CUES or (w == "have" and i > 0 and (
            infos[i - 1][0] in _COUNTERFACTUAL_MODALS or (i > 1 and infos[i - 1][0] == "to" and infos[i - 2][0] == "ought"))) \
            or (w == "long" and 0 < i < len(infos) - 2 and infos[i - 1][0] in ("as", "so") and infos[i + 1][0] == "as"
                and not _opens_figure(words, i + 2))
        if not (is_negation or is_hedge):
            continue
        if w == "no" and i + 1 < len(infos) and (infos[i + 1][0] in ("more", "less", "fewer") or infos[i + 1][0] in NOT_DENIED_AFTER_NO
                                                 or words[i + 1][:1].isdigit()):
            is_negation = False  # "no more than 40": a bound on a figure; "a vote of no confidence", "No. 14": names
        if w in DECLINE_FORMS and declines_as_fall(infos[i + 1][0] if i + 1 < len(infos) else "",
                                                   words[i + 2] if i + 2 < len(words) else ""):
            is_negation = False
        if w == "short" and i and infos[i - 1][0] in _FALL_FORMS and i + 1 < len(infos) and infos[i + 1][0] == "of":
            is_negation = True  # "fell short of her personal best": did not reach it
        if w == "planning" and not ((i + 1 < len(infos) and infos[i + 1][0] == "to") or (i and infos[i - 1][0] in _BE_WORDS)):
            is_hedge = False  # "the planning commission", "planning permission"; "is planning a strike" intends
        if w == "no" and 0 < i < len(infos) - 1 and infos[i - 1][0] == "at" and infos[i + 1][0] in PRICE_AFTER_AT_NO:
            is_negation = False  # "at no cost": free, a price; not "at no point", nor "no charge was brought"
        if w == "principle" and not (i and infos[i - 1][0] == "in"):
            is_hedge = False  # "the principle of free speech": a noun; only "in principle" limits what was agreed
        if w == "may" and words[i][0].isupper():
            is_hedge = False  # the month
        if w == "would" and i and infos[i - 1][0] in ("i", "we") and i + 3 < len(infos) \
                and infos[i + 1][0] == "like" and infos[i + 2][0] == "to" and infos[i + 3][0] in _PERFORMATIVE_VERBS:
            is_hedge = False  # "I would like to ask about demand": saying so asks it (a speaker's own words)
        if w == "pending" and i and (infos[i - 1][0] in _PLAN_DETERMINERS or infos[i - 1][0].endswith("'s")
                                     or infos[i - 1][0] in FIGURE_WORDS or words[i - 1][:1].isdigit()):
            is_hedge = False  # "the pending cases", "its pending appeal", "300 pending cases": a thing named
        if w == "pending" and is_hedge and not any(info[0] in _AWAITED_BEFORE_PENDING for info in infos[max(0, i - 12) : i]):
            is_hedge = False  # "remanded in custody pending trial": done, until the trial; a condition only of
            # what is still to come ("is expected to close, pending approval", "will be paid pending a review")
        if w in _FIGURE_LIMITS and i + 1 < len(words) and _opens_figure(words, i + 1):
            is_hedge = False  # "nearly 60%", "almost a fifth": an approximate figure, the figure check's
        if is_hedge and w in _REQUEST_VERBS and not any(
                info[0] == "to" and infos[j - 1][0] != "according" for j, info in enumerate(infos[i + 1 : i + 6], start=i + 1)):
            is_hedge = False  # "told reporters the plan failed": words, not a request; "according to" is no "to"
        if is_hedge and (w in _HEDGE_ONLY_BEFORE_TO or w in _NOUN_HEDGES):
            nxt = infos[i + 1][0] if i + 1 < len(infos) else ""
            if (w in _HEDGE_ONLY_BEFORE_TO and nxt != "to") or (w in _NOUN_HEDGES and (
                    not nxt or nxt in _NOT_A_HEDGE_BEFORE or nxt in SPEECH_VERBS)):
                is_hedge = False
        scope_list: list[str] = []
        # A modal before a bare verb governs no past form coordinated after it: "would sentence him on
        # June 14 and warned that a prison term was inevitable", "would cooperate fully and had suspended
        # the route" (not after "would have" or "would be", whose participles coordinate).
        bare_modal = is_hedge and w in _BARE_MODALS and i + 1 < len(infos) and infos[i + 1][0] not in ("have", "be")
        # A "not" of no verb denies the phrase after it alone: "is stressed, not dead, and many colonies
        # recovered" denies no recovery.
        constituent = w == "not" and i > 0 and infos[i - 1][0] not in _VERBAL_BEFORE_NOT \
            and (i + 1 >= len(infos) or infos[i + 1][0] not in _VERBAL_AFTER_NOT)
        for k in range(i + 1, len(infos)):
            later = infos[k]
            if constituent and later[0] in ("and", "or", "but") and k + 1 < len(infos) \
                    and (infos[k + 1][0] in _CLAUSE_OPENERS or _past_form(infos[k + 1][0])):
                break  # (not "not taxes and fees": the list goes on)
            if later[0] in ("and", "or", "but") and k + 1 < len(infos) and (
                    infos[k + 1][0] in _OWN_AUXILIARIES or (bare_modal and _past_form(infos[k + 1][0]))):
                break  # "had not been consulted and would ballot members": a verb with its own auxiliary
            if later[0] in SPEECH_VERBS and scope_list:
                break  # "Petrova, who had not dropped a set all week, said she was proud": not denied
            if later[2]:
                scope_list.append(later[1])
                if len(scope_list) == _SCOPE_WORDS:
                    break
        head = scope_list[0] if scope_list else None
        if is_hedge and len(scope_list) > 1 and head is not None:
            # "could be seen as a mandate": the hedge is of what it could be seen as; the viewing is no word a
            # claim must share for the hedge to govern it ("described the result as a mandate").
            at = next((k for k in range(i + 1, len(infos)) if infos[k][1] == head), None)
            if at is not None and infos[at][0] in _VIEWED_AS and at + 1 < len(infos) and infos[at + 1][0] == "as":
                head = scope_list[1]
        coordinated: list[str] = []  # the words of a verb coordinated with the hedge's first
        if is_hedge:
            # A hedge governs each verb coordinated with its first: "has promised to expand the tram
            # network and freeze rents" promises the freeze too. Only "and"/"or" right before a content
            # word: "…, and the council froze rents" opens a clause of its own.
            for j in range(i + 2, min(len(infos) - 1, i + 1 + _COORDINATION_REACH)):
                if bare_modal and infos[j][0] in ("and", "or", "but") and _past_form(infos[j + 1][0]):
                    break
                if infos[j][0] in ("and", "or") and (infos[j + 1][2] or infos[j + 1][0] == "to"):
                    coordinated = [info[1] for info in infos[j + 1 : j + 6] if info[2]][:2]  # "… and to reopen three rural"
                    scope_list += coordinated
                    break
                if infos[j][0] in ("but", "while", "although", "though", "because", "which", "who"):
                    break
        if is_hedge and i and (HEDGE_KINDS.get(w) == "condition" or w in ("principle", "long")):
            # A condition after its main clause governs that clause too: "the company would cut jobs if
            # the merger failed" does not say the company cut jobs, nor that the merger failed. So does "in
            # principle" after what was agreed ("backed the merger in principle").
            scope_list += [info[1] for info in infos[max(0, i - 2 * _SCOPE_WORDS) : i] if info[2]]
            head = None
        if is_hedge and w in _NOUN_HEDGES and scope_list and _decided_before(infos, i):
            # "approved a plan to build a pool": the plan is approved, its building not done; a claim that
            # the pool was approved does not state the building, so only the plan's verb is hedged
            scope_list = scope_list[:1]
        scope = frozenset(scope_list) if i not in answer_particles else frozenset()
        if is_negation:
            negations.append((words[i], scope))
        if is_hedge:
            if w == "have" and infos[i - 1][0] == "to":  # "ought to have", as "should have"
                hedges.append((f"{words[i - 2]} {words[i - 1]} {words[i]}", scope))
            elif w == "long":  # "as long as"
                hedges.append((f"{words[i - 1]} {words[i]} {words[i + 1]}", scope))
            else:
                hedges.append((f"{words[i - 1]} {words[i]}" if w == "have" else words[i], scope))
            heads.append(head)
            if coordinated and coordinated[0] != head and scope and (
                    w in _BARE_MODALS or (i + 1 < len(infos) and infos[i + 1][0] == "to")):
                # The coordinated verb is a head of its own: "would be delayed and extended" hedges a claim
                # that it "was extended", which holds only one of the hedge's words. Only after a modal or
                # "to", whose verb it is coordinated with ("claimed responsibility and demanded a ransom"
                # joins "demanded" to "claimed" itself).
                hedges.append((hedges[-1][0], frozenset(coordinated)))
                heads.append(coordinated[0])


def find_names(folded: str, vocabulary: SourceVocabulary | None = None,
               by_position: list[str] | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """Runs of capitalised words that name someone or something.

    A lone capitalised word that opens a claim may be capitalised by position only: it is a common word
    if the sources never capitalise it mid-sentence and use it, or a word of its stem, in lower case
    ("Analysts", "Spending", "Investigators" for "an investigation"). Otherwise it stays a name, even one
    the lexicon knows as a word: "Smith", "Cook" and "Mark" open claims as surnames. Before more
    capitalised words, a word the sources never capitalise that the lexicon knows as a kind of person
    ("Skipper Arjun Patel") is a title to match by meaning; the rest of the run is the name ("Mark
    Delgado" stays a name: a mark is no person). A demoted word is a content
    word the alignment must still find. Unknown words count: when unsure, check. In a source sentence (no vocabulary) every run counts.

    Before a verb a lone capitalised word is read as a name in a claim even where it would not be
    otherwise, and its surface goes to ``by_position``: a figure word ("Pence said", "May told"), and a
    singular word for a person or a title ("Hunter said", "Judge was appointed"), which English does not
    use bare as a subject: a source's "a hunter said" does not name a Hunter.
    """
    names: list[tuple[str, tuple[str, ...]]] = []
    for run in _NAME_RUN_RE.finditer(folded):
        text = run.group()
        parsed = _NAME_RUNS.get(text)
        if parsed is None:
            parsed = _parse_name_run(text)
        if parsed is None:
            if vocabulary is None or " " in text or not _before_predicate(folded, run.end()):
                continue
            lower = text.lower()
            if lower in _INDEFINITE_PRONOUNS:
                continue  # "Nobody was hurt": a pronoun, though the lexicon knows "a nobody" as a person
            if lower in _FIGURE_NAMES:
                names.append((text, (lower,)))
                if by_position is not None:
                    by_position.append(text)  # "Pence said": "five pence" in a source names nobody
            elif _bare_person(lower, vocabulary) and _opens_sentence(folded, run.start()):
                names.append((text, (lower,)))
                if by_position is not None:
                    by_position.append(text)
            continue
        # A capitalised word that opens the sentence is a name only if it is one elsewhere too; when it
        # opens a longer run ("Skipper Arjun Patel"), the rest of the run is still a name.
        if vocabulary is not None and _opens_sentence(folded, run.start()):
            first, _, rest = text.partition(" ")
            if first.lower() in _OPENING_DETERMINERS:
                if not rest:
                    continue
                parsed = _NAME_RUNS.get(rest) or _parse_name_run(rest)
                if parsed is not None:
                    names.append(parsed)
                continue
            # Before more capitalised words the first one may belong to the name ("Lee Jae Myung", where
            # a source opens a sentence with "Lee"): it is dropped only if the sources never capitalise it.
            if not rest and by_position is not None and vocabulary.common_word(text.lower()) \
                    and (not text.endswith("s") or text.endswith("ss")) and _before_predicate(folded, run.end()):
                # "Young said", "Hunter said", whether or not the sources use the word: a name only where
                # they write it as one (not "Young people said", "a hunter said"). Not a plural: "Nurses
                # said" is no surname.
                if not _common_opening(first, vocabulary, before_name=False) or _bare_person(text.lower(), vocabulary):
                    names.append(parsed)
                    # A name the sources write as one mid-sentence and never in lower case is a name, however
                    # the lexicon knows the word ("Chen will rise", "Kestrel said"): no position makes it so.
                    if vocabulary.names_mid.isdisjoint(parsed[1]) or text.lower() in vocabulary.lower_words:
                        by_position.append(text)
                continue
            if _common_opening(first, vocabulary, before_name=bool(rest)):
                if not rest:
                    continue
                parsed = _NAME_RUNS.get(rest) or _parse_name_run(rest)
                if parsed is None:
                    continue
            elif not rest and _common_by_form(text, folded, run.end(), vocabulary):
                continue
        names.append(parsed)
    return names


def _common_by_form(word: str, folded: str, end: int, vocabulary: SourceVocabulary) -> bool:
    """A claim's opening word that is a common word by its form, though the sources do not use it: a
    plural the lexicon knows ("Fares will not rise", "Owners are told"), or a word for no person before
    another word of its phrase ("Daily water-fetching time", "Affected units"). The alignment must still
    find it; only the names check lets it be. Not before a speech verb ("Banks said" may be a surname)."""
    lower = word.lower()
    if not vocabulary.common_word(lower) or not vocabulary.names_mid.isdisjoint(name_tokens(word)):
        return False
    nxt = _NEXT_WORD_RE.match(folded, end)
    if nxt is not None and nxt.group(1) in SPEECH_VERBS:
        return False
    if (lower.endswith("s") and not lower.endswith("ss")) or lower in _IRREGULAR_PLURALS:
        return True
    # A word for a person is a title before a name, a surname before a verb ("Hunter delivered"), and a
    # modifier before a noun ("Commuter rail services"): only the last is common.
    return nxt is not None and nxt.group(1) not in PREDICATE_OPENERS and (
        not vocabulary.title_word(lower) or (vocabulary.common_word(nxt.group(1)) and not nxt.group(1).endswith(("ed", "ing", "s"))))


_IRREGULAR_PLURALS = frozenset("people children men women".split())


def _common_opening(word: str, vocabulary: SourceVocabulary, *, before_name: bool) -> bool:
    """A claim's first word, capitalised by position only (see :func:`find_names`)."""
    lower, toks = word.lower(), name_tokens(word)
    if not vocabulary.names_mid.isdisjoint(toks):
        return False
    if before_name:  # "Skipper Arjun Patel", but not "Lee Jae Myung" where a source opens with "Lee"
        return vocabulary.names_any.isdisjoint(toks) and (lower in vocabulary.lower_words or vocabulary.title_word(lower))
    return lower in vocabulary.lower_words or stem(lower) in vocabulary.lower_stems


# A run of capitalised words → (the name without titles at its edges, its tokens), or None.
_NAME_RUNS: dict[str, tuple[str, tuple[str, ...]] | None] = {}


def _parse_name_run(text: str) -> tuple[str, tuple[str, ...]] | None:
    parts = text.split(" ")
    # A number written as a word after a word of the name is part of it: "Court One" is not "Centre Court",
    # nor "Formula One" a formula ("Ten people", a number that opens the run, names nobody).
    kept = [
        p for i, p in enumerate(parts)
        if (p.lower().rstrip(".") not in _NOT_A_NAME and not _NOT_A_NAME.issuperset(p.lower().split("-")))
        or (i and p.lower() in _NAME_NUMBERS and parts[i - 1].lower().rstrip(".") not in _NOT_A_NAME)
    ]
    parsed = None
    if kept:
        if len(kept) == len(parts):
            surface = text
        else:  # drop titles and furniture at the edges: "President Lee" names "Lee"
            first, last = parts.index(kept[0]), len(parts) - 1 - parts[::-1].index(kept[-1])
            surface = " ".join(parts[first:last + 1])
        toks: list[str] = []
        for word in kept:
            toks.extend(name_tokens(word))
        parsed = (surface, tuple(toks))
    if len(_NAME_RUNS) >= _WORD_INFO_LIMIT:
        _NAME_RUNS.clear()
    _NAME_RUNS[text] = parsed
    return parsed


# Words that open a predicate right after its subject ("Hunter said", "Pence was sworn in").
PREDICATE_OPENERS = SPEECH_VERBS | frozenset("is was has had will would could can did does told".split())
_NEXT_WORD_RE = re.compile(r" ([a-z]+)\b")
# Figure words that are also surnames or first names when written as one: "Pence", "Penny", "May".
_FIGURE_NAMES = frozenset(["pence", "penny", "yuan", "yen", "rand", "may", "june", "august"]) & (FIGURE_WORDS | MONTH_WORDS)


def _before_predicate(text: str, end: int) -> bool:
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1) in PREDICATE_OPENERS


def _bare_person(lower: str, vocabulary: SourceVocabulary) -> bool:
    """A singular word for a kind of person (plural subjects go bare: "Analysts said")."""
    return (not lower.endswith("s") or lower.endswith("ss")) and vocabulary.title_word(lower)


def _opens_sentence(text: str, pos: int) -> bool:
    # text[:pos].rstrip(" \"'(") ends with the first character before pos that is none of those: walked
    # back to, not copied (a copy of the text up to each capitalised word).
    while pos and text[pos - 1] in " \"'(":
        pos -= 1
    return not pos or text[pos - 1] in ".!?:-"


def merge(features: list[Features]) -> Features:
    """The union of several sentences' features: the evidence for a claim."""
    if len(features) == 1:
        return features[0]
    merged = Features(folded=" ".join(f.folded for f in features))
    for f in features:
        for k, v in f.content.items():
            merged.content.setdefault(k, v)
        for k, v in f.numbers.items():
            merged.numbers.setdefault(k, v)
        merged.tokens |= f.tokens
        merged.time_anchors |= f.time_anchors
        merged.quantifiers |= f.quantifiers
        merged.speakers.extend(f.speakers)
        merged.frames += f.frames
        merged.causes |= f.causes
        merged.names.extend(f.names)
        merged.negations.extend(f.negations)
        merged.hedges.extend(f.hedges)
        merged.hedge_heads.extend(f.hedge_heads)
    return merged
