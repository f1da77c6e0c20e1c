"""Intent and refusal: "will provide" -> AGREE, "plans to impose" -> THREATEN, "would not allow" -> REJECT.

Rules as data: ``data/events/intent.csv`` (type -> CAMEO code of the intent / of the refusal)
and ``data/events/intent_cues.csv`` (auxiliaries and governing words that mark intent).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "events"


def _rows(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


@dataclass(frozen=True)
class IntentRules:
    intent: dict[str, str]  # PLOVER type -> CAMEO code of the stated intent
    refusal: dict[str, str]  # PLOVER type -> CAMEO code of the negated intent
    aux: frozenset[str]
    govern: frozenset[str]
    refuse: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> IntentRules:
    table = _rows("intent.csv")
    cues = _rows("intent_cues.csv")
    return IntentRules(
        intent={r["type"]: r["intent"] for r in table if r["intent"]},
        refusal={r["type"]: r["refusal"] for r in table if r["refusal"]},
        aux=frozenset(r["word"] for r in cues if r["kind"] == "aux"),
        govern=frozenset(r["word"] for r in cues if r["kind"] == "govern"),
        refuse=frozenset(r["word"] for r in cues if r["kind"] == "refuse"),
    )


@lru_cache(maxsize=1)
def support_verbs() -> frozenset[str]:
    """Verbs that lend their subject to the nominal event they govern ("held talks")."""
    text = (DATA / "support_verbs.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def partitives() -> frozenset[str]:
    """Quantity nouns a trigger is looked for through ("rounds of talks", "days of clashes")."""
    text = (DATA / "partitives.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def response_verbs() -> frozenset[str]:
    """Verbs whose "with" object is the subject's own act ("responded with air strikes")."""
    text = (DATA / "response_verbs.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def relational_nouns() -> frozenset[str]:
    """Nouns whose possessor is not their actor ("its neighbours", "Rwanda's rivals")."""
    text = (DATA / "relational_nouns.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
