"""Odd input: empty, whitespace, non-English, binary-ish and long texts neither crash nor
invent dates."""

from __future__ import annotations

from datetime import date

from eventlens.time import ground, tag


def test_empty_and_blank_texts_have_no_expressions(nlp):
    assert tag("") == [] and tag(" \n\n\t ") == []
    assert ground(nlp(""), date(2015, 1, 1)).for_trigger(0) == []


def test_non_english_and_control_characters_do_not_crash():
    assert tag("Der Krieg begann am Montag. \x00\x01 Это было давно.") == []


def test_offsets_hold_on_a_long_text():
    part = "In 1996 the Taliban took Kabul. Two years later they took Mazar. "
    text = part * 500
    found = tag(text)
    assert len(found) == 1000
    assert all(text[t.start:t.end] == t.text for t in found)
    assert {t.value for t in found} == {"1996", "1998"}


def test_invalid_calendar_dates_are_not_resolved():
    (t,) = tag("It happened on 31 February 2013.")
    assert t.value is None
