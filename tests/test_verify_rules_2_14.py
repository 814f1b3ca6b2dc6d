"""Verifier 2.14: rules added after 2.13, each with the claims that show it and the near misses it must
still reject. Labels were decided by reading the source sentence before running the verifier."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.lexicon import default_lexicon


def _verdict(claim: str, source: str) -> tuple[str, set[str]]:
    report = verify(claim, [source]).claims[0]
    return report.verdict, {r.code for r in report.reasons}


# --- WordNet's -er/-est rule reads no noun or verb as a comparative unless it is one in use ----------------

@pytest.mark.parametrize("word", ["offer", "customer", "number", "owner", "founder", "matter", "layer", "teenager"])
def test_a_noun_or_verb_ending_in_er_is_no_comparative(word):
    # "offer" is not "more off", "customer" not "more custom", "founder" not "more found".
    assert default_lexicon().lemmas(word, "a") == []


@pytest.mark.parametrize("word,base", [("lower", "low"), ("longer", "long"), ("latest", "late"),
                                       ("closer", "close"), ("bigger", "big"), ("better", "good")])
def test_comparatives_keep_their_adjective(word, base):
    # "lower" and "latest" are WordNet nouns or verbs too, but also everyday comparatives (the data file's
    # list); "bigger" is no noun or verb; "better" is WordNet's exception list.
    assert base in default_lexicon().lemmas(word, "a")


def test_offer_is_not_the_opposite_of_on():
    # Before 2.14 "offer" was read as the comparative of "off", the antonym of the source's "on".
    verdict, codes = _verdict(
        "The county health centre will offer MMR shots at no cost every Saturday in April. [1.1]",
        "Free MMR vaccination clinics will be held on Saturdays in April at the county health centre.")
    assert "antonym" not in codes


def test_founder_is_not_the_opposite_of_lost():
    lexicon = default_lexicon()
    assert lexicon.relation("founder", "lost") is None
    assert lexicon.relation("offer", "on") is None


# --- A cause credited to something, told with an adverb inside the source's phrase or in a relative clause ---

_DELGADO = ("Revenue jumped. Analyst Mark Delgado of Pinebridge Securities said the revenue beat was driven mainly "
            "by the e-commerce segment.")


@pytest.mark.parametrize("claim", [
    # the claim's "mainly" is the source's, inside "driven mainly by"
    "Analyst Mark Delgado credited the revenue beat mainly to the e-commerce segment. [1.2]",
    # the verb's object is the relative clause's antecedent: "a beat that … credited … to"
    "Revenue jumped, a beat that analyst Mark Delgado credited mainly to the e-commerce segment. [1.1, 1.2]",
    "Revenue jumped, a beat which Delgado blamed mainly on the e-commerce segment. [1.1, 1.2]",
])
def test_cause_credited_as_the_source_states_it(claim):
    assert _verdict(claim, _DELGADO)[0] == "supported"


@pytest.mark.parametrize("claim,source", [
    # drops "mainly": the claim makes the segment the whole cause
    ("Analyst Mark Delgado credited the revenue beat to the e-commerce segment. [1.2]", _DELGADO),
    # "partly" is not "mainly"
    ("Revenue jumped, a beat that analyst Mark Delgado credited partly to the e-commerce segment. [1.1, 1.2]", _DELGADO),
    # another cause
    ("Revenue jumped, a beat that Delgado credited mainly to the retail segment. [1.1, 1.2]", _DELGADO),
    # another effect: the antecedent is not what the source says was driven
    ("Revenue jumped, a loss that Delgado credited mainly to the e-commerce segment. [1.1, 1.2]", _DELGADO),
    # the source denies or hedges the cause
    ("Revenue jumped, a beat that analyst Mark Delgado credited mainly to the e-commerce segment. [1.1, 1.2]",
     _DELGADO.replace("was driven", "was not driven")),
    ("Revenue jumped, a beat that analyst Mark Delgado credited mainly to the e-commerce segment. [1.1, 1.2]",
     _DELGADO.replace("was driven", "may have been driven")),
    # someone else gave the cause
    ("Revenue jumped, a beat that analyst Mark Delgado credited mainly to the e-commerce segment. [1.1, 1.2]",
     "Revenue jumped. Analyst Sue Park said the revenue beat was driven mainly by the e-commerce segment, "
     "Mark Delgado said."),
    # the source's adverb restricts more than the claim's ("driven partly by" for "credited mainly to")
    ("Analyst Mark Delgado credited the revenue beat mainly to the e-commerce segment. [1.2]",
     _DELGADO.replace("mainly", "partly")),
])
def test_cause_not_credited_as_the_source_states_it(claim, source):
    assert _verdict(claim, source)[0] == "rejected"


def test_only_an_adverb_after_the_verb_leaves_it_no_object():
    # "credited mainly to": no object after the verb, so the relative clause's antecedent is it;
    # "credited the supply to": "supply" ends like an adverb but is the object (a noun)
    from summarizer.verify.alignment import _adverb
    lexicon = default_lexicon()
    assert _adverb("mainly", lexicon) and _adverb("largely", lexicon)
    assert not _adverb("supply", lexicon) and not _adverb("rally", lexicon)


@pytest.mark.parametrize("claim", [
    # "largely" says what "mainly" says (the lexicon's synonyms), inside the source's phrase too
    "Analyst Mark Delgado credited the revenue beat largely to the e-commerce segment. [1.2]",
])
def test_cause_credited_with_a_synonymous_adverb(claim):
    assert _verdict(claim, _DELGADO)[0] == "supported"


# --- "in principle" limits what was agreed ---------------------------------------------------------------

_IN_PRINCIPLE = "The board backed the merger in principle."


@pytest.mark.parametrize("claim", [
    "The board approved the merger. [1.1]",  # "backed … in principle" is not yet the approval
    "The board backed the merger. [1.1]",    # the limit dropped
])
def test_in_principle_is_not_dropped(claim):
    verdict, codes = _verdict(claim, _IN_PRINCIPLE)
    assert verdict == "rejected" and "hedge_dropped" in codes


def test_in_principle_kept_and_principle_as_a_noun():
    assert _verdict("The board backed the merger in principle. [1.1]", _IN_PRINCIPLE)[0] == "supported"
    # "the principle of" is a noun, no limit
    source = "The court upheld the principle of free speech."
    assert _verdict("The court upheld the principle of free speech. [1.1]", source)[0] == "supported"
    # and a limit the source does not have is not added
    assert _verdict("The court upheld free speech in principle. [1.1]", source)[0] == "rejected"
