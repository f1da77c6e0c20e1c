"""Bounded load test of the web UI and API: N concurrent clients on loopback for S seconds.

Starts its own `eventlens serve` on 127.0.0.1 (a free port) over a store, runs a short
baseline phase against one static file (the cheapest answer the server gives), then the main
phase over the UI's pages and API endpoints, stops the server and prints JSON: requests,
errors, status codes, throughput and latency percentiles per endpoint, and ratios of the
main phase against the baseline measured in the same run.

    python benchmarks/load.py                      # store of the examples (ingested once)
    python benchmarks/load.py --db eventlens.duckdb --clients 50 --seconds 30
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parents[1]
BASELINE_URL = "/static/app.css"


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(paths: list[str], db: Path) -> None:
    say(f"load: ingesting {' '.join(paths)} into {db}")
    subprocess.run([sys.executable, "-m", "eventlens", "ingest", *paths, "--db", str(db),
                    "--quiet"], check=True)


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "eventlens", "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"load: server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("load: server did not start within 90 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stderr:
        proc.stderr.close()


def targets(base: str) -> list[str]:
    """The UI's pages, its static files and every API endpoint (with a real dyad)."""
    urls = ["/", "/events", "/timeline", "/network", "/map", "/reader", "/conflicts",
            "/static/app.js", "/static/app.css", "/api/health", "/api/events", "/api/actors",
            "/api/documents", "/api/conflicts", "/api/map", "/api/network?window=5y",
            "/api/shifts"]
    docs = httpx.get(base + "/api/documents", timeout=30).json()
    if docs:
        urls += [f"/reader/{docs[0]['doc_id']}", f"/api/documents/{docs[0]['doc_id']}"]
    nets = httpx.get(base + "/api/network?window=all", timeout=60).json()["windows"]
    edges = sorted(nets[0]["edges"], key=lambda e: -e["events"]) if nets else []
    if edges:
        q = urlencode({"a": edges[0]["source"], "b": edges[0]["target"]})
        urls += [f"/events?{q}", f"/timeline?{q}", f"/api/events?{q}", f"/api/timeline?{q}"]
    return urls


async def client(http: httpx.AsyncClient, urls: list[str], offset: int, stop_at: float,
                 results: list[tuple[str, int, float]]) -> None:
    i = offset
    while time.monotonic() < stop_at:
        url = urls[i % len(urls)]
        i += 1
        t0 = time.perf_counter()
        try:
            r = await http.get(url)
            await r.aread()
            status = r.status_code
        except httpx.HTTPError as exc:
            status = -1
            say(f"load: {url}: {type(exc).__name__}")
        results.append((url, status, (time.perf_counter() - t0) * 1000))


async def phase(base: str, urls: list[str], clients: int, seconds: float) -> dict:
    results: list[tuple[str, int, float]] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        start = time.monotonic()
        stop_at = start + seconds
        await asyncio.gather(*(client(http, urls, k, stop_at, results) for k in range(clients)))
        elapsed = time.monotonic() - start
    return summarise(results, elapsed)


def pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return round(values[k], 2)


def latency(values: list[float]) -> dict:
    return {"p50_ms": pct(values, 50), "p90_ms": pct(values, 90), "p95_ms": pct(values, 95),
            "p99_ms": pct(values, 99), "max_ms": round(max(values), 2) if values else 0.0,
            "mean_ms": round(statistics.fmean(values), 2) if values else 0.0}


def summarise(results: list[tuple[str, int, float]], elapsed: float) -> dict:
    statuses = Counter(str(s) for _, s, _ in results)
    per: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for url, s, ms in results:
        per[url].append((s, ms))
    errors = sum(1 for _, s, _ in results if s != 200)
    return {
        "seconds": round(elapsed, 2),
        "requests": len(results),
        "errors": errors,
        "status_codes": dict(sorted(statuses.items())),
        "requests_per_second": round(len(results) / elapsed, 1) if elapsed else 0.0,
        "latency": latency([ms for _, _, ms in results]),
        "endpoints": {url: {"requests": len(v), "errors": sum(1 for s, _ in v if s != 200),
                            **latency([ms for _, ms in v])} for url, v in sorted(per.items())},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="store to serve (default: ingest --paths into a temp store)")
    ap.add_argument("--paths", nargs="+", default=[str(ROOT / "examples")],
                    help="documents to ingest when no --db is given (default: examples/)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--baseline-seconds", type=float, default=5.0)
    args = ap.parse_args()
    if args.clients < 1 or args.seconds <= 0 or args.seconds > 600:
        ap.error("--clients must be >= 1 and --seconds in (0, 600]")

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "load.duckdb"
        if not args.db:
            build_store(args.paths, db)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = start_server(db, port)
        try:
            urls = targets(base)
            say(f"load: baseline {args.baseline_seconds:g}s of {BASELINE_URL}, {args.clients} clients")
            baseline = asyncio.run(phase(base, [BASELINE_URL], args.clients,
                                         args.baseline_seconds))
            say(f"load: main phase {args.seconds:g}s over {len(urls)} URLs, {args.clients} clients")
            main_phase = asyncio.run(phase(base, urls, args.clients, args.seconds))
        finally:
            stop_server(proc)
    b, m = baseline["latency"], main_phase["latency"]
    report = {
        "command": "python benchmarks/load.py " + " ".join(sys.argv[1:]),
        "clients": args.clients,
        "server": "eventlens serve (uvicorn, 1 process) on 127.0.0.1",
        "baseline": {"url": BASELINE_URL, **{k: baseline[k] for k in
                                 ("seconds", "requests", "errors", "requests_per_second",
                                  "latency")}},
        **{k: main_phase[k] for k in ("seconds", "requests", "errors", "status_codes",
                                      "requests_per_second", "latency", "endpoints")},
        "ratios_vs_baseline": {
            "requests_per_second": round(main_phase["requests_per_second"]
                                         / max(baseline["requests_per_second"], 1e-9), 3),
            "p50": round(m["p50_ms"] / max(b["p50_ms"], 1e-9), 2),
            "p95": round(m["p95_ms"] / max(b["p95_ms"], 1e-9), 2),
        },
    }
    print(json.dumps(report, indent=2))
    return 0 if main_phase["errors"] == 0 and main_phase["requests"] > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
