"""Toponyms -> gazetteer places; event locations.

Interface used by the pipeline (owned by the places stage):

    locate(doc: spacy Doc, actors: ActorIndex, dateline: str | None = None) -> PlaceIndex
    PlaceIndex.for_trigger(token_i) -> Location | None
    PlaceIndex.places -> list[Location]  (every resolved toponym, text = the article's words)
    resolve_toponym(name, context_countries=()) -> Location | None
    gazetteer() -> Gazetteer  (loaded once per process)
"""

from __future__ import annotations

from .gazetteer import Gazetteer, Place, gazetteer
from .locate import PlaceIndex, Toponym, locate
from .resolve import resolve_toponym

__all__ = ["Gazetteer", "Place", "PlaceIndex", "Toponym", "gazetteer", "locate",
           "resolve_toponym"]
