"""A place that is the recipient of a seizure or attack stands for the state it lies in."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def code_placed(nlp):
    """code_placed(text) -> [(type, source id, target id, target text)] with the places index."""
    from eventlens.actors import resolve_actors
    from eventlens.events import code_events
    from eventlens.places import locate

    def run(text: str):
        doc = nlp(text)
        actors = resolve_actors(doc)
        places = locate(doc, actors)
        return [(e.type, e.source.actor.id if e.source else None,
                 e.target.actor.id if e.target else None,
                 e.target.actor.text if e.target else None)
                for e in code_events(doc, actors, places)]

    return run


def test_captured_city_is_its_state_with_the_article_words(code_placed):
    got = code_placed("In late January 2025, M23 fighters captured Goma, the largest city in "
                      "eastern Congo.")
    assert ("COERCE", "M23", "COD", "Goma") in got


def test_took_control_of_a_city(code_placed):
    assert ("COERCE", "ISIS", "IRQ", "Mosul") in code_placed(
        "The Islamic State took control of Mosul in 2014.")


def test_attacked_and_shelled_towns(code_placed):
    assert ("ASSAULT", "HAMAS", "ISR", "Sderot") in code_placed(
        "Hamas fighters attacked Sderot in October 2023.")
    assert ("ASSAULT", "RUS", "UKR", "Kharkiv") in code_placed(
        "Russian forces shelled Kharkiv overnight.")


def test_place_in_the_sources_own_state_names_no_recipient(code_placed):
    got = code_placed("Azerbaijani forces captured Shusha in November 2020.")
    assert got and all(target != "AZE" for _, _, target, _ in got)


def test_without_the_places_index_a_place_stays_unresolved(code):
    got = code("M23 fighters captured Goma in January 2025.")
    assert all(target != "COD" for _, _, target, _, _ in got)


def test_pipeline_event_carries_the_place_state(pipeline):
    from eventlens.ingest import document_from_text

    result = pipeline.process(document_from_text("The rebels seized Bukavu in February 2025.",
                                                 doc_id="t"))
    seized = [e for e in result.events if e.evidence.trigger == "seized"]
    assert seized and seized[0].target is not None
    assert (seized[0].target.id, seized[0].target.text) == ("COD", "Bukavu")
