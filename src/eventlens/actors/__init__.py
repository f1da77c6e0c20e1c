"""Actor mentions -> canonical actors (gazetteer + rule coreference).

Interface used by the pipeline (owned by the actors stage):

    resolve_actors(doc: spacy Doc, year: int | None = None) -> ActorIndex
    ActorIndex.at(token_i, year=None) -> ResolvedMention | None
    ActorIndex.mentions -> list[ResolvedMention]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..records import Actor


@dataclass(frozen=True)
class ResolvedMention:
    """An actor mention over tokens [start, end) of a spaCy Doc."""

    start: int
    end: int
    start_char: int
    end_char: int
    actor: Actor
    via: str = "gazetteer"  # gazetteer, coref, ner


@dataclass
class ActorIndex:
    """Resolved actor mentions of one document, looked up by token."""

    mentions: list[ResolvedMention] = field(default_factory=list)

    def at(self, token_i: int, year: int | None = None) -> ResolvedMention | None:
        for m in self.mentions:
            if m.start <= token_i < m.end:
                return m
        return None


def resolve_actors(doc: Doc, year: int | None = None) -> ActorIndex:
    """Stub until the actors stage lands: no mentions."""
    return ActorIndex()
