"""DocResults and ReadErrors as table rows (the form partitions travel in).

`result_rows` is the only place that flattens pipeline records into store rows; the local
engine, the Dask engine (via Parquet shards) and `Store.ingest_results` all go through it.

A row is a tuple in the order of its table's `schema.row_columns` (the `COLUMNS` below,
checked against schema.py at import); `rows_to_arrow` turns each table's tuples into Arrow
columns in one pass. Tuples instead of dicts: building and transposing them is ~3x cheaper.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from ..records import Actor, DocResult, Event, ReadError
from .schema import PARTITION_TABLES, arrow_schema, row_columns

Row = tuple[Any, ...]
Rows = dict[str, list[Row]]

_ACTOR = ("id", "name", "text", "country", "sector", "kind")


def _actor_columns(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}_{f}" for f in _ACTOR)


# The column order of every row builder below; must equal schema.row_columns.
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "content_hash", "title", "published", "source", "url", "path",
                  "text", "n_chars", "n_words", "n_sentences", "n_events", "n_mentions"),
    "sentences": ("doc_id", "sentence_index", "start_char", "end_char", "text"),
    "mentions": ("doc_id", "mention_index", "start_char", "end_char", "sentence_index",
                 *_actor_columns("actor"), "via"),
    "events": ("doc_id", "ordinal", "event_id", "sentence_index", "type", "mode", "cameo",
               "quad_class", "goldstein", "confidence", "context", "factuality",
               *_actor_columns("source"), *_actor_columns("target"),
               *_actor_columns("attributed"),
               "date_start", "date_end", "date_precision", "date_basis", "date_text",
               "date_value", "date_mod",
               "loc_name", "loc_feature", "loc_country", "loc_admin1", "loc_lat", "loc_lon",
               "loc_id", "loc_precision", "loc_basis", "loc_text",
               "trigger", "trigger_start", "trigger_end", "evidence_start", "evidence_end",
               "evidence_text", "record"),
    "claims": ("doc_id", "ordinal", "event_id", "position", "factuality",
               *_actor_columns("actor")),
    "timexes": ("doc_id", "start_char", "end_char", "text", "type", "value", "mod", "anchor"),
    "failures": ("path", "line", "reason"),
}
for _table in PARTITION_TABLES:  # fail at import, not with misplaced values in the store
    if COLUMNS[_table] != tuple(c for c, _ in row_columns(_table)):
        raise RuntimeError(f"store.rows: the columns of '{_table}' differ from schema.py")

_NO_ACTOR: Row = (None,) * len(_ACTOR)
_NO_LOCATION: Row = (None,) * 10


def empty_rows() -> Rows:
    return {t: [] for t in PARTITION_TABLES}


def _actor(actor: Actor | None) -> Row:
    if actor is None:
        return _NO_ACTOR
    return (actor.id, actor.name, actor.text, actor.country, actor.sector, actor.kind)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's field names, in order (looked up once per class)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _flat(obj: Any) -> dict[str, Any]:
    """`asdict` of a dataclass whose fields are plain values (Actor, TimeSpan, Location,
    Evidence): the same dict without asdict's recursion and deep copies."""
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


def event_record(event: Event) -> dict[str, Any]:
    """`Event.as_dict()` (the contract, same keys in the same order), built without
    dataclasses.asdict, which costs ~3/4 of storing an event. tests/store checks equality."""
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "type": event.type,
        "mode": event.mode,
        "cameo": str(event.cameo),
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "source": _flat(event.source) if event.source else None,
        "target": _flat(event.target) if event.target else None,
        "date": _flat(event.date),
        "location": _flat(event.location) if event.location else None,
        "factuality": event.factuality,
        "attributed_to": _flat(event.attributed_to) if event.attributed_to else None,
        "claim_chain": [_flat(a) for a in event.claim_chain],
        "evidence": _flat(event.evidence),
        "confidence": event.confidence,
        "sentence_index": event.sentence_index,
        "context": event.context,
        "stance": event.stance,
    }


def event_row(event: Event, ordinal: int) -> Row:
    d, loc, ev = event.date, event.location, event.evidence
    location = _NO_LOCATION if loc is None else (
        loc.name, loc.feature, loc.country, loc.admin1, loc.lat, loc.lon, loc.id,
        loc.precision, loc.basis, loc.text)
    return (
        event.doc_id, ordinal, event.event_id, event.sentence_index, event.type, event.mode,
        str(event.cameo), int(event.quad_class), float(event.goldstein),
        float(event.confidence), event.context, event.factuality,
        *_actor(event.source), *_actor(event.target), *_actor(event.attributed_to),
        d.start, d.end, d.precision, d.basis, d.text, d.value, d.mod,
        *location,
        ev.trigger, ev.trigger_start, ev.trigger_end, ev.start, ev.end, ev.text,
        json.dumps(event_record(event), ensure_ascii=False),  # contract key order
    )


def _claim_rows(event: Event, ordinal: int) -> list[Row]:
    """Who says so: the claim chain, or the single attributing actor."""
    chain = event.claim_chain or ((event.attributed_to,) if event.attributed_to else ())
    return [(event.doc_id, ordinal, event.event_id, i, event.factuality, *_actor(a))
            for i, a in enumerate(chain)]


def result_rows(result: DocResult, into: Rows | None = None) -> Rows:
    """Rows of every document table for one DocResult (appended to `into` when given)."""
    rows = into if into is not None else empty_rows()
    doc = result.document
    doc_id = doc.doc_id
    rows["documents"].append((
        doc_id, doc.content_hash, doc.title, doc.published, doc.source, doc.url, doc.path,
        doc.text, len(doc.text), len(doc.text.split()), len(result.sentences),
        len(result.events), len(result.mentions)))
    rows["sentences"].extend((doc_id, s.index, s.start, s.end, s.text)
                             for s in result.sentences)
    rows["mentions"].extend((doc_id, i, m.start, m.end, m.sentence_index, *_actor(m.actor), m.via)
                            for i, m in enumerate(result.mentions))
    events, claims = rows["events"], rows["claims"]
    for i, e in enumerate(result.events):
        events.append(event_row(e, i))
        claims.extend(_claim_rows(e, i))
    rows["timexes"].extend((doc_id, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor)
                           for t in result.timexes)
    return rows


def failure_row(error: ReadError) -> Row:
    return (error.path, error.line, error.reason)


def failures_of(rows: Rows) -> list[ReadError]:
    """The ReadErrors of a partition's failure rows."""
    return [ReadError(path, reason, line) for path, line, reason in rows["failures"]]


def rows_of(results: Iterable[DocResult], errors: Iterable[ReadError] = ()) -> Rows:
    rows = empty_rows()
    for r in results:
        result_rows(r, rows)
    rows["failures"].extend(failure_row(e) for e in errors)
    return rows


def to_arrow(table: str, rows: list[Row]) -> pa.Table:
    """Tuple rows (in `COLUMNS[table]` order) as an Arrow table with the store's schema."""
    schema = arrow_schema(table)
    if not rows:
        return schema.empty_table()
    columns = zip(*rows, strict=True)
    return pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, schema,
                                                                             strict=True)],
                                schema=schema)


def dicts_to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Dict rows as an Arrow table with the store's schema (missing keys become nulls)."""
    schema = arrow_schema(table)
    return pa.table({name: [r.get(name) for r in rows] for name in schema.names}, schema=schema)


def rows_to_arrow(rows: Rows) -> dict[str, pa.Table]:
    return {t: to_arrow(t, rows.get(t, [])) for t in PARTITION_TABLES}
