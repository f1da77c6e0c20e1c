"""Query speed over a large store: a dyad timeline and a type-by-month count.

Fills a fresh DuckDB store with N synthetic events (default 10 million, 200 actors, dates
1980-2020) by SQL, then times, best of --repeat runs, through the Store API:

- dyad_timeline_ms: Store.timeline(a, b, by="year", include_events=False)
- dyad_timeline_with_events_ms: the same with every event record of the dyad
- type_by_month_ms: Store.type_by_period(by="month") over all events
- events_page_ms: Store.events(actor=a, limit=100)

    python benchmarks/query.py                      # 10,000,000 events
    python benchmarks/query.py --events 1000000
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from corpus import machine


def best_ms(fn, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return round(best * 1000, 1), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from eventlens.store import open_store
    from eventlens.store.synthetic import fill_synthetic_events

    with tempfile.TemporaryDirectory(prefix="eventlens-query-") as tmp:
        db = Path(tmp) / "q.duckdb"
        t = time.perf_counter()
        with open_store(db) as store:
            fill_synthetic_events(store.con, args.events)
        fill_s = time.perf_counter() - t
        with open_store(db, read_only=True) as store:
            n = store.count_events()
            a, b = "A001", "A002"
            tl_ms, periods = best_ms(lambda: store.timeline(a, b, by="year",
                                                            include_events=False), args.repeat)
            tle_ms, with_events = best_ms(lambda: store.timeline(a, b, by="year"), args.repeat)
            tm_ms, counts = best_ms(lambda: store.type_by_period(by="month"), args.repeat)
            page_ms, _ = best_ms(lambda: store.events(actor=a, limit=100), args.repeat)
    print(json.dumps({
        "events": n,
        "fill_s": round(fill_s, 1),
        "dyad_timeline_ms": tl_ms,
        "dyad_events": sum(p["count"] for p in periods),
        "dyad_timeline_with_events_ms": tle_ms,
        "type_by_month_ms": tm_ms,
        "type_by_month_rows": len(counts),
        "events_page_ms": page_ms,
        "machine": machine(),
    }, indent=2))


if __name__ == "__main__":
    main()
