"""Toponyms -> gazetteer places; event locations.

Interface used by the pipeline (owned by the places stage):

    locate(doc: spacy Doc, actors: ActorIndex, dateline: str | None = None) -> PlaceIndex
    PlaceIndex.for_trigger(token_i) -> Location | None
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..actors import ActorIndex
from ..records import Location


@dataclass
class PlaceIndex:
    places: list[Location] = field(default_factory=list)

    def for_trigger(self, token_i: int) -> Location | None:
        return None


def locate(doc: Doc, actors: ActorIndex, dateline: str | None = None) -> PlaceIndex:
    """Stub until the places stage lands."""
    return PlaceIndex()
