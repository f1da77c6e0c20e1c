"""Export fixtures: a real DuckDB store with synthetic events (locations, claims, CAMEO 042)."""

from __future__ import annotations

import pytest

from eventlens.store import open_store
from eventlens.store.synthetic import synthetic_results


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    s.ingest_results(synthetic_results(15, 3, seed=11))
    yield s
    s.close()


@pytest.fixture
def events():
    return [e for r in synthetic_results(15, 3, seed=11) for e in r.events]
