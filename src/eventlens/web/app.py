"""FastAPI app: a read-only JSON API over a store and the single-page web UI served with it.

Every page path answers with the same HTML shell; `static/app.js` renders the page from
the API. Article text is untrusted: the UI builds DOM with textContent only, and a strict
Content-Security-Policy backs that up (scripts from 'self' only, no inline script; Vega needs
'unsafe-eval' for its expression compiler, which does not let injected markup run).
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import analysis as an
from .backend import Backend

STATIC = Path(__file__).parent / "static"
PAGES = ("events", "timeline", "network", "reader", "conflicts", "map")
CSP = ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
MAX_LIMIT = 500


def _split(value: str | None) -> list[str] | None:
    if not value:
        return None
    parts = [p.strip() for p in value.split(",") if p.strip()]
    return parts or None


def _filters(backend: Backend, a: str | None, b: str | None, source: str | None,
             target: str | None, type: str | None, quad_class: str | None,
             factuality: str | None, start: str | None, end: str | None, doc_id: str | None,
             outlet: str | None, text: str | None) -> dict[str, Any]:
    """Query parameters -> Store.events filters (actor names resolved to ids)."""
    ra, rb = backend.resolve(a), backend.resolve(b)
    f: dict[str, Any] = {
        "source": backend.resolve(source), "target": backend.resolve(target),
        "type": _split(type), "factuality": _split(factuality), "start": start or None,
        "end": end or None, "doc_id": doc_id or None, "outlet": _split(outlet),
        "text": text or None,
    }
    if quad_class:
        try:
            f["quad_class"] = [int(q) for q in _split(quad_class) or []]
        except ValueError as exc:
            raise HTTPException(422, "quad_class must be numbers 1-4, comma-separated") from exc
    if ra and rb:
        f["dyad"] = (ra, rb)
    elif ra or rb:
        f["actor"] = ra or rb
    return f


def create_app(db: str | Path) -> FastAPI:
    """The app over the store at `db`, opened read-only for the app's lifetime."""
    backend = Backend(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        yield
        backend.close()

    app = FastAPI(title="eventlens", version="0.1.0", lifespan=lifespan,
                  description="Read-only API over an eventlens store: events, actors, "
                              "documents, dyad timelines, shifts, networks, conflicts.")
    app.state.backend = backend

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    filter_params = dict(
        a=Query(None, description="Actor id or name; with b, the dyad a-b (both directions)."),
        b=Query(None, description="Second actor of the dyad."),
        source=Query(None), target=Query(None),
        type=Query(None, description="PLOVER types, comma-separated."),
        quad_class=Query(None, description="Quad classes 1-4, comma-separated."),
        factuality=Query(None, description="asserted,reported,denied,negated,hypothetical"),
        start=Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD: events overlapping from."),
        end=Query(None, description="Events overlapping up to this date."),
        doc_id=Query(None), outlet=Query(None),
        text=Query(None, description="Substring of the evidence sentence."),
    )

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Store path, row counts, and that the API is read-only."""
        return {"status": "ok", "db": Path(backend.db).name, "read_only": True,
                "counts": backend.counts()}

    @app.get("/api/events", tags=["events"])
    def events(a: str | None = filter_params["a"], b: str | None = filter_params["b"],
               source: str | None = filter_params["source"],
               target: str | None = filter_params["target"],
               type: str | None = filter_params["type"],
               quad_class: str | None = filter_params["quad_class"],
               factuality: str | None = filter_params["factuality"],
               start: str | None = filter_params["start"], end: str | None = filter_params["end"],
               doc_id: str | None = filter_params["doc_id"],
               outlet: str | None = filter_params["outlet"],
               text: str | None = filter_params["text"],
               limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
               ) -> dict[str, Any]:
        """Event records (the DESIGN.md contract) matching every filter, oldest first."""
        f = _filters(backend, a, b, source, target, type, quad_class, factuality, start, end,
                     doc_id, outlet, text)
        rows, total = backend.events(limit=limit, offset=offset, **f)
        return {"total": total, "limit": limit, "offset": offset, "events": rows,
                "filters": {k: v for k, v in f.items() if v}}

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: str) -> dict[str, Any]:
        """One event record."""
        for e in backend.all_events():
            if e.get("event_id") == event_id:
                return e
        raise HTTPException(404, f"no event {event_id}")

    @app.get("/api/map", tags=["events"])
    def map_points(a: str | None = filter_params["a"], b: str | None = filter_params["b"],
                   source: str | None = filter_params["source"],
                   target: str | None = filter_params["target"],
                   type: str | None = filter_params["type"],
                   quad_class: str | None = filter_params["quad_class"],
                   factuality: str | None = filter_params["factuality"],
                   start: str | None = filter_params["start"],
                   end: str | None = filter_params["end"],
                   doc_id: str | None = filter_params["doc_id"],
                   outlet: str | None = filter_params["outlet"],
                   text: str | None = filter_params["text"]) -> dict[str, Any]:
        """Events with a located place (lat/lon), filtered like /api/events."""
        f = _filters(backend, a, b, source, target, type, quad_class, factuality, start, end,
                     doc_id, outlet, text)
        rows, total = backend.events(limit=100_000, offset=0, **f)
        points = []
        for e in rows:
            loc = e.get("location") or {}
            if loc.get("lat") is None or loc.get("lon") is None:
                continue
            points.append({
                "event_id": e["event_id"], "doc_id": e["doc_id"], "lat": loc["lat"],
                "lon": loc["lon"], "place": loc.get("name"), "country": loc.get("country"),
                "feature": loc.get("feature"), "type": e.get("type"),
                "quad_class": e.get("quad_class"), "factuality": e.get("factuality"),
                "date": (e.get("date") or {}).get("start"),
                "precision": (e.get("date") or {}).get("precision"),
                "source": (e.get("source") or {}).get("name"),
                "target": (e.get("target") or {}).get("name"),
            })
        return {"total": total, "located": len(points), "points": points}

    @app.get("/api/actors", tags=["actors"])
    def actors() -> list[dict[str, Any]]:
        """Actors with mention and event counts and their surface forms."""
        return backend.actors()

    @app.get("/api/documents", tags=["documents"])
    def documents() -> list[dict[str, Any]]:
        """Stored documents (no text)."""
        return backend.docs()

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def document(doc_id: str) -> dict[str, Any]:
        """One document: text, sentences, actor mentions and events."""
        doc = backend.document(doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id}")
        return doc

    @app.get("/api/timeline", tags=["analysis"])
    def timeline(a: str = Query(..., description="Actor id or name"),
                 b: str = Query(..., description="Actor id or name"),
                 by: str = Query("year", pattern="^(year|month)$")) -> dict[str, Any]:
        """Dyad series per period with relation states and the shifts between them."""
        ra, rb = _actor_or_404(a), _actor_or_404(b)
        return backend.timeline(ra, rb, by)

    @app.get("/api/shifts", tags=["analysis"])
    def shifts(a: str | None = None, b: str | None = None,
               by: str = Query("year", pattern="^(year|month)$"),
               min_events: int = Query(2, ge=1)) -> list[dict[str, Any]]:
        """Changes of relation state with the events that mark them (all dyads without a/b)."""
        if a and b:
            return backend.timeline(_actor_or_404(a), _actor_or_404(b), by)["shifts"]
        pairs = an.all_dyads(backend.all_events(), min_events)
        return [s for x, y in pairs for s in backend.timeline(x, y, by)["shifts"]]

    @app.get("/api/network", tags=["analysis"])
    def network(window: str = Query("5y", description="'5y' (years) or 'all'")) -> dict[str, Any]:
        """Signed, weighted actor network per window with centrality and triads."""
        try:
            an.parse_window(window)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from exc
        return {"window": window, "windows": backend.network(window)}

    @app.get("/api/conflicts", tags=["claims"])
    def conflicts() -> list[dict[str, Any]]:
        """Contradiction groups: mentions of one event that disagree."""
        return backend.contradictions()

    def _actor_or_404(name: str) -> str:
        try:
            return an.resolve_actor(name, backend.all_events())
        except an.UnknownActor as exc:
            raise HTTPException(404, str(exc)) from exc

    index = STATIC / "index.html"

    @app.get("/", include_in_schema=False)
    def home() -> FileResponse:
        return FileResponse(index)

    for page in PAGES:
        app.add_api_route(f"/{page}", home, include_in_schema=False, methods=["GET"])
    app.add_api_route("/reader/{doc_id}", lambda doc_id: FileResponse(index),
                      include_in_schema=False, methods=["GET"])

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")

    @app.exception_handler(404)
    async def not_found(request: Request, exc: Exception) -> JSONResponse:
        detail = getattr(exc, "detail", "not found")
        return JSONResponse({"detail": detail}, status_code=404)

    return app
