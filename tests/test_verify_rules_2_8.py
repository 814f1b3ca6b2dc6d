"""Rules of verifier 2.8, each from a miss seen on text the rule was not written for (an eval case or an
independent reviewer's probe). Each with the case that must pass or fail and a close neighbour;
expectations decided by reading each pair."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.numbers import extract_numbers


def verdict(claim: str, sources: str | list[str]) -> tuple[str, set[str]]:
    checked = verify(claim, [sources] if isinstance(sources, str) else sources).claims[0]
    return checked.verdict, {r.code for r in checked.reasons}


@pytest.mark.parametrize("text, key", [
    ("a fifth of voters", "pct:20"),
    ("Two-thirds of members", "pct:66.7"),
    ("One in five adults", "pct:20"),
    ("one in 10 adults", "pct:10"),
    ("rates rose by a quarter", "pct:25"),
    ("three-quarters", "pct:75"),
    ("half of the stores", "pct:50"),
    ("worth three billion dollars", "USD:3000000000"),
    ("ten euros", "EUR:10"),
])
def test_a_share_or_an_amount_in_words_has_the_key_its_figures_have(text, key):
    assert key in extract_numbers(text, bare_one=False)


@pytest.mark.parametrize("text, keys", [
    ("She won a fifth title", {"ord:5"}),  # an ordinal, not a share: no "of", no "by", not plural
    ("in the third quarter", {"quarter:3", "ord:3"}),
    ("in the first half", {"ord:1"}),
    ("a five-pound bag", {"5"}),  # a weight
    ("one in 10 adults", {"pct:10"}),  # the 10 is the fraction's, no count of its own
])
def test_ordinals_quarters_and_weights_keep_their_keys(text, keys):
    assert set(extract_numbers(text, bare_one=False)) == keys


VOTE = "18% of voters backed the plan."


@pytest.mark.parametrize("claim, source", [
    ("Close to a fifth of voters backed the plan [1.1].", VOTE),
    ("Nearly a fifth of voters backed the plan [1.1].", VOTE),
    ("About a fifth of voters backed the plan [1.1].", "21% of voters backed the plan."),
    ("Two-thirds of members voted yes [1.1].", "67% of members voted yes."),
    ("One in five adults had not been vaccinated [1.1].", "20% of adults had not been vaccinated."),
    ("Sales rose about 12% [1.1].", "Sales rose 12.3%."),
    ("Rates went up by a fifth last week [1.1].", "Rates rose by 20 percent last week."),
    ("The deal is worth three billion dollars [1.1].", "The deal is worth $3 billion."),
])
def test_an_approximated_figure_is_backed_by_the_figure_it_rounds(claim, source):
    assert verdict(claim, source) == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    # "nearly" and "close to" come from below: 23% is more than a fifth.
    ("Nearly a fifth of voters backed the plan [1.1].", "23% of voters backed the plan."),
    # further than "about" reaches (8% of 12)
    ("Sales rose about 12% [1.1].", "Sales rose 13%."),
    # a figure stated plainly stays exact: rounding is the claim's to say
    ("Sales rose 12% [1.1].", "Sales rose 12.3%."),
    # a fraction stated plainly is within a point, no more
    ("Two-thirds of members voted yes [1.1].", "60% of members voted yes."),
    # two figures of the kind: which one the claim rounds is a guess
    ("About a fifth of voters backed the plan [1.1].", "21% of voters backed the plan and 18% opposed it."),
    # a bound is no approximation: "over 70" is not "over 80", and "more than 10%" is not read as 12%
    ("The trial excluded people over 70 [1.1].", "The trial excluded people over 80."),
    ("Sales rose by more than 10% [1.1].", "Sales rose 12%."),
    # another currency
    ("The deal is worth three billion dollars [1.1].", "The deal is worth 3 billion euros."),
    # an approximated time is a time still
    ("The vote is due in about March [1.1].", "The vote is due in April."),
])
def test_an_approximation_does_not_reach_another_figure(claim, source):
    assert verdict(claim, source)[0] == "rejected"


@pytest.mark.parametrize("source", ["60% of voters backed the plan.", "About 60% of voters backed the plan."])
def test_nearly_says_a_figure_falls_short_where_its_source_does_not(source):
    # "nearly" before a figure was a hedge ("nearly won") until 2.8; it is the figure's now, and still
    # says the figure falls short of 60.
    assert verdict("Nearly 60% of voters backed the plan [1.1].", source) == ("rejected", {"number_mismatch"})


def test_nearly_before_a_figure_is_backed_by_almost():
    assert verdict("Nearly 60% of voters backed the plan [1.1].", "Almost 60% of voters backed the plan.") \
        == ("supported", set())
    # and before anything else it is still a limit: "almost all" is not "all"
    assert verdict("All flights were cancelled [1.1].", "Almost all flights were cancelled.")[0] == "rejected"
    assert verdict("Almost all flights were cancelled [1.1].", "All flights were cancelled.")[0] == "rejected"


MINE = ("Traders said the gain was driven by a strike at the Cerro Alto mine in Chile, one of the world's largest "
        "copper mines. The mine produced about 1.1 million tonnes of copper last year.")


def test_one_of_the_worlds_largest_is_not_the_largest():
    assert verdict("The Cerro Alto mine, the world's largest copper mine, produced about 1.1 million tonnes last "
                   "year [1.1][1.2].", MINE) == ("rejected", {"quantifier_mismatch"})
    assert verdict("The Cerro Alto mine, one of the world's largest copper mines, produced about 1.1 million "
                   "tonnes last year [1.1][1.2].", MINE) == ("supported", set())


AWARDS = "The play won best new adaptation at this year's Critics' Circle awards."


def test_a_relative_time_with_a_possessive_keeps_its_point():
    assert verdict("The play won best new adaptation at last year's Critics' Circle awards [1.1].", AWARDS) \
        == ("rejected", {"unsupported_detail"})
    assert verdict("The play won best new adaptation at this year's Critics' Circle awards [1.1].", AWARDS) \
        == ("supported", set())
    assert verdict("This year the play won best new adaptation at the Critics' Circle awards [1.1].", AWARDS) \
        == ("supported", set())


BUSES = "Rail replacement buses will run between Lancaster and Penrith throughout the closure."


def test_weekends_and_weekdays_narrow_when_as_a_weekday_does():
    assert verdict("Rail replacement buses will run between Lancaster and Penrith at weekends during the closure "
                   "[1.1].", BUSES) == ("rejected", {"number_mismatch"})
    assert verdict("Replacement buses will run between Lancaster and Penrith at weekends [1.1].",
                   "Replacement buses will run between Lancaster and Penrith on weekdays.")[0] == "rejected"
    assert verdict("Replacement buses will run between Lancaster and Penrith at weekends [1.1].",
                   "Replacement buses will run between Lancaster and Penrith every weekend.") == ("supported", set())


def test_a_hyphenated_figure_is_a_modifier_not_a_count():
    bridge = ("Network Rail will close the line for nine days to replace a 120-year-old bridge over the River Lune. "
              "Route director Priya Sandhu said the bridge had reached the end of its working life.")
    assert verdict("Priya Sandhu said the bridge over the River Lune had reached the end of its working life "
                   "[1.1][1.2].", bridge) == ("supported", set())
    # a count before the noun is still one: "the suspects" for "two suspects"
    assert verdict("The suspects were charged [1.1].", "Two suspects were charged.")[0] == "rejected"


def test_a_fraction_after_by_and_an_approximation_is_a_share():
    assert verdict("Iron ore prices are down roughly 20 percent this year [1.1].",
                   "Iron ore prices have fallen by about a fifth this year.") == ("supported", set())
    assert verdict("Iron ore prices are down roughly 30 percent this year [1.1].",
                   "Iron ore prices have fallen by about a fifth this year.")[0] == "rejected"


SANDHU = "Network Rail route director Priya Sandhu said the bridge had reached the end of its working life."


def test_according_to_an_organisation_title_and_name_is_the_name_speaking():
    assert verdict("According to Network Rail route director Priya Sandhu, the bridge had come to the end of its "
                   "working life [1.1].", SANDHU) == ("supported", set())
    assert verdict("The figures showed the government's measures were working, according to Home Secretary "
                   "James Aldridge [1.1].", "Home Secretary James Aldridge said the figures showed the "
                   "government's measures were working.") == ("supported", set())
    # the organisation is not the one who speaks, nor is another name
    assert verdict("According to Network Rail, the bridge had reached the end of its working life [1.1].",
                   SANDHU) == ("rejected", {"speaker_mismatch"})
    assert verdict("According to Network Rail route director Tom Ellis, the bridge had reached the end of its "
                   "working life [1.1].", SANDHU)[0] == "rejected"


STRIKE = ("Rail workers began a 48-hour strike on Tuesday after talks with operator NorRail broke down. "
          "NorRail has offered 5%, which it says is the most it can afford.")


def test_after_joins_only_what_a_sentence_orders():
    # the strike's sentence has its own "after" (talks broke down); the offer is another sentence's
    assert verdict("The strike began on Tuesday after NorRail offered 5% [1.1][1.2].", STRIKE) \
        == ("rejected", {"unsupported_detail"})
    assert verdict("The strike began on Tuesday after talks with NorRail broke down [1.1].", STRIKE) \
        == ("supported", set())
    assert verdict("The strike began on Tuesday after talks broke down [1.1][1.2].",
                   "The strike began on Tuesday. It came after talks broke down.") == ("supported", set())


RULES = "The rules came into force on Monday."


def test_a_hand_kept_phrase_is_read_with_its_verb_inflected_and_keeps_its_tense():
    assert verdict("The rules took effect on Monday [1.1].", RULES) == ("supported", set())
    assert verdict("Conservationists set free 60 young birds [1.1].", "Conservationists released 60 young birds.") \
        == ("supported", set())
    # what was done is not told as to come, phrase or not
    assert verdict("The rules will take effect on Monday [1.1].", RULES) == ("rejected", {"modality_mismatch"})
    assert verdict("The rules will come into force on Monday [1.1].", "The rules took effect on Monday.") \
        == ("rejected", {"modality_mismatch"})
    # a verb and its particle are still read as a phrasal verb, with its fallback ("asked for" ≈ "asked")
    assert verdict("Residents asked for speed bumps [1.1].", "Residents asked the council to install speed bumps.") \
        == ("supported", set())


def test_called_with_an_object_and_a_complement_is_described_as():
    assert verdict("Mark Hale, Scope's chief executive, called the move \"a cut dressed up as reform\" [1.1].",
                   "Scope chief executive Mark Hale described the move as \"a cut dressed up as reform\".") \
        == ("supported", set())
    assert verdict("Hale called the move reckless [1.1].", "Hale described the move as reckless.") == ("supported", set())
    # described by someone else, or by someone the claim's speaker reports
    assert verdict("Hale called the move reckless [1.1].", "Roe described the move as reckless.")[0] == "rejected"
    assert verdict("Hale called the move reckless [1.1].", "Hale said Roe described the move as reckless.")[0] \
        == "rejected"
    # "described the move" alone is no calling
    assert verdict("Hale called the move reckless [1.1].", "Hale described the move, which was reckless.")[0] \
        == "rejected"


def test_a_noun_for_a_pronoun_object_is_the_claims_guess():
    assert verdict("Hale called the move reckless [1.1].", "Hale described the scene, calling it reckless.") \
        == ("rejected", {"substitution"})
    # citing the sentence that names it
    assert verdict("Hale called the move reckless [1.1][1.2].", "The council announced a move. Hale called it reckless.") \
        == ("supported", set())


NORTHERN = "Northern said it would cut journey times between Sheffield and Hull by up to 12 minutes."


def test_will_in_any_frame_reports_the_speakers_would():
    assert verdict("Journey times between Sheffield and Hull will be cut by as much as 12 minutes, Northern said "
                   "[1.1].", NORTHERN) == ("supported", set())
    # no speaker, or another one: the prediction is told as fact, or put in another mouth
    unframed = verdict("Journey times between Sheffield and Hull will be cut by as much as 12 minutes [1.1].", NORTHERN)
    assert unframed[0] == "rejected" and "hedge_dropped" in unframed[1]
    assert "hedge_dropped" in verdict("Journey times between Sheffield and Hull will be cut by up to 12 minutes, "
                                      "Roe said [1.1].", NORTHERN)[1]
    # a condition after "would" is kept out, as before
    assert verdict("Journey times will be cut by up to 12 minutes, Northern said [1.1].",
                   "Northern said it would cut journey times by up to 12 minutes if funding is agreed.")[0] == "rejected"


def test_the_speaker_of_a_frame_has_no_role_around_the_verb_it_reports():
    # "Northern" speaks; it neither cuts nor is cut in the claim
    assert "role_swap" not in verdict("Journey times will be cut by up to 12 minutes, Northern said [1.1].",
                                      NORTHERN)[1]
    # an act coordinated with a speech verb still has its roles
    assert verdict("Adler congratulated Brandt [1.1].", "Brandt conceded defeat late on Sunday and congratulated "
                   "Adler.") == ("rejected", {"role_swap"})


PIP = ("Ministers have announced plans to tighten eligibility for the personal independence payment. Under the "
       "proposals, claimants would need to score at least four points in a single daily living activity.")


def test_proposals_to_do_a_thing_are_an_intention():
    assert verdict("Under proposals to tighten eligibility for the personal independence payment, claimants would "
                   "need at least four points in a single daily living activity [1.1][1.2].", PIP) == ("supported", set())
    assert verdict("The council will cut bus fares [1.1].", "The council has proposals to cut bus fares.") \
        == ("rejected", {"hedge_dropped"})


POOL = "Voters in Harwick approved a plan to build a new swimming pool."


def test_an_approved_plan_hedges_only_its_own_verb():
    assert verdict("Harwick approved a new swimming pool [1.1].", POOL) == ("supported", set())
    assert verdict("Harwick will build a new swimming pool [1.1].", POOL) == ("rejected", {"hedge_dropped"})
    assert verdict("Harwick built a new swimming pool [1.1].", POOL)[0] == "rejected"
    # a plan no one decided on still hedges what it names
    assert verdict("Harwick approved a new swimming pool [1.1].", "Harwick has a plan to approve a new swimming "
                   "pool.")[0] == "rejected"


MEETING = ("The board discussed a proposal to raise parking meter rates from $1.00 to $1.50 an hour. "
           "No action was taken, and the item was tabled to the November meeting.")


def test_an_act_named_by_its_ing_form_is_not_stated_as_done():
    assert verdict("The board discussed raising parking meter rates to $1.50 an hour [1.1].", MEETING) \
        == ("supported", set())
    # stated as done, it drops the proposal's hedge
    assert verdict("The board raised parking meter rates to $1.50 an hour [1.1].", MEETING) \
        == ("rejected", {"hedge_dropped"})


def test_a_decision_on_an_item_a_meeting_deferred_is_deferred():
    assert verdict("A decision on raising the hourly parking charge to $1.50 was put off until November "
                   "[1.1][1.2].", MEETING) == ("supported", set())
    # deferring is still a verb to match: not "approved"
    assert verdict("A decision on raising the hourly parking charge to $1.50 was approved in November "
                   "[1.1][1.2].", MEETING)[0] == "rejected"
    # where the source defers the work, not a decision or an item, "decision" needs its counterpart
    assert verdict("A decision on the bridge was delayed [1.1].", "The bridge was delayed.")[0] == "rejected"


APPEAL = ("The Court of Appeal on 3 June 2025 dismissed an appeal by supermarket chain FreshMart against a 2.4 "
          "million pound fine.")


def test_an_appeal_lost_is_an_appeal_the_court_dismissed():
    assert verdict("FreshMart lost its appeal against a £2.4 million fine [1.1].", APPEAL) == ("supported", set())
    assert verdict("FreshMart lost its appeal [1.1].", "The court dismissed FreshMart's appeal.") == ("supported", set())
    assert verdict("Rivera won her appeal [1.1].", "The Supreme Court upheld Rivera's appeal.") == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    ("FreshMart won its appeal against a £2.4 million fine [1.1].", APPEAL),  # the other side's verb
    ("The regulator lost its appeal [1.1].", APPEAL),  # not the appeal's owner
    ("FreshMart lost its appeal [1.1].", "The court dismissed the regulator's appeal against FreshMart."),
    ("FreshMart lost its appeal [1.1].", "The court did not dismiss the appeal by FreshMart."),
    ("FreshMart lost its appeal [1.1].", "The court upheld an appeal by FreshMart."),
    ("Rivera won her appeal [1.1].", "The Supreme Court dismissed Rivera's appeal."),
])
def test_a_converse_needs_the_owner_and_the_deciding_verb_of_its_side(claim, source):
    assert verdict(claim, source)[0] == "rejected"


def test_what_someone_is_charged_with_keeps_its_hedge():
    # "for" and "of" name a charge, which the source's "allegedly" hedges (found by the pipeline eval's
    # gold-unsupported draft when "for" was among the naming words)
    assert verdict("Yoon was recently indicted for provoking military aggression [1.1].",
                   "Yoon was recently indicted for allegedly provoking military aggression.") \
        == ("rejected", {"hedge_dropped"})
    # ("accused of taking bribes" keeps it: "accused" is a hedge of the same kind, a report)
    assert verdict("Roe was accused of taking bribes [1.1].", "Roe was accused of allegedly taking bribes.") \
        == ("supported", set())
    assert verdict("Roe took bribes [1.1].", "Roe was accused of allegedly taking bribes.")[0] == "rejected"


def test_opening_before_a_span_is_the_first_and_one_in_a_span_is_no_share():
    assert verdict("The film took $48.5m over its first three days [1.1].",
                   "The film took $48.5 million in its opening three days.") == ("supported", set())
    assert verdict("The film took $48.5m over its second weekend [1.1].",
                   "The film took $48.5 million over its opening weekend.")[0] == "rejected"
    assert set(extract_numbers("the opening of the bridge", bare_one=False)) == set()
    # "one in 18 months" is a time ("the second major one in 18 months"), not a share of 1/18
    assert "pct:5.6" not in extract_numbers("the second major one in 18 months", bare_one=False)


# From the false acceptances of the blind set r16 (written this stop, measured on 30395e5 at 11 of 234).

FINAL = "Elena Varga won the Castlebay Open on Sunday, beating top seed Mia Okafor 6-4, 3-6, 7-5 in the final."


def test_a_score_keeps_the_order_of_its_pair_and_of_its_sets():
    assert verdict("Elena Varga beat Mia Okafor 6-4, 3-6, 7-5 in the final [1.1].", FINAL) == ("supported", set())
    assert verdict("Elena Varga beat Mia Okafor 6-4, 6-3 in the final [1.1].", FINAL) == ("rejected", {"number_mismatch"})
    assert verdict("Luca Ferrante retained his title with a 6-3, 7-6 win over Daniel Osei [1.1].",
                   "Luca Ferrante retained his title with a 7-6, 6-3 win over Daniel Osei.") \
        == ("rejected", {"number_mismatch"})


def test_a_verb_matched_in_a_clause_that_denies_it_is_denied():
    source = "Two firefighters were treated in hospital for smoke inhalation, but no deaths have been reported."
    assert verdict("Two firefighters died of smoke inhalation [1.1].", source) == ("rejected", {"negation_mismatch"})
    assert verdict("Two firefighters were treated in hospital for smoke inhalation [1.1].", source) == ("supported", set())
    # the ellipsis "but not" denies the first clause's verb: a claim that denies it is supported
    assert verdict("Payment card numbers were not included in the data [1.1].",
                   "The data included names and email addresses, but not payment card numbers.") == ("supported", set())


def test_denied_that_frames_what_is_denied_past_a_transcript_label():
    assert verdict("Jane Roe denied that the figures were too high [1.1].",
                   "MINISTER JANE ROE: I accept that the figures are too high, and we are not going to pretend "
                   "otherwise.") == ("rejected", {"negation_mismatch", "unsupported_detail"})
    # (2.9: also unsupported_detail, rightly: nothing in the source is a denial, the minister accepts)


def test_a_root_matched_in_a_modifier_is_not_the_modified_noun():
    source = "Researchers warned that some schools might have to reduce the number of teaching assistants."
    assert verdict("Researchers warned that some schools might have to reduce the number of teachers [1.1].", source) \
        == ("rejected", {"substitution"})
    # an adjective of the root describes the noun
    assert verdict("Nearly a third of ballots were cast by post [1.1].",
                   "Postal votes made up nearly a third of all ballots cast.") == ("supported", set())


def test_an_adverb_of_manner_added_after_a_matched_verb_is_unsupported():
    source = "Investigators believe the fire may have been started by sparks from farm machinery."
    assert verdict("Investigators believe the fire may have been started deliberately [1.1].", source) \
        == ("rejected", {"unsupported_detail"})
    assert verdict("Investigators believe the fire may have been started by sparks [1.1].", source) == ("supported", set())


def test_a_recommendation_is_not_the_act_it_recommends():
    source = "The Medicines Evaluation Board has recommended approval of Veltrazine."
    assert verdict("The Medicines Evaluation Board has approved Veltrazine [1.1].", source) == ("rejected", {"hedge_dropped"})
    assert verdict("The Medicines Evaluation Board recommended approval of Veltrazine [1.1].", source) \
        == ("supported", set())


def test_a_superlative_keeps_the_modifier_before_its_noun():
    source = "The final lasted two hours and 41 minutes, the longest women's final in the tournament's history."
    assert verdict("The final was the longest in the tournament's history [1.1].", source) \
        == ("rejected", {"quantifier_mismatch"})
    assert verdict("The final was the longest women's final in the tournament's history [1.1].", source) \
        == ("supported", set())
    # a level is no modifier: "its lowest level since 2015"
    assert verdict("Liberal Party support fell to 7 percent, its lowest since 2015 [1.1].",
                   "Support for the Liberal Party fell to 7 percent, its lowest level since 2015.") == ("supported", set())


def test_a_participle_added_to_open_a_clause_needs_its_counterpart():
    assert verdict("Varga will rise to ninth in the world rankings on Monday, equalling her career high [1.1].",
                   "Varga will rise to ninth in the world rankings on Monday, a career high.") \
        == ("rejected", {"unsupported_detail"})
    target = "Only 58 percent of patients were seen within 18 weeks, against a target of 92 percent."
    assert verdict("Only 58 percent of patients were seen within 18 weeks, meeting the target [1.1].", target)[0] \
        == "rejected"
    # a comparing participle whose figures stand as it says
    eps = "Adjusted earnings per share were 84 cents, compared with the 79 cents analysts had expected."
    assert verdict("Adjusted earnings per share came in at 84 cents, beating the 79 cents analysts had expected "
                   "[1.1].", eps) == ("supported", set())
    assert verdict("Adjusted earnings per share came in at 84 cents, missing the 79 cents analysts had expected "
                   "[1.1].", eps)[0] == "rejected"
    # a participle that joins a matched verb of its clause ("leaving a household paying")
    assert verdict("Ofgem will lower the price cap by 4 percent, leaving a typical household paying £1,690 a year "
                   "[1.1][1.2].", "Ofgem will lower the price cap by 4 percent. A typical household will pay "
                   "£1,690 a year under the new cap.") == ("supported", set())


def test_who_estimates_is_a_participant():
    source = "Corvane has not yet announced a price, but analysts estimate it could exceed 20,000 euros."
    # Since 2.11 "not yet announced a price" is read as the denial it is (2.10 took "yet" for a connective
    # and lost it, which let "Corvane has announced a price" pass): the claim's "Corvane … the price" is
    # matched in that denied clause, which the negation check now reports beside the estimating actor.
    assert verdict("Corvane estimates the price could exceed 20,000 euros [1.1].", source) \
        == ("rejected", {"unsupported_detail", "negation_mismatch"})
    assert verdict("Corvane has announced a price [1.1].", source)[0] == "rejected"
    assert verdict("Analysts estimate the price could exceed 20,000 euros [1.1].", source) == ("supported", set())


def test_a_count_of_another_verb_is_not_this_verbs():
    source = ("Seven of the nine members of the committee voted to keep rates unchanged, while two favoured a "
              "quarter-point cut.")
    assert verdict("Seven of the nine committee members favoured a quarter-point cut [1.1].", source) \
        == ("rejected", {"number_mismatch"})
    assert verdict("Twenty-three homes have been destroyed and eight damaged [1.1].",
                   "23 homes have been destroyed and 8 damaged.") == ("supported", set())


def test_a_unit_trades_no_places_with_a_participant():
    # fronting the pay ("at $21 an hour for drivers its members …") moves "hour" past "members"
    source = "MR. BRANDT (Bus Contractors Association): Our members pay drivers about $21 an hour, and we still cannot fill shifts."
    assert "role_swap" not in verdict("According to the contractors' association, even at roughly $21 an hour for "
                                      "drivers its members are unable to staff their shifts [1.1].", source)[1]
    # two nouns of a phrase still trade places
    assert verdict("The model learns visual concepts, sentences, and semantic parsing of words without supervision "
                   "[1.1].", "The model learns visual concepts, words, and semantic parsing of sentences without "
                   "supervision.")[0] == "rejected"


# From the false acceptances of the blind set r17 (written this stop, measured on d1d832a at 10 of 222).

def test_all_but_is_no_all():
    assert verdict("Police urged drivers to avoid all journeys [1.1].",
                   "Police urged drivers to avoid all but essential journeys.") == ("rejected", {"quantifier_mismatch"})
    assert verdict("Police urged drivers to avoid all but essential journeys [1.1].",
                   "Police urged drivers to avoid all but essential journeys.") == ("supported", set())


def test_already_added_says_it_has_happened():
    source = "The device will go on sale in the United States and Japan on 14 November."
    assert verdict("The device is already on sale in the United States and Japan [1.1].", source)[0] == "rejected"
    assert verdict("The device will go on sale in the United States and Japan [1.1].", source) == ("supported", set())


def test_a_doer_given_with_by_must_be_the_participles_own():
    fraud = "Prosecutors said he had forged signatures to move money into a company he controlled."
    assert verdict("Prosecutors said he had forged signatures to move money into a company controlled by his wife "
                   "[1.1].", fraud) == ("rejected", {"unsupported_detail"})
    floods = "The A55 was closed westbound near Conwy because of flooding. The council opened two rest centres for " \
             "people forced to leave their homes."
    assert verdict("The council opened two rest centres for people forced from their homes by the flooding that "
                   "closed the A55 [1.1][1.2].", floods) == ("rejected", {"unsupported_detail"})
    assert verdict("The A55 was closed by flooding [1.1].", "The A55 was closed by flooding near Conwy.") \
        == ("supported", set())


def test_counts_after_two_verbs_keep_their_verbs():
    source = "The company opened six new stores during the quarter and closed two."
    assert verdict("The company opened two new stores during the quarter and closed six [1.1].", source) \
        == ("rejected", {"number_mismatch"})
    assert verdict("The company opened six new stores in the quarter and closed two [1.1].", source) == ("supported", set())


def test_a_prepositions_object_after_a_figure_is_the_figures():
    budget = "The budget includes an extra 310 million pounds for the health service and a freeze on council tax."
    assert verdict("The budget includes an extra 310 million pounds for schools [1.1].", budget) \
        == ("rejected", {"substitution"})
    assert verdict("Northbridge United beat Castleford Rovers 3-1 at home on Saturday [1.1].",
                   "Northbridge United beat Castleford Rovers 3-1 at Marsh Lane on Saturday.")[0] == "rejected"
    # not "to" and a verb, nor an object that is a figure of its own
    assert verdict("Paper Lanterns cost roughly $110 million to produce [1.1].",
                   "Paper Lanterns cost about $110 million to make.") == ("supported", set())


def test_an_order_word_must_order_what_the_claim_puts_before_it():
    match = ("Substitute Kai Moreno sealed the win in stoppage time. Rovers finished the match with ten men after "
             "defender Owen Price was sent off for a second yellow card.")
    assert verdict("Moreno sealed the win in stoppage time after Owen Price had been sent off [1.1][1.2].", match) \
        == ("rejected", {"unsupported_detail"})
    assert verdict("Rovers finished with ten men after Owen Price was sent off [1.2].", match) == ("supported", set())


def test_a_currency_after_a_figure_is_the_figures_object():
    # (moved from the 2.5 tests, which expected unsupported_detail alone: 2.8 also names the swap)
    assert verdict("The pound slipped 0.2 percent against the dollar [1.1].",
                   "The pound slipped 0.2 percent against the euro.") == ("rejected", {"substitution", "unsupported_detail"})
