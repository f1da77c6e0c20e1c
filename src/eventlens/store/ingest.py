"""`ingest_paths`: read a corpus, run an engine over it, store it batch by batch.

Documents are read lazily and grouped in chunks of `batch_size`; chunks whose documents are
already stored (same content hash) are filtered before any parsing, so a re-run or a
resumed run only processes what is new. Each processed partition is stored in one
transaction; merged events and contradictions of the dyads it touched are recomputed at the
end (store/merge.py).
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tqdm import tqdm

from ..engine import Partition
from ..engine import run as run_engine
from ..ingest import read_paths
from ..records import Document, ReadError
from ..settings import load_settings
from .core import IngestStats, Store, open_store
from .rows import failures_of

MAX_BATCH_CHARS = 250_000  # a batch also ends at this much text: memory follows text size


def _batches(items: Iterable[Document | ReadError], size: int,
             max_chars: int = MAX_BATCH_CHARS) -> Iterator[list[Document | ReadError]]:
    """Consecutive items, at most `size` documents and about `max_chars` of text per batch."""
    batch: list[Document | ReadError] = []
    docs = chars = 0
    for item in items:
        batch.append(item)
        if not isinstance(item, ReadError):
            docs += 1
            chars += len(item.text)
        if docs >= size or chars >= max_chars:
            yield batch
            batch, docs, chars = [], 0, 0
    if batch:
        yield batch


def _new_chunks(items: Iterable[Document | ReadError], store: Store, size: int,
                stats: IngestStats, on_error: Callable[[ReadError], object]
                ) -> Iterator[list[Document]]:
    """Chunks of documents not yet stored; bad inputs are recorded and reported on the way."""
    for chunk in _batches(items, size):
        errors = [x for x in chunk if isinstance(x, ReadError)]
        docs = [x for x in chunk if not isinstance(x, ReadError)]
        for e in errors:
            on_error(e)
        store.add_failures(errors, stats)
        new = store.new_documents([d.content_hash for d in docs])
        fresh = [d for d in docs if d.content_hash in new]
        stats.skipped += len(docs) - len(fresh)
        if fresh:
            yield fresh


def ingest_paths(paths: Iterable[str], db: str | Path | None = None, date: str | None = None,
                 source: str | None = None, workers: int | None = None,
                 engine: str | None = None, scheduler: str | None = None,
                 progress: bool = True, batch_size: int | None = None,
                 model: str | None = None, merge: bool = True, full_merge: bool = False,
                 on_error: Callable[[ReadError], object] = lambda e: None,
                 on_batch: Callable[[IngestStats], object] = lambda s: None,
                 shard_root: str | Path | None = None) -> IngestStats:
    """Read, process and store every document under `paths`; returns what was done.

    Idempotent and resumable: documents already stored are skipped before parsing; each
    batch is one transaction, so a killed run loses at most the batches in flight. At the end
    the merged events of the dyads this run touched are recomputed (`merge`), or those of
    every dyad (`full_merge`).
    """
    settings = load_settings(model=model, db=str(db) if db else None, workers=workers,
                             engine=engine, scheduler=scheduler, batch_size=batch_size)
    stats = IngestStats()
    start = time.perf_counter()
    bar = tqdm(desc="ingest", unit="doc", file=sys.stderr, disable=not progress or None,
               leave=False, dynamic_ncols=True)
    with open_store(settings.db) as store:
        items = read_paths(list(paths), date=date, source=source)
        chunks = _new_chunks(items, store, settings.batch_size, stats, on_error)
        root = Path(shard_root) if shard_root else None
        for part in run_engine(chunks, settings, shard_root=root):
            batch = _store(store, part, on_error)
            stats.add(batch)
            bar.update(batch.documents)
            bar.set_postfix(events=stats.events, skipped=stats.skipped, refresh=False)
            on_batch(batch)
        bar.close()
        if merge or full_merge:
            store.refresh_merged(full=full_merge)
    stats.seconds = time.perf_counter() - start
    return stats


def _store(store: Store, part: Partition, on_error: Callable[[ReadError], object]) -> IngestStats:
    if part.rows is not None:
        failures = failures_of(part.rows)
        batch = store.load_partition(rows=part.rows)
    elif part.tables is not None:
        failures = part.failures
        batch = store.load_partition(tables=part.tables)
    elif part.shard_dir is not None:
        failures = part.failures
        batch = store.load_partition(shard_dir=part.shard_dir)
        shutil.rmtree(part.shard_dir, ignore_errors=True)
    else:
        raise ValueError("an engine partition without rows, tables or a shard directory")
    for f in failures:
        on_error(f)
    return batch
