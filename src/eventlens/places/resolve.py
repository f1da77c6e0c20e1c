"""Toponym -> gazetteer place, disambiguated by the story's countries.

Scoring cascade (higher wins), one line of why each:
1. the place's own name beats another of its names (alternate names hold old and foreign forms);
2. a feature word in the text ("Logar province", "the town of X") selects that feature;
3. a country named or implied nearby (same sentence) beats one of the whole document;
4. countries the document talks about (actors and country names) beat the rest of the world;
5. a country beats a namesake region or city ("Georgia" alone is the country), a city beats
   its namesake province ("Kunduz" is the city unless "province" is said);
6. larger populations win the rest ("Paris" alone is Paris, France).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from ..records import Location
from .gazetteer import Match, Place, gazetteer, name_key

FEATURE_PRIOR = {"country": 2.0, "admin1": 0.5, "city": 1.3, "district": 1.3, "landmark": 1.3}
W_PRIMARY = 1.5
W_HINT = 3.0
W_NEAR = 4.0
W_STORY = 1.5
W_POPULATION = 1.0
W_NEAR_ADMIN1 = 2.0


def candidates(name: str) -> list[Match]:
    """Places called `name`, also without a trailing or leading feature word."""
    from .cues import cues

    g = gazetteer()
    found = g.lookup(name)
    if found:
        return found
    words = name.split()
    feature_words = cues().feature_words
    if len(words) > 1 and words[-1].lower() in feature_words:
        return g.lookup(" ".join(words[:-1]))
    if len(words) > 2 and words[0].lower() in ("the",) and words[1].lower() in feature_words:
        return g.lookup(" ".join(words[2:]))
    return []


def feature_hint(name: str) -> str | None:
    """The feature a name states itself: "Logar province" -> admin1, "Kunduz City" -> city."""
    from .cues import cues

    words = name.lower().split()
    return cues().feature_words.get(words[-1]) if len(words) > 1 else None


def score(match: Match, hint: str | None = None, near: Mapping[str, float] | None = None,
          story: Mapping[str, float] | None = None, near_names: Iterable[str] = ()) -> float:
    p = match.place
    s = W_PRIMARY if match.primary else 0.0
    if hint is not None:
        s += W_HINT if p.feature == hint or (hint == "district" and p.feature == "city") else 0.0
    if near and p.country:
        s += W_NEAR * near.get(p.country, 0.0)
    if story and p.country:
        s += W_STORY * story.get(p.country, 0.0)
    names = near_names if isinstance(near_names, (set, frozenset)) else set(near_names)
    if p.admin1 and p.feature != "admin1" and name_key(p.admin1) in names:
        s += W_NEAR_ADMIN1
    s += FEATURE_PRIOR.get(p.feature, 0.0)
    s += W_POPULATION * math.log10(p.population + 1)
    return s


def best_place(name: str, hint: str | None = None, near: Mapping[str, float] | None = None,
               story: Mapping[str, float] | None = None, near_names: Iterable[str] = (),
               primary_only: bool = False) -> tuple[Place, bool] | None:
    """The most likely place called `name`, and whether it was found under its own name."""
    found = candidates(name)
    if primary_only:
        found = [m for m in found if m.primary]
    if not found:
        return None
    hint = hint or feature_hint(name)
    names = frozenset(name_key(n) for n in near_names)  # why: once, not per candidate
    best = max(found, key=lambda m: score(m, hint, near, story, names))
    return best.place, best.primary


def to_location(place: Place, text: str | None = None, basis: str | None = None) -> Location:
    return Location(name=place.name, feature=place.feature, country=place.country,
                    admin1=place.admin1 if place.feature != "country" else None,
                    lat=place.lat, lon=place.lon, id=place.id, precision=place.precision,
                    basis=basis, text=text)


def normalise_weights(counts: Mapping[str, float]) -> dict[str, float]:
    """Country weights scaled so the most talked-about country has weight 1."""
    top = max(counts.values(), default=0.0)
    return {k: v / top for k, v in counts.items()} if top > 0 else {}


def resolve_toponym(name: str, context_countries: Iterable[str] = ()) -> Location | None:
    """A place name to a Location, preferring places in `context_countries` (ISO3 codes)."""
    story: dict[str, float] = {}
    for c in context_countries:
        story[c] = story.get(c, 0.0) + 1.0
    found = best_place(name, story=normalise_weights(story))
    return to_location(found[0], text=name) if found else None
