"""Negative quantifier subjects ("neither side", "none of the parties") range over the pair
named before: the event is coded for that pair and the claims stage reads it as negated."""

from __future__ import annotations

from eventlens.actors import resolve_actors
from eventlens.claims import assess
from eventlens.events import code_events


def _coded(nlp, text):
    doc = nlp(text)
    actors = resolve_actors(doc)
    return [(e.type, e.source.actor.id if e.source else None,
             e.target.actor.id if e.target else None,
             assess(doc, e.trigger_start, actors).factuality, doc[e.trigger_start].lemma_)
            for e in code_events(doc, actors)]


def test_neither_side_after_a_pair_codes_both_ways_negated(nlp):
    found = _coded(nlp, "Armenia and Azerbaijan exchanged accusations, but neither side "
                        "fired a shot during the talks.")
    shots = {(t, s, r, f) for t, s, r, f, lem in found if lem == "fire"}
    assert shots == {("ASSAULT", "ARM", "AZE", "negated"), ("ASSAULT", "AZE", "ARM", "negated")}


def test_neither_government_takes_the_pair_of_the_sentence_before(nlp):
    found = _coded(nlp, "Serbia and Kosovo met in Brussels. Neither government signed the deal.")
    signed = {(s, r, f) for t, s, r, f, lem in found if lem == "sign"}
    assert signed == {("SRB", "XKX", "negated"), ("XKX", "SRB", "negated")}


def test_none_of_the_parties_ranges_over_the_pair(nlp):
    found = _coded(nlp, "Ethiopia and Eritrea signed a peace deal in 2018. "
                        "None of the parties has withdrawn troops since.")
    assert {(s, f) for t, s, r, f, lem in found if lem == "withdraw"} == {
        ("ETH", "negated"), ("ERI", "negated")}


def test_no_country_is_not_the_pair_named_before(nlp):
    """"No country" quantifies over every country: it never binds to a pair."""
    found = _coded(nlp, "Russia and Georgia fought a war in 2008. "
                        "No country has recognised Abkhazia.")
    recognised = [(s, f) for t, s, r, f, lem in found if lem == "recognise"]
    assert recognised and all(s is None and f == "negated" for s, f in recognised)


def test_neither_side_without_a_pair_names_no_actor(nlp):
    found = _coded(nlp, "Neither side fired a shot during the night.")
    assert all(s is None for t, s, r, f, lem in found)
