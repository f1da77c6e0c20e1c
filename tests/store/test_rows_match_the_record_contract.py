"""Store rows are built without dataclasses.asdict: the stored record is still exactly
`Event.as_dict()`, and reading it back gives exactly `Event.from_dict`."""

from __future__ import annotations

import json

import pytest

from eventlens.ingest import read_paths
from eventlens.records import Document, Event
from eventlens.store.rows import COLUMNS, event_record, rows_of, rows_to_arrow
from eventlens.store.schema import PARTITION_TABLES, row_columns
from eventlens.store.synthetic import synthetic_results


@pytest.fixture(scope="module")
def seed_results(pipeline, seeds):
    docs = [d for d in read_paths([str(seeds)]) if isinstance(d, Document)]
    return list(pipeline.process_many(docs))


def _events(results) -> list[Event]:
    return [e for r in results for e in r.events]


def test_records_and_rows_of_real_events_equal_the_contract(seed_results):
    events = _events(seed_results)
    assert len(events) > 20
    assert any(e.location for e in events) and any(e.claim_chain for e in events)
    for e in events:
        assert list(event_record(e).items()) == list(e.as_dict().items())  # keys in order too
    stored = rows_to_arrow(rows_of(seed_results))["events"].to_pylist()
    assert [json.loads(r["record"]) for r in stored] == [e.as_dict() for e in events]
    first = stored[0]
    e = events[0]
    assert (first["event_id"], first["type"], first["source_id"], first["date_start"],
            first["evidence_text"]) == (e.event_id, e.type, e.source.id if e.source else None,
                                        e.date.start, e.evidence.text)


def test_a_stored_record_reads_back_as_from_dict_does(seed_results):
    for e in _events(seed_results) + _events(synthetic_results(5, 4, seed=3)):
        record = json.loads(json.dumps(e.as_dict()))
        assert Event.from_dict(record) == e
    record = _events(seed_results)[0].as_dict()
    record["source"] = dict(record["source"] or {"text": "x", "name": None, "id": None},
                            unknown_key=1)  # unknown keys are ignored
    assert Event.from_dict(record).source.text == record["source"]["text"]


def test_row_builders_follow_the_schema_columns():
    for table in PARTITION_TABLES:
        assert COLUMNS[table] == tuple(c for c, _ in row_columns(table))
