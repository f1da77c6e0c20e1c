"""Readable tables of events for the terminal (stdout)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from .records import Actor, Event, TimeSpan


def _actor(a: Actor | None) -> str:
    if a is None:
        return ""
    code = a.id or "?"
    return f"{code}{'/' + a.sector if a.sector else ''} ({a.text})"


def _date(d: TimeSpan) -> str:
    if d.start is None and d.end is None:
        return "—"
    if d.start == d.end:
        return str(d.start)
    return f"{d.start or '…'}..{d.end or '…'}"


def print_events_table(events: Sequence[Event], console: Console | None = None) -> None:
    """One row per event: date, source, type/mode, target, factuality, trigger."""
    console = console or Console(width=160)
    table = Table(show_lines=False, header_style="bold")
    for col in ("doc", "date", "basis", "source", "event", "cameo", "target", "fact.", "trigger"):
        table.add_column(col, overflow="fold")
    for e in events:
        table.add_row(e.doc_id[:18], _date(e.date), e.date.basis, _actor(e.source),
                      f"{e.type}{'/' + e.mode if e.mode else ''}", e.cameo, _actor(e.target),
                      e.factuality, e.evidence.trigger)
    console.print(table)
