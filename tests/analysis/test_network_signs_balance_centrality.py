"""Signed networks per window, structural balance of triads, centrality, GEXF."""

from __future__ import annotations

import networkx as nx
import pytest

from eventlens.analysis import (
    balance_over_time,
    centrality,
    network_over_time,
    parse_window,
    signed_network,
    to_gexf_graph,
    triads,
)


def test_edges_are_signed_by_cooperation_and_conflict(russia_taliban):
    g = signed_network(russia_taliban)
    assert g.edges["RUS", "TAL"]["events"] == 8  # denied/hypothetical left out, undated kept
    assert g.edges["RUS", "USA"]["sign"] == -1
    assert g.edges["RUS", "TAL"]["conflict"] == 4


def test_windows_are_aligned_tumbling_years(russia_taliban):
    nets = network_over_time(russia_taliban, "5y")
    labels = [n.window.label for n in nets]
    assert labels == ["1995-1999", "2000-2004", "2005-2009", "2015-2019", "2020-2024"]
    assert nets[0].graph.edges["RUS", "TAL"]["sign"] == -1
    assert nets[2].graph.edges["RUS", "TAL"]["sign"] == 1


def test_enemy_of_my_enemy_is_balanced_and_two_friends_fighting_is_not(ev):
    events = [
        ev("USA", "TAL", "ASSAULT", "2001-10-07"),  # -
        ev("USA", "AFG", "AID", "2002-01-01"),  # +
        ev("AFG", "TAL", "ASSAULT", "2002-05-01"),  # -  => + - - balanced
        ev("PAK", "TAL", "AID", "2002-01-01"),  # +
        ev("PAK", "USA", "COOPERATE", "2002-02-01"),  # +  => USA-PAK-TAL: + + - unbalanced
    ]
    g = signed_network(events)
    found = {t.actors: t for t in triads(g)}
    assert found[("AFG", "TAL", "USA")].balanced and found[("AFG", "TAL", "USA")].pattern == "+--"
    assert not found[("PAK", "TAL", "USA")].balanced
    assert found[("PAK", "TAL", "USA")].pattern == "++-"
    (window,) = balance_over_time(events, "all")
    assert window["triads"] == 2 and window["balance_ratio"] == 0.5
    assert [t["actors"] for t in window["unbalanced"]] == [["PAK", "TAL", "USA"]]


def test_centrality_marks_the_broker(ev):
    events = [ev("USA", "AFG", "AID", "2002-01-01"), ev("USA", "PAK", "AID", "2002-01-01"),
              ev("USA", "IRN", "THREATEN", "2002-01-01")]
    c = centrality(signed_network(events))
    assert c["USA"]["betweenness"] == 1.0 and c["AFG"]["betweenness"] == 0.0
    assert c["USA"]["positive"] == 2 and c["USA"]["negative"] == 1


def test_parse_window_accepts_years_and_all():
    assert parse_window("5y") == 5 and parse_window("10") == 10 and parse_window("all") is None
    with pytest.raises(ValueError):
        parse_window("five years")


def test_gexf_carries_each_window_as_a_dynamic_edge(russia_taliban, tmp_path):
    mg = to_gexf_graph(network_over_time(russia_taliban, "5y"))
    out = tmp_path / "net.gexf"
    nx.write_gexf(mg, out)
    text = out.read_text()
    assert 'mode="dynamic"' in text and 'start="1995"' in text
    back = nx.read_gexf(out)
    assert back.number_of_nodes() == 3


def test_edge_sign_agrees_with_the_relation_state(ev):
    events = [ev("RUS", "TAL", "COERCE", "2003-01-01")] + \
        [ev("RUS", "TAL", "CONSULT", f"{y}-01-01") for y in (2006, 2006, 2007, 2007)] + \
        [ev("USA", "TAL", "ASSAULT", "2001-01-01"), ev("USA", "TAL", "AGREE", "2008-01-01"),
         ev("RUS", "USA", "AGREE", "2005-01-01")]
    g = signed_network(events)
    assert g.has_edge("RUS", "USA") and g.has_edge("USA", "TAL")  # a triangle...
    assert g.edges["RUS", "TAL"]["goldstein"] < 4 * 3.0  # one strong conflict...
    assert g.edges["RUS", "TAL"]["sign"] == 1  # ...but mostly contacts: cooperative
    assert g.edges["USA", "TAL"]["sign"] == 0  # one each: mixed, neutral
    assert triads(g) == []  # ...but a mixed edge makes it no signed triad
