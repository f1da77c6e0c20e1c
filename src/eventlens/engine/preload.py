"""Imported by the forkserver before it forks pool workers: the settings' spaCy pipeline is
loaded once there, and every worker starts with it already in memory (copy-on-write).

A short warm-up document also goes through every stage, so what the stages load lazily on
first use (gazetteers, lexicons, compiled patterns) is loaded once in the forkserver too,
not again in every worker.
"""

from __future__ import annotations

WARM_UP = ("Published 2 March 2021\n\nIn 1989, Soviet troops withdrew from Afghanistan. "
           "On Monday, the president of France met officials in Kabul, the ministry said.")

try:
    from ..ingest import document_from_text
    from .partition import get_pipeline

    get_pipeline(None).process(document_from_text(WARM_UP, doc_id="warm-up"))
except Exception:  # a worker then loads (or reports) the model itself
    pass
