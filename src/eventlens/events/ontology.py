"""The event ontology: CAMEO code <-> PLOVER type/mode/context <-> Goldstein <-> quad class.

Loaded from ``data/events/ontology.csv`` (built by ``build_ontology.py`` from the reference
facts). CAMEO codes are always strings ("042", never 42).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "events"

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


@dataclass(frozen=True)
class CameoCode:
    """One row of the ontology table."""

    cameo: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    mode: str | None
    context: str | None


@lru_cache(maxsize=1)
def table() -> dict[str, CameoCode]:
    """Every CAMEO code of the ontology, by code string."""
    path = DATA / "ontology.csv"
    rows: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            rows[rec["cameo"]] = CameoCode(
                cameo=rec["cameo"], root=rec["root"], name=rec["name"],
                goldstein=float(rec["goldstein"]), quad_class=int(rec["quad_class"]),
                plover_type=rec["plover_type"] or None, mode=rec["mode"] or None,
                context=rec["context"] or None)
    return rows


def normalise_code(code: str | int) -> str:
    """A CAMEO code as its canonical string: 42 -> "042", "0874" stays."""
    text = str(code).strip()
    if text.isdigit() and len(text) < 3:
        text = text.zfill(3)
    return text


def lookup(code: str | int) -> CameoCode:
    """The ontology row of a CAMEO code; KeyError for an unknown code."""
    key = normalise_code(code)
    rows = table()
    if key not in rows:
        raise KeyError(f"unknown CAMEO code {key!r}")
    return rows[key]


def quad_class(code: str | int) -> int:
    """GDELT/ICEWS quad class of a CAMEO code (1 verbal coop .. 4 material conflict)."""
    return lookup(code).quad_class


def root_code(code: str | int) -> str:
    """The two-digit CAMEO root of a code: "0874" -> "08"."""
    return normalise_code(code)[:2]


def codes_for_type(plover_type: str) -> list[str]:
    """CAMEO codes mapped to a PLOVER type, most general first."""
    return sorted((c for c, r in table().items() if r.plover_type == plover_type),
                  key=lambda c: (len(c), c))
