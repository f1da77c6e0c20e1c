"""The per-partition function every engine runs: documents -> store rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..records import Document, ReadError
from ..settings import load_settings
from ..store.rows import (
    Rows,
    empty_rows,
    failure_row,
    failures_of,
    result_rows,
    rows_to_arrow,
)

_PIPELINES: dict[str, Any] = {}


def get_pipeline(model: str | None = None) -> Any:
    """The pipeline for `model`, built once per process (worker) and reused."""
    from ..pipeline import Pipeline

    settings = load_settings(model=model)
    if settings.model not in _PIPELINES:
        _PIPELINES[settings.model] = Pipeline(settings)
    return _PIPELINES[settings.model]


def process_partition(documents: list[Document], model: str | None = None,
                      batch_size: int = 32) -> Rows:
    """Every stage over a partition; a document that breaks the pipeline becomes a failure."""
    pipeline = get_pipeline(model)
    rows = empty_rows()
    try:
        results = list(pipeline.process_many(documents, batch_size=batch_size))
    except Exception:  # one bad document must not lose the partition: retry one by one
        results = None
    if results is not None:
        for r in results:
            result_rows(r, rows)
        return rows
    for doc in documents:
        try:
            result_rows(pipeline.process(doc), rows)
        except Exception as exc:
            reason = f"processing failed: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
            rows["failures"].append(failure_row(ReadError(doc.path or doc.doc_id, reason)))
    return rows


def process_partition_tables(documents: list[Document], model: str | None = None,
                             batch_size: int = 32) -> tuple[dict[str, Any], list[ReadError]]:
    """process_partition, as Arrow tables and the partition's failures: a pool worker does
    the conversion, so the parent process only inserts (it is the one serial step)."""
    rows = process_partition(documents, model, batch_size)
    return rows_to_arrow(rows), failures_of(rows)


def write_shards(rows: Rows, shard_dir: str | Path) -> Path:
    """Write a partition's rows as one Parquet file per table (written then renamed)."""
    shard_dir = Path(shard_dir)
    tmp = shard_dir.with_name(shard_dir.name + ".tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    for table, data in rows_to_arrow(rows).items():
        pq.write_table(data, tmp / f"{table}.parquet")
    tmp.rename(shard_dir)
    return shard_dir


def process_partition_to_shards(documents: list[Document], model: str | None, batch_size: int,
                                shard_dir: str) -> dict[str, Any]:
    """The Dask task: process_partition, then Parquet shards; returns where and what failed."""
    rows = process_partition(documents, model, batch_size)
    write_shards(rows, shard_dir)
    return {"shard_dir": shard_dir, "failures": rows["failures"]}
