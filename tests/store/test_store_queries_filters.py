"""Store queries: event filters, actors, documents, timeline."""

from __future__ import annotations

from eventlens.records import Event
from eventlens.store.synthetic import synthetic_results


def _all(n=12, k=3, seed=7):
    return [e for r in synthetic_results(n, k, seed=seed) for e in r.events]


def test_events_round_trip_the_contract_record(filled):
    expected = {e.event_id: e.as_dict() for e in _all()}
    got = filled.events()
    assert len(got) == len(expected) == 36
    for rec in got:
        extra = {"merged_id", "outlet", "published", "title"}
        assert {k: v for k, v in rec.items() if k not in extra} == expected[rec["event_id"]]
        assert Event.from_dict(rec).as_dict() == expected[rec["event_id"]]


def test_each_filter_selects_exactly_the_matching_events(filled):
    events = _all()
    def ids(pred):
        return {e.event_id for e in events if pred(e)}
    def got(**kw):
        return {e["event_id"] for e in filled.events(**kw)}
    assert got(actor="RUS") == ids(lambda e: "RUS" in (e.source.id, e.target.id))
    assert got(actor="russia") == got(actor="rus")  # names and ids, any case
    assert got(source="TAL") == ids(lambda e: e.source.id == "TAL")
    assert got(target="USA") == ids(lambda e: e.target.id == "USA")
    assert got(dyad=("RUS", "TAL")) == ids(lambda e: {e.source.id, e.target.id} == {"RUS", "TAL"})
    assert got(type="ASSAULT") == ids(lambda e: e.type == "ASSAULT")
    assert got(type=["AID", "AGREE"]) == ids(lambda e: e.type in ("AID", "AGREE"))
    assert got(quad_class=4) == ids(lambda e: e.quad_class == 4)
    assert got(factuality="denied") == ids(lambda e: e.factuality == "denied")
    assert got(start="1990", end="1999") == ids(lambda e: "1990" <= e.date.start[:4] <= "1999")
    assert got(start="1996-03") == ids(lambda e: e.date.end >= "1996-03-01")
    assert got(doc_id="syn_000003") == ids(lambda e: e.doc_id == "syn_000003")
    assert got(cameo="042") == ids(lambda e: e.cameo == "042")
    assert got(text="REPORT SYN_000005") == ids(lambda e: "syn_000005" in e.evidence.text)
    outlets = {r.document.doc_id: r.document.source for r in synthetic_results(12, 3, seed=7)}
    assert got(outlet="Daily A") == ids(lambda e: outlets[e.doc_id] == "Daily A")
    assert got(actor="RUS", quad_class=[1, 2]) == ids(
        lambda e: "RUS" in (e.source.id, e.target.id) and e.quad_class in (1, 2))
    assert filled.count_events(type="ASSAULT") == len(ids(lambda e: e.type == "ASSAULT"))


def test_events_are_ordered_and_paged(filled):
    everything = filled.events()
    starts = [e["date"]["start"] for e in everything]
    assert starts == sorted(starts)
    assert filled.events(limit=5, offset=10) == everything[10:15]
    assert [e["event_id"] for e in filled.iter_events(batch=7)] == [e["event_id"] for e in everything]


def test_actors_have_counts_and_surface_forms(filled):
    actors = {a["id"]: a for a in filled.actors()}
    events = _all()
    rus = actors["RUS"]
    assert rus["name"] == "Russia" and rus["kind"] == "state"
    assert rus["events_as_source"] == sum(e.source.id == "RUS" for e in events)
    assert rus["events_as_target"] == sum(e.target.id == "RUS" for e in events)
    assert rus["mentions"] == rus["events"]  # two mentions per synthetic event
    assert rus["surface_forms"] == [{"text": "Moscow", "count": rus["mentions"]}]


def test_document_returns_text_sentences_and_events(filled):
    doc = filled.document("syn_000002")
    result = list(synthetic_results(12, 3, seed=7))[2]
    assert doc["text"] == result.document.text
    assert [s["text"] for s in doc["sentences"]] == [s.text for s in result.sentences]
    assert {e["event_id"] for e in doc["events"]} == {e.event_id for e in result.events}
    assert filled.document("missing") is None
    assert [d["doc_id"] for d in filled.docs()] == sorted(f"syn_{i:06d}" for i in range(12))


def test_timeline_groups_the_dyads_dated_events_by_period(filled):
    events = [e for e in _all() if {e.source.id, e.target.id} == {"RUS", "TAL"}]
    years = filled.timeline("RUS", "TAL", by="year")
    assert sum(p["count"] for p in years) == len(events) > 0
    assert [p["period"] for p in years] == sorted({e.date.start[:4] for e in events})
    for p in years:
        mine = [e for e in events if e.date.start[:4] == p["period"]]
        assert p["a_to_b"] == sum(e.source.id == "RUS" for e in mine)
        assert p["quad4"] == sum(e.quad_class == 4 for e in mine)
        assert abs(p["goldstein_total"] - sum(e.goldstein for e in mine)) < 1e-6
        assert {e["event_id"] for e in p["events"]} == {e.event_id for e in mine}
    months = filled.timeline("Taliban", "russia", by="month", include_events=False)
    assert sum(p["count"] for p in months) == len(events)
    assert all(len(p["period"]) == 7 and p["events"] == [] for p in months)
    directed = filled.timeline("RUS", "TAL", directed=True)
    assert sum(p["count"] for p in directed) == sum(e.source.id == "RUS" for e in events)


def test_type_by_period_counts_every_dated_event_once(filled):
    from collections import Counter

    expected = Counter((e.date.start[:7], e.type) for e in _all())
    got = filled.type_by_period(by="month")
    assert {(r["period"], r["type"]): r["count"] for r in got} == dict(expected)
    years = filled.type_by_period(by="year", type="ASSAULT")
    assert sum(r["count"] for r in years) == sum(e.type == "ASSAULT" for e in _all())
