"""Hand-built event records (DESIGN.md contract) for the analysis tests."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

_QUAD_OF_TYPE = {"CONSULT": 1, "AGREE": 1, "AID": 2, "COOPERATE": 2, "ACCUSE": 3,
                 "THREATEN": 3, "SANCTION": 3, "ASSAULT": 4, "COERCE": 4}
_GOLD_OF_QUAD = {1: 3.0, 2: 6.0, 3: -4.0, 4: -9.0}
_ids = itertools.count()


def make_event(source: str, target: str | None, etype: str, start: str | None,
               factuality: str = "asserted", goldstein: float | None = None,
               end: str | None = None, name: dict[str, str] | None = None) -> dict[str, Any]:
    quad = _QUAD_OF_TYPE[etype]
    names = {"RUS": "Russia", "TAL": "Taliban", "USA": "United States", "AFG": "Afghanistan",
             "PAK": "Pakistan", "IRN": "Iran", **(name or {})}

    def actor(code: str | None) -> dict[str, Any] | None:
        if code is None:
            return None
        return {"id": code, "name": names.get(code, code), "text": names.get(code, code),
                "country": code, "sector": None, "kind": "state"}

    n = next(_ids)
    return {
        "event_id": f"ev{n}", "doc_id": "doc1", "type": etype, "mode": None,
        "cameo": "000", "quad_class": quad,
        "goldstein": _GOLD_OF_QUAD[quad] if goldstein is None else goldstein,
        "source": actor(source), "target": actor(target),
        "date": {"start": start, "end": end or start, "precision": "year",
                 "basis": "explicit", "text": start},
        "location": None, "factuality": factuality, "attributed_to": None,
        "evidence": {"text": f"sentence {n}", "start": 0, "end": 10, "trigger": "did"},
        "confidence": 0.9,
    }


@pytest.fixture
def ev():
    return make_event


@pytest.fixture
def russia_taliban(ev):
    """Hostility in the 1990s to 2003, contacts from 2006, cooperation in 2015."""
    return [
        ev("RUS", "TAL", "ACCUSE", "1996-01-01"),
        ev("TAL", "RUS", "ASSAULT", "1996-08-01"),
        ev("RUS", "TAL", "SANCTION", "1999-10-15"),
        ev("RUS", "TAL", "COERCE", "2003-02-14"),
        ev("RUS", "TAL", "CONSULT", "2006-05-01"),
        ev("TAL", "RUS", "CONSULT", "2007-03-01"),
        ev("RUS", "TAL", "AID", "2015-01-01", factuality="reported"),
        ev("RUS", "TAL", "AID", "2016-01-01", factuality="denied"),
        ev("RUS", "TAL", "ASSAULT", "2017-01-01", factuality="hypothetical"),
        ev("RUS", "TAL", "CONSULT", None),
        ev("RUS", "USA", "ACCUSE", "2020-06-01"),
    ]


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory, seeds):
    """The two seed articles through the real pipeline into a real store (`eventlens ingest`)."""
    import subprocess
    import sys

    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    r = subprocess.run([sys.executable, "-m", "eventlens", "ingest", str(seeds), "--db", str(db),
                        "--quiet"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return db
