"""Fixtures for the events stage: code a sentence with the real model and real actors."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def code(nlp):
    """code(text) -> list of (type, source id, target id, trigger text, CodedEvent)."""
    from eventlens.actors import resolve_actors
    from eventlens.events import code_events

    def run(text: str):
        doc = nlp(text)
        out = []
        for e in code_events(doc, resolve_actors(doc)):
            out.append((e.type, e.source.actor.id if e.source else None,
                        e.target.actor.id if e.target else None,
                        doc[e.trigger_start:e.trigger_end].text, e))
        return out

    return run

