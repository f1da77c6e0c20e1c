"""TIMEX3 values as intervals, and calendar arithmetic at a granularity.

A value names a calendar unit ("1979-12", "198", "2021-SP", "2020-W26"); `interval` turns it
into first/last day with a precision, then applies a TIMEX3 mod:
START/MID/END take the first/middle/last third of the unit ("late December 1979" ->
1979-12-21..1979-12-31); BEFORE/AFTER/ON_OR_BEFORE/ON_OR_AFTER open one end (see docs/time.md).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True)
class Interval:
    start: date | None
    end: date | None
    precision: str


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    """First day of month `first`, last day of month `last` (months past 12 roll over)."""
    y2, m2 = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), month_end(y2, m2)


_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$"), "day"),
    (re.compile(r"^(\d{4})-W(\d{2})(?:-\d)?$"), "week"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
    (re.compile(r"^(\d{2})$"), "century"),
]


@lru_cache(maxsize=4096)  # why: asked again and again for the same few values; all immutable
def base_interval(value: str | None, dct: date | None = None) -> Interval | None:
    """The calendar interval a TIMEX3 value names, or None (durations, X-values, refs)."""
    if not value:
        return None
    if value == "PRESENT_REF":
        return Interval(dct, dct, "day") if dct else None
    for regex, form in _FORMS:
        m = regex.match(value)
        if m:
            return _form_interval(form, m)
    return None


def _form_interval(form: str, m: re.Match[str]) -> Interval | None:
    try:
        if form == "day":
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Interval(d, d, "day")
        if form == "week":
            first = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Interval(first, first + timedelta(days=6), "day")
        if form == "season":
            a, b = SEASON_MONTHS[m[2]]
            return Interval(*_months(int(m[1]), a, b), "season")
        if form == "quarter":
            q = int(m[2])
            return Interval(*_months(int(m[1]), 3 * q - 2, 3 * q), "quarter")
        if form == "half":
            h = int(m[2])
            return Interval(*_months(int(m[1]), 6 * h - 5, 6 * h), "quarter")
        if form == "month":
            y, mo = int(m[1]), int(m[2])
            return Interval(date(y, mo, 1), month_end(y, mo), "month")
        if form == "year":
            y = int(m[1])
            return Interval(date(y, 1, 1), date(y, 12, 31), "year")
        if form == "decade":
            y = int(m[1]) * 10
            return Interval(date(y, 1, 1), date(y + 9, 12, 31), "decade")
        if form == "century":
            y = int(m[1]) * 100
            return Interval(date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century")
    except ValueError:
        return None
    return None


def apply_mod(iv: Interval, mod: str | None) -> Interval:
    """Narrow (START/MID/END) or open (BEFORE/AFTER/...) an interval for a TIMEX3 mod."""
    if iv.start is None or iv.end is None or not mod:
        return iv
    if mod in ("START", "MID", "END"):
        return Interval(*_third(iv.start, iv.end, mod, iv.precision), iv.precision)
    if mod == "AFTER":  # after X: from the end of X, open end ("after 9/11" -> 2001-09-11..)
        return Interval(iv.end, None, iv.precision)
    if mod == "ON_OR_AFTER":  # since X: from the start of X, open end
        return Interval(iv.start, None, iv.precision)
    if mod == "BEFORE":  # before X: open start, up to the start of X
        return Interval(None, iv.start, iv.precision)
    if mod == "ON_OR_BEFORE":  # until/by X: open start, up to the end of X
        return Interval(None, iv.end, iv.precision)
    return iv


def _third(start: date, end: date, mod: str, precision: str) -> tuple[date, date]:
    if precision == "month":  # days 1-10, 11-20, 21-end
        if mod == "START":
            return start, start.replace(day=10)
        if mod == "MID":
            return start.replace(day=11), start.replace(day=20)
        return start.replace(day=21), end
    if precision in ("decade", "century"):  # years: 0-3/4-6/7-9 of a decade, thirds of a century
        span = end.year - start.year + 1
        cut1, cut2 = start.year + round(span * 0.4) - 1, start.year + round(span * 0.7) - 1
        if mod == "START":
            return start, date(cut1, 12, 31)
        if mod == "MID":
            return date(cut1 + 1, 1, 1), date(cut2, 12, 31)
        return date(cut2 + 1, 1, 1), end
    if precision in ("year", "season", "quarter"):  # by months: thirds of the months covered
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        step = max(months // 3, 1)
        if mod == "START":
            return start, _add_months_end(start, step - 1)
        if mod == "MID":
            return _add_months(start, step), _add_months_end(start, 2 * step - 1)
        return _add_months(start, months - step), end
    return start, end


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    return date(total // 12, total % 12 + 1, 1)


def _add_months_end(d: date, n: int) -> date:
    first = _add_months(d, n)
    return month_end(first.year, first.month)


def shift(ref: date, unit: str, n: int) -> date:
    """`ref` moved by n units (Y, M, W, D, DE, CE, Q, FN; hours and less count as days)."""
    if unit == "Y":
        return _safe(ref.year + n, ref.month, ref.day)
    if unit == "DE":
        return _safe(ref.year + 10 * n, ref.month, ref.day)
    if unit == "CE":
        return _safe(ref.year + 100 * n, ref.month, ref.day)
    if unit in ("M", "Q"):
        k = n * (3 if unit == "Q" else 1)
        first = _add_months(ref, k)
        return _safe(first.year, first.month, ref.day)
    if unit == "W":
        return ref + timedelta(weeks=n)
    if unit == "FN":
        return ref + timedelta(days=14 * n)
    if unit == "D":
        return ref + timedelta(days=n)
    return ref  # H, MIN, S: same day


def _safe(y: int, m: int, d: int) -> date:
    return date(y, m, min(d, calendar.monthrange(y, m)[1]))


def value_at(d: date, unit: str) -> str:
    """The TIMEX3 value naming the `unit` that contains day d."""
    if unit in ("Y",):
        return f"{d.year:04d}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit in ("W", "FN"):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return d.isoformat()


def precision_of(value: str | None, dct: date | None = None) -> str:
    iv = base_interval(value, dct)
    return iv.precision if iv else "unknown"
