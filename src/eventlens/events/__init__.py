"""Trigger + arguments -> PLOVER type/mode, CAMEO, Goldstein, quad class.

Interface used by the pipeline (owned by the events stage):

    code_events(doc: spacy Doc, actors: ActorIndex) -> list[CodedEvent]
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


def code_events(doc: Doc, actors: ActorIndex) -> list[CodedEvent]:
    """Stub until the events stage lands."""
    return []
