"""Rules of verifier 2.10, each from a false acceptance on a reviewer's probe set (r7 to r22) that no
earlier rule reached. Each with the case that must fail and a close neighbour that must pass (or must
at least not fail for this rule's reason); expectations decided by reading each pair."""

from __future__ import annotations

import pytest

from summarizer import verify


def verdict(claim: str, sources: str | list[str]) -> tuple[str, set[str]]:
    checked = verify(claim, [sources] if isinstance(sources, str) else sources).claims[0]
    return checked.verdict, {r.code for r in checked.reasons}


def expect(claim: str, source: str, expected: str, code: str) -> None:
    """The verdict, and for a rejection the rule's reason code among the reasons."""
    got, codes = verdict(claim, source)
    assert got == expected
    if expected == "rejected":
        assert code in codes


# --- a figure told of a word through "to", "was" or "at": the source's figure in that place counts ------

RESERVOIRS = ("Reservoir levels in the region have fallen to 61% of capacity, compared with an average of 78% "
              "for the time of year.")
UPTAKE = ("Officials said uptake of the second dose in the area was just 74%, well below the 95% needed for "
          "herd immunity.")


@pytest.mark.parametrize("claim, source, expected", [
    # 78% is the average; what the levels have fallen to is 61% (r22)
    ("Reservoir levels in the region have fallen to 78% of capacity [1.1].", RESERVOIRS, "rejected"),
    ("Reservoir levels in the region have fallen to 61% of capacity [1.1].", RESERVOIRS, "supported"),
    # 95% is what herd immunity needs; the area's uptake was 74% (r22)
    ("Officials said uptake of the second dose in the area was 95% [1.1].", UPTAKE, "rejected"),
    ("Officials said uptake of the second dose in the area was 74% [1.1].", UPTAKE, "supported"),
    # the link words differ ("fell from" against "fell to"): each figure is where the claim puts it
    ("Profit fell from 61 million dollars to 48 million dollars [1.1].",
     "Net profit fell to 48 million dollars from 61 million dollars.", "supported"),
])
def test_a_figure_told_through_a_link_word_is_compared_where_the_source_puts_it(claim, source, expected):
    expect(claim, source, expected, "number_mismatch")


# --- a count of "X of Y": the source's count of those Y ---------------------------------------------------

BURNS = "The firm has received 48 reports of handles detaching, including nine reports of minor burns."


@pytest.mark.parametrize("claim, expected", [
    ("The firm has received 48 reports of minor burns [1.1].", "rejected"),  # 48 counts the detaching handles (r7)
    ("The firm has received nine reports of minor burns [1.1].", "supported"),  # what the source counts nine
    ("The firm has received 48 reports of handles detaching [1.1].", "supported"),
])
def test_a_count_of_what_reports_are_of_is_the_sources_count_of_them(claim, expected):
    expect(claim, BURNS, expected, "number_mismatch")


def test_a_distance_of_a_place_is_no_count_of_the_people_of_it():
    # "6 kilometres of Fort Ashcroft" is not read against "8,000 residents of Fort Ashcroft" (r20)
    _, codes = verdict("About 8,000 residents of Fort Ashcroft were ordered out as the fire came to 6 kilometres of the town [1.1].",
                       "About 8,000 residents of Fort Ashcroft were ordered out as the fire came to 6 kilometres of the town.")
    assert "number_mismatch" not in codes
    _, codes = verdict("The wildfire was 6 kilometres of Fort Ashcroft [1.1].",
                       "About 8,000 residents of Fort Ashcroft were ordered to leave as the wildfire moved to 6 kilometres of the town.")
    assert "number_mismatch" not in codes


# --- a comparison the cited sentences do not make ------------------------------------------------------

TENNIS = "Kostova hit 11 aces and 38 winners, while Lindqvist made 41 unforced errors across the three sets."
SEATS = "Reform UK was forecast to win 13 seats, although its leader had predicted the party would take far more."


@pytest.mark.parametrize("claim, source, expected", [
    # Kostova's errors are not given: the comparison is the claim's own (r22)
    ("Lindqvist made more unforced errors than Kostova [1.1].", TENNIS, "rejected"),
    ("Lindqvist made more unforced errors than Kostova [1.1].", "Lindqvist made 41 unforced errors, more than Kostova.",
     "supported"),
    # the leader predicted more than 13, not fewer (r21)
    ("Reform UK was forecast to win 13 seats, more than its leader had predicted [1.1].", SEATS, "rejected"),
    ("Girls were more likely than boys to report poor sleep [1.1].",
     "Girls were more likely than boys to report poor sleep at every level of screen use.", "supported"),
    # a comparison with a time is told as a change ("down slightly from July")
    ("The waiting list was 7.6 million, slightly lower than in July [1.1].",
     "NHS England said the waiting list stood at 7.6 million, down slightly from July.", "supported"),
    # "more than halved" is the factor's check (906,000 to 431,000 is 0.48)
    ("Net migration more than halved [1.1].",
     "Net migration fell to 431,000 in the year to June, down from a record 906,000 a year earlier.", "supported"),
])
def test_a_comparison_needs_a_comparison_in_the_cited_sentences(claim, source, expected):
    expect(claim, source, expected, "unsupported_detail")


# --- a quantity of the verb's own clause ----------------------------------------------------------------

SUSPECTS = "Both suspects were wearing dark hooded tops, and one is described as around six feet tall."
SATELLITES = "Both satellites, built for the space agency, were lost."


@pytest.mark.parametrize("claim, source, expected", [
    # "both" comes from the first clause; the one described is one of them (r18)
    ("Both suspects are described as around six feet tall [1.1].", SUSPECTS, "rejected"),
    ("Both suspects were wearing dark hooded tops [1.1].", SUSPECTS, "supported"),
    ("One of the suspects is described as around six feet tall [1.1].", SUSPECTS, "supported"),
    # both were lost: "one of the two" says only one was (r21); the parenthesis between is no verb of its own
    ("One of the two satellites was lost [1.1].", SATELLITES, "rejected"),
    ("Both satellites were lost [1.1].", SATELLITES, "supported"),
    ("One of the two satellites was lost [1.1].", "One of the two satellites, built for the space agency, was lost.",
     "supported"),
    # a count of two is no fewer than "both"
    ("The defendant has two previous convictions, both for speeding [1.1].",
     "The defendant has two previous convictions for speeding, in 2019 and 2021.", "supported"),
])
def test_a_quantity_is_read_in_the_clause_of_its_verb(claim, source, expected):
    expect(claim, source, expected, "quantifier_mismatch")


# --- one side's case told as fact ----------------------------------------------------------------------

SHELLS = "Prosecutors said Lindqvist, 52, moved money from 19 accounts into shell companies he controlled in Cyprus."
TAXES = "Opponents, led by the Taxpayers' League, argued that the line would raise property taxes by about 6 percent."


@pytest.mark.parametrize("claim, source, expected", [
    # what prosecutors say is their case, not a finding (r8)
    ("Lindqvist controlled shell companies in Cyprus [1.1].", SHELLS, "rejected"),
    ("Prosecutors said Lindqvist controlled shell companies in Cyprus [1.1].", SHELLS, "supported"),
    ("According to prosecutors, Lindqvist controlled shell companies in Cyprus [1.1].", SHELLS, "supported"),
    # what opponents argued (r8), also with the frame at the end
    ("The line would raise property taxes by about 6 percent [1.1].", TAXES, "rejected"),
    ("The line would raise property taxes by about 6 percent [1.1].",
     "The line would raise property taxes by about 6 percent, opponents argued.", "rejected"),
    # a neutral speaker's "said" is left to the speaker checks, as before
    ("The line would raise property taxes by about 6 percent [1.1].",
     "The line would raise property taxes by about 6 percent, the city said.", "supported"),
])
def test_one_sides_case_is_not_told_as_fact(claim, source, expected):
    expect(claim, source, expected, "hedge_dropped")


# --- two words that trade clauses ----------------------------------------------------------------------

CUTS = ("Most of the cuts will fall in sales and customer support, while the company's engineering teams "
        "will be largely spared.")


@pytest.mark.parametrize("claim, source, expected", [
    # engineering is spared and sales cut, not the reverse (r18)
    ("Most of the cuts will fall in engineering, while sales teams will be largely spared [1.1].", CUTS, "rejected"),
    ("Most of the cuts will fall in sales, while engineering teams will be largely spared [1.1].", CUTS, "supported"),
    # synonyms that trade places say the same ("increase" and "rise")
    ("The wage will increase in three steps, beginning with a rise to $15 in January [1.1].",
     "The wage will rise in three steps, starting with an increase to $15 in January.", "supported"),
    # an "and" between two nouns opens no clause: "women and girls" is one place
    ("Daily water-collecting time for women and girls fell to 31 minutes on average, from 94 [1.1].",
     "The average time women and girls spent collecting water fell from 94 minutes a day to 31 minutes.", "supported"),
])
def test_two_words_that_trade_clauses_are_a_swap(claim, source, expected):
    expect(claim, source, expected, "role_swap")


# --- what was done told as to come, what is under way told as done --------------------------------------

@pytest.mark.parametrize("claim, source, expected", [
    # it has spent the money already (r18)
    ("The firm said it would spend 12 million pounds upgrading the site [1.1].",
     "The firm said it had since spent 12 million pounds upgrading the site.", "rejected"),
    ("The firm said it had spent 12 million pounds upgrading the site [1.1].",
     "The firm said it had since spent 12 million pounds upgrading the site.", "supported"),
    # another cited sentence says "would pick"; the source's own "wouldn't" is a modal too
    ("Larsen said he would pick the same five again [1.1][1.2].",
     "Some players said Larsen had picked the wrong penalty takers. Larsen said he would pick the same five again.",
     "supported"),
    ("She said she would not be surprised to see it reach 4.5 percent [1.1].",
     "She said she wouldn't be surprised to see it reach 4.5 percent.", "supported"),
    # sending is not having sent (r7); carrying out is not having completed (r18)
    ("The department said it had sent a team of epidemiologists [1.1].",
     "The state health department said it was sending a team of epidemiologists to help trace contacts.", "rejected"),
    ("The department said it was sending a team of epidemiologists [1.1].",
     "The state health department said it was sending a team of epidemiologists to help trace contacts.", "supported"),
    ("The agency said it had completed more than 40 investigations [1.1].",
     "The agency said it was carrying out more than 40 further investigations into water companies in England.", "rejected"),
    # an act with no object does not end: appealing is having appealed; a perfect progressive says how long
    ("Police have appealed for witnesses [1.1].", "Police in Leicester are appealing for witnesses after the robbery.",
     "supported"),
    ("He said the shop had traded on Granby Street for more than 40 years [1.1].",
     "He said the shop had been trading on Granby Street for more than 40 years.", "supported"),
])
def test_a_verbs_time_is_kept(claim, source, expected):
    expect(claim, source, expected, "modality_mismatch")


# --- counts in words: "one institution", "both suspects" ------------------------------------------------

@pytest.mark.parametrize("claim, source, expected, code", [
    # several institutions showed interest, not one (r18)
    ("She said one institution had shown interest before the sale [1.1].",
     "She added that several institutions had shown interest before the sale.", "rejected", "quantifier_mismatch"),
    ("One victim died before the case came to trial [1.1].", "One of the victims died before the case came to trial.",
     "supported", None),
    # one man was arrested, not two (r18)
    ("Police have arrested both suspects [1.1].", "Police said a man was arrested on Sunday on suspicion of robbery.",
     "rejected", "number_mismatch"),
    ("Police have arrested both suspects [1.1].", "Police have arrested two suspects after the robbery.", "supported", None),
    # "both … and" joins two kinds; it counts nothing
    ("Both men and women backed the plan [1.1].", "Both men and women backed the plan, the survey found.", "supported", None),
])
def test_counts_in_words(claim, source, expected, code):
    expect(claim, source, expected, code)


# --- a verdict whose object stands inside it ------------------------------------------------------------

VERDICT = ("A jury at Harlow Crown Court on Wednesday found 34-year-old Marcus Lindqvist guilty of fraud after a "
           "six-week trial. He was acquitted of a separate charge of money laundering.")


@pytest.mark.parametrize("claim, expected", [
    # "found X guilty" is "convicted X" (the hand-kept table's "found guilty"), as "was found guilty" is (r10, r17)
    ("A jury convicted Lindqvist of fraud [1.1].", "supported"),
    ("Lindqvist was found guilty of fraud [1.1].", "supported"),
    # of what he was acquitted: the verdict's verb has its object in the other sentence (r10); this held
    # for "convicted", and a merged "found guilty" is a verb too
    ("A jury found Lindqvist guilty of money laundering [1.1][1.2].", "rejected"),
    ("Lindqvist was found guilty of money laundering [1.1][1.2].", "rejected"),
    ("A jury convicted Lindqvist of money laundering [1.1][1.2].", "rejected"),
    # the denial inside the verdict is kept
    ("A jury found Lindqvist not guilty of fraud [1.1].", "rejected"),
])
def test_a_verdict_with_its_object_inside_reads_as_one_verb(claim, expected):
    assert verdict(claim, VERDICT)[0] == expected


# --- a characterisation reported in other words ---------------------------------------------------------

@pytest.mark.parametrize("claim, source, expected", [
    # "called X a Y" and "described X as Y" report what "said X was Y" reports (r15, r21)
    ("Curator Tom Ellery called the arrival a huge boost for the species [1.1].",
     'Curator Tom Ellery said the arrival was "a huge boost" for the species.', "supported"),
    ("Phillipson described the offer as fair and affordable [1.1].",
     "Phillipson said the offer was fair and affordable and urged unions to put it to their members.", "supported"),
    # only where the claim says what its object is: a bare "called the family" may be a telephone call
    ("Police called the family [1.1].", "Police said the family had been informed.", "rejected"),
    # the one who characterises is the claim's speaker, and the source says what the thing is
    ("Hale called the move reckless [1.1].", "Hale said Roe described the move as reckless.", "rejected"),
    ("Hale called the move reckless [1.1].", "Hale described the move, which was reckless.", "rejected"),
])
def test_a_characterisation_may_be_reported_in_other_words(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- a question reported ---------------------------------------------------------------------------------

QUESTION = "PRESENTER: Commissioner, will the bus lane on Hill Road go ahead?"


@pytest.mark.parametrize("claim, source, expected", [
    # "asked whether" reports the question; it states nothing of the lane (r12, r13)
    ("The presenter asked whether the Hill Road bus lane would go ahead [1.1].", QUESTION, "supported"),
    ("Priya Shah asked about the buyback [1.1].", "PRIYA SHAH: And on the buyback?", "supported"),
    # who asked, and what, are still compared; a clause that states the answer is still a statement
    ("The commissioner asked whether the Hill Road bus lane would go ahead [1.1].", QUESTION, "rejected"),
    ("The presenter asked whether the Hill Road bus lane would be scrapped [1.1].", QUESTION, "rejected"),
    ("The presenter asked about the Hill Road bus lane, which will go ahead [1.1].", QUESTION, "rejected"),
    ("The Hill Road bus lane will go ahead [1.1].", QUESTION, "rejected"),
])
def test_a_reported_question_is_backed_by_the_question(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- the defects an independent review of the 2.10 diff found --------------------------------------------

@pytest.mark.parametrize("claim, source, expected", [
    # "guilty" before a noun, or after a possessive, is no verdict
    ("Smith was convicted [1.1].", "Police found Smith's guilty secret.", "rejected"),
    ("Smith was found guilty [1.1].", "The inquiry found Smith's guilty plea had been coerced.", "rejected"),
    # what the claim says it is stands in the source's predicate, not in an aside
    ("Hale described the offer as a gamble [1.1].", "Hale said the offer, a gamble by the board, was reckless.", "rejected"),
    # a claim's own frame does not keep the source's outer allegation; the source's frame may be "according to"
    ("Hale described the offer as fair [1.1].", "Hale said the offer was fair, prosecutors alleged.", "rejected"),
    ("Lindqvist controlled shell companies in Cyprus [1.1].",
     "According to prosecutors, Lindqvist controlled shell companies in Cyprus.", "rejected"),
    ("According to prosecutors, Lindqvist controlled shell companies in Cyprus [1.1].",
     "According to prosecutors, Lindqvist controlled shell companies in Cyprus.", "supported"),
    # a verb of arguing frames only with "that" or at the end; a noun "claims" frames nothing
    ("The insurer paid out $4 million [1.1].", "After reviewing the claims, the insurer paid out $4 million.", "supported"),
    ("The company has offices in Paris and Berlin [1.1].", "The company maintains offices in Paris and Berlin.", "supported"),
    # a side may announce what is to come
    ("The trial will begin on Monday [1.1].", "Prosecutors said the trial will begin on Monday.", "supported"),
    # "one" that counts something else is no count of the subject
    ("Both companies agreed to merge [1.1].", "Within one week the two companies agreed to merge.", "supported"),
    # "both his parents" are the two there are
    ("Both his parents died in the crash [1.1].", "His parents died in the crash.", "supported"),
    # "as … as" compares; "more than once" counts
    ("Women were more likely than men to vote for the plan [1.1].",
     "Women were twice as likely as men to vote for the plan.", "supported"),
    ("Smith visited the plant more than once [1.1].", "Smith visited the plant twice.", "supported"),
    # a habit of the past is no future told for a past
    ("As a child, he would visit the farm every summer [1.1].", "As a child, he visited the farm every summer.", "supported"),
])
def test_the_reviews_cases(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- a progressive is active; a currency alone is no figure (from r24, run once blind first) ---------------

@pytest.mark.parametrize("claim, source, expected", [
    # "is suing" is no passive: the one before it sues
    ("The Northern Courier is suing property developer Graham Sollis for libel [1.1].",
     "The property developer Graham Sollis is suing the Northern Courier for libel over a 2024 article.", "rejected"),
    ("Graham Sollis is suing the Northern Courier for libel [1.1].",
     "The property developer Graham Sollis is suing the Northern Courier for libel over a 2024 article.", "supported"),
    # "The pound fell" is a verb after its subject, not "a pound drop": so its clause has a home
    ("The pound fell 0.3% against the euro but edged up against the dollar [1.1].",
     "The pound fell 0.3% against the dollar to $1.262 but edged up against the euro.", "rejected"),
    ("The pound fell 0.3% against the dollar but edged up against the euro [1.1].",
     "The pound fell 0.3% against the dollar to $1.262 but edged up against the euro.", "supported"),
])
def test_a_progressive_is_active_and_a_currency_alone_no_figure(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- from r23 and r24 (each set run once blind first): a rate, a bound on a date, cost and save, lent ------

@pytest.mark.parametrize("claim, source, expected", [
    # over five years is no rate a year
    ("The measures could cost the Treasury £2.4bn a year [1.1].",
     "Officials estimated that the measures could cost the Treasury £2.4bn over five years.", "rejected"),
    ("The plant can process 25,000 tonnes a year [1.1].", "The plant processes 25,000 tonnes of batteries a year.",
     "supported"),
    # what costs the Treasury does not save it
    ("The measures could save the Treasury £2.4bn over five years [1.1].",
     "Officials estimated that the measures could cost the Treasury £2.4bn over five years.", "rejected"),
    # a loan is no gift
    ("Owner Marcus Vane has given the club £40m since January [1.1].",
     "Owner Marcus Vane has lent the club a further £40 million, interest-free, since January.", "rejected"),
    ("Owner Marcus Vane has lent the club £40m since January [1.1].",
     "Owner Marcus Vane has lent the club a further £40 million, interest-free, since January.", "supported"),
    # "no earlier than 2032" bounds the year; "will not open before 2032" keeps the bound
    ("The runway will open in 2032 [1.1].", "The runway will open no earlier than 2032.", "rejected"),
    ("The runway will not open before 2032 [1.1].", "The runway will open no earlier than 2032.", "supported"),
])
def test_rates_bounds_and_hand_kept_pairs(claim, source, expected):
    assert verdict(claim, source)[0] == expected
