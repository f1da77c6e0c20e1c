"""`eventlens events | actors | docs` print what the Store API returns, in three formats."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from eventlens.store import open_store
from eventlens.store.synthetic import synthetic_results


@pytest.fixture
def db(db_path):
    with open_store(db_path) as store:
        store.ingest_results(synthetic_results(8, 3, seed=21))
    return str(db_path)


def _cli(*args):
    run = subprocess.run([sys.executable, "-m", "eventlens", *args], capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    return run


def test_events_jsonl_matches_the_api_with_the_same_filters(db):
    run = _cli("events", "--db", db, "--dyad", "RUS", "TAL", "--start", "1985",
               "--format", "jsonl")
    got = [json.loads(line) for line in run.stdout.splitlines()]
    with open_store(db, read_only=True) as store:
        assert got == store.events(dyad=("RUS", "TAL"), start="1985")
    assert f"{len(got)} events" in run.stderr


def test_events_csv_and_table_formats(db):
    rows = list(csv.DictReader(_cli("events", "--db", db, "--type", "CONSULT",
                                    "--format", "csv").stdout.splitlines()))
    assert rows and all(r["type"] == "CONSULT" and r["cameo"] == "042" for r in rows)
    table = _cli("events", "--db", db, "--quad-class", "4", "--limit", "3").stdout
    assert "ASSAULT" in table or "COERCE" in table


def test_actors_and_docs_commands(db):
    actors = [json.loads(line) for line in _cli("actors", "--db", db, "--format",
                                                "jsonl").stdout.splitlines()]
    with open_store(db, read_only=True) as store:
        assert actors == store.actors()
    assert {"RUS", "TAL"} <= {a["id"] for a in actors}
    docs = list(csv.DictReader(_cli("docs", "--db", db, "--format", "csv").stdout.splitlines()))
    assert [d["doc_id"] for d in docs] == [f"syn_{i:06d}" for i in range(8)]
    assert _cli("docs", "--failed", "--db", db, "--format", "jsonl").stdout == ""


def test_queries_on_a_missing_store_fail_with_one_clear_line(tmp_path):
    run = subprocess.run([sys.executable, "-m", "eventlens", "events", "--db",
                          str(tmp_path / "none.duckdb")], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"eventlens: no store at {tmp_path / 'none.duckdb'}: run `eventlens ingest PATH "
        f"--db {tmp_path / 'none.duckdb'}` first"]
