"""Thin Typer layer over the library: each command parses, validates and calls one function.

Commands live in `eventlens.commands.<area>` modules, each exposing `register(app, eval_app)`,
so every stage owns its commands without editing this file.
"""

from __future__ import annotations

import importlib
import sys

import typer

from .errors import EventlensError

COMMAND_MODULES = (
    "extract",  # extract
    "time",  # timex, eval te3
    "events",  # eval plover, eval petr2
    "claims",  # conflicts, eval claims
    "store",  # ingest, events, actors, docs, export
    "analysis",  # timeline, shifts, network
    "web",  # serve
    "places",  # eval location, places
    "gate",  # eval check
)

app = typer.Typer(
    name="eventlens",
    help="Turn news into political event data: who did what to whom, when, and who says so.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score eventlens against gold data (prints JSON).",
                       no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"eventlens.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"eventlens.commands.{name}":
                continue  # that stage has no commands yet
            raise
        module.register(app, eval_app)


_register_all()


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        app()
    except EventlensError as exc:
        print(f"eventlens: {exc}", file=sys.stderr)
        sys.exit(2)
