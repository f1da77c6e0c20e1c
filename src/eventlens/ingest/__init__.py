"""Readers: text, HTML, JSONL, directories, stdin -> Documents (boilerplate removed).

Interface (owned by the ingest stage):

    read_paths(paths, date=None, source=None) -> Iterator[Document | ReadError]
    document_from_text(text, doc_id=None, date=None, ...) -> Document
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Document, ReadError


def document_from_text(text: str, doc_id: str | None = None, date: str | None = None,
                       title: str | None = None, source: str | None = None,
                       url: str | None = None, path: str | None = None) -> Document:
    """A Document for raw text; doc_id defaults to a hash of the text."""
    if doc_id is None:
        doc_id = "doc_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return Document(doc_id=doc_id, text=text, title=title, published=date, source=source,
                    url=url, path=path)


def read_paths(paths: Iterable[str], date: str | None = None,
               source: str | None = None) -> Iterator[Document | ReadError]:
    """Stub until the ingest stage lands: plain .txt files only."""
    for p in paths:
        path = Path(p)
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for f in files:
            try:
                yield document_from_text(f.read_text("utf-8"), doc_id=f.stem, date=date,
                                         source=source, path=str(f))
            except (OSError, UnicodeDecodeError) as exc:
                yield ReadError(str(f), str(exc))
