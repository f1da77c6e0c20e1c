"""Relation state per period and shifts between states.

A period's state (thresholds are module constants, documented in docs/analysis.md):
1. `none`        no counted event in the period;
2. `cooperative` net cooperation >= COOPERATIVE_AT (cooperation clearly outweighs conflict);
3. `hostile`     net cooperation <= HOSTILE_AT (conflict clearly outweighs cooperation);
4. `mixed`       anything in between (both, in similar measure).
A shift is a change between two consecutive *non-empty* periods' states (empty periods
are gaps in the record, not evidence of a change).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .counting import Event, counts_as_happened, endpoints, in_dyad, period_of, sign_of
from .series import PeriodStats, dyad_series

COOPERATIVE_AT = 0.34  # net cooperation at or above: cooperative (about 2 cooperative : 1 conflict)
HOSTILE_AT = -0.34  # net cooperation at or below: hostile
STATES: tuple[str, ...] = ("cooperative", "hostile", "mixed", "none")


def relation_state(stats: PeriodStats) -> str:
    """The state of one period (cascade above)."""
    if stats.events == 0 or stats.net_cooperation is None:
        return "none"  # 1. nothing happened that we know of
    if stats.net_cooperation >= COOPERATIVE_AT:
        return "cooperative"  # 2.
    if stats.net_cooperation <= HOSTILE_AT:
        return "hostile"  # 3.
    return "mixed"  # 4.


@dataclass(frozen=True)
class PeriodState:
    period: str
    state: str
    stats: PeriodStats

    def as_dict(self) -> dict[str, Any]:
        return {"period": self.period, "state": self.state, **self.stats.as_dict()}


def relation_states(events: Iterable[Event], a: str, b: str, by: str = "year",
                    directed: bool = False) -> list[PeriodState]:
    """The dyad series with a state for every period."""
    return [PeriodState(s.period, relation_state(s), s)
            for s in dyad_series(events, a, b, by, directed)]


@dataclass(frozen=True)
class Shift:
    """A change of relation state between two periods, with the events that mark it."""

    a: str
    b: str
    before_period: str
    before_state: str
    after_period: str
    after_state: str
    direction: str  # warming (towards cooperation), cooling (towards hostility), or change
    before_events: tuple[Event, ...] = field(default=())  # the last period's defining events
    after_events: tuple[Event, ...] = field(default=())  # the new period's defining events

    def as_dict(self) -> dict[str, Any]:
        return {
            "a": self.a, "b": self.b,
            "before_period": self.before_period, "before_state": self.before_state,
            "after_period": self.after_period, "after_state": self.after_state,
            "direction": self.direction,
            "before_events": list(self.before_events),
            "after_events": list(self.after_events),
        }


_RANK = {"hostile": -1, "mixed": 0, "cooperative": 1}


def _direction(before: str, after: str) -> str:
    delta = _RANK.get(after, 0) - _RANK.get(before, 0)
    return "warming" if delta > 0 else "cooling" if delta < 0 else "change"


def _marking(events: list[Event], state: str) -> tuple[Event, ...]:
    """The events that make a period what it is: those whose sign matches the state, most
    extreme Goldstein first (all events for a mixed period)."""
    want = {"cooperative": 1, "hostile": -1}.get(state)
    chosen = [e for e in events if want is None or sign_of(e) == want]
    return tuple(sorted(chosen, key=lambda e: -abs(float(e.get("goldstein") or 0))))


def detect_shifts(events: Iterable[Event], a: str, b: str, by: str = "year",
                  directed: bool = False) -> list[Shift]:
    """Changes of state between consecutive non-empty periods of the a-b dyad."""
    events = list(events)
    states = [s for s in relation_states(events, a, b, by, directed) if s.state != "none"]
    by_period: dict[str, list[Event]] = {}
    for e in events:
        if in_dyad(e, a, b, directed) and counts_as_happened(e):
            p = period_of(e, by)
            if p is not None:
                by_period.setdefault(p, []).append(e)
    shifts = []
    for prev, cur in zip(states, states[1:], strict=False):
        if prev.state != cur.state:
            shifts.append(Shift(
                a=a, b=b,
                before_period=prev.period, before_state=prev.state,
                after_period=cur.period, after_state=cur.state,
                direction=_direction(prev.state, cur.state),
                before_events=_marking(by_period.get(prev.period, []), prev.state),
                after_events=_marking(by_period.get(cur.period, []), cur.state),
            ))
    return shifts


def all_dyads(events: Iterable[Event], min_events: int = 2) -> list[tuple[str, str]]:
    """Undirected actor pairs with at least `min_events` counted, dated events."""
    counts: dict[tuple[str, str], int] = {}
    for e in events:
        s, t = endpoints(e)
        if not s or not t or s == t or not counts_as_happened(e) or period_of(e) is None:
            continue
        key = (min(s, t), max(s, t))
        counts[key] = counts.get(key, 0) + 1
    return sorted(k for k, n in counts.items() if n >= min_events)
