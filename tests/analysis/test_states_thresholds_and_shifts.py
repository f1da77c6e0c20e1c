"""Relation states per period and the shifts between them."""

from __future__ import annotations

from eventlens.analysis import (
    COOPERATIVE_AT,
    HOSTILE_AT,
    all_dyads,
    detect_shifts,
    relation_states,
)


def test_states_follow_net_cooperation(russia_taliban):
    states = {s.period: s.state for s in relation_states(russia_taliban, "RUS", "TAL")}
    assert states["1996"] == "hostile"
    assert states["2003"] == "hostile"
    assert states["2006"] == "cooperative"
    assert states["2000"] == "none"


def test_state_is_mixed_between_thresholds(ev):
    events = [ev("RUS", "TAL", "CONSULT", "2010-01-01"), ev("RUS", "TAL", "ACCUSE", "2010-02-01")]
    (only,) = relation_states(events, "RUS", "TAL")
    assert HOSTILE_AT < only.stats.net_cooperation < COOPERATIVE_AT
    assert only.state == "mixed"


def test_shift_reports_the_turn_with_marking_events(russia_taliban):
    shifts = detect_shifts(russia_taliban, "RUS", "TAL")
    assert len(shifts) == 1
    turn = shifts[0]
    assert (turn.before_period, turn.before_state) == ("2003", "hostile")
    assert (turn.after_period, turn.after_state) == ("2006", "cooperative")
    assert turn.direction == "warming"
    assert [e["type"] for e in turn.before_events] == ["COERCE"]
    assert [e["type"] for e in turn.after_events] == ["CONSULT"]


def test_no_shift_when_state_holds(ev):
    events = [ev("RUS", "TAL", "ACCUSE", f"{y}-01-01") for y in (1995, 1997, 1999)]
    assert detect_shifts(events, "RUS", "TAL") == []


def test_cooling_shift_after_cooperation(ev):
    events = [ev("RUS", "USA", "AGREE", "2001-01-01"), ev("RUS", "USA", "ASSAULT", "2002-01-01")]
    (shift,) = detect_shifts(events, "RUS", "USA")
    assert shift.direction == "cooling"


def test_all_dyads_lists_pairs_with_enough_events(russia_taliban):
    assert all_dyads(russia_taliban, min_events=2) == [("RUS", "TAL")]
    assert ("RUS", "USA") in all_dyads(russia_taliban, min_events=1)
