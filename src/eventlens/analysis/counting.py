"""Which events count as things that happened, which actors they join, and which period they fall in.

Rules (documented in docs/analysis.md):
1. Only `asserted` and `reported` events count in series, states, shifts and networks:
   `denied`, `negated` and `hypothetical` events are claims that something did NOT (or may)
   happen, so they are kept in the event table but never counted as relations.
2. An event joins actors by `source.id` / `target.id` (falling back to the actor's `country`).
3. An event falls in the period of its interval's start date; undated events (no start) are
   counted apart as `undated` and never placed in a period; by month, so are events dated
   only to the year or coarser (they have no month).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

COUNTED_FACTUALITY: frozenset[str] = frozenset({"asserted", "reported"})
COOPERATIVE_QUADS: frozenset[int] = frozenset({1, 2})  # verbal and material cooperation
CONFLICT_QUADS: frozenset[int] = frozenset({3, 4})  # verbal and material conflict
PERIODS: tuple[str, ...] = ("year", "month")

Event = dict[str, Any]


def counts_as_happened(event: Event) -> bool:
    """Rule 1: asserted or reported (missing factuality means asserted, the record default)."""
    return (event.get("factuality") or "asserted") in COUNTED_FACTUALITY


def actor_key(actor: dict[str, Any] | None) -> str | None:
    """Rule 2: the actor's stable id, else its country, else None (unresolved)."""
    if not actor:
        return None
    return actor.get("id") or actor.get("country") or None


def endpoints(event: Event) -> tuple[str | None, str | None]:
    return actor_key(event.get("source")), actor_key(event.get("target"))


def in_dyad(event: Event, a: str, b: str, directed: bool = False) -> bool:
    """True when the event goes a->b (or b->a unless directed)."""
    s, t = endpoints(event)
    if s == a and t == b:
        return True
    return not directed and s == b and t == a


COARSER_THAN_MONTH: frozenset[str] = frozenset({"year", "decade", "century"})


def period_of(event: Event, by: str = "year") -> str | None:
    """Rule 3: 'YYYY' or 'YYYY-MM' of the interval start; None when undated, or (by month)
    when the date is only known to the year or coarser: such an event has no month."""
    if by not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not '{by}'")
    date = event.get("date") or {}
    start = date.get("start")
    if not start or len(start) < 4 or not start[:4].isdigit():
        return None
    if by == "year":
        return start[:4]
    if date.get("precision") in COARSER_THAN_MONTH or len(start) < 7:
        return None
    return start[:7]


def year_of(event: Event) -> int | None:
    p = period_of(event, "year")
    return int(p) if p else None


def counted(events: Iterable[Event]) -> Iterator[Event]:
    return (e for e in events if counts_as_happened(e))


def sign_of(event: Event) -> int:
    """+1 for cooperation (quad 1-2), -1 for conflict (quad 3-4), 0 otherwise."""
    q = event.get("quad_class")
    if q in COOPERATIVE_QUADS:
        return 1
    if q in CONFLICT_QUADS:
        return -1
    return 0


def next_period(period: str, by: str) -> str:
    if by == "year":
        return str(int(period) + 1)
    y, m = int(period[:4]), int(period[5:7])
    return f"{y + (m == 12)}-{(m % 12) + 1:02d}"


def period_range(first: str, last: str, by: str) -> list[str]:
    out = [first]
    while out[-1] < last:
        out.append(next_period(out[-1], by))
    return out
