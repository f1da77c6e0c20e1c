"""Loader for the export stage's data files (data/export/): CAMEO names, ICEWS sectors,
plus country names from pycountry (historic states included)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


def _table(name: str) -> dict[str, str]:
    with resources.files("eventlens.data").joinpath(f"export/{name}").open(
            encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        return {row[0]: row[1] for row in reader if len(row) >= 2}


@lru_cache(maxsize=1)
def cameo_names() -> dict[str, str]:
    return _table("cameo_names.csv")


@lru_cache(maxsize=1)
def sector_names() -> dict[str, str]:
    return _table("icews_sectors.csv")


def cameo_name(code: str | None) -> str | None:
    """'042' -> 'Make a visit'; falls back to the root code's name."""
    if not code:
        return None
    names = cameo_names()
    return names.get(code) or names.get(code[:3]) or names.get(code[:2])


def sector_name(code: str | None) -> str:
    if not code:
        return ""
    return ",".join(sector_names().get(c.strip(), c.strip()) for c in code.split(","))


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str:
    """ISO 3166 alpha-3 (or a historic code such as SUN) -> its English name."""
    if not code:
        return ""
    import pycountry

    for db in (pycountry.countries, pycountry.historic_countries):
        try:
            found = db.get(alpha_3=code)
        except (KeyError, LookupError):
            found = None
        if found is not None:
            return getattr(found, "common_name", None) or found.name
    return code
