"""Odd documents: empty, non-English, no actors, a target country that is also the place."""

from __future__ import annotations

from eventlens.actors import ActorIndex, resolve_actors
from eventlens.places import locate


def test_empty_and_blank_documents_have_no_places(nlp):
    for text in ("", "   \n\n", "xxxxxxxxxxxxxxxxxxxxxxxx"):
        doc = nlp(text)
        index = locate(doc, resolve_actors(doc))
        assert index.places == []
        assert all(index.for_trigger(i) is None for i in range(len(doc)))


def test_works_without_actor_mentions(nlp):
    doc = nlp("Rebels attacked a convoy near Kandahar.")
    index = locate(doc, ActorIndex())
    loc = index.for_trigger(next(t.i for t in doc if t.text == "attacked"))
    assert (loc.text, loc.country, loc.feature) == ("Kandahar", "AFG", "city")
    assert loc.name == "Kandahār"  # geonames' own spelling; `text` keeps the article's


def test_non_english_text_does_not_fail(nlp):
    doc = nlp("Die Soldaten griffen in Kundus einen Kontrollpunkt an. Дождь идёт.")
    index = locate(doc, resolve_actors(doc))
    assert all(p.country is None or len(p.country) == 3 for p in index.places)


def test_invaded_country_is_the_location_and_the_target(nlp):
    doc = nlp("In late December 1979, the Soviet Union invaded Afghanistan.")
    index = locate(doc, resolve_actors(doc))
    loc = index.for_trigger(next(t.i for t in doc if t.text == "invaded"))
    assert (loc.name, loc.feature, loc.country, loc.basis) == ("Afghanistan", "country", "AFG",
                                                               "attached")
    assert loc.precision == "country"
    soviet = next(t for t in index.toponyms if "Soviet" in t.text)
    assert soviet.role == "actor"
