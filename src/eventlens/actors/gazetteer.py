"""The actor gazetteer: loads the data files of src/eventlens/data/actors/ once per process.

Files (all ours, see docs/actors.md):
  states.yaml          states: names, adjectives, demonyms, seats of power (generated once)
  organisations.yaml   IGOs, NGOs, armed groups, parties, media, companies
  agencies.yaml        state organs: id is the state's code, with a sector (Pentagon -> USA MIL)
  persons.csv          leaders with terms in office: a person resolves to who they served
  sectors.yaml         sector cue words and person roles -> sector
  coref.yaml           anaphors and the antecedent kinds they take
  rules.yaml           locative prepositions, NER labels -> kinds, NER stop list
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy import __version__ as spacy_version

from ..records import Actor

DATA = "eventlens.data.actors"
CACHE_VERSION = 2  # bump when the Gazetteer structure changes
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster

# what a surface form is: a name, an adjective ("Russian"), a demonym ("Russians"),
# a metonym ("the Kremlin"), an agency ("GRU"), a person ("Karzai")
FORM_TYPES = ("name", "adjective", "demonym", "metonym", "agency", "person")


@dataclass(frozen=True)
class Term:
    """One office a person held: whom they acted for, as what, and when (years, inclusive)."""

    actor: str
    role: str
    start: int | None
    end: int | None  # None: still in office

    def covers(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)

    def distance(self, year: int) -> int:
        if self.covers(year):
            return 0
        if self.end is not None and year > self.end:
            return year - self.end
        return (self.start or year) - year


@dataclass(frozen=True)
class Entry:
    """One gazetteer actor: a state, an organisation, an agency or a person."""

    code: str  # actor id the entry resolves to (for persons: the key of the person)
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    plural: bool = False
    terms: tuple[Term, ...] = ()  # persons only

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


@dataclass(frozen=True)
class Form:
    """A surface form pointing at an entry."""

    entry: Entry
    type: str  # one of FORM_TYPES
    needs_article: bool = False  # only as "the X" before a non-name word ("the West")


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)  # actor code -> entry (not persons)
    persons: dict[str, Entry] = field(default_factory=dict)  # person name -> entry
    forms: dict[tuple[str, ...], Form] = field(default_factory=dict)  # token key -> form
    lower_forms: dict[str, Form] = field(default_factory=dict)  # lower-cased string -> form
    max_len: int = 1
    firsts: set[str] = field(default_factory=set)  # first tokens of forms (lower-cased)
    # first word of a lower-cased form -> most words a form starting with it can span (the
    # longest window worth looking up there)
    reach: dict[str, int] = field(default_factory=dict)
    sector_cues: dict[str, str] = field(default_factory=dict)  # cue (lemma words) -> sector
    cue_max_len: int = 1
    role_sectors: dict[str, str | None] = field(default_factory=dict)
    coref: dict[str, Any] = field(default_factory=dict)
    rules: dict[str, Any] = field(default_factory=dict)
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def words(self, rule: str) -> frozenset[str]:
        """A word list of rules.yaml as a set (built on first use: asked per mention)."""
        found = self._word_sets.get(rule)
        if found is None:
            found = self._word_sets[rule] = frozenset(self.rules.get(rule) or [])
        return found

    # -- resolution -------------------------------------------------------------------------

    def actor_for(self, entry: Entry, text: str, year: int | None = None,
                  sector: str | None = None) -> Actor:
        """The Actor an entry stands for; persons resolve to whom they served in `year`."""
        if entry.is_person:
            term = pick_term(entry.terms, year)
            target = self.entries.get(term.actor) if term else None
            role_sector = self.role_sectors.get(term.role) if term else None
            return Actor(id=term.actor if term else None,
                         name=target.name if target else entry.name, text=text,
                         country=_country(target) if target else None,
                         sector=sector or role_sector or (target.sector if target else None),
                         kind="person")
        return Actor(id=entry.code, name=entry.name, text=text, country=_country(entry),
                     sector=sector or entry.sector, kind=entry.kind)

    def lookup(self, name: str) -> Form | None:
        """A surface form by its string (case-sensitive first, then case-insensitive)."""
        key = tuple(tokenize(strip_article(name)))
        form = self.forms.get(key)
        if form is None and len(name.strip()) > 3:  # why: never "us" -> USA, "it" -> ...
            form = self.lower_forms.get(" ".join(key).lower())
        return form


def _country(entry: Entry) -> str | None:
    if entry.kind == "state" or entry.kind == "agency":
        return entry.country or entry.code
    return entry.country


def pick_term(terms: tuple[Term, ...], year: int | None) -> Term | None:
    """The term in office in `year` (first listed wins), else the nearest; no year: the latest."""
    if not terms:
        return None
    if year is None:
        return max(terms, key=lambda t: (t.end is None, t.end or 0, t.start or 0))
    covering = [t for t in terms if t.covers(year)]
    if covering:
        return covering[0]
    # why: an article looking back names a person by the office they held then; prefer the
    # last office before the year over one taken up later
    return min(terms, key=lambda t: (t.distance(year), 0 if (t.end or 0) < year else 1))


# -- tokenisation of gazetteer strings (same rules as the English spaCy tokenizer) ----------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def norm(text: str) -> str:
    """Token text as used in match keys: typographic quotes made plain."""
    return text.translate(_APOSTROPHES)


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    if _PLAIN.fullmatch(text):
        return tuple(text.split(" "))  # why: letters and single spaces split the same way
    return tuple(norm(t.text) for t in _tokenizer()(text))


def tokenize(text: str) -> tuple[str, ...]:
    return _tokens(text.strip())


def strip_article(text: str) -> str:
    text = text.strip()
    for art in ("the ", "The "):
        if text.startswith(art):
            return text[len(art):]
    return text


# -- loading ---------------------------------------------------------------------------------

def _read(name: str) -> str:
    return resources.files(DATA).joinpath(name).read_text(encoding="utf-8")


def _yaml(name: str) -> Any:
    return yaml.load(_read(name), Loader=_LOADER)


def _add(gaz: Gazetteer, text: str, form: Form, override: bool = False) -> None:
    key = tokenize(strip_article(text))
    if not key:
        return
    # why: first writer wins, so a name is never stolen by a later alias of another actor
    gaz.firsts.add(key[0].lower())
    if override or key not in gaz.forms:
        gaz.forms[key] = form
        gaz.max_len = max(gaz.max_len, len(key))
    low = " ".join(key).lower()
    first = low.partition(" ")[0]
    gaz.reach[first] = max(gaz.reach.get(first, 0), low.count(" ") + 1)
    if override or low not in gaz.lower_forms:
        gaz.lower_forms[low] = form


def _load_states(gaz: Gazetteer) -> None:
    for s in _yaml("states.yaml"):
        entry = Entry(code=s["code"], name=s["name"], kind="state", country=s["code"])
        gaz.entries[entry.code] = entry
        for alias in s.get("aliases") or []:
            _add(gaz, alias, Form(entry, "name"))
        for adj in s.get("adjectives") or []:
            _add(gaz, adj, Form(entry, "adjective"))
        for dem in s.get("demonyms") or []:
            _add(gaz, dem, Form(Entry(code=entry.code, name=entry.name, kind="state",
                                      country=entry.code, plural=True), "demonym"))
        for seat in s.get("metonyms") or []:
            _add(gaz, seat, Form(Entry(code=entry.code, name=entry.name, kind="state",
                                       country=entry.code, sector="GOV"), "metonym"))


def _load_organisations(gaz: Gazetteer) -> None:
    for o in _yaml("organisations.yaml"):
        kind_sectors = gaz.rules.get("kind_sectors") or {}
        sector = o["sector"] if "sector" in o else kind_sectors.get(o["kind"])
        entry = Entry(code=o["code"], name=o["name"], kind=o["kind"], country=o.get("country"),
                      sector=sector, plural=bool(o.get("plural", False)))
        if entry.code in gaz.entries:
            raise ValueError(f"organisations.yaml: code {entry.code} is already taken by "
                             f"{gaz.entries[entry.code].name}")
        gaz.entries[entry.code] = entry
        strict = {strip_article(a) for a in o.get("article_only") or []}
        for alias in [o["name"], *(o.get("aliases") or [])]:
            if strip_article(alias) not in strict:
                _add(gaz, alias, Form(entry, "name"))
        for alias in sorted(strict):
            _add(gaz, alias, Form(entry, "name", needs_article=True))


def _load_agencies(gaz: Gazetteer) -> None:
    for a in _yaml("agencies.yaml"):
        state = gaz.entries[a["state"]]
        entry = Entry(code=state.code, name=state.name, kind="agency", country=state.code,
                      sector=a.get("sector"))
        for alias in [a["name"], *(a.get("aliases") or [])]:
            # why: an organ's own name beats a state alias it contains ("US Army" over "US")
            _add(gaz, alias, Form(entry, "agency"), override=True)


def _load_persons(gaz: Gazetteer) -> None:
    rows: dict[str, dict[str, Any]] = {}
    lines = [ln for ln in _read("persons.csv").splitlines() if ln.strip() and not ln.startswith("#")]
    for row in csv.reader(lines, delimiter=";"):
        name, aliases, actor, role, start, end = (row + [""] * 6)[:6]
        name = name.strip()
        rec = rows.setdefault(name, {"aliases": [], "terms": []})
        rec["aliases"].extend(a.strip() for a in aliases.split("|") if a.strip())
        rec["terms"].append(Term(actor=actor.strip(), role=role.strip(),
                                 start=int(start) if start.strip() else None,
                                 end=int(end) if end.strip() else None))
    for name, rec in rows.items():
        entry = Entry(code=name, name=name, kind="person", terms=tuple(rec["terms"]))
        gaz.persons[name] = entry
        for alias in dict.fromkeys([name, *rec["aliases"]]):
            key = tokenize(alias)
            if key in gaz.forms and not gaz.forms[key].entry.is_person:
                continue  # why: a state or organisation name is never taken over by a person
            _add(gaz, alias, Form(entry, "person"))


def _load_cues(gaz: Gazetteer) -> None:
    data = _yaml("sectors.yaml")
    for sector, cues in data["cues"].items():
        for cue in cues:
            key = cue.lower()
            gaz.sector_cues.setdefault(key, sector)
            gaz.cue_max_len = max(gaz.cue_max_len, len(key.split()))
    gaz.role_sectors = dict(data.get("roles") or {})


DATA_FILES = ("states.yaml", "organisations.yaml", "agencies.yaml", "persons.csv",
              "sectors.yaml", "coref.yaml", "rules.yaml")


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built once per process; a pickle keyed by the data files' hash makes
    later processes skip tokenising every alias (about 1 s) and load in a few milliseconds."""
    digest = hashlib.sha1(f"{CACHE_VERSION}|{spacy_version}".encode())
    for name in DATA_FILES:
        digest.update(_read(name).encode("utf-8"))
    digest.update(Path(__file__).read_bytes())  # why: a loader change must not hit a stale cache
    path = _cache_dir() / f"actors-{digest.hexdigest()[:16]}.pickle"
    try:
        with open(path, "rb") as fh:
            cached = pickle.load(fh)
        if isinstance(cached, Gazetteer):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    gaz = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("actors-*.pickle"):
            if old != path:  # why: stale caches of earlier data files only take space
                old.unlink(missing_ok=True)
    except OSError:
        pass  # why: a read-only home only costs the rebuild next time
    return gaz


def _cache_dir() -> Path:
    base = os.environ.get("EVENTLENS_CACHE") or os.environ.get("XDG_CACHE_HOME") \
        or str(Path.home() / ".cache")
    return Path(base) / "eventlens"


def build() -> Gazetteer:
    """The gazetteer built from the package data files (no cache)."""
    gaz = Gazetteer()
    gaz.coref = _yaml("coref.yaml")
    gaz.rules = _yaml("rules.yaml")
    _load_states(gaz)
    _load_organisations(gaz)
    _load_agencies(gaz)
    _load_persons(gaz)
    _load_cues(gaz)
    return gaz
