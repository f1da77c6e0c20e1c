"""The Dask engine: the same per-partition function on a distributed cluster.

Workers write each partition's rows as Parquet shards under `shard_root` (which must be
reachable by the workers and by the machine running the ingest: a local directory for a
LocalCluster, a shared filesystem for a remote cluster); the store loads each shard
directory in one transaction and deletes it.
"""

from __future__ import annotations

import tempfile
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import MissingExtra
from ..records import Document, ReadError
from . import Partition
from .partition import process_partition_to_shards


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise MissingExtra("dask", "dask.distributed") from exc
    return distributed


def run_dask(chunks: Iterable[list[Document]], model: str | None, batch_size: int, workers: int,
             scheduler: str | None = None, shard_root: Path | None = None) -> Iterator[Partition]:
    """Partitions in input order from a Dask cluster (a LocalCluster unless `scheduler`)."""
    distributed = _distributed()
    cluster = None
    if scheduler:
        client = distributed.Client(scheduler)
    else:
        cluster = distributed.LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                           processes=True, dashboard_address=None)
        client = distributed.Client(cluster)
    own_root = shard_root is None
    root = Path(shard_root) if shard_root is not None else Path(
        tempfile.mkdtemp(prefix="eventlens-shards-"))
    run_id = uuid.uuid4().hex[:8]
    try:
        in_flight = 2 * max(1, sum(client.nthreads().values()))
        pending: deque[Any] = deque()
        for i, chunk in enumerate(chunks):
            pending.append(client.submit(process_partition_to_shards, chunk, model, batch_size,
                                         str(root / f"{run_id}-{i:06d}"), pure=False))
            while len(pending) >= in_flight:
                yield _partition(pending.popleft().result())
        while pending:
            yield _partition(pending.popleft().result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if own_root:
            import shutil

            shutil.rmtree(root, ignore_errors=True)


def _partition(result: dict[str, Any]) -> Partition:
    failures = [ReadError(path, reason, line) for path, line, reason in result["failures"]]
    return Partition(shard_dir=Path(result["shard_dir"]), failures=failures)
