"""The example corpus reads cleanly: nine English articles, dated where the format allows."""

from __future__ import annotations

from eventlens.ingest import read_paths
from eventlens.records import Document

FURNITURE = ("Leave a Reply", "Please enter", "Your email address", "Share this", "Share on",
             "Subscribe", "Follow us", "The End", "Related articles", "Related posts", "cookies")


def test_examples_read_as_nine_documents_without_errors(examples):
    docs = list(read_paths([str(examples)]))
    assert all(isinstance(d, Document) for d in docs), [str(d) for d in docs]
    assert len(docs) == 9
    assert "README" not in {d.doc_id for d in docs}  # type: ignore[union-attr]


def test_examples_have_no_furniture_left(examples):
    for doc in read_paths([str(examples)]):
        assert isinstance(doc, Document)
        for cue in FURNITURE:
            assert cue not in doc.text, (doc.doc_id, cue)


def test_examples_html_and_jsonl_carry_their_own_dates(examples):
    docs = {d.doc_id: d for d in read_paths([str(examples)])}  # type: ignore[union-attr]
    dated = {k: d.published for k, d in docs.items() if d.published}
    assert dated == {
        "balakot_strike_pakistan_2019": "2019-02-27",
        "ethiopia_pretoria_agreement_2022": "2022-11-03",
        "grain-deal-signed-2022": "2022-07-22",
        "grain-deal-ends-2023": "2023-07-17",
        "saudi-iran-deal-2023": "2023-03-11",
    }
