"""Acceptance on the seeds (real pipeline, real store): Russia-Taliban hostility in the 1990s
through the 2003 designation, contacts and cooperation from 2006 on, and the turn between.

These depend on the event coder, actors and time stages as much as on the analysis."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _cli(*args: str) -> object:
    r = subprocess.run([sys.executable, "-m", "eventlens", *args], capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def timeline(seeds_store):
    data = _cli("timeline", "Russia", "Taliban", "--db", str(seeds_store), "--format", "json")
    assert (data["a"], data["b"]) == ("RUS", "TAL")
    return {int(p["period"]): p["state"] for p in data["periods"] if p["state"] != "none"}


def test_seeds_hostile_in_the_1990s_through_the_2003_designation(timeline):
    assert timeline.get(2003) == "hostile", timeline
    assert any(timeline[y] == "hostile" for y in timeline if 1990 <= y <= 1999), timeline


def test_seeds_contacts_and_cooperation_from_2006(timeline):
    later = {y: s for y, s in timeline.items() if y >= 2006}
    assert later.get(2006) == "cooperative", timeline
    assert "hostile" not in later.values(), timeline


def test_seeds_shifts_report_the_turn_with_its_events(seeds_store):
    shifts = _cli("shifts", "Russia", "Taliban", "--db", str(seeds_store), "--format", "json")
    turns = [s for s in shifts if s["before_state"] == "hostile"
             and 1990 <= int(s["before_period"]) <= 2003
             and s["after_state"] == "cooperative" and 2006 <= int(s["after_period"]) <= 2007]
    assert turns, shifts
    turn = turns[0]
    assert turn["direction"] == "warming"
    assert any("2003" in e["evidence"]["text"] for e in turn["before_events"])
    assert any("2006" in e["evidence"]["text"] for e in turn["after_events"])
