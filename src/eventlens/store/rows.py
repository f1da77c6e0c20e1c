"""DocResults and ReadErrors as table rows (the form partitions travel in).

`result_rows` is the only place that flattens pipeline records into store rows; the local
engine, the Dask engine (via Parquet shards) and `Store.ingest_results` all go through it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from ..records import Actor, DocResult, Event, ReadError
from .schema import PARTITION_TABLES, arrow_schema, row_columns

Rows = dict[str, list[dict[str, Any]]]

_ACTOR_FIELDS = ("id", "name", "text", "country", "sector", "kind")


def empty_rows() -> Rows:
    return {t: [] for t in PARTITION_TABLES}


def _actor(prefix: str, actor: Actor | None) -> dict[str, Any]:
    return {f"{prefix}_{f}": (getattr(actor, f) if actor else None) for f in _ACTOR_FIELDS}


def event_row(event: Event, ordinal: int) -> dict[str, Any]:
    d, loc, ev = event.date, event.location, event.evidence
    return {
        "doc_id": event.doc_id, "ordinal": ordinal, "event_id": event.event_id,
        "sentence_index": event.sentence_index, "type": event.type, "mode": event.mode,
        "cameo": str(event.cameo), "quad_class": int(event.quad_class),
        "goldstein": float(event.goldstein), "confidence": float(event.confidence),
        "context": event.context, "factuality": event.factuality,
        **_actor("source", event.source), **_actor("target", event.target),
        **_actor("attributed", event.attributed_to),
        "date_start": d.start, "date_end": d.end, "date_precision": d.precision,
        "date_basis": d.basis, "date_text": d.text, "date_value": d.value, "date_mod": d.mod,
        "loc_name": loc.name if loc else None, "loc_feature": loc.feature if loc else None,
        "loc_country": loc.country if loc else None, "loc_admin1": loc.admin1 if loc else None,
        "loc_lat": loc.lat if loc else None, "loc_lon": loc.lon if loc else None,
        "loc_id": loc.id if loc else None, "loc_precision": loc.precision if loc else None,
        "loc_basis": loc.basis if loc else None, "loc_text": loc.text if loc else None,
        "trigger": ev.trigger, "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end,
        "evidence_start": ev.start, "evidence_end": ev.end, "evidence_text": ev.text,
        "record": json.dumps(event.as_dict(), ensure_ascii=False),  # contract key order
    }


def _claim_rows(event: Event, ordinal: int) -> list[dict[str, Any]]:
    """Who says so: the claim chain, or the single attributing actor."""
    chain = event.claim_chain or ((event.attributed_to,) if event.attributed_to else ())
    return [{"doc_id": event.doc_id, "ordinal": ordinal, "event_id": event.event_id,
             "position": i, "factuality": event.factuality, **_actor("actor", a)}
            for i, a in enumerate(chain)]


def result_rows(result: DocResult, into: Rows | None = None) -> Rows:
    """Rows of every document table for one DocResult (appended to `into` when given)."""
    rows = into if into is not None else empty_rows()
    doc = result.document
    rows["documents"].append({
        "doc_id": doc.doc_id, "content_hash": doc.content_hash, "title": doc.title,
        "published": doc.published, "source": doc.source, "url": doc.url, "path": doc.path,
        "text": doc.text, "n_chars": len(doc.text), "n_words": len(doc.text.split()),
        "n_sentences": len(result.sentences), "n_events": len(result.events),
        "n_mentions": len(result.mentions),
    })
    rows["sentences"].extend(
        {"doc_id": doc.doc_id, "sentence_index": s.index, "start_char": s.start,
         "end_char": s.end, "text": s.text} for s in result.sentences)
    rows["mentions"].extend(
        {"doc_id": doc.doc_id, "mention_index": i, "start_char": m.start, "end_char": m.end,
         "sentence_index": m.sentence_index, **_actor("actor", m.actor), "via": m.via}
        for i, m in enumerate(result.mentions))
    for i, e in enumerate(result.events):
        rows["events"].append(event_row(e, i))
        rows["claims"].extend(_claim_rows(e, i))
    rows["timexes"].extend(
        {"doc_id": doc.doc_id, "start_char": t.start, "end_char": t.end, "text": t.text,
         "type": t.type, "value": t.value, "mod": t.mod, "anchor": t.anchor}
        for t in result.timexes)
    return rows


def failure_row(error: ReadError) -> dict[str, Any]:
    return {"path": error.path, "line": error.line, "reason": error.reason}


def rows_of(results: Iterable[DocResult], errors: Iterable[ReadError] = ()) -> Rows:
    rows = empty_rows()
    for r in results:
        result_rows(r, rows)
    rows["failures"].extend(failure_row(e) for e in errors)
    return rows


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table with the store's schema (missing keys become nulls)."""
    schema = arrow_schema(table)
    cols = {name: [r.get(name) for r in rows] for name, _ in row_columns(table)}
    return pa.table(cols, schema=schema)


def rows_to_arrow(rows: Rows) -> dict[str, pa.Table]:
    return {t: to_arrow(t, rows.get(t, [])) for t in PARTITION_TABLES}
