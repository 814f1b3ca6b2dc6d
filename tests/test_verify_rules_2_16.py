"""Verifier 2.16: rules added after 2.15, each with the claims that show it and the near misses it must
still reject. Labels were decided by reading the source sentence before running the verifier."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.numbers import extract_numbers


def _verdict(claim: str, source: str) -> tuple[str, set[str]]:
    report = verify(claim, [source]).claims[0]
    return report.verdict, {r.code for r in report.reasons}


# --- Designations of letters and digits: "4x100", "5G", "48m" ------------------------------------------

@pytest.mark.parametrize("claim, source", [
    # Before 2.16 no figure was read in these words at all, so any other one passed.
    ("The championships end with the 4x100 metres relay. [1.1]",
     "The championships end with the 4x400 metres relay."),
    ("The operator has switched on its 5G network. [1.1]", "The operator has switched on its 4G network."),
    ("The city has 58m people. [1.1]", "The city has 48m people."),
    ("The city has 2.9m people. [1.1]", "The city has 2.5m people."),
    ("She won the 200m final. [1.1]", "She won the 100m final."),
    ("The strain found on the farm was H5N8. [1.1]", "The strain found on the farm was H5N1."),
])
def test_a_different_designation_is_rejected(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and "number_mismatch" in codes


@pytest.mark.parametrize("claim, source", [
    ("The championships end with the 4x400 metres relay. [1.1]",
     "The championships end with the men's marathon and the 4x400 metres relay."),
    ("The operator has switched on its 5G network. [1.1]", "The operator has switched on its 5G network."),
    # "48m" and "48 million" are one figure, written against its scale letter or in words (either side).
    ("The city has 48m people. [1.1]", "The city has 48 million people."),
    ("The city has 48 million people. [1.1]", "The city has 48m people."),
    ("The city has 2.5m people. [1.1]", "The city has 2.5 million people."),
    ("The city has 2.5 million people. [1.1]", "The city has 2,500,000 people."),
    # A unit written against its figure in capitals is still a unit, as in lower case ("2TB", "2tb").
    ("The plan comes with 2TB of cloud storage. [1.1]", "The plan comes with 2 terabytes of cloud storage."),
])
def test_the_same_designation_or_figure_passes(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


def test_the_2_of_2_point_5m_is_no_figure_of_its_own():
    # Before 2.16 "2.5m" read as the figure 2 (the figure pattern stopped at the decimal point).
    assert extract_numbers("2.5m people") == {"code:2.5m": "2.5m"}
    assert extract_numbers("1,200m") == {"code:1200m": "1,200m"}


@pytest.mark.parametrize("text", ["in the 1990s", "in their 80s", "at 7pm", "Q3 profit", "the 21st",
                                  "a 500g bag", "at 30C", "COVID-19"])
def test_figures_the_other_patterns_read_are_no_designations(text):
    assert not any(key.startswith("code:") for key in extract_numbers(text)), extract_numbers(text)


# --- "prepare to" is an intention, like "prepared to" and "ready to" ---------------------------------------

_TOLD_TO_PREPARE = "A further 2,000 people have been told to prepare to leave."


def test_dropping_prepare_to_is_rejected():
    # Being told to get ready to leave is no order to leave; before 2.16 "prepare" was no hedge.
    verdict, codes = _verdict("A further 2,000 people have been ordered to leave. [1.1]", _TOLD_TO_PREPARE)
    assert verdict == "rejected" and "modality_mismatch" in codes


@pytest.mark.parametrize("claim", [
    "A further 2,000 people have been told to prepare to leave. [1.1]",
    "Another 2,000 people have been told to be ready to leave. [1.1]",
])
def test_keeping_the_readiness_passes(claim):
    verdict, codes = _verdict(claim, _TOLD_TO_PREPARE)
    assert verdict == "supported", codes


def test_prepare_with_an_object_is_no_hedge():
    # "preparing meals" is the act itself: no "to" after it, no intention.
    verdict, codes = _verdict("The chef prepares meals for the team. [1.1]", "The chef prepares meals for the team.")
    assert verdict == "supported", codes


@pytest.mark.parametrize("word", ["Another", "Either", "Neither", "Others", "Much", "Certain", "Additional"])
def test_a_determiner_opening_a_claim_names_nobody(word):
    # Capitalised by position only; before 2.16 these (unknown to WordNet as nouns, or never lower case in
    # the source) were read as names the source does not give.
    report = verify(f"{word} 2,000 people left the town. [1.1]", ["Some 2,000 people left the town."]).claims[0]
    assert "entity_mismatch" not in {r.code for r in report.reasons}


# --- Two subjects sharing one verb, each from its own cited sentence ------------------------------------

_LABOUR = ["The unemployment rate rose to 4.6% in the three months to September. "
           "The number of job vacancies fell for the 27th consecutive period."]
_TRIAL = ["Graham Hollis had denied all the charges. "
          "His co-defendant, Darren Pike, was sentenced to three years after pleading guilty to offering bribes."]
_ARRESTS = ["Smith was arrested on Monday. Jones was also arrested, police said."]


@pytest.mark.parametrize("claim, sources", [
    # Before 2.16 each subject found its own sentence and the verb the other's, so both passed.
    ("Both unemployment and vacancies rose. [1.1, 1.2]", _LABOUR),
    ("Hollis and Pike both pleaded guilty. [1.1, 1.2]", _TRIAL),
])
def test_a_verb_said_of_only_one_of_two_subjects_is_rejected(claim, sources):
    report = verify(claim, sources).claims[0]
    assert report.verdict == "rejected" and "unsupported_detail" in {r.code for r in report.reasons}


@pytest.mark.parametrize("claim, sources", [
    ("Unemployment rose and vacancies fell. [1.1, 1.2]", _LABOUR),  # two clauses, a verb each
    ("Smith and Jones were both arrested. [1.1, 1.2]", _ARRESTS),  # each sentence says it of its subject
    ("Both Smith and Jones were arrested. [1.1][1.2]", _ARRESTS),
])
def test_a_verb_each_subject_s_sentence_says_passes(claim, sources):
    report = verify(claim, sources).claims[0]
    assert report.verdict == "supported", [r.message for r in report.reasons]


# --- A count put in the group or place the source counts with another figure -----------------------------

_TRIAL_ARMS = ("Over 14 months, 19 people in the vaccine group were admitted to hospital with RSV, "
               "compared with 66 in the placebo group.")


@pytest.mark.parametrize("claim", [
    "19 people in the placebo group were admitted to hospital. [1.1]",
    "Nineteen people in the placebo group were admitted to hospital. [1.1]",
])
def test_a_count_moved_to_the_other_group_is_rejected(claim):
    # Before 2.16 the 19 (the vaccine group's) passed for the placebo group, whose count is 66.
    verdict, codes = _verdict(claim, _TRIAL_ARMS)
    assert verdict == "rejected" and "number_mismatch" in codes


@pytest.mark.parametrize("claim, source", [
    ("19 people in the vaccine group were admitted to hospital. [1.1]", _TRIAL_ARMS),
    ("Nineteen people in the vaccine group were admitted to hospital. [1.1]", _TRIAL_ARMS),
    # The same count for the same group or place, with the counted noun left out by the source (before
    # 2.16 rejected: the source counts "19 people", and "66" was read as counting nothing).
    ("66 people in the placebo group were admitted to hospital. [1.1]", _TRIAL_ARMS),
    ("Three workers at the Leeds depot were injured. [1.1]",
     "Two workers in the London office and three at the Leeds depot were injured."),
])
def test_a_count_kept_with_its_group_passes(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


@pytest.mark.parametrize("claim", ["Two workers at the Leeds depot were injured. [1.1]",
                                   "Three workers in the London office were injured. [1.1]"])
def test_a_count_moved_to_the_other_place_is_rejected(claim):
    verdict, codes = _verdict(claim, "Two workers in the London office and three at the Leeds depot were injured.")
    assert verdict == "rejected" and "number_mismatch" in codes


# --- A noun added before an -ing noun ("an amber snow warning") ---------------------------------------

_WARNING = "The Met Office has issued an amber warning for rain covering Argyll."


@pytest.mark.parametrize("claim", ["The Met Office issued an amber wind warning for Argyll. [1.1]",
                                   "The Met Office issued an amber snow warning for Argyll. [1.1]"])
def test_a_kind_added_before_an_ing_noun_is_rejected(claim):
    # Before 2.16 "warning" read surely as a verb, so "wind" was no modifier of it and passed as one
    # unsupported word among six; the warning is for rain.
    verdict, codes = _verdict(claim, _WARNING)
    assert verdict == "rejected" and "unsupported_detail" in codes


@pytest.mark.parametrize("claim", ["The Met Office issued an amber rain warning for Argyll. [1.1]",
                                   "The Met Office issued an amber warning for Argyll. [1.1]"])
def test_the_source_s_own_kind_before_an_ing_noun_passes(claim):
    verdict, codes = _verdict(claim, _WARNING)
    assert verdict == "supported", codes


# --- A comparative adverb added after a verb and its object ("raise rates faster") ------------------------

def test_a_comparative_of_manner_the_source_lacks_is_rejected():
    # Before 2.16 only "-ly" adverbs counted as a manner added; "faster" passed as one word of seven.
    verdict, codes = _verdict("The figures could persuade the Federal Reserve to raise rates faster. [1.1]",
                              "Economists said the figures could persuade the Federal Reserve to raise rates.")
    assert verdict == "rejected" and "unsupported_detail" in codes


def test_a_comparative_the_source_gives_passes():
    verdict, codes = _verdict("Prices rose faster than wages. [1.1]", "Prices rose faster than wages last year.")
    assert verdict == "supported", codes


# --- A verb's object in place of the source's ("reduced infant deaths" for "reduced hospitalisations") ----

_VACCINE = "The vaccine reduced hospitalisations among infants by 72 percent in a late-stage trial."


def test_an_object_noun_in_place_of_the_source_s_is_a_substitution():
    # Before 2.16 "deaths" was one unmatched word of six (83% supported) and passed.
    report = verify("The vaccine reduced infant deaths by 72 percent in a late-stage trial. [1.1]", [_VACCINE]).claims[0]
    assert report.verdict == "rejected"
    assert any(r.code == "substitution" and "hospitalisations" in r.message for r in report.reasons)


@pytest.mark.parametrize("claim, source", [
    ("The vaccine reduced infant hospitalisations by 72 percent in a late-stage trial. [1.1]", _VACCINE),
    # A person the source's verb takes as a pronoun is no noun the claim replaced.
    ("The opposition health spokesperson, Mark Ellison, joined the programme. [1.1]",
     "PRESENTER: Joining us now is the opposition health spokesperson, Mark Ellison."),
])
def test_the_source_s_object_or_a_pronoun_s_passes(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


# --- A role put on a name across a comma ("chief executive, Clare Denby,") -------------------------------

_ROLE = "Fresmart's finance director, Clare Denby, said online orders grew faster than in-store sales."


def test_a_role_before_a_name_across_a_comma_must_be_the_source_s():
    # Before 2.16 only a role right against the name ("host Tariq Bell") was checked; "chief" passed as
    # a broader word for "director" and "executive" as one word of nine.
    verdict, codes = _verdict("Fresmart's chief executive, Clare Denby, said online orders grew faster. [1.1]", _ROLE)
    assert verdict == "rejected" and "unsupported_detail" in codes


@pytest.mark.parametrize("claim", ["Fresmart's finance director, Clare Denby, said online orders grew faster. [1.1]",
                                   "Clare Denby, Fresmart's finance director, said online orders grew faster. [1.1]"])
def test_the_source_s_role_across_a_comma_passes(claim):
    verdict, codes = _verdict(claim, _ROLE)
    assert verdict == "supported", codes


# --- Near misses an independent review of 2.16 found (each checked against 2.15 too) ----------------------

@pytest.mark.parametrize("claim, source", [
    # A count the source tells of something else, with no group in the claim: not the claim's noun's.
    ("66 patients died. [1.1]", "19 patients died, while 66 in the control group recovered."),
    ("66 people were killed. [1.1]", "The blast killed 19 people; 66 in all were hurt."),
    # "5G" is a designation, not five of anything.
    ("The firm launched five networks. [1.1]", "The firm launched a 5G network."),
    # A determiner inside a name is part of it: "Much Wenlock" is not "Wenlock".
    ("The games were held in Much Wenlock. [1.1]", "The games were held in Wenlock Edge."),
])
def test_review_near_misses_are_rejected(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected", codes


@pytest.mark.parametrize("claim, source", [
    ("The meeting starts at 10.30am. [1.1]", "The meeting starts at 10.30am in the hall."),
    ("They bought shares worth 48m euros. [1.1]", "They bought shares worth 48 million euros."),
])
def test_review_paraphrases_pass(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes
