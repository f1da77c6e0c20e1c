"""Exports of the store's events: CSV, JSONL, Parquet, ICEWS-style TSV, GEXF, GraphML.

    write(store, fmt, out, **filters) -> int     (number of events written)
    flatten(record) -> dict                      (one flat row per event record)

CAMEO codes are always written as strings ("042" stays "042"): quoted in CSV, a string
column in Parquet, verbatim text in ICEWS TSV, string attributes in GEXF/GraphML.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from ..errors import EventlensError
from .flat import FLAT_COLUMNS, flatten

FORMATS = ("csv", "jsonl", "parquet", "icews", "gexf", "graphml")
EXTENSIONS = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet", "icews": ".tsv",
              "gexf": ".gexf", "graphml": ".graphml"}
BINARY = {"parquet"}

__all__ = ["EXTENSIONS", "FLAT_COLUMNS", "FORMATS", "flatten", "write"]


def write(store: Any, fmt: str, out: str | Path | IO[Any], **filters: Any) -> int:
    """Write the store's events (matching `filters`, as for Store.events) to `out`."""
    if fmt not in FORMATS:
        raise EventlensError(f"unknown export format '{fmt}': use one of {', '.join(FORMATS)}")
    if fmt == "parquet" and not isinstance(out, str | Path):
        raise EventlensError("parquet export needs a file: pass --out FILE.parquet")
    from . import graph, tables

    writer = {"csv": tables.write_csv, "jsonl": tables.write_jsonl,
              "parquet": tables.write_parquet, "icews": tables.write_icews,
              "gexf": graph.write_gexf, "graphml": graph.write_graphml}[fmt]
    events = store.iter_events(**filters)
    return writer(events, out)
