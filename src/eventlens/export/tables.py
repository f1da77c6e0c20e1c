"""Tabular exports: CSV, JSONL, Parquet and the ICEWS-style TSV."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .flat import FLAT_COLUMNS, NUMERIC, flatten
from .names import cameo_name, country_name, sector_name

ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)


@contextlib.contextmanager
def open_out(out: str | Path | IO[Any] | None) -> Iterator[IO[Any]]:
    """A text stream for `out`: a path (created), a stream, or None/'-' for stdout."""
    if out is None or out == "-":
        yield sys.stdout
    elif isinstance(out, str | Path):
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield out


def write_csv(events: Iterable[dict[str, Any]], out: Any) -> int:
    """Flat columns; text columns (cameo included) quoted, numbers bare."""
    n = 0
    with open_out(out) as fh:
        fh.write(",".join(FLAT_COLUMNS) + "\r\n")
        for record in events:
            row = flatten(record)
            fh.write(",".join(_csv_cell(c, row[c]) for c in FLAT_COLUMNS) + "\r\n")
            n += 1
    return n


def _csv_cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column in NUMERIC:
        return str(value)
    return '"' + str(value).replace('"', '""') + '"'


def write_jsonl(events: Iterable[dict[str, Any]], out: Any) -> int:
    n = 0
    with open_out(out) as fh:
        for record in events:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def _parquet_schema() -> pa.Schema:
    types = {"int": pa.int32(), "float": pa.float64()}
    return pa.schema([(c, types.get(NUMERIC.get(c, ""), pa.string())) for c in FLAT_COLUMNS])


def write_parquet(events: Iterable[dict[str, Any]], out: str | Path, batch: int = 50_000) -> int:
    schema = _parquet_schema()
    n = 0
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(str(out), schema) as writer:
        rows: list[dict[str, Any]] = []
        for record in events:
            rows.append(flatten(record))
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        n += len(rows)
    return n


def icews_row(record: dict[str, Any]) -> dict[str, str]:
    """One event in the ICEWS column set (location from Event.location)."""
    src = record.get("source") or {}
    tgt = record.get("target") or {}
    loc = record.get("location") or {}
    feature = loc.get("feature")
    cameo = record.get("cameo")
    row = {
        "Event ID": record.get("event_id"),
        "Event Date": (record.get("date") or {}).get("start"),
        "Source Name": src.get("name") or src.get("text"),
        "Source Sectors": sector_name(src.get("sector")),
        "Source Country": country_name(src.get("country")),
        "Event Text": cameo_name(cameo) or record.get("type"),
        "CAMEO Code": None if cameo is None else str(cameo),
        "Intensity": record.get("goldstein"),
        "Target Name": tgt.get("name") or tgt.get("text"),
        "Target Sectors": sector_name(tgt.get("sector")),
        "Target Country": country_name(tgt.get("country")),
        "Story ID": record.get("doc_id"),
        "Sentence Number": (record.get("sentence_index") or 0) + 1,
        "Publisher": record.get("outlet"),
        "City": loc.get("name") if feature in ("city", "landmark") else None,
        "District": loc.get("name") if feature == "district" else None,
        "Province": loc.get("admin1") or (loc.get("name") if feature == "admin1" else None),
        "Country": country_name(loc.get("country")) if loc else None,
        "Latitude": loc.get("lat"),
        "Longitude": loc.get("lon"),
    }
    return {k: "" if v is None else _tsv(str(v)) for k, v in row.items()}


def _tsv(value: str) -> str:
    return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def write_icews(events: Iterable[dict[str, Any]], out: Any) -> int:
    n = 0
    with open_out(out) as fh:
        fh.write("\t".join(ICEWS_COLUMNS) + "\n")
        for record in events:
            row = icews_row(record)
            fh.write("\t".join(row[c] for c in ICEWS_COLUMNS) + "\n")
            n += 1
    return n
