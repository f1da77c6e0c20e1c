"""Recognise time expressions with the rules of data/time/patterns.json and normalise them
to TIMEX3 values, resolving deictic expressions against the document creation time (DCT)
and anaphoric ones against the story's reference time.

Cascade, per document:
 1. every rule and every named anchor proposes matches (regexes over raw text: fast);
 2. invalid proposals are dropped (lower-case month/weekday names, "may" without a time
    preposition, "1995 soldiers"), then the longest match wins, ties to the earlier rule;
 3. modifiers around a match are folded in ("late December 1979" -> mod END);
 4. left to right, each match is normalised by its rule's handler; the reference time
    (last resolved date in the paragraph) moves as dates are met.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..records import TimeSpan, Timex
from . import data
from .layout import layout
from .values import Interval, apply_mod, base_interval, shift, value_at

UNIT_CODES = {"S": "S", "MIN": "MIN", "H": "H", "D": "D", "W": "W", "FN": "FN", "M": "M",
              "Q": "Q", "Y": "Y", "DE": "DE", "CE": "CE"}
SHORT_UNITS = ("S", "MIN", "H")


@dataclass(frozen=True)
class Found:
    """A recognised and normalised time expression (internal, richer than Timex)."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    rule: str
    mod: str | None = None
    basis: str = "explicit"  # explicit, relative, narrative (see docs/time.md)
    interval: Interval | None = None
    anchored: bool = False  # a named anchor ("9/11")

    def timex(self) -> Timex:
        anchor = "anchor" if self.anchored else self.basis
        return Timex(text=self.text, start=self.start, end=self.end, type=self.type,
                     value=self.value, mod=self.mod, anchor=anchor)

    def span(self, dct: date | None = None, mod: str | None = None,
             basis: str | None = None) -> TimeSpan | None:
        """This expression as a dated interval (None when it names no calendar time)."""
        iv = self.interval or base_interval(self.value, dct)
        if iv is None:
            return None
        iv = apply_mod(iv, self.mod if self.mod in ("START", "MID", "END") else None)
        if mod:
            iv = apply_mod(iv, mod)
        return TimeSpan(start=iv.start.isoformat() if iv.start else None,
                        end=iv.end.isoformat() if iv.end else None, precision=iv.precision,
                        text=self.text, basis=basis or self.basis, value=self.value,
                        mod=mod or self.mod)


@dataclass
class _Ctx:
    text: str
    dct: date | None
    ref: Found | None  # last resolved date of this paragraph
    story_ref: Found | None  # last resolved date of the text so far (any paragraph)
    future: bool  # the sentence speaks of the future ("will", "next", ...)


# ---------------------------------------------------------------- recognition


@dataclass(frozen=True)
class _Proposal:
    start: int
    end: int
    order: int
    rule: data.Rule | None
    match: re.Match[str]


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern[str]]:
    lex = data.lexicon()
    alt = data.alternation
    return {
        "mod_before": re.compile(r"(?:^|(?<=[\s(\"']))(?P<mod>" + alt(list(lex["modifiers"]))
                                 + r")(?:-|\s+|-\s*)(?:the\s+)?$", re.I),
        "qty_before": re.compile(r"(?:^|(?<=[\s(\"']))(?P<q>" + alt(list(lex["quantity_modifiers"]))
                                 + r")\s+$", re.I),
        "future": re.compile(r"(?<![\w'])" + alt(lex["future_cues"]) + r"(?!\w)", re.I),
        "month_ctx": re.compile(r"(?:^|\s)" + alt(lex["context_before_month"])
                                + r"[\s-]+$", re.I),
        "year_before": re.compile(r"(?:^|\s)" + alt(lex["year_blockers_before"]) + r"\s*$", re.I),
        "year_after": re.compile(r"^\s+" + alt(lex["year_blockers_after"]) + r"\b", re.I),
        "age_after": re.compile(r"^[\s-]+" + alt(lex["age_after"]) + r"\b", re.I),
        "age_before": re.compile(r"(?:^|\s)" + alt(lex["age_before"]) + r"(?:\s+[\w.]+)?\s+$", re.I),
        "sent_end": re.compile(r"[.!?](?=[\s\"”’)]+[A-Z\"“‘(]|\s*$)|\n\s*\n"),
    }


def _proposals(text: str) -> list[_Proposal]:
    out: list[_Proposal] = []
    rules = data.rules()
    starts = _paragraph_starts(text)
    segments = list(zip(starts, starts[1:] + [len(text)], strict=True))
    present: dict[str, list[tuple[int, int]]] = {}  # needs pattern -> paragraphs having it
    low = data.caseless_text(text)  # why: lower-cased twins of the rules scan it faster
    for order, rule in enumerate(rules):
        if rule.needs is None:
            where = [(0, len(text))]
        else:
            key = rule.needs.pattern
            if key not in present:
                present[key] = _having(rule.needs, rule.needs_twin, text, low, segments)
            where = present[key]
        for a, b in where:
            for m in _matches(rule.regex, rule.twin, text, low, a, b):
                if m.end() > m.start() and _valid(rule, m, text):
                    out.append(_Proposal(m.start(), m.end(), order, rule, m))
    anchor_rx, _ = data.anchor_regex()
    for m in _matches(anchor_rx, data.anchor_twin(), text, low, 0, len(text)):
        out.append(_Proposal(m.start(), m.end(), -1, None, m))  # anchors beat rules on ties
    return out


def _having(rx: re.Pattern[str], twin: re.Pattern[str] | None, text: str, low: str | None,
            segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The segments (a, b) of the text in which `rx` matches (see `_has`)."""
    if twin is None or low is None:
        return [(a, b) for a, b in segments if rx.search(text, a, b)]
    search = twin.search
    # why: one twin search per segment, its first hit nearly always `rx`'s; `_has` if not
    return [(a, b) for a, b in segments if (lm := search(low, a, b)) is not None
            and (rx.match(text, lm.start(), b) or _has(rx, twin, text, low, lm.start() + 1, b))]


def _has(rx: re.Pattern[str], twin: re.Pattern[str] | None, text: str, low: str | None,
         a: int, b: int) -> bool:
    """Does `rx` match in text[a:b]? Where there is a twin (it matches wherever `rx` does),
    `rx` is only tried at the twin's hits."""
    if twin is None or low is None:
        return rx.search(text, a, b) is not None
    pos = a
    while (lm := twin.search(low, pos, b)) is not None:
        if rx.match(text, lm.start(), b):
            return True
        pos = lm.start() + 1
    return False


def _matches(rx: re.Pattern[str], twin: re.Pattern[str] | None, text: str, low: str | None,
             a: int, b: int) -> list[re.Match[str]]:
    """`rx.finditer(text, a, b)`, found faster: `twin` (over the lower-cased text) matches
    wherever `rx` does, so `rx` need only be tried where the twin matches, left to right;
    the matches are `rx`'s own (its spans, groups and the text's case)."""
    if twin is None or low is None:
        return list(rx.finditer(text, a, b))
    out = []
    pos = a
    while (lm := twin.search(low, pos, b)) is not None:
        m = rx.match(text, lm.start(), b)
        if m is None:  # the twin may match more ("troubles" for "=Troubles")
            pos = lm.start() + 1
            continue
        if m.end() == m.start():  # why: finditer has its own rules after an empty match
            return list(rx.finditer(text, a, b))
        out.append(m)
        pos = m.end()
    return out


@lru_cache(maxsize=8)
def _chosen(text: str) -> tuple[_Proposal, ...]:
    """The selected matches of a text, kept (why: `ground` tags a text twice, the second time
    with blocked reference dates, and matching does not depend on them)."""
    return tuple(_select(_proposals(text)))


def _select(props: list[_Proposal]) -> list[_Proposal]:
    """Longest non-overlapping matches; ties go to anchors, then the earlier rule."""
    chosen: list[_Proposal] = []
    taken: list[tuple[int, int]] = []
    for p in sorted(props, key=lambda p: (-(p.end - p.start), p.order, p.start)):
        if all(p.end <= a or p.start >= b for a, b in taken):
            chosen.append(p)
            taken.append((p.start, p.end))
    return sorted(chosen, key=lambda p: p.start)


def _valid(rule: data.Rule, m: re.Match[str], text: str) -> bool:
    """Cheap checks that need no reference time (why: names that are also words)."""
    groups = m.groupdict()
    rx = _regexes()
    month = groups.get("month")
    if month:
        key = month.lower().rstrip(".")
        if not month[0].isupper():
            return False  # "march", "may": verbs unless capitalised
        if rule.handler == "month":
            if len(key) <= 4 and key not in ("may", "june", "july"):
                return False  # bare "Jan", "Dec": names, not months
            if not rx["month_ctx"].search(text[max(0, m.start() - 20):m.start()]):
                return False  # a bare month needs a time word before it ("in May", "by June")
    weekday = groups.get("weekday")
    if weekday and not weekday[0].isupper():
        return False
    if rule.handler == "year" and groups.get("year"):
        if rx["year_before"].search(text[max(0, m.start() - 12):m.start()]):
            return False  # "Resolution 1973", "flight 2013"
        if rx["year_after"].search(text[m.end():m.end() + 20]):
            return False  # "1995 soldiers"
    if rule.handler == "duration" and (rx["age_after"].match(text[m.end():m.end() + 16])
                                       or rx["age_before"].search(text[max(0, m.start() - 16):m.start()])):
        return False  # an age ("14 years old", "children aged 6 months"), not a time
    if rule.handler == "duration" and groups.get("unit", "").lower().startswith("second") and \
            groups.get("qty", "").lower() in ("a", "an"):
        return False  # "a second term"
    return True


# ---------------------------------------------------------------- normalisation helpers


def _num(word: str | None) -> tuple[float, float] | None:
    """A quantity as (low, high): "three" -> (3, 3), "a few" -> (2, 5)."""
    if not word:
        return None
    lex = data.lexicon()
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w in lex["vague_numbers"]:
        lo, hi = lex["vague_numbers"][w]
        return float(lo), float(hi)
    if w in lex["numbers"]:
        v = float(lex["numbers"][w])
        return v, v
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in lex["numbers"] and parts[1] in lex["numbers"]:
        v = float(lex["numbers"][parts[0]] + lex["numbers"][parts[1]])
        return v, v
    try:
        v = float(w.replace(",", ""))
        return v, v
    except ValueError:
        return None


def _unit(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w.startswith("centur"):
        return "CE"
    w = w[:-1] if w.endswith("s") else w
    code = data.lexicon()["units"].get(w)
    return UNIT_CODES.get(code) if code else None


def _month(word: str | None) -> int | None:
    return data.lexicon()["months"].get(word.lower().rstrip(".")) if word else None


def _weekday(word: str | None) -> int | None:
    return data.lexicon()["weekdays"].get(word.lower()) if word else None


def _part(word: str | None) -> str | None:
    return data.lexicon()["parts_of_day"].get(word.lower()) if word else None


def _year2(yy: str, dct: date | None) -> int:
    """A two-digit year: the century that puts it closest to (not far after) the DCT."""
    y = int(yy)
    now = (dct.year if dct else 2000) % 100
    return 2000 + y if y <= now + 5 else 1900 + y


def _day_of(found: Found | None) -> date | None:
    """The single day a reference names, if it names one."""
    if found is None:
        return None
    iv = found.interval or base_interval(found.value)
    if iv and iv.start and iv.end and iv.start == iv.end:
        return iv.start
    return None


def _ref_date(found: Found | None) -> Interval | None:
    if found is None:
        return None
    return found.interval or base_interval(found.value)


def _duration_value(n: float | None, unit: str) -> str:
    """P6W, PT3H, P10Y ("a decade"), PXY when the number is vague."""
    num = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit in SHORT_UNITS:
        return f"PT{num}{'M' if unit == 'MIN' else unit}"
    if unit in ("DE", "CE", "Q", "FN"):
        if n is None:
            return {"DE": "PXDE", "CE": "PXCE", "Q": "PXQ", "FN": "PXW"}[unit]
        factor, code = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "FN": (14, "D")}[unit]
        total = n * factor
        return f"P{int(total) if float(total).is_integer() else total}{code}"
    return f"P{num}{unit}"


# ---------------------------------------------------------------- handlers

Result = tuple[str | None, str, str | None, str] | None  # value, type, mod, basis


def _h_ymd(g: dict[str, Any], ctx: _Ctx) -> Result:
    month = int(g["mnum"]) if g.get("mnum") else _month(g.get("month"))
    day = int(g["dnum"]) if g.get("dnum") else int(re.sub(r"\D", "", g["day"]))
    if not month:
        return None
    year: int | None
    if g.get("year"):
        year = int(g["year"]) if len(g["year"]) == 4 else _year2(g["year"], ctx.dct)
        basis = "explicit"
    else:
        year, basis = _year_for_day(month, day, ctx)
    if year is None:
        return (None, "DATE", None, "none")
    try:
        d = date(year, month, day)
    except ValueError:
        return (None, "DATE", None, "none")
    return (d.isoformat(), "DATE", None, basis)


def _year_for_month(month: int, ctx: _Ctx, day: int = 1) -> tuple[int | None, str]:
    """The year of a month named without one: the paragraph's story year, else the DCT's
    (the last such month for past talk, the next for future talk)."""
    ref = _ref_date(ctx.ref)
    if ref and ref.start and ref.precision in ("day", "month", "year", "season", "quarter"):
        return ref.start.year, "narrative"
    if ctx.dct is None:
        return None, "none"
    y = ctx.dct.year
    here = (month, day)
    now = (ctx.dct.month, ctx.dct.day)
    if ctx.future:
        return (y if here >= now or month == ctx.dct.month else y + 1), "relative"
    return (y if here <= now or month == ctx.dct.month else y - 1), "relative"


def _year_for_day(month: int, day: int, ctx: _Ctx) -> tuple[int | None, str]:
    """The year of a day named without one ("Feb. 28"): the paragraph's story year, else
    the occurrence nearest the DCT (a named day is rarely more than half a year away)."""
    ref = _ref_date(ctx.ref)
    if ref and ref.start and ref.precision in ("day", "month", "year", "season", "quarter"):
        return ref.start.year, "narrative"
    if ctx.dct is None:
        return None, "none"
    best = None
    for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            gap = abs((date(y, month, min(day, 28 if month == 2 else day)) - ctx.dct).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, y)
    return (best[1] if best else None), "relative"


def _h_ym(g: dict[str, Any], ctx: _Ctx) -> Result:
    month = _month(g["month"])
    return (f"{int(g['year']):04d}-{month:02d}", "DATE", None, "explicit")


def _h_month(g: dict[str, Any], ctx: _Ctx) -> Result:
    month = _month(g["month"])
    if not month:
        return None
    year, basis = _year_for_month(month, ctx)
    if year is None:
        return (None, "DATE", None, "none")
    return (f"{year:04d}-{month:02d}", "DATE", None, basis)


def _h_dir_month(g: dict[str, Any], ctx: _Ctx) -> Result:
    month = _month(g["month"])
    d = g["dir"].lower()
    if d == "that":
        ref = _ref_date(ctx.ref or ctx.story_ref)
        if not ref or not ref.start:
            return (None, "DATE", None, "none")
        return (f"{ref.start.year:04d}-{month:02d}", "DATE", None, "narrative")
    if ctx.dct is None or not month:
        return (None, "DATE", None, "none")
    y, now = ctx.dct.year, ctx.dct.month
    if d in ("last", "past"):
        year = y if month < now else y - 1
    elif d in ("next", "coming"):
        year = y if month > now else y + 1
    else:
        year = y
    return (f"{year:04d}-{month:02d}", "DATE", None, "relative")


def _h_iso_week(g: dict[str, Any], ctx: _Ctx) -> Result:
    return (f"{int(g['year']):04d}-W{int(g['week']):02d}", "DATE", None, "explicit")


def _season_code(word: str) -> str:
    return data.lexicon()["seasons"][word.lower()]


def _h_season(g: dict[str, Any], ctx: _Ctx) -> Result:
    code = _season_code(g["season"])
    if g.get("year"):
        return (f"{int(g['year']):04d}-{code}", "DATE", None, "explicit")
    d = (g.get("dir") or "").lower()
    if d == "that" or not d:
        ref = _ref_date(ctx.ref) if not d else _ref_date(ctx.ref or ctx.story_ref)
        if ref and ref.start and ref.precision in ("year", "month", "day", "season"):
            return (f"{ref.start.year:04d}-{code}", "DATE", None, "narrative")
        if d == "that":
            return (None, "DATE", None, "none")
    if ctx.dct is None:
        return (None, "DATE", None, "none")
    year = _season_year(code, d or ("next" if ctx.future else "this"), ctx.dct)
    return (f"{year:04d}-{code}", "DATE", None, "relative")


def _season_year(code: str, d: str, dct: date) -> int:
    """The year of this/last/next season: the one containing, before or after the DCT."""
    def iv(y: int) -> Interval:
        found = base_interval(f"{y:04d}-{code}")
        assert found is not None
        return found
    for y in (dct.year - 1, dct.year, dct.year + 1):
        v = iv(y)
        if d in ("this", "current") and v.start and v.end and v.start <= dct <= v.end:
            return y
    if d in ("last", "past"):
        return max(y for y in (dct.year - 2, dct.year - 1, dct.year) if (iv(y).end or dct) < dct)
    if d in ("next", "coming"):
        return min(y for y in (dct.year, dct.year + 1, dct.year + 2) if (iv(y).start or dct) > dct)
    return dct.year


def _h_quarter(g: dict[str, Any], ctx: _Ctx) -> Result:
    if g.get("qnum"):
        q = int(g["qnum"])
    else:
        o = g["ord"].lower()
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4, "last": 4}[o]
    if g.get("year"):
        return (f"{int(g['year']):04d}-Q{q}", "DATE", None, "explicit")
    ref = _ref_date(ctx.ref)
    if ref and ref.start:
        return (f"{ref.start.year:04d}-Q{q}", "DATE", None, "narrative")
    if ctx.dct is None:
        return (None, "DATE", None, "none")
    return (f"{ctx.dct.year:04d}-Q{q}", "DATE", None, "relative")


def _h_half(g: dict[str, Any], ctx: _Ctx) -> Result:
    h = 1 if g["half"].lower() in ("first", "1st") else 2
    if g.get("year"):
        return (f"{int(g['year']):04d}-H{h}", "DATE", None, "explicit")
    if ctx.dct is None:
        return (None, "DATE", None, "none")
    step = {"last": -1, "next": 1}.get((g.get("dir") or "").lower(), 0)
    return (f"{ctx.dct.year + step:04d}-H{h}", "DATE", None, "relative")


def _h_decade(g: dict[str, Any], ctx: _Ctx) -> Result:
    if g.get("decade"):
        return (g["decade"][:3], "DATE", None, "explicit")
    if g.get("decade2"):
        d = int(g["decade2"])
        century = 20 if d <= ((ctx.dct.year % 100) if ctx.dct else 20) else 19
        return (f"{century}{d // 10}", "DATE", None, "explicit")
    n = data.lexicon()["decade_words"][g["decadeword"].lower()]
    return (f"19{n}", "DATE", None, "explicit")


def _h_century(g: dict[str, Any], ctx: _Ctx) -> Result:
    o = g["ord"].lower()
    n = data.lexicon()["ordinals"].get(o)
    if n is None:
        n = int(re.sub(r"\D", "", o))
    return (f"{n - 1:02d}", "DATE", None, "explicit")


def _h_year(g: dict[str, Any], ctx: _Ctx) -> Result:
    if g.get("yearend"):  # "1957-58": the century of the first year
        first = ctx.text[g["_start"] - 5:g["_start"] - 1]
        return (f"{first[:2]}{g['yearend']}", "DATE", None, "explicit")
    if g.get("year2"):
        return (f"{_year2(g['year2'], ctx.dct):04d}", "DATE", None, "explicit")
    return (f"{int(g['year']):04d}", "DATE", None, "explicit")


def _h_relative_day(g: dict[str, Any], ctx: _Ctx) -> Result:
    word = g["relday"].lower()
    part = _part(g.get("part")) or ("NI" if word == "tonight" else None)
    typ = "TIME" if part else "DATE"
    if ctx.dct is None:
        return (None, typ, None, "none")
    d = ctx.dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    return (d.isoformat() + (f"T{part}" if part else ""), typ, None, "relative")


def _h_part_of_day(g: dict[str, Any], ctx: _Ctx) -> Result:
    part = _part(g["part"])
    if ctx.dct is None:
        return (None, "TIME", None, "none")
    d = ctx.dct - timedelta(days=1) if "last" in g["dir"].lower() else ctx.dct
    return (f"{d.isoformat()}T{part}", "TIME", None, "relative")


def _h_unit_edge(g: dict[str, Any], ctx: _Ctx) -> Result:
    unit = _unit(g["unit"]) or "Y"
    edge = g["edge"].lower().replace("the ", "")
    mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}[edge]
    ref = _ref_date(ctx.ref)
    if ref and ref.start and _fine_enough(ref.precision, unit):
        return (value_at(ref.start, unit), "DATE", mod, "narrative")
    if ctx.dct is None:
        return (None, "DATE", mod, "none")
    return (value_at(ctx.dct, unit), "DATE", mod, "relative")


_FINENESS = {"day": 0, "month": 1, "season": 2, "quarter": 2, "year": 3, "decade": 4,
             "century": 5, "unknown": 9}
_UNIT_FINENESS = {"D": 0, "W": 0, "M": 1, "Q": 2, "Y": 3, "DE": 4, "CE": 5}


def _fine_enough(precision: str, unit: str) -> bool:
    return _FINENESS.get(precision, 9) <= _UNIT_FINENESS.get(unit, 0)


def _h_dir_unit(g: dict[str, Any], ctx: _Ctx) -> Result:
    d = g["dir"].lower()
    the = bool(g.get("the"))
    word = g["unit"].lower()
    weekend = word == "weekend"
    unit = "W" if weekend else (_unit(word) or "Y")
    suffix = "-WE" if weekend else ""
    if d in ("past",) or (the and d == "last" and unit in ("Y", "M", "DE", "CE", "Q")) or \
            (the and unit in ("DE", "CE") and d in ("next", "following", "coming", "last")):
        # "the past year", "over the next decade": a stretch of time, not a calendar unit
        return (_duration_value(1, unit), "DURATION", None, "explicit")  # "the past year"
    if d in ("following", "preceding", "same", "that", "the same") or \
            (the and d in ("next", "previous")):
        step = {"following": 1, "next": 1, "preceding": -1, "previous": -1}.get(d, 0)
        ref = _ref_date(ctx.ref or ctx.story_ref)
        if ref and ref.start and _fine_enough(ref.precision, unit):
            return (value_at(shift(ref.start, unit, step), unit) + suffix, "DATE", None, "narrative")
        if d in ("following", "preceding", "same", "that", "the same") or (ref and ref.start):
            # anaphoric, nothing fine enough to hang on: unresolved ("the previous day" in a
            # story told by the month is not the day before publication)
            return (None, "DATE", None, "none")
    if ctx.dct is None:
        return (None, "DATE", None, "none")
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(d, 0)
    return (value_at(shift(ctx.dct, unit, step), unit) + suffix, "DATE", None, "relative")


def _h_weekday(g: dict[str, Any], ctx: _Ctx) -> Result:
    wd = _weekday(g["weekday"])
    part = _part(g.get("part"))
    typ = "TIME" if part else "DATE"
    d = (g.get("dir") or "").lower()
    day = None
    basis = "relative"
    story_day = _day_of(ctx.ref)
    if not d and story_day and story_day != ctx.dct:
        day = _weekday_near(story_day, wd or 1, "on_or_after")  # narrative: the story moves on
        basis = "narrative"
    elif d == "that":
        day, basis = story_day, "narrative"
    elif ctx.dct is not None:
        direction = {"last": "before", "past": "before", "next": "after", "coming": "after",
                     "this": "week"}.get(d) or ("on_or_after" if ctx.future else "on_or_before")
        day = _weekday_near(ctx.dct, wd or 1, direction)
    if day is None:
        return (None, typ, None, "none")
    return (day.isoformat() + (f"T{part}" if part else ""), typ, None, basis)


def _weekday_near(ref: date, wd: int, direction: str) -> date:
    delta = wd - ref.isoweekday()
    if direction == "week":
        return ref + timedelta(days=delta)
    if direction == "on_or_before":
        return ref + timedelta(days=delta if delta <= 0 else delta - 7)
    if direction == "before":
        return ref + timedelta(days=delta if delta < 0 else delta - 7)
    if direction == "on_or_after":
        return ref + timedelta(days=delta if delta >= 0 else delta + 7)
    return ref + timedelta(days=delta if delta > 0 else delta + 7)  # after


def _h_ago(g: dict[str, Any], ctx: _Ctx) -> Result:
    q = _num(g["qty"])
    unit = _unit(g["unit"])
    if q is None or unit is None or ctx.dct is None:
        return (None, "DATE", None, "none")
    if unit in SHORT_UNITS:
        return (ctx.dct.isoformat(), "DATE", None, "relative")
    lo, hi = q
    if lo == hi:
        return (value_at(shift(ctx.dct, unit, -int(lo)), unit), "DATE", None, "relative")
    return ("PAST_REF", "DATE", None, "relative")  # vague: interval set by _interval_for


def _h_later(g: dict[str, Any], ctx: _Ctx) -> Result:
    q = _num(g["qty"])
    unit = _unit(g["unit"])
    ref = _ref_date(ctx.ref or ctx.story_ref)
    if q is None or unit is None or ref is None or ref.start is None:
        return (None, "DATE", None, "none")
    sign = 1 if g["rel"].lower() == "later" else -1
    if q[0] != q[1]:
        return (None, "DATE", None, "none")
    unit_v = unit if unit not in SHORT_UNITS else "D"
    gran = unit_v if _fine_enough(ref.precision, unit_v) else _coarse_unit(ref.precision)
    if gran == "W" and ref.precision == "day":
        gran = "D"  # "a week later" than 3 May: 10 May, not that ISO week
    return (value_at(shift(ref.start, unit_v, sign * int(q[0])), gran), "DATE", None, "narrative")


def _vague_later(p: _Proposal, ctx: _Ctx) -> Interval | None:
    """"A few days later": the days the lexicon's range for "a few" (2-5) puts after the
    story's reference time (before it for "earlier"); no value, an interval."""
    g = p.match.groupdict()
    q, unit = _num(data.fold(g["qty"])), _unit(data.fold(g["unit"]))
    ref = _ref_date(ctx.ref or ctx.story_ref)
    if q is None or q[0] == q[1] or unit is None or unit in SHORT_UNITS + ("CE",) \
            or ref is None or ref.start is None or ref.end is None:
        return None
    if data.fold(g["rel"]) == "later":
        lo, hi = shift(ref.start, unit, int(q[0])), shift(ref.end, unit, int(q[1]))
    else:
        lo, hi = shift(ref.start, unit, -int(q[1])), shift(ref.end, unit, -int(q[0]))
    precision = {"Y": "year", "M": "month", "DE": "decade", "Q": "quarter"}.get(unit, "day")
    return Interval(lo, hi, precision if _fine_enough(ref.precision, unit) else ref.precision)


def _coarse_unit(precision: str) -> str:
    return {"day": "D", "month": "M", "season": "M", "quarter": "Q", "year": "Y",
            "decade": "DE", "century": "CE"}.get(precision, "Y")


def _h_duration(g: dict[str, Any], ctx: _Ctx) -> Result:
    unit = _unit(g["unit"])
    if unit is None:
        return None
    q = _num(g.get("qty")) if g.get("qty") else None
    n = q[0] if q and q[0] == q[1] else None
    return (_duration_value(n, unit), "DURATION", None, "explicit")


def _h_clock(g: dict[str, Any], ctx: _Ctx) -> Result:
    if g.get("clockword"):
        hh, mm = (0, 0) if g["clockword"].lower() == "midnight" else (12, 0)
    else:
        hh, mm = int(g["hour"]), int(g.get("minute") or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
    said_minutes = g.get("clockword") or g.get("minute")
    clock = f"T{hh:02d}:{mm:02d}" if said_minutes else f"T{hh:02d}"  # "8 PM" -> T20
    if g.get("weekday"):
        res = _h_weekday({"weekday": g["weekday"]}, ctx)
        if res and res[0]:
            return (res[0] + clock, "TIME", None, res[3])
    day = _day_of(ctx.ref)
    if day:
        return (day.isoformat() + clock, "TIME", None, "narrative")
    if ctx.dct:
        return (ctx.dct.isoformat() + clock, "TIME", None, "relative")
    return ("XXXX-XX-XX" + clock, "TIME", None, "none")


def _h_clock_duration(g: dict[str, Any], ctx: _Ctx) -> Result:
    h, m, sec = int(g["hour"]), int(g["minute"]), int(g["second"])
    parts = (f"{h}H" if h else "") + (f"{m}M" if m else "") + (f"{sec}S" if sec else "")
    return (f"PT{parts or '0S'}", "DURATION", None, "explicit")


def _h_set(g: dict[str, Any], ctx: _Ctx) -> Result:
    lex = data.lexicon()
    if g.get("setword"):
        return (lex["set_words"][g["setword"].lower()], "SET", None, "explicit")
    word = g["unit"].lower()
    if _weekday(word):
        return (f"XXXX-WXX-{_weekday(word)}", "SET", None, "explicit")
    if _part(word):
        return (f"XXXX-XX-XXT{_part(word)}", "SET", None, "explicit")
    if word in lex["seasons"]:
        return (f"XXXX-{_season_code(word)}", "SET", None, "explicit")
    unit = _unit(word)
    if unit is None:
        return ("XXXX", "SET", None, "explicit")
    q = _num(g.get("qty")) if g.get("qty") else (1.0, 1.0)
    n = q[0] if q and q[0] == q[1] else None
    return (_duration_value(n, unit), "SET", None, "explicit")


def _h_ref(g: dict[str, Any], ctx: _Ctx) -> Result:
    if g.get("present"):
        return ("PRESENT_REF", "DATE", None, "relative" if ctx.dct else "none")
    if g.get("past"):
        return ("PAST_REF", "DATE", None, "relative" if ctx.dct else "none")
    if g.get("future"):
        return ("FUTURE_REF", "DATE", None, "relative" if ctx.dct else "none")
    ref = ctx.ref or ctx.story_ref
    if ref is not None and ref.value:
        return (ref.value, "DATE", None, "narrative")  # "at that time": the story's time
    return ("PAST_REF", "DATE", None, "none")


HANDLERS: dict[str, Callable[[dict[str, Any], _Ctx], Result]] = {
    "ymd": _h_ymd, "ym": _h_ym, "month": _h_month, "dir_month": _h_dir_month,
    "iso_week": _h_iso_week, "half": _h_half, "season": _h_season, "quarter": _h_quarter, "decade": _h_decade,
    "century": _h_century, "year": _h_year, "relative_day": _h_relative_day,
    "part_of_day": _h_part_of_day, "unit_edge": _h_unit_edge, "dir_unit": _h_dir_unit,
    "weekday": _h_weekday, "ago": _h_ago, "later": _h_later, "duration": _h_duration,
    "clock": _h_clock, "clock_duration": _h_clock_duration, "set": _h_set, "ref": _h_ref,
}


# ---------------------------------------------------------------- the cascade


def _paragraph_starts(text: str) -> list[int]:
    """Paragraph starts: blank lines, line breaks after a sentence end, heading lines."""
    return list(layout(text).paragraphs)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    rx = _regexes()["sent_end"]
    lo = max(0, start - 400)
    s = lo
    for m in rx.finditer(text, lo, start):
        s = m.end()
    m2 = rx.search(text, end, min(len(text), end + 400))
    return s, (m2.end() if m2 else min(len(text), end + 400))


def _widen(text: str, start: int, end: int, typ: str, handler: str) -> tuple[int, str | None]:
    """Fold a modifier before the match into it: ("late ", "mid-", "the end of") -> mod."""
    rx = _regexes()
    before = text[max(0, start - 24):start]
    if typ == "DATE" and handler not in ("ref", "ymd", "relative_day", "ago", "later", "unit_edge"):
        m = rx["mod_before"].search(before)
        if m:
            word = re.sub(r"\s+", " ", data.fold(m.group("mod")))
            return start - (len(before) - m.start("mod")), data.lexicon()["modifiers"][word]
    m = rx["qty_before"].search(before)
    if m and re.match(r"(?i)(?:the|past|next|last|coming|recent)\b", text[start:end]):
        m = None  # "over the past two years": a preposition, not "more than"
    if m and typ in ("DURATION", "DATE"):
        word = re.sub(r"\s+", " ", data.fold(m.group("q")))
        mod = data.lexicon()["quantity_modifiers"][word]
        if typ == "DATE" and handler != "ago":
            return start, None
        if word in data.lexicon()["quantity_modifiers_in_span"]:
            return start - (len(before) - m.start("q")), mod
        return start, mod
    return start, None


Normalised = dict[tuple[int, Found | None, Found | None], Found | None]  # see `analyse`


def analyse(text: str, dct: date | None = None, blocked: frozenset[int] = frozenset(),
            memo: Normalised | None = None) -> list[Found]:
    """Every time expression of `text`, normalised (the engine behind `tag` and `ground`).
    `blocked`: start offsets of expressions that may not become the reference time (found
    by `ground` in the parse: "the 2003 law" modifies a noun, it does not date the story).
    `memo`: (match start, reference times) -> expression, from an earlier call on the same
    text and DCT (why: `ground`'s second call repeats most of the first)."""
    memo = {} if memo is None else memo
    chosen = _chosen(text)
    lay = layout(text)
    paragraphs = list(lay.paragraphs)
    heading_starts = {a for a, _ in lay.headings}
    found: list[Found] = []
    ref: Found | None = None
    story_ref: Found | None = None
    para_i = 0
    future_rx = _regexes()["future"]
    spoken: dict[tuple[int, int], bool] = {}  # (sentence start, end) -> speaks of the future
    for p in chosen:
        while para_i + 1 < len(paragraphs) and paragraphs[para_i + 1] <= p.start:
            para_i += 1
            ref = None  # a new paragraph: the story's time is no longer given
            if paragraphs[para_i] in heading_starts:
                story_ref = None  # a new section: a new story (its heading may date it)
        key = (p.start, ref, story_ref)
        if key in memo:  # the same match in the same story state: the same expression
            f = memo[key]
        else:
            s0, s1 = _sentence_bounds(text, p.start, p.end)
            ctx = _Ctx(text, dct, ref, story_ref, _future(text, s0, s1, p.start, future_rx, spoken))
            f = memo[key] = _normalise(p, ctx)
        if f is None:
            continue
        found.append(f)
        if _moves_reference(f) and f.start not in blocked:
            ref = story_ref = f
    return found


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_PAST_VERB_BEFORE = re.compile(r"\b(?:\w+ed|said|told|met|held|spoke|wrote|began|took|gave|"
                               r"made|came|went|saw|fell|rose|left|won|lost|was|were|had)"
                               r"(?:\s+(?:on|last|early|late))?\s+$", re.I)


def _future(text: str, s0: int, s1: int, start: int, future_rx: re.Pattern[str],
            spoken: dict[tuple[int, int], bool]) -> bool:
    """Does the sentence speak of the future where the expression is? Quoted words keep
    their own tense, and a past verb right before the expression ("said on Monday") wins."""
    if _PAST_VERB_BEFORE.search(text, max(s0, start - 24), start):
        return False
    if (s0, s1) not in spoken:  # why: expressions of one sentence share its answer
        outside = _QUOTED.sub(lambda m: " " * len(m.group(0)), text[s0:s1])
        spoken[s0, s1] = bool(future_rx.search(outside))
    return spoken[s0, s1]


def _normalise(p: _Proposal, ctx: _Ctx) -> Found | None:
    text = ctx.text
    if p.rule is None:  # a named anchor
        _, table = data.anchor_regex()
        a = table[data.normalise_alias(p.match.group("alias"))]
        if a.ambiguous_from and ctx.dct and ctx.dct >= date.fromisoformat(a.ambiguous_from):
            return None  # "the Taliban regime" in a 2023 article: which one?
        iv0 = base_interval(a.value)
        iv = Interval(date.fromisoformat(a.start), date.fromisoformat(a.end) if a.end else None,
                      iv0.precision if iv0 else "day")
        # a period still going on: the open end is stated, not filled with the present
        return Found(p.start, p.end, text[p.start:p.end], "DATE", a.value, "anchor",
                     mod=None if a.end else "ON_OR_AFTER", basis="explicit", interval=iv,
                     anchored=True)
    # why: the letters `re.I` takes for ASCII ones ("Auguſt") spelled so the lexicon knows them
    groups: dict[str, Any] = {k: data.fold(v) if isinstance(v, str) else v
                              for k, v in p.match.groupdict().items()}
    groups["_start"] = p.start
    res = HANDLERS[p.rule.handler](groups, ctx)
    if res is None:
        return None
    value, typ, mod, basis = res
    start, mod2 = _widen(text, p.start, p.end, typ, p.rule.handler)
    interval = _interval_for(p, value, ctx) if value == "PAST_REF" else None
    if value is None and p.rule.handler == "later":
        interval = _vague_later(p, ctx)
        basis = "narrative" if interval is not None else basis
    if interval is None and value == "PAST_REF" and ctx.dct is not None:
        interval = _recent_window(p.match.group(0), ctx.dct)
    return Found(start, p.end, text[start:p.end], typ, value, p.rule.name, mod=mod or mod2,
                 basis=basis if value or interval else "none", interval=interval)


def _interval_for(p: _Proposal, value: str | None, ctx: _Ctx) -> Interval | None:
    """Vague "a few years ago": the years it can mean, from the lexicon's number ranges."""
    if p.rule is None or p.rule.handler != "ago" or ctx.dct is None:
        return None
    g = p.match.groupdict()
    q, unit = _num(g["qty"]), _unit(g["unit"])
    if q is None or unit is None or unit in SHORT_UNITS:
        return None
    first = base_interval(value_at(shift(ctx.dct, unit, -int(q[1])), unit))
    last = base_interval(value_at(shift(ctx.dct, unit, -int(q[0])), unit))
    if not first or not last:
        return None
    precision = {"Y": "year", "M": "month", "DE": "decade", "CE": "century", "Q": "quarter"}.get(unit, "day")
    return Interval(first.start, last.end, precision)


def _recent_window(words: str, dct: date) -> Interval | None:
    """"recently": the months before the DCT that the lexicon gives the word (12 for
    "recently"); "the past", "formerly" stay without an interval."""
    months = data.lexicon()["recent_words"].get(re.sub(r"\s+", " ", words.lower()))
    if months is None:
        return None
    return Interval(shift(dct, "M", -int(months)), dct, "year")


def _moves_reference(f: Found) -> bool:
    """Dates that become the story's reference time (not durations, sets or vague refs)."""
    if f.type not in ("DATE", "TIME") or not f.value or f.basis == "none":
        return False
    iv = f.interval or base_interval(f.value)
    return iv is not None and iv.start is not None and f.value not in ("PAST_REF", "PRESENT_REF")


def tag(text: str, dct: date | None = None) -> list[Timex]:
    """TIMEX3 time expressions of `text` with character offsets, resolved against `dct`."""
    return [f.timex() for f in analyse(text, dct)]
