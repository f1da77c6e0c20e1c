"""The tagger scans lower-cased text with case-sensitive twins of its rules (speed). A twin
matches wherever its rule does (and maybe more: "mayor" for "may" once the leading \\b is
left out); the rule is tried at each hit, so the tagger finds exactly what the rules find,
with the text's own case; texts where lower-casing is unsafe fall back to the rules."""

from __future__ import annotations

import re

import pytest

from eventlens.time import data
from eventlens.time.tagger import _has, _having, _matches, _paragraph_starts

MIXED = ("ON MONDAY, 3 MARCH 2014, troops crossed; on monday they left. In the 1990s and the "
         "'80s, LAST WEEK, next Month, the First Quarter of 2015, Q3 2016, 2015-W07, "
         "two YEARS AGO, three weeks later, at 8 P.M. GMT, 10:30 am, 1:02:03, at Noon, "
         "every Tuesday, annually, TODAY, yesterday evening, in the Spring of 2003, "
         "the nineteenth century, 1992–95, in '09, the end of the year, 4/5/2011, "
         "Sept. 11, 2001, May 2013, in May, mid-JUNE 2012, Feb 28, the 21st of July. "
         "Mayor Decker's marchers counted 12019 votes, a2001b, x1990s and Q3x; "
         "thereafter the reformers met at noontime, nowadays and formerly.")


def _texts(seeds):
    texts = [MIXED, MIXED.upper(), MIXED.lower(), MIXED.swapcase()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(seeds.iterdir()) if p.is_file()]
    return texts


def test_every_rule_has_a_twin_that_finds_the_same_matches(seeds):
    rules = data.rules()
    assert all(r.twin is not None for r in rules)  # else the speed is lost, not the output
    for text in _texts(seeds):
        low = data.caseless_text(text)
        assert low is not None
        for rule in rules:
            got = [(m.span(), m.groupdict()) for m in _matches(rule.regex, rule.twin, text, low,
                                                                0, len(text))]
            want = [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)]
            assert got == want, rule.name
            if rule.needs is not None:
                assert _has(rule.needs, rule.needs_twin, text, low, 0, len(text)) == \
                    bool(rule.needs.search(text)), rule.name
                starts = _paragraph_starts(text)
                segments = list(zip(starts, starts[1:] + [len(text)], strict=True))
                assert _having(rule.needs, rule.needs_twin, text, low, segments) == \
                    [(a, b) for a, b in segments if rule.needs.search(text, a, b)], rule.name


@pytest.mark.parametrize("char", ["ſ", "\u212a", "ı", "İ"])
def test_letters_that_match_ascii_without_case_keep_the_rules(char):
    """"Thurſday" is "Thursday" to a case-insensitive rule, not to a lower-cased twin: such
    a text is scanned by the rules themselves."""
    word = {"ſ": "Thurſday", "\u212a": "\u212anow", "ı": "Frıday", "İ": "FRİDAY"}[char]
    text = f"It began on {word}."
    assert data.caseless_text(text) is None
    rx = re.compile(r"thursday|know|friday", re.I)
    twin = data.lowered_twin(rx)
    assert twin is not None and rx.search(text)
    if char != "\u212a":  # (the Kelvin sign lower-cases to "k": refused all the same)
        assert not twin.search(text.lower())
    assert [m.span() for m in _matches(rx, twin, text, None, 0, len(text))] == \
        [m.span() for m in rx.finditer(text)]


def test_accented_letters_keep_the_twins():
    assert data.caseless_text("Pérez said on 3 March 2015 – “fine”.") is not None


def test_patterns_lower_casing_could_change_are_refused():
    for src in (r"\S+ 2014", r"[A-z]+", r"(?-i:May)", r"\x41pril", r"(?P<Year>\d{4})"):
        assert data.lowered_twin(re.compile(src, re.I)) is None, src
    assert data.lowered_twin(re.compile(r"May", 0)) is None  # already case-sensitive
    twin = data.lowered_twin(re.compile(r"\b(?P<month>May|June) [A-Z0-9]+\b", re.I))
    assert twin is not None and twin.pattern == r"\b(?P<month>may|june) [a-z0-9]+\b"


def test_named_anchors_are_found_through_their_twin_as_by_their_regex(seeds):
    """Exact-case aliases ("Troubles") hit in the twin in any case; only the regex's own
    matches are kept."""
    rx, table = data.anchor_regex()
    twin = data.anchor_twin()
    assert twin is not None
    aliases = " and ".join(sorted(table)[:40])
    texts = _texts(seeds) + [
        "During the Troubles, the troubles of THE TROUBLES grew; after 9/11 and 9/11/2001.",
        aliases, aliases.upper(), aliases.title(),
    ]
    for text in texts:
        low = data.caseless_text(text)
        got = [(m.span(), m.group("alias")) for m in _matches(rx, twin, text, low, 0, len(text))]
        want = [(m.span(), m.group("alias")) for m in rx.finditer(text)]
        assert got == want
    troubles = "During the Troubles, the troubles grew."
    assert [m.group(0) for m in _matches(rx, twin, troubles, troubles.lower(), 0,
                                         len(troubles))] == ["the Troubles"]
