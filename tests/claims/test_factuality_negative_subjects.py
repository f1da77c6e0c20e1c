"""Negative quantifier subjects make the event negated; a nominal request is asserted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("Armenia and Azerbaijan met in Prague, but neither side fired a shot.", "fired"),
    ("Ethiopia and Eritrea talked. None of the parties signed the agreement.", "signed"),
    ("No country has recognised the breakaway republic.", "recognised"),
    ("Neither of the two governments expelled diplomats.", "expelled"),
])
def test_negative_subject_negates_the_event(claim_of, text, trigger):
    assert claim_of(text, trigger).factuality == "negated"


def test_a_nominal_request_is_asserted(claim_of):
    info = claim_of("A call by the United Nations for Sudan to allow aid convoys went unanswered.",
                    "call")
    assert info.factuality == "asserted"


def test_a_suspension_is_asserted(claim_of):
    assert claim_of("The World Bank suspended its assistance to Mali.",
                    "suspended").factuality == "asserted"
