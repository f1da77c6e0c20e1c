"""Ingest is idempotent by content hash and transactional per batch."""

from __future__ import annotations

import dataclasses

import duckdb
import pytest

from eventlens.records import Actor, ReadError
from eventlens.store import open_store, schema
from eventlens.store.synthetic import synthetic_results


def test_ingesting_the_same_results_twice_leaves_the_same_rows(db_path):
    with open_store(db_path) as store:
        first = store.ingest_results(synthetic_results(10, 3, seed=1), batch_size=4)
        before = store.snapshot()
        second = store.ingest_results(synthetic_results(10, 3, seed=1), batch_size=3)
        assert store.snapshot() == before
    assert (first.documents, first.events, first.batches) == (10, 30, 3)
    assert (second.documents, second.skipped, second.events) == (0, 10, 0)
    assert len(before["documents"]) == 10 and len(before["events"]) == 30


def test_batch_size_does_not_change_what_is_stored(tmp_path):
    snaps = []
    for size in (1, 7, 100):
        with open_store(tmp_path / f"s{size}.duckdb") as store:
            store.ingest_results(synthetic_results(9, 2, seed=3), batch_size=size)
            snaps.append(store.snapshot())
    assert snaps[0] == snaps[1] == snaps[2]


def test_a_document_with_the_same_text_under_another_id_is_not_stored_twice(db_path):
    from dataclasses import replace

    results = list(synthetic_results(2, 1, seed=2))
    twin = replace(results[0], document=replace(results[0].document, doc_id="twin"))
    with open_store(db_path) as store:
        stats = store.ingest_results([*results, twin])
        assert [d["doc_id"] for d in store.docs()] == [r.document.doc_id for r in results]
    assert stats.skipped == 1


def test_new_content_under_a_stored_doc_id_replaces_the_old_version(db_path):
    old = next(synthetic_results(1, 3, seed=4, prefix="x"))
    new = next(synthetic_results(1, 2, seed=5, prefix="x"))
    assert old.document.doc_id == new.document.doc_id
    with open_store(db_path) as store:
        store.ingest_results([old])
        stats = store.ingest_results([new])
        assert stats.replaced == 1
        assert store.counts()["documents"] == 1
        assert {e["event_id"] for e in store.events()} == {e.event_id for e in new.events}
        assert store.counts()["sentences"] == len(new.sentences)


def test_a_failing_batch_leaves_nothing_behind(db_path, monkeypatch):
    results = list(synthetic_results(4, 2, seed=6))
    with open_store(db_path) as store:
        store.ingest_results(results[:2])
        before = store.snapshot()
        real = schema.insert_sql

        def broken(table, source):  # the events' INSERT fails after the documents' ran
            if table == "events":
                return "SELECT error('disk full')"
            return real(table, source)

        monkeypatch.setattr(schema, "insert_sql", broken)
        with pytest.raises(duckdb.Error, match="disk full"):
            store.ingest_results(results[2:])
        assert store.snapshot() == before  # documents/sentences of the batch rolled back
        monkeypatch.undo()
        store.ingest_results(results)
        assert store.counts()["documents"] == 4 and store.counts()["events"] == 8


def test_bad_inputs_are_recorded_once_per_file_and_line(db_path):
    errors = [ReadError("a.bin", "binary file"), ReadError("b.jsonl", "not JSON", line=3),
              ReadError("b.jsonl", "not JSON", line=5)]
    with open_store(db_path) as store:
        store.ingest_results([], errors)
        store.ingest_results([], errors)
        failed = store.docs(failed=True)
    assert [(f["path"], f["line"], f["reason"]) for f in failed] == [
        ("a.bin", None, "binary file"), ("b.jsonl", 3, "not JSON"), ("b.jsonl", 5, "not JSON")]


def test_actor_names_rolled_back_with_a_failing_batch_are_stored_when_it_is_retried(
        db_path, monkeypatch):
    results = list(synthetic_results(9, 3, seed=11))
    zed = Actor(id="ZZZ", name="Zedland", text="Zedland", kind="state")
    event = dataclasses.replace(results[4].events[0], source=zed)
    results[4] = dataclasses.replace(results[4], events=(event, *results[4].events[1:]))
    with open_store(db_path) as store:
        store.ingest_results(results[:3])
        real = schema.mark_dirty_sql

        def broken(events, where="TRUE"):  # fails after the batch's actor names were inserted
            return "SELECT error('disk full')"

        monkeypatch.setattr(schema, "mark_dirty_sql", broken)
        with pytest.raises(duckdb.Error, match="disk full"):
            store.ingest_results(results[3:])
        monkeypatch.setattr(schema, "mark_dirty_sql", real)
        store.ingest_results(results)
        stored = store.con.execute("SELECT id, name FROM actor_names ORDER BY ALL").fetchall()
        every = store.con.execute(
            "SELECT DISTINCT id, name FROM (SELECT source_id AS id, source_name AS name "
            "FROM events UNION ALL SELECT target_id, target_name FROM events UNION ALL "
            "SELECT attributed_id, attributed_name FROM events UNION ALL "
            "SELECT actor_id, actor_name FROM mentions) WHERE id IS NOT NULL ORDER BY ALL"
        ).fetchall()
    assert stored == every and ("ZZZ", "Zedland") in stored
