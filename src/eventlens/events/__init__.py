"""Trigger + arguments -> PLOVER type/mode, CAMEO, Goldstein, quad class.

Interface used by the pipeline (owned by the events stage):

    code_events(doc: spacy Doc, actors: ActorIndex, places: PlaceIndex | None = None)
        -> list[CodedEvent]

The lexicon (data/events/triggers.csv), the ontology (data/events/ontology.csv) and the
dependency cascade (coder.py) are documented in docs/events.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..actors import ActorIndex, ResolvedMention


@dataclass(frozen=True)
class CodedEvent:
    """An event found in a parse, before dating, placing and claim assessment."""

    trigger_i: int  # head token of the trigger (used for time/place/claim attachment)
    trigger_start: int  # token span of the trigger words [start, end)
    trigger_end: int
    type: str
    mode: str | None
    cameo: str
    goldstein: float
    quad_class: int
    source: ResolvedMention | None
    target: ResolvedMention | None
    context: str | None = None
    confidence: float = 0.5
    source_via: str | None = None  # how the source was found (subject, agent, possessor, ...)
    target_via: str | None = None  # how the target was found (role, passive-subject, ...)
    symmetric: bool = False  # the lexicon marks the event as reciprocal (talks, contacts)


def code_events(doc: Doc, actors: ActorIndex, places: object | None = None) -> list[CodedEvent]:
    """Every event the coder finds in a parsed document, in text order. With the places
    stage's `PlaceIndex`, a place that is the recipient of a seizure or attack stands for
    the state it lies in ("captured Goma" -> COD); its mention replaces an id-less one in
    `actors`."""
    from .coder import code

    events = []
    for c in code(doc, actors, places=places):
        tokens = c.match.tokens
        events.append(CodedEvent(
            trigger_i=c.match.anchor, trigger_start=min(tokens), trigger_end=max(tokens) + 1,
            type=c.type, mode=c.mode, cameo=c.cameo, goldstein=c.goldstein,
            quad_class=c.quad_class,
            source=c.source.mention if c.source else None,
            target=c.target.mention if c.target else None,
            context=c.context, confidence=c.confidence,
            source_via=c.source.via if c.source else None,
            target_via=c.target.via if c.target else None,
            symmetric=c.match.entry.has("sym"),
        ))
    return events
