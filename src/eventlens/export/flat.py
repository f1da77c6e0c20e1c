"""One flat row per event record (for CSV, Parquet and tables)."""

from __future__ import annotations

from typing import Any

_ACTOR = ("id", "name", "text", "country", "sector", "kind")
_LOC = ("name", "feature", "country", "admin1", "lat", "lon", "id", "precision", "basis")

FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "sentence_index", "date_start", "date_end", "date_precision",
    "date_basis", "date_text", "type", "mode", "cameo", "quad_class", "goldstein",
    *[f"source_{f}" for f in _ACTOR], *[f"target_{f}" for f in _ACTOR],
    "factuality", "attributed_id", "attributed_name", "attributed_text",
    *[f"location_{f}" for f in _LOC],
    "trigger", "evidence_start", "evidence_end", "evidence_text", "confidence", "context",
    "merged_id", "outlet", "published", "title",
)
NUMERIC = {"sentence_index": "int", "quad_class": "int", "goldstein": "float",
           "location_lat": "float", "location_lon": "float", "evidence_start": "int",
           "evidence_end": "int", "confidence": "float"}


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """The record's nested objects as prefixed columns; `cameo` always a string."""
    date = record.get("date") or {}
    ev = record.get("evidence") or {}
    att = record.get("attributed_to") or {}
    row: dict[str, Any] = {
        "event_id": record.get("event_id"), "doc_id": record.get("doc_id"),
        "sentence_index": record.get("sentence_index"),
        "date_start": date.get("start"), "date_end": date.get("end"),
        "date_precision": date.get("precision"), "date_basis": date.get("basis"),
        "date_text": date.get("text"), "type": record.get("type"), "mode": record.get("mode"),
        "cameo": None if record.get("cameo") is None else str(record["cameo"]),
        "quad_class": record.get("quad_class"), "goldstein": record.get("goldstein"),
        "factuality": record.get("factuality"), "attributed_id": att.get("id"),
        "attributed_name": att.get("name"), "attributed_text": att.get("text"),
        "trigger": ev.get("trigger"), "evidence_start": ev.get("start"),
        "evidence_end": ev.get("end"), "evidence_text": ev.get("text"),
        "confidence": record.get("confidence"), "context": record.get("context"),
        "merged_id": record.get("merged_id"), "outlet": record.get("outlet"),
        "published": record.get("published"), "title": record.get("title"),
    }
    for role in ("source", "target"):
        actor = record.get(role) or {}
        for f in _ACTOR:
            row[f"{role}_{f}"] = actor.get(f)
    loc = record.get("location") or {}
    for f in _LOC:
        row[f"location_{f}"] = loc.get(f)
    return {c: row.get(c) for c in FLAT_COLUMNS}
