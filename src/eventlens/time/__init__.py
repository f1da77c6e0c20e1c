"""Time expressions -> TIMEX3 values and event intervals.

Interface used by the pipeline and CLI (owned by the time stage):

    tag(text: str, dct: date | None = None) -> list[Timex]
    ground(doc: spacy Doc, dct: date | None = None) -> TimeIndex
    TimeIndex.for_trigger(token_i) -> list[TimeSpan]   # [] when undated
    TimeIndex.timexes -> list[Timex]

Rules and tables are data files in eventlens/data/time/ (docs/time.md).
"""

from __future__ import annotations

from .grounding import TimeIndex, ground
from .tagger import analyse, tag

__all__ = ["TimeIndex", "analyse", "ground", "tag"]
