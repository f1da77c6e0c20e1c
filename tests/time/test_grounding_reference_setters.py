"""Which dates may become the story's reference time: a date of a verb or of an event noun,
or a sentence-initial adverbial — never a date that only modifies a thing ("the 2003 law",
"the 1980s Mujahiddin", "its loans since 1979"). Real spaCy parse; our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.time import ground


def _index(nlp, text: str, dct: date | None = None):
    doc = nlp(text)
    return doc, ground(doc, dct)


def _dates(nlp, text: str, word: str, nth: int = 0, dct: date | None = None):
    doc, index = _index(nlp, text, dct)
    hits = [t.i for t in doc if t.text == word]
    assert len(hits) > nth, f"{word!r} not in text"
    return index.for_trigger(hits[nth])


def _role(nlp, text: str, extent: str) -> str:
    _, index = _index(nlp, text)
    roles = [a.role for a in index.anchored if a.found.text == extent]
    assert roles, extent
    return roles[0]


@pytest.mark.parametrize("text,extent,role", [
    ("The 2003 law banned street protests.", "2003", "modifier"),
    ("The 1980s Mujahiddin defeated the Soviet army.", "1980s", "modifier"),
    ("Serbia wants its assets worth $2B from Croatia since 1991.", "1991", "modifier"),
    ("Veterans of the 1990s militias marched in Belgrade.", "1990s", "modifier"),
    ("The 2008 war devastated Gori.", "2008", "event"),
    ("The invasion of Iraq in 2003 divided Europe.", "2003", "event"),
    ("In 2013, the rebels seized the airport.", "2013", "adverbial"),
    ("Last year, the army shelled Homs.", "Last year", "adverbial"),
    ("NATO bombed Serbian positions in 1999.", "1999", "adverbial"),
    ("Moscow declared the group a terrorist organization in 2003.", "2003", "adverbial"),
    ("The Mubarak era ended with mass protests.", "The Mubarak era", "argument"),
    ("Under the 2003 law, editors were jailed.", "2003", "modifier"),
    ("During the Cold War years, Kabul leaned on Moscow.", "the Cold War", "adverbial"),
    ("In the 1990s Afghanistan was torn by civil war.", "1990s", "adverbial"),
])
def test_each_date_gets_its_role_in_the_sentence(nlp, text, extent, role):
    assert _role(nlp, text, extent) == role


def test_a_date_modifying_a_law_dates_neither_the_verb_nor_the_story(nlp):
    text = "The 2003 law banned street protests. Police arrested hundreds of students."
    assert _dates(nlp, text, "banned") == []
    assert _dates(nlp, text, "arrested") == []


def test_a_decade_naming_a_group_does_not_date_what_the_group_did_later(nlp):
    text = "The 1980s Mujahiddin defeated the Soviet army. They fought each other for Kabul."
    assert _dates(nlp, text, "defeated") == []
    assert _dates(nlp, text, "fought") == []


def test_since_on_a_noun_dates_neither_the_demand_nor_the_reply(nlp):
    text = ("Belgrade informed Zagreb that Serbia wants its assets worth $2B from Croatia "
            "since 1991. The Croatian foreign minister wrote in response that Croatia owes nothing.")
    assert _dates(nlp, text, "wants") == []
    assert _dates(nlp, text, "wrote") == []


def test_a_sentence_initial_date_sets_the_story_time(nlp):
    text = "In 2013, rebels seized a helicopter near Aleppo. They released the crew."
    (s,) = _dates(nlp, text, "released")
    assert (s.start, s.end, s.basis) == ("2013-01-01", "2013-12-31", "narrative")


def test_a_date_of_the_verb_sets_the_story_time(nlp):
    text = "The army entered Grozny in 1999. Thousands of civilians fled south."
    (s,) = _dates(nlp, text, "fled")
    assert (s.value, s.basis) == ("1999", "narrative")


def test_a_date_of_an_event_noun_sets_the_story_time(nlp):
    text = "The 2008 war devastated Gori. Thousands of residents fled to Tbilisi."
    (s,) = _dates(nlp, text, "fled")
    assert (s.value, s.basis) == ("2008", "narrative")


def test_that_year_is_not_resolved_against_a_noun_modifier(nlp):
    # the tagger alone would take 2003 as the story's year; the parse shows it is the law's
    text = "The 2003 law restricted the press. That year, editors protested in Cairo."
    _, index = _index(nlp, text)
    (that_year,) = [t for t in index.timexes if t.text == "That year"]
    assert that_year.value is None


def test_that_year_still_follows_a_verb_date(nlp):
    text = "Parliament passed the law in 2003. That year, editors protested in Cairo."
    _, index = _index(nlp, text)
    (that_year,) = [t for t in index.timexes if t.text == "That year"]
    assert that_year.value == "2003"


def test_a_declaration_with_an_object_is_an_act_that_sets_the_story_time(nlp):
    text = ("Albanian leaders declared independence in February 2008. "
            "Belgrade rejected the declaration.")
    (s,) = _dates(nlp, text, "rejected")
    assert (s.value, s.basis) == ("2008-02", "narrative")


def test_the_date_of_a_statement_is_still_not_the_story_time(nlp):
    text = ("The minister said on 3 May 2019 that rebels had shelled the town. "
            "Hundreds of families fled.")
    assert _dates(nlp, text, "fled") == []


def test_as_time_passed_moves_the_story_on(nlp):
    text = ("Turkey declared the group a terrorist organization in 2003. However, as time passed, "
            "cooperation broke down and Ankara switched sides from backing Baghdad to the rebels.")
    (s,) = _dates(nlp, text, "backing")
    assert (s.start, s.end, s.mod, s.basis) == ("2003-12-31", None, "AFTER", "narrative")
