"""The local engine: in-process for one worker, a forkserver process pool for more."""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from ..records import Document
from . import Partition
from .partition import get_pipeline, process_partition, process_partition_tables


def _init_worker(model: str | None) -> None:
    get_pipeline(model)  # load spaCy once per worker, before the first partition arrives


def _context() -> mp.context.BaseContext:
    method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["eventlens.engine.preload"])
    return ctx


def run_local(chunks: Iterable[list[Document]], model: str | None, batch_size: int,
              workers: int) -> Iterator[Partition]:
    """Partitions in input order; at most 2 x workers partitions in flight."""
    if workers <= 1:
        for chunk in chunks:
            yield Partition(rows=process_partition(chunk, model, batch_size))
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                             initializer=_init_worker, initargs=(model,)) as pool:
        pending: deque[Future] = deque()
        for chunk in chunks:
            pending.append(pool.submit(process_partition_tables, chunk, model, batch_size))
            while len(pending) >= 2 * workers:
                yield _partition(pending.popleft())
        while pending:
            yield _partition(pending.popleft())


def _partition(future: Future) -> Partition:
    tables, failures = future.result()
    return Partition(tables=tables, failures=failures)
