"""Precedence of dates: a date in the event's own clause beats one carried over from earlier
sentences; an ongoing present perfect does not inherit a past day of the story; a main
clause's date only bounds an earlier (later) event named in an "after/following/since"
("before") phrase or clause under it."""

from __future__ import annotations


def _one(spans):
    (s,) = spans
    return s.start, s.end, s.mod


def test_the_events_own_date_beats_the_previous_sentences(spans_at):
    text = ("Azerbaijani forces shelled Stepanakert on 27 September 2020. On 2 October 2020, "
            "Armenia recalled its ambassador. The coalition bombed Sanaa on 11 April.")
    assert _one(spans_at(text, "recalled")) == ("2020-10-02", "2020-10-02", None)
    (s,) = spans_at(text, "bombed")  # (its year is the story's: not what is tested here)
    assert s.start == s.end and s.start is not None and s.start.endswith("-04-11")


def test_a_phase_verb_takes_the_date_of_its_infinitive_not_the_story_time(spans_at):
    text = ("Fighting broke out in the port in June 2018. Coalition troops began to withdraw "
            "from the city on 14 June 2019.")
    assert _one(spans_at(text, "began")) == ("2019-06-14", "2019-06-14", None)
    assert _one(spans_at(text, "withdraw")) == ("2019-06-14", "2019-06-14", None)


def test_an_agreement_to_meet_later_is_not_dated_by_the_meeting(spans_at):
    text = "The rebels agreed to meet the envoy on 5 June 2015."
    assert all(s.start != "2015-06-05" for s in spans_at(text, "agreed"))


def test_an_ongoing_present_perfect_does_not_inherit_a_past_day(spans_at):
    text = ("Government troops recaptured Palmyra on 27 March 2016. The air force has carried "
            "out strikes on the desert roads.")
    assert spans_at(text, "carried") == []
    assert spans_at(text, "strikes") == []
    assert spans_at(text, "carried", dct=None) == []


def test_since_then_opens_a_present_perfect_at_the_story_time(spans_at):
    text = ("Government troops recaptured Palmyra on 27 March 2016. Since then, the air force "
            "has bombed the desert roads.")
    assert _one(spans_at(text, "bombed")) == ("2016-03-27", None, "ON_OR_AFTER")


def test_a_present_perfect_report_is_current_when_published(spans_at):
    text = "Troops recaptured Palmyra on 27 March 2016. Officials have said the roads are open."
    (s,) = spans_at(text, "said")
    assert (s.start, s.basis) == ("2024-03-01", "document")


def test_a_past_event_still_inherits_the_story_time(spans_at):
    text = "Troops recaptured Palmyra on 27 March 2016. Engineers cleared the mines."
    assert _one(spans_at(text, "cleared")) == ("2016-03-27", "2016-03-27", None)


def test_an_event_in_an_after_phrase_ends_by_the_main_clauses_date(spans_at):
    text = ("Serbian and Croatian forces clashed along the river in May 1991. After months of "
            "talks, the two armies began to pull back on 10 February 1992.")
    assert _one(spans_at(text, "talks")) == (None, "1992-02-10", "ON_OR_BEFORE")
    assert _one(spans_at(text, "began")) == ("1992-02-10", "1992-02-10", None)


def test_a_siege_after_the_main_verb_and_a_following_phrase(spans_at):
    text = ("Government troops retook the city on 11 February 2017 after a long siege. "
            "Following weeks of negotiations, the sides signed a truce on 3 March 2017.")
    assert _one(spans_at(text, "siege")) == (None, "2017-02-11", "ON_OR_BEFORE")
    assert _one(spans_at(text, "retook")) == ("2017-02-11", "2017-02-11", None)
    assert _one(spans_at(text, "negotiations")) == (None, "2017-03-03", "ON_OR_BEFORE")
    assert _one(spans_at(text, "signed")) == ("2017-03-03", "2017-03-03", None)


def test_after_n_units_of_fighting_the_named_date_wins(spans_at):
    text = ("The army entered the eastern districts in November 2016. After two weeks of "
            "fighting, government troops took the old city on 12 December 2016.")
    assert _one(spans_at(text, "took")) == ("2016-12-12", "2016-12-12", None)
    assert _one(spans_at(text, "fighting")) == (None, "2016-12-12", "ON_OR_BEFORE")


def test_an_event_in_a_before_phrase_starts_at_the_main_clauses_date(spans_at):
    text = "Before the referendum, the army deployed troops on 2 May 2014."
    assert _one(spans_at(text, "referendum")) == ("2014-05-02", None, "ON_OR_AFTER")
    assert _one(spans_at(text, "deployed")) == ("2014-05-02", "2014-05-02", None)


def test_a_signal_that_opens_a_date_is_not_an_event_phrase(spans_at):
    text = "After 11 September 2001, when Washington asked for the suspects, Kabul refused."
    (s,) = spans_at(text, "refused")
    assert (s.start, s.end, s.mod) == ("2001-09-11", None, "AFTER")


def test_a_named_date_beats_one_reckoned_from_an_earlier_event(spans_at):
    text = ("The two sides signed the accord on 21 July 2015. A day after the signing, on 23 "
            "July 2015, militia fighters shelled the port.")
    (s,) = spans_at(text, "shelled")
    assert (s.start, s.basis) == ("2015-07-23", "explicit")
