"""Imported by the forkserver before it forks pool workers: the settings' spaCy pipeline is
loaded once there, and every worker starts with it already in memory (copy-on-write)."""

from __future__ import annotations

try:
    from .partition import get_pipeline

    get_pipeline(None)
except Exception:  # a worker then loads (or reports) the model itself
    pass
