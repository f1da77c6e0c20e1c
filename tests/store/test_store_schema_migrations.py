"""Schema is created and migrated on open, versioned in schema_version."""

from __future__ import annotations

import duckdb
import pytest

from eventlens.store import SCHEMA_VERSION, StoreError, open_store, schema


def test_a_new_store_records_every_migration_once(db_path):
    open_store(db_path).close()
    open_store(db_path).close()
    con = duckdb.connect(str(db_path))
    versions = [v for (v,) in con.execute("SELECT version FROM schema_version").fetchall()]
    tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    assert {"documents", "sentences", "mentions", "events", "claims", "failures",
            "merged_events", "contradictions", "actors"} <= tables


def test_a_later_migration_is_applied_to_an_existing_store(db_path, monkeypatch):
    open_store(db_path).close()
    extra = schema.Migration(SCHEMA_VERSION + 1, "test: notes column",
                             lambda con: con.execute("ALTER TABLE documents ADD COLUMN notes VARCHAR"))
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", extra.version)
    with open_store(db_path) as store:
        assert store.schema_version == extra.version
        cols = [c for (c,) in store.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name='documents'").fetchall()]
    assert "notes" in cols
    with open_store(db_path) as store:  # not applied twice
        assert store.con.execute("SELECT count(*) FROM schema_version").fetchall()[0][0] == extra.version


def test_read_only_open_of_a_missing_store_says_how_to_build_one(tmp_path):
    with pytest.raises(StoreError, match="eventlens ingest"):
        open_store(tmp_path / "nope.duckdb", read_only=True)


def test_cameo_codes_are_stored_as_strings(filled):
    types = dict(filled.con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                    "WHERE table_name = 'events'").fetchall())
    assert types["cameo"] == "VARCHAR"
    assert "042" in {e["cameo"] for e in filled.events()}


def test_migration_2_backfills_actor_names_of_an_older_store(db_path):
    from eventlens.store.synthetic import synthetic_results

    with open_store(db_path) as store:
        store.ingest_results(synthetic_results(5, 2, seed=9))
        expected = store.con.execute("SELECT * FROM actor_names ORDER BY ALL").fetchall()
        store.con.execute("DROP TABLE actor_names")  # as a version-1 store had it
        store.con.execute("DELETE FROM schema_version WHERE version >= 2")
    with open_store(db_path) as store:
        assert store.con.execute("SELECT * FROM actor_names ORDER BY ALL").fetchall() == expected
        assert len(expected) > 0
        assert store.actor_ids("soviet union") == ["SUN"] == store.actor_ids("sun")
        assert {e["event_id"] for e in store.events(actor="Soviet Union")} == {
            e["event_id"] for e in store.events(actor="sun")}


def test_migration_3_gives_an_older_store_a_full_merge_on_the_next_refresh(db_path):
    from eventlens.store.synthetic import synthetic_results

    results = list(synthetic_results(12, 3, seed=2))
    with open_store(db_path) as store:
        store.ingest_results(results[:8])
        expected = store.snapshot()
        # as a version-2 store had it: no merge_dyads, no merge_dirty, no fingerprint
        store.con.execute("DROP TABLE merge_dyads")
        store.con.execute("DROP TABLE merge_dirty")
        store.con.execute("DELETE FROM meta WHERE key = 'merge_fingerprint'")
        store.con.execute("DELETE FROM schema_version WHERE version >= 3")
    with open_store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        store.ingest_results(results[8:])  # refreshes in full: no fingerprint yet
        assert store.con.execute(  # every merged event has its dyad again
            "SELECT count(*) FROM merged_events WHERE merged_id NOT IN "
            "(SELECT id FROM merge_dyads WHERE kind = 'merged')").fetchall()[0][0] == 0
        assert store.snapshot() != expected
    with open_store(db_path.with_name("fresh.duckdb")) as fresh:
        fresh.ingest_results(results)
        with open_store(db_path, read_only=True) as store:
            assert store.snapshot() == fresh.snapshot()
