"""Helpers shared by command modules: messages to stderr, dates, output formats."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from typing import Any

import typer


def say(message: str) -> None:
    """A message for the user: always stderr, so stdout stays data."""
    print(message, file=sys.stderr, flush=True)


def check_date(value: str | None) -> str | None:
    """Validate a --date flag (YYYY-MM-DD)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise typer.BadParameter(f"'{value}' is not a date in YYYY-MM-DD form") from exc


def print_jsonl(rows: Iterable[dict[str, Any]]) -> int:
    """Write one JSON object per line to stdout; returns the count."""
    n = 0
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        n += 1
    out.flush()
    return n


DB_HELP = "DuckDB store file (default: `db` from settings, eventlens.duckdb)."
