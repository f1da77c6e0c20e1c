"""Which files a directory holds for ingest, in a stable order, and which reader each gets."""

from __future__ import annotations

import os
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path

from .cues import file_rules


def reader_for(path: Path) -> str | None:
    """text, html, jsonl or json by extension; None: decide by content."""
    return file_rules().readers.get(path.suffix.lower())


def _skipped(name: str) -> bool:
    low = name.lower()
    return name.startswith(".") or any(fnmatch(low, p) for p in file_rules().skip_in_directories)


def walk(root: Path) -> Iterator[Path]:
    """Files under root, recursively, sorted by path; hidden and note files skipped."""
    found: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        base = Path(dirpath)
        for name in filenames:
            if not _skipped(name):
                f = base / name
                found.append((f.relative_to(root).parts, f))
    for _, f in sorted(found):
        yield f
