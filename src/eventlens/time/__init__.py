"""Time expressions -> TIMEX3 values and event intervals.

Interface used by the pipeline and CLI (owned by the time stage):

    tag(text: str, dct: date | None = None) -> list[Timex]
    ground(doc: spacy Doc, dct: date | None = None) -> TimeIndex
    TimeIndex.for_trigger(token_i) -> list[TimeSpan]   # [] when undated
    TimeIndex.timexes -> list[Timex]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from ..records import TimeSpan, Timex


@dataclass
class TimeIndex:
    timexes: list[Timex] = field(default_factory=list)

    def for_trigger(self, token_i: int) -> list[TimeSpan]:
        return []


def tag(text: str, dct: date | None = None) -> list[Timex]:
    """Stub until the time stage lands."""
    return []


def ground(doc: Doc, dct: date | None = None) -> TimeIndex:
    """Stub until the time stage lands."""
    return TimeIndex()
