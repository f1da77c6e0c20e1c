"""Peak memory of `ingest` on a corpus and on one 10 times larger: rss_ratio_10x.

Each ingest runs in a fresh process (1 worker, in-process pipeline) and reports its peak
resident set size (getrusage ru_maxrss); memory bounded by batch size gives a ratio near 1.

    python benchmarks/memory.py                    # 1 and 10 copies of the corpus
    python benchmarks/memory.py --copies 2 --workers 2
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from corpus import machine, run_json, write_corpus

_INGEST = """
import json, resource, sys
from eventlens.store import ingest_paths
s = ingest_paths([sys.argv[1]], db=sys.argv[2], workers=int(sys.argv[3]), progress=False,
                 batch_size=int(sys.argv[4]))
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"peak_rss_mb": rss, "peak_worker_rss_mb": kids, "documents": s.documents,
                  "words": s.words, "events": s.events}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=1, help="copies of each base document at 1x")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=8)
    args = ap.parse_args()
    runs = {}
    with tempfile.TemporaryDirectory(prefix="eventlens-mem-") as tmp:
        for label, copies in (("1x", args.copies), ("10x", 10 * args.copies)):
            corpus = Path(tmp) / label
            size = write_corpus(corpus, copies)
            r = run_json(_INGEST, str(corpus), str(Path(tmp) / f"{label}.duckdb"),
                         str(args.workers), str(args.batch_size))
            runs[label] = {**size, **{k: round(v, 1) if isinstance(v, float) else v
                                      for k, v in r.items()}}
    key = "peak_rss_mb" if args.workers <= 1 else "peak_worker_rss_mb"
    print(json.dumps({
        "runs": runs, "workers": args.workers, "batch_size": args.batch_size,
        "rss_ratio_10x": round(runs["10x"][key] / runs["1x"][key], 3),
        "machine": machine(),
    }, indent=2))


if __name__ == "__main__":
    main()
