"""`ground(doc).for_trigger(i)` with the real spaCy model: attached expression, else the
sentence's, else the story's reference time, else undated; never the DCT by default."""

from __future__ import annotations

from datetime import date

from eventlens.time import ground

D2 = date(2015, 10, 15)


def _dates(nlp, text: str, word: str, nth: int = 0, dct: date | None = None):
    doc = nlp(text)
    hits = [t.i for t in doc if t.text == word]
    assert len(hits) > nth, f"{word!r} not in text"
    return ground(doc, dct).for_trigger(hits[nth])


def _years(spans):
    return [(s.start[:4] if s.start else None, s.end[:4] if s.end else None) for s in spans]


def test_explicit_month_with_modifier_dates_the_event(nlp):
    (s,) = _dates(nlp, "In late December 1979, the Soviet Union invaded Afghanistan.", "invaded")
    assert (s.start, s.end, s.precision, s.basis, s.mod) == (
        "1979-12-21", "1979-12-31", "month", "explicit", "END")


def test_decade_is_a_ten_year_interval(nlp):
    (s,) = _dates(nlp, "In the 1990s, Russia armed the Northern Alliance.", "armed")
    assert (s.start, s.end, s.precision, s.value) == ("1990-01-01", "1999-12-31", "decade", "199")


def test_coordinated_years_give_one_span_each(nlp):
    spans = _dates(nlp, "India and Pakistan fought wars in 1947, 1965 and 1971.", "fought")
    assert [s.value for s in spans] == ["1947", "1965", "1971"]


def test_two_coordinated_years(nlp):
    spans = _dates(nlp, "The first contacts occurred in 2006 and 2007.", "occurred")
    assert [s.value for s in spans] == ["2006", "2007"]


def test_attached_date_beats_the_other_clause(nlp):
    text = "In 2001 the US invaded Afghanistan, and in 2003 it invaded Iraq."
    assert _years(_dates(nlp, text, "invaded", 1)) == [("2003", "2003")]
    assert _years(_dates(nlp, text, "invaded", 0)) == [("2001", "2001")]


def test_nominal_trigger_takes_its_own_date(nlp):
    spans = _dates(nlp, "The invasion of Iraq in 2003 split NATO.", "invasion")
    assert _years(spans) == [("2003", "2003")]


def test_after_an_anchor_opens_the_end(nlp):
    (s,) = _dates(nlp, "After 9/11, the US asked the Taliban to hand over Bin Laden.", "asked")
    assert (s.start, s.end, s.mod, s.basis) == ("2001-09-11", None, "AFTER", "explicit")


def test_since_opens_the_end_from_the_start(nlp):
    (s,) = _dates(nlp, "Russia has armed the group since 2014.", "armed")
    assert (s.start, s.end, s.mod) == ("2014-01-01", None, "ON_OR_AFTER")


def test_range_is_one_interval(nlp):
    spans = _dates(nlp, "The army occupied the valley from 2001 to 2005.", "occupied")
    assert [(s.start, s.end) for s in spans] == [("2001-01-01", "2005-12-31")]


def test_sentence_without_date_inherits_the_paragraph_date(nlp):
    text = "In 1996 the Taliban took Kabul. Russia armed their enemies."
    (s,) = _dates(nlp, text, "armed")
    assert (s.start, s.end, s.basis) == ("1996-01-01", "1996-12-31", "narrative")


def test_later_opens_the_inherited_date(nlp):
    text = "In 1996 the Taliban took Kabul. Later, Russia armed their enemies."
    (s,) = _dates(nlp, text, "armed")
    assert (s.start, s.end, s.basis, s.mod) == ("1996-12-31", None, "narrative", "AFTER")


def test_story_date_stops_at_the_paragraph(nlp):
    text = "In 1996 the Taliban took Kabul.\n\nRussia armed their enemies."
    assert _dates(nlp, text, "armed") == []


def test_relative_date_without_dct_stays_undated_and_blocks_inheritance(nlp):
    text = "In 1996 the Taliban took Kabul. Last year, Russia armed the rebels."
    assert _dates(nlp, text, "armed") == []


def test_relative_date_with_dct(nlp):
    (s,) = _dates(nlp, "Last year, Russia armed the rebels.", "armed", dct=D2)
    assert (s.start, s.end, s.basis, s.precision) == ("2014-01-01", "2014-12-31", "relative", "year")


def test_present_statement_with_only_a_dct_is_dated_by_the_document(nlp):
    (s,) = _dates(nlp, "Russia wants the US to leave Afghanistan.", "wants", dct=D2)
    assert (s.start, s.end, s.basis) == ("2015-10-15", "2015-10-15", "document")
    assert _dates(nlp, "Russia wants the US to leave Afghanistan.", "wants") == []


def test_past_event_with_only_a_dct_stays_undated(nlp):
    assert _dates(nlp, "Russia armed the rebels.", "armed", dct=D2) == []


def test_date_of_a_speech_act_does_not_date_the_past_events_reported(nlp):
    text = "The former leader said on 14 May 2013 that Rabbani helped them."
    assert _dates(nlp, text, "helped") == []
    (s,) = _dates(nlp, text, "said")
    assert s.start == "2013-05-14"


def test_timexes_are_listed(nlp):
    doc = nlp("In 1996 the Taliban took Kabul. Two years later they took Mazar.")
    index = ground(doc)
    assert [(t.text, t.value) for t in index.timexes] == [("1996", "1996"),
                                                          ("Two years later", "1998")]


def test_duration_after_an_anchor_moves_the_anchor(nlp):
    text = "Two years after the fall of the Berlin Wall, Germany reunified."
    (s,) = _dates(nlp, text, "reunified")
    assert (s.start, s.end, s.precision, s.basis) == ("1991-01-01", "1991-12-31", "year", "explicit")


def test_days_after_a_named_day(nlp):
    (s,) = _dates(nlp, "Three days after 9/11, Congress authorised force.", "authorised")
    assert (s.start, s.end) == ("2001-09-14", "2001-09-14")


def test_duration_after_an_unnamed_event_moves_the_story_time(nlp):
    text = "In March 2003 the US invaded Iraq. Two months after the invasion, Bush declared victory."
    (s,) = _dates(nlp, text, "declared")
    assert (s.start, s.end, s.basis) == ("2003-05-01", "2003-05-31", "narrative")


def test_duration_alone_does_not_date(nlp):
    assert _dates(nlp, "The war lasted ten years.", "lasted") == []


def test_after_a_duration_moves_the_story_time(nlp):
    text = "In late December 1979, the Soviets invaded. After ten years of war, Soviet troops withdrew."
    (s,) = _dates(nlp, text, "withdrew")
    assert (s.start, s.end, s.basis, s.text) == ("1989-01-01", "1989-12-31", "narrative", "After ten years")


def test_a_named_event_as_trigger_is_dated_by_itself(nlp):
    (s,) = _dates(nlp, "Following the Soviet withdrawal, the regime fell.", "withdrawal")
    assert (s.start, s.end, s.mod) == ("1989-02-15", "1989-02-15", None)
    (s,) = _dates(nlp, "Following the Soviet withdrawal, the regime fell.", "fell")
    assert (s.start, s.end, s.mod) == ("1989-02-15", None, "AFTER")


def test_date_in_a_clause_under_the_trigger_dates_that_clause_only(nlp):
    # (the date is an adverbial of "grew": "the 1980s militias" would only modify a noun)
    text = "Russia has contacts with the group, considering that it grew out of militias in the 1980s."
    assert _dates(nlp, text, "has") == []
    assert _years(_dates(nlp, text, "grew")) == [("1980", "1989")]


def test_the_past_n_years_runs_up_to_the_dct(nlp):
    text = "Over the past eight years, more than 14,000 people died."
    (s,) = _dates(nlp, text, "died", dct=date(2022, 10, 11))
    assert (s.start, s.end, s.basis) == ("2014-10-11", "2022-10-11", "relative")
    assert _dates(nlp, text, "died") == []


def test_an_earlier_clause_of_the_sentence_sets_the_story_time(nlp):
    text = "A truce signed on 2 November 2022 in Pretoria ended two years of fighting."
    (s,) = _dates(nlp, text, "ended")
    assert (s.start, s.basis) == ("2022-11-02", "narrative")


def test_a_date_under_the_trigger_does_not_leak_by_narrative(nlp):
    text = "Talks could resume next month, a diplomat said."
    assert _dates(nlp, text, "said", dct=date(2022, 10, 11)) == []
    (s,) = _dates(nlp, text, "resume", dct=date(2022, 10, 11))
    assert s.value == "2022-11"


def test_recently_is_the_year_before_the_dct(nlp):
    text = "Recently, the group's attacks in the north have worried Moscow."
    (s,) = _dates(nlp, text, "worried", dct=date(2015, 10, 15))
    assert (s.start, s.end, s.basis, s.value) == ("2014-10-15", "2015-10-15", "relative", "PAST_REF")
    assert _dates(nlp, text, "worried") == []


def test_in_the_past_gets_no_window(nlp):
    assert _dates(nlp, "In the past, Russia armed the group.", "armed", dct=date(2015, 10, 15)) == []


def test_dashed_years_are_one_interval(nlp):
    spans = _dates(nlp, "Bosnia's 1992–95 war killed 100,000 people.", "killed")
    assert [(s.start, s.end) for s in spans] == [("1992-01-01", "1995-12-31")]


def test_a_heading_is_not_attached_to_the_sentence_below_but_dates_its_section(nlp):
    # the parser glues the heading to the sentence; its time is the section's (narrative),
    # never an expression attached to "armed" (explicit)
    text = "After the fall of the Taliban\n\nRussia armed the Northern Alliance."
    (s,) = _dates(nlp, text, "armed")
    assert (s.start, s.end, s.mod, s.basis) == ("2001-12-07", None, "AFTER", "narrative")


def test_after_an_event_told_earlier(nlp):
    text = ("In late December 1979, the Soviet Union invaded Afghanistan. "
            "After the invasion, the United States armed the mujahideen.")
    (s,) = _dates(nlp, text, "armed")
    assert (s.start, s.end, s.basis, s.mod, s.text) == (
        "1979-12-31", None, "narrative", "AFTER", "After the invasion")


def test_after_an_event_never_dated_stays_undated(nlp):
    text = "The Soviet Union invaded Afghanistan. After the invasion, the US armed the rebels."
    assert _dates(nlp, text, "armed") == []


def test_present_perfect_report_is_dated_by_the_document(nlp):
    text = "Taliban officials have stated that Russia is playing a major role."
    (s,) = _dates(nlp, text, "stated", dct=D2)
    assert (s.start, s.basis) == ("2015-10-15", "document")
    (s,) = _dates(nlp, text, "playing", dct=D2)
    assert s.basis == "document"
    assert _dates(nlp, text, "stated") == []
    assert _dates(nlp, "Russia has provided money to the group.", "provided", dct=D2) == []
