"""Signed, weighted actor networks per time window; centrality; structural balance of triads."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import networkx as nx

from .counting import Event, counted, endpoints, sign_of, year_of
from .states import COOPERATIVE_AT, HOSTILE_AT

_WINDOW = re.compile(r"^\s*(\d+)\s*(y|yr|yrs|year|years)?\s*$", re.IGNORECASE)


def parse_window(text: str | int | None) -> int | None:
    """'5y' / '5' -> 5 (years); 'all' or None -> None (one window over everything)."""
    if text is None or (isinstance(text, str) and text.strip().lower() in ("all", "")):
        return None
    if isinstance(text, int):
        years = text
    else:
        m = _WINDOW.match(text)
        if not m:
            raise ValueError(f"window must look like '5y' (years) or 'all', not '{text}'")
        years = int(m.group(1))
    if years < 1:
        raise ValueError("window must be at least 1 year")
    return years


@dataclass(frozen=True)
class Window:
    """Years [start, end] inclusive; None bounds for the all-time window."""

    start: int | None
    end: int | None

    @property
    def label(self) -> str:
        if self.start is None:
            return "all"
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"

    def contains(self, year: int | None) -> bool:
        if self.start is None:
            return True
        return year is not None and self.start <= year <= (self.end or self.start)


def windows_for(events: Iterable[Event], years: int | None) -> list[Window]:
    """Tumbling windows aligned to multiples of `years` (1990-1994, 1995-1999 for 5y),
    from the first to the last dated counted event."""
    if years is None:
        return [Window(None, None)]
    ys = [y for y in (year_of(e) for e in counted(events)) if y is not None]
    if not ys:
        return []
    first = (min(ys) // years) * years
    return [Window(s, s + years - 1) for s in range(first, max(ys) + 1, years)]


def signed_network(events: Iterable[Event], window: Window | None = None) -> nx.Graph:
    """Undirected graph: node = actor id, edge = relation of the pair in the window.

    Edge attributes: `events`, `cooperation`, `conflict` (counts), `goldstein` (sum),
    `net_cooperation`, `weight` (|goldstein sum|, or the event count when it is 0), `sign`
    (+1 cooperative, -1 hostile, 0 mixed: net cooperation against the relation-state
    thresholds COOPERATIVE_AT / HOSTILE_AT, so an edge agrees with the dyad's state).
    """
    g = nx.Graph()
    for e in counted(events):
        s, t = endpoints(e)
        if not s or not t or s == t:
            continue
        if window is not None and not window.contains(year_of(e)):
            continue
        for key, actor in ((s, e.get("source")), (t, e.get("target"))):
            if key not in g:
                g.add_node(key, label=(actor or {}).get("name") or key, events=0)
            g.nodes[key]["events"] += 1
        if not g.has_edge(s, t):
            g.add_edge(s, t, events=0, cooperation=0, conflict=0, goldstein=0.0)
        d = g.edges[s, t]
        d["events"] += 1
        d["goldstein"] = round(d["goldstein"] + float(e.get("goldstein") or 0), 3)
        sgn = sign_of(e)
        d["cooperation"] += sgn > 0
        d["conflict"] += sgn < 0
    for _, _, d in g.edges(data=True):
        net = (d["cooperation"] - d["conflict"]) / d["events"]
        d["net_cooperation"] = round(net, 3)
        # the same thresholds as the relation states: a mixed relation is neutral (0)
        d["sign"] = 1 if net >= COOPERATIVE_AT else -1 if net <= HOSTILE_AT else 0
        d["weight"] = abs(d["goldstein"]) or float(d["events"])
    return g


def centrality(g: nx.Graph) -> dict[str, dict[str, float]]:
    """Per actor: degree, degree centrality, betweenness, strength (sum of weights),
    positive and negative degree."""
    if g.number_of_nodes() == 0:
        return {}
    deg_c = nx.degree_centrality(g)
    betw = nx.betweenness_centrality(g)
    out = {}
    for n in g.nodes:
        edges = g.edges(n, data=True)
        out[n] = {
            "degree": g.degree(n),
            "degree_centrality": round(deg_c[n], 4),
            "betweenness": round(betw[n], 4),
            "strength": round(sum(d["weight"] for _, _, d in edges), 3),
            "positive": sum(1 for _, _, d in edges if d["sign"] > 0),
            "negative": sum(1 for _, _, d in edges if d["sign"] < 0),
        }
    return out


@dataclass(frozen=True)
class Triad:
    """Three actors all related in a window; balanced when the product of signs is +."""

    actors: tuple[str, str, str]
    signs: tuple[int, int, int]  # signs of (a-b, a-c, b-c)
    balanced: bool
    pattern: str  # +++ friends; +-- enemy of my enemy (balanced); ++- / --- unbalanced

    def as_dict(self) -> dict[str, Any]:
        return {"actors": list(self.actors), "signs": list(self.signs),
                "balanced": self.balanced, "pattern": self.pattern}


def triads(g: nx.Graph) -> list[Triad]:
    """Every triangle whose three edges are all signed (non-neutral)."""
    out = []
    for a, b, c in (tuple(sorted(t)) for t in _triangles(g)):
        signs = (g.edges[a, b]["sign"], g.edges[a, c]["sign"], g.edges[b, c]["sign"])
        if 0 in signs:
            continue
        pattern = "".join("+" if s > 0 else "-" for s in sorted(signs, reverse=True))
        out.append(Triad((a, b, c), signs, signs[0] * signs[1] * signs[2] > 0, pattern))
    return sorted(out, key=lambda t: (t.balanced, t.actors))


def _triangles(g: nx.Graph) -> set[frozenset[str]]:
    found = set()
    for n in g.nodes:
        for u, v in combinations(list(g.neighbors(n)), 2):
            if g.has_edge(u, v):
                found.add(frozenset((n, u, v)))
    return found


@dataclass(frozen=True)
class WindowNetwork:
    window: Window
    graph: nx.Graph
    triads: tuple[Triad, ...] = field(default=())

    @property
    def balance_ratio(self) -> float | None:
        return round(sum(t.balanced for t in self.triads) / len(self.triads), 3) \
            if self.triads else None

    def as_dict(self) -> dict[str, Any]:
        cent = centrality(self.graph)
        return {
            "window": self.window.label,
            "start": self.window.start,
            "end": self.window.end,
            "nodes": [{"id": n, "label": d.get("label", n), "events": d.get("events", 0),
                       **cent.get(n, {})} for n, d in sorted(self.graph.nodes(data=True))],
            "edges": [{"source": u, "target": v, **d}
                      for u, v, d in sorted(self.graph.edges(data=True))],
            "triads": [t.as_dict() for t in self.triads],
            "unbalanced": [t.as_dict() for t in self.triads if not t.balanced],
            "balance_ratio": self.balance_ratio,
        }


def network_over_time(events: Iterable[Event], window: str | int | None = "5y") -> list[WindowNetwork]:
    """One signed network (with its triads) per tumbling window."""
    events = list(events)
    out = []
    for w in windows_for(events, parse_window(window)):
        g = signed_network(events, w)
        if g.number_of_edges():
            out.append(WindowNetwork(w, g, tuple(triads(g))))
    return out


def balance_over_time(events: Iterable[Event], window: str | int | None = "5y") -> list[dict[str, Any]]:
    """Per window: number of signed triads, balance ratio and the unbalanced ones."""
    return [{"window": wn.window.label, "triads": len(wn.triads),
             "balance_ratio": wn.balance_ratio,
             "unbalanced": [t.as_dict() for t in wn.triads if not t.balanced]}
            for wn in network_over_time(events, window)]


def to_gexf_graph(networks: list[WindowNetwork]) -> nx.MultiGraph:
    """All windows in one dynamic graph: each edge carries its window's start/end years."""
    mg = nx.MultiGraph()
    for wn in networks:
        for n, d in wn.graph.nodes(data=True):
            if n not in mg:
                mg.add_node(n, label=d.get("label", n))
        for u, v, d in wn.graph.edges(data=True):
            attrs = {k: d[k] for k in ("events", "cooperation", "conflict", "goldstein",
                                       "net_cooperation", "weight", "sign")}
            if wn.window.start is not None:
                attrs.update(start=wn.window.start, end=wn.window.end)
            mg.add_edge(u, v, key=wn.window.label, **attrs)
    return mg
