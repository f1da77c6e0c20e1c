"""A news article of our own about other conflicts (not a seed): the dating cascade on
the kind of text eventlens meets in the wild, with a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.time import ground

ARTICLE = """KYIV, Ukraine — Russian forces launched a wave of missile strikes on Tuesday, officials said, days after Moscow warned it would respond to the sinking of its flagship in April.

The war began on Feb. 24, 2022, when Russian troops crossed the border from Belarus. Within weeks they had reached the outskirts of Kyiv, but by the end of March they withdrew. In September, Ukraine recaptured much of the Kharkiv region.

Since the annexation of Crimea in 2014, the two countries have fought in the Donbas. Over the past eight years, more than 14,000 people died.

Ethiopia's civil war erupted in November 2020. A truce signed on 2 November 2022 in Pretoria ended two years of fighting. Aid deliveries resumed weeks later.
"""

EXPECTED = [  # trigger, start, end, basis
    ("launched", "2022-10-11", "2022-10-11", "relative"),
    ("crossed", "2022-02-24", "2022-02-24", "explicit"),
    ("withdrew", None, "2022-03-31", "narrative"),
    ("recaptured", "2022-09-01", "2022-09-30", "narrative"),
    ("died", "2014-10-11", "2022-10-11", "relative"),
    ("erupted", "2020-11-01", "2020-11-30", "explicit"),
    ("signed", "2022-11-02", "2022-11-02", "explicit"),
    ("resumed", "2022-11-02", None, "narrative"),
]


@pytest.fixture(scope="module")
def article(nlp):
    doc = nlp(ARTICLE)
    return doc, ground(doc, date(2022, 10, 11))


@pytest.mark.parametrize("word,start,end,basis", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_unseen_article_events_are_dated(article, word, start, end, basis):
    doc, index = article
    (tok,) = [t for t in doc if t.text == word]
    (s,) = index.for_trigger(tok.i)
    assert (s.start, s.end, s.basis) == (start, end, basis)


def test_the_war_begins_on_its_day_not_the_publication_date(article):
    doc, index = article
    (tok,) = [t for t in doc if t.text == "began"]
    (s,) = index.for_trigger(tok.i)
    assert s.start == "2022-02-24" and s.basis == "explicit"
