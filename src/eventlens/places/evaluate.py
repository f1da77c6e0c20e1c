"""`eventlens eval location`: event locations against the event_location gold set.

Each gold record is one sentence, one event VERB span and the LOCATION span(s) where that
event happened (or none). Two measurements:

- coded: the real Pipeline runs on the sentence; a record counts when the coder codes an
  event whose trigger covers the gold verb, and that event's `location` is compared.
  `coverage` is the share of records coded.
- all: the gold verb token is handed straight to `PlaceIndex.for_trigger` (the places stage
  alone, independent of the coder), over every record.

A location matches when its words equal or contain (or are contained in) the words of one
gold location (compared as folded name keys: gold offsets are sometimes wrong, so text is
compared, not offsets); where gold has no location, giving none matches. The gold country is
the gold location text resolved with our gazetteer, preferring the countries of the
sentence's actors; records whose gold text the gazetteer cannot place are left out of the
country share (`country_known` counts the rest). A record without a gold location is
country-correct when we give none.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import EventlensError
from ..records import Document, Location
from .gazetteer import name_key
from .resolve import resolve_toponym


def load_gold(path: Path) -> list[dict[str, Any]]:
    path = Path(path)
    if not path.is_file():
        raise EventlensError(f"{path}: no such gold file")
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise EventlensError(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return records


def verb_span(record: dict[str, Any]) -> tuple[int, int] | None:
    """Character span of the gold verb; found by its words when the offsets are off."""
    text = record["text"]
    for s in record["spans"]:
        if s["label"] != "VERB":
            continue
        start, end, words = s["start"], s["end"], s["text"]
        if text[start:end] == words:
            return start, end
        at = text.find(words)
        return (at, at + len(words)) if at >= 0 else None
    return None


def gold_locations(record: dict[str, Any]) -> list[str]:
    return [s["text"] for s in record["spans"] if s["label"] == "LOCATION" and s["text"].strip()]


def text_match(ours: Location | None, gold: list[str]) -> bool:
    if not gold:
        return ours is None
    if ours is None:
        return False
    mine = f" {name_key(ours.text or ours.name)} "
    return any(f" {g} " in mine or mine in f" {g} " for g in (name_key(x) for x in gold) if g)


def gold_country(gold: list[str], context: list[str]) -> str | None:
    for text in gold:
        loc = resolve_toponym(text, context_countries=context)
        if loc is not None and loc.country:
            return loc.country
    return None


def _token_at(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root.i


def evaluate_location(path: Path) -> dict[str, Any]:
    """Scores of the places stage on the event_location gold file (see the module doc)."""
    from ..actors import resolve_actors
    from ..pipeline import Pipeline
    from . import locate

    records = load_gold(path)
    pipeline = Pipeline()
    totals = {k: 0 for k in ("records", "coded", "coded_match", "coded_gold_loc",
                             "coded_country_known", "coded_country", "all_match",
                             "all_gold_loc", "all_loc_found", "all_gold_none",
                             "all_none_given", "all_country_known", "all_country",
                             "verb_missing")}
    for n, record in enumerate(records):
        totals["records"] += 1
        gold = gold_locations(record)
        vspan = verb_span(record)
        doc = pipeline.nlp(record["text"])
        document = Document(doc_id=f"gold-{n}", text=record["text"])
        actors = resolve_actors(doc)
        context = [c for c in (m.actor.country for m in actors.mentions) if c]
        g_country = gold_country(gold, context) if gold else None
        if vspan is None:
            totals["verb_missing"] += 1
            continue
        # all: the gold verb straight to the places stage
        token_i = _token_at(doc, *vspan)
        ours = locate(doc, actors).for_trigger(token_i) if token_i is not None else None
        _count(totals, "all", ours, gold, g_country)
        # coded: the whole pipeline, the event whose trigger covers the gold verb
        result = pipeline._analyse(document, doc)  # same parse, every stage
        event = next((e for e in result.events
                      if e.evidence.trigger_start is not None
                      and e.evidence.trigger_start < vspan[1]
                      and vspan[0] < (e.evidence.trigger_end or 0)), None)
        if event is None:
            continue
        totals["coded"] += 1
        _count(totals, "coded", event.location, gold, g_country)
    return _scores(totals)


def _count(totals: dict[str, int], prefix: str, ours: Location | None, gold: list[str],
           g_country: str | None) -> None:
    matched = text_match(ours, gold)
    totals[f"{prefix}_match"] += int(matched)
    if gold:
        totals[f"{prefix}_gold_loc"] += 1
        if g_country is not None:
            totals[f"{prefix}_country_known"] += 1
            totals[f"{prefix}_country"] += int(ours is not None and ours.country == g_country)
    else:
        totals[f"{prefix}_country_known"] += 1
        totals[f"{prefix}_country"] += int(ours is None)
    if prefix == "all":
        if gold:
            totals["all_loc_found"] += int(ours is not None)
        else:
            totals["all_gold_none"] += 1
            totals["all_none_given"] += int(ours is None)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _scores(t: dict[str, int]) -> dict[str, Any]:
    all_n = t["records"] - t["verb_missing"]
    return {
        "records": t["records"],
        "coded": t["coded"],
        "coverage": _ratio(t["coded"], t["records"]),
        "location_match": _ratio(t["coded_match"], t["coded"]),
        "country_match": _ratio(t["coded_country"], t["coded_country_known"]),
        "coded_with_gold_location": t["coded_gold_loc"],
        "coded_country_known": t["coded_country_known"],
        "all_records": all_n,
        "all_location_match": _ratio(t["all_match"], all_n),
        "all_country_match": _ratio(t["all_country"], t["all_country_known"]),
        "all_country_known": t["all_country_known"],
        "all_gold_location_found": _ratio(t["all_loc_found"], t["all_gold_loc"]),
        "all_gold_none_kept_none": _ratio(t["all_none_given"], t["all_gold_none"]),
    }
