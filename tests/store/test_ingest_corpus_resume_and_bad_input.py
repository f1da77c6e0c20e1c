"""`eventlens ingest` on real corpora: idempotent, crash-safe, bad input recorded once."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from eventlens.store import ingest_paths, open_store


def _cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "eventlens", *args], capture_output=True,
                          text=True, **kw)


def test_seeds_ingested_twice_leave_the_same_rows(seeds, tmp_path):
    db = tmp_path / "seeds.duckdb"
    first = ingest_paths([str(seeds)], db=db, progress=False)
    with open_store(db, read_only=True) as store:
        before = store.snapshot()
    second = ingest_paths([str(seeds)], db=db, progress=False)
    with open_store(db, read_only=True) as store:
        assert store.snapshot() == before
    assert first.documents == 2 and first.events > 0
    assert (second.documents, second.skipped, second.events) == (0, 2, 0)
    assert len(before["documents"]) == 2
    assert len(before["sentences"]) == sum(r[10] for r in before["documents"])  # n_sentences


def test_merged_events_and_contradictions_are_those_of_the_claims_stage(seeds, tmp_path):
    merge = pytest.importorskip("eventlens.claims.merge")
    from eventlens.records import Event

    db = tmp_path / "m.duckdb"
    ingest_paths([str(seeds)], db=db, progress=False)
    with open_store(db, read_only=True) as store:
        events = store.events()
        stored = [Event.from_dict(e) for e in events]
        outlets = {e["doc_id"]: e["outlet"] for e in events if e["outlet"]}
        expected = merge.merge_events(stored, outlets=outlets)
        merged = store.merged_events()
        assert {m["merged_id"] for m in merged} == {m.merged_id for m in expected}
        assert len(merged) > 0
        by_id = {m.merged_id: m for m in expected}
        for m in merged:
            assert set(m["event_ids"]) <= set(by_id[m["merged_id"]].event_ids)
        member: dict[str, str] = {}
        for m in expected:  # a mention belongs to the first merged event that lists it
            for i in m.event_ids:
                member.setdefault(i, m.merged_id)
        assert {i for m in merged for i in m["event_ids"]} == set(member)
        assert all(e["merged_id"] == member.get(e["event_id"]) for e in events)
        groups = [g.as_dict() for g in merge.contradiction_groups(stored)]
        got = store.contradictions()
        assert sorted(g["group_id"] for g in got) == sorted(g["group_id"] for g in groups)
        assert all({"key", "mentions", "reason"} <= set(g) for g in got)


def test_bad_inputs_are_reported_once_and_listed_by_docs_failed(seeds, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(next(seeds.glob("*.txt")), corpus / "good.txt")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (corpus / "empty.txt").write_text("")
    (corpus / "latin1.txt").write_bytes("Caf\xe9 talks in Paris ended.".encode("latin-1"))
    (corpus / "feed.jsonl").write_text(
        '{"id": "ok1", "text": "Russia and China signed a trade agreement in Beijing on 5 May 2015."}\n'
        '{"id": "bad", "text": \n')
    db = str(tmp_path / "bad.duckdb")
    bad = {"binary.txt", "empty.txt", "latin1.txt", "feed.jsonl"}
    for _ in range(2):
        run = _cli("ingest", str(corpus), "--db", db, "--quiet")
        assert run.returncode == 0, run.stderr
        errors = [line for line in run.stderr.splitlines() if "error:" in line]
        assert sorted(os.path.basename(e.split(": ")[2].split(":")[0]) for e in errors) == sorted(bad)
    with open_store(db, read_only=True) as store:
        failed = store.docs(failed=True)
        assert sorted(os.path.basename(f["path"]) for f in failed) == sorted(bad)
        assert next(f for f in failed if f["path"].endswith("feed.jsonl"))["line"] == 2
        assert sorted(d["doc_id"] for d in store.docs()) == ["good", "ok1"]
    listed = _cli("docs", "--failed", "--db", db, "--format", "csv")
    assert listed.returncode == 0
    assert len(listed.stdout.strip().splitlines()) == 1 + len(bad)
    assert all(name in listed.stdout for name in bad)


@pytest.mark.slow
def test_a_run_killed_mid_ingest_and_restarted_ends_with_the_rows_of_a_clean_run(
        seeds, examples, tmp_path):
    corpus = [str(seeds)] + ([str(examples)] if examples.is_dir() else [])
    clean, killed = str(tmp_path / "clean.duckdb"), str(tmp_path / "killed.duckdb")
    args = ["ingest", *corpus, "--batch-size", "1", "--verbose", "--quiet"]
    assert _cli(*args, "--db", clean).returncode == 0
    with open_store(clean, read_only=True) as store:
        expected = store.snapshot()
    assert len(expected["documents"]) >= 3

    proc = subprocess.Popen([sys.executable, "-m", "eventlens", *args, "--db", killed],
                            stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 600
    for line in proc.stderr:  # wait for the first committed batch, then kill -9
        if "batch committed" in line or time.time() > deadline:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with open_store(killed, read_only=True) as store:
        partial = store.counts()["documents"]
    assert 1 <= partial < len(expected["documents"])  # really killed mid-ingest

    rerun = _cli(*args, "--db", killed)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(killed, read_only=True) as store:
        assert store.snapshot() == expected
