"""`eventlens extract`: event records of files, directories or stdin."""

from __future__ import annotations

from enum import StrEnum

import typer

from ..extraction import extract_paths
from ..records import Event
from .common import check_date, print_jsonl, say


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


def extract_cmd(
    paths: list[str] = typer.Argument(..., help="Files (.txt .html .htm .jsonl), directories, or - for stdin."),
    date: str | None = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for relative dates."),
    fmt: Format = typer.Option(Format.jsonl, "--format", help="jsonl: the event record contract; table: readable."),
    source: str | None = typer.Option(None, "--source", help="Outlet name to record for these documents."),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline to use (default from settings)."),
) -> None:
    """Print the events of PATHS, one JSON object per line (or a table)."""
    events: list[Event] = []
    stats = extract_paths(paths, date=check_date(date), source=source, model=model,
                          on_error=lambda e: say(f"eventlens: error: {e}"),
                          on_events=events.extend if fmt is Format.table else
                          (lambda evs: print_jsonl(e.as_dict() for e in evs)))
    if fmt is Format.table:
        from ..display import print_events_table
        print_events_table(events)
    say(f"eventlens: {stats.documents} documents, {stats.events} events, {stats.errors} errors")
    if stats.documents == 0:
        raise typer.Exit(2)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
