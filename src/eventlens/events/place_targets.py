"""Places as recipients: "M23 fighters captured Goma" -> M23 -> COD (text "Goma").

When a trigger of a type listed in ``data/events/place_targets.txt`` (ASSAULT, COERCE: seize,
occupy, attack, shell ...) has no actor as recipient but its recipient role names a place,
the recipient is the state the place lies in, read from the places stage's index (the
toponym over that word) or, failing that, from the offline gazetteer with the story's
countries as context. The mention keeps the article's words as its text.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorIndex, ResolvedMention, gazetteer
from ..records import Actor
from .intent import DATA
from .tree import kids

# place features that lie inside one state (a country name is an actor already)
INSIDE = {"admin1", "city", "district", "landmark", "locality"}


@lru_cache(maxsize=1)
def place_types() -> frozenset[str]:
    lines = (DATA / "place_targets.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def role_tokens(anchor: Token, roles: tuple[str, ...], noun: Token | None) -> list[Token]:
    """The words in the trigger's recipient roles: its object, the object of a listed
    preposition (on the light verb's noun first), each conjunct."""
    hosts = [noun, anchor] if noun is not None else [anchor]
    for role in roles:
        for host in hosts:
            found: list[Token] = []
            for c in kids(host):
                if role == "dobj" and c.dep_ == "dobj" and (noun is None or c.i != noun.i):
                    found.append(c)
                elif role.startswith("prep:") and c.dep_ == "prep" and c.lower_ == role[5:]:
                    found.extend(p for p in kids(c) if p.dep_ == "pobj")
            words = [t for f in found for t in [f, *f.conjuncts]
                     if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")]
            if words:  # why: "on Monday" is no recipient; the next role is tried
                return words
    return []


def _state_name(code: str) -> str | None:
    entry = gazetteer.load().entries.get(code)
    return entry.name if entry is not None else None


def _story(actors: ActorIndex) -> Counter[str]:
    return Counter(m.actor.country for m in actors.mentions if m.actor.id and m.actor.country)


def place_mention(tok: Token, places, actors: ActorIndex) -> ResolvedMention | None:
    """The state a place word lies in, as a mention over the place's words."""
    doc = tok.doc
    hit = actors.at(tok.i)
    if hit is not None and hit.actor.id is not None:
        return None  # an actor, not a place
    span, country = None, None
    for t in getattr(places, "toponyms", None) or []:
        if t.start <= tok.i < t.end and t.location is not None:
            if t.location.feature in INSIDE and t.location.country:
                span, country = (t.start, t.end), t.location.country
            break
    if country is None and hit is not None and hit.actor.kind == "place" and hit.actor.country:
        span, country = (hit.start, hit.end), hit.actor.country  # NER place with its country
    if country is None:
        from ..places import resolve_toponym

        story = _story(actors)  # why: an unknown word is a place only in a country of the story
        loc = resolve_toponym(tok.text, context_countries=list(story))
        if loc is not None and loc.feature in INSIDE and loc.country in story:
            span, country = (tok.i, tok.i + 1), loc.country
    if country is None or span is None:
        return None
    words = doc[span[0]:span[1]]
    actor = Actor(id=country, name=_state_name(country), text=words.text, country=country,
                  sector=None, kind="place")
    return ResolvedMention(start=span[0], end=span[1], start_char=words.start_char,
                           end_char=words.end_char, actor=actor, via="place", head=tok.i,
                           form="place")
