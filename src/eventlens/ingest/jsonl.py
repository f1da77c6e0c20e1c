"""JSONL (one document per line) and JSON (an object or a list of objects) readers."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..records import Document, ReadError
from .decode import DecodeError, decode
from .documents import Context, Meta, build, iso_date

FIELDS = ("text", "id", "title", "date", "source", "url")
GIVE_UP = 5  # this many bad lines before any good one: the file is not JSONL at all


def _field(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    return None if value is None or value == "" else str(value)


def _record(obj: Any, where: str) -> tuple[str, Meta] | str:
    """(text, metadata) of one JSON value, or the reason it is not a document."""
    if not isinstance(obj, dict):
        return f"not a JSON object (got {type(obj).__name__})"
    if "text" not in obj:
        return 'no "text" field' + (f" (fields: {', '.join(sorted(obj))[:80]})" if obj else "")
    if not isinstance(obj["text"], str):
        return f'"text" is not a string (got {type(obj["text"]).__name__})'
    doc_id = obj.get("id")
    if isinstance(doc_id, (dict, list)):
        return f'"id" is not a string or number (got {type(doc_id).__name__})'
    meta = Meta(doc_id=_field(obj, "id"), title=_field(obj, "title"),
                date=iso_date(obj.get("date"), where), source=_field(obj, "source"),
                url=_field(obj, "url"))
    return obj["text"], meta


def _document(obj: Any, ctx: Context, path: str, default_id: str, line: int | None,
              ) -> Document | ReadError:
    """A Document of one JSON object; doc_id is its "id" field, else `default_id`."""
    where = f"{path}:{line}" if line is not None else path
    rec = _record(obj, where)
    if isinstance(rec, str):
        return ReadError(path, rec, line)
    text, meta = rec
    doc_id = meta.doc_id or default_id
    if doc_id in ctx.seen:
        return ReadError(path, f"duplicate id {doc_id!r} (first read from {ctx.seen[doc_id]}); "
                               "skipped", line)
    item = build(text, Meta(doc_id, meta.title, meta.date, meta.source, meta.url), ctx, path,
                 where, line)
    if isinstance(item, Document):
        ctx.seen[doc_id] = where
    return item


def _msg(exc: json.JSONDecodeError) -> str:
    """json's message without its dangling 'at' ("Unterminated string starting at")."""
    return exc.msg.removesuffix(" at").lower()


def _parse_line(raw: bytes, lineno: int) -> Any:
    """The JSON value of one line; raises ValueError with the one-line reason."""
    try:
        text = decode(raw) if lineno == 1 else raw.decode("utf-8")
    except (DecodeError, UnicodeDecodeError) as exc:
        if isinstance(exc, UnicodeDecodeError):
            exc = DecodeError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column "
                              f"{exc.start + 1})")
        raise ValueError(str(exc)) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON at column {exc.colno}: {_msg(exc)}") from exc


def read_jsonl_lines(lines: Iterable[bytes], ctx: Context, path: str,
                     stem: str) -> Iterator[Document | ReadError]:
    """One Document per good line; one ReadError per bad line (file:line and the reason)."""
    pending: list[ReadError] = []  # bad lines before the first good one
    good = False
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            item: Document | ReadError = _document(_parse_line(raw.strip(), lineno), ctx, path,
                                                   f"{stem}:{lineno}", lineno)
        except ValueError as exc:
            item = ReadError(path, str(exc), lineno)
        if good:
            yield item
            continue
        if isinstance(item, ReadError):
            pending.append(item)
            if len(pending) == GIVE_UP and _all_unparsable(pending):
                # a text file named .jsonl: one error for the file, not one per line
                yield ReadError(path, f"not JSONL: the first {GIVE_UP} lines are not JSON "
                                      f"objects (line {pending[0].line}: {pending[0].reason})")
                return
            continue
        good = True
        yield from pending
        yield item
    if not good:
        if pending:
            yield from pending
        else:
            yield ReadError(path, "empty file (no JSON lines)")


def _all_unparsable(errors: list[ReadError]) -> bool:
    return all(e.reason.startswith(("invalid JSON", "not valid", "not a JSON object"))
               for e in errors)


def read_json(data: str, ctx: Context, path: str, stem: str) -> Iterator[Document | ReadError]:
    """A .json file: one document object, or a list of them (numbered from 1)."""
    try:
        value = json.loads(data)
    except json.JSONDecodeError as exc:
        yield ReadError(path, f"invalid JSON at line {exc.lineno} column {exc.colno}: {_msg(exc)}")
        return
    if not isinstance(value, list):
        yield _document(value, ctx, path, stem, None)
        return
    for i, obj in enumerate(value, start=1):
        item = _document(obj, ctx, path, f"{stem}:{i}", None)
        yield ReadError(path, f"item {i}: {item.reason}") if isinstance(item, ReadError) else item
