"""Toponyms are resolved by the story's countries, then by population."""

from __future__ import annotations

import pytest

from eventlens.actors import resolve_actors
from eventlens.places import locate, resolve_toponym


def _toponyms(nlp, text):
    doc = nlp(text)
    return doc, locate(doc, resolve_actors(doc))


def _place(index, words, nth=0):
    found = [t for t in index.toponyms if t.text == words]
    assert len(found) > nth, (words, [t.text for t in index.toponyms])
    return found[nth]


def test_georgia_next_to_tbilisi_is_the_country(nlp):
    _, index = _toponyms(nlp, "Russian troops crossed into Georgia and approached Tbilisi.")
    georgia = _place(index, "Georgia").location
    assert (georgia.feature, georgia.country) == ("country", "GEO")


def test_georgia_next_to_atlanta_is_the_us_state(nlp):
    _, index = _toponyms(nlp, "The senator spoke to voters in Atlanta, Georgia on Monday.")
    georgia = _place(index, "Georgia").location
    assert (georgia.feature, georgia.country, georgia.admin1) == ("admin1", "USA", "Georgia")


def test_paris_in_a_french_story_is_paris_france(nlp):
    _, index = _toponyms(nlp, "French police arrested two men in Paris after the attack.")
    assert _place(index, "Paris").location.country == "FRA"


def test_paris_alone_is_the_largest_paris():
    assert resolve_toponym("Paris").country == "FRA"
    assert resolve_toponym("Paris", context_countries=["USA", "USA"]).country == "FRA"


def test_standalone_resolution_prefers_context_countries():
    assert resolve_toponym("Palmyra", context_countries=["SYR"]).country == "SYR"
    georgia = resolve_toponym("Georgia", context_countries=["USA"])
    assert (georgia.feature, georgia.country) == ("admin1", "USA")
    assert resolve_toponym("Georgia").country == "GEO"
    assert resolve_toponym("Nowhereville Zzz") is None


@pytest.mark.parametrize("name, feature", [("Kunduz", "city"), ("Kunduz Province", "admin1"),
                                           ("Kunduz City", "city"), ("Logar", "admin1")])
def test_a_feature_word_selects_city_or_province(name, feature):
    loc = resolve_toponym(name)
    assert (loc.feature, loc.country) == (feature, "AFG")
    assert loc.precision == ("admin1" if feature == "admin1" else "city")


def test_moscow_as_subject_of_a_state_action_stays_an_actor(nlp):
    _, index = _toponyms(nlp, "Moscow accused Kabul of violating the deal, "
                              "while protesters gathered in Moscow.")
    first, second = [t for t in index.toponyms if t.text == "Moscow"]
    assert first.role == "actor"
    assert second.role == "place"
    assert _place(index, "Kabul").role == "actor"


def test_possessor_acts_but_a_site_possessor_is_a_place(nlp):
    _, index = _toponyms(nlp, "Mexico's army captured a man near Lebanon's southern border.")
    assert _place(index, "Mexico").role == "actor"
    assert _place(index, "Lebanon").role == "place"
