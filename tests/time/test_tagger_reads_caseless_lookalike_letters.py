"""Letters that case-insensitive `re` takes for ASCII ones ("ſ" long s, Kelvin sign "K",
dotless "ı", dotted "İ") and any dash in a named anchor: the rules match them, so their
words must be looked up by their ASCII spelling, never crash the tagger or the grounding."""

from __future__ import annotations

import itertools
from datetime import date

from eventlens.time import ground, tag

TEXT = ("In late December 1979 the Soviet Union invaded. Since the fall of the Berlin Wall and "
        "after 9/11, on Sunday 3 March 2013, last week, two weeks ago, the following year, in the "
        "spring of 2021, every Friday, at 8 p.m., five years later, the 1990s, Thursday, tonight, "
        "recently, since then, in mid-July, by the end of the year, at that time, about three "
        "years. The Iraq war. Last Tuesday. Sept. 4, 2001. Week 26 of 2020.")
LOOKALIKES = {"s": "\u017f", "k": "\u212a", "K": "\u212a", "i": "\u0131", "I": "\u0130"}


def test_long_s_in_a_month_name_is_read_as_the_month():
    (t,) = tag("It began in Augu\u017ft 2014")
    assert (t.text, t.value) == ("Augu\u017ft 2014", "2014-08")


def test_every_lookalike_spelling_tags_like_the_ascii_text():
    dct = date(2024, 3, 1)
    plain = [(t.start, t.end, t.value, t.mod) for t in tag(TEXT, dct)]
    assert len(plain) >= 20
    for r in (1, 2, 3):
        for letters in itertools.combinations(LOOKALIKES, r):
            odd = TEXT
            for c in letters:
                odd = odd.replace(c, LOOKALIKES[c])
            assert len(odd) == len(TEXT)
            got = [(t.start, t.end, t.value, t.mod) for t in tag(odd, dct)]
            assert got == plain, letters
            assert all(t.value is None or t.value for t in tag(odd))  # no DCT: no crash either


def test_any_dash_in_a_named_anchor_finds_the_anchor():
    for dash in "-\u2013\u2014":
        (t,) = tag(f"They fought in the Soviet{dash}Afghan war.")
        assert t.value == "1979-12" and t.anchor == "anchor", dash


def test_grounding_survives_lookalike_letters_in_signals_and_shift_cues(nlp):
    text = ("Rebels took the town in Augu\u017ft 2014. \u017fince then, the army has "
            "besieged it. After 9/11, aid came.")
    doc = nlp(text)
    index = ground(doc, date(2015, 1, 1))
    took = next(t.i for t in doc if t.text == "took")
    (s,) = index.for_trigger(took)
    assert (s.start, s.end) == ("2014-08-01", "2014-08-31")
    for tok in doc:
        index.for_trigger(tok.i)
