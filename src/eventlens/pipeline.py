"""From a Document to coded, dated, placed and sourced events: the stages in order."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_loader
from .actors import ActorIndex, ResolvedMention, resolve_actors
from .claims import assess
from .events import CodedEvent, code_events
from .ingest import document_from_text
from .places import PlaceIndex, locate
from .records import (
    Actor,
    ActorMention,
    DocResult,
    Document,
    Event,
    Evidence,
    Sentence,
    TimeSpan,
    make_event_id,
)
from .settings import Settings, load_settings
from .time import TimeIndex, ground


def _year(span: TimeSpan) -> int | None:
    value = span.start or span.end
    return int(value[:4]) if value else None


class Pipeline:
    """Runs every stage over documents with one spaCy pipeline, loaded once."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or load_settings()
        self.nlp = nlp or nlp_loader.load(self.settings.model)

    def process(self, document: Document) -> DocResult:
        """Every stage over one document."""
        return self._analyse(document, self.nlp(document.text))

    def process_many(self, documents: Iterable[Document],
                     batch_size: int | None = None) -> Iterator[DocResult]:
        """Every stage over many documents, parsing them with `nlp.pipe` in batches."""
        docs = list(documents) if not isinstance(documents, list) else documents
        texts = (d.text for d in docs)
        parsed = self.nlp.pipe(texts, batch_size=batch_size or self.settings.batch_size)
        for document, doc in zip(docs, parsed, strict=True):
            yield self._analyse(document, doc)

    def _analyse(self, document: Document, doc: Doc) -> DocResult:
        dct = document.published_date
        # 1. actors first: the coder, places and claims all look them up by token
        actors = resolve_actors(doc, year=dct.year if dct else None)
        # 2. time before events: a person resolves to the state they served at the event's date
        times = ground(doc, dct)
        places = locate(doc, actors, dateline=None)
        starts = [s.start for s in doc.sents]  # once per document: events look sentences up
        events: dict[str, Event] = {}  # by event_id: the coder can reach one event twice
        for coded in code_events(doc, actors, places):
            for event in self._records(document, doc, coded, actors, times, places, starts):
                events.setdefault(event.event_id, event)
        return DocResult(
            document=document,
            sentences=tuple(_sentences(document, doc)),
            events=tuple(events.values()),
            mentions=tuple(_mentions(document, doc, actors)),
            timexes=tuple(times.timexes),
        )

    def _records(self, document: Document, doc: Doc, coded: CodedEvent, actors: ActorIndex,
                 times: TimeIndex, places: PlaceIndex, starts: list[int]) -> Iterator[Event]:
        """One Event per date the trigger carries (coordinated dates give several)."""
        sent = doc[coded.trigger_i].sent
        trigger = doc[coded.trigger_start:coded.trigger_end]
        evidence = Evidence(text=sent.text, start=sent.start_char, end=sent.end_char,
                            trigger=trigger.text, trigger_start=trigger.start_char,
                            trigger_end=trigger.end_char)
        claim = assess(doc, coded.trigger_i, actors)
        location = places.for_trigger(coded.trigger_i)
        spans = times.for_trigger(coded.trigger_i) or [TimeSpan.none()]
        sentence_index = bisect_right(starts, coded.trigger_i) - 1
        for span in spans:
            year = _year(span)
            # coordinated arguments and dates give several events per trigger: one id each
            args = "|".join(str(m.start_char) if m else "-" for m in (coded.source, coded.target))
            extra = f"{args}|{span.value or span.start or ''}"
            yield Event(
                event_id=make_event_id(document.doc_id, sent.start_char, trigger.start_char,
                                       trigger.end_char, f"{coded.type}|{extra}"),
                doc_id=document.doc_id,
                type=coded.type,
                mode=coded.mode,
                cameo=coded.cameo,
                quad_class=coded.quad_class,
                goldstein=coded.goldstein,
                source=_actor(actors, coded.source, year),
                target=_actor(actors, coded.target, year),
                date=span,
                evidence=evidence,
                location=location,
                factuality=claim.factuality,
                attributed_to=claim.attributed_to,
                claim_chain=claim.claim_chain,
                confidence=coded.confidence,
                sentence_index=sentence_index,
                context=coded.context,
                stance=claim.stance,
            )


def _actor(actors: ActorIndex, mention: ResolvedMention | None, year: int | None) -> Actor | None:
    """The mention's actor, re-resolved for the event's year (people change office)."""
    if mention is None:
        return None
    if year is not None:
        again = actors.at(mention.start, year=year)
        if again is not None and again.start == mention.start:
            return again.actor
    return mention.actor


def _sentences(document: Document, doc: Doc) -> Iterator[Sentence]:
    for i, s in enumerate(doc.sents):
        yield Sentence(doc_id=document.doc_id, index=i, start=s.start_char, end=s.end_char,
                       text=s.text)


def _mentions(document: Document, doc: Doc, actors: ActorIndex) -> Iterator[ActorMention]:
    starts = [s.start for s in doc.sents]
    for m in actors.mentions:
        index = bisect_right(starts, m.start) - 1
        yield ActorMention(doc_id=document.doc_id, start=m.start_char, end=m.end_char,
                           actor=m.actor, sentence_index=max(index, 0), via=m.via)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide pipeline built from the user's settings."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def extract(text: str, date: str | dt.date | None = None, doc_id: str | None = None) -> list[Event]:
    """Events of one text: the Python API behind `eventlens extract`."""
    published = date.isoformat() if hasattr(date, "isoformat") else date
    document = document_from_text(text, doc_id=doc_id, date=published)  # type: ignore[arg-type]
    return list(default_pipeline().process(document).events)
