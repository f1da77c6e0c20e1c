"""Cancelling verbs: "suspended its aid to Y", "froze cooperation with Y", "halted talks",
"cancelled the visit". The event is the cancelling (SANCTION, or REJECT for a cancelled
meeting); the nominal event it cancels is its object, never an event of its own.

Rules as data: ``data/events/cancelling.csv`` (verb, object's PLOVER type -> CAMEO code).
The object is the verb's direct object (through partitives and particles: "cut off aid") or,
for a passive, its subject ("aid to Egypt was suspended"); it must be a nominal event of the
trigger lexicon. The synthesised trigger is a light-verb construction: its recipient roles
are the object noun's (`prep:to` of "aid", `prep:with` of "talks").
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from . import ontology
from .intent import partitives
from .lexicon import Lexicon, Trigger
from .tree import kids

DATA = Path(__file__).resolve().parents[1] / "data" / "events"


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, str]]:
    """verb (with particle) -> {object PLOVER type -> CAMEO code}."""
    lines = [ln for ln in (DATA / "cancelling.csv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    out: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(lines):
        ontology.lookup(row["cameo"])  # why: a bad code fails at load, not mid-document
        out.setdefault(" ".join(row["verb"].lower().split()), {})[row["object_type"]] = row["cameo"]
    return out


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    return frozenset(v.split()[0] for v in table())


@lru_cache(maxsize=512)
def trigger(verb: str, noun_entry: Trigger, cameo: str) -> Trigger:
    """The cancelling as a light-verb trigger with the object's recipient roles."""
    row = ontology.lookup(cameo)
    return Trigger(kind="light", words=(*verb.split(), *noun_entry.words), cameo=row.cameo,
                   type=row.plover_type or "SANCTION", mode=row.mode, context=row.context,
                   goldstein=row.goldstein, quad_class=row.quad_class,
                   targets=noun_entry.targets, flags=frozenset())


def objects(verb: Token) -> Iterator[tuple[str, Token, tuple[int, ...]]]:
    """(verb key, object noun, particle tokens): "cut off aid" gives ("cut off", aid, (off,))
    then ("cut", aid, ()); a passive subject counts as the object."""
    prts = [c for c in kids(verb) if c.dep_ == "prt"]
    base = verb.lemma_.lower()
    for child in kids(verb):
        if child.dep_ in ("dobj", "nsubjpass") and (
                child.pos_ in ("NOUN", "PROPN") or child.lemma_.lower() in partitives()):
            for prt in prts:
                yield f"{base} {prt.lemma_.lower()}", child, (prt.i,)
            yield base, child, ()


def cancel_entry(key: str, noun: Token, lex: Lexicon) -> tuple[Trigger, Trigger] | None:
    """(cancelling trigger, the object's own entry) when `noun` is a listed nominal event."""
    codes = table().get(key)
    if not codes:
        return None
    for entry in lex.nouns.get(noun.lemma_.lower(), ()):
        if len(entry.words) == 1 and entry.type in codes:
            return trigger(key, entry, codes[entry.type]), entry
    return None


VERBS = verbs()  # the cancelling verbs' lemmas (loaded once: the coder tests every verb)
