"""Sectors from the words around a mention; mentions grow over the noun they modify."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, words, code, sector", [
    ("Soviet troops withdrew in 1989.", "troops", "SUN", "MIL"),
    ("Russian officials denied it.", "officials", "RUS", "GOV"),
    ("Taliban officials have stated that talks went well.", "officials", "TAL", "GOV"),
    ("Afghan politicians met in Doha.", "politicians", "AFG", None),
    ("Turkish police detained him.", "police", "TUR", "COP"),
    ("Syrian rebels shelled the town.", "rebels", "SYR", "REB"),
    ("An Israeli court ruled on Monday.", "court", "ISR", "JUD"),
    ("Iranian intelligence tracked the ship.", "intelligence", "IRN", "SPY"),
    ("Ukrainian businessmen lost their assets.", "businessmen", "UKR", "BUS"),
    ("The officials of Russia met them.", "officials", "RUS", "GOV"),
    ("Russia's military-intelligence agency GRU paid bounties.", "agency", "RUS", "SPY"),
])
def test_sector_cues(resolve, mention, text, words, code, sector):
    doc, index = resolve(text)
    m = mention(doc, index, words)
    assert m.actor.id == code
    if sector is not None:
        assert m.actor.sector == sector


def test_state_name_alone_has_no_sector(resolve, mention):
    doc, index = resolve("Russia invaded Ukraine.")
    assert mention(doc, index, "Russia").actor.sector is None


def test_title_before_a_name_makes_the_person_act_for_the_state(resolve, mention):
    doc, index = resolve("Afghan President Ashraf Ghanizadeh met the envoy.")
    m = mention(doc, index, "Ghanizadeh")
    assert (m.actor.id, m.actor.kind, m.actor.sector) == ("AFG", "person", "GOV")


def test_locative_object_is_flagged(resolve, mention):
    doc, index = resolve("Russia hosted Taliban leaders in Moscow.")
    assert mention(doc, index, "Moscow").locative is True
    assert mention(doc, index, "Russia").locative is False
