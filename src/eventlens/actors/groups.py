"""Group descriptions: "the two presidents", "both countries", "the two sides" stand for the
latest pair of parties before them: the two arguments of one event ("Sudan and Chad held
talks", "India accused China") first, other coordinated pairs next; two different pairs in
the nearest sentence leave the description unresolved. Nouns, quantifiers and window in coref.yaml (`group_nouns`, `group_quantifiers`,
`group_window`). A group is kept apart from the one-actor-per-word index: the event coder
asks `ActorIndex.group_at(token)` and gets both members.
"""

from __future__ import annotations

from .gazetteer import Gazetteer
from .mentions import Draft
from .table import Table


def _group_noun(t: Table, i: int, quantifiers: set[str], nouns: dict) -> bool:
    """ "the two presidents", "both countries": a plural noun with a group quantifier."""
    if t.pos[i] != "NOUN" or t.tag[i] != "NNS" or t.lemma[i].lower() not in nouns:
        return False
    return any(c < i and t.lower[c] in quantifiers
               and t.dep[c] in ("nummod", "det", "predet", "amod", "quantmod")
               for c in t.children(i))


SUBJECTS = {"nsubj", "nsubjpass"}
ARGUMENT_DEPS = {"dobj", "poss", "dative"}
# prepositions whose object is an event's second party ("talks with B", "war against B")
PARTY_PREPS = {"with", "against", "between", "among", "to", "from", "toward", "towards"}
Pair = tuple[Draft, Draft, int]  # first, second, strength (2 the two parties of one event,
# 1 coordinated arguments of a verb with no second party, 0 other coordination)


def _pairs(t: Table, drafts: list[Draft]) -> list[Pair]:
    """Pairs of identified mentions of different actors: coordinated ("Ali and Maduro",
    "talks between Congo and Rwanda") or the two parties of one verb ("Sudan accused Chad",
    "India held talks with China"). A list of three or more is no pair."""
    by_head = {d.head: d for d in drafts if d.actor.id is not None}
    out: list[Pair] = []
    for d in by_head.values():
        # 1. coordination: the first conjunct and its only coordinated mention
        conj = [c for c in t.children(d.head) if t.dep[c] == "conj" and c in by_head]
        if len(conj) == 1 and t.dep[d.head] != "conj" and not any(
                t.dep[c] == "conj" for c in t.children(conj[0])):
            other = by_head[conj[0]]
            if other.actor.id != d.actor.id:
                out.append((d, other, _strength(t, d.head)))
        # 2. the subject and the one party-object of a verb
        if t.dep[d.head] in SUBJECTS:
            verb = t.head[d.head]
            objects = {o.actor.id: o for o in (by_head.get(k) for k in _objects(t, verb))
                       if o is not None and o.actor.id != d.actor.id}
            if len(objects) == 1:
                out.append((d, next(iter(objects.values())), 2))
    return sorted(out, key=lambda p: max(p[0].start, p[1].start))


def _strength(t: Table, head: int) -> int:
    """2: a coordinated pair that is the parties of an event ("talks between A and B", "A and
    B signed a deal"); 1: the coordinated subject of a verb with no object ("A and B
    watched"); 0: other coordination."""
    dep = t.dep[head]
    if dep == "pobj":
        return 2 if t.lower[t.head[head]] in PARTY_PREPS else 0
    if dep in SUBJECTS:
        return 2 if _objects(t, t.head[head]) or any(
            t.dep[c] in {"dobj", "attr"} for c in t.children(t.head[head])) else 1
    return 1 if dep in ARGUMENT_DEPS else 0


def _objects(t: Table, verb: int) -> list[int]:
    """Objects of a verb and of its party prepositions, and of "with"/"against" on its direct
    object ("held talks with China")."""
    out = []
    for c in t.children(verb):
        if t.dep[c] in {"dobj", "dative"}:
            out.append(c)
            out.extend(o for p in t.children(c) if t.dep[p] == "prep"
                       and t.lower[p] in PARTY_PREPS for o in t.children(p) if t.dep[o] == "pobj")
        elif t.dep[c] == "prep" and t.lower[c] in PARTY_PREPS:
            out.extend(o for o in t.children(c) if t.dep[o] == "pobj")
    return out


def _choose(pairs: list[Pair], sent_of: list[int]) -> tuple[Draft, Draft] | None:
    """The pair of the nearest sentence among the strongest pairs; None when two pairs of
    different actors compete there."""
    for strength in (2, 1, 0):
        found = [p for p in pairs if p[2] == strength]
        if not found:
            continue
        last = max(sent_of[max(p[0].start, p[1].start)] for p in found)
        near = [p for p in found if sent_of[max(p[0].start, p[1].start)] == last]
        sets = {frozenset((p[0].actor.id, p[1].actor.id)) for p in near}
        if len(sets) != 1:
            return None  # why: ambiguous; leave the description unresolved
        return near[-1][0], near[-1][1]
    return None


def find_groups(t: Table, drafts: list[Draft], gaz: Gazetteer) -> dict[int, tuple[Draft, Draft]]:
    """Head token of each group description -> the two drafts it stands for."""
    cfg = gaz.coref
    nouns = cfg.get("group_nouns") or {}
    quantifiers = set(cfg.get("group_quantifiers") or [])
    window = int(cfg.get("group_window", 2))
    pairs = _pairs(t, drafts)
    if not pairs:
        return {}
    sent_index = t.sent_of()
    out: dict[int, tuple[Draft, Draft]] = {}
    for i in [i for i, tag in enumerate(t.tag) if tag == "NNS"]:  # why: a cheap first test
        if not _group_noun(t, i, quantifiers, nouns):
            continue
        kinds = set(nouns[t.lemma[i].lower()])
        before = [p for p in pairs if p[0].end <= i and p[1].end <= i
                  and sent_index[i] - sent_index[max(p[0].start, p[1].start)] <= window
                  and p[0].actor.kind in kinds and p[1].actor.kind in kinds]
        chosen = _choose(before, sent_index)
        if chosen is not None:
            out[i] = chosen
    return out
