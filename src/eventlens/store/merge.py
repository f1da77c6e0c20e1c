"""Merged events and contradiction groups, kept up to date with the stored event mentions.

The merge itself belongs to the claims stage (`eventlens.claims.merge`); this module only
feeds it the stored events and writes its output to the `merged_events`, `merged_members`,
`contradictions` and `contradiction_members` tables, in one transaction.

Incremental: the claims merge never joins mentions of two dyads (see `_GROUPED`), so a
refresh recomputes only the dyads listed in `merge_dirty` (those of events stored or
replaced since the last refresh, marked in the same transaction as the events), found through
`merge_dyads` (the dyad of every merged event and contradiction group), and keeps every other
dyad's rows. A full rebuild recomputes every dyad: on request, and whenever the
merge rules or code differ from those of the last refresh (the fingerprint in `meta`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..records import Actor, Event, Evidence, TimeSpan
from . import schema
from .rows import dicts_to_arrow

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
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
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
        out: list[tuple[str, str | None]] = []
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
        v: Any = d
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


# Events grouped by their dyad: the unordered pair of their actors' ids (every unresolved or
# missing actor counts as "~"). The claims merge only ever joins mentions of the same
# (family, source, target) bucket, and every bucket lies inside one dyad, so merging dyad by
# dyad gives exactly the result of one merge over all events, in memory bounded by the largest
# dyad instead of the corpus; and a dyad whose events did not change keeps its merged rows.
_GROUPED = f"""
SELECT {schema.DYAD_A_SQL} AS g1, {schema.DYAD_B_SQL} AS g2, d.source, e.rowid, {{light}}
FROM events e JOIN documents d ON d.doc_id = e.doc_id
{{where}}
ORDER BY g1, g2, e.doc_id, e.ordinal
"""
# What a light event is built from (`_LightEvents.event`, in this order): the fields the claims
# merge reads. The interval's ends come from the record: the DATE columns drop partial dates.
_LIGHT_COLUMNS = ", ".join([
    "e.event_id", "e.doc_id", "e.type", "e.mode", "e.factuality",
    *[f"e.{role}_{f}" for role in ("source", "target") for f in ("id", "name", "text")],
    "e.record->>'$.date.start'", "e.record->>'$.date.end'", "e.date_precision",
    "e.date_basis"])
# the events of the dirty dyads, found from the actor columns only (records are long strings)
_DIRTY_ROWIDS = (f"SELECT rowid FROM events WHERE ({schema.DYAD_A_SQL}, {schema.DYAD_B_SQL}) "
                 f"IN (SELECT (dyad_a, dyad_b) FROM merge_dirty)")
_TABLES = ("merged_events", "merged_members", "contradictions", "contradiction_members",
           "merge_dyads")
_DIRTY_IDS = ("(SELECT id FROM merge_dyads WHERE kind = '{kind}' AND (dyad_a, dyad_b) IN "
              "(SELECT (dyad_a, dyad_b) FROM merge_dirty))")
# the rows of the dirty dyads, deleted before they are recomputed (their index last)
_DELETE_DIRTY = (
    f"DELETE FROM merged_members WHERE merged_id IN {_DIRTY_IDS.format(kind='merged')}",
    f"DELETE FROM merged_events WHERE merged_id IN {_DIRTY_IDS.format(kind='merged')}",
    f"DELETE FROM contradiction_members WHERE group_id IN "
    f"{_DIRTY_IDS.format(kind='contradiction')}",
    f"DELETE FROM contradictions WHERE group_id IN {_DIRTY_IDS.format(kind='contradiction')}",
    "DELETE FROM merge_dyads WHERE (dyad_a, dyad_b) IN (SELECT (dyad_a, dyad_b) FROM merge_dirty)",
)

Dyad = tuple[str, str]
Row = tuple[Any, ...]  # a _GROUPED row without its dyad: outlet, rowid, the light columns
Group = tuple[Dyad, list[Row]]
# Light events carry no evidence; nothing of the merge reads it (tests/store compares the
# merged rows to a merge of whole records).
_NO_EVIDENCE = Evidence(text="", start=0, end=0, trigger="")


def _groups(cur: Any, batch: int = 5000) -> Iterator[Group]:
    """(dyad, rows) per dyad, from a cursor over `_GROUPED`."""
    key: Dyad | None = None
    group: list[Row] = []
    while rows := cur.fetchmany(batch):
        for row in rows:
            if (row[0], row[1]) != key and group and key is not None:
                yield key, group
                group = []
            key = (row[0], row[1])
            group.append(row[2:])
    if group and key is not None:
        yield key, group


class _LightEvents:
    """Light events from `_LIGHT_COLUMNS` rows (row[2:]): every field the claims merge reads
    (type, mode, factuality, the actors' id, name and words, the interval), as
    `event_from_record` of the record gives them, without reading the record. One Actor per
    distinct (id, name, words) of a refresh: Actors are frozen, and most events share a few."""

    def __init__(self) -> None:
        self._actors: dict[tuple[Any, ...], Actor | None] = {}

    def actor(self, values: tuple[Any, ...]) -> Actor | None:
        found = self._actors.get(values, _MISSING)
        if found is _MISSING:
            id_, name, text = values
            found = self._actors[values] = (
                None if id_ is None and name is None and text is None
                else Actor(id_, name, text or ""))
        return found  # type: ignore[return-value]

    def event(self, row: Row) -> Event:
        event_id, doc_id, type_, mode, factuality = row[2:7]
        start, end, precision, basis = row[13:17]
        return Event(event_id=event_id, doc_id=doc_id, type=type_, mode=mode, cameo="",
                     quad_class=0, goldstein=0.0, source=self.actor(row[7:10]),
                     target=self.actor(row[10:13]),
                     date=TimeSpan(start, end, precision=precision, basis=basis),
                     evidence=_NO_EVIDENCE, factuality=factuality)


_MISSING = object()


def _whole_events(con: Any, pending: list[tuple[Any, dict[str, str], Dyad, dict[str, int]]],
                  out: dict[str, list[dict[str, Any]]]) -> None:
    """The rows of the contradiction groups in `pending` ((group, doc_of, dyad, rowid of each
    event_id)), their light mentions replaced by the whole events: these rows hold whole
    records, read here in one query for the few events in groups."""
    rowids = sorted({rowid_of[e.event_id] for g, _, _, rowid_of in pending
                     for e in g.mentions})
    if not rowids:
        return
    whole = {r: Event.from_dict(json.loads(record)) for r, record in con.execute(
        "SELECT rowid, record FROM events WHERE rowid IN (SELECT unnest(?))",
        [rowids]).fetchall()}
    for g, doc_of, dyad, rowid_of in pending:
        g = dataclasses.replace(g, mentions=tuple(whole[rowid_of[e.event_id]]
                                                  for e in g.mentions))
        _group_rows([g], doc_of, dyad, out)


def _light_mentions(group: Any) -> bool:
    """A contradiction group (a dataclass) whose mentions are our light events."""
    first = next(iter(getattr(group, "mentions", None) or ()), None)
    return dataclasses.is_dataclass(group) and isinstance(first, Event)


def _merged_rows(merged: list[Any], doc_of: dict[str, str], dyad: Dyad,
                 out: dict[str, list[dict[str, Any]]]) -> None:
    placed: set[tuple[str, str | None]] = set()
    for m in merged:
        d = _as_dict(m)
        members = [(e, doc or doc_of.get(e)) for e, doc in _member_ids(d, m)]
        mid = str(_first(d, "merged_id", "id") or _stable_id("m_", members))
        out["merged_events"].append({
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
        out["merge_dyads"].append({"dyad_a": dyad[0], "dyad_b": dyad[1], "kind": "merged",
                                   "id": mid})
        for e, doc in members:
            if (e, doc) not in placed:  # a mention belongs to one merged event (first wins)
                placed.add((e, doc))
                out["merged_members"].append({"merged_id": mid, "event_id": e, "doc_id": doc})


def _group_rows(groups: list[Any], doc_of: dict[str, str], dyad: Dyad,
                out: dict[str, list[dict[str, Any]]]) -> None:
    for g in groups:
        d = _as_dict(g)
        members = [(e, doc or doc_of.get(e)) for e, doc in _member_ids(d, g)]
        gid = str(_first(d, "group_id", "id") or _stable_id("c_", members))
        key = d.get("key")
        out["contradictions"].append({
            "group_id": gid, "key": key if isinstance(key, str) or key is None else _json(key),
            "reason": d.get("reason"), "n_mentions": len(members), "data": _json(d)})
        out["merge_dyads"].append({"dyad_a": dyad[0], "dyad_b": dyad[1],
                                   "kind": "contradiction", "id": gid})
        out["contradiction_members"].extend(
            {"group_id": gid, "event_id": e, "doc_id": doc} for e, doc in members)


@cache
def fingerprint() -> str:
    """Hash of the merge rules (merge.yaml), the claims merge code and this module: a refresh
    after any of them changed rebuilds every dyad, since rows merged the old way would stay.
    Computed once per process: the rules and code a process merges with are those it loaded."""
    import eventlens.claims.merge as claims_merge

    h = hashlib.sha1()
    h.update(resources.files("eventlens").joinpath("data", "claims", "merge.yaml").read_bytes())
    for module in (claims_merge.__file__, __file__):
        try:
            h.update(Path(module or "").read_bytes())
        except OSError:  # no source file (a frozen install): the rules alone decide
            pass
    return h.hexdigest()[:16]


def refresh_merged(store: Store, full: bool = False, flush_rows: int = 50_000) -> bool:
    """Recompute the merged tables of the dirty dyads, or of every dyad when `full` (one
    transaction, streamed dyad by dyad); False when the claims stage has no merge."""
    fns = _functions()
    if fns is None:
        return False
    merge_events, contradiction_groups = fns
    stamp = fingerprint()
    full = full or store._get_meta("merge_fingerprint") != stamp
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in _TABLES}

    def flush() -> None:
        store._insert_tables({t: dicts_to_arrow(t, out[t]) for t in _TABLES if out[t]})
        for table in _TABLES:
            out[table] = []

    cur = store.con.cursor()
    try:
        with store._transaction():
            if full:
                store.con.execute("; ".join(f"DELETE FROM {table}" for table in _TABLES))
                cur.execute(_GROUPED.format(light=_LIGHT_COLUMNS, where=""))
            else:
                store.con.execute("; ".join(_DELETE_DIRTY))
                rowids = [r for (r,) in store.con.execute(_DIRTY_ROWIDS).fetchall()]
                cur.execute(_GROUPED.format(light=_LIGHT_COLUMNS,
                                            where="WHERE e.rowid IN (SELECT unnest(?))"),
                            [rowids])
            # contradiction groups, made whole once every dyad is merged
            pending: list[tuple[Any, dict[str, str], Dyad, dict[str, int]]] = []
            light = _LightEvents()
            for dyad, group in _groups(cur):
                events = [light.event(row) for row in group]
                outlets = {e.doc_id: row[0] for e, row in zip(events, group, strict=True)
                           if row[0]}
                doc_of = {e.event_id: e.doc_id for e in events}
                groups = contradiction_groups(events)  # once: the merge marks them too
                _merged_rows(merge_events(events, outlets=outlets, groups=groups), doc_of,
                             dyad, out)
                rowid_of: dict[str, int] = {}
                for g in groups:
                    if not _light_mentions(g):
                        _group_rows([g], doc_of, dyad, out)
                        continue
                    rowid_of = rowid_of or {e.event_id: row[1]
                                            for e, row in zip(events, group, strict=True)}
                    ids = [e.event_id for e in g.mentions]  # keep only what the group needs
                    pending.append((g, {i: doc_of[i] for i in ids}, dyad,
                                    {i: rowid_of[i] for i in ids}))
                if sum(len(v) for v in out.values()) >= flush_rows:
                    flush()
            _whole_events(store.con, pending, out)
            flush()
            store.con.execute("; ".join(["DELETE FROM merge_dirty",
                                         *schema.set_meta_sql("merge_fingerprint", stamp),
                                         *schema.set_meta_sql("merge_stale", "0")]))
    finally:
        cur.close()
    return True
