"""A possessor of a relational noun is not its actor: "its neighbours" are not "it"."""

from __future__ import annotations


def test_its_neighbours_are_not_the_country_itself(code):
    got = code("Kenya and its neighbours signed a pact on trade.")
    assert all(t != "KEN" for _, _, t, _, _ in got)


def test_accused_its_neighbour_has_no_self_target(code):
    got = code("Rwanda accused its neighbour of arming the rebels.")
    assert all(s != t for _, s, t, _, _ in got)


def test_a_named_neighbour_is_still_found(code):
    got = code("Ethiopia accused its neighbour Eritrea of backing rebels.")
    assert any(t == "ACCUSE" and s == "ETH" and g == "ERI" for t, s, g, _, _ in got)
