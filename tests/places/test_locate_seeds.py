"""Acceptance on the seeds: Kunduz, Dubai and Logar (trigger tokens found by their words)."""

from __future__ import annotations

import pytest

from eventlens.actors import resolve_actors
from eventlens.places import locate
from eventlens.records import Document

SEED = "003_190791c2367702d5.txt"


@pytest.fixture(scope="module")
def seed(nlp, seeds):
    text = (seeds / SEED).read_text(encoding="utf-8")
    doc = nlp(text)
    return text, doc, locate(doc, resolve_actors(doc))


def _trigger(doc, word, sentence_words):
    return next(t.i for t in doc if t.text == word and sentence_words in t.sent.text)


def test_taliban_taking_kunduz_city_is_placed_in_kunduz(seed):
    _, doc, index = seed
    loc = index.for_trigger(_trigger(doc, "took", "Kunduz City"))
    assert (loc.name, loc.country, loc.basis) == ("Kunduz", "AFG", "attached")


def test_dubai_contacts_are_in_the_emirates(seed):
    _, doc, index = seed
    loc = index.for_trigger(_trigger(doc, "contact", "in Dubai"))
    assert (loc.name, loc.country) == ("Dubai", "ARE")


def test_helicopter_landing_and_seizure_are_in_logar(seed):
    _, doc, index = seed
    for word in ("land", "seized"):
        loc = index.for_trigger(_trigger(doc, word, "Arza, locality of Logar"))
        assert (loc.country, loc.admin1, loc.precision) == ("AFG", "Logar", "admin1"), word


def test_seed_events_carry_these_locations_end_to_end(pipeline, seed):
    text, _, _ = seed
    result = pipeline.process(Document(doc_id="seed003", text=text))

    def located(sentence_words):
        return [e.location for e in result.events
                if sentence_words in e.evidence.text and e.location is not None]

    assert any(loc.country == "AFG" and loc.name == "Kunduz" for loc in located("Kunduz City"))
    assert any(loc.country == "ARE" for loc in located("in Dubai"))
    assert any(loc.admin1 == "Logar" and loc.country == "AFG"
               for loc in located("locality of Logar"))
