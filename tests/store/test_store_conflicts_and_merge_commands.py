"""`eventlens conflicts` and `eventlens merge` without paths read what ingest stored."""

from __future__ import annotations

import json
import subprocess
import sys

from eventlens.store import ingest_paths, open_store


def _cli(*args):
    run = subprocess.run([sys.executable, "-m", "eventlens", *args], capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    return run


def test_conflicts_and_merge_from_the_store_match_a_fresh_extraction(seeds, db_path):
    ingest_paths([str(seeds)], db=db_path, progress=False)
    stored = [json.loads(x) for x in _cli("conflicts", "--db", str(db_path)).stdout.splitlines()]
    fresh = [json.loads(x) for x in _cli("conflicts", str(seeds)).stdout.splitlines()]
    with open_store(db_path, read_only=True) as store:
        assert [g["group_id"] for g in stored] == [g["group_id"] for g in store.contradictions()]
    # the seeds disagree on Russia's help to the Taliban: kept by ingest, found again from text
    assert any({g["key"]["source"], g["key"]["target"]} == {"RUS", "TAL"} for g in stored)
    assert sorted(g["group_id"] for g in stored) == sorted(g["group_id"] for g in fresh)

    merged = [json.loads(x) for x in
              _cli("merge", "--db", str(db_path), "--min-sources", "2").stdout.splitlines()]
    assert merged and all(m["corroboration"] >= 2 for m in merged)
    assert all(m["event_ids"] for m in merged)  # each traced to its stored mentions
    table = _cli("conflicts", "--db", str(db_path), "--format", "table").stdout
    assert "RUS" in table and "TAL" in table


def test_conflicts_without_paths_or_store_fails_with_one_line(tmp_path):
    run = subprocess.run([sys.executable, "-m", "eventlens", "conflicts", "--db",
                          str(tmp_path / "none.duckdb")], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "no store at" in run.stderr
