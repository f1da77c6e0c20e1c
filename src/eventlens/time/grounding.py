"""Date events: map time expressions onto the spaCy parse and answer, for a trigger token,
which intervals the event is dated by.

`for_trigger` cascade (docs/time.md):
 1. expressions attached to the trigger in the parse (the trigger is their governing verb,
    or a noun on the way up to it: "the invasion of Iraq in 2003"); coordinated dates
    ("in 2006 and 2007") attach together and give one span each;
 2. else the sentence's: expressions attached to a clause above the trigger, else those of
    the nearest other clause;
 3. else the narrative reference time: the last date of the paragraph before the sentence
    (basis "narrative"), opened by a shift cue in the sentence ("later", "since then");
 4. else, for a present-tense trigger with a known publication date: that date (basis
    "document": the state holds when the article speaks);
 5. else [] (undated). An expression the text gives but we cannot resolve (a relative
    date without DCT) stops the cascade at 1 or 2: never guessed, never inherited.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache

import numpy
from spacy.attrs import LEMMA, LOWER, POS, SENT_START
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Span

from ..records import TimeSpan, Timex
from . import data
from .layout import Layout, in_heading, layout, section_of
from .tagger import Found, Normalised, _moves_reference, analyse
from .values import Interval, apply_mod, base_interval, shift, value_at

_PRESENT_TAGS = {"VBZ", "VBP"}
_PAST_TAGS = {"VBD", "VBN"}
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "csubj", "csubjpass", "parataxis"}


@dataclass
class _Anchored:
    """A dating expression placed in the parse."""

    found: Found
    span: TimeSpan | None  # None: the text gives a time we could not resolve
    tokens: tuple[int, int]
    governor: int | None  # the verb (or sentence root) it attaches to
    nouns: tuple[int, ...]  # nouns on the way from the expression up to its governor
    sent_start: int
    speech: bool = False  # attached to a reporting verb: when words were said, not the story
    role: str = "adverbial"  # adverbial, event, argument, modifier, heading (see _role)

    @cached_property
    def moves_reference(self) -> bool:
        """`_moves_reference` of the expression, worked out once (why: asked for every
        earlier expression at each trigger)."""
        return _moves_reference(self.found)

    @property
    def sets_reference(self) -> bool:
        """May this expression become the story's reference time? Only dates of a verb or
        of an event noun ("In 2013, ...", "the invasion in 2003"), not dates that modify a
        thing ("the 2003 law", "loans since 1979") or name a participant ("9/11 changed
        everything"); a heading's time is its section's, kept apart."""
        return self.role in ("adverbial", "event") and not self.speech

    def dates_governor(self) -> bool:
        return self.role != "modifier"

    def dated_nouns(self) -> tuple[int, ...]:
        """Nominal triggers it dates: a modifier only the noun it modifies."""
        return self.nouns[:1] if self.role == "modifier" else self.nouns


@dataclass
class TimeIndex:
    """Time expressions of one parsed document and the dates of its event triggers."""

    timexes: list[Timex] = field(default_factory=list)
    doc: Doc | None = None
    dct: date | None = None
    anchored: list[_Anchored] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)
    layout: Layout | None = None
    sentence_starts: list[int] = field(default_factory=list)  # see `_sentence_starts`
    _sentences: tuple[int, dict[int, list[_Anchored]]] | None = field(default=None, repr=False)

    @cached_property
    def text(self) -> str:
        """The document text, built once (spaCy joins every token on each `doc.text`)."""
        return self.doc.text if self.doc is not None else ""

    def for_trigger(self, token_i: int) -> list[TimeSpan]:
        """Intervals the event at `token_i` is dated by ([] when undated)."""
        if self.doc is None or not 0 <= token_i < len(self.doc):
            return []
        tok = self.doc[token_i]
        sent = self._sentence(token_i)
        here = self._by_sentence().get(sent.start, [])
        para = _paragraph_of(self.paragraphs, tok.idx)
        # why: spaCy may run a heading line into the next sentence; a paragraph break divides
        here = [a for a in here if _paragraph_of(self.paragraphs, a.found.start) == para]
        if tok.tag_ in _PAST_TAGS:
            # why: a past event reported by a dated speech act happened before it, not then
            here = [a for a in here if not a.speech or a.governor == token_i]
        # why: "a day after the shelling" dates the main clause, not the shelling in it
        here = [a for a in here if not _offset_over(a, tok)]
        # 0. the trigger is itself a dating expression ("Following Soviet withdrawal"):
        #    the event is the named event, dated by its own interval, not "after" itself
        #    ("After the invasion": the invasion told earlier, dated by its own date)
        for a in here:
            if a.tokens[0] <= token_i < a.tokens[1] and (
                    a.found.anchored or a.found.rule in ("event_anchor", "event_offset")):
                own = a.found.span(self.dct)
                return [own] if own is not None else []
        # 1. attached to the trigger (as governor or as a noun on the path); a date that
        #    modifies a thing ("its loans since 1979") dates that noun, not the verb
        group = [a for a in here if (a.governor in _same_time(tok) and a.dates_governor())
                 or token_i in a.dated_nouns()]
        # 2. the sentence's: attached to a clause above the trigger (up to the root); an
        #    expression inside a clause under the trigger, or beside it, dates that clause only
        order = None
        if not group:
            datable = [a for a in here if a.dates_governor()
                       and not a.tokens[0] <= token_i < a.tokens[1]]
            group, head = _above(tok, datable)
            group = group or [a for a in datable if a.governor is None]
            # "after nine rounds of talks, they pulled back on 10 February": the talks
            # came before that date; it only bounds them
            order = _order_signal(tok, head, {i for a in here if a.found.type != "DURATION"
                                              for i in range(a.tokens[0] - 1, a.tokens[1])})
        if group:
            spans = _prefer_closed([a.span for a in _prefer_calendar(group) if a.span is not None])
            if order is None:
                return spans
            # "on 8 May, a day after the attack": the attack is that date moved back
            offset = _offset_before(self, self.doc[order[1]], "BEFORE" if order[0] == "earlier"
                                    else "AFTER")
            if offset is not None:
                return [_moved(s, offset[3], offset[2], s.text or "", s.basis)
                        for s in spans if s.start]
            return [_bounded_by(s, order[0]) for s in spans]
        # 3. the story's reference time in this paragraph; not for an ongoing present
        #    perfect ("has carried out air strikes"), unless "since then" opens it
        narrative = self._narrative(sent, token_i)
        if narrative is not None and (narrative.mod == "ON_OR_AFTER"
                                      or not _present_perfect(_clause_verb(tok))):
            return [narrative]
        # 4. a present-tense statement, with only the publication date to go on
        if self.dct is not None and (_present(tok) or _reported_now(tok)):
            d = self.dct.isoformat()
            return [TimeSpan(start=d, end=d, precision="day", text=None, basis="document",
                             value=d)]
        return []

    def _sentence(self, token_i: int) -> Span:
        """The sentence of a token, as `token.sent` gives it, from the sentence starts
        `ground` found once (why: `token.sent` walks the tokens on every call)."""
        assert self.doc is not None
        starts = self.sentence_starts
        if not starts:
            return self.doc[token_i].sent
        k = max(bisect_right(starts, token_i) - 1, 0)
        end = starts[k + 1] if k + 1 < len(starts) else len(self.doc)
        return self.doc[starts[k]:end]

    def _by_sentence(self) -> dict[int, list[_Anchored]]:
        if self._sentences is None or self._sentences[0] != len(self.anchored):
            table: dict[int, list[_Anchored]] = {}
            for a in self.anchored:
                table.setdefault(a.sent_start, []).append(a)
            self._sentences = (len(self.anchored), table)
        return self._sentences[1]

    def _under(self, a: _Anchored, token_i: int) -> bool:
        """Is the expression in a clause under the trigger (it dates that clause only)?"""
        assert self.doc is not None
        if a.governor is None or a.governor == token_i:
            return False
        t = self.doc[a.governor]
        trigger = self.doc[token_i]
        if not trigger.is_ancestor(t):
            return False
        while t.i != token_i:  # a complement or adverbial clause; a clause on a noun is not
            if t.dep_ in _CLAUSE_DEPS:
                return True
            t = t.head
        return False

    def section_time(self, char: int) -> TimeSpan | None:
        """The time a section's heading names ("During the Taliban regime", "After the fall
        of the Taliban"), for an event in that section with no time of its own paragraph
        (basis narrative); None when the heading names no time or there is no heading."""
        if self.layout is None or not self.layout.headings:
            return None
        sec = section_of(self.layout, char)
        if sec == 0:
            return None
        line = self.layout.headings[sec - 1]
        if _dateline_rx().match(self.text, line[0]):
            return None  # "Published 28 June 2025": when the page was written, not a story
        heads = [a for a in self.anchored if a.role == "heading" and a.span is not None
                 and section_of(self.layout, a.found.start) == sec]
        if not heads:
            return None
        s = _hull(heads)
        return TimeSpan(start=s.start, end=s.end, precision=s.precision, text=s.text,
                        basis="narrative", value=s.value, mod=s.mod)

    def _narrative(self, sent: Span, token_i: int) -> TimeSpan | None:
        """The story's time at the trigger: the last date read before it in the paragraph
        (an earlier sentence, or an earlier clause of this one), not a date of speech."""
        assert self.doc is not None
        para = _paragraph_of(self.paragraphs, self.doc[token_i].idx)  # a heading may share the sentence
        prior = [a for a in self.anchored if a.span is not None and a.tokens[1] <= token_i
                 and _paragraph_of(self.paragraphs, a.found.start) == para
                 and (a.moves_reference or a.found.interval is not None)
                 and a.sets_reference and not self._under(a, token_i)]
        if not prior:
            return self.section_time(self.doc[token_i].idx)
        last = _hull([a for a in prior if a.governor == prior[-1].governor
                      and a.sent_start == prior[-1].sent_start])
        shift = _shift_cue(self.text[sent.start_char:sent.end_char])  # = sent.text, no join
        if shift in ("AFTER", "ON_OR_AFTER"):
            return TimeSpan(start=last.end if shift == "AFTER" else last.start, end=None,
                            precision=last.precision, text=last.text, basis="narrative",
                            value=last.value, mod=shift)
        if shift == "BEFORE":
            return TimeSpan(start=None, end=last.start, precision=last.precision,
                            text=last.text, basis="narrative", value=last.value, mod=shift)
        return TimeSpan(start=last.start, end=last.end, precision=last.precision, text=last.text,
                        basis="narrative", value=last.value, mod=last.mod)


def _prefer_calendar(group: list[_Anchored]) -> list[_Anchored]:
    """"After two weeks of fighting, troops took the city on 12 December", "A day after
    the signing, on 23 July, ...": a date the clause names beats one reckoned from a
    duration and the story's time or an earlier event."""
    dates = [a for a in group if a.found.type != "DURATION" and a.found.rule != "event_offset"]
    return dates if dates and len(dates) < len(group) else group


def _prefer_closed(spans: list[TimeSpan]) -> list[TimeSpan]:
    """"Following the withdrawal ... in 1996": a closed interval is the sharper statement;
    open ones ("after X") only bound it, so they give way."""
    closed = [s for s in spans if s.start and s.end]
    return closed if closed else spans


def _hull(group: list[_Anchored]) -> TimeSpan:
    """One span covering coordinated dates ("in 2006 and 2007" -> 2006..2007)."""
    spans = [a.span for a in group if a.span is not None]
    first, last = spans[0], spans[-1]
    if len(spans) == 1 or not first or not last:
        return first
    starts = [s.start for s in spans]
    ends = [s.end for s in spans]
    start = None if None in starts else min(s for s in starts if s)
    end = None if None in ends else max(e for e in ends if e)
    return TimeSpan(start=start, end=end, precision=first.precision,
                    text=" / ".join(s.text or "" for s in spans), basis=first.basis,
                    value=first.value, mod=None)


def _paragraph_of(starts: list[int], char: int) -> int:
    return max(bisect_right(starts, char) - 1, 0)


def _above(tok, here: list[_Anchored]) -> tuple[list[_Anchored], int | None]:
    """Expressions attached to the nearest clause head above the trigger, and that head."""
    for anc in tok.ancestors:
        same = _same_time(anc)
        group = [a for a in here if a.governor in same]
        if group:
            return group, anc.i
    return [], None


@lru_cache(maxsize=1)
def _phase_verbs() -> frozenset[str]:
    return frozenset(data.lexicon()["phase_verbs"])


def _same_time(tok) -> tuple[int, ...]:
    """The verbs whose dates are the token's: itself, and for a phase verb the infinitive
    it governs ("began to pull back on 10 February": the beginning is on 10 February; not
    "agreed to meet on 5 March")."""
    out = [tok.i]
    while tok.lemma_.lower() in _phase_verbs():
        nxt = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            break
        out.append(nxt.i)
        tok = nxt
    return tuple(out)


def _order_signal(tok, head: int | None, timed: set[int]) -> tuple[str, int] | None:
    """("earlier", the signal) when the trigger stands in a phrase or clause opened by
    "after", "following" or "since" below the clause head `head` whose date was found
    ("after a long siege, the army retook the city on 3 May"); "later" for "before".
    `timed`: tokens of the sentence's time expressions and the word before each — a
    signal there opens a time ("After 9/11, when ..."), not an event."""
    if head is None:
        return None
    signals = data.lexicon()["order_signals"]
    t = tok
    while t.i != head and t.head.i != t.i:
        if t.i != tok.i and t.lower_ in signals and t.i not in timed:
            return str(signals[t.lower_]), t.i
        if t.i != tok.i or t.pos_ in ("VERB", "AUX"):
            mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in signals), None)
            if mark is not None and t.dep_ == "advcl":
                return str(signals[mark.lower_]), mark.i
        t = t.head
    return None


def _offset_over(a: _Anchored, tok) -> bool:
    """Is `a` a duration whose "after"/"before" phrase holds the trigger ("a day after the
    shelling", "two weeks after rebels launched an offensive")? It dates the clause the
    phrase hangs on, not the event the phrase names."""
    doc = tok.doc
    if a.found.type != "DURATION" or a.tokens[1] >= len(doc) or a.tokens[1] > tok.i:
        return False
    sig = doc[a.tokens[1]]
    if sig.lower_ not in ("after", "before", "following"):
        return False
    phrase = sig.head if sig.dep_ == "mark" else sig
    return phrase.i == tok.i or phrase.is_ancestor(tok)


def _bounded_by(s: TimeSpan, order: str) -> TimeSpan:
    """An event earlier (later) than the main clause's date: an open interval ending
    (starting) at that date (mod ON_OR_BEFORE / ON_OR_AFTER, docs/time.md)."""
    if order == "earlier":
        return TimeSpan(start=None, end=s.end, precision=s.precision, text=s.text,
                        basis=s.basis, value=s.value, mod="ON_OR_BEFORE")
    return TimeSpan(start=s.start, end=None, precision=s.precision, text=s.text,
                    basis=s.basis, value=s.value, mod="ON_OR_AFTER")


def _clause_verb(tok):
    """The verb of the trigger's clause: the trigger, or the first verb above a noun."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _present_perfect(tok) -> bool:
    """"has carried out", "have fought": a past participle with present "have"."""
    return tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in _PRESENT_TAGS for c in tok.children)


def _present(tok) -> bool:
    """Present tense, not a participle under a past auxiliary."""
    if tok.tag_ in _PRESENT_TAGS:
        return True
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return tok.tag_ == "VBG" and any(c.tag_ in _PRESENT_TAGS and c.lemma_ == "be" for c in aux)


def _reported_now(tok) -> bool:
    """A report in the present perfect ("officials have said"): current when published."""
    return tok.tag_ == "VBN" and tok.lemma_.lower() in _reporting() and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in _PRESENT_TAGS for c in tok.children)


@lru_cache(maxsize=1)
def _dateline_rx() -> re.Pattern[str]:
    return re.compile(r"[\s\W]*" + data.alternation(data.lexicon()["dateline_cues"]) + r"(?!\w)", re.I)


@lru_cache(maxsize=1)
def _signal_rx() -> re.Pattern[str]:
    lex = data.lexicon()
    return re.compile(r"(?:^|[\s(,])(?P<sig>" + data.alternation(list(lex["signals"])) + r")\s+$", re.I)


@lru_cache(maxsize=1)
def _shift_rx() -> re.Pattern[str]:
    lex = data.lexicon()
    return re.compile(r"(?<!\w)(?P<cue>" + data.alternation(list(lex["narrative_shifts"])) + r")(?!\w)",
                      re.I)


def _shift_cue(text: str) -> str | None:
    m = _shift_rx().search(text)
    if not m:
        return None
    return data.lexicon()["narrative_shifts"][re.sub(r"\s+", " ", data.fold(m.group("cue")))]


def _signal(text: str, start: int) -> str | None:
    """The TIMEX3 mod a signal word right before an expression gives ("after 9/11")."""
    m = _signal_rx().search(text[max(0, start - 24):start])
    if not m:
        return None
    return data.lexicon()["signals"][re.sub(r"\s+", " ", data.fold(m.group("sig")))]


_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?:^|\s)(?:from|between)\s+$", re.I)


def _datable(f: Found) -> bool:
    """Expressions that say when (vague "recently" too: it blocks inheriting a story date)."""
    return f.type in ("DATE", "TIME")


def ground(doc: Doc, dct: date | None = None) -> TimeIndex:
    """Time expressions of a parsed document, placed in its parse for `for_trigger`."""
    text = doc.text
    lay = layout(text)
    starts = _sentence_starts(doc)
    memo: Normalised = {}
    found = analyse(text, dct, memo=memo)
    placed: _Placed = {}  # why: the re-tag mostly places the same expressions again
    index = _place(doc, found, dct, lay, text, starts, placed)
    # why: a date that only modifies a noun ("the 2003 law") must not be the time that
    # later "that year" / "at that time" resolve against: tag again without it
    blocked = frozenset(a.found.start for a in index.anchored
                        if a.role in ("modifier", "argument"))
    if blocked:
        index = _place(doc, analyse(text, dct, blocked, memo), dct, lay, text, starts, placed)
    _renarrate(index)
    _event_anchors(index, starts)
    return index


# (first token, end token, first char, tokens of all expressions) -> governor, nouns, speech, role
_Placed = dict[tuple[int, int, int, frozenset[int]], tuple[int | None, tuple[int, ...], bool, str]]


def _sentence_starts(doc: Doc) -> list[int]:
    """Token indices where sentences start, found as `Span.sent` finds them (a token with
    sent_start 1, or the first); why: `token.sent` walks the tokens anew on each call."""
    flags = doc.to_array(SENT_START)
    return [0] + [i for i in numpy.flatnonzero(flags == 1).tolist() if i > 0]


def _sentence_of(starts: list[int], token_i: int) -> int:
    """Start of the sentence holding `token_i` (`starts` from `_sentence_starts`)."""
    return starts[max(bisect_right(starts, token_i) - 1, 0)]


def _place(doc: Doc, found: list[Found], dct: date | None, lay: Layout,
           text: str, starts: list[int], placed: _Placed) -> TimeIndex:
    """Map the expressions onto the parse: governor, nouns on the way, role. `placed`
    keeps what depends on the parse alone, for a second call on the same document."""
    index = TimeIndex(timexes=[f.timex() for f in found], doc=doc, dct=dct,
                      paragraphs=list(lay.paragraphs), layout=lay, sentence_starts=starts)
    index.text = text  # why: `doc.text` joins every token anew; the caller has it already
    items = [f for f in found if _datable(f) or _OFFSET.fullmatch(f.value or "")]
    extents: set[int] = set()
    spans: dict[tuple[int, int], Span | None] = {}  # (start, end) char -> tokens, made once
    for f in items:
        ext = spans[f.start, f.end] = doc.char_span(f.start, f.end, alignment_mode="expand")
        if ext is not None:
            extents.update(range(ext.start, ext.end))
    frozen = frozenset(extents)  # a role depends on the other expressions' tokens too
    skip: set[int] = set()
    for k, f in enumerate(items):
        if k in skip:
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        dated: tuple[TimeSpan, bool] | None
        if f.type == "DURATION":  # "two years after the fall of the Berlin Wall"
            dated = _offset_span(f, nxt, text, index, dct)
            if dated is None and not (_OFFSET_SIGNAL.match(text, f.end)
                                      and _OFFSET.fullmatch(f.value or "")):
                continue
            # "two weeks after the attack" with no date to move yet: placed unresolved (the
            # event stays undated unless `_event_anchors` finds the attack's date)
        else:
            dated = _span_of(f, nxt, text, dct)
        end = f.end
        if dated is not None and dated[1] and nxt is not None:
            skip.add(k + 1)  # "from 2001 to 2005", "three days after 9/11": one interval
            end = nxt.end
        key = (f.start, end)
        tokens = spans[key] if key in spans else doc.char_span(f.start, end, alignment_mode="expand")
        if tokens is None or len(tokens) == 0:
            continue
        sent_start = _sentence_of(starts, tokens.start)
        where = (tokens.start, tokens.end, f.start, frozen)
        if where not in placed:
            governor, nouns = _governor(tokens)
            speech = governor is not None and _speech_act(doc[governor])
            placed[where] = (governor, nouns, speech,
                             _role(tokens, f.start, lay, extents, sent_start))
        governor, nouns, speech, role = placed[where]
        index.anchored.append(_Anchored(found=f, span=dated[0] if dated else None,
                                        tokens=(tokens.start, tokens.end), governor=governor,
                                        nouns=nouns, sent_start=sent_start,
                                        speech=speech, role=role))
    return index


_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd", "csubj",
                  "csubjpass", "agent", "appos"}
_FUNCTION_POS = {"ADP", "SCONJ", "DET", "PUNCT", "CCONJ", "PART", "SPACE"}
_LEAD_POS = {"CCONJ", "SCONJ", "ADV", "ADP", "DET", "PUNCT", "SPACE", "PART"}
_OBJECT_DEPS = {"dobj", "oprd", "attr", "dative", "ccomp", "xcomp"}
_NOUN_ONLY_PREPS = {"since"}
# words that continue a time rather than name a thing ("the Cold War years", "Soviet-era")
_PREMOD_SKIP = {"-", "–", "—", "era", "-era", "old", "long", "years", "year", "days", "day",
                "months", "weeks", "decades", "period", "times", "eras"}


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    return frozenset(data.lexicon()["event_nouns"])


def _is_event_noun(tok) -> bool:
    return tok.lemma_.lower() in _event_nouns() or tok.lower_ in _event_nouns()


def _role(tokens: Span, start: int, lay: Layout, extents: set[int], sent_start: int) -> str:
    """What an expression does in its sentence (docs/time.md, "Which dates set the story's
    time"). Roles: heading (it stands in a section heading: dates the section); event (it
    dates an event noun: "the 2003 invasion", "the contacts in 2006"); modifier (it modifies
    any other noun or an adjective: "the 2003 law", "its loans worth $11B since 1979");
    adverbial (it opens the sentence after a preposition or before a comma, or hangs on a
    verb: "In 2013,", "invaded Iraq in 2003"); argument (a subject or object: "9/11 changed
    everything"). Checked in this order:
     1. a heading line;
     2. a premodifier, on the surface (the parser may call it a subject): event or modifier
        by the noun it precedes ("Under the 2003 law, ..." is the law's);
     3. a sentence-initial adverbial;
     4. else by the first content word above it in the parse."""
    if in_heading(lay, start):
        return "heading"
    doc = tokens.doc
    para_start = lay.paragraphs[max(bisect_right(lay.paragraphs, start) - 1, 0)]
    first = sent_start
    while first < tokens.start and doc[first].idx < para_start:
        first += 1  # a heading glued to the sentence by the parser is not its start
    before = doc[first:tokens.start]
    after = doc[tokens.end] if tokens.end < len(doc) else None
    root = tokens.root
    # 2. a premodifier: the next word belongs to the same noun phrase
    k = tokens.end
    while k < len(doc) and doc[k].lower_ in _PREMOD_SKIP:
        k += 1
    if root.dep_ != "pobj" and k < len(doc) and k not in extents and \
            doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and doc[k].i - tokens.end <= 2:
        head = next((t for t in doc[k:min(k + 4, len(doc))] if t.pos_ in ("NOUN", "PROPN")), doc[k])
        if root.head.i >= tokens.end and root.head.pos_ in ("NOUN", "PROPN"):
            head = root.head
        return "event" if _is_event_noun(head) else "modifier"
    # 3. a sentence-initial adverbial
    if all(t.pos_ in _LEAD_POS for t in before) and (
            any(t.pos_ in ("ADP", "SCONJ") for t in before) or (after is not None and after.text == ",")):
        return "adverbial"
    # 4. walk up from the expression to the first word that is not a function word
    t = root
    while t.head.i != t.i:
        h = t.head
        if h.i in extents and not tokens.start <= h.i < tokens.end and t.dep_ != "conj":
            return "event"  # on a named event: "the invasion of Iraq in 2003"
        if tokens.start <= h.i < tokens.end or h.i in extents or h.pos_ in _FUNCTION_POS:
            t = h  # coordinated dates ("in 2006 and 2007") share their role
            continue
        if t.dep_ == "conj" and h.pos_ in ("NOUN", "PROPN"):
            t = h  # coordinated with a noun: its sibling, not its modifier
            continue
        if h.pos_ in ("VERB", "AUX") or (h.pos_ == "ADJ" and (
                h.dep_ in ("acomp", "ROOT") or any(c.dep_ == "cop" for c in h.children))):
            return "argument" if t.dep_ in _ARGUMENT_DEPS else "adverbial"
        if h.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "PRON", "X", "SYM"):
            if _is_event_noun(h):
                return "event"
            if t.dep_ == "prep" and t.lower_ not in _NOUN_ONLY_PREPS and h.dep_ in _OBJECT_DEPS \
                    and h.head.pos_ in ("VERB", "AUX"):
                # "declared the Taliban a terrorist organization in 2003": a time PP after
                # an object dates the verb whatever the parser's attachment; "since" does
                # not ("its loans since 1979": a verb it dated would need a perfect tense)
                return "adverbial"
            return "modifier"
        t = h
    return "adverbial"  # a fragment: the expression is the sentence


_EVENT_SIGNALS = {"after": "AFTER", "following": "AFTER", "since": "ON_OR_AFTER",
                  "before": "BEFORE"}
_STEM = 4


def _same_stem(a: str, b: str) -> bool:
    """Verb and noun of one event: "invade"/"invasion", "withdraw"/"withdrawal",
    "seize"/"seizure" — a shared start of 4+ letters covering 60% of the shorter word."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= _STEM and n >= 0.6 * min(len(a), len(b))


def _event_anchors(index: TimeIndex, starts: list[int]) -> None:
    """"After the invasion": a time anchored by an event told earlier in the text. The
    noun is matched to the latest earlier word of the same stem that has a date; the
    expression then dates like "after <that date>" (basis narrative)."""
    doc = index.doc
    assert doc is not None
    taken = {i for a in index.anchored for i in range(*a.tokens)}
    added = []
    content: list[tuple[int, str]] | None = None  # (i, lower lemma) of verbs and nouns
    signals = {doc.vocab.strings[w]: mod for w, mod in _EVENT_SIGNALS.items()}
    lowers = doc.to_array(LOWER)
    wanted = numpy.array(list(signals), dtype=lowers.dtype)
    # why: the signal words picked from an array of lower-case ids, not a Token per word
    for i in numpy.flatnonzero(numpy.isin(lowers, wanted)).tolist():
        mod = signals[int(lowers[i])]
        if i in taken:
            continue
        sig = doc[i]
        nouns = [c for c in sig.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                 and len(c.lemma_) >= _STEM and any(d.lower_ in ("the", "this", "that")
                                                   for d in c.children)]
        if not nouns or nouns[0].i in taken:
            continue
        noun = nouns[0]
        if content is None:  # why: built once, not a walk over the text before each signal
            content = [(k, doc.vocab.strings[lemma].lower()) for k, (pos, lemma)
                       in enumerate(doc.to_array([POS, LEMMA]).tolist()) if pos in (VERB, NOUN)]
        stem = noun.lemma_.lower()
        earlier = [i for i, lemma in content if i < sig.i and _same_stem(lemma, stem)]
        offset = _offset_before(index, sig, mod)
        for t_i in reversed(earlier):
            dated = [x for x in index.for_trigger(t_i) if x.start and x.end]
            if dated and offset is not None:
                # "two weeks after the invasion": that event's date moved, not the story's
                first, dur, n, unit = offset
                text = doc[first:noun.i + 1].text
                span = _moved(dated[0], unit, n, text, "narrative")
                if dur is None and unit == "W" and dated[0].precision == "day":
                    span = _week_beside(dated[0], n, text)  # "the week before the vote"
                # its interval is the earlier event's: what the noun in it refers to (step 0)
                found = Found(doc[first].idx, noun.idx + len(noun.text), text, "DATE",
                              dated[0].value, "event_offset", basis="narrative",
                              interval=Interval(date.fromisoformat(dated[0].start or ""),
                                                date.fromisoformat(dated[0].end or ""),
                                                dated[0].precision))
                governor, path = _governor(doc[first:noun.i + 1])
                index.anchored = [a for a in index.anchored if a is not dur]
                added.append(_Anchored(found, span, (first, noun.i + 1), governor, path,
                                       _sentence_of(starts, sig.i)))
                break
            if dated:
                base = dated[0]
                iv = Interval(date.fromisoformat(base.start or ""), date.fromisoformat(base.end or ""),
                              base.precision)
                moved = apply_mod(iv, mod)
                text = doc[sig.i:noun.i + 1].text
                span = TimeSpan(start=moved.start.isoformat() if moved.start else None,
                                end=moved.end.isoformat() if moved.end else None,
                                precision=base.precision, text=text, basis="narrative",
                                value=base.value, mod=mod)
                found = Found(sig.idx, noun.idx + len(noun.text), text, "DATE", base.value,
                              "event_anchor", basis="narrative", interval=iv)
                governor, path = _governor(doc[sig.i:noun.i + 1])
                added.append(_Anchored(found, span, (sig.i, noun.i + 1), governor, path,
                                       _sentence_of(starts, sig.i)))
                break
    if added:
        index.anchored = sorted(index.anchored + added, key=lambda a: a.tokens)
        index._sentences = None


_ONE_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def _offset_before(index: TimeIndex, sig, mod: str
                   ) -> tuple[int, _Anchored | None, int, str] | None:
    """The definite duration right before an "after"/"before" signal ("two weeks after
    the attack", "the day before the vote"): (its first token, its placed expression if
    any, signed count, unit); None if there is none."""
    if mod not in ("AFTER", "BEFORE") or sig.i < 2:
        return None
    sign = 1 if mod == "AFTER" else -1
    for a in index.anchored:
        if a.tokens[1] == sig.i and a.found.type == "DURATION":
            dur = _OFFSET.fullmatch(a.found.value or "")
            if dur is not None:
                return a.tokens[0], a, sign * int(dur.group(1)), dur.group(2)
    assert index.doc is not None
    the, unit = index.doc[sig.i - 2], index.doc[sig.i - 1]
    if the.lower_ == "the" and unit.lower_ in _ONE_UNIT:
        return the.i, None, sign, _ONE_UNIT[unit.lower_]
    return None


_OFFSET = re.compile(r"P(\d+)([YMWD])")
_DEICTIC_STRETCH = re.compile(r"(?:the\s+)?(past|last|previous|next|coming)\s", re.I)
_AFTER_BEFORE = re.compile(r"(?<!\w)after\s+$", re.I)
_OFFSET_SIGNAL = re.compile(r"\s+(after|before)\s+", re.I)
_UNIT_RANK = {"D": 0, "W": 0, "M": 1, "Y": 3}
_PRECISION_UNIT = {"day": "D", "month": "M", "season": "M", "quarter": "M", "year": "Y",
                   "decade": "Y", "century": "Y"}


def _offset_span(f: Found, nxt: Found | None, text: str, index: TimeIndex,
                 dct: date | None) -> tuple[TimeSpan, bool] | None:
    """A definite duration before "after"/"before": moved from the date that follows, or
    from the story's reference time ("two months after", basis narrative)."""
    m = _OFFSET_SIGNAL.match(text, f.end)
    dur = _OFFSET.fullmatch(f.value or "")
    if dur is None:
        return None
    deixis = _DEICTIC_STRETCH.match(f.text)
    if deixis and dct is not None:  # "over the past eight years": up to the DCT
        n = int(dur.group(1))
        ahead = deixis.group(1).lower() in ("next", "coming")
        other = shift(dct, dur.group(2), n if ahead else -n)
        lo, hi = (dct, other) if ahead else (other, dct)
        return TimeSpan(start=lo.isoformat(), end=hi.isoformat(),
                        precision={"Y": "year", "M": "month"}.get(dur.group(2), "day"),
                        text=f.text, basis="relative", value=f.value), False
    if m is None:
        after = _AFTER_BEFORE.search(text, max(0, f.start - 8), f.start)
        if after:  # "After ten years of war": the story's time moved on
            return _story_moved(f, int(dur.group(1)), dur.group(2), index,
                                text[after.start():f.end])
        return None
    n = int(dur.group(1)) * (1 if m.group(1).lower() == "after" else -1)
    unit = dur.group(2)
    if nxt is not None and nxt.start == m.end() and _datable(nxt):
        base = nxt.span(dct)
        if base is None or base.start is None:
            return None
        return _moved(base, unit, n, text[f.start:nxt.end], base.basis), True
    return _story_moved(f, n, unit, index)


def _story_moved(f: Found, n: int, unit: str, index: TimeIndex,
                 words: str | None = None) -> tuple[TimeSpan, bool] | None:
    """The paragraph's reference time moved by n units (basis narrative), if there is one."""
    para = _paragraph_of(index.paragraphs, f.start)
    prior = [a for a in index.anchored if a.span is not None and a.sets_reference
             and _paragraph_of(index.paragraphs, a.found.start) == para
             and a.moves_reference]
    if not prior or prior[-1].span is None or prior[-1].span.start is None:
        return None
    return _moved(prior[-1].span, unit, n, words or f.text, "narrative"), False


def _week_beside(base: TimeSpan, n: int, text: str) -> TimeSpan:
    """"The week after/before <a day>": the seven days after (before) it."""
    day = date.fromisoformat((base.end if n > 0 else base.start) or "")
    lo, hi = (day + timedelta(days=1), day + timedelta(days=7)) if n > 0 else \
        (day - timedelta(days=7), day - timedelta(days=1))
    return TimeSpan(start=lo.isoformat(), end=hi.isoformat(), precision="day", text=text,
                    basis="narrative", value=None)


def _moved(base: TimeSpan, unit: str, n: int, text: str, basis: str) -> TimeSpan:
    """`base` moved by n units, at the coarser of the unit and the base's precision."""
    assert base.start is not None
    start = date.fromisoformat(base.start)
    base_unit = _PRECISION_UNIT.get(base.precision, "D")
    gran = unit if _UNIT_RANK[unit] >= _UNIT_RANK[base_unit] else base_unit
    if gran == "W" and base_unit == "D":
        gran = "D"  # "two weeks after 3 May": 17 May, not that ISO week
    value = value_at(shift(start, unit, n), gran)
    iv = base_interval(value)
    assert iv is not None and iv.start is not None and iv.end is not None
    return TimeSpan(start=iv.start.isoformat(), end=iv.end.isoformat(), precision=iv.precision,
                    text=text, basis=basis, value=value)


def _speech_act(verb) -> bool:
    """A reporting verb used to report ("said on Monday that ..."), not an act with a
    thing as its object ("declared independence in February 2008", "announced a truce")."""
    if verb.lemma_.lower() not in _reporting():
        return False
    kids = list(verb.children)
    # "declared the group a terrorist organization": the parser may make the noun a ccomp
    acts = any(c.dep_ in ("dobj", "ccomp", "oprd") and c.pos_ in ("NOUN", "PROPN") for c in kids)
    return not acts or any(c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
                           for c in kids)


@lru_cache(maxsize=1)
def _reporting() -> frozenset[str]:
    return frozenset(data.lexicon()["reporting_verbs"])


def _renarrate(index: TimeIndex) -> None:
    """Re-resolve "at that time" against the story's dates, leaving out the dates on which
    someone spoke ("X said on 14 May 2013: at that time ...") that the tagger cannot see."""
    for k, a in enumerate(index.anchored):
        if a.found.rule != "narrative_ref":
            continue
        sec = section_of(index.layout, a.found.start) if index.layout else 0
        prior = [b for b in index.anchored[:k] if b.span is not None and b.sets_reference
                 and b.found.rule != "narrative_ref" and b.moves_reference
                 and (index.layout is None or section_of(index.layout, b.found.start) == sec)]
        ref = prior[-1].span if prior else index.section_time(a.found.start)
        if ref is None:
            index.anchored[k] = _Anchored(a.found, None, a.tokens, a.governor, a.nouns,
                                          a.sent_start, a.speech, a.role)
            continue
        assert index.doc is not None
        index.anchored[k] = _Anchored(a.found, TimeSpan(
            start=ref.start, end=ref.end, precision=ref.precision, text=a.found.text,
            basis="narrative", value=ref.value, mod=ref.mod), a.tokens, a.governor, a.nouns,
            a.sent_start, a.speech, a.role)


def _span_of(f: Found, nxt: Found | None, text: str, dct: date | None
             ) -> tuple[TimeSpan, bool] | None:
    """(interval, joined-with-next) of an expression; None when it cannot be resolved."""
    own = f.span(dct)
    if own is None:
        return None
    before = text[max(0, f.start - 12):f.start]
    joined = nxt is not None and (
        (_RANGE_OPEN.search(before) and _RANGE_JOIN.match(text[f.end:nxt.start]))
        or (text[f.end:nxt.start] in ("-", "–", "—") and f.rule == "year"))  # "1992–95"
    if nxt is not None and joined:
        other = nxt.span(dct)
        if other is not None and other.end and own.start:
            return TimeSpan(start=own.start, end=other.end, precision=own.precision,
                            text=text[f.start:nxt.end], basis=own.basis,
                            value=own.value, mod=None), True
    mod = _signal(text, f.start)
    if mod:
        return (f.span(dct, mod=mod) or own), False
    return own, False


def _governor(tokens: Span) -> tuple[int | None, tuple[int, ...]]:
    """The verb an expression hangs on, and the nouns passed on the way up to it."""
    inside = set(range(tokens.start, tokens.end))
    t = tokens.root
    nouns: list[int] = []
    while True:
        head = t.head
        if head.i == t.i:  # sentence root
            return (t.i if t.i not in inside else None), tuple(nouns)
        t = head
        if t.i in inside:
            continue
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep":  # "Following X": a preposition
            return t.i, tuple(nouns)
        if t.pos_ in ("NOUN", "PROPN"):
            nouns.append(t.i)
