"""Removal of web-page furniture (comment forms, share lines, cookie notices) from text.

Whole lines are removed; every kept line is copied unchanged, so the cleaned text is the
article text itself and `Cleaned.to_original` maps an offset in it back to the input.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .cues import BoilerplateCues, boilerplate_cues

_TRIM = " \t:!.*|»›…-–—•·>"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Cleaned:
    """Text without boilerplate lines, and where its pieces stood in the input."""

    text: str
    removed: tuple[str, ...]  # the dropped lines, for messages and tests
    segments: tuple[tuple[int, int], ...]  # (offset in text, offset in input) of each kept run

    def to_original(self, offset: int) -> int:
        """The input offset of a character offset of the cleaned text."""
        if not self.segments:
            return offset
        i = max(bisect_right([s[0] for s in self.segments], offset) - 1, 0)
        clean_start, orig_start = self.segments[i]
        return orig_start + (offset - clean_start)


def normalise_line(line: str) -> str:
    """A line as the cue lists spell it: lower case, single spaces, no decoration."""
    return _SPACES.sub(" ", line).strip(_TRIM).lower()


def _matches(norm: str, exact: frozenset[str], patterns: tuple[re.Pattern[str], ...]) -> bool:
    return norm in exact or any(p.fullmatch(norm) for p in patterns)


def _is_furniture(line: str, cues: BoilerplateCues) -> bool:
    if len(line) > cues.max_line_chars:
        return False
    norm = normalise_line(line)
    return bool(norm) and _matches(norm, cues.lines, cues.patterns)


def _is_tail(line: str, cues: BoilerplateCues) -> bool:
    if len(line) > cues.max_line_chars:
        return False
    norm = normalise_line(line)
    return bool(norm) and _matches(norm, cues.tail_lines, cues.tail_patterns)


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, the end including its newline."""
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((start, start + len(line)))
        start += len(line)
    return spans


def _keep_flags(text: str, spans: list[tuple[int, int]], cues: BoilerplateCues) -> list[bool]:
    keep = [True] * len(spans)
    tail_from = len(text) * (1.0 - cues.tail_fraction)
    for i, (s, e) in enumerate(spans):
        line = text[s:e].rstrip("\r\n")
        # 1. a tail cue late in the text: the rest of the page is furniture
        if s >= tail_from and _is_tail(line, cues):
            keep[i:] = [False] * (len(spans) - i)
            break
        # 2. a furniture line anywhere: drop the line only
        if _is_furniture(line, cues) or _is_tail(line, cues):
            keep[i] = False
            # 3. and one blank line after it when a blank line precedes it (no gap left behind)
            prev_blank = i == 0 or not text[spans[i - 1][0]:spans[i - 1][1]].strip()
            if prev_blank and i + 1 < len(spans) and not text[slice(*spans[i + 1])].strip():
                keep[i + 1] = False
    return keep


def clean_text(text: str, cues: BoilerplateCues | None = None) -> Cleaned:
    """The text without boilerplate lines and without leading/trailing blank space."""
    cues = cues or boilerplate_cues()
    spans = _line_spans(text)
    keep = _keep_flags(text, spans, cues)
    pieces: list[str] = []
    segments: list[tuple[int, int]] = []
    removed: list[str] = []
    pos = 0
    for (s, e), k in zip(spans, keep, strict=True):
        if not k:
            if text[s:e].strip():
                removed.append(text[s:e].strip())
            continue
        if not segments or segments[-1][1] + (pos - segments[-1][0]) != s:
            segments.append((pos, s))
        pieces.append(text[s:e])
        pos += e - s
    return _strip(Cleaned("".join(pieces), tuple(removed), tuple(segments)))


def _strip(cleaned: Cleaned) -> Cleaned:
    """Drop leading and trailing whitespace, shifting the offset map accordingly."""
    text = cleaned.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    if lead == 0:
        return Cleaned(stripped, cleaned.removed, cleaned.segments)
    segs: list[tuple[int, int]] = []
    for clean_start, orig_start in cleaned.segments:
        if clean_start < lead:
            orig_start, clean_start = orig_start + (lead - clean_start), lead
        segs.append((clean_start - lead, orig_start))
    # keep only the last segment that starts at or before 0 plus those after it
    firsts = [i for i, (c, _) in enumerate(segs) if c <= 0]
    segs = segs[firsts[-1]:] if firsts else segs
    return Cleaned(stripped, cleaned.removed, tuple(segs))
