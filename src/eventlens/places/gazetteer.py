"""The offline gazetteer: one loader for data/places/ (gazetteer.tsv.gz + extra_places.tsv).

`gazetteer()` loads once per process and returns a `Gazetteer` with name lookup. Names are
matched on a folded key (ASCII, lower case, punctuation as spaces, no leading "the").
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
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
    """Places by id and by name key; rows become `Place` records only when looked up."""

    def __init__(self, rows: list[list[str]]) -> None:
        self._rows = rows
        self._cache: dict[int, Place] = {}
        self._ids: dict[str, int] = {}
        self._primary: dict[str, list[int]] = {}
        self._alt: dict[str, list[int]] = {}
        self._countries: dict[str, int] = {}
        primary, alt = self._primary, self._alt
        for i, row in enumerate(rows):
            self._ids[row[0]] = i
            primary.setdefault(name_key(row[2]), []).append(i)
            if row[8]:
                for k in row[8].split("|"):
                    alt.setdefault(k, []).append(i)
            if row[1] == "country":
                self._countries.setdefault(row[3], i)

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, i: int) -> Place:
        p = self._cache.get(i)
        if p is None:
            p = self._cache[i] = _place(self._rows[i])
        return p

    def get(self, place_id: str) -> Place | None:
        i = self._ids.get(place_id)
        return None if i is None else self.place(i)

    def lookup(self, name: str) -> list[Match]:
        """Every place called `name` (own names first, then other names), no duplicates."""
        k = name_key(name)
        seen: set[int] = set()
        out: list[Match] = []
        for primary, table in ((True, self._primary), (False, self._alt)):
            for i in table.get(k, ()):
                if i not in seen:
                    seen.add(i)
                    out.append(Match(self.place(i), primary))
        return out

    def has_name(self, name: str) -> bool:
        k = name_key(name)
        return k in self._primary or k in self._alt

    def country(self, iso3: str | None) -> Place | None:
        i = self._countries.get(iso3) if iso3 else None
        return None if i is None else self.place(i)


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


@cache
def gazetteer() -> Gazetteer:
    """The package gazetteer, loaded once per process."""
    folder = resources.files("eventlens") / "data" / "places"
    generated = gzip.decompress((folder / "gazetteer.tsv.gz").read_bytes()).decode("utf-8")
    rows = _rows(generated)
    index = {r[0]: i for i, r in enumerate(rows)}
    for extra in _rows((folder / "extra_places.tsv").read_text(encoding="utf-8")):
        # hand-written names are written as names: turn them into keys
        extra[8] = "|".join(name_key(n) for n in extra[8].split("|") if n)
        if extra[0] in index:
            rows[index[extra[0]]] = _merge(rows[index[extra[0]]], extra)
        else:
            index[extra[0]] = len(rows)
            rows.append(extra)
    return Gazetteer(rows)
