"""Analysis over event record dicts: dyad series, relation states and shifts, signed actor
networks per time window, centrality and structural balance.

Every function takes an iterable of event dicts (the DESIGN.md contract, e.g. from
`Store.events()`), so it works the same on a store, a JSONL file or hand-built records.
Which events count (factuality), how actors are keyed and how events are placed in
periods is decided in `counting.py`.
"""

from __future__ import annotations

from .actors import UnknownActor, resolve_actor
from .counting import COUNTED_FACTUALITY, counts_as_happened, period_of
from .network import (
    Triad,
    Window,
    WindowNetwork,
    balance_over_time,
    centrality,
    network_over_time,
    parse_window,
    signed_network,
    to_gexf_graph,
    triads,
)
from .series import PeriodStats, dyad_events, dyad_series, undated_count
from .states import (
    COOPERATIVE_AT,
    HOSTILE_AT,
    PeriodState,
    Shift,
    all_dyads,
    detect_shifts,
    relation_state,
    relation_states,
)

__all__ = [
    "COOPERATIVE_AT", "COUNTED_FACTUALITY", "HOSTILE_AT", "PeriodState", "PeriodStats",
    "Shift", "Triad", "UnknownActor", "Window", "WindowNetwork", "all_dyads",
    "balance_over_time", "centrality", "counts_as_happened", "detect_shifts", "dyad_events",
    "dyad_series", "network_over_time", "parse_window", "period_of", "relation_state",
    "relation_states", "resolve_actor", "signed_network", "to_gexf_graph", "triads",
    "undated_count",
]
