"""Event-coder evaluation on the PLOVER and PETRARCH-2 gold standards (docs/events.md).

Both run the real Pipeline (actors, time, claims, events) over every gold sentence, with
`nlp.pipe`, and score the events it returns.

Definitions (per record; totals are micro-averaged over records):

- actor code of a predicted actor: its ``country`` (persons and groups resolve to the state
  they act for), else ``IGO`` for international organisations, blocs and international
  courts, ``NGO`` for NGOs, ``IMG`` for other non-state groups without a country, else its
  ``id``.
- primary event of a record: the event whose trigger is highest in the dependency tree
  (fewest steps to the sentence root), then the most confident, then the first.
- PLOVER: ``type_accuracy`` = share of records whose primary event has the gold type (labels
  v0.5b1 mapped: FIGHT->ASSAULT, DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE); a record
  with no event counts as wrong. ``type_accuracy_any`` = share where any event has it.
  Actor set = {codes of the primary event's source and target} vs {codes of every gold
  source and target} (JAP->JPN). Triples = (source, type, target) of *every* predicted event
  vs the gold source x target product; a gold side that is empty is a wildcard; matching is
  one-to-one.
- PETR2: triples (source, root, target) of every predicted event vs the gold triples; codes
  compared on their first three letters, roots on two digits with 18 == 19, ``---`` a
  wildcard; one-to-one matching. ``type_accuracy`` = share of records with gold events whose
  primary event's root is a gold root. Actor set = codes of every predicted event vs codes of
  every gold event (wildcards left out). ``no_event_accuracy`` = share of ``expect_no_event``
  records with no predicted event.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..records import Actor, Document, Event

PLOVER_LABELS = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE",
                 "INVESTIGATE": "ACCUSE"}
GOLD_CODES = {"JAP": "JPN"}
KIND_CODES = {"igo": "IGO", "bloc": "IGO", "court": "IGO", "ngo": "NGO"}
GROUP_KINDS = {"armed_group", "group", "party", "movement", "militant", "insurgent"}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def actor_code(actor: Actor | None) -> str | None:
    """The code an actor is scored by (see the module docstring)."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    kind = (actor.kind or "").lower()
    if kind not in KIND_CODES and kind not in GROUP_KINDS and actor.name:
        from ..actors import lookup_actor  # a person acting for an organisation: its kind

        org = lookup_actor(actor.name)
        kind = (org.kind or kind) if org is not None and org.id == actor.id else kind
    if kind in KIND_CODES:
        return KIND_CODES[kind]
    if kind in GROUP_KINDS and actor.id:
        return "IMG"
    return actor.id


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _run(records: Sequence[dict[str, Any]], dates: Sequence[str | None]
         ) -> list[tuple[list[Event], list[int]]]:
    """Events of every record through the real Pipeline, with each event's trigger depth."""
    from ..pipeline import Pipeline

    pipe = Pipeline()
    docs = [Document(doc_id=str(r.get("id", i)), text=r["text"], published=d)
            for i, (r, d) in enumerate(zip(records, dates, strict=True))]
    results = list(pipe.process_many(docs))
    parses = pipe.nlp.pipe([d.text for d in docs], batch_size=pipe.settings.batch_size)
    out = []
    for result, doc in zip(results, parses, strict=True):
        events = list(result.events)
        out.append((events, [_depth(doc, e) for e in events]))
    return out


def _depth(doc: Any, event: Event) -> int:
    """Steps from the event's trigger token to the root of its sentence."""
    start = event.evidence.trigger_start
    tok = next((t for t in doc if t.idx <= (start or 0) < t.idx + len(t.text) + 1), None)
    if tok is None:
        return 99
    steps = 0
    while tok.head.i != tok.i and steps < 50:
        tok, steps = tok.head, steps + 1
    return steps


def primary(events: list[Event], depths: list[int]) -> Event | None:
    """Highest trigger in the tree, then most confident, then first."""
    if not events:
        return None
    order = sorted(range(len(events)), key=lambda i: (depths[i], -events[i].confidence, i))
    return events[order[0]]


def _match(pred: list[tuple], gold: list[tuple], same) -> int:
    """One-to-one greedy matching; returns the number of matched pairs."""
    used: set[int] = set()
    tp = 0
    for p in pred:
        for j, g in enumerate(gold):
            if j not in used and same(p, g):
                used.add(j)
                tp += 1
                break
    return tp


# ---------------------------------------------------------------- PLOVER


def _gold_actors(side: Any) -> list[str]:
    if not isinstance(side, list):
        return []
    return [GOLD_CODES.get(a.get("code"), a.get("code")) for a in side if a.get("code")]


def _plover_same(p: tuple, g: tuple) -> bool:
    return p[1] == g[1] and (g[0] is None or p[0] == g[0]) and (g[2] is None or p[2] == g[2])


def evaluate_plover(path: Path | str) -> dict[str, Any]:
    """Type accuracy, actor-set and triple P/R/F1 on the PLOVER GSR (see module docstring)."""
    records = read_jsonl(Path(path))
    runs = _run(records, [None] * len(records))
    correct = correct_any = covered = 0
    a_tp = a_pred = a_gold = t_tp = t_pred = t_gold = 0
    per_type: dict[str, list[int]] = {}
    for rec, (events, depths) in zip(records, runs, strict=True):
        gold_type = PLOVER_LABELS.get(rec["event"], rec["event"])
        sources, targets = _gold_actors(rec.get("source")), _gold_actors(rec.get("target"))
        top = primary(events, depths)
        hit = top is not None and top.type == gold_type
        correct += hit
        correct_any += any(e.type == gold_type for e in events)
        covered += bool(events)
        per_type.setdefault(gold_type, [0, 0])
        per_type[gold_type][0] += hit
        per_type[gold_type][1] += 1
        gold_set = set(sources) | set(targets)
        pred_set = {c for c in (actor_code(top.source), actor_code(top.target))
                    if c} if top else set()
        a_tp += len(gold_set & pred_set)
        a_pred += len(pred_set)
        a_gold += len(gold_set)
        gold_sources: list[str | None] = [*sources] if sources else [None]
        gold_targets: list[str | None] = [*targets] if targets else [None]
        gold_triples = [(s, gold_type, t) for s in gold_sources for t in gold_targets]
        pred_triples = [(actor_code(e.source), e.type, actor_code(e.target)) for e in events]
        t_tp += _match(pred_triples, gold_triples, _plover_same)
        t_pred += len(pred_triples)
        t_gold += len(gold_triples)
    n = len(records)
    ap, ar, af = prf(a_tp, a_pred, a_gold)
    tp_, tr, tf = prf(t_tp, t_pred, t_gold)
    return {
        "records": n, "type_accuracy": round(correct / n, 4),
        "type_accuracy_any": round(correct_any / n, 4), "coverage": round(covered / n, 4),
        "actor_precision": ap, "actor_recall": ar, "actor_f1": af,
        "triple_precision": tp_, "triple_recall": tr, "triple_f1": tf,
        "per_type_accuracy": {k: round(v[0] / v[1], 3) for k, v in sorted(per_type.items())},
    }


# ---------------------------------------------------------------- PETR2


def _root(code: str | None) -> str | None:
    if not code:
        return None
    root = str(code)[:2]
    return "19" if root == "18" else root


def _petr_code(code: str | None) -> str | None:
    """First three letters of a CAMEO actor code; None for the '---' wildcard."""
    if not code or code.startswith("---"):
        return None
    return GOLD_CODES.get(code[:3], code[:3])


def _petr_same(p: tuple, g: tuple) -> bool:
    return p[1] == g[1] and (g[0] is None or p[0] == g[0]) and (g[2] is None or p[2] == g[2])


def evaluate_petr2(path: Path | str) -> dict[str, Any]:
    """Root-code triple P/R/F1, type accuracy, actor sets and no-event accuracy on PETR2 GSR."""
    records = [r for r in read_jsonl(Path(path)) if not r.get("expect_error")]
    dates = [_iso(r.get("date")) for r in records]
    runs = _run(records, dates)
    t_tp = t_pred = t_gold = a_tp = a_pred = a_gold = 0
    typed = typed_ok = none_n = none_ok = 0
    for rec, (events, depths) in zip(records, runs, strict=True):
        gold = [(_petr_code(g["sourcecode"]), _root(g["eventcode"]), _petr_code(g["targetcode"]))
                for g in rec.get("gold_events") or []]
        pred = [(actor_code(e.source), _root(e.cameo), actor_code(e.target)) for e in events]
        if rec.get("expect_no_event") or not gold:
            none_n += 1
            none_ok += not events
        else:
            typed += 1
            top = primary(events, depths)
            typed_ok += top is not None and _root(top.cameo) in {g[1] for g in gold}
        t_tp += _match(pred, gold, _petr_same)
        t_pred += len(pred)
        t_gold += len(gold)
        gold_set = {c for g in gold for c in (g[0], g[2]) if c}
        pred_set = {c for p in pred for c in (p[0], p[2]) if c}
        a_tp += len(gold_set & pred_set)
        a_pred += len(pred_set)
        a_gold += len(gold_set)
    tp_, tr, tf = prf(t_tp, t_pred, t_gold)
    ap, ar, af = prf(a_tp, a_pred, a_gold)
    return {
        "records": len(records), "gold_triples": t_gold, "predicted_triples": t_pred,
        "triple_precision": tp_, "triple_recall": tr, "triple_f1": tf,
        "type_accuracy": round(typed_ok / typed, 4) if typed else 0.0,
        "actor_precision": ap, "actor_recall": ar, "actor_f1": af,
        "no_event_accuracy": round(none_ok / none_n, 4) if none_n else 0.0,
    }


# ---------------------------------------------------------------- seeds

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
BOILERPLATE = ("Please enter", "Leave a Reply", "email address", "The End", "Required fields")


def seed_item_found(item: dict[str, Any], events: list[Event]) -> bool:
    """One acceptance item: PLOVER type family, actor ids, year, trigger word, evidence words."""
    for e in events:
        if e.doc_id != item["doc"] or e.type not in item["types"]:
            continue
        if item.get("source") and (e.source.id if e.source else None) not in item["source"]:
            continue
        if item.get("target") and (e.target.id if e.target else None) not in item["target"]:
            continue
        year = item.get("year")
        if year and not (e.date.start and e.date.start[:4] <= str(year)
                         <= (e.date.end or e.date.start)[:4]):
            continue
        if item.get("trigger") and item["trigger"] not in e.evidence.trigger.lower():
            continue
        if item.get("evidence") and item["evidence"] not in e.evidence.text:
            continue
        return True
    return False


def evaluate_seeds(path: Path | str, seeds: Path = SEEDS) -> dict[str, Any]:
    """Share of the seed acceptance items (eval/seeds_gold.jsonl) found by the full pipeline
    over the seed files read through ingest, and events read from boilerplate lines."""
    from ..ingest import read_paths
    from ..pipeline import Pipeline

    items = read_jsonl(Path(path))
    docs = [d for d in read_paths([str(seeds)]) if isinstance(d, Document)]
    events = [e for r in Pipeline().process_many(docs) for e in r.events]
    found = [i["id"] for i in items if seed_item_found(i, events)]
    boiler = sum(1 for e in events if any(b in e.evidence.text for b in BOILERPLATE))
    return {"items": len(items), "found": len(found),
            "recall": round(len(found) / len(items), 4) if items else 0.0,
            "missed": [i["id"] for i in items if i["id"] not in found],
            "events": len(events), "boilerplate_events": boiler,
            "no_boilerplate_events": 1.0 if boiler == 0 else 0.0}



# ---------------------------------------------------------------- unseen articles

UNSEEN = Path(__file__).resolve().parents[3] / "eval" / "unseen"


def _types(item: dict[str, Any]) -> set[str]:
    t = item["type"]
    return set(t) if isinstance(t, list) else {t}


def _unseen_same(e: Event, g: dict[str, Any]) -> bool:
    """Same type (one of the gold's), same source id, same target id (a null gold target is
    a wildcard: the article names no recipient the coder could be held to)."""
    return (e.type in _types(g) and (e.source.id if e.source else None) == g["source"]
            and (g["target"] is None or (e.target.id if e.target else None) == g["target"]))


def score_unseen(items: list[dict[str, Any]], events: list[Event]) -> dict[str, Any]:
    """Event P/R/F1 by (type, source, target) and type accuracy (see evaluate_unseen)."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for g in items:
        groups.setdefault((g["doc"], g["sentence"]), []).append(g)
    tp = found_trigger = typed_ok = 0
    missed: list[str] = []
    for (doc, locator), gold in groups.items():
        pred = [e for e in events if e.doc_id == doc and locator in e.evidence.text]
        used: set[int] = set()
        for g in gold:
            j = next((k for k, e in enumerate(pred) if k not in used and _unseen_same(e, g)), None)
            if j is None:
                missed.append(f"{doc}: {g['trigger']} {'/'.join(sorted(_types(g)))} "
                              f"{g['source']}->{g['target']}")
            else:
                used.add(j)
                tp += 1
            at_trigger = [e for e in pred if g["trigger"].lower() in e.evidence.trigger.lower()]
            found_trigger += bool(at_trigger)
            typed_ok += any(e.type in _types(g) for e in at_trigger)
    docs = {g["doc"] for g in items}
    n_pred = sum(1 for e in events if e.doc_id in docs)
    p, r, f = prf(tp, n_pred, len(items))
    return {"gold_events": len(items), "predicted_events": n_pred, "matched": tp,
            "event_precision": p, "event_recall": r, "event_f1": f,
            "trigger_recall": round(found_trigger / len(items), 4) if items else 0.0,
            "type_accuracy": round(typed_ok / found_trigger, 4) if found_trigger else 0.0,
            "missed": missed}


def evaluate_unseen(path: Path | str) -> dict[str, Any]:
    """Events of hand-labelled articles on conflicts the lexicon was not written from.

    `path` is the gold file (eval/unseen/gold.jsonl: doc, sentence locator, trigger, type or
    list of acceptable types, source id, target id or null) or its directory; the articles
    are the other files of that directory, read through ingest and the full pipeline.
    Matching is one-to-one within the sentence that contains the locator. Precision counts
    every event predicted in the labelled documents; ``type_accuracy`` is the share of gold
    events, among those whose trigger word some predicted event carries, coded with the gold
    type.
    """
    from ..ingest import read_paths
    from ..pipeline import Pipeline

    path = Path(path)
    gold_file = path / "gold.jsonl" if path.is_dir() else path
    items = read_jsonl(gold_file)
    files = sorted(str(f) for f in gold_file.parent.iterdir()
                   if f.is_file() and f.name != gold_file.name and not f.name.startswith("."))
    docs = [d for d in read_paths(files) if isinstance(d, Document)]
    events = [e for r in Pipeline().process_many(docs) for e in r.events]
    return score_unseen(items, events)


def _iso(value: str | None) -> str | None:
    if value and len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return None


def summary(scores: dict[str, Any], keys: Iterable[str]) -> str:
    return ", ".join(f"{k}={scores[k]}" for k in keys if k in scores)
