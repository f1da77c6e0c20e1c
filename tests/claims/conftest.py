"""Helpers for claims tests: assess a trigger word of a sentence with real actors."""

from __future__ import annotations

import pytest

from eventlens.actors import resolve_actors
from eventlens.claims import ClaimInfo, assess


@pytest.fixture(scope="session")
def claim_of(nlp):
    """claim_of(text, trigger, occurrence=1) -> ClaimInfo of that trigger token."""

    def run(text: str, trigger: str, occurrence: int = 1) -> ClaimInfo:
        doc = nlp(text)
        actors = resolve_actors(doc)
        hits = [t.i for t in doc if t.text == trigger]
        assert len(hits) >= occurrence, f"{trigger!r} not in {text!r}"
        return assess(doc, hits[occurrence - 1], actors)

    return run
