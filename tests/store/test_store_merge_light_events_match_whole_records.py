"""The merge refresh reads light events (the columns the claims merge needs, not the parsed
records): its merged events and contradiction groups equal those of a merge over the whole
records (real pipeline, real DuckDB file)."""

from __future__ import annotations

import json

from eventlens.records import Event
from eventlens.store import ingest_paths, merge, open_store

MERGED = ("merged_events", "merged_members", "contradictions", "contradiction_members",
          "merge_dyads")


def test_light_events_merge_exactly_like_whole_records(examples, seeds, tmp_path, monkeypatch):
    db = tmp_path / "store.duckdb"
    ingest_paths([str(examples), str(seeds)], db=db, progress=False)
    with open_store(db) as store:
        light = {t: rows for t, rows in store.snapshot().items() if t in MERGED}
        assert light["merged_events"] and light["contradictions"]  # both really computed
        records = dict(store.con.execute("SELECT rowid, record FROM events").fetchall())
        monkeypatch.setattr(merge._LightEvents, "event",  # row[1] is the event's rowid
                            lambda self, row: Event.from_dict(json.loads(records[row[1]])))
        assert store.refresh_merged(full=True)
        whole = {t: rows for t, rows in store.snapshot().items() if t in MERGED}
    assert whole == light
