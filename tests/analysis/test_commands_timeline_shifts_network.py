"""The analysis commands over a JSONL file of event records (no store needed)."""

from __future__ import annotations

import json
import subprocess
import sys


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventlens", *args], capture_output=True,
                          text=True, timeout=120)


def _jsonl(tmp_path, events):
    p = tmp_path / "events.jsonl"
    p.write_text("".join(json.dumps(e) + "\n" for e in events))
    return str(p)


def test_timeline_resolves_names_and_prints_json(tmp_path, russia_taliban):
    path = _jsonl(tmp_path, russia_taliban)
    r = _run("timeline", "Russia", "taliban", "--events", path, "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["a"], data["b"]) == ("RUS", "TAL")
    states = {p["period"]: p["state"] for p in data["periods"]}
    assert states["1996"] == "hostile" and states["2006"] == "cooperative"
    assert data["undated"] == 1


def test_timeline_plots_png_and_svg(tmp_path, russia_taliban):
    path = _jsonl(tmp_path, russia_taliban)
    for name in ("chart.png", "chart.svg"):
        r = _run("timeline", "RUS", "TAL", "--events", path, "--plot", str(tmp_path / name))
        assert r.returncode == 0, r.stderr
        assert (tmp_path / name).stat().st_size > 1000
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"


def test_shifts_command_reports_the_turn(tmp_path, russia_taliban):
    r = _run("shifts", "Russia", "Taliban", "--events", _jsonl(tmp_path, russia_taliban),
             "--format", "json")
    assert r.returncode == 0, r.stderr
    (shift,) = json.loads(r.stdout)
    assert shift["before_state"] == "hostile" and shift["after_state"] == "cooperative"
    assert shift["after_events"][0]["type"] == "CONSULT"


def test_network_writes_gexf(tmp_path, russia_taliban):
    r = _run("network", "--window", "5y", "--format", "gexf", "--events",
             _jsonl(tmp_path, russia_taliban))
    assert r.returncode == 0, r.stderr
    assert r.stdout.lstrip().startswith("<?xml") and "<gexf" in r.stdout


def test_unknown_actor_is_one_clear_line(tmp_path, russia_taliban):
    r = _run("timeline", "Atlantis", "TAL", "--events", _jsonl(tmp_path, russia_taliban))
    assert r.returncode == 2
    assert "no actor matches 'Atlantis'" in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_store_is_one_clear_line(tmp_path):
    r = _run("network", "--db", str(tmp_path / "none.duckdb"))
    assert r.returncode == 2 and "no such store" in r.stderr
