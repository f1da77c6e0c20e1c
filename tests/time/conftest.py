"""Time-stage fixtures: the spans a trigger word is dated by, through `ground`."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.time import ground

DCT = date(2024, 3, 1)


@pytest.fixture
def spans_at(nlp):
    """spans_at(text, word, nth=0, dct=DCT): `for_trigger` of the nth token spelled `word`."""

    def spans(text: str, word: str, nth: int = 0, dct: date | None = DCT):
        doc = nlp(text)
        hits = [t.i for t in doc if t.text == word]
        assert len(hits) > nth, f"{word!r} not in text"
        return ground(doc, dct).for_trigger(hits[nth])

    return spans
