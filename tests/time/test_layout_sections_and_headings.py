"""Section headings start a new story: the reference time resets at a heading, and a
heading that names a time (a date, a named period, an anchor) dates its section (basis
narrative). Headings are found on lines, in plain text and in trafilatura's one-line-per-
paragraph output; our own sentences about several conflicts."""

from __future__ import annotations

from datetime import date

from eventlens.time import analyse, ground
from eventlens.time.layout import layout


def _headings(text: str) -> list[str]:
    return [text[a:b] for a, b in layout(text).headings]


def _dates(nlp, text: str, word: str, dct: date | None = None):
    doc = nlp(text)
    (i,) = [t.i for t in doc if t.text == word]
    return ground(doc, dct).for_trigger(i)


def test_headings_after_blank_lines_and_after_single_line_breaks():
    plain = ("Kosovo and Serbia\n\nNATO bombed Serbian positions in 1999.\n\n"
             "The Years After the War\n\nTalks began in Vienna.")
    scraped = ("Kosovo and Serbia\nNATO bombed Serbian positions in 1999.\n"
               "The Years After the War\nTalks began in Vienna.")
    for text in (plain, scraped):
        assert _headings(text) == ["Kosovo and Serbia", "The Years After the War"]


def test_wrapped_lines_questions_and_sentences_are_not_headings():
    wrapped = ("The rebels took the town in 2012 and\nheld it for a year. Later the army\n"
               "Came Back with tanks and retook it.\nThe end of the siege was celebrated.")
    assert _headings(wrapped) == []
    assert _headings("What next for Kabul?\nThe talks resume today.") == []
    assert _headings("Kabul, 3 May.\nThe talks resume today.") == []


def test_a_heading_is_a_paragraph_of_its_own():
    text = "Taliban and Russian Contacts in Recent Years\nThe first contacts came in 2006."
    assert layout(text).paragraphs == (0, 44)


def test_story_time_resets_at_a_heading():
    text = ("Rebels took Donetsk in 2014.\n\nTalks in Minsk\n\n"
            "The following year, a truce was signed.")
    (f,) = [f for f in analyse(text) if f.text == "The following year"]
    assert f.value is None
    same = "Rebels took Donetsk in 2014.\n\nThe following year, a truce was signed."
    (g,) = [f for f in analyse(same) if f.text == "The following year"]
    assert g.value == "2015"


def test_a_named_period_in_a_heading_dates_its_section(nlp):
    text = ("Kosovo during the Yugoslav wars\n\nNATO bombed Serbian positions.\n\n"
            "Belgrade lost control of the province.")
    (s,) = _dates(nlp, text, "lost")
    assert (s.start, s.end, s.precision, s.basis) == ("1991-03-31", "2001-11-12", "year", "narrative")
    assert s.text == "the Yugoslav wars"


def test_an_anchor_in_a_scraped_heading_opens_the_section(nlp):
    text = ("Chechnya\nAfter the Second Chechen War\nMoscow appointed Ramzan Kadyrov as leader.")
    (s,) = _dates(nlp, text, "appointed")
    assert (s.start, s.end, s.mod, s.basis) == ("2009-04-16", None, "AFTER", "narrative")


def test_a_dated_heading_dates_its_section(nlp):
    text = "March 2011\n\nProtesters gathered in Daraa and demanded reforms."
    (s,) = _dates(nlp, text, "gathered")
    assert (s.value, s.basis) == ("2011-03", "narrative")


def test_a_heading_without_time_leaves_its_section_undated(nlp):
    text = ("During the Troubles\n\nSoldiers shot protesters in Derry.\n\n"
            "Concerns over the border\n\nFarmers blocked the roads near Newry.")
    (s,) = _dates(nlp, text, "shot")
    assert s.start == "1968-10-05" and s.basis == "narrative"
    assert _dates(nlp, text, "blocked") == []


def test_a_date_of_the_paragraph_beats_the_section_time(nlp):
    text = "During the Troubles\n\nIn 1972, soldiers shot protesters in Derry."
    (s,) = _dates(nlp, text, "shot")
    assert (s.value, s.basis) == ("1972", "explicit")


def test_events_before_the_first_heading_get_no_section_time(nlp):
    text = "Gunmen attacked a bus near Quetta.\n\nDuring the Taliban regime\n\nRussia armed Massoud."
    assert _dates(nlp, text, "attacked") == []
    (s,) = _dates(nlp, text, "armed")
    assert (s.start, s.end) == ("1996-09-27", "2001-12-07")


def test_headings_of_an_html_page_date_their_sections(nlp):
    # trafilatura keeps each heading and paragraph on a line of its own (single line breaks)
    from eventlens.ingest.html import extract_html

    html = ("<html><head><title>Kosovo</title></head><body><article>"
            "<h1>Kosovo twenty years on</h1><p>Kosovo remains divided, and Serb officials "
            "still refuse to recognise the government in Pristina after all these years.</p>"
            "<h2>During the Yugoslav wars</h2><p>Serbian forces expelled Albanians from their "
            "homes. The 1974 constitution had given the province wide autonomy.</p>"
            "<h2>Talks and setbacks</h2><p>Violence broke out in the north and the police "
            "arrested dozens of people in Mitrovica.</p></article></body></html>")
    text, _ = extract_html(html, "page.html")
    assert "\nDuring the Yugoslav wars\n" in text
    doc = nlp(text)
    index = ground(doc)
    (s,) = index.for_trigger([t.i for t in doc if t.text == "expelled"][0])
    assert (s.start, s.end, s.basis) == ("1991-03-31", "2001-11-12", "narrative")
    assert index.for_trigger([t.i for t in doc if t.text == "arrested"][0]) == []
    assert index.for_trigger([t.i for t in doc if t.text == "refuse"][0]) == []


def test_a_publication_line_is_not_a_section_time(nlp):
    text = ("Congo and Rwanda sign a deal\n\nPublished 28 June 2025\n\n"
            "UN experts said that Rwandan troops were fighting alongside the rebels.")
    assert _dates(nlp, text, "fighting") == []
    dated = "Congo and Rwanda\n\nIn June 2025\n\nRwandan troops were fighting alongside the rebels."
    (s,) = _dates(nlp, dated, "fighting")
    assert (s.value, s.basis) == ("2025-06", "narrative")
