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


# name -> (country, primary, population) of each candidate place; the places gazetteer is
# loaded once per process and never changes, so a name's candidates never do either
_CANDIDATES: dict[str, list[tuple[str, bool, int]]] = {}


def _candidates(name: str) -> list[tuple[str, bool, int]] | None:
    found = _CANDIDATES.get(name)
    if found is not None:
        return found
    gaz = _places()
    if gaz is None:
        return None
    found = [(m.place.country, m.primary, m.place.population) for m in gaz.lookup(name)
             if m.place.feature in FEATURES and m.place.country]
    if len(_CANDIDATES) > 50_000:
        _CANDIDATES.clear()  # why: bounded memory over a long corpus
    _CANDIDATES[name] = found
    return found


def place_country(name: str, story: Counter[str]) -> str | None:
    """ISO3 country of the place called `name`, or None when unknown."""
    candidates = _candidates(name)
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (story.get(c[0], 0) > 0, c[1], story.get(c[0], 0), c[2]))
    return best[0]
