"""The JSON API, against `eventlens serve` on a loopback port over a real DuckDB store."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request


def test_health_reports_read_only_store(synthetic_server):
    h = synthetic_server.json("/api/health")
    assert h["status"] == "ok" and h["read_only"] is True
    assert h["counts"]["events"] == 9 and h["counts"]["documents"] == 2


def test_events_filter_by_dyad_names_both_directions(synthetic_server):
    data = synthetic_server.json("/api/events?a=Russia&b=taliban")
    assert data["total"] == 8
    assert data["filters"]["dyad"] == ["RUS", "TAL"]
    assert {(e["source"]["id"], e["target"]["id"]) for e in data["events"]} == {("RUS", "TAL")}
    rus_usa = synthetic_server.json("/api/events?a=USA&b=Russia")
    assert rus_usa["total"] == 1 and rus_usa["events"][0]["type"] == "ACCUSE"


def test_events_filters_combine_and_paginate(synthetic_server):
    q = urllib.parse.urlencode({"a": "RUS", "factuality": "asserted,reported", "quad_class": "3,4",
                                "start": "1999", "end": "2012"})
    data = synthetic_server.json(f"/api/events?{q}")
    assert [e["type"] for e in data["events"]] == ["SANCTION", "COERCE", "ASSAULT"]
    page = synthetic_server.json("/api/events?limit=2&offset=2")
    assert page["total"] == 9 and len(page["events"]) == 2
    text = synthetic_server.json("/api/events?text=envoys")
    assert [e["type"] for e in text["events"]] == ["CONSULT"]


def test_bad_parameters_are_422_not_500(synthetic_server):
    assert synthetic_server.get("/api/events?limit=100000")[0] == 422
    assert synthetic_server.get("/api/events?quad_class=x")[0] == 422
    assert synthetic_server.get("/api/network?window=soon")[0] == 422
    assert synthetic_server.get("/api/timeline?a=RUS&b=TAL&by=week")[0] == 422


def test_timeline_states_and_shifts(synthetic_server):
    t = synthetic_server.json("/api/timeline?a=Russia&b=Taliban")
    states = {p["period"]: p["state"] for p in t["periods"]}
    assert states["1996"] == states["1999"] == states["2003"] == "hostile"
    assert states["2007"] == "cooperative" and states["2015"] == "cooperative"
    assert "2016" not in states  # the negated event does not count
    first = t["shifts"][0]
    assert (first["before_period"], first["after_period"]) == ("2003", "2007")
    assert first["after_events"][0]["evidence"]["trigger"] == "met"
    assert synthetic_server.json("/api/shifts?a=RUS&b=TAL") == t["shifts"]


def test_unknown_actor_is_404_with_message(synthetic_server):
    status, _, body = synthetic_server.get("/api/timeline?a=Atlantis&b=TAL")
    assert status == 404 and "Atlantis" in json.loads(body)["detail"]


def test_network_windows_signs_and_centrality(synthetic_server):
    nets = synthetic_server.json("/api/network?window=5y")["windows"]
    by_label = {w["window"]: w for w in nets}
    assert by_label["1995-1999"]["edges"][0]["sign"] == -1
    assert by_label["2005-2009"]["edges"][0]["sign"] == 1
    node = next(n for n in by_label["2020-2024"]["nodes"] if n["id"] == "USA")
    assert node["degree"] == 1 and "betweenness" in node


def test_documents_and_document_reader(synthetic_server):
    docs = synthetic_server.json("/api/documents")
    assert {d["doc_id"] for d in docs} == {"seedlike_0001", "hostile_0002"}
    doc = synthetic_server.json("/api/documents/seedlike_0001")
    assert len(doc["sentences"]) == 7 and len(doc["events"]) == 7
    assert doc["text"][doc["events"][0]["evidence"]["trigger_start"]:].startswith("condemned")
    assert synthetic_server.get("/api/documents/nope")[0] == 404


def test_conflicts_put_mentions_on_two_sides(synthetic_server):
    (group,) = synthetic_server.json("/api/conflicts")
    assert {e["factuality"] for e in group["sides"]["affirm"]} <= {"asserted", "reported"}
    assert [e["factuality"] for e in group["sides"]["deny"]] == ["negated"]


def test_map_points_are_filtered_like_the_table(synthetic_server):
    everything = synthetic_server.json("/api/map")
    assert everything["located"] == 2
    dubai = synthetic_server.json("/api/map?type=CONSULT")
    assert [p["place"] for p in dubai["points"]] == ["Dubai"]
    assert dubai["points"][0]["country"] == "ARE"


def test_pages_openapi_and_security_headers(synthetic_server):
    for path in ("/", "/events", "/timeline", "/network", "/map", "/reader",
                 "/reader/seedlike_0001", "/conflicts", "/docs", "/static/app.js"):
        status, headers, _ = synthetic_server.get(path)
        assert status == 200, path
    _, headers, body = synthetic_server.get("/events")
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"].split("script-src")[1].split(";")[0]
    assert headers["x-content-type-options"] == "nosniff"
    spec = synthetic_server.json("/openapi.json")
    for path in ("/api/events", "/api/timeline", "/api/network", "/api/shifts", "/api/conflicts",
                 "/api/map", "/api/documents/{doc_id}", "/api/actors"):
        assert path in spec["paths"], path


def test_api_is_read_only(synthetic_server):
    req = urllib.request.Request(synthetic_server.url + "/api/events", method="POST", data=b"{}")
    try:
        urllib.request.urlopen(req, timeout=10)
        status = 200
    except urllib.error.HTTPError as e:
        status = e.code
    assert status == 405
    spec = synthetic_server.json("/openapi.json")
    methods = {m for p in spec["paths"].values() for m in p}
    assert methods == {"get"}
