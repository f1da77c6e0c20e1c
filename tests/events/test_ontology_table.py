"""The ontology table: CAMEO codes as strings, PLOVER types, Goldstein and quad classes."""

from __future__ import annotations

import csv

from eventlens.events import ontology
from eventlens.events.build_ontology import build


def test_ontology_codes_are_strings_and_zero_padded():
    assert ontology.lookup(42).cameo == "042"
    assert ontology.lookup("042").plover_type == "CONSULT"
    assert all(isinstance(c, str) and c.isdigit() and len(c) >= 3 for c in ontology.table())


def test_ontology_quad_classes_follow_root_codes():
    assert ontology.quad_class("042") == 1
    assert ontology.quad_class("0874") == 2
    assert ontology.quad_class("112") == 3
    assert ontology.quad_class("190") == 4
    assert ontology.quad_class("2042") == 4


def test_ontology_reference_facts_carried_over():
    row = ontology.lookup("190")
    assert (row.plover_type, row.goldstein, row.context) == ("ASSAULT", -10.0, "military")
    assert ontology.lookup("0871").mode == "ceasefire"
    assert ontology.lookup("163").plover_type == "COERCE"  # sanctions: CAMEO2PLOVER says COERCE
    assert ontology.lookup("016").plover_type == "REJECT"  # our documented decision for denials
    assert ontology.lookup("023").plover_type == "REQUEST"  # appeals are requests
    assert ontology.lookup("010").plover_type is None  # plain statements are not events


def test_ontology_every_plover_type_has_codes():
    for t in ontology.PLOVER_TYPES:
        assert ontology.codes_for_type(t), t


def test_ontology_build_script_reproduces_committed_table(shared, tmp_path):
    out = tmp_path / "ontology.csv"
    build(shared / "reference", out)
    committed = (ontology.DATA / "ontology.csv").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == committed
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) > 250
