"""Every export format holds every event; CAMEO codes stay strings ("042" never becomes 42)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx
import pyarrow.parquet as pq

from eventlens.export import FLAT_COLUMNS, write
from eventlens.export.tables import ICEWS_COLUMNS

GEXF = "{http://gexf.net/1.3}"


def test_csv_keeps_cameo_as_quoted_text(store, events, tmp_path):
    out = tmp_path / "e.csv"
    assert write(store, "csv", out) == len(events)
    text = out.read_text()
    rows = list(csv.DictReader(text.splitlines()))
    assert tuple(rows[0]) == FLAT_COLUMNS
    assert {r["event_id"] for r in rows} == {e.event_id for e in events}
    assert ',"042",' in text
    assert {r["cameo"] for r in rows} == {e.cameo for e in events}
    numeric = list(csv.reader(text.splitlines()[1:], quoting=csv.QUOTE_NONNUMERIC))
    cameo_at = FLAT_COLUMNS.index("cameo")
    assert all(isinstance(r[cameo_at], str) for r in numeric)


def test_parquet_has_a_string_cameo_column(store, events, tmp_path):
    out = tmp_path / "e.parquet"
    write(store, "parquet", out)
    table = pq.read_table(out)
    assert str(table.schema.field("cameo").type) == "string"
    assert table.num_rows == len(events)
    assert "042" in set(table.column("cameo").to_pylist())
    assert str(table.schema.field("goldstein").type) == "double"


def test_jsonl_is_the_stored_records(store, tmp_path):
    out = tmp_path / "e.jsonl"
    write(store, "jsonl", out)
    assert [json.loads(line) for line in out.read_text().splitlines()] == store.events()


def test_icews_tsv_has_the_icews_columns_and_locations(store, events, tmp_path):
    out = tmp_path / "e.tsv"
    write(store, "icews", out)
    lines = out.read_text().splitlines()
    assert tuple(lines[0].split("\t")) == ICEWS_COLUMNS
    rows = [dict(zip(ICEWS_COLUMNS, line.split("\t"), strict=True)) for line in lines[1:]]
    assert len(rows) == len(events)
    by_id = {e.event_id: e for e in events}
    for row in rows:
        e = by_id[row["Event ID"]]
        assert row["CAMEO Code"] == e.cameo
        assert row["Event Date"] == e.date.start
        assert row["Source Name"] == e.source.name and row["Target Name"] == e.target.name
        assert row["Story ID"] == e.doc_id
        assert row["Sentence Number"] == str(e.sentence_index + 1)
        assert float(row["Intensity"]) == e.goldstein
        if e.location is None:
            assert row["City"] == row["Country"] == row["Latitude"] == ""
        else:
            assert row["City"] == e.location.name
            assert row["Province"] == e.location.admin1
            assert float(row["Latitude"]) == e.location.lat
            assert float(row["Longitude"]) == e.location.lon
    kabul = next(r for r in rows if r["City"] == "Kabul")
    assert kabul["Country"] == "Afghanistan"
    visit = next(r for r in rows if r["CAMEO Code"] == "042")
    assert visit["Event Text"] == "Make a visit"
    soviet = next(r for r in rows if r["Source Name"] == "Soviet Union")
    assert "Soviet" in soviet["Source Country"]
    gov = next(r for r in rows if r["Source Name"] == "Russia")
    assert gov["Source Sectors"] == "Government"


def test_gexf_is_dynamic_with_dated_edge_spells(store, events, tmp_path):
    out = tmp_path / "g.gexf"
    write(store, "gexf", out)
    root = ET.parse(out).getroot()
    graph = root.find(f"{GEXF}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    nodes = {n.get("id") for n in graph.iter(f"{GEXF}node")}
    spells = 0
    weights = 0
    for edge in graph.iter(f"{GEXF}edge"):
        assert edge.get("source") in nodes and edge.get("target") in nodes
        assert edge.get("start") <= edge.get("end")
        for spell in edge.iter(f"{GEXF}spell"):
            assert spell.get("start") >= edge.get("start") and spell.get("end") <= edge.get("end")
            spells += 1
        weights += int(edge.get("weight"))
        cameo = next(a.get("value") for a in edge.iter(f"{GEXF}attvalue") if a.get("for") == "cameo")
        assert len(cameo) >= 3  # "042", never 42
    assert weights == len(events)
    assert spells == len({(e.source.id, e.target.id, e.type, e.date.start, e.date.end)
                          for e in events})
    g = nx.read_gexf(out, version="1.3")  # a third-party reader accepts it
    assert set(g.nodes) == nodes


def test_graphml_is_one_flat_edge_per_directed_pair(store, events, tmp_path):
    out = tmp_path / "g.graphml"
    write(store, "graphml", out)
    g = nx.read_graphml(out)
    pairs = {(e.source.id, e.target.id) for e in events}
    assert set(g.edges) == pairs
    assert sum(d["count"] for _, _, d in g.edges(data=True)) == len(events)
    rus_tal = [e for e in events if (e.source.id, e.target.id) == ("RUS", "TAL")]
    if rus_tal:
        d = g.edges["RUS", "TAL"]
        assert d["count"] == len(rus_tal)
        assert d["first_date"] == min(e.date.start for e in rus_tal)
        assert all(isinstance(c, str) for c in d["cameo_codes"].split(";"))


def test_export_command_writes_files_and_stdout(store, tmp_path):
    store.close()
    db = store.path
    out = tmp_path / "x.tsv"
    run = subprocess.run([sys.executable, "-m", "eventlens", "export", "--format", "icews",
                          "--out", str(out), "--db", db], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert out.read_text().startswith("Event ID\tEvent Date")
    run = subprocess.run([sys.executable, "-m", "eventlens", "export", "--format", "jsonl",
                          "--db", db], capture_output=True, text=True)
    assert run.returncode == 0 and len(run.stdout.splitlines()) == 45
    assert "exported 45 events" in run.stderr
