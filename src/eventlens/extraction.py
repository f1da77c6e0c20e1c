"""Extraction over paths: read, run the pipeline, report bad input, keep going."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tqdm import tqdm

from .ingest import read_paths
from .pipeline import Pipeline
from .records import Document, Event, ReadError
from .settings import load_settings


@dataclass
class Stats:
    documents: int = 0
    events: int = 0
    errors: int = 0


def extract_paths(paths: Iterable[str], date: str | None = None, source: str | None = None,
                  model: str | None = None,
                  on_error: Callable[[ReadError], object] = lambda e: None,
                  on_events: Callable[[list[Event]], object] = lambda evs: None) -> Stats:
    """Run the pipeline over every readable document under `paths`.

    Bad files go to `on_error` (one ReadError each) and the batch goes on; events of each
    document go to `on_events` as soon as it is processed.
    """
    pipeline = Pipeline(load_settings(model=model))
    stats = Stats()
    progress = tqdm(desc="documents", unit="doc", file=sys.stderr, disable=None, leave=False)
    for item in read_paths(paths, date=date, source=source):
        if isinstance(item, ReadError):
            stats.errors += 1
            on_error(item)
            continue
        events = _process(pipeline, item, stats, on_error)
        if events is not None:
            stats.documents += 1
            stats.events += len(events)
            on_events(events)
        progress.update(1)
    progress.close()
    return stats


def _process(pipeline: Pipeline, document: Document, stats: Stats,
             on_error: Callable[[ReadError], object]) -> list[Event] | None:
    try:
        return list(pipeline.process(document).events)
    except Exception as exc:  # one broken document must not stop the batch
        stats.errors += 1
        on_error(ReadError(document.path or document.doc_id,
                           f"processing failed: {type(exc).__name__}: {exc}"))
        return None
