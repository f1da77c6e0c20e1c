"""Synthetic corpora for tests and benchmarks of the store (never used for accuracy).

`synthetic_results` builds DocResults with real records (every field of the contract filled,
including location and claim chains); `fill_synthetic_events` writes millions of event rows
straight into a store with SQL, for query benchmarks.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from ..records import (
    Actor,
    ActorMention,
    DocResult,
    Document,
    Event,
    Evidence,
    Location,
    Sentence,
    TimeSpan,
    make_event_id,
)

ACTORS = [
    Actor("RUS", "Russia", "Moscow", "RUS", "GOV", "state"),
    Actor("TAL", "Taliban", "the Taliban", None, "REB", "armed_group"),
    Actor("USA", "United States", "Washington", "USA", "GOV", "state"),
    Actor("AFG", "Afghanistan", "Kabul", "AFG", "GOV", "state"),
    Actor("SUN", "Soviet Union", "the Soviet Union", "SUN", None, "state"),
    Actor("PAK", "Pakistan", "Islamabad", "PAK", "MIL", "state"),
]
# (type, mode, cameo, quad_class, goldstein, trigger)
CODES = [
    ("CONSULT", "visit", "042", 1, 1.9, "visited"),
    ("ASSAULT", "invade", "192", 4, -9.5, "invaded"),
    ("AGREE", None, "057", 1, 8.0, "signed"),
    ("ACCUSE", None, "112", 3, -2.0, "accused"),
    ("AID", "military", "062", 2, 7.4, "supplied"),
    ("RETREAT", "withdraw", "0874", 2, 5.0, "withdrew"),
]
PLACES = [
    Location("Kabul", "city", "AFG", "Kabul", 34.53, 69.17, "gn:1138958", "city", "attached"),
    Location("Moscow", "city", "RUS", "Moscow", 55.75, 37.62, "gn:524901", "city", "sentence"),
    None,
]
FACTUALITY = ["asserted", "reported", "denied", "negated", "hypothetical"]


def synthetic_results(n_docs: int, events_per_doc: int = 3, seed: int = 0,
                      prefix: str = "syn") -> Iterator[DocResult]:
    """Deterministic DocResults: same arguments, same records."""
    rng = random.Random(seed)
    for i in range(n_docs):
        doc_id = f"{prefix}_{i:06d}"
        sentences, events, mentions, parts, pos = [], [], [], [], 0
        for k in range(events_per_doc):
            src, tgt = rng.sample(ACTORS, 2)
            typ, mode, cameo, quad, gold, trig = rng.choice(CODES)
            year = rng.randint(1979, 2022)
            month = rng.randint(1, 12)
            text = f"In {year}, {src.text} {trig} {tgt.text} (report {doc_id}.{k})."
            start, end = pos, pos + len(text)
            t0 = start + text.index(trig)
            sentences.append(Sentence(doc_id, k, start, end, text))
            s_at = start + text.index(src.text)
            t_at = start + text.index(tgt.text)
            mentions.append(ActorMention(doc_id, s_at, s_at + len(src.text), src, k))
            mentions.append(ActorMention(doc_id, t_at, t_at + len(tgt.text), tgt, k))
            fact = rng.choice(FACTUALITY)
            claimant = ACTORS[2] if fact in ("reported", "denied") else None
            events.append(Event(
                event_id=make_event_id(doc_id, start, t0, t0 + len(trig), typ),
                doc_id=doc_id, type=typ, mode=mode, cameo=cameo, quad_class=quad,
                goldstein=gold, source=src, target=tgt,
                date=TimeSpan(f"{year}-{month:02d}-01", f"{year}-{month:02d}-28", "month",
                              f"in {year}", "explicit", f"{year}-{month:02d}"),
                evidence=Evidence(text, start, end, trig, t0, t0 + len(trig)),
                location=rng.choice(PLACES), factuality=fact, attributed_to=claimant,
                claim_chain=(claimant,) if claimant else (), confidence=0.8,
                sentence_index=k))
            parts.append(text)
            pos = end + 1
        doc = Document(doc_id, " ".join(parts), title=f"Synthetic {i}",
                       published="2023-01-15", source=rng.choice(["Daily A", "Weekly B"]),
                       path=f"/synthetic/{doc_id}.txt")
        yield DocResult(doc, tuple(sentences), tuple(events), tuple(mentions))


def fill_synthetic_events(con, n_events: int, n_actors: int = 200, seed: float = 0.42) -> None:
    """Append `n_events` random event rows (and their documents) with SQL, for benchmarks."""
    n_docs = max(1, n_events // 10)
    con.execute(f"""
        INSERT INTO documents (doc_id, content_hash, title, published, source, text, n_chars,
                               n_words, n_sentences, n_events, n_mentions, ingested_at)
        SELECT 'bench_' || i, md5('bench_' || i), NULL, DATE '2020-01-01', 'outlet_' || (i % 50),
               '', 0, 0, 0, 10, 0, current_timestamp FROM range({n_docs}) t(i)""")
    con.execute(f"""
        INSERT INTO events (doc_id, ordinal, event_id, sentence_index, type, cameo, quad_class,
                            goldstein, confidence, factuality, source_id, source_name,
                            target_id, target_name, date_start, date_end, date_precision,
                            date_basis, evidence_text, record)
        SELECT doc_id, ordinal, event_id, 0, type, cameo, quad, goldstein, 0.5, 'asserted',
               sid, 'Actor', tid, 'Actor', d, d, 'day', 'explicit', 'synthetic',
               CAST(json_object('event_id', event_id, 'doc_id', doc_id, 'type', type,
                    'mode', NULL, 'cameo', cameo, 'quad_class', quad, 'goldstein', goldstein,
                    'source', json_object('id', sid, 'name', 'Actor', 'text', sid),
                    'target', json_object('id', tid, 'name', 'Actor', 'text', tid),
                    'date', json_object('start', CAST(d AS VARCHAR), 'end', CAST(d AS VARCHAR),
                                        'precision', 'day', 'basis', 'explicit'),
                    'location', NULL, 'factuality', 'asserted', 'attributed_to', NULL,
                    'evidence', json_object('text', 'synthetic', 'start', 0, 'end', 9,
                                            'trigger', 'synthetic'),
                    'confidence', 0.5) AS VARCHAR)
        FROM (
          SELECT 'bench_' || (i // 10) AS doc_id, CAST(i % 10 AS INTEGER) AS ordinal,
                 'e' || i AS event_id,
                 ['CONSULT','ASSAULT','AGREE','ACCUSE','AID','RETREAT','COERCE','THREATEN'][1 + h % 8] AS type,
                 ['042','192','057','112','062','0874','172','138'][1 + h % 8] AS cameo,
                 CAST(1 + (h // 8) % 4 AS INTEGER) AS quad,
                 ((h % 200) / 10.0) - 10.0 AS goldstein,
                 'A' || lpad(CAST((h // 32) % {n_actors} AS VARCHAR), 3, '0') AS sid,
                 'A' || lpad(CAST((h // 10000) % {n_actors} AS VARCHAR), 3, '0') AS tid,
                 DATE '1980-01-01' + CAST((h // 7) % 15000 AS INTEGER) AS d
          FROM (SELECT i, CAST(hash(i + {int(seed * 1000)}) >> 1 AS BIGINT) AS h
                FROM range({n_events}) t(i)))""")
    con.execute(f"""INSERT INTO actor_names SELECT 'A' || lpad(CAST(i AS VARCHAR), 3, '0'), 'Actor'
                    FROM range({n_actors}) t(i)""")
