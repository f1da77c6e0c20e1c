"""eventlens: who did what to whom, when, and who says so.

The public Python API (documented in docs/api.md; tests/test_api_public.py checks that every
name resolves). Heavy parts — the store (DuckDB), analysis (networkx), exports — load on
first use, so `import eventlens` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

from .pipeline import Pipeline, extract
from .records import (
    Actor,
    ActorMention,
    DocResult,
    Document,
    Event,
    Evidence,
    Location,
    ReadError,
    Sentence,
    TimeSpan,
    Timex,
)
from .settings import Settings, load_settings

__version__ = "0.1.0"

# name -> module that defines it, imported on first access
_LAZY = {
    "read_paths": "eventlens.ingest",
    "extract_paths": "eventlens.extraction",
    "tag_times": "eventlens.time",
    "lookup_actor": "eventlens.actors",
    "resolve_toponym": "eventlens.places",
    "merge_events": "eventlens.claims.merge",
    "contradiction_groups": "eventlens.claims.merge",
    "open_store": "eventlens.store",
    "ingest_paths": "eventlens.store",
    "export": "eventlens.export",
    "dyad_series": "eventlens.analysis",
    "relation_states": "eventlens.analysis",
    "detect_shifts": "eventlens.analysis",
    "signed_network": "eventlens.analysis",
    "network_over_time": "eventlens.analysis",
    "balance_over_time": "eventlens.analysis",
    "centrality": "eventlens.analysis",
}
_RENAMED = {"tag_times": "tag", "export": "write"}

__all__ = [
    "Actor",
    "ActorMention",
    "DocResult",
    "Document",
    "Event",
    "Evidence",
    "Location",
    "Pipeline",
    "ReadError",
    "Sentence",
    "Settings",
    "TimeSpan",
    "Timex",
    "extract",
    "load_settings",
    *sorted(_LAZY),
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'eventlens' has no attribute '{name}'")
    value = getattr(importlib.import_module(_LAZY[name]), _RENAMED.get(name, name))
    globals()[name] = value
    return value
