"""Actors outside the gazetteer still come out, from spaCy's NER, with a null id."""

from __future__ import annotations

from eventlens.actors import lookup_actor


def test_unknown_organisation_keeps_text_and_kind(resolve, mention):
    doc, index = resolve("The Zorvani Liberation Council attacked the convoy.")
    m = mention(doc, index, "Zorvani")
    assert m.actor.id is None
    assert m.via == "ner"
    assert m.actor.kind in {"organisation", "group", "person", "place"}
    assert "Zorvani" in m.actor.text


def test_unknown_person_is_a_person(resolve, mention):
    doc, index = resolve("Said Abdullah Noori signed the peace treaty.")
    m = mention(doc, index, "Noori")
    assert (m.actor.id, m.actor.kind) == (None, "person")


def test_lookup_actor_handles_unknown_and_empty_strings():
    assert lookup_actor("") is None
    assert lookup_actor("Leave a Reply") is None
    assert lookup_actor("the Kremlin").id == "RUS"
    assert lookup_actor("russian federation").id == "RUS"
    assert lookup_actor("Islamic State").id == "ISIS"
