"""Numbers, amounts, percentages and dates in text, normalised to comparable keys.

Each mention becomes one or more keys; two texts agree on a figure when they share its key:

    3.5%, 3.5 percent, 3.5 per cent      → pct:3.5
    $2.1 billion, 2.1 billion dollars    → USD:2100000000
    six, 6                               → 6          ("one" only before a scale word: it is a pronoun too)
    1,200 / 1.2 thousand                 → 1200
    Jan. 7, January 7, 7 January         → date:01-07 and month:01
    Jan 7, 2026                          → date:01-07, month:01 and 2026
    June 2025                            → month:06 and 2025
    first, 1st                           → ord:1
    Q3, third quarter, 3rd-quarter       → quarter:3 (and "third" → ord:3)
    Tuesday; in March                    → weekday:tuesday; month:03
    three weeks, 21 days                 → days:21 (and 3, 21); a year, 12 months → months:12; 2 hours → minutes:120
    55–45                                → 55 and 45

Digits are never fuzzy-matched: 2.1 and 2.10 are equal, 2.1 and 2.2 are not.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from ..textnorm import LazyPattern

# A year as figures commonly give it: "1998", "2025".
YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
}
ORDINAL_WORDS = frozenset(_ORDINALS)
_SCALES = {
    "hundred": 100, "thousand": 1000, "k": 1000, "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12, "dozen": 12,
}
_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
                     "¥": "JPY", "jpy": "JPY", "₩": "KRW", "krw": "KRW", "cny": "CNY", "rmb": "CNY"}
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
                   "pounds": "GBP", "yen": "JPY", "won": "KRW", "yuan": "CNY", "renminbi": "CNY"}
CURRENCY_WORDS = frozenset(_CURRENCY_WORDS) - {"won"}
# Hundredths of a currency: "84 cents" is 0.84 dollars, "50 pence" 0.50 pounds.
_SUBUNIT_WORDS = {"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP"}
# "a 210-million-euro facility", "a 3.8-million-dollar programme": hyphens inside an amount.
# The hyphen comes first, then what stands before it is looked back at: a pattern that opens with a
# literal lets the regex engine jump from hyphen to hyphen (opening with the look-behinds made it try
# them at every character, 90x slower, 8 us a sentence).
_AMOUNT_HYPHEN_RE = LazyPattern(
    r"-(?:(?<=\d-)(?=(?:hundred|thousand|million|billion|trillion|dollars?|euros?)\b)"
    r"|(?:(?<=hundred-)|(?<=thousand-)|(?<=million-)|(?<=billion-)|(?<=trillion-))(?=(?:dollars?|euros?|pounds?|yen|yuan)\b))"
)

_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Units written against a figure ("500g"); not "m", "k" or "b", which scale money ("$5m").
# In capitals too ("2TB", "5MW"), but not a lone "G": "5G" is a designation (see _CODE_RE), not 5 grams.
_UNIT_SUFFIX = r"(?:kg|g|mg|km|cm|mm|ml|lbs|lb|oz|mph|kph|kmh|kwh|kw|mw|gw|gb|tb|mb|ft|KG|MG|KM|CM|MM|ML|LBS|LB|OZ|MPH|KPH|KMH|KWH|KW|MW|GW|GB|TB|MB|FT)"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|mln|mn|bn|tn)\b"
_MONEY_SCALE = r"(?:hundred|thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b)\b"  # "$5m" but not "100 m"


def _either_case(words) -> str:
    """``six`` → ``[Ss]ix``: case-insensitive for the first letter only, and every branch starts with a
    character class, which lets the regex engine skip ahead quickly (IGNORECASE made it 5x slower)."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(words, key=len, reverse=True))


_WORDNUM = "(?:" + _either_case([*_UNITS, *_TENS]) + ")"
_UNIT_DIGIT = "|".join(k for k in _UNITS if 0 < _UNITS[k] < 10)

# Figures written with digits, currency signs or month names. The leading look-ahead lets the regex
# engine skip every position that cannot start one (without it, matching was 5x slower).
_FIGURE_RE = re.compile(
    r"(?=[\d$€£¥₩UJFMASONDEGKCRQ])(?:"
    # a quarter of the year: "Q3" is the third (quarter)
    r"(?P<qtr>Q)(?P<qnum>[1-4])\b"
    r"|"
    # money with a symbol or a currency code before it
    r"(?P<cur>US\$|\$|€|£|¥|₩|(?:USD|EUR|GBP|JPY|KRW|CNY|RMB)(?=[\s\d]))\s?(?P<mnum>" + _NUM + r")(?:\s?(?P<mscale>" + _MONEY_SCALE + r"))?"
    # month day[, year]
    r"|(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))(?:,?\s+(?P<year>\d{4})\b)?"
    # month year
    r"|(?P<mon3>" + _MONTH_RE + r")\.?,?\s+(?P<year3>\d{4})\b"
    # day month[ year]
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>" + _MONTH_RE + r")\b\.?(?:,?\s+(?P<year2>\d{4})\b)?"
    # a figure, maybe scaled, maybe a percentage or an amount in words
    # (a unit written against it is no part of the figure: "500g", "10km", "5mg")
    # (pence written against it is money: "3.9p a share" is 0.039 pounds)
    r"|(?P<num>" + _NUM + r")(?:(?P<ord>st|nd|rd|th)|(?P<pence>p)|" + _UNIT_SUFFIX + r")?\b(?:\s?(?P<scale>" + _SCALE + r"))?"
    r"(?:\s?(?P<pct>%|percent\b|per\s?cent\b|pct\b)|\s(?P<curw>dollars?|euros?|pounds?|yen|won|yuan)\b(?:\s(?P<sub2>cents?)\b)?"
    r"|\s(?P<sub>cents?|pence|penny)\b)?"
    r")"
)
# Figures in words ("six", "twenty-one", "two million", "first"), tried only where a number word starts.
_WORD_FIGURE_RE = re.compile(
    r"(?P<tensord>" + _either_case(_TENS) + r")-(?P<unitord>" + "|".join(k for k, v in _ORDINALS.items() if v < 10) + r")\b"
    r"|(?P<word>" + _WORDNUM + r")(?:[- ](?P<word2>" + _UNIT_DIGIT + r"))?\b"
    r"(?:\s(?P<wscale>hundred|thousand|million|billion|trillion)\b)?(?:\s(?P<wpct>percent|per\s?cent)\b"
    r"|\s(?P<wcur>dollars?|euros?|pounds?|yen|yuan)\b)?"
    r"|(?P<ordw>" + _either_case(_ORDINALS) + r")\b"
    r"|(?P<dozen>dozen)\b"
)
_LETTERS_RE = re.compile(r"[A-Za-z]+")
_DIGIT_RE = re.compile(r"\d")
# Words that only say what unit a figure is in: the figure check covers them, the word count must not.
FIGURE_WORDS = frozenset(
    [*_UNITS, *_TENS, *_ORDINALS, *_SCALES, *_CURRENCY_WORDS, *_SUBUNIT_WORDS, "percent", "per", "cent", "pct",
     "dozen", "dozens", "q1", "q2", "q3", "q4"]
) - {"won"}  # the Korean currency is also the past of "win": as a word it is the verb, and must be checked
_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_ORDINALS, "dozen"])


def _canonical(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _scale(word: str | None) -> int:
    return _SCALES.get(word.lower(), 1) if word else 1


def extract_numbers(text: str, *, bare_one: bool = True, words: list[str] | None = None) -> dict[str, str]:
    """Map each normalised figure key in ``text`` to the words it was written as (first occurrence).

    ``bare_one`` counts a lone "one" as 1; pass False for claims, where "one of them" is no figure.
    ``words``, the text's lower-case words if the caller has them, lets a text with no number words
    skip the word pass.
    """
    found = _figures(text, bare_one, words)
    if _DURATION_UNIT_LOWER_RE.search(text.lower()) if text.isascii() else _DURATION_UNIT_RE.search(text):
        _add_durations(text, found, bare_one)
    return found


# A count of a unit of time, kept in the smallest unit of its scale: "three weeks" and "21 days" say the
# same span. Scales do not mix (a month is no fixed number of days). An age ("80 years old") is no span:
# its words are aligned as words.
_DURATION_UNITS = {"minute": ("minutes", 1), "hour": ("minutes", 60), "day": ("days", 1), "week": ("days", 7),
                   "fortnight": ("days", 14), "month": ("months", 1), "year": ("months", 12), "decade": ("months", 120)}
# Words that count ("three", "twenty"), the words a span's count may be written in.
CARDINAL_WORDS = frozenset([*_UNITS, *_TENS]) - {"one"}
NUMBER_WORD_VALUES = {**_UNITS, **_TENS}  # "eleven" → 11
DURATION_SCALES = frozenset(scale for scale, _ in _DURATION_UNITS.values())
DURATION_UNIT_WORDS = frozenset(w for unit in _DURATION_UNITS for w in (unit, unit + "s"))
# Every word for a unit of time, as a regex alternation (spans are counted in all but nights).
TIME_UNITS_PATTERN = "|".join([*_DURATION_UNITS, "night"])
_SPAN_UNITS = "|".join(_DURATION_UNITS)
# A unit of time in ASCII text, in lower case: there it finds what _DURATION_UNIT_RE finds in the text (no
# other letter folds to an ASCII one), at a fraction of the cost of matching every word case-blind; the
# case-blind pattern is for other text, and compiled only for it.
_DURATION_UNIT_PATTERN = rf"\b(?:{_SPAN_UNITS})s?\b"
_DURATION_UNIT_LOWER_RE = re.compile(_DURATION_UNIT_PATTERN)
_DURATION_UNIT_RE = LazyPattern(_DURATION_UNIT_PATTERN, re.IGNORECASE)
_DURATION_RE = re.compile(
    rf"\b(?P<count>\d[\d,]*(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)[ -](?P<unit>{_SPAN_UNITS})s?\b(?![ -]old\b)",
    re.IGNORECASE,
)


# An age: "80 years old", "an 80-year-old", "a three-month-old": keyed apart from spans (age:months:960).
_AGE_RE = re.compile(
    r"\b(?P<count>\d[\d,]*|[A-Za-z]+(?:-[A-Za-z]+)?)[ -](?P<unit>day|week|month|year)s?[ -]old\b", re.IGNORECASE)


def _add_durations(text: str, found: dict[str, str], bare_one: bool) -> None:
    for m in _AGE_RE.finditer(text):
        value = _count_value(m.group("count"), found)
        if value is not None:
            scale, factor = _DURATION_UNITS[m.group("unit").lower()]
            found.setdefault(f"age:{scale}:{_canonical(value * factor)}", m.group(0))
    for m in _DURATION_RE.finditer(text):
        count = m.group("count")
        before = _WORD_BEFORE_RE.search(text, 0, m.start())
        if count[0].isdigit() and before is not None and before.group(1).lower() in _MONTHS:
            continue  # "the February 26 minutes": a date, then a noun
        if not is_span_count(before.group(1) if before else "", count, allow_article=bare_one) \
                or (count.lower() in ("a", "an") and text.startswith(" and a half", m.end())) \
                or BOUND_AFTER_RE.match(text, m.end()):
            continue  # "20 minutes or longer" is bounded as "at least 20 minutes" is: the bound check reads it
        value = Decimal(1) if count.lower() in ("a", "an") else _count_value(count, found)
        if value is None:
            continue
        scale, factor = _DURATION_UNITS[m.group("unit").lower()]
        found.setdefault(f"{scale}:{_canonical(value * factor)}", m.group(0))


def _count_value(count: str, found: dict[str, str]) -> Decimal | None:
    """The value of a span's or age's count: its digits, or a number word the figure pass has read."""
    if count[0].isdigit():
        return _decimal(count)
    keys = [k for k, surface in found.items() if surface.lower() == count.lower() and _decimal(k) is not None]
    return Decimal(keys[0]) if keys else None


_WORD_BEFORE_RE = re.compile(r"([\w'\-]+)[ -]$")
# A bound written after its figure: "20 minutes or longer", "50 employees or more", "aged 65 and over"
# ("or less" only where no "more" comes before it: "more or less 20" is an approximation). Not where a
# figure or "than" follows: "5 amendments and over 300 pages" bounds the 300.
BOUND_AFTER_RE = LazyPattern(
    r",? (?:or (?:more|longer|greater|higher|above|over|older|less|fewer|shorter|lower|below|under|younger)"
    r"|and (?:over|above|older|under|below|younger))\b(?! than\b| (?:an? |the )?[\d$\u00a3\u20ac])", re.IGNORECASE)
BOUND_AFTER_KINDS = {**dict.fromkeys("more longer greater higher above over older".split(), "at least"),  # by the last word
                     **dict.fromkeys("less fewer shorter lower below under younger".split(), "at most")}
_SPAN_DIGITS_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Before a count, these make it part of a larger figure or a fraction ("two hundred days", "half a
# year", "a quarter of an hour", "once a week"), or a bound ("less than a week"): no span of its own.
# Before a count, these make it a fraction, a frequency or a bounded figure ("half a year", "once a
# week", "less than 21 days"): no span of its own (the bound check reads the bounded ones).
_NOT_BEFORE_A_SPAN = frozenset(
    ["half", "quarter", "third", "than", "under", "once", "twice", "thrice", "within", "per", "every", "each",
     "nearly", "almost", "least", "most"])
# Before a count written in words, these make it part of a larger figure ("two hundred days", "a hundred
# and five days"); before "a"/"an", "of" makes a fraction ("a quarter of an hour").
_NUMBER_BEFORE_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES, "and", "a", "an"])


def is_span_count(word_before: str, count: str, *, allow_article: bool = False) -> bool:
    """Whether ``count`` (with ``word_before`` it) counts a span of time on its own: "21" or "three" of
    "21 days", "three weeks"; "a" of "a year" only with ``allow_article`` (in a source: a claim's "a
    year" may be a rate). Not "hundred" of "two hundred days", "3rd" of "the 3rd day", "a" of "half a
    year", nor a count after a bound ("less than 21 days"): the figure check does not read those as spans,
    so their units stay words to align. A count in digits after a number word is one ("three 21-day
    cycles")."""
    lower, before = count.lower(), word_before.lower()
    if before in _NOT_BEFORE_A_SPAN:
        return False
    if lower in ("a", "an"):
        return allow_article and before != "of"
    if _SPAN_DIGITS_RE.fullmatch(count) is not None:
        return True
    return before not in _NUMBER_BEFORE_WORDS and all(part in CARDINAL_WORDS for part in lower.split("-"))


def duration_count(surface: str) -> str:
    """The count of a duration's surface ("three" of "three weeks"); see :func:`extract_numbers`."""
    m = _DURATION_RE.fullmatch(surface)
    return m.group("count") if m else ""


def _figures(text: str, bare_one: bool, words: list[str] | None) -> dict[str, str]:
    # The figures of a text are the same for both values of bare_one but for "both" and a lone "one": a
    # claim that copies its cited sentence is read with bare_one False and then, as that sentence, with
    # True, one right after the other. So the last text's reading is kept (one entry, keyed by the text
    # and whether the word pass is skipped) as the figures in the order they were found, each marked if it
    # counts only with bare_one, and the dict is made again from them in that order: the same dict.
    global _last_figures
    skip_words = words is not None and _NUMBER_WORDS.isdisjoint(words) and (
        "-" not in "".join(words) or _NUMBER_WORDS.isdisjoint([p for w in words if "-" in w for p in w.split("-")]))
    last = _last_figures
    if last is not None and last[1] is skip_words and last[0] == text:
        figures = last[2]
    else:
        figures = _read_figures(text, skip_words)
        _last_figures = (text, skip_words, figures)
    found: dict[str, str] = {}
    for key, surface, bare_one_only in figures:
        if bare_one or not bare_one_only:
            found.setdefault(key, surface)
    return found


# (text, skip_words, figures) of the last text _figures read; see there.
_last_figures: tuple | None = None


def _read_figures(text: str, skip_words: bool) -> tuple[tuple[str, str, bool], ...]:
    """The figures of ``text`` in the order _figures adds them, as (key, surface, whether it counts only
    with bare_one: "both", a lone "one")."""
    figures: list[tuple[str, str, bool]] = []

    def add(key: str, surface: str) -> None:
        figures.append((key, surface, False))

    # A figure in a character the patterns below do not read ("½", "¾", "²"): it must appear as written.
    if not text.isascii():
        for ch in text:
            if ch > "\x7f" and unicodedata.category(ch) == "No":
                add(f"symbol:{ch}", ch)
    # Every figure written with symbols has a digit in it; most sentences have none at all.
    has_digit = _DIGIT_RE.search(text)
    if has_digit and "-" in text:
        text = _AMOUNT_HYPHEN_RE.sub(" ", text)  # same length: offsets and surfaces stay put
    if has_digit and (":" in text or _MERIDIEM_HINT.search(text)):
        _add_clock_times(text, add)
    if has_digit:
        read = []
        for m in _FIGURE_RE.finditer(text):
            start = m.start()
            if start and (text[start - 1].isalnum() or (text[start - 1] == "." and m.group("num"))):
                continue  # inside a word ("A320") or the tail of a decimal
            read.append(m)
        codes = _codes(text, read)
        for m in read:
            if not any(start <= m.start() < end for start, end, _ in codes):  # not the "2" of "2.5m"
                _add_figure(m, add)
        for start, end, code in codes:
            add(f"code:{code.lower().replace(',', '')}", code)
    if "both" in text.lower():
        m = _BOTH_RE.search(text)
        if m is not None:
            # "meet both sides" in a source: the two sides. In a claim only "both" before its noun, with no
            # "and" after it ("both suspects", "both the suspects"; not "both Labour and the Tories").
            figures.append(("2", m.group(), _BOTH_COUNT_RE.match(text, m.start()) is None))
    _add_times_and_quarters(text, add)
    if has_digit or _UNIT_WORD_HINT.search(text):
        _add_measures(text, add)
    if has_digit and "0s" in text:
        for m in _DECADE_RE.finditer(text):  # "the 1990s" is no "1980s" (and no year the figures read)
            add(f"decade:{m.group(1)}", m.group())
    fractions = _add_fractions(text, add)
    for start, end in fractions:  # "one in 10": the 10 is the fraction's, no count of its own
        every = text[start:end].rsplit(None, 1)[-1]
        if every.isdigit() and (every, every, False) in figures:
            figures.remove((every, every, False))
    if skip_words:
        return tuple(figures)
    consumed = 0  # "twenty-one" is one figure, not 21 and 1
    for w in _LETTERS_RE.finditer(text):
        if any(start <= w.start() < end for start, end in fractions):
            continue  # "a fifth of", "one in five": a share, not an ordinal or a count
        if w.start() >= consumed and w.group().lower() in _NUMBER_WORDS:
            m = _WORD_FIGURE_RE.match(text, w.start())
            if m is not None:
                _add_word_figure(m, figures)
                consumed = m.end()
    return tuple(figures)


# Units of measure a figure is told in, by canonical name: "85mph" is no "85kph", "30C" no "35C", "5km" no
# "5 miles". Each figure with one of these after it (against it or after a space) also has the key
# "unit:value" ("km:5", "c:-4" for "minus 4C"), which a claim's must find in the evidence: the plain figure
# is kept as before. Not "m" against a figure ("£5m", "48m people" are millions), nor "pounds" (money).
_MEASURE_UNITS = {
    "kph": "kph", "km/h": "kph", "kmh": "kph", "kilometres per hour": "kph", "kilometers per hour": "kph",
    "mph": "mph", "miles per hour": "mph",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mi", "miles": "mi",
    "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "c": "c", "°c": "c", "degrees celsius": "c", "degrees centigrade": "c",
    "f": "f", "°f": "f", "degrees fahrenheit": "f", "degrees": "deg",
}
_MEASURE_RE = LazyPattern(
    r"(?<![\w.,])(?P<minus>minus\s+|-|\u2212)?(?P<num>\d[\d,]*(?:\.\d+)?|an?(?= (?:mile|kilomet|metre|meter|kilo))|"
    + "|".join(sorted((*_UNITS, *_TENS), key=len, reverse=True)) + r")"
    r"(?P<space>[\s-]?)(?P<unit>kilomet(?:re|er)s per hour|miles per hour|degrees (?:celsius|centigrade|fahrenheit)|"
    r"kilomet(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?|met(?:re|er)s?|kilograms?|kilos?|miles?|degrees|"
    r"km/h|kmh|kph|mph|km|cm|mm|kg|°\s?[CFcf]|[CF])(?![\w/])", re.IGNORECASE)
_UNIT_WORD_HINT = LazyPattern(r"(?:met(?:re|er)s?|miles?|degrees|kilo|\bkm\b|mph|kph)", re.IGNORECASE)


def _add_measures(text: str, add) -> None:
    """Keys "unit:value" for figures told in a unit of measure ("85mph", "40 centimetres", "minus 14C")."""
    for m in _MEASURE_RE.finditer(text):
        unit_text = m.group("unit")
        if unit_text in ("c", "f") or (unit_text in ("C", "F") and m.group("space")):
            continue  # "5 c", "Grade 5 C": no temperature; "30C" is
        unit = _MEASURE_UNITS.get(re.sub(r"\s+", " ", unit_text.lower().replace("° ", "°")))
        number = m.group("num").lower()
        if unit == "deg" and not number[0].isdigit():
            continue  # "three degrees" may be a university's; temperatures are written in digits
        value = _decimal(number) if number[0].isdigit() else Decimal(1 if number in ("a", "an") else _UNITS.get(number, _TENS.get(number, 0))) or None
        if unit is None or value is None:
            continue
        if unit in ("c", "f", "deg"):
            add(_canonical(value), m.group("num"))  # the figure itself, which "30C" written together does not give
            if m.group("minus"):
                value = -value
        add(f"{unit}:{_canonical(value)}", m.group().strip())


# A word of letters and digits that no figure pattern reads ("4x100", "5G", "A320", "H5N1", "48m", "2.5m"):
# a designation, which a claim must give as its source writes it ("4x100 metres relay" is not the "4x400";
# a "5G network" is no "4G" one; "48m people" no "58m"). "48m" outside money may be millions or metres
# ("the 100m final"), so it is read as written; evidence_codes lets "48 million" back it. Not a plural
# figure ("80s", "1990s"), a time ("7pm"), an ordinal, or a unit the measures read ("30C", "6in").
_CODE_RE = LazyPattern(r"(?<![\w.,':])(?:(?:" + _NUM + r")[A-Za-z]|[A-Za-z]+\d)\w*")
_NOT_CODE_RE = LazyPattern(r"\d+'?s|(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?[ap]m|\d+(?:\.\d+)?(?:c|f|in|kmh|st|nd|rd|th)",
                           re.IGNORECASE)


def _codes(text: str, read: list[re.Match]) -> list[tuple[int, int, str]]:
    """The designations of ``text`` (see _CODE_RE) as (start, end, surface): the words with letters and
    digits that no figure in ``read`` spans."""
    codes = []
    for m in _CODE_RE.finditer(text):
        start, end = m.span()
        if not any(f.start() <= start and f.end() >= end for f in read) and not _NOT_CODE_RE.fullmatch(m.group()):
            codes.append((start, end, m.group()))
    return codes


_SCALED_CODE_RE = re.compile(r"(" + _NUM + r")(m|k|bn|b)")  # a code that is a figure and its scale letter


def evidence_codes(numbers: dict[str, str]) -> dict[str, str]:
    """The figure keys a source's figures also give written against a scale letter, so that a claim's
    "48m" (see _CODE_RE) is backed by "48 million" (of anything, money too), "48,000,000" or "48 metres",
    and its "48 million" by "48m" (a source's "100m final" so backs "100 million", a risk taken for the
    common "£48m"-style figure without its sign). Only for evidence: a claim's figure must still be the
    source's."""
    extra: dict[str, str] = {}
    for key, surface in numbers.items():
        kind, _, value = key.rpartition(":")
        if kind == "code":
            m = _SCALED_CODE_RE.fullmatch(value)
            if m is not None:
                amount = _decimal(m.group(1))
                if amount is not None:
                    extra.setdefault(_canonical(amount * _SCALES[m.group(2)]), surface)
            continue
        if kind.isupper() and len(kind) == 3:
            kind = ""  # an amount of money counts as its figure: "48 million euros" backs "48m euros"
        elif kind not in ("", "m"):
            continue
        amount = _decimal(value)
        if amount is None or not 0 < amount < 10**15:  # (past that, no figure is written "…m")
            continue
        if kind == "m":
            extra.setdefault(f"code:{_canonical(amount)}m", surface)
            continue
        for letter, scale in (("bn", 10**9), ("b", 10**9), ("m", 10**6), ("k", 10**3)):
            if amount >= scale and (amount / scale) * 100 % 1 == 0:  # "2.5m" for 2,500,000; not "2.517m"
                extra.setdefault(f"code:{_canonical(amount / scale)}{letter}", surface)
    return {k: v for k, v in extra.items() if k not in numbers}


_DECADE_RE = LazyPattern(r"(?<![\w'])((?:1[0-9]|20)\d0)s\b")
_BOTH_RE = LazyPattern(r"\bboth\b", re.IGNORECASE)
# "both" that counts its noun: a plural (or "the" and a plural) right after it, no "and" in the four words
# after it. Not before a possessive: "both his parents" are the two there are, which a source need not count.
_BOTH_COUNT_RE = LazyPattern(
    r"both\s+(?!(?:his|her|its|their|our|my|your)\b)(?:(?:the|of\s+the)\s+)?(?:[a-z]+\s+)?[a-z]+s\b"
    r"(?!(?:\W+\w+){0,3}?\W+and\b)", re.IGNORECASE)
# Cheap test for "a.m."/"pm" before the clock pattern runs (compiled only for texts that may need it).
_MERIDIEM_HINT = re.compile(r"\d\s?[apAP]\.?[mM]\b")
# A time of day: "4:12 a.m.", "16:12", "4 pm". With a.m. or p.m. it is keyed on a 24-hour clock as well as
# as written, so "4:12" in a claim matches "4:12 a.m." in a source, while "4:12 p.m." does not.
_CLOCK_RE = LazyPattern(
    r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s?(?P<mer>[ap]\.?m\.?(?![a-z]))?", re.IGNORECASE)


def _add_clock_times(text: str, add) -> None:
    for m in _CLOCK_RE.finditer(text):
        hour, minute, meridiem = int(m.group("h")), m.group("m"), m.group("mer")
        if minute is None and meridiem is None:
            continue  # a bare number
        if m.start() and (text[m.start() - 1] in ".,$" or text[m.start() - 1].isdigit()):
            continue  # part of another figure: "1.4", "$4"
        minute = minute or "00"
        if minute is not None and meridiem is None:
            add(f"clock:{hour}:{minute}", m.group(0).strip())
            continue
        if hour > 12:
            continue  # "16 pm" is no time
        pm = meridiem.lower().startswith("p")
        add(f"clock:{(hour % 12) + (12 if pm else 0):02d}:{minute}", m.group(0).strip())
        add(f"clock:{hour}:{minute}", m.group(0).strip())  # as written, for a claim that gives no a.m. or p.m.
# "on Saturdays" names Saturday as much as "on Saturday" does.
# "opening" before a span or a unit of play is an ordinal, the first: "in its opening three days".
_OPENING_RE = LazyPattern(
    r"\b(opening)\s+(?=(?:[\w\-]+\s+)?(?:days?|nights?|weekends?|weeks?|months?|games?|matches|match|rounds?|sets?|"
    r"laps?|stages?|quarters?|half|innings|minutes?)\b)", re.IGNORECASE)
_WEEK_PART_RE = LazyPattern(r"\b(weekend|weekday)(?:s|'s|s')?\b", re.IGNORECASE)
_WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|s)?\b")
# A capitalised month name on its own ("in March", "the November meeting", "its May meeting", "for May
# and June"); "May" only mid-sentence after "in"/"of"/"since"/"the"/"its"/"for"/"and"/… .
_BARE_MONTH_RE = LazyPattern(
    r"\b(?:(?<=in )|(?<=of )|(?<=since )|(?<=until )|(?<=by )|(?<=from )|(?<=to )|(?<=early )|(?<=late )|(?<=mid-)|(?<=last )|(?<=next )"
    r"|(?<=the )|(?<=this )|(?<=during )|(?<=before )|(?<=after )|(?<=through )|(?<=its )|(?<=their )|(?<=our )"
    r"|(?<=his )|(?<=her )|(?<=a )|(?<=each )|(?<=for )|(?<=between )|(?<=and )|(?<=or )"
    # the same words opening a sentence: "Last July, Seville recorded 46 degrees", "In March, …"
    r"|(?<=In )|(?<=Since )|(?<=Until )|(?<=By )|(?<=From )|(?<=Early )|(?<=Late )|(?<=Last )|(?<=Next )|(?<=This )"
    r"|(?<=During )|(?<=Before )|(?<=After )|(?<=Through )|(?<=For )|(?<=Between )"
    r"|(?<=about )|(?<=around )|(?<=roughly )|(?<=approximately )|(?<=circa ))"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b"
    # the names that are no verb, modal or first name are months wherever they stand ("March was wet" may
    # be the verb, "May" the modal, "June" and "August" names)
    r"|\b(January|February|April|September|October|November|December)\b"
)
# The month names alone: most texts have none, and this finds that much faster than _BARE_MONTH_RE's
# look-behinds tried at every word boundary.
_MONTH_NAME_RE = re.compile(r"January|February|March|April|May|June|July|August|September|October|November|December")
_QUARTER_RE = LazyPattern(
    r"\b(?:(first|second|third|fourth)|([1-4])(?:st|nd|rd|th))[- ]quarter\b|\bQ([1-4])\b", re.IGNORECASE
)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _add_times_and_quarters(text: str, add) -> None:
    """Weekdays, bare months and quarters, as figures: "Tuesday" for "Monday", "in March" for "in April"
    and "Q3" for "the fourth quarter" are wrong figures, not wrong words."""
    if "day" in text:  # every weekday's name ends so
        for m in _WEEKDAY_RE.finditer(text):
            add(f"weekday:{m.group(1).lower()}", m.group(1))
    if "pening" in text:  # "its opening three days", "the opening weekend": the first
        for m in _OPENING_RE.finditer(text):
            add("ord:1", m.group(1))
    if "eek" in text:  # "at weekends" or "on weekdays" narrows when, as a weekday does
        for m in _WEEK_PART_RE.finditer(text):
            add(f"weekday:{m.group(1).lower()}", m.group(0))
    if _MONTH_NAME_RE.search(text):
        for m in _BARE_MONTH_RE.finditer(text):
            month = m.group(1) or m.group(2)
            add(f"month:{_MONTHS[month.lower()]:02d}", month)
    if "uarter" in text or "Q" in text:
        for m in _QUARTER_RE.finditer(text):
            n = _QUARTER_WORDS[m.group(1).lower()] if m.group(1) else int(m.group(2) or m.group(3))
            add(f"quarter:{n}", m.group(0))


# A share written as a fraction: "a fifth of voters", "two-thirds of members", "rose by a quarter", "one
# in five". Only where it cannot be an ordinal or a quarter of the year: before "of", after "by", or in
# the plural ("won a fifth title" is an ordinal; "in the third quarter" a time).
_FRACTION_RE = LazyPattern(
    r"\b(?:(?P<num>a|one|two|three|four|nine)[- ](?P<den>half|third|quarter|fifth|tenth)(?P<plural>s)?"
    # (not "one in 18 months": a time, not a share)
    r"|(?P<one>one)\s+in\s+(?P<every>two|three|four|five|six|eight|ten|\d{1,3})"
    r"(?!\s*(?:%|percent|per\s?cent)|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|seasons?)\b)"
    r"|(?P<half>half))\b",
    re.IGNORECASE)
_OF_AFTER_RE = LazyPattern(r"\s+of\b")
_BY_BEFORE_RE = LazyPattern(
    r"\bby\s+(?:(?:about|around|roughly|nearly|almost|some|just|close to|more than|less than|over|under)\s+)?$",
    re.IGNORECASE)
_COMPARATIVE_AFTER_RE = LazyPattern(
    r"\s+(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater|cheaper|dearer|longer|shorter|faster|slower)\b",
    re.IGNORECASE)
_FRACTION_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
_FRACTION_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
# The stems a fraction needs, tested before the pattern runs (most sentences have none).
_FRACTION_HINTS = ("half", "third", "quarter", "fifth", "tenth", " in ")


def fraction_share(surface: str) -> bool:
    """Whether ``surface`` is a share written as a fraction ("a fifth"): a rounded figure, which a
    percentage within a point of it backs (see the verifier's figure check)."""
    m = _FRACTION_RE.fullmatch(surface)
    return m is not None and not m.group("half")  # "half" stands for exactly 50


def _add_fractions(text: str, add) -> list[tuple[int, int]]:
    """Add each fraction's share as a percentage ("a fifth" → pct:20, "two-thirds" → pct:66.7, one
    decimal); return the fractions' spans, which the word pass then skips."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _FRACTION_HINTS):
        return []
    spans = []
    for m in _FRACTION_RE.finditer(text):
        # Also written with a hyphen ("one-fifth contained", "a one-third stake"), which no ordinal is, and
        # before a comparative ("a fifth higher than", "a third more"), which tells by how much.
        hyphened = bool(m.group("num")) and m.group("num").lower() != "a" and "-" in m.group(0)
        if not (m.group("one") or m.group("plural") or hyphened or _OF_AFTER_RE.match(text, m.end())
                or (not m.group("half") and (_BY_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
                                             # ("closed a quarter higher at $3.10" may be 25 cents)
                                             or (m.group("den").lower() != "quarter" and _COMPARATIVE_AFTER_RE.match(text, m.end()))))):
            continue  # "won a fifth title", "the first half": not a share
        if m.group("half"):
            share = Decimal(50)
        elif m.group("one"):
            every = m.group("every").lower()
            count = _UNITS.get(every) or int(every)
            if count < 2:
                continue
            share = Decimal(100) / count
        else:
            numerator = _FRACTION_NUMERATORS[m.group("num").lower()]
            denominator = _FRACTION_DENOMINATORS[m.group("den").lower()]
            if numerator >= denominator:
                continue  # "four quarters": a whole, not a share
            share = Decimal(100 * numerator) / denominator
        add(f"pct:{_canonical(share.quantize(Decimal('0.1')))}", m.group(0))
        spans.append((m.start(), m.end()))
    return spans


def _add_figure(m: re.Match, add) -> None:
    g = m.groupdict()
    surface = m.group(0).strip()
    if g["qtr"] is not None:
        pass  # "Q3": a quarter, added by _add_times_and_quarters as quarter:3 (not any "third")
    elif g["mnum"] is not None:
        value = _decimal(g["mnum"])
        if value is not None:
            add(f"{_CURRENCY_SYMBOLS[g['cur'].strip().lower()]}:{_canonical(value * _scale(g['mscale']))}", surface)
    elif g["mon"] is not None:
        _add_date(g["mon"], g["day"], g["year"], surface, add)
    elif g["mon2"] is not None:
        _add_date(g["mon2"], g["day2"], g["year2"], surface, add)
    elif g["mon3"] is not None:
        add(f"month:{_MONTHS[g['mon3'].lower()]:02d}", surface)
        add(str(int(g["year3"])), g["year3"])
    elif g["num"] is not None:
        value = _decimal(g["num"])
        if value is None:
            return
        if g["ord"]:
            add(f"ord:{_canonical(value)}", surface)
            return
        if g["pence"]:
            add(f"GBP:{_canonical(value / 100)}", surface)
            return
        value *= _scale(g["scale"])
        if g["pct"]:
            add(f"pct:{_canonical(value)}", surface)
        elif g["curw"] and g["curw"].lower() == "pound" and not g["scale"]:
            add(_canonical(value), surface)  # "a 5-pound bag": a weight; "a 2.4 million pound fine" is money
        elif g["curw"] and g["sub2"]:
            add(f"{_CURRENCY_WORDS[g['curw'].lower()]}:{_canonical(value / 100)}", surface)  # "84 euro cents"
        elif g["curw"]:
            add(f"{_CURRENCY_WORDS[g['curw'].lower()]}:{_canonical(value)}", surface)
        elif g["sub"]:
            add(f"{_SUBUNIT_WORDS[g['sub'].lower()]}:{_canonical(value / 100)}", surface)
        else:
            add(_canonical(value), surface)


def _add_date(month_name: str, day: str, year: str | None, surface: str, add) -> None:
    month = _MONTHS[month_name.lower()]
    add(f"date:{month:02d}-{int(day):02d}", surface)
    add(f"month:{month:02d}", surface)
    if year:
        add(str(int(year)), year)


def _add_word_figure(m: re.Match, figures: list[tuple[str, str, bool]]) -> None:
    g = m.groupdict()
    surface = m.group(0).strip()
    if g["tensord"] is not None:  # "twenty-third"
        figures.append((f"ord:{_TENS[g['tensord'].lower()] + _ORDINALS[g['unitord'].lower()]}", surface, False))
    elif g["word"] is not None:
        word = g["word"].lower()
        value = _UNITS.get(word, _TENS.get(word, 0)) + (_UNITS[g["word2"].lower()] if g["word2"] else 0)
        value *= _scale(g["wscale"])
        key = _canonical(Decimal(value))
        if g["wpct"]:
            key = f"pct:{key}"
        elif g["wcur"] and not (g["wcur"].lower() == "pound" and not g["wscale"]):
            key = f"{_CURRENCY_WORDS[g['wcur'].lower()]}:{key}"  # "three billion dollars" is "$3 billion"
        # A lone "one" is a figure only with bare_one (in a claim, "one of them" is no figure); after
        # "number" it is one anywhere ("to number one in the rankings" is not "number three").
        after_number = m.string[max(0, m.start() - 7) : m.start()].lower().endswith("number ")
        figures.append((key, surface, word == "one" and not g["wscale"] and not g["wcur"] and not after_number))
    elif g["ordw"] is not None:
        figures.append((f"ord:{_ORDINALS[g['ordw'].lower()]}", surface, False))
    elif g["dozen"] is not None:
        figures.append(("12", surface, False))
