"""Readers: text, HTML, JSONL/JSON, directories, stdin -> Documents (boilerplate removed).

    read_paths(paths, date=None, source=None) -> Iterator[Document | ReadError]
    document_from_text(text, doc_id=None, date=None, ...) -> Document

Every bad file (or JSONL line) becomes one ReadError naming it and the reason; the rest of
the batch goes on. Formats, doc_id rules, date precedence and messages: docs/ingest.md.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Document, ReadError
from ..settings import load_settings
from .boilerplate import Cleaned, clean_text
from .decode import DecodeError, binary_reason, declared_charset, decode, normalise_newlines
from .documents import Context, Meta, build, size_reason
from .html import extract_html, looks_like_html
from .jsonl import read_json, read_jsonl_lines
from .language import not_english_reason
from .walk import reader_for, walk

__all__ = ["Cleaned", "clean_text", "document_from_text", "not_english_reason", "read_paths"]

STDIN = "<stdin>"
BYTES_PER_CHAR = 4  # UTF-8 needs at most 4 bytes a character: a bigger file is surely too long


def document_from_text(text: str, doc_id: str | None = None, date: str | None = None,
                       title: str | None = None, source: str | None = None,
                       url: str | None = None, path: str | None = None,
                       clean: bool = True) -> Document:
    """A Document for raw text, boilerplate lines removed; doc_id defaults to a text hash."""
    if clean:
        text = clean_text(normalise_newlines(text)).text
    if doc_id is None:
        doc_id = "doc_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return Document(doc_id=doc_id, text=text, title=title, published=date, source=source,
                    url=url, path=path)


def read_paths(paths: Iterable[str], date: str | None = None, source: str | None = None,
               max_chars: int | None = None) -> Iterator[Document | ReadError]:
    """Documents of files, directories (recursively, sorted) and `-` (stdin), in order.

    `date` and `source` fill in for documents that state none of their own; `max_chars`
    defaults to the `max_doc_chars` setting.
    """
    limit = max_chars if max_chars is not None else load_settings().max_doc_chars
    ctx = Context(date=date, source=source, max_chars=limit)
    for p in paths:
        if p == "-":
            yield from _read_stdin(ctx)
        else:
            yield from _read_path(Path(p), ctx)


def _read_path(path: Path, ctx: Context) -> Iterator[Document | ReadError]:
    if not path.exists():
        yield ReadError(str(path), "no such file or directory")
    elif path.is_dir():
        found = False
        for f in walk(path):
            found = True
            yield from read_file(f, ctx, rel=f.relative_to(path))
        if not found:
            yield ReadError(str(path), "directory holds no files to read")
    else:
        yield from read_file(path, ctx)


def read_file(path: Path, ctx: Context, rel: Path | None = None) -> Iterator[Document | ReadError]:
    """The documents of one file (several for JSONL/JSON), or why it cannot be read."""
    name = str(path)
    kind = reader_for(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield ReadError(name, "empty file")
            return
        if kind != "jsonl" and size > ctx.max_chars * BYTES_PER_CHAR:
            yield ReadError(name, size_reason(size, ctx.max_chars, unit="bytes"))
            return
        if kind == "jsonl":
            yield from _read_jsonl_file(path, ctx)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(name, f"cannot read: {exc.strerror or exc}")
        return
    stem = ctx.free_id(path.stem, (rel or Path(path.name)).with_suffix("").as_posix())
    yield from _read_bytes(data, kind, ctx, name, stem)


def _read_bytes(data: bytes, kind: str | None, ctx: Context, name: str,
                stem: str) -> Iterator[Document | ReadError]:
    """Dispatch on the reader; unknown kinds are read as text when they decode as text."""
    reason = binary_reason(data)
    if reason:
        yield ReadError(name, reason)
        return
    try:
        text = normalise_newlines(decode(data, declared_charset(data) if kind == "html" else None))
    except (DecodeError, LookupError) as exc:
        yield ReadError(name, str(exc))
        return
    if kind is None:
        kind = "html" if looks_like_html(text) else "text"
    if kind == "json":
        yield from read_json(text, ctx, name, stem)
    elif kind == "html":
        yield _html_document(text, ctx, name, stem)
    else:
        yield _registered(build(text, Meta(doc_id=stem), ctx, name, name), ctx)


def _html_document(html: str, ctx: Context, name: str, stem: str) -> Document | ReadError:
    if len(html) > ctx.max_chars * BYTES_PER_CHAR:
        return ReadError(name, size_reason(len(html), ctx.max_chars))
    found = extract_html(html, name)
    if found is None:
        return ReadError(name, "no article text found in the HTML (broken or empty page)")
    text, meta = found
    meta = Meta(doc_id=stem, title=meta.title, date=meta.date, source=meta.source, url=meta.url)
    return _registered(build(normalise_newlines(text), meta, ctx, name, name), ctx)


def _registered(item: Document | ReadError, ctx: Context) -> Document | ReadError:
    if isinstance(item, Document):
        ctx.seen[item.doc_id] = item.path or item.doc_id
    return item


def _read_jsonl_file(path: Path, ctx: Context) -> Iterator[Document | ReadError]:
    with path.open("rb") as fh:
        reason = binary_reason(fh.read(65536))
        if reason:
            yield ReadError(str(path), reason)
            return
        fh.seek(0)
        yield from read_jsonl_lines(fh, ctx, str(path), path.stem)


def _read_stdin(ctx: Context) -> Iterator[Document | ReadError]:
    """Standard input: HTML, JSONL or plain text, told apart by its content."""
    data = sys.stdin.buffer.read()
    if not data.strip():
        yield ReadError(STDIN, "empty input")
        return
    if binary_reason(data) is None and _looks_like_jsonl(data):
        yield from read_jsonl_lines(data.splitlines(), ctx, STDIN, "stdin")
        return
    text_id = "stdin_" + hashlib.sha1(data).hexdigest()[:16]
    yield from _read_bytes(data, None, ctx, STDIN, text_id)


def _looks_like_jsonl(data: bytes) -> bool:
    first = next((line for line in data.splitlines() if line.strip()), b"")
    return first.lstrip(b"\xef\xbb\xbf \t").startswith(b"{") and first.rstrip().endswith(b"}")
