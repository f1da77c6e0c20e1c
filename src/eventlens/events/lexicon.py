"""The trigger lexicon: verbs, nominal events and light-verb constructions -> CAMEO codes.

Loaded from ``data/events/triggers.csv`` (format in its header and in docs/events.md);
adding a trigger is adding a line there, never code. Each entry resolves its PLOVER type,
mode, context, Goldstein score and quad class through the ontology, unless the entry
overrides type or mode.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from . import ontology

DATA = Path(__file__).resolve().parents[1] / "data" / "events"
KINDS = ("verb", "noun", "light", "modal")
DEFAULT_TARGETS = {
    "verb": ("dobj",),
    "noun": ("prep:against", "prep:on", "prep:with", "prep:to", "prep:of"),
    "light": ("prep:against", "prep:on", "prep:with", "prep:to", "prep:of"),
    "modal": (),
}
FLAGS = {"sym", "ctrl-obj", "of-source", "need-target", "reply", "intransitive", "need-oprd",
         "need-xcomp", "inverse", "evaluative"}


class LexiconError(ValueError):
    """A malformed line of the trigger lexicon."""


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry."""

    kind: str  # verb, noun, light
    words: tuple[str, ...]  # lemma(s): ("pull", "out"), ("invasion",), ("take", "control")
    cameo: str
    type: str
    mode: str | None
    context: str | None
    goldstein: float
    quad_class: int
    targets: tuple[str, ...]
    flags: frozenset[str]
    obj_in: frozenset[str] = frozenset()  # object classes the entry needs (flag obj=<class>)
    obj_not: frozenset[str] = frozenset()  # object classes that rule it out (obj!=<class>)

    @property
    def conditioned(self) -> bool:
        return bool(self.obj_in or self.obj_not)

    @property
    def head(self) -> str:
        """The word matched against the token that anchors the trigger."""
        return self.words[-1] if self.kind == "noun" else self.words[0]

    def has(self, flag: str) -> bool:
        return flag in self.flags


@dataclass(frozen=True)
class Lexicon:
    """Entries indexed by anchor lemma: verbs (with particles), nouns, light verbs."""

    verbs: dict[str, tuple[Trigger, ...]]  # verb lemma -> entries, longest first
    nouns: dict[str, tuple[Trigger, ...]]  # head noun lemma -> entries, longest first
    light: dict[tuple[str, str], Trigger]  # (verb lemma, noun lemma) -> entry
    modals: dict[str, Trigger]  # auxiliary -> entry ("must": a demand on the clause's subject)
    size: int

    @cached_property
    def light_verbs(self) -> set[str]:
        return {verb for verb, _ in self.light}

    def types(self) -> set[str]:
        every = [t for ts in self.verbs.values() for t in ts]
        every += [t for ts in self.nouns.values() for t in ts] + list(self.light.values())
        every += list(self.modals.values())
        return {t.type for t in every}


def _entry(row: dict[str, str], line: int) -> Trigger:
    kind = (row.get("kind") or "").strip()
    if kind not in KINDS:
        raise LexiconError(f"line {line}: kind must be one of {KINDS}, not {kind!r}")
    words = tuple((row.get("trigger") or "").lower().split())
    if not words or (kind == "light" and len(words) < 2):
        raise LexiconError(f"line {line}: trigger {row.get('trigger')!r} is empty or incomplete")
    try:
        code = ontology.lookup(row.get("cameo") or "")
    except KeyError as exc:
        raise LexiconError(f"line {line}: {exc.args[0]}") from None
    ptype = (row.get("type") or "").strip() or code.plover_type
    if ptype not in ontology.PLOVER_TYPES:
        raise LexiconError(f"line {line}: CAMEO {code.cameo} has no PLOVER type; give one")
    flags = frozenset(f.strip() for f in (row.get("flags") or "").split(";") if f.strip())
    obj_in = frozenset(f[4:] for f in flags if f.startswith("obj="))
    obj_not = frozenset(f[5:] for f in flags if f.startswith("obj!="))
    unknown = (obj_in | obj_not) - set(object_classes())
    if unknown:
        raise LexiconError(f"line {line}: unknown object classes {sorted(unknown)}")
    plain = {f for f in flags if not f.startswith(("obj=", "obj!="))}  # kept in `flags` too:
    if plain - FLAGS:  # `eventlens lexicon` lists them
        raise LexiconError(f"line {line}: unknown flags {sorted(plain - FLAGS)}")
    targets = tuple(t.strip() for t in (row.get("target") or "").split("|") if t.strip())
    return Trigger(kind=kind, words=words, cameo=code.cameo, type=ptype,
                   mode=(row.get("mode") or "").strip() or code.mode, context=code.context,
                   goldstein=code.goldstein, quad_class=code.quad_class,
                   targets=targets or DEFAULT_TARGETS[kind], flags=flags,
                   obj_in=obj_in, obj_not=obj_not)


def read(path: Path) -> Lexicon:
    """Parse a trigger lexicon file; LexiconError names the bad line."""
    verbs: dict[str, list[Trigger]] = defaultdict(list)
    nouns: dict[str, list[Trigger]] = defaultdict(list)
    light: dict[tuple[str, str], Trigger] = {}
    modals: dict[str, Trigger] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()]
    body = [(i + 1, ln) for i, ln in enumerate(lines) if ln.strip() and not ln.startswith("#")]
    header = next(csv.reader([body[0][1]]))
    n = 0
    for line, text in body[1:]:
        row = dict(zip(header, next(csv.reader([text])), strict=False))
        entry = _entry(row, line)
        n += 1
        if entry.kind == "verb":
            verbs[entry.words[0]].append(entry)
        elif entry.kind == "noun":
            nouns[entry.words[-1]].append(entry)
        elif entry.kind == "modal":
            modals[entry.words[0]] = entry
        else:
            light[(entry.words[0], " ".join(entry.words[1:]))] = entry
    # longest first; among equals, entries with an object condition first ("designated X a
    # terrorist group"), then evaluative readings ("called Russia an ally" before "called
    # Russia"): they only apply when their object or complement is there
    by_length = lambda d: {k: tuple(sorted(v, key=lambda t: (  # noqa: E731
        -len(t.words), not t.conditioned, not t.has("evaluative")))) for k, v in d.items()}
    return Lexicon(verbs=by_length(verbs), nouns=by_length(nouns), light=light, modals=modals,
                   size=n)


@lru_cache(maxsize=1)
def object_classes() -> dict[str, frozenset[str]]:
    """Object class -> its words (data/events/object_classes.csv)."""
    lines = [ln for ln in (DATA / "object_classes.csv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    out: dict[str, set[str]] = defaultdict(set)
    for row in csv.DictReader(lines):
        out[row["class"].strip()].add(row["word"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The package's trigger lexicon."""
    return read(DATA / "triggers.csv")
