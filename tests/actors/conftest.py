"""Fixtures of the actors tests: resolve a text, find the mention covering some words."""

from __future__ import annotations

import pytest

from eventlens.actors import ActorIndex, ResolvedMention, resolve_actors


def _mention(doc, index: ActorIndex, words: str, nth: int = 0) -> ResolvedMention:
    """The mention covering the first token of the nth occurrence of `words`."""
    pos = -1
    for _ in range(nth + 1):
        pos = doc.text.index(words, pos + 1)
    span = doc.char_span(pos, pos + len(words), alignment_mode="expand")
    found = index.at(span.start)
    assert found is not None, f"no mention at {words!r}; mentions: " + ", ".join(
        f"{m.actor.text}={m.actor.id}" for m in index.mentions)
    return found


@pytest.fixture(scope="session")
def resolve(nlp):
    def run(text: str, year: int | None = None):
        doc = nlp(text)
        return doc, resolve_actors(doc, year=year)
    return run


@pytest.fixture(scope="session")
def mention():
    return _mention
