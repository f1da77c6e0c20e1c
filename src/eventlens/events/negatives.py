"""Negative quantifier subjects: "neither side fired a shot", "none of the parties signed the
deal". The phrase names no actor by itself, but it quantifies over a pair already in the story
("Armenia and Azerbaijan met ... neither side fired"): the event is coded for that pair, and
the claims stage reads the negative subject as `negated`.

Only two shapes, both of which presuppose a known set: a singular group noun under "neither"
("neither side / government / country": "neither" presupposes exactly two), and "none of" /
"neither of" a definite plural group noun ("none of the parties"). "No country has ..." is
not one of them: it quantifies over every country, not over a pair named before.
The group nouns, the kinds each takes and the sentence window are the actors stage's
(data/actors/coref.yaml `group_nouns`, `group_window`); the pair is the latest coordinated
pair of identified actors of those kinds ("Serbia and Kosovo").
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ..actors import ActorIndex, ResolvedMention
from .tree import doc_memo, kids

DEFINITE = {"the", "these", "those", "both", "two"}


@lru_cache(maxsize=1)
def _coref() -> tuple[dict[str, frozenset[str]], int]:
    from ..actors.gazetteer import load

    cfg: dict[str, Any] = load().coref
    nouns = {k.lower(): frozenset(v) for k, v in (cfg.get("group_nouns") or {}).items()}
    return nouns, int(cfg.get("group_window", 2))


def _quantified_noun(tok: Token) -> Token | None:
    """The group noun a negative quantifier subject ranges over, or None."""
    low = tok.lower_
    if low in ("none", "neither") and tok.pos_ in ("NOUN", "PRON", "DET", "ADJ"):
        for prep in kids(tok):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in kids(prep):
                    if pobj.dep_ == "pobj" and pobj.tag_ == "NNS" and any(
                            c.lower_ in DEFINITE for c in kids(pobj) if c.i < pobj.i):
                        return pobj
        return None
    if tok.tag_ == "NN" and any(c.dep_ in ("det", "preconj") and c.lower_ == "neither"
                                for c in kids(tok) if c.i < tok.i):
        return tok
    return None


def _pairs(doc: Doc, actors: ActorIndex) -> list[tuple[ResolvedMention, ResolvedMention]]:
    """Coordinated pairs of identified actors, in text order (once per document)."""
    out = []
    for m in actors.mentions:
        if m.actor.id is None:
            continue
        head = doc[m.start:m.end].root
        if head.dep_ != "conj" or head.head.i == head.i:
            continue
        first = actors.at(head.head.i)
        if first is not None and first.actor.id is not None and first.actor.id != m.actor.id:
            out.append((first, m))
    return sorted(out, key=lambda p: p[1].start)


def negative_group(tok: Token, actors: ActorIndex) -> list[ResolvedMention]:
    """The pair a negative quantifier subject ranges over ("neither side"), or []."""
    noun = _quantified_noun(tok)
    if noun is None:
        return []
    nouns, window = _coref()
    kinds = nouns.get(noun.lemma_.lower())
    if not kinds:
        return []
    doc = tok.doc
    starts = doc_memo(doc, "sent_starts", lambda: [s.start for s in doc.sents])
    here = bisect_right(starts, tok.i)
    found = [p for p in doc_memo(doc, "coordinated_pairs", lambda: _pairs(doc, actors))
             if p[1].end <= tok.i and here - bisect_right(starts, p[1].start) <= window
             and p[0].actor.kind in kinds and p[1].actor.kind in kinds]
    return list(found[-1]) if found else []
