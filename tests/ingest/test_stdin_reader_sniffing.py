"""`-` reads standard input and tells JSONL, HTML and plain text apart by content."""

from __future__ import annotations

import io
import json
import sys

from eventlens.ingest import read_paths
from eventlens.records import Document, ReadError

TEXT = ("Saudi Arabia and Iran agreed in Beijing on 10 March 2023 to resume diplomatic "
        "relations, seven years after Saudi Arabia broke off ties.")


def _stdin(monkeypatch, data: bytes) -> list[Document | ReadError]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    return list(read_paths(["-"], date="2023-03-11"))


def test_stdin_plain_text_is_one_document_with_a_hash_id(monkeypatch):
    [doc] = _stdin(monkeypatch, (TEXT + "\n\nLeave a Reply\n").encode())
    assert isinstance(doc, Document)
    assert doc.doc_id.startswith("stdin_") and doc.text == TEXT
    assert (doc.path, doc.published) == ("<stdin>", "2023-03-11")


def test_stdin_jsonl_gives_one_document_per_line(monkeypatch):
    lines = [json.dumps({"id": "a", "text": TEXT}), json.dumps({"text": TEXT + " Again."})]
    docs = _stdin(monkeypatch, "\n".join(lines).encode())
    assert [d.doc_id for d in docs] == ["a", "stdin:2"]  # type: ignore[union-attr]


def test_stdin_html_goes_through_trafilatura(monkeypatch):
    page = (f"<!DOCTYPE html><html><head><title>Deal</title></head><body><nav>Home</nav>"
            f"<article><p>{TEXT}</p></article></body></html>")
    [doc] = _stdin(monkeypatch, page.encode())
    assert isinstance(doc, Document) and doc.title == "Deal" and doc.text.endswith(TEXT)


def test_stdin_binary_and_empty_are_reported(monkeypatch):
    [err] = _stdin(monkeypatch, b"%PDF-1.4\n\x00\x01")
    assert isinstance(err, ReadError) and err.path == "<stdin>"
    assert err.reason.startswith("binary file (PDF document")
    [err] = _stdin(monkeypatch, b"  \n")
    assert str(err) == "<stdin>: empty input"
