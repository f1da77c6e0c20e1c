"""Actor mentions -> canonical actors (gazetteer + rule coreference).

Interface used by the pipeline (owned by the actors stage):

    resolve_actors(doc: spacy Doc, year: int | None = None) -> ActorIndex
    ActorIndex.at(token_i, year=None) -> ResolvedMention | None
    ActorIndex.mentions -> list[ResolvedMention]
    lookup_actor(name: str, year: int | None = None) -> Actor | None

The cascade of resolve_actors (docs/actors.md):
    1. gazetteer matches (states, adjectives, demonyms, seats of power, organisations,
       agencies, persons), longest first, independent of spaCy's NER
    2. each match grows over the noun it modifies or that governs it and takes that noun's
       sector ("Soviet troops" -> SUN MIL, "officials of Russia" -> RUS GOV)
    3. named persons with an appositive role ("X, the Taliban Foreign Minister") -> that actor
    4. remaining NER entities (PERSON, ORG, NORP, GPE) -> actors with a null id
       4a. a surname alone -> the person named in full ("Kim Jong Un ... Kim")
       4b. places named as actors get their country; 4c. shared names ("Congo") by story
    5. coreference: pronouns, "the group"/"the country"..., "the latter"/"the former"
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..records import Actor
from . import coref, gazetteer
from .acronyms import acronym_drafts
from .groups import find_groups
from .mentions import (
    Draft,
    appositive_person,
    draft_from_form,
    extend,
    is_locative,
    match_gazetteer,
    ner_draft,
    title_persons,
)
from .regions import look_through
from .roles import find_roles
from .surnames import surname_drafts
from .table import Table
from .toponyms import place_country

__all__ = ["ActorIndex", "ResolvedMention", "lookup_actor", "resolve_actors"]


@dataclass(frozen=True)
class ResolvedMention:
    """An actor mention over tokens [start, end) of a spaCy Doc."""

    start: int
    end: int
    start_char: int
    end_char: int
    actor: Actor
    via: str = "gazetteer"  # gazetteer, coref, ner, surname
    locative: bool = False  # object of a locative preposition ("in Moscow"): a place here
    plural: bool = False  # the mention takes "they" (the Taliban, Russian officials)
    head: int = -1  # token index of the mention's syntactic head
    person: str | None = None  # gazetteer person the mention names (re-resolved by year)
    sector_cue: str | None = None  # sector read from the words around the mention
    form: str = "name"  # name, adjective, demonym, metonym, agency, person, ner, coref
    role: str | None = None  # a gazetteer person's office in the resolution year ("president")

    def for_year(self, year: int | None, succession: bool = False) -> ResolvedMention:
        """This mention with a person re-resolved to whom they served in `year`; with
        `succession`, a continuator state before its succession becomes its predecessor."""
        if year is None:
            return self
        gaz = gazetteer.load()
        if self.person is None:
            return self._succession(gaz, year) if succession else self
        entry = gaz.persons.get(self.person)
        if entry is None:
            return self
        actor = gaz.actor_for(entry, self.actor.text, year, sector=self.sector_cue)
        term = gazetteer.pick_term(entry.terms, year)
        return replace(self, actor=actor, role=term.role if term else None)

    def _succession(self, gaz: gazetteer.Gazetteer, year: int) -> ResolvedMention:
        """ "Russia" in an event of 1979 is the Soviet Union (rules.yaml successions)."""
        a = self.actor
        rule = (gaz.rules.get("successions") or {}).get(a.id or "")
        if not rule or a.kind not in {"state", "agency"} or year >= int(rule["before"]):
            return self
        old = gaz.entries.get(rule["code"])
        if old is None:
            return self
        return replace(self, actor=replace(a, id=old.code, name=old.name, country=old.code))


@dataclass
class ActorIndex:
    """Resolved actor mentions of one document, looked up by token."""

    mentions: list[ResolvedMention] = field(default_factory=list)
    # head token of a group description ("the two presidents") -> the mentions it stands for
    groups: dict[int, tuple[ResolvedMention, ...]] = field(default_factory=dict)
    # tokens the resolver ruled out as actors ("anti-Taliban", "pro-Moscow"): no stage may
    # bring them back by looking the word up again
    blocked: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        self._index()

    def _index(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self._by_token: dict[int, ResolvedMention] = {}
        self._indexed = len(self.mentions)
        for m in self.mentions:
            for i in range(m.start, m.end):
                self._by_token.setdefault(i, m)  # why: the first (outermost) mention wins
        self._starts = [m.start for m in self.mentions]  # for in_span: bisect by start
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        # (token, year, succession) -> the mention re-resolved for that year
        self._for_year: dict[tuple[int, int, bool], ResolvedMention] = {}

    def at(self, token_i: int, year: int | None = None,
           succession: bool = False) -> ResolvedMention | None:
        """The mention covering token `token_i`; persons re-resolved for `year`.

        `succession=True` also maps a continuator state named for a time before it existed
        to its predecessor ("Russia" in 1979 -> SUN). Off by default: an event misdated by
        a phrase like "since 1979" would otherwise change its actor too."""
        if self._indexed != len(self.mentions):
            self._index()  # why: a caller appended mentions after construction
        m = self._by_token.get(token_i)
        if m is None or year is None:
            return m  # (for_year(None) is the mention itself)
        key = (token_i, year, succession)
        found = self._for_year.get(key)
        if found is None:  # why: the event stages ask for the same token and year repeatedly
            found = self._for_year[key] = m.for_year(year, succession)
        return found

    def group_at(self, token_i: int) -> tuple[ResolvedMention, ...]:
        """The actors a group description stands for ("the two presidents"), or ()."""
        return self.groups.get(token_i, ())

    def replace(self, mention: ResolvedMention) -> None:
        """Put `mention` in place of the mentions over its tokens that name no actor (the
        event coder's "captured Goma": the place stands for its state there)."""
        self.mentions = [m for m in self.mentions if m.actor.id is not None
                         or m.end <= mention.start or mention.end <= m.start]
        self.mentions.append(mention)
        self._index()

    def in_span(self, start: int, end: int) -> list[ResolvedMention]:
        """Mentions overlapping tokens [start, end)."""
        if self._indexed != len(self.mentions):
            self._index()
        # why: mentions are sorted by start; one overlapping [start, end) begins before `end`
        # and, being at most `_longest` tokens long, after `start - _longest`
        lo = bisect_right(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if start < m.end]


def resolve_actors(doc: Doc, year: int | None = None) -> ActorIndex:
    """Every actor mention of a parsed document, resolved against the gazetteer."""
    gaz = gazetteer.load()
    t = Table(doc)  # why: plain per-token lists; spaCy Token objects are costly to build
    drafts: list[Draft] = []
    taken: set[int] = set()
    blocked: set[int] = set()  # tokens that are no actor: NER must not bring them back
    # 1. gazetteer matches, NER-independent
    raw = match_gazetteer(t, gaz, blocked)
    for start, end, form in raw:
        drafts.append(draft_from_form(t, start, end, form, gaz, year))
        taken.update(range(start, end))
    # 2. grow each over the noun it modifies / that governs it, reading the sector there
    for d in drafts:
        extend(t, d, _Others(taken, d.start, d.end), gaz, year)
        taken.update(range(d.start, d.end))
    for d in [d for d in drafts if d.drop]:
        drafts.remove(d)
        taken.difference_update(range(d.start, d.end))
        blocked.update(range(d.start, d.end))
    # 3. named persons with an appositive role, then 4. other NER entities
    entities = sorted([*t.ents, *title_persons(t, taken, gaz)], key=lambda e: e.start)
    for ent in entities:
        if any(i in taken or i in blocked for i in range(ent.start, ent.end)):
            continue
        made = appositive_person(t, ent, drafts, gaz) if ent.label_ == "PERSON" else None
        if made is None:
            made = ner_draft(t, ent, gaz)
            if made is not None and made.actor.kind != "person":
                extend(t, made, taken, gaz, year)  # "Darfur rebels", "Hutu militias"
        if made is not None:
            drafts.append(made)
            taken.update(range(made.start, made.end))
    # 4a. a surname alone is the person named in full before ("Kim Jong Un ... Kim")
    for d in surname_drafts(t, drafts, taken, gaz):
        drafts.append(d)
        taken.update(range(d.start, d.end))
    drafts = [d for d in drafts if not d.drop]
    # 4e. in-text acronym definitions: "the National Liberation Army (ELN)" and every later
    # "ELN" or full name are one actor (actors/acronyms.py)
    defined = acronym_drafts(t, drafts, gaz, year)
    if defined:
        spans = {i for d in defined for i in range(d.start, d.end)}
        drafts = [d for d in drafts if not any(i in spans for i in range(d.start, d.end))]
        drafts.extend(defined)
        taken.update(spans)
    # 4b. places named as actors get their country, read against the story's states
    story = Counter(d.actor.country for d in drafts if d.actor.id and d.actor.country)
    for i, d in enumerate(drafts):
        if d.via == "ner" and d.actor.kind == "place":
            country = place_country(d.actor.text, story)
            if country:
                a = d.actor
                drafts[i].actor = Actor(id=None, name=None, text=a.text, country=country,
                                        sector=a.sector, kind=a.kind)
    _shared_names(drafts, gaz, year)
    # 4c'. "the breakaway region of X", "the X region": the name's mention covers the noun
    look_through(t, drafts, taken, gaz)
    # 4d. role nouns with no country named ("the government", "security forces"): the
    # state of a locative seat, of the paragraph or of the story (actors/roles.py)
    for d in find_roles(t, taken, drafts, gaz, year):
        drafts.append(d)
        taken.update(range(d.start, d.end))
    heads = {d.head: d for d in drafts}
    for d in drafts:
        d.locative = is_locative(t, d.head, gaz)
        # why: "Rabbani and Massoud ... they": coordinated mentions are a plural group
        if (t.dep[d.head] == "conj" and t.head[d.head] in heads) or any(
                t.dep[c] == "conj" and c in heads for c in t.children(d.head)):
            d.plural = True
    # 5. coreference over everything found so far
    drafts.sort(key=lambda d: d.start)
    drafts.extend(coref.resolve(t, coref.find_anaphors(t, taken, gaz), drafts, gaz))
    finished = {id(d): _finish(t, d, year) for d in drafts}
    # 6. group descriptions: "the two presidents" -> the latest coordinated pair
    groups: dict[int, tuple[ResolvedMention, ...]] = {
        i: (finished[id(a)], finished[id(b)])
        for i, (a, b) in find_groups(t, drafts, gaz).items() if i not in taken}
    return ActorIndex(list(finished.values()), groups, frozenset(blocked))


class _Others:
    """The tokens of `taken` outside [start, end): the words other mentions hold.

    Why: a view, not `taken - set(range(start, end))`, which copies the set per mention."""

    def __init__(self, taken: set[int], start: int, end: int) -> None:
        self.taken, self.start, self.end = taken, start, end

    def __contains__(self, i: object) -> bool:
        return i in self.taken and not (isinstance(i, int) and self.start <= i < self.end)


def _shared_names(drafts: list[Draft], gaz: gazetteer.Gazetteer, year: int | None) -> None:
    """A name two states share ("Congo") goes to the candidate the story's other mentions
    name more often (Brazzaville -> COG); the gazetteer's own choice wins ties."""
    shared = gaz.rules.get("shared_names") or {}
    # why: once per distinct text; a story repeats the same names many times
    keyed = {text: _shared_key(text, shared)
             for text in {d.actor.text for d in drafts if d.entry is not None}}
    ambiguous = [(d, codes) for d in drafts if d.entry is not None
                 for codes in [keyed[d.actor.text]] if codes
                 and d.entry.code == codes[0]]
    if not ambiguous:
        return
    story = Counter(d.actor.country for d in drafts if d.actor.country
                    and all(d is not a for a, _ in ambiguous))
    for d, codes in ambiguous:
        best = max(codes, key=lambda c: (story.get(c, 0), c == d.actor.id))
        entry = gaz.entries.get(best)
        if best != d.actor.id and entry is not None:
            d.entry = entry
            d.actor = gaz.actor_for(entry, d.actor.text, year, sector=d.actor.sector)


def _shared_key(text: str, shared: dict[str, list[str]]) -> list[str] | None:
    """The candidates of a shared name the mention starts with ("Congo's president")."""
    bare = text[4:] if text.lower().startswith("the ") else text
    for key, codes in shared.items():
        for t in (text, bare):
            # the key, alone or followed by a space or an apostrophe
            if t.startswith(key) and t[len(key):len(key) + 1] in ("", " ", "'", "\u2019"):
                return codes
    return None


def _finish(t: Table, d: Draft, year: int | None) -> ResolvedMention:
    return ResolvedMention(start=d.start, end=d.end, start_char=t.idx[d.start],
                           end_char=t.end_char(d.end), actor=d.actor, via=d.via,
                           locative=d.locative, plural=d.plural, head=d.head, person=d.person,
                           sector_cue=d.sector_cue, form=d.form_type, role=_role(d, year))


def _role(d: Draft, year: int | None) -> str | None:
    entry = gazetteer.load().persons.get(d.person) if d.person else None
    term = gazetteer.pick_term(entry.terms, year) if entry else None
    return term.role if term else None


def lookup_actor(name: str, year: int | None = None) -> Actor | None:
    """The gazetteer actor a string names ("Moscow" -> RUS, "Karzai" -> AFG), or None."""
    if not name or not name.strip():
        return None
    gaz = gazetteer.load()
    form = gaz.lookup(name)
    if form is None:
        return None
    return gaz.actor_for(form.entry, name.strip(), year)
