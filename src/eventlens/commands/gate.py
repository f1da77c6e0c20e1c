"""`eventlens eval check`: the evaluation gate run by `make test`."""

from __future__ import annotations

import json

import typer

from .. import evalgate
from .common import say


def check_cmd(
    names: list[str] = typer.Argument(None, help="Evaluations to run (default: all with floors)."),
    update: bool = typer.Option(False, "--update", help="Raise floors to the current scores."),
    allow_lower: bool = typer.Option(False, "--allow-lower",
                                     help="Set floors to current scores even when lower."),
) -> None:
    """Run evaluations and fail (exit 1) when a score is below its floor in eval_baseline.json."""
    failures, scores = evalgate.check(names or None, update=update, allow_lower=allow_lower)
    print(json.dumps(scores, indent=2, sort_keys=True, default=str))
    for f in failures:
        say(f"eventlens: floor broken: {f}")
    if failures:
        raise typer.Exit(1)
    say("eventlens: all scores at or above their floors")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("check")(check_cmd)
