"""Shared by the store/engine benchmarks: a scalable corpus built from real articles.

The base documents are the example corpus (examples/) and the seeds; copy k of each gets a
one-line suffix, so every copy has its own content hash and is really processed and stored.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "examples", ROOT.parent / "shared" / "seeds"]


def base_documents() -> list[tuple[str, str]]:
    """(doc_id, text) of the readable base documents."""
    from eventlens.ingest import read_paths
    from eventlens.records import Document

    paths = [str(p) for p in SOURCES if p.is_dir()]
    return [(d.doc_id, d.text) for d in read_paths(paths) if isinstance(d, Document)]


def write_corpus(out: Path, copies: int) -> dict[str, int]:
    """`copies` copies of every base document as .txt files under `out`."""
    out.mkdir(parents=True, exist_ok=True)
    docs = words = 0
    base = base_documents()
    for k in range(copies):  # copy-major names: every batch mixes long and short articles
        for doc_id, text in base:
            body = f"{text}\n\nCopy {k + 1} of this article.\n"
            (out / f"{k:04d}__{doc_id}.txt").write_text(body, encoding="utf-8")
            docs += 1
            words += len(body.split())
    return {"documents": docs, "words": words}


def corpus_texts(copies: int) -> list[str]:
    return [f"{text}\n\nCopy {k + 1} of this article.\n"
            for _, text in base_documents() for k in range(copies)]


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident set size of this process (or of its waited-for children), in MB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024.0


def run_json(code: str, *args: str) -> dict:
    """Run `code` in a fresh Python process (argv = args); it prints one JSON object."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "benchmarks"))
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr else "failed")
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine() -> dict:
    return {"cpus": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2)}
