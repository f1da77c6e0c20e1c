"""`eventlens ingest | events | actors | docs | export`: the corpus store from the shell."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Any

import typer

from ..settings import load_settings
from .common import DB_HELP, check_date, print_jsonl, say


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class QueryFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    icews = "icews"
    gexf = "gexf"
    graphml = "graphml"


def _db(db: str | None) -> str:
    return db or load_settings().db


def _open(db: str | None, read_only: bool = True) -> Any:
    from ..store import open_store

    return open_store(_db(db), read_only=read_only)


def ingest_cmd(
    paths: list[str] = typer.Argument(..., help="Files (.txt .html .htm .jsonl), directories, or - for stdin."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    date: str | None = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for documents without one."),
    source: str | None = typer.Option(None, "--source", help="Outlet name to record for these documents."),
    workers: int | None = typer.Option(None, "--workers", min=1, help="Worker processes (default 1: in-process)."),
    engine: Engine | None = typer.Option(None, "--engine", help="local process pool, or dask (needs the dask extra: pip install eventlens\\[dask])."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler tcp://HOST:PORT (default: start a LocalCluster)."),
    shard_dir: str | None = typer.Option(None, "--shard-dir", help="Dask: where workers write Parquet shards (shared filesystem for a remote cluster; default a temp dir)."),
    batch_size: int | None = typer.Option(None, "--batch-size", min=1, help="Documents per batch (one transaction each)."),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline (default from settings)."),
    no_merge: bool = typer.Option(False, "--no-merge", help="Skip recomputing merged events and contradictions."),
    full_merge: bool = typer.Option(False, "--full-merge", help="Recompute every merged event and contradiction group, not only the dyads this run touched."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="One line per committed batch on stderr."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read PATHS, extract events and store everything in the DuckDB store (idempotent)."""
    from ..store.ingest import ingest_paths

    def on_batch(s: Any) -> None:
        if verbose:
            say(f"eventlens: batch committed: {s.documents} documents, {s.events} events")

    stats = ingest_paths(paths, db=_db(db), date=check_date(date), source=source,
                         workers=workers, engine=engine.value if engine else None,
                         scheduler=scheduler, progress=not quiet, batch_size=batch_size,
                         model=model, merge=not no_merge, full_merge=full_merge,
                         on_error=lambda e: say(f"eventlens: error: {e}"), on_batch=on_batch,
                         shard_root=shard_dir)
    rate = stats.documents / stats.seconds if stats.seconds else 0.0
    say(f"eventlens: {stats.documents} new documents, {stats.skipped} already stored, "
        f"{stats.events} events, {stats.failures} errors ({rate:.1f} docs/s) -> {_db(db)}")
    if stats.documents + stats.skipped == 0:
        raise typer.Exit(2)


def events_cmd(
    actor: str | None = typer.Option(None, "--actor", help="Source or target (id or name)."),
    source: str | None = typer.Option(None, "--source", help="Source actor (id or name)."),
    target: str | None = typer.Option(None, "--target", help="Target actor (id or name)."),
    dyad: tuple[str, str] | None = typer.Option(None, "--dyad", help="Two actors, either direction."),
    type_: list[str] = typer.Option(None, "--type", help="PLOVER type (repeatable)."),
    quad_class: list[int] = typer.Option(None, "--quad-class", help="Quad class 1-4 (repeatable)."),
    start: str | None = typer.Option(None, "--start", help="From (YYYY, YYYY-MM or YYYY-MM-DD)."),
    end: str | None = typer.Option(None, "--end", help="Until (YYYY, YYYY-MM or YYYY-MM-DD)."),
    factuality: list[str] = typer.Option(None, "--factuality", help="asserted, reported, denied, negated, hypothetical."),
    doc_id: str | None = typer.Option(None, "--doc", help="Only this document."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only documents of this outlet."),
    text: str | None = typer.Option(None, "--text", help="Words in the evidence sentence."),
    limit: int | None = typer.Option(None, "--limit", min=0, help="At most this many events."),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", help="table, jsonl (records) or csv (flat)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Stored events matching the filters (all filters combine)."""
    filters = dict(actor=actor, source=source, target=target,
                   dyad=dyad if dyad and all(dyad) else None, type=type_ or None,
                   quad_class=quad_class or None, start=start, end=end,
                   factuality=factuality or None, doc_id=doc_id, outlet=outlet, text=text,
                   limit=limit)
    with _open(db) as store:
        events = store.events(**filters)
    if fmt is QueryFormat.jsonl:
        print_jsonl(events)
    elif fmt is QueryFormat.csv:
        from ..export.tables import write_csv

        write_csv(events, sys.stdout)
    else:
        from ..display import print_events_table
        from ..records import Event

        print_events_table([Event.from_dict(e) for e in events])
    say(f"eventlens: {len(events)} events")


def actors_cmd(
    unresolved: bool = typer.Option(False, "--unresolved", help="Also list mentions without a gazetteer id."),
    limit: int | None = typer.Option(None, "--limit", min=0, help="At most this many actors."),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", help="table, jsonl or csv."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Actors seen in the store: mentions, documents, events and surface forms."""
    with _open(db) as store:
        actors = store.actors(include_unresolved=unresolved, limit=limit)
    rows = [{**a, "surface_forms": "; ".join(f"{f['text']} ({f['count']})"
                                             for f in a["surface_forms"])} for a in actors]
    _print(rows if fmt is not QueryFormat.jsonl else actors, fmt,
           ["id", "name", "kind", "country", "mentions", "docs", "events", "surface_forms"])


def docs_cmd(
    failed: bool = typer.Option(False, "--failed", help="List the inputs that could not be read or processed."),
    limit: int | None = typer.Option(None, "--limit", min=0, help="At most this many rows."),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", help="table, jsonl or csv."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Stored documents, or with --failed the bad inputs (file, line, reason)."""
    with _open(db) as store:
        rows = store.docs(failed=failed, limit=limit)
    cols = (["path", "line", "reason"] if failed else
            ["doc_id", "title", "published", "source", "n_words", "n_sentences", "n_events", "path"])
    _print(rows, fmt, cols)


def export_cmd(
    fmt: ExportFormat = typer.Option(..., "--format", help="csv, jsonl, parquet, icews (TSV), gexf (dynamic) or graphml."),
    out: str | None = typer.Option(None, "--out", help="Output file (default stdout; parquet needs a file)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Write every stored event in an analyst's format."""
    from ..export import write

    with _open(db) as store:
        n = write(store, fmt.value, out or "-")
    say(f"eventlens: exported {n} events as {fmt.value}" + (f" to {out}" if out else ""))


def _print(rows: list[dict[str, Any]], fmt: QueryFormat, columns: list[str]) -> None:
    if fmt is QueryFormat.jsonl:
        print_jsonl(rows)
    elif fmt is QueryFormat.csv:
        import csv

        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(header_style="bold")
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
        Console(width=160).print(table)
    say(f"eventlens: {len(rows)} rows")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("events")(events_cmd)
    app.command("actors")(actors_cmd)
    app.command("docs")(docs_cmd)
    app.command("export")(export_cmd)


