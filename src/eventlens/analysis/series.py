"""Dyad series: per period counts by quad class, mean Goldstein and net cooperation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from .counting import (
    CONFLICT_QUADS,
    COOPERATIVE_QUADS,
    Event,
    counts_as_happened,
    in_dyad,
    period_of,
    period_range,
)


@dataclass(frozen=True)
class PeriodStats:
    """What happened between two actors in one period (counted events only)."""

    period: str
    events: int
    verbal_cooperation: int  # quad 1
    material_cooperation: int  # quad 2
    verbal_conflict: int  # quad 3
    material_conflict: int  # quad 4
    mean_goldstein: float | None
    net_cooperation: float | None  # (cooperative - conflict) / events, in [-1, 1]
    reported: int = 0  # of `events`, how many rest on someone else's claim
    event_ids: tuple[str, ...] = field(default=())

    @property
    def cooperative(self) -> int:
        return self.verbal_cooperation + self.material_cooperation

    @property
    def conflict(self) -> int:
        return self.verbal_conflict + self.material_conflict

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["event_ids"] = list(self.event_ids)
        return d


def period_stats(period: str, events: list[Event]) -> PeriodStats:
    """Aggregate one period's counted events."""
    quads: defaultdict[Any, int] = defaultdict(int)
    for e in events:
        quads[e.get("quad_class")] += 1
    n = len(events)
    coop = sum(quads[q] for q in COOPERATIVE_QUADS)
    conf = sum(quads[q] for q in CONFLICT_QUADS)
    gold = [float(e["goldstein"]) for e in events if e.get("goldstein") is not None]
    return PeriodStats(
        period=period,
        events=n,
        verbal_cooperation=quads[1],
        material_cooperation=quads[2],
        verbal_conflict=quads[3],
        material_conflict=quads[4],
        mean_goldstein=round(sum(gold) / len(gold), 3) if gold else None,
        net_cooperation=round((coop - conf) / n, 3) if n else None,
        reported=sum(1 for e in events if e.get("factuality") == "reported"),
        event_ids=tuple(str(e.get("event_id")) for e in events),
    )


def dyad_events(events: Iterable[Event], a: str, b: str, directed: bool = False) -> list[Event]:
    """Counted events between a and b (both directions unless directed)."""
    return [e for e in events if in_dyad(e, a, b, directed) and counts_as_happened(e)]


def dyad_series(events: Iterable[Event], a: str, b: str, by: str = "year",
                directed: bool = False, fill: bool = True) -> list[PeriodStats]:
    """One PeriodStats per period from the first to the last dated dyad event.

    `fill` adds empty periods in between (state `none`), so gaps are visible.
    """
    buckets: dict[str, list[Event]] = defaultdict(list)
    for e in dyad_events(events, a, b, directed):
        p = period_of(e, by)
        if p is not None:
            buckets[p].append(e)
    if not buckets:
        return []
    periods = period_range(min(buckets), max(buckets), by) if fill else sorted(buckets)
    return [period_stats(p, buckets.get(p, [])) for p in periods]


def undated_count(events: Iterable[Event], a: str, b: str, directed: bool = False,
                  by: str = "year") -> int:
    """Counted dyad events that cannot be placed in a period of `by` (left out of the series)."""
    return sum(1 for e in dyad_events(events, a, b, directed) if period_of(e, by) is None)
