"""The coder survives odd input: empty text, no sentences, long coordinations, no actors."""

from __future__ import annotations


def test_coder_empty_and_punctuation_only(code):
    assert code("") == []
    assert code("... !!! ---") == []


def test_coder_long_coordination_gives_every_pair(code):
    text = "France, Germany, Italy, Spain and Poland held talks."
    pairs = {(s, g) for t, s, g, _, _ in code(text) if t == "CONSULT"}
    assert len(pairs) == 20  # five parties, each with each other, both ways


def test_coder_events_in_text_order_with_valid_spans(code, nlp):
    text = ("Russia invaded Ukraine in 2022. Ukraine cut diplomatic relations with Russia. "
            "The United States imposed sanctions on Russia.")
    events = code(text)
    anchors = [e.trigger_i for *_, e in events]
    assert anchors == sorted(anchors)
    for *_, e in events:
        assert e.trigger_start <= e.trigger_i < e.trigger_end
        assert isinstance(e.cameo, str) and 0.0 < e.confidence <= 1.0
