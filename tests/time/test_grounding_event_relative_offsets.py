"""Event-relative offsets ("a day after the attack", "two weeks after the invasion", "the
week before the vote", "days later", "a month earlier", "the following day", "three years
before the war"): the offset moves the date of what it refers to — the named earlier event
when one of the same stem has a date, else the story's reference time — in the right
direction; with nothing dated to move, the event stays undated (never the DCT)."""

from __future__ import annotations


def _days(spans):
    return [(s.start, s.end) for s in spans]


def test_a_day_after_the_named_event_moves_that_events_date(spans_at):
    text = ("Separatist fighters attacked the airport in Donetsk on 26 May 2014. "
            "A day after the attack, Kyiv sent reinforcements.")
    (s,) = spans_at(text, "sent")
    assert (s.start, s.end, s.precision, s.basis) == ("2014-05-27", "2014-05-27", "day", "narrative")


def test_the_named_event_is_found_across_paragraphs_by_its_stem(spans_at):
    text = ("Ethiopian troops invaded the region on 4 November 2020.\n\n"
            "Aid agencies pulled out. Two weeks after the invasion, the rebels counterattacked. "
            "Three years before the invasion, the two parties had signed a power-sharing deal.")
    (s,) = spans_at(text, "counterattacked")
    assert (s.start, s.end) == ("2020-11-18", "2020-11-18")  # a day, not that ISO week
    (s,) = spans_at(text, "signed")
    assert (s.start, s.end, s.precision) == ("2017-01-01", "2017-12-31", "year")


def test_the_noun_inside_the_offset_is_the_earlier_event_itself(spans_at):
    text = ("Ethiopian troops invaded the region on 4 November 2020. "
            "Two weeks after the invasion, the rebels counterattacked.")
    (s,) = spans_at(text, "invasion")
    assert (s.start, s.end) == ("2020-11-04", "2020-11-04")


def test_offset_from_the_previous_sentences_date_when_the_noun_names_nothing_earlier(spans_at):
    text = ("Houthi forces stormed the port on 3 May 2019. "
            "Two weeks after the assault, coalition troops withdrew.")
    (s,) = spans_at(text, "withdrew")
    assert (s.start, s.end, s.basis) == ("2019-05-17", "2019-05-17", "narrative")


def test_the_day_and_the_week_before_or_after_an_event(spans_at):
    text = ("Tamil Tiger fighters attacked the garrison on 3 May 2008. "
            "The day after the attack, the army shelled the village. "
            "The week before the attack, the monitors had warned both sides.")
    assert _days(spans_at(text, "shelled")) == [("2008-05-04", "2008-05-04")]
    assert _days(spans_at(text, "warned")) == [("2008-04-26", "2008-05-02")]


def test_later_earlier_and_the_following_day_move_the_story_time(spans_at):
    text = ("Bosnian Serb forces entered the town on 12 July 1995. The following day, they "
            "expelled the residents. A week later, the monitors left. A few days later, the "
            "envoy arrived. A month earlier, the UN had warned of an attack.")
    assert _days(spans_at(text, "expelled")) == [("1995-07-13", "1995-07-13")]
    assert _days(spans_at(text, "left")) == [("1995-07-20", "1995-07-20")]
    (s,) = spans_at(text, "arrived")  # "a few" is 2-5 days after 20 July
    assert (s.start, s.end) == ("1995-07-22", "1995-07-25")
    (s,) = spans_at(text, "warned")
    assert s.start is not None and s.start < "1995-07-12"


def test_days_later_opens_after_the_story_time(spans_at):
    text = "Rebels seized the mine on 9 March 2012. Days later, the army retook it."
    (s,) = spans_at(text, "retook")
    assert (s.start, s.end, s.mod) == ("2012-03-09", None, "AFTER")


def test_years_before_a_named_war_anchor(spans_at):
    (s,) = spans_at("Three years before the Gulf War, the two states had signed a treaty.",
                  "signed")
    assert (s.start, s.end, s.precision) == ("1987-01-01", "1987-12-31", "year")


def test_no_dated_anchor_leaves_the_event_undated_never_the_dct(spans_at):
    text = ("The militia attacked a convoy near the border. A day after the attack, the "
            "government declared a curfew. Two weeks before the vote, troops deployed.")
    assert spans_at(text, "declared") == []
    assert spans_at(text, "deployed") == []
    assert spans_at(text, "declared", dct=None) == []


def test_the_previous_day_in_a_story_told_by_the_month_is_not_the_dct(spans_at):
    text = ("Fighting spread across the province in May 2019. The previous day, the envoy "
            "had left the capital.")
    assert spans_at(text, "left") == []


def test_an_event_named_after_a_dated_clause_is_that_date_moved_back(spans_at):
    text = ("Russian troops entered the town on 8 August 2008, a day after the Georgian "
            "shelling of Tskhinvali. On 3 May 2015, two weeks after rebels launched an "
            "offensive, the army withdrew. The envoy arrived on 9 June 2016, the day before "
            "the talks.")
    assert _days(spans_at(text, "entered")) == [("2008-08-08", "2008-08-08")]
    assert _days(spans_at(text, "shelling")) == [("2008-08-07", "2008-08-07")]
    assert _days(spans_at(text, "withdrew")) == [("2015-05-03", "2015-05-03")]
    assert _days(spans_at(text, "launched")) == [("2015-04-19", "2015-04-19")]
    assert _days(spans_at(text, "offensive")) == [("2015-04-19", "2015-04-19")]
    assert _days(spans_at(text, "talks")) == [("2016-06-10", "2016-06-10")]


def test_a_month_precise_clause_moves_at_month_precision(spans_at):
    text = "The rebels took the city in May 2012, three months after the army withdrew."
    (s,) = spans_at(text, "withdrew")
    assert (s.start, s.end, s.precision) == ("2012-02-01", "2012-02-29", "month")
