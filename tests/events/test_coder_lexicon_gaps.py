"""General vocabulary per the PLOVER manual and CAMEO: disbanding forces (0873), extending a
mandate (074), returning to talks (046), acting as mediator (045), laying siege (191, as
"besiege"), expelling a state's diplomats (166, the diplomats' state the recipient)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The Iraqi government disbanded the army in 2003.", ("RETREAT", "0873", "IRQ", None)),
    ("The Security Council extended the mandate of the mission in Mali.",
     ("AID", "074", "UNSC", "MLI")),
    ("Qatar acted as a mediator between Israel and Hamas.", ("CONSULT", "045", "QAT", "ISR")),
    ("Syrian forces laid siege to Aleppo.", ("COERCE", "191", "SYR", None)),
    ("Poland expelled Russian diplomats.", ("SANCTION", "166", "POL", "RUS")),
    ("Ukraine expelled the Iranian ambassador.", ("SANCTION", "166", "UKR", "IRN")),
])
def test_general_vocabulary_is_coded(code, text, expected):
    assert expected in {(t, e.cameo, s, r) for t, s, r, w, e in code(text)}


def test_returning_to_talks_is_negotiating_both_ways(code):
    found = {(t, e.cameo, s, r) for t, s, r, w, e in
             code("Armenia and Azerbaijan returned to talks in Washington.")}
    assert found == {("CONSULT", "046", "ARM", "AZE"), ("CONSULT", "046", "AZE", "ARM")}


def test_disbanding_something_that_is_no_force_or_party_is_not_coded(code):
    assert not code("Pakistan disbanded the cricket selection committee.")
