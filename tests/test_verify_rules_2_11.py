"""Rules of verifier 2.11, each from a false rejection of a genuine paraphrase on a reviewer's probe set
(r7 to r24) or the eval's cases, written for the general shape. Each with the paraphrase that must now
pass and close neighbours that must still fail; expectations decided by reading each pair."""

from __future__ import annotations

import pytest

from summarizer import verify


def verdict(claim: str, sources: str | list[str]) -> tuple[str, set[str]]:
    checked = verify(claim, [sources] if isinstance(sources, str) else sources).claims[0]
    return checked.verdict, {r.code for r in checked.reasons}


# --- a verb of attributing: "attributed the rise to a strike" for "said the rise was driven by a strike" ----

STRIKE = "Traders said the gain was driven by a strike at the Cerro Alto mine in Chile."
SURGERY = "Health secretary Owen Price said the improvement was the result of extra weekend surgery."
AFTER = "Traders said the gain came after a strike at the Cerro Alto mine."


@pytest.mark.parametrize("claim, source, expected", [
    # the source's speaker gives the cause with "driven by", "the result of" (r15, r11)
    ("Traders attributed the rise to a strike at the Cerro Alto mine [1.1].", STRIKE, "supported"),
    ("Traders credited the rise to a strike at the Cerro Alto mine [1.1].", STRIKE, "supported"),
    ("Traders blamed the rise on a strike at the Cerro Alto mine [1.1].", STRIKE, "supported"),
    ("Owen Price attributed the improvement to additional weekend surgery [1.1].", SURGERY, "supported"),
    # cause and effect traded: the strike was not put down to the rise
    ("Traders attributed the strike to the rise [1.1].", STRIKE, "rejected"),
    # another speaker
    ("Analysts attributed the rise to a strike at the Cerro Alto mine [1.1].", STRIKE, "rejected"),
    # the source says when, not why: "came after" states no cause
    ("Traders attributed the rise to a strike at the Cerro Alto mine [1.1].", AFTER, "rejected"),
    # the wrong preposition for the verb ("blamed … to") brings no cause the rule reads
    ("Traders blamed the rise to a strike at the Cerro Alto mine [1.1].", STRIKE, "rejected"),
])
def test_a_verb_of_attributing_needs_the_cause_stated_between_effect_and_cause(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- "due" with no "to" after it is a schedule or a debt, no cause ---------------------------------------

@pytest.mark.parametrize("claim, source, expected, code", [
    ("Lab results are due by the end of the week [1.1].", "Lab results are expected by the end of the week.",
     "supported", None),
    # a cause the source does not give stays a cause: "due to", "due largely to", "due in part to"
    ("The delay was due to the strike [1.1].", "The delay followed the strike.", "rejected", "cause_not_found"),
    ("The delay was due largely to the strike [1.1].", "The delay followed the strike.", "rejected", "cause_not_found"),
    ("The delay was due in part to the strike [1.1].", "The delay followed the strike.", "rejected", "cause_not_found"),
])
def test_due_is_a_cause_only_before_its_to(claim, source, expected, code):
    got, codes = verdict(claim, source)
    assert got == expected
    if code is not None:
        assert code in codes
    else:
        assert "cause_not_found" not in codes


@pytest.mark.parametrize("claim", [
    "The federation is due to announce its squad in January [1.1].",
    "The company is due to publish its results next week [1.1].",
])
def test_due_to_a_verb_of_what_is_scheduled_asserts_no_cause(claim):
    source = "The federation will announce its squad in January. The company will publish its results next week."
    cited = claim.replace("[1.1]", "[1.2]") if "company" in claim else claim
    assert "cause_not_found" not in verdict(cited, source)[1]


# --- a participle narrowing the noun before it is not that noun's verb ----------------------------------

WATER = "The average time women and girls spent fetching water fell from 94 minutes a day to 31 minutes."
RESCUE = "Eleven miners who had been trapped 430 metres underground at Kestrel Ridge were rescued on Sunday."


@pytest.mark.parametrize("claim, source, expected", [
    # "spent" tells which time; "fell" is the clause's verb, and "time" its subject
    ("The time spent fetching water fell to 31 minutes [1.1].", WATER, "supported"),
    ("Eleven miners trapped 430 metres underground at Kestrel Ridge were rescued on Sunday [1.1].", RESCUE, "supported"),
    # another noun in its place still fails
    ("The money spent fetching water fell to 31 minutes [1.1].", WATER, "rejected"),
    # the participle as the clause's own verb, with a subject the source does not give it
    ("Men spent the time fetching water [1.1].", WATER, "rejected"),
    # a verb with a clause after it is the clause's verb, not a participle: the government accepted
    # nothing; a campaign group said it (r24)
    ("The government accepted that the runway would add 1.2 million tonnes of carbon dioxide a year [1.1].",
     "Campaign group Stop Bristol Expansion said the runway would add 1.2 million tonnes of carbon dioxide a year.",
     "rejected"),
])
def test_a_participle_after_its_noun_leaves_the_subject_to_the_later_verb(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- a verb of saying told with when it was said; "described itself as" -------------------------------

BAILEY = ("Governor Andrew Bailey said on Thursday that October's inflation figures were encouraging but that "
          "the Bank needed to see further evidence before easing policy.")
COUNCIL = "North Somerset Council said it was \"deeply disappointed\" and was considering a legal challenge."


@pytest.mark.parametrize("claim, source, expected", [
    # "said on Thursday that": the day between the verb and what is said is no other content word (r19)
    ("Andrew Bailey described the October inflation data as encouraging [1.1].", BAILEY, "supported"),
    # what he called encouraging is the figures, not the evidence the Bank needs
    ("Andrew Bailey described the further evidence as encouraging [1.1].", BAILEY, "rejected"),
    # "described itself as" is "said it was" (r24)
    ("North Somerset Council described itself as \"deeply disappointed\" [1.1].", COUNCIL, "supported"),
    # said of another: the mayor was disappointed, not the council
    ("North Somerset Council described itself as \"deeply disappointed\" [1.1].",
     "North Somerset Council said the mayor was \"deeply disappointed\".", "rejected"),
])
def test_a_verb_of_characterising_matches_said_across_a_day_or_a_reflexive(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- an amount before a noun is no count of it; a possessive modifier is no kind dropped ---------------

SCHEME = "Councillors voted 34 to 9 on Tuesday evening to approve a £48m flood defence scheme for the River Wend."
SCHEMES = "Councillors approved two flood defence schemes for the River Wend."
WIND = "The 150-megawatt wind farm, which cost $210 million, will power roughly 40,000 homes."


@pytest.mark.parametrize("claim, source, expected", [
    # "£48m" is what the scheme costs: "the scheme" is that one scheme (r21)
    ("The scheme was approved [1.1].", SCHEME, "supported"),
    ("The farm will power roughly 40,000 homes [1.1].", WIND, "supported"),
    # a count of the noun still keeps what narrows it
    ("The two schemes were approved [1.1].", SCHEMES, "rejected"),
])
def test_an_amount_opening_a_phrase_counts_nothing(claim, source, expected):
    got, codes = verdict(claim, source)
    assert got == expected
    if expected == "rejected":
        assert "quantifier_mismatch" in codes


UNION = "The National Farmers' Union said dairy farmers were struggling and milk prices had fallen."


@pytest.mark.parametrize("claim, expected", [
    # "farmers'" modifies "union": no kind of farmer is said of all farmers (r20)
    ("The farmers' union said milk prices had fallen [1.1].", "supported"),
    # farmers in general said nothing; the union did
    ("Farmers said milk prices had fallen [1.1].", "rejected"),
])
def test_a_plural_possessive_modifier_drops_no_kind(claim, expected):
    assert verdict(claim, UNION)[0] == expected


# --- "came to" and "amounted to" before a figure state a total ------------------------------------------

RESULTS = ("SkyBridge Airways reported a pre-tax profit of £1.2bn for the year to 31 March, up from £640m the "
           "year before, on revenue of £9.4bn.")


@pytest.mark.parametrize("claim, expected", [
    ("Revenue for the year to 31 March came to £9.4bn [1.1].", "supported"),  # r21
    ("Revenue for the year amounted to £9.4bn [1.1].", "supported"),
    ("Revenue for the year came to £1.2bn [1.1].", "rejected"),  # the profit's figure
    # "revenue of £9.4bn" states what revenue was, as "was" does (2.10 compared only the same link word)
    ("Revenue was £1.2bn [1.1].", "rejected"),
    ("Revenue was £9.4bn [1.1].", "supported"),
    ("Revenue came to power [1.1].", "rejected"),  # no figure: "came" is a verb to match
])
def test_came_to_a_figure_states_a_total(claim, expected):
    assert verdict(claim, RESULTS)[0] == expected


# --- a rise told of another figure --------------------------------------------------------------------

@pytest.mark.parametrize("claim, source, expected", [
    # "up from £640m" is the profit's rise to £1.2bn; nothing says revenue rose (found while writing the
    # rule above: 2.10 accepted it)
    ("Revenue rose to £9.4bn [1.1].", RESULTS, "rejected"),
    ("Profit rose to £1.2bn [1.1].", RESULTS, "supported"),
    ("Skyway's profit rose to 310 million pounds from 240 million pounds [1.1].",
     "Skyway Airlines reported a pre-tax profit of 310 million pounds for the first half of the year, up from "
     "240 million pounds a year earlier.", "supported"),
    # a verb of movement with its figures after it, across a comma before "to"
    ("Sales rose to £5bn [1.1].", "Sales rose 10%, to £5bn.", "supported"),
    # a noun of movement has its figure before it, not the ages after it
    ("Tooth decay among children aged 5 to 12 fell 21 percent [1.1].",
     "The programme was followed by a 21 percent drop in tooth decay among children aged 5 to 12.", "supported"),
])
def test_a_rise_is_of_the_figure_its_direction_word_tells(claim, source, expected):
    got, codes = verdict(claim, source)
    assert got == expected
    if expected == "rejected":
        assert "number_mismatch" in codes


# --- "the company" refers back past sentences of figures that name nobody ----------------------------

TRADING = [" ".join([
    "Homewise, the home furnishings retailer, said like-for-like sales rose 4.2 percent in the 13 weeks to 28 September.",
    "Total revenue climbed to 812 million pounds, up from 760 million pounds a year earlier.",
    "Online sales grew 11 percent and now account for nearly a third of turnover.",
    "Chief executive Priya Natt said shoppers had responded well to cheaper own-brand ranges.",
    "The company opened six new stores during the quarter and closed two.",
])]


@pytest.mark.parametrize("claim, sources, expected", [
    # four sentences back, past three that name nobody but a titled person (r17)
    ("Homewise opened six new stores in the quarter [1.5].", TRADING, "supported"),
    # "the company" is no person: Priya Natt opened nothing
    ("Priya Natt opened six new stores in the quarter [1.5].", TRADING, "rejected"),
    # a company named between is the nearer one the reference may mean
    ("Homewise opened six new stores in the quarter [1.5].",
     [TRADING[0].replace("Online sales grew", "Rival Dunelm said online sales grew")], "rejected"),
])
def test_the_company_refers_to_the_one_named_before_past_sentences_naming_nobody(claim, sources, expected):
    assert verdict(claim, sources)[0] == expected
