"""Dependency children of the document being coded, each list built once.

Why: `token.children` walks the parse and builds a new Token for every child on each call;
the coder asks for the same tokens' children many times per trigger. Inside
`children_cache(doc)` (entered by `coder.code`), `kids(tok)` returns a list built on first
use for that document; outside it (or for another document) it walks the parse as before.
The cache is thread-local: documents coded in parallel threads never share one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Token

_local = threading.local()


class _Children:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_token: dict[int, list[Token]] = {}


@contextmanager
def children_cache(doc: Doc) -> Iterator[None]:
    previous = getattr(_local, "cache", None)
    _local.cache = _Children(doc)
    try:
        yield
    finally:
        _local.cache = previous


def kids(tok: Token) -> list[Token]:
    """`list(tok.children)`, in the same order (left children, then right ones)."""
    cache: _Children | None = getattr(_local, "cache", None)
    if cache is None or cache.doc is not tok.doc:
        return list(tok.children)
    found = cache.by_token.get(tok.i)
    if found is None:
        found = cache.by_token[tok.i] = list(tok.children)
    return found


def lefts(tok: Token) -> list[Token]:
    """`list(tok.lefts)`: the children before the token."""
    return [c for c in kids(tok) if c.i < tok.i]


def doc_memo(doc: Doc, key: str, build):  # type: ignore[no-untyped-def]
    """A value computed once per document being coded (inside `children_cache`); outside it,
    computed on every call."""
    cache: _Children | None = getattr(_local, "cache", None)
    if cache is None or cache.doc is not doc:
        return build()
    memo = cache.__dict__.setdefault("memo", {})
    if key not in memo:
        memo[key] = build()
    return memo[key]
