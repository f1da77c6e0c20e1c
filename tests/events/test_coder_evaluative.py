"""Evaluative predications: "X regarded Y as a threat" (data/events/evaluative.csv)."""

from __future__ import annotations

import pytest

from eventlens.events.evaluative import complements


def triples(events) -> set[tuple]:
    return {(t, s, g) for t, s, g, _, _ in events}


@pytest.mark.parametrize("text, expected", [
    ("Kinshasa considers the M23 a terrorist organisation.", ("ACCUSE", "COD", "M23")),
    ("Israeli officials regarded Hezbollah as the most dangerous threat on the border.",
     ("ACCUSE", "ISR", "HEZ")),
    ("Turkey branded the PKK a terrorist group.", ("ACCUSE", "TUR", "PKK")),
    ("Beijing sees Washington as a destabilising force in Asia.", ("ACCUSE", "CHN", "USA")),
    ("Iran has called Israel an occupier for decades.", ("ACCUSE", "IRN", "ISR")),
])
def test_coder_negative_complement_is_an_accusation(code, text, expected):
    got = code(text)
    assert expected in triples(got)
    assert all(e.type != "THREATEN" for *_, e in got)  # "a threat" is the verdict, not an act


@pytest.mark.parametrize("text, expected", [
    ("Kim Jong Un called Russia an ally.", ("SUPPORT", "PRK", "RUS")),
    ("Maduro described Guyana as a partner in the search for peace.", ("SUPPORT", "VEN", "GUY")),
    ("Russia called the Taliban a legitimate government.", ("SUPPORT", "RUS", "TAL")),
])
def test_coder_positive_complement_is_support(code, text, expected):
    assert expected in triples(code(text))


def test_coder_evaluative_passive_evaluates_its_subject(code):
    got = triples(code("Hezbollah is considered a terrorist organisation by the United States."))
    assert ("ACCUSE", "USA", "HEZ") in got


def test_coder_evaluative_verb_without_listed_complement_codes_nothing_evaluative(code):
    got = code("Russia called the United States in March.")
    assert [e.cameo for *_, e in got] == ["041"]  # the telephone call, not an evaluation
    assert code("Analysts see a rise in prices.") == []


def test_evaluative_complement_list_is_well_formed():
    table = complements()
    assert table["terrorist"][0] == "neg" and table["ally"][0] == "pos"
    assert all(p in ("neg", "pos") for p, _ in table.values())


def test_coder_anti_prefix_is_no_negative_verdict(code):
    got = code("Azerbaijan launched an offensive on 19 September 2023, calling it a local "
               "anti-terrorist operation.")
    assert all(e.cameo != "111" for *_, e in got)


def test_coder_naming_with_an_unlisted_complement_is_no_phone_call(code):
    got = code("The ministers were calling the Serbian forces an army of volunteers.")
    assert all(e.cameo != "041" for *_, e in got)
    assert ("ACCUSE", "EU", "SRB") in triples(code("The EU called Serbia an occupying power."))
