"""Narrative time resolves against the story's reference time (the last date of the
paragraph), not the DCT; what cannot be resolved stays unresolved; non-times are not tagged."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.time import tag

D = date(2013, 3, 22)


def _value(text: str, extent: str, dct: date | None = D) -> str | None:
    hits = [t for t in tag(text, dct) if t.text == extent]
    assert hits, f"{extent!r} not in {[t.text for t in tag(text, dct)]}"
    return hits[0].value


NARRATIVE = [
    ("In 1996 the Taliban took Kabul. The following year they moved north.", "The following year", "1997"),
    ("In 1996 the Taliban took Kabul. The previous year they had taken Herat.", "The previous year", "1995"),
    ("In 1996 the Taliban took Kabul. That year Russia armed their enemies.", "That year", "1996"),
    ("In 1996 the Taliban took Kabul. The same year Russia armed their enemies.", "The same year", "1996"),
    ("In 1996 the Taliban took Kabul. Five years later they were ousted.", "Five years later", "2001"),
    ("In 1996 the Taliban took Kabul. Two years earlier they were unknown.", "Two years earlier", "1994"),
    ("In March 2003 the US invaded Iraq. Two months later Baghdad fell.", "Two months later", "2003-05"),
    ("On 14 May 2013 talks began. Three days later they broke down.", "Three days later", "2013-05-17"),
    ("In 1979 the Soviets invaded. At that time Kabul was divided.", "At that time", "1979"),
    ("In 1979 the Soviets invaded. In December they reached Kabul.", "December", "1979-12"),
    ("In 2013 the Taliban seized a helicopter. In May the pilot was freed.", "May", "2013-05"),
    ("In 2011 the rebels advanced. By the end of the year they held Tripoli.", "the end of the year", "2011"),
    ("On 3 May 2010 the ferry sank. On Friday divers found it.", "Friday", "2010-05-07"),
    ("In 2010 the rebels advanced. In the spring they took the port.", "the spring", "2010-SP"),
    ("In 2010 the rebels advanced. In the third quarter exports fell.", "the third quarter", "2010-Q3"),
    ("The war began in 2001.\n\nIn 2009 the army regrouped. The next year it attacked.", "The next year", "2010"),
]


@pytest.mark.parametrize("text,extent,value", NARRATIVE, ids=[c[1] for c in NARRATIVE])
def test_tagger_resolves_narrative_time_against_the_story(text, extent, value):
    assert _value(text, extent) == value


def test_bare_month_without_story_date_uses_the_dct():
    assert _value("Prices rose in August.", "August") == "2012-08"


def test_story_date_does_not_leak_into_the_next_paragraph_for_bare_months():
    text = "In 1996 the Taliban took Kabul.\n\nPrices rose in August."
    assert _value(text, "August") == "2012-08"


UNRESOLVED = [
    ("The GDP grew last year.", "last year"),
    ("He died two days ago.", "two days ago"),
    ("A few years ago, the US allowed it.", "A few years ago"),
    ("The minister resigned yesterday.", "yesterday"),
    ("Talks were held this week.", "this week"),
    ("The CDC said Friday that children died.", "Friday"),
    ("Prices rose in August.", "August"),
    ("The vote is on April 7.", "April 7"),
    ("Protests began last summer.", "last summer"),
    ("Exports slumped last July.", "last July"),
    ("Talks will be held next week.", "next week"),
    ("The minister will speak tonight.", "tonight"),
    ("The following year they moved north.", "The following year"),
    ("Five years later they were ousted.", "Five years later"),
    ("That year Russia armed their enemies.", "That year"),
    ("An hour later the sirens stopped.", "An hour later"),
]


@pytest.mark.parametrize("text,extent", UNRESOLVED, ids=[c[1] for c in UNRESOLVED])
def test_relative_and_anaphoric_expressions_stay_unresolved_without_anchor(text, extent):
    assert _value(text, extent, dct=None) is None


NOT_TIMES = [
    "May I ask a question?",
    "Protesters march on the capital.",
    "The army deployed 1995 soldiers to the border.",
    "UN Resolution 1973 authorised the strikes.",
    "The fall of prices hurt farmers.",
    "He will spring into action.",
    "Flight 2013 landed safely.",
    "It cost $2010 in fees.",
    "Turnout was 2000 percent higher.",
    "She was second in line.",
    "Jan Kowalski leads the party.",
    "Saturn has many moons.",
    "They arrived as soon as possible.",
    "June Carter sang that night.",
    "April Ryan asked the question.",
    "August Wilson wrote plays.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_words_that_only_look_like_times_are_not_tagged(text):
    assert tag(text, D) == []


def test_offsets_point_into_the_text():
    text = "Talks failed.\n\nIn late December 1979, the Soviet Union invaded Afghanistan."
    (t,) = tag(text, None)
    assert text[t.start:t.end] == "late December 1979"
    assert (t.value, t.mod, t.anchor) == ("1979-12", "END", "explicit")


def test_coordinated_years_are_separate_expressions():
    values = [t.value for t in tag("India and Pakistan fought wars in 1947, 1965 and 1971.")]
    assert values == ["1947", "1965", "1971"]


def test_future_words_inside_quotes_do_not_move_a_past_weekday():
    text = '"We will not negotiate," the president said on Monday night.'
    (t,) = [t for t in tag(text, date(2022, 10, 11)) if t.text == "Monday night"]
    assert t.value == "2022-10-10TNI"


def test_future_talk_moves_a_weekday_forward():
    (t,) = tag("The ministers will meet on Monday.", date(2022, 10, 11))
    assert t.value == "2022-10-17"


def test_windows_line_ends_still_divide_paragraphs():
    text = "In 1996 the Taliban took Kabul.\r\n\r\nPrices rose in August."
    assert _value(text, "August") == "2012-08"


@pytest.mark.parametrize("text", [
    "Children 6 months and older should get the vaccine.",
    "The girl, 14 years old, was shot at a checkpoint.",
    "A man aged 45 years was detained in Gaza.",
    "Recruits aged 18 months or older were sent to the front.",
])
def test_an_age_is_not_a_time_expression(text):
    assert [t for t in tag(text) if t.type == "DURATION"] == []


def test_a_duration_next_to_an_age_word_elsewhere_is_kept():
    assert [t.value for t in tag("He served for 6 months and then left Kabul.")] == ["P6M"]
