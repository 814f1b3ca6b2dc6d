"""Verifier 2.19: what a verb of characterising ("described … as", "called") may stand for, and the near
misses it must still reject. Labels were decided by reading the source sentence before running the
verifier; the sentences are written for these tests (the probes that showed each shape are named)."""

from __future__ import annotations

import pytest

from summarizer import verify


def _verdict(claim: str, *sources: str) -> tuple[str, set[str]]:
    report = verify(claim, list(sources)).claims[0]
    return report.verdict, {r.code for r in report.reasons}


# --- Past an aside between commas (r25: "said inflation, which reached 5.2% in October, remained …") -----

BRIDGE = "The mayor said the bridge, which opened in 1998, was no longer safe for heavy lorries."


def test_what_is_said_after_an_aside_is_said_of_the_word_before_it():
    verdict, codes = _verdict("The mayor described the bridge as no longer safe for heavy lorries [1.1].", BRIDGE)
    assert verdict == "supported", codes


@pytest.mark.parametrize("claim, source", [
    # Engineers said it, in the aside; the mayor said only that it would stay open.
    ("The mayor described the bridge as unsafe [1.1].",
     "The mayor said the bridge, which engineers called unsafe, would stay open."),
    # The aside may be the writer's: nothing has the mayor call the bridge old.
    ("The mayor described the bridge as old [1.1].", "The mayor said the bridge, which is old, would stay open."),
    # An aside left open (no closing comma) is not passed over.
    ("The mayor described the bridge as unsafe [1.1].", "The mayor said the bridge, which engineers called unsafe."),
])
def test_what_an_aside_says_is_not_what_the_verb_says(claim, source):
    verdict, _ = _verdict(claim, source)
    assert verdict == "rejected"


# --- The second thing a verb of saying says, after "and that" (r21, r31, r34) ----------------------------

SHAM = "Judge Okoro said the dismissal was unfair and that the disciplinary inquiry was a sham."
PRECAUTION = "The agency said the risk to patients was very low, but that the recall was a precautionary step."


@pytest.mark.parametrize("claim, source", [
    ("Judge Okoro described the disciplinary inquiry as a sham [1.1].", SHAM),
    ("The agency described the recall as precautionary [1.1].", PRECAUTION),
    ("The agency described the recall as precautionary and said the risk to patients was very low [1.1].", PRECAUTION),
])
def test_a_second_that_clause_is_said_by_the_same_verb(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


@pytest.mark.parametrize("claim, source", [
    # "a sham" is said of the inquiry, not of the dismissal.
    ("Judge Okoro described the dismissal as a sham [1.1].", SHAM),
    # Somebody else called it a sham, inside the second clause.
    ("Judge Okoro described the inquiry as a sham [1.1].",
     "Judge Okoro said the dismissal was unfair and that lawyers called the inquiry a sham."),
    # Denied in the second clause.
    ("Judge Okoro described the inquiry as a sham [1.1].",
     "Judge Okoro said the dismissal was unfair and that the inquiry was not a sham."),
    # Hedged in the second clause.
    ("Judge Okoro described the inquiry as a sham [1.1].",
     "Judge Okoro said the dismissal was unfair and that the inquiry could be a sham."),
    # Another speaker's verb before the "and that".
    ("Judge Okoro described the inquiry as a sham [1.1].",
     "Judge Okoro said lawyers thought the dismissal was unfair and that the inquiry was a sham."),
])
def test_the_second_clause_keeps_its_own_word_speaker_and_polarity(claim, source):
    verdict, _ = _verdict(claim, source)
    assert verdict == "rejected"


# --- "told" someone "that" (r26: "told supporters in Leeds that the result was …") -----------------------

MANDATE = "Maria Keane told supporters in Leeds that the result was a mandate for change."


def test_told_past_whom_it_was_told_says_what_described_says():
    verdict, codes = _verdict("Maria Keane described the result as a mandate for change [1.1].", MANDATE)
    assert verdict == "supported", codes


@pytest.mark.parametrize("claim, source", [
    # The board is whom she told, not what she described.
    ("Keane described the board as a mandate for change [1.1].", "Keane told the board that it was a mandate for change."),
    # With no "that" the word after "told" is the hearer: nothing is said of the board.
    ("Keane described the board as wrong [1.1].", "Keane told the board the plan was wrong."),
    # Somebody else said it, between "told" and the "that".
    ("Keane described the result as a mandate [1.1].", "Keane told supporters Roe had said that the result was a mandate."),
    # Said to a hearer who is then described by another verb.
    ("Keane described the result as a mandate [1.1].",
     "Keane told supporters who had said that the result was a mandate to calm down."),
])
def test_told_does_not_make_its_hearer_what_was_said(claim, source):
    verdict, _ = _verdict(claim, source)
    assert verdict == "rejected"


# --- The verb whose object the claim's has (r20: "said … and described Reyes as …") ---------------------

REYES = "Lisa Harmon said the company would cooperate fully and described Reyes as a respected leader."


def test_a_claims_verb_takes_the_sources_verb_that_has_its_object():
    verdict, codes = _verdict("Harmon called Reyes a respected leader [1.1].", REYES)
    assert verdict == "supported", codes


@pytest.mark.parametrize("source", [
    "Lisa Harmon said the company would cooperate and Mbeki described Reyes as a respected leader.",
    "Lisa Harmon said Mbeki described Reyes as a respected leader.",
    "Lisa Harmon said the company would cooperate fully and that unions described Reyes as a respected leader.",
])
def test_another_speakers_verb_is_not_the_claims(source):
    verdict, _ = _verdict("Harmon called Reyes a respected leader [1.1].", source)
    assert verdict == "rejected"


def test_the_coordinated_verb_still_needs_what_it_says_of_the_object():
    verdict, _ = _verdict("Harmon called Reyes reckless [1.1].", REYES)
    assert verdict == "rejected"


# --- Another speaker's words inside the sentence the claim's speaker speaks in ---------------------------

@pytest.mark.parametrize("source", [
    "Marsh said inflation remained stable, although Roe described it as high.",
    "Marsh said inflation, which Roe described as high, remained stable.",
])
def test_words_another_speaker_says_in_the_sentence_are_not_the_claims_speakers(source):
    # Roe called inflation high; Marsh said it was stable.
    verdict, codes = _verdict("Marsh said inflation was high [1.1].", source)
    assert verdict == "rejected" and "speaker_mismatch" in codes


@pytest.mark.parametrize("source", [
    "Marsh said the plan, which critics called reckless, would go ahead.",
    "Marsh said the plan, which critics say is reckless, would go ahead.",
])
def test_critics_words_in_an_aside_are_not_the_speakers(source):
    verdict, codes = _verdict("Marsh said the plan was reckless [1.1].", source)
    assert verdict == "rejected" and "speaker_mismatch" in codes


@pytest.mark.parametrize("claim, source", [
    ("Marsh said the plan was reckless [1.1].", "Marsh said the plan was reckless."),
    # A pronoun after the speaker's verb may be the speaker.
    ("Marsh said the plan was reckless [1.1].", "Marsh said she had told staff that the plan was reckless."),
    # "called" before a name names, it does not speak.
    ("Marsh said the challenge was brought by a group called Save Wisley [1.1].",
     "Marsh said the challenge was brought by a group called Save Wisley."),
])
def test_the_speakers_own_words_still_pass(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


# --- A compound's kind made broader, where the source's word could also be a verb (r33) -----------------

TRANSPORT = "The transport secretary, Tom Reid, opened the plant."


@pytest.mark.parametrize("claim, source", [
    # A business secretary is another office, whatever "transport" is a kind of in WordNet.
    ("The business secretary, Tom Reid, opened the plant [1.1].", TRANSPORT),
    # After a possessive too.
    ("The firm's business unit grew [1.1].", "The firm's transport unit grew."),
])
def test_a_broader_modifier_of_a_compound_is_another_kind(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and "substitution" in codes


@pytest.mark.parametrize("claim", [
    "The secretary, Tom Reid, opened the plant [1.1].",  # the modifier left out: says less
    "Tom Reid, the transport secretary, opened the plant [1.1].",
])
def test_the_compound_kept_or_shortened_passes(claim):
    verdict, codes = _verdict(claim, TRANSPORT)
    assert verdict == "supported", codes


# --- "ahead of" and "behind" as relation words (r29: "slightly below expectations" had passed) ----------

AHEAD = "Quarterly sales were slightly ahead of market forecasts."
VOTE = "The minister resigned ahead of the vote."


@pytest.mark.parametrize("claim, source", [
    ("Quarterly sales were slightly below forecasts [1.1].", AHEAD),  # and past the source's "market"
    ("Quarterly sales were below market forecasts [1.1].", AHEAD),
    ("The minister resigned after the vote [1.1].", VOTE),
    ("Quarterly sales were ahead of forecasts [1.1].", "Quarterly sales were behind forecasts."),
])
def test_a_relation_word_against_ahead_of_is_compared(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and "substitution" in codes


@pytest.mark.xfail(strict=True, reason="'above' and 'ahead of' are kept apart: of a place they differ ('hovered above "
                   "the crowd' is not 'ahead of' it), and the table has no sense of a mark to join them by")
def test_above_for_ahead_of_a_mark():
    verdict, codes = _verdict("Quarterly sales were slightly above forecasts [1.1].", AHEAD)
    assert verdict == "supported", codes


@pytest.mark.parametrize("claim, source", [
    ("The minister resigned before the vote [1.1].", VOTE),
    # "ahead" without "of" is an adverb, no relation.
    ("The council pressed ahead with the scheme despite objections [1.1].",
     "The council pressed ahead with the scheme despite objections."),
    # A verb before the next matched word is no modifier to pass over: "on support" is "to discuss support".
    ("The minister requested a meeting between the company and officials on support for workers [1.1].",
     "The minister said she had asked the company to meet officials to discuss support for workers."),
])
def test_the_same_relation_passes(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


# --- A past verb after "and", sharing a finite verb's subject, says something happened (r33) ------------

@pytest.mark.parametrize("claim, source", [
    ("Shares in Elm fell 4% in early trading on Monday and stayed down at the close [1.1].",
     "Shares in Elm fell 4% in early trading on Monday before recovering most of the loss by the close."),
    ("Firefighters tackled the blaze at the warehouse overnight and saved the adjoining shop [1.1].",
     "Firefighters tackled the blaze at the warehouse overnight, but the adjoining shop was also damaged."),
])
def test_a_coordinated_past_verb_with_no_counterpart_is_unsupported(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and "unsupported_detail" in codes


def test_a_coordinated_object_is_no_verb():
    source = "The council approved the budget for 2025 and the new library plan."
    verdict, codes = _verdict("The council approved the budget for 2025 and the new library plan [1.1].", source)
    assert verdict == "supported", codes


# --- What a speaker is said to have said needs support of its own (r34) ---------------------------------

OKAFOR = "The trust's chief executive, Dr Amara Okafor, told reporters she was proud of the nurses."


@pytest.mark.parametrize("claim, source", [
    # The speaker and the hearer are matched; nothing of what she said is. (Enough of the claim's words
    # are the speaker's that the share threshold alone passed it.)
    ("The museum's deputy director, Clara Voss, told the inquiry the guards were not at fault [1.1].",
     "The museum's deputy director, Clara Voss, told the inquiry she deeply regretted the loss of the paintings."),
    ("The trust's chief executive, Dr Amara Okafor, told reporters the ward would reopen soon [1.1].", OKAFOR),
    ("The trust's chief executive, Dr Amara Okafor, told reporters that the ward would reopen [1.1].", OKAFOR),
])
def test_words_said_with_no_counterpart_are_an_unsupported_clause(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and "unsupported_detail" in codes


@pytest.mark.parametrize("claim, source", [
    ("The trust's chief executive, Dr Amara Okafor, told reporters she was proud of the nurses [1.1].", OKAFOR),
    # A passive verb of saying tells what was reported, not what someone said.
    ("No deaths have been reported so far [1.1].", "No deaths have been reported so far, officials said."),
])
def test_what_was_said_matched_passes(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


# --- Reporting verbs of admission (lexicon extra-43; r23, r34) ----------------------------------------

@pytest.mark.parametrize("claim, source", [
    ("The manager conceded that losing the striker was a blow [1.1].", "The manager admitted that losing the striker was a blow."),
    ("The manager admitted that losing the striker was a blow [1.1].", "The manager conceded that losing the striker was a blow."),
])
def test_reporting_verbs_of_one_kind_stand_for_each_other(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


def test_a_reporting_verb_still_needs_its_speaker():
    verdict, codes = _verdict("The manager conceded that losing the striker was a blow [1.1].",
                              "The chairman admitted that losing the striker was a blow.")
    assert verdict == "rejected"


# --- "admitted" is a verb of saying; a name may speak as "he" in a later cited sentence (r24) -----------

SOLLIS = ("The developer Graham Sollis is suing the Courier for libel. Under cross-examination, he admitted that he "
          "had met one of the officials at a dinner in 2022.")


@pytest.mark.xfail(strict=True, reason="a name is not read as the 'he' of a later sentence: which person a pronoun "
                   "stands for needs gender and syntax the verifier does not have ('Graham Sollis was sentenced by "
                   "Judge Helen Marsh. She said …'), so the speaker check rejects it")
def test_a_name_speaks_as_he_in_the_next_cited_sentence():
    verdict, codes = _verdict("Sollis admitted meeting one of the officials at a dinner in 2022 [1.1][1.2].", SOLLIS)
    assert verdict == "supported", codes


@pytest.mark.parametrize("claim, source", [
    # The "she" who speaks is the winner the sentence before opens with, not Dubois.
    ("Dubois told reporters she had expected to win [1.1][1.2].",
     "She finished ahead of Canada's Leah Dubois. \"I expected to win,\" she told reporters afterwards."),
    # The "he" may be either man.
    ("Jones admitted meeting one of the officials at a dinner in 2022 [1.1][1.2].",
     "Graham Sollis met Tom Jones in March. He admitted that he had met one of the officials at a dinner in 2022."),
    # The "she" is the judge (review probe 117).
    ("Sollis said the fraud had been carefully planned [1.1][1.2].",
     "Graham Sollis was sentenced by Judge Helen Marsh to six years. She said the fraud had been carefully planned."),
])
def test_a_pronoun_stands_for_nobody_named_before(claim, source):
    verdict, _ = _verdict(claim, source)
    assert verdict == "rejected"


# --- A name of several words is one name of the evidence, not words of several (r7, r17) ---------------

@pytest.mark.parametrize("claim, source", [
    ("The European Commission fined Lumora 310 million euros [1.1].",
     "Ireland's Data Protection Commission fined Lumora 310 million euros for breaching European privacy rules."),
    ("The New York Times reported the deal [1.1].", "The Times of London reported the deal in New York."),
    ("Lakeside United beat Castle Rovers [1.1].", "Castle United beat Lakeside Rovers."),
])
def test_a_name_made_of_words_of_other_names_is_not_named(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and "entity_mismatch" in codes


@pytest.mark.parametrize("claim, source", [
    ("Judge Marsh jailed him [1.1].", "Judge Helen Marsh jailed him."),  # part of one name
    ("Jae-myung Lee met Xi [1.1].", "Lee Jae-myung met Xi."),  # in another order
    ("Ireland's Data Protection Commission fined Lumora [1.1].", "The Data Protection Commission of Ireland fined Lumora."),
    ("Harlow's Jamal Osei scored twice [1.1].", "Jamal Osei, the Harlow striker, scored twice."),
    ("Top seed Mia Okafor won the final [1.1].", "Mia Okafor, the top seed, won the final."),  # "Top" capitalised by position
    ("The Settle–Appleby stretch will stay shut [1.1].", "The line between Settle and Appleby will stay shut."),
])
def test_one_name_however_written_passes(claim, source):
    verdict, codes = _verdict(claim, source)
    assert "entity_mismatch" not in codes, codes


# --- A noun from one cited sentence in the slot another fills with its own (r7) -------------------------

FLOOD = ("The river Aln burst its banks at Westford overnight, flooding about 300 homes. "
         "Emergency services rescued 14 people from vehicles trapped by floodwater.")


def test_a_prepositions_object_taken_from_another_sentence_is_a_substitution():
    # The 14 were rescued from vehicles; the homes were flooded, nobody says anyone was rescued from them.
    verdict, codes = _verdict("Emergency services rescued 14 people from homes flooded by the river [1.1][1.2].", FLOOD)
    assert verdict == "rejected" and "substitution" in codes


@pytest.mark.parametrize("claim", [
    "Emergency services rescued 14 people from vehicles trapped by floodwater [1.2].",
    "The river Aln flooded about 300 homes, and emergency services rescued 14 people from vehicles [1.1][1.2].",
])
def test_each_sentences_own_slots_pass(claim):
    verdict, codes = _verdict(claim, FLOOD)
    assert verdict == "supported", codes


# --- Near misses an independent review found in the first 2.19 commits (/work/review2) -------------------

@pytest.mark.parametrize("source", [
    "Lawyers for Harmon said he would cooperate fully and described Reyes as a respected leader.",
    "A spokesman for Harmon said the company would cooperate and described Reyes as a respected leader.",
])
def test_a_name_inside_the_subject_is_not_the_speaker(source):
    verdict, _ = _verdict("Harmon called Reyes a respected leader [1.1].", source)
    assert verdict == "rejected"


@pytest.mark.parametrize("source", [
    "Keane told supporters who knew that the result was a mandate to keep campaigning.",
    "Keane told the man who shouted that the result was a mandate to leave the hall.",
    "Keane told the BBC on Sunday that the result could be seen as a mandate.",  # hedged
])
def test_told_past_a_hearers_own_clause_or_a_hedge_is_rejected(source):
    verdict, _ = _verdict("Keane described the result as a mandate [1.1].", source)
    assert verdict == "rejected"


def test_a_hedge_before_seen_as_governs_what_it_could_be_seen_as():
    verdict, codes = _verdict("Keane said the result was a mandate [1.1].", "Keane said the result could be seen as a mandate.")
    assert verdict == "rejected" and "hedge_dropped" in codes


@pytest.mark.parametrize("claim, source", [
    ("Police found the weapon behind a wardrobe [1.1].", "Police found the weapon under a wardrobe."),
    ("The leak was found behind the kitchen wall [1.1].", "The leak was found below the kitchen wall."),
    ("Sales were below expectations [1.1].", "Sales were slightly ahead of market expectations."),
])
def test_behind_and_ahead_keep_their_own_place(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and "substitution" in codes


@pytest.mark.parametrize("claim, source", [
    ("Marsh said the cuts were a mistake [1.1].", "Marsh said the cuts, which the chancellor announced in March, were a mistake."),
    ("Marsh said the figures were worryingly high [1.1].", "Marsh said the figures the agency reported on Monday were worryingly high."),
    ("Marsh said the bank would act [1.1].", "Marsh said the bank, which analysts warned was slow to respond, would act."),
    ("The coach said the injury was serious [1.1].", "The coach said the injury, which the club confirmed on Friday, was serious."),
])
def test_a_verb_of_saying_that_only_tells_which_one_is_no_other_voice(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


def test_words_inside_the_aside_are_still_the_asides_speakers():
    verdict, codes = _verdict("Marsh said the bank was slow to respond [1.1].",
                              "Marsh said the bank, which analysts warned was slow to respond, would act.")
    assert verdict == "rejected" and "speaker_mismatch" in codes


# --- Fractions as shares (r19, r30) ---------------------------------------------------------------------

@pytest.mark.parametrize("claim, source", [
    ("The blaze was one-fifth contained [1.1].", "The blaze was 20% contained."),  # a hyphen: no ordinal
    ("Prices are a fifth higher than three years ago [1.1].", "Prices are 20 per cent higher than three years ago."),
    ("Half of the voters backed the plan [1.1].", "50% of the voters backed the plan."),  # a share is no "all"
    ("Two-thirds of the voters backed the plan [1.1].", "67% of the voters backed the plan."),
])
def test_a_fraction_is_the_share_it_names(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes


@pytest.mark.parametrize("claim, source", [
    ("Prices are a fifth higher than three years ago [1.1].", "Prices are 25 per cent higher than three years ago."),
    ("Half of the voters backed the plan [1.1].", "40% of the voters backed the plan."),
    ("The voters backed the plan [1.1].", "50% of the voters backed the plan."),
    ("She won a fifth title in Paris [1.1].", "She won a fifth of the titles in Paris."),
])
def test_another_share_or_none_is_rejected(claim, source):
    verdict, _ = _verdict(claim, source)
    assert verdict == "rejected"


# --- Near misses of the names, slots and fractions rules from a second review (/work/review3) -----------

@pytest.mark.parametrize("claim, source", [
    ("Health Secretary Wes Streeting announced the plan [1.1].", "Wes Streeting, the Health Secretary, announced the plan on Tuesday."),
    ("Health Secretary Wes Streeting announced the plan [1.1].", "Wes Streeting, the health secretary, announced the plan on Tuesday."),
    ("Pope Leo XIV celebrated Mass in St Peter's Square [1.1].", "Leo XIV, the first American Pope, celebrated Mass in St Peter's Square."),
    ("Oxford University researchers published the study [1.1].", "Researchers at the University of Oxford published the study."),
    ("German Chancellor Friedrich Merz met Emmanuel Macron [1.1].", "Friedrich Merz, Germany's Chancellor, met Emmanuel Macron."),
    ("Supreme Court Justice Amy Coney Barrett wrote the opinion [1.1].", "Amy Coney Barrett, a Supreme Court Justice, wrote the opinion."),
    ("George Bush praised the troops [1.1].", "Former president George W. Bush praised the troops."),
    ("Presenter Gail Brooks said the money was there [1.2].", "PRESENTER (Gail Brooks): Welcome back. BROOKS: The money is there."),
])
def test_a_title_before_a_name_is_no_other_name(claim, source):
    verdict, codes = _verdict(claim, source)
    assert "entity_mismatch" not in codes, codes


@pytest.mark.parametrize("claim, source", [
    ("Manchester United won the derby [1.1].", "Manchester City won the derby against United."),
    ("Anna Lindqvist led the study [1.2].", "Anna Berg and Erik Lindqvist work at Uppsala. Lindqvist led the study."),
    ("Lincoln's pupils will be moved to Jefferson Elementary [1.1].",
     "Lincoln's pupils will be moved to Jefferson and Adams elementary schools."),
])
def test_a_name_from_the_words_of_others_is_still_rejected(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and "entity_mismatch" in codes


def test_a_quarter_beside_a_price_may_be_cents():
    verdict, _ = _verdict("Shares closed 25% higher [1.1].", "Shares of Arlo closed a quarter higher at $3.10.")
    assert verdict == "rejected"


def test_one_third_of_is_a_share():
    verdict, codes = _verdict("One-third of the samples failed [1.1].", "33% of the samples failed.")
    assert verdict == "supported", codes


def test_a_slot_is_its_head_noun_not_a_modifier():
    verdict, codes = _verdict("Fire crews rescued three people from a building that collapsed [1.1][1.2].",
                              "Fire crews rescued three people from a burning house on Elm Street. "
                              "The building collapsed an hour after the rescue.")
    assert "substitution" not in codes, codes


# --- Another voice past auxiliaries or through "which"; a possessive's owner is a name too --------------

@pytest.mark.parametrize("source", [
    "The mayor said the bridge, which inspectors have described as unsafe, would reopen.",
    "The mayor said the council, which described the bridge as unsafe, would act quickly.",
])
def test_another_voice_past_auxiliaries_or_a_relative_pronoun(source):
    verdict, codes = _verdict("The mayor said the bridge was unsafe [1.1].", source)
    assert verdict == "rejected" and "speaker_mismatch" in codes


def test_a_possessives_owner_must_be_one_name_too():
    verdict, codes = _verdict("Manchester City's Phil Foden scored [1.1].", "Phil Foden scored for Manchester United against City.")
    assert verdict == "rejected" and "entity_mismatch" in codes
    verdict, codes = _verdict("Manchester City's Phil Foden scored [1.1].", "Phil Foden scored for Manchester City against United.")
    assert verdict == "supported", codes


# --- Another speaker's words before the claim speaker's verb --------------------------------------------

@pytest.mark.parametrize("claim, source", [
    ("Marsh said inflation was too high [1.1].", "Roe described inflation as too high, but Marsh said it would fall next year."),
    ("Marsh said the plan was reckless [1.1].", "Roe said the plan was reckless and Marsh said it would fail."),
])
def test_words_under_another_speakers_verb_before_the_speaker(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "rejected" and "speaker_mismatch" in codes


@pytest.mark.parametrize("claim, source", [
    ("Marsh said prices were too high [1.1].", "Prices are too high, Marsh said."),  # the speaker's own, told first
    ("Marsh said the plan would fail [1.1].", "Roe said the plan was reckless and Marsh said it would fail."),  # "it"
])
def test_the_speakers_own_words_told_before_them_pass(claim, source):
    verdict, codes = _verdict(claim, source)
    assert verdict == "supported", codes
