"""Typed records passed between pipeline stages.

Frozen dataclasses with ``as_dict()`` / ``from_dict()``; plain dicts only appear at the
store and JSON boundaries. ``Event.as_dict()`` is the event record contract of DESIGN.md:
fields may be added, none may change meaning.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, Literal, TypeVar

Precision = Literal["day", "month", "season", "quarter", "year", "decade", "century", "unknown"]
DateBasis = Literal["explicit", "relative", "narrative", "document", "none"]
Factuality = Literal["asserted", "reported", "denied", "negated", "hypothetical"]
FACTUALITY_LABELS: tuple[str, ...] = ("asserted", "reported", "denied", "negated", "hypothetical")

T = TypeVar("T")


def _from_dict(cls: type[T], data: dict[str, Any] | None) -> T | None:
    """Build a flat dataclass from a dict, ignoring keys it does not know."""
    if data is None:
        return None
    try:
        return cls(**data)  # the usual case, and ~2x faster: a dict written with these fields
    except TypeError:  # a key this version does not know (or one missing): filter, then try
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Document:
    """One article as read from disk, a URL dump or stdin, boilerplate removed."""

    doc_id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) of publication, when known
    source: str | None = None  # outlet or feed name
    url: str | None = None
    path: str | None = None  # file the document was read from

    @property
    def content_hash(self) -> str:
        """Hash of the text: decides whether a document is new to the store."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:32]

    @property
    def published_date(self) -> date | None:
        return date.fromisoformat(self.published) if self.published else None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return _from_dict(cls, data)  # type: ignore[return-value]


@dataclass(frozen=True)
class ReadError:
    """A file (or line of a file) that could not be read, with the reason in one line."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Actor:
    """An actor as it appears in the event record (`source`, `target`, `attributed_to`)."""

    id: str | None  # ISO3 for states, stable code for organisations, None if unresolved
    name: str | None  # canonical name
    text: str  # the words of the article
    country: str | None = None
    sector: str | None = None  # GOV MIL SPY REB POL BUS MED ... (PLOVER/CAMEO agent codes)
    kind: str | None = None  # state, igo, ngo, armed_group, party, person, group, ...

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Actor | None:
        return _from_dict(cls, data)


@dataclass(frozen=True)
class TimeSpan:
    """When something happened: an interval with precision and how we know it."""

    start: str | None  # ISO date, None for an open start
    end: str | None  # ISO date, None for an open end
    precision: str = "unknown"
    text: str | None = None
    basis: str = "none"
    value: str | None = None  # TIMEX3 value the interval came from ("1979-12", "198", ...)
    mod: str | None = None  # TIMEX3 mod: START, MID, END, BEFORE, AFTER, APPROX ...

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> TimeSpan | None:
        return _from_dict(cls, data)

    @classmethod
    def none(cls) -> TimeSpan:
        return cls(start=None, end=None, precision="unknown", text=None, basis="none")


@dataclass(frozen=True)
class Timex:
    """A time expression found in text (TimeML TIMEX3), with character offsets."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str | None  # normalised TIMEX3 value, None when it cannot be resolved
    mod: str | None = None
    anchor: str | None = None  # how it was resolved: explicit, relative, narrative, anchor

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Location:
    """Where an event happened, resolved against the offline gazetteer."""

    name: str
    feature: str  # country, admin1, city, district, landmark
    country: str | None = None  # ISO3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    id: str | None = None  # stable gazetteer id
    precision: str | None = None  # city, admin1, country
    basis: str | None = None  # attached, sentence, dateline
    text: str | None = None  # the words of the article

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Location | None:
        return _from_dict(cls, data)


@dataclass(frozen=True)
class Evidence:
    """The sentence an event was read from; offsets are into the document text."""

    text: str
    start: int
    end: int
    trigger: str
    trigger_start: int | None = None  # document offsets of the trigger words
    trigger_end: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return _from_dict(cls, data)  # type: ignore[return-value]


def make_event_id(doc_id: str, sentence_start: int, trigger_start: int, trigger_end: int,
                  extra: str = "") -> str:
    """Stable hash of doc_id + sentence + trigger offsets (+ a discriminator)."""
    key = f"{doc_id}|{sentence_start}|{trigger_start}|{trigger_end}|{extra}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Event:
    """One coded event mention: the record contract of DESIGN.md."""

    event_id: str
    doc_id: str
    type: str
    mode: str | None
    cameo: str
    quad_class: int
    goldstein: float
    source: Actor | None
    target: Actor | None
    date: TimeSpan
    evidence: Evidence
    location: Location | None = None
    factuality: str = "asserted"
    attributed_to: Actor | None = None
    confidence: float = 0.5
    claim_chain: tuple[Actor, ...] = ()
    sentence_index: int = 0
    context: str | None = None  # PLOVER context, when the lexicon gives one
    stance: str | None = None  # "disputed" when the author discredits the claim (claims stage)

    def as_dict(self) -> dict[str, Any]:
        """The JSON object of the contract (one line of `eventlens extract`)."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "type": self.type,
            "mode": self.mode,
            "cameo": str(self.cameo),
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source.as_dict() if self.source else None,
            "target": self.target.as_dict() if self.target else None,
            "date": self.date.as_dict(),
            "location": self.location.as_dict() if self.location else None,
            "factuality": self.factuality,
            "attributed_to": self.attributed_to.as_dict() if self.attributed_to else None,
            "claim_chain": [a.as_dict() for a in self.claim_chain],
            "evidence": self.evidence.as_dict(),
            "confidence": self.confidence,
            "sentence_index": self.sentence_index,
            "context": self.context,
            "stance": self.stance,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            event_id=data["event_id"],
            doc_id=data["doc_id"],
            type=data["type"],
            mode=data.get("mode"),
            cameo=str(data["cameo"]),
            quad_class=int(data["quad_class"]),
            goldstein=float(data["goldstein"]),
            source=Actor.from_dict(data.get("source")),
            target=Actor.from_dict(data.get("target")),
            date=TimeSpan.from_dict(data.get("date")) or TimeSpan.none(),
            evidence=Evidence.from_dict(data["evidence"]),
            location=Location.from_dict(data.get("location")),
            factuality=data.get("factuality", "asserted"),
            attributed_to=Actor.from_dict(data.get("attributed_to")),
            confidence=float(data.get("confidence", 0.5)),
            claim_chain=tuple(a for a in (Actor.from_dict(x) for x in data.get("claim_chain") or [])
                              if a is not None),
            sentence_index=int(data.get("sentence_index", 0)),
            context=data.get("context"),
            stance=data.get("stance"),
        )


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document, for provenance and the document reader."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ActorMention:
    """A resolved actor mention in a document (for the `actors` table and surface forms)."""

    doc_id: str
    start: int
    end: int
    actor: Actor
    sentence_index: int = 0
    via: str = "gazetteer"  # gazetteer, coref, ner

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["actor"] = self.actor.as_dict()
        return d


@dataclass(frozen=True)
class DocResult:
    """Everything the pipeline learned from one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    events: tuple[Event, ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
