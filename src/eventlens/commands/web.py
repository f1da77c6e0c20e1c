"""`eventlens serve`: the JSON API and the web UI over a store."""

from __future__ import annotations

from pathlib import Path

import typer

from ..settings import load_settings
from .common import say


def serve_cmd(
    db: str | None = typer.Option(None, "--db", help="DuckDB store to serve (default: settings `db`)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback unless told)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    log_level: str = typer.Option("warning", "--log-level", help="uvicorn log level."),
) -> None:
    """Serve the read-only JSON API (OpenAPI docs at /docs) and the web UI."""
    from ..errors import MissingExtra

    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401, I001
    except ImportError as exc:
        raise MissingExtra("web", exc.name or "fastapi") from exc
    import uvicorn

    from ..web import create_app, missing_vendor

    path = db or load_settings().db
    if not Path(path).is_file():
        say(f"eventlens: {path}: no such store; build one with `eventlens ingest PATH --db {path}`")
        raise typer.Exit(2)
    missing = missing_vendor()
    if missing:
        say(f"eventlens: warning: web UI libraries missing ({', '.join(missing)}): run `make vendor` "
            "(npm ci + copy); the API works without them")
    if host not in ("127.0.0.1", "localhost", "::1"):
        say(f"eventlens: warning: binding {host}: the UI will be reachable from other machines")
    app = create_app(path)  # opens the store first: a bad store fails before we announce
    shown = f"[{host}]" if ":" in host else host
    say(f"eventlens: serving {path} read-only at http://{shown}:{port}/ "
        f"(API docs at http://{shown}:{port}/docs); Ctrl-C to stop")
    uvicorn.run(app, host=host, port=port, log_level=log_level)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
