"""Nominal requests: "a call by X for Y to V" is a REQUEST by X of Y; V (what was asked for)
is not coded as an event; "X's call for talks with Y" addresses Y."""

from __future__ import annotations


def test_call_by_x_for_y_to_v_is_a_request_of_y(code):
    found = code("A call by the United Nations for Sudan to allow aid convoys went unanswered.")
    assert [(t, s, r) for t, s, r, *_ in found] == [("REQUEST", "UN", "SDN")]


def test_for_y_misattached_to_the_requester_still_names_the_addressee(code):
    found = code("The demand by Chad for Libya to withdraw its forces was ignored.")
    assert [(t, s, r) for t, s, r, *_ in found] == [("REQUEST", "TCD", "LBY")]


def test_a_for_clause_after_the_noun_names_the_addressee(code):
    found = code("Kenya welcomed the call by Ethiopia for Eritrea to withdraw its troops.")
    assert ("REQUEST", "ETH", "ERI") in {(t, s, r) for t, s, r, *_ in found}
    assert not [x for x in found if x[0] == "RETREAT"]


def test_what_an_uncoded_request_asks_for_is_still_no_event(code):
    """The rebels are no known actor, so the request has no recipient; the disarmament it
    asks for is still not an event."""
    found = code("The African Union repeated its call for the rebels to lay down their arms.")
    assert not [x for x in found if x[0] == "RETREAT"]


def test_call_for_an_event_with_y_addresses_y(code):
    found = code("Pakistan's call for talks with India was rejected.")
    assert ("REQUEST", "PAK", "IND") in {(t, s, r) for t, s, r, *_ in found}


def test_a_purpose_infinitive_is_not_a_request_content(code):
    found = code("Libya withdrew its forces from Chad to allow talks.")
    assert ("RETREAT", "LBY") in {(t, s) for t, s, *_ in found}


def test_a_longer_addressee_phrase_still_marks_the_content(code):
    found = code("Kenya repeated its call for the fighters of al-Shabaab to lay down their arms.")
    assert not [x for x in found if x[0] == "RETREAT"]
