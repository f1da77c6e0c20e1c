"""The spaCy pipeline starts sentences at headings and paragraph breaks, not inside prose."""

from __future__ import annotations


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_nlp_headline_without_full_stop_is_its_own_sentence(nlp):
    text = "Pakistan denies strike claims\nIndian jets crossed the border on Tuesday, officials said."
    assert _sentences(nlp, text) == [
        "Pakistan denies strike claims",
        "Indian jets crossed the border on Tuesday, officials said.",
    ]


def test_nlp_section_heading_stays_whole_before_a_paragraph(nlp):
    text = ("After the fall of the Taliban\n\nUnited States of America's war on Afghanistan "
            "provided the opportunity for the Russian Federation to take a deep breath.")
    assert _sentences(nlp, text)[0] == "After the fall of the Taliban"


def test_nlp_hard_wrapped_prose_is_not_cut_at_line_ends(nlp):
    text = ("The foreign minister of the country said on Tuesday that\nthe talks would resume "
            "in Geneva next week after the\nholiday, officials said.")
    assert len(_sentences(nlp, text)) == 1


def test_nlp_unknown_model_is_a_clear_error():
    import pytest

    from eventlens.errors import ModelNotFound
    from eventlens.nlp import load

    with pytest.raises(ModelNotFound, match="not installed"):
        load("en_core_web_no_such_model")
