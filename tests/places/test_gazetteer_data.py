"""The shipped gazetteer: our own format, rebuilt byte-identically by its build script."""

from __future__ import annotations

import importlib.util
import json
from importlib import metadata
from pathlib import Path

import pytest

from eventlens.places.gazetteer import FEATURES, gazetteer, name_key

DATA = Path(__file__).resolve().parents[2] / "src/eventlens/data/places"


def test_gazetteer_has_every_feature_type_and_stable_ids():
    g = gazetteer()
    assert len(g) > 50_000
    kunduz = {m.place.feature: m.place for m in g.lookup("Kunduz") if m.primary}
    assert kunduz["city"].id == "gn:1135689"  # geonames id
    assert kunduz["admin1"].id == "iso:AF-KDZ"  # ISO 3166-2 where geonames has none
    assert kunduz["city"].country == "AFG" and kunduz["city"].admin1 == "Kunduz"
    features = {g.place(i).feature for i in range(len(g))}
    assert features == set(FEATURES)


def test_hand_written_rows_fill_and_rename_generated_regions():
    g = gazetteer()
    logar = g.get("iso:AF-LOG")
    assert logar is not None and logar.lat is not None and logar.feature == "admin1"
    crimea = g.lookup("Crimea")[0].place
    assert (crimea.id, crimea.name, crimea.country) == ("iso:UA-43", "Crimea", "UKR")
    # the generated (transliterated) name still finds it
    assert any(m.place.id == "iso:UA-43" for m in g.lookup("Avtonomna Respublika Krym"))
    assert g.lookup("Waziristan")[0].place.feature == "district"


def test_name_keys_fold_accents_articles_and_punctuation():
    assert name_key("the Gaza  Strip") == "gaza strip"
    assert name_key("Lōgar") == "logar"
    assert name_key("U.S.") == "u s"
    assert name_key("Tal Sha’rah") == name_key("Tal Sha'rah")


def test_country_aliases_resolve_to_iso3():
    g = gazetteer()
    for alias, iso3 in [("U.S.", "USA"), ("Britain", "GBR"), ("UAE", "ARE"), ("USSR", "SUN")]:
        assert g.lookup(alias)[0].place.country == iso3, alias


def test_data_files_are_small():
    size = sum(p.stat().st_size for p in DATA.glob("*.tsv*"))
    assert size < 5_000_000


def test_build_script_reproduces_the_shipped_file(tmp_path):
    built_from = json.loads((DATA / "sources.json").read_text())
    installed = {name: metadata.version(name) for name in built_from}
    if installed != built_from:
        pytest.skip(f"gazetteer built from {built_from}, installed {installed}: rebuild it")
    spec = importlib.util.spec_from_file_location("build_gazetteer", DATA / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "gazetteer.tsv.gz"
    module.write(out)
    assert out.read_bytes() == (DATA / "gazetteer.tsv.gz").read_bytes()
    index = tmp_path / "gazetteer.index.tsv.gz"
    assert index.read_bytes() == (DATA / "gazetteer.index.tsv.gz").read_bytes()
