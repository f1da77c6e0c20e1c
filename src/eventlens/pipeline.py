"""From a Document to coded, dated, placed and sourced events: the stages in order."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_loader
from .actors import ActorIndex, ResolvedMention, resolve_actors
from .claims import ClaimCache, assess
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
        sents = _SentenceTable(doc)  # once per document: events look sentences up
        claims = ClaimCache(doc)  # several events share a trigger, a sentence, a clause
        events: dict[str, Event] = {}  # by event_id: the coder can reach one event twice
        for coded in code_events(doc, actors, places):
            for event in self._records(document, doc, coded, actors, times, places, sents,
                                       claims):
                events.setdefault(event.event_id, event)
        return DocResult(
            document=document,
            sentences=tuple(_sentences(document, sents)),
            events=tuple(events.values()),
            mentions=tuple(_mentions(document, sents, actors)),
            timexes=tuple(times.timexes),
        )

    def _records(self, document: Document, doc: Doc, coded: CodedEvent, actors: ActorIndex,
                 times: TimeIndex, places: PlaceIndex, sents: _SentenceTable,
                 claims: ClaimCache | None = None) -> Iterator[Event]:
        """One Event per date the trigger carries (coordinated dates give several)."""
        sentence_index = sents.index(coded.trigger_i)
        sent_start, sent_end, sent_text = sents.bounds[sentence_index]
        trigger_start, trigger_end, trigger_text = sents.char_span(coded.trigger_start,
                                                                  coded.trigger_end,
                                                                  sentence_index)
        evidence = Evidence(text=sent_text, start=sent_start, end=sent_end,
                            trigger=trigger_text, trigger_start=trigger_start,
                            trigger_end=trigger_end)
        claim = assess(doc, coded.trigger_i, actors, claims)
        location = places.for_trigger(coded.trigger_i)
        spans = times.for_trigger(coded.trigger_i) or [TimeSpan.none()]
        # coordinated arguments and dates give several events per trigger: one id each
        args = "|".join(str(m.start_char) if m else "-" for m in (coded.source, coded.target))
        for span in spans:
            year = _year(span)
            extra = f"{args}|{span.value or span.start or ''}"
            yield Event(
                event_id=make_event_id(document.doc_id, sent_start, trigger_start, trigger_end,
                                       f"{coded.type}|{extra}"),
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


class _SentenceTable:
    """A document's sentences, read once (`token.sent` walks to the bounds on every call):
    bounds and text by sentence index, lookup by token."""

    def __init__(self, doc: Doc) -> None:
        sents = list(doc.sents)
        self.doc = doc
        self.starts = [s.start for s in sents]
        self.bounds = [(s.start_char, s.end_char, s.text) for s in sents]

    def index(self, token_i: int) -> int:
        """The index of the sentence holding token `token_i` (-1 before the first)."""
        return bisect_right(self.starts, token_i) - 1

    def char_span(self, start: int, end: int, sentence: int) -> tuple[int, int, str]:
        """Character offsets and text of tokens [start, end), as `doc[start:end]` gives them;
        the text cut from sentence `sentence`'s text when the tokens lie in it."""
        sent_start, sent_end, sent_text = self.bounds[sentence]
        if end > start:
            first, last = self.doc[start], self.doc[end - 1]
            start_char, end_char = first.idx, last.idx + len(last)
            if sent_start <= start_char and end_char <= sent_end:
                return start_char, end_char, sent_text[start_char - sent_start:
                                                       end_char - sent_start]
        span = self.doc[start:end]  # why: empty, or across a sentence bound
        return span.start_char, span.end_char, span.text


def _sentences(document: Document, sents: _SentenceTable) -> Iterator[Sentence]:
    for i, (start, end, text) in enumerate(sents.bounds):
        yield Sentence(doc_id=document.doc_id, index=i, start=start, end=end, text=text)


def _mentions(document: Document, sents: _SentenceTable,
              actors: ActorIndex) -> Iterator[ActorMention]:
    for m in actors.mentions:
        yield ActorMention(doc_id=document.doc_id, start=m.start_char, end=m.end_char,
                           actor=m.actor, sentence_index=max(sents.index(m.start), 0),
                           via=m.via)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide pipeline built from the user's settings."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def extract(text: str, date: str | dt.date | None = None, doc_id: str | None = None) -> list[Event]:
    """Events of one text: the Python API behind `eventlens extract`."""
    isoformat = getattr(date, "isoformat", None)  # a date or datetime; a string stays
    published = isoformat() if isoformat is not None else date
    document = document_from_text(text, doc_id=doc_id, date=published)  # type: ignore[arg-type]
    return list(default_pipeline().process(document).events)
