"""Named periods (eras, regimes, wars) in the anchor table: their intervals, open ends
stated as open, names that became ambiguous, names matched only with their capitals."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.time import analyse, ground, tag
from eventlens.time.data import anchors


def _found(text: str, dct: date | None = None):
    return [f for f in analyse(text, dct) if f.anchored]


@pytest.mark.parametrize("text,start,end", [
    ("During the Taliban regime, Russia armed Massoud.", "1996-09-27", "2001-12-07"),
    ("Under Taliban rule, music was banned.", "1996-09-27", "2001-12-07"),
    ("In the Cold War, Kabul leaned on Moscow.", "1947-03-12", "1991-12-26"),
    ("In the Soviet era, the loans were signed.", "1922-12-30", "1991-12-26"),
    ("During the Soviet–Afghan war, a million people died.", "1979-12-24", "1989-02-15"),
    ("During the Soviet-Afghan war, a million people died.", "1979-12-24", "1989-02-15"),
    ("The Iraq war cost trillions.", "2003-03-20", "2011-12-18"),
    ("During the Yugoslav wars, Sarajevo was besieged.", "1991-03-31", "2001-11-12"),
    ("In the Second Chechen War, Grozny was flattened.", "1999-08-26", "2009-04-16"),
    ("The First Chechen War ended at Khasavyurt.", "1994-12-11", "1996-08-31"),
    ("Under the Mubarak era laws, protests were banned.", "1981-10-14", "2011-02-11"),
    ("During the Troubles, bombs exploded in Belfast.", "1968-10-05", "1998-04-10"),
    ("Pass laws were enforced in the apartheid era.", "1948-05-26", "1994-04-27"),
    ("In the Afghan civil war of 1992-1996, Kabul was shelled.", "1992-04-28", "1996-09-27"),
])
def test_a_named_period_is_its_interval(text, start, end):
    (f,) = _found(text)
    assert (f.interval.start.isoformat(), f.interval.end.isoformat()) == (start, end)
    s = f.span()
    assert (s.start, s.end, s.precision) == (start, end, f.interval.precision)


def test_during_the_taliban_regime_dates_an_event_in_years(nlp):
    doc = nlp("During the Taliban regime, Russia armed the Northern Alliance.")
    (s,) = ground(doc).for_trigger([t.i for t in doc if t.text == "armed"][0])
    assert (s.start, s.end, s.precision, s.basis) == ("1996-09-27", "2001-12-07", "year", "explicit")


@pytest.mark.parametrize("text", [
    "During the Russo-Ukrainian war, grain exports fell.",
    "The Yemeni civil war has displaced millions.",
    "The Boko Haram insurgency spread to Chad.",
])
def test_a_period_still_going_on_has_an_open_end_stated_as_such(text):
    (f,) = _found(text)
    assert f.interval.end is None and f.mod == "ON_OR_AFTER"
    s = f.span()
    assert s.end is None and s.mod == "ON_OR_AFTER"
    (t,) = [t for t in tag(text) if t.anchor == "anchor"]
    assert t.mod == "ON_OR_AFTER"


def test_every_open_period_is_marked_open_in_the_table():
    for a in anchors():
        if a.end is None:
            assert a.start and a.value, a


def test_a_name_that_became_ambiguous_is_left_alone_in_later_articles():
    text = "The Taliban regime banned girls from secondary schools."
    assert _found(text, date(2000, 5, 1))
    assert _found(text)  # no publication date: the name as the table gives it
    assert _found(text, date(2023, 3, 1)) == []


def test_a_capitalised_name_is_not_matched_as_a_common_word():
    assert _found("The troubles of the economy grew.") == []
    assert _found("Before the Troubles, Belfast was a port town.")


def test_the_syrian_civil_war_has_its_end():
    (f,) = _found("During the Syrian civil war, Aleppo was divided.")
    assert (f.interval.start.isoformat(), f.interval.end.isoformat()) == ("2011-03-15", "2024-12-08")
