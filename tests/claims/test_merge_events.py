"""Cross-document merge and contradiction groups over hand-built event records."""

from __future__ import annotations

import itertools

from eventlens.claims.merge import contradiction_groups, merge_events
from eventlens.records import Actor, Event, Evidence, TimeSpan

_ids = itertools.count()


def actor(code: str) -> Actor:
    return Actor(id=code, name=code, text=code, kind="state")


def event(doc: str, type_: str, src: str | None, tgt: str | None, start: str | None = None,
          end: str | None = None, basis: str = "explicit", factuality: str = "asserted",
          mode: str | None = None, precision: str = "day") -> Event:
    n = next(_ids)
    date = TimeSpan(start, end or start, precision, None, basis) if start else TimeSpan.none()
    return Event(event_id=f"e{n}", doc_id=doc, type=type_, mode=mode, cameo="000", quad_class=1,
                 goldstein=0.0, source=actor(src) if src else None,
                 target=actor(tgt) if tgt else None, date=date,
                 evidence=Evidence(text=f"sentence {n}", start=0, end=10, trigger="x"),
                 factuality=factuality)


def test_same_event_in_two_documents_is_one_merged_event_with_two_sources():
    a = event("doc1", "ASSAULT", "RUS", "UKR", "2022-02-24")
    b = event("doc2", "ASSAULT", "RUS", "UKR", "2022-02-01", "2022-02-28", precision="month")
    [merged] = merge_events([a, b], outlets={"doc1": "Wire", "doc2": "Ledger"})
    assert merged.event_ids == (a.event_id, b.event_id)
    assert merged.sources == ("doc1", "doc2")
    assert merged.outlets == ("Wire", "Ledger")
    assert merged.corroboration == 2
    assert merged.start == "2022-02-01" and merged.end == "2022-02-28"
    assert not merged.contradicted


def test_symmetric_types_merge_regardless_of_direction():
    a = event("doc1", "CONSULT", "IND", "PAK", "2019-03-01")
    b = event("doc2", "CONSULT", "PAK", "IND", "2019-03-01")
    assert len(merge_events([a, b])) == 1


def test_directed_types_keep_direction():
    a = event("doc1", "ASSAULT", "IND", "PAK", "2019-02-26")
    b = event("doc2", "ASSAULT", "PAK", "IND", "2019-02-26")
    assert len(merge_events([a, b])) == 2


def test_same_family_types_merge_and_disjoint_dates_do_not():
    a = event("doc1", "AID", "RUS", "TAL", "2015-01-01", "2015-12-31", precision="year")
    b = event("doc2", "SUPPORT", "RUS", "TAL", "2015-06-01", "2015-06-30", precision="month")
    c = event("doc3", "AID", "RUS", "TAL", "2007-01-01", "2007-12-31", precision="year")
    merged = merge_events([a, b, c])
    assert sorted(m.corroboration for m in merged) == [1, 2]


def test_context_dates_do_not_keep_mentions_apart():
    a = event("doc1", "ASSAULT", "RUS", "UKR", "2022-02-24")
    b = event("doc2", "ASSAULT", "RUS", "UKR", "2021-06-01", basis="narrative")
    [merged] = merge_events([a, b])
    assert merged.corroboration == 2


def test_merged_id_is_stable_and_depends_on_the_key():
    a = event("doc1", "ASSAULT", "RUS", "UKR", "2022-02-24")
    b = event("doc2", "ASSAULT", "RUS", "UKR", "2022-02-24")
    first = merge_events([a, b])[0]
    again = merge_events([b, a])[0]
    other = merge_events([event("doc1", "ASSAULT", "RUS", "GEO", "2008-08-08")])[0]
    assert first.merged_id == again.merged_id != other.merged_id
    assert first.as_dict()["key"]["family"] == "assault"


def test_reported_against_negated_is_a_contradiction_group():
    pos = event("doc1", "AID", "RUS", "TAL", basis="none", factuality="reported")
    neg = event("doc2", "AID", "RUS", "TAL", basis="none", factuality="negated")
    [group] = contradiction_groups([pos, neg])
    assert group.reason == "reported vs negated"
    assert {e.event_id for e in group.mentions} == {pos.event_id, neg.event_id}
    d = group.as_dict()
    assert set(d) >= {"group_id", "key", "reason", "mentions"}
    assert d["mentions"][0]["factuality"] in ("reported", "negated")
    assert all(m.contradicted for m in merge_events([pos, neg]))


def test_asserted_against_denied_is_a_contradiction_group():
    pos = event("doc1", "ASSAULT", "IND", "PAK", "2019-02-26")
    neg = event("doc2", "ASSAULT", "IND", "PAK", "2019-02-26", factuality="denied")
    [group] = contradiction_groups([pos, neg])
    assert group.reason == "asserted vs denied"


def test_hypothetical_mentions_take_no_side():
    pos = event("doc1", "ASSAULT", "CHN", "TWN", basis="none", factuality="hypothetical")
    neg = event("doc2", "ASSAULT", "CHN", "TWN", basis="none", factuality="negated")
    assert contradiction_groups([pos, neg]) == []


def test_negation_of_another_period_is_no_contradiction():
    pos = event("doc1", "AID", "RUS", "TAL", "2020-01-01", "2020-12-31", precision="year")
    neg = event("doc2", "AID", "RUS", "TAL", "1996-01-01", "1996-12-31", precision="year",
                factuality="negated")
    assert contradiction_groups([pos, neg]) == []


def test_undated_negation_cannot_pick_among_several_periods():
    wars = [event("doc1", "ASSAULT", "IND", "PAK", f"{y}-01-01", f"{y}-12-31", precision="year")
            for y in (1965, 1971)]
    neg = event("doc2", "ASSAULT", "IND", "PAK", basis="none", factuality="denied")
    assert contradiction_groups([*wars, neg]) == []


def test_one_event_dated_apart_by_two_sources_is_incompatible_dates():
    a = event("doc1", "ASSAULT", "SUN", "AFG", "1979-12-01", "1979-12-31", mode="invade",
              precision="month")
    b = event("doc2", "ASSAULT", "SUN", "AFG", "1980-01-01", "1980-01-31", mode="invade",
              precision="month")
    [group] = contradiction_groups([a, b])
    assert group.reason == "incompatible dates"
    assert [e.doc_id for e in group.mentions] == ["doc1", "doc2"]


def test_distant_dates_are_two_events_not_a_contradiction():
    a = event("doc1", "ASSAULT", "RUS", "GEO", "2008-08-08", mode="invade")
    b = event("doc2", "ASSAULT", "RUS", "GEO", "2014-08-08", mode="invade")
    assert contradiction_groups([a, b]) == []


def test_no_contradiction_is_claimed_when_an_actor_is_missing():
    warned = event("doc1", "THREATEN", "RUS", None, basis="none", factuality="asserted")
    denied = event("doc2", "THREATEN", "RUS", None, basis="none", factuality="denied")
    assert contradiction_groups([warned, denied]) == []
    moved = event("doc1", "MOBILIZE", "RUS", None, basis="none", factuality="asserted")
    not_moved = event("doc2", "MOBILIZE", "RUS", None, basis="none", factuality="denied")
    [group] = contradiction_groups([moved, not_moved])  # no recipient by nature
    assert group.reason == "asserted vs denied"
