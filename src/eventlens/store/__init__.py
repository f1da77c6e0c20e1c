"""The corpus store (DuckDB): documents, sentences, actors, events, claims, merges.

    open_store(path, read_only=False) -> Store
    Store.ingest_results(results, errors=()) -> IngestStats
    Store.events(actor=, source=, target=, dyad=(a, b), type=, quad_class=, start=, end=,
                 factuality=, doc_id=, outlet=, text=, cameo=, limit=, offset=) -> list[dict]
    Store.actors() / docs(failed=False) / document(doc_id) / merged_events(...)
    Store.contradictions() / timeline(a, b, by="year") / counts() / close()
    ingest_paths(paths, db, ...) -> IngestStats      (what `eventlens ingest` runs)

See docs/store.md for the schema, migrations and idempotency rules.
"""

from .core import IngestStats, Store, StoreError, open_store
from .schema import SCHEMA_VERSION, TABLES

__all__ = ["IngestStats", "SCHEMA_VERSION", "Store", "StoreError", "TABLES", "ingest_paths",
           "open_store"]


def ingest_paths(*args, **kwargs):  # type: ignore[no-untyped-def]
    """Read, process and store every document under `paths` (see store.ingest)."""
    from .ingest import ingest_paths as run

    return run(*args, **kwargs)
