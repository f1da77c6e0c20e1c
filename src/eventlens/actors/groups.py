"""Group descriptions: "the two presidents", "both countries", "the two sides" stand for the
latest pair of coordinated actors before them ("Ali and Maduro met ... The two presidents
agreed"). Nouns, quantifiers and window in coref.yaml (`group_nouns`, `group_quantifiers`,
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


def _pairs(t: Table, drafts: list[Draft]) -> list[tuple[Draft, Draft]]:
    """Coordinated pairs of identified mentions ("Ali and Maduro", "Congo and Rwanda")."""
    by_head = {d.head: d for d in drafts if d.actor.id is not None}
    out = []
    for d in by_head.values():
        if t.dep[d.head] == "conj" and t.head[d.head] in by_head:
            first = by_head[t.head[d.head]]
            if first.actor.id != d.actor.id:
                out.append((first, d))
    return sorted(out, key=lambda p: p[1].start)


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
        before = [p for p in pairs if p[1].end <= i
                  and sent_index[i] - sent_index[p[1].start] <= window
                  and p[0].actor.kind in kinds and p[1].actor.kind in kinds]
        if before:
            out[i] = before[-1]
    return out
