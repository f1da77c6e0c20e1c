"""Evaluation gate: every score must stay at or above the floors pinned in eval_baseline.json.

Each evaluation is a library function returning a flat dict of metrics; the `eval ...`
commands print them, and this gate (`eventlens eval check`, run by `make test`) compares them
with the floors. Floors are only raised automatically (`--update`); lowering one needs
`--allow-lower`, so a drop is always a deliberate, reviewed change.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "eval_baseline.json"

# name -> (function "module:attr", default gold path)
EVALUATIONS: dict[str, tuple[str, Path]] = {
    "plover": ("eventlens.events.evaluate:evaluate_plover",
               SHARED / "benchmarks/plover_gsr/plover_gsr.jsonl"),
    "petr2": ("eventlens.events.evaluate:evaluate_petr2",
              SHARED / "benchmarks/petr2_gsr/petr2_gsr.jsonl"),
    "te3": ("eventlens.time.evaluate:evaluate_te3", SHARED / "benchmarks/tempeval3_platinum"),
    "claims": ("eventlens.claims.evaluate:evaluate_claims", ROOT / "eval/claims_gold.jsonl"),
    "location": ("eventlens.places.evaluate:evaluate_location",
                 SHARED / "benchmarks/event_location/event_location_gold.jsonl"),
    "seeds": ("eventlens.events.evaluate:evaluate_seeds", ROOT / "eval/seeds_gold.jsonl"),
    "unseen": ("eventlens.events.evaluate:evaluate_unseen", ROOT / "eval/unseen/gold.jsonl"),
    # labelled before any run and never tuned against (eval/heldout/README.md)
    "heldout": ("eventlens.events.evaluate:evaluate_unseen", ROOT / "eval/heldout/gold.jsonl"),
    "heldout2": ("eventlens.events.evaluate:evaluate_unseen", ROOT / "eval/heldout2/gold.jsonl"),
}


def _function(spec: str) -> Callable[[Path], dict[str, Any]] | None:
    module_name, attr = spec.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    return getattr(module, attr, None)


def load_baseline(path: Path = BASELINE) -> dict[str, dict[str, float]]:
    return json.loads(path.read_text()) if path.exists() else {}


def run(name: str, path: Path | None = None) -> dict[str, Any]:
    """Scores of one evaluation over its gold data."""
    spec, default = EVALUATIONS[name]
    fn = _function(spec)
    if fn is None:
        raise LookupError(f"evaluation '{name}' is not available ({spec} missing)")
    return fn(path or default)


def check(names: list[str] | None = None, update: bool = False,
          allow_lower: bool = False) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """Run the evaluations that have floors; return (failures, scores)."""
    baseline = load_baseline()
    failures: list[str] = []
    scores: dict[str, dict[str, Any]] = {}
    for name in names or list(baseline):
        floors = baseline.get(name, {})
        scores[name] = result = run(name)
        for metric, floor in floors.items():
            value = float(result.get(metric, 0.0))
            if value + 1e-9 < floor and not allow_lower:
                failures.append(f"{name}.{metric} = {value:.4f} is below its floor {floor:.4f}")
            elif update or allow_lower:
                floors[metric] = round(value if allow_lower else max(value, floor), 4)
    if (update or allow_lower) and not failures:
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
    return failures, scores
