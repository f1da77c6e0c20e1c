"""eventlens: who did what to whom, when, and who says so.

The public Python API; every name here is tested and documented in docs/api.md.
"""

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
]
