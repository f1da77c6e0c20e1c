"""`eventlens places` (toponyms of documents) and `eventlens eval location`."""

from __future__ import annotations

import json
import time
from enum import StrEnum
from pathlib import Path

import typer

from ..evalgate import EVALUATIONS
from .common import print_jsonl, say


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


def places_cmd(
    paths: list[str] = typer.Argument(None, help="Files (.txt .html .htm .jsonl), directories, or - for stdin."),
    fmt: Format = typer.Option(Format.jsonl, "--format", help="jsonl: one toponym a line; table: readable."),
    dateline: str | None = typer.Option(None, "--dateline", help="Dateline place to use for events with no other place."),
    gazetteer_info: bool = typer.Option(False, "--gazetteer-info", help="Print the gazetteer's size and load time, then exit."),
) -> None:
    """Print the place names of PATHS: words, role (place/actor/modifier) and resolved place."""
    if gazetteer_info:
        _gazetteer_info()
        return
    if not paths:
        raise typer.BadParameter("give at least one PATH (or --gazetteer-info)")
    from ..actors import resolve_actors
    from ..ingest import read_paths
    from ..nlp import load
    from ..places import locate
    from ..records import ReadError
    from ..settings import load_settings

    nlp = load(load_settings().model)
    docs = errors = 0
    rows: list[dict] = []
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            errors += 1
            say(f"eventlens: error: {item}")
            continue
        docs += 1
        doc = nlp(item.text)
        index = locate(doc, resolve_actors(doc), dateline=dateline)
        out = [{"doc_id": item.doc_id, "sentence": doc[t.start].sent.text.strip()[:200],
                **t.as_dict()} for t in index.toponyms]
        if fmt is Format.jsonl:
            print_jsonl(out)
        else:
            rows.extend(out)
    if fmt is Format.table:
        _table(rows)
    say(f"eventlens: {docs} documents, {errors} errors")
    if docs == 0:
        raise typer.Exit(2)


def _table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("doc", "text", "role", "place", "feature", "country", "admin1", "lat", "lon")
    for r in rows:
        loc = r["location"] or {}
        table.add_row(r["doc_id"][:20], r["text"], r["role"], str(loc.get("name") or ""),
                      str(loc.get("feature") or ""), str(loc.get("country") or ""),
                      str(loc.get("admin1") or ""), str(loc.get("lat") or ""),
                      str(loc.get("lon") or ""))
    Console(width=160).print(table)


def _gazetteer_info() -> None:
    from collections import Counter

    from ..places.gazetteer import gazetteer

    gazetteer.cache_clear()
    t0, c0 = time.perf_counter(), time.process_time()
    g = gazetteer()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    folder = Path(__file__).resolve().parents[1] / "data" / "places"
    features = Counter(g.place(i).feature for i in range(len(g)))
    print(json.dumps({"places": len(g), "by_feature": dict(features),
                      "load_seconds": round(seconds, 3), "load_cpu_seconds": round(cpu, 3),
                      "file_bytes": sum(p.stat().st_size for p in folder.glob("*.tsv*"))}))
    say("eventlens: load_seconds is wall-clock time (machine load adds to it); "
        "load_cpu_seconds is this process's CPU time")


def eval_location_cmd(
    path: Path = typer.Argument(EVALUATIONS["location"][1], help="event_location_gold.jsonl"),
) -> None:
    """Score event locations against the event_location gold set (prints JSON)."""
    from ..places.evaluate import evaluate_location

    print(json.dumps(evaluate_location(path), indent=2))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("places")(places_cmd)
    eval_app.command("location")(eval_location_cmd)
