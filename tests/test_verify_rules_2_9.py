"""Rules of verifier 2.9, each from a miss seen on text the rule was not written for (an independent
reviewer's blind probe set, r19, or SummEdits). Each with the case that must pass or fail and a close
neighbour; expectations decided by reading each pair."""

from __future__ import annotations

import pytest

from summarizer import verify


def verdict(claim: str, sources: str | list[str]) -> tuple[str, set[str]]:
    checked = verify(claim, [sources] if isinstance(sources, str) else sources).claims[0]
    return checked.verdict, {r.code for r in checked.reasons}


def relations(claim: str, sources: str | list[str]) -> dict[str, tuple[str, bool]]:
    checked = verify(claim, [sources] if isinstance(sources, str) else sources).claims[0]
    return {a.claim_word: (a.relation, a.accepted) for a in checked.alignment}


# --- a verb of a factor ("tripled", "halved") needs the figures' ratio ---------------------------------

MEASLES = "Health officials confirmed 37 cases of measles on Sunday, up from 12 a week earlier."


@pytest.mark.parametrize("claim, source, expected", [
    # 37 / 12 = 3.08: more than three times
    ("Measles cases have more than tripled [1.1].", MEASLES, "supported"),
    # 906,000 to 431,000 is 0.48 of it: more than halved
    ("Net migration more than halved [1.1].",
     "Net migration fell to 431,000 in the year to June, down from a record 906,000 a year earlier.", "supported"),
    ("Cases tripled [1.1].", "Cases rose to 36 from 12 in 2023.", "supported"),  # the year is no figure of it
    ("Cases doubled [1.1].", "Cases rose to 23 from 12.", "rejected"),  # 1.92: not quite double
    ("Measles cases have more than quadrupled [1.1].", MEASLES, "rejected"),  # 3.08 is not over four
    ("Cases halved [1.1].", "Cases rose to 24 from 12.", "rejected"),  # a rise, not a fall
    # no figures: "more than doubled" is no tripling (r19)
    ("BYD's European sales more than tripled [1.1].",
     "Chinese brand BYD more than doubled its European sales over the period.", "rejected"),
])
def test_a_verb_of_a_factor_is_backed_by_the_ratio_of_its_figures(claim, source, expected):
    assert verdict(claim, source)[0] == expected


def test_a_verb_after_a_degree_adverb_is_still_the_claims_verb():
    # "more than tripled" is what the claim says happened: with nothing opposite it, it is unsupported
    got, codes = verdict("BYD's European sales more than tripled [1.1].",
                         "Chinese brand BYD more than doubled its European sales over the period.")
    assert got == "rejected" and "unsupported_detail" in codes
    # and a modal before an adverb is no subject ("must also pay": an order told as an obligation)
    assert verdict("Lamont must also pay $45 million in restitution [1.1].",
                   "The judge also ordered Lamont to pay $45 million in restitution.")[0] == "supported"


# --- a direction word --------------------------------------------------------------------------------

CARS = ("Overall, battery electric cars made up 14 per cent of new car registrations in the European Union in "
        "the quarter, down from 15 per cent a year earlier.")


def test_an_up_the_source_says_down_is_not_the_up_of_made_up():
    got, codes = verdict("Battery electric cars made up 14 per cent of new EU registrations, up from a year earlier [1.1].", CARS)
    assert got == "rejected" and "unsupported_detail" in codes
    assert verdict("Battery electric cars made up 14 per cent of new EU registrations, down from a year earlier [1.1].",
                   CARS)[0] == "supported"


def test_a_particle_is_no_direction():
    assert verdict("England chased down 276 to win [1.1].", "England chased 276 to win.")[0] == "supported"


# --- "can" is a possibility ------------------------------------------------------------------------------

def test_a_can_dropped_is_a_hedge_dropped():
    source = "The recall is because of a software fault that can cause the rear-view camera to fail."
    got, codes = verdict("The recall is because a software fault causes the rear-view camera to fail [1.1].", source)
    assert got == "rejected" and "hedge_dropped" in codes
    assert verdict("The recall is because of a software fault that may cause the rear-view camera to fail [1.1].",
                   source)[0] == "supported"


def test_a_modal_is_no_verb_to_match_a_claim_word():
    # "can" is not the verb "to can" that "creating" would be more general than
    rel = relations("The handle can come off, creating a burn hazard [1.1].",
                    "The handle can detach, posing a burn hazard.")
    assert rel["creating"][1] is False


def test_achievable_keeps_the_possibility_of_can():
    assert verdict("Roe said she thought the deadline was still achievable [1.1].",
                   "Roe said: I believe we can still hit the deadline.")[0] == "supported"


# --- an extreme of time, a partitive dropped -------------------------------------------------------------

WALKWAY = "Pedestrians and cyclists will still be able to cross using a temporary walkway for most of the closure."


@pytest.mark.parametrize("claim, expected", [
    ("Pedestrians and cyclists will be able to cross throughout the closure [1.1].", "rejected"),
    ("Pedestrians will be able to cross during the closure [1.1].", "rejected"),  # "most of" dropped
    ("Pedestrians will be able to cross for most of the closure [1.1].", "supported"),
])
def test_the_whole_of_a_span_needs_the_whole(claim, expected):
    assert verdict(claim, WALKWAY)[0] == expected


@pytest.mark.parametrize("claim, source, expected", [
    ("Staff backed the plan [1.1].", "Most staff backed the plan.", "rejected"),
    ("Most staff backed the plan [1.1].", "Most staff backed the plan.", "supported"),
    ("The building was partly destroyed by the fire [1.1].", "Part of the building was destroyed by the fire.", "supported"),
    # a bare plural speaker is some of them, as news uses it
    ("Residents said the water smelled of chlorine [1.1].", "Several residents said the water smelled of chlorine.", "supported"),
    ("The most popular stores closed [1.1].", "The most popular stores closed.", "supported"),
])
def test_a_partitive_of_the_source_may_not_be_dropped(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- words in the wrong places ---------------------------------------------------------------------------

RECALL = "The recall affects the Aria hatchback and Novu SUV built between June 2022 and March 2024."


def test_two_modifiers_that_trade_their_nouns():
    got, codes = verdict("The recall affects the Aria SUV and the Novu hatchback [1.1].", RECALL)
    assert got == "rejected" and "unsupported_detail" in codes
    assert verdict("The recall affects the Novu SUV and the Aria hatchback [1.1].", RECALL)[0] == "supported"
    # adjectives in another order trade nothing
    assert verdict("House prices are eleven times average local earnings [1.1].",
                   "House prices are eleven times local average earnings.")[0] == "supported"


MPC = ("The bank held its base rate at 4.75 per cent last month, with six members of the Monetary Policy "
       "Committee voting to keep rates on hold and three voting for a cut.")


def test_an_object_of_the_second_use_of_a_verb():
    got, codes = verdict("Six members of the Monetary Policy Committee voted for a rate cut [1.1].", MPC)
    assert got == "rejected" and "unsupported_detail" in codes
    assert verdict("Six members of the Monetary Policy Committee voted to keep rates on hold [1.1].", MPC)[0] == "supported"


def test_a_month_with_its_year_is_one_date():
    source = ("The council served two improvement notices on Mr Hale in 2022 and fined him £15,000 in January "
              "2023 for failing to comply with them.")
    got, codes = verdict("The council fined Hale £15,000 in January 2022 [1.1].", source)
    assert got == "rejected" and "number_mismatch" in codes
    assert verdict("The council fined Hale £15,000 in January 2023 [1.1].", source)[0] == "supported"


def test_a_clause_of_no_content_words_that_says_something_was_said():
    source = "Mr Hale has 28 days to seek permission to appeal against the decision."
    got, codes = verdict("Hale has 28 days to appeal and has said he will do so [1.1].", source)
    assert got == "rejected" and "unsupported_detail" in codes
    assert verdict("Hale has 28 days to seek permission to appeal [1.1].", source)[0] == "supported"


# --- verbs that share a rare sense -----------------------------------------------------------------------

def test_a_verb_sharing_a_rare_sense_needs_its_argument_beside_it():
    # "drive" and "push" share a sense among their first ten, neither usual; "the flames" beside it pins it
    assert verdict("Winds drove the flames toward Pell [1.1].", "Winds pushed the flames toward Pell.")[0] == "supported"
    # with nothing matched beside it, the verb is judged unmatched
    assert verdict("Winds drove toward Pell [1.1].", "Winds pushed the flames toward Pell.")[0] == "rejected"
    # a sibling verb is still a swap ("cleared" for "convicted" shares no such sense)
    assert verdict("The jury cleared Keane of fraud [1.1].", "The jury convicted Keane of fraud.")[0] == "rejected"
    # and a pair the hand-kept table keeps apart: a frozen dividend is still paid
    assert verdict("The company suspended its dividend [1.1].", "The company froze its dividend.")[0] == "rejected"


def test_an_adjective_from_another_sentence_on_a_noun():
    sources = ["We used visually evoked potentials. Our results show attention's effects on accuracy."]
    got = verify("Our results show visual effects on accuracy [1.1][1.2].", sources).claims[0]
    assert got.verdict == "rejected"
    assert verify("Our results show attention's effects on accuracy [1.2].", sources).claims[0].verdict == "supported"


# --- r20 ---------------------------------------------------------------------------------------------

def test_a_past_form_that_is_also_a_lemma_is_the_claims_verb():
    # "fell" is "fall" (and the verb "to fell"): with nothing opposite it, it is unsupported
    source = "A total of 14,212 people attended the emergency department in January, up 9% on the same month last year."
    got, codes = verdict("Emergency attendances fell 9% compared with January last year [1.1].", source)
    assert got == "rejected" and "unsupported_detail" in codes
    assert verdict("Emergency attendances rose 9% compared with January last year [1.1].", source)[0] == "supported"


def test_a_denial_needs_a_denying_word():
    source = "Dawson said workers had reported cracking in the roof, a claim the company has not addressed."
    got, codes = verdict("Dawson said workers had reported cracking in the roof, which the company has denied [1.1].", source)
    assert got == "rejected" and "unsupported_detail" in codes
    assert verdict("Dawson said workers had reported cracking in the roof, which the company has denied [1.1].",
                   "Dawson said workers had reported cracking in the roof, a claim the company has denied.")[0] == "supported"
    # a reported denial: "denied the plant would close" is what "said the plant would not close" says
    assert verdict("Roe denied the plant would close [1.1].", "Roe said the plant would not close.")[0] == "supported"
    # "did not resign" is no refusal
    assert verdict("The minister refused to resign [1.1].", "The minister did not resign.")[0] == "rejected"


def test_a_speaker_who_also_acts_past_a_quoted_phrase():
    source = ('Leinster head coach Leo Cullen said his side had been "patient and brave" and praised the scrum '
              'for winning three penalties in the second half.')
    assert verdict("Leo Cullen praised the scrum, which won three second-half penalties [1.1].", source)[0] == "supported"
    # the reported clause's own subject is still not the speaker's act
    assert verdict("Leo Cullen won three penalties [1.1].", source)[0] == "rejected"


def test_the_subject_of_a_saying_clause_speaks():
    source = ("Premier Laura Whitfield declared a provincial state of emergency on Saturday, saying Alberta would "
              "request firefighting help from other provinces and the military.")
    assert verdict("Alberta would seek firefighting help from other provinces and the military, the premier said [1.1].",
                   source)[0] == "supported"
    # "adding 90 minutes" is no speaking
    assert verdict("The diversion will add around 90 minutes to journeys, Avanti said [1.1].",
                   "Avanti services will be diverted via Settle, adding around 90 minutes to journeys.")[0] == "rejected"


@pytest.mark.parametrize("claim, expected", [
    ("More than 14,000 people attended the department in January [1.1].", "supported"),  # 14,212 is just past it
    ("Over 14,000 people attended the department in January [1.1].", "supported"),
    ("More than 15,000 people attended the department in January [1.1].", "rejected"),  # not past 15,000
    ("More than 12,000 people attended the department in January [1.1].", "rejected"),  # true, but not within 10%
    ("Up to 15,000 people attended the department in January [1.1].", "rejected"),  # a ceiling, not a count
    ("Fewer than 14,000 people attended the department in January [1.1].", "rejected"),
])
def test_a_round_bound_just_short_of_an_exact_count(claim, expected):
    source = "A total of 14,212 people attended the department in January."
    assert verdict(claim, source)[0] == expected


def test_a_small_round_bound_stays_exact():
    # a small figure may be a threshold: "over 70" is not read from "aged 75"
    assert verdict("The vaccine is offered to people over 70 [1.1].", "The vaccine is offered to people aged 75.")[0] == "rejected"
    # nor is a rounded source figure a count to bound
    assert verdict("More than 14,000 people attended [1.1].", "About 14,200 people attended.")[0] == "rejected"


def test_every_week_is_backed_by_weekly():
    assert verdict("Food waste and recycling will still be collected every week [1.1].",
                   "Recycling and food waste collections will remain weekly.")[0] == "supported"
    assert verdict("Bins will be collected every week [1.1].", "Bins will be collected three-weekly.")[0] == "rejected"


# --- r21 ---------------------------------------------------------------------------------------------

def test_an_estimate_is_an_approximate_figure():
    source = "Turnout was estimated at 60 percent, down from 67 percent in 2019."
    got, codes = verdict("Turnout was 60 percent, down from 67 percent in 2019 [1.1].", source)
    assert got == "rejected" and "number_mismatch" in codes
    assert verdict("Turnout was about 60 percent, down from 67 percent in 2019 [1.1].", source)[0] == "supported"


def test_a_rank_before_a_superlative_may_not_be_dropped():
    source = "Official turnout was 59.8 percent, the second lowest at a general election since 1885."
    assert verdict("Official turnout was 59.8 percent, the lowest at a general election since 1885 [1.1].", source)[0] == "rejected"
    assert verdict("Official turnout was 59.8 percent, the second lowest at a general election since 1885 [1.1].",
                   source)[0] == "supported"


def test_a_modifier_in_a_superlatives_scope_may_not_be_dropped():
    source = "Labour won 411 seats, the lowest vote share for any majority government in modern history."
    assert verdict("Labour won 411 seats, the lowest vote share for any government in modern history [1.1].", source)[0] == "rejected"


def test_one_value_given_twice_needs_two_figures():
    source = "The scheme includes 3 kilometres of new embankments, two pumping stations and a storage basin."
    got, codes = verdict("The scheme includes 3 kilometres of new embankments, three pumping stations and a storage basin [1.1].", source)
    assert got == "rejected" and "number_mismatch" in codes
    assert verdict("The scheme includes 3 kilometres of embankments and three pumping stations [1.1].",
                   "The scheme includes three kilometres of embankments and 3 pumping stations.")[0] == "supported"


def test_a_quantity_noun_needs_its_counterpart():
    source = "The association said members had received dozens of calls from worried patients since Monday."
    got, codes = verdict("The association said members had received hundreds of calls since Monday [1.1].", source)
    assert got == "rejected" and "unsupported_detail" in codes
    assert verdict("The association said members had received dozens of calls since Monday [1.1].", source)[0] == "supported"


def test_a_readiness_is_not_the_act():
    source = "A survey found that 78 percent would be prepared to take strike action over pay."
    assert verdict("A survey found that 78 percent would take strike action over pay [1.1].", source)[0] == "rejected"
    assert verdict("A survey found that 78 percent would be prepared to take strike action [1.1].", source)[0] == "supported"


def test_a_broader_modifier_names_another_kind():
    source = "A rocket carrying two Earth observation satellites failed about 144 seconds after lift-off."
    got, codes = verdict("A rocket carrying two communications satellites failed after lift-off [1.1].", source)
    assert got == "rejected" and "substitution" in codes
    assert verdict("A rocket carrying two satellites failed after lift-off [1.1].", source)[0] == "supported"


def test_a_title_taken_from_one_name_to_another():
    source = ("Eleven Cabinet ministers lost their seats, including Defence Secretary Grant Shapps and Commons "
              "Leader Penny Mordaunt.")
    assert verdict("Eleven Cabinet ministers lost their seats, including Commons Leader Grant Shapps [1.1].", source)[0] == "rejected"
    assert verdict("Eleven Cabinet ministers lost their seats, including Commons Leader Penny Mordaunt [1.1].",
                   source)[0] == "supported"
    # a middle name dropped is no regrouping
    assert verdict("Dr Adeyemi said some spills happened on dry days [1.1].",
                   "DR SAMUEL ADEYEMI: Some spills happened on dry days.")[0] == "supported"


def test_a_place_for_another_after_another_preposition():
    source = "The debris fell into the Atlantic Ocean, and no injuries were reported."
    got, codes = verdict("The debris fell on land, and no injuries were reported [1.1].", source)
    assert got == "rejected" and "substitution" in codes


def test_a_participle_added_before_a_noun_that_could_be_a_verb():
    source = "By 7am, Labour had passed the 326 seats needed for a majority, confirming the broad picture of the exit poll."
    assert verdict("Labour passed the 326 seats needed for a majority by 7am, contradicting the exit poll [1.1].",
                   source)[0] == "rejected"


def test_a_passive_whose_participle_is_spelled_as_its_verb():
    # "had been offset by" is a passive: the claim's word order, with the source's voice, swaps the roles
    got, codes = verdict("Demand had been offset by fuel costs [1.1].", "Demand had offset fuel costs.")
    assert got == "rejected" and "role_swap" in codes
    assert verdict("Fuel costs had been offset by demand [1.1].", "Demand had offset fuel costs.")[0] == "supported"


def test_a_request_the_source_denies():
    source = "Phillipson urged unions to put it to their members without a recommendation to reject it."
    got, codes = verdict("Phillipson urged unions to recommend that members reject it [1.1].", source)
    assert got == "rejected" and "negation_mismatch" in codes
    # a denying verb the claim says in other words still agrees ("turned down" an offer)
    assert verdict("The union said its members had turned down a 4 percent pay offer [1.1].",
                   "The union said its members had rejected a 4 percent pay offer.")[0] == "supported"


# --- r18 and r22, after their blind run ----------------------------------------------------------------

def test_pence_are_money():
    source = "The bank raised its interim dividend by 8% to 3.9p a share."
    got, codes = verdict("The interim dividend was raised by 8% to 3.6p a share [1.1].", source)
    assert got == "rejected" and "number_mismatch" in codes
    assert verdict("The interim dividend was raised by 8% to 3.9p a share [1.1].", source)[0] == "supported"
    assert verdict("The dividend rose to 3.9 pence a share [1.1].", "The dividend rose to 3.9p a share.")[0] == "supported"


def test_an_inserted_word_whose_opposite_the_sentence_has():
    source = ("Analysts said the result reflected growing demand from collectors and museums for work by women "
              "artists from Latin America.")
    got, codes = verdict("Analysts said the result reflected growing demand from collectors for work by Latin American men [1.1].", source)
    assert got == "rejected" and "antonym" in codes


def test_a_gerund_naming_a_compounds_kind():
    source = "The ban prohibits using a hosepipe to water gardens, wash cars or fill paddling pools."
    got, codes = verdict("The ban prohibits using a hosepipe to water gardens, wash cars or fill swimming pools [1.1].", source)
    assert got == "rejected" and "substitution" in codes


def test_a_role_given_in_an_appositive():
    source = "The company's chief executive, Graham Holt, said the fine would be paid from shareholder profits."
    got, codes = verdict("Graham Holt, the company's chairman, said the fine would be paid from shareholder profits [1.1].", source)
    assert got == "rejected" and "unsupported_detail" in codes
    assert verdict("Graham Holt, the company's chief executive, said the fine would be paid from shareholder profits [1.1].",
                   source)[0] == "supported"


def test_counts_that_trade_their_nouns():
    source = "The jury of seven women and five men reached its verdict after deliberating for 14 hours."
    got, codes = verdict("The jury of seven men and five women reached its verdict [1.1].", source)
    assert got == "rejected" and "number_mismatch" in codes
    assert verdict("The jury of five men and seven women reached its verdict [1.1].", source)[0] == "supported"
    # an ordinal before the source's noun counts nothing
    assert verdict("Leo Cullen praised the scrum, which won three second-half penalties [1.1].",
                   "Leo Cullen praised the scrum for winning three penalties in the second half.")[0] == "supported"


def test_not_all_backs_no_all():
    source = "He said about a third of pupils in Year 2 had been absent, though not all absences were linked to measles."
    got, codes = verdict("He said about a third of all pupils had been absent [1.1].", source)
    assert got == "rejected" and "quantifier_mismatch" in codes


def test_modern_art_is_not_contemporary_art():
    assert verdict("The sale was part of an auction of contemporary art [1.1].",
                   "The sale was part of an auction of modern art.")[0] == "rejected"


def test_a_doubt_is_not_the_opposite():
    source = "Tom Reeve: I am not convinced that target is realistic while vacancies remain at this level."
    assert verdict("Tom Reeve said the target was unrealistic [1.1].", source)[0] == "rejected"
    # a denial of the word itself says its negative-prefixed opposite
    assert verdict("Rail services were unaffected [1.1].", "Rail services were not affected.")[0] == "supported"


def test_one_of_the_most_is_not_the_most():
    source = "Ruiz said the painting was one of the most important works by Delgado still in private hands."
    got, codes = verdict("Ruiz said the painting was the most important work by Delgado still in private hands [1.1].", source)
    assert got == "rejected" and "quantifier_mismatch" in codes
    assert verdict("Ruiz said the painting was one of the most important works by Delgado [1.1].", source)[0] == "supported"


def test_the_sides_of_rather_than_turned_round():
    source = "Graham Holt said the fine would be paid from shareholder profits rather than customer bills."
    got, codes = verdict("Graham Holt said the fine would be paid from customer bills rather than shareholder profits [1.1].", source)
    assert got == "rejected" and "role_swap" in codes
    assert verdict("Graham Holt said the fine would be paid from shareholder profits rather than customer bills [1.1].",
                   source)[0] == "supported"


# --- found by an independent review of 2.9 ---------------------------------------------------------------

@pytest.mark.parametrize("claim, source", [
    ("Deaths tripled [1.1].", "Cases rose to 36 from 12, while deaths were flat."),
    ("Deaths tripled [1.1].", "Cases rose from 12 to 36, while deaths fell from 36 to 12."),
    ("Measles cases halved [1.1].", "Flu cases fell to 6 from 12, while measles cases rose."),
    ("Measles cases have more than tripled [1.1].", "Health officials confirmed 37 cases of measles, all from 12 schools."),
])
def test_a_factor_needs_figures_of_what_the_claim_counts(claim, source):
    assert verdict(claim, source)[0] == "rejected"


@pytest.mark.parametrize("claim, source", [
    ("The file was stolen [1.1].", "The charge was stolen."),
    ("A fire destroyed the barn [1.1].", "A discharge destroyed the barn."),
    ("Rebels launched an attack on the city [1.1].", "Rebels launched a round on the city."),
])
def test_a_shared_rare_verb_sense_is_no_licence_for_nouns(claim, source):
    assert verdict(claim, source)[0] == "rejected"


def test_a_rate_word_of_another_noun_backs_no_every():
    assert verdict("Bins will be collected every week [1.1].",
                   "Bins will be collected fortnightly, the council's weekly bulletin said.")[0] == "rejected"


@pytest.mark.parametrize("claim, source", [
    ("Police made an arrest on Monday [1.1].", "Police made the first arrest on Monday."),  # a noun in "-est"
    ("Under the deal, the firm will cut 200 jobs [1.1].", "As part of the deal, the firm will cut 200 jobs."),
    ("The company rejected the claims [1.1].", "The company denied the claims."),
    ("Sales rose in March 2022 [1.1].", "Sales, which rose in March of 2022, fell in March 2023."),
])
def test_plain_paraphrases_the_new_rules_must_not_reject(claim, source):
    assert verdict(claim, source)[0] == "supported"


def test_a_repeated_value_is_named_the_same_whatever_the_hash_seed():
    import os
    import subprocess
    import sys
    code = ("from summarizer import verify; print(verify('Two firms reported growth of 2.0 [1.1].', "
            "['Two firms reported growth.']).claims[0].reasons[0].message)")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "1", "2", "3")}
    assert len(outs) == 1
