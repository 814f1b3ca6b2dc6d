"""The deterministic verifier: every claim against the exact sentences it cites.

Pure: the same sources and summary give the same report, byte for byte. No network, no model, no
randomness. It is conservative by design: when a check cannot confirm a claim, the claim is rejected
with a reason a person can act on; a wrongly accepted claim is the worst failure this product can have.
"""

from __future__ import annotations


import dataclasses
import re
from decimal import Decimal
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING

from ..citations import Claim, ParsedSummary, format_marker, parse_summary
from ..errors import InputError
from ..sources import Sentence, Source, sources_from_texts
from ..textnorm import STOPWORDS, LazyPattern, count_noun, fold
from .alignment import (LABEL_RE, Alignment, Link, SentenceTokens, Token, align, copied_tokens, is_possessive, mark_level_verbs,
                        merge_phrasal_verbs, merge_phrases, sentence_tokens, tokenize)
from .features import (
    QUANTIFIER_CLASSES, Features, SourceVocabulary, analyse, find_names, hedge_kind, merge, name_tokens, reporting_speakers,
    PREDICATE_OPENERS, common_reporters, common_speaker, frame_times, leading_frame_times, opening_speaker,
    paired_speakers, NEGATION_CUES, SPEECH_VERBS, REQUEST_VERBS, COMMAND_VERBS, MONTH_WORDS, WEEKDAYS,
    stem,
)
from .lexicon import Lexicon, alignment_settings, default_lexicon
from .numbers import (BOUND_AFTER_KINDS, BOUND_AFTER_RE, DURATION_SCALES, NUMBER_WORD_VALUES, TIME_UNITS_PATTERN, YEAR_RE, _decimal, _read_figures, duration_count,
                      evidence_codes, extract_numbers, fraction_share)
from .syntax import _OBJECT_PRONOUNS
from .report import (
    AlignedWord,
    ClaimReport,
    RELATION_WORDS,
    NonClaimReport,
    Reason,
    Stats,
    VerificationReport,
    VerifierConfig,
)

if TYPE_CHECKING:  # the annotation only: the index is imported where it is built
    from .retrieval import SentenceIndex

# Share of a claim's content words its evidence must support (data/alignment.json, with the other
# thresholds of the alignment).
DEFAULT_MIN_SUPPORT: float = alignment_settings()["min_support"]
# A claim must assert something: fewer content words than this ("It was the.", "HACKED.", "Budget.") is
# not a statement a citation can back, however well its one word matches. Two is the least a statement
# needs (a subject and what is said of it: "Prices rose.").
MIN_CONTENT_WORDS = 2
_CAPITALISED_RE = re.compile(r"(?<![\w'\-])[A-Z][\w'\-]*")
# A name described by the common noun before it ("supermarket chain FreshMart", "analyst Mark Delgado")
# or, for an organisation, after it ("the FNV union"; but "the Harlow captain" is Harlow's captain).
_NAME_RUN = r"[A-Z][\w'&\-]*(?: [A-Z][\w'&\-]*)*"
_DESCRIBED_AFTER_RE = re.compile(r"(?<![\w'\-])([a-z][a-z\-]+) (" + _NAME_RUN + r")")
_DESCRIBED_BEFORE_RE = re.compile(r"\b[Tt]he ([A-Z]{2,6}) ([a-z][a-z\-]+)\b(?! [A-Z])")
# After a name, a verb or an auxiliary makes "the company Acme" a reduced relative ("the company Acme had
# bought"), not an apposition.
_VERB_AFTER_RE = re.compile(r" (?:had|has|have|was|is|were|are|will|would|could|can|did|does|do|[a-z]+ed)\b")
# Right before a described-looking noun, these make it an object or a part, not a description: "told
# the company Acme would …", "the chairman of the firm Bob Lee".
_TELLING_BEFORE_RE = re.compile(
    r"\b(?:told|tells|tell|asked|asks|informed|warned|reminded|urged|assured|promised|notified|of)"
    r"(?: the| a| an| its| their| his| her)? $")
_LOWER_WORD_RE = re.compile(r"(?<![\w'\-])[a-z][a-z]*(?![\w'\-])")


# A Token's fields in order (all are __init__ arguments): Token(*_token_fields(t)) is a copy of t.
_token_fields = attrgetter(*(f.name for f in dataclasses.fields(Token)))
_TOKEN_FIELD_COUNT = len(dataclasses.fields(Token))

# A claim's features and its reading (tokens) depend on its text and this verifier's vocabulary only: a
# text verified again (a repair round re-checks the claims it kept; excerpt claims copy the same sentence)
# is analysed and read once. Per verifier, at most this many texts each (then the cache starts again).
_CLAIM_FEATURES_LIMIT = 20_000


# Kept as Features objects, the cached claim analyses were eleven objects each for the garbage collector
# to walk on every full collection (lists and sets, mostly empty): with many distinct claims (4 MB of
# sources, 20,000 claims) that cost more than re-analysing saved. Kept instead as one tuple of immutable
# values the collector stops tracking (after its first looks at them), and rebuilt on use: a new Features,
# new lists and sets, so no claim can see another's. The collector stops tracking a tuple only when
# nothing in it may be tracked, and a set, a frozenset, a dict or a type always may be: so sets are kept
# as tuples of their members, dicts as tuples of their items and the field types by number (kept as
# frozensets and dicts beside a tuple of types, the kept claims were never untracked). Nothing reads a
# set's order (reports are the same under every hash seed), so a set rebuilt from its members is the set
# it was.
_features_fields = attrgetter(*(f.name for f in dataclasses.fields(Features)))
# How each field type is kept and rebuilt (other types are kept as they are).
_FREEZE = {list: tuple, set: lambda v: tuple(v) if v else None, frozenset: lambda v: tuple(v) if v else None,
           dict: lambda v: tuple(v.items())}
_THAW = {list: list, set: lambda v: set() if v is None else set(v),
         frozenset: lambda v: frozenset() if v is None else frozenset(v), dict: dict}
# The combinations of field types met so far (a few: quantifiers is a set or a frozenset), by number: for
# each, its fields' (freeze, thaw) functions, None for a field kept as it is.
_KIND_NUMBERS: dict[tuple[type, ...], int] = {}
_KIND_FREEZERS: list[tuple] = []
_KIND_THAWERS: list[tuple] = []


def _frozen_features(feats: Features) -> tuple:
    """``feats`` as (number of its field types, field values): lists and sets as tuples (None for an empty
    set), dicts (of strings) as tuples of their items."""
    values = _features_fields(feats)
    kinds = tuple(map(type, values))
    number = _KIND_NUMBERS.get(kinds)
    if number is None:
        number = _KIND_NUMBERS[kinds] = len(_KIND_FREEZERS)
        _KIND_FREEZERS.append(tuple(map(_FREEZE.get, kinds)))
        _KIND_THAWERS.append(tuple(map(_THAW.get, kinds)))
    return number, tuple([value if freeze is None else freeze(value) for freeze, value in zip(_KIND_FREEZERS[number], values)])


def _thawed_features(frozen: tuple) -> Features:
    """A new Features equal to the one :func:`_frozen_features` was given, of the same field types."""
    number, values = frozen
    return Features(*[value if thaw is None else thaw(value) for thaw, value in zip(_KIND_THAWERS[number], values)])


class Verifier:
    """Checks summaries against one set of sources; sentence features and the index are built once."""

    def __init__(self, sources: list[Source], config: VerifierConfig | None = None):
        self.sources = sources
        self.config = config or VerifierConfig()
        self._by_number = {s.number: s for s in sources}
        self._features: dict[str, Features] = {}
        self._index: SentenceIndex | None = None
        self._vocabulary: SourceVocabulary | None = None
        self._lexicon = default_lexicon()
        self._negation_scope = int(alignment_settings()["negation_scope_words"])
        # sentence id → (its tokens' fields one after another, by_lower, by_stem, turn): see tokens()
        self._tokens: dict[str, tuple[tuple, dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], str | None]] = {}
        self._recent_tokens: SentenceTokens | None = None
        self._labels: dict[int, dict[int, str]] = {}  # source number → its speaker labels, by sentence number (_turn)
        self._descriptions: dict[int, dict[str, frozenset[str]]] = {}
        self._source_names: frozenset[frozenset[str]] | None = None  # every name of the sources, by its words
        self._claim_features: dict[str, tuple] = {}  # claim text → _frozen_features of its analysis
        self._readings: dict[str, tuple] = {}  # claim text → its tokens' fields, one after another (_claim_reading)
        # (claim text, evidence ids) → (no-content reason, content reasons, aligned words): _content_outcome
        self._outcomes: dict[tuple[str, tuple[str, ...]], tuple[Reason | None, tuple[Reason, ...], tuple[AlignedWord, ...]]] = {}

    # -- lazily built, cached state -------------------------------------------------------------

    @property
    def index(self) -> SentenceIndex:
        """BM25 over all sentences, built on first use."""
        if self._index is None:
            from .retrieval import SentenceIndex  # here: only attribution and the review's best match need it

            self._index = SentenceIndex(self.sources)
        return self._index

    def vocabulary(self) -> SourceVocabulary:
        """Names and common words of the sources: one regex pass over each, built on first use."""
        if self._vocabulary is None:
            mid: set[str] = set()
            anywhere: set[str] = set()
            lower: set[str] = set()
            for src in self.sources:
                text = fold(src.text)
                for m in _CAPITALISED_RE.finditer(text):
                    toks = name_tokens(m.group())
                    anywhere.update(toks)
                    if m.start() > 1 and text[m.start() - 2] not in ".!?:\n" and text[m.start() - 1] == " ":
                        mid.update(toks)
                lower.update(_LOWER_WORD_RE.findall(text))
            self._vocabulary = SourceVocabulary(frozenset(mid), frozenset(anywhere), frozenset(lower),
                                                frozenset(stem(w) for w in lower), self._lexicon.is_person_noun,
                                                self._lexicon.is_common_word)
        return self._vocabulary

    def source_names(self) -> frozenset[frozenset[str]]:
        """The words of every name the sources use, one set per name ("Data Protection Commission"),
        found on first use."""
        if self._source_names is None:
            self._source_names = frozenset(run for source in self._by_number.values()
                                           for run in _joined_at_initials([r for _, r in find_names(fold(source.text)) if r]))
        return self._source_names

    def descriptions(self, number: int) -> dict[str, frozenset[str]]:
        """What source ``number`` calls each of its names, by name word: "supermarket chain FreshMart" makes
        FreshMart a chain, "the FNV union" makes FNV a union. Built on first use, from the whole source.

        Only a singular noun for a person or an organisation counts ("visit China" describes nothing,
        "reporters Smith" is a list), and not after a verb of telling ("told the company Acme would …")
        or "of" ("the chairman of the firm Bob Lee"). After a name, only an acronym's noun counts: "the
        FNV union" is FNV, but "the Boeing union" is Boeing's union and "the Harlow captain" Harlow's
        captain. A name word the source also uses in another name ("Tom Quist" beside "analyst Mara
        Quist") is described by neither.
        """
        found = self._descriptions.get(number)
        if found is None:
            text = fold(self._by_number[number].text)
            lex = self._lexicon
            described: list[tuple[frozenset[str], str]] = []

            def add(noun: str, name: str, kind_ok) -> None:
                if noun not in lex.lemmas(noun, "n") or not kind_ok(noun):
                    return  # a plural, or no person or organisation
                toks = frozenset(t for part in name.split(" ") for t in name_tokens(part))
                if toks:
                    described.append((toks, noun))

            for m in _DESCRIBED_AFTER_RE.finditer(text):
                if _TELLING_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) or _VERB_AFTER_RE.match(text, m.end()):
                    continue  # "told the company Acme would …", "the company Acme had bought": not an apposition
                add(m.group(1), m.group(2), lambda n: lex.is_person_noun(n) or lex.is_organization_noun(n))
            for m in _DESCRIBED_BEFORE_RE.finditer(text):
                # An acronym the source also uses with "the" on its own ("the UK", "the NHS") is a place or a
                # body, and "the UK union" is the UK's union; "the FNV union" beside a bare "FNV" is FNV.
                if re.search(rf"\b[Tt]he {m.group(1)}\b(?! {re.escape(m.group(2))}\b)", text):
                    continue
                add(m.group(2), m.group(1), lex.is_organization_noun)
            # The source's names that share a word with a described one, by that word.
            needed = {word for toks, _ in described for word in toks}
            runs_with: dict[str, list[frozenset[str]]] = {}
            if needed:
                for _, run_tokens in find_names(text):
                    run = frozenset(run_tokens)
                    for word in needed.intersection(run):
                        runs_with.setdefault(word, []).append(run)
            out: dict[str, set[str]] = {}
            for toks, noun in described:
                for word in toks:
                    # Every name of the source with this word in it must be (part of) the described one.
                    if all(run <= toks for run in runs_with.get(word, ())):
                        out.setdefault(word, set()).update({noun, *lex.lemmas(noun, "n")})
            found = self._descriptions[number] = {k: frozenset(v) for k, v in out.items()}
        return found

    def sentence_features(self, sentence: Sentence) -> Features:
        """Features of a source sentence, computed once. Kept as they are, not in the claims' collector-free
        form: that made each full collection shorter, but with fewer objects kept for good the collector
        runs its full collections sooner, and the bench's rows (cold and warm) took as long in all."""
        feats = self._features.get(sentence.id)
        if feats is None:
            feats = self._features[sentence.id] = analyse(sentence.text)
        return feats

    def claim_features(self, text: str) -> Features:
        """Features of a claim's text: analysed once per text, and a new Features object each call (kept
        in the collector-free form of :func:`_frozen_features`; see _CLAIM_FEATURES_LIMIT)."""
        frozen = self._claim_features.get(text)
        if frozen is not None:
            return _thawed_features(frozen)
        feats = analyse(text, is_claim=True, vocabulary=self.vocabulary())
        if len(self._claim_features) >= _CLAIM_FEATURES_LIMIT:
            self._claim_features.clear()
        self._claim_features[text] = _frozen_features(feats)
        return feats

    def tokens(self, sentence: Sentence) -> SentenceTokens:
        """A source sentence's words for the alignment, read once. Kept as one flat tuple of the tokens'
        fields (with the look-up tables, which are never changed): kept as Token objects, the cached
        sentences were most of what every full collection walked (twelve fields a token, twenty tokens a
        sentence), which cost more than making new tokens from the fields each time a sentence is used
        again. The last one handed out is handed out again to the next call for the same sentence (a
        claim copying its sentence asks for it twice)."""
        recent = self._recent_tokens
        if recent is not None and recent.sentence is sentence:
            return recent
        kept = self._tokens.get(sentence.id)
        if kept is None:
            found = sentence_tokens(sentence, self._negation_scope, self._lexicon)
            # The turn depends on the source alone: found once and kept with the fields (looked for again
            # each time the sentence was used, the walk back over its neighbours cost as much as copying it).
            if self._labels.get(sentence.source, True):  # (an empty dict: a source with no label)
                found.turn = self._turn(sentence)
            self._tokens[sentence.id] = (tuple(chain.from_iterable(map(_token_fields, found.tokens))),
                                         found.by_lower, found.by_stem, found.turn)
        else:
            fields, by_lower, by_stem, turn = kept
            n = _TOKEN_FIELD_COUNT
            tokens = [Token(*fields[i : i + n]) for i in range(0, len(fields), n)]
            found = SentenceTokens(sentence, tokens, by_lower, by_stem, [t.lower for t in tokens], turn=turn)
        self._recent_tokens = found
        return found

    def _turn(self, sentence: Sentence) -> str | None:
        """The label of the transcript turn ``sentence`` runs on in, when it has no label of its own: the
        nearest labelled sentence before it, within a dozen (see SentenceTokens.turn)."""
        source = self._by_number.get(sentence.source)
        if source is None:
            return None
        labels = self._labels.get(sentence.source)
        if labels is None:
            # One pass per source, by sentence number: its labels (none in most sources, which are no
            # transcripts). Matched again for each sentence's dozen neighbours, they cost as much as
            # reading the sentence.
            labels = self._labels[sentence.source] = {
                number: label.group().rstrip(": ").strip()
                for number, s in enumerate(source.sentences, 1) if (label := LABEL_RE.match(s.text)) is not None}
        if not labels or LABEL_RE.match(sentence.text):
            return None
        for k in range(sentence.number - 1, max(0, sentence.number - 12), -1):
            label = labels.get(k)
            if label is not None:
                return label
        return None

    # -- the checks -----------------------------------------------------------------------------

    def check(self, summary: str | ParsedSummary) -> VerificationReport:
        """Verify every claim of ``summary``; return the report."""
        if isinstance(summary, str):
            _require_encodable(summary, "the summary")
            parsed = parse_summary(summary)
        else:
            parsed = summary
        claims = [self.check_claim(c) for c in parsed.claims]
        supported = sum(1 for c in claims if c.verdict == "supported")
        return VerificationReport(
            claims=claims,
            stats=Stats(claims=len(claims), supported=supported, rejected=len(claims) - supported),
            non_claims=[NonClaimReport(kind=n.kind, text=n.text, start=n.start, end=n.end) for n in parsed.non_claims],
            verifier=self.config.settings(),
        )

    def check_claim(self, claim: Claim) -> ClaimReport:
        """Verify one claim."""
        explicit: list[Sentence] = []
        whole_sources: list[int | None] = []
        not_found: list[dict[str, str]] = []
        for c in claim.citations:
            src = self._by_number.get(c.source)
            if src is None:
                not_found.append({"citation": c.id, "problem": f"there is no source {c.source} ({count_noun(len(self.sources), 'source')} given)"})
            elif c.sentence is None:
                whole_sources.append(c.source)
            elif (sentence := src.sentence(c.sentence)) is None:
                not_found.append({"citation": c.id, "problem": f"source {c.source} has no sentence {c.sentence} (it has {len(src.sentences)})"})
            else:
                explicit.append(sentence)
        for bad in claim.malformed:
            not_found.append({"citation": bad.text, "problem": bad.problem})
        if explicit and not whole_sources and not not_found:
            # The common case, every citation a sentence found: every reason depends on the text and the
            # sentences alone (kept, see _content_outcome), so the claim's analysis is needed only once.
            no_content, reasons, words = self._content_outcome(claim, explicit)
            if no_content is not None:
                reasons.insert(0, no_content)
            return self._claim_report(claim, reasons, explicit, words)
        feats = self.claim_features(claim.text)
        reasons = []
        no_content = _no_content_reason(feats, self._lexicon.framing)
        if no_content is not None:
            reasons.append(no_content)
        if not_found:
            reasons.append(self._citation_not_found(claim, feats, not_found))
        if not claim.citations and not claim.malformed:
            if self.config.attribute:
                whole_sources.append(None)
            else:
                reasons.append(Reason(
                    code="uncited",
                    message="This sentence cites nothing, so nothing backs it. Add a marker such as [1.2], "
                    "or verify with --attribute to search the sources for it.",
                    details={},
                ))
        evidence = explicit + self._select_evidence(feats, whole_sources, explicit)
        words: list[AlignedWord] = []
        if evidence:
            _, found, words = self._content_outcome(claim, evidence, feats)
            reasons.extend(found)
        elif whole_sources:
            reasons.append(Reason(
                code="unsupported_detail",
                message="No sentence of the cited sources shares the claim's content words.",
                details={"coverage": 0.0, "threshold": self.config.min_support, "missing": list(feats.content.values()),
                         "clauses": []},
            ))
        return self._claim_report(claim, reasons, evidence, words)

    @staticmethod
    def _claim_report(claim: Claim, reasons: list[Reason], evidence: list[Sentence], words: list[AlignedWord]) -> ClaimReport:
        return ClaimReport(
            index=claim.index,
            text=claim.text,
            start=claim.start,
            end=claim.end,
            citations=[c.id for c in claim.citations] + [m.text for m in claim.malformed],
            verdict="rejected" if reasons else "supported",
            reasons=reasons,
            evidence=[s.id for s in evidence],
            alignment=words,
        )

    def _citation_not_found(self, claim: Claim, feats: Features, not_found: list[dict[str, str]]) -> Reason:
        best = self.index.shortlist(list(feats.content), 1)
        details: dict = {"citations": [n["citation"] for n in not_found], "problems": [n["problem"] for n in not_found]}
        message = "; ".join(f"[{n['citation']}]: {n['problem']}" for n in not_found) + "."
        if best:
            s = best[0][0]
            details["suggestion"] = s.id
            details["suggestion_text"] = s.display_text
            message += f" The sentence that best matches this claim is [{s.id}]: \u201c{_clip(s.display_text)}\u201d"
        return Reason(code="citation_not_found", message=message, details=details)

    def _select_evidence(self, feats: Features, whole_sources: list[int | None], explicit: list[Sentence]) -> list[Sentence]:
        """For ``[n]`` markers and attribution: the best sentences, added while they cover more of the claim."""
        if not whole_sources:
            return []
        terms = list(feats.content)
        ranked: list[tuple[float, int, Sentence]] = []
        seen = {s.id for s in explicit}
        order = 0
        for source in dict.fromkeys(whole_sources):
            for sentence, score in self.index.shortlist(terms, self.config.shortlist, source=source):
                if sentence.id not in seen:
                    seen.add(sentence.id)
                    ranked.append((score, order, sentence))
                    order += 1
        ranked.sort(key=lambda t: (-t[0], t[1]))
        # Choose by content stems only (the index already holds them); full analysis waits for the chosen.
        wanted = set(feats.content)
        terms = self.index.terms
        covered: set[str] = set()
        for s in explicit:
            covered |= wanted & set(self.sentence_features(s).content)
        chosen: list[Sentence] = []
        while ranked and len(chosen) < self.config.max_evidence:
            best_gain, best_pos = -1, 0
            for pos, (_, _, sentence) in enumerate(ranked):
                gain = len((wanted - covered) & terms[sentence.id])
                if gain > best_gain:
                    best_gain, best_pos = gain, pos
            if best_gain <= 0 and chosen:
                break
            _, _, sentence = ranked.pop(best_pos)
            covered |= wanted & terms[sentence.id]
            chosen.append(sentence)
            if wanted <= covered:
                break
        return chosen

    def _content_outcome(self, claim: Claim, sentences: list[Sentence], feats: Features | None = None
                         ) -> tuple[Reason | None, list[Reason], list[AlignedWord]]:
        """The claim's no-content reason (if it lacks content), what the content checks find, and the
        alignment, as the report holds them; ``feats`` is the claim's analysis, made here if not given.
        All depend on the claim's text and the sentences alone, so they are kept per (text, sentence ids)
        and a claim checked again (a repair round re-checks the claims it kept; excerpt claims copy the
        same sentence) gets new reasons made from them, so no report shares a reason with another, and
        the same aligned words, which are frozen."""
        key = (claim.text, tuple([s.id for s in sentences]))
        kept = self._outcomes.get(key)
        if kept is not None:
            no_content, reasons, words = kept
            return (None if no_content is None else _copied_reason(no_content)), [_copied_reason(r) for r in reasons], list(words)
        if feats is None:
            feats = self.claim_features(claim.text)
        no_content = _no_content_reason(feats, self._lexicon.framing)
        found, alignment = self._content_reasons(claim, feats, sentences)
        kept_words = tuple([link.as_word() for link in alignment.links])
        if len(self._outcomes) >= _CLAIM_FEATURES_LIMIT:
            self._outcomes.clear()
        self._outcomes[key] = (None if no_content is None else _copied_reason(no_content),
                               tuple([_copied_reason(r) for r in found]), kept_words)
        return no_content, found, list(kept_words)

    def _content_reasons(self, claim_obj: Claim, claim: Features, sentences: list[Sentence]) -> tuple[list[Reason], Alignment]:
        parts = [self.sentence_features(s) for s in sentences]
        evidence = merge(parts)
        cited = format_marker([s.id for s in sentences])
        reasons = []
        date_reason = self._check_date_binding(claim, sentences)
        names_reason, alias_words = self._check_names(claim, evidence, cited, sentences)
        alignment = self._align(claim_obj, claim, sentences, alias_words)
        # In the order reasons are reported.
        found = (
            _check_quotes(claim, evidence, cited),
            _check_numbers(claim, evidence, cited) or _check_bounds(claim, evidence, cited)
            or _check_scores(claim, evidence, cited) or self._check_frame_time(claim, sentences, cited),
            names_reason,
            _check_negation(claim, evidence, cited, alignment, list(zip(sentences, parts)) if len(parts) > 1 else None),
            *_check_modality(claim, evidence, cited, alignment),
            _check_quantifiers(claim, evidence, cited),
            _check_speakers(claim, evidence, cited),
            _check_causes(claim, evidence, cited),
            _check_pronouns(claim, evidence, cited),
            *self._alignment_reasons(alignment, cited),
        )
        for reason in found:
            if reason is not None:
                if reason.code == "number_mismatch" and date_reason is not None:
                    reason.details["other_times"] = date_reason.details["other_times"]
                    reason.message += " " + date_reason.message
                    date_reason = None
                reasons.append(reason)
        if date_reason is not None:
            reasons.insert(sum(r.code in ("quote_not_found",) for r in reasons), date_reason)
        return _one_per_code(reasons), alignment

    def _align(self, claim: Claim, feats: Features, sentences: list[Sentence], alias_words: set[str]) -> Alignment:
        tokens = self._claim_reading(claim, feats, sentences)
        return align(tokens, [self.tokens(s) for s in sentences], self._lexicon, alias_words=frozenset(alias_words),
                     descriptions=_Descriptions(self, sorted({s.source for s in sentences})))

    def _claim_reading(self, claim: Claim, feats: Features, sentences: list[Sentence]) -> list[Token]:
        """Fresh tokens of the claim as the alignment gets them: read (:meth:`_claim_tokens`), with its level
        verbs and names marked. That depends on the text alone (``feats`` is its analysis), so for a claim
        read afresh the fields are kept per text and a claim seen before gets new tokens made from them
        (align marks its tokens). A copy of a cited sentence is not kept: copying that sentence's tokens
        costs about what making them from kept fields does, and keeping them would cost more."""
        fields = self._readings.get(claim.text)
        if fields is not None:
            n = _TOKEN_FIELD_COUNT
            return [Token(*fields[i : i + n]) for i in range(0, len(fields), n)]
        tokens = self._claim_tokens(claim, sentences)
        mark_level_verbs(tokens, claim.text, self._lexicon)
        name_words = {t for _, toks in feats.names for t in toks}
        for tok in tokens if name_words else ():  # no name in the claim: no word is one
            if tok.text[0].isupper() and (tok.lower in name_words or not name_words.isdisjoint(name_tokens(tok.text))):
                tok.name = True  # "Myung's" is the name "Myung"
        if any(sentence.text == claim.text for sentence in sentences):
            return tokens  # copied (see _claim_tokens)
        if len(self._readings) >= _CLAIM_FEATURES_LIMIT:
            self._readings.clear()
        # One flat tuple per text: a tuple per token would be thirty more objects for the collector to count.
        self._readings[claim.text] = tuple(chain.from_iterable(map(_token_fields, tokens)))
        return tokens

    def _claim_tokens(self, claim: Claim, sentences: list[Sentence]) -> list[Token]:
        """The claim's words, read as a sentence's are (tokens, phrases, phrasal verbs), before any mark of
        its own. A claim that copies a cited sentence exactly gets fresh copies of that sentence's tokens:
        the same reading of the same text, without reading it again (most excerpt claims are copies)."""
        for sentence in sentences:
            if sentence.text == claim.text:
                return copied_tokens(self.tokens(sentence))
        tokens = tokenize(claim.text, negation_scope=self._negation_scope)
        merge_phrases(tokens, claim.text, self._lexicon)
        merge_phrasal_verbs(tokens, claim.text, self._lexicon)
        return tokens

    def _alignment_reasons(self, alignment: Alignment, cited: str) -> list[Reason]:
        """What the word-by-word alignment found: swapped words, opposites, roles, negation scope, extra detail."""
        reasons = []
        if alignment.substitutions:
            pairs = [_pair(link) for link in alignment.substitutions]
            reasons.append(Reason(
                code="substitution",
                message="The claim puts a different word in place of the source's: " + "; ".join(pairs) + ".",
                details={"missing": [l.claim.text for l in alignment.substitutions],
                         "evidence_words": [l.target.text for l in alignment.substitutions if l.target],
                         "pairs": [_pair_details(l) for l in alignment.substitutions]},
            ))
        if alignment.antonyms:
            pairs = [_pair(link) for link in alignment.antonyms]
            reasons.append(Reason(
                code="antonym",
                message=f"The claim says the opposite of the cited sentences {cited}: " + "; ".join(pairs) + ".",
                details={"missing": [l.claim.text for l in alignment.antonyms],
                         "evidence_words": [l.target.text for l in alignment.antonyms if l.target],
                         "pairs": [_pair_details(l) for l in alignment.antonyms]},
            ))
        if alignment.role_swaps or alignment.exchanges or alignment.moved_items:
            swaps = [f"\u201c{a}\u201d and \u201c{b}\u201d trade roles around \u201c{v}\u201d" for a, b, v in alignment.role_swaps]
            swaps += [f"\u201c{a.claim.text}\u201d and \u201c{b.claim.text}\u201d stand in each other's places"
                      for a, b in alignment.exchanges]
            swaps += [f"the claim lists \u201c{link.claim.text}\u201d with what comes before it, but "
                      f"[{link.evidence.sentence.id}] puts it under another statement: \u201c{other}\u201d"  # type: ignore[union-attr]
                      for link, other in alignment.moved_items]
            words = [w for a, b, _ in alignment.role_swaps for w in (a, b)]
            words += [l.claim.text for pair in alignment.exchanges for l in pair]
            words += [link.claim.text for link, _ in alignment.moved_items]
            reasons.append(Reason(
                code="role_swap",
                message=f"The claim swaps two of the things the cited sentences {cited} keep apart: " + "; ".join(swaps) + ".",
                details={"missing": list(dict.fromkeys(words)),
                         "swaps": [{"claim": a, "other": b, "verb": v} for a, b, v in alignment.role_swaps]
                         + [{"claim": a.claim.text, "other": b.claim.text, "verb": None} for a, b in alignment.exchanges]},
            ))
        if alignment.negation_scope:
            parts = []
            for what, word, sid in alignment.negation_scope:
                if what.startswith("drops"):
                    parts.append(f"it {what} which [{sid}] denies")
                elif what.startswith("adds"):
                    parts.append(f"it {what} what it denies, which {cited} do not deny")
                else:
                    parts.append(f"\u201c{what}\u201d is more general than \u201c{word}\u201d, which [{sid}] denies")
            reasons.append(Reason(
                code="negation_scope",
                message="Under a negation the claim says more than its source: " + "; ".join(parts)
                + ". Denying a narrower thing does not deny the wider one.",
                details={"missing": [e if w.startswith("adds") else w for w, e, _ in alignment.negation_scope
                                     if not w.startswith("drops")],
                         "evidence_words": [e for _, e, _ in alignment.negation_scope]},
            ))
        if alignment.counts_dropped:
            parts = [f"\u201c{link.claim.text}\u201d where [{link.evidence.sentence.id}] counts \u201c{count}\u201d"  # type: ignore[union-attr]
                     for link, count in alignment.counts_dropped]
            reasons.append(Reason(
                code="quantifier_mismatch",
                message="The claim may say of all what its source says of some: " + "; ".join(parts) + ".",
                details={"missing": [link.claim.text for link, _ in alignment.counts_dropped],
                         "evidence_words": [count for _, count in alignment.counts_dropped]},
            ))
        if alignment.speakers_pooled:
            link, sid, other, speaker = alignment.speakers_pooled[0]
            said = f"has \u201c{other}\u201d say" if other else "states without a speaker"
            where = "there too, of other words" if sid == link.evidence.sentence.id else f"in [{link.evidence.sentence.id}]"  # type: ignore[union-attr]
            reasons.append(Reason(
                code="speaker_mismatch",
                message=f"The claim has \u201c{speaker}\u201d saying words that [{sid}] {said}; "
                f"\u201c{speaker}\u201d speaks {where}.",
                details={"claim_speakers": [speaker], "evidence_speakers": [other] if other else []},
            ))
        if alignment.figures_pooled:
            parts = [f"\u201c{figure}\u201d, which [{sid}] gives, for \u201c{link.claim.text}\u201d, which [{link.evidence.sentence.id}] tells of without it"  # type: ignore[union-attr]
                     for link, figure, sid in alignment.figures_pooled]
            reasons.append(Reason(
                code="number_mismatch",
                message="The claim joins a figure, time or place from one cited sentence to an event of another: " + "; ".join(parts) + ".",
                details={"missing": [figure for _, figure, _ in alignment.figures_pooled]},
            ))
        if alignment.figures_moved:
            parts = [f"\u201c{figure}\u201d for \u201c{link.claim.text}\u201d, where [{link.evidence.sentence.id}] gives it \u201c{own}\u201d"  # type: ignore[union-attr]
                     for link, figure, own in alignment.figures_moved]
            reasons.append(Reason(
                code="number_mismatch",
                message="The claim gives a figure to words the cited sentence gives another figure, and its own to other words: "
                        + "; ".join(parts) + ".",
                details={"missing": [figure for _, figure, _ in alignment.figures_moved],
                         "evidence_words": [own for _, _, own in alignment.figures_moved]},
            ))
        for link, sid, answer in alignment.questions[:1]:
            if answer == "asked":
                reasons.append(Reason(
                    code="unsupported_detail",
                    message=f"The claim states what [{sid}] only asks (\u201c{link.claim.text}\u201d is matched in a question, "
                    "and no cited answer says yes or no).",
                    details={"missing": [link.claim.text]},
                ))
            else:
                reasons.append(Reason(
                    code="negation_mismatch",
                    message=f"The claim is {'positive' if answer == 'denied' else 'negative'} where the cited answer to the "
                    f"question in [{sid}] {'denies' if answer == 'denied' else 'affirms'} it.",
                    details={"evidence_cues": [], "claim_cues": [], "missing": [link.claim.text]},
                ))
        if alignment.tenses_changed:
            when = {"past": "as done", "bare": "as done", "other": "as done", "future": "as still to come",
                    "aim": "as only aimed at", "under way": "as under way", "possible": "as only possible"}
            parts = [f"\u201c{link.claim.text}\u201d {when[said]} where [{link.evidence.sentence.id}] has \u201c{link.target.text}\u201d {when[source]}"  # type: ignore[union-attr]
                     for link, said, source in alignment.tenses_changed]
            reasons.append(Reason(
                code="modality_mismatch",
                message="The claim moves what happens in time: " + "; ".join(parts) + ".",
                details={"evidence_hedges": [], "claim_hedges": [],
                         "evidence_kinds": sorted({source for _, _, source in alignment.tenses_changed}),
                         "claim_kinds": sorted({said for _, said, _ in alignment.tenses_changed})},
            ))
        if alignment.privatives_dropped:
            reasons.append(_where_reason("substitution", "The claim drops a word that makes its noun something else: ",
                                         [(link, f"{word} {link.target.text}") for link, word in alignment.privatives_dropped]))  # type: ignore[union-attr]
        if alignment.numbers_changed:
            reasons.append(_where_reason(
                "quantifier_mismatch", "The claim speaks of one where its source speaks of many, or of many where it speaks of one: ",
                [(link, link.target.text) for link in alignment.numbers_changed]))  # type: ignore[union-attr]
        if alignment.picks_dropped:
            reasons.append(_where_reason("quantifier_mismatch",
                                         "The claim may say of all what its source says of the few it singles out: ",
                                         alignment.picks_dropped))
        for figure, unit, sid in alignment.rates_added[:1]:
            reasons.append(Reason(
                code="number_mismatch",
                message=f"The claim gives a figure per {unit} that [{sid}] does not give per {unit}: \u201c{figure}\u201d.",
                details={"missing": [figure]},
            ))
        for figure, unit, sid in alignment.rates_dropped[:1]:
            reasons.append(Reason(
                code="number_mismatch",
                message=f"The claim gives a figure once that [{sid}] gives per {unit}: \u201c{figure}\u201d.",
                details={"missing": [figure]},
            ))
        if alignment.restrictions_dropped:
            reasons.append(_where_reason("quantifier_mismatch",
                                         "The claim drops what narrows a count, an \u201call\u201d, a ban or whom it is said of, and so says more: ",
                                         alignment.restrictions_dropped))
        if alignment.parts_for_wholes:
            reasons.append(_where_reason("quantifier_mismatch",
                                         "The claim speaks of part where its source speaks of all (a reader takes it that the "
                                         "rest is left out): ",
                                         [(link, source) for link, _, source in alignment.parts_for_wholes],
                                         [said for _, said, _ in alignment.parts_for_wholes]))
        if alignment.count_parts_dropped:
            reasons.append(_where_reason("quantifier_mismatch",
                                         "The claim gives one thing a figure its source gives of more than it: ",
                                         alignment.count_parts_dropped))
        if alignment.cases_as_fact:
            st, frame = alignment.cases_as_fact[0]
            reasons.append(Reason(
                code="hedge_dropped",
                message=f"The cited sentence [{st.sentence.id}] reports this as one side's case (\u201c{frame}\u201d) but the "
                        "claim states it as fact.",
                details={"evidence_hedges": [frame]},
            ))
        if alignment.quantities_moved:
            reasons.append(_where_reason("quantifier_mismatch",
                                         "The claim gives its verb another quantity than the cited sentence's clause of that verb: ",
                                         [(link, source) for link, _, source in alignment.quantities_moved],
                                         [said for _, said, _ in alignment.quantities_moved]))
        if alignment.scopes_widened:
            reasons.append(_where_reason("quantifier_mismatch",
                                         "The claim says its superlative of more than its source ranges over: ",
                                         alignment.scopes_widened))
        if alignment.kinds_dropped:
            parts = [f"[{link.evidence.sentence.id}] speaks of {_quoted(kinds)}, and the claim's \u201c{link.claim.text}\u201d "  # type: ignore[union-attr]
                     "does not say which" for link, kinds in alignment.kinds_dropped]
            reasons.append(Reason(
                code="quantifier_mismatch",
                message="The claim may say of all what its source says of one kind: " + "; ".join(parts) + ".",
                details={"missing": [link.claim.text for link, _ in alignment.kinds_dropped],
                         "evidence_words": [k for _, kinds in alignment.kinds_dropped for k in kinds]},
            ))
        inserted = [l.claim.text for l in alignment.insertions]
        coverage = round(alignment.coverage, 4)
        below = coverage < self.config.min_support
        if alignment.content_words and (below or alignment.unsupported_clauses or alignment.unsupported_verbs):
            missing = [l.claim.text for l in alignment.links if not l.accepted]
            if alignment.unsupported_clauses and not below:
                message = (f"Part of the claim has no counterpart in {cited}: "
                           + "; ".join(f"\u201c{c}\u201d" for c in alignment.unsupported_clauses) + ".")
            elif not below:
                message = (f"The claim says {_quoted(alignment.unsupported_verbs)}, which nothing in {cited} states "
                           "(what happened, who did it, or a property of a matched word each need a counterpart).")
            else:
                message = (f"Only {alignment.supported_words} of the claim's {alignment.content_words} content words are "
                           f"supported by {cited} ({coverage:.0%}; at least {self.config.min_support:.0%} needed)."
                           + (f" Nothing there for: {', '.join(_listed(inserted))}." if inserted else ""))
            reasons.append(Reason(
                code="unsupported_detail",
                message=message,
                details={"coverage": coverage, "threshold": self.config.min_support, "missing": missing,
                         "inserted": inserted, "clauses": alignment.unsupported_clauses,
                         "verbs": alignment.unsupported_verbs},
            ))
        return reasons

    def _check_date_binding(self, claim: Features, sentences: list[Sentence]) -> Reason | None:
        """A claim's date must not be borrowed from a sentence that dates another event too.

        "On January 7, Lee said he made the request at Monday's summit" does not support "On January 7,
        Lee made the request": the sentence holds two times, and the claim took the wrong one.
        """
        claim_dates = {k for k in claim.time_anchors if k.startswith("date:")}
        if not claim_dates:
            return None
        others: list[str] = []
        for s in sentences:
            f = self.sentence_features(s)
            if claim_dates & f.time_anchors:
                for anchor in sorted(f.time_anchors - claim.time_anchors):
                    others.append(f.numbers.get(anchor, anchor.capitalize()))
        if not others:
            return None
        return Reason(
            code="number_mismatch",
            message=f"The cited sentence that gives the claim's date also dates another event ({_quoted(others)}), "
            "which the claim does not mention; the date may belong to that other event.",
            details={"missing": [], "other_times": others},
        )

    def _check_frame_time(self, claim: Features, sentences: list[Sentence], cited: str) -> Reason | None:
        """A time the source gives for the speaking, put on what was said: "Roe said the vote would be held
        on Friday" against "The vote will be held soon, Roe said on Friday"."""
        if not claim.time_anchors:
            return None
        moved: list[str] = []
        for s in sentences:
            f = self.sentence_features(s)
            if not claim.time_anchors & f.time_anchors:
                continue
            spoken, rest = frame_times(f.folded)
            moved += [a for a in sorted(claim.time_anchors & spoken) if a not in rest]
        moved = [a for a in moved if a not in frame_times(claim.folded)[0] | leading_frame_times(claim.folded)]
        if not moved:
            return None
        shown = [a.split(":", 1)[-1].capitalize() for a in moved]
        return Reason(
            code="number_mismatch",
            message=f"The claim gives {_quoted(shown)} for what was said; the cited sentences {cited} give it as when "
            "it was said.",
            details={"missing": shown},
        )

    def _named_by_reference(self, toks: tuple[str, ...], sentences: list[Sentence], role: str) -> bool:
        """Whether a cited sentence refers to the name ``toks`` without naming it, beyond doubt: a
        transcript's turn that runs on from a label naming it ("SATO: …" then "Bleached coral is
        stressed …"), or a pronoun or "the company" right after a sentence whose only name is it ("Lamont
        was convicted in March …" then "A jury acquitted him …"). When the sentence before names anyone
        else, the reference is left unresolved (and the name unsupported). The claim must give the name the
        reference's part (``role``): a speaker for a pronoun that speaks ("he said"), an owner for a
        possessive ("his lawyer"), anything else for the rest; "Lamont said he would appeal" does not
        follow from "His lawyer said he would appeal"."""
        wanted = set(toks)
        for s in sentences:
            source = self._by_number.get(s.source)
            if source is None:
                continue
            if LABEL_RE.match(s.text) is None:
                for k in range(s.number - 1, max(0, s.number - 12), -1):
                    before = source.sentence(k)
                    label = LABEL_RE.match(before.text) if before is not None else None
                    if label is not None:
                        if wanted <= {t for _, run in find_names(label.group()) for t in run}:
                            return True
                        break
            if role == "speaker":
                if not _SPEAKING_REFERENCE_RE.search(s.text):
                    continue
            elif role == "owner":
                if not _OWNING_REFERENCE_RE.search(s.text):
                    continue
            elif not _REFERENCE_RE.search(s.text):
                continue
            own = [set(run) for _, run in find_names(fold(s.text))]
            if any(not run <= _NOT_REFERENTS and not run <= wanted for run in own):
                continue  # the sentence names someone itself ("Rival Ford cut the price of its own …")
            # The nearest sentence before it that names anyone, past up to seven that name nobody ("Dealers will
            # replace the sensor free of charge."): a capitalised common word opening it names nobody.
            # A definite noun for an organisation ("The company raised …") refers to no person: a name after a
            # title for one ("Chief executive Anna Lindholm said …") is passed over as well.
            organisation = _PERSONAL_REFERENCE_RE.search(s.text) is None
            for k in range(s.number - 1, max(0, s.number - _REFERENCE_REACH - 1), -1):
                before = source.sentence(k)
                if before is None:
                    break
                folded = fold(before.text)
                named = [set(run) for surface, run in find_names(folded)
                         if not set(run) <= _NOT_REFERENTS and not self._opening_common_word(surface, before.text)
                         and not (organisation and self._titled_person(surface, folded))]
                if not named:
                    continue
                if all(run <= wanted or wanted <= run for run in named) and any(wanted <= run for run in named):
                    return True
                break
        return False

    def _titled_person(self, surface: str, folded: str) -> bool:
        """Whether the name ``surface`` follows a word for a kind of person in ``folded`` ("executive Anna
        Lindholm", "Judge Helen Carver")."""
        at = folded.find(surface)
        before = folded[:at].split()[-1:] if at > 0 else []
        return bool(before) and self._lexicon.is_person_noun(before[0].lower())

    def _opening_common_word(self, surface: str, text: str) -> bool:
        """Whether ``surface``, a name run of a source sentence, is only its capitalised first word, a word the
        lexicon knows and the sources never capitalise mid-sentence ("Prosecutors said Lindqvist …")."""
        if " " in surface or not text.startswith(surface):
            return False
        lower = surface.lower()
        return self._lexicon.is_common_word(lower) and lower not in self.vocabulary().names_mid

    def _check_names(self, claim: Features, evidence: Features, cited: str,
                     sentences: list[Sentence] | None = None) -> tuple[Reason | None, set[str]]:
        """Names in the claim the evidence does not name; also the words of names accepted as aliases."""
        vocabulary = self.vocabulary()
        any_names = vocabulary.names_any
        missing = []
        alias_words: set[str] = set()
        by_position = claim.names_by_position
        as_common: list[str] = []
        for surface, toks in claim.names:
            if surface in by_position:
                # "Hunter said": only a source that writes the word as a name names a Hunter.
                if not _written_as_name(surface, evidence.folded, self._lexicon):
                    missing.append(surface)
                    if all(t in evidence.tokens for t in toks):
                        as_common.append(surface)  # the word is there, but not as a name
                continue
            opens_claim = claim.folded.lstrip(" \"'\u201c\u2018").startswith(surface)
            if all(t in evidence.tokens or _NAME_NUMBER_DIGITS.get(t) in evidence.tokens for t in toks) \
                    and all(_one_name(part, part_toks, evidence.names, vocabulary.names_mid, vocabulary.lower_words,
                                      opens_claim and part is surface, self._lexicon, evidence.folded)
                            for part, part_toks in _name_and_owner(surface, toks)):
                continue  # ("Apollo Eleven" for "Apollo 11": a number word of a name and its digits)
            # An alias drawn from the sources: the evidence names part of it ("Lee" for "Lee Jae Myung")
            # and the sources use the full name somewhere.
            claim_toks = set(toks)
            if all(t in any_names for t in toks) and any(
                set(e) & claim_toks and set(e) <= claim_toks for _, e in evidence.names
            ) and all(_named_whole(_name_words(part, part_toks, vocabulary.names_mid, vocabulary.lower_words,
                                               opens_claim and part is surface), self.source_names(), self._lexicon)
                      for part, part_toks in _name_and_owner(surface, toks)):
                alias_words.update(toks)
                continue
            # An acronym and the name it stands for: "the USDA" for "the U.S. Department of Agriculture",
            # "the Financial Conduct Authority" for "the FCA".
            if _acronym_of(surface, evidence.folded) or _acronym_in(surface, evidence.tokens):
                alias_words.update(toks)
                continue
            # Named by reference: "A jury acquitted him" right after "Lamont was convicted …".
            if sentences and all(t in any_names for t in toks) and self._named_by_reference(toks, sentences, _name_role(surface, claim.folded)):
                alias_words.update(toks)
                continue
            missing.append(surface)
        if not missing:
            return None, alias_words
        return Reason(
            code="entity_mismatch",
            message=f"The claim names {_quoted(missing)}, not named in the cited sentences {cited}."
            + (f" A singular {_quoted(as_common)} with no article before its verb reads as a name; the cited "
               "sentences do not write it as one." if as_common else ""),
            details={"missing": missing},
        ), alias_words


def _name_words(surface: str, toks: tuple[str, ...], names_mid: frozenset[str], lower_words: frozenset[str],
                opens_claim: bool) -> tuple[str, ...]:
    """The words of a claim's name that must be one name of the evidence: all but a first word the claim
    capitalises by position alone ("Top seed Mia Okafor": a word the sources write in lower case and never
    capitalise mid-sentence), those after its last possessive ("Saturday's Champions Cup" is the
    Champions Cup), and none of a name joined by a dash to another ("the Settle–Appleby stretch" names
    two places) or made a modifier by a hyphen ("Dublin-based Skylark" names Skylark)."""
    if any(dash in surface for dash in ("\u2013", "\u2014")) or re.search(r"[A-Za-z]-[A-Z]", surface):
        return ()
    possessive = _possessive_at(surface)
    modifiers = {t for word in surface.split(" ") if re.fullmatch(r"[A-Z][\w'\u2019]*-[a-z][\w-]*", word)
                 for t in name_tokens(word)}
    words = tuple(t for t in toks if t not in modifiers)
    if opens_claim and words and words[0] not in names_mid and words[0] in lower_words:
        words = words[1:]
    if possessive >= 0:
        owned = {t for _, run in find_names(surface[possessive + 3 :]) for t in run}
        words = tuple(t for t in words if t in owned)
    # (nor a number word of a name, which the figure's digits may stand for: "Apollo Eleven", "Apollo 11")
    return tuple(t for t in words if t not in WEEKDAYS and t not in MONTH_WORDS and t not in _NAME_NUMBER_DIGITS)


def _possessive_at(surface: str) -> int:
    """Where a name's last possessive begins ("City's Phil", "Logistics' Corby"), or -1."""
    return max(surface.rfind("'s "), surface.rfind("\u2019s "), surface.rfind("s' "), surface.rfind("s\u2019 "))


def _name_and_owner(surface: str, toks: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """A claim's name, and the name that owns it when it has a possessive, each to be one name of the
    evidence: "Manchester City's Phil Foden" needs a Manchester City as well as a Phil Foden."""
    possessive = _possessive_at(surface)
    if possessive < 0:
        return [(surface, toks)]
    owner = surface[:possessive + (1 if surface[possessive] == "s" else 0)]
    owner_toks = tuple(t for _, run in find_names(owner) for t in run)
    return [(surface, toks), (owner, owner_toks)] if owner_toks else [(surface, toks)]


def _joined_at_initials(runs: list[tuple[str, ...]]) -> list[frozenset[str]]:
    """Name runs, each joined to the next where it ends with an initial, whose point parts them: "George
    W. Bush" is found as "George W" and "Bush"."""
    joined: list[frozenset[str]] = []
    carry: frozenset[str] | None = None
    for run in runs:
        words = frozenset(run) | (carry or frozenset())
        if run and len(run[-1]) == 1:
            carry = words
            continue
        carry = None
        joined.append(words)
    if carry is not None:
        joined.append(carry)
    return joined


def _named_whole(words: tuple[str, ...], source_names: frozenset[frozenset[str]], lexicon: Lexicon) -> bool:
    """Whether the sources name all of a claim's name somewhere, titles aside ("Presenter Gail Brooks" for
    "PRESENTER (Gail Brooks)"): what an alias of a part may stand for. Not "Anna Lindqvist" where the
    sources name Anna Berg and Erik Lindqvist."""
    wanted = {w for w in words if not lexicon.is_person_noun(w)}
    return len(wanted) < 2 or any(wanted <= name for name in source_names)


def _one_name(surface: str, toks: tuple[str, ...], names: list[tuple[str, tuple[str, ...]]], names_mid: frozenset[str],
              lower_words: frozenset[str], opens_claim: bool, lexicon: Lexicon, folded: str) -> bool:
    """Whether a claim's name of several words is one name of the evidence, not words of several: all its
    words (see _name_words) in one of the evidence's names, in any order ("Judge Marsh" in "Judge Helen
    Marsh"), or its words in order made of whole names of the evidence, titles ("Pope Leo XIV" for "Leo
    XIV, the first American Pope") and words the evidence writes in no name ("Health Secretary Wes
    Streeting" for "Wes Streeting, the health secretary"; "Oxford University" for "the University of
    Oxford"). "The European Commission" is not named by "Ireland's Data Protection Commission" and
    "European privacy rules": "Commission" is part of another name."""
    words = _name_words(surface, toks, names_mid, lower_words, opens_claim)
    if len(set(words)) < 2:
        return True
    runs = set(_joined_at_initials([e for _, e in names]))
    if any(set(words) <= run for run in runs):
        return True
    named = {t for run in runs for t in run}
    surfaces = {frozenset(e): surface for surface, e in names}
    pieces: list[str] = []  # the evidence's names the claim's is made of, to be told side by side
    i = 0
    while i < len(words):
        j = next((j for j in range(len(words), i, -1) if frozenset(words[i:j]) in runs), None)
        if j is not None:
            pieces.append(surfaces.get(frozenset(words[i:j]), ""))
        else:
            # A title: words the evidence names nothing with, up to a noun for a person ("Health Secretary",
            # "Labour MP", "Pope"); not a name's own noun ("Jefferson Elementary" for "Jefferson and Adams
            # elementary schools").
            k = i
            while k < len(words) and words[k] not in named and not lexicon.is_person_noun(words[k]):
                k += 1
            if k >= len(words) or not lexicon.is_person_noun(words[k]):
                return False
            j = k + 1
        i = j
    # Two names of the evidence make one of the claim only where the evidence tells them together ("the
    # University of Oxford", "the Data Protection Commission in Ireland"), not apart ("The Times of
    # London … in New York" names no New York Times).
    return all(_told_together(a, b, folded) for a, b in zip(pieces, pieces[1:]))


def _told_together(a: str, b: str, folded: str) -> bool:
    """Whether two names stand within two words of each other in the text, either first, or the second in
    an apposition to the first ("Marco Rubio, the US Secretary of State")."""
    if not a or not b:
        return False
    gap = r"(?:(?:'s)?\W+(?:[\w'\u2019]+\W+){0,2}|,\s+(?:[\w'\u2019]+\s+){0,5})"
    return any(re.search(re.escape(x) + gap + re.escape(y), folded) for x, y in ((a, b), (b, a)))


# What refers back to someone or something named before: a personal pronoun (a possessive one only for an
# owner, see _OWNING_REFERENCE_RE), or a definite noun for an organisation.
# Nouns a source calls an organisation by once it has named it ("the company", "the union").
_ORGANISATION_REFERENCE = (
    r"(?:company|firm|group|bank|carrier|airline|retailer|utility|manufacturer|maker|insurer|lender|automaker|chain|"
    r"business|club|team|union|agency|ministry|department|council|court|board)")
_PERSONAL_REFERENCE_RE = LazyPattern(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Tt]hey|[Tt]hem|[Tt]heir)\b")
_REFERENCE_RE = LazyPattern(
    r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Tt]hey|[Tt]hem|[Ii]t)\b|\b[Tt]he " + _ORGANISATION_REFERENCE + r"\b")
_SPEECH_ALTERNATION = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# A reference that speaks ("he said", "the company said") and one that owns ("his lawyer", "its shares").
_SPEAKING_REFERENCE_RE = LazyPattern(
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)|\b[Tt]he " + _ORGANISATION_REFERENCE + r")"
    r" (?:had |has |have |also )?(?:" + _SPEECH_ALTERNATION + r")\b")
_OWNING_REFERENCE_RE = LazyPattern(r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\b")


# How many sentences back a reference may reach for the one it refers to, past sentences naming nobody
# (or, for "the company", only people with a title): a company's results run on for several sentences of
# figures after the one that names it.
_REFERENCE_REACH = 8


# A number word in a name, by its digits: "Apollo Eleven" is "Apollo 11", "Terminal Two" "Terminal 2".
_NAME_NUMBER_DIGITS = {w: str(n) for w, n in NUMBER_WORD_VALUES.items()}


def _name_role(surface: str, folded: str) -> str:
    """The part a name plays in a claim, for a reference to stand in: "speaker" (before its speech verb),
    "owner" ("Lamont's lawyer"), or "other"."""
    name = re.escape(surface)
    if re.search(rf"\b{name}(?:'s|')", folded):
        return "owner"
    if re.search(rf"\b{name},?(?: [^,.]{{1,60}},)? (?:had |has |have |also )?(?:{_SPEECH_ALTERNATION})\b", folded):
        return "speaker"
    return "other"


# Name words that refer to no one: months and weekdays are capitalised, but no one a pronoun stands for.
_NOT_REFERENTS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())


def _written_as_name(surface: str, text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` writes ``surface`` capitalised as a name: inside a sentence ("Mike Pence said"), or
    opening one, but not as the modifier of a noun after it ("Young people said"); "A hunter said" does not."""
    for m in re.finditer(r"(?<![\w'\-])" + re.escape(surface) + r"(?![\w\-])", text):
        before = text[: m.start()].rstrip(" \"'(\u201c")
        if before and before[-1] not in ".!?:":
            return True
        nxt = re.match(r" ([a-z]+)", text[m.end() :])
        word = nxt.group(1) if nxt else ""
        # A noun after it, and no inflected verb ("people"; not "tried", "planning"): it modifies that noun.
        if not word or word in PREDICATE_OPENERS or not lexicon.lemmas(word, "n") \
                or any(lemma != word for lemma in lexicon.lemmas(word, "v")):
            return True
    return False


class _Descriptions:
    """What the cited sources call their names (:meth:`Verifier.descriptions`), read only when the
    alignment first asks: most claims never need them, and reading a long source takes a while."""

    def __init__(self, verifier: Verifier, sources: list[int]):
        self._verifier, self._sources = verifier, sources
        self._merged: dict[str, frozenset[str]] | None = None

    def get(self, word: str) -> frozenset[str] | None:
        if self._merged is None:
            merged: dict[str, frozenset[str]] = {}
            for number in self._sources:
                for name_word, nouns in self._verifier.descriptions(number).items():
                    merged[name_word] = merged.get(name_word, frozenset()) | nouns
            self._merged = merged
        return self._merged.get(word)


def _asserted_words(claim: Features, framing: frozenset[str] | set[str], enough: int) -> int:
    """How many of the claim's content words are not framing words, counted only up to ``enough``."""
    count = 0
    for word in claim.content.values():
        if word.lower() not in framing:
            count += 1
            if count >= enough:
                break
    return count


def _no_content_reason(claim: Features, framing: frozenset[str]) -> Reason | None:
    """The no_content reason when the claim has too few content words (or figures) to assert anything;
    words that only name the source ("The speaker discussed the document.") do not count."""
    if len(claim.numbers) < MIN_CONTENT_WORDS and _asserted_words(claim, framing, MIN_CONTENT_WORDS) + len(claim.numbers) < MIN_CONTENT_WORDS:
        return _no_content(claim)
    return None


def _no_content(claim: Features) -> Reason:
    words = list(claim.content.values())
    said = f"only {_quoted(words)}" if words else "no content word at all (only words such as \u201cthe\u201d or \u201cit\u201d)"
    return Reason(
        code="no_content",
        message=f"This sentence asserts nothing a citation could back: it has {said}. A claim needs at least "
        f"{MIN_CONTENT_WORDS} content words that its cited sentences state.",
        details={"content_words": words, "minimum": MIN_CONTENT_WORDS},
    )


def _check_quotes(claim: Features, evidence: Features, cited: str) -> Reason | None:
    if not claim.quotes:
        return None  # most claims quote nothing: no need to normalise the evidence
    haystack = " ".join(evidence.folded.casefold().split())
    missing = []
    for quote in claim.quotes:
        parts = [" ".join(p.casefold().split()).strip(" .,;:!?'\"-") for p in quote.split("...")]
        pos = 0
        for part in filter(None, parts):
            found = haystack.find(part, pos)
            if found < 0:
                missing.append(quote)
                break
            pos = found + len(part)
    if not missing:
        return None
    return Reason(
        code="quote_not_found",
        message=f"The quoted words {_quoted(missing)} do not occur in the cited sentences {cited}.",
        details={"quotes": missing},
    )


# A bound on a figure: "more than 12%" is not "12%", nor "up to 12%" "at least 12%".
_BOUNDS = {
    **dict.fromkeys(["more than", "over", "at least", "above", "upwards of", "in excess of", "no fewer than",
                     "no less than", "a minimum of", "older than", "longer than", "greater than",
                     "no earlier than", "not earlier than", "not before", "not until"], "at least"),  # ("opening no earlier than 2032")
    **dict.fromkeys(["less than", "fewer than", "under", "below", "up to", "at most", "no more than", "as much as", "as long as",
                     "as many as", "a maximum of", "younger than", "shorter than", "not more than", "within",
                     "no later than", "not later than"], "at most"),
}
# Of those, the bounds that leave the figure out: "more than 20" says 21 or more, which "at least 20" and
# "20 or more" do not (they allow 20 itself). A claim may say the looser bound for the strict one, not the
# reverse.
_STRICT_BOUNDS = frozenset(["more than", "over", "above", "upwards of", "in excess of", "older than", "longer than",
                            "greater than", "less than", "fewer than", "under", "below", "younger than", "shorter than"])
_QUALIFIER_RE = LazyPattern(r"^(?:an? )?(?:estimated|reported|record|about|around|roughly|some|nearly|almost|just|further|additional) ")
_MOVED_UP_RE = LazyPattern(r"\b(?:move[sd]?|moving|go(?:es)?|went|climb(?:s|ed)?|jump(?:s|ed)?|step(?:s|ped)?|came|come[s]?) $",
                           re.IGNORECASE)
_BOUND_THROUGH_RE = LazyPattern(
    r"^(?:the age of |the (?:end|start|beginning|middle) of |[a-z]+(?: [a-z]+)?,? (?:(?:which|that) (?:is|was|stands at|stood at)(?: currently| now)?|currently|now) )",
    re.IGNORECASE)
_BOUND_RE = LazyPattern(
    r"\b(" + "|".join(sorted(_BOUNDS, key=len, reverse=True)) + r")\s+"
    r"((?:an? )?(?:estimated |reported |record |about |around |roughly |some |nearly |almost |just )?"
    r"(?:[$\u00a3\u20ac]\s?)?\d[\d,.]*(?:\s?%)?|[a-z]+(?:-[a-z]+)?)",
    re.IGNORECASE)


# An approximation: "about 12%", "nearly 60%", "some 3,400". A claim that gives the figure bare says it
# is exact, which its source does not.
_APPROX_RE = LazyPattern(
    r"\b(about|around|roughly|nearly|almost|approximately|some|close to|just under|just over|an estimated|"
    r"more or less|circa|estimated at|put at|thought to be|believed to be)\s+((?:[$\u00a3\u20ac]\s?)?\d[\d,.]*(?:\s?%)?|[a-z]+(?:-[a-z]+)?)",
    re.IGNORECASE)


def _opening_figure(window: str, figures: dict[str, str]) -> tuple[str, str] | None:
    """The figure (key, surface) that ``window`` opens with, of those found in it: the digits' pass finds
    "140" before the words' pass finds "sixty" in "sixty drivers short despite hiring 140"."""
    return next(((key, surface) for key, surface in figures.items() if _opens_with(window, surface)), None)


def _opens_with(window: str, surface: str) -> bool:
    """Whether the figure written ``surface`` is the first thing in ``window`` ("12%" in "12% of …", not in
    "tripled in a week, to 12")."""
    text, figure = window.lower(), surface.lower()
    if text.startswith(("a ", "an ")) and not figure.startswith(("a ", "an ")):
        text = text.split(" ", 1)[1]  # "more than a dozen"
    return text.startswith(figure) or text.startswith(figure.lstrip("$\u00a3\u20ac "))


def _approximated(feats: Features) -> dict[str, str]:
    """Each approximate figure's key → the approximation as written."""
    found: dict[str, str] = {}
    for m in _APPROX_RE.finditer(feats.folded):
        window = feats.folded[m.start(2) : m.start(2) + 40]
        figures = extract_numbers(window, bare_one=True)
        first = _opening_figure(window, figures)
        if first is not None:
            key, surface = first
            found.setdefault(key, m.group(1))
            for span, span_surface in figures.items():  # "about two weeks": the span too
                if span.split(":", 1)[0] in DURATION_SCALES and span_surface.startswith(surface):
                    found.setdefault(span, m.group(1))
    return found


_UNIT_AFTER_RE = LazyPattern(rf"[ -](?:{TIME_UNITS_PATTERN})s?\b", re.IGNORECASE)
# "will not open before 2032", "might not be reconnected until Wednesday", "may have to wait until
# Wednesday": the figure after is a lower bound, as after "not before".
_NOT_VERB_BEFORE_RE = LazyPattern(
    r"\b(?:(?:not|n't|never)\s+(?:be\s+)?[a-z]+(?:ed|en)?|wait(?:s|ed|ing)?)\s+(?:until|before)\s+", re.IGNORECASE)
# "2027 at the earliest": a lower bound written after its figure.
_AT_THE_EARLIEST_RE = LazyPattern(r"(\S+)\s+at the earliest\b", re.IGNORECASE)


def _bounded(feats: Features) -> dict[str, tuple[str, str]]:
    """Each bounded figure's key → (its bound's kind, "at least" or "at most"; the bound as written)."""
    found: dict[str, tuple[str, str]] = {}
    # "will not open before 2032" bounds 2032 as "not before" does (a verb between the denial and "before").
    for m in _NOT_VERB_BEFORE_RE.finditer(feats.folded):
        figures = extract_numbers(feats.folded[m.end() : m.end() + 30], bare_one=True)
        first = _opening_figure(feats.folded[m.end() : m.end() + 30], figures)
        if first is not None:
            found.setdefault(first[0], ("at least", m.group().strip()))
    for m in _AT_THE_EARLIEST_RE.finditer(feats.folded):
        for key in extract_numbers(m.group(1), bare_one=True):
            found.setdefault(key, ("at least", "at the earliest"))
    if " or " in feats.folded or " and " in feats.folded:
        _bounded_after(feats.folded, found)
    for m in _BOUND_RE.finditer(feats.folded):
        bound = m.group(1).lower()
        if bound == "over" and _UNIT_AFTER_RE.match(feats.folded, m.end()):
            continue  # "over four weeks": a span, during which; not a bound
        if bound == "up to" and _MOVED_UP_RE.search(feats.folded, 0, m.start()):
            continue  # "will move up to seventh": a direction, not a ceiling
        # The bounded figure is the first one after the bound, read whole ("more than $5 million",
        # "more than 12 per cent", "more than an estimated 12%").
        window = feats.folded[m.start(2) : m.start(2) + 60]
        # "under the age of ten"; "no more than inflation, which is currently 3.4%": the figure the bound
        # reaches through a noun that stands for it.
        bounded = _BOUND_THROUGH_RE.sub("", _QUALIFIER_RE.sub("", window, count=1), count=1)[:40]
        figures = extract_numbers(bounded, bare_one=True)
        first = _opening_figure(bounded, figures)
        if first is None:
            continue  # the figure must follow the bound: not "more than tripled …, to 37", "over … on Friday"
        key = first[0]
        if bound in ("over", "under", "above", "below") and YEAR_RE.fullmatch(key):
            continue  # "over 2024", "under 2024 rules": a year, not a bounded figure
        found.setdefault(key, (_BOUNDS[bound], m.group(1)))
        # A span of time that begins with the figure is bounded too: "up to two weeks" bounds "14 days";
        # not a later one ("more than 20 jobs in 20 days").
        for span, surface in figures.items():
            if span.split(":", 1)[0] in DURATION_SCALES and bounded.startswith(surface):
                found.setdefault(span, (_BOUNDS[bound], m.group(1)))
    return found


def _bounded_after(text: str, found: dict[str, tuple[str, str]]) -> None:
    """The figures bounded by words after them ("20 minutes or longer", "50 employees or more", "aged 65
    and over"): the figure that opens one of the (up to three) words before the bound, with its span."""
    for m in BOUND_AFTER_RE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].split()[-3:]
        if before and before[-1].lower() in ("more", "less"):
            continue  # "more or less 20", "20, more or less": an approximation
        for k in range(len(before)):
            window = " ".join(before[k:])
            figures = extract_numbers(window, bare_one=True)
            first = _opening_figure(window, figures)
            if first is None:
                continue
            written = m.group().lstrip(", ")
            bound = (BOUND_AFTER_KINDS[written.rsplit(" ", 1)[1].lower()], written)
            found.setdefault(first[0], bound)
            for span, surface in figures.items():
                if span.split(":", 1)[0] in DURATION_SCALES and window.startswith(surface):
                    found.setdefault(span, bound)
            break


# The evidence's bounds by its folded text: a cited sentence is read once, not once per claim citing it
# (the bound regex's alternation, tried at every word, was a tenth of an excerpt claim's checks).
_EVIDENCE_BOUNDS: dict[str, dict[str, tuple[str, str]]] = {}
_EVIDENCE_BOUNDS_LIMIT = 100_000


def _evidence_bounds(evidence: Features) -> dict[str, tuple[str, str]]:
    """:func:`_bounded` of ``evidence``, cached by its text (callers only read the result)."""
    found = _EVIDENCE_BOUNDS.get(evidence.folded)
    if found is None:
        if len(_EVIDENCE_BOUNDS) >= _EVIDENCE_BOUNDS_LIMIT:
            _EVIDENCE_BOUNDS.clear()
        found = _EVIDENCE_BOUNDS[evidence.folded] = _bounded(evidence)
    return found


_EVIDENCE_APPROXIMATIONS: dict[str, dict[str, str]] = {}


def _evidence_approximations(evidence: Features) -> dict[str, str]:
    """:func:`_approximated` of ``evidence``, cached by its text."""
    found = _EVIDENCE_APPROXIMATIONS.get(evidence.folded)
    if found is None:
        if len(_EVIDENCE_APPROXIMATIONS) >= 100_000:
            _EVIDENCE_APPROXIMATIONS.clear()
        found = _EVIDENCE_APPROXIMATIONS[evidence.folded] = _approximated(evidence)
    return found


def _check_bounds(claim: Features, evidence: Features, cited: str) -> Reason | None:
    """A figure the evidence bounds must keep its bound, and a bound the claim adds must be the
    evidence's: "Sales rose 12%" is not "more than 12%", nor "less than 12%"."""
    if claim.numbers.keys().isdisjoint(evidence.numbers):
        return None  # only a figure both give can have its bound changed (the loop below finds nothing)
    # The claim's bounds are cached like the evidence's: _bounded reads only the folded text.
    claim_bounds, evidence_bounds = _evidence_bounds(claim), _evidence_bounds(evidence)
    approximate = _approximated(claim)
    if not claim_bounds and not evidence_bounds and not approximate and not _evidence_approximations(evidence):
        return None
    wrong = []
    # A bounded span is no figure of the claim's own ("more than 20 days" gives 20): its bound is still
    # compared ("More than 20 inmates were held for 20 days" bounds the inmates, not the days).
    spans = {key: evidence.numbers[key] for key in claim_bounds.keys() - claim.numbers.keys() if key in evidence.numbers}
    for key, surface in [*claim.numbers.items(), *spans.items()]:
        said, source = claim_bounds.get(key), evidence_bounds.get(key)
        if key in evidence.numbers and ((said and said[0]) != (source and source[0]) or (
                said and source and said[1].lower() in _STRICT_BOUNDS and source[1].lower() not in _STRICT_BOUNDS)):
            wrong.append((surface, said, source))
    # "nearly 60%" for "60%" says it fell short of 60 (a word that was a hedge, "nearly won", before 2.8).
    for key, word in approximate.items():
        side = _approach(word)
        if side and key in evidence.numbers and key not in evidence_bounds \
                and _approach(_evidence_approximations(evidence).get(key, "")) != side:
            wrong.append((claim.numbers.get(key, key), (None, word), None))
    if any(key in claim.numbers for key in _evidence_approximations(evidence)):
        for key, word in _evidence_approximations(evidence).items():
            if key in claim.numbers and key not in approximate and key not in claim_bounds:
                wrong.append((claim.numbers[key], None, ("exact", word)))
    if not wrong:
        return None
    # "two" and "two weeks" are one figure: name the span only.
    wrong = [w for w in wrong if not any(o[0] != w[0] and o[0].startswith(w[0]) for o in wrong)]
    parts = []
    for surface, said, source in wrong:
        if said and source:
            parts.append(f"\u201c{_with_bound(said[1], surface)}\u201d where {cited} says \u201c{source[1]}\u201d")
        elif said and said[0] is None:
            parts.append(f"\u201c{said[1]} {surface}\u201d, where {cited} does not say it falls "
                         f"{'short of' if _approach(said[1]) == 'below' else 'just past'} {surface}")
        elif said:
            parts.append(f"\u201c{_with_bound(said[1], surface)}\u201d, a bound {cited} does not put on it")
        elif source[0] == "exact":  # type: ignore[index]
            parts.append(f"\u201c{surface}\u201d as exact, where {cited} says \u201c{source[1]} {surface}\u201d")  # type: ignore[index]
        else:
            parts.append(f"\u201c{surface}\u201d without the bound \u201c{source[1]}\u201d that {cited} puts on it")
    return Reason(
        code="number_mismatch",
        message=f"The claim gives {'; '.join(parts)}.",
        details={"missing": [s for s, _, _ in wrong], "claim_figures": sorted(claim.numbers),
                 "evidence_figures": sorted(evidence.numbers)},
    )


def _with_bound(bound: str, surface: str) -> str:
    """A figure with its bound as a claim writes it: "more than 50", "50 or more"."""
    return f"{surface} {bound}" if bound.startswith(("or ", "and ")) else f"{bound} {surface}"


# A score or a vote, "6-4" or "55–45", and a run of them, "6-4, 3-6, 7-5" (each pair's order is its
# meaning: who got which; a run's order is the sets').
_SCORE_RE = LazyPattern(r"(?<![\w.,\-\u2013])(\d{1,3}) ?[-\u2013] ?(\d{1,3})(?![\w%\-\u2013]|[.,]\d)")
_SCORE_GAP_RE = LazyPattern(r"\s*(?:,|and)?\s*$")


def _score_runs(text: str) -> list[list[tuple[str, str]]]:
    """The scores of ``text`` as runs of pairs one after another ("6-4, 3-6, 7-5" is one run of three)."""
    if "-" not in text and "\u2013" not in text:
        return []
    runs: list[list[tuple[str, str]]] = []
    last_end = None
    for m in _SCORE_RE.finditer(text):
        pair = (m.group(1), m.group(2))
        if last_end is not None and _SCORE_GAP_RE.fullmatch(text, last_end, m.start()):
            runs[-1].append(pair)
        else:
            runs.append([pair])
        last_end = m.end()
    return runs


def _check_scores(claim: Features, evidence: Features, cited: str) -> Reason | None:
    """The numbers check reads "6-3" as 6 and 3, which "3-6" has too: a score turned round ("beat Okafor
    6-4, 6-3" for "6-4, 3-6, 7-5") or sets put in another order ("7-6, 6-3" for "6-3, 7-6") passes it.
    A pair the evidence has only the other way round, and a run of pairs the evidence has but not one
    after another in that order, are wrong figures; so is a pair it does not give where it gives others
    ("7-6" for "6-4, 3-6, 7-5"). (A pair the evidence writes otherwise, "3 to 17", is the numbers
    check's.)"""
    claim_runs = _score_runs(claim.folded)
    if not claim_runs:
        return None
    evidence_runs = _score_runs(evidence.folded)
    pairs = {p for run in evidence_runs for p in run}
    wrong = []
    for run in claim_runs:
        for a, b in run:
            if (b, a) in pairs and (a, b) not in pairs:
                wrong.append(f"\u201c{a}-{b}\u201d where {cited} has \u201c{b}-{a}\u201d")
            elif (a, b) not in pairs and pairs:
                # Where the evidence writes its scores as pairs, one it does not give is wrong even when both
                # its figures stand elsewhere ("7-6" against "6-4, 3-6, 7-5").
                wrong.append(f"\u201c{a}-{b}\u201d, which {cited} does not give (it has \u201c{', '.join('-'.join(p) for r in evidence_runs for p in r)}\u201d)")
        if len(run) > 1 and all(p in pairs for p in run) and not any(
                e[i : i + len(run)] == run for e in evidence_runs for i in range(len(e) - len(run) + 1)):
            wrong.append(f"\u201c{', '.join('-'.join(p) for p in run)}\u201d in an order {cited} does not give")
    if not wrong:
        return None
    return Reason(
        code="number_mismatch",
        message=f"The claim gives the score {'; '.join(wrong)}.",
        details={"missing": ["-".join(p) for run in claim_runs for p in run if p not in pairs]},
    )


def _outside_spans(feats: Features, *, bare_one: bool) -> dict[str, str]:
    """The figures of ``feats`` with its spans of time taken out ("21" is not outside "for 21 days")."""
    spans = [surface for key, surface in feats.numbers.items() if key.split(":", 1)[0] in DURATION_SCALES]
    if not spans:
        return feats.numbers
    rest = feats.folded
    for surface in spans:
        rest = rest.replace(surface, " ")
    return extract_numbers(rest, bare_one=bare_one)


# "from 94" or "to 31" with no unit after it: the bare end of a change.
_BARE_END_RE = re.compile(rf"\b(?:from|to)\s+(\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\b(?![ -](?:{TIME_UNITS_PATTERN})s?\b)")


def _aged(evidence: str, count: str, age_key: str) -> bool:
    """Whether the evidence gives ``count`` as an age without a unit, which is then years: "aged 65 to
    80", "age 30". Only for an age in years; not any 30 in the sentence ("30 miles away")."""
    if not age_key.startswith("age:months:") or int(Decimal(age_key.rsplit(":", 1)[1])) % 12:
        return False
    return re.search(rf"\b(?:aged|age|ages)\s+(?:between\s+|from\s+|of\s+)?(?:\d+\s+(?:to|and)\s+)?{re.escape(count)}\b",
                     evidence, re.IGNORECASE) is not None


def _canonical_count(age_key: str) -> str:
    """The count of an age key, in its own unit: "age:months:960" (80 years) → "80"."""
    _, scale, value = age_key.split(":")
    months = Decimal(value)
    count = months / 12 if scale == "months" and months % 12 == 0 else months
    return format(count.normalize(), "f")


# Figures that are points, names or times: a near one is another one ("March" is not "about February").
_EXACT_KINDS = frozenset("date month weekday ord quarter age time symbol decade code".split())
# Approximations that come from below ("nearly 60%" is 54% to 60%, not 61%) or above ("just over").
_FROM_BELOW = frozenset(("nearly", "almost", "close to", "just under"))
_FROM_ABOVE = frozenset(("just over",))
# How far an approximated figure may stand from its source's, as a share of the claim's figure: "about
# 12%" for 12.3%, "about three weeks" for 20 days; "nearly" and "close to" reach further, from one side
# only ("close to a fifth" for 18%). A fraction stated plainly is a rounded share: within a point.
_ABOUT_SHARE = Decimal("0.05")
_NEAR_SHARE = Decimal("0.1")
_FRACTION_POINTS = Decimal(1)


def _approach(word: str) -> str | None:
    """The side an approximation comes from: "below" for "nearly", "above" for "just over", else None."""
    word = word.lower()
    return "below" if word in _FROM_BELOW else "above" if word in _FROM_ABOVE else None


def _near_figure(key: str, surface: str, claim: Features, evidence: Features) -> bool:
    """Whether a claim's figure that the evidence does not give is backed by the one figure of its kind
    the evidence gives instead, because the claim only approximates it: "about 12%" for "12.3%",
    "close to a fifth" for "18%", "two-thirds" for "67%". The evidence must give exactly one figure of
    that kind the claim does not (with two, which one the claim means is a guess), and not bound it.
    A bound is not an approximation: "more than 10%" is true of 12%, but "people over 70" is not "people
    over 80", and the words do not tell a measurement from a threshold, so bounds stay exact."""
    kind, _, value = key.partition(":") if ":" in key else ("", "", key)
    if kind in _EXACT_KINDS or (not kind and YEAR_RE.fullmatch(value)):
        return False
    if key in _evidence_bounds(claim):
        return _rounded_bound(key, claim, evidence) or _bounded_share(key, surface, claim, evidence)
    hedge = _approximated(claim).get(key)
    fraction = kind == "pct" and fraction_share(surface)
    said = _decimal(value)
    if said is None or said <= 0 or not (hedge or fraction):
        return False
    others = [k for k in evidence.numbers if k not in claim.numbers and (k.partition(":")[0] if ":" in k else "") == kind
              and not (not kind and YEAR_RE.fullmatch(k))]
    if len(others) != 1 or others[0] in _evidence_bounds(evidence):
        return False
    source = _decimal(others[0].partition(":")[2] if kind else others[0])
    if source is None:
        return False
    side = _approach(hedge) if hedge else None
    if side == "below":
        return said * (1 - _NEAR_SHARE) <= source <= said
    if side == "above":
        return said <= source <= said * (1 + _NEAR_SHARE)
    if hedge:
        return abs(source - said) <= said * _ABOUT_SHARE
    return abs(source - said) <= _FRACTION_POINTS


_MEASURED_BOUNDS = frozenset(("more than", "over", "at least", "above", "in excess of", "less than", "fewer than",
                              "under", "below", "just over", "just under"))


def _rounded_bound(key: str, claim: Features, evidence: Features) -> bool:
    """Whether a claim's bound on a round figure is backed by the one exact count of its kind the evidence
    gives, just past it: "More than 14,000 people attended" for "14,212 people attended" (within 10%).
    Only a count of a thousand or more, rounded to hundreds at least, against an exact count: a smaller
    figure may be a threshold ("people over 70" is not "people aged 75", whose rule may start at 75), and
    a bounded or approximate source figure is no measurement."""
    kind = key.partition(":")[0] if ":" in key else ""
    said = _decimal(key.partition(":")[2] if kind else key)
    if said is None or said < 1000 or said % 100:
        return False
    others = [k for k in evidence.numbers if k not in claim.numbers and (k.partition(":")[0] if ":" in k else "") == kind
              and not (not kind and YEAR_RE.fullmatch(k))]
    if len(others) != 1 or others[0] in _evidence_bounds(evidence) or others[0] in _evidence_approximations(evidence):
        return False
    source = _decimal(others[0].partition(":")[2] if kind else others[0])
    if source is None or source % 100 == 0:
        return False  # a round source figure may itself be rounded, or a threshold
    side, word = _evidence_bounds(claim)[key]
    if word.lower() not in _MEASURED_BOUNDS:
        return False  # "up to 15,000", "as many as", "within": a ceiling, not a count just under it
    if side == "at least":
        return said < source <= said * (1 + _NEAR_SHARE)
    if side == "at most":
        return said * (1 - _NEAR_SHARE) <= source < said
    return False


def _bounded_share(key: str, surface: str, claim: Features, evidence: Features) -> bool:
    """Whether a claim's bound on a share given as a fraction is backed by the one share the evidence gives,
    on the bound's side and within ten points of it: "Fewer than two-thirds of patients were seen" for
    "61% of patients were seen"; "more than a quarter" for 27%. A fraction of a group is no threshold
    (which is why bounds on other figures stay exact: "people over 70" is not "people aged 75"), and the
    ten points keep the bound a fair description ("fewer than two-thirds" for 12% is true but misleads).
    The evidence's share must be a measurement: not bounded or approximate itself."""
    if not key.startswith("pct:") or not fraction_share(surface):  # ("half" is exact: see fraction_share)
        return False
    said = _decimal(key.partition(":")[2])
    others = [k for k in evidence.numbers if k.startswith("pct:") and k not in claim.numbers]
    if said is None or len(others) != 1 or others[0] in _evidence_bounds(evidence) or others[0] in _evidence_approximations(evidence):
        return False
    # A share of the same thing: "two-thirds of patients" and "61% of patients" (not "inflation was 20%",
    # "demand rose 30%", nor "cut 30% of jobs" for "a quarter of the firms").
    said_of, source_of = _share_of(claim.folded, surface), _share_of(evidence.folded, evidence.numbers[others[0]])
    if said_of is None or said_of != source_of:
        return False
    source = _decimal(others[0].partition(":")[2])
    side, word = _evidence_bounds(claim)[key]
    if source is None or word.lower() not in _MEASURED_BOUNDS:
        return False
    if side == "at least":
        return said < source <= said + _BOUNDED_SHARE_POINTS
    if side == "at most":
        return said - _BOUNDED_SHARE_POINTS <= source < said
    return False


_BOUNDED_SHARE_POINTS = Decimal(10)
_SHARE_OF_RE = LazyPattern(r"\s+of\s+([^.;:!?()]{0,60})", re.IGNORECASE)


def _share_of(text: str, surface: str) -> str | None:
    """The noun a share in ``text`` is of: "patients" for "61% of patients at the hospital" and for
    "two-thirds of emergency patients" (of the two words after "of", past its determiner and figures and
    up to a function word or a comma, the plural, else the first; its "s" dropped); None without an "of"."""
    at = text.lower().find(surface.lower())
    m = _SHARE_OF_RE.match(text, at + len(surface)) if at >= 0 else None
    if m is None:
        return None
    run: list[str] = []
    for word in re.findall(r"[\w'-]+|,", m.group(1)):
        lower = word.lower()
        if word[0].isdigit() or (not run and lower in ("the", "its", "their", "all", "our", "his", "her", "these", "those")):
            continue
        if word == "," or lower in STOPWORDS or len(run) == 2:
            break
        run.append(lower)
    # Of two words, a plural is the counted noun ("emergency patients"; "the firms cut jobs": "firms").
    head = next((w for w in reversed(run) if w.endswith("s") and not w.endswith("ss")), run[0] if run else None)
    return head.removesuffix("s") if head is not None else None
_DIGITS_RE = LazyPattern(r"\d+")
_NUMBER_WORD_RE = LazyPattern(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                              r"fifty|sixty|seventy|eighty|ninety|hundred)\b", re.IGNORECASE)


def _may_repeat_a_value(text: str) -> bool:
    """Whether ``text`` may give one value twice: the same digits twice, or digits and a number word.
    Two quick scans, so that the figures of most claims are not read a second time."""
    digits = _DIGITS_RE.findall(text)
    if len(digits) != len(set(digits)):
        return True
    words = [w.lower() for w in _NUMBER_WORD_RE.findall(text)]
    return len(words) != len(set(words)) or (bool(digits) and bool(words))


_PLAIN_FIGURES: dict[str, tuple[tuple[str, str], ...]] = {}


def _plain_figures(text: str) -> tuple[tuple[str, str], ...]:
    """Every plain figure of ``text`` (no unit or kind in its key), each time it occurs, as (key, surface);
    cached by text, since a claim is checked against each of its evidence sets."""
    found = _PLAIN_FIGURES.get(text)
    if found is None:
        if len(_PLAIN_FIGURES) >= 100_000:
            _PLAIN_FIGURES.clear()
        found = _PLAIN_FIGURES[text] = tuple(
            (key, surface) for key, surface, only in _read_figures(text, False) if ":" not in key and not only)
    return found


# A month name and the year after it ("January 2023", "3 March 2021", "Jan 7, 2026").
_MONTH_YEAR_RE = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?,?\s+(?:of\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE)


def _check_numbers(claim: Features, evidence: Features, cited: str) -> Reason | None:
    if not claim.numbers:
        return None  # only the claim's own figures can be missing (the loop over them below finds nothing)
    missing: list[str] = []
    # A bare "61 million" is backed by "61 million dollars" when the claim itself is about that currency
    # ("from 61 million to 48 million dollars"); "5 million phones" is not backed by "$5 million".
    claim_currencies = {k.split(":", 1)[0] for k in claim.numbers if k[:3].isupper() and ":" in k}
    amounts = {k.split(":", 1)[1] for k in evidence.numbers if ":" in k and k.split(":", 1)[0] in claim_currencies}
    # A count inside a span of time is the span's: "three weeks" against "21 days" is checked as days:21.
    # A count outside the claim's spans needs the same count outside the evidence's: "Fourteen people …
    # for two weeks" is not "Two people … for 14 days", and "Three nurses … for three weeks" still needs
    # its three nurses.
    claim_outside = _outside_spans(claim, bare_one=False)
    evidence_outside = dict(_outside_spans(evidence, bare_one=True))
    # The count of an evidence span the claim does not use may stand bare in the claim only as the other
    # end of a change whose first end is a span of the same scale: "fell to 31 minutes, from 94" against
    # "from 94 minutes … to 31 minutes". Not "21 patients" for "for 21 days".
    claim_scales = {key.split(":", 1)[0] for key in claim.numbers if key.split(":", 1)[0] in DURATION_SCALES}
    bare_ends = {m.group(1).lower() for m in _BARE_END_RE.finditer(claim.folded)}
    for key, surface in evidence.numbers.items():
        scale = key.split(":", 1)[0]
        if scale in claim_scales and key not in claim.numbers:
            for count_key, count_surface in extract_numbers(duration_count(surface), bare_one=True).items():
                if any(count_key in extract_numbers(end, bare_one=True) for end in bare_ends):
                    evidence_outside.setdefault(count_key, count_surface)
    # An age the evidence gives without its unit ("aged 65 to 80" for "between 65 and 80 years old") is
    # backed by its figure; one it gives in another unit is not ("80-month-old" for "80-year-old").
    evidence_ages = any(k.startswith("age:") for k in evidence.numbers)
    codes: dict[str, str] | None = None  # the evidence's figures as codes, read once if a claim figure needs them
    for key, surface in claim.numbers.items():
        plain = ":" not in key
        if plain and key not in claim_outside:
            continue  # only inside the claim's spans, which are checked as spans
        if (key in evidence.numbers and not (plain and key not in evidence_outside)) or (plain and key in amounts):
            continue
        if key.startswith("age:") and not evidence_ages and _aged(evidence.folded, _canonical_count(key), key):
            continue
        if plain or key.startswith("code:"):
            if codes is None:
                codes = evidence_codes(evidence.numbers)
            if key in codes:
                continue  # "48m" for "48 million", and the reverse
        if key.startswith("ord:") and f"quarter:{key[4:]}" in claim.numbers and f"quarter:{key[4:]}" in evidence.numbers:
            continue  # "the third quarter" against "Q3": the quarter is the figure
        if key.startswith(("c:", "f:", "deg:")) and any(f"{unit}:{key.partition(':')[2]}" in evidence.numbers for unit in ("c", "f", "deg")
                                                       if unit == "deg" or key.startswith("deg:")):
            continue  # "35C" for "35 degrees" (and the reverse): the scale is unsaid, the figure is the same
        if _near_figure(key, surface, claim, evidence) or _same_bounded_count(key, surface, plain, claim, evidence):
            continue
        if surface not in missing:
            missing.append(surface)
    # One value the claim gives twice, as two figures ("3 kilometres … three pumping stations"), needs
    # two figures of that value in the evidence: "3 kilometres … two pumping stations" has one.
    claim_figures = _plain_figures(claim.folded) if _may_repeat_a_value(claim.folded) else ()
    claim_plain = [key for key, _ in claim_figures]
    repeated = {key for key in claim_plain if claim_plain.count(key) > 1} if len(claim_plain) > 1 else ()
    if repeated:
        evidence_plain = [key for key, _ in _plain_figures(evidence.folded)]
        for key in sorted(repeated):
            surfaces = {surface for k, surface in claim_figures if k == key}
            if len(surfaces) > 1 and evidence_plain.count(key) < claim_plain.count(key):
                surface = max(sorted(surfaces), key=len)  # (ties broken by spelling, not by set order)
                if surface not in missing:
                    missing.append(surface)
    # A month with its year is one date: "January 2022" is not backed by "in 2022 … in January 2023", where
    # the evidence gives that month only with another year.
    for key, surface in claim.numbers.items():
        if not key.startswith(("month:", "date:")) or surface in missing:
            continue
        dated = _MONTH_YEAR_RE.search(surface)
        if dated is None:
            continue
        month, year = dated.group(1).lower()[:3], dated.group(2)
        years = [m.group(2) for m in _MONTH_YEAR_RE.finditer(evidence.folded) if m.group(1).lower()[:3] == month]
        if years and year not in years:
            missing.append(surface)
    # "Jan 7, 2026" also yields the key 2026 with the surface "2026": name the figure once.
    missing = [m for m in missing if not any(m != other and m in other for other in missing)]
    if not missing:
        return None
    found = list(dict.fromkeys(evidence.numbers.values()))
    message = f"The claim gives {_quoted(missing)}, which the cited sentences {cited} do not contain"
    message += f" (they give {_quoted(found)})." if found else " (they give no figures)."
    return Reason(
        code="number_mismatch",
        message=message,
        details={"missing": missing, "claim_figures": sorted(claim.numbers), "evidence_figures": sorted(evidence.numbers)},
    )


def _same_bounded_count(key: str, surface: str, plain: bool, claim: Features, evidence: Features) -> bool:
    """A count both sides bound, read as a span of time on one side only: "up to 20 days" keeps its span
    and "no more than 20 days", "20 days or fewer" do not (their unit is a word to align), yet the figure
    is one. The bounds themselves are compared by the bound check."""
    claim_bounds, evidence_bounds = _evidence_bounds(claim), _evidence_bounds(evidence)
    if plain:  # "no more than 20 days" against "up to 20 days": the count stands in an evidence span
        return key in claim_bounds and key in evidence_bounds and key in evidence.numbers
    if key.split(":", 1)[0] not in DURATION_SCALES or key not in claim_bounds:
        return False
    counts = extract_numbers(duration_count(surface), bare_one=True)
    # "up to 20 days" against "20 days or fewer": the evidence writes the span, bounding its count
    return any(count in evidence_bounds and count in evidence.numbers for count in counts) \
        and re.search(rf"(?<![\w.,]){re.escape(surface.lower())}\b", evidence.folded.lower()) is not None


def _check_negation(claim: Features, evidence: Features, cited: str, alignment: Alignment,
                    parts: list[tuple[Sentence, Features]] | None = None) -> Reason | None:
    # "would not close" for "will stay open": the alignment found the claim denying the opposite of what
    # the evidence states, which is the same fact; that negation is accounted for, no other.
    denied = {l.claim.stem for l in alignment.links if l.relation == "antonym" and l.accepted and l.claim.negated}
    if not claim.negations:
        # A denying verb the claim says in a word of the same meaning is the same event, no denial of
        # the claim's: "turned down a proposal" for "rejected a proposal".
        restated = {l.target.lower for l in alignment.links if l.accepted and l.target is not None
                    and l.relation in ("synonym", "lemma", "derivation") and l.target.lower in NEGATION_CUES}
        # A word with a negative prefix says the denial: "were unaffected" for "were not affected".
        affirmed = {l.target.stem for l in alignment.links if l.accepted and l.target is not None
                    and l.relation == "antonym" and not l.claim.negated}
        cues = [cue for cue, scope in evidence.negations if not scope.isdisjoint(claim.content)
                and cue.lower() not in restated and scope.isdisjoint(affirmed)]
        if cues and parts is not None:
            # Of several cited sentences, a denial counts where the claim's words it covers are matched in
            # its own sentence, or nowhere: "The FCA said the bank had charged late fees to 40,000 customers"
            # takes "customers" from "The regulator said …", not from "… for failing to protect customers".
            matched_in: dict[str, set[str]] = {}
            for l in alignment.links:
                if l.evidence is not None:
                    matched_in.setdefault(l.claim.stem, set()).add(l.evidence.sentence.id)
            cues = [cue for sentence, part in parts for cue, scope in part.negations
                    if cue in cues and scope.intersection(claim.content)
                    and any(sentence.id in matched_in.get(stem, {sentence.id}) for stem in scope.intersection(claim.content))]
        if cues:
            return Reason(
                code="negation_mismatch",
                message=f"The cited sentences {cited} are negative ({_quoted(cues)}) about what the claim states "
                "as positive.",
                details={"evidence_cues": cues, "claim_cues": []},
            )
    elif not evidence.negations:
        # A negation whose scope holds a denied opposite is accounted for, with the rest of its scope
        # ("would not close during the repairs" for "will stay open during the repairs").
        cues = [cue for cue, scope in claim.negations if not (scope & denied) and not scope.isdisjoint(evidence.content)]
        if cues:
            return Reason(
                code="negation_mismatch",
                message=f"The claim is negative ({_quoted(cues)}) but the cited sentences {cited} are not.",
                details={"evidence_cues": [], "claim_cues": cues},
            )
    if alignment.polarity:
        # Both sides have negations somewhere, but they do not deny the same clause.
        words = [l.claim.text for l, _ in alignment.polarity]
        parts = [f"the claim's clause with \u201c{l.claim.text}\u201d is {'negative' if neg else 'positive'}, the matching "
                 f"clause of [{l.evidence.sentence.id}] is {'positive' if neg else 'negative'}"  # type: ignore[union-attr]
                 for l, neg in alignment.polarity]
        return Reason(
            code="negation_mismatch",
            message="The claim and the cited sentences disagree on what is denied: " + "; ".join(parts) + ".",
            details={"evidence_cues": [], "claim_cues": [], "missing": words},
        )
    return None


_PART_OF_RE = LazyPattern(r"\b(?:part|parts|half) of\b", re.IGNORECASE)


def _check_modality(claim: Features, evidence: Features, cited: str, alignment: Alignment) -> list[Reason]:
    """A hedge of the evidence must stay in the claim, as the same kind or a weaker one.

    Kinds (features.HEDGE_KINDS): possibility (may, could), likelihood (likely, expected), prediction
    (would), report (reportedly, allegedly), intention (plans, tries) and deliberation (considering
    whether) and counterfactual (would have). Possibility is the weakest and may stand for any of them
    but a counterfactual, deliberation for an intention;
    otherwise the kind must be kept: "could" made "would", "was considering whether to seek" made
    "would seek" or "plans to seek", claims more than the source.
    """
    if alignment.asks is not None:
        # "asked whether the lane would go ahead": the claim's "whether" (and the "would" of the question it
        # reports) hedge what is asked, as the question itself does.
        claim = dataclasses.replace(claim, hedges=[h for h in claim.hedges if h[0].lower() not in ("whether", "if", "would")])
    if not evidence.hedges and not claim.hedges:
        return []  # neither hedges: no cue to keep and none added (everything below finds nothing)
    # A hedge governs the claim when the claim states what it hedges: the word right after it ("may
    # close"), or two of the words it governs. One other shared word is not enough: "… signaling a
    # potential shift in Seoul's approach to the North" does not hedge a claim that merely mentions the North.
    # The claim's words and the evidence words they were matched with: "bought" for "to buy" shares no
    # stem with it.
    words = claim.content.keys() | {l.target.stem for l in alignment.links if l.accepted and l.target is not None}
    # A phrase the alignment read as one word ("taken up") holds its words' stems too.
    words |= {stem(part) for l in alignment.links if l.accepted and l.target is not None
              and (" " in l.target.lower or "_" in l.target.lower) for part in l.target.lower.replace("_", " ").split()}
    # A hedge word the claim renders by a word of like meaning is kept: "a scheme to construct" for "a plan
    # to build".
    rendered = {l.target.lower for l in alignment.links if l.accepted and l.target is not None}
    cues = list(dict.fromkeys(
        (cue, hedge_kind(cue)) for (cue, scope), head in zip(evidence.hedges, evidence.hedge_heads)
        if scope and (head in words or len(scope & words) >= 2) and cue.lower() not in rendered
        and not _named_not_stated(head, claim, alignment)
    ))
    # The other way round, two kinds say more than a plain statement, not less: a counterfactual that it
    # did not happen ("would have resigned" for "resigned"), deliberation that it is undecided ("are
    # considering whether to close" for "decided to close"). They need their kind in the evidence
    # (deliberation may rest on an intention).
    matched = {l.claim.stem for l in alignment.links if l.accepted and l.target is not None}
    source_kinds = {hedge_kind(cue) for cue, _ in evidence.hedges}
    # So does an intention, that someone means to do it: "has a plan to raise taxes" for "raised taxes" (a
    # source that says it will happen may have it planned: "will raise", "is set to raise"). Not "wants",
    # which what one demands, seeks or does says too ("wants pay to rise" for "is demanding a rise").
    contrary = [cue for cue, scope in claim.hedges if scope & matched and (
        (hedge_kind(cue) in ("counterfactual", "limit") and hedge_kind(cue) not in source_kinds
         and not (hedge_kind(cue) == "limit" and _PART_OF_RE.search(evidence.folded)))  # "Part of the building …"
        or (hedge_kind(cue) == "deliberation" and not source_kinds & {"deliberation", "intention"})
        or (hedge_kind(cue) == "intention" and not cue.lower().startswith("want")
            and not source_kinds & {"intention", "deliberation"}
            and _FUTURE_RE.search(evidence.folded) is None)
        # A request or an order the source does not tell of: "The FDA ordered the dairy to recall" for "the
        # dairy announced a recall".
        or (hedge_kind(cue) in ("request", "command") and hedge_kind(cue) not in source_kinds))]
    if contrary:
        return [Reason(
            code="modality_mismatch",
            message=f"The claim says {_quoted(contrary)} ({', '.join(sorted({hedge_kind(c) for c in contrary}))}) where the "
            f"cited sentences {cited} state it: that it did not happen, is undecided, is only meant, or only nearly or partly so, "
            "is more than they say.",
            details={"evidence_hedges": [], "claim_hedges": contrary,
                     "evidence_kinds": sorted(source_kinds), "claim_kinds": sorted({hedge_kind(c) for c in contrary})},
        )]
    if not cues:
        return []
    claim_kinds = {hedge_kind(cue) for cue, _ in claim.hedges}
    # A claim keeps a request or an order by its verb alone: "residents asked for speed bumps" for "asked
    # the council to install speed bumps".
    said = set(re.findall(r"[a-z]+", claim.folded.lower()))
    if said & REQUEST_VERBS and "request" in source_kinds:
        claim_kinds.add("request")
    if said & COMMAND_VERBS and "command" in source_kinds:
        claim_kinds.add("command")
    if _backshifted(claim, evidence) or _backshifted_verb(claim, evidence, alignment):
        claim_kinds.add("prediction")
    if not claim_kinds:
        return [Reason(
            code="hedge_dropped",
            message=f"The cited sentences {cited} hedge this ({_quoted([c for c, _ in cues])}) but the claim states it as fact.",
            details={"evidence_hedges": [c for c, _ in cues]},
        )]
    # Deliberation is the weaker intention: it may stand for one, not the reverse. A possibility stands for
    # any kind but a counterfactual: "could create 500 jobs" is not "would have created 500 jobs", which
    # says they were not created.
    changed = [(cue, kind) for cue, kind in cues
               if kind not in claim_kinds and not (kind == "intention" and "deliberation" in claim_kinds)
               and not ("possibility" in claim_kinds and kind not in ("counterfactual", "limit"))]
    if not changed:
        return []
    claim_cues = list(dict.fromkeys(cue for cue, _ in claim.hedges)) or ["will"]
    return [Reason(
        code="modality_mismatch",
        message=f"The claim hedges with {_quoted(claim_cues)} where the cited sentences {cited} say "
        f"{_quoted([c for c, _ in changed])} ({', '.join(sorted({k for _, k in changed}))}): a different, stronger "
        "kind of uncertainty than the source's.",
        details={"evidence_hedges": [c for c, _ in changed], "claim_hedges": claim_cues,
                 "evidence_kinds": sorted({k for _, k in changed}), "claim_kinds": sorted(claim_kinds)},
    )]


# A verb's "-ing" form that names an act rather than states it: "a decision on raising the charge",
# "discussed cutting fares".
# Not after "for" or "of", which may name what someone is charged with: "indicted for provoking" keeps the
# source's "allegedly".
_NAMING_BEFORE_RE = r"\b(?:on|about|over|discussed|considered|considering|debated|debating|weighed) (?:the )?"


def _named_not_stated(head: str | None, claim: Features, alignment: Alignment) -> bool:
    """Whether the claim's word for the hedged verb only names the act, as an "-ing" form after a
    preposition or a verb of weighing it ("A decision on raising the charge was put off" against "a
    proposal to raise the charge"): the claim does not state that it happened, so the hedge is not
    dropped. Every claim word matched to the verb must be such a form."""
    if head is None:
        return False
    found = [l.claim.text for l in alignment.links if l.accepted and l.target is not None
             and (l.target.stem == head or l.claim.stem == head)]
    return bool(found) and all(
        word.lower().endswith("ing") and re.search(_NAMING_BEFORE_RE + re.escape(word) + r"\b", claim.folded, re.IGNORECASE)
        for word in found)


# What says a thing is to happen, which someone may have planned: "will raise", "is set to", "due to open".
_FUTURE_RE = LazyPattern(r"\b(?:will|would|shall|going to|set to|scheduled|due to|is to|are to|'ll)\b", re.IGNORECASE)
# "<Speaker> said (that) <a short subject> will|would <verb>": one reported clause.
_REPORTED_RE = LazyPattern(
    r"\b([A-Z][\w'\-]*) (?:said|says|told [\w'\-]+|added|stated) (?:that )?((?:[\w'\-]+ ){0,4}?)(will|would) ([a-z]+)\b")
# (and the conditions told without "if": "weather permitting", "subject to approval", "pending a review",
# "as long as", "depending on", "assuming")
_CONDITION_AFTER_RE = LazyPattern(
    r"\b(?:if|unless|had|provided|providing|once|when|permitting|subject to|pending|assuming|depending on|"
    r"as long as|so long as|on condition)\b")


def _backshifted(claim: Features, evidence: Features) -> bool:
    """Reported speech moves a tense back: "Roe said the company would cut jobs" reports Roe saying "the
    company will cut jobs", so a claim with the same speaker, subject and verb and "will" keeps the
    prediction. Only where the speaker's verb governs the clause directly: not "Roe said she feared the
    company would …", "Lee said …, Roe said", "would have cut", "would try to cut", nor a clause with a
    condition after it ("… would cut jobs if the merger failed")."""
    said = [m for m in _REPORTED_RE.finditer(claim.folded) if m.group(3) == "will"]
    if not said:
        return False
    for m in _REPORTED_RE.finditer(evidence.folded):
        if m.group(3) != "would" or m.group(4) == "have" or _CONDITION_AFTER_RE.search(evidence.folded, m.end()):
            continue
        subject = m.group(2).split()
        if any(w.endswith("ed") or w in ("had", "has", "have", "that") for w in subject):
            continue  # another verb between the speaker's and "would": "said she feared the company would"
        for c in said:
            if c.group(1).lower() == m.group(1).lower() and c.group(4) == m.group(4) \
                    and c.group(2).lower() == m.group(2).lower():
                return True
    return False


# "<Speaker> [also] said (that) <up to four words> would <verb>", the speaker's name kept.
# The speaker is a name or the last word of a noun phrase ("The regional health agency said it would
# open"); "would be" reads on to its verb ("would be launched").
_REPORTED_WOULD_RE = LazyPattern(
    r"\b([A-Za-z][\w'\-]*) (?:also |later |previously |earlier )?(?:said|says|told [\w'\-]+|added|stated) (?:that )?"
    r"((?:[\w'\-]+ ){0,5}?)would (?:be )?([a-z]+)\b")
# A claim's own speaker told by a common noun: "…, the regional health agency said", "the company said".
_SAID_BY_RE = LazyPattern(r"\b(?:the|a|an|its|their) (?:[\w'\-]+ ){0,3}?([a-z][\w\-]*) (?:said|says|told|added|stated)\b")


def _backshifted_verb(claim: Features, evidence: Features, alignment: Alignment) -> bool:
    """:func:`_backshifted` told another way: the claim's "will" (or "will be") before a word matched to
    the verb after the evidence's reported "would", and the evidence's speaker among the claim's, in any
    frame: "Journey times will be cut by up to 12 minutes, Northern said" against "Northern said it would
    cut journey times by up to 12 minutes". The same exclusions: no "would have", no condition after, no
    other verb between the speaker's and "would"."""
    if "will" not in claim.folded and "'ll" not in claim.folded:
        return False
    speakers = {t for _, toks in claim.speakers for t in toks} | {m.group(1) for m in _SAID_BY_RE.finditer(claim.folded)}
    if not speakers:
        return False
    for m in _REPORTED_WOULD_RE.finditer(evidence.folded):
        if m.group(3) == "have" or _CONDITION_AFTER_RE.search(evidence.folded, m.end()) \
                or m.group(1).lower() not in speakers:
            continue
        if any(w.endswith("ed") or w in ("had", "has", "have", "that") for w in m.group(2).split()):
            continue
        verb = m.group(3)
        for link in alignment.links:
            target = link.target
            if not link.accepted or target is None or link.evidence is None or target.lower != verb \
                    or m.group(0) not in fold(link.evidence.sentence.text):
                continue
            if re.search(r"(?:\bwill|'ll) (?:be )?(?:an? |the )?" + re.escape(link.claim.text) + r"\b", claim.folded):
                return True
    return False


# "each year" / "every Saturday" in a claim: a quantifier over a unit of time.
_EVERY_UNIT_RE = LazyPattern(
    r"\b(each|every)\s+(year|month|week|day|night|hour|morning|evening|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_RATE_ADVERBS = {"year": "annually|yearly", "month": "monthly", "week": "weekly", "day": "daily", "night": "nightly",
                 "hour": "hourly"}


def _nearest_figures(match: re.Match, lowered: str, claim: Features, evidence: Features, shared: list[str]) -> list[str]:
    """The evidence's surfaces of the claim figure nearest "each ``unit``" (``match`` in the claim's
    ``lowered`` text), when the evidence gives that figure; else of every figure both give."""
    placed = [(min(abs(pos - match.start()), abs(pos - match.end())), key)
              for key, surface in claim.numbers.items() if (pos := lowered.find(surface.lower())) >= 0]
    if placed:
        nearest = min(placed)[1]
        if nearest in evidence.numbers:
            return [evidence.numbers[nearest].lower()]
    return [evidence.numbers[key].lower() for key in shared]


def _rate_backs(unit: str, evidence: str, figures: list[str]) -> bool:
    """The evidence says the thing happens per ``unit``, which is what "each ``unit``" says: one of the
    claim's ``figures`` (as the evidence writes them) followed, within two words, by "a year", "per
    day" or "annually" ("25,000 tonnes a year"), or "once a week"; for a weekday, "on Saturdays".
    Not "a year ago", "a year-long inquiry", "a year of talks", "delayed by a year", "spending a year",
    nor a rate of another figure ("pays 500 pounds a year in rent" for "saws 8,000 logs each year")."""
    if unit.endswith("day") and unit != "day":  # a weekday, in the plural after "on", not after "unlike"
        return re.search(rf"(?<!unlike )(?<!except )(?<!not )(?<!never )\bon {unit}s\b", evidence) is not None
    # (Not a point or a span: "a year ago", "a year ahead of schedule", "a year into operation", "a year
    # old", nor what took a year: "took 25,000 tonnes a year to process".)
    per = (rf"(?:a|an|per|each|every) {unit}\b(?!-|\s+(?:of|ago|earlier|later|before|after|into|on|since|early|"
           rf"late|ahead|previously|prior|back|old|to|from|in|until|till)\b)")
    adverbs = _RATE_ADVERBS.get(unit)
    rate = per if adverbs is None else rf"(?:{per}|(?:{adverbs})\b)"
    if re.search(rf"\b(?:once|twice) {per}", evidence):
        return True
    # With no figure of the claim's, the unit's own rate word says it of the thing itself: "will be
    # collected every week" for "collections will remain weekly" (not "bi-weekly", "three-weekly").
    if not figures and adverbs is not None and re.search(rf"(?<![\w-])(?:{adverbs})\b(?!\s+[a-z])", evidence):
        return True  # (not before a word: "the council's weekly bulletin" is of the bulletin)
    between = r"(?:\s+(?!(?:for|in|within|over|after|by|than|during|of)\b)[\w'\-]+){0,2}?"
    # Or after what the figure counts, "of" and that thing's name ("25,000 tonnes of spent lithium-ion
    # batteries a year"): the rate is of the whole amount. Up to four words with no figure, no comma and no
    # word that starts another clause or a span ("and", "which", "in", "since"), so a rate of a later
    # figure or a span ("in a year") is still not read as this one's.
    named = r"\s+of(?:\s+(?!(?:for|in|within|over|after|by|than|during|of|and|or|but|which|that|who|while|since|from|to|at|on)\b)(?!\S*\d)[\w'\-]+){1,4}?"
    return any(re.search(rf"(?<![\w.,]){re.escape(f)}(?![\w.,]\d){between}(?:{named})?\s+{rate}", evidence) for f in figures)


_NOT_ALL_RE = LazyPattern(r"\bnot (?:all|every|everyone|everything)\b", re.IGNORECASE)
_ALL_BUT_RE = LazyPattern(r"\ball (?:but|except)\b", re.IGNORECASE)
_ALL_RE = LazyPattern(r"\b(?:all|every|each|entire|whole|everyone|everything)\b", re.IGNORECASE)


def _check_quantifiers(claim: Features, evidence: Features, cited: str) -> Reason | None:
    backed = {QUANTIFIER_CLASSES[q] for q in evidence.quantifiers}
    # "not all absences were linked" denies the "all": it backs no "all of the pupils".
    if "all" in backed and _NOT_ALL_RE.search(evidence.folded) and not _ALL_RE.search(_NOT_ALL_RE.sub(" ", evidence.folded)):
        backed.discard("all")
    # "all but essential journeys" is all except some: it backs no plain "all" ("avoid all journeys").
    if "all" in backed and _ALL_BUT_RE.search(evidence.folded) and not _ALL_BUT_RE.search(claim.folded) \
            and not _ALL_RE.search(_ALL_BUT_RE.sub(" ", evidence.folded)):
        backed.discard("all")
    if "all" in backed and {q for q in evidence.quantifiers if QUANTIFIER_CLASSES[q] == "all"} <= {"each", "every"} \
            and not claim.quantifiers.isdisjoint(("all", "entire", "whole", "everyone", "everything")) \
            and len(_EVERY_UNIT_RE.findall(evidence.folded.lower())) == len(re.findall(r"\b(?:each|every)\b", evidence.folded.lower())):
        backed.discard("all")  # "each year" is a rate: it backs no "all of them"
    widened = sorted(q for q in claim.quantifiers if QUANTIFIER_CLASSES[q] not in backed)
    if "each" in widened or "every" in widened:
        lowered, evidence_text = claim.folded.lower(), evidence.folded.lower()
        over_units = list(_EVERY_UNIT_RE.finditer(lowered))
        # Only when every "each" and "every" of the claim is over a unit the evidence gives a rate for: of
        # the claim's own figure nearest it ("hired 300 workers each year and recycles 25,000 tonnes" needs
        # a rate of the 300), or of any figure both give where the claim's nearest is not one of them.
        shared = [key for key in claim.numbers if key in evidence.numbers]
        if len(over_units) == len(re.findall(r"\b(?:each|every)\b", lowered)) and all(
                _rate_backs(m.group(2), evidence_text, _nearest_figures(m, lowered, claim, evidence, shared))
                for m in over_units):
            widened = [q for q in widened if q not in ("each", "every")]
    if not widened:
        return None
    return Reason(
        code="quantifier_mismatch",
        message=f"The claim says {_quoted(widened)}, but the cited sentences {cited} do not: it may claim more "
        "than they say (\u201csome\u201d is not \u201call\u201d).",
        details={"quantifiers": widened},
    )


def _check_speakers(claim: Features, evidence: Features, cited: str) -> Reason | None:
    """Who said it: a claim's speaker must be among the evidence's speakers, when the evidence names any."""
    if not claim.speakers or not evidence.speakers:
        return _reporter_made_speaker(claim, evidence, cited) or _speakers_traded(claim, evidence, cited)
    said_by = {t for _, toks in evidence.speakers for t in toks}
    wrong = [surface for surface, toks in claim.speakers if said_by.isdisjoint(toks)
             and not any(other in _acronym_of(surface, evidence.folded) or _acronym_of(other, surface)
                         for other, _ in evidence.speakers)]
    if not wrong:
        # A reporter is not the speaker: "Lee said the company would cut jobs, Roe said" does not have
        # Roe say it. When the evidence names a speaker besides its reporters, the claim must name one.
        reporters = {t for toks in _reporting_speakers(evidence.folded) for t in toks}
        speaking = [(surface, toks) for surface, toks in evidence.speakers if reporters.isdisjoint(toks)]
        # Naming the speaker anywhere will do: "Lee made the request and revealed it, according to Yonhap".
        claimed = {t for _, toks in claim.speakers + claim.names for t in toks}
        if not reporters or not speaking or not all(set(toks) <= reporters for _, toks in claim.speakers) \
                or not all(claimed.isdisjoint(toks) for _, toks in speaking):
            return _reporter_made_speaker(claim, evidence, cited)
        named = list(dict.fromkeys(surface for surface, _ in speaking))
        wrong = [surface for surface, _ in claim.speakers]
        return Reason(
            code="speaker_mismatch",
            message=f"The claim has {_quoted(wrong)} saying this, but in the cited sentences {cited} "
            f"{_quoted(wrong)} only reports it: it is said by {_quoted(named)}.",
            details={"claim_speakers": wrong, "evidence_speakers": named},
        )
    named = list(dict.fromkeys(surface for surface, _ in evidence.speakers))
    return Reason(
        code="speaker_mismatch",
        message=f"The claim has {_quoted(wrong)} saying this, but in the cited sentences {cited} it is said by "
        f"{_quoted(named)}.",
        details={"claim_speakers": wrong, "evidence_speakers": named},
    )


def _speakers_traded(claim: Features, evidence: Features, cited: str) -> Reason | None:
    """Who says it and who is spoken of, traded: "The union said the firm had lied" against "The firm said
    the union had lied" (speakers that are no names, which the names' speaker check does not see)."""
    if not claim.frames or not evidence.frames:
        return None
    said_by, source_by = opening_speaker(claim.folded), opening_speaker(evidence.folded)
    if said_by is None or source_by is None or said_by == source_by:
        return None
    claim_words = set(re.findall(r"[a-z][\w\-]*", claim.folded.lower()))
    evidence_words = set(re.findall(r"[a-z][\w\-]*", evidence.folded.lower()))
    if source_by not in claim_words or said_by not in evidence_words:
        return None
    return Reason(
        code="speaker_mismatch",
        message=f"The claim has \u201c{said_by}\u201d saying this, but in the cited sentences {cited} it is said by "
        f"\u201c{source_by}\u201d, of whom the claim speaks instead.",
        details={"claim_speakers": [said_by], "evidence_speakers": [source_by]},
    )


def _reporter_made_speaker(claim: Features, evidence: Features, cited: str) -> Reason | None:
    """A report of a report told as one: "Roe said the firm would cut jobs" (or "Roe and Lee said …",
    "Reuters reported that …") for "According to Roe, Lee said the firm would cut jobs", and "The ministry
    said the talks had failed" for "Lee said the talks had failed, the ministry said". The evidence has
    two speech frames, and the claim's speaker (not a reporter of its own) only reports there; so the
    two may not trade places either ("According to Lee, Roe said …")."""
    claim_frames = claim.frames
    if evidence.frames < 2 or not claim_frames:
        return None
    reporters = {t for toks in _reporting_speakers(evidence.folded) for t in toks}
    speaking = {t for _, toks in evidence.speakers for t in toks if t not in reporters}
    wrong: list[str] = []
    if reporters:
        own_frames = {t for toks in reporting_speakers(claim.folded) for t in toks}
        direct = [(surface, toks) for surface, toks in claim.speakers if own_frames.isdisjoint(toks)]
        direct += paired_speakers(claim.folded)
        direct += [(surface, toks) for surface, toks in claim.names if own_frames.isdisjoint(toks)
                   and re.match(re.escape(surface) + r",? reported\b", claim.folded)]  # "Reuters reported that …"
        wrong = list(dict.fromkeys(surface for surface, toks in direct
                                   if set(toks) <= reporters and speaking.isdisjoint(toks)))
    head = common_speaker(claim.folded) if claim_frames == 1 else None  # "The ministry said Lee said …" keeps both
    if head is not None and head in common_reporters(evidence.folded):
        wrong.append(head)
    if not wrong:
        return None
    return Reason(
        code="speaker_mismatch",
        message=f"The claim has {_quoted(wrong)} saying this, but in the cited sentences {cited} "
        f"{_quoted(wrong)} only reports what another said.",
        details={"claim_speakers": wrong, "evidence_speakers": sorted(speaking)},
    )


# The evidence's reporters by its folded text: three regex passes over a cited sentence, done once for
# all the claims that cite it (callers only read the result).
_REPORTERS: dict[str, list[tuple[str, ...]]] = {}
_REPORTERS_LIMIT = 100_000


def _reporting_speakers(folded: str) -> list[tuple[str, ...]]:
    """:func:`features.reporting_speakers` of ``folded``, cached by the text."""
    found = _REPORTERS.get(folded)
    if found is None:
        if len(_REPORTERS) >= _REPORTERS_LIMIT:
            _REPORTERS.clear()
        found = _REPORTERS[folded] = reporting_speakers(folded)
    return found


_MALE_PRONOUNS = frozenset("he him his himself".split())
_FEMALE_PRONOUNS = frozenset("she her hers herself".split())
_PRONOUN_PATTERN = r"\b(?:he|him|his|himself|she|her|hers|herself)\b"
_PRONOUN_RE = LazyPattern(_PRONOUN_PATTERN, re.IGNORECASE)
# For ASCII text in lower case: finds there what _PRONOUN_RE finds in the text, faster than matching case-blind.
_PRONOUN_LOWER_RE = LazyPattern(_PRONOUN_PATTERN)


def _where_reason(code: str, lead: str, pairs: list[tuple[Link, str]], claim_words: list[str] | None = None) -> Reason:
    """One reason for claim words and what their sentences say instead: "“family” where [1.1] says “families”"
    (the claim's words are its matched words', unless given: "“Both … described” where [1.5] says “one …
    described”")."""
    said_words = claim_words if claim_words is not None else [link.claim.text for link, _ in pairs]
    parts = [f"\u201c{words}\u201d where [{link.evidence.sentence.id}] says \u201c{said}\u201d"  # type: ignore[union-attr]
             for words, (link, said) in zip(said_words, pairs)]
    return Reason(code=code, message=lead + "; ".join(parts) + ".",
                  details={"missing": said_words, "evidence_words": [said for _, said in pairs]})


# A run of capitalised words, with the small words a name's acronym leaves out between them ("U.S.
# Department of Agriculture", "National Highway Traffic Safety Administration").
_CAPITALISED_RUN_RE = LazyPattern(r"[A-Z][\w.'\-]*(?:\s+(?:(?:of|and|for|the|on|&)\s+)?[A-Z][\w.'\-]*)*")
_ACRONYM_LETTERS_RE = LazyPattern(r"[A-Z]{2,6}")  # (features._ACRONYM_RE finds dotted ones: "U.S.")
_ACRONYM_SKIPS = frozenset(("of", "and", "for", "the", "on", "&"))


def _initials(words: list[str]) -> str:
    """The letters an acronym takes from ``words``: each word's first, all of an abbreviation's ("U.S." → US)."""
    out = ""
    for w in words:
        w = w.removesuffix("'s").rstrip("'")
        out += w.replace(".", "") if "." in w and w.replace(".", "").isupper() else w[0]
    return out.upper()


def _acronym_of(surface: str, folded: str) -> str:
    """The name run of ``folded`` that ``surface`` ("USDA", "NHTSA's") is the acronym of, or "": of a run's
    words, a stretch whose initials spell it ("the U.S. Department of Agriculture")."""
    acronym = surface.removesuffix("'s").rstrip("'").replace(".", "")  # "U.S." is "US"
    if not _ACRONYM_LETTERS_RE.fullmatch(acronym):
        return ""
    for m in _CAPITALISED_RUN_RE.finditer(folded):
        words = [w for w in m.group().split() if w not in _ACRONYM_SKIPS]
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                if _initials(words[i:j]) == acronym:
                    return m.group()
    return ""


def _acronym_in(surface: str, tokens: set[str]) -> bool:
    """Whether the name ``surface`` ("Financial Conduct Authority") is spelled by an acronym the evidence has."""
    words = [w for w in surface.split() if w not in _ACRONYM_SKIPS]
    return len(words) >= 2 and _initials(words).lower() in tokens


def _check_pronouns(claim: Features, evidence: Features, cited: str) -> Reason | None:
    """A person the claim calls "he" where the cited sentences only say "she", or the reverse: "Lee said
    he would run again" against "Lee said she would run again". Sources that use both leave it open."""
    text = claim.folded
    said = set(_PRONOUN_LOWER_RE.findall(text.lower())) if text.isascii() else {w.lower() for w in _PRONOUN_RE.findall(text)}
    if not said:
        return None
    text = evidence.folded
    source = set(_PRONOUN_LOWER_RE.findall(text.lower())) if text.isascii() else {w.lower() for w in _PRONOUN_RE.findall(text)}
    for own, other in ((_MALE_PRONOUNS, _FEMALE_PRONOUNS), (_FEMALE_PRONOUNS, _MALE_PRONOUNS)):
        if said & own and not said & other and source & other and not source & own:
            return Reason(
                code="entity_mismatch",
                message=f"The claim says {_quoted(sorted(said & own))} where the cited sentences {cited} say "
                f"{_quoted(sorted(source & other))}: another person, or the wrong one.",
                details={"missing": sorted(said & own)},
            )
    return None


def _check_causes(claim: Features, evidence: Features, cited: str) -> Reason | None:
    if not claim.causes or evidence.causes:
        return None
    cues = sorted(claim.causes)
    return Reason(
        code="cause_not_found",
        message=f"The claim gives a cause ({_quoted(cues)}) that the cited sentences {cited} do not state.",
        details={"cause_words": cues},
    )


def _require_encodable(text: str, what: str) -> None:
    """Lone surrogates cannot be written out as UTF-8 (nor as JSON): refuse them up front."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(f"{what} holds a character that is not valid Unicode at offset {exc.start}") from None


# How a substituted pair reads in a reason: the alignment's words (report.RELATION_WORDS), except that a
# reason says why an unrelated word does not follow.
_RELATION_WORDS = {relation: meaning for relation, (_, meaning) in RELATION_WORDS.items()} | {
    "substitution": "a different word: the lexicon links them by no synonym or broader sense",
}


def _pair(link: Link) -> str:
    """\u201ccruise\u201d \u2260 \u201chypersonic\u201d in [2.13] (a different kind of the same thing)."""
    where = f"[{link.evidence.sentence.id}]" if link.evidence else "the evidence"
    target = link.target.text if link.target else "?"
    meaning = _RELATION_WORDS.get(link.relation, link.relation)
    if link.relation == "substitution" and link.target is not None and link.target.lower in _OBJECT_PRONOUNS:
        meaning = "a pronoun: the cited sentence does not say what it stands for"  # checks_additions._objects_for_pronouns
    elif link.evidence is not None and link.target is not None and link.target.position:
        # checks_possessors._possessors_for_possessed: the owner within three words before the owned noun.
        tokens = link.evidence.tokens
        text = link.evidence.sentence.text
        owner = next((t for t in reversed(tokens[max(0, link.target.position - 3) : link.target.position])
                      if is_possessive(t, text)), None)
        name = "" if owner is None else owner.text[:-2] if owner.lower.endswith("'s") else owner.text
        if owner is not None and stem(name.lower()) == link.claim.stem:  # the claim's word is the owner
            phrase = text[owner.start : link.target.end]
            meaning = f"the source speaks of \u201c{phrase}\u201d, not of \u201c{name}\u201d"
    return f"\u201c{link.claim.text}\u201d \u2260 \u201c{target}\u201d in {where} ({meaning})"


def _pair_details(link: Link) -> dict:
    return {
        "claim_word": link.claim.text,
        "evidence_word": link.target.text if link.target else None,
        "evidence": link.evidence.sentence.id if link.evidence else None,
        "relation": link.relation,
    }


def _copied_reason(reason: Reason) -> Reason:
    """A new Reason equal to ``reason``, sharing no list, dict or set with it."""
    return Reason(code=reason.code, message=reason.message, details=_copied(reason.details))


def _copied(value):
    """``value`` with every list, dict and set in it new (strings, numbers and the like are immutable)."""
    kind = type(value)
    if kind is dict:
        return {key: _copied(item) for key, item in value.items()}
    if kind is list:
        return [_copied(item) for item in value]
    if kind is tuple:
        return tuple([_copied(item) for item in value])
    if kind is set:
        return set(value)  # of hashable, so immutable, values
    if kind in (str, int, float, bool, type(None), frozenset, Decimal):
        return value
    import copy  # no report has held anything else; here so the verifier's import does not pay for it

    return copy.deepcopy(value)


def _one_per_code(reasons: list[Reason]) -> list[Reason]:
    """One reason per code, in first-seen order: two checks that find the same kind of fault (the
    quantifier words, and a bare word for one of two kinds) give one reason with both messages and
    the words at fault of both."""
    merged: dict[str, Reason] = {}
    for reason in reasons:
        first = merged.get(reason.code)
        if first is None:
            merged[reason.code] = reason
            continue
        first.message += " " + reason.message
        for key, value in reason.details.items():
            if isinstance(value, list) and isinstance(first.details.get(key), list):
                first.details[key] = first.details[key] + [v for v in value if v not in first.details[key]]
            else:
                first.details.setdefault(key, value)
    return list(merged.values())


_LISTED = 20  # words a message names before it says how many more (the details keep every one)


def _listed(items: list[str]) -> list[str]:
    return items if len(items) <= _LISTED else items[:_LISTED] + [f"{len(items) - _LISTED} more"]


def _quoted(items: list[str]) -> str:
    shown = [f"\u201c{i}\u201d" for i in items[:_LISTED]]
    return ", ".join(shown + ([f"and {len(items) - _LISTED} more"] if len(items) > _LISTED else []))


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def verify(
    summary: str,
    sources: list[Source] | list[str],
    *,
    attribute: bool = False,
    min_support: float = DEFAULT_MIN_SUPPORT,
) -> VerificationReport:
    """Verify ``summary`` against ``sources`` (loaded :class:`Source` objects, or plain texts numbered 1, 2, …)."""
    # Wrong arguments get one clear line, not an AttributeError deep inside (a string is not a list of
    # sources: it would be read as one source per character).
    if not isinstance(summary, str):
        raise InputError(f"the summary must be text, not {type(summary).__name__}")
    if isinstance(sources, (str, bytes)) or not all(isinstance(x, (str, Source)) for x in sources):
        raise InputError("sources must be a list of texts or of loaded sources")
    if not 0.0 <= min_support <= 1.0:
        raise InputError(f"min_support must be between 0 and 1, not {min_support}")
    if sources and isinstance(sources[0], str):
        for n, text in enumerate(sources, 1):
            _require_encodable(text, f"source {n}")  # type: ignore[arg-type]
        sources = sources_from_texts(list(sources))  # type: ignore[arg-type]
    config = VerifierConfig(min_support=min_support, attribute=attribute)
    return Verifier(list(sources), config).check(summary)  # type: ignore[arg-type]


__all__ = ["Verifier", "VerifierConfig", "verify", "DEFAULT_MIN_SUPPORT"]
