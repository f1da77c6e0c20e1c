"""Loader of the ingest data files: boilerplate cues, the English check, file rules.

The rules live in ``src/eventlens/data/ingest/*.yaml``; this module only reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml


def _load(name: str) -> dict[str, Any]:
    text = files("eventlens").joinpath("data", "ingest", name).read_text("utf-8")
    return yaml.safe_load(text)


@dataclass(frozen=True)
class BoilerplateCues:
    """Whole-line cues for web-page furniture (see boilerplate.yaml)."""

    lines: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    tail_lines: frozenset[str]
    tail_patterns: tuple[re.Pattern[str], ...]
    max_line_chars: int
    tail_fraction: float


@dataclass(frozen=True)
class LanguageCues:
    """Thresholds and word list of the English check (see language.yaml)."""

    function_words: frozenset[str]
    min_words: int
    min_ratio: float
    min_latin: float


@dataclass(frozen=True)
class FileRules:
    """Readers by extension, names skipped in directories, binary signatures (files.yaml)."""

    readers: dict[str, str]
    skip_in_directories: tuple[str, ...]
    signatures: tuple[tuple[bytes, str], ...]


def _split(entries: list[str]) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """Exact lines and regular expressions: an entry with regex syntax is a pattern."""
    exact = {e for e in entries if not re.search(r"[\\()\[\]|?+]|\.\*", e)}
    patterns = tuple(re.compile(e) for e in entries if e not in exact)
    return frozenset(exact), patterns


@cache
def boilerplate_cues() -> BoilerplateCues:
    data = _load("boilerplate.yaml")
    tail_lines, tail_patterns = _split([str(e) for e in data["tail"]])
    return BoilerplateCues(
        lines=frozenset(str(e) for e in data["lines"]),
        patterns=tuple(re.compile(str(p)) for p in data["patterns"]),
        tail_lines=tail_lines,
        tail_patterns=tail_patterns,
        max_line_chars=int(data["max_line_chars"]),
        tail_fraction=float(data["tail_fraction"]),
    )


@cache
def language_cues() -> LanguageCues:
    data = _load("language.yaml")
    return LanguageCues(
        function_words=frozenset(str(w).lower() for w in data["function_words"]),
        min_words=int(data["min_words"]),
        min_ratio=float(data["min_ratio"]),
        min_latin=float(data["min_latin"]),
    )


@cache
def file_rules() -> FileRules:
    data = _load("files.yaml")
    signatures = tuple(sorted(((bytes.fromhex(k), str(v)) for k, v in data["signatures"].items()),
                              key=lambda kv: -len(kv[0])))
    return FileRules(
        readers={str(k).lower(): str(v) for k, v in data["readers"].items()},
        skip_in_directories=tuple(str(p).lower() for p in data["skip_in_directories"]),
        signatures=signatures,
    )


@dataclass(frozen=True)
class DatelineCues:
    """Where and how a plain text states its publication date (see dateline.yaml)."""

    max_line: int
    max_chars: int
    publication_labels: tuple[str, ...]
    modification_labels: tuple[str, ...]


@cache
def dateline_cues() -> DatelineCues:
    data = _load("dateline.yaml")
    return DatelineCues(max_line=int(data["max_line"]), max_chars=int(data["max_chars"]),
                        publication_labels=tuple(data["publication_labels"]),
                        modification_labels=tuple(data["modification_labels"]))
