"""Nominal conflict with both parties, gerund control, reciprocity and stranded subjects."""

from __future__ import annotations


def triples(events) -> set[tuple]:
    return {(t, s, g) for t, s, g, _, _ in events}


def test_coder_war_of_x_with_y_goes_both_ways(code):
    got = triples(code("The war of Ethiopia with Eritrea ended in 2000."))
    assert {("ASSAULT", "ETH", "ERI"), ("ASSAULT", "ERI", "ETH")} <= got


def test_coder_war_against_is_directed(code):
    got = triples(code("Russia's war against Ukraine has lasted three years."))
    assert got == {("ASSAULT", "RUS", "UKR")}


def test_coder_pressure_of_x_on_y(code):
    assert ("REQUEST", "CHN", "PHL") in triples(
        code("The pressure of China on the Philippines has grown since 2016."))
    assert ("REQUEST", "CHN", "TWN") in triples(code("China's pressure on Taiwan increased in 2022."))


def test_coder_rivalry_and_fighting_between_two_parties(code):
    assert {("ACCUSE", "IND", "PAK"), ("ACCUSE", "PAK", "IND")} <= triples(
        code("The rivalry between India and Pakistan shaped South Asia."))
    assert {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")} <= triples(
        code("Fighting between Armenia and Azerbaijan resumed in 2020."))
    assert {("ASSAULT", "ISR", "HAMAS"), ("ASSAULT", "HAMAS", "ISR")} <= triples(
        code("The conflict between Israel and Hamas escalated in October 2023."))


def test_coder_conflict_noun_without_parties_is_no_event(code):
    assert code("The conflict has displaced millions of people.") == []


def test_coder_accused_x_of_v_ing_x_acts(code):
    got = triples(code("The United States and South Korea have accused North Korea of "
                       "supplying artillery shells to Russia."))
    assert {("ACCUSE", "USA", "PRK"), ("ACCUSE", "KOR", "PRK"), ("AID", "PRK", "RUS")} <= got
    assert ("ASSAULT", "UKR", None) in triples(code("Russia blamed Ukraine for attacking the plant."))


def test_coder_gerund_under_by_takes_the_subject(code):
    assert ("ASSAULT", "IRN", "IRQ") in triples(code("Iran won the war by attacking Iraq."))


def test_coder_one_another_makes_coordinated_actors_reciprocal(code):
    got = triples(code("Armenia and Azerbaijan agreed not to use force against one another."))
    assert {("AGREE", "ARM", "AZE"), ("AGREE", "AZE", "ARM")} <= got


def test_coder_subject_folded_into_a_fronted_phrase(code):
    got = triples(code("After weeks of talks mediated by the United States and France, Israel "
                       "and Hezbollah agreed to a ceasefire."))
    assert {("AGREE", "ISR", "HEZ"), ("AGREE", "HEZ", "ISR")} <= got


def test_coder_responded_with_strikes(code):
    assert ("ASSAULT", "ISR", "LBN") in triples(
        code("Israel responded with air strikes on villages in southern Lebanon."))


def test_coder_air_strike_that_killed_is_one_event(code):
    got = code("An Israeli air strike killed Hezbollah leader Hassan Nasrallah in Beirut.")
    assert [(t, s, g) for t, s, g, *_ in got] == [("ASSAULT", "ISR", "HEZ")]


def test_coder_self_directed_recipient_does_not_satisfy_need_target(code):
    assert code("Brazil sent armoured vehicles to its northern border.") == []


def test_coder_embedded_act_without_known_actor_is_dropped(code):
    assert code("The chief made his remarks at the start of a trip aimed at pushing for a "
                "ceasefire.") == []


def test_coder_object_that_is_no_actor_does_not_control_the_gerund(code):
    got = triples(code("Russia is providing money for targeting American soldiers."))
    assert any(t == "ASSAULT" and s == "RUS" for t, s, g in got)
