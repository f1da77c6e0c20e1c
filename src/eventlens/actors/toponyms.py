"""The country of a place named as an actor ("Kunduz", "Zurich", "Darfur rebels").

Uses the places stage's offline gazetteer (loaded once per process and shared with the places
stage); the place keeps `id=None` — it is not an actor of the gazetteer — but gets `country`,
chosen among the countries the story already mentions, else the most populous candidate.
"""

from __future__ import annotations

from collections import Counter

FEATURES = {"country", "admin1", "city", "district"}


def _places():
    try:
        from ..places.gazetteer import gazetteer
    except ImportError:  # why: the actors stage works without the places stage
        return None
    try:
        return gazetteer()
    except (OSError, ValueError):
        return None


def place_country(name: str, story: Counter[str]) -> str | None:
    """ISO3 country of the place called `name`, or None when unknown."""
    gaz = _places()
    if gaz is None:
        return None
    candidates = [m for m in gaz.lookup(name) if m.place.feature in FEATURES and m.place.country]
    if not candidates:
        return None
    best = max(candidates, key=lambda m: (story.get(m.place.country or "", 0) > 0, m.primary,
                                          story.get(m.place.country or "", 0),
                                          m.place.population))
    return best.place.country
