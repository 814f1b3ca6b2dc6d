"""Rules of verifier 2.6, each from a miss seen on text the rule was not written for (an eval case or an
independent reviewer's probe). Each with the case that must fail or pass and a close neighbour;
expectations decided by reading each pair."""

from __future__ import annotations

import pytest

from summarizer import verify


def verdict(claim: str, sources: str | list[str]) -> tuple[str, set[str]]:
    checked = verify(claim, [sources] if isinstance(sources, str) else sources).claims[0]
    return checked.verdict, {r.code for r in checked.reasons}


INTERVIEW = ("HOST: So when? "
             "RAMAN: My base case is June, but that could slip if wage growth stays above 5 percent.")


def test_a_noun_phrase_with_no_counterpart_is_rejected_whatever_the_share():
    # "for a rate cut": two words, a thing the answer never names; 7 of the 9 other words match.
    assert verdict("Raman said her base case was June for a rate cut, but that could slip if wage growth "
                   "stays above 5 percent [1.2].", INTERVIEW) == ("rejected", {"unsupported_detail"})
    # Without it, the same claim passes.
    assert verdict("Raman said her base case was June, but that could slip if wage growth stays above 5 percent "
                   "[1.2].", INTERVIEW) == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    # A discourse connective says how two clauses stand, not a fact to find in the source.
    ("About 300 staff will be affected, though the bank said it hoped to redeploy most of them [1.1].",
     "About 300 staff will be affected, although the bank said it hoped to redeploy most of them."),
    ("Although it lost the vote, the party kept its seat [1.1].",
     "The party lost the vote but kept its seat."),
])
def test_a_connective_is_no_content_word(claim, source):
    assert verdict(claim, source) == ("supported", set())


def test_an_opening_plural_capitalised_only_at_openings_in_the_sources_is_a_common_word():
    # The source writes "Fares" only where it opens a sentence: that says nothing of a name. The question
    # and its answer say fares will not rise this year.
    source = "HOST: Fares went up in July. Will they rise again? BRANDT: Not this year."
    claim = "Fares will not rise again this year, Brandt said [1.2][1.3]."
    assert verdict(claim, source) == ("supported", set())
    # A source that writes it mid-sentence, as a name ("Mr Fares"), keeps it a name to find.
    assert verdict(claim, source.replace("Fares went", "Mr Fares went")) == ("rejected", {"entity_mismatch"})


CLINIC = "Free MMR vaccination clinics will be held on Saturdays in April at the county health centre."


def test_at_no_cost_is_a_price_not_a_denial():
    assert verdict("MMR shots will be offered at no cost at the county health centre on Saturdays in April [1.1].",
                   CLINIC.replace("will be held", "will be offered")) == ("supported", set())
    # "no charge" alone still denies one, and "at no point" is still a denial.
    charged = "Police brought a charge against him."
    assert verdict("Police brought no charge against him [1.1].", charged) == ("rejected", {"negation_mismatch"})
    assert verdict("At no point did police bring a charge against him [1.1].", charged)[0] == "rejected"
    # Inserted where the source gives no price, it is a detail to find, whatever the share.
    assert verdict("Police brought a charge against him at no cost [1.1].", charged) == ("rejected", {"unsupported_detail"})


@pytest.mark.parametrize("claim, source", [
    ("The facility can process up to 25,000 tonnes of batteries a year [1.1].",
     "The plant can process up to 25,000 tonnes of batteries a year."),
    ("The plant recovers lithium, nickel and cobalt [1.1].", "The plant reclaims lithium, nickel and cobalt."),
    ("Helion said the process uses about 30% less power than smelting [1.1].",
     "Helion said the process uses about 30% less energy than smelting."),
    ("Helion said its method uses about 30% less energy than smelting [1.1].",
     "Helion said its process uses about 30% less energy than smelting."),
    ("Operators say they cannot staff their shifts [1.1].", "Operators say they cannot fill their shifts."),
    ("Kamau pulled out of the race after 30 kilometres [1.1].", "Kamau dropped out of the race after 30 kilometres."),
])
def test_hand_kept_synonyms_of_stop_2_6(claim, source):
    assert verdict(claim, source) == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    # The groups are senses, not licences: a different thing is still a different thing.
    ("The facility can process up to 25,000 tonnes of batteries a year [1.1].",
     "The warehouse can store up to 25,000 tonnes of batteries a year."),
    ("Operators say they cannot staff their shifts [1.1].", "Operators say they cannot cover their costs."),
])
def test_hand_kept_synonyms_do_not_reach_other_words(claim, source):
    assert verdict(claim, source)[0] == "rejected"
