"""`eventlens timex` (time expressions of documents) and `eventlens eval te3` (TempEval-3)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from ..ingest import read_paths
from ..records import ReadError
from .common import check_date, print_jsonl, say


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


def timex_cmd(
    paths: list[str] = typer.Argument(..., help="Files (.txt .html .htm .jsonl), directories, or - for stdin."),
    date: str | None = typer.Option(None, "--date",
                                    help="Document creation date YYYY-MM-DD (overrides the documents' own)."),
    fmt: Format = typer.Option(Format.jsonl, "--format", help="jsonl: one object per expression; table: readable."),
) -> None:
    """Print the time expressions (TIMEX3 type and value, character offsets) of PATHS."""
    import datetime as dt

    from ..time import tag

    forced = check_date(date)
    docs = errors = count = 0
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            say(f"eventlens: error: {item}")
            errors += 1
            continue
        docs += 1
        when = forced or item.published  # --date first, then the document's own date
        dct = dt.date.fromisoformat(when) if when else None
        rows: list[dict[str, Any]] = [{"doc_id": item.doc_id, "text": t.text, "start": t.start, "end": t.end,
                 "type": t.type, "value": t.value, "mod": t.mod, "anchor": t.anchor}
                for t in tag(item.text, dct)]
        count += len(rows)
        if fmt is Format.jsonl:
            print_jsonl(rows)
        else:
            for r in rows:
                print(f"{r['doc_id'][:24]:24}  {r['start']:>6}-{r['end']:<6} {r['type']:8} "
                      f"{str(r['value']):14} {r['mod'] or '':9} {r['text']}")
    say(f"eventlens: {docs} documents, {count} time expressions, {errors} errors")
    if docs == 0:
        raise typer.Exit(2)


def te3_cmd(
    path: Path = typer.Argument(..., help="Folder of TempEval-3 .tml files (or one file)."),
    errors: bool = typer.Option(False, "--errors", help="Also list every miss, false alarm and wrong value."),
) -> None:
    """Score the time tagger on TempEval-3: strict/relaxed span P/R/F1 and value F1 (JSON)."""
    from ..time.evaluate import evaluate_te3

    if not path.exists():
        say(f"eventlens: error: {path}: no such file or directory")
        raise typer.Exit(2)
    print(json.dumps(evaluate_te3(path, with_errors=errors), indent=2))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("timex")(timex_cmd)
    eval_app.command("te3")(te3_cmd)
