"""Toponyms of a parsed document, their roles, and the place of each event trigger.

Toponyms come from spaCy's GPE/LOC/FAC entities and from a gazetteer scan of capitalised
proper nouns (the small model misses many places, or calls them ORG). Each gets a role:

- `place`: the text speaks of it as a location ("in Moscow", "captured Kunduz");
- `actor`: the name stands for its government or people (metonymy): subject of an active
  verb ("Moscow accused Kabul"), possessor ("Mexico's army"), agent, "-led"/"-backed";
- `modifier`: a pre-modifier of a noun that is not a site ("Moscow officials"); a site noun
  keeps it a place ("a Sofia restaurant", "the Kunduz airport");
- `origin`: where a person or group comes from ("a cab driver from Abidjan").

Event location (`PlaceIndex.for_trigger`), first that applies:
1. attached: a place on a locative path from the trigger in the parse: a locative
   preposition ("in Kunduz", "near Balakot in Pakistan", "the Saudi embassy in Tehran" —
   also through the trigger's arguments), the place a verb of movement or seizure acts on
   ("captured Kunduz", "took control of the Kunduz City", "invaded Afghanistan"), or a site
   noun's place modifier; the most precise wins ("the village of Ashmi ... in northern
   Syria" is Ashmi; a name the gazetteer lacks counts as a locality), then the shallowest,
   then the first;
2. sentence: a place of the trigger's scene (its clause and the clauses that share its
   subject: "stormed Kunduz, killing 20"), never one in reported speech or a relative clause
   of another subject, never one in an actor role;
3. dateline: the dateline's place, only when the caller passes one;
4. none.
A toponym the gazetteer does not know is kept (its words, a guessed feature) and takes the
country, region and point of the place it is said to be in ("Arza, locality of Logar"), else
the country the sentence or story is about, without a point.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.attrs import IS_PUNCT, LOWER, ORTH, POS, SPACY, TAG
from spacy.strings import StringStore, get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ..actors import ActorIndex
from ..nlp import string_of
from ..records import Location
from .cues import cues
from .gazetteer import gazetteer, name_key
from .resolve import best_place, normalise_weights, to_location

PLACE_LABELS = ("GPE", "LOC", "FAC")
BLOCKING_LABELS = ("PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
                   "ORDINAL", "QUANTITY", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT")
MAX_SCAN = 4  # tokens in a gazetteer-scanned name
SCAN_MIN_POPULATION = 50_000  # a doubtful city match must be this big (or in the story)
PRECISION_RANK = {"locality": -1, "city": 0, "admin1": 1, "country": 2, "world": 3}


@dataclass(frozen=True)
class Toponym:
    """A place name in the document: tokens [start, end), its resolution and role."""

    start: int
    end: int
    text: str
    root: int
    role: str  # place, actor, modifier
    location: Location | None
    resolved: bool  # found in the gazetteer (False: kept by its words / its container)

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "role": self.role,
                "resolved": self.resolved,
                "location": self.location.as_dict() if self.location else None}


@dataclass
class PlaceIndex:
    """Resolved toponyms of one document; the place of each event trigger."""

    doc: Doc | None = None
    toponyms: list[Toponym] = field(default_factory=list)
    dateline: Location | None = None
    _by_token: dict[int, Toponym] | None = field(default=None, repr=False, compare=False)
    _by_root: dict[int, Toponym] = field(default_factory=dict, repr=False, compare=False)
    _paths: _Paths | None = field(default=None, repr=False, compare=False)

    @property
    def places(self) -> list[Location]:
        """Every toponym with a location (text = the article's words), in text order."""
        return [t.location for t in self.toponyms if t.location is not None]

    def for_trigger(self, token_i: int) -> Location | None:
        """Where the event whose trigger is token `token_i` happened, or None."""
        if self.doc is None:
            return self.dateline
        if self._by_token is None or self._paths is None:
            self._by_root = {t.root: t for t in self.toponyms if t.location is not None}
            self._by_token = {i: t for t in self.toponyms if t.location is not None
                              for i in range(t.start, t.end)}
            self._paths = _Paths(self._by_token, self._by_root)
        paths = self._paths
        trigger = self.doc[token_i]
        found = _attached(trigger, paths)
        if found is not None and found.location is not None:
            return replace(found.location, basis="attached")
        found = _in_scene(trigger, paths) or _subordinate(trigger, paths)
        if found is not None and found.location is not None:
            return replace(found.location, basis="sentence")
        if self.dateline is not None:
            return replace(self.dateline, basis="dateline")
        return None


# ---------------------------------------------------------------- toponyms


def locate(doc: Doc, actors: ActorIndex, dateline: str | None = None) -> PlaceIndex:
    """Find, resolve and role-tag the toponyms of `doc`; `dateline` is used only if given."""
    ents = doc.ents  # why: each `doc.ents` walks the document and builds every Span again
    spans = _toponym_spans(doc, actors, ents)
    by_sentence = _Sentences(doc, spans, actors, ents)
    story = _story_countries(doc, spans, actors, by_sentence.texts)
    toponyms: list[Toponym] = []
    resolved: dict[tuple[int, int], Location | None] = {}
    for span, tagged in spans:
        near = by_sentence.countries(span)
        near_names = by_sentence.names(span)
        hint = _hint(span, by_sentence.root(span))
        found = None
        text = by_sentence.texts[span.start]
        if text.lower() not in cues().world_regions:  # continents: no gazetteer place
            found = best_place(text, hint=hint, near=near, story=story, near_names=near_names)
        if found is not None and not _plausible(found[0], found[1], tagged, story, near):
            found = None
        if found is None and not tagged:
            continue
        resolved[(span.start, span.end)] = (to_location(found[0], text=text)
                                            if found else None)
    for span, _ in spans:
        if (span.start, span.end) not in resolved:
            continue
        loc = resolved[(span.start, span.end)]
        is_resolved = loc is not None
        if loc is None:
            loc = _unresolved(doc, span, resolved, by_sentence, story)
        toponyms.append(Toponym(start=span.start, end=span.end, text=by_sentence.texts[span.start],
                                root=by_sentence.root(span).i,
                                role=_role(span, actors, by_sentence.root(span)), location=loc,
                                resolved=is_resolved))
    date_loc = None
    if dateline:
        words = [w for w in dateline.replace(",", " ").split() if w[:1].isupper()]
        for n in range(len(words), 0, -1):  # "KABUL, Afghanistan (Reuters)" -> Kabul
            found = best_place(" ".join(words[:n]), story=story)
            if found is not None:
                date_loc = to_location(found[0], text=dateline.strip())
                break
    return PlaceIndex(doc=doc, toponyms=toponyms, dateline=date_loc)


def _toponym_spans(doc: Doc, actors: ActorIndex, ents: Sequence[Span] | None = None
                   ) -> list[tuple[Span, bool]]:
    """(span, trusted) for every candidate place name, in text order, no overlaps.

    Trusted spans (NER places, names a feature word introduces) are kept even when the
    gazetteer does not know them; gazetteer-scanned names must resolve by their own name.
    """
    c = cues()
    entities = doc.ents if ents is None else ents
    taken: set[int] = set()
    out: list[tuple[Span, bool]] = []
    ent_at = {i: ent for ent in entities if ent.label_ not in PLACE_LABELS
              for i in range(ent.start, ent.end)}
    actor_at: dict[int, object] = {}
    for m in getattr(actors, "mentions", ()):
        for i in range(m.start, m.end):
            actor_at.setdefault(i, m)

    def _entity_ok(span: Span) -> bool:
        return _whole_entity(span, ent_at)

    def _non_state_actor(span: Span, actors: ActorIndex) -> bool:
        return _known_non_state(span, actor_at)

    def add(span: Span, trusted: bool) -> None:
        out.append((span, trusted))
        taken.update(range(span.start, span.end))

    for ent in entities:  # 1. NER places
        if ent.label_ not in PLACE_LABELS:
            continue
        span = _trim(ent)
        if span is None or span.text.lower() in c.not_place_words \
                or _non_state_actor(span, actors):
            continue
        add(span, True)
    numeric = {i for ent in entities if ent.label_ in c.numeric_labels
               for i in range(ent.start, ent.end)}
    for span in _introduced_names(doc):  # 2. "the town of X", "X district"
        if not any(i in taken or i in numeric for i in range(span.start, span.end)) \
                and _entity_ok(span) and not _non_state_actor(span, actors):
            add(span, True)
    g = gazetteer()
    t = _tokens(doc)
    after = 0  # the scan resumes after the last name it took
    for i in t.names:  # 3. gazetteer scan of capitalised proper nouns
        # why: a name whose first word is trimmed ("The") never starts at i, whatever its end
        if i < after or i in taken or i in numeric or t.article(i) or t.punct(i):
            continue
        tried: set[tuple[int, int]] = set()  # why: shorter windows often trim to the same name
        for n in range(min(MAX_SCAN, len(doc) - i), 0, -1):
            bounds = _trim_bounds(t, i, i + n)
            if bounds is None or bounds[0] != i or bounds in tried or any(
                    j in taken or j in numeric for j in range(*bounds)):
                continue
            tried.add(bounds)
            name = t.span_text(*bounds)  # why: no Span built for names the gazetteer lacks
            if g.has_name(name) and name.lower() not in c.not_place_words:
                span = doc[bounds[0]:bounds[1]]
                if _entity_ok(span) and not _non_state_actor(span, actors):
                    add(span, False)
                    after = span.end
                    break
    out.sort(key=lambda x: x[0].start)
    return out


def _trim(span: Span) -> Span | None:
    """A name without a leading "the", trailing possessive or punctuation; None if no name."""
    bounds = _trim_bounds(_tokens(span.doc), span.start, span.end)
    return None if bounds is None else span.doc[bounds[0]:bounds[1]]


def _trim_bounds(t: _Tokens, start: int, end: int) -> tuple[int, int] | None:
    """`_trim` on token offsets."""
    while start < end and (t.article(start) or t.punct(start)):
        start += 1
    while end > start and (t.possessive(end - 1) or t.punct(end - 1)):
        end -= 1
    if end <= start or not any(t.upper(k) for k in range(start, end)):
        return None  # "eastern coast": not a name
    return start, end


class _Tokens:
    """Token attributes of one Doc from `doc.to_array` (why: spaCy builds a Token per
    `doc[i]`, and the gazetteer scan looks at each token many times). A word's string is
    looked up only where the rules look at it."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._store = doc.vocab.strings
        arr = doc.to_array([ORTH, LOWER, TAG, POS, IS_PUNCT, SPACY])
        self._orth: list[int] = arr[:, 0].tolist()
        lower, tag = arr[:, 1], arr[:, 2]
        self._article = ((lower == _ARTICLES[0]) | (lower == _ARTICLES[1])
                         | (lower == _ARTICLES[2])).tolist()
        self._possessive = (tag == _POSSESSIVE_TAG).tolist()
        self._punct = arr[:, 4].tolist()
        self._space = arr[:, 5].tolist()
        # capitalised proper nouns: where the gazetteer scan and introduced names start
        self.names = [i for i, pos in enumerate(arr[:, 3].tolist())
                      if pos == PROPN and self.upper(i)]

    def word(self, i: int) -> str:
        return string_of(self._store, self._orth[i])

    def upper(self, i: int) -> bool:
        """The word's first character is upper case."""
        return _is_upper(self._store, self._orth[i])

    def article(self, i: int) -> bool:
        """Lower case "the", "a", "an"."""
        return self._article[i]

    def punct(self, i: int) -> bool:
        return bool(self._punct[i])

    def possessive(self, i: int) -> bool:
        """Tag POS."""
        return self._possessive[i]

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text` without building the Span."""
        space = self._space
        parts = [self.word(k) + (" " if space[k] else "") for k in range(start, end - 1)]
        parts.append(self.word(end - 1))
        return "".join(parts)


_TOKENS: dict[int, _Tokens] = {}
# hash -> first letter upper case (why: a hash always names the same string, so lookups are
# shared by every document; bounded)
_UPPER: dict[int, bool] = {}
_MAX_CACHED = 1 << 18
_ARTICLES = tuple(get_string_id(w) for w in ("the", "a", "an"))
_POSSESSIVE_TAG = get_string_id("POS")


def _is_upper(store: StringStore, h: int) -> bool:
    found = _UPPER.get(h)
    if found is None:
        if len(_UPPER) >= _MAX_CACHED:
            _UPPER.clear()
        found = _UPPER[h] = string_of(store, h)[:1].isupper()
    return found


def _tokens(doc: Doc) -> _Tokens:
    cached = _TOKENS.get(id(doc))
    if cached is not None and cached.doc is doc:
        return cached
    t = _Tokens(doc)
    _TOKENS.clear()  # one document at a time: no growth across a corpus
    _TOKENS[id(doc)] = t
    return t


def _whole_entity(span: Span, ent_at: dict[int, Span]) -> bool:
    """A name inside a non-place entity only when it is that whole entity ("Manbij" PRODUCT)."""
    for i in range(span.start, span.end):
        ent = ent_at.get(i)
        if ent is not None:
            trimmed = _trim(ent)
            return trimmed is not None and (trimmed.start, trimmed.end) == (span.start, span.end)
    return True


def _introduced_names(doc: Doc) -> list[Span]:
    """Proper names a feature word introduces: "the town of X", "X district", "X and Y"."""
    words = cues().feature_words
    out: list[Span] = []
    for i in _tokens(doc).names:  # PROPN with a capital
        tok = doc[i]
        head, dep = tok.head, tok.dep_
        anchor = tok
        while anchor.dep_ == "conj" and anchor.head is not anchor:
            anchor = anchor.head
        introduced = (
            (anchor.dep_ == "pobj" and anchor.head.lower_ == "of"
             and anchor.head.head.lemma_.lower() in words)
            or (dep in ("compound", "appos") and head.lemma_.lower() in words
                and head.i > tok.i and head.pos_ == "NOUN")
        )
        if introduced:
            span = _name_around(tok)
            if span is not None and all(span != s for s in out):
                out.append(span)
    return out


def _name_around(tok: Token) -> Span | None:
    """The proper-name tokens around `tok` (compounds and hyphens: "Ras al-Ain")."""
    doc = tok.doc

    def joins(t: Token) -> bool:
        return t.pos_ == "PROPN" or t.text == "-" or (t.lower_ == "al" and t.i + 1 < len(doc)
                                                      and doc[t.i + 1].text == "-")

    start = end = tok.i
    while start > 0 and joins(doc[start - 1]) and start - 1 <= doc[start - 1].head.i <= end:
        start -= 1
    while end + 1 < len(doc) and joins(doc[end + 1]) and start <= doc[end + 1].head.i <= end + 1:
        end += 1
    return _trim(doc[start:end + 1])


def _known_non_state(span: Span, actor_at: dict[int, object]) -> bool:
    """A known organisation or person the actors stage found here (a group tagged GPE).

    Mentions the actors stage could not identify (no id: a bare NER span) do not count.
    """
    for i in range(span.start, span.end):
        m = actor_at.get(i)
        if m is not None and getattr(m, "actor", None) is not None \
                and m.actor.id is not None:  # type: ignore[attr-defined]
            kind = getattr(m.actor, "kind", None)  # type: ignore[attr-defined]
            return kind not in (None, "state", "place", "location", "region")
    return False


def _plausible(place, primary: bool, tagged: bool, story: dict[str, float],
               near: dict[str, float]) -> bool:
    """Accept a small place only when the story is about its country: a name matched only as
    another place's other name ("Karni" -> Carney), or an un-tagged capitalised word."""
    if place.feature != "city" or place.population >= SCAN_MIN_POPULATION:
        return True
    in_story = bool(place.country and (story.get(place.country) or near.get(place.country)))
    return in_story or (primary and tagged)


def _hint(span: Span, root: Token | None = None) -> str | None:
    """Feature stated around the name: "Logar province", "the town of X", "X district"."""
    feature_words = cues().feature_words
    last = span[-1].lower_
    if len(span) > 1 and last in feature_words:
        return feature_words[last]
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in feature_words:
        return feature_words[doc[span.end].lower_]
    root = span.root if root is None else root
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in feature_words:
        return feature_words[root.head.head.lemma_]
    return None


def _actor_country(actor) -> str | None:
    if getattr(actor, "country", None):
        return actor.country
    if getattr(actor, "kind", None) == "state":
        return actor.id
    return None


def _story_countries(doc: Doc, spans, actors: ActorIndex,
                     texts: dict[int, str] | None = None) -> dict[str, float]:
    """Countries the document talks about: actor mentions plus unambiguous place names."""
    counts: Counter[str] = Counter()
    for m in getattr(actors, "mentions", ()):
        c = _actor_country(m.actor)
        if c:
            counts[c] += 1
    for span, _ in spans:
        c = _unambiguous_country(texts[span.start] if texts is not None else span.text)
        if c:
            counts[c] += 1
    return normalise_weights(counts)


@lru_cache(maxsize=65536)
def _unambiguous_country(name: str) -> str | None:
    """The country of a name when every place called so lies in one country."""
    found = gazetteer().lookup(name)
    primary = [m.place for m in found if m.primary] or [m.place for m in found]
    countries = {p.country for p in primary}
    if len(countries) == 1:
        return next(iter(countries))
    countries_named = [p for p in primary if p.feature == "country"]
    return countries_named[0].country if len(countries_named) == 1 else None


class _Sentences:
    """The toponyms and actor mentions of each sentence (computed once per document)."""

    def __init__(self, doc: Doc, spans, actors: ActorIndex,
                 ents: Sequence[Span] | None = None) -> None:
        # why: sentence starts + bisect instead of a dict entry per token
        self._starts = [sent.start for sent in doc.sents]
        self._len = len(doc)
        self.texts: dict[int, str] = {}  # span start -> its words (spans never overlap)
        self._spans: dict[int, list[Span]] = {}
        for span, _ in spans:
            self.texts[span.start] = span.text
            self._spans.setdefault(self._sent_of(span.start), []).append(span)
        self._roots: dict[int, Token] = {}
        self._located: dict[int, Location] | None = None
        self.loc_tokens = {i for e in (doc.ents if ents is None else ents) if e.label_ == "LOC"
                           for i in range(e.start, e.end)}
        self._mentions: dict[int, list] = {}
        for m in getattr(actors, "mentions", ()):
            if 0 <= m.start < self._len:
                self._mentions.setdefault(self._sent_of(m.start), []).append(m)

    def root(self, span: Span) -> Token:
        """`span.root`, found once per toponym span (spans never overlap)."""
        found = self._roots.get(span.start)
        if found is None:
            found = self._roots[span.start] = span.root
        return found

    def _sent_of(self, i: int) -> int:
        return bisect_right(self._starts, i) - 1

    def located(self, resolved) -> dict[int, Location]:
        """Token -> resolved location (built once; `resolved` is complete when asked)."""
        if self._located is None:
            self._located = {i: loc for (s, e), loc in resolved.items() if loc is not None
                             for i in range(s, e)}
        return self._located

    def names(self, span: Span) -> list[str]:
        n = self._sent_of(span.start)
        return [self.texts[s.start] for s in self._spans.get(n, ()) if s.start != span.start]

    def countries(self, span: Span) -> dict[str, float]:
        """Countries of the other names and actors of the same sentence."""
        n = self._sent_of(span.start)
        counts: Counter[str] = Counter()
        for other in self._spans.get(n, ()):
            if other.start != span.start:
                c = _unambiguous_country(self.texts[other.start])
                if c:
                    counts[c] += 1
        for m in self._mentions.get(n, ()):
            if not (span.start <= m.start < span.end):
                c = _actor_country(m.actor)
                if c:
                    counts[c] += 1
        return normalise_weights(counts)


def _unresolved(doc: Doc, span: Span, resolved, by_sentence: _Sentences, story) -> Location:
    """A place the gazetteer lacks: its words, a guessed feature, its container's place."""
    feature = _hint(span, by_sentence.root(span)) or "city"
    container = _container(span, by_sentence.located(resolved))
    if container is not None:
        return Location(name=span.text, feature=feature, country=container.country,
                        admin1=container.admin1 or (container.name if container.feature == "admin1"
                                                    else None),
                        lat=container.lat, lon=container.lon, id=None,
                        precision=container.precision, text=span.text)
    if span.text.lower() in cues().world_regions or span.start in by_sentence.loc_tokens:
        country = None  # seas, mountain ranges, world regions: no country to guess
    else:
        country = _top(by_sentence.countries(span)) or _top(story, share=True)
    return Location(name=span.text, feature=feature, country=country, text=span.text)


def _top(weights: dict[str, float], share: bool = False) -> str | None:
    """The clearly dominant country of a weight table (the only one at weight 1)."""
    tops = [k for k, v in weights.items() if v >= 1.0]
    if len(tops) != 1:
        return None
    if share and sum(weights.values()) > 2.0:  # too many countries in the story
        return None
    return tops[0]


def _container(span: Span, by_token: dict[int, Location]) -> Location | None:
    """The resolved place a name is said to be in: "X in Y", "X, Y", "X, locality of Y"."""
    root = span.root
    for tok in root.subtree:  # "Arza, locality of Logar", "Balakot in Pakistan"
        if tok.i not in range(span.start, span.end) and tok.i in by_token:
            return by_token[tok.i]
    doc = span.doc
    j = span.end
    if j < len(doc) and doc[j].text == ",":  # "Atlanta, Georgia"
        for k in range(j + 1, min(j + 5, span.sent.end)):
            if k in by_token:
                return by_token[k]
    return None


# ---------------------------------------------------------------- roles


def _role(span: Span, actors: ActorIndex, root: Token | None = None) -> str:
    """place, actor (metonymy) or modifier; see the module docstring."""
    c = cues()
    tok = span.root if root is None else root
    while tok.dep_ == "conj" and tok.head is not tok:  # "Taliban and Russia" share a role
        tok = tok.head
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in ("-", "–") and span.end + 1 < len(doc) \
            and doc[span.end + 1].tag_ in ("VBN", "VBD"):
        return "actor"  # "U.S.-led", "Athens-backed"
    dep = tok.dep_
    if dep == "pobj" and _origin(tok):
        return "origin"  # "a cab driver from Abidjan", "Dashinski, of Belarus"
    head_word = tok.head.lemma_.lower()
    sitelike = (head_word in c.site_nouns or head_word in c.feature_words
                or head_word in c.event_nouns)
    if dep == "poss":  # "Mexico's army" acts; "Syria's Aleppo province" is a place
        return "place" if sitelike else "actor"
    if dep in ("nsubj", "agent"):
        return "place" if tok.head.lemma_ in c.locative_subject_verbs else "actor"
    if dep == "pobj" and tok.head.lower_ == "by" and tok.head.head.tag_ == "VBN":
        return "actor"
    if dep in ("compound", "amod", "nmod", "npadvmod") and tok.head.pos_ in ("NOUN", "PROPN"):
        if head_word in c.event_nouns and _is_country_name(span.text):
            return "modifier"  # "a US air strike": the country acts, it is not the place
        return "place" if sitelike else "modifier"  # "the Helmand battle" / "Moscow officials"
    if dep in ("dobj", "dative", "iobj") and tok.head.pos_ in ("VERB", "AUX") \
            and tok.head.lemma_ not in c.locative_object_verbs:
        return "actor"  # "Moscow accused Kabul"
    return "place"


@lru_cache(maxsize=65536)
def _is_country_name(text: str) -> bool:
    return any(m.place.feature == "country" for m in gazetteer().lookup(text))


def _origin(tok: Token) -> bool:
    """Where a person or group comes from, not where something happens."""
    prep, doc = tok.head, tok.doc
    owner = prep.head
    c = cues()
    word = owner.lemma_.lower()
    if prep.lower_ == "from" and owner.pos_ in ("NOUN", "PROPN") and not (
            word in c.site_nouns or word in c.event_nouns or word in c.feature_words):
        return True  # not "the road from Kiseljak", "the attack from Gaza"
    return (prep.lower_ == "of" and owner.pos_ == "PROPN" and prep.i > 0
            and doc[prep.i - 1].text == "," and owner.ent_type_ == "PERSON")


# ---------------------------------------------------------------- attachment


class _Paths:
    """The parse of one document as the attachment rules walk it: each token's children
    listed once, each node's locative walk and each scene computed once (why: the triggers
    of one scene walk the same verbs' subtrees again and again; `token.children` builds new
    Tokens on every call)."""

    def __init__(self, by_token: dict[int, Toponym], by_root: dict[int, Toponym]) -> None:
        self.by_token = by_token
        self.by_root = by_root
        self.cues = cues()
        self._kids: dict[int, list[Token]] = {}
        self._walks: dict[int, list[tuple[int, int, int, Toponym]]] = {}
        self._scenes: dict[int, list[Token]] = {}

    def kids(self, tok: Token) -> list[Token]:
        found = self._kids.get(tok.i)
        if found is None:
            found = self._kids[tok.i] = list(tok.children)
        return found

    def walk(self, node: Token) -> list[tuple[int, int, int, Toponym]]:
        """Places on a locative path from `node` (a new list: callers sort it)."""
        found = self._walks.get(node.i)
        if found is None:
            found = self._walks[node.i] = []
            _walk(node, node, 1, False, self, found)
        return list(found)

    def scene(self, root: Token) -> list[Token]:
        found = self._scenes.get(root.i)
        if found is None:
            found = self._scenes[root.i] = _scene_tokens(root, self)
        return found

    def subtree(self, tok: Token) -> list[Token]:
        """The token and its descendants (in no particular order)."""
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(self.kids(t))
        return out


def _attached(trigger: Token, paths: _Paths) -> Toponym | None:
    """The place on a locative path from the trigger: most precise, shallowest, first."""
    return _pick(paths.walk(trigger))


def _rank(topo: Toponym) -> int:
    """Precision rank (lower is finer): a name the gazetteer lacks is a locality smaller than
    the cities it has (they all have 5,000 inhabitants), unless it is a world region."""
    if topo.resolved and topo.location is not None:
        return PRECISION_RANK.get(topo.location.precision or "city", 0)
    if topo.text.lower() in cues().world_regions:
        return PRECISION_RANK["world"]
    return PRECISION_RANK["locality"]


def _pick(found) -> Toponym | None:
    if not found:
        return None
    found.sort(key=lambda x: (x[1], x[0], x[2]))  # most precise, then shallowest, then first
    return found[0][3]


def _walk(node: Token, trigger: Token, depth: int, locative: bool, paths: _Paths,
          found: list) -> None:
    """Collect places under `node` reached by a locative path (see the module docstring)."""
    c = paths.cues
    for child in paths.kids(node):
        dep = child.dep_
        if child.i != trigger.i and dep in c.closed_clause_deps and child.pos_ in ("VERB", "AUX"):
            continue  # another clause: its places belong to its own events
        if dep == "conj" and child.pos_ in ("VERB", "AUX"):
            continue
        if dep == "prep" and child.lower_ in c.source_prepositions:
            continue  # "according to Los Angeles station KCAL": the source, not the place
        here = locative
        if dep == "prep":
            here = locative or child.lower_ in c.locative_prepositions or (
                child.lower_ == "of" and node.lemma_.lower() in c.event_nouns)  # "siege of Homs"
        elif node.i == trigger.i and dep in ("dobj", "nsubjpass") \
                and trigger.lemma_ in c.locative_object_verbs:
            here = True  # "captured Kunduz", "the cities of Palmyra were liberated"
        elif dep in ("compound", "amod", "nmod", "poss") and (
                node.lemma_.lower() in c.site_nouns or node.lemma_.lower() in c.event_nouns
                or node.lemma_.lower() in c.feature_words):
            here = True  # "a Sofia restaurant", "the Helmand battle", "Syria's Aleppo province"
        topo = paths.by_token.get(child.i)
        if topo is not None and here and topo.role == "place" and child.i == topo.root:
            found.append((depth, _rank(topo), topo.start, topo))
        elif topo is not None and topo.role != "place":
            continue  # an actor's subtree is not a location path
        _walk(child, trigger, depth + 1, here, paths, found)


def _scene_root(trigger: Token) -> Token:
    """Climb through clauses that share the trigger's subject ("stormed X, killing 20")."""
    c = cues()
    tok = trigger
    while tok.dep_ in c.scene_clause_deps and tok.head is not tok \
            and not any(ch.dep_ in c.own_subject_deps for ch in tok.children):
        tok = tok.head
    return tok


def _in_scene(trigger: Token, paths: _Paths) -> Toponym | None:
    """A place of the trigger's scene: attached to a scene verb first, else any place role."""
    root = _scene_root(trigger)
    scene = paths.scene(root)
    # the root once, then the scene's other verbs (the trigger too, when it is not the root)
    verbs = [root] + [t for t in scene if t.pos_ in ("VERB", "AUX") and t.i != root.i]
    for verb in verbs:
        best = _pick(paths.walk(verb))
        if best is not None:
            return best
    found = []
    for tok in scene:
        topo = paths.by_root.get(tok.i)
        if topo is not None and topo.role == "place":
            found.append((0, _rank(topo), topo.start, topo))
    return _pick(found)


def _subordinate(trigger: Token, paths: _Paths) -> Toponym | None:
    """A place of a clause inside the trigger's phrase (its dependency subtree): a clause
    describing an argument ("seized a helicopter that had to land in Arza"), a time clause
    ("killed when militants hit the villages of X"). Never reported speech (ccomp),
    parataxis, or a coordinated clause with its own subject (a separate event)."""
    c = paths.cues
    by_token = paths.by_token
    found: list = []
    stack = list(paths.kids(trigger))
    while stack:
        tok = stack.pop()
        if tok.dep_ in ("ccomp", "parataxis", "csubj") or (
                tok.dep_ == "prep" and tok.lower_ in c.source_prepositions):
            continue
        is_verb = tok.pos_ in ("VERB", "AUX")
        if is_verb and tok.dep_ == "conj" and any(ch.dep_ in c.own_subject_deps
                                                  for ch in paths.kids(tok)):
            continue
        if is_verb and tok.dep_ in c.closed_clause_deps:
            found.extend(paths.walk(tok))
            for topo in {by_token[t.i] for t in paths.subtree(tok) if t.i in by_token}:
                if topo.role == "place":
                    found.append((9, _rank(topo), topo.start, topo))
        stack.extend(paths.kids(tok))
    return _pick(found)


def _scene_tokens(root: Token, paths: _Paths) -> list[Token]:
    """Tokens of the scene rooted at `root`, without clauses that have their own subject."""
    c = paths.cues
    out: list[Token] = []
    stack = [root]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for ch in paths.kids(tok):
            if ch.dep_ in ("ccomp", "relcl", "parataxis", "csubj"):
                continue
            if ch.dep_ == "prep" and ch.lower_ in c.source_prepositions:
                continue
            if ch.dep_ in c.closed_clause_deps and ch.pos_ in ("VERB", "AUX") \
                    and any(g.dep_ in c.own_subject_deps for g in paths.kids(ch)):
                continue
            stack.append(ch)
    return sorted(out, key=lambda t: t.i)


def toponym_key(text: str) -> str:
    """Comparison key of place words (for evaluation)."""
    return name_key(text)
