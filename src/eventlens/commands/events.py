"""`eventlens eval plover|petr2|seeds|unseen` (coder scores, JSON) and `eventlens lexicon` (triggers)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from .. import evalgate
from .common import say


def _evaluate(name: str, path: Path | None) -> None:
    if path is not None and not path.exists():
        raise typer.BadParameter(f"{path}: no such file")
    say(f"eventlens: scoring {name} through the full pipeline ...")
    scores = evalgate.run(name, path)
    print(json.dumps(scores, indent=2, sort_keys=True))


def eval_plover_cmd(
    path: Path = typer.Argument(None, help="PLOVER GSR JSONL (default ../shared/benchmarks/plover_gsr/plover_gsr.jsonl)."),
) -> None:
    """Score the event coder on the PLOVER gold-standard records (prints JSON)."""
    _evaluate("plover", path)


def eval_petr2_cmd(
    path: Path = typer.Argument(None, help="PETR2 GSR JSONL (default ../shared/benchmarks/petr2_gsr/petr2_gsr.jsonl)."),
) -> None:
    """Score the event coder on the PETRARCH-2 validation triples (prints JSON)."""
    _evaluate("petr2", path)


def eval_seeds_cmd(
    path: Path = typer.Argument(None, help="Seed acceptance items (default eval/seeds_gold.jsonl)."),
) -> None:
    """Share of the seed acceptance items the full pipeline finds in ../shared/seeds (prints JSON)."""
    _evaluate("seeds", path)


def eval_unseen_cmd(
    path: Path = typer.Argument(None, help="Gold file or its directory (default eval/unseen/gold.jsonl)."),
) -> None:
    """Event precision/recall and type accuracy on hand-labelled articles about other conflicts (prints JSON)."""
    _evaluate("unseen", path)


def lexicon_cmd(
    type_: str = typer.Option(None, "--type", help="Only triggers of this PLOVER type (e.g. ASSAULT)."),
) -> None:
    """List the trigger lexicon as JSON lines: kind, words, CAMEO, PLOVER type/mode, target roles."""
    from ..events.lexicon import load

    lex = load()
    entries = [t for ts in lex.verbs.values() for t in ts] + \
        [t for ts in lex.nouns.values() for t in ts] + list(lex.light.values())
    n = 0
    for t in sorted(entries, key=lambda t: (t.type, t.kind, t.words)):
        if type_ and t.type != type_.upper():
            continue
        print(json.dumps({"kind": t.kind, "trigger": " ".join(t.words), "cameo": t.cameo,
                          "type": t.type, "mode": t.mode, "goldstein": t.goldstein,
                          "quad_class": t.quad_class, "targets": list(t.targets),
                          "flags": sorted(t.flags)}))
        n += 1
    say(f"eventlens: {n} triggers")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("plover")(eval_plover_cmd)
    eval_app.command("petr2")(eval_petr2_cmd)
    eval_app.command("seeds")(eval_seeds_cmd)
    eval_app.command("unseen")(eval_unseen_cmd)
    app.command("lexicon")(lexicon_cmd)
