"""`eventlens timeline`, `eventlens shifts`, `eventlens network`: the analyst's view in the terminal."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from .. import analysis as an
from ..analysis.source import load_events
from ..settings import load_settings
from .common import DB_HELP, say


class By(StrEnum):
    year = "year"
    month = "month"


class OutFormat(StrEnum):
    table = "table"
    json = "json"


class NetFormat(StrEnum):
    table = "table"
    json = "json"
    gexf = "gexf"


JSONL_HELP = "Read event records from this JSONL file (`eventlens extract` output) instead of a store."


def _events(db: str | None, jsonl: str | None) -> list[dict[str, Any]]:
    return load_events(db=db or load_settings().db, jsonl=jsonl)


def _console() -> Console:
    return Console(width=140, soft_wrap=False)


def _short(e: dict[str, Any]) -> str:
    d = e.get("date") or {}
    src = (e.get("source") or {}).get("id") or "?"
    tgt = (e.get("target") or {}).get("id") or "-"
    return (f"{d.get('start') or '?'} {src}->{tgt} {e.get('type')} "
            f"[{e.get('factuality')}] \"{(e.get('evidence') or {}).get('text', '')[:110]}\"")


def timeline_cmd(
    a: str = typer.Argument(..., help="First actor: id (RUS) or name (Russia)."),
    b: str = typer.Argument(..., help="Second actor: id (TAL) or name (Taliban)."),
    by: By = typer.Option(By.year, "--by", help="Period: year or month."),
    plot: str | None = typer.Option(None, "--plot", help="Also draw the chart to FILE.png or FILE.svg."),
    fmt: OutFormat = typer.Option(OutFormat.table, "--format", help="table or json."),
    directed: bool = typer.Option(False, "--directed", help="Only events from A to B."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    jsonl: str | None = typer.Option(None, "--events", help=JSONL_HELP),
) -> None:
    """Dyad series of A and B per period: counts by quad class, mean Goldstein, net cooperation, state."""
    events = _events(db, jsonl)
    ia, ib = an.resolve_actor(a, events), an.resolve_actor(b, events)
    states = an.relation_states(events, ia, ib, by.value, directed)
    undated = an.undated_count(events, ia, ib, directed, by.value)
    if fmt is OutFormat.json:
        print(json.dumps({"a": ia, "b": ib, "by": by.value, "undated": undated,
                          "periods": [s.as_dict() for s in states]}, ensure_ascii=False))
    else:
        t = Table(title=f"{ia} – {ib} by {by.value}", header_style="bold")
        for col in ("period", "events", "vcoop", "mcoop", "vconf", "mconf", "goldstein",
                    "net coop", "state"):
            t.add_column(col, justify="right" if col not in ("period", "state") else "left")
        for s in states:
            st = s.stats
            t.add_row(s.period, str(st.events), str(st.verbal_cooperation),
                      str(st.material_cooperation), str(st.verbal_conflict),
                      str(st.material_conflict),
                      "" if st.mean_goldstein is None else f"{st.mean_goldstein:+.2f}",
                      "" if st.net_cooperation is None else f"{st.net_cooperation:+.2f}", s.state)
        _console().print(t)
    say(f"eventlens: {ia}-{ib}: {sum(s.stats.events for s in states)} dated events in "
        f"{len(states)} periods, {undated} not placed (undated, or by month dated only to the year)")
    if plot:
        if not states:
            say("eventlens: nothing to plot")
            raise typer.Exit(1)
        from ..analysis.plot import plot_timeline

        try:
            out = plot_timeline(states, plot, f"{ia} – {ib}")
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from exc
        say(f"eventlens: chart written to {out}")


def shifts_cmd(
    a: str | None = typer.Argument(None, help="First actor (id or name); omit both for all dyads."),
    b: str | None = typer.Argument(None, help="Second actor (id or name)."),
    by: By = typer.Option(By.year, "--by", help="Period: year or month."),
    fmt: OutFormat = typer.Option(OutFormat.table, "--format", help="table or json."),
    min_events: int = typer.Option(2, "--min-events", help="With no A B: dyads with at least this many events."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    jsonl: str | None = typer.Option(None, "--events", help=JSONL_HELP),
) -> None:
    """Changes of relation state (cooperative, hostile, mixed) with the events that mark them."""
    if (a is None) != (b is None):
        raise typer.BadParameter("give two actors (A B) or none")
    events = _events(db, jsonl)
    pairs = [(an.resolve_actor(a, events), an.resolve_actor(b, events))] if a and b \
        else an.all_dyads(events, min_events)
    shifts = [s for x, y in pairs for s in an.detect_shifts(events, x, y, by.value)]
    if fmt is OutFormat.json:
        print(json.dumps([s.as_dict() for s in shifts], ensure_ascii=False))
    else:
        con = _console()
        for s in shifts:
            con.print(f"[bold]{s.a}–{s.b}[/bold] {s.before_period} {s.before_state} -> "
                      f"{s.after_period} {s.after_state} ({s.direction})", markup=True,
                      highlight=False)
            for label, evs in (("before", s.before_events), ("after", s.after_events)):
                for e in evs[:5]:
                    con.print(f"  {label}: {_short(e)}", markup=False, highlight=False)
    say(f"eventlens: {len(shifts)} shifts in {len(pairs)} dyads")


def network_cmd(
    window: str = typer.Option("5y", "--window", help="Window length in years ('5y'), or 'all'."),
    fmt: NetFormat = typer.Option(NetFormat.table, "--format", help="table, json or gexf (dynamic GEXF on stdout)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    jsonl: str | None = typer.Option(None, "--events", help=JSONL_HELP),
) -> None:
    """Signed, weighted actor network per time window with centrality and unbalanced triads."""
    try:
        an.parse_window(window)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    nets = an.network_over_time(_events(db, jsonl), window)
    if fmt is NetFormat.gexf:
        import sys

        import networkx as nx

        nx.write_gexf(an.to_gexf_graph(nets), sys.stdout.buffer)
        sys.stdout.buffer.flush()
    elif fmt is NetFormat.json:
        print(json.dumps([n.as_dict() for n in nets], ensure_ascii=False))
    else:
        con = _console()
        for wn in nets:
            d = wn.as_dict()
            t = Table(title=f"window {d['window']}: {len(d['nodes'])} actors, "
                            f"{len(d['edges'])} relations, balance {d['balance_ratio']}",
                      header_style="bold")
            for col in ("source", "target", "events", "coop", "conflict", "goldstein", "sign"):
                t.add_column(col)
            for e in d["edges"]:
                t.add_row(e["source"], e["target"], str(e["events"]), str(e["cooperation"]),
                          str(e["conflict"]), f"{e['goldstein']:+.1f}",
                          {1: "+", -1: "-", 0: "0"}[e["sign"]])
            con.print(t)
            top = sorted(d["nodes"], key=lambda n: -n.get("betweenness", 0))[:5]
            con.print("  central: " + ", ".join(
                f"{n['id']} (deg {n['degree']}, betw {n['betweenness']})" for n in top),
                markup=False, highlight=False)
            for tr in d["unbalanced"]:
                con.print(f"  unbalanced triad {'-'.join(tr['actors'])} {tr['pattern']}",
                          markup=False, highlight=False)
    say(f"eventlens: {len(nets)} windows")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("timeline")(timeline_cmd)
    app.command("shifts")(shifts_cmd)
    app.command("network")(network_cmd)
