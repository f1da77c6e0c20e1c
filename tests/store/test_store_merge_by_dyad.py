"""Merging dyad by dyad (bounded memory) gives exactly the claims stage's merge of all events."""

from __future__ import annotations

import pytest

from eventlens.records import Event
from eventlens.store import open_store
from eventlens.store.synthetic import synthetic_results


def test_streamed_merge_equals_one_merge_over_every_event(db_path):
    merge = pytest.importorskip("eventlens.claims.merge")
    with open_store(db_path) as store:
        store.ingest_results(synthetic_results(60, 4, seed=5), batch_size=16)
        events = store.events()
        stored = [Event.from_dict(e) for e in events]
        outlets = {e["doc_id"]: e["outlet"] for e in events}
        full = merge.merge_events(stored, outlets=outlets)
        expected = {m.merged_id: sorted(set(m.event_ids)) for m in full}
        got = {m["merged_id"]: sorted(m["event_ids"]) for m in store.merged_events()}
        assert got == expected
        assert any(len(v) > 1 for v in got.values())  # some events really merged
        groups = {g.group_id for g in merge.contradiction_groups(stored)}
        assert {g["group_id"] for g in store.contradictions()} == groups
        assert len(groups) > 0
        corroboration = {m.merged_id: (m.corroboration, list(m.outlets)) for m in full}
        assert {m["merged_id"]: (m["corroboration"], m["outlets"])
                for m in store.merged_events()} == corroboration
