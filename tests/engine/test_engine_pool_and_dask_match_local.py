"""The local pool and the Dask engine run the same per-partition function and store exactly
what one in-process worker stores; the engines stream with bounded look-ahead."""

from __future__ import annotations

import itertools
import sys

import pytest

from eventlens.engine import chunked
from eventlens.engine.local import run_local
from eventlens.errors import MissingExtra
from eventlens.ingest import read_paths
from eventlens.records import Document
from eventlens.store import ingest_paths, open_store
from eventlens.store.rows import rows_to_arrow


@pytest.fixture(scope="module")
def corpus(seeds, examples) -> list[str]:
    """The example corpus (written by the ingest stage), or the seeds when it is absent."""
    return [str(examples)] if examples.is_dir() and any(examples.iterdir()) else [str(seeds)]


def test_chunked_consumes_its_input_lazily():
    pulled = []

    def endless():
        for i in itertools.count():
            pulled.append(i)
            yield i

    first = next(chunked(endless(), 3))
    assert first == [0, 1, 2] and len(pulled) == 3


def _events(partitions) -> list[tuple]:
    # in-process partitions carry rows; pool workers hand back Arrow tables
    tables = [p.tables if p.tables is not None else rows_to_arrow(p.rows) for p in partitions]
    assert all(t is not None for t in tables)
    rows = [r for t in tables for r in t["events"].to_pylist()]
    return sorted((r["doc_id"], r["ordinal"], r["record"]) for r in rows)


@pytest.mark.slow
def test_a_two_worker_pool_gives_the_events_of_one_process_with_bounded_lookahead(corpus):
    docs = [d for d in read_paths(corpus) if isinstance(d, Document)]
    assert len(docs) >= 3
    one = list(run_local(chunked(docs, 2), None, 8, workers=1))
    pulled, yielded = [0], [0]
    lookahead = []

    def counting(chunks):
        for c in chunks:
            pulled[0] += 1
            lookahead.append(pulled[0] - yielded[0])
            yield c

    two = []
    for part in run_local(counting(chunked(docs, 1)), None, 8, workers=2):
        yielded[0] += 1
        two.append(part)
    assert _events(two) == _events(one)
    assert len(_events(one)) > 0
    assert max(lookahead) <= 2 * 2 + 1  # never more than 2 x workers partitions in flight


@pytest.mark.slow
def test_a_dask_local_cluster_stores_exactly_what_the_local_engine_stores(corpus, tmp_path):
    pytest.importorskip("distributed")
    local, dask = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    ingest_paths(corpus, db=local, progress=False, batch_size=3)
    shards = tmp_path / "shards"
    stats = ingest_paths(corpus, db=dask, engine="dask", workers=2, progress=False,
                         batch_size=3, shard_root=shards)
    assert stats.documents >= 3 and stats.events > 0
    with open_store(local, read_only=True) as a, open_store(dask, read_only=True) as b:
        assert b.events() == a.events()
        assert b.snapshot() == a.snapshot()
    assert list(shards.iterdir()) == []  # loaded shards are removed


def test_the_dask_engine_without_the_extra_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    from eventlens.engine.dask_engine import run_dask

    with pytest.raises(MissingExtra, match=r"eventlens\[dask\]"):
        next(run_dask(iter([]), None, 8, 2))


@pytest.mark.slow
def test_ingest_with_a_scheduler_address_uses_that_cluster(seeds, tmp_path):
    distributed = pytest.importorskip("distributed")
    local, remote = tmp_path / "local.duckdb", tmp_path / "remote.duckdb"
    ingest_paths([str(seeds)], db=local, progress=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        stats = ingest_paths([str(seeds)], db=remote, engine="dask",
                             scheduler=cluster.scheduler_address, progress=False,
                             shard_root=tmp_path / "shards")
        with distributed.Client(cluster.scheduler_address) as client:
            ran = client.run_on_scheduler(lambda dask_scheduler: dask_scheduler.transition_counter)
        assert ran > 0  # the partitions went through that scheduler
    assert stats.documents == 2
    with open_store(local, read_only=True) as a, open_store(remote, read_only=True) as b:
        assert b.snapshot() == a.snapshot()
