"""The named-anchor table: well-known dated events that expressions can hang on."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.time import analyse, tag
from eventlens.time.data import anchors
from eventlens.time.values import base_interval


def test_anchor_table_has_at_least_sixty_events_with_valid_dates():
    table = anchors()
    assert len(table) >= 60
    for a in table:
        start = date.fromisoformat(a.start)
        if a.end:
            assert date.fromisoformat(a.end) >= start, a
        assert base_interval(a.value) is not None, a
        assert a.aliases, a


def test_aliases_are_unique_across_events():
    seen: dict[str, str] = {}
    for a in anchors():
        for alias in a.aliases:
            key = alias.lower()
            assert key not in seen or seen[key] == a.value, alias
            seen[key] = a.value


NAMED = [
    ("After 9/11, the US asked the Taliban to hand him over.", "9/11", "2001-09-11"),
    ("Since the September 11 attacks, ties have changed.", "the September 11 attacks", "2001-09-11"),
    ("After the fall of the Berlin Wall, NATO expanded.", "the fall of the Berlin Wall", "1989-11-09"),
    ("Following Soviet withdrawal, the regime fell.", "Soviet withdrawal", "1989-02-15"),
    ("After the annexation of Crimea, sanctions followed.", "the annexation of Crimea", "2014-03-18"),
    ("During the Arab Spring, regimes fell.", "the Arab Spring", "2010-12"),
    ("Since the 2008 financial crisis, growth has been slow.", "the 2008 financial crisis", "2008"),
    ("Before the collapse of the Soviet Union, Kabul relied on Moscow.",
     "the collapse of the Soviet Union", "1991-12-26"),
    ("After the Cuban Missile Crisis, a hotline was set up.", "the Cuban Missile Crisis", "1962-10"),
    ("After the killing of Osama bin Laden, talks began.", "the killing of Osama bin Laden", "2011-05-02"),
]


@pytest.mark.parametrize("text,extent,value", NAMED, ids=[c[1] for c in NAMED])
def test_named_anchor_is_tagged_with_its_date(text, extent, value):
    hits = [t for t in tag(text) if t.text == extent]
    assert hits and hits[0].value == value and hits[0].anchor == "anchor"


def test_anchor_beats_the_slash_date_reading():
    (f,) = analyse("After 9/11 everything changed.", date(2013, 3, 22))
    assert f.anchored and f.value == "2001-09-11"
