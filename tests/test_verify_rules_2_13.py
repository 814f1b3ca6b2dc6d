"""Rules of verifier 2.13, each from false rejections of genuine paraphrases on the reviewers' probe sets,
written for the general shape: the paraphrase that must now pass and close neighbours that must still
fail. Expectations decided by reading each pair."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.lexicon import default_lexicon


def verdict(claim: str, source: str) -> str:
    return verify(claim, [source]).claims[0].verdict


# --- WordNet's verb-and-noun idioms read as one word: "took part" is "participated" (r10, r25) ---

@pytest.mark.parametrize("claim, source", [
    ("About 1,200 dockers took part in the walkout [1.1].", "About 1,200 dockers participated in the walkout."),
    ("A record 48,000 runners participated, organisers said [1.1].", "A record 48,000 runners took part, organisers said."),
    ("Junior doctors will not take part in the walkout [1.1].", "Junior doctors will not participate in the walkout."),
    ("The vote happened on Monday [1.1].", "The vote took place on Monday."),
    ("The old bridge collapsed [1.1].", "The old bridge gave way."),
    # the idiom on both sides, the verb in another tense
    ("Nurses took part in the strike [1.1].", "Nurses take part in the strike."),
])
def test_a_verb_and_noun_idiom_matches_its_one_word_synonym(claim, source):
    assert verdict(claim, source) == "supported"


@pytest.mark.parametrize("claim, source", [
    # another act
    ("Dockers took part in the walkout [1.1].", "Dockers organised the walkout."),
    ("Dockers participated in the walkout [1.1].", "Dockers called off the walkout."),
    # WordNet files 'pass' with 'take place' (come to pass): a vote that took place did not pass
    ("The vote passed on Monday [1.1].", "The vote took place on Monday."),
    ("The bill passed on Monday [1.1].", "The bill debate happened on Monday."),
    # 'gave notice' is as often a worker resigning: it is not firing
    ("The firm fired 50 staff [1.1].", "The firm gave notice to 50 staff."),
    ("The firm sacked 50 staff [1.1].", "The firm gave notice to 50 staff."),
    # a term that ended is no resignation
    ("The president resigned in 2021 [1.1].", "The president left office in 2021."),
    ("The president stepped down in 2021 [1.1].", "The president left office in 2021."),
    # the idiom denied
    ("Dockers took part in the walkout [1.1].", "Dockers did not participate in the walkout."),
])
def test_an_idiom_backs_no_other_act(claim, source):
    assert verdict(claim, source) == "rejected"


def test_an_idiom_keeps_a_figure_and_an_adjective_out():
    """Only a verb with a bare noun is an idiom: "take five" (a break) and "fall short" are not kept, so the
    figure of "took five wickets" is still the numbers check's."""
    lexicon = default_lexicon()
    assert lexicon.lemmas("took_part", "v") == ["take_part"]
    assert lexicon.lemmas("took_five", "v") == []
    assert lexicon.lemmas("fell_short", "v") == []
    assert lexicon.lemmas("machine_gun", "v") == []  # a compound noun WordNet also lists as a verb
    assert verdict("Bashir took six wickets [1.1].", "Bashir took five wickets.") == "rejected"


# --- "each year" is the rate "a year" of a named amount: "25,000 tonnes of spent batteries a year" (press case) ---

PLANT = "The plant can process up to 25,000 tonnes of spent lithium-ion batteries a year."


@pytest.mark.parametrize("claim", [
    "Each year the plant can process up to 25,000 tonnes of batteries [1.1].",
    "The plant can process up to 25,000 tonnes of batteries every year [1.1].",
])
def test_each_year_is_the_rate_of_a_named_amount(claim):
    assert verdict(claim, PLANT) == "supported"


@pytest.mark.parametrize("source", [
    "The plant processed 25,000 tonnes of batteries in a year.",  # one span, not a rate
    "The plant processed 25,000 tonnes of used batteries from a year of collections.",
    "The plant processed 25,000 tonnes of batteries and hires 40 staff a year.",  # the rate of another figure
    "The plant has processed 25,000 tonnes of batteries since it opened a year ago.",
    "The plant processed 25,000 tonnes of batteries, up from 20,000 tonnes a year earlier.",
])
def test_each_year_needs_the_rate_of_that_amount(source):
    assert verdict("The plant processes 25,000 tonnes of batteries every year [1.1].", source) == "rejected"


# --- verbs that say one act only with some objects: "took 41 seats", "left its guidance unchanged" (r12, r17, r21) ---

@pytest.mark.parametrize("claim, source", [
    ("The Liberals took 41 of the 150 seats in the October election [1.1].",
     "The Liberals won 41 of the 150 seats in the October election."),
    ("The Liberals won 41 of the 150 seats [1.1].", "The Liberals took 41 of the 150 seats."),
    ("Labour took the seat from the Conservatives [1.1].", "Labour won the seat from the Conservatives."),
    ("Pogacar took stage 15 on Sunday [1.1].", "Pogacar won stage 15 on Sunday."),
    ("Homewise left its full-year guidance unchanged [1.1].", "Homewise kept its full-year guidance unchanged."),
    ("The company kept its profit forecast unchanged [1.1].", "The company left its profit forecast unchanged."),
])
def test_two_verbs_say_one_act_with_a_pinning_object(claim, source):
    assert verdict(claim, source) == "supported"


@pytest.mark.parametrize("claim, source", [
    # money, power, a seat one sits on: taken, not won
    ("Smith took 5,000 pounds [1.1].", "Smith won 5,000 pounds."),
    ("The rebels won power [1.1].", "The rebels took power."),
    ("Smith won a seat [1.1].", "Smith took a seat."),
    # another object on each side, or another act
    ("The Liberals took 41 of the 150 seats [1.1].", "The Liberals won 41 of the 150 votes."),
    ("She took the title [1.1].", "She defended the title."),
    ("The Liberals took 41 of the 150 seats [1.1].", "The Liberals lost 41 of the 150 seats."),
    # no "unchanged" after both objects: leaving is not keeping
    ("Homewise left its guidance [1.1].", "Homewise kept its guidance."),
    ("The bank kept its staff [1.1].", "The bank left its staff."),
    ("The bank left its rate unchanged [1.1].", "The bank held its rate."),
    ("Homewise left its guidance unchanged [1.1].", "Homewise kept its guidance, though its dividend was unchanged."),
])
def test_the_verbs_of_one_act_need_that_object(claim, source):
    assert verdict(claim, source) == "rejected"
