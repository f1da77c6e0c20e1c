"""Loader of the time stage's data files (src/eventlens/data/time/): word tables, the
recognition rules with their {PLACEHOLDER}s expanded, and the named-anchor table."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

DATA = resources.files("eventlens") / "data" / "time"


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    handler: str
    regex: re.Pattern[str]
    needs: re.Pattern[str] | None = None  # a paragraph must match this before the rule runs
    # case-sensitive twins over lower-cased text (see `lowered_twin`); None: use the originals
    twin: re.Pattern[str] | None = None
    needs_twin: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Anchor:
    """A well-known dated event ("9/11") with its TIMEX3 value and interval."""

    value: str
    start: str
    end: str | None  # None: still going on when the table was written (an open end)
    aliases: tuple[str, ...]
    ambiguous_from: str | None = None  # documents dated on or after this do not get it


def _read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The word tables of lexicon.json."""
    return json.loads(_read("lexicon.json"))


def alternation(words: list[str] | dict[str, Any]) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    return "(?:" + "|".join(_alternatives(words)) + ")"


def _alternatives(words: list[str] | dict[str, Any]) -> list[str]:
    items = sorted(set(words), key=len, reverse=True)
    return [re.escape(w).replace("\\ ", " ").replace(" ", r"\s+") for w in items]


def _month_alt(months: dict[str, int]) -> str:
    """Full names (longest first), then abbreviations with an optional dot: one flat
    alternation, as `(?:FULL|(?:ABBR)\\.?)` with the dot written on each abbreviation
    (same matches; why: flat, `re` can scan a lower-cased twin by its first letters)."""
    full = [m for m in months if len(m) > 4 or m in ("may", "june", "july")]
    abbr = [m for m in months if m not in full]
    return "(?:" + "|".join(_alternatives(full) + [a + r"\.?" for a in _alternatives(abbr)]) + ")"


def placeholders() -> dict[str, str]:
    """{NAME} -> regex alternation, built from the lexicon."""
    lex = lexicon()
    numbers = list(lex["numbers"])
    tens = [w for w, v in lex["numbers"].items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    ones = [w for w, v in lex["numbers"].items() if isinstance(v, int) and 1 <= v <= 9 and w not in ("a", "an")]
    compound = alternation(tens) + r"[- ]" + alternation(ones)
    digits = r"[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?"
    units = []
    for unit in lex["units"]:
        units.append("centur(?:y|ies)" if unit == "century" else unit + "s?")
    return {
        "MONTH": _month_alt(lex["months"]),
        "WEEKDAY": alternation(list(lex["weekdays"])),
        "SEASON": alternation(list(lex["seasons"])),
        "PART": alternation(list(lex["parts_of_day"])),
        "DAY": r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "YEAR": r"(?:1[0-9]{3}|20[0-9]{2})",
        "ORD": alternation(list(lex["ordinals"])),
        "DECADE_WORD": alternation(list(lex["decade_words"])),
        "QTY": "(?:" + compound + "|" + alternation(list(lex["vague_numbers"])) + "|" + alternation(numbers)
               + "|" + digits + ")",
        "UNIT": "(?:" + "|".join(units) + ")",
        "SET_WORD": alternation(list(lex["set_words"])),
        "PRESENT_REF": alternation(lex["present_ref"]),
        "PAST_REF": alternation(lex["past_ref"]),
        "FUTURE_REF": alternation(lex["future_ref"]),
        "NARRATIVE_REF": alternation(lex["narrative_ref"]),
    }


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The recognition rules of patterns.json, compiled (case-insensitive)."""
    spec = json.loads(_read("patterns.json"))
    subs = placeholders()
    out = []
    for r in spec["rules"]:
        pattern = _spaces(_expand(r["pattern"], subs))
        needs = re.compile(_expand(r["needs"], subs), re.IGNORECASE) if r.get("needs") else None
        regex = re.compile(pattern, re.IGNORECASE)
        out.append(Rule(r["name"], r["type"], r["handler"], regex, needs, scan_twin(regex),
                        scan_twin(needs) if needs else None))
    return tuple(out)


# Why twins: Python's `re` finds no first-character prefix in a case-insensitive pattern and
# tries a match at every position; the same pattern, lower-cased and case-sensitive, over
# lower-cased text scans several times faster and matches the same spans, as long as
# lower-casing changes nothing else. These are the pieces a twin may contain:
_TWIN_ESCAPE = re.compile(r"\\(.)")
_TWIN_GROUP = re.compile(r"\(\?(?!:|=|!|<=|<!|P<[a-z_][a-z0-9_]*>|P=[a-z_][a-z0-9_]*\))")
_TWIN_CLASS = re.compile(r"(?<!\\)\[\^?((?:\\.|[^\]\\])*)\]")
_TWIN_RANGE = re.compile(r"(\\.|[^\\])-(\\.|[^\\\]])")
_TWIN_RANGES = (("0", "9"), ("a", "z"), ("A", "Z"))  # a range within digits, lower or upper letters


def lowered_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern that matches `text.lower()` exactly where the
    case-insensitive `rx` matches `text` (for texts `caseless_text` accepts); None when
    `rx` holds anything lower-casing could change the meaning of: an upper-case or hex
    escape (\\S, \\x41), an inline flag or upper-case group name, a range across cases
    ([A-z]), a cased non-ASCII letter."""
    src = rx.pattern
    if rx.flags & ~(re.IGNORECASE | re.UNICODE) or not rx.flags & re.IGNORECASE:
        return None
    if any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in src):
        return None
    if any(e not in "bsdw" and e.isalnum() for e in _TWIN_ESCAPE.findall(src)):
        return None
    if _TWIN_GROUP.search(src):
        return None
    for body in _TWIN_CLASS.findall(src):
        for lo, hi in _TWIN_RANGE.findall(body):
            if not any(a <= lo and hi <= b for a, b in _TWIN_RANGES):
                return None
    low = src.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    try:
        return re.compile(low, rx.flags & ~re.IGNORECASE)
    except re.error:
        return None


def scan_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The lower-cased twin of `rx` to scan with: it matches wherever `rx` does (callers
    check each hit with `rx`). Leading assertions ("\\b", "(?<![$0-9])") are left out
    when that gives `re` a first character to scan for ("1" or "2" of a year), as most hits
    are then true ones; else the twin keeps them (they filter cheaply)."""
    twin = lowered_twin(rx)
    if twin is None:
        return None
    loose = _without_leading_assertions(twin.pattern)
    if loose != twin.pattern and _has_prefix(loose):
        return re.compile(loose, twin.flags)
    return twin


def _without_leading_assertions(src: str) -> str:
    """`src` without the word boundaries and lookbehinds it starts with (a looser pattern:
    it matches wherever `src` does)."""
    while True:
        if src.startswith(r"\b"):
            src = src[2:]
        elif src.startswith(("(?<=", "(?<!")):
            src = src[_group_end(src):]
        else:
            return src


def _group_end(src: str) -> int:
    """Offset just after the group `src` opens with (escapes and classes skipped)."""
    depth, k, in_class = 0, 0, False
    while k < len(src):
        c = src[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return len(src)


def _has_prefix(src: str) -> bool:
    """Does `re` find a literal or first-character prefix in `src` (what lets it scan
    fast)? Asked of `re`'s own (private) helpers; False if they are not there."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
        tree = _parser.parse(src, 0)
        return bool(_compiler._get_literal_prefix(tree, 0)[0]
                    or _compiler._get_charset_prefix(tree, 0))
    except Exception:  # noqa: BLE001 - another Python: keep the assertions
        return False


def caseless_text(text: str) -> str | None:
    """`text.lower()`, when it is safe for `lowered_twin` patterns: every non-ASCII letter
    lower-cases to one non-ASCII letter and has no ASCII case partner (so "ſ", "K" (Kelvin),
    "ı", "İ", which `re` matches to ASCII letters without case, are absent); else None."""
    if not text.isascii():  # (an ASCII text needs no look at its characters)
        for c in set(text):
            if not c.isascii() and (c.lower() != c or c.upper() != c):
                low, up = c.lower(), c.upper()
                if len(low) != 1 or low.isascii() or up.isascii():
                    return None
    low = text.lower()
    return low if len(low) == len(text) else None


def _expand(pattern: str, subs: dict[str, str]) -> str:
    return re.sub(r"\{([A-Z][A-Z_]*)\}", lambda m: subs[m.group(1)], pattern)


def _spaces(pattern: str) -> str:
    """Make literal spaces match any whitespace, except inside fixed-width lookbehinds."""
    parts = re.split(r"(\(\?<[=!][^)]*\))", pattern)
    return "".join(p if p.startswith("(?<") else p.replace(" ", r"\s+") for p in parts)


@lru_cache(maxsize=1)
def anchors() -> tuple[Anchor, ...]:
    """Named anchors of anchors.tsv."""
    out = []
    for line in _read("anchors.tsv").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("value\t"):
            continue
        value, start, end_field, aliases, *rest = line.split("\t")
        end = None if end_field in ("", "open") else end_field
        out.append(Anchor(value, start, end, tuple(a for a in aliases.split("|") if a),
                          (rest[0] or None) if rest else None))
    return tuple(out)


@lru_cache(maxsize=1)
def anchor_regex() -> tuple[re.Pattern[str], dict[str, Anchor]]:
    """One regex over every anchor alias, and alias (lower-case) -> Anchor."""
    table: dict[str, Anchor] = {}
    exact: list[str] = []  # "=Troubles": only with its capitals
    for a in anchors():
        for alias in a.aliases:
            if alias.startswith("="):
                alias = alias[1:]
                exact.append(_norm(alias))
            table[_norm(alias)] = a
    cased = [w for w in table if w not in exact]
    alt = _dashes(_by_first_letter(cased))
    if exact:
        originals = [al[1:] for a in anchors() for al in a.aliases if al.startswith("=")]
        alt = "(?:" + alt + "|(?-i:" + _dashes(alternation(originals)) + "))"
    regex = re.compile(r"(?<![\w/])(?:the\s+)?(?P<alias>" + alt + r")(?![\w/])", re.IGNORECASE)
    return regex, table


@lru_cache(maxsize=1)
def anchor_twin() -> re.Pattern[str] | None:
    """A case-sensitive pattern over lower-cased text (see `lowered_twin`) that matches
    wherever `anchor_regex` matches, and also where an exact-case alias ("=Troubles") is
    written in another case: the tagger checks each of its hits with `anchor_regex`."""
    _, table = anchor_regex()
    originals = [al[1:] for a in anchors() for al in a.aliases if al.startswith("=")]
    words = [w.lower() for w in list(table) + originals]
    alt = _dashes(_first_char_branches(words))
    return lowered_twin(re.compile(r"(?<![\w/])(?:the\s+)?(?P<alias>" + alt + r")(?![\w/])",
                                   re.IGNORECASE))


def _first_char_branches(words: list[str]) -> str:
    """`alternation(words)` with each first character written once ("s(?:oviet war|udan)"):
    the same matches in the same order, as words of different first characters never
    match at one position; why: a case-sensitive `re` then skips a branch on its first
    character instead of trying every word."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        groups.setdefault(w[0], []).append(_escaped(w[1:]))
    return "(?:" + "|".join(_escaped(k) + "(?:" + "|".join(rests) + ")"
                            for k, rests in groups.items()) + ")"


def _escaped(word: str) -> str:
    return re.escape(word).replace("\\ ", " ").replace(" ", r"\s+")


def _by_first_letter(words: list[str]) -> str:
    """`alternation(words)` split into one branch per first letter or digit, behind a
    lookahead on it. Same matches (words of different first letters never match at one
    position; each branch keeps the longest-first order); why: the regex engine otherwise
    tries every alias at every word start."""
    items = sorted(set(words), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for w in items:
        key = w[0].lower() if w[:1].isascii() and w[:1].isalnum() else ""
        groups.setdefault(key, []).append(re.escape(w).replace("\\ ", " ").replace(" ", r"\s+"))
    branches = [(f"(?={re.escape(k)})" if k else "") + "(?:" + "|".join(alts) + ")"
                for k, alts in groups.items()]
    return "(?:" + "|".join(branches) + ")"


def _dashes(pattern: str) -> str:
    """A hyphen in an alias matches any dash ("Soviet–Afghan war")."""
    return pattern.replace(r"\-", "[-–—]")


# letters that case-insensitive `re` matches to an ASCII letter ("Auguſt" matches "August"):
# the matched words are looked up in the lexicon by their ASCII spelling
_RE_CASELESS_ASCII = str.maketrans({"\u017f": "s", "\u212a": "K", "\u0131": "i", "\u0130": "I"})


def fold(text: str) -> str:
    """`text` lower-cased, with the letters `re.I` takes for ASCII ones ("ſ", Kelvin "K",
    "ı", "İ") spelled in ASCII (why: a case-insensitive rule matches "Auguſt", and its words
    must then be found in the lexicon, not crash or be lost)."""
    return text.translate(_RE_CASELESS_ASCII).lower()


def _norm(text: str) -> str:
    # why: an alias's hyphen matches any dash (`_dashes`), so every dash is looked up as "-"
    return re.sub(r"\s+", " ", re.sub("[–—]", "-", fold(text).replace("’", "'")))


def normalise_alias(text: str) -> str:
    return _norm(text)
