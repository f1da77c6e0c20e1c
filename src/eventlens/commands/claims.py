"""`eventlens conflicts`, `eventlens merge` and `eventlens eval claims`."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from ..claims.merge import ContradictionGroup, contradiction_groups, merge_events
from ..extraction import extract_paths
from ..records import Event
from .common import DB_HELP, check_date, print_jsonl, say

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "eval" / "claims_gold.jsonl"


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


def _events(paths: list[str], date: str | None, source: str | None,
            model: str | None) -> tuple[list[Event], dict[str, str | None]]:
    events: list[Event] = []
    stats = extract_paths(paths, date=check_date(date), source=source, model=model,
                          on_error=lambda e: say(f"eventlens: error: {e}"),
                          on_events=events.extend)
    say(f"eventlens: {stats.documents} documents, {stats.events} events, {stats.errors} errors")
    if stats.documents == 0:
        raise typer.Exit(2)
    return events, {e.doc_id: source for e in events}


def _stored(db: str | None) -> Any:
    from ..settings import load_settings
    from ..store import open_store

    return open_store(db or load_settings().db, read_only=True)


def conflicts_cmd(
    paths: list[str] | None = typer.Argument(None, help="Files, directories, or - for stdin; none: the groups kept in the store (--db)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP + " Read when no PATHS are given."),
    date: str | None = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for relative dates."),
    fmt: Format = typer.Option(Format.jsonl, "--format", help="jsonl: one group a line; table: readable."),
    source: str | None = typer.Option(None, "--source", help="Outlet name to record for these documents."),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline to use."),
) -> None:
    """Print contradiction groups: mentions of one event that sources assert and negate/deny."""
    if paths:
        groups = contradiction_groups(_events(paths, date, source, model)[0])
    else:  # what ingest stored: the same groups, without parsing anything again
        with _stored(db) as store:
            groups = [_group_from_dict(d) for d in store.contradictions()]
    if fmt is Format.table:
        _print_groups(groups)
    else:
        print_jsonl(g.as_dict() for g in groups)
    say(f"eventlens: {len(groups)} contradiction groups")


def merge_cmd(
    paths: list[str] | None = typer.Argument(None, help="Files, directories, or - for stdin; none: the merged events kept in the store (--db)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP + " Read when no PATHS are given."),
    date: str | None = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for relative dates."),
    source: str | None = typer.Option(None, "--source", help="Outlet name to record for these documents."),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline to use."),
    min_sources: int = typer.Option(1, "--min-sources", help="Only events told by at least N documents."),
) -> None:
    """Print merged events (one JSON object a line): mentions of one event across documents."""
    if paths:
        events, outlets = _events(paths, date, source, model)
        rows = [m.as_dict() for m in merge_events(events, outlets)]
    else:
        with _stored(db) as store:
            rows = store.merged_events()
    merged = [m for m in rows if m.get("corroboration", 0) >= min_sources]
    print_jsonl(merged)
    say(f"eventlens: {len(merged)} merged events")


def _group_from_dict(d: dict[str, Any]) -> ContradictionGroup:
    return ContradictionGroup(group_id=d["group_id"], key=d["key"], reason=d["reason"],
                              mentions=tuple(Event.from_dict(e) for e in d["mentions"]))


def _print_groups(groups: list[ContradictionGroup]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(header_style="bold", show_lines=True)
    for col in ("group", "event", "reason", "doc", "factuality", "claimed by", "evidence"):
        table.add_column(col, overflow="fold")
    for g in groups:
        key = g.key
        label = f"{key['family']}: {key['source']} -> {key['target']}"
        for e in g.mentions:
            who = e.attributed_to.text if e.attributed_to else "author"
            table.add_row(g.group_id[:8], label, g.reason, e.doc_id[:18], e.factuality, who,
                          e.evidence.text[:160])
    Console(width=180).print(table)


def eval_claims_cmd(
    gold: Path = typer.Argument(DEFAULT_GOLD, help="Gold JSONL (default eval/claims_gold.jsonl)."),
    errors: bool = typer.Option(False, "--errors", help="Include the mis-scored items."),
) -> None:
    """Score factuality and attribution against a gold file; prints JSON."""
    from ..claims.evaluate import evaluate_claims

    if not gold.is_file():
        raise typer.BadParameter(f"{gold}: no such gold file")
    scores = evaluate_claims(gold)
    if not errors:
        scores.pop("errors", None)
    print(json.dumps(scores, indent=2))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("conflicts")(conflicts_cmd)
    app.command("merge")(merge_cmd)
    eval_app.command("claims")(eval_claims_cmd)
