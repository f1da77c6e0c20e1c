"""Event location: the place attached to the trigger, else the scene's, else none."""

from __future__ import annotations

from eventlens.actors import resolve_actors
from eventlens.places import locate


def _at(nlp, text, trigger, dateline=None):
    doc = nlp(text)
    index = locate(doc, resolve_actors(doc), dateline=dateline)
    token = next(t for t in doc if t.text == trigger)
    return index.for_trigger(token.i)


def test_in_place_is_attached(nlp):
    loc = _at(nlp, "Fighters attacked a checkpoint in Kunduz on Monday.", "attacked")
    assert (loc.name, loc.country, loc.basis, loc.precision) == ("Kunduz", "AFG", "attached",
                                                                 "city")
    assert loc.lat is not None and loc.id.startswith("gn:")


def test_near_town_in_country_gives_the_town(nlp):
    loc = _at(nlp, "Indian jets struck a camp near Balakot in Pakistan.", "struck")
    assert (loc.name, loc.country, loc.basis) == ("Balakot", "PAK", "attached")


def test_place_of_the_site_noun(nlp):
    loc = _at(nlp, "Protesters attacked the Saudi embassy in Tehran.", "attacked")
    assert (loc.name, loc.country) == ("Tehran", "IRN")


def test_most_precise_place_wins(nlp):
    loc = _at(nlp, "Nine fighters were killed in the village of Ashmi in northern Syria.",
              "killed")
    assert loc.text == "Ashmi"
    assert loc.country == "SYR"  # a name the gazetteer lacks takes its container's country


def test_unknown_locality_takes_its_region(nlp):
    loc = _at(nlp, "The helicopter landed in Arza, locality of Logar, after a storm.", "landed")
    assert loc.text == "Arza"
    assert (loc.country, loc.admin1, loc.precision) == ("AFG", "Logar", "admin1")
    assert loc.lat is not None


def test_captured_place_is_the_location(nlp):
    loc = _at(nlp, "The rebels captured Kunduz after a week of fighting.", "captured")
    assert (loc.name, loc.basis) == ("Kunduz", "attached")


def test_no_place_gives_none_and_dateline_only_when_asked(nlp):
    text = "The minister said the talks would resume next week."
    assert _at(nlp, text, "said") is None
    loc = _at(nlp, text, "said", dateline="KABUL, Afghanistan")
    assert (loc.name, loc.country, loc.basis) == ("Kabul", "AFG", "dateline")


def test_reported_speech_place_is_not_the_speech_location(nlp):
    loc = _at(nlp, "Officials said that Taliban fighters attacked a base in Herat.", "said")
    assert loc is None or loc.basis != "attached"


def test_an_actor_toponym_is_never_the_location(nlp):
    assert _at(nlp, "Moscow accused Washington of lying.", "accused") is None


def test_places_lists_resolved_toponyms_with_their_words(nlp):
    doc = nlp("Clashes in Kunduz Province spread to Kabul.")
    index = locate(doc, resolve_actors(doc))
    words = {p.text: p for p in index.places}
    assert words["Kunduz Province"].feature == "admin1"
    assert words["Kabul"].country == "AFG"
