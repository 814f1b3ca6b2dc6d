"""Verifier 2.18: rules added after 2.17, each with the claims that show it and the near misses it must
still pass or reject. Labels were decided by reading the source sentence before running the verifier."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.tokens import tokenize


def _verdict(claim: str, *sources: str) -> tuple[str, set[str]]:
    report = verify(claim, list(sources)).claims[0]
    return report.verdict, {r.code for r in report.reasons}


# --- A word moved past a noun and its preposition, from another clause ---------------------------------

VOLTARIS = ("Voltaris blamed falling demand for its small petrol hatchbacks and the cost of converting the factory "
            "to build electric vehicles.")


def test_a_word_moved_after_a_nouns_preposition_is_a_substitution():
    # The demand that fell was for petrol hatchbacks; electric vehicles are what the factory will build.
    verdict, codes = _verdict("Voltaris blamed falling demand for its electric vehicles [1.1].", VOLTARIS)
    assert verdict == "rejected" and "substitution" in codes


@pytest.mark.parametrize("claim", [
    "Voltaris blamed falling demand for its small petrol hatchbacks [1.1].",
    "Voltaris blamed falling demand for its hatchbacks [1.1].",  # a modifier left out: says less
    "Voltaris blamed the cost of converting the factory to build electric vehicles [1.1].",
])
def test_the_nouns_own_object_passes(claim):
    verdict, codes = _verdict(claim, VOLTARIS)
    assert verdict == "supported", codes


# --- A word moved before a preposition and its matched word, from another clause -----------------------

BEKELE = "Meseret Bekele said she was happy to win again but disappointed not to break her own record."


@pytest.mark.parametrize("claim", [
    "Meseret Bekele said she was disappointed to win again [1.1].",  # she was happy to win
    "Bekele said she was happy not to break her own record [1.1].",  # she was disappointed not to
])
def test_a_word_moved_before_anothers_preposition_is_a_substitution(claim):
    verdict, codes = _verdict(claim, BEKELE)
    assert verdict == "rejected" and "substitution" in codes


@pytest.mark.parametrize("claim", [
    "Meseret Bekele said she was happy to win again [1.1].",
    "Bekele said she was disappointed not to break her own record [1.1].",
])
def test_each_word_before_its_own_preposition_passes(claim):
    verdict, codes = _verdict(claim, BEKELE)
    assert verdict == "supported", codes


# --- "a.m." ends no clause ----------------------------------------------------------------------------

QUAKE_1 = ("A magnitude 6.4 earthquake struck the mountainous region of Kerala Sur early on Wednesday, killing at "
           "least 38 people and injuring more than 400, officials said.")
QUAKE_2 = ("The quake hit at 4:12 a.m. local time at a depth of 10 kilometres, according to the national "
           "seismological centre.")


def test_the_point_of_am_ends_no_clause():
    tokens = tokenize(QUAKE_2)
    clause = {t.lower: t.clause for t in tokens}
    assert clause["hit"] == clause["local"] == clause["depth"]
    # The initial's point and a figure's comma still end none; a comma before "according" still does.
    assert clause["according"] == clause["hit"] + 1


def test_a_verb_and_its_phrase_past_a_time_in_am_pass():
    # "hit … at a depth of 10 kilometres": the quake's own verb, one clause with its depth.
    verdict, codes = _verdict(
        "The quake, which killed at least 38 people, hit at a depth of 10 kilometres [1.1][1.2].",
        QUAKE_1 + " " + QUAKE_2)
    assert verdict == "supported", codes


# --- The claim's last noun after a preposition, where the source's phrase has another -----------------

MIGRATION = "Non-EU nationals accounted for 82% of long-term immigration."


def test_a_noun_in_place_of_the_sources_after_the_same_preposition_is_a_substitution():
    # Before 2.18 "emigration", the claim's last word, had no anchor after it, and "immigration" was out
    # of reach of the last matched word ("accounted"): an insertion, under the share threshold.
    verdict, codes = _verdict("Non-EU nationals accounted for 82% of emigration [1.1].", MIGRATION)
    assert verdict == "rejected" and "substitution" in codes


def test_the_sources_noun_after_the_preposition_passes():
    verdict, codes = _verdict("Non-EU nationals accounted for 82% of long-term immigration [1.1].", MIGRATION)
    assert verdict == "supported", codes


@pytest.mark.xfail(strict=True, reason="known miss: a share's base is not monotone; the verifier drops a modifier "
                                       "of it as of any noun")
def test_a_share_of_the_base_without_its_modifier_is_another_share():
    # Relabelled on re-reading (this test first listed it as supported): 82% of long-term immigration is
    # not 82% of all immigration. Reading a share's base strictly cost a false rejection among the
    # review's near misses ("20% of income" for "20% of the club's annual revenue") and changed nothing
    # on the probe sets, so it was not adopted.
    verdict, _ = _verdict("Non-EU nationals accounted for 82% of immigration [1.1].", MIGRATION)
    assert verdict == "rejected"


def test_an_infinitive_is_no_phrase_of_a_noun():
    # "to produce" is a verb, though "produce" is also a noun: "produce" is no substitute for a noun here.
    verdict, codes = _verdict("Directed by Sofia Lindqvist, Paper Lanterns cost roughly $110 million to produce [1.1].",
                              "Paper Lanterns, directed by Sofia Lindqvist, cost about $110 million to make.")
    assert verdict == "supported", codes


# --- An ordinal after "the" is told of the word before it ---------------------------------------------

GOLF = "Van Zyl had drawn level with a birdie at the 16th, but he bogeyed the 17th after finding a bunker."


def test_ordinals_that_trade_places_are_rejected():
    # Both ordinals are in the sentence, so the figures' check found each; "the" hid what each was of.
    verdict, codes = _verdict("Van Zyl had drawn level with a birdie at the 17th, but he bogeyed the 16th [1.1].", GOLF)
    assert verdict == "rejected" and "number_mismatch" in codes


@pytest.mark.parametrize("claim", [
    "Van Zyl had drawn level with a birdie at the 16th, but he bogeyed the 17th [1.1].",
    "Van Zyl bogeyed the 17th after finding a bunker [1.1].",
    "Van Zyl drew level with a birdie at the 16th [1.1].",
])
def test_each_ordinal_with_its_own_word_passes(claim):
    verdict, codes = _verdict(claim, GOLF)
    assert verdict == "supported", codes


# --- "among the first": a first of several -------------------------------------------------------------

SCHEMES = "MINISTER: Hillcroft's replacement will be among the first schemes to begin, with work due to start in spring 2026."


def test_the_first_for_among_the_first_is_rejected():
    verdict, codes = _verdict(
        "The minister said Hillcroft's replacement would be the first scheme to begin [1.1].", SCHEMES)
    assert verdict == "rejected" and "quantifier_mismatch" in codes


@pytest.mark.parametrize("claim", [
    "The minister said Hillcroft's replacement would be among the first schemes to begin [1.1].",
    "The minister said Hillcroft's replacement would be one of the first schemes to begin [1.1].",
])
def test_a_first_kept_among_others_passes(claim):
    verdict, codes = _verdict(claim, SCHEMES)
    assert verdict == "supported", codes


def test_a_first_the_source_gives_alone_passes():
    verdict, codes = _verdict("Hillcroft's replacement will be the first scheme to begin [1.1].",
                              "Hillcroft's replacement will be the first scheme to begin, in spring 2026.")
    assert verdict == "supported", codes


# --- The preposition of the phrase a name is in apposition to ----------------------------------------

AMBULANCES = ("Emergency departments at all five hospitals remain open, but ambulances are being diverted from the "
              "group's largest site, St Aldhelm's in Derwick.")


def test_the_reverse_of_an_appositives_preposition_is_rejected():
    # St Aldhelm's is the site ambulances are diverted from: the comma hid "from" from the name.
    verdict, codes = _verdict("Ambulances are being diverted to St Aldhelm's in Derwick [1.1].", AMBULANCES)
    assert verdict == "rejected" and "substitution" in codes


@pytest.mark.parametrize("claim", [
    "Ambulances are being diverted from St Aldhelm's in Derwick [1.1].",
    "Ambulances are being diverted from the group's largest site [1.1].",
])
def test_the_appositives_own_preposition_passes(claim):
    verdict, codes = _verdict(claim, AMBULANCES)
    assert verdict == "supported", codes


# --- A verb's object in place of the source's, past the source's adjectives ---------------------------

CUTS = 'Ms Kinnear said the cuts were "painful but necessary" to protect the long-term future of the network.'


def test_an_object_for_the_sources_qualified_noun_is_a_substitution():
    # Right after "protect the" the source has an adjective; the noun it qualifies is the object.
    verdict, codes = _verdict("Ms Kinnear said the cuts would protect jobs [1.1].", CUTS)
    assert verdict == "rejected" and "substitution" in codes


def test_the_sources_object_without_its_adjective_passes():
    verdict, codes = _verdict("Ms Kinnear said the cuts were needed to protect the future of the network [1.1].", CUTS)
    assert verdict == "supported", codes


# --- What a noun counts, past a participle's phrase ---------------------------------------------------

DEPENDANTS = ("The number of dependants accompanying international students fell by 80 percent after rule changes "
              "introduced in January.")


def test_the_object_of_a_participle_for_what_is_counted_is_a_substitution():
    # The students are what the dependants accompany; "the number of" counts the dependants.
    verdict, codes = _verdict(
        "The number of international students fell by 80 percent after rule changes introduced in January [1.1].",
        DEPENDANTS)
    assert verdict == "rejected" and "substitution" in codes


@pytest.mark.parametrize("claim", [
    "The number of dependants fell by 80 percent after rule changes introduced in January [1.1].",
    "The number of dependants accompanying international students fell by 80 percent [1.1].",
    "The number of dependants of international students fell by 80 percent [1.1].",
])
def test_what_the_source_counts_passes(claim):
    verdict, codes = _verdict(claim, DEPENDANTS)
    assert verdict == "supported", codes


# --- A place the source narrows to a part of it -------------------------------------------------------

BRANCHES = "Quarry Bank said on Wednesday it would close 45 branches in the north of England by the end of March."


@pytest.mark.parametrize("claim", [
    "Quarry Bank said it would close 45 branches across England [1.1].",
    "Quarry Bank said it would close 45 branches in England [1.1].",
])
def test_the_whole_for_the_sources_part_of_a_place_is_rejected(claim):
    verdict, codes = _verdict(claim, BRANCHES)
    assert verdict == "rejected" and "quantifier_mismatch" in codes


@pytest.mark.parametrize("claim", [
    "Quarry Bank said it would close 45 branches in northern England [1.1].",
    "Quarry Bank said it would close 45 branches in the north of England [1.1].",
])
def test_the_part_kept_passes(claim):
    verdict, codes = _verdict(claim, BRANCHES)
    assert verdict == "supported", codes


def test_a_place_near_another_is_no_part_of_it():
    # "north of Leeds" without "the" places the village, it does not narrow Leeds.
    verdict, codes = _verdict("Flooding cut off a village north of Leeds on Monday [1.1].",
                              "Flooding cut off a village north of Leeds on Monday, the council said.")
    assert verdict == "supported", codes


# --- A verb from another cited sentence, which names someone else at it --------------------------------

PRYCE = ("His co-defendant, former Delmont director Simon Pryce, was convicted of offering bribes and jailed for "
         "four years. The judge also ordered Reeves to repay 250,000 pounds under the Proceeds of Crime Act.")


def test_a_verb_joined_to_the_subject_of_another_sentence_is_rejected():
    verdict, codes = _verdict(
        "Simon Pryce was jailed for four years and ordered to repay 250,000 pounds [1.1, 1.2].", PRYCE)
    assert verdict == "rejected" and "unsupported_detail" in codes


@pytest.mark.parametrize("claim, source", [
    ("Simon Pryce was jailed for four years, and Reeves was ordered to repay 250,000 pounds [1.1, 1.2].", PRYCE),
    # a second subject of its own in the claim, named where the source names it
    ("Fenwood reported a 2 percent fall in sales last week, while Homewise shares rose 7 percent [1.1, 1.2].",
     "A rival chain, Fenwood, reported a 2 percent fall in sales last week. Shares in Homewise rose 7 percent "
     "in early trading."),
    # a subject the verb's own sentence names by alias
    ("The ECB left its main interest rate unchanged at 3.25% on Thursday [1.1].",
     "The European Central Bank left its main interest rate unchanged at 3.25% on Thursday."),
])
def test_each_verb_with_its_own_subject_passes(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


# --- Near misses an independent review of 2.18 found --------------------------------------------------

@pytest.mark.parametrize("claim, source", [
    ("Teachers at the school protested against the closure [1.1].",
     "Teachers and parents at the school protested against the closure."),
    ("Demand for rice rose sharply [1.1].", "Demand for wheat, maize and rice rose sharply this year."),
    ("He bogeyed the 18th [1.1].", "He bogeyed the 17th and 18th to finish two over."),
    ("The vote was moved to the 21st [1.1].", "The vote was moved to the 14th and then to the 21st."),
    ("Female turnout rose in the first round [1.1].", "Turnout among women rose in the first round of voting."),
    ("Graduate unemployment fell for the first time in a decade [1.1].",
     "Unemployment among graduates fell for the first time in a decade."),
    ("The firm has received nine reports of minor burns [1.1].",
     "The firm has received 48 reports of handles detaching, including nine reports of minor burns."),
])
def test_list_items_and_ranks_of_their_own_pass(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


@pytest.mark.parametrize("claim, source", [
    ("The cafe opens at 9 a.m. [1.1].", "The shop opens at 9 a.m., the cafe at 10 a.m."),
    ("Hillcroft will be the first to benefit from the fund [1.1].", "Hillcroft will be among the first to benefit from the fund."),
    ("One minister said Hillcroft's replacement would be the first scheme to begin [1.1].",
     "One minister said Hillcroft's replacement would be among the first schemes to begin."),
])
def test_what_the_review_found_accepted_is_rejected(claim, source):
    verdict, _ = _verdict(claim, source)
    assert verdict == "rejected"


# --- Shapes of the blind sets r33 and r34, read after their sealed run --------------------------------

@pytest.mark.parametrize("claim, source, code", [
    # a verb's object in place of the source's, where the source's noun could also be a verb
    ("SkyLark has cancelled 1,800 flights from its summer schedule, blaming a shortage of pilots [1.1].",
     "Budget airline SkyLark has cancelled 1,800 flights from its summer schedule, blaming delays in the delivery "
     "of new aircraft.", "substitution"),
    # "lead" and "trail" are opposites (lexicon extra-40)
    ("Ferrandi now leads the championship by 18 points [1.1].",
     "Ferrandi now trails championship leader Achebe by 18 points with nine races remaining.", "antonym"),
    # a compound WordNet lacks, ending in a verb's form, is that verb: what happened
    ("The race was red-flagged after Marco Ibáñez crashed his Arceno [1.1].",
     "The race was neutralised for five laps by a safety car after Marco Ibáñez crashed his Arceno at turn 11.",
     "unsupported_detail"),
    # "will" for the source's "may", whatever else in the claim is hedged
    ("Network Rail said rails in direct sunlight can reach temperatures 20C higher than the air and will buckle [1.1].",
     "Network Rail said the restrictions were needed because rails in direct sunlight can reach temperatures 20C "
     "higher than the air and may buckle.", "modality_mismatch"),
    # a fraction of the source's noun dropped, the claim's noun definite
    ("Tarrant said a typical two-bedroom flat costs more than the median take-home pay for a single earner [1.1].",
     "TARRANT: A typical two-bedroom flat now costs £1,450 a month, which is more than half of the median "
     "take-home pay for a single earner.", "quantifier_mismatch"),
    # a name moved past "be" and its preposition
    ("Most of the cancelled flights are from Bristol and Edinburgh [1.1].",
     "Most of the cancelled flights are from Gatwick and Manchester, although some services from Bristol and "
     "Edinburgh will also be cut.", "substitution"),
    # two statements that trade what they say, the second with "be" and no verb; an -ing subject is no verb
    ("Vehicle thefts climbed by a fifth to 2,860, while shoplifting was broadly flat [1.1].",
     "Vehicle thefts were broadly flat at 2,860, while shoplifting climbed by a fifth to 5,940 incidents.", "role_swap"),
    # a superlative's scope given in a broader word
    ("Professor Alan Reeve said the 19-point swing was the largest in any election since 2021 [1.1].",
     "Polling expert Professor Alan Reeve said the swing of 19 points from Conservative to Liberal Democrat was the "
     "largest in a by-election since 2021.", "quantifier_mismatch"),
    # "some of" where the source says all, "in full"
    ("Chief executive Priya Nandakumar said the bank accepted some of the findings [1.1].",
     "Chief executive Priya Nandakumar said the bank accepted the findings in full and apologised.", "quantifier_mismatch"),
])
def test_shapes_of_the_r33_and_r34_sets_are_rejected(claim, source, code):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and code in codes


@pytest.mark.parametrize("claim, source", [
    ("SkyLark has cancelled 1,800 flights, blaming delays in the delivery of new aircraft [1.1].",
     "Budget airline SkyLark has cancelled 1,800 flights from its summer schedule, blaming delays in the delivery "
     "of new aircraft."),
    ("Ferrandi trails Achebe by 18 points [1.1].",
     "Ferrandi now trails championship leader Achebe by 18 points with nine races remaining."),
    ("The race was neutralised after Marco Ibáñez crashed his Arceno [1.1].",
     "The race was neutralised for five laps by a safety car after Marco Ibáñez crashed his Arceno at turn 11."),
    ("Network Rail said rails in direct sunlight can reach temperatures 20C higher than the air and may buckle [1.1].",
     "Network Rail said the restrictions were needed because rails in direct sunlight can reach temperatures 20C "
     "higher than the air and may buckle."),
    ("A flat costs more than half of the median take-home pay [1.1].",
     "TARRANT: A typical two-bedroom flat now costs £1,450 a month, which is more than half of the median "
     "take-home pay for a single earner."),
    # a bare plural speaks of some: "cancelled services" for "cancelled around a third of its services"
    ("Southline cancelled services on Tuesday [1.1].",
     "Rail operator Southline cancelled around a third of its services on Tuesday after speed restrictions were imposed."),
    ("Most of the cancelled flights are from Gatwick and Manchester [1.1].",
     "Most of the cancelled flights are from Gatwick and Manchester, although some services from Bristol and "
     "Edinburgh will also be cut."),
    ("Shoplifting climbed by a fifth, while vehicle thefts were broadly flat [1.1].",
     "Vehicle thefts were broadly flat at 2,860, while shoplifting climbed by a fifth to 5,940 incidents."),
    ("Professor Alan Reeve said the 19-point swing was the largest in a by-election since 2021 [1.1].",
     "Polling expert Professor Alan Reeve said the swing of 19 points from Conservative to Liberal Democrat was the "
     "largest in a by-election since 2021."),
    ("Chief executive Priya Nandakumar said the bank accepted the findings [1.1].",
     "Chief executive Priya Nandakumar said the bank accepted the findings in full and apologised."),
])
def test_the_sources_own_words_there_pass(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


@pytest.mark.parametrize("claim, source", [
    # the appositive's noun before the comma reads as a verb before "the": still the phrase's head
    ("Ambulances are being diverted to the Royal Infirmary [1.1].",
     "Ambulances are being diverted from the trust's main site, the Royal Infirmary."),
    ("Passengers were transferred to the Aurora [1.1].", "Passengers were transferred from the ferry's sister ship, the Aurora."),
    # the source's phrase ends at a participle: its head is the noun before it
    ("Non-EU nationals accounted for 82% of emigration [1.1].",
     "Non-EU nationals accounted for 82% of long-term immigration recorded by the ONS."),
])
def test_more_that_the_review_found_accepted_is_rejected(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and "substitution" in codes, codes


def test_a_rise_then_a_fall_keeps_the_rise():
    # an opposite before the same phrase is the mirror rule's to leave: both happened
    verdict, codes = _verdict("Prices rose at the auction [1.1].", "Prices rose and then fell at the auction.")
    assert verdict == "supported", codes


@pytest.mark.parametrize("claim", [
    "Rain was heavy at the time [1.1].",
    "Winds were gusting to 45 knots at the time [1.1].",
])
def test_a_time_phrase_is_the_clauses_not_the_word_before_it(claim):
    # Two false rejections the sealed set r36 showed 2.18 had added: "poor at the time" is no "poor" that
    # "heavy" stands in place of; "at the time" tells when all of it was.
    verdict, codes = _verdict(claim, "The report also noted that visibility was poor at the time, with heavy rain and "
                                     "winds gusting to 45 knots.")
    assert verdict == "supported", codes
