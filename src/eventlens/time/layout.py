"""Paragraphs and section headings of a document's raw text (no parse needed).

The narrative reference time lives in a paragraph, and a section heading starts a new
story: its time (if it names one) is the section's reference time. Scraped articles keep
a heading as a line of its own — after a blank line in plain text, after a single line
break in trafilatura's output — and the parser often runs it into the next sentence, so
headings are found on the lines of the text:

 1. a line of at most `MAX_WORDS` words and `MAX_CHARS` characters, with a letter in it,
    starting with a capital letter, a digit or a quotation mark;
 2. not ending like a sentence or a clause ( . ! ? ; : , and dashes) nor with a function
    word ("and", "of", "the": a hard-wrapped sentence goes on);
 3. standing alone: the line before is blank, the start of the text, a heading (a title
    and its subtitle) or ends a sentence, and the next non-blank line starts with a capital letter, a digit or a quotation mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MAX_WORDS = 14
MAX_CHARS = 110
_SENTENCE_END = re.compile(r"[.!?;:,\-–—]\s*[\"”’)]?\s*$")
_ENDS_SENTENCE = re.compile(r"[.!?:\"”’)]\s*$")
_STARTS_CAPITAL = re.compile(r"^\s*[\"“‘'(]?[A-Z0-9]")
_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of to in on at by for with from as that which who whose "
    "whom than into onto over under about after before since while when where its their "
    "his her our your my this these those is are was were be been has have had".split())
_PARA = re.compile(r"\n[ \t\r]*\n|(?<=[.!?:\"”’)])[ \t]*\r?\n")


@dataclass(frozen=True)
class Layout:
    paragraphs: tuple[int, ...]  # character offsets where paragraphs start (0 first)
    headings: tuple[tuple[int, int], ...]  # (start, end) of each heading line


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_heading(text: str, lines: list[tuple[int, int]], k: int, after_heading: bool) -> bool:
    a, b = lines[k]
    line = text[a:b].strip()
    words = line.split()
    if not words or len(words) > MAX_WORDS or len(line) > MAX_CHARS:
        return False
    if not any(ch.isalpha() for ch in line) or not _STARTS_CAPITAL.match(line):
        return False
    if _SENTENCE_END.search(line) or words[-1].lower() in _FUNCTION_WORDS:
        return False
    if k > 0:
        prev = text[lines[k - 1][0]:lines[k - 1][1]].strip()
        if prev and not _ENDS_SENTENCE.search(prev) and not after_heading:
            return False  # the middle of a hard-wrapped paragraph
    for c, d in lines[k + 1:]:
        nxt = text[c:d].strip()
        if nxt:
            return bool(_STARTS_CAPITAL.match(nxt))
    return True  # a last line ("The End")


@lru_cache(maxsize=8)
def layout(text: str) -> Layout:
    """Paragraph starts and heading lines of `text` (offsets into it)."""
    lines = _lines(text)
    found: list[tuple[int, int]] = []
    previous = False
    for k, (a, b) in enumerate(lines):
        previous = _is_heading(text, lines, k, previous)
        if previous:
            line = text[a:b]
            found.append((a + len(line) - len(line.lstrip()), a + len(line.rstrip())))
    headings = tuple(found)
    starts = {0} | {m.end() for m in _PARA.finditer(text)}
    for a, b in headings:  # a heading is a paragraph of its own
        starts.add(a)
        if b < len(text):
            starts.add(b)
    return Layout(tuple(sorted(s for s in starts if s <= len(text))), headings)


def section_of(lay: Layout, char: int) -> int:
    """Index of the section holding `char`: the number of headings started before it
    (0: before the first heading)."""
    return sum(1 for a, _ in lay.headings if a <= char)


def in_heading(lay: Layout, start: int) -> bool:
    return any(a <= start < b for a, b in lay.headings)
