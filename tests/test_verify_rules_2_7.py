"""Rules of verifier 2.7, each from a miss seen on text the rule was not written for (an eval case or an
independent reviewer's probe). Each with the case that must pass or fail and a close neighbour;
expectations decided by reading each pair."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.lexicon import default_lexicon


def verdict(claim: str, sources: str | list[str]) -> tuple[str, set[str]]:
    checked = verify(claim, [sources] if isinstance(sources, str) else sources).claims[0]
    return checked.verdict, {r.code for r in checked.reasons}


VACANCIES = ("As of January, districts reported 1,140 vacant driver positions statewide, up from 860 a year ago.")


def test_ago_and_earlier_place_a_time_alike():
    assert verdict("Districts reported 1,140 vacant driver positions in January, compared with 860 twelve months "
                   "earlier [1.1].", VACANCIES) == ("supported", set())
    # Not the reverse: "ago" counts back from now, and "a year earlier" may count back from a past event.
    assert verdict("Districts reported 1,140 vacant driver positions in January, compared with 860 a year ago "
                   "[1.1].", VACANCIES.replace("a year ago", "a year earlier"))[0] == "rejected"
    # "later" places it after, not before.
    assert verdict("Districts reported 1,140 vacant driver positions in January, compared with 860 twelve months "
                   "later [1.1].", VACANCIES)[0] == "rejected"


def test_two_names_of_one_unit_are_the_same_unit():
    lexicon = default_lexicon()
    assert lexicon.relation("km", "kilometres") == "synonym"
    assert lexicon.relation("kg", "kilograms") == "synonym"
    assert lexicon.relation("hr", "hour") == "synonym"
    # Different units stay different, however close.
    assert lexicon.relation("miles", "kilometres") == "sibling"
    assert lexicon.relation("tons", "tonnes") == "sibling"
    assert lexicon.relation("minute", "second") == "sibling"
    storm = "Storm Imogen brought winds of up to 140 kilometres per hour to the west coast on Monday."
    assert verdict("Storm Imogen brought winds of up to 140 km/h to the west coast on Monday [1.1].", storm) \
        == ("supported", set())
    assert verdict("Storm Imogen brought winds of up to 140 mph to the west coast on Monday [1.1].", storm)[0] \
        == "rejected"


@pytest.mark.parametrize("claim, source", [
    ("Highway 9 is still closed to all traffic between Carver City and Pell [1.1].",
     "Highway 9 remains closed to all traffic between Carver City and Pell."),
    ("Okafor said inflation remains above target at 3.4 percent [1.1].",
     "Okafor said inflation is still above target at 3.4 percent."),
    ("Construction is scheduled to start next spring [1.1].", "Construction is due to begin next spring."),
    ("The recall applies to 500-gram tubs with best-before dates from June 3 to June 17 [1.1].",
     "The recall covers 500-gram tubs with best-before dates between June 3 and June 17."),
])
def test_news_synonyms_of_lexicon_extra_19(claim, source):
    assert verdict(claim, source) == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    ("Highway 9 is still open to all traffic between Carver City and Pell [1.1].",
     "Highway 9 remains closed to all traffic between Carver City and Pell."),
    ("Construction is scheduled to start next summer [1.1].", "Construction is due to begin next spring."),
    ("The recall applies to 250-gram tubs [1.1].", "The recall covers 500-gram tubs."),
])
def test_the_same_synonyms_do_not_carry_a_changed_fact(claim, source):
    assert verdict(claim, source)[0] == "rejected"


def test_a_hand_kept_broader_word_covers_its_narrower_one_only():
    assert verdict("The first item was an application to build 85 homes on the old dairy site [1.1].",
                   "The first item is the application to build 85 homes on the former dairy site.") \
        == ("supported", set())
    # An "old rival" is a long-standing one: it is no "former rival".
    assert verdict("Marsh beat her former rival Ortiz [1.1].", "Marsh beat her old rival Ortiz.")[0] == "rejected"
    assert verdict("A pupil at the school has been found to have measles [1.1].",
                   "One student at our school has been diagnosed with measles.") == ("supported", set())
    # Found by whom? A diagnosis is a doctor's finding; "found to have" does not say there was one.
    assert verdict("A pupil at the school has been diagnosed with measles [1.1].",
                   "One student at our school has been found to have measles.")[0] == "rejected"


def test_an_acronym_is_supported_by_the_words_it_spells():
    source = "Chief financial officer Lena Brandt said volumes in North America had declined for a third quarter."
    assert verdict("CFO Lena Brandt said North American volumes had declined for a third quarter [1.1].", source) \
        == ("supported", set())
    # The letters must be the words': a chief executive is not the chief financial officer.
    assert verdict("CEO Lena Brandt said North American volumes had declined for a third quarter [1.1].", source)[0] \
        == "rejected"
    # Linking words may stand between the words ("Competition and Markets Authority").
    assert verdict("The CMA fined FreshMart [1.1].", "The Competition and Markets Authority fined FreshMart.") \
        == ("supported", set())


LIND = "Port authority chairman Hugo Lind said the union's demand was unaffordable."


def test_called_with_an_object_and_its_complement_says_what_said_that_it_was_says():
    assert verdict("Port authority chairman Hugo Lind called the union's demand unaffordable [1.1].", LIND) \
        == ("supported", set())
    # The complement must be the source's, and the saying the claim's speaker's own.
    assert verdict("Port authority chairman Hugo Lind called the union's demand affordable [1.1].", LIND)[0] \
        == "rejected"
    assert verdict("Hugo Lind called the union's demand unaffordable [1.1].",
                   "Hugo Lind said Grace Mbeki said the union's demand was unaffordable.")[0] == "rejected"
    assert verdict("Hugo Lind called the union's demand unaffordable [1.1].",
                   "Hugo Lind said the union's demand was not unaffordable.")[0] == "rejected"
    # Any other "called" must be matched as it stands.
    assert verdict("Hugo Lind called the police [1.1].", "Hugo Lind said the police were late.")[0] == "rejected"


def test_his_client_after_a_named_lawyer_is_that_name():
    source = "His lawyer, Gerald Fitch, said Lindqvist would appeal the verdict."
    assert verdict("Lindqvist's lawyer, Gerald Fitch, said his client would appeal [1.1].", source) \
        == ("supported", set())
    assert verdict("Gerald Fitch, Lindqvist's lawyer, said his client would appeal [1.1].", source) \
        == ("supported", set())
    # Someone else in the client's place is not the client.
    assert verdict("Lindqvist's lawyer, Gerald Fitch, said his client would appeal [1.1].",
                   "Lindqvist's lawyer, Gerald Fitch, said Marsh would appeal the verdict.")[0] == "rejected"
    assert verdict("Lindqvist's lawyer, Gerald Fitch, said his client would appeal [1.1].",
                   source.replace("would appeal", "would not appeal"))[0] == "rejected"


@pytest.mark.parametrize("claim, source", [
    # "look for" is WordNet's "search", "look into" its "investigate": read as one word.
    ("Police are still looking for a third suspect, Inspector Paul Reyes said [1.1].",
     "Inspector Paul Reyes said police were still searching for a third suspect."),
    ("The regulator is also looking into complaints about sudden braking [1.1].",
     "The regulator is also investigating complaints about sudden braking."),
    # Where the phrasal verb is matched by nothing, the verb is still its own word ("asked for" = "asked").
    ("Birch Lane residents asked for speed bumps [1.1].", "Residents of Birch Lane asked the council to install speed bumps."),
    ("The owner said the shop had been broken into this year [1.1].", "The shop's owner said it was the second break-in this year."),
])
def test_a_verb_with_for_or_into_is_read_as_its_phrasal_verb_or_as_itself(claim, source):
    assert verdict(claim, source) == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    ("The regulator is also looking into complaints about sudden braking [1.1].",
     "The regulator has dismissed complaints about sudden braking."),
    ("Birch Lane residents asked for traffic lights [1.1].", "Residents of Birch Lane asked the council to install speed bumps."),
    # "off" is no loose particle: "called off" is not "called".
    ("The match was called at half-time [1.1].", "The match was called off at half-time."),
])
def test_the_phrasal_reading_carries_no_changed_fact(claim, source):
    assert verdict(claim, source)[0] == "rejected"


SHIPS = ("A spokeswoman said roughly 30 ships were waiting at anchor on Tuesday afternoon. "
         "The number of ships waiting peaked at 41 on Wednesday evening.")


def test_a_rise_is_backed_by_the_two_dated_figures_it_links():
    assert verdict("The number of ships waiting rose from roughly 30 on Tuesday afternoon to 41 on Wednesday evening "
                   "[1.1][1.2].", SHIPS) == ("supported", set())


@pytest.mark.parametrize("claim", [
    # The wrong direction, the figures swapped, the dates swapped.
    "The number of ships waiting fell from roughly 30 on Tuesday afternoon to 41 on Wednesday evening [1.1][1.2].",
    "The number of ships waiting rose from 41 on Tuesday afternoon to 30 on Wednesday evening [1.1][1.2].",
    "The number of ships waiting rose from roughly 30 on Wednesday evening to 41 on Tuesday afternoon [1.1][1.2].",
    # Undated figures from two sentences: which came first is not said.
    "The number of ships waiting rose from roughly 30 to 41 [1.1][1.2].",
    # Something the sentences do not count.
    "The number of trucks waiting rose from roughly 30 on Tuesday to 41 on Wednesday [1.1][1.2].",
])
def test_a_rise_the_figures_do_not_give_is_rejected(claim):
    assert verdict(claim, SHIPS)[0] == "rejected"


def test_a_rise_against_a_sentence_that_says_it_fell_is_rejected():
    assert verdict("Turnout rose from 41 percent to 45 percent [1.1].", "Turnout fell from 45 percent to 41 percent.")[0] \
        == "rejected"


@pytest.mark.parametrize("claim, source", [
    ("Verdi has demanded a pay rise of 5% over two years [1.1].",
     "Verdi has demanded a pay rise of 12.5% over one year, while employers have offered 5% over two years."),
    ("Employers have offered 12.5% over one year [1.1].",
     "Verdi has demanded a pay rise of 12.5% over one year, while employers have offered 5% over two years."),
    ("Average hourly earnings grew 4.3% on the month [1.1].", "Average hourly earnings grew 0.2% on the month and 4.3% on the year."),
    ("Food prices rose 3.8% in the year to August [1.1].", "Food prices rose 3.1% in the year to August, down from 3.8% in July."),
])
def test_a_figure_the_sentence_gives_to_other_words_is_rejected(claim, source):
    assert verdict(claim, source) == ("rejected", {"number_mismatch"})


@pytest.mark.parametrize("claim, source", [
    # The one word's second figure, told with what the claim tells it with.
    ("Average hourly earnings grew 4.3% on the year [1.1].", "Average hourly earnings grew 0.2% on the month and 4.3% on the year."),
    ("The index rose 3.4% in June [1.1].", "The index rose 2.1% in May and 3.4% in June."),
    # A figure with a role of its own ("to") is not the verb's bare figure.
    ("Revenue rose 9% to 1.27 billion dollars [1.1].", "Revenue rose to 1.27 billion dollars, up 9% from a year earlier."),
])
def test_a_figure_kept_with_its_own_words_is_supported(claim, source):
    assert verdict(claim, source) == ("supported", set())


FLIGHT = "The Airbus A320, flying from Dublin to Faro with 174 passengers, descended safely."


def test_a_word_whose_own_preposition_is_reversed_is_rejected():
    assert verdict("The Airbus A320 was flying from Faro to Dublin [1.1].", FLIGHT) == ("rejected", {"substitution"})
    assert verdict("The council wanted to shift money from the north to London [1.1].",
                   "The council wanted to shift money from London to organisations in the north.")[0] == "rejected"
    # The same route told the other way round keeps each place's preposition.
    assert verdict("The Airbus A320 was flying to Faro from Dublin [1.1].", FLIGHT) == ("supported", set())
    # A preposition that hangs on an unmatched word tells of something else: "said after the match".
    assert verdict("Chen said she had not slept the night before the match [1.1].",
                   "Chen said after the match that she had not slept the night before.") == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    # A prefix that makes the word a stage of its head: a semi-final is no final.
    ("Jack Moran beat Felix Brandt to reach the final of the Madrid Open [1.1].",
     "Jack Moran beat Felix Brandt 6-4, 7-5 to reach the semi-finals of the Madrid Open."),
    # "every 4.2 days" is a rate: its unit is a word to match, not a span left to the figures' check.
    ("It completes an orbit of its star every 4.2 years [1.1].", "It completes an orbit of its star every 4.2 days."),
    # "are thought to" hedges, as "are believed to" does.
    ("Surface temperatures exceed 300 degrees Celsius [1.1].", "Surface temperatures are thought to exceed 300 degrees Celsius."),
    ("Regular pay, including bonuses, was 5.6% higher than a year earlier [1.1].",
     "Regular pay, excluding bonuses, was 5.6% higher than a year earlier."),
])
def test_r13_shapes_that_were_accepted_are_rejected(claim, source):
    assert verdict(claim, source)[0] == "rejected"


@pytest.mark.parametrize("claim, source", [
    ("Jack Moran beat Felix Brandt to reach the semi-finals of the Madrid Open [1.1].",
     "Jack Moran beat Felix Brandt 6-4, 7-5 to reach the semi-finals of the Madrid Open."),
    ("It completes an orbit of its star every 4.2 days [1.1].", "It completes an orbit of its star every 4.2 days."),
    ("Surface temperatures are thought to exceed 300 degrees Celsius [1.1].",
     "Surface temperatures are thought to exceed 300 degrees Celsius."),
    ("Regular pay excluding bonuses was 5.6% higher than a year earlier [1.1].",
     "Regular pay, excluding bonuses, was 5.6% higher than a year earlier."),
])
def test_their_faithful_neighbours_are_supported(claim, source):
    assert verdict(claim, source) == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    # A month after "for" or "and" is a month ("for May and June"), not the modal "may".
    ("Job gains for May and June were revised down by 110,000 [1.1].",
     "Job gains for June and July were revised down by a combined 110,000."),
    # A comparative before "than" the other way from the source's, at the same figure.
    ("The harvest would be 8% smaller than last year's [1.1].", "The harvest would be 8% more than last year."),
    # "up from" states a change the source does not: the dividend is unchanged.
    ("The firm will pay an interim dividend of 9p a share, up from last year [1.1].",
     "The firm will pay an interim dividend of 9p a share, unchanged from last year."),
])
def test_months_comparatives_and_stated_changes_are_compared(claim, source):
    assert verdict(claim, source)[0] == "rejected"


@pytest.mark.parametrize("claim, source", [
    ("Job gains for June and July were revised down by 110,000 [1.1].",
     "Job gains for June and July were revised down by a combined 110,000."),
    ("The harvest would be 8% larger than last year's [1.1].", "The harvest would be 8% more than last year."),
    ("The firm will pay a dividend of 9p a share, up from last year [1.1].",
     "The firm will pay a dividend of 9p a share, higher than last year."),
    # "higher" and "lower" state the change as a comparison ("rose 5.6%" for "was 5.6% higher").
    ("Regular pay, excluding bonuses, rose 5.6% on a year earlier [1.1].",
     "Regular pay, excluding bonuses, was 5.6% higher than a year earlier."),
    ("Energy prices fell 1.1% from a year earlier [1.1].", "Energy prices were 1.1% lower than a year earlier."),
    # After a verb of the change, "up from" restates it: the verb is what is matched.
    ("The fire has grown to 14,300 acres, up from 11,800 acres on Monday [1.1].",
     "The fire has grown to 14,300 acres, up from 11,800 acres on Monday."),
])
def test_their_faithful_forms_are_supported(claim, source):
    assert verdict(claim, source) == ("supported", set())


def test_a_passive_doer_taken_from_another_phrase_is_rejected():
    source = "The work was paid for mainly by private donors, with the Scottish government contributing £5 million."
    assert verdict("The work was paid for mainly by the Scottish government [1.1].", source)[0] == "rejected"
    assert verdict("The work was paid for mainly by private donors [1.1].", source) == ("supported", set())
    # A name inside the doer's own phrase is no move: "led by researchers at the University of Tarrow".
    assert verdict("The trial was led by the University of Tarrow [1.1].",
                   "The trial was led by researchers at the University of Tarrow.") == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    ("The National Cyber Security Centre has restored the trust's services [1.1].",
     "The National Cyber Security Centre is working with the trust to restore services."),
    ("The council closed the library [1.1].", "The council is set to close the library."),
])
def test_what_someone_works_or_is_set_to_do_is_not_done(claim, source):
    assert verdict(claim, source) == ("rejected", {"modality_mismatch"})


@pytest.mark.parametrize("claim, source", [
    # What was managed, gone on to, voted, caused or forced is done.
    ("Italy beat France [1.1].", "Spain defeated Italy, and Italy went on to beat France."),
    ("The board unanimously appointed Karen Liu to the Planning Commission [1.1].",
     "The board voted unanimously to appoint Karen Liu to the Planning Commission."),
    ("The River Lenn burst its banks on Thursday [1.1].", "Heavy rain caused the River Lenn to burst its banks on Thursday."),
    ("The crew restored power on Monday [1.1].", "The crew managed to restore power on Monday."),
    # A claim that keeps the aim is fine.
    ("The centre is working with the trust to restore services [1.1].",
     "The National Cyber Security Centre is working with the trust to restore services."),
])
def test_what_was_done_or_kept_as_an_aim_is_supported(claim, source):
    assert verdict(claim, source) == ("supported", set())


def test_two_words_after_one_preposition_that_trade_places_are_a_role_swap():
    source = "Chief executive Fiona Marsh said demand had recovered in the south-east but remained weak in Scotland."
    assert verdict("Fiona Marsh said demand had recovered in Scotland but remained weak in the south-east [1.1].", source) \
        == ("rejected", {"role_swap"})
    assert verdict("Fiona Marsh said demand had recovered in the south-east but remained weak in Scotland [1.1].", source) \
        == ("supported", set())


def test_a_prepositions_object_in_place_of_the_sources_is_a_substitution():
    source = ("Brightmart has reported the breach to the Information Commissioner's Office and hired the security firm "
              "Castellan to investigate.")
    assert verdict("Brightmart has reported the breach to the police [1.1].", source) == ("rejected", {"substitution"})
    assert verdict("Brightmart has reported the breach to the Information Commissioner's Office [1.1].", source) \
        == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    ("Moran will play Norway's Erik Solberg in the final [1.1].", "Moran will face Norway's Erik Solberg in the final."),
    ("Manufacturing employment barely changed [1.1].", "Manufacturing employment changed little."),
    ("The biggest cut falls on the Harbour Playhouse [1.1].", "The biggest reduction falls on the Harbour Playhouse."),
    ("Residents began returning home on Tuesday as the water went down [1.1].",
     "Residents began returning home on Tuesday as the water receded."),
    ("Job growth slowed in August [1.1].", "Job gains slowed in August."),
])
def test_news_synonyms_of_lexicon_extra_19_second_set(claim, source):
    assert verdict(claim, source) == ("supported", set())


@pytest.mark.parametrize("claim, source", [
    ("Moran will play Carlos Ruiz in the final [1.1].", "Moran will face Norway's Erik Solberg in the final."),
    ("Manufacturing employment barely changed [1.1].", "Manufacturing employment changed sharply."),
    ("Residents began returning home on Tuesday as the water rose [1.1].",
     "Residents began returning home on Tuesday as the water receded."),
])
def test_the_second_set_carries_no_changed_fact(claim, source):
    assert verdict(claim, source)[0] == "rejected"


def test_a_moved_figure_is_named_as_the_sentence_writes_it():
    checked = verify("Verdi has demanded a pay rise of 5% over two years [1.1].",
                     ["Verdi has demanded a pay rise of 12.5% over one year, while employers have offered 5% over two years."]).claims[0]
    message = next(r.message for r in checked.reasons if r.code == "number_mismatch")
    assert "\u201c5%\u201d for \u201crise\u201d" in message and "\u201c12.5%\u201d" in message


def test_a_trend_between_figures_of_several_tokens_is_not_judged():
    # "1,200" is two digit tokens; read as "1" it would make 980 a rise. The trend is left unjudged.
    sources = "About 1,200 ships were waiting on Tuesday. The number of ships waiting was 980 on Wednesday."
    claim = "The number of ships waiting rose from 1,200 on Tuesday to 980 on Wednesday [1.1][1.2]."
    checked = verify(claim, [sources]).claims[0]
    assert checked.verdict == "rejected"
    assert all(w.relation != "trend" for w in checked.alignment)
