"""Evaluative predications: "X regarded Y as a threat", "branded Y a terrorist group",
"called Y an ally" -> an evaluation of Y by X, coded by the polarity of the complement.

Rules as data: ``data/events/evaluative.csv`` (complement word -> polarity and CAMEO code);
the verbs that take such a complement carry the ``evaluative`` flag in triggers.csv.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from .tree import kids

DATA = Path(__file__).resolve().parents[1] / "data" / "events"
COMPLEMENT_MODS = ("amod", "compound", "nmod")


@dataclass(frozen=True)
class Frame:
    """The evaluated phrase (None when it is the passive subject), the complement and its code."""

    obj: Token | None
    complement: Token
    cameo: str
    polarity: str


@lru_cache(maxsize=1)
def complements() -> dict[str, tuple[str, str]]:
    """Complement word -> (polarity, CAMEO code)."""
    lines = [ln for ln in (DATA / "evaluative.csv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    out = {}
    for row in csv.DictReader(lines):
        if row["polarity"] not in ("neg", "pos"):
            raise ValueError(f"evaluative.csv: polarity of {row['word']!r} must be neg or pos")
        out[row["word"].lower()] = (row["polarity"], row["cameo"])
    return out


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def polarity(complement: Token) -> tuple[str, str] | None:
    """(polarity, cameo) of a complement phrase: its head and modifiers; negative wins."""
    table = complements()
    words = [complement, *[c for c in kids(complement) if c.dep_ in COMPLEMENT_MODS]]
    found = []
    for w in words:
        if _negating_prefix(w):  # "an anti-terrorist operation" is no verdict of terrorism
            continue
        for key in (_lemma(w), w.lower_):
            if key in table:
                found.append(table[key])
                break
        for c in kids(w):  # two-word entries: "war criminal"
            if c.dep_ in COMPLEMENT_MODS and f"{_lemma(c)} {_lemma(w)}" in table:
                found.append(table[f"{_lemma(c)} {_lemma(w)}"])
    neg = [f for f in found if f[0] == "neg"]
    best = neg or found
    return best[0] if best else None


NEGATING_PREFIXES = ("anti", "counter", "non")


def _negating_prefix(tok: Token) -> bool:
    """"anti-terrorist", "counter-terrorism": the word is negated by its hyphenated prefix."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in NEGATING_PREFIXES \
        or any(tok.lower_.startswith(p + "-") for p in NEGATING_PREFIXES)


def _as_pobj(tok: Token) -> Token | None:
    return next((p for c in kids(tok) if c.dep_ == "prep" and _lemma(c) == "as"
                 for p in kids(c) if p.dep_ == "pobj"), None)


def frame(verb: Token) -> Frame | None:
    """The evaluated phrase and the complement of an evaluative verb, in the shapes the
    parser gives them: 1. "called Y an ally" (object + oprd); 2. "regarded Y as a threat"
    ("as" on the verb or on the object); 3. "branded Y a terrorist group" (dative + object);
    4. "considers [Y a terrorist group]" (a verbless clause with Y its subject); 5. two
    objects ("designated [the takeover] [a coup]", as the parser gives it); 6. passive
    "Y was seen as a threat" (the evaluated phrase is the passive subject)."""
    children = kids(verb)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    dative = next((c for c in children if c.dep_ == "dative"), None)
    candidates: list[tuple[Token | None, Token | None]] = [
        (obj, next((c for c in children if c.dep_ in ("oprd", "attr")), None)),
        (obj, _as_pobj(verb)),
        (obj, _as_pobj(obj) if obj is not None else None),
        (dative, obj if dative is not None else None),
    ]
    objs = [c for c in children if c.dep_ == "dobj"]
    if len(objs) >= 2:  # the parser's two objects: "designated [the takeover] [a coup]"
        candidates.append((objs[0], objs[1]))
    for c in children:
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ"):
            candidates.append((next((s for s in kids(c) if s.dep_ == "nsubj"), None), c))
    for evaluated, comp in candidates:
        if comp is None:
            continue
        pol = polarity(comp)
        if pol is not None:
            return Frame(evaluated, comp, pol[1], pol[0])
    return None
