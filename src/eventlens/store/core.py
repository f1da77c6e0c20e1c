"""The corpus store: one DuckDB file holding documents, sentences, actors, events and claims.

Writes go through `load_partition` (one transaction per batch); reads are the query methods
used by the CLI, the web UI and the analysis layer.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import EventlensError
from ..records import DocResult, ReadError
from . import schema
from .rows import Rows, rows_of, rows_to_arrow

Filter = str | Sequence[str] | None


class StoreError(EventlensError):
    """A store that cannot be opened or used as asked."""


@dataclass
class IngestStats:
    """What one ingest run (or one `ingest_results` call) did."""

    documents: int = 0  # new documents stored
    skipped: int = 0  # already in the store (same content hash)
    replaced: int = 0  # same doc_id, new content: the old version was replaced
    events: int = 0
    sentences: int = 0
    words: int = 0
    failures: int = 0  # bad inputs reported in this run
    batches: int = 0
    seconds: float = 0.0

    def add(self, other: IngestStats) -> None:
        for k, v in asdict(other).items():
            setattr(self, k, getattr(self, k) + v)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _listify(value: Filter) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str | int) else list(value)


def _start_bound(value: str) -> str:
    """'1996' -> 1996-01-01, '1996-09' -> 1996-09-01."""
    parts = str(value).split("-")
    return "-".join([parts[0], *(parts[1:] + ["01", "01"])[:2]])


def _end_bound(value: str) -> str:
    """'1996' -> 1996-12-31, '1996-02' -> last day of February 1996."""
    parts = str(value).split("-")
    if len(parts) == 3:
        return value
    import calendar
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 12
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


PERIODS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}


class Store:
    """A DuckDB corpus store. Use `open_store(path)`; close with `close()` or `with`."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        # (id, name) pairs known to be committed in actor_names (loaded on the first write):
        # a batch whose pairs are all known skips its actor_names statement. Only ever a
        # subset of the table (rows there are never deleted), so the INSERT's own NOT EXISTS
        # still guards against pairs other writers added.
        self._actor_names: set[tuple[str, str | None]] | None = None

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema.current_version(self.con)

    # ------------------------------------------------------------------ writing
    def ingest_results(self, results: Iterable[DocResult], errors: Iterable[ReadError] = (),
                       batch_size: int = 64, refresh: bool = True) -> IngestStats:
        """Store DocResults (and bad inputs), one transaction per `batch_size` documents.

        Idempotent: a document whose content hash is already stored is skipped.
        Merged events and contradictions are recomputed afterwards when `refresh`.
        """
        stats = IngestStats()
        start = time.perf_counter()
        self.add_failures(list(errors), stats)
        batch: list[DocResult] = []
        for r in results:
            batch.append(r)
            if len(batch) >= batch_size:
                stats.add(self.load_partition(rows_of(batch)))
                batch = []
        if batch:
            stats.add(self.load_partition(rows_of(batch)))
        if refresh:
            self.refresh_merged()
        stats.seconds = time.perf_counter() - start
        return stats

    def add_failures(self, errors: Sequence[ReadError], stats: IngestStats | None = None) -> int:
        """Record bad inputs (once per file and line), in one transaction."""
        if not errors:
            return 0
        table = rows_to_arrow(rows_of([], errors))["failures"]
        with self._transaction():
            n = self._insert_failures(table)
        if stats is not None:
            stats.failures += len(errors)
        return n

    def new_documents(self, hashes: Sequence[str]) -> set[str]:
        """The content hashes among `hashes` that are not stored yet."""
        if not hashes:
            return set()
        found = self.con.execute(
            "SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))",
            [list(hashes)]).fetchall()
        return set(hashes) - {h for (h,) in found}

    def load_partition(self, rows: Rows | None = None, shard_dir: str | Path | None = None,
                       tables: dict[str, pa.Table] | None = None) -> IngestStats:
        """Store one engine partition (rows, Arrow tables, or a directory of Parquet shards)
        atomically.

        Inside one transaction: drop documents already stored (same content hash), replace
        documents whose doc_id is stored with other content, insert every table, mark the
        dyads of new and replaced events for the next merge refresh. A crash leaves either the
        whole partition or none of it.
        """
        if rows is not None:
            tables = rows_to_arrow(rows)
        elif shard_dir is not None:
            tables = _read_shards(Path(shard_dir))
        elif tables is None:
            raise StoreError("load_partition needs rows, tables or a shard directory")
        stats = IngestStats(batches=1)
        names: set[tuple[str, str | None]] = set()
        with self._transaction():
            stored_hashes, stored_ids = self._stored(tables["documents"])
            docs = self._keep_new(tables["documents"], stored_hashes, stats)
            if not docs.num_rows or docs.num_rows < tables["documents"].num_rows:
                # rows of skipped documents go (all kept, the usual case: nothing to filter)
                keep = docs.column("doc_id")
                tables = {t: docs if t == "documents" else
                          _filter_docs(data, keep) if t in schema.DOC_TABLES else data
                          for t, data in tables.items()}
            if docs.num_rows:
                self._drop_replaced(docs, stored_ids, stats)
                names = self._insert_documents(tables)
            self._insert_failures(tables["failures"])
            stats.failures += tables["failures"].num_rows
            stats.documents += docs.num_rows
            stats.events += tables["events"].num_rows
            stats.sentences += tables["sentences"].num_rows
            stats.words += pc.sum(docs.column("n_words")).as_py() or 0
        if self._actor_names is not None:
            self._actor_names |= names  # committed now
        return stats

    def refresh_merged(self, full: bool = False) -> bool:
        """Bring merged events and contradiction groups up to date with the stored events.

        Only the dyads touched since the last refresh are recomputed, unless `full` (or the
        merge rules changed, or the store was merged by an older version): then every dyad.
        Does nothing (False) when no document was stored since the last refresh, the rules
        are those of the last refresh, and not `full`.
        """
        from .merge import fingerprint, refresh_merged

        merged_with = self._get_meta("merge_fingerprint")
        rules_changed = merged_with is not None and merged_with != fingerprint()
        if not full and not rules_changed and self._get_meta("merge_stale") != "1":
            return False
        return refresh_merged(self, full=full)

    # ------------------------------------------------------------------ internals
    def _transaction(self) -> _Tx:
        return _Tx(self.con)

    def _insert(self, table: str, data: pa.Table) -> None:
        self._insert_tables({table: data})

    def _insert_tables(self, tables: dict[str, pa.Table]) -> None:
        """INSERT each Arrow table into the store table of its key, in one round trip."""
        items = [(t, data) for t, data in tables.items() if data.num_rows]
        if items:
            _execute_with(self.con, [schema.insert_sql(t, _ARROW_NAMES[i])
                                     for i, (t, _) in enumerate(items)],
                          *(data for _, data in items))

    def _insert_documents(self, tables: dict[str, pa.Table]) -> set[tuple[str, str | None]]:
        """Every document table of a partition, its new actor names and its dirty dyads, in
        one round trip; returns the actor names inserted."""
        sources = [tables[t] for t in schema.DOC_TABLES]  # arrow_0 .. arrow_5
        script = [schema.insert_sql(t, _ARROW_NAMES[i])
                  for i, t in enumerate(schema.DOC_TABLES) if tables[t].num_rows]
        # why from Python sets: the known (id, name) pairs are cached, so most batches have
        # none to insert and skip the statement
        names = _actor_names(tables["events"], tables["mentions"]) - self._known_actor_names()
        if names:
            ids, canonical = zip(*sorted(names, key=lambda p: (p[0], p[1] or "")), strict=True)
            sources.append(pa.table({"id": pa.array(ids, pa.string()),
                                     "name": pa.array(canonical, pa.string())}))
            script.append(schema.actor_names_from_sql(_ARROW_NAMES[len(sources) - 1]))
        if tables["events"].num_rows:
            script.append(schema.mark_dirty_sql(_ARROW_NAMES[3]))  # the events' dyads
        # a file that once failed and now reads fine is no longer a failure
        script.append(f"DELETE FROM failures WHERE line IS NULL AND path IN "
                      f"(SELECT path FROM {_ARROW_NAMES[0]} WHERE path <> '')")
        script.extend(schema.set_meta_sql("merge_stale", "1"))
        _execute_with(self.con, script, *sources)
        return names

    def _known_actor_names(self) -> set[tuple[str, str | None]]:
        if self._actor_names is None:
            self._actor_names = {(i, n) for i, n in self.con.execute(
                "SELECT id, name FROM actor_names").fetchall()}
        return self._actor_names

    def _insert_failures(self, table: pa.Table) -> int:
        if not table.num_rows:
            return 0
        before = self.con.execute("SELECT count(*) FROM failures").fetchall()[0][0]
        _execute_with(self.con, [
            f"INSERT INTO failures SELECT path, line, any_value(reason), current_timestamp "
            f"FROM {_ARROW_NAMES[0]} s WHERE NOT EXISTS (SELECT 1 FROM failures f WHERE "
            f"f.path = s.path AND f.line IS NOT DISTINCT FROM s.line) GROUP BY path, line"],
            table)
        count: int = self.con.execute("SELECT count(*) FROM failures").fetchall()[0][0]
        return count - before

    def _stored(self, docs: pa.Table) -> tuple[set[str], set[str]]:
        """The content hashes and the doc_ids of a partition's documents already stored."""
        if not docs.num_rows:
            return set(), set()
        hashes = docs.column("content_hash").to_pylist()
        ids = docs.column("doc_id").to_pylist()
        found = self.con.execute(
            "SELECT content_hash, doc_id FROM documents WHERE content_hash IN (SELECT unnest(?)) "
            "OR doc_id IN (SELECT unnest(?))", [hashes, ids]).fetchall()
        return {h for h, _ in found} & set(hashes), {d for _, d in found} & set(ids)

    def _keep_new(self, docs: pa.Table, stored: set[str], stats: IngestStats) -> pa.Table:
        """Documents of a partition that are not stored yet (first of each hash and doc_id)."""
        if not docs.num_rows:
            return docs
        hashes = docs.column("content_hash").to_pylist()
        keep: list[int] = []
        seen_h: set[str] = set()
        seen_id: set[str] = set()
        for i, (h, d) in enumerate(zip(hashes, docs.column("doc_id").to_pylist(), strict=True)):
            if h not in stored and h not in seen_h and d not in seen_id:
                keep.append(i)
                seen_h.add(h)
                seen_id.add(d)
        stats.skipped += docs.num_rows - len(keep)
        if len(keep) == docs.num_rows:
            return docs
        return docs.take(pa.array(keep, type=pa.int64()))

    def _drop_replaced(self, docs: pa.Table, stored_ids: set[str], stats: IngestStats) -> None:
        """Delete the stored versions of documents whose doc_id comes back with new text."""
        old = sorted(set(docs.column("doc_id").to_pylist()) & stored_ids)
        if not old:
            return
        # the replaced events' dyads must be merged again without them
        self.con.execute(schema.mark_dirty_sql("events", "doc_id IN (SELECT unnest(?))"), [old])
        for t in schema.DOC_TABLES:
            self.con.execute(f"DELETE FROM {t} WHERE doc_id IN (SELECT unnest(?))", [old])
        stats.replaced += len(old)

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute("; ".join(schema.set_meta_sql(key, value)))

    def _get_meta(self, key: str) -> str | None:
        rows = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
        return rows[0][0] if rows else None


    # ------------------------------------------------------------------ filters
    def actor_ids(self, value: str) -> list[str]:
        """Stored actor ids a user's word names: an id (any case) or a canonical name."""
        found = self.con.execute(
            "SELECT DISTINCT id FROM actor_names WHERE upper(id) = upper(?) "
            "OR lower(name) = lower(?) ORDER BY id", [value, value]).fetchall()
        return [i for (i,) in found]

    def _actor_sql(self, prefix: str, value: str) -> tuple[str, list[Any]]:
        """Match a role by the ids `value` resolves to; else unresolved actors by name/text."""
        ids = self.actor_ids(value)
        if ids:
            return f"{prefix}_id IN ({', '.join('?' * len(ids))})", ids
        return (f"({prefix}_id IS NULL AND (lower({prefix}_name) = lower(?) "
                f"OR lower({prefix}_text) = lower(?)))", [value, value])

    def _filters(self, actor: str | None = None, source: str | None = None,
                 target: str | None = None, dyad: tuple[str, str] | None = None,
                 type: Filter = None, quad_class: Any = None, start: str | None = None,
                 end: str | None = None, factuality: Filter = None, doc_id: Filter = None,
                 outlet: Filter = None, text: str | None = None, cameo: Filter = None,
                 merged_id: str | None = None) -> tuple[str, list[Any]]:
        where: list[str] = ["TRUE"]
        params: list[Any] = []

        def add(sql_params: tuple[str, list[Any]]) -> None:
            where.append(sql_params[0])
            params.extend(sql_params[1])

        if actor:
            (s_sql, s_p), (t_sql, t_p) = (self._actor_sql("e.source", actor),
                                          self._actor_sql("e.target", actor))
            add((f"({s_sql} OR {t_sql})", s_p + t_p))
        if source:
            add(self._actor_sql("e.source", source))
        if target:
            add(self._actor_sql("e.target", target))
        if dyad:
            a, b = dyad
            sa, ta = self._actor_sql("e.source", a), self._actor_sql("e.target", a)
            sb, tb = self._actor_sql("e.source", b), self._actor_sql("e.target", b)
            add((f"(({sa[0]} AND {tb[0]}) OR ({sb[0]} AND {ta[0]}))",
                 sa[1] + tb[1] + sb[1] + ta[1]))
        for col, value in (("e.type", type), ("e.factuality", factuality), ("e.doc_id", doc_id),
                           ("d.source", outlet), ("e.cameo", cameo)):
            values = _listify(value)
            if values:
                add((f"{col} IN (SELECT unnest(?))", [[str(v) for v in values]]))
        if quad_class is not None:
            qs = [quad_class] if isinstance(quad_class, int | str) else list(quad_class)
            add(("e.quad_class IN (SELECT unnest(?))", [[int(q) for q in qs]]))
        if start:
            add(("coalesce(e.date_end, e.date_start) >= CAST(? AS DATE)", [_start_bound(start)]))
        if end:
            add(("coalesce(e.date_start, e.date_end) <= CAST(? AS DATE)", [_end_bound(end)]))
        if text:
            add(("contains(lower(e.evidence_text), lower(?))", [text]))
        if merged_id:
            add(("mm.merged_id = ?", [merged_id]))
        return " AND ".join(where), params

    # ------------------------------------------------------------------ queries
    def counts(self) -> dict[str, int]:
        """Row counts of every table."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in schema.TABLES if t != "meta"}

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every table's rows, sorted, timestamps left out: two stores with the same content
        have equal snapshots (used to check idempotency and crash recovery)."""
        out = {}
        for t in schema.TABLES:
            cols = ", ".join(f'"{c}"' for c, _ in schema.row_columns(t))
            rows = self.con.execute(f"SELECT {cols} FROM {t}").fetchall()
            out[t] = sorted(rows, key=lambda r: tuple((v is None, str(v)) for v in r))
        return out

    def events(self, actor: str | None = None, source: str | None = None,
               target: str | None = None, dyad: tuple[str, str] | None = None,
               type: Filter = None, quad_class: int | Sequence[int] | None = None,
               start: str | None = None, end: str | None = None, factuality: Filter = None,
               doc_id: Filter = None, outlet: Filter = None, text: str | None = None,
               cameo: Filter = None, merged_id: str | None = None,
               limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Event records (the DESIGN.md contract) matching every given filter.

        Actors match by id (case-insensitive) or canonical name; `dyad=(a, b)` matches both
        directions; `start`/`end` ("1996", "1996-09", "1996-09-27") select events whose
        interval overlaps the range; `text` is a case-insensitive substring of the evidence.
        Each record also carries `merged_id`, `outlet`, `published` and `title`.
        """
        where, params = self._filters(actor=actor, source=source, target=target, dyad=dyad,
                                      type=type, quad_class=quad_class, start=start, end=end,
                                      factuality=factuality, doc_id=doc_id, outlet=outlet,
                                      text=text, cameo=cameo, merged_id=merged_id)
        order = "ORDER BY e.date_start NULLS LAST, e.doc_id, e.ordinal"
        page = (f" LIMIT {int(limit)}" if limit is not None else "") + (
            f" OFFSET {int(offset)}" if offset else "")
        # 1. the page's row ids, from the filter columns only (records are long strings)
        rowids = [r for (r,) in self.con.execute(
            f"SELECT e.rowid {_events_from(where)} WHERE {where} {order}{page}",
            params).fetchall()]
        if not rowids:
            return []
        # 2. the records of those rows; 3. their documents and merged events, looked up
        rank = {r: i for i, r in enumerate(rowids)}
        rows = sorted(self.con.execute(
            "SELECT rowid, doc_id, event_id, record FROM events WHERE rowid IN "
            "(SELECT unnest(?))", [rowids]).fetchall(), key=lambda r: rank[r[0]])
        doc_ids = sorted({r[1] for r in rows})
        docs = {d: (src, pub, title) for d, src, pub, title in self.con.execute(
            "SELECT doc_id, source, published, title FROM documents WHERE doc_id IN "
            "(SELECT unnest(?))", [doc_ids]).fetchall()}
        merged = {(e, d): m for m, e, d in self.con.execute(
            "SELECT merged_id, event_id, doc_id FROM merged_members WHERE doc_id IN "
            "(SELECT unnest(?))", [doc_ids]).fetchall()}
        return [_event_dict((record, merged.get((eid, did)), *docs.get(did, (None,) * 3)))
                for _, did, eid, record in rows]

    def iter_events(self, batch: int = 10_000, **filters: Any) -> Iterator[dict[str, Any]]:
        """`events(...)` streamed from one query in batches, for exports of large stores."""
        where, params = self._filters(**filters)
        cur = self.con.cursor()
        try:
            cur.execute(f"{_SELECT_EVENTS} FROM events e {_JOINS} WHERE {where} "
                        f"ORDER BY e.date_start NULLS LAST, e.doc_id, e.ordinal", params)
            while rows := cur.fetchmany(batch):
                yield from (_event_dict(r) for r in rows)
        finally:
            cur.close()

    def count_events(self, **filters: Any) -> int:
        where, params = self._filters(**filters)
        return self.con.execute(f"SELECT count(*) {_events_from(where)} WHERE {where}",
                                params).fetchall()[0][0]

    def type_by_period(self, by: str = "month", **filters: Any) -> list[dict[str, Any]]:
        """Event counts per (period, PLOVER type) over the events matching `filters`."""
        if by not in PERIODS:
            raise StoreError(f"by must be one of {', '.join(PERIODS)}, not '{by}'")
        where, params = self._filters(**filters)
        # group on date_trunc (cheap), format only the grouped periods
        sql = (f"SELECT strftime(p, '{PERIODS[by]}'), type, n FROM ("
               f"SELECT date_trunc('{by}', e.date_start) AS p, e.type AS type, count(*) AS n "
               f"{_events_from(where)} WHERE {where} AND e.date_start IS NOT NULL "
               f"GROUP BY ALL) ORDER BY p, type")
        return [{"period": p, "type": t, "count": n}
                for p, t, n in self.con.execute(sql, params).fetchall()]

    def actors(self, include_unresolved: bool = False, limit: int | None = None,
               forms: int = 10) -> list[dict[str, Any]]:
        """Actors with mention/document/event counts and the surface forms seen.

        Unresolved mentions (no gazetteer id) are grouped by their text when
        `include_unresolved`; their `id` is None.
        """
        key = "coalesce(actor_id, '~' || lower(actor_text))" if include_unresolved else "actor_id"
        sql = f"""
        WITH m AS (SELECT {key} AS k, * FROM mentions
                   WHERE {'TRUE' if include_unresolved else 'actor_id IS NOT NULL'}),
        f AS (SELECT k, actor_text AS form, count(*) AS n FROM m GROUP BY ALL),
        ev AS (SELECT k, sum(src) AS as_source, sum(tgt) AS as_target FROM (
                 SELECT {key.replace('actor_', 'source_')} AS k, 1 AS src, 0 AS tgt FROM events
                 UNION ALL
                 SELECT {key.replace('actor_', 'target_')} AS k, 0, 1 FROM events)
               WHERE k IS NOT NULL GROUP BY k)
        SELECT m.k, any_value(m.actor_id), mode(m.actor_name), mode(m.actor_kind),
               mode(m.actor_country), count(*) AS mentions, count(DISTINCT m.doc_id) AS docs,
               coalesce(any_value(ev.as_source), 0), coalesce(any_value(ev.as_target), 0),
               (SELECT list(struct_pack(form := f.form, count := f.n) ORDER BY f.n DESC, f.form)
                FROM f WHERE f.k = m.k)
        FROM m LEFT JOIN ev ON ev.k = m.k GROUP BY m.k
        ORDER BY mentions DESC, m.k
        """
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        out = []
        for _k, aid, name, kind, country, n, docs, as_src, as_tgt, fs in self.con.execute(
                sql).fetchall():
            out.append({"id": aid, "name": name, "kind": kind, "country": country,
                        "mentions": n, "docs": docs, "events_as_source": int(as_src),
                        "events_as_target": int(as_tgt),
                        "events": int(as_src) + int(as_tgt),
                        "surface_forms": [{"text": f["form"], "count": f["count"]}
                                          for f in (fs or [])[:forms]]})
        return out

    def docs(self, failed: bool = False, limit: int | None = None) -> list[dict[str, Any]]:
        """Stored documents (without text), or with `failed` the bad inputs."""
        if failed:
            sql = ("SELECT path, line, reason, first_seen FROM failures "
                   "ORDER BY path, line NULLS FIRST")
        else:
            sql = ("SELECT doc_id, title, published, source, url, path, content_hash, n_chars, "
                   "n_words, n_sentences, n_events, n_mentions, ingested_at FROM documents "
                   "ORDER BY doc_id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql)
        names = [c[0] for c in cur.description]
        return [_plain(dict(zip(names, row, strict=True))) for row in cur.fetchall()]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document with its text, sentences, actor mentions and events (None if absent)."""
        cur = self.con.execute("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        found = cur.fetchall()
        if not found:
            return None
        row = found[0]
        doc = _plain(dict(zip([c[0] for c in cur.description], row, strict=True)))
        doc["sentences"] = [
            {"index": i, "start": s, "end": e, "text": t} for i, s, e, t in self.con.execute(
                "SELECT sentence_index, start_char, end_char, text FROM sentences "
                "WHERE doc_id = ? ORDER BY sentence_index", [doc_id]).fetchall()]
        cur = self.con.execute("SELECT * EXCLUDE (doc_id) FROM mentions WHERE doc_id = ? "
                               "ORDER BY mention_index", [doc_id])
        names = [c[0] for c in cur.description]
        doc["mentions"] = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        doc["events"] = self.events(doc_id=doc_id)
        return doc

    def merged_events(self, actor: str | None = None, dyad: tuple[str, str] | None = None,
                      type: Filter = None, min_mentions: int = 1,
                      limit: int | None = None) -> list[dict[str, Any]]:
        """Cross-document merged events with their member event ids."""
        where = ["m.n_mentions >= ?"]
        params: list[Any] = [min_mentions]
        if actor:
            where.append("(upper(m.source_id) = upper(?) OR upper(m.target_id) = upper(?))")
            params += [actor, actor]
        if dyad:
            a, b = dyad
            where.append("((upper(m.source_id) = upper(?) AND upper(m.target_id) = upper(?)) OR "
                         "(upper(m.source_id) = upper(?) AND upper(m.target_id) = upper(?)))")
            params += [a, b, b, a]
        if type:
            where.append("m.type IN (SELECT unnest(?))")
            params.append(_listify(type))
        sql = (f"SELECT m.merged_id, m.data, (SELECT list(event_id ORDER BY event_id) "
               f"FROM merged_members x WHERE x.merged_id = m.merged_id) FROM merged_events m "
               f"WHERE {' AND '.join(where)} "
               f"ORDER BY m.date_start NULLS LAST, m.merged_id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        out = []
        for mid, data, members in self.con.execute(sql, params).fetchall():
            d = json.loads(data)
            d["merged_id"] = mid
            d["event_ids"] = members or []
            out.append(d)
        return out

    def contradictions(self) -> list[dict[str, Any]]:
        """Contradiction groups: {"group_id", "key", "mentions", "reason", ...}."""
        out = []
        for gid, data in self.con.execute(
                "SELECT group_id, data FROM contradictions ORDER BY key, group_id").fetchall():
            d = json.loads(data)
            d["group_id"] = gid
            out.append(d)
        return out

    def timeline(self, a: str, b: str, by: str = "year", directed: bool = False,
                 include_events: bool = True, **filters: Any) -> list[dict[str, Any]]:
        """The dyad's dated events by period (by="year"|"month"|"day"), oldest first.

        Each period: {"period", "count", "a_to_b", "b_to_a", "goldstein_total",
        "goldstein_mean", "quad1".."quad4", "types": {type: n}, "events": [...]}.
        An event belongs to the period of its interval's start; undated events are left out.
        With `directed`, only a -> b events count.
        """
        if by not in PERIODS:
            raise StoreError(f"timeline: by must be one of {', '.join(PERIODS)}, not '{by}'")
        fmt = PERIODS[by]
        if directed:
            filters["source"], filters["target"] = a, b
        else:
            filters["dyad"] = (a, b)
        where, params = self._filters(**filters)
        a_sql, a_params = self._actor_sql("e.source", a)
        sql = f"""
        SELECT strftime(date_trunc('{by}', e.date_start), '{fmt}') AS period, count(*) AS n,
               count(*) FILTER (WHERE {a_sql}) AS a_to_b,
               sum(e.goldstein) AS gt, avg(e.goldstein) AS gm,
               count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),
               count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4),
               histogram(e.type)
        {_events_from(where)} WHERE {where} AND e.date_start IS NOT NULL
        GROUP BY period ORDER BY period
        """
        rows = self.con.execute(sql, [*a_params, *params]).fetchall()
        periods = []
        for period, n, a_to_b, gt, gm, q1, q2, q3, q4, types in rows:
            periods.append({"period": period, "count": n, "a_to_b": a_to_b, "b_to_a": n - a_to_b,
                            "goldstein_total": round(gt, 3), "goldstein_mean": round(gm, 3),
                            "quad1": q1, "quad2": q2, "quad3": q3, "quad4": q4,
                            "types": dict(sorted(types.items())), "events": []})
        if include_events and periods:
            index = {p["period"]: p for p in periods}
            for e in self.events(**filters):
                start = e["date"]["start"]
                if start:
                    key = {"year": start[:4], "month": start[:7], "day": start[:10]}[by]
                    if key in index:
                        index[key]["events"].append(e)
        return periods


# ---------------------------------------------------------------------- helpers

def _events_from(where: str) -> str:
    """events, joined to documents / merged members only when the query needs them."""
    sql = "FROM events e"
    if "d." in where:
        sql += " JOIN documents d ON d.doc_id = e.doc_id"
    if "mm." in where:
        sql += (" LEFT JOIN merged_members mm ON mm.event_id = e.event_id "
                "AND mm.doc_id = e.doc_id")
    return sql


_SELECT_EVENTS = "SELECT e.record, mm.merged_id, d.source, d.published, d.title"
_JOINS = ("JOIN documents d ON d.doc_id = e.doc_id "
          "LEFT JOIN merged_members mm ON mm.event_id = e.event_id AND mm.doc_id = e.doc_id")


def _event_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    record, merged_id, outlet, published, title = row
    d = json.loads(record)
    d["merged_id"] = merged_id
    d["outlet"] = outlet
    d["published"] = published.isoformat() if published else None
    d["title"] = title
    return d


def _plain(d: dict[str, Any]) -> dict[str, Any]:
    """Dates and timestamps as ISO strings, so rows are JSON-ready."""
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in d.items()}


def _actor_names(events: pa.Table, mentions: pa.Table) -> set[tuple[str, str | None]]:
    """The (id, name) pairs of a partition's resolved actors."""
    pairs: set[tuple[str, str | None]] = set()
    for table, roles in ((events, ("source", "target", "attributed")), (mentions, ("actor",))):
        for role in roles:
            pairs.update(zip(table.column(f"{role}_id").to_pylist(),
                             table.column(f"{role}_name").to_pylist(), strict=True))
    return {(i, n) for i, n in pairs if i is not None}


def _filter_docs(table: pa.Table, doc_ids: pa.ChunkedArray | pa.Array) -> pa.Table:
    if not table.num_rows:
        return table
    return table.filter(pc.is_in(table.column("doc_id"), value_set=pa.array(
        doc_ids.to_pylist(), type=pa.string())))


def _read_shards(shard_dir: Path) -> dict[str, pa.Table]:
    out = {}
    for t in schema.PARTITION_TABLES:
        f = shard_dir / f"{t}.parquet"
        out[t] = (pq.read_table(f, schema=schema.arrow_schema(t)) if f.exists()
                  else schema.arrow_schema(t).empty_table())
    return out


# The names under which `_execute_with` shows its Arrow tables to SQL, in argument order.
_ARROW_NAMES = tuple(f"arrow_{i}" for i in range(8))


def _execute_with(con: duckdb.DuckDBPyConnection, script: list[str], *tables: pa.Table) -> None:
    """Run the statements of `script` in one call; in them, arrow_0, arrow_1, ... name `tables`.

    Why local variables: DuckDB's replacement scan reads an Arrow table that SQL names straight
    from a variable of the calling frame, where register() adds and drops a catalog view
    (~1.5 ms per table inside a transaction, more than inserting the table's rows).
    """
    if len(tables) > len(_ARROW_NAMES):
        raise StoreError(f"at most {len(_ARROW_NAMES)} Arrow tables per statement")
    padded: list[pa.Table | None] = [*tables, *[None] * (len(_ARROW_NAMES) - len(tables))]
    arrow_0, arrow_1, arrow_2, arrow_3, arrow_4, arrow_5, arrow_6, arrow_7 = padded  # noqa: F841
    con.execute(";\n".join(script))


class _Tx:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.begin()

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.con.commit()
        else:
            self.con.rollback()


def open_store(path: str | Path, read_only: bool = False) -> Store:
    """Open (creating and migrating as needed) the DuckDB store at `path`."""
    path = str(path)
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"no store at {path}: run `eventlens ingest PATH --db {path}` first")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        raise StoreError(f"cannot open store {path}: {str(exc).splitlines()[0]}") from exc
    if read_only:
        if schema.current_version(con) < schema.SCHEMA_VERSION:
            con.close()
            raise StoreError(f"store {path} has an older schema: open it once without "
                             f"read_only (e.g. `eventlens ingest --db {path}`) to migrate it")
    else:
        schema.migrate(con)
    return Store(con, path, read_only)
