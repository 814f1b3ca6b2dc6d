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
    # A source that writes it mid-sentence, as a name ("Mr Fares"), keeps it a name to find (with no pronoun
    # there to refer to him).
    named = "HOST: Mr Fares went up in July. Will prices rise again? BRANDT: Not this year."
    result, codes = verdict(claim, named)
    assert result == "rejected" and "entity_mismatch" in codes


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


# -- from the blind review r10 (its false acceptances, each with a neighbour that must still pass) ---------

TRIAL = ("A jury at Harlow Crown Court on Wednesday found Marcus Lindqvist guilty of fraud after a six-week trial. "
         "He was acquitted of a separate charge of money laundering.")
VAN = ("The suspects were detained after officers stopped a stolen van on the Eastern Bypass. "
       "Officers recovered prescription drugs worth about $40,000 from the vehicle.")


def test_an_object_from_another_sentence_that_a_verb_of_its_own_governs_is_not_the_claims():
    assert verdict("A jury found Marcus Lindqvist guilty of money laundering [1.1][1.2].", TRIAL) \
        == ("rejected", {"unsupported_detail"})
    assert verdict("A jury found Marcus Lindqvist guilty of fraud [1.1].", TRIAL) == ("supported", set())
    # The verb's own sentence refers back to it ("the vehicle" after "a stolen van"): the same thing.
    assert verdict("Officers found prescription drugs worth about $40,000 in the van [1.1][1.2].", VAN) \
        == ("supported", set())


RECALL = ("The problem was discovered after three customers complained of finding plastic in the product. "
          "There have been no confirmed reports of injuries.")


def test_a_word_taken_from_a_sentence_that_denies_it_is_a_polarity_mismatch():
    # (2.8: also unsupported_detail, rightly: the "after" of [1.1] is of the complaints, and the injuries
    # the claim puts after it are [1.2]'s words)
    assert verdict("The problem was discovered after three customers were injured by plastic in the product "
                   "[1.1][1.2].", RECALL) == ("rejected", {"negation_mismatch", "unsupported_detail"})
    assert verdict("The problem was discovered after three customers complained of plastic in the product, and "
                   "there have been no confirmed reports of injuries [1.1][1.2].", RECALL) == ("supported", set())
    # A verb of speaking is the frame, not what is denied. (The second sentence has its speaker, "They":
    # words a cited sentence states with no speaker may not go to another's, see the passive-report test.)
    assert verdict("Officials reported 37 cases and two hospitalisations, with no deaths [1.1][1.2].",
                   "Health officials confirmed 37 cases of measles on Sunday. They said two patients had been "
                   "hospitalised, but no deaths had been reported.") == ("supported", set())


QUAKE = ("A magnitude 6.4 earthquake struck off the coast of northern Peru early on Tuesday, the U.S. Geological "
         "Survey said. At least three people were killed and 60 injured, according to Peru's civil defence agency.")


def test_according_to_names_a_speaker_who_must_say_what_the_claim_has_them_say():
    assert verdict("At least three people were killed and 60 injured, according to the U.S. Geological Survey "
                   "[1.1][1.2].", QUAKE) == ("rejected", {"speaker_mismatch"})
    assert verdict("At least three people were killed and 60 injured, according to Peru's civil defence agency "
                   "[1.2].", QUAKE) == ("supported", set())
    assert verdict("A magnitude 6.4 earthquake struck off northern Peru, according to the U.S. Geological Survey "
                   "[1.1].", QUAKE) == ("supported", set())


FINAL = ("Mia Chen won her first Grand Slam title on Sunday, defeating top seed Olga Petrova 6-4, 3-6, 7-5 in the final. "
         "The 21-year-old saved two match points in the third set.")


def test_a_figure_from_another_sentences_score_does_not_count_what_this_one_counts():
    assert verdict("Chen saved three match points in the third set [1.1][1.2].", FINAL) == ("rejected", {"unsupported_detail"})
    assert verdict("Chen saved two match points in the third set [1.1][1.2].", FINAL) == ("supported", set())


def test_the_one_a_participle_acts_on_does_not_win_what_its_subject_won():
    assert verdict("Olga Petrova won the final against Mia Chen [1.1].", FINAL) == ("rejected", {"role_swap"})
    assert verdict("Mia Chen won the final against Olga Petrova [1.1].", FINAL) == ("supported", set())


def test_a_subjects_owner_from_another_clause_is_not_this_clauses():
    source = "Crispin shares jumped 31 percent on the news, while Halden's slipped 2 percent."
    assert verdict("Halden shares jumped 31 percent on the news [1.1].", source) == ("rejected", {"unsupported_detail"})
    assert verdict("Crispin shares jumped 31 percent on the news [1.1].", source) == ("supported", set())
    assert verdict("Halden's shares slipped 2 percent [1.1].", source) == ("supported", set())


STEPS = ("Adults over 65 who walked at least 7,000 steps a day had a 30 percent lower risk of developing heart disease "
         "than those who walked fewer than 3,000 steps.")


def test_an_age_that_narrows_who_is_meant_may_not_be_dropped():
    assert verdict("Adults who walked at least 7,000 steps a day had a 30 percent lower risk of heart disease [1.1].",
                   STEPS) == ("rejected", {"quantifier_mismatch"})
    assert verdict("Adults over 65 who walked at least 7,000 steps a day had a 30 percent lower risk of heart disease "
                   "[1.1].", STEPS) == ("supported", set())
    # A span of time after a noun is no age: "customers over six years".
    assert verdict("Lindqvist embezzled $3.2 million from elderly customers [1.1].",
                   "Lindqvist embezzled $3.2 million from elderly customers over six years.") == ("supported", set())


def test_a_superlatives_scope_is_not_found_in_another_phrase():
    source = ("Reading scores at Hillcrest Middle School rose 8 points this year, the highest gain in the district, "
              "according to state test results released on Friday.")
    # (since 2.18 also a substitution: "state" stands where the source's phrase after "gain in" has "district")
    assert verdict("Reading scores at Hillcrest rose 8 points, the highest gain in the state [1.1].", source) \
        == ("rejected", {"quantifier_mismatch", "substitution"})
    assert verdict("Reading scores at Hillcrest rose 8 points, the highest gain in the district [1.1].", source) \
        == ("supported", set())


def test_a_word_for_the_source_is_news_unless_it_names_the_source():
    source = "Owners will be notified by letter starting on November 15."
    assert verdict("Owners will be notified by email starting on November 15 [1.1].", source)[0] == "rejected"
    email = "Hi Sam, the quote for the roof is $4,000. We can start on Monday."
    assert verdict("The email says the quote for the roof is $4,000 [1.1].", email) == ("supported", set())


def test_a_claims_one_before_a_noun_its_source_counts_otherwise():
    source = "Officials urged parents to check that their children had received both doses of the MMR vaccine."
    assert verdict("Officials urged parents to check that their children had received one dose of the MMR vaccine "
                   "[1.1].", source) == ("rejected", {"unsupported_detail"})
    assert verdict("Officials urged parents to check that their children had received two doses of the MMR vaccine "
                   "[1.1].", source) == ("supported", set())
    # "one of the two charges" is one charge; a lone "one" before a noun the source does not count is no figure.
    assert verdict("The jury acquitted Lamont of one charge [1.1].",
                   "The jury acquitted Lamont of one of the two charges.") == ("supported", set())
    assert verdict("One person died in the fire [1.1].", "A person died in the fire.") == ("supported", set())


# -- from the blind review r10 (its false rejections, each with a neighbour that must still be rejected) ----

def test_declined_is_a_fall_unless_it_refuses_something():
    source = "European stocks fell on Friday after data showed inflation rose to 3.1 percent in November."
    assert verdict("European shares declined on Friday after inflation rose to 3.1 percent in November [1.1].",
                   source) == ("supported", set())
    refusal = "The minister declined to comment on Friday."
    assert verdict("The minister commented on Friday [1.1].", refusal)[0] == "rejected"


PROPOSAL = "The county planning commission has rejected a proposal to build 320 apartments."


def test_a_denying_verb_said_in_another_word_is_the_same_event():
    assert verdict("The county planning commission turned down a proposal to build 320 apartments [1.1].",
                   PROPOSAL) == ("supported", set())
    assert verdict("The commission did not turn down the proposal [1.1].", "The commission rejected the proposal.") \
        == ("rejected", {"negation_mismatch"})
    assert verdict("The commission turned down the proposal [1.1].", "The commission did not reject the proposal.")[0] \
        == "rejected"
    # "planning commission" is a body, not a plan: dropping "planning" drops no hedge.
    assert verdict("The commission has rejected a proposal to build 320 apartments [1.1].", PROPOSAL) == ("supported", set())


def test_a_speaker_matched_where_it_does_not_speak_may_speak_in_another_cited_sentence():
    sources = ("Voters re-elected Governor Teresa Amundsen with 54.2 percent, according to preliminary results from "
               "the electoral commission. The commission said final results would be certified by March 14.")
    assert verdict("The electoral commission said final results would be certified by March 14 [1.1][1.2].",
                   sources) == ("supported", set())
    assert verdict("The electoral commission said final results would be certified by March 14 [1.1].",
                   sources)[0] == "rejected"


def test_according_to_a_name_of_several_words_is_its_speaker():
    source = ("The fire at the Tarvos plant started in a storage warehouse shortly after 10 p.m., according to the "
              "Kessel fire brigade.")
    assert verdict("The Kessel fire brigade said the fire started in a storage warehouse [1.1].", source) \
        == ("supported", set())
    assert verdict("The Tarvos plant said the fire started in a storage warehouse [1.1].", source)[0] == "rejected"


def test_a_month_after_an_opening_preposition_is_a_figure_of_the_source():
    source = "Last July, Seville recorded 46 degrees, its highest temperature on record."
    assert verdict("Seville recorded 46 degrees last July, its highest temperature on record [1.1].", source) \
        == ("supported", set())
    assert verdict("Seville recorded 46 degrees last June, its highest temperature on record [1.1].", source) \
        == ("rejected", {"number_mismatch"})


INTERVIEW_TURN = "INTERVIEWER: Minister, your government promised 50,000 new homes this year."


def test_a_neutral_reporting_verb_is_a_frame_like_said():
    assert verdict("The interviewer noted that the government had promised 50,000 new homes this year [1.1].",
                   INTERVIEW_TURN) == ("supported", set())
    # A verb that takes a stand is no frame.
    assert verdict("The interviewer admitted that the government had promised 50,000 new homes this year [1.1].",
                   INTERVIEW_TURN)[0] == "rejected"


def test_an_answering_no_denies_the_question_not_the_clause_after_it():
    source = "HOST: Did you think of quitting? RIOS: No, my coach convinced me to stay."
    assert verdict("Rios said her coach convinced her to stay [1.2].", source) == ("supported", set())
    assert verdict("Rios said she thought of quitting [1.1][1.2].", source)[0] == "rejected"


def test_a_role_given_to_a_name_needs_a_counterpart():
    source = "BELL: Is the reef dead? SATO: No, and that's a common misunderstanding."
    assert verdict("Sato told host Bell that the reef was not dead [1.1][1.2].", source) \
        == ("rejected", {"unsupported_detail"})
    assert verdict("Sato told Bell that the reef was not dead [1.1][1.2].", source) == ("supported", set())


def test_a_word_after_a_determiner_and_a_figure_is_a_noun_not_a_phrasal_verb():
    source = "Sanders resigned after a 40 percent fall in Lumen's share price this year."
    assert verdict("Sanders resigned after a 40 percent drop in Lumen's share price this year [1.1].", source) \
        == ("supported", set())
    # A verb and its particle after a subject still read as one ("called off").
    assert verdict("The government called off the talks [1.1].", "The government cancelled the talks.") \
        == ("supported", set())


def test_a_verb_the_source_says_as_a_noun_is_no_pivot_for_an_exchange_of_figures():
    source = ("A city-wide fluoride programme in Westhaven was followed by a 21 percent drop in tooth decay among "
              "children aged 5 to 12.")
    assert verdict("Tooth decay among Westhaven children aged 5 to 12 fell 21 percent after a city-wide fluoride "
                   "programme [1.1].", source) == ("supported", set())
    assert verdict("Tooth decay among Westhaven children aged 5 to 21 fell 12 percent after a city-wide fluoride "
                   "programme [1.1].", source)[0] == "rejected"


def test_a_decade_is_ten_years():
    assert verdict("The family had waited ten years for the ruling [1.1].",
                   "The family had waited a decade for the ruling.") == ("supported", set())
    assert verdict("The family had waited eight years for the ruling [1.1].",
                   "The family had waited a decade for the ruling.")[0] == "rejected"


@pytest.mark.parametrize("claim, source", [
    ("The lower house passed the housing bill on Thursday [1.1].", "The lower house approved the housing bill on Thursday."),
    ("Asher was cleared of a separate charge [1.1].", "Asher was acquitted of a separate charge."),
    ("Police held two men after the raid [1.1].", "Police detained two men after the raid."),
    ("The office said it was reviewing the ruling [1.1].", "The office said it was reviewing the decision."),
    ("Crispin shares soared 31 percent [1.1].", "Crispin shares jumped 31 percent."),
    ("Traders said the data made a rate cut less likely [1.1].", "Traders said the figures made a rate cut less likely."),
    ("Strand has excluded a coalition with the Homeland Party [1.1].", "Strand has ruled out a coalition with the Homeland Party."),
    ("The WMO called on governments to cut emissions [1.1].", "The WMO urged governments to cut emissions."),
    ("The school launched a tutoring programme in September [1.1].", "The school started a tutoring programme in September."),
    ("Tests found no dangerous levels of toxic gases [1.1].", "Tests showed no dangerous levels of toxic gases."),
    ("CoastLink halted rail services north of Bramley [1.1].", "CoastLink suspended rail services north of Bramley."),
    ("Farmers condemned the trade deal [1.1].", "Farmers condemned the trade agreement."),
    ("Sanders stepped down as chief executive [1.1].", "Sanders resigned as chief executive."),
    ("Lee promised to fight the charges [1.1].", "Lee vowed to fight the charges."),
])
def test_news_synonyms_of_lexicon_extra_13(claim, source):
    assert verdict(claim, source) == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    ("The house passed the bill [1.1].", "The house rejected the bill."),
    ("The court cleared him of fraud [1.1].", "The court convicted him of fraud."),
    ("Shares soared 31 percent [1.1].", "Shares fell 31 percent."),
    ("The firm halted production [1.1].", "The firm started production."),
    ("She resigned as chief executive [1.1].", "She was fired as chief executive."),
])
def test_the_new_synonyms_do_not_cross_to_opposites(claim, source):
    assert verdict(claim, source)[0] == "rejected"


# -- names, references and transcript turns ------------------------------------------------------------

def test_a_name_the_sources_write_mid_sentence_is_a_name_though_the_lexicon_knows_the_word():
    source = "Mia Chen won the final on Sunday. Chen said she had not slept. She will rise to fourth in the rankings."
    assert verdict("Chen will rise to fourth in the rankings [1.3].", source) == ("supported", set())
    # The reference must still be to her: a sentence before that names another leaves it open.
    other = "Mia Chen won the final on Sunday. Petrova said she had not slept. She will rise to fourth in the rankings."
    result, codes = verdict("Chen will rise to fourth in the rankings [1.3].", other)
    assert result == "rejected" and "entity_mismatch" in codes


TRIAL_PRONOUNS = ("A jury found Marcus Lindqvist guilty of fraud on Wednesday. "
                  "Prosecutors said Lindqvist had taken more than £2.3 million from investors. "
                  "He was acquitted of a separate charge of money laundering.")


def test_a_reference_reads_past_a_capitalised_common_word_that_opens_the_sentence_before():
    assert verdict("Lindqvist was cleared of a separate charge of money laundering [1.3].", TRIAL_PRONOUNS) \
        == ("supported", set())
    assert verdict("Lindqvist was cleared of a separate charge of money laundering [1.3].",
                   TRIAL_PRONOUNS.replace("Prosecutors said Lindqvist", "Judge Carver said Lindqvist"))[0] == "rejected"


RECALL_CHAIN = ("Kestrel Motors is recalling 84,000 SUVs. The recall covers 2022 models of the Kestrel Ridge. "
                "Dealers will replace the sensor free of charge. "
                "The company said it was aware of no crashes linked to the problem.")


def test_a_reference_reads_back_past_sentences_that_name_nobody():
    assert verdict("Kestrel said it knew of no crashes linked to the problem [1.4].", RECALL_CHAIN) == ("supported", set())
    # "Dealers" opens its sentence as a common word; "Hartmann Dealers" would be a name, and the reference open.
    assert verdict("Kestrel said it knew of no crashes linked to the problem [1.4].",
                   RECALL_CHAIN.replace("Dealers will", "Hartmann Dealers will"))[0] == "rejected"


def test_a_company_reference_passes_over_a_person_named_after_a_title():
    source = ("Norvik Systems reported revenue of $4.8 billion. Chief executive Anna Lindholm said demand remained "
              "strong. The company raised its full-year revenue forecast.")
    assert verdict("Norvik raised its full-year revenue forecast [1.3].", source) == ("supported", set())
    # A pronoun may be the person's: "He raised …" after Lindholm's sentence is not Norvik's.
    assert verdict("Norvik raised its full-year revenue forecast [1.3].",
                   source.replace("The company raised", "She raised"))[0] == "rejected"


TRANSCRIPT = ("HOST: Is the reef dead? SATO: No, and that's a common misunderstanding. "
              "Bleached coral is stressed, not dead.")


def test_a_turn_that_runs_on_without_its_label_is_its_labels():
    assert verdict("Sato said bleached coral is stressed, not dead [1.2][1.3].", TRANSCRIPT) == ("supported", set())
    assert verdict("The host said bleached coral is stressed, not dead [1.1][1.3].", TRANSCRIPT)[0] == "rejected"


def test_a_name_inside_a_relative_clause_before_the_verb_is_not_the_speaker():
    source = ("HOST: I'm joined by Dr Hanna Sato, who has spent ten years studying coral reefs off Okinawa. "
              "SATO: Last summer bleaching affected roughly 70% of the reef we monitor.")
    assert verdict("Sato, who studies reefs off Okinawa, said bleaching affected roughly 70% of the reef she "
                   "monitors last summer [1.1][1.2].", source) == ("supported", set())


# -- from the blind review r11 (its false acceptances), each with a neighbour that must still pass --------

FINES = ("One of the suppliers, Meadow Farms, received a reduced fine of 3 million euros because it had cooperated "
         "with the investigation. The other supplier, Kelby Dairies, was not fined because it had reported the "
         "scheme to the authority.")


def test_a_cause_from_one_cited_sentence_is_not_the_cause_of_anothers_event():
    assert verdict("Kelby Dairies was not fined because it had cooperated with the investigation [1.1][1.2].", FINES) \
        == ("rejected", {"unsupported_detail"})
    assert verdict("Kelby Dairies was not fined because it had reported the scheme to the authority [1.2].", FINES) \
        == ("supported", set())


WIND_FARM = ("Fishing groups said the turbines would damage fishing grounds. "
             "The developer, Borealis Energy, will pay 40 million euros a year into a fund for coastal communities.")


def test_a_noun_that_is_the_subject_of_another_sentences_verb_is_not_this_verbs_object():
    assert verdict("Borealis Energy will pay 40 million euros a year into a fund for fishing groups [1.1][1.2].",
                   WIND_FARM) == ("rejected", {"unsupported_detail"})
    assert verdict("Borealis Energy will pay 40 million euros a year into a fund for coastal communities [1.2].",
                   WIND_FARM) == ("supported", set())


def test_what_a_person_says_in_another_cited_sentence_is_not_an_organisations():
    sources = ["The regional fire service said it had rescued 63 people from flooded homes.",
               "Interior Minister Erik Sand announced 15 million euros in aid. He said the money would be used to "
               "repair roads and bridges."]
    assert verdict("The regional fire service said it had rescued 63 people and would repair roads and bridges "
                   "[1.1][2.2].", sources) == ("rejected", {"speaker_mismatch"})
    assert verdict("The regional fire service said it had rescued 63 people [1.1].", sources) == ("supported", set())


def test_a_year_earlier_is_no_rate_for_annual():
    source = "Lumina Software reported quarterly revenue of $3.2 billion, up 12 percent from a year earlier."
    assert verdict("Lumina Software reported annual revenue of $3.2 billion [1.1].", source)[0] == "rejected"
    assert verdict("Lumina Software reported quarterly revenue of $3.2 billion [1.1].", source) == ("supported", set())
    assert verdict("The plant processes 25,000 tonnes annually [1.1].", "The plant processes 25,000 tonnes a year.") \
        == ("supported", set())


def test_an_ordinal_is_read_with_the_noun_it_ranks():
    source = "Dev Rao scored 118 in the first innings, his third Test century."
    assert verdict("Dev Rao scored 118 in the first innings, his first Test century [1.1].", source) \
        == ("rejected", {"unsupported_detail"})
    assert verdict("Dev Rao scored 118 in the first innings, his third Test century [1.1].", source) == ("supported", set())


# -- from the blind review r11 (its false rejections) --------------------------------------------------------

def test_figures_of_different_kinds_cannot_trade_places():
    source = ("A poll published on Tuesday by the Nordlys Institute put the Social Democrats at 28 percent, two "
              "points ahead of the Conservatives.")
    assert verdict("The Social Democrats were at 28 percent, two points ahead of the Conservatives, in a Nordlys "
                   "Institute poll published on Tuesday [1.1].", source) == ("supported", set())


def test_a_disease_named_for_a_person_is_no_owner():
    source = "An experimental drug for Alzheimer's disease slowed cognitive decline by 27 percent."
    assert verdict("An experimental Alzheimer's drug slowed cognitive decline by 27 percent [1.1].", source) \
        == ("supported", set())
    assert verdict("The children's school closed [1.1].", "The children's parents closed the school.")[0] == "rejected"


def test_a_word_with_a_negative_prefix_says_not():
    source = "Commuter rail services were not affected by the strike."
    assert verdict("Commuter rail services were unaffected by the strike [1.1].", source) == ("supported", set())
    assert verdict("Commuter rail services were affected by the strike [1.1].", source)[0] == "rejected"
    # Only a prefix that negates the same word: "closed" is no "not open".
    assert verdict("The road was closed on Monday [1.1].", "The road was not open on Monday.")[0] == "rejected"


def test_declined_to_a_figure_is_a_fall():
    source = "Net income fell to $410 million as the company spent more on data centres."
    assert verdict("Net income declined to $410 million as the company spent more on data centres [1.1].", source) \
        == ("supported", set())
    assert verdict("Net income declined to $510 million as the company spent more on data centres [1.1].", source)[0] \
        == "rejected"


def test_nobody_is_no_name():
    assert verdict("Nobody was hurt, though some 200 residents were evacuated [1.1].",
                   "No one was injured, though some 200 residents were evacuated.")[0] == "supported"
    assert verdict("Nobody was evacuated [1.1].", "Some 200 residents were evacuated.")[0] == "rejected"


def test_a_denial_in_a_relative_clause_does_not_reach_the_speakers_words():
    source = "Petrova, who had not dropped a set all week, said she was disappointed but proud of her run."
    assert verdict("Petrova said she was disappointed but proud of her run [1.1].", source) == ("supported", set())
    assert verdict("Petrova said she was not proud of her run [1.1].", source)[0] == "rejected"


def test_a_speaker_with_an_appositive_speaks_for_the_pooling_check():
    sources = ("Supervisor Dale Hicks, the lone no vote, said the moratorium would hurt small property owners. "
               "Supervisor Irene Wu asked staff to include data on vacancy rates.")
    assert verdict("Supervisor Irene Wu said the moratorium would hurt small property owners [1.1][1.2].", sources) \
        == ("rejected", {"speaker_mismatch"})
    assert verdict("Supervisor Dale Hicks said the moratorium would hurt small property owners [1.1].", sources) \
        == ("supported", set())


def test_unless_is_if_not():
    source = "Okafor said the strike would last at least five days unless the authority returned to talks."
    assert verdict("Okafor said the strike would last at least five days if the authority did not return to talks "
                   "[1.1].", source) == ("supported", set())
    assert verdict("Okafor said the strike would last at least five days if the authority returned to talks [1.1].",
                   source)[0] == "rejected"


@pytest.mark.parametrize("claim, source", [
    ("Brightway Foods is recalling 12,000 pounds of chicken nuggets, the USDA said [1.1].",
     "Brightway Foods is recalling 12,000 pounds of chicken nuggets, the U.S. Department of Agriculture said."),
    ("Kestrel is recalling 84,000 SUVs in the U.S., NHTSA said [1.1].",
     "Kestrel is recalling 84,000 SUVs in the United States, the National Highway Traffic Safety Administration said."),
    ("The Financial Conduct Authority fined Marlowe Bank £18 million [1.1].", "The FCA fined Marlowe Bank £18 million."),
])
def test_an_acronym_names_what_it_spells(claim, source):
    assert verdict(claim, source) == ("supported", set())


def test_an_acronym_spells_only_its_own_name():
    source = "The U.S. Department of Agriculture said the recall covered 12,000 pounds."
    assert verdict("The FDA said the recall covered 12,000 pounds [1.1].", source)[0] == "rejected"
    assert verdict("The Food and Drug Administration said the recall covered 12,000 pounds [1.1].", source)[0] == "rejected"


def test_a_denial_counts_in_the_sentence_where_its_words_are_matched():
    sources = ("The Financial Conduct Authority fined Marlowe Bank on Wednesday for failing to protect customers in "
               "financial difficulty. The regulator said the bank had charged late fees to more than 40,000 customers.")
    assert verdict("The regulator said the bank had charged late fees to more than 40,000 customers [1.1][1.2].",
                   sources) == ("supported", set())
    # Where the claim's words are matched in the denying sentence, it still counts.
    assert verdict("Marlowe Bank protected customers in financial difficulty [1.1][1.2].", sources)[0] == "rejected"


@pytest.mark.parametrize("verb", ["argued", "warned", "stressed", "explained"])
def test_reporting_verbs_with_a_tone_are_frames(verb):
    source = "Opposition leader Marta Kowal said the cap would deter landlords from building new homes."
    assert verdict(f"Opposition leader Marta Kowal {verb} the cap would deter landlords from building new homes [1.1].",
                   source) == ("supported", set())


def test_a_frame_verb_does_not_hide_who_speaks_or_a_stance():
    source = "Opposition leader Marta Kowal said the cap would deter landlords from building new homes."
    assert verdict("Housing minister Lena Berg warned the cap would deter landlords from building new homes [1.1].",
                   source)[0] == "rejected"
    assert verdict("Opposition leader Marta Kowal admitted the cap would deter landlords from building new homes [1.1].",
                   source)[0] == "rejected"
    # "added" is no frame where it adds a goal.
    assert verdict("Barrenetxea added a fourth in the 78th minute [1.1].",
                   "Substitute Ander Barrenetxea added a third in the 78th minute.")[0] == "rejected"


def test_far_from_denies_what_follows_the_speakers_that():
    source = "Kestrel manager Gina Rossi said her side had earned the right to dream but warned that the season was far from over."
    assert verdict("Kestrel manager Gina Rossi warned that the season was far from over [1.1].", source) == ("supported", set())
    assert verdict("Kestrel manager Gina Rossi warned that the season was over [1.1].", source)[0] == "rejected"


def test_a_present_in_a_when_clause_or_a_schedule_may_tell_of_the_future():
    assert verdict("The device will cost $1,499 when it goes on sale in the United States [1.1].",
                   "The device will go on sale in the United States on March 14 at a price of $1,499.") \
        == ("supported", set())
    assert verdict("The two teams will meet again in next month's cup quarter-final [1.1].",
                   "The two sides meet again in the cup quarter-final next month.") == ("supported", set())
    # A bare form that may be past still is: "cut" told as to come.
    assert verdict("The firm will cut 500 jobs [1.1].", "The firm cut 500 jobs last year.")[0] == "rejected"
    assert verdict("The firm will close the plant [1.1].", "The firm closed the plant.")[0] == "rejected"


def test_a_second_speaker_after_while_ends_the_first_speakers_words():
    sources = ["Mayor Paula Lind said the town's flood barriers had been overwhelmed.",
               "Opposition politicians said the government had ignored warnings about the flood barriers."]
    assert verdict("Mayor Paula Lind said the flood barriers had been overwhelmed, while opposition politicians "
                   "said warnings about them had been ignored [1.1][2.1].", sources) == ("supported", set())
    assert verdict("Mayor Paula Lind said the flood barriers had been overwhelmed and warnings about them had been "
                   "ignored [1.1][2.1].", sources)[0] == "rejected"


@pytest.mark.parametrize("claim, source", [
    ("Lumina plans to hire 2,000 engineers, mainly in India [1.1].", "Lumina plans to recruit 2,000 engineers, mostly in India."),
    ("Emergency care carried on as usual [1.1].", "Emergency care carried on as normal."),
    ("A mediator will meet both parties on Thursday [1.1].", "A mediator will meet both sides on Thursday."),
    ("Lopez said she was concerned about traffic [1.1].", "Lopez said she was worried about traffic."),
    ("The owners had initially claimed 5 million euros [1.1].", "The owners had originally claimed 5 million euros."),
    ("Petrova had not lost a set all week [1.1].", "Petrova had not dropped a set all week."),
    ("Judge Santos found that the firm had used substandard concrete [1.1].",
     "Judge Santos ruled that the firm had used substandard concrete."),
    ("Waits for knee surgery were 8 percent shorter [1.1].", "Waits for knee operations were 8 percent shorter."),
    ("The ward had trouble recruiting midwives [1.1].", "The ward struggled to recruit midwives."),
])
def test_news_synonyms_of_lexicon_extra_16(claim, source):
    assert verdict(claim, source) == ("supported", set())


def test_a_word_for_a_person_opening_a_claim_before_a_noun_is_a_modifier():
    source = "Rail services were not expected to be affected in the eastern region."
    assert verdict("Commuter rail services were not expected to be affected in the eastern region [1.1].", source) \
        == ("supported", set())
    # Before a verb it may be a surname: "Hunter delivered the speech" names a Hunter the source does not.
    result, codes = verdict("Hunter delivered the keynote speech on Monday [1.1].",
                            "Smith delivered the keynote speech on Monday.")
    assert result == "rejected" and "entity_mismatch" in codes
    # An irregular plural opening a claim is common: "People" names nobody.
    assert "entity_mismatch" not in verdict("People without immunity should watch for symptoms [1.1].",
                                            "Anyone who is not immune should watch for symptoms.")[1]


# -- from the blind review r12 (its false acceptances), each with a neighbour that must still pass --------

def test_a_word_for_word_stretch_between_distant_anchors_is_one_slot():
    source = "Detectives said watches worth about 120,000 pounds were taken during the raid on Saturday night."
    assert verdict("Detectives said rings worth about 120,000 pounds were taken during the raid on Saturday night "
                   "[1.1].", source) == ("rejected", {"substitution"})
    assert verdict("Detectives said watches worth about 120,000 pounds were taken during the raid [1.1].", source) \
        == ("supported", set())


INTRO = ("PRESENTER: This is City Talk, and I'm joined by transport commissioner Ahmed Rana and cycling campaigner "
         "Lucy Shaw.")


def test_what_a_claim_says_someone_is_must_be_what_the_source_calls_them():
    assert verdict("Lucy Shaw is the transport commissioner [1.1].", INTRO) == ("rejected", {"unsupported_detail"})
    assert verdict("Ahmed Rana is the transport commissioner [1.1].", INTRO) == ("supported", set())
    assert verdict("Lucy Shaw is a cycling campaigner [1.1].", INTRO) == ("supported", set())
    assert verdict("Lucy Shaw is a cycling coach [1.1].", INTRO)[0] == "rejected"
    # A title's point ends no clause: "Dr. Priya Nair" is one name.
    nair = "HOST: I'm Claire Dunn, and with me is marine biologist Dr. Priya Nair."
    assert verdict("Dr. Priya Nair is a marine biologist [1.1].", nair) == ("supported", set())
    assert verdict("Claire Dunn is a marine biologist [1.1].", nair)[0] == "rejected"
    # "It is …" says nothing of anyone.
    assert verdict("It is the biggest acquisition in Veltrix's history [1.1].",
                   "The deal is the biggest acquisition in Veltrix's history.") == ("supported", set())


def test_an_item_added_to_a_list_needs_a_counterpart():
    source = "Officers recovered a stolen van in a car park near the railway station."
    assert verdict("Officers recovered a stolen van and the stolen watches in a car park [1.1].", source) \
        == ("rejected", {"unsupported_detail"})
    assert verdict("Officers recovered a stolen van in a car park [1.1].", source) == ("supported", set())


def test_a_relative_time_keeps_its_point():
    source = "The board proposed closing the school at the end of the next academic year."
    assert verdict("The board proposed closing the school at the end of this academic year [1.1].", source) \
        == ("rejected", {"unsupported_detail"})
    assert verdict("The board proposed closing the school at the end of next year [1.1].", source) == ("supported", set())


def test_in_support_of_is_the_opposite_of_against():
    source = "Residents' group Save Dalton Fields had collected 2,100 signatures against the development."
    assert verdict("Save Dalton Fields had collected 2,100 signatures in support of the development [1.1].", source) \
        == ("rejected", {"antonym"})
    assert verdict("Save Dalton Fields had collected 2,100 signatures against the development [1.1].", source) \
        == ("supported", set())


def test_fell_short_of_denies_what_follows():
    source = "Wanjiru's time was a meeting record but fell short of her personal best."
    assert verdict("Wanjiru's time was a meeting record and a personal best [1.1].", source)[0] == "rejected"
    assert verdict("Wanjiru's time was a meeting record [1.1].", source) == ("supported", set())


def test_a_figure_from_another_clause_does_not_count_this_clauses_noun():
    source = "More than 60,000 homes lost power, and about 9,000 were still without electricity on Monday afternoon."
    assert verdict("About 9,000 homes lost power [1.1].", source) == ("rejected", {"unsupported_detail"})
    assert verdict("More than 60,000 homes lost power [1.1].", source) == ("supported", set())


def test_a_passive_report_is_no_speaker_of_a_sentence():
    sources = ("Chief medical officer Dr. Paul Lindqvist urged parents to check their children's records. "
               "No deaths have been reported, but six children were admitted to hospital.")
    assert verdict("Six children were hospitalised, Dr. Paul Lindqvist said [1.1][1.2].", sources) \
        == ("rejected", {"speaker_mismatch"})
    assert verdict("Six children were admitted to hospital [1.2].", sources) == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    ("Voss said the Greens had refused to abandon their demand [1.1].", "Voss said the Greens had refused to drop their demand."),
    ("Judge Campbell postponed sentencing until January 14 [1.1].", "Judge Campbell adjourned sentencing until January 14."),
    ("A poll released on Wednesday showed 58 percent want an election [1.1].",
     "A poll published on Wednesday showed 58 percent want an election."),
    ("Transatlantic demand softened [1.1].", "Transatlantic demand weakened."),
    ("Dealers will check the buckles [1.1].", "Dealers will inspect the buckles."),
    ("Harlow will meet Bexley in the final [1.1].", "Harlow will face Bexley in the final."),
    ("Faith Wanjiru of Kenya won the 5,000 metres [1.1].", "Kenyan Faith Wanjiru won the 5,000 metres."),
])
def test_news_synonyms_and_demonyms_of_lexicon_extra_18(claim, source):
    assert verdict(claim, source) == ("supported", set())


def test_a_demonym_names_its_own_country_only():
    assert verdict("Faith Wanjiru of Ethiopia won the 5,000 metres [1.1].", "Kenyan Faith Wanjiru won the 5,000 metres.")[0] \
        == "rejected"
