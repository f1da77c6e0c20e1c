"""Actors outside the gazetteer still come out, from spaCy's NER, with a null id."""

from __future__ import annotations

import pytest

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


def test_a_place_named_as_an_actor_gets_its_country(resolve, mention):
    doc, index = resolve("The Taliban attacked Kunduz. Obama and Putin will meet in Zurich.")
    kunduz = mention(doc, index, "Kunduz").actor
    assert (kunduz.id, kunduz.kind, kunduz.country) == (None, "place", "AFG")
    assert mention(doc, index, "Zurich").actor.country == "CHE"


def test_unknown_group_takes_the_sector_of_its_noun(resolve, mention):
    doc, index = resolve("Zorvani rebels attacked the convoy near the border.")
    m = mention(doc, index, "rebels")
    assert m.actor.id is None and m.actor.sector == "REB"


def test_lookup_never_reads_short_lower_case_words_as_actors():
    assert lookup_actor("us") is None
    assert lookup_actor("US").id == "USA"


@pytest.mark.parametrize("text, words, sector", [
    ("Judge Alejandro Rivera opened fraud investigations.", "Alejandro Rivera", "JUD"),
    ("Archbishop Desmond Tutu criticised the plan.", "Desmond Tutu", "REL"),
    ("Planning and Investment Minister Tran Xuan Gia said Vietnam would open up.",
     "Tran Xuan Gia", "GOV"),
])
def test_a_title_gives_an_unknown_person_a_sector(resolve, mention, text, words, sector):
    doc, index = resolve(text)
    m = mention(doc, index, words)
    assert (m.actor.id, m.actor.kind, m.actor.sector) == (None, "person", sector)
