"""Unit tests of ``extract_numbers``: each normalisation the verifier relies on, and what must stay apart.

Equivalence is tested as "the two texts yield the same figure keys", so the tests hold whatever the
keys look like; a few tests pin the keys the module's docstring documents.
"""

from __future__ import annotations

import pytest

from summarizer.verify.numbers import extract_numbers


def keys(text: str, **kwargs) -> set[str]:
    return set(extract_numbers(text, **kwargs))


# -- equivalences --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "a, b",
    [
        # percentages
        ("3.5%", "3.5 percent"),
        ("3.5%", "3.5 per cent"),
        ("3.5%", "3.5 pct"),
        ("60 percent", "sixty percent"),
        # words and digits
        ("six", "6"),
        ("twenty-one", "21"),
        ("twenty one", "21"),
        ("two million", "2,000,000"),
        ("2 million", "2,000,000"),
        ("1.5 million", "1,500,000"),
        ("1,200", "1200"),
        ("1.2 thousand", "1,200"),
        ("a dozen", "12"),
        # amounts
        ("$2.1 billion", "2.1 billion dollars"),
        ("$2.1 billion", "US$2.1 billion"),
        ("$2.1 billion", "$2.1bn"),
        ("$2.1 billion", "USD 2.1 billion"),
        ("$2.1 billion", "$2,100 million"),
        ("$5m", "5 million dollars"),
        ("\u00a35m", "5 million pounds"),
        ("\u20ac3 million", "3 million euros"),
        # dates
        ("Jan. 7", "January 7"),
        ("Jan 7", "January 7"),
        ("7 January", "January 7"),
        ("January 7th", "January 7"),
        ("7th of January", "January 7"),
        ("Jan. 7, 2026", "January 7, 2026"),
        ("7 January 2026", "January 7, 2026"),
        ("Sept. 30", "September 30"),
        # ordinals
        ("first", "1st"),
        ("third", "3rd"),
        # the same value written differently
        ("2.1", "2.10"),
        ("2.50", "2.5"),
    ],
)
def test_equivalent_forms_give_the_same_figures(a, b):
    assert keys(a), f"no figure found in {a!r}"
    assert keys(a) == keys(b)


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "-"])
def test_a_score_is_two_numbers(dash):
    assert keys(f"The vote was 55{dash}45.") == keys("55 and 45") == {"55", "45"}


def test_a_full_date_also_names_its_year():
    assert keys("January 7") < keys("Jan 7, 2026")
    assert keys("2026") < keys("Jan 7, 2026")


def test_month_and_year():
    assert keys("June 2025") == keys("in June, 2025")
    assert keys("2025") < keys("June 2025")
    assert keys("June 2025") != keys("July 2025")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3.5%", {"pct:3.5"}),
        ("$2.1 billion", {"USD:2100000000"}),
        ("six", {"6"}),
        ("Jan. 7", {"date:01-07", "month:01"}),
        ("Jan 7, 2026", {"date:01-07", "month:01", "2026"}),
        ("June 2025", {"month:06", "2025"}),
        ("first", {"ord:1"}),
    ],
)
def test_documented_keys(text, expected):
    assert keys(text) == expected


def test_surface_text_is_kept_for_messages():
    found = extract_numbers("Spending rose by 3.5% to $2.1 billion.")
    assert sorted(found.values()) == ["$2.1 billion", "3.5%"]


# -- non-equivalences: digits are never fuzzy-matched ---------------------------------------------

@pytest.mark.parametrize(
    "a, b",
    [
        ("2.1", "2.2"),
        ("$2.1 billion", "$2.2 billion"),
        ("$2.1 billion", "$2.1 million"),
        ("$2.1 billion", "\u20ac2.1 billion"),
        ("3.5%", "35%"),
        ("3.5%", "3.6 percent"),
        ("3.5%", "3.5"),
        ("60 percent", "65 percent"),
        ("six", "7"),
        ("six", "sixty"),
        ("1,200", "1,300"),
        ("1,200", "12,000"),
        ("Jan. 7", "Jan. 8"),
        ("Jan. 7", "Jul. 7"),
        ("January 7", "7"),
        ("2025", "2026"),
        ("first", "1"),
        ("55\u201345", "5545"),
    ],
)
def test_different_figures_stay_apart(a, b):
    # The verifier accepts a claim's figure when its keys occur in the evidence: neither text's keys
    # may be covered by the other's ("Jan. 7" and "Jan. 8" share only the month).
    ka, kb = keys(a), keys(b)
    assert ka and kb
    assert not ka <= kb and not kb <= ka, (ka, kb)


@pytest.mark.parametrize(
    "text",
    [
        "Prices may rise.",  # the modal verb is not the month
        "The march was peaceful.",  # nor is the noun
        "No figures here at all.",
        "",
    ],
)
def test_no_figures(text):
    assert extract_numbers(text) == {}


def test_a_lone_one_is_a_figure_only_when_asked():
    assert keys("one of them", bare_one=False) == set()
    assert keys("one of them", bare_one=True) == keys("1")
    # before a scale word it is always a figure
    assert keys("one million", bare_one=False) == keys("1,000,000")


def test_lower_case_month_word_before_a_number_is_not_a_date():
    # "may 7" in running text is not May 7: the capital decides.
    assert not any(k.startswith("date:") for k in keys("they may 7 times over"))


def test_distance_is_not_money():
    # "$5m" is five million dollars, but "100 m" is a hundred metres, not a hundred million.
    assert keys("ran 100 m") == keys("100")


def test_each_figure_of_a_sentence_is_found():
    found = keys("On Jan. 7, 2026, six of 55 members backed the $2.1 billion plan, 3.5% more than in 2025.")
    expected = keys("Jan. 7, 2026") | keys("six") | keys("55") | keys("$2.1 billion") | keys("3.5%") | keys("2025")
    assert found == expected


def test_a_figure_in_a_character_the_patterns_cannot_read_must_appear_as_written():
    # "½ percent" is not "35 percent"; the checker cannot read "½", so it asks for the same character.
    from summarizer import verify

    rejected = verify("Containment stands at ½ percent [1.1].", ["Containment stands at 35 percent."]).claims[0]
    assert [r.code for r in rejected.reasons] == ["number_mismatch"] and "½" in rejected.reasons[0].message
    assert verify("Containment stands at ½ percent [1.1].", ["Containment stands at ½ percent."]).claims[0].verdict == "supported"
