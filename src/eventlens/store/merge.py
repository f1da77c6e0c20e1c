"""Merged events and contradiction groups, recomputed from every stored event mention.

The merge itself belongs to the claims stage (`eventlens.claims.merge`); this module only
feeds it the stored events and writes its output to the `merged_events`, `merged_members`,
`contradictions` and `contradiction_members` tables, in one transaction.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from ..records import Event

if TYPE_CHECKING:
    from .core import Store


def _functions() -> tuple[Callable[..., Any], Callable[..., Any]] | None:
    try:
        from ..claims.merge import contradiction_groups, merge_events
    except ImportError:
        return None  # the claims stage has no merge yet: the tables stay empty
    return merge_events, contradiction_groups


def _as_dict(obj: Any) -> dict[str, Any]:
    if isinstance(obj, dict):
        return obj
    if hasattr(obj, "as_dict"):
        return obj.as_dict()
    if dataclasses.is_dataclass(obj):
        return dataclasses.asdict(obj)
    return dict(vars(obj))


def _member_ids(d: dict[str, Any], obj: Any) -> list[tuple[str, str | None]]:
    """(event_id, doc_id) of the mentions a merged event / group is made of."""
    for key in ("mentions", "members", "events", "event_ids"):
        items = d.get(key)
        if items is None:
            items = getattr(obj, key, None)
        if not items:
            continue
        out = []
        for m in items:
            if isinstance(m, str):
                out.append((m, None))
            elif isinstance(m, Event):
                out.append((m.event_id, m.doc_id))
            else:
                md = _as_dict(m)
                if md.get("event_id"):
                    out.append((md["event_id"], md.get("doc_id")))
        if out:
            return out
    return []


def _stable_id(prefix: str, members: list[tuple[str, str | None]]) -> str:
    key = "|".join(sorted(f"{e}@{d}" for e, d in members))
    return prefix + hashlib.sha1(key.encode()).hexdigest()[:16]


def _first(d: dict[str, Any], *keys: str) -> Any:
    for k in keys:
        v = d
        for part in k.split("."):
            v = v.get(part) if isinstance(v, dict) else None
        if v is not None:
            return v
    return None


def _label(value: Any) -> str | None:
    """A factuality label, or the most frequent one of a {label: count} mapping."""
    if isinstance(value, dict):
        return max(sorted(value), key=lambda k: value[k]) if value else None
    return None if value is None else str(value)


def _json(d: dict[str, Any]) -> str:
    return json.dumps(d, ensure_ascii=False, sort_keys=True, default=str)


def refresh_merged(store: Store) -> bool:
    """Recompute the merged tables from all stored events; False when the merge is missing."""
    fns = _functions()
    if fns is None:
        return False
    merge_events, contradiction_groups = fns
    rows = store.con.execute(
        "SELECT e.record, d.source FROM events e JOIN documents d USING (doc_id) "
        "ORDER BY e.doc_id, e.ordinal").fetchall()
    events = [Event.from_dict(json.loads(r)) for r, _ in rows]
    doc_of = {e.event_id: e.doc_id for e in events}
    outlets = {json.loads(r)["doc_id"]: s for r, s in rows if s}
    merged = merge_events(events, outlets=outlets) if events else []
    groups = contradiction_groups(events) if events else []

    m_rows, mm_rows = [], []
    placed: set[tuple[str, str | None]] = set()
    for m in merged:
        d = _as_dict(m)
        members = [(e, doc or doc_of.get(e)) for e, doc in _member_ids(d, m)]
        mid = str(_first(d, "merged_id", "id") or _stable_id("m_", members))
        m_rows.append({
            "merged_id": mid, "type": _first(d, "type"), "mode": _first(d, "mode"),
            "cameo": None if _first(d, "cameo") is None else str(_first(d, "cameo")),
            "source_id": _first(d, "source.id", "source_id"),
            "target_id": _first(d, "target.id", "target_id"),
            "date_start": _first(d, "date.start", "start"), "date_end": _first(d, "date.end", "end"),
            "factuality": _label(_first(d, "factuality")),
            "n_mentions": len(members) or _first(d, "n_mentions"),
            "n_docs": len({doc for _, doc in members}) or None,
            "n_sources": _first(d, "n_sources", "corroboration"),
            "data": _json(d)})
        for e, doc in members:
            if (e, doc) not in placed:  # a mention belongs to one merged event (first wins)
                placed.add((e, doc))
                mm_rows.append({"merged_id": mid, "event_id": e, "doc_id": doc})
    c_rows, cm_rows = [], []
    for g in groups:
        d = _as_dict(g)
        members = [(e, doc or doc_of.get(e)) for e, doc in _member_ids(d, g)]
        gid = str(_first(d, "group_id", "id") or _stable_id("c_", members))
        key = d.get("key")
        c_rows.append({"group_id": gid, "key": key if isinstance(key, str) or key is None
                       else _json(key), "reason": d.get("reason"),
                       "n_mentions": len(members), "data": _json(d)})
        cm_rows.extend({"group_id": gid, "event_id": e, "doc_id": doc} for e, doc in members)

    with store._transaction():
        for table, data in (("merged_events", m_rows), ("merged_members", mm_rows),
                            ("contradictions", c_rows), ("contradiction_members", cm_rows)):
            store.con.execute(f"DELETE FROM {table}")
            if data:
                store._insert(table, _arrow(table, data))
        store._set_meta("merge_stale", "0")
    return True


def _arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    from .rows import to_arrow

    return to_arrow(table, rows)
