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


# --- found by the independent review of the rules above: each must still fail ----------------------------

@pytest.mark.parametrize("source", [
    "Traders said the rise may have been driven by a strike.",  # a hedge between the effect and the phrase
    "Traders said the rise was probably driven by a strike.",
    "Traders said the rise was unlikely to have been driven by a strike.",
    "Traders said the rise would be fuelled by a strike.",
    "Traders said the rise was partly driven by a strike.",  # a part of the cause told as the whole
    "Traders said the rise was driven by demand rather than a strike.",  # another cause between
    "Traders said the rise was driven by speculation about a strike.",
    "Traders said the rise came despite fears driven by a strike.",  # the phrase is the fears'
    "Traders said the rise was caused by a strike threat.",  # the strike modifies the cause
    "Traders said the rise was thanks to a strike being averted.",
    "Traders said the rise was driven by a strike that never happened.",
    "Traders said the rise was due to end before a strike.",  # "due to" a schedule
])
def test_an_attributed_cause_needs_the_phrase_to_join_effect_and_cause_directly(source):
    assert verdict("Traders attributed the rise to a strike [1.1].", source)[0] == "rejected"


@pytest.mark.parametrize("claim, source, expected", [
    # a level verb denied or hedged, in the claim or its source, is a word the checks read
    ("Costs came to £3m [1.1].", "Costs did not come to £3m.", "rejected"),
    ("Costs came to £3m [1.1].", "Costs could come to £3m.", "rejected"),
    ("Costs came to £3m [1.1].", "Costs may amount to £3m.", "rejected"),
    ("Costs came to £3m [1.1].", "Costs are expected to come to £3m.", "rejected"),
    ("Costs did not come to £3m [1.1].", "Costs came to £3m.", "rejected"),
    ("Inflation did not stand at 3% [1.1].", "Inflation stood at 3%.", "rejected"),  # 2.10 accepted it
    ("Inflation stood at 3% [1.1].", "Inflation could stand at 3%.", "rejected"),  # 2.10 accepted it
    # unqualified, another level verb or none
    ("Costs came to £3m [1.1].", "Costs amounted to £3m.", "supported"),
    ("Inflation stood at 3% [1.1].", "Inflation was 3%.", "supported"),
    # "up" before its noun: the level comes after it, which this rule does not read
    ("Revenue rose to £5bn [1.1].", "Up from £3bn, revenue of £5bn.", "supported"),
])
def test_a_level_verb_keeps_its_denial_and_hedge(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- a bound on a share told as a fraction, backed by the one share the source gives --------------------

SEEN = "Only 61% of patients were seen within four hours in January."


@pytest.mark.parametrize("claim, expected", [
    ("Fewer than two-thirds of patients were seen within four hours in January [1.1].", "supported"),  # r20
    ("Under two-thirds of patients were seen within four hours in January [1.1].", "supported"),
    ("More than two-thirds of patients were seen within four hours in January [1.1].", "rejected"),  # the wrong side
    ("Fewer than half of patients were seen within four hours in January [1.1].", "rejected"),
    ("Fewer than 70% of patients were seen within four hours in January [1.1].", "rejected"),  # a percentage bound stays exact
    ("Fewer than nine in ten patients were seen within four hours in January [1.1].", "rejected"),  # true, but 29 points off
])
def test_a_bounded_fraction_is_backed_by_a_share_on_its_side(claim, expected):
    assert verdict(claim, SEEN)[0] == expected


def test_a_bounded_fraction_needs_the_one_share_of_its_sentence():
    two = "Only 61% of patients were seen within four hours in January, against 64% in December."
    assert verdict("Fewer than two-thirds of patients were seen within four hours in January [1.1].", two)[0] == "rejected"


# --- false acceptances of r25 and r26 (read after their blind run), closed for their general shapes ------

GUSTS = "Up to 40cm of snow fell on higher ground, while gusts of 85mph were recorded at Cairngorm summit."


@pytest.mark.parametrize("claim, source, expected", [
    # a superlative with no counterpart ranks what it qualifies: never a detail the share may pass (r26)
    ("The strongest gusts, of 85mph, were recorded at Cairngorm [1.1].", GUSTS, "rejected"),
    ("Figures showed completions were the highest since 2015 [1.1].",
     "Figures published on Monday showed just 212,000 homes were completed, the lowest total since 2015.", "rejected"),
    ("Gusts of 85mph were recorded at Cairngorm summit [1.1].", GUSTS, "supported"),
    ("The largest bank cut its rate [1.1].", "The largest bank cut its rate on Monday.", "supported"),
])
def test_a_superlative_needs_a_counterpart(claim, source, expected):
    assert verdict(claim, source)[0] == expected


@pytest.mark.parametrize("claim, expected", [
    # "every ward" where the source says "some wards" (its own "every" is of the patients) (r25)
    ("Okafor said every ward had one nurse for every twelve patients [1.1].", "rejected"),
    ("Okafor said some wards had one nurse for every twelve patients [1.1].", "supported"),
])
def test_every_is_compared_with_the_determiner_of_its_nouns_counterpart(claim, expected):
    source = "Union secretary Maria Okafor said vacancies had left some wards with one nurse for every twelve patients."
    assert verdict(claim, source)[0] == expected


@pytest.mark.parametrize("claim, source, expected", [
    # "number one" is a figure in a claim too (r26)
    ("The victory is expected to lift Vasquez to number one in the rankings [1.1].",
     "The victory is expected to lift Vasquez to number three in the rankings.", "rejected"),
    # units of measure are part of the figure: 2.10 compared the digits alone (r26, and found beside it)
    ("Gusts of 85kph were recorded at Cairngorm summit [1.1].", GUSTS, "rejected"),
    ("Temperatures reached 30C on Tuesday [1.1].", "Temperatures reached 35C on Tuesday.", "rejected"),
    ("Temperatures could fall as low as minus 4C [1.1].", "Temperatures could fall as low as minus 14C.", "rejected"),
    ("Temperatures could fall as low as 14C [1.1].", "Temperatures could fall as low as minus 14C.", "rejected"),
    ("The race was 5km long [1.1].", "The race was 5 miles long.", "rejected"),
    # the same measure written otherwise
    ("Temperatures could fall as low as minus 14C [1.1].", "Temperatures could fall as low as minus 14C.", "supported"),
    ("He struggled over the last 10 kilometres [1.1].", "He struggled over the last ten kilometres.", "supported"),
    ("Up to 40 centimetres of snow fell on higher ground [1.1].", GUSTS, "supported"),
    ("It was a 5-mile race [1.1].", "The race was 5 miles long.", "supported"),
])
def test_a_figures_unit_of_measure_is_compared(claim, source, expected):
    got, codes = verdict(claim, source)
    assert got == expected
    if expected == "rejected":
        assert "number_mismatch" in codes


STRIKE_OVER = ("Nurses at St Aldric's University Hospital in Caldwell began a 48-hour strike at 7am on Monday in a "
               "dispute over pay and staffing levels.")


@pytest.mark.parametrize("claim, source, expected", [
    # what the strike or the delay was over, or why: one noun, in the place of the source's (r25)
    ("Nurses at St Aldric's began a 48-hour strike over pensions [1.1].", STRIKE_OVER, "rejected"),
    ("The stage was shortened because of a landslide on the Passo Biel [1.1].",
     "The 182-kilometre stage was shortened by 15 kilometres because of snow on the Passo Biel.", "rejected"),
    ("Nurses at St Aldric's began a 48-hour strike over pay [1.1].", STRIKE_OVER, "supported"),
    # other prepositions are left to the rest of the checks: "governor of Valdera" is the governorship's
    # holder, a paraphrase (r8's probe of this shape broke under a first version that read every preposition)
    ("Rosa Ibarra was elected governor of Valdera on Sunday [1.1].",
     "Rosa Ibarra won the governorship of Valdera in Sunday's election.", "supported"),
])
def test_a_noun_after_a_preposition_of_reason_stands_in_the_place_of_the_sources(claim, source, expected):
    got, codes = verdict(claim, source)
    assert got == expected
    if expected == "rejected":
        assert "substitution" in codes


@pytest.mark.parametrize("claim, source, expected", [
    # a number word after a name word is part of the name (r26; r22 had the same shape)
    ("The match on Court One lasted two hours and 41 minutes [1.1].", "The match on Centre Court lasted two hours and 41 minutes.", "rejected"),
    ("The match on Centre Court lasted two hours and 41 minutes [1.1].", "The match on Centre Court lasted two hours and 41 minutes.", "supported"),
    # an ordinal after a matched verb is the verb's counterpart's (r25)
    ("Almaz Tesfaye finished third [1.1].", "Ethiopia's Almaz Tesfaye finished second, 22 seconds behind, while Hannah Lowry was third.", "rejected"),
    ("Hannah Lowry was third [1.1].", "Ethiopia's Almaz Tesfaye finished second, 22 seconds behind, while Hannah Lowry was third.", "supported"),
    # a score the source does not give, though both its figures stand in other scores (r26)
    ("Vasquez beat Novak 6-4, 3-6, 7-6 [1.1].", "Vasquez beat Novak 6-4, 3-6, 7-5 in the final.", "rejected"),
    ("Vasquez beat Novak 6-4, 3-6, 7-5 [1.1].", "Vasquez beat Novak 6-4, 3-6, 7-5 in the final.", "supported"),
    # a word of certainty needs one in the source (r25)
    ("The stadium will definitely open before the 2029 season [1.1].", "The stadium is scheduled to open in time for the 2029 season.", "rejected"),
    # "yet" after a denial is no connective: the denial reaches what follows (r26)
    ("It had confirmed a link to the salads [1.1].", "The agency said it had not yet confirmed a link to the salads.", "rejected"),
    ("It had not yet confirmed a link to the salads [1.1].", "The agency said it had not yet confirmed a link to the salads.", "supported"),
    ("The full data had not been peer-reviewed yet [1.1].", "The full data had not yet been peer-reviewed.", "supported"),
    # a count of part of a set (r26)
    ("Genetic sequencing linked both hospital cases to the Coventry plant [1.1].",
     "The agency said genetic sequencing had linked one of the two hospital cases to the Coventry plant.", "rejected"),
    ("Genetic sequencing linked one of the two hospital cases to the Coventry plant [1.1].",
     "The agency said genetic sequencing had linked one of the two hospital cases to the Coventry plant.", "supported"),
    # the claim's own count of what is left is the figures' checks' to compare (r23)
    ("The Conservatives were left with five seats in the 40-member assembly after losing four [1.1].",
     "The Conservatives lost four of their nine seats, leaving them with five members in the 40-seat assembly.", "supported"),
])
def test_false_acceptances_of_r25_and_r26_in_their_general_shapes(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- found by the second review (helper-57) ------------------------------------------------------------

@pytest.mark.parametrize("claim, source, expected", [
    # a bounded share must be a share of the same thing
    ("Less than a quarter of the budget was spent [1.1].", "Inflation was 20%, and the budget was spent.", "rejected"),
    ("More than a quarter of homes lost power [1.1].", "Homes lost power as demand rose 30%.", "rejected"),
    ("More than a quarter of the firms cut jobs [1.1].", "The firms cut 30% of jobs.", "rejected"),
    ("Fewer than two-thirds of patients were seen [1.1].", "Only 61% of patients were seen.", "supported"),
    ("More than a quarter of staff left [1.1].", "27% of staff left.", "supported"),
    # "both of the" speaks of all of them
    ("Both of the hospital cases were linked to the plant [1.1].", "Sequencing linked one of the two hospital cases to the plant.", "rejected"),
    # a number word in a name and its digits
    ("The mission was Apollo Eleven [1.1].", "The mission was Apollo 11.", "supported"),
    ("Flights left from Terminal Two [1.1].", "Flights left from Terminal 2.", "supported"),
    # the verb's second ordinal, told with the claim's words
    ("She finished second in the final [1.1].", "She finished first in the heat and second in the final.", "supported"),
    ("She finished first in the final [1.1].", "She finished first in the heat and second in the final.", "rejected"),
    # "a mile" is one mile; "three degrees" written in words is no temperature
    ("The race is one mile long [1.1].", "The race is a mile long.", "supported"),
    ("She holds three degrees [1.1].", "She holds three university degrees.", "supported"),
    # "the 30 children" are all of them
    ("Each child received a book [1.1].", "The 30 children each received a book.", "supported"),
])
def test_second_review_findings(claim, source, expected):
    assert verdict(claim, source)[0] == expected


# --- false acceptances of r27 and r28 (sealed until 2.11 stood, then read) in their general shapes ------

@pytest.mark.parametrize("claim, source, expected", [
    # a decade is a figure (r27)
    ("At its peak in the 1990s the plant employed more than 4,000 people [1.1].",
     "The plant opened in 1962 and at its peak in the 1980s employed more than 4,000 people.", "rejected"),
    ("At its peak in the 1980s the plant employed more than 4,000 people [1.1].",
     "The plant opened in 1962 and at its peak in the 1980s employed more than 4,000 people.", "supported"),
    # a subject in an appositive of its own: the name of "The Green candidate, Tom Ashby, came third" (r28)
    ("Sarah Quinn came third with 12,480 votes [1.1].",
     "The Green candidate, Tom Ashby, came third with 12,480 votes, while Sarah Quinn finished fourth on 9,115.", "rejected"),
    ("Tom Ashby came third with 12,480 votes [1.1].",
     "The Green candidate, Tom Ashby, came third with 12,480 votes, while Sarah Quinn finished fourth on 9,115.", "supported"),
    ("Its director called the timetable unrealistic [1.1].", "Its director, Anne Keller, called the timetable unrealistic.", "supported"),
    # a van is no car (a WordNet sense files it under railway cars) (r27)
    ("Vantor blamed weak demand for electric cars in Europe [1.1].",
     "Vantor blamed weak demand for electric vans in Europe and rising competition.", "rejected"),
    # two kinds of people in one place (r28)
    ("Lorvatinib was approved for children with ulcerative colitis [1.1].",
     "The agency approved lorvatinib, a once-daily pill for adults with ulcerative colitis.", "rejected"),
    ("Lorvatinib was approved for adults with ulcerative colitis [1.1].",
     "The agency approved lorvatinib, a once-daily pill for adults with ulcerative colitis.", "supported"),
    # a share of a group narrowed by a relative clause (r28)
    ("Aslef said 87 per cent of members backed the action [1.1].",
     "The Aslef union said 87 per cent of members who voted backed the action.", "rejected"),
    ("Aslef said 87 per cent of members who voted backed the action [1.1].",
     "The Aslef union said 87 per cent of members who voted backed the action.", "supported"),
    # a name after "from" whose sentence has "from" before another name (r27)
    ("Jesus sealed the win after a long ball from Gabriel [1.1].",
     "Substitute Gabriel Jesus sealed the win, rounding Martinez after a long ball from William Saliba.", "rejected"),
    ("Jesus sealed the win after a long ball from Saliba [1.1].",
     "Substitute Gabriel Jesus sealed the win, rounding Martinez after a long ball from William Saliba.", "supported"),
])
def test_false_acceptances_of_r27_and_r28_in_their_general_shapes(claim, source, expected):
    assert verdict(claim, source)[0] == expected
