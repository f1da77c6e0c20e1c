"""A refresh recomputes only the dyads that new or replaced documents touch, and ends with
exactly the merged events and contradictions of one run over everything and of a full rebuild
(real pipeline, real DuckDB files)."""

from __future__ import annotations

import shutil

import pytest

from eventlens.store import ingest_paths, open_store

MERGED = ("merged_events", "merged_members", "contradictions", "contradiction_members")


@pytest.fixture
def merged_sizes(monkeypatch):
    """The number of events each call of the claims merge was given, per refresh."""
    merge = pytest.importorskip("eventlens.claims.merge")
    sizes: list[int] = []
    real = merge.merge_events

    def counting(events, outlets=None, groups=None):
        sizes.append(len(events))
        return real(events, outlets=outlets, groups=groups)

    monkeypatch.setattr(merge, "merge_events", counting)
    return sizes


def _merged(store) -> dict[str, list[tuple]]:
    snap = store.snapshot()
    return {t: snap[t] for t in MERGED}


def _doc_of_members(store) -> dict[str, set[str]]:
    rows = store.con.execute("SELECT merged_id, doc_id FROM merged_members").fetchall()
    out: dict[str, set[str]] = {}
    for mid, doc in rows:
        out.setdefault(mid, set()).add(doc)
    return out


def test_ingesting_a_then_b_merges_exactly_like_one_run_and_a_full_rebuild(
        examples, seeds, tmp_path, merged_sizes):
    a, b = [str(examples)], [str(seeds)]
    steps, once = tmp_path / "steps.duckdb", tmp_path / "once.duckdb"
    ingest_paths(a, db=steps, progress=False)
    with open_store(steps, read_only=True) as store:
        after_a = _merged(store)
        n_events_a = store.count_events()
    merged_sizes.clear()
    ingest_paths(b, db=steps, progress=False)
    incremental = list(merged_sizes)
    ingest_paths(a + b, db=once, progress=False)
    with open_store(steps) as s, open_store(once, read_only=True) as o:
        total = s.count_events()
        assert total > n_events_a > 0
        assert s.snapshot() == o.snapshot()  # every table, the merged ones included
        got = _merged(s)
        assert all(got[t] for t in MERGED)  # merges and contradictions really exist
        # the second refresh merged only the dyads the seeds touch, not every event again
        assert 0 < sum(incremental) < total
        # ... and some dyad of A was left as it was while others changed
        kept = set(after_a["merged_events"]) & set(got["merged_events"])
        assert kept and kept != set(got["merged_events"])
        merged_sizes.clear()
        assert s.refresh_merged(full=True)
        assert sum(merged_sizes) == total  # a full rebuild reads every event
        assert _merged(s) == got
        assert s.refresh_merged() is False  # nothing stored since: nothing to do


def test_a_replaced_document_is_merged_again_without_its_old_events(seeds, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds, corpus)
    db, fresh = tmp_path / "steps.duckdb", tmp_path / "fresh.duckdb"
    ingest_paths([str(corpus)], db=db, progress=False)
    seed = sorted(corpus.iterdir())[-1]
    paragraphs = seed.read_text(encoding="utf-8").split("\n\n")
    seed.write_text("\n\n".join(paragraphs[: len(paragraphs) // 2]), encoding="utf-8")
    with open_store(db, read_only=True) as store:
        before = _merged(store)
    stats = ingest_paths([str(corpus)], db=db, progress=False)
    assert stats.replaced == 1
    ingest_paths([str(corpus)], db=fresh, progress=False)
    with open_store(db) as s, open_store(fresh, read_only=True) as f:
        after = _merged(s)
        assert after != before  # the replaced document's events left their merged events
        ours, theirs = s.snapshot(), f.snapshot()
        for names in (ours, theirs):  # every (id, name) ever seen stays, by design
            names.pop("actor_names")
        assert ours == theirs
        s.refresh_merged(full=True)
        assert _merged(s) == after
        stored = {(e, d) for e, d in s.con.execute("SELECT event_id, doc_id FROM events").fetchall()}
        members = set(s.con.execute("SELECT event_id, doc_id FROM merged_members").fetchall())
        assert members == stored  # no member left from the old version


def test_new_merge_rules_rebuild_every_dyad(db_path, merged_sizes):
    from eventlens.store.synthetic import synthetic_results

    results = list(synthetic_results(30, 3, seed=4))
    with open_store(db_path) as store:
        store.ingest_results(results[:20], batch_size=8)
        store._set_meta("merge_fingerprint", "rules of an older version")
        merged_sizes.clear()
        store.ingest_results(results[20:], batch_size=8)
        assert sum(merged_sizes) == store.count_events()
        rebuilt = _merged(store)
        store.refresh_merged(full=True)
        assert _merged(store) == rebuilt
        assert store.con.execute("SELECT count(*) FROM merge_dirty").fetchall()[0][0] == 0


def test_new_merge_rules_rebuild_even_when_nothing_new_is_stored(db_path, merged_sizes):
    from eventlens.store.synthetic import synthetic_results

    with open_store(db_path) as store:
        store.ingest_results(list(synthetic_results(12, 3, seed=5)), batch_size=8)
        assert store.refresh_merged() is False  # nothing new, same rules: nothing to do
        store._set_meta("merge_fingerprint", "rules of an older version")
        merged_sizes.clear()
        assert store.refresh_merged() is True  # an upgrade alone brings the merge up to date
        assert sum(merged_sizes) == store.count_events()


def test_no_merge_leaves_the_dyads_marked_for_the_next_refresh(examples, seeds, tmp_path):
    db, once = tmp_path / "steps.duckdb", tmp_path / "once.duckdb"
    ingest_paths([str(examples)], db=db, progress=False)
    ingest_paths([str(seeds)], db=db, progress=False, merge=False)
    with open_store(db) as store:
        assert store.con.execute("SELECT count(*) FROM merge_dirty").fetchall()[0][0] > 0
        assert store.refresh_merged() is True
    ingest_paths([str(examples), str(seeds)], db=once, progress=False)
    with open_store(db, read_only=True) as s, open_store(once, read_only=True) as o:
        assert s.snapshot() == o.snapshot()
