"""Cross-document merge of event mentions, and contradiction groups: pure functions over Events.

A mention's merge key is (type family, actor pair, period): the family from merge.yaml, the
pair direction-free for symmetric types, and mentions of one key whose date intervals overlap
are one event. Dates inherited from context (narrative, document) never keep two mentions
apart. See docs/claims.md.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..records import Actor, Event

MIN_DATE, MAX_DATE = "0001-01-01", "9999-12-31"


@dataclass(frozen=True)
class MergeRules:
    """The merge and contradiction rules of merge.yaml."""

    family_of: dict[str, str]
    symmetric: frozenset[str]
    positive: frozenset[str]
    negative: frozenset[str]
    dating_bases: frozenset[str]
    incompatible_within_days: int
    incompatible_precisions: frozenset[str]
    without_target: frozenset[str] = frozenset()  # types whose mentions contradict untargeted

    def family(self, event_type: str) -> str:
        return self.family_of.get(event_type, event_type.lower())


@lru_cache(maxsize=1)
def rules() -> MergeRules:
    """The rules (read once per process)."""
    text = resources.files("eventlens").joinpath("data", "claims", "merge.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    family_of = {t: fam for fam, types in data["families"].items() for t in types}
    return MergeRules(
        family_of=family_of,
        symmetric=frozenset(data["symmetric"]),
        positive=frozenset(data["positive"]),
        negative=frozenset(data["negative"]),
        dating_bases=frozenset(data["dating_bases"]),
        incompatible_within_days=int(data["incompatible_within_days"]),
        incompatible_precisions=frozenset(data["incompatible_precisions"]),
        without_target=frozenset(data.get("contradict_without_target", [])),
    )


def _hash(obj: Any) -> str:
    return hashlib.sha1(json.dumps(obj, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def actor_key(actor: Actor | None) -> str | None:
    """An actor's identity for merging: its id, else its lower-cased name or words."""
    if actor is None:
        return None
    if actor.id:
        return actor.id
    return "~" + (actor.name or actor.text).strip().lower()


def pair_key(event: Event, r: MergeRules | None = None) -> tuple[str, str | None, str | None]:
    """(family, source, target); sorted for symmetric types."""
    r = r or rules()
    source, target = actor_key(event.source), actor_key(event.target)
    if event.type in r.symmetric:
        source, target = sorted((source, target), key=lambda k: (k is None, k or ""))
    return r.family(event.type), source, target


def _interval(event: Event, r: MergeRules) -> tuple[str, str] | None:
    """The event's dated interval, or None when its date is only a guess from context."""
    d = event.date
    if d.basis not in r.dating_bases or (d.start is None and d.end is None):
        return None
    return d.start or MIN_DATE, d.end or MAX_DATE


def _overlap(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Undated mentions are compatible with any date."""
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def _buckets(events: Sequence[Event], r: MergeRules) -> dict[tuple, list[Event]]:
    out: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        out[pair_key(e, r)].append(e)
    return out


def _clusters(mentions: list[Event], r: MergeRules) -> list[list[Event]]:
    """Overlapping dated mentions join (a sweep over sorted intervals, O(n log n)); undated
    ones join the only dated cluster when there is exactly one, else form their own."""
    dated = sorted(((iv, e) for e in mentions if (iv := _interval(e, r)) is not None),
                   key=lambda p: p[0])
    undated = [e for e in mentions if _interval(e, r) is None]
    clusters: list[list[Event]] = []
    end = ""
    for (start, stop), e in dated:
        if clusters and start <= end:
            clusters[-1].append(e)
            end = max(end, stop)
        else:
            clusters.append([e])
            end = stop
    if len(clusters) == 1:
        clusters[0].extend(undated)
    elif undated:
        clusters.append(undated)
    order = {id(e): i for i, e in enumerate(mentions)}
    return [sorted(c, key=lambda e: order[id(e)]) for c in clusters]  # mentions in input order


def _period(mentions: Iterable[Event], r: MergeRules) -> dict[str, str | None] | None:
    spans = [s for s in (_interval(e, r) for e in mentions) if s is not None]
    if not spans:
        return None
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    return {"start": None if start == MIN_DATE else start, "end": None if end == MAX_DATE else end}


def _key(bucket: tuple, period: dict[str, str | None] | None, r: MergeRules,
         types: Iterable[str]) -> dict[str, Any]:
    family, source, target = bucket
    return {"family": family, "source": source, "target": target, "period": period,
            "symmetric": any(t in r.symmetric for t in types)}


@dataclass(frozen=True)
class MergedEvent:
    """One event told by one or more mentions, in one or more sources."""

    merged_id: str
    key: dict[str, Any]
    type: str
    source_id: str | None
    target_id: str | None
    start: str | None
    end: str | None
    event_ids: tuple[str, ...]
    sources: tuple[str, ...]  # distinct doc_ids
    outlets: tuple[str, ...]
    corroboration: int  # distinct sources (documents) telling the event
    contradicted: bool
    factuality: dict[str, int]  # label -> number of mentions

    def as_dict(self) -> dict[str, Any]:
        return {
            "merged_id": self.merged_id, "key": self.key, "type": self.type,
            "source_id": self.source_id, "target_id": self.target_id,
            "start": self.start, "end": self.end, "event_ids": list(self.event_ids),
            "sources": list(self.sources), "outlets": list(self.outlets),
            "corroboration": self.corroboration, "contradicted": self.contradicted,
            "factuality": dict(self.factuality),
        }


def merge_events(events: Sequence[Event],
                 outlets: Mapping[str, str | None] | None = None,
                 groups: Sequence[ContradictionGroup] | None = None) -> list[MergedEvent]:
    """Mentions of the same event (family, actors, overlapping dates) merged across documents.

    `groups`: the events' contradiction groups when the caller has them already (they mark
    merged events `contradicted`); computed here otherwise.
    """
    r = rules()
    if groups is None:
        groups = contradiction_groups(events)
    contradicted = {e.event_id for g in groups for e in g.mentions}
    out: list[MergedEvent] = []
    for bucket, mentions in sorted(_buckets(events, r).items(), key=lambda kv: str(kv[0])):
        for cluster in _clusters(mentions, r):
            out.append(_merged(bucket, cluster, r, outlets or {}, contradicted))
    return out


def _merged(bucket: tuple, cluster: list[Event], r: MergeRules,
            outlets: Mapping[str, str | None], contradicted: set[str]) -> MergedEvent:
    period = _period(cluster, r)
    key = _key(bucket, period, r, (e.type for e in cluster))
    docs = tuple(dict.fromkeys(e.doc_id for e in cluster))
    first = cluster[0]
    return MergedEvent(
        merged_id=_hash(key),
        key=key,
        type=Counter(e.type for e in cluster).most_common(1)[0][0],
        source_id=first.source.id if first.source else None,
        target_id=first.target.id if first.target else None,
        start=period["start"] if period else None,
        end=period["end"] if period else None,
        event_ids=tuple(e.event_id for e in cluster),
        sources=docs,
        outlets=tuple(dict.fromkeys(o for o in (outlets.get(d) for d in docs) if o)),
        corroboration=len(docs),
        contradicted=any(e.event_id in contradicted for e in cluster),
        factuality=dict(Counter(e.factuality for e in cluster)),
    )


@dataclass(frozen=True)
class ContradictionGroup:
    """Mentions of one event that sources disagree on, side by side."""

    group_id: str
    key: dict[str, Any]
    reason: str  # "reported vs negated", "asserted vs denied", "incompatible dates", ...
    mentions: tuple[Event, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"group_id": self.group_id, "key": self.key, "reason": self.reason,
                "mentions": [e.as_dict() for e in self.mentions]}


def contradiction_groups(events: Sequence[Event]) -> list[ContradictionGroup]:
    """Where one mention asserts or reports an event and another negates or denies it, or
    where two sources date one specific event incompatibly."""
    r = rules()
    groups: list[ContradictionGroup] = []
    for bucket, mentions in sorted(_buckets(events, r).items(), key=lambda kv: str(kv[0])):
        if not _both_sides_named(bucket, mentions, r):
            continue
        groups.extend(_polarity_groups(bucket, mentions, r))
        groups.extend(_date_groups(bucket, mentions, r))
    return groups


def _both_sides_named(bucket: tuple, mentions: list[Event], r: MergeRules) -> bool:
    """Whether two mentions of the bucket can be one event told two ways: with an actor
    missing ("Russian officials warned ..." / "denied that Moscow planned to attack"), they
    may well be two events, so no contradiction is claimed; a few types need no target."""
    _, source, target = bucket
    if source is None:
        return False
    return target is not None or all(e.type in r.without_target for e in mentions)


def _polarity_groups(bucket: tuple, mentions: list[Event],
                     r: MergeRules) -> list[ContradictionGroup]:
    """1. asserted/reported against negated/denied within one merged event (same clusters as
    the merge: an undated mention names one event only when the dated ones agree on a period)."""
    sided = [e for e in mentions if e.factuality in r.positive | r.negative]
    out = []
    for members in _clusters(sided, r):
        pos = sorted({e.factuality for e in members if e.factuality in r.positive})
        neg = sorted({e.factuality for e in members if e.factuality in r.negative})
        if pos and neg:
            reason = f"{'/'.join(pos)} vs {'/'.join(neg)}"
            out.append(_group(bucket, members, reason, r))
    return out


def _date_groups(bucket: tuple, mentions: list[Event], r: MergeRules) -> list[ContradictionGroup]:
    """2. one specific event (same type and mode) dated apart by two documents. A document that
    tells the type at several dates tells several events and takes no part."""
    by_kind: dict[tuple[str, str | None], dict[str, list[Event]]] = defaultdict(
        lambda: defaultdict(list))
    for e in mentions:
        if e.factuality in r.positive and _interval(e, r) is not None \
                and e.date.precision in r.incompatible_precisions:
            by_kind[(e.type, e.mode)][e.doc_id].append(e)
    out = []
    for per_doc in by_kind.values():
        single: list[tuple[tuple[str, str], Event]] = sorted(
            ((iv, es[0]) for es in per_doc.values()
             if len({_interval(e, r) for e in es}) == 1
             and (iv := _interval(es[0], r)) is not None), key=lambda p: p[0])
        for i, (ia, a) in enumerate(single):
            for ib, b in single[i + 1:]:
                if _overlap(ia, ib):
                    continue
                if _gap_days(ia, ib) > r.incompatible_within_days:
                    break  # sorted by start: later ones are farther still
                out.append(_group(bucket, sorted([a, b], key=lambda e: e.doc_id),
                                  "incompatible dates", r))
    return out


def _gap_days(a: tuple[str, str], b: tuple[str, str]) -> int:
    first, second = sorted([a, b])
    try:
        return (date.fromisoformat(second[0]) - date.fromisoformat(first[1])).days
    except ValueError:
        return 10**6


def _group(bucket: tuple, members: list[Event], reason: str, r: MergeRules) -> ContradictionGroup:
    key = _key(bucket, _period(members, r), r, (e.type for e in members))
    ids = sorted(e.event_id for e in members)
    return ContradictionGroup(group_id=_hash({"key": key, "reason": reason, "ids": ids}),
                              key=key, reason=reason, mentions=tuple(members))
