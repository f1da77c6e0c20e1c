"""The public API: every exported name resolves, and the main path works from Python."""

from __future__ import annotations

from pathlib import Path

import eventlens

ROOT = Path(__file__).resolve().parents[1]


def test_api_every_name_in_all_resolves_and_is_documented():
    doc = (ROOT / "docs" / "api.md").read_text()
    for name in eventlens.__all__:
        assert getattr(eventlens, name) is not None, name
        assert f"`{name}" in doc, f"{name} missing from docs/api.md"


def test_api_extract_returns_dated_event_records(pipeline):
    events = eventlens.extract("In late December 1979, the Soviet Union invaded Afghanistan.")
    invasion = [e for e in events if e.type == "ASSAULT"]
    assert invasion, events
    e = invasion[0]
    assert (e.source.id, e.target.id) == ("SUN", "AFG")
    assert e.date.start.startswith("1979-12") and e.date.basis == "explicit"
    assert e.as_dict()["cameo"] == e.cameo and isinstance(e.cameo, str)


def test_api_store_round_trip(tmp_path, examples):
    stats = eventlens.ingest_paths([str(examples / "saudi_iran_beijing_2023.txt")],
                                   db=str(tmp_path / "api.duckdb"), progress=False)
    assert stats.documents == 1
    store = eventlens.open_store(str(tmp_path / "api.duckdb"), read_only=True)
    try:
        rows = store.events(dyad=("SAU", "IRN"))
    finally:
        store.close()
    assert rows and all(r["evidence"]["text"] for r in rows)
    series = eventlens.dyad_series(rows, "SAU", "IRN", by="year")
    assert series


def test_api_event_ids_are_unique_within_a_document(pipeline, examples):
    from eventlens.ingest import read_paths
    from eventlens.records import Document

    for doc in read_paths([str(examples)]):
        if isinstance(doc, Document):
            ids = [e.event_id for e in pipeline.process(doc).events]
            assert len(ids) == len(set(ids)), doc.doc_id
