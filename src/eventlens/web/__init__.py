"""Local web UI and JSON API over a store (FastAPI + static single-page UI).

    create_app(db) -> FastAPI          the app over a store opened read-only
    serve(db, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from pathlib import Path

VENDOR = Path(__file__).parent / "static" / "vendor"
VENDOR_FILES = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "cytoscape.min.js",
                "countries-110m.json")


def missing_vendor() -> list[str]:
    """Browser libraries not yet copied from node_modules (`make vendor`)."""
    return [f for f in VENDOR_FILES if not (VENDOR / f).is_file()]


def create_app(db: str | Path):  # type: ignore[no-untyped-def]
    from .app import create_app as make

    return make(db)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000,
          log_level: str = "warning") -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level=log_level)
