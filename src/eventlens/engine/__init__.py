"""Engines: run the pipeline over a stream of documents, one bounded partition at a time.

The same per-partition function, `process_partition(documents) -> Rows`, runs in-process
(`workers=1`), in a local process pool (`workers>1`, forkserver, spaCy loaded once per
worker) and on a Dask cluster (`engine="dask"`, where workers write the rows as Parquet
shards the store then loads). Memory is bounded by batch size x partitions in flight,
never by corpus size: documents are consumed lazily from an iterator.

    process_partition(documents, model, batch_size) -> Rows
    run(chunks, settings) -> Iterator[Partition]
    chunked(items, size) -> Iterator[list]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from ..records import Document, ReadError
from ..settings import Settings
from .partition import process_partition, write_shards

T = TypeVar("T")

__all__ = ["Partition", "chunked", "process_partition", "run", "write_shards"]


@dataclass
class Partition:
    """One processed partition: rows in memory (local) or a directory of Parquet shards."""

    rows: dict[str, list[tuple[Any, ...]]] | None = None  # store.rows.Rows
    tables: dict[str, Any] | None = None  # the same as Arrow tables (pool workers convert)
    shard_dir: Path | None = None
    failures: list[ReadError] = field(default_factory=list)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items, consuming `items` lazily."""
    it = iter(items)
    while chunk := list(islice(it, max(1, size))):
        yield chunk


def run(chunks: Iterable[list[Document]], settings: Settings,
        shard_root: Path | None = None) -> Iterator[Partition]:
    """Process every chunk with the engine and worker count the settings name."""
    if settings.engine == "local":
        from .local import run_local

        yield from run_local(chunks, settings.model, settings.batch_size, settings.workers)
    elif settings.engine == "dask":
        from .dask_engine import run_dask

        yield from run_dask(chunks, settings.model, settings.batch_size, settings.workers,
                            settings.scheduler, shard_root)
    else:
        from ..errors import EventlensError

        raise EventlensError(f"unknown engine '{settings.engine}': use local or dask")
