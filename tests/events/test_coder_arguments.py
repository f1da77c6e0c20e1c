"""The dependency cascade: who acts on whom, from the parse (real model, real actors)."""

from __future__ import annotations


def triples(events) -> set[tuple]:
    return {(t, s, g) for t, s, g, _, _ in events}


def test_coder_subject_and_object(code):
    assert ("ASSAULT", "SUN", "AFG") in triples(code("In 1979 the Soviet Union invaded Afghanistan."))


def test_coder_passive_agent_is_source(code):
    events = code("Kabul was seized by the Taliban.")
    assert [(t, s, g) for t, s, g, *_ in events] == [("COERCE", "TAL", "AFG")]
    assert events[0][4].source_via == "agent" and events[0][4].target_via == "passive-subject"


def test_coder_coordinated_subjects_of_symmetric_event(code):
    got = triples(code("India and Pakistan fought three wars."))
    assert {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")} <= got


def test_coder_coordinated_verbs_share_the_subject(code):
    got = triples(code("The government of Tajikistan extended its hand to Russia and hosted "
                       "the negotiations with Iran."))
    assert ("AGREE", "TJK", "RUS") in got
    assert any(t == "CONSULT" and s == "TJK" and g == "IRN" for t, s, g in got)


def test_coder_object_control_gives_the_embedded_subject(code):
    got = triples(code("The US asked the Taliban to extradite Osama Bin Laden."))
    assert ("REQUEST", "USA", "TAL") in got
    assert not any(t == "COOPERATE" for t, s, g in got)  # what was asked is not an event
    got = triples(code("Washington persuaded the Taliban to release the hostages."))
    assert any(t == "RETREAT" and s == "TAL" for t, s, g in got)


def test_coder_reported_clause_is_coded_not_the_reporting_verb(code):
    events = code("US officials have said that Russia is providing money to the Taliban.")
    assert [(t, s, g) for t, s, g, *_ in events] == [("AID", "RUS", "TAL")]


def test_coder_relative_clause_subject_is_the_antecedent(code):
    got = triples(code("Officials met the Taliban, which recognized the government of Chechnya."))
    assert any(t == "SUPPORT" and s == "TAL" for t, s, g in got)


def test_coder_passive_relative_clause(code):
    got = triples(code("The US invaded Afghanistan, which was then supported by Russia."))
    assert ("ASSAULT", "USA", "AFG") in got
    assert ("SUPPORT", "RUS", "AFG") in got


def test_coder_nominal_events_between_actors(code):
    got = triples(code("The first contacts between Russians and the Taliban occurred in 2006."))
    assert {("CONSULT", "RUS", "TAL"), ("CONSULT", "TAL", "RUS")} <= got


def test_coder_nominal_event_with_modifier_source(code):
    got = triples(code("Following the Soviet withdrawal, the communist government fell."))
    assert ("RETREAT", "SUN", None) in got


def test_coder_nominal_event_under_support_verb(code):
    got = triples(code("Russia has diplomatic contacts with the Taliban."))
    assert ("CONSULT", "RUS", "TAL") in got


def test_coder_light_verb_constructions(code):
    assert ("COERCE", "TAL", "AFG") in triples(code("The Taliban took control of Kabul in 1996."))
    assert ("COERCE", "USA", "IRN") in triples(code("Washington imposed sanctions on Iran."))
    assert ("CONSULT", "FRA", "DEU") in triples(code("France held talks with Germany."))


def test_coder_phrasal_verbs(code):
    events = code("Soviet troops pulled out of Afghanistan in 1989.")
    assert any(t == "RETREAT" and s == "SUN" and trig.startswith("pulled out")
               for t, s, g, trig, _ in events)
    assert ("RETREAT", "USA", None) in triples(code("Russia wants the US to pull out its troops."))


def test_coder_denial_is_a_rejection_by_the_denier(code):
    got = triples(code("Russia has denied the report."))
    assert {t for t, s, g in got if s == "RUS"} == {"REJECT"}


def test_coder_refusal_answers_the_request(code):
    got = triples(code("The US asked the Taliban to hand over Bin Laden. The Taliban refused."))
    assert ("REJECT", "TAL", "USA") in got


def test_coder_no_event_without_actor(code):
    assert code("The talks were held in a friendly atmosphere and everyone agreed.") == []


def test_coder_no_event_without_trigger(code):
    assert code("Russia and the Taliban are neighbours of Tajikistan.") == []


def test_coder_intent_to_cooperate_is_agree(code):
    events = code("Japan will provide food aid to Ethiopia.")
    assert [(t, s, g) for t, s, g, *_ in events] == [("AGREE", "JPN", "ETH")]
    assert events[0][4].cameo == "033"


def test_coder_confidence_reflects_how_arguments_were_found(code):
    direct = code("France attacked Germany.")[0][4].confidence
    inherited = code("France plans to attack Germany.")[0][4]
    assert inherited.type == "THREATEN" and inherited.source_via == "control-subject"
    assert direct > inherited.confidence


def test_coder_cameo_is_a_string_and_fields_come_from_ontology(code):
    event = code("Iran threatened Iraq.")[0][4]
    assert (event.cameo, event.type, event.quad_class, event.goldstein) == ("130", "THREATEN", 3, -4.4)


def test_coder_reported_must_is_a_demand_by_the_reporter(code):
    got = triples(code("Russia said on Tuesday that Sudan must return the helicopter."))
    assert got == {("REQUEST", "RUS", "SDN")}
    assert code("Sudan must return the helicopter.") == []  # the author's opinion: no event


def test_coder_demand_that_clause_names_the_target(code):
    assert ("REQUEST", "USA", "IRN") in triples(
        code("The United States demanded that Iran halt its nuclear programme."))


def test_coder_inverse_trigger_makes_the_giver_the_source(code):
    assert ("AID", "RUS", "SYR") in triples(code("Syria received weapons from Russia."))


def test_coder_intent_to_attack_is_a_threat(code):
    events = code("Iran threatened to attack Iraq.")
    assert ("THREATEN", "IRN", "IRQ") in triples(events)
    events = code("North Korea said it would attack South Korea.")
    assert ("THREATEN", "PRK", "KOR") in triples(events)


def test_coder_refusal_is_not_linked_to_an_unrelated_accusation(code):
    got = triples(code("Russia accused the West of lying. The TPLF denied the report."))
    assert ("REJECT", "TPLF", None) in got


def test_coder_denied_act_is_kept_for_the_claims_stage(code):
    got = triples(code("Iran has denied arming the Houthis."))
    assert ("REJECT", "IRN", "HOUTHI") in got
    assert any(t == "AID" and s == "IRN" for t, s, g in got)
