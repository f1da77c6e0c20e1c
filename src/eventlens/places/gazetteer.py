"""The offline gazetteer: one loader for data/places/ (gazetteer.tsv.gz + extra_places.tsv).

`gazetteer()` loads once per process and returns a `Gazetteer` with name lookup. Names are
matched on a folded key (ASCII, lower case, punctuation as spaces, no leading "the").
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

FEATURES = ("country", "admin1", "city", "district", "landmark")
# precision of a place's point, by feature
PRECISION = {"country": "country", "admin1": "admin1", "city": "city", "district": "city",
             "landmark": "city"}
_NON_KEY = re.compile(r"[^a-z0-9]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʿ": "'", "`": "'"})


def fold(text: str) -> str:
    """ASCII fold: "Lōgar" -> "Logar", "Ḩimş" -> "Hims"."""
    text = text.translate(_QUOTES)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=65536)  # why: the same names are keyed again and again; a pure function
def name_key(text: str) -> str:
    """Lookup key of a name: folded, lower case, punctuation removed, no leading "the"."""
    if not text.isascii():
        text = fold(text)
    k = text.lower().replace("'", "")
    if not k.replace(" ", "").isalnum():
        k = _NON_KEY.sub(" ", k)
    k = " ".join(k.split())
    return k[4:] if k.startswith("the ") else k


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    id: str
    feature: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    names: tuple[str, ...] = ()

    @property
    def precision(self) -> str:
        return PRECISION[self.feature]


@dataclass(frozen=True)
class Match:
    """A place found under a name; `primary` when it is the place's own name."""

    place: Place
    primary: bool


class Gazetteer:
    """Places by id and by name key. Rows stay text lines until looked up; the name index is
    the one the build script ships (key -> own-name rows, other-name rows)."""

    def __init__(self, lines: list[str], index: dict[str, str]) -> None:
        self._lines = lines
        self._index = index
        self._cache: dict[int, Place] = {}
        self._ids: dict[str, int] | None = None
        self._countries: dict[str, int] | None = None
        self._found: dict[str, tuple[Match, ...]] = {}  # name key -> lookup (cleared by add)

    def __len__(self) -> int:
        return len(self._lines)

    def place(self, i: int) -> Place:
        p = self._cache.get(i)
        if p is None:
            p = self._cache[i] = _place(_split(self._lines[i]))
        return p

    def row_of(self, place_id: str) -> int | None:
        if self._ids is None:
            self._ids = {ln[:ln.index("\t")]: i for i, ln in enumerate(self._lines)}
        return self._ids.get(place_id)

    def get(self, place_id: str) -> Place | None:
        i = self.row_of(place_id)
        return None if i is None else self.place(i)

    def lookup(self, name: str) -> list[Match]:
        """Every place called `name` (own names first, then other names), no duplicates."""
        key = name_key(name)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= 65536:  # bounded over a large corpus
                self._found.clear()
            found = self._found[key] = tuple(self._lookup(key))
        return list(found)

    def _lookup(self, key: str) -> list[Match]:
        entry = self._index.get(key)
        if not entry:
            return []
        own, _, other = entry.partition("\t")
        seen: set[int] = set()
        out: list[Match] = []
        for primary, ids in ((True, own), (False, other)):
            for i in map(int, filter(None, ids.split(","))):
                if i not in seen:
                    seen.add(i)
                    out.append(Match(self.place(i), primary))
        return out

    def has_name(self, name: str) -> bool:
        return name_key(name) in self._index

    def country(self, iso3: str | None) -> Place | None:
        if self._countries is None:
            self._countries = {}
            for n, ln in enumerate(self._lines):
                row = ln.split("\t", 4)
                if row[1] == "country":
                    self._countries.setdefault(row[3], n)
        found = self._countries.get(iso3) if iso3 else None
        return None if found is None else self.place(found)

    def add(self, row: list[str]) -> None:
        """Add or merge a hand-written row (names already keys)."""
        self._found.clear()
        i = self.row_of(row[0])
        assert self._ids is not None
        if i is None:
            i = len(self._lines)
            self._lines.append("\t".join(row))
            self._ids[row[0]] = i
            merged = row
        else:
            merged = _merge(_split(self._lines[i]), row)
            self._lines[i] = "\t".join(merged)
            self._cache.pop(i, None)
        self._index_row(i, name_key(merged[2]), primary=True)
        for k in filter(None, row[8].split("|")):  # hand-written names are curated English
            self._index_row(i, k, primary=True)   # names: they count as the place's own
        for k in filter(None, merged[8].split("|")):
            self._index_row(i, k, primary=False)

    def _index_row(self, i: int, key: str, primary: bool) -> None:
        own, _, other = self._index.get(key, "\t").partition("\t")
        ids = own if primary else other
        if str(i) in ids.split(","):
            return
        ids = f"{ids},{i}" if ids else str(i)
        self._index[key] = f"{ids}\t{other}" if primary else f"{own}\t{ids}"


def _split(line: str) -> list[str]:
    row = line.split("\t")
    if len(row) < 9:
        row.extend([""] * (9 - len(row)))
    return row


def _rows(text: str) -> list[list[str]]:
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    if lines and lines[0].startswith("id\t"):
        lines = lines[1:]
    rows = [ln.split("\t") for ln in lines]
    for r in rows:
        if len(r) < 9:
            r.extend([""] * (9 - len(r)))
    return rows


def _place(row: list[str]) -> Place:
    pid, feature, name, country, admin1, lat, lon, pop, names = row[:9]
    if feature not in FEATURES:
        raise ValueError(f"gazetteer row {pid}: unknown feature '{feature}'")
    return Place(id=pid, feature=feature, name=name, country=country or None,
                 admin1=admin1 or None, lat=float(lat) if lat else None,
                 lon=float(lon) if lon else None, population=int(pop or 0),
                 names=tuple(n for n in names.split("|") if n))


def _merge(base: list[str], extra: list[str]) -> list[str]:
    """A hand-written row over a generated one: adds names, fills empty fields."""
    merged = [b or e for b, e in zip(base, extra, strict=True)]
    merged[2] = extra[2] or base[2]  # hand-written names are the English ones
    merged[4] = extra[4] or base[4]
    names = (*base[8].split("|"), *extra[8].split("|"), name_key(base[2]))
    merged[8] = "|".join(dict.fromkeys(n for n in names if n and n != name_key(merged[2])))
    return merged


DATA_FILES = ("gazetteer.tsv.gz", "gazetteer.index.tsv.gz", "extra_places.tsv")


@cache
def gazetteer() -> Gazetteer:
    """The package gazetteer, loaded once per process."""
    folder = resources.files("eventlens") / "data" / "places"
    return _build(*((folder / name).read_bytes() for name in DATA_FILES))


def _build(generated_gz: bytes, index_gz: bytes, extra_tsv: bytes) -> Gazetteer:
    """The gazetteer from the data files' bytes: generated rows and index, then hand rows."""
    lines = gzip.decompress(generated_gz).decode("utf-8").splitlines()
    if lines and lines[0].startswith("id\t"):
        lines = lines[1:]
    index = dict(ln.split("\t", 1) for ln in
                 gzip.decompress(index_gz).decode("utf-8").splitlines() if ln)
    gaz = Gazetteer(lines, index)
    for extra in _rows(extra_tsv.decode("utf-8")):
        # hand-written names are written as names: turn them into keys
        extra[8] = "|".join(name_key(n) for n in extra[8].split("|") if n)
        gaz.add(extra)
    return gaz
