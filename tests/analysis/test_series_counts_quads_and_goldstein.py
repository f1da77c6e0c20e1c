"""Dyad series: per-period counts by quad class, mean Goldstein, net cooperation."""

from __future__ import annotations

import pytest

from eventlens.analysis import dyad_series, period_of, undated_count


def test_series_counts_each_quad_class_per_year(russia_taliban):
    series = {s.period: s for s in dyad_series(russia_taliban, "RUS", "TAL")}
    assert series["1996"].events == 2
    assert series["1996"].verbal_conflict == 1 and series["1996"].material_conflict == 1
    assert series["1996"].mean_goldstein == pytest.approx(-6.5)
    assert series["1996"].net_cooperation == -1.0
    assert series["2006"].verbal_cooperation == 1 and series["2006"].net_cooperation == 1.0


def test_series_is_undirected_unless_asked(russia_taliban):
    undirected = {s.period: s.events for s in dyad_series(russia_taliban, "RUS", "TAL")}
    directed = {s.period: s.events for s in dyad_series(russia_taliban, "RUS", "TAL", directed=True)}
    assert undirected["2007"] == 1
    assert directed.get("2007", 0) == 0


def test_series_fills_empty_years_between_events(russia_taliban):
    periods = [s.period for s in dyad_series(russia_taliban, "RUS", "TAL")]
    assert periods[0] == "1996" and periods[-1] == "2015"
    assert "2000" in periods
    assert len(periods) == 2015 - 1996 + 1


def test_series_leaves_out_denied_hypothetical_and_undated(russia_taliban):
    series = {s.period: s for s in dyad_series(russia_taliban, "RUS", "TAL")}
    assert "2016" not in series and "2017" not in series  # denied, hypothetical
    assert series["2015"].events == 1 and series["2015"].reported == 1  # reported counts
    assert undated_count(russia_taliban, "RUS", "TAL") == 1


def test_series_by_month_uses_the_interval_start(ev):
    events = [ev("RUS", "TAL", "CONSULT", "2013-03-05"), ev("RUS", "TAL", "ACCUSE", "2013-05-20")]
    for e in events:
        e["date"]["precision"] = "day"
    periods = [(s.period, s.events) for s in dyad_series(events, "RUS", "TAL", by="month")]
    assert periods == [("2013-03", 1), ("2013-04", 0), ("2013-05", 1)]


def test_period_of_rejects_unknown_period(ev):
    with pytest.raises(ValueError):
        period_of(ev("RUS", "TAL", "CONSULT", "2013-03-05"), "week")


def test_month_series_leaves_out_events_known_only_to_the_year(ev):
    events = [ev("RUS", "TAL", "CONSULT", "2013-03-05"), ev("RUS", "TAL", "ACCUSE", "2013-01-01")]
    events[0]["date"]["precision"] = "day"
    assert events[1]["date"]["precision"] == "year"
    assert [(s.period, s.events) for s in dyad_series(events, "RUS", "TAL", by="month")] == \
        [("2013-03", 1)]
    assert undated_count(events, "RUS", "TAL", by="month") == 1
    assert undated_count(events, "RUS", "TAL") == 0  # by year both are placed
