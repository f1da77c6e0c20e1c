"""Throughput of extraction and ingest against bare spaCy, and the speedup of 2 workers.

All measured in the same run on the same corpus (copies of examples/ and the seeds):

- spacy_words_per_s: bare `nlp.pipe` over the texts with the model as `spacy.load` gives it
  (without eventlens's own line-break component; model already loaded);
- extract_words_per_s: the whole pipeline (`Pipeline.process_many`), model already loaded
  (issue 2 item 9), and extract_ratio_vs_spacy;
- ingest_words_per_s: `ingest_paths` with 1 worker (reading, pipeline, DuckDB writes,
  merge refresh), model already loaded, into one store per pass that grows slice by slice
  as an analyst's store does: ratio_vs_spacy;
- speedup_2_workers: wall time of a complete `ingest_paths` run with 1 worker over one with
  2 workers, each in a fresh process (both pay model loading; the pool's forkserver loads it
  once for both workers), best of --repeat interleaved runs of each.

Why slices: on this small shared machine the speed of the same work drifts by +-20% over
tens of seconds. The corpus is cut into --slices parts; each pass runs spaCy, extract and
ingest on one slice before moving to the next, and each side keeps the best time of every
slice over --repeat passes. Slow spells then hit the three alike.

    python benchmarks/throughput.py                 # 25 copies of the corpus (~104k words)
    python benchmarks/throughput.py --copies 50

The default corpus is large enough that the 2-worker run is not dominated by the one-off
cost of loading the model (about 2.5 s, paid once by each run; at 3 copies, ~12k words,
loading is most of it, and any pool looks slow).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import spacy
from corpus import machine, run_json, write_corpus

_INGEST = """
import json, sys, time
from eventlens.store import ingest_paths
t = time.perf_counter()
s = ingest_paths([sys.argv[1]], db=sys.argv[2], workers=int(sys.argv[3]), progress=False,
                 batch_size=int(sys.argv[4]))
print(json.dumps({"seconds": time.perf_counter() - t, "documents": s.documents,
                  "words": s.words, "events": s.events}))
"""


def _slices(corpus: Path, n: int) -> list[Path]:
    """The corpus files in `n` directories of consecutive files (copy-major: mixed sizes)."""
    files = sorted(corpus.iterdir())
    out = []
    for i in range(n):
        d = corpus.parent / f"slice{i:02d}"
        d.mkdir()
        for f in files[i::n]:
            shutil.copy(f, d / f.name)
        out.append(d)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=25, help="copies of each base document")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=3, help="interleaved passes; best is kept")
    ap.add_argument("--slices", type=int, default=8, help="interleaving grain (see above)")
    args = ap.parse_args()

    from eventlens.engine.partition import get_pipeline
    from eventlens.ingest import document_from_text
    from eventlens.store import ingest_paths

    with tempfile.TemporaryDirectory(prefix="eventlens-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        size = write_corpus(corpus, args.copies)
        slices = _slices(corpus, args.slices)
        texts = [[p.read_text(encoding="utf-8") for p in sorted(d.iterdir())] for d in slices]
        docs = [[document_from_text(x, doc_id=f"s{i}d{j}") for j, x in enumerate(part)]
                for i, part in enumerate(texts)]
        words = sum(len(t.split()) for part in texts for t in part)
        pipeline = get_pipeline(None)
        bare = spacy.load(pipeline.settings.model)  # spaCy alone: nothing of ours added
        list(pipeline.process_many(docs[0][:2]))  # warm-up: lexicons and gazetteers loaded
        list(bare.pipe(texts[0][:2]))

        n = len(slices)
        spacy_t, extract_t, ingest_t = [float("inf")] * n, [float("inf")] * n, [float("inf")] * n
        stored_words = stored_events = 0
        for k in range(args.repeat):
            db = Path(tmp) / f"pass{k}.duckdb"
            stored_words = stored_events = 0
            for i in range(n):
                t = time.perf_counter()
                for _ in bare.pipe(texts[i], batch_size=args.batch_size):
                    pass
                spacy_t[i] = min(spacy_t[i], time.perf_counter() - t)

                t = time.perf_counter()
                for _ in pipeline.process_many(docs[i], batch_size=args.batch_size):
                    pass
                extract_t[i] = min(extract_t[i], time.perf_counter() - t)

                t = time.perf_counter()
                stats = ingest_paths([str(slices[i])], db=db, workers=1, progress=False,
                                     batch_size=args.batch_size)
                ingest_t[i] = min(ingest_t[i], time.perf_counter() - t)
                stored_words += stats.words
                stored_events += stats.events

        one_s = two_s = float("inf")
        for k in range(args.repeat):  # fresh processes, interleaved, best of --repeat each
            one = run_json(_INGEST, str(corpus), str(Path(tmp) / f"w1_{k}.duckdb"), "1",
                           str(args.batch_size))
            two = run_json(_INGEST, str(corpus), str(Path(tmp) / f"w2_{k}.duckdb"), "2",
                           str(args.batch_size))
            one_s, two_s = min(one_s, one["seconds"]), min(two_s, two["seconds"])

    spacy_s, extract_s, ingest_s = sum(spacy_t), sum(extract_t), sum(ingest_t)
    result = {
        "corpus": {**size, "copies": args.copies, "slices": n},
        "spacy_words_per_s": round(words / spacy_s, 1),
        "extract_words_per_s": round(words / extract_s, 1),
        "extract_ratio_vs_spacy": round(spacy_s / extract_s, 3),
        "ingest_words_per_s": round(stored_words / ingest_s, 1),
        "ratio_vs_spacy": round((stored_words / ingest_s) / (words / spacy_s), 3),
        "ingest_1_worker_s": round(one_s, 2),
        "ingest_2_workers_s": round(two_s, 2),
        "speedup_2_workers": round(one_s / two_s, 3),
        "events": stored_events,
        "repeat": args.repeat,
        "machine": machine(),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
