"""Seed acceptance (issue 3): event triggers of the two seed articles, located by their
words, are dated as the articles tell it, with the real spaCy model."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.time import ground


@pytest.fixture(scope="module")
def seed000(nlp, seeds):
    doc = nlp((seeds / "000_0b374cb1d939e815.txt").read_text(encoding="utf-8"))
    return doc, ground(doc)


@pytest.fixture(scope="module")
def seed003(nlp, seeds):
    doc = nlp((seeds / "003_190791c2367702d5.txt").read_text(encoding="utf-8"))
    return doc, ground(doc), ground(doc, date(2015, 10, 15))


def _token(doc, word: str, after: str | None = None) -> int:
    """The first token `word` at or after the first occurrence of the phrase `after`."""
    start = doc.text.index(after) if after else 0
    for t in doc:
        if t.idx >= start and t.text == word:
            return t.i
    raise AssertionError(f"{word!r} not found after {after!r}")


def test_soviet_invasion_is_late_december_1979(seed000):
    doc, index = seed000
    (s,) = index.for_trigger(_token(doc, "invaded"))
    assert (s.start, s.end, s.precision, s.basis) == ("1979-12-21", "1979-12-31", "month", "explicit")


def test_taliban_take_kabul_in_1996(seed000):
    doc, index = seed000
    (s,) = index.for_trigger(_token(doc, "took", "the Taliban took control"))
    assert (s.start, s.end, s.basis) == ("1996-01-01", "1996-12-31", "explicit")


@pytest.mark.parametrize("word", ["asked", "refused"])
def test_extradition_request_and_refusal_are_after_9_11(seed000, word):
    doc, index = seed000
    (s,) = index.for_trigger(_token(doc, word, "After 9/11"))
    assert s.start == "2001-09-11"
    assert s.end is None  # open end: 2001 or later
    assert s.mod == "AFTER"


def test_terrorist_designation_is_2003(seed000):
    doc, index = seed000
    (s,) = index.for_trigger(_token(doc, "declared", "Russia had declared"))
    assert (s.start, s.end) == ("2003-01-01", "2003-12-31")


def test_envoy_statement_is_2015(seed000):
    doc, index = seed000
    (s,) = index.for_trigger(_token(doc, "stated", "in 2015"))
    assert (s.start[:4], s.end[:4]) == ("2015", "2015")


@pytest.mark.parametrize("word,after", [("wants", "Russia wants the US to pull out"),
                                        ("pull", "Russia wants the US to pull out"),
                                        ("hosted", "Russia hosted a meeting"),
                                        ("providing", "Russia is providing")])
def test_events_without_time_information_stay_undated(seed000, word, after):
    doc, index = seed000
    assert index.for_trigger(_token(doc, word, after)) == []


def test_events_after_the_helicopter_seizure_are_2013_by_narrative(seed003):
    doc, index, _ = seed003
    start = doc.text.index("In 2013, the Taliban seized")
    end = doc.text.index("freed Russian hostage") + len("freed")
    seized = _token(doc, "seized", "In 2013, the Taliban seized")
    (s,) = index.for_trigger(seized)
    assert (s.start, s.end, s.basis) == ("2013-01-01", "2013-12-31", "explicit")
    first_sentence_end = doc[seized].sent.end
    later = [t for t in doc if start <= t.idx < end and t.i >= first_sentence_end
             and t.pos_ == "VERB"]
    assert [t.text for t in later][-1] == "freed" and len(later) >= 3
    for t in later:
        (s,) = index.for_trigger(t.i)
        assert (s.start, s.end, s.basis) == ("2013-01-01", "2013-12-31", "narrative"), t.text


def test_story_year_does_not_run_into_the_next_paragraph(seed003):
    doc, index, _ = seed003
    assert index.for_trigger(_token(doc, "contacted", "Hence, it can be said")) == []


def test_a_few_years_ago_is_relative_to_the_publication_date(seed003):
    doc, index, with_dct = seed003
    allowed = _token(doc, "allowed", "A few years ago")
    assert index.for_trigger(allowed) == []  # no DCT: never guessed
    (s,) = with_dct.for_trigger(allowed)
    assert s.basis == "relative"
    assert "2010-01-01" <= s.start and s.end <= "2014-12-31"


def test_contacts_in_2006_and_2007_give_two_dates(seed003):
    doc, index, _ = seed003
    spans = index.for_trigger(_token(doc, "occurred", "The first contacts"))
    assert [s.value for s in spans] == ["2006", "2007"]


def test_start_of_taliban_activities_is_1995(seed003):
    doc, index, _ = seed003
    (s,) = index.for_trigger(_token(doc, "prompted", "in 1995"))
    assert s.value == "1995"
