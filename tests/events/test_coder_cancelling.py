"""Cancelling verbs code the cancelling (SANCTION, per data/events/cancelling.csv); the
cancelled aid, cooperation or talks are never coded as happening."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cameo, source, target", [
    ("The World Bank suspended its assistance to Mali after the coup.", "162", "WB", "MLI"),
    ("The European Union froze cooperation with Belarus after the election.", "160", "EU", "BLR"),
    ("Germany cut off military assistance to Turkey.", "162", "DEU", "TUR"),
    ("Military aid to Egypt was suspended by the United States in 2013.", "162", "USA", "EGY"),
    ("Japan paused negotiations with North Korea over the abductions.", "164", "JPN", "PRK"),
])
def test_cancelling_is_a_sanction_and_its_object_no_event(code, text, cameo, source, target):
    found = code(text)
    assert [(e.cameo, s, t) for typ, s, t, w, e in found] == [(cameo, source, target)]
    assert all(typ == "SANCTION" for typ, *_ in found)


def test_a_cancelling_verb_with_an_object_that_is_no_event_is_not_a_sanction(code):
    found = code("Russia suspended the governor of the region.")
    assert not [x for x in found if x[4].cameo in ("160", "162", "164")]


def test_the_verb_alone_still_codes_its_own_entry(code):
    """Without an event object the verb's own lexicon entry applies ("suspended ties with")."""
    found = code("Lithuania suspended relations with Belarus.")
    assert [(typ, s, t) for typ, s, t, *_ in found] == [("SANCTION", "LTU", "BLR")]


@pytest.mark.parametrize("text, target", [
    ("Canada cut part of its assistance to Haiti.", "HTI"),
    ("Japan halted some of its loans to Myanmar.", "MMR"),
])
def test_a_quantity_of_the_object_is_looked_through(code, text, target):
    found = code(text)
    assert [(typ, e.cameo, t) for typ, s, t, w, e in found] == [("SANCTION", "162", target)]
