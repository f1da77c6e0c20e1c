"""A plain text's own publication date, from a date line near its top.

    text_date("Headline\\n\\nPublished 25 January 2025\\n\\nBody ...") -> "2025-01-25"

Only full dates count (day, month name and year, or YYYY-MM-DD): "Dec 3 (Reuters)" names no
year and is left to `--date`. The labels and limits are data (data/ingest/dateline.yaml).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from .cues import dateline_cues

# month names and their usual abbreviations are facts of the calendar, not cues
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:" + "|".join(calendar.day_name) + "|" + "|".join(calendar.day_abbr) + r")\.?,?\s+)?"
_DMY = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_NAMES})\.?,?\s+(?P<year>\d{{4}})"
_MDY = rf"(?P<month2>{_MONTH_NAMES})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}})"
_ISO = r"(?P<iso>\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
_DATE = rf"{_WEEKDAY}(?:{_DMY}|{_MDY}|{_ISO})"
# what may follow a labelled date: a time, a zone, a byline after a separator; not a sentence
_TAIL = r"(?:\s*(?:[,|\-–—•·(]|\bat\b|\bby\b|\d{1,2}[:.]\d{2}).*)?"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = dateline_cues()

    def labelled(labels: tuple[str, ...]) -> re.Pattern[str]:
        alts = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
        return re.compile(rf"^(?:{alts})\s*:?\s+{_DATE}{_TAIL}$", re.IGNORECASE)

    bare = re.compile(rf"^{_DATE}(?:\s*(?:[,|\-–—•·]|at)?\s*[\d:.]+\s*(?:[ap]\.?m\.?)?"
                      rf"\s*[A-Z]{{0,4}})?$", re.IGNORECASE)
    return labelled(cues.publication_labels), labelled(cues.modification_labels), bare


def _date_of(match: re.Match[str]) -> str | None:
    if match.group("iso"):
        text = match.group("iso")
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    day = match.group("day") or match.group("day2")
    year = match.group("year") or match.group("year2")
    month = _MONTHS[(match.group("month") or match.group("month2")).lower()]
    try:
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:  # 31 February: not a date
        return None


def text_date(text: str) -> str | None:
    """YYYY-MM-DD of the text's publication line, else of its update line, else None."""
    cues = dateline_cues()
    published, updated, bare = _patterns()
    lines = [x.strip() for x in text.splitlines()[:4 * cues.max_line] if x.strip()]
    fallback = None
    for line in lines[:cues.max_line]:
        if len(line) > cues.max_chars:
            continue
        for pattern in (published, bare):
            m = pattern.match(line)
            if m and (found := _date_of(m)):
                return found
        m = updated.match(line)
        if m and fallback is None:
            fallback = _date_of(m)
    return fallback
