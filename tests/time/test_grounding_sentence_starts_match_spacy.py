"""`ground` looks sentences up from starts found once per document; they must be the
sentences spaCy gives (`token.sent`), for every token, also across heading lines."""

from __future__ import annotations

from datetime import date

from eventlens.time import ground
from eventlens.time.grounding import _sentence_starts

TEXT = ("Kabul Falls\n\nIn 1996 the Taliban took Kabul. Two years later they took Mazar. "
        "\"We will return,\" he said on Monday.\nAfter the withdrawal, talks began in Doha; "
        "the US signed a deal in February 2020 and left in August 2021.")


def test_sentence_starts_are_spacys(nlp):
    doc = nlp(TEXT)
    starts = _sentence_starts(doc)
    assert starts == [s.start for s in doc.sents]
    index = ground(doc, date(2021, 9, 1))
    for tok in doc:
        assert index._sentence(tok.i).start == tok.sent.start
        assert index._sentence(tok.i).end == tok.sent.end
    assert all(a.sent_start == doc[a.tokens[0]].sent.start for a in index.anchored)
    assert _sentence_starts(nlp("")) == [0]
