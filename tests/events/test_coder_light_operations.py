"""Light-verb military operations: carry out / conduct / launch / stage / mount an operation,
raid, strike, attack, offensive or incursion, against / in / into its target."""

from __future__ import annotations


def triples(events) -> set[tuple]:
    return {(t, s, g) for t, s, g, _, _ in events}


def test_coder_launched_military_operation_against_group_is_assault(code):
    got = code("Turkey launched a military operation against the PKK in 2019.")
    assert ("ASSAULT", "TUR", "PKK") in triples(got)
    assert any(e.cameo == "190" for *_, e in got)


def test_coder_carried_out_raid_against_x_in_country(code):
    assert ("ASSAULT", "PAK", "AFG") in triples(
        code("Pakistan carried out a raid against militants in Afghanistan."))


def test_coder_staged_and_mounted_incursions_take_into(code):
    assert ("ASSAULT", "ISR", "LBN") in triples(
        code("Israel staged an incursion into Lebanon in October 2024."))
    assert ("ASSAULT", "UKR", "RUS") in triples(
        code("Ukraine mounted an incursion into Russia in August 2024."))


def test_coder_conducted_air_strikes_is_aerial_assault(code):
    got = code("The United States conducted air strikes on Houthi positions in Yemen.")
    assert any(t == "ASSAULT" and s == "USA" and e.cameo == "195" for t, s, _, _, e in got)


def test_coder_unqualified_operation_in_a_country_targets_that_country(code):
    assert ("ASSAULT", "ETH", "SOM") in triples(
        code("Ethiopia conducted an operation in Somalia in 2006."))


def test_coder_qualified_operations_keep_their_own_type(code):
    assert ("AID", "KEN", "SOM") in triples(
        code("Kenya carried out a rescue operation in Somalia."))
    assert ("COOPERATE", "FRA", "MLI") in triples(
        code("France conducted a joint operation with Mali against jihadists."))


def test_coder_operation_someone_would_carry_out_is_a_threat(code):
    got = code("Russia said it would carry out an operation in Ukraine.")
    assert ("THREATEN", "RUS", "UKR") in triples(got)
    assert not any(t == "ASSAULT" for t, *_ in got)


def test_coder_labour_strike_is_still_a_protest(code):
    got = code("Dockworkers in Chile staged a strike against the government.")
    assert all(t != "ASSAULT" for t, *_ in got)
