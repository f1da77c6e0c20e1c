"""Per-document token attributes as plain Python lists, built once per `resolve_actors` call.

Why: `doc[i]`, iterating a Doc, `token.head`, `token.children` and `doc.ents` each build new
spaCy objects; the resolver asks for the same words thousands of times per article. One
`Doc.to_array` call and a string lookup per distinct value give the same values as the
Token attributes (`text`, `lower_`, `lemma_`, `pos_`, `tag_`, `dep_`, `head.i`, ...).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Span

_COLUMNS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE, ENT_IOB, SENT_START, IDX, IS_ALPHA,
            SPACY]
_IOB = ("", "I", "O", "B")  # Token.ent_iob_ by code


class Table:
    """Token attributes of one Doc by token index (read-only once built)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.n = n = len(doc)
        cols = doc.to_array(_COLUMNS).reshape(n, len(_COLUMNS)).T  # uint64, one row per attr
        strings = doc.vocab.strings
        (orth, lower, lemma, pos, tag, dep, head, ent_type, iob, sent_start, idx, alpha,
         space) = cols
        self.text: list[str] = _names(orth.tolist(), strings)
        # doc.text (Doc.text builds every Token anew on each access); a token's trailing
        # whitespace is one space or none
        self.doc_text = "".join([w + " " if sp else w
                                 for w, sp in zip(self.text, space.tolist(), strict=True)])
        self.lower: list[str] = _names(lower.tolist(), strings)
        self.lemma: list[str] = _names(lemma.tolist(), strings)
        self.pos: list[str] = _names(pos.tolist(), strings)
        self.tag: list[str] = _names(tag.tolist(), strings)
        self.dep: list[str] = _names(dep.tolist(), strings)
        # HEAD is an offset to the head, stored unsigned: as int64 negative offsets come back
        self.head: list[int] = (head.astype(numpy.int64) + numpy.arange(n)).tolist()
        self.ent_type: list[str] = _names(ent_type.tolist(), strings)
        self.ent_iob: list[str] = list(map(_IOB.__getitem__, iob.tolist()))
        # Token.is_sent_start is True only for 1 (-1 False, 0 unknown)
        self.sent_start: list[bool] = (sent_start == 1).tolist()
        self.idx: list[int] = idx.tolist()
        self.is_alpha: list[bool] = (alpha != 0).tolist()
        self.ents: tuple[Span, ...] = tuple(doc.ents)  # why: Doc.ents rebuilds Spans per access
        self._children: list[list[int]] | None = None
        self._sent_of: list[int] | None = None
        self._sent_starts: dict[int, int] | None = None
        self._persons: dict[int, Span] | None = None

    def children(self, i: int) -> list[int]:
        """Token.children of token `i` as indices, left to right."""
        if self._children is None:
            kids: list[list[int]] = [[] for _ in range(self.n)]
            for j, h in enumerate(self.head):
                if h != j:
                    kids[h].append(j)
            self._children = kids
        return self._children[i]

    def person_at(self, i: int) -> Span | None:
        """The PERSON entity covering token `i`, or None."""
        if self._persons is None:
            self._persons = {k: e for e in self.ents if e.label_ == "PERSON"
                             for k in range(e.start, e.end)}
        return self._persons.get(i)

    def span_text(self, start: int, end: int) -> str:
        """doc[start:end].text for a non-empty span."""
        return self.doc_text[self.idx[start]:self.end_char(end)]

    def end_char(self, end: int) -> int:
        """doc[start:end].end_char for a non-empty span."""
        return self.idx[end - 1] + len(self.text[end - 1])

    def sent_of(self) -> list[int]:
        """Sentence number of each token, as `doc.sents` numbers them (all 0 when the Doc has
        no sentence boundaries)."""
        if self._sent_of is None:
            out = [0] * self.n
            if "sents" in self.doc.user_hooks:  # why: a custom splitter decides, as in doc.sents
                for k, sent in enumerate(self.doc.sents):
                    out[sent.start:sent.end] = [k] * (sent.end - sent.start)
            elif self.n and self.doc.has_annotation("SENT_START"):
                # the number of sentence starts after the first token, up to each token
                out = list(accumulate(self.sent_start[1:], initial=0))
            self._sent_of = out
        return self._sent_of

    def sent_starts(self) -> dict[int, int]:
        """Sentence number -> its first token."""
        if self._sent_starts is None:
            sent_of = self.sent_of()
            starts: dict[int, int] = {}
            for i in range(self.n):
                if i == 0 or sent_of[i] != sent_of[i - 1]:  # a first token follows a change
                    starts.setdefault(sent_of[i], i)
            self._sent_starts = starts
        return self._sent_starts


_KNOWN: dict[int, str] = {}  # string hash -> string (fixed by the hash function: any Doc)


def _names(hashes: Sequence[int], strings) -> list[str]:
    """String values of a column of hashes: one StringStore lookup per new value."""
    known = _KNOWN
    try:
        return list(map(known.__getitem__, hashes))
    except KeyError:  # a word not seen before
        if len(known) > 500_000:
            known.clear()  # why: bounded memory over a long corpus
        for h in set(hashes).difference(known):
            known[h] = strings[h]
        return list(map(known.__getitem__, hashes))
