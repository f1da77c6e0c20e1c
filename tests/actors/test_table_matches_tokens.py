"""The resolver's per-Doc token table gives the same values as spaCy's Token attributes,
and ActorIndex's quick lookups (`at` by year, `in_span`) agree with a plain scan."""

from __future__ import annotations

from eventlens.actors import resolve_actors
from eventlens.actors.table import Table

TEXT = ("KABUL \u2014 The Taliban\u2019s foreign minister, Amir Khan Muttaqi, met Russian "
        "officials in Moscow on Tuesday.  Kim Jong Un and Vladimir Putin signed a pact; the two "
        "leaders said it would last.\n\nRUSSIA INVADES UKRAINE, the headline read. "
        "Karzai said the country was \u201cready\u201d.")


def test_table_matches_token_attributes(nlp):
    doc = nlp(TEXT)
    t = Table(doc)
    assert t.n == len(doc) and t.doc_text == doc.text
    sents = {i: k for k, s in enumerate(doc.sents) for i in range(s.start, s.end)}
    for tok in doc:
        i = tok.i
        assert (t.text[i], t.lower[i], t.lemma[i], t.pos[i], t.tag[i], t.dep[i]) == (
            tok.text, tok.lower_, tok.lemma_, tok.pos_, tok.tag_, tok.dep_)
        assert (t.head[i], t.ent_type[i], t.ent_iob[i], t.idx[i], t.is_alpha[i]) == (
            tok.head.i, tok.ent_type_, tok.ent_iob_, tok.idx, tok.is_alpha)
        assert t.sent_start[i] == bool(tok.is_sent_start)
        assert t.children(i) == [c.i for c in tok.children]
        assert t.sent_of()[i] == sents[i]
    for start in range(len(doc) - 3):
        span = doc[start:start + 3]
        assert t.span_text(start, start + 3) == span.text
        assert t.end_char(start + 3) == span.end_char


def test_table_of_an_empty_doc(nlp):
    t = Table(nlp(""))
    assert t.n == 0 and t.doc_text == "" and t.sent_of() == [] and t.ents == ()


def test_index_lookups_agree_with_a_scan(nlp):
    doc = nlp(TEXT)
    index = resolve_actors(doc, year=2022)
    assert index.mentions
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 6) + 1):
            assert index.in_span(start, end) == [
                m for m in index.mentions if m.start < end and start < m.end]
        for year in (None, 1979, 2001, 2022):
            first = index.at(start, year=year, succession=True)
            again = index.at(start, year=year, succession=True)
            assert first == again
            covering = [m for m in index.mentions if m.start <= start < m.end]
            expected = covering[0].for_year(year, True) if covering else None
            assert first == expected
