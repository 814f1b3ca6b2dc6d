"""Rules of verifier 2.3, each from a false acceptance an independent review found: bounds on spans of
time, "away from", figures and ordinals dropped under a negation, attempts and fears dropped, and
deliberation as a weaker intention. Each with the case that must fail and one close to it that must pass;
expectations decided by reading each pair."""

from __future__ import annotations

import pytest

from summarizer import verify


def verdict(claim: str, source: str) -> tuple[str, set[str]]:
    checked = verify(claim, [source]).claims[0]
    return checked.verdict, {r.code for r in checked.reasons}


def test_a_bound_on_a_span_of_time_holds_in_any_unit():
    # "up to two weeks" is at most 14 days: "took 14 days" drops the bound, in days as in weeks.
    assert verdict("The repairs took 14 days [1.1].", "The repairs took up to two weeks.") == ("rejected", {"number_mismatch"})
    assert verdict("The repairs took two weeks [1.1].", "The repairs took up to two weeks.") == ("rejected", {"number_mismatch"})
    assert verdict("The repairs took up to 14 days [1.1].", "The repairs took up to two weeks.")[0] == "supported"


def test_a_span_and_its_count_are_named_once_in_the_reason():
    checked = verify("The repairs took two weeks [1.1].", ["The repairs took up to two weeks."]).claims[0]
    assert checked.reasons[0].details["missing"] == ["two weeks"]


@pytest.mark.parametrize("claim", [
    "The troops moved towards the city [1.1].",
    "The troops moved to the city [1.1].",
    "The troops marched towards the city [1.1].",
])
def test_towards_is_not_away_from(claim):
    source = claim.replace(" [1.1]", "").replace("towards", "away from").replace("to the", "away from the")
    assert verdict(claim, source) == ("rejected", {"substitution"})


def test_away_from_is_from():
    assert verdict("The troops moved from the city [1.1].", "The troops moved away from the city.")[0] == "supported"
    assert verdict("The troops moved away from the city [1.1].", "The troops moved from the city.")[0] == "supported"


@pytest.mark.parametrize("claim, source, dropped", [
    ("She did not win a medal at the Olympics [1.1].", "She did not win a medal at the 2020 Olympics.", "2020"),
    ("No one was injured during the exercise [1.1].", "No one was injured during the first exercise.", "first"),
    ("The coastguard did not board any boats during the patrol [1.1].",
     "The coastguard did not board any other boats during the patrol.", "other"),
])
def test_a_figure_ordinal_or_other_dropped_under_a_negation_widens_the_denial(claim, source, dropped):
    checked = verify(claim, [source]).claims[0]
    assert checked.verdict == "rejected"
    scope = [r for r in checked.reasons if r.code == "negation_scope"]
    assert scope and scope[0].details["evidence_words"] == [dropped]  # not "one" of "No one"


def test_kept_figures_and_other_under_a_negation_pass():
    # The claim writes "other" and "2020" too; "No one" is a pronoun, not the figure one.
    assert verdict("The navy did not fire any other missiles [1.1].", "The navy did not fire any other missiles.")[0] == "supported"
    assert verdict("She did not win a medal at the 2020 Olympics [1.1].", "She did not win a medal at the 2020 Olympics.")[0] == "supported"
    assert verdict("No one was injured during the exercise [1.1].", "No one was injured during the exercise.")[0] == "supported"


@pytest.mark.parametrize("source", [
    "Roe said the company would try to cut jobs.",
    "Roe said she feared the company would cut jobs.",
    "Roe said the company wanted to cut jobs.",
])
def test_an_attempt_a_wish_or_a_fear_dropped_is_a_hedge_dropped(source):
    code_set = verdict("Roe said the company would cut jobs [1.1].", source)
    assert code_set[0] == "rejected" and code_set[1] & {"hedge_dropped", "modality_mismatch"}


def test_deliberation_is_a_weaker_intention():
    considering = "The firm is considering whether to cut jobs."
    plans = "The firm plans to cut jobs."
    # ("plans" is also a word to match: nothing in the source says it, hence a substitution too.)
    assert "modality_mismatch" in verdict("The firm plans to cut jobs [1.1].", considering)[1]
    assert "modality_mismatch" in verdict("The firm would try to cut jobs [1.1].", considering)[1]
    # Saying less of a plan passes: weighing a step is implied by meaning to take it.
    assert verdict("The firm is considering whether to cut jobs [1.1].", plans)[0] == "supported"
    assert verdict("The firm plans to cut jobs [1.1].", plans)[0] == "supported"


def test_a_counterfactual_is_neither_a_prediction_nor_a_fact():
    # "would have cut jobs had sales fallen": the jobs were not cut, and nobody predicted they would be.
    source = "Roe said the company would have cut jobs had sales fallen."
    assert verdict("Roe said the company would cut jobs [1.1].", source) == ("rejected", {"modality_mismatch"})
    assert verdict("The company cut jobs [1.1].", "The company would have cut jobs.") == ("rejected", {"hedge_dropped"})
    assert verdict("Roe said the company would have cut jobs had sales fallen [1.1].", source)[0] == "supported"
    # "have" after no modal is no hedge.
    assert verdict("The company cut jobs [1.1].", "The companies have cut jobs.")[0] == "supported"


@pytest.mark.parametrize("claim, source, owned", [
    ("The man was aged 30 [1.1].", "The man's son was 30 years old.", "son"),
    # The owned noun ends the words after the possessive, figures and names included (third review).
    ("The minister was arrested on Tuesday [1.1].", "The minister's 45-year-old driver was arrested on Tuesday.", "driver"),
    ("Tesla reported a loss for the quarter [1.1].", "Tesla's Chinese unit reported a loss for the quarter.", "unit"),
    ("Japan recalled one million cars [1.1].", "Japan's Toyota recalled one million cars.", "Toyota"),
])
def test_the_owner_is_not_what_it_owns(claim, source, owned):
    checked = verify(claim, [source]).claims[0]
    assert checked.verdict == "rejected"
    swap = next(r for r in checked.reasons if r.code == "substitution")
    assert swap.details["evidence_words"] == [owned] and "the source speaks of" in swap.message


@pytest.mark.parametrize("claim, source", [
    ("The union warned of strikes after Friday's talks [1.1].", "The union warned of strikes after Friday's talks."),
    ("Talks on Friday failed [1.1].", "Friday's talks failed."),
    # One who speaks for the owner: a party argues through its lawyers, as test_alignment's "an
    # officials' spokesman" (this label was R when the rule came in; relabelled S for that consistency).
    ("FreshMart argued the labels were accurate [1.1].", "FreshMart\u2019s lawyers argued the labels were accurate."),
    ("The man's son was 30 years old [1.1].", "The man's son was 30 years old."),
    ("Rory Finch of Bexley handled the ball [1.1].", "Bexley's Rory Finch handled the ball."),
    ("The Chinese military strategy changed [1.1].", "China's current military strategy changed."),
])
def test_a_possessive_kept_or_rephrased_with_its_noun_passes(claim, source):
    assert verdict(claim, source)[0] == "supported"


def test_a_reporter_is_not_the_speaker():
    source = "Lee said the company would cut jobs, Roe said."
    checked = verify("Roe said the company would cut jobs [1.1].", [source]).claims[0]
    assert [r.code for r in checked.reasons] == ["speaker_mismatch"]
    assert checked.reasons[0].details == {"claim_speakers": ["Roe"], "evidence_speakers": ["Lee"]}
    # Dropping the reporter keeps the speaker: that passes, as does a sentence with one speaker only.
    assert verdict("Lee said the company would cut jobs [1.1].", source)[0] == "supported"
    assert verdict("Roe said the company would cut jobs [1.1].", "The company would cut jobs, Roe said.")[0] == "supported"
    assert verdict("Lee said he made the request [1.1].", "According to Yonhap, Lee said he made the request.")[0] == "supported"


def test_a_claim_that_names_the_speaker_anywhere_keeps_the_attribution():
    # Lee is the one who revealed it; the claim says so without "Lee said" (a pipeline draft's wording).
    source = "According to Yonhap News, during a luncheon on 7 January, President Lee revealed he made the request."
    claim = "Lee made the request and revealed it at a luncheon on 7 January, according to Yonhap News [1.1]."
    assert verdict(claim, source)[0] == "supported"
    reported = "Lee said the request was made during a luncheon on 7 January, Yonhap News said."
    assert verdict("Yonhap News said the request was made during a luncheon on 7 January [1.1].", reported) == \
        ("rejected", {"speaker_mismatch"})


@pytest.mark.parametrize("claim, source", [
    ("The hourly parking charge rose to $1.50 [1.1].", "The parking charge rose to $1.50 an hour."),
    ("The firm pays a quarterly dividend [1.1].", "The firm pays a dividend every quarter."),
    ("The plant can process 25,000 tonnes annually [1.1].", "The plant can process 25,000 tonnes per year."),
    ("Women spent 31 minutes collecting water daily [1.1].", "Women spent 31 minutes a day collecting water."),
])
def test_a_rate_word_is_backed_by_a_unit_counted_per(claim, source):
    assert verdict(claim, source)[0] == "supported"


@pytest.mark.parametrize("claim, source", [
    # One span, not a rate: "in a year", "for one hour"; or no rate at all.
    ("The plant processes 25,000 tonnes annually [1.1].", "The plant processed 25,000 tonnes in a year."),
    ("The hourly parking charge rose to $1.50 [1.1].", "The parking charge rose to $1.50 for one hour."),
    ("Women spent 31 minutes collecting water daily [1.1].", "Women spent 31 minutes collecting water."),
])
def test_a_rate_word_the_source_does_not_give_is_an_unsupported_detail(claim, source):
    assert verdict(claim, source) == ("rejected", {"unsupported_detail"})


@pytest.mark.parametrize("claim, source", [
    # Found by the third review: a surname the sources never use, read as a common word, matched a
    # person by meaning. Opening words the sources never use stay names (rule 1 of this round withdrawn).
    ("Fisher was charged with fraud on Monday [1.1].", "The fisherman was charged with fraud on Monday."),
    ("Sharp was sworn in on Monday [1.1].", "Keen was sworn in on Monday."),
    ("Gardener was found guilty of theft [1.1].", "A groundsman was found guilty of theft."),
])
def test_a_surname_never_passes_for_a_common_word_of_like_meaning(claim, source):
    assert verdict(claim, source)[0] == "rejected"


@pytest.mark.parametrize("claim, source", [
    # The bound is on the first figure and the span that starts with it, not on a later span.
    ("In 20 days the plant cut more than 20 jobs [1.1].", "The plant cut more than 20 jobs in 20 days."),
    ("The firm spent more than $5 million over two years [1.1].", "The firm spent more than $5 million over 24 months."),
    ("The repairs will be carried out over 14 days [1.1].", "The repairs will be carried out over two weeks."),
])
def test_a_bound_reaches_no_span_after_its_figure(claim, source):
    assert verdict(claim, source)[0] == "supported"


@pytest.mark.parametrize("claim", [
    "The model learns visual concepts, sentences, and semantic parsing of words without supervision [1.1].",
    "The model learns visual concepts, words, and semantic parsing of words without supervision [1.1].",
])
def test_nouns_traded_or_repeated_in_place_of_another_are_caught(claim):
    source = "The model learns visual concepts, words, and semantic parsing of sentences without supervision."
    assert verdict(claim, source)[0] == "rejected"
    assert verdict(source.replace(".", " [1.1]."), source)[0] == "supported"


def test_a_repeated_word_still_shares_the_sources_one_where_nothing_else_faces_it():
    assert verdict("The designer said the designer would return [1.1].", "The designer said she would return.")[0] == "supported"


@pytest.mark.parametrize("claim, source", [
    # Found by the third review: a base form or an irregular past escaped the hedge check.
    ("The unions will strike in May [1.1].", "The unions plan to strike in May."),
    ("Regulators will block the deal [1.1].", "Regulators seek to block the deal."),
    ("The firm bought its rival [1.1].", "The firm attempted to buy its rival."),
    ("The party won the seat [1.1].", "The party hoped to win the seat."),
    # Hedge verbs of one kind still mean different things.
    ("Analysts fear the firm will cut jobs [1.1].", "Analysts hope the firm will cut jobs."),
    ("Investors fear a recession [1.1].", "Investors expect a recession."),
    ("The union promised to strike in May [1.1].", "The union threatened to strike in May."),
    # A possibility does not stand for what did not happen, nor a fact for an inference.
    ("The deal could create 500 jobs [1.1].", "The deal would have created 500 jobs."),
    ("The thieves knew the code [1.1].", "The thieves must have known the code."),
])
def test_hedges_by_lemma_and_by_meaning(claim, source):
    assert verdict(claim, source)[0] == "rejected"


@pytest.mark.parametrize("claim, source", [
    # A hedge word the claim renders by a word of like meaning is kept.
    ("Eastbrook council approved a scheme to construct cycle lanes [1.1].", "Eastbrook council approved a plan to build cycle lanes."),
    # Nouns and other verbs that only look like hedges.
    ("Smith scored in the 10th minute [1.1].", "Smith scored a try in the 10th minute."),
    ("Shares fell on fears of a recession [1.1].", "Shares fell on fears of a recession."),
    ("The court tried the suspects in May [1.1].", "The court tried the suspects in May."),
    ("The unions plan to strike in May [1.1].", "The unions plan to strike in May."),
    ("Customers must return the product [1.1].", "Customers must return the product."),
])
def test_hedge_look_alikes_and_rendered_hedges_pass(claim, source):
    assert verdict(claim, source)[0] == "supported"


@pytest.mark.parametrize("claim, source", [
    # Plural possessives, and a verb the claim has right after the owned noun (third review).
    ("The victims sued the company [1.1].", "The victims' families sued the company."),
    ("The bank cut 300 jobs [1.1].", "The bank's new owner cut 300 jobs."),
    ("Roe was injured in the crash [1.1].", "Roe's two children were injured in the crash."),
])
def test_an_owner_is_not_what_it_owns_after_a_plural_or_before_a_verb(claim, source):
    checked = verify(claim, [source]).claims[0]
    assert checked.verdict == "rejected"
    assert "the source speaks of" in next(r for r in checked.reasons if r.code == "substitution").message


@pytest.mark.parametrize("claim, source", [
    # A reporting frame with words of its own, or at the start (third review).
    ("Roe said the firm would cut jobs [1.1].", "Lee said the firm would cut jobs, Roe said, citing an internal memo."),
    ("Roe said the plant would close in June [1.1].", "Lee said the plant would close in June, Roe said on Tuesday."),
    ("Roe told reporters the firm would cut jobs [1.1].", "Lee said on Monday the firm would cut jobs, Roe told reporters."),
    ("Roe said the firm would cut jobs [1.1].", "Roe said Lee had told her the firm would cut jobs."),
])
def test_a_reporter_with_a_tail_or_in_front_is_not_the_speaker(claim, source):
    assert verdict(claim, source) == ("rejected", {"speaker_mismatch"})


@pytest.mark.parametrize("claim, source", [
    # Smith does say this, but telling an aside's speaker from a reporter of the whole sentence let
    # "Smith said sales rose 5%" through (fourth review): rejected for now, a known false rejection.
    pytest.param("Smith said profits fell 2% [1.1].", "Sales rose 5%, Jones said, and profits fell 2%, Smith said.",
                 marks=pytest.mark.xfail(strict=True, reason="asides are not told from reporters yet")),
    ("Lee said the firm would cut jobs [1.1].", "Roe said Lee had told her the firm would cut jobs."),
    ("Roe said the firm would cut jobs [1.1].", "The firm would cut jobs, Roe said on Tuesday."),
])
def test_a_speaker_of_their_own_clause_or_the_inner_speaker_passes(claim, source):
    assert verdict(claim, source)[0] == "supported"


@pytest.mark.parametrize("claim, source", [
    # A count or amount after a definite or possessive word describes the one thing named (third review).
    ("The central bank did not meet its inflation target [1.1].", "The central bank did not meet its 2% inflation target."),
    ("None of the passengers was hurt [1.1].", "None of the 12 passengers was hurt."),
    ("Police did not name the suspects [1.1].", "Police did not name the two suspects."),
    ("The firm did not meet the March deadline [1.1].", "The firm did not meet the 1 March deadline."),
    # "might have" is a possibility about the past, not a counterfactual.
    ("The fire may have started in the kitchen [1.1].", "The fire might have started in the kitchen."),
])
def test_a_describing_figure_or_a_past_possibility_passes(claim, source):
    assert verdict(claim, source)[0] == "supported"


@pytest.mark.parametrize("claim, source", [
    ("The regulator did not fine the bank [1.1].", "The regulator did not fine the bank $5 million."),
    ("None of the banks failed the stress test [1.1].", "None of the 12 other banks failed the stress test."),
    # A figure the claim writes outside its denial may say something else.
    ("In 2020 the firm said it had not paid a dividend [1.1].", "The firm said in 2021 it had not paid a dividend in 2020."),
    ("Two ministers said they had not met the envoy [1.1].", "Two ministers said they had not met the envoy in two years."),
])
def test_a_figure_that_picks_some_of_what_is_denied_still_widens_it(claim, source):
    assert verdict(claim, source) == ("rejected", {"negation_scope"})


@pytest.mark.parametrize("claim, source", [
    # Found by the fourth review: the speaks-for exception fired for any verb and any distance.
    ("Meta was fined $1 million [1.1].", "Meta's lawyers were fined $1 million."),
    ("The minister resigned [1.1].", "The minister's spokesman resigned."),
    ("The bank said it would appeal [1.1].", "The bank's former spokesman said it would appeal."),
    # And an aside's speaker was taken for no speaker at all.
    ("Smith said sales rose 5% [1.1].", "Sales rose 5%, Jones said, and profits fell 2%, Smith said."),
    ("Roe said the deal was dead [1.1].", "The deal was dead, Lee wrote in a memo, Roe said."),
])
def test_fourth_review_false_acceptances_are_rejected(claim, source):
    assert verdict(claim, source)[0] == "rejected"


def test_a_count_after_a_possessive_describes_too():
    assert verdict("None of the firm's workers lost their jobs [1.1].", "None of the firm's 900 workers lost their jobs.")[0] \
        == "supported"


@pytest.mark.parametrize("claim, source", [
    # Found by the fourth review: a claim that adds what the source does not say happened or was decided.
    ("The minister would have resigned [1.1].", "The minister resigned."),
    ("Officials are considering whether to close the bridge [1.1].", "Officials decided to close the bridge."),
    ("The firm is weighing whether to cut costs [1.1].", "The firm cut costs."),
])
def test_a_claim_may_not_add_a_counterfactual_or_a_deliberation(claim, source):
    assert verdict(claim, source) == ("rejected", {"modality_mismatch"})


def test_ought_to_have_is_a_counterfactual():
    source = "The bank ought to have cut rates in March."
    assert verdict("The bank should have cut rates in March [1.1].", source)[0] == "supported"
    assert verdict("The bank cut rates in March [1.1].", source) == ("rejected", {"hedge_dropped"})


@pytest.mark.parametrize("claim, source", [
    # Found by the fourth review: "the"/"no" says all of them where the source counts some.
    ("No suspects were charged [1.1].", "Two suspects were not charged."),
    ("The suspects were not charged [1.1].", "Two of the five suspects were not charged."),
    ("The suspects were charged [1.1].", "Two suspects were charged."),
])
def test_a_claim_about_all_where_the_source_counts_some_is_a_quantifier_mismatch(claim, source):
    assert verdict(claim, source) == ("rejected", {"quantifier_mismatch"})


@pytest.mark.parametrize("claim, source", [
    ("Of the cases, nine are children younger than twelve [1.1].", "Nine of the cases are children under 12."),
    ("The firm did not repay the loan [1.1].", "The firm did not repay the $10 million loan."),
    ("The firm did not miss the deadline [1.1].", "The firm did not miss the June 30 deadline."),
    ("Suspects were charged [1.1].", "Two suspects were charged."),
])
def test_a_kept_count_an_amount_a_date_or_a_bare_plural_is_no_widening(claim, source):
    assert verdict(claim, source)[0] == "supported"


@pytest.mark.parametrize("claim, source", [
    # Found by the fourth review: subjects that trade their verbs across two clauses.
    ("Exports rose while imports fell [1.1].", "Imports rose while exports fell."),
    ("The company's profit rose while its revenue fell [1.1].", "The company's revenue rose while its profit fell."),
    ("Ford rose while GM fell [1.1].", "GM rose while Ford fell."),
])
def test_subjects_that_trade_verbs_are_a_role_swap(claim, source):
    assert verdict(claim, source) == ("rejected", {"role_swap"})


@pytest.mark.parametrize("claim, source", [
    ("Imports rose while exports fell [1.1].", "Imports rose while exports fell."),
    ("Exports fell while imports rose [1.1].", "Imports rose while exports fell."),
    ("Profits rose and sales fell [1.1].", "Sales fell and profits rose."),
])
def test_clauses_in_another_order_keep_their_subjects(claim, source):
    assert verdict(claim, source)[0] == "supported"


def test_a_span_the_source_does_not_give_is_an_unsupported_detail_but_a_rate_is_not():
    # The claim's "a week" is no figure for the figures' check; as a word it needs a counterpart.
    assert verdict("Repairs will take up to a week [1.1].", "Repairs will take up to 10 days.") == \
        ("rejected", {"unsupported_detail"})
    assert verdict("The mill saws 8,000 logs per year [1.1].", "The mill saws 8,000 logs annually.")[0] == "supported"
    assert verdict("Repairs will take up to a week [1.1].", "Repairs will take up to a week.")[0] == "supported"


def test_a_progressive_hedge_before_to_is_a_hedge_and_an_adjective_is_not():
    assert verdict("The firm raised $50 million from investors [1.1].",
                   "The firm is seeking to raise $50 million from investors.") == ("rejected", {"hedge_dropped"})
    assert verdict("The start lifted shares [1.1].", "A promising start lifted shares.")[0] == "supported"
