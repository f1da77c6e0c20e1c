"""The store's tables, in one place: DuckDB DDL, Arrow schemas and versioned migrations.

Each table is declared once as (column, DuckDB type) pairs. The DDL, the Arrow schema that
rows and Parquet shards are built with, and the INSERT statements are all derived from
these declarations, so a column cannot exist in one and be missing in another.

Migrations are numbered; `schema_version` records which have been applied. A migration is
never edited once released: add a new one at the end of MIGRATIONS. Migration 1 creates the
tables of the current TABLES (IF NOT EXISTS), so every later migration must be idempotent
(CREATE ... IF NOT EXISTS, ADD COLUMN IF NOT EXISTS, backfills guarded by NOT EXISTS).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import duckdb
import pyarrow as pa

# Columns filled by SQL at insert time (never carried in rows or shards).
AUTO_COLUMNS = {"ingested_at", "first_seen"}

_ACTOR_COLS = ("id", "name", "text", "country", "sector", "kind")

# The unordered actor-id pair ('~' for an unresolved or missing actor) the merge ran over.
DYAD_COLUMNS = [("dyad_a", "VARCHAR"), ("dyad_b", "VARCHAR")]

TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_id", "VARCHAR"), ("content_hash", "VARCHAR"), ("title", "VARCHAR"),
        ("published", "DATE"), ("source", "VARCHAR"), ("url", "VARCHAR"), ("path", "VARCHAR"),
        ("text", "VARCHAR"), ("n_chars", "INTEGER"), ("n_words", "INTEGER"),
        ("n_sentences", "INTEGER"), ("n_events", "INTEGER"), ("n_mentions", "INTEGER"),
        ("ingested_at", "TIMESTAMP"),
    ],
    "sentences": [
        ("doc_id", "VARCHAR"), ("sentence_index", "INTEGER"), ("start_char", "INTEGER"),
        ("end_char", "INTEGER"), ("text", "VARCHAR"),
    ],
    "mentions": [
        ("doc_id", "VARCHAR"), ("mention_index", "INTEGER"), ("start_char", "INTEGER"),
        ("end_char", "INTEGER"), ("sentence_index", "INTEGER"),
        *[(f"actor_{c}", "VARCHAR") for c in _ACTOR_COLS], ("via", "VARCHAR"),
    ],
    "events": [
        ("doc_id", "VARCHAR"), ("ordinal", "INTEGER"), ("event_id", "VARCHAR"),
        ("sentence_index", "INTEGER"), ("type", "VARCHAR"), ("mode", "VARCHAR"),
        ("cameo", "VARCHAR"), ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"),
        ("confidence", "DOUBLE"), ("context", "VARCHAR"), ("factuality", "VARCHAR"),
        *[(f"source_{c}", "VARCHAR") for c in _ACTOR_COLS],
        *[(f"target_{c}", "VARCHAR") for c in _ACTOR_COLS],
        *[(f"attributed_{c}", "VARCHAR") for c in _ACTOR_COLS],
        ("date_start", "DATE"), ("date_end", "DATE"), ("date_precision", "VARCHAR"),
        ("date_basis", "VARCHAR"), ("date_text", "VARCHAR"), ("date_value", "VARCHAR"),
        ("date_mod", "VARCHAR"),
        ("loc_name", "VARCHAR"), ("loc_feature", "VARCHAR"), ("loc_country", "VARCHAR"),
        ("loc_admin1", "VARCHAR"), ("loc_lat", "DOUBLE"), ("loc_lon", "DOUBLE"),
        ("loc_id", "VARCHAR"), ("loc_precision", "VARCHAR"), ("loc_basis", "VARCHAR"),
        ("loc_text", "VARCHAR"),
        ("trigger", "VARCHAR"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
        ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"), ("evidence_text", "VARCHAR"),
        ("record", "VARCHAR"),  # the full contract record as JSON (exact round trip)
    ],
    "claims": [
        # one row per link of an event mention's claim chain ("who says so")
        ("doc_id", "VARCHAR"), ("ordinal", "INTEGER"), ("event_id", "VARCHAR"),
        ("position", "INTEGER"), ("factuality", "VARCHAR"),
        *[(f"actor_{c}", "VARCHAR") for c in _ACTOR_COLS],
    ],
    "timexes": [
        ("doc_id", "VARCHAR"), ("start_char", "INTEGER"), ("end_char", "INTEGER"),
        ("text", "VARCHAR"), ("type", "VARCHAR"), ("value", "VARCHAR"), ("mod", "VARCHAR"),
        ("anchor", "VARCHAR"),
    ],
    "failures": [
        ("path", "VARCHAR"), ("line", "INTEGER"), ("reason", "VARCHAR"),
        ("first_seen", "TIMESTAMP"),
    ],
    "merged_events": [
        ("merged_id", "VARCHAR"), ("type", "VARCHAR"), ("mode", "VARCHAR"), ("cameo", "VARCHAR"),
        ("source_id", "VARCHAR"), ("target_id", "VARCHAR"), ("date_start", "DATE"),
        ("date_end", "DATE"), ("factuality", "VARCHAR"), ("n_mentions", "INTEGER"),
        ("n_docs", "INTEGER"), ("n_sources", "INTEGER"), ("data", "VARCHAR"),
    ],
    "merged_members": [("merged_id", "VARCHAR"), ("event_id", "VARCHAR"), ("doc_id", "VARCHAR")],
    "contradictions": [
        ("group_id", "VARCHAR"), ("key", "VARCHAR"), ("reason", "VARCHAR"),
        ("n_mentions", "INTEGER"), ("data", "VARCHAR"),
    ],
    "contradiction_members": [
        ("group_id", "VARCHAR"), ("event_id", "VARCHAR"), ("doc_id", "VARCHAR"),
    ],
    "meta": [("key", "VARCHAR"), ("value", "VARCHAR")],
    # every (actor id, canonical name) seen: resolves "russia" to RUS without scanning events
    "actor_names": [("id", "VARCHAR"), ("name", "VARCHAR")],
    # the dyad each merged event (kind 'merged', id = merged_id) and contradiction group
    # (kind 'contradiction', id = group_id) was computed in, and the dyads whose rows are out
    # of date: the incremental merge (store/merge.py)
    "merge_dyads": [*DYAD_COLUMNS, ("kind", "VARCHAR"), ("id", "VARCHAR")],
    "merge_dirty": DYAD_COLUMNS,
}

# Tables whose rows belong to one document (deleted together when a document is replaced).
DOC_TABLES = ("documents", "sentences", "mentions", "events", "claims", "timexes")
# Tables a partition of the engine produces.
PARTITION_TABLES = (*DOC_TABLES, "failures")

_ARROW = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(), "DATE": pa.string(),  # ISO strings; cast with TRY_CAST on insert
}


def row_columns(table: str) -> list[tuple[str, str]]:
    """Columns carried by rows/shards (everything but the AUTO_COLUMNS)."""
    return [(c, t) for c, t in TABLES[table] if c not in AUTO_COLUMNS]


@cache
def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(c, _ARROW[t]) for c, t in row_columns(table)])


def _q(name: str) -> str:
    return f'"{name}"'


def create_table_sql(table: str) -> str:
    cols = ", ".join(f"{_q(c)} {t}" for c, t in TABLES[table])
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


def insert_sql(table: str, source: str) -> str:
    """INSERT INTO table (...) SELECT ... FROM source, casting dates, filling AUTO_COLUMNS."""
    names, exprs = [], []
    for c, t in TABLES[table]:
        names.append(_q(c))
        if c in AUTO_COLUMNS:
            exprs.append("current_timestamp")
        elif t == "DATE":
            exprs.append(f"TRY_CAST({_q(c)} AS DATE)")
        else:
            exprs.append(_q(c))
    return f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(exprs)} FROM {source}"


ACTORS_VIEW = """
CREATE OR REPLACE VIEW actors AS
SELECT actor_id AS id, mode(actor_name) AS name, mode(actor_kind) AS kind,
       mode(actor_country) AS country, count(*) AS mentions, count(DISTINCT doc_id) AS docs
FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id
"""


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


def _v1(con: duckdb.DuckDBPyConnection) -> None:
    for table in TABLES:
        con.execute(create_table_sql(table))
    con.execute(ACTORS_VIEW)


ACTOR_NAMES_FROM = """
SELECT DISTINCT id, name FROM (
    SELECT source_id AS id, source_name AS name FROM {events}
    UNION ALL SELECT target_id, target_name FROM {events}
    UNION ALL SELECT attributed_id, attributed_name FROM {events}
    {mentions}) n
WHERE id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM actor_names a WHERE a.id = n.id AND a.name IS NOT DISTINCT FROM n.name)
"""


def actor_names_sql(events: str, mentions: str | None) -> str:
    """INSERT of the new (id, name) pairs of an events source (and a mentions source)."""
    m = f"UNION ALL SELECT actor_id, actor_name FROM {mentions}" if mentions else ""
    return "INSERT INTO actor_names " + ACTOR_NAMES_FROM.format(events=events, mentions=m)


# An events row's dyad (DYAD_COLUMNS) from its source_id and target_id.
DYAD_A_SQL = "least(coalesce(source_id, '~'), coalesce(target_id, '~'))"
DYAD_B_SQL = "greatest(coalesce(source_id, '~'), coalesce(target_id, '~'))"


def mark_dirty_sql(events: str, where: str = "TRUE") -> str:
    """INSERT into merge_dirty of the dyads of an events source not listed there yet."""
    return (f"INSERT INTO merge_dirty SELECT DISTINCT a, b FROM (SELECT {DYAD_A_SQL} AS a, "
            f"{DYAD_B_SQL} AS b FROM {events} WHERE {where}) n WHERE NOT EXISTS "
            f"(SELECT 1 FROM merge_dirty d WHERE d.dyad_a = n.a AND d.dyad_b = n.b)")


def actor_names_from_sql(source: str) -> str:
    """INSERT of the (id, name) pairs of a source with those columns not in actor_names yet."""
    return (f"INSERT INTO actor_names SELECT id, name FROM {source} n WHERE NOT EXISTS "
            f"(SELECT 1 FROM actor_names a WHERE a.id = n.id AND a.name IS NOT DISTINCT FROM "
            f"n.name)")


def set_meta_sql(key: str, value: str) -> list[str]:
    """The statements that set a meta key (keys and values are our own constants, no quotes)."""
    if "'" in key + value:
        raise ValueError(f"meta key/value with a quote: {key!r}={value!r}")
    return [f"DELETE FROM meta WHERE key = '{key}'", f"INSERT INTO meta VALUES ('{key}', '{value}')"]


def _v2(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(create_table_sql("actor_names"))
    con.execute(actor_names_sql("events", "mentions"))


def _v3(con: duckdb.DuckDBPyConnection) -> None:
    # rows merged before this migration have no dyad: the next refresh rebuilds in full,
    # because the store holds no merge fingerprint yet (store/merge.py)
    con.execute(create_table_sql("merge_dyads"))
    con.execute(create_table_sql("merge_dirty"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema: documents, sentences, mentions, events, claims, timexes, "
                 "failures, merged events, contradictions, meta; actors view", _v1),
    Migration(2, "actor_names: (id, name) pairs for fast actor filters, backfilled", _v2),
    Migration(3, "incremental merge: merge_dyads (the dyad of each merged event and "
                 "contradiction group), merge_dirty", _v3),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply every migration newer than the store's version, each in its own transaction."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER, description VARCHAR, applied_at TIMESTAMP)")
    current = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]
    applied = []
    for m in MIGRATIONS:
        if m.version <= current:
            continue
        con.begin()
        try:
            m.apply(con)
            con.execute("INSERT INTO schema_version VALUES (?, ?, current_timestamp)",
                        [m.version, m.description])
            con.commit()
        except BaseException:
            con.rollback()
            raise
        applied.append(m.version)
    return applied


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    try:
        return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]
    except duckdb.CatalogException:
        return 0
