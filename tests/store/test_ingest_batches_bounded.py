"""Ingest batches end at a document count or a text budget, whichever comes first."""

from __future__ import annotations

from eventlens.records import Document, ReadError
from eventlens.store.ingest import _batches


def _doc(i: int, n: int) -> Document:
    return Document(doc_id=f"d{i}", text="x" * n)


def test_batches_end_at_the_document_count():
    items = [_doc(i, 10) for i in range(7)]
    assert [len(b) for b in _batches(items, 3)] == [3, 3, 1]


def test_batches_end_at_the_text_budget_and_carry_errors_along():
    items = [_doc(0, 60), ReadError("bad.txt", "empty file"), _doc(1, 50), _doc(2, 10),
             _doc(3, 200), _doc(4, 1)]
    batches = list(_batches(items, 10, max_chars=100))
    assert [[getattr(x, "doc_id", "err") for x in b] for b in batches] == [
        ["d0", "err", "d1"], ["d2", "d3"], ["d4"]]
