"""Group descriptions: "the two presidents", "both countries", "the two sides" stand for the
latest pair of coordinated actors before them ("Ali and Maduro met ... The two presidents
agreed"). Nouns, quantifiers and window in coref.yaml (`group_nouns`, `group_quantifiers`,
`group_window`). A group is kept apart from the one-actor-per-word index: the event coder
asks `ActorIndex.group_at(token)` and gets both members.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .gazetteer import Gazetteer
from .mentions import Draft


def _group_noun(tok: Token, quantifiers: set[str], nouns: dict) -> bool:
    """ "the two presidents", "both countries": a plural noun with a group quantifier."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in nouns:
        return False
    return any(c.lower_ in quantifiers and c.dep_ in ("nummod", "det", "predet", "amod", "quantmod")
               for c in tok.lefts)


def _pairs(doc: Doc, drafts: list[Draft]) -> list[tuple[Draft, Draft]]:
    """Coordinated pairs of identified mentions ("Ali and Maduro", "Congo and Rwanda")."""
    by_head = {d.head: d for d in drafts if d.actor.id is not None}
    out = []
    for d in by_head.values():
        tok = doc[d.head]
        if tok.dep_ == "conj" and tok.head.i in by_head:
            first = by_head[tok.head.i]
            if first.actor.id != d.actor.id:
                out.append((first, d))
    return sorted(out, key=lambda p: p[1].start)


def find_groups(doc: Doc, drafts: list[Draft], gaz: Gazetteer) -> dict[int, tuple[Draft, Draft]]:
    """Head token of each group description -> the two drafts it stands for."""
    cfg = gaz.coref
    nouns = cfg.get("group_nouns") or {}
    quantifiers = set(cfg.get("group_quantifiers") or [])
    window = int(cfg.get("group_window", 2))
    pairs = _pairs(doc, drafts)
    if not pairs:
        return {}
    # token -> sentence number, one pass (Token.sent walks the sentence on every call)
    sent_index = {i: n for n, s in enumerate(doc.sents) for i in range(s.start, s.end)}
    out: dict[int, tuple[Draft, Draft]] = {}
    for tok in doc:
        if not _group_noun(tok, quantifiers, nouns):
            continue
        kinds = set(nouns[tok.lemma_.lower()])
        before = [p for p in pairs if p[1].end <= tok.i
                  and sent_index[tok.i] - sent_index[p[1].start] <= window
                  and p[0].actor.kind in kinds and p[1].actor.kind in kinds]
        if before:
            out[tok.i] = before[-1]
    return out
