"""Actor networks: dynamic GEXF (Gephi timeline) and flattened GraphML.

Nodes are resolved actors (events whose source or target has no id are left out). GEXF has
one edge per (source, target, PLOVER type) carrying a spell per dated event, so Gephi's
timeline shows when each relation was active; GraphML has one edge per directed pair with
counts, Goldstein totals and first/last dates.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import quoteattr

from .tables import open_out


@dataclass
class _Node:
    label: str
    kind: str | None = None
    country: str | None = None
    dates: list[str] = field(default_factory=list)


@dataclass
class _Edge:
    count: int = 0
    goldstein: float = 0.0
    quads: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    cameo: Counter = field(default_factory=Counter)
    spells: list[tuple[str, str]] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)


def _collect(events: Iterable[dict[str, Any]], by_type: bool
             ) -> tuple[dict[str, _Node], dict[tuple[str, ...], _Edge], int]:
    nodes: dict[str, _Node] = {}
    edges: dict[tuple[str, ...], _Edge] = defaultdict(_Edge)
    n = 0
    for e in events:
        src, tgt = e.get("source") or {}, e.get("target") or {}
        if not src.get("id") or not tgt.get("id"):
            continue
        n += 1
        date = e.get("date") or {}
        start, end = date.get("start"), date.get("end") or date.get("start")
        for a in (src, tgt):
            node = nodes.setdefault(a["id"], _Node(a.get("name") or a["id"], a.get("kind"),
                                                   a.get("country")))
            if start:
                node.dates += [start, end or start]
        key = (src["id"], tgt["id"], e["type"]) if by_type else (src["id"], tgt["id"])
        edge = edges[key]
        edge.count += 1
        edge.goldstein += float(e.get("goldstein") or 0.0)
        edge.quads[int(e.get("quad_class") or 0)] += 1
        edge.types[e["type"]] += 1
        edge.cameo[str(e.get("cameo"))] += 1
        edge.event_ids.append(e["event_id"])
        if start:
            edge.spells.append((start, end or start))
    return nodes, edges, n


def _a(value: Any) -> str:
    return quoteattr("" if value is None else str(value))


def write_gexf(events: Iterable[dict[str, Any]], out: Any) -> int:
    """GEXF 1.3, mode="dynamic", timeformat="date": edges and nodes carry spells."""
    nodes, edges, n = _collect(events, by_type=True)
    with open_out(out) as fh:
        w = fh.write
        w('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<gexf xmlns="http://gexf.net/1.3" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
          '  <meta><creator>eventlens</creator>'
          '<description>actor event network (dynamic)</description></meta>\n'
          '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" '
          'timerepresentation="interval">\n'
          '    <attributes class="node" mode="static">\n'
          '      <attribute id="kind" title="kind" type="string"/>\n'
          '      <attribute id="country" title="country" type="string"/>\n'
          '    </attributes>\n'
          '    <attributes class="edge" mode="static">\n'
          '      <attribute id="type" title="PLOVER type" type="string"/>\n'
          '      <attribute id="cameo" title="CAMEO code" type="string"/>\n'
          '      <attribute id="quad_class" title="quad class" type="integer"/>\n'
          '      <attribute id="count" title="events" type="integer"/>\n'
          '      <attribute id="goldstein_total" title="Goldstein total" type="double"/>\n'
          '      <attribute id="goldstein_mean" title="Goldstein mean" type="double"/>\n'
          '      <attribute id="event_ids" title="event ids" type="string"/>\n'
          '    </attributes>\n    <nodes>\n')
        for nid in sorted(nodes):
            node = nodes[nid]
            span = f" start={_a(min(node.dates))} end={_a(max(node.dates))}" if node.dates else ""
            w(f'      <node id={_a(nid)} label={_a(node.label)}{span}><attvalues>'
              f'<attvalue for="kind" value={_a(node.kind)}/>'
              f'<attvalue for="country" value={_a(node.country)}/></attvalues></node>\n')
        w('    </nodes>\n    <edges>\n')
        for i, key in enumerate(sorted(edges)):
            edge = edges[key]
            src, tgt, typ = key
            quad = edge.quads.most_common(1)[0][0]
            spells = sorted(set(edge.spells))
            span = (f" start={_a(spells[0][0])} end={_a(max(s[1] for s in spells))}"
                    if spells else "")
            w(f'      <edge id="{i}" source={_a(src)} target={_a(tgt)} kind={_a(typ)} '
              f'label={_a(typ)} weight="{edge.count}"{span}>\n'
              f'        <attvalues><attvalue for="type" value={_a(typ)}/>'
              f'<attvalue for="cameo" value={_a(edge.cameo.most_common(1)[0][0])}/>'
              f'<attvalue for="quad_class" value="{quad}"/>'
              f'<attvalue for="count" value="{edge.count}"/>'
              f'<attvalue for="goldstein_total" value="{round(edge.goldstein, 3)}"/>'
              f'<attvalue for="goldstein_mean" value="{round(edge.goldstein / edge.count, 3)}"/>'
              f'<attvalue for="event_ids" value={_a(" ".join(edge.event_ids))}/>'
              f'</attvalues>\n')
            if spells:
                w("        <spells>" + "".join(f"<spell start={_a(s)} end={_a(e)}/>"
                                               for s, e in spells) + "</spells>\n")
            w("      </edge>\n")
        w("    </edges>\n  </graph>\n</gexf>\n")
    return n


def write_graphml(events: Iterable[dict[str, Any]], out: Any) -> int:
    """GraphML, static: one edge per directed actor pair with flat attributes."""
    import networkx as nx

    nodes, edges, n = _collect(events, by_type=False)
    g = nx.DiGraph()
    for nid, node in sorted(nodes.items()):
        g.add_node(nid, label=node.label, kind=node.kind or "", country=node.country or "",
                   first_date=min(node.dates) if node.dates else "",
                   last_date=max(node.dates) if node.dates else "")
    for (src, tgt), edge in sorted(edges.items()):
        spells = sorted(edge.spells)
        g.add_edge(src, tgt, count=edge.count, weight=float(edge.count),
                   goldstein_total=round(edge.goldstein, 3),
                   goldstein_mean=round(edge.goldstein / edge.count, 3),
                   quad1=edge.quads[1], quad2=edge.quads[2], quad3=edge.quads[3],
                   quad4=edge.quads[4],
                   types=";".join(sorted(edge.types)),
                   cameo_codes=";".join(sorted(edge.cameo)),
                   first_date=spells[0][0] if spells else "",
                   last_date=max(s[1] for s in spells) if spells else "")
    with open_out(out) as fh:
        fh.write("\n".join(nx.generate_graphml(g)) + "\n")
    return n
