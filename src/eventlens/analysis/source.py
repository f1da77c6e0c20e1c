"""Where analysis commands get their events: a store (--db) or a JSONL file of event records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import BadInput, EventlensError


def events_from_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Event records as printed by `eventlens extract` (one JSON object per line)."""
    p = Path(path)
    if not p.is_file():
        raise BadInput(str(p), "no such file")
    out = []
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BadInput(f"{p}:{n}", f"not JSON ({exc.msg})") from exc
            if not isinstance(rec, dict) or "event_id" not in rec:
                raise BadInput(f"{p}:{n}", "not an event record (no event_id)")
            out.append(rec)
    return out


def open_read_only(db: str | Path) -> Any:
    """The store at `db`, read-only; a clear error when it is missing."""
    p = Path(db)
    if not p.is_file():
        raise EventlensError(f"E602 {p}: no such store; build one with `eventlens ingest PATH --db {p}`")
    try:
        from ..store import open_store  # type: ignore[attr-defined]
    except ImportError as exc:
        raise EventlensError("E603 the DuckDB store (eventlens.store) is not available yet") from exc
    return open_store(str(p), read_only=True)


def events_from_store(db: str | Path, **filters: Any) -> list[dict[str, Any]]:
    store = open_read_only(db)
    try:
        return list(store.events(**filters))
    finally:
        close = getattr(store, "close", None)
        if close:
            close()


def load_events(db: str | Path | None = None, jsonl: str | Path | None = None,
                **filters: Any) -> list[dict[str, Any]]:
    """Events from a JSONL file when given, else from the store."""
    if jsonl:
        return events_from_jsonl(jsonl)
    return events_from_store(db or "eventlens.duckdb", **filters)
