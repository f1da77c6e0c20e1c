"""The web server's view of a store: read-only, one lock around the DuckDB connection,
analysis results cached (the store cannot change while we hold it read-only)."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import analysis as an
from ..errors import EventlensError

FILTERS = ("actor", "source", "target", "dyad", "type", "quad_class", "start", "end",
           "factuality", "doc_id", "outlet", "text")


class Backend:
    """Thread-safe access to one read-only Store."""

    def __init__(self, db: str | Path) -> None:
        from ..store import open_store

        p = Path(db)
        if not p.is_file():
            raise EventlensError(
                f"E602 {p}: no such store; build one with `eventlens ingest PATH --db {p}`")
        self.db = str(p)
        self.store = open_store(self.db, read_only=True)
        self.lock = threading.Lock()
        self._all: list[dict[str, Any]] | None = None
        self._counts: dict[str, int] | None = None
        self.network = lru_cache(maxsize=16)(self._network)  # type: ignore[method-assign]
        self.timeline = lru_cache(maxsize=256)(self._timeline)  # type: ignore[method-assign]

    def close(self) -> None:
        with self.lock:
            self.store.close()

    # --------------------------------------------------------------- store reads
    def all_events(self) -> list[dict[str, Any]]:
        with self.lock:
            if self._all is None:
                self._all = self.store.events()
            return self._all

    def events(self, limit: int, offset: int, **filters: Any) -> tuple[list[dict[str, Any]], int]:
        clean = {k: v for k, v in filters.items() if v not in (None, "", [])}
        with self.lock:
            rows = self.store.events(limit=limit, offset=offset, **clean)
            total = self.store.count_events(**clean)
        return rows, total

    def actors(self) -> list[dict[str, Any]]:
        with self.lock:
            return self.store.actors()

    def docs(self) -> list[dict[str, Any]]:
        with self.lock:
            return self.store.docs()

    def document(self, doc_id: str) -> dict[str, Any] | None:
        with self.lock:
            return self.store.document(doc_id)

    def contradictions(self) -> list[dict[str, Any]]:
        """Contradiction groups, each mention resolved to its event record and put on a side:
        `affirm` (asserted, reported) or `deny` (denied, negated, hypothetical)."""
        with self.lock:
            groups = self.store.contradictions()
        by_id = {e.get("event_id"): e for e in self.all_events()}
        out = []
        for g in groups:
            sides: dict[str, list[dict[str, Any]]] = {"affirm": [], "deny": []}
            for m in g.get("mentions") or []:
                event = _mention_event(m, by_id)
                if event is None:
                    continue
                side = "affirm" if event.get("factuality") in an.COUNTED_FACTUALITY else "deny"
                sides[side].append(event)
            out.append({**{k: v for k, v in g.items() if k != "mentions"},
                        "mentions": g.get("mentions") or [], "sides": sides})
        return out

    def counts(self) -> dict[str, int]:
        with self.lock:
            if self._counts is None:
                self._counts = self.store.counts()
            return self._counts

    def resolve(self, name: str | None) -> str | None:
        """An actor id for what the user typed (the name itself when nothing matches)."""
        if not name:
            return None
        try:
            return an.resolve_actor(name, self.all_events())
        except an.UnknownActor:
            return name

    # ------------------------------------------------------------ analysis (cached)
    def _timeline(self, a: str, b: str, by: str) -> dict[str, Any]:
        events = self.all_events()
        states = an.relation_states(events, a, b, by)
        shifts = an.detect_shifts(events, a, b, by)
        return {"a": a, "b": b, "by": by, "undated": an.undated_count(events, a, b, by=by),
                "thresholds": {"cooperative_at": an.COOPERATIVE_AT, "hostile_at": an.HOSTILE_AT},
                "periods": [s.as_dict() for s in states],
                "shifts": [s.as_dict() for s in shifts]}

    def _network(self, window: str) -> list[dict[str, Any]]:
        return [wn.as_dict() for wn in an.network_over_time(self.all_events(), window)]


def _mention_event(m: Any, by_id: dict[Any, dict[str, Any]]) -> dict[str, Any] | None:
    """A contradiction mention (event id, event dict or {"event_id": ...}) -> event record."""
    if isinstance(m, str):
        return by_id.get(m)
    if isinstance(m, dict):
        if m.get("event_id") in by_id:
            return by_id[m["event_id"]]
        if "evidence" in m:
            return m
    return None
