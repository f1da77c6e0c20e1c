"""Look through a region noun to the named entity: "the breakaway region of Transnistria",
"the Donbas region", "Russia's southern province of Dagestan". The mention of the name grows
over the region noun, so the event coder, which reads the phrase's head noun, finds it.
Region nouns are in `rules.yaml` -> `region_nouns`.
"""

from __future__ import annotations

from .gazetteer import Gazetteer
from .mentions import Draft
from .table import Table

LEFT_DEPS = {"det", "amod", "compound", "nmod", "advmod"}


def look_through(t: Table, drafts: list[Draft], taken: set[int], gaz: Gazetteer) -> None:
    """Grow each named place's mention over the region noun it names (in place)."""
    nouns = set(gaz.rules.get("region_nouns") or [])
    if not nouns or not any(lem.lower() in nouns for lem in set(t.lemma)):
        return
    for d in drafts:
        if d.via == "coref" or not (d.actor.id or d.actor.kind == "place"):
            continue
        h = d.head
        parent = t.head[h]
        # "the breakaway region of X": X is the object of "of" after the region noun
        if t.dep[h] == "pobj" and t.lower[parent] == "of" and t.head[parent] < d.start:
            noun = t.head[parent]
            if t.lemma[noun].lower() in nouns and t.pos[noun] == "NOUN" \
                    and not any(k in taken for k in range(noun, d.start)):
                d.start = _left(t, noun, taken)
                d.head = noun
        # "the Donbas region": X is a compound on the region noun right after it
        elif t.dep[h] == "compound" and parent == d.end and t.pos[parent] == "NOUN" \
                and t.lemma[parent].lower() in nouns and parent not in taken:
            if d.start > 0 and t.lower[d.start - 1] == "the" and d.start - 1 not in taken:
                d.start -= 1
            d.end = parent + 1
            d.head = parent
        else:
            continue
        a = d.actor
        d.actor = type(a)(id=a.id, name=a.name, text=t.span_text(d.start, d.end),
                          country=a.country, sector=a.sector, kind=a.kind)
        taken.update(range(d.start, d.end))


def _left(t: Table, noun: int, taken: set[int]) -> int:
    """First token of the region noun's own words ("the breakaway region"), stopping at a
    possessor that is another mention ("Russia's southern province")."""
    start = noun
    for c in sorted(t.children(noun), reverse=True):
        if c > noun or t.dep[c] not in LEFT_DEPS or c in taken or c != start - 1:
            continue
        start = c
    return start
