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


def test_coordinated_adjectives_share_the_sector_and_leave_the_noun_free(resolve, mention):
    doc, index = resolve("Senior Hungarian and Romanian officials agreed on Wednesday.")
    assert (mention(doc, index, "Hungarian").actor.id, mention(doc, index, "Hungarian").actor.sector) == ("HUN", "GOV")
    assert (mention(doc, index, "Romanian").actor.id, mention(doc, index, "Romanian").actor.sector) == ("ROU", "GOV")
    officials = doc.text.split().index("officials")
    assert index.at(officials) is None


@pytest.mark.parametrize("text, words, sector", [
    ("Israeli intelligence officials shared evidence.", "Israeli", "SPY"),
    ("Afghan rebel leaders said they would meet him.", "Afghan", "REB"),
    ("Afghan military officials claimed the war was led by foreigners.", "Afghan", "MIL"),
    ("United States secret service officials have said that Russia pays.", "United States", "SPY"),
    ("Arab League Secretary General Chadli Klibi undertook a mission.", "Arab League", "GOV"),
])
def test_a_specific_cue_beats_a_generic_one(resolve, mention, text, words, sector):
    doc, index = resolve(text)
    assert mention(doc, index, words).actor.sector == sector


def test_led_forces_belong_to_the_leader(resolve, mention):
    doc, index = resolve("Russians have been killed by US-led forces in Syria.")
    m = mention(doc, index, "forces")
    assert (m.actor.id, m.actor.sector) == ("USA", "MIL")


def test_armed_groups_default_to_rebels_unless_a_cue_says_otherwise(resolve, mention):
    doc, index = resolve("Hamas fired rockets. Taliban officials met them.")
    assert mention(doc, index, "Hamas").actor.sector == "REB"
    assert mention(doc, index, "Taliban officials").actor.sector == "GOV"


def test_person_of_state_acts_for_the_state(resolve, mention):
    doc, index = resolve("King Zaydan of Morocco was quoted today.")
    m = mention(doc, index, "Zaydan")
    assert (m.actor.id, m.actor.kind) == ("MAR", "person")
