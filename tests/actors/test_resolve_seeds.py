"""The two seed articles: the actors their history turns on."""

from __future__ import annotations

import pytest

from eventlens.actors import resolve_actors


@pytest.fixture(scope="module")
def seed000(nlp, seeds):
    doc = nlp((seeds / "000_0b374cb1d939e815.txt").read_text(encoding="utf-8"))
    return doc, resolve_actors(doc, year=2020)


@pytest.fixture(scope="module")
def seed003(nlp, seeds):
    doc = nlp((seeds / "003_190791c2367702d5.txt").read_text(encoding="utf-8"))
    return doc, resolve_actors(doc, year=2015)


@pytest.mark.parametrize("words, nth, code", [
    ("the Soviet Union", 0, "SUN"),
    ("Soviet troops", 0, "SUN"),
    ("Kabul", 0, "AFG"),
    ("Moscow", 0, "RUS"),
    ("the Taliban", 0, "TAL"),
    ("Taliban officials", 0, "TAL"),
    ("GRU", 0, "RUS"),
    ("The New York Times", 0, "NYT"),
    ("the USSR", 0, "SUN"),
])
def test_seed000_mentions(seed000, mention, words, nth, code):
    doc, index = seed000
    assert mention(doc, index, words, nth).actor.id == code


def test_seed000_they_refused_is_the_taliban(seed000, mention):
    doc, index = seed000
    m = mention(doc, index, "they refused")
    assert (m.actor.id, m.via) == ("TAL", "coref")


def test_seed000_the_latter_is_the_taliban(seed000, mention):
    doc, index = seed000
    assert mention(doc, index, "the latter").actor.id == "TAL"


def test_seed000_sectors(seed000, mention):
    doc, index = seed000
    assert mention(doc, index, "Soviet troops").actor.sector == "MIL"
    assert mention(doc, index, "Russian officials").actor.sector == "GOV"
    assert mention(doc, index, "GRU").actor.sector == "SPY"


@pytest.mark.parametrize("words, nth, code", [
    ("the Russian Federation", 0, "RUS"),
    ("Prof. Rabbani", 0, "AFG"),
    ("Daesh", 0, "ISIS"),
    ("The Islamic State", 0, "ISIS"),
    ("ISIS", 0, "ISIS"),
    ("Mullah Mohammad Hassan Akhund", 0, "TAL"),
    ("the Soviet Union", 0, "SUN"),
    ("Tajikistan", 0, "TJK"),
])
def test_seed003_mentions(seed003, mention, words, nth, code):
    doc, index = seed003
    assert mention(doc, index, words, nth).actor.id == code


def test_seed003_government_of_rabbani_is_afghanistan(seed003, mention):
    doc, index = seed003
    m = mention(doc, index, "the government of Prof. Rabbani")
    assert (m.actor.id, m.actor.sector) == ("AFG", "GOV")


def test_seed_boilerplate_has_no_actor(seed000, seed003):
    for doc, index in (seed000, seed003):
        for marker in ("Please enter your comment", "Leave a Reply", "The End"):
            pos = doc.text.find(marker)
            if pos < 0:
                continue
            span = doc.char_span(pos, pos + len(marker), alignment_mode="expand")
            assert index.in_span(span.start, span.end) == []
