"""Store fixtures: a real DuckDB file filled with synthetic, fully populated DocResults."""

from __future__ import annotations

import pytest

from eventlens.store import open_store
from eventlens.store.synthetic import synthetic_results


@pytest.fixture
def filled(db_path):
    """A store holding 12 synthetic documents (36 events), open read-write."""
    store = open_store(db_path)
    store.ingest_results(synthetic_results(12, 3, seed=7), batch_size=5)
    yield store
    store.close()
