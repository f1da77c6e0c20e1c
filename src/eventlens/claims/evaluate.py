"""Scores the claims stage against a gold file of labelled event triggers.

Gold format (JSONL, one labelled event a line):
    {"doc": "articles/x.txt", "sentence": "words of the sentence", "trigger": "invaded",
     "factuality": "reported", "attributed_to": "USA"}
`doc` is relative to the gold file's folder; `sentence` is a substring of the document
(unique enough to find the sentence); `trigger` is the first token with that text inside it
(`occurrence` picks a later one). `attributed_to` is null (only the author vouches), "*" (any
non-author speaker, e.g. "rumours", "it is said"), or a code/name that must equal the
predicted speaker's id, its country when it has no id, or its name.

The claims stage is scored on the gold trigger itself (`assess`), so a trigger the event coder
misses is still scored; `coverage` reports how many gold triggers the coder codes as an event.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..actors import ActorIndex, resolve_actors
from ..events import code_events
from ..ingest import read_paths
from ..nlp import load
from ..records import FACTUALITY_LABELS, Actor, Document
from . import assess


@dataclass(frozen=True)
class GoldItem:
    doc: Path
    sentence: str
    trigger: str
    factuality: str
    attributed_to: str | None
    occurrence: int = 1
    line: int = 0


def load_gold(path: Path) -> list[GoldItem]:
    """Gold items of a JSONL file; a malformed line raises ValueError naming the line."""
    items = []
    for n, raw in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            d = json.loads(raw)
            items.append(GoldItem(doc=(Path(path).parent / d["doc"]).resolve(),
                                  sentence=d["sentence"], trigger=d["trigger"],
                                  factuality=d["factuality"],
                                  attributed_to=d.get("attributed_to"),
                                  occurrence=int(d.get("occurrence", 1)), line=n))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: bad gold line ({exc})") from exc
    return items


def locate(doc: Doc, item: GoldItem) -> int | None:
    """Token index of the item's trigger, or None when the sentence/trigger is not found."""
    start = doc.text.find(item.sentence)
    if start < 0:
        return None
    end = start + len(item.sentence)
    seen = 0
    for tok in doc:
        if start <= tok.idx < end and tok.text == item.trigger:
            seen += 1
            if seen == item.occurrence:
                return tok.i
    return None


def attribution_matches(gold: str | None, actor: Actor | None) -> bool:
    """Does the predicted speaker match the gold label (null, "*", code or name)?"""
    if gold is None:
        return actor is None
    if actor is None:
        return False
    if gold == "*":
        return True
    names = {actor.id, actor.name} if actor.id else {actor.country, actor.name}
    return gold.lower() in {n.lower() for n in names if n}


def _document(path: Path) -> Document:
    for item in read_paths([str(path)]):
        if isinstance(item, Document):
            return item
        raise ValueError(f"{path}: {item.reason}")
    raise ValueError(f"{path}: no document")


def _parsed(paths: set[Path]) -> dict[Path, tuple[Doc, ActorIndex, set[int]]]:
    nlp = load()
    out = {}
    for p in sorted(paths):
        document = _document(p)
        doc = nlp(document.text)
        year = document.published_date.year if document.published_date else None
        actors = resolve_actors(doc, year=year)
        coded = {i for ev in code_events(doc, actors)
                 for i in range(ev.trigger_start, ev.trigger_end)}
        out[p] = (doc, actors, coded)
    return out


def evaluate_claims(path: str | Path) -> dict[str, Any]:
    """Factuality accuracy, per-label precision/recall/F1, attribution accuracy, coverage."""
    items = load_gold(Path(path))
    parsed = _parsed({i.doc for i in items})
    pairs: list[tuple[str, str]] = []
    folders: dict[str, list[bool]] = defaultdict(list)
    attribution_hits = 0
    covered = 0
    unlocated: list[str] = []
    errors: list[dict[str, Any]] = []
    for item in items:
        doc, actors, coded = parsed[item.doc]
        i = locate(doc, item)
        if i is None:
            unlocated.append(f"line {item.line}: {item.trigger!r} in {item.sentence[:40]!r}")
            pairs.append((item.factuality, "unlocated"))
            continue
        info = assess(doc, i, actors)
        pairs.append((item.factuality, info.factuality))
        folders[item.doc.parent.name].append(info.factuality == item.factuality)
        hit = attribution_matches(item.attributed_to, info.attributed_to)
        attribution_hits += hit
        covered += i in coded
        if info.factuality != item.factuality or not hit:
            errors.append({"line": item.line, "trigger": item.trigger,
                           "gold": [item.factuality, item.attributed_to],
                           "predicted": [info.factuality, _label(info.attributed_to)]})
    scores = _scores(pairs, attribution_hits, covered, unlocated, errors)
    # accuracy per folder of gold documents (seeds, examples, articles): rules must generalise
    scores["factuality_accuracy_by_folder"] = {
        name: {"items": len(hits), "accuracy": round(sum(hits) / len(hits), 4)}
        for name, hits in sorted(folders.items())}
    return scores


def _label(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.id or actor.country or actor.name or actor.text


def _scores(pairs: list[tuple[str, str]], attribution_hits: int, covered: int,
            unlocated: list[str], errors: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(pairs)
    tp: Counter[str] = Counter()
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    for g, p in pairs:
        gold_n[g] += 1
        pred_n[p] += 1
        tp[g] += g == p
    per_label: dict[str, dict[str, float]] = defaultdict(dict)
    for label in FACTUALITY_LABELS:
        prec = tp[label] / pred_n[label] if pred_n[label] else 0.0
        rec = tp[label] / gold_n[label] if gold_n[label] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_label[label] = {"precision": round(prec, 4), "recall": round(rec, 4),
                            "f1": round(f1, 4), "gold": gold_n[label]}
    out: dict[str, Any] = {
        "items": n,
        "factuality_accuracy": round(sum(tp.values()) / n, 4) if n else 0.0,
        "attribution_accuracy": round(attribution_hits / n, 4) if n else 0.0,
        "coverage": round(covered / n, 4) if n else 0.0,
        "unlocated": len(unlocated),
    }
    for label, scores in per_label.items():
        out[f"{label}_precision"] = scores["precision"]
        out[f"{label}_recall"] = scores["recall"]
    out["per_label"] = dict(per_label)
    out["unlocated_items"] = unlocated
    out["errors"] = errors
    return out
